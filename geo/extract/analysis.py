"""Per-sentence analysis: mentions with roles and places, cues, types, figures, dates.

:func:`analyse` (:mod:`geo.extract.sentence_reading`) reads a report once and returns one
:class:`SentenceInfo` per sentence; :func:`resolve_mentions` places their names;
:mod:`geo.extract.pipeline` decides from these where the events are.
Place names are resolved in two passes: first alone, then, for the ones still
ambiguous or weak, with the regions and places the rest of the report names
(:class:`geo.geocoding.ResolveContext`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from geo.distance import haversine_km
from geo.extract import roles
from geo.extract.heading_region import namesake_in_region, read_in_heading_regions
from geo.extract.hromada_adjectives import (adjectives_among_their_list,
                                            adjectives_in_named_regions)
from geo.extract.late_places import (resolve_in_raions_regions, village_abroad,
                                     villages_of_raions, zaporizhzhia_region)
from geo.extract.list_neighbours import place_by_list_neighbours
from geo.extract.mentions import MentionFinder
from geo.extract.morphology import dictionary_forms, is_verb
from geo.extract.near_towns import places_around_towns, places_near_towns
from geo.extract.pipeline import near_seat
from geo.extract.city_districts import (districts_named_like_villages, elided_city_districts,
                                        quarters_of_named_cities)
from geo.extract.locators import (hromadas_after_their_places, hromadas_of_unplaced_villages,
                                  hromadas_of_villages, locators_of_villages)
from geo.extract.qualifiers import (CITY_PEOPLE, as_name, city_names_its_region,
                                    district_query, outside_region,
                                    quarters_as_raions, region_before, region_of,
                                    resolve_in_named_raions, villages_not_towns)
from geo.extract.regional_centres import place_raion_centres, place_regional_centres, unplaced
from geo.extract.report_context import (BELLIGERENTS, beyond_named_countries,
                                        beyond_named_russian_regions, misspelt_places,
                                        named_countries, named_russian_regions,
                                        raion_beyond_named_countries,
                                        raion_beyond_named_russian_regions, report_context, reread,
                                        resolve_in_context)
from geo.extract.roads import roads_between_places
from geo.extract.sentence_info import MentionInfo, SentenceInfo
from geo.extract.spellings import loosely_spelt
from geo.extract.sentence_reading import analyse  # noqa: F401  (the stage's entry point)
from geo.gazetteer.regions import RU_RAION_REGIONS
from geo.extract.facilities import towns_of_facilities
from geo.geocoding.adjectives import adjective_towns
from geo.model import Place

_RESOLVED_ROLES = frozenset({roles.PLACE, roles.TITLE, roles.LAUNCH, roles.RAION})
#: a raion's seat is a town of at least this many people; a city (CITY_PEOPLE) named in the
#: same or the sentence before makes "<adjective> район" one of its districts
_RAION_SEAT_PEOPLE = 5_000
#: a Russian raion's seat may be smaller (Khomutovka, 4,936 people)
_RUSSIAN_SEAT_PEOPLE = 3_000
#: towns whose adjective names districts in many cities ("Київський", "Дніпровський район")
_CITY_DISTRICT_TOWNS = frozenset({703448, 709930})          # Kyiv, Dnipro


_REGION_WORDS = re.compile(
    r"\b(?:region|oblast|province|krai|republic|област\w*|облас\w*|регіон\w*|регион\w*|край|"
    r"краю|республік\w*|республик\w*)\b|щин[аиіуо]\w*$|чин[аиіуо]\w*$", re.IGNORECASE)


def _settlement_over_city_region(place: Place, query: str, gazetteer) -> Place:
    """Kyiv and Sevastopol are cities and regions: a bare name means the city."""
    if not place.resolved or place.candidate.feature != "region" or _REGION_WORDS.search(query):
        return place
    region = place.candidate
    for cand in gazetteer.candidates(query):
        if cand.feature == "settlement" and cand.country_code == region.country_code \
                and cand.admin1_code == region.admin1_code:
            chosen = replace(cand, score=region.score)
            return replace(place, candidate=chosen)
    return place


def _capitals_as_actors(mentions: list[MentionInfo]) -> None:
    """A national capital followed by an action verb is a government, not a place."""
    for m in mentions:
        place = m.place
        if m.role != roles.PLACE or place is None or not place.resolved \
                or place.candidate.feature_code != "PPLC":
            continue
        sentence = m.found.sentence
        at = m.found.end - sentence.start
        if roles.capital_acts(sentence.text, at) or roles.capital_owns_attack(sentence.text, at):
            m.role = roles.ACTOR


def _nearer_home(place: Place, query: str, geocoder, finder, context=None) -> Place:
    """A Cyrillic case form that resolved abroad to a small place ("Никополе" -> Nikopol,
    Bulgaria): try its nominative guesses (in the same ``context``: the report's day and
    places) and keep one that resolves in Ukraine or Russia."""
    c = place.candidate if place.resolved else None
    if c is None or c.country_code in BELLIGERENTS or c.population >= 100_000:
        return place
    home = reread(query, dictionary_forms(query), finder,
                  lambda guess: geocoder.resolve(guess, context),
                  lambda other: other.country_code in BELLIGERENTS)
    return home or place


def resolve_mentions(infos: list[SentenceInfo], geocoder, cache: dict,
                     finder: MentionFinder, date: str | None = None) -> None:
    """Resolve every mention that may be (or rank) a place, in two passes.

    Parameters
    ----------
    infos : list of SentenceInfo
        Updated in place (``MentionInfo.place``).
    geocoder : OfflineGeocoder-like
        Has ``resolve(query, context)``.
    cache : dict
        Context-free resolutions kept across reports (query -> Place).
    finder : MentionFinder
        The finder that found the mentions (it tells which case-form guesses are names).
    date : str, optional
        The report's day (``YYYY-MM-DD``): with dated frontline layers, the layer in
        force on it ranks the candidates (:class:`geo.geocoding.ResolveContext`).
    """
    from geo.geocoding import ResolveContext
    from geo.geocoding.context import date_matters

    if not date_matters(geocoder):
        date = None                     # the day changes nothing: keep the shared cache
    dated = ResolveContext(date=date) if date else None
    mentions = [m for info in infos for m in info.mentions
                if m.role in _RESOLVED_ROLES and not m.unknown]

    def resolve(query: str, context=None) -> Place:
        place = _settlement_over_city_region(geocoder.resolve(query, context), query,
                                             geocoder.gazetteer)
        return _nearer_home(place, query, geocoder, finder, context)

    for m in mentions:
        if m.found.centre:
            m.place = unplaced(m.found)
            continue
        key = (m.found.lookup, date)
        place = cache.get(key)
        if place is None:
            place = resolve(m.found.lookup, dated)
            if len(cache) > 50_000:
                cache.clear()
            cache[key] = place
        m.place = place
    quarters_as_raions(infos, resolve, dated)
    elsewhere = _raions_beyond_named_russian_regions(mentions)
    _capitals_as_actors(mentions)
    queries = _resolve_in_regions(infos, resolve, dated)
    read_in_heading_regions(infos, lambda m, head: _resolve_in_region(
        m, head, head.place.candidate, resolve, dated, queries),
        partial(namesake_in_region, resolve=resolve, dated=dated, queries=queries), queries)
    nouns = partial(adjective_towns, geocoder.gazetteer)   # the names an adjective fits
    resolve_in_named_raions(infos, resolve, dated, queries, nouns)
    adjectives_among_their_list(infos, resolve, dated, nouns)
    context = report_context(mentions, date)
    if context is not None:
        resolve_in_context(mentions, context, queries, resolve, finder)
        adjectives_in_named_regions(mentions, context.regions, resolve, dated, nouns,
                                    context.places)
        villages_not_towns(mentions, context.regions)
    towns_of_facilities(infos, resolve, dated, nouns)          # "Рязанский НПЗ": Ryazan
    zaporizhzhia_region(infos, resolve, dated)                 # "на Запоріжжі": the oblast
    place_regional_centres(mentions, resolve, dated)
    place_by_list_neighbours(infos)
    unknown = [m for info in infos for m in info.mentions if m.unknown and m.role == roles.PLACE]
    misspelt_places(unknown, mentions)
    loosely_spelt(unknown, resolve, dated, mentions, geocoder.gazetteer)
    _raions_or_districts(infos, partial(_seat_of_adjective, resolve=resolve, dated=dated,
                                        nouns=nouns), elsewhere)
    _raions_beyond_named_russian_regions(mentions)   # "Глава Белгородской ... Яковлевский"
    resolve_in_raions_regions(mentions, context, queries, resolve, finder, date)
    elided_city_districts(infos)                  # "..., в Індустріальному — ще одного"
    quarters_of_named_cities(infos)               # "В Сумах ... в Зарічному районі"
    districts_named_like_villages(infos)          # "У Харкові, в Індустріальному районі"
    _villages_beyond_their_raions(infos)
    place_raion_centres(mentions)
    places_near_towns(infos)
    places_around_towns(infos)
    roads_between_places(infos)
    locators_of_villages(infos)                   # "Під Харковом ... у селі Циркуни"
    hromadas_of_villages(infos)                   # "У Вовчанській громаді ... по селу X"
    hromadas_after_their_places(infos)            # "у ... старостаті Сумської громади"
    hromadas_of_unplaced_villages(infos)          # "с. X Слобожанської громади": the area
    countries, russian = named_countries(mentions), named_russian_regions(mentions)
    for m in mentions:
        if m.role == roles.PLACE and _verb_abroad(m):
            m.role = roles.TRAP                 # "Били по селу": not Biel/Bienne
            continue
        abroad = raion_beyond_named_countries(m, mentions) \
            if m.raion and m.role in (roles.PLACE, roles.RAION) \
            else (beyond_named_countries(m.place, m.found.text, countries)
                  or beyond_named_russian_regions(m, russian)) if m.role == roles.PLACE else None
        if abroad is not None:                  # "Сушаны" on a Bryansk governor's page
            m.place, m.unknown = abroad, True
        elif m.role == roles.PLACE and village_abroad(m):
            m.place, m.unknown = Place(query=m.found.lookup, status="unresolved", reason=(
                f"the gazetteer has no village named {m.found.text!r} in the countries at "
                f"war, only {m.place.candidate.name} ({m.place.candidate.country_code})")), True
    villages_of_raions(infos)


def _raions_beyond_named_russian_regions(mentions: list[MentionInfo]) -> set[int]:
    """Raions whose seat lies in a Russian region the report does not name, not placed
    (:func:`~geo.extract.report_context.raion_beyond_named_russian_regions`): once as read
    (before the villages told with them are read against that seat), once more after the
    seats their adjectives may come from were tried. Updated in place; the ``id`` of each
    mention not placed."""
    unplaced = set()
    for m, following in zip(mentions, [*mentions[1:], None]):
        if following is not None and _raion_outside_its_region(m, following):
            continue                    # "в Каменском районе Ростовской области": the region
        if m.role == roles.RAION or m.raion and m.role == roles.PLACE:
            elsewhere = raion_beyond_named_russian_regions(m, mentions)
            if elsewhere is not None:
                m.place, m.unknown = elsewhere, True
                unplaced.add(id(m))
    return unplaced


def _verb_abroad(m: MentionInfo) -> bool:
    """A Cyrillic verb ("Били") placed at a town outside the countries at war that spells
    so in Cyrillic (Biel/Bienne): a verb, not a place."""
    c = m.place.candidate if m.place is not None and m.place.resolved else None
    return c is not None and c.country_code not in BELLIGERENTS and is_verb(m.found.text)


def _may_be_seat(c, people: int = _RAION_SEAT_PEOPLE) -> bool:
    """A town that can be a raion's seat (in Ukraine or a Russian region where reports name
    raions, :data:`geo.gazetteer.regions.RU_RAION_REGIONS`; not a quarter)."""
    return c is not None and c.feature == "settlement" and c.feature_code != "PPLX" \
        and c.country_code in BELLIGERENTS and bool(c.admin1) \
        and (c.country_code != "RU" or c.admin1 in RU_RAION_REGIONS) \
        and c.population >= people and c.geonameid not in _CITY_DISTRICT_TOWNS


def _seat_of_adjective(m: MentionInfo, resolve, dated, nouns) -> Place | None:
    """The likeliest Russian raion seat a raion's adjective may also be made from, if any
    (a Ukrainian town's adjective that names no seat is a city's district: "Куйбышевского
    района" of Donetsk, not Bilmak, once Kuibysheve)."""
    for noun, _ids in nouns(m.found.text):
        place = resolve(as_name(noun), dated)
        seats = [c for c in ([place.candidate] if place.resolved else place.alternatives)
                 if c.country_code == "RU" and _may_be_seat(c, _RUSSIAN_SEAT_PEOPLE)]
        if len(seats) == 1:             # "Валуйского района": Valuyki, not Luhansk's Valuiky
            others = tuple(c for c in (place.candidate, *place.alternatives)
                           if c is not None and c is not seats[0])
            return replace(place, query=m.found.lookup, status="resolved", candidate=seats[0],
                           alternatives=others, reason="")
    return None


def _raions_or_districts(infos: list[SentenceInfo], reseat=None,
                         unplaced: set[int] = frozenset()) -> None:
    """A raion mention ("у Лубенському районі") is an attack location at raion precision
    when it resolved to a town that can be a raion's seat (in Ukraine or a Russian region,
    not a city's quarter) and no city is named in its sentence or the three before (where it
    would be one of that city's districts: "Приморському районі" in an Odesa report);
    otherwise it is a trap. ``reseat(m)`` gives another seat the raion's adjective may
    come from when the first reading is none (:func:`_seat_of_adjective`); a raion of
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
            if seat and (named_by_seat or not [
                    city for gid, city in cities.items()          # "Izmail district"
                    if gid != c.geonameid and not _town_of_its_oblast(c, city)]):
                m.role, m.raion = roles.PLACE, True
            else:
                m.role = roles.TRAP
        previous.append(info.mentions)   # a city named up to three sentences before


def _villages_beyond_their_raions(infos: list[SentenceInfo]) -> None:
    """"деревню Горицы Погарского района": a village written with its raion's adjective that
    the gazetteer places beyond the raion's reach (a Goritsy 800 km away) is not placed, once
    the raion's seat is known (for some only after :func:`_raions_or_districts`). Updated
    in place."""
    for info in infos:
        for m, raion in zip(info.mentions, info.mentions[1:]):
            if raion.raion and m.role == roles.PLACE and district_query(m, raion) is not None \
                    and _far_from_seat(m.place, raion) \
                    and not (_big_city(m.place) and _comma_between(m, raion)):
                _unplace_away_from(m, raion)


#: a raion's seat at least this far from a city of its oblast, and this big, names a raion
#: of the oblast, not one of the city's districts ("Одеса ... Ізмаїльський район")
_SEAT_AWAY_KM, _SEAT_AWAY_PEOPLE = 35.0, 10_000


def _town_of_its_oblast(seat, city) -> bool:
    """Whether ``seat`` is a town of ``city``'s oblast far enough from it, and big enough,
    that its adjective's raion is not one of the city's districts (Izmail for Odesa, not
    Prymorsk of another oblast for Odesa's "Приморський район")."""
    return seat.admin1 == city.admin1 and seat.population >= _SEAT_AWAY_PEOPLE \
        and haversine_km(seat.lat, seat.lon, city.lat, city.lon) >= _SEAT_AWAY_KM


def _resolve_in_district(m: MentionInfo, following: MentionInfo, resolve, dated,
                         queries: dict[int, str]) -> None:
    """"Слатине Дергачівської громади": the place read with its raion or hromada, which is
    where it is, not a second place hit."""
    query = district_query(m, following)
    if query is None:
        return
    if _big_city(m.place) and _comma_between(m, following):
        following.role = roles.QUALIFIER     # "Донецк, Куйбышевский район": a district of the
        return                               # city, not a raion of the same name elsewhere
    place = resolve(query, dated)
    if place.resolved and place.candidate.feature == "settlement" \
            and not _far_from_seat(place, following, _READ_ALONE_KM):  # the name read alone
        m.place, queries[id(m)] = replace(place, query=m.found.lookup), query
        following.role = roles.QUALIFIER
    elif _far_from_seat(m.place, following):
        # "селом Локоть Рыльского района": not Lokot of Bryansk Oblast, 110 km away; the
        # village is not placed and the raion after it stands for the attack
        _unplace_away_from(m, following)
    elif _near_its_seat(m.place, following):
        following.role = roles.QUALIFIER      # "Ковшаровка Купянской громады": where it is


#: between a raion and the village told right after it: "urban district, near the village of"
_VILLAGE_GAP = re.compile(
    r"^\s*(?:urban\s+|municipal\s+)?(?:district|okrug|район\w*|округ\w*|городск\w+\s+округ\w*)?"
    r"\s*,?\s*(?:(?:near|in|at|outside|у|в|біля|возле|около)\s+)?(?:the\s+)?(?:village|settlement|"
    r"hamlet|село|селі|селе|селом|селища|селищі|поселке|посёлке|пос\.|деревне|хуторе)\s+(?:of\s+)?$",
    re.IGNORECASE)


def _far_from_raion_before(raion: MentionInfo, m: MentionInfo) -> None:
    """"In the Shebekinsky urban district, near the village of Korovino": a village told
    right after its raion that the gazetteer places beyond the raion's reach (a Korovino of
    Kursk Oblast) is not placed; the raion stands for the attack. Updated in place."""
    s0 = m.found.sentence.start
    gap = m.found.sentence.text[raion.found.end - s0:m.found.start - s0]
    if raion.role == roles.RAION and m.role == roles.PLACE and _VILLAGE_GAP.match(gap) \
            and _far_from_seat(m.place, raion):
        _unplace_away_from(m, raion)


def _big_city(place: Place | None) -> bool:
    """Whether ``place`` is a resolved city big enough to have districts of its own."""
    return place is not None and place.resolved and place.candidate.feature == "settlement" \
        and place.candidate.population >= CITY_PEOPLE


def _comma_between(m: MentionInfo, following: MentionInfo) -> bool:
    """Whether a comma stands between a name and the district told after it ("Донецк,
    Куйбышевский район", not "в Муроме Шебекинского округа": a village of that okrug)."""
    s0 = m.found.sentence.start
    return "," in m.found.sentence.text[m.found.end - s0:following.found.start - s0]


def _unplace_away_from(m: MentionInfo, raion: MentionInfo) -> None:
    """``m`` not placed: the gazetteer's place of that name lies beyond ``raion``'s reach."""
    m.place, m.unknown = Place(query=m.found.lookup, status="unresolved",
                               reason=f"the gazetteer has no place named "
                                      f"{m.found.text!r} near {raion.found.text}"), True


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
    reaches (:func:`~geo.extract.pipeline.near_seat`), or than ``km`` when given."""
    seat = _seat_named(district)
    if place is None or not place.resolved or seat is None \
            or district.role != roles.RAION and not district.raion:
        return False
    if km is not None:
        return haversine_km(seat.lat, seat.lon, place.candidate.lat, place.candidate.lon) > km
    return not near_seat(seat, place.candidate)


def _resolve_in_regions(infos: list[SentenceInfo], resolve, dated) -> dict[int, str]:
    """Resolve each name written with its region ("Komyshuvatka, Kharkiv Oblast", "the
    Luhansk region's Makiivka", see
    :mod:`geo.extract.qualifiers`) within that region; a name the region has no place
    of becomes an unknown settlement. Returns the queries used, by mention id."""
    queries: dict[int, str] = {}
    for info in infos:
        for m, following in zip(info.mentions, info.mentions[1:]):
            if _raion_outside_its_region(m, following):
                m.place, m.unknown = outside_region(m, following.place.candidate), True
                continue
            region = region_of(m, following)
            if region is not None:
                _resolve_in_region(m, following, region, resolve, dated, queries)
                continue
            _resolve_in_district(m, following, resolve, dated, queries)
            _far_from_raion_before(m, following)
            owner = region_before(m, following)         # "the Luhansk region's Makiivka"
            if owner is not None:
                _resolve_in_region(following, m, owner, resolve, dated, queries)
            elif city_names_its_region(m, following):
                m.role = roles.QUALIFIER                # "Donetsk’s Kostiantynivka"
    return queries



#: between a raion's adjective and the region it is told in: "в Каменском районе Запорожской"
_RAION_OF_REGION_GAP = re.compile(r"^\s+(?:район\w*|district)\s+$", re.IGNORECASE)


def _raion_outside_its_region(m: MentionInfo, following: MentionInfo) -> bool:
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


def _resolve_in_region(m: MentionInfo, qualifier: MentionInfo, region, resolve, dated,
                       queries: dict[int, str]) -> None:
    """``m`` read inside ``region``, which ``qualifier`` names; a name the region has no
    place of becomes an unknown settlement at the region."""
    query = f"{m.found.lookup}, {region.name}"
    place = resolve(query, dated)
    if place.resolved and place.candidate.feature == "region":
        m.place, m.unknown = outside_region(m, region), True
        return
    m.place, queries[id(m)] = replace(place, query=m.found.lookup), query
    if place.resolved:
        qualifier.role = roles.QUALIFIER        # where the place is, not a place hit
