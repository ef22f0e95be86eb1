"""Raion mentions and their seats: whether "<adjective> район" names a raion (an attack
location at its seat, district precision) or a city's district, the seat a Russian raion's
adjective may come from, raions whose seat lies in a region the report does not speak of, and
the villages told with a raion read against its seat. Used by
:func:`geo.extract.analysis.resolve_mentions`; each updates the mentions in place.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace

from geo.distance import haversine_km
from geo.extract import roles
from geo.extract.morphology import shared_stem
from geo.extract.pipeline import near_seat
from geo.extract.qualifiers import CITY_PEOPLE, as_name, district_query
from geo.extract.report_context import BELLIGERENTS, raion_beyond_named_russian_regions
from geo.extract.sentence_info import MentionInfo, SentenceInfo
from geo.gazetteer.names import fast_key
from geo.gazetteer.regions import RU_RAION_REGIONS
from geo.model import Place

__all__ = ["far_from_raion_before", "raion_outside_its_region",
           "raions_beyond_named_russian_regions", "raions_or_districts", "resolve_in_district",
           "seat_of_adjective", "unplace_away_from", "villages_beyond_their_raions"]

#: a raion's seat is a town of at least this many people; a city (CITY_PEOPLE) named in the
#: same or the sentence before makes "<adjective> район" one of its districts
_RAION_SEAT_PEOPLE = 5_000
#: a Russian raion's seat may be smaller (Khomutovka, 4,936 people)
_RUSSIAN_SEAT_PEOPLE = 3_000
#: towns whose adjective names districts in many cities ("Київський", "Дніпровський район")
_CITY_DISTRICT_TOWNS = frozenset({703448, 709930})          # Kyiv, Dnipro


def raions_beyond_named_russian_regions(mentions: list[MentionInfo]) -> set[int]:
    """Raions whose seat lies in a Russian region the report does not name, not placed
    (:func:`~geo.extract.report_context.raion_beyond_named_russian_regions`): once as read
    (before the villages told with them are read against that seat), once more after the
    seats their adjectives may come from were tried. Updated in place; the ``id`` of each
    mention not placed."""
    unplaced = set()
    for m, following in zip(mentions, [*mentions[1:], None]):
        if following is not None and raion_outside_its_region(m, following):
            continue                    # "в Каменском районе Ростовской области": the region
        if m.role == roles.RAION or m.raion and m.role == roles.PLACE:
            elsewhere = raion_beyond_named_russian_regions(m, mentions)
            if elsewhere is not None:
                m.place, m.unknown = elsewhere, True
                unplaced.add(id(m))
    return unplaced


def _may_be_seat(c, people: int = _RAION_SEAT_PEOPLE) -> bool:
    """A town that can be a raion's seat (in Ukraine or a Russian region where reports name
    raions, :data:`geo.gazetteer.regions.RU_RAION_REGIONS`; not a quarter)."""
    return c is not None and c.feature == "settlement" and c.feature_code != "PPLX" \
        and c.country_code in BELLIGERENTS and bool(c.admin1) \
        and (c.country_code != "RU" or c.admin1 in RU_RAION_REGIONS) \
        and c.population >= people and c.geonameid not in _CITY_DISTRICT_TOWNS


#: a town of two words this big is the seat an adjective no other seat has is made from
_TWO_WORD_SEAT_PEOPLE = 50_000


def seat_of_adjective(m: MentionInfo, resolve, dated, nouns) -> Place | None:
    """The likeliest Russian raion seat a raion's adjective may also be made from, if any
    (a Ukrainian town's adjective that names no seat is a city's district: "Куйбышевского
    района" of Donetsk, not Bilmak, once Kuibysheve); or a big Ukrainian town of two words
    when the adjective placed nothing ("Білоцерківському районі": Bila Tserkva)."""
    unplaced = m.place is None or not m.place.resolved
    for noun, _ids in nouns(m.found.text):
        place = resolve(as_name(noun), dated)
        seats = [c for c in ([place.candidate] if place.resolved else place.alternatives)
                 if c.country_code == "RU" and _may_be_seat(c, _RUSSIAN_SEAT_PEOPLE)
                 or unplaced and " " in noun and c.country_code == "UA"
                 and _may_be_seat(c, _TWO_WORD_SEAT_PEOPLE)]   # "Білоцерківському": Біла
        # Церква, not the villages Bilotserkivka
        if len(seats) == 1:             # "Валуйского района": Valuyki, not Luhansk's Valuiky
            others = tuple(c for c in (place.candidate, *place.alternatives)
                           if c is not None and c is not seats[0])
            return replace(place, query=m.found.lookup, status="resolved", candidate=seats[0],
                           alternatives=others, reason="")
    return None


def raions_or_districts(infos: list[SentenceInfo], reseat=None,
                         unplaced: AbstractSet[int] = frozenset()) -> None:
    """A raion mention ("у Лубенському районі") is an attack location at raion precision
    when it resolved to a town that can be a raion's seat (in Ukraine or a Russian region,
    not a city's quarter) and no city is named in its sentence or the three before (where it
    would be one of that city's districts: "Приморському районі" in an Odesa report);
    otherwise it is a trap. ``reseat(m)`` gives another seat the raion's adjective may
    come from when the first reading is none (:func:`seat_of_adjective`); a raion of
    ``unplaced`` (ids) none gives is an attack location reported unplaced."""
    previous: list[list[MentionInfo]] = []
    for info in infos:
        told = [m for mentions in previous[-3:] for m in mentions] + info.mentions
        cities = {m.place.candidate.geonameid: m.place.candidate for m in told
                  if m.role in (roles.PLACE, roles.TITLE) and m.place is not None
                  and m.place.resolved       # (also a city of officials: "in occupied Donetsk")
                  and m.place.candidate.feature == "settlement"
                  and m.place.candidate.population >= CITY_PEOPLE}
        for m in info.mentions:
            if m.role != roles.RAION:
                continue
            c = m.place.candidate if m.place is not None and m.place.resolved else None
            seat = _may_be_seat(c)
            if not seat and reseat is not None:
                # "Хомутовского района": not Khomutove of Donetsk Oblast (a hamlet) but the
                # seat the adjective may also come from, Khomutovka of Kursk Oblast
                place = reseat(m)
                if place is not None:
                    m.place, c, seat = place, place.candidate, True
            if not seat and id(m) in unplaced:
                m.role, m.raion = roles.PLACE, True     # in a region its seat is not
                continue
            named_by_seat = m.found.text.isascii() and not roles.is_adjective_name(m.found.text)
            if seat and c.geonameid in cities and _old_name_of(m, c):
                m.role = roles.TRAP       # "Запорожье: ... в Александровском районе": a
                continue                  # district of the city, once named Aleksandrovsk
            if seat and (named_by_seat or not [
                    city for gid, city in cities.items()          # "Izmail district"
                    if gid != c.geonameid and not _town_of_its_oblast(c, city)]):
                m.role, m.raion = roles.PLACE, True
            else:
                m.role = roles.TRAP
        previous.append(info.mentions)   # a city named up to three sentences before


def _old_name_of(m: MentionInfo, city) -> bool:
    """Whether a raion's adjective names ``city`` by another name than its own (a former
    one: "Александровском" of Zaporizhzhia, once Aleksandrovsk), so that it is one of the
    city's districts, not the raion of the city ("Запорізькому районі")."""
    from geo.translit import kmu2010

    noun = m.found.lookup
    latin = noun if noun.isascii() else kmu2010(noun)
    return fast_key(latin)[:4] != fast_key(city.name)[:4]


def villages_beyond_their_raions(infos: list[SentenceInfo]) -> None:
    """"деревню Горицы Погарского района": a village written with its raion's adjective that
    the gazetteer places beyond the raion's reach (a Goritsy 800 km away) is not placed, once
    the raion's seat is known (for some only after :func:`raions_or_districts`). Updated
    in place."""
    for info in infos:
        for m, raion in zip(info.mentions, info.mentions[1:]):
            if raion.raion and m.role == roles.PLACE and district_query(m, raion) is not None \
                    and _far_from_seat(m.place, raion) \
                    and not (_big_city(m.place) and _comma_between(m, raion)):
                unplace_away_from(m, raion)


#: a raion's seat at least this far from a city of its oblast, and this big, names a raion
#: of the oblast, not one of the city's districts ("Одеса ... Ізмаїльський район")
_SEAT_AWAY_KM, _SEAT_AWAY_PEOPLE = 30.0, 10_000


def _town_of_its_oblast(seat, city) -> bool:
    """Whether ``seat`` is a town of ``city``'s oblast far enough from it, and big enough,
    that its adjective's raion is not one of the city's districts (Izmail for Odesa, not
    Prymorsk of another oblast for Odesa's "Приморський район")."""
    return seat.admin1 == city.admin1 and seat.population >= _SEAT_AWAY_PEOPLE \
        and haversine_km(seat.lat, seat.lon, city.lat, city.lon) >= _SEAT_AWAY_KM


def resolve_in_district(m: MentionInfo, following: MentionInfo, resolve, dated,
                         queries: dict[int, str]) -> None:
    """"Слатине Дергачівської громади": the place read with its raion or hromada, which is
    where it is, not a second place hit."""
    query = district_query(m, following)
    if query is None:
        return
    _seat_among_namesakes(following)
    if _big_city(m.place) and _comma_between(m, following):
        following.role = roles.QUALIFIER     # "Донецк, Куйбышевский район": a district of the
        return                               # city, not a raion of the same name elsewhere
    place = resolve(query, dated)
    near = _namesake_in_hromada(m.place, place, following)
    if near is not None:                  # "Миропілля Краснопільської громади": Myropillia of
        m.place = read_as(m.place, near)  # Sumy Oblast, not the one of Kharkiv Oblast
        following.role = roles.QUALIFIER
    elif place.resolved and place.candidate.feature == "settlement" \
            and not _far_from_seat(place, following, _READ_ALONE_KM):  # the name read alone
        m.place, queries[id(m)] = replace(place, query=m.found.lookup), query
        following.role = roles.QUALIFIER
    elif (seat := _namesake_at_seat(m.place, following)) is not None:
        m.place = read_as(m.place, seat)
        following.role = roles.QUALIFIER      # "в посёлке Климово Климовского района": the seat
    elif _far_from_seat(m.place, following):
        # "селом Локоть Рыльского района": not Lokot of Bryansk Oblast, 110 km away; the
        # village is not placed and the raion after it stands for the attack
        unplace_away_from(m, following)
    elif _near_its_seat(m.place, following):
        following.role = roles.QUALIFIER      # "Ковшаровка Купянской громады": where it is


#: a hromada named by its town's adjective: "У Вовчанській громаді", "Миропілля
#: Краснопільської громади"
HROMADA_AFTER = re.compile(r"\s+(?:(?:міськ|сільськ|селищн|городск|сельск|поселков)\w*\s+)?"
                           r"(?:територіальн\w*\s+|территориальн\w*\s+)?"
                           r"(?:громад\w*|ТГ\b|territorial communit\w*|communit\w*|"
                           r"hromad\w*)", re.IGNORECASE)
#: a hromada's villages lie within this distance of its centre
HROMADA_KM = 30.0
#: the word itself ("громади", "hromada"), not "community" or "ТГ"
_HROMADA_WORD = re.compile(r"громад|hromad", re.IGNORECASE)


def _namesake_in_hromada(alone: Place | None, read: Place, hromada: MentionInfo):
    """The one namesake of a village within a hromada's reach of its centre when the village
    read with the hromada ("Миропілля Краснопільської громади") lies farther; else None."""
    seat = hromada.place.candidate if hromada.place is not None and hromada.place.resolved \
        else None
    s0 = hromada.found.sentence.start
    told = HROMADA_AFTER.match(hromada.found.sentence.text, hromada.found.end - s0)
    if seat is None or alone is None or told is None \
            or not _HROMADA_WORD.search(told.group(0)):
        return None                   # (not "in the Krasnopillia community": a name in English
        # is read whole by the geocoder)
    c = read.candidate if read.resolved else None
    if c is not None and haversine_km(seat.lat, seat.lon, c.lat, c.lon) <= HROMADA_KM:
        return None
    options = [o for o in ((alone.candidate if alone.resolved else None), *alone.alternatives)
               if o is not None and o.feature == "settlement"
               and haversine_km(seat.lat, seat.lon, o.lat, o.lon) <= HROMADA_KM]
    return options[0] if len(options) == 1 else None


def _seat_among_namesakes(raion: MentionInfo) -> None:
    """A raion read as a place no raion has as its seat (a hamlet of 638 people: Crimea's
    Klymovo for "Климовского района") takes the one namesake that can be a seat (Klimovo of
    Bryansk Oblast). Updated in place."""
    place = raion.place
    if place is not None and not place.resolved and place.alternatives:
        seats = [c for c in place.alternatives if _may_be_seat(c)]
        if len(seats) == 1:       # "Краснопільської громади": the town, not a village of
            raion.place = replace(place, status="resolved", candidate=seats[0], reason="",
                                  alternatives=tuple(c for c in place.alternatives
                                                     if c is not seats[0]))
        return                    # Donetsk Oblast that shares its name
    if place is None or not place.resolved or _may_be_seat(place.candidate):
        return
    seats = [c for c in place.alternatives if _may_be_seat(c, _RUSSIAN_SEAT_PEOPLE)]
    if len(seats) == 1:
        raion.place = replace(place, candidate=seats[0], alternatives=tuple(
            c for c in (place.candidate, *place.alternatives) if c is not seats[0]))


def _seat_is_the_village(raion: MentionInfo, place: Place | None) -> bool:
    """Whether the village told with a raion is a seat named as the raion's first reading is
    ("В Кореневском районе, в поселке Коренево": Korenevo of Kursk Oblast, not the
    Korenëvo of Moscow Oblast the adjective was read as); then the raion is read as it.
    Updated in place (the raion's place)."""
    seat = _seat_named(raion)
    c = place.candidate if place is not None and place.resolved else None
    if c is None or seat is None or c.geonameid == seat.geonameid \
            or not _may_be_seat(c, _RUSSIAN_SEAT_PEOPLE):
        return False
    told = shared_stem(raion.found.text, place.query)
    if fast_key(c.name) != fast_key(seat.name) and not (
            not _may_be_seat(seat, _RUSSIAN_SEAT_PEOPLE) and told >= len(place.query) - 2):
        return False                    # (a hamlet Koreneve of Sumy Oblast for the adjective)
    raion.place = read_as(raion.place, c)
    return True


def read_as(place: Place, candidate) -> Place:
    """``place`` read as its namesake ``candidate``."""
    return replace(place, status="resolved", candidate=candidate, reason="",
                   alternatives=tuple(c for c in (place.candidate, *place.alternatives)
                                      if c is not None and c is not candidate))


def _namesake_at_seat(place: Place | None, raion: MentionInfo):
    """The namesake of ``place`` that is the raion's seat itself ("Климово Климовского
    района"), when its first reading lies elsewhere; else None."""
    seat = _seat_named(raion)
    if place is None or seat is None or raion.role != roles.RAION and not raion.raion:
        return None
    options = (place.candidate, *place.alternatives) if place.resolved else place.alternatives
    return next((c for c in options if c is not None and c.geonameid == seat.geonameid
                 and (not place.resolved or c is not place.candidate)), None)


#: between a raion and the village told right after it: "urban district, near the village of"
_VILLAGE_GAP = re.compile(
    r"^\s*(?:urban\s+|municipal\s+)?(?:district|okrug|район\w*|округ\w*|городск\w+\s+округ\w*)?"
    r"\s*,?\s*(?:(?:near|in|at|outside|у|в|біля|возле|около)\s+)?(?:the\s+)?(?:village|settlement|"
    r"hamlet|село|селі|селе|селом|селища|селищі|поселке|посёлке|пос\.|деревне|хуторе)\s+(?:of\s+)?$",
    re.IGNORECASE)


def far_from_raion_before(raion: MentionInfo, m: MentionInfo) -> None:
    """"In the Shebekinsky urban district, near the village of Korovino": a village told
    right after its raion that the gazetteer places beyond the raion's reach (a Korovino of
    Kursk Oblast) is not placed; the raion stands for the attack. Updated in place."""
    s0 = m.found.sentence.start
    gap = m.found.sentence.text[raion.found.end - s0:m.found.start - s0]
    if raion.role == roles.RAION and m.role == roles.PLACE and _VILLAGE_GAP.match(gap) \
            and _far_from_seat(m.place, raion) and not _seat_is_the_village(raion, m.place):
        unplace_away_from(m, raion)


def _big_city(place: Place | None) -> bool:
    """Whether ``place`` is a resolved city big enough to have districts of its own."""
    return place is not None and place.resolved and place.candidate.feature == "settlement" \
        and place.candidate.population >= CITY_PEOPLE


def _comma_between(m: MentionInfo, following: MentionInfo) -> bool:
    """Whether a comma stands between a name and the district told after it ("Донецк,
    Куйбышевский район", not "в Муроме Шебекинского округа": a village of that okrug)."""
    s0 = m.found.sentence.start
    return "," in m.found.sentence.text[m.found.end - s0:following.found.start - s0]


def unplace_away_from(m: MentionInfo, raion: MentionInfo, kind: str = "") -> None:
    """``m`` not placed: the gazetteer's place of that name lies beyond the reach of
    ``raion`` (or of the area of another ``kind``: "hromada")."""
    near = f"{raion.found.text} {kind}" if kind else raion.found.text
    m.place, m.unknown = Place(query=m.found.lookup, status="unresolved",
                               reason=f"the gazetteer has no place named "
                                      f"{m.found.text!r} near {near}"), True


def _seat_named(district: MentionInfo):
    """The town a raion or hromada mention was resolved to (its seat), or None."""
    return district.place.candidate if district.place is not None and district.place.resolved \
        else None


def _near_its_seat(place: Place | None, district: MentionInfo) -> bool:
    """A resolved settlement within a raion's reach of the seat ``district`` names."""
    seat = _seat_named(district)
    return place is not None and place.resolved and seat is not None \
        and seat.feature == "settlement" and place.candidate.geonameid != seat.geonameid \
        and near_seat(seat, place.candidate)


#: a place the geocoder gives for "X in the Y district" this far from Y's seat is X read
#: without its district (the Dunaika of Kyiv Oblast for "Dunaika in the Shebekinsky
#: district"); nearer, it is the geocoder's reading of the district (new raions are large)
_READ_ALONE_KM = 150.0


def _far_from_seat(place: Place | None, district: MentionInfo, km: float | None = None) -> bool:
    """A resolved settlement farther from the raion seat ``district`` names than a raion
    reaches (:func:`~geo.extract.pipeline.near_seat`), or than ``km`` when given, or in
    another country than the seat."""
    seat = _seat_named(district)
    if place is None or not place.resolved or seat is None \
            or district.role != roles.RAION and not district.raion:
        return False
    if place.candidate.country_code != seat.country_code:
        return True                     # "Купино Шебекинского округа": not Kharkiv's Kupyne
    if km is not None:
        return haversine_km(seat.lat, seat.lon, place.candidate.lat, place.candidate.lon) > km
    return not near_seat(seat, place.candidate)


#: between a raion's adjective and the region it is told in: "в Каменском районе Запорожской"
_RAION_OF_REGION_GAP = re.compile(r"^\s+(?:район\w*|district)\s+$", re.IGNORECASE)


def raion_outside_its_region(m: MentionInfo, following: MentionInfo) -> bool:
    """Whether a raion is told in a region ("в Каменском районе Запорожской области",
    "... Ростовской области") that the town its adjective resolved to does not lie in
    (Kamianske, of Dnipropetrovsk Oblast): then it is no raion the gazetteer can place."""
    if m.role != roles.RAION or following.feature != "region" or m.place is None \
            or not m.place.resolved:
        return False
    s0, c, region = m.found.sentence.start, m.place.candidate, following.place.candidate
    gap = m.found.sentence.text[m.found.end - s0:following.found.start - s0]
    return bool(_RAION_OF_REGION_GAP.match(gap)) and (
        region.country_code != c.country_code       # "в Каменском районе Ростовской области"
        or bool(region.admin1_code) and region.admin1_code != c.admin1_code)
