"""A region that heads its sentence places the sentence's villages in it.

"In Donetsk Oblast, Russian attacks injured two people in Avdiivka, one in Andriivka",
"В Запорожской области враг атаковал Железнодорожное": the villages are the region's, even
when the gazetteer's first reading of the name lies elsewhere (Crimea's Zheleznodorozhnoye)
or the name is shared by several villages (Andriivka). Each such name is read inside the
region, as a name written with its region is (:func:`geo.extract.analysis`'s
``_resolve_in_region``); one the region has no place of is reported unplaced, and the region
stands for the attack. A big city of another region ("In Donetsk Oblast ... and in Kharkiv")
keeps its reading; one abroad gives way to the region's namesake when there is one
("В Донецкой области ... Северск": Siversk, not Seversk in Siberia). The sentence right
after, naming no region of its own, goes on about the same region: its names take the
region's namesakes where it has some, and keep their reading otherwise ("A drone also
struck Bilopillia" stays in Sumy Oblast).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geo.extract import roles
from geo.extract.sentence_info import MentionInfo, SentenceInfo

#: the region opens its sentence: "In Donetsk Oblast", "У Харківській області", "В Запорожской"
_HEADING_BEFORE = re.compile(r"^\W*(?:in|across|у|в|во|на)\s+$", re.IGNORECASE)
#: a town this big in another region is that town, whatever region heads the sentence
_CITY_PEOPLE = 50_000


def read_in_heading_regions(infos: list[SentenceInfo],
                            read_in: Callable[[MentionInfo, MentionInfo], None],
                            prefer_in: Callable[[MentionInfo, MentionInfo], None],
                            queries: dict[int, str]) -> None:
    """Read each settlement of a sentence headed by one region inside that region, and
    prefer the region's namesakes in the sentence right after it when that one names no
    region ("In Donetsk Oblast, seven people were injured. Three were wounded in Illinivka,
    three more in Vyshneve": Donetsk Oblast's Vyshneve, not Kharkiv Oblast's).

    Parameters
    ----------
    infos : list of SentenceInfo
        The report's sentences; updated in place.
    read_in : callable
        ``read_in(mention, region_mention)`` reads ``mention`` inside the region.
    prefer_in : callable
        ``prefer_in(mention, region_mention)`` takes the region's namesake of ``mention``
        when the region has one, else leaves it.
    queries : dict
        The mentions (by id) already read with a region or raion of their own: left alone.
    """
    previous = None
    for info in infos:
        head = _heading_region(info)
        carried = previous if head is None and previous is not None \
            and info.sentence.index == previous[1] + 1 \
            and not any(m.feature == "region" for m in info.mentions) else None
        previous = (head, info.sentence.index) if head is not None else None
        if head is None and carried is None:
            continue
        region = (head or carried[0]).place.candidate
        for m in info.mentions:
            if m is head or id(m) in queries:
                continue
            if _elsewhere(m, region):
                (read_in if head is not None else prefer_in)(m, head or carried[0])
            elif _city_abroad(m, region):
                prefer_in(m, head or carried[0])


def _heading_region(info: SentenceInfo) -> MentionInfo | None:
    """The one region of the sentence, when it opens the sentence after "in"."""
    regions = [m for m in info.mentions if m.feature == "region"]
    named = {(m.place.candidate.country_code, m.place.candidate.admin1_code) for m in regions}
    if len(named) != 1 or regions[0].role != roles.PLACE:
        return None     # one region, once or again ("..., the Donetsk Oblast administration said")
    head = regions[0]
    before = info.sentence.text[:head.found.start - info.sentence.start]
    return head if _HEADING_BEFORE.match(before) and head.place.candidate.admin1_code else None


def _elsewhere(m: MentionInfo, region) -> bool:
    """A village (placed or ambiguous) whose reading is not in ``region``."""
    if m.role != roles.PLACE or m.unknown or m.place is None or m.raion or m.area:
        return False
    if not m.place.resolved:
        return bool(m.place.alternatives)
    c = m.place.candidate
    return c.feature == "settlement" and c.population < _CITY_PEOPLE \
        and (c.country_code, c.admin1_code) != (region.country_code, region.admin1_code)


def _city_abroad(m: MentionInfo, region) -> bool:
    """A big city of another country than ``region``'s: the region's namesake, when it has
    one, is meant ("В Донецкой области ... Северск" is Siversk, which GeoNames also calls
    so, not Seversk in Siberia)."""
    if m.role != roles.PLACE or m.unknown or m.place is None or m.raion or m.area \
            or not m.place.resolved:
        return False
    c = m.place.candidate
    return c.feature == "settlement" and c.population >= _CITY_PEOPLE \
        and c.country_code != region.country_code


def namesake_in_region(m: MentionInfo, head: MentionInfo, *, resolve, dated,
                       queries: dict[int, str]) -> None:
    """``m`` at its namesake in the region ``head`` names when the region has one; else left
    as it is (``resolve(query, context)``: the first pass's resolver; ``queries``: updated)."""
    region = head.place.candidate
    query = f"{m.found.lookup}, {region.name}"
    place = resolve(query, dated)
    if place.resolved and place.candidate.feature == "settlement" \
            and place.candidate.admin1_code == region.admin1_code:
        m.place, queries[id(m)] = replace(place, query=m.found.lookup), query
        return
    inside = tuple(c for c in place.alternatives if c.feature == "settlement"
                   and (c.country_code, c.admin1_code) == (region.country_code,
                                                           region.admin1_code))
    if not place.resolved and len(inside) > 1:     # several there: which one, the list may
        m.place = replace(place, query=m.found.lookup, alternatives=inside)   # tell
        queries[id(m)] = query


#: a name that heads its sentence as a live blog's or a digest's line does ("Zaporizhzhia: ...",
#: "07:45 — Mykolaiv: ..."): nothing but times, dashes and the like before it, a colon after
_HEAD_BEFORE = re.compile(r"^[\W\d_]*$")
_HEAD_AFTER = re.compile(r"^\s*:")


def capital_headings(infos: list[SentenceInfo]) -> None:
    """A regional capital heading a sentence that goes on to places of its region
    ("Zaporizhzhia: Russian forces launched drone strikes at Kamianske and Stepnohirsk") heads
    the region's news, as "Zaporizhzhia Oblast:" would: it only says where those places are,
    and is no place hit. Updated in place (the capital's role). A capital heading what
    happened in it ("Kharkiv: a missile hit a residential building") stays as it is."""
    from geo.gazetteer.regions import regional_capital

    for info in infos:
        places = [m for m in info.mentions if m.role == roles.PLACE]
        if len(places) < 2 or not _heads(places[0], info):
            continue
        head = places[0]
        c = head.place.candidate
        region = next((m.place.candidate.admin1 for m in places[1:] if m.place is not None
                       and m.place.resolved and m.place.candidate.feature == "settlement"
                       and m.place.candidate.admin1 == c.admin1), None)
        if region and regional_capital(region) == c.name:
            head.role = roles.QUALIFIER


def _heads(m: MentionInfo, info: SentenceInfo) -> bool:
    """Whether ``m``, a placed settlement, heads its sentence followed by a colon."""
    if m.place is None or not m.place.resolved or m.unknown or m.raion or m.area \
            or m.place.candidate.feature != "settlement":
        return False
    text, s0 = info.sentence.text, info.sentence.start
    return bool(_HEAD_BEFORE.match(text[:m.found.start - s0])
                and _HEAD_AFTER.match(text[m.found.end - s0:]))
