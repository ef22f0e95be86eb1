"""Which entries a name stands for: namesakes, current names before former ones, and
when namesakes far apart leave the name ambiguous.

Postings are ``entry * 4 + kind`` (kind 0 official name, 1 other name, 2
spelling of a name, 3 loose spelling; see :mod:`geo.gazetteer.build`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from geo.gazetteer import Gazetteer
from geo.gazetteer.build import SETTLEMENT
from geo.geocoding.ranking import (AMBIGUOUS_KM, Scored, ambiguity, far_share,
                                   farther_than)

#: the best candidate's softmax share against its namesakes more than 25 km away must
#: reach this, or the name stays unresolved: ten villages that score a little lower
#: together make the top one a guess (tuned on the dev half of the labelled set)
MIN_FAR_SHARE = 0.4

#: words calling the place a town or city: a village's main name does not outrank
#: a town's former name then ("Krasnyi Lyman town" is Lyman, not a village of 592)
TOWN_WORD = re.compile(r"\b(?:town|city|місто|міста|місті|город|города|городе)\b",
                       re.IGNORECASE)

#: words calling the place a village: a city is not meant by its former name then
#: ("Aleksandrovka village" is no Donetsk, which bore that name until 1869)
VILLAGE_WORD = re.compile(r"\b(?:village|villages|hamlet|село|селі|села|деревня|деревне)\b",
                          re.IGNORECASE)
#: the population from which a place is a city for :data:`VILLAGE_WORD`
CITY_POPULATION = 100_000


def with_namesakes(gazetteer: Gazetteer, postings: tuple[int, ...],
                   key: str) -> tuple[int, ...]:
    """Add the namesakes of places matched only by an alternate spelling.

    GeoNames lists Russian or old spellings for some villages and not for their
    namesakes: "Veseloe" is an alternate of one Vesele among many. The others
    are as likely, so they join with the same match kind.
    """
    d = gazetteer.data
    kinds: dict[str, int] = {}
    for code in postings:
        if code % 4 in (1, 2) and d.feature[code // 4] == SETTLEMENT:
            name = d.name[code // 4]
            kinds[name] = min(kinds.get(name, 9), code % 4)
    if not kinds:
        return postings
    rows = {c // 4 for c in postings}
    extra = tuple((c // 4) * 4 + kinds[d.name[c // 4]]
                  for c in gazetteer.loose_lookup(key)
                  if c // 4 not in rows and d.name[c // 4] in kinds)
    return postings + extra


def upgrade_namesakes(gazetteer: Gazetteer, postings: tuple[int, ...]) -> tuple[int, ...]:
    """Loose matches named like an alternate-spelling match rank like it (see above)."""
    d = gazetteer.data
    kinds: dict[str, int] = {}
    for code in postings:
        if code % 4 in (1, 2):
            name = d.name[code // 4]
            kinds[name] = min(kinds.get(name, 9), code % 4)
    if not kinds:
        return postings
    return tuple((c // 4) * 4 + kinds[d.name[c // 4]]
                 if c % 4 == 3 and d.name[c // 4] in kinds else c for c in postings)


def prefer_main_names(gazetteer: Gazetteer, postings: tuple[int, ...], key: str,
                      inflected: bool = False, query: str = "",
                      town: bool = False) -> tuple[int, ...]:
    """Drop settlements matched only by a former or other name when a settlement of the
    same region currently bears the name.

    "Novooleksandrivka, Zaporizhzhia oblast" means the villages of that name, not
    Melitopol, whose 18th-century name GeoNames lists among its alternates.
    When no settlement bears the name (Artemivsk, Dnipropetrovsk) or only ones
    in other regions or countries do (Odessa, Texas), former names still count;
    so do namesakes of a bearer (a Vodiane listed under the spelling Vodyane).
    A query calling the place a town or city (:data:`TOWN_WORD`, or ``town``: the name
    is the town of a district or front adjective, "Krasnolymanskyi direction") keeps
    them too; one calling it a village (:data:`VILLAGE_WORD`) drops cities named by a
    former name.

    Parameters
    ----------
    gazetteer : Gazetteer
    postings : tuple of int
        The name's postings (``entry * 4 + kind``).
    key : str
        The normalised name they were looked up by.
    inflected : bool
        True when they came from the name's nominative (case) forms.
    query : str
        The query text, for the town/city words.
    town : bool
        The name is known to be a town's.
    """
    d = gazetteer.data
    if town or (query and TOWN_WORD.search(query)):
        return postings
    postings = _drop_cities_by_former_name(gazetteer, postings,
                                           bool(query and VILLAGE_WORD.search(query)))
    main = gazetteer.main_rows(key, inflected)
    if not main:
        return postings
    bearers = main.intersection(c // 4 for c in postings)
    if not bearers:
        return postings
    regions = {gazetteer.region_pair(r) for r in bearers}
    names = {d.name[r] for r in bearers}
    return tuple(c for c in postings
                 if c % 4 not in (1, 2) or c // 4 in main or d.feature[c // 4] != SETTLEMENT
                 or d.name[c // 4] in names       # a namesake listed under another spelling
                 or gazetteer.region_pair(c // 4) not in regions)


def drop_names_a_city_bears(gazetteer: Gazetteer, postings: tuple[int, ...], key: str,
                            inflected: bool = False) -> tuple[int, ...]:
    """Drop settlements matched only by another name when a city (:data:`CITY_POPULATION`)
    bears the name now: "Mykolaiv" is the city of 470,000, not the Donetsk town of
    Mykolaivka that GeoNames also lists as Mykolaiv, however near the report's other
    places it lies."""
    d = gazetteer.data
    if not any(c % 4 == 1 for c in postings):
        return postings
    main = gazetteer.main_rows(key, inflected)
    if not any(d.feature[r] == SETTLEMENT and d.population[r] >= CITY_POPULATION
               for r in main.intersection(c // 4 for c in postings)):
        return postings
    return tuple(c for c in postings if c % 4 != 1 or c // 4 in main
                 or d.feature[c // 4] != SETTLEMENT)


def _drop_cities_by_former_name(gazetteer: Gazetteer, postings: tuple[int, ...],
                                village: bool) -> tuple[int, ...]:
    """Drop cities (:data:`CITY_POPULATION`) matched only by a former or other name when
    the text calls the place a village, or when settlements of their region bear the
    name now: "Aleksandrovka" is not Donetsk (so named until 1869) but one of the
    Oleksandrivkas around it. Artemivsk is still Bakhmut: nothing else bears that name."""
    d = gazetteer.data
    cities = [c for c in postings if c % 4 == 1 and d.feature[c // 4] == SETTLEMENT
              and d.population[c // 4] >= CITY_POPULATION]
    if not cities:
        return postings
    if not village:
        bearing = {gazetteer.region_pair(c // 4) for c in postings
                   if c % 4 in (0, 2) and d.feature[c // 4] == SETTLEMENT}
        cities = [c for c in cities if gazetteer.region_pair(c // 4) in bearing]
    drop = set(cities)
    return tuple(c for c in postings if c not in drop)


def rivals_of(gazetteer: Gazetteer, scored: Sequence[Scored], decided: bool) -> int:
    """How many far namesakes rank alike with the best of ``scored`` (0 = a clear pick).

    Parameters
    ----------
    gazetteer : Gazetteer
    scored : sequence of Scored
        Candidates, best first.
    decided : bool
        True when evidence beyond the name (nearby places, front, district) ranked
        them; weak rivals (:data:`MIN_FAR_SHARE`) then do not count.
    """
    rivals = ambiguity(gazetteer, scored)
    if not rivals and not decided and far_share(gazetteer, scored) < MIN_FAR_SHARE:
        rivals = weak_rivals(gazetteer, scored)
    return rivals


def pick_rivals(gazetteer: Gazetteer, scored: Sequence[Scored], unfiltered: Sequence[Scored],
                decided: bool) -> tuple[int, Sequence[Scored]]:
    """Rivals of a pick (see :func:`rivals_of`) and the candidates to list with them.

    ``unfiltered`` are the candidates before :func:`prefer_main_names` cut some away
    (empty when it cut none). Filtering must not make a guess a pick, nor turn one
    clear pick into another far from it ("Sieverne village" was a Pivnichne that
    GeoNames also calls Sieverne, 76 km from the village officially so named).
    """
    rivals = rivals_of(gazetteer, scored, decided)
    if rivals or not unfiltered:
        return rivals, scored
    rivals = rivals_of(gazetteer, unfiltered, decided)
    if not rivals and farther_than(gazetteer, scored[0].row, (unfiltered[0].row,),
                                   AMBIGUOUS_KM)[0]:
        rivals = 1
    return rivals, unfiltered


def weak_rivals(gazetteer: Gazetteer, scored: Sequence[Scored]) -> int:
    """How many namesakes far from the best together outweigh it (at least 1)."""
    best = scored[0]
    close = [s.row for s in scored[1:] if best.score - s.score < 2.0]
    return max(1, sum(farther_than(gazetteer, best.row, close, AMBIGUOUS_KM)))
