"""A village told with the town it lies near: the town only says where.

"The village of Otradnoye near Belgorod", "деревню Горицы под Брянском", "село Кам'янка
під Харковом": the attack was in the village, not the town. The village is read as its
namesake within :data:`NEAR_KM` of the town (nearest first), and the town becomes a
``qualifier``. When the gazetteer has no such namesake (Russian villages are mostly not in
it), the village is reported unplaced with that reason and the town stands for the attack
at ``district`` precision, named "near Bryansk": never at the town's centre as if it were
hit, never at a namesake far away.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geo.distance import haversine_km
from geo.extract import roles
from geo.extract.sentence_info import MentionInfo, SentenceInfo
from geo.model import Place

#: a village read near a town lies this close to it
NEAR_KM = 40.0
#: the town is at least this many times the village's size (when the village is placed)
_BIGGER = 5

_I = re.IGNORECASE
#: what stands between the village and the town: "X near Y", "X під Y", "X под Y"
_NEAR_GAP = re.compile(
    r"^,?\s+(?:near|outside|close\s+to|під|біля|поблизу|неподалік(?:\s+від)?|"
    r"недалеко\s+від|под|возле|около|близ|вблизи|недалеко\s+от|неподал[её]ку\s+от)\s+$", _I)


def places_near_towns(infos: list[SentenceInfo]) -> None:
    """Read each "village near town" of ``infos`` in the town's surroundings. Updated in
    place (the village's place, the town's role, or the town's ``area``)."""
    for info in infos:
        for village, town in zip(info.mentions, info.mentions[1:]):
            if _village_near(village, town):
                _read_near(village, town)


def _village_near(village: MentionInfo, town: MentionInfo) -> bool:
    """Whether ``village`` is told right before "near ``town``", a bigger placed town."""
    if village.role != roles.PLACE or town.role != roles.PLACE or village.area \
            or town.feature != "settlement" or town.unknown:
        return False
    sentence = village.found.sentence
    s0 = sentence.start
    if not _NEAR_GAP.match(sentence.text[village.found.end - s0:town.found.start - s0]):
        return False
    place = village.place
    own = place.candidate.population if place is not None and place.resolved else 0
    return town.place.candidate.population >= _BIGGER * max(own, 1)


def _read_near(village: MentionInfo, town: MentionInfo) -> None:
    """``village`` at its namesake nearest ``town`` (the town then only locates), or
    unplaced with ``town`` standing for the attack around it."""
    seat = town.place.candidate

    def distance(c) -> float:
        return float(haversine_km(seat.lat, seat.lon, c.lat, c.lon))

    place = village.place
    known = () if place is None or village.unknown else \
        ((place.candidate,) if place.resolved else ()) + tuple(place.alternatives)
    near = sorted((c for c in known if c.feature == "settlement" and distance(c) <= NEAR_KM),
                  key=distance)
    if near:
        village.place = replace(place, status="resolved", candidate=near[0], reason="",
                                alternatives=tuple(c for c in known if c is not near[0]))
        town.role = roles.QUALIFIER
        return
    village.place = Place(query=village.found.lookup, status="unresolved",
                          reason=f"the gazetteer has no place named {village.found.text!r} "
                                 f"within {NEAR_KM:.0f} km of {seat.name}",
                          alternatives=known)
    village.unknown = True
    town.area = f"near {seat.name}"
