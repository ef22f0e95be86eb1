"""A village told with the town it lies near: the town only says where.

"The village of Otradnoye near Belgorod", "деревню Горицы под Брянском", "село Кам'янка
під Харковом": the attack was in the village, not the town. The village is read as its
namesake within :data:`NEAR_KM` of the town (nearest first), and the town becomes a
``qualifier``. When the gazetteer has no such namesake (Russian villages are mostly not in
it), the village is reported unplaced with that reason and the town stands for the attack
at ``district`` precision, named "near Bryansk": never at the town's centre as if it were
hit, never at a namesake far away. So does a town told as what unnamed places lie around
("villages near Kharkiv", "села поблизу Куп'янська").
"""
from __future__ import annotations

import re
from dataclasses import replace

from geo.distance import haversine_km
from geo.extract import roles
from geo.extract.report_context import BELLIGERENTS
from geo.extract.sentence_info import MentionInfo, SentenceInfo
from geo.model import Place

#: a village read near a town lies this close to it
NEAR_KM = 40.0
#: the town is at least this many times the village's size (when the village is placed)
_BIGGER = 5

_I = re.IGNORECASE
#: what stands between the village and the town: "X near Y", "X під Y", "X под Y"
_NEAR_GAP = re.compile(
    r"^,?\s+(?:area\s+)?(?:near|outside|close\s+to|під|біля|поблизу|неподалік(?:\s+від)?|"
    r"недалеко\s+від|под|возле|около|близ|вблизи|недалеко\s+от|неподал[её]ку\s+от)\s+$", _I)

#: the village told as lying by the town, in an apposition: "Antonivka, a suburb of Kherson",
#: "X, a village 20 km west of Y", "X, on the outskirts of Y", "X, передмістя Y", "X, пригород Y",
#: "X, що за кілька кілометрів від Y"
_NEAR_APPOSITION = re.compile(
    r"^,?\s+(?:(?:an?|the)\s+(?:(?:small|large|frontline|front-line)\s+)?"
    r"(?:village|town|settlement|hamlet|suburb|community)\s+(?:of|near|outside|close\s+to|"
    r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east|"
    r"north-?west|south-?east|south-?west)\s+of)|(?:on\s+|in\s+)?the\s+outskirts\s+of|"
    r"(?:на\s+)?околиц[іяю]|передмісті?я?|(?:село|селище)\s+(?:поблизу|біля|під)|"
    r"пригород[ае]?|(?:на\s+)?окраин[еаы]|(?:село|деревня|посёлок|поселок)\s+"
    r"(?:под|около|возле|вблизи)|"
    # "Sadove, a few kilometres from Kherson", "Садове, що за кілька кілометрів від Херсона"
    r"(?:(?:що|яке|який|что|которое|который|which\s+is|located|lying)\s+)?"
    r"(?:(?:about|some|around|just|за|в|около|приблизно|всього)\s+)?"
    r"(?:\d+(?:[.,]\d+)?|a\s+few|several|кілька|декілька|кількох|несколько|нескольких)\s*"
    r"(?:km|kilomet(?:re|er)s?|miles|км|кілометр\w*|километр\w*)\s+(?:from|від|от)"
    r"(?:\s+(?:the\s+)?(?:city|town)(?:\s+of)?|\s+(?:міста|города))?)\s+$", _I)

#: unnamed places around a town: "villages near Kharkiv", "areas north of Kupiansk", "села
#: поблизу Куп'янська", "населённые пункты вблизи Белгорода": the attack was around the town
_AROUND_BEFORE = re.compile(
    r"\b(?:villages|settlements|areas|hamlets|communities|towns|села|сёла|сіл|сел|"
    r"населені\s+пункти|населённые\s+пункты|населенные\s+пункты|населених\s+пунктів|"
    r"населенных\s+пунктов)\s+(?:(?:located|lying|situated)\s+)?"
    r"(?:near|around|outside|close\s+to|not\s+far\s+from|(?:(?:to\s+the\s+)?(?:north|south)?-?"
    r"(?:east|west)?(?<=[a-z])(?:ern)?\s+of)|поблизу|біля|навколо|довкола|неподалік\s+від|під|"
    r"около|возле|вблизи|вокруг|под|недалеко\s+от)\s+$", _I)


def places_around_towns(infos: list[SentenceInfo]) -> None:
    """A town told as what unnamed places lie around ("villages near Kharkiv"), the one
    place of its sentence, stands for the attack around it: named "near Kharkiv", at
    ``district`` precision, not at its centre as if the town were hit. Updated in place
    (the town's ``area``)."""
    for info in infos:
        s0 = info.sentence.start
        towns = [m for m in info.mentions if m.role == roles.PLACE and not m.area and not m.raion
                 and not m.unknown and m.place is not None and m.place.resolved
                 and m.place.candidate.feature == "settlement"]
        if len(towns) != 1:
            continue        # "Kharkiv and villages near Chuhuiv": each place as it is told
        for m in towns:
            before = info.sentence.text[max(0, m.found.start - s0 - 60):m.found.start - s0]
            if _AROUND_BEFORE.search(before):
                m.area = f"near {m.place.candidate.name}"


#: a county or province named after its town abroad: "in Tulcea county", "Lublin province"
_COUNTY_AFTER = re.compile(r"\s+(?:county|province|voivodeship|judet|raion|district|region)\b",
                           re.IGNORECASE)


def counties_abroad(infos: list[SentenceInfo]) -> None:
    """A town abroad told as the county or province named after it ("a drone crashed near
    the village of Plauru in Tulcea county", "in Lublin province") stands for that area at
    ``district`` precision, named so, not for the town as if it were hit. Updated in place
    (the town's ``area``)."""
    for info in infos:
        s0 = info.sentence.start
        for m in info.mentions:
            c = m.place.candidate if m.role == roles.PLACE and m.place is not None \
                and m.place.resolved else None
            if c is None or c.feature != "settlement" or c.country_code in BELLIGERENTS \
                    or m.area:
                continue
            after = _COUNTY_AFTER.match(info.sentence.text, m.found.end - s0)
            if after is not None:
                m.area = f"{c.name} {after.group(0).strip().lower()}"


#: a town's suburbs, told by its possessive: "Kyiv's western suburbs", "Kharkiv's outskirts"
_SUBURBS_AFTER = re.compile(
    r"['’]s\s+(?:(?:northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|nearby|surrounding)\s+)?(?:suburbs?|outskirts)\b", _I)


def suburbs_of_towns(infos: list[SentenceInfo]) -> None:
    """A town told by its suburbs ("an attack on Kyiv's western suburbs") is no place hit: the
    suburbs the sentence names are ("... killed one person in Irpin"), else the attack was
    around the town (named "near Kyiv", as :func:`places_around_towns`). Updated in place."""
    for info in infos:
        s0 = info.sentence.start
        for m in info.mentions:
            if m.role != roles.PLACE or m.area or m.place is None or not m.place.resolved \
                    or m.place.candidate.feature != "settlement" \
                    or not _SUBURBS_AFTER.match(info.sentence.text, m.found.end - s0):
                continue
            if any(o is not m and o.role == roles.PLACE for o in info.mentions):
                m.role = roles.QUALIFIER
            else:
                m.area = f"near {m.place.candidate.name}"


def places_near_towns(infos: list[SentenceInfo]) -> None:
    """Read each "village near town" or "village in the town's community" of ``infos`` in
    the town's surroundings. Updated in place (the village's place, the town's role and
    place, or the town's ``area``)."""
    for info in infos:
        for village, town in zip(info.mentions, info.mentions[1:]):
            told = _village_told_with(village, town)
            if told == "near" and town.feature == "settlement":
                _read_near(village, town)
            elif told:
                _read_as_pair(village, town)


def _village_told_with(village: MentionInfo, town: MentionInfo) -> str:
    """How ``village`` is told with ``town`` right after it: "near" ("X near Y", "X під Y"),
    "community" ("X in the Y community", "село X Y-ської громади"), or "" (neither, or the
    town is no bigger place)."""
    if village.role != roles.PLACE or town.role != roles.PLACE or village.area \
            or town.unknown or town.raion or town.area:
        return ""
    sentence = village.found.sentence
    s0 = sentence.start
    gap = sentence.text[village.found.end - s0:town.found.start - s0]
    after = sentence.text[town.found.end - s0:town.found.end - s0 + 40]
    told = "near" if _NEAR_GAP.match(gap) or _NEAR_APPOSITION.match(gap) else \
        "community" if _COMMUNITY_GAP.match(gap) and _COMMUNITY_AFTER.match(after) else ""
    if not told or town.feature not in ("settlement", None):
        return ""
    if town.feature is None:        # ambiguous: read as a pair with the village
        return told if town.place is not None and town.place.alternatives else ""
    if told == "community":         # its seat: bigger than its villages, if not 5 times
        return "" if "," in gap and _ADJECTIVE_END.search(village.found.text) else told
        # ("по Червоногригорівській, Марганецькій громадах": two hromadas listed)
    place = village.place
    own = place.candidate.population if place is not None and place.resolved else 0
    if _VILLAGE_WORD_BEFORE.search(sentence.text, max(0, village.found.start - s0 - 30),
                                   village.found.start - s0) or _NEAR_APPOSITION.match(gap):
        return told                 # "the village of Kivsharivka near Kupiansk": told so
    return told if town.place.candidate.population >= _BIGGER * max(own, 1) else ""


#: the village's word right before its name: "the village of", "село", "селе"
_VILLAGE_WORD_BEFORE = re.compile(
    r"\b(?:village|settlement|hamlet|села|село|селі|селище|селища|деревн\w+|поселк\w+|"
    r"посёлк\w+)\s+(?:of\s+)?$", _I)


#: a hromada's adjective ("Червоногригорівській", "Покровская"), not a village's name
_ADJECTIVE_END = re.compile(r"(?:ськ|цьк|зьк|ск|цк|зк)(?:ій|а|ої|у|ою|ая|ой|ую|ую)$", _I)
#: "X in the Y community", "X of the Y hromada", "село X Y-ської громади"
_COMMUNITY_GAP = re.compile(r"^,?\s+(?:(?:in|of)\s+(?:the\s+)?)?$", _I)
_COMMUNITY_AFTER = re.compile(
    r"^\s+(?:(?:territorial|rural|urban|settlement|village|town|city)\s+)?"
    r"(?:community|hromada|municipality)\b|^\s+(?:\w+\s+)?(?:територіальн\w+\s+)?громад|"
    r"^\s+(?:\w+\s+)?(?:громад|общин)", _I)


def _read_as_pair(village: MentionInfo, town: MentionInfo) -> None:
    """A village and a town of several namesakes each, told together: the one pair of
    them within :data:`NEAR_KM` of each other, when there is one (the Sumy Oblast
    Chernechchyna "in the Krasnopillia community", whose Krasnopillia is no Donetsk
    village); the town then only locates. Else both stay as they were."""
    def options(m: MentionInfo) -> tuple:
        place = m.place
        if place is None or m.unknown:
            return ()
        return tuple(c for c in ((place.candidate,) if place.resolved else ())
                     + tuple(place.alternatives) if c.feature == "settlement")

    pairs = [(v, t) for v in options(village) for t in options(town)
             if v.geonameid != t.geonameid and t.population >= v.population
             and float(haversine_km(v.lat, v.lon, t.lat, t.lon)) <= NEAR_KM]
    if len({v.geonameid for v, _ in pairs}) != 1 or len({t.geonameid for _, t in pairs}) != 1:
        return
    (v, t), known = pairs[0], options(village)
    village.place = replace(village.place, status="resolved", candidate=v, reason="",
                            alternatives=tuple(c for c in known if c is not v))
    town.place = replace(town.place, status="resolved", candidate=t, reason="",
                         alternatives=tuple(c for c in options(town) if c is not t))
    town.role = roles.QUALIFIER


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
