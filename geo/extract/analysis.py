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

from geo.extract import roles
from geo.extract.admin_brackets import places_in_bracketed_units
from geo.extract.heading_region import (capital_headings, namesake_in_region,
                                        read_in_heading_regions)
from geo.extract.hromada_adjectives import (adjectives_among_their_list,
                                            adjectives_in_named_regions)
from geo.extract.late_places import (resolve_in_raions_regions, village_abroad,
                                     villages_of_raions, zaporizhzhia_region)
from geo.extract.list_neighbours import one_country_per_name, place_by_list_neighbours
from geo.extract.mentions import MentionFinder
from geo.extract.morphology import dictionary_forms, is_verb, shared_stem
from geo.extract.near_towns import (counties_abroad, places_around_towns, places_near_towns,
                                    suburbs_of_towns)
from geo.extract.city_districts import (districts_listed_after_their_noun,
                                        districts_named_like_villages, elided_city_districts,
                                        kyiv_districts_alone, quarters_of_named_cities)
from geo.extract.locators import (hromadas_after_their_places, hromadas_before_their_villages,
                                  hromadas_of_unplaced_villages, hromadas_of_villages,
                                  locators_of_villages)
from geo.extract.raion_seats import (far_from_raion_before, raion_outside_its_region, read_as,
                                     raions_beyond_named_russian_regions, raions_or_districts,
                                     resolve_in_district, seat_of_adjective,
                                     villages_beyond_their_raions)
from geo.extract.qualifiers import (city_names_its_region, outside_region,
                                    quarters_as_raions, region_before, region_of,
                                    resolve_in_named_raions, villages_not_towns)
from geo.extract.regional_centres import place_raion_centres, place_regional_centres, unplaced
from geo.extract.report_context import (BELLIGERENTS, beyond_named_countries,
                                        districts_of_cities_told,
                                        beyond_named_russian_regions, misspelt_places,
                                        named_countries, named_russian_regions,
                                        raion_beyond_named_countries, report_context, reread,
                                        resolve_in_context)
from geo.extract.roads import roads_between_places
from geo.extract.sentence_info import MentionInfo, SentenceInfo
from geo.extract.spellings import loosely_spelt
from geo.extract.sentence_reading import analyse  # noqa: F401  (the stage's entry point)
from geo.extract.facilities import towns_of_facilities
from geo.geocoding.adjectives import adjective_towns
from geo.model import Place

_RESOLVED_ROLES = frozenset({roles.PLACE, roles.TITLE, roles.LAUNCH, roles.RAION})


_REGION_WORDS = re.compile(
    r"\b(?:region|oblast|province|krai|republic|област\w*|облас\w*|регіон\w*|регион\w*|край|"
    r"краю|республік\w*|республик\w*)\b|щин[аиіуо]\w*$|чин[аиіуо]\w*$", re.IGNORECASE)


#: Ukraine named as where places are: "in northeastern Ukraine", "Ukraine's Sumy region",
#: "на півночі України", "в Украине"
_UKRAINE_TOLD = re.compile(
    r"\b(?:in|of|across)\s+(?:(?:north|south|east|west|central)[\w-]*\s+)?Ukraine\b(?!['’])|"
    r"\bUkraine['’]s\s+(?:\w+\s+){0,2}?(?:region|oblast|province|city|town|village)\b|"
    r"\b(?:в|у|на|по)\s+(?:(?:півноч|півдн|сход|заход|север|юг|восток|запад)\w*\s+)?"
    r"(?:України|Україні|Украины|Украине)\b")

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
    _sides_that_fit_no_namesake(infos, resolve, dated)
    quarters_as_raions(infos, resolve, dated)
    elsewhere = raions_beyond_named_russian_regions(mentions)
    _capitals_as_actors(mentions)
    queries = _resolve_in_regions(infos, resolve, dated)
    places_in_bracketed_units(infos, resolve, dated, queries)    # "Bilozerka (Kherson, Kherson)"
    read_in_heading_regions(infos, lambda m, head: _resolve_in_region(
        m, head, head.place.candidate, resolve, dated, queries),
        partial(namesake_in_region, resolve=resolve, dated=dated, queries=queries), queries)
    nouns = partial(adjective_towns, geocoder.gazetteer)   # the names an adjective fits
    districts_of_cities_told(mentions)     # "В Херсоне ... в Днепровском районе"
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
    one_country_per_name(infos)
    unknown = [m for info in infos for m in info.mentions if m.unknown and m.role == roles.PLACE]
    misspelt_places(unknown, mentions)
    loosely_spelt(unknown, resolve, dated, mentions, geocoder.gazetteer)
    raions_or_districts(infos, partial(seat_of_adjective, resolve=resolve, dated=dated,
                                       nouns=nouns), elsewhere)
    raions_beyond_named_russian_regions(mentions)   # "Глава Белгородской ... Яковлевский"
    resolve_in_raions_regions(mentions, context, queries, resolve, finder, date)
    elided_city_districts(infos)                  # "..., в Індустріальному — ще одного"
    kyiv_districts_alone(infos, resolve("Kyiv", dated))   # "Солом'янський район: пожежа"
    districts_listed_after_their_noun(infos)      # "у районах: Хортицькому та Шевченківському"
    quarters_of_named_cities(infos)               # "В Сумах ... в Зарічному районі"
    districts_named_like_villages(infos)          # "У Харкові, в Індустріальному районі"
    villages_beyond_their_raions(infos)
    place_raion_centres(mentions)
    places_near_towns(infos)
    places_around_towns(infos)
    counties_abroad(infos)                        # "in Tulcea county", "Lublin province"
    suburbs_of_towns(infos)                       # "Kyiv's western suburbs"
    capital_headings(infos)                       # "Zaporizhzhia: ... at Kamianske"
    roads_between_places(infos)
    locators_of_villages(infos)                   # "Під Харковом ... у селі Циркуни"
    hromadas_of_villages(infos)                   # "У Вовчанській громаді ... по селу X"
    hromadas_after_their_places(infos)            # "у ... старостаті Сумської громади"
    hromadas_before_their_villages(infos)         # "по селах Золочівської громади — X, Y"
    hromadas_of_unplaced_villages(infos)          # "с. X Слобожанської громади": the area
    countries, russian = named_countries(mentions), named_russian_regions(mentions)
    if countries and "UA" not in countries and any(
            _UKRAINE_TOLD.search(info.sentence.text) for info in infos):
        countries = countries | {"UA"}        # "hit the town of Kupiansk in northeastern
        # Ukraine", beside a Russian region: the report speaks of both
    for m in mentions:
        if m.role == roles.PLACE and _verb_abroad(m):
            m.role = roles.TRAP                 # "Били по селу": not Biel/Bienne
            continue
        abroad = raion_beyond_named_countries(m, mentions) \
            if m.raion and m.role in (roles.PLACE, roles.RAION) \
            else (beyond_named_countries(m.place, m.found.text, countries)
                  or beyond_named_russian_regions(m, russian)) if m.role == roles.PLACE else None
        if abroad is not None:                  # "Сушаны" on a Bryansk governor's page
            same = _placed_in_another_form(m, mentions, countries) if not m.raion else None
            m.place, m.unknown = (same, False) if same is not None else (abroad, True)
        elif m.role == roles.PLACE and village_abroad(m):
            m.place, m.unknown = Place(query=m.found.lookup, status="unresolved", reason=(
                f"the gazetteer has no village named {m.found.text!r} in the countries at "
                f"war, only {m.place.candidate.name} ({m.place.candidate.country_code})")), True
    villages_of_raions(infos)




def _placed_in_another_form(m: MentionInfo, mentions: list[MentionInfo],
                            countries: set[str]) -> Place | None:
    """The place another mention of the report, in another case of the same name, has in
    the countries the report speaks of ("над Курчатовим ... у Курчатові": Kurchatov of Kursk
    Oblast, not Donetsk Oblast's Kurchatove), or None."""
    text = m.found.text
    for other in mentions:
        c = other.place.candidate if other.place is not None and other.place.resolved else None
        if other is m or c is None or c.feature != "settlement" or c.country_code not in countries:
            continue
        told = other.found.text
        stem = shared_stem(text, told)
        if stem >= 5 and stem >= len(text) - 2 and stem >= len(told) - 3:
            return other.place
    return None


def _verb_abroad(m: MentionInfo) -> bool:
    """A Cyrillic verb ("Били") placed at a town outside the countries at war that spells
    so in Cyrillic (Biel/Bienne): a verb, not a place."""
    c = m.place.candidate if m.place is not None and m.place.resolved else None
    return c is not None and c.country_code not in BELLIGERENTS and is_verb(m.found.text)




def _resolve_in_regions(infos: list[SentenceInfo], resolve, dated) -> dict[int, str]:
    """Resolve each name written with its region ("Komyshuvatka, Kharkiv Oblast", "the
    Luhansk region's Makiivka", see
    :mod:`geo.extract.qualifiers`) within that region; a name the region has no place
    of becomes an unknown settlement. Returns the queries used, by mention id."""
    queries: dict[int, str] = {}
    for info in infos:
        for k, (m, following) in enumerate(zip(info.mentions, info.mentions[1:])):
            if raion_outside_its_region(m, following):
                m.place, m.unknown = outside_region(m, following.place.candidate), True
                continue
            region = region_of(m, following)
            if region is not None:
                _resolve_in_region(m, following, region, resolve, dated, queries)
                _ambiguous_listed_before(info.mentions[:k], m, region, resolve, dated, queries)
                continue
            resolve_in_district(m, following, resolve, dated, queries)
            far_from_raion_before(m, following)
            owner = region_before(m, following)         # "the Luhansk region's Makiivka"
            if owner is not None:
                _resolve_in_region(following, m, owner, resolve, dated, queries)
            elif city_names_its_region(m, following):
                m.role = roles.QUALIFIER                # "Donetsk’s Kostiantynivka"
    return queries





def _sides_that_fit_no_namesake(infos: list[SentenceInfo], resolve, dated) -> None:
    """A name read with the side of a town it lies on ("attacked east of Pokrovsk near
    Rodynske": "Rodynske (east of Pokrovsk)") that came out as that town itself, because
    no namesake lies on that side, is read alone: the side told where the fighting was, not
    where the village lies (Rodynske is north-northeast of Pokrovsk). Updated in place."""
    for info in infos:
        for m in info.mentions:
            place = m.place
            if not m.found.query or m.found.query == m.found.text or place is None \
                    or not place.resolved or " of " not in m.found.query:
                continue
            if any(o is not m and o.place is not None and o.place.resolved
                   and o.place.candidate.geonameid == place.candidate.geonameid
                   for o in info.mentions):
                m.place = replace(resolve(m.found.text, dated), query=m.found.text)


#: between two names of one list: "Andriivka, Bilopillia and Sadky in Sumy region"
_LIST_GAP = re.compile(r"^\s*(?:,|and|та|і|й|и)\s*$")


def _ambiguous_listed_before(before: list[MentionInfo], last: MentionInfo, region, resolve,
                             dated, queries: dict[int, str]) -> None:
    """The names listed before ``last`` ("Andriivka, Bilopillia and Sadky in Sumy region")
    that are ambiguous alone, read inside the region ``last`` is written with when it has
    places of the name: its one place, or its namesakes left for the report's places to
    choose from (the others keep their reading)."""
    text, s0 = last.found.sentence.text, last.found.sentence.start
    following = last
    for m in reversed(before):
        if not _LIST_GAP.match(text[m.found.end - s0:following.found.start - s0]):
            return
        if m.place is not None and not m.place.resolved and m.place.alternatives \
                and m.feature in ("settlement", None):
            query = f"{m.found.lookup}, {region.name}"
            place = resolve(query, dated)
            if place.resolved and place.candidate.feature == "settlement" \
                    or not place.resolved and place.alternatives:   # its namesakes there:
                m.place, queries[id(m)] = replace(place, query=m.found.lookup), query
                # the report's places may tell which
        following = m


def _read_alone_in(alone: Place | None, region) -> Place | None:
    """The one place of ``region`` among the readings of the name alone (a case form the
    query with its region does not find: "Ельце", "Курчатове"), else None."""
    if alone is None:
        return None
    readings = [c for c in (alone.candidate, *alone.alternatives) if c is not None]
    inside = [c for c in readings
              if (c.country_code, c.admin1_code) == (region.country_code, region.admin1_code)
              and c.feature == "settlement"]
    return read_as(alone, inside[0]) if len(inside) == 1 else None


def _resolve_in_region(m: MentionInfo, qualifier: MentionInfo, region, resolve, dated,
                       queries: dict[int, str]) -> None:
    """``m`` read inside ``region``, which ``qualifier`` names; a name the region has no
    place of becomes an unknown settlement at the region."""
    query = f"{m.found.lookup}, {region.name}"
    place = resolve(query, dated)
    none_there = place.resolved and place.candidate.feature == "region" \
        or not place.resolved and not place.alternatives
    alone = _read_alone_in(m.place, region) if none_there else None
    if alone is not None:                   # "В Ельце Липецкой области": a case form the
        m.place, qualifier.role = alone, roles.QUALIFIER     # query does not find
        return
    if place.resolved and place.candidate.feature == "region":
        m.place, m.unknown = outside_region(m, region), True
        return
    m.place, queries[id(m)] = replace(place, query=m.found.lookup), query
    if place.resolved:
        qualifier.role = roles.QUALIFIER        # where the place is, not a place hit
