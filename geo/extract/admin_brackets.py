"""A place written with its raion and oblast in brackets, as conflict datasets note them.

"a drone struck a car near Bilozerka (Kherson, Kherson)", "Kamianske (Vasylivka, Zaporizhia)",
"Vovchansk and Kupiansk (Kharkiv)": the bracket names the raion (by its seat) and the oblast
(by its name or its centre's), without the words "raion" or "oblast". They say where the place
is, so they are no places hit (role ``qualifier``), and the place is read in them: in the raion
when one is named and it decides, else in the oblast.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geo.extract import roles
from geo.extract.raion_seats import read_as
from geo.extract.sentence_info import MentionInfo, SentenceInfo

#: the gaps: a name, then "(", a unit, maybe ", " and a second unit, then ")"
_OPENS = re.compile(r"^\s*(?:raion|district|community|hromada)?\s*\(\s*$", re.IGNORECASE)
_COMMA = re.compile(r"^\s*,\s*$")
_CLOSES = re.compile(r"^\s*\)")
#: the raion's reach from its seat, as :mod:`geo.extract.qualifiers` reads raions
_RAION_KM = 80.0


def places_in_bracketed_units(infos: list[SentenceInfo], resolve, dated,
                              queries: dict[int, str]) -> None:
    """Read each "Place (Raion, Oblast)" and "Place (Oblast)" of ``infos`` in its units, which
    become qualifiers (updated in place; ``queries``: the query each re-read mention was
    resolved with, by ``id``)."""
    for info in infos:
        mentions = info.mentions
        for k, m in enumerate(mentions[:-1]):
            units = _bracketed_units(m, mentions[k + 1:k + 3])
            if units is None:
                continue
            oblast = _oblast_of(units[-1])
            if oblast is None:
                continue
            for unit in units:
                unit.role = roles.QUALIFIER
            if m.role == roles.PLACE and m.feature in ("settlement", None) and not m.unknown:
                _read_in(m, units[0] if len(units) == 2 else None, oblast, resolve, dated,
                         queries)


def _bracketed_units(m: MentionInfo, after: list[MentionInfo]) -> list[MentionInfo] | None:
    """The one or two mentions in the brackets right after ``m``, else None."""
    if not after or not _OPENS.match(_gap(m, after[0])):
        return None
    text, s0 = m.found.sentence.text, m.found.sentence.start
    first = after[0]
    if _CLOSES.match(text[first.found.end - s0:]):
        return [first]
    if len(after) == 2 and _COMMA.match(_gap(first, after[1])) \
            and _CLOSES.match(text[after[1].found.end - s0:]):
        return [first, after[1]]
    return None


def _gap(one: MentionInfo, other: MentionInfo) -> str:
    s0 = one.found.sentence.start
    return one.found.sentence.text[one.found.end - s0:other.found.start - s0]


def _oblast_of(unit: MentionInfo) -> str | None:
    """The oblast a bracket's last unit names: a region, or a settlement read as its
    oblast's centre ("Kherson", "Dnipropetrovsk" read as Dnipro)."""
    c = unit.place.candidate if unit.place is not None and unit.place.resolved else None
    if c is None or not c.admin1:
        return None
    if c.feature == "region":
        return c.name
    centre = c.feature_code in ("PPLA", "PPLC") or c.admin1.startswith(c.name)  # (Belgorod
    return c.admin1 if c.feature == "settlement" and centre else None    # has no code)


def _read_in(m: MentionInfo, raion: MentionInfo | None, oblast: str, resolve, dated,
             queries: dict[int, str]) -> None:
    """``m`` read in its raion (by the seat's distance) and oblast."""
    query = f"{m.found.lookup}, {oblast}"
    place = resolve(query, dated)
    seat = raion.place.candidate if raion is not None and raion.place is not None \
        and raion.place.resolved and raion.place.candidate.feature == "settlement" else None
    if seat is not None:
        near = _nearest_to_seat(place, seat, oblast)
        if near is not None:
            place = near
    if place.resolved and place.candidate.feature == "settlement":
        m.place, queries[id(m)] = replace(place, query=m.found.lookup), query


def _nearest_to_seat(place, seat, oblast: str):
    """The one reading of ``place`` in ``oblast`` within the raion's reach of its seat."""
    from geo.distance import haversine_km

    readings = [c for c in (place.candidate, *place.alternatives)
                if c is not None and c.admin1 == oblast and c.feature == "settlement"
                and float(haversine_km(c.lat, c.lon, seat.lat, seat.lon)) <= _RAION_KM]
    if not readings:
        return None
    return read_as(place, min(readings, key=lambda c: float(haversine_km(c.lat, c.lon,
                                                                        seat.lat, seat.lon))))
