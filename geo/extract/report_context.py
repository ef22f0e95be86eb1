"""What a whole report says about where its places are: the regions and confident places
it names (the context the second resolving pass ranks namesakes with), and the readings
that context overturns.

Used by :func:`geo.extract.analysis.resolve_mentions`.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from geo.distance import haversine_km
from geo.extract import roles
from geo.extract.morphology import dictionary_forms
from geo.extract.mentions import MentionFinder
from geo.extract.qualifiers import CITY_PEOPLE
from geo.gazetteer.regions import RU_RAION_REGIONS, UA_REGIONS
from geo.model import Candidate, Place
from geo.translit import base_forms

if TYPE_CHECKING:
    from geo.extract.sentence_info import MentionInfo


def case_form_in_named_region(place: Place, query: str, context, resolve,
                               finder: MentionFinder) -> Place | None:
    """The place a Cyrillic word names as a case form inside a region the report names,
    when as written it is small places outside all of them, else None: "в Курчатове"
    under "Курской области" is Kurchatov, not the Donetsk hamlet Kurchatove; "у
    Васильківці" on Dnipropetrovsk Oblast's page is Vasylkivka, not Ternopil's Vasylkivtsi.
    The oblasts of the report's other sure places count as named: "обстрілу Чугуєва" in a
    report on Kharkiv is Chuhuiv, not the hamlet Chuhuieva of Dnipropetrovsk Oblast."""
    picks = [place.candidate] if place.resolved else list(place.alternatives)
    regions = set(context.regions) | {c.admin1 for c in context.places
                                      if c not in picks and c.admin1}
    if not picks or not regions or query.isascii() or any(
            c.feature != "settlement" or c.admin1 in regions
            or c.population >= CONTEXT_CITY for c in picks):
        return None
    guesses = dict.fromkeys([*dictionary_forms(query), *base_forms(query)])
    inside = lambda c: c.feature == "settlement" and c.admin1 in regions  # noqa: E731
    return reread(query, guesses, finder, lambda guess: resolve(guess, context), inside) \
        or _read_in_regions(query, guesses, regions, finder, resolve, inside)


#: at most this many regions are tried one by one for a name's case form
_REGIONS_TRIED = 3


def _read_in_regions(query: str, guesses, regions: set[str], finder: MentionFinder, resolve,
                     inside: Callable[[Candidate], bool]) -> Place | None:
    """A case form's nominative read inside each region ("Белогорье, Zaporizhzhia Oblast":
    Bilohiria of Zaporizhzhia Oblast, whose Russian name the gazetteer lacks), when only
    a few regions are in play."""
    if len(regions) > _REGIONS_TRIED:
        return None
    for region in sorted(regions):
        found = reread(query, guesses, finder,
                       lambda guess, region=region: resolve(f"{guess}, {region}"),
                       inside)
        if found is not None:
            return found
    return None


def reread(query: str, guesses, finder: MentionFinder, resolve: Callable[[str], Place],
           accept: Callable[[Candidate], bool]) -> Place | None:
    """The first of a Cyrillic word's nominative ``guesses`` that is a name and resolves to
    a place ``accept`` takes (as ``query``'s place), else None."""
    for guess in guesses:
        if finder.is_known(guess):
            other = resolve(guess)
            if other.resolved and accept(other.candidate):
                return replace(other, query=query)
    return None


def without(context, place: Place):
    """``context`` without ``place``'s own pick: a name is no context for itself ("Stanislav"
    alone is Ivano-Frankivsk, once so named, which must not pull it there again)."""
    if not place.resolved or place.candidate not in context.places:
        return context
    return replace(context, places=tuple(c for c in context.places if c != place.candidate))


#: the countries at war: places anywhere else are no attack location unless big and sure
BELLIGERENTS = frozenset({"UA", "RU"})
#: a city this big is sure context even when its name came as a case form (lower score)
CONTEXT_CITY = 50_000


def report_context(mentions: list[MentionInfo], date: str | None = None):
    """The regions and confidently placed settlements a report names, each once (and its
    day, see :func:`resolve_mentions`), or None when it names none."""
    from geo.geocoding import ResolveContext

    regions: list[str] = []
    places = []
    for m in mentions:
        if m.place is None or not m.place.resolved or district_of_a_city_told(m, mentions):
            continue
        c = m.place.candidate
        if c.feature == "region" and c.name not in regions:
            regions.append(c.name)
        elif c.feature == "settlement" and c.country_code == "UA" and (
                c.score >= 0.6 or c.population >= CONTEXT_CITY):     # "по Слов'янську"
            places.append(c)
        elif c.country_code == "RU" and (m.raion or m.role in (roles.RAION, roles.TITLE)) \
                and c.admin1 in RU_RAION_REGIONS and c.admin1 not in regions:
            regions.append(c.admin1)      # "в Рыльском районе": a report on Kursk Oblast
    if not regions and not places:
        return None
    return ResolveContext(regions=tuple(regions), places=tuple(dict.fromkeys(places)),
                          date=date)      # each place once: a run-on report names one often


def districts_of_cities_told(mentions: list[MentionInfo]) -> None:
    """Make traps of the raions' adjectives told after a city of another oblast in their
    sentence (:func:`district_of_a_city_told`): that city's districts. Updated in place."""
    for m in mentions:
        if m.role == roles.RAION and district_of_a_city_told(m, mentions):
            m.role = roles.TRAP


def district_of_a_city_told(m: MentionInfo, mentions: list[MentionInfo]) -> bool:
    """Whether ``m`` is a raion's adjective after a city of another oblast in its sentence
    ("В Херсоне ... в Днепровском районе": a district of Kherson, not Dnipro's raion)."""
    if m.role not in (roles.RAION, roles.TRAP) or m.place is None or not m.place.resolved \
            or m.place.candidate.population < CITY_PEOPLE or not m.found.area_word \
            and not roles.is_adjective_name(m.found.text):
        return False
    c = m.place.candidate
    return any(o.found.sentence.index == m.found.sentence.index and o.found.start < m.found.start
               and o.role == roles.PLACE and not roles.is_adjective_name(o.found.text)
               and o.place is not None and o.place.resolved
               and o.place.candidate.feature == "settlement"
               and (o.place.candidate.population >= CITY_PEOPLE
                    or o.place.candidate.feature_code in ("PPLA", "PPLC"))
               and o.place.candidate.admin1 != c.admin1 for o in mentions)


def named_countries(mentions: list[MentionInfo]) -> set[str]:
    """The countries at war whose regions or raions a report names, or whose regional
    officials speak ("Губернатор Брянской области", "Belgorod Governor", "Грайворонского
    городского округа"). A national title ("U.S. President",
    "Ukrainian President") says whose government speaks, not where the places are."""
    return {c.country_code for c in (m.place.candidate for m in mentions
                                     if m.place is not None and m.place.resolved
                                     and m.role != roles.LAUNCH
                                     and (m.place.candidate.feature == "region"
                                          or m.role == roles.TITLE or m.raion))
            if c.country_code in BELLIGERENTS and c.feature != "country"}


def beyond_named_countries(place: Place, text: str, countries: set[str]) -> Place | None:
    """An unresolved place for a small namesake in a country the report does not speak of,
    else None: on a Bryansk governor's page "Сушаны" is not Ukraine's Sushchany (the
    gazetteer knows few Russian villages), and is reported instead of placed."""
    c = place.candidate if place.resolved else None
    if c is None or not countries or c.feature != "settlement" or c.country_code in countries \
            or c.country_code not in BELLIGERENTS or c.population >= CONTEXT_CITY:
        return None             # small places elsewhere are no event anyway (pipeline)
    return Place(query=place.query, status="unresolved",
                 reason=f"the report speaks of {', '.join(sorted(countries))} only; the "
                        f"gazetteer's {c.name} ({c.admin1 or c.country_code}) is not there, "
                        f"and {text!r} is not in its list of places there")


def raion_beyond_named_countries(m: MentionInfo, mentions: list[MentionInfo]) -> Place | None:
    """An unresolved place for a raion placed in a country the report's other regions and
    raions are not in ("Атака на Ростовскую область: в Каменском районе ...": no raion of
    Dnipropetrovsk Oblast; the gazetteer knows few Russian raions), else None."""
    c = m.place.candidate if m.place is not None and m.place.resolved else None
    if c is None or c.country_code not in BELLIGERENTS:
        return None                     # (its seat, or the raion itself)
    others = {x.place.candidate.country_code for x in mentions
              if x is not m and x.place is not None and x.place.resolved
              and x.place.candidate.country_code in BELLIGERENTS
              and (x.role == roles.PLACE and not _FROM_BEFORE.search(_text_before(x))
                   or x.role == roles.QUALIFIER)}
    if others != {"RU"} or c.country_code in others:
        return None                     # (a region fire came from is not where the report is)
    return Place(query=m.place.query, status="unresolved",
                 reason=f"the report speaks of {', '.join(sorted(others))} only; the "
                        f"gazetteer's {c.name} ({c.admin1 or c.country_code}) is not there")


def raion_beyond_named_russian_regions(m: MentionInfo, mentions: list[MentionInfo]) -> Place | None:
    """An unresolved place for a raion whose seat the gazetteer places outside the Russian
    regions the report's regions and officials name, when they name no Ukrainian one
    ("Губернатор Белгородской области ... Яковлевского округа": neither Yakovleve of
    Zaporizhzhia Oblast nor Yakovlevskoye of Moscow Oblast; the okrug's seat, Stroitel, has
    another name), else None. Raions are left out of the named regions: it is their own
    region that is in question."""
    c = m.place.candidate if m.place is not None and m.place.resolved else None
    if c is None or c.country_code not in BELLIGERENTS or c.feature != "settlement":
        return None
    named = [x.place.candidate for x in mentions
             if x is not m and not x.raion and x.role not in (roles.LAUNCH, roles.RAION)
             and x.place is not None and x.place.resolved
             and x.place.candidate.country_code in BELLIGERENTS
             and (x.place.candidate.feature == "region" or x.role == roles.TITLE)]
    russian = {r.admin1_code: r.admin1 for r in named if r.country_code == "RU" and r.admin1_code}
    if not russian or any(r.country_code != "RU" for r in named) \
            or c.country_code == "RU" and c.admin1_code in russian:
        return None
    return Place(query=m.place.query, status="unresolved",
                 reason=f"the report speaks of {', '.join(sorted(russian.values()))}; the "
                        f"gazetteer's {c.name} ({c.admin1 or c.country_code}) is not there")


_FROM_BEFORE = re.compile(r"(?:\bз|\bіз|\bзі|\bиз|\bс|\bсо|\bfrom)\s+(?:the\s+)?$",
                          re.IGNORECASE)


def _text_before(m: MentionInfo) -> str:
    """The 20 characters of its sentence before a mention."""
    s0 = m.found.sentence.start
    return m.found.sentence.text[max(0, m.found.start - s0 - 20):m.found.start - s0]


#: a Russian town this big is news in a border region's report even when its region goes
#: unnamed (Voronezh, Kursk); smaller ones of regions not named are namesakes
_RUSSIAN_NEWS_CITY = 200_000


def named_russian_regions(mentions: list[MentionInfo]) -> set[str]:
    """The GeoNames codes of the Russian regions a report names (its regions, raions, or
    regional officials), as :func:`named_countries` finds countries."""
    return {c.admin1_code for c in (m.place.candidate for m in mentions
                                    if m.place is not None and m.place.resolved
                                    and m.role != roles.LAUNCH       # fire came from there
                                    and (m.place.candidate.feature == "region"
                                         or m.role == roles.TITLE or m.raion))
            if c.country_code == "RU" and c.admin1_code}


#: a village word before a name, or before the list it ends: "посёлок Краснооктябрьский",
#: "сёлам Белянка, Мешковое, Муром"
_VILLAGE_BEFORE = re.compile(
    r"(?:сел[оаеуи]\w*|сёл\w*|деревн\w*|посел\w*|посёл\w*|хутор\w*|village\w*|settlements?)\s+"
    r"(?:(?:of\s+)?[А-ЯЁA-Z][\w'’-]*(?:\s+[А-ЯЁA-Z][\w'’-]*)?(?:\s*,\s*|\s+(?:и|and)\s+))*"
    r"(?:of\s+)?$", re.IGNORECASE)


def beyond_named_russian_regions(m: MentionInfo, regions: set[str]) -> Place | None:
    """An unresolved place for a village (so told: "посёлок Краснооктябрьский") placed at
    a Russian town of a region the report does not name when it names Russian regions,
    else None: in a Kursk governor's report that is no quarter of Moscow, and a Shebekino
    okrug's "сёлам ... Муром" no city of Vladimir Oblast (the gazetteer knows few Russian
    villages). A town told without one stays ("в Беслане": the gazetteer may not know the
    region the report names). :func:`geo.extract.qualifiers.villages_not_towns` does the
    same for a town of 50,000 or more told as a village right before its name, in any
    country, against the regions the report names."""
    place, text = m.place, m.found.text
    c = place.candidate if place is not None and place.resolved else None
    if c is None or not regions or c.country_code != "RU" or c.feature != "settlement" \
            or c.admin1_code in regions or c.population >= _RUSSIAN_NEWS_CITY:
        return None
    s0 = m.found.sentence.start
    if not _VILLAGE_BEFORE.search(m.found.sentence.text[max(0, m.found.start - s0 - 160):
                                                        m.found.start - s0]):
        return None
    return Place(query=place.query, status="unresolved",
                 reason=f"the report speaks of other Russian regions; the gazetteer's "
                        f"{c.name} lies elsewhere, and {text!r} is not in its list of "
                        f"places there")


def resolve_in_context(mentions: list[MentionInfo], context, queries: dict[int, str],
                        resolve, finder: MentionFinder) -> None:
    """The second pass: names still ambiguous or weak, resolved with the report's context
    (``queries``: the query each mention was read with, by ``id``); updated in place."""
    local: dict[str, Place] = {}
    for m in mentions:
        inside = case_form_in_named_region(m.place, m.found.lookup, context, resolve, finder)
        if inside is not None:
            m.place = inside
            continue
        home = _namesake_among_report_places(m.place, context) \
            or _home_namesake_of_town_abroad(m, context, resolve)
        if home is not None:
            m.place = home
            continue
        if m.place.resolved and m.place.candidate.score >= 0.6 \
                and not _namesake_in_named_region(m.place, context) or \
                not m.place.resolved and not m.place.alternatives:
            continue
        query = queries.get(id(m), m.found.lookup)
        if query not in local:
            local[query] = replace(resolve(query, without(context, m.place)),
                                   query=m.found.lookup)
        hromada = bool(m.found.query) and m.found.query != m.found.text   # "Семенівської"
        m.place = _town_of_named_region(local[query], context, hromada) or local[query]


#: the town of the name in the one region a report names outweighs the other namesakes
#: in it when it has this many times their people (GeoNames' unknown counts as 300)
_TOWN_OVER_VILLAGES = 5


def _town_of_named_region(place: Place, context, hromada: bool = False) -> Place | None:
    """A name left ambiguous, of which the one region the report names ("У Чернігівській
    області ... у Семенівці") holds a town far bigger than its other namesakes there
    (:data:`_TOWN_OVER_VILLAGES`) and no farther than they are from the report's other
    places: that town; else None (a village by the report's other towns may be meant). A
    hromada named by the adjective is its centre, the town, wherever the others lie."""
    regions = context.regions
    if place.resolved or not place.alternatives or len(regions) != 1:
        return None
    inside = sorted((a for a in place.alternatives
                     if a.admin1 == regions[0] and a.feature == "settlement"),
                    key=lambda a: -a.population)
    if not inside or len(inside) > 1 and inside[0].population < _TOWN_OVER_VILLAGES * max(
            inside[1].population, 300):
        return None
    usual = Counter(a.name for a in place.alternatives).most_common(1)[0][0]
    if inside[0].name != usual:
        return None             # a town one of whose other names it is (Velyka Oleksandrivka
        # for "Новоолександрівка"), not the town of the name
    if not hromada and context.places and any(_nearest_km(a, context.places)
                               < _nearest_km(inside[0], context.places) for a in inside[1:]):
        return None
    others = tuple(a for a in place.alternatives if a is not inside[0])
    return replace(place, status="resolved", candidate=inside[0], alternatives=others,
                   reason="")


def misspelt_places(unknown: list[MentionInfo], mentions: list[MentionInfo]) -> None:
    """Names the gazetteer lacks (``unknown``) that are one letter off a settlement the
    report names elsewhere (in ``mentions``): "город Грайврон ... в Грайвороне" is
    Graivoron, misspelt. Updated in place."""
    for m in unknown:
        place = _misspelt_report_place(m, mentions)
        if place is not None:
            m.place, m.unknown = place, False


def _misspelt_report_place(m: MentionInfo, mentions: list[MentionInfo]) -> Place | None:
    """The one settlement of ``mentions`` whose name ``m`` misspells, else None."""
    if m.place is not None and (m.place.resolved or m.place.alternatives) \
            or len(m.found.lookup) < 6:
        return None
    near = {o.place.candidate.geonameid: o.place for o in mentions
            if o.place is not None and o.place.resolved and o.feature == "settlement"
            and o.found.lookup[:1] == m.found.lookup[:1] and any(   # its case ending off
                one_edit_apart(o.found.lookup[:len(o.found.lookup) - k].lower(),
                                m.found.lookup.lower()) for k in (0, 1, 2))}
    if len(near) != 1:
        return None
    return replace(next(iter(near.values())), query=m.found.lookup)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped or changed.

    Examples
    --------
    >>> one_edit_apart("грайворон", "грайврон"), one_edit_apart("ізюм", "ізюм")
    (True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[i:] == long[i + 1:]


def _namesake_among_report_places(place: Place, context) -> Place | None:
    """The one namesake in the oblasts of the report's other places, when the pick lies
    outside them ("the Stetskivka village council" in a report on Konotop and Buniakyne
    is Sumy Oblast's Stetskivka, not Kharkiv Oblast's), else None."""
    if not place.resolved or not place.alternatives or place.candidate.population >= CITY_PEOPLE:
        return None                    # a city stands ("Zaporizhzhia ... Kherson")
    oblasts = {c.admin1 for c in context.places if c is not place.candidate} | set(context.regions)
    if not oblasts or place.candidate.admin1 in oblasts:
        return None
    inside = [a for a in place.alternatives if a.admin1 in oblasts]
    points = [c for c in context.places if c is not place.candidate]
    if len(inside) != 1 or points and 2 * _nearest_km(inside[0], points) \
            >= _nearest_km(place.candidate, points):
        return None                    # the pick is nearer the report's places after all
    others = tuple(c for c in (place.candidate, *place.alternatives) if c is not inside[0])
    return replace(place, candidate=inside[0], alternatives=others)


_UA_REGION_NAMES = frozenset(r.name for r in UA_REGIONS)


def _home_namesake_of_town_abroad(m: MentionInfo, context, resolve) -> Place | None:
    """The namesake in the one Ukrainian region a report names of a town picked abroad:
    "Ракетный удар по Новомосковску ..., сообщил глава Днепропетровской ОВА" is Samar
    (once Novomoskovsk) of Dnipropetrovsk Oblast, not Novomoskovsk of Tula Oblast; the
    oblast of the report's Ukrainian towns counts when it names no region. None when the
    report names another region, or the region has no such place."""
    place = m.place
    regions = list(context.regions) or list({c.admin1 for c in context.places if c.admin1})
    if place is None or not place.resolved or place.candidate.country_code == "UA" \
            or place.candidate.feature != "settlement" or len(regions) != 1 \
            or regions[0] not in _UA_REGION_NAMES:
        return None
    inside = resolve(f"{m.found.lookup}, {regions[0]}")
    if not inside.resolved or inside.candidate.admin1 != regions[0] \
            or inside.candidate.feature != "settlement":
        return None                         # (the region itself: no such place in it)
    return replace(inside, query=m.found.lookup,
                   alternatives=(place.candidate, *inside.alternatives))


def _nearest_km(c, places) -> float:
    return min(float(haversine_km(c.lat, c.lon, p.lat, p.lon)) for p in places)


def _namesake_in_named_region(place: Place, context) -> bool:
    """A place outside every region the report names, with a namesake inside one of them
    (Stetskivka of Kharkiv Oblast in a report on Sumy Oblast)."""
    regions, c = context.regions, place.candidate
    inside = [a for a in place.alternatives if a.admin1 in regions]
    return bool(regions) and c.admin1 not in regions and bool(inside) and (
        c.population < CITY_PEOPLE or all(a.country_code != c.country_code for a in inside))
    # a city stands: "the city of Zaporizhzhia" in a report that also names Kherson is no
    # village of Kherson Oblast; a city abroad does not ("Новомосковск" under Dnipropetrovsk
    # Oblast's administration is Samar, not Tula Oblast's Novomoskovsk)
