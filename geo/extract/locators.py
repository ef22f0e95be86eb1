"""Places a sentence names only to say where a village told after them lies: "Під Харковом
уламки впали на будинок у селі Циркуни", "в 10 км від Сум, у селі Степанівка", "near
Kharkiv, in the village of Tsyrkuny". They help place the village (a namesake near them),
then are no places hit; used by :func:`geo.extract.analysis.resolve_mentions` once the
names are resolved.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.distance import haversine_km
from geo.extract import roles
from geo.extract.raion_seats import HROMADA_AFTER, HROMADA_KM, unplace_away_from

if TYPE_CHECKING:
    from geo.extract.sentence_info import SentenceInfo

#: "near", "outside" or a distance "from" right before a town
_NEAR_BEFORE = re.compile(
    r"(?:\b(?:під|біля|поблизу|неподалік від|неподалік|под|возле|около|вблизи|неподалеку от|"
    r"near|outside)\s+|\b\d+\s*(?:км|km|кілометр\w*|километр\w*|kilometers?|miles?)\s+"
    r"(?:від|от|from|of)\s+)$", re.IGNORECASE)
#: a village word right before a name: "у селі", "в поселке", "in the village of"
_VILLAGE_BEFORE = re.compile(
    r"\b(?:у|в)\s+(?:селі|селищі|селе|поселке|посёлке|смт|с\.|сел\.)\s*$|"
    r"\bin the (?:village|town|settlement) of\s+$", re.IGNORECASE)


#: a place told "in" after "near X" lies within this distance of X when X only locates it
NEAR_KM = 30.0


def locators_of_villages(infos: list[SentenceInfo]) -> None:
    """Mark as qualifiers the places named after "near" (or "10 km from") before a village
    of the same sentence, or before places of the same clause told with "in" that lie near
    them ("Near Kostiantynivka, ... repelled assaults in Stupochky and Ivanopillia").
    Updated in place."""
    for info in infos:
        text, s0 = info.sentence.text, info.sentence.start
        villages = [m for m in info.mentions if m.role == roles.PLACE
                    and _VILLAGE_BEFORE.search(text, max(0, m.found.start - s0 - 30),
                                               m.found.start - s0)]
        places_in = [m for m in info.mentions if m.role == roles.PLACE and _sure(m)
                     and _IN_BEFORE.search(text, max(0, m.found.start - s0 - 10),
                                           m.found.start - s0)]
        if not villages and not places_in:
            continue
        for m in info.mentions:
            start = m.found.start - s0
            if m.role == roles.PLACE and _NEAR_BEFORE.search(text, max(0, start - 40), start) \
                    and (any(v.found.start > m.found.start for v in villages) or _sure(m) and any(
                        v.found.start > m.found.end and v.clause == m.clause
                        and _within(v, m, NEAR_KM) for v in places_in)):
                m.role = roles.QUALIFIER


#: "in" before a hromada: the place a village told after lies in
_IN_BEFORE = re.compile(r"\b(?:у|в|на території|in(?: the)?)\s+$", re.IGNORECASE)
#: a village word, or "in", right before a name: "по селу Вільча", "the village of X", "in X"
_ANY_VILLAGE_BEFORE = re.compile(
    r"\b(?:сел[оаіуе]|селищ[еаіуа]|селе|поселк\w*|посёлк\w*|(?<!\w)с\.|"
    r"(?:village|town|settlement) of|in|у|в)\s*$", re.IGNORECASE)
#: a heading's colon: "Великописарівська громада: ..."
_COLON = re.compile(r"\s*:")


def hromadas_of_villages(infos: list[SentenceInfo]) -> None:
    """Mark as qualifiers the hromadas a sentence names before one of their villages: "У
    Вовчанській громаді загинули 2 людини внаслідок удару КАБ по селу Вільча" (Vilcha was
    hit, in the Vovchansk hromada; its centre was not). Updated in place."""
    for info in infos:
        text, s0 = info.sentence.text, info.sentence.start
        villages = [m for m in info.mentions if m.role == roles.PLACE and _sure(m)
                    and _ANY_VILLAGE_BEFORE.search(text, max(0, m.found.start - s0 - 30),
                                                   m.found.start - s0)]
        for m in info.mentions:
            after = HROMADA_AFTER.match(text, m.found.end - s0) \
                if m.role == roles.PLACE and _sure(m) else None
            if after is not None and (
                    _IN_BEFORE.search(text, max(0, m.found.start - s0 - 20), m.found.start - s0)
                    or _COLON.match(text, after.end())) and any(   # "Х-ська громада: ... с. Y"
                        v.found.start > m.found.end and _within(v, m, HROMADA_KM)
                        for v in villages):
                m.role = roles.QUALIFIER


def _sure(m) -> bool:
    return m.place is not None and m.place.resolved


def _within(a, b, km: float) -> bool:
    ca, cb = a.place.candidate, b.place.candidate
    return float(haversine_km(ca.lat, ca.lon, cb.lat, cb.lon)) <= km


#: between a village and the hromada told right after it: "с. X Y-ської громади"
_VILLAGE_HROMADA_GAP = re.compile(r"^\s*,?\s*$")


def hromadas_of_unplaced_villages(infos: list[SentenceInfo]) -> None:
    """A hromada told right after a village the gazetteer cannot place ("с. Новоселівка
    Слобожанської громади": GeoNames has no Novoselivka within reach of Slobozhanske)
    stands for the attack at district precision, as "Slobozhanske hromada", not at its
    centre as if the centre were hit. Updated in place."""
    for info in infos:
        text, s0 = info.sentence.text, info.sentence.start
        for village, hromada in zip(info.mentions, info.mentions[1:]):
            if village.role == roles.PLACE and not _sure(village) \
                    and hromada.role == roles.PLACE and _sure(hromada) and not hromada.area \
                    and hromada.place.candidate.feature == "settlement" \
                    and _VILLAGE_HROMADA_GAP.match(
                        text[village.found.end - s0:hromada.found.start - s0]) \
                    and HROMADA_AFTER.match(text, hromada.found.end - s0):
                hromada.area = f"{hromada.place.candidate.name} hromada"
                hromada.village = village.found       # two villages of it: two strikes


#: a hromada, then the villages of it after a dash or colon: "по селах Золочівської громади —
#: Одноробівці, Сніжкову та Удах"
_HROMADA_THEN_LIST = re.compile(r"^\s+(?:громад\w*|ТГ|hromada|community)\s*[—–:-]\s*$",
                                re.IGNORECASE)


def hromadas_before_their_villages(infos: list[SentenceInfo]) -> None:
    """A hromada told before a dash or colon and the villages of it ("по селах Золочівської
    громади — Одноробівці, Сніжкову та Удах") says where they are: a qualifier, when the
    first of them lies within :data:`HROMADA_KM`. Updated in place."""
    for info in infos:
        text, s0 = info.sentence.text, info.sentence.start
        for hromada, place in zip(info.mentions, info.mentions[1:]):
            if hromada.role == roles.PLACE and place.role == roles.PLACE and _sure(hromada) \
                    and _sure(place) and _HROMADA_THEN_LIST.match(
                        text[hromada.found.end - s0:place.found.start - s0]) \
                    and _within(place, hromada, HROMADA_KM):
                hromada.role = roles.QUALIFIER


#: between a place and the hromada told right after it: "у Стецьківському старостаті Сумської
#: громади", "селі X Y-ської громади"
_BEFORE_HROMADA_GAP = re.compile(r"^\s+(?:(?:старостат|старостинськ)\w*(?:\s+округ\w*)?\s+)?$",
                                 re.IGNORECASE)


def hromadas_after_their_places(infos: list[SentenceInfo]) -> None:
    """A hromada told right after a place of it ("у Стецьківському старостаті Сумської
    громади") says where the place is: a qualifier, when the two lie within
    :data:`HROMADA_KM`. A village the gazetteer places farther from the hromada than that
    is a namesake ("с. Токарівка Білозерської громади": not the Tokarivka 42 km away), and
    is not placed. Updated in place."""
    for info in infos:
        text, s0 = info.sentence.text, info.sentence.start
        for place, hromada in zip(info.mentions, info.mentions[1:]):
            if place.role == roles.PLACE and hromada.role == roles.PLACE and _sure(place) \
                    and _sure(hromada) and HROMADA_AFTER.match(text, hromada.found.end - s0) \
                    and _BEFORE_HROMADA_GAP.match(
                        text[place.found.end - s0:hromada.found.start - s0]) \
                    and place.place.candidate.geonameid != hromada.place.candidate.geonameid:
                if _within(place, hromada, HROMADA_KM):
                    hromada.role = roles.QUALIFIER
                elif place.place.candidate.feature == "settlement" \
                        and hromada.place.candidate.feature == "settlement":
                    unplace_away_from(place, hromada, "hromada")
