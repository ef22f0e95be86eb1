"""Scoring a name's candidates: name match, country, size, region and context.

Every entry gets a static prior once per geocoder (vectorised over the whole
gazetteer): country preference, population and feature code. A query adds the
match kind (official name, other name, spelling of a name, case form), the
regions it names, and nearness to the report's other places and to the front
line. :func:`choose` turns scores into a pick, or a reason why there is none.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from geo.distance import haversine_km
from geo.gazetteer import Gazetteer
from geo.gazetteer.landmarks import LANDMARK_FEATURE_CODES

#: official name, other (former) name, spelling of a name, loose spelling
NAME_WEIGHT = (1.0, 0.5, 0.7, -0.5)
#: population assumed for a place whose population GeoNames does not know (0)
UNKNOWN_POPULATION = 300
COUNTRY_WEIGHTS = (2.5, 1.5, 1.0, 0.8)  # for the 1st, 2nd, 3rd, later preferred countries
INFLECTED_PENALTY = 0.2
REGION_MATCH = 4.0
CONTEXT_REGION = 1.5
#: a place named in the same text or report pulls candidates near it: bonus·exp(-km/scale)
NEAR_CONTEXT_BONUS, NEAR_CONTEXT_KM = 2.5, 40.0
#: another name of the same text that is itself ambiguous: each of its namesakes pulls,
#: more weakly and only from close by ("Georgievka, Krasnogorovka and Paraskovievka")
NEAR_NAMESAKE_BONUS, NEAR_NAMESAKE_KM = 1.5, 10.0
NEAR_FRONT = ((30.0, 1.0), (80.0, 0.5))
#: a district named in the query: its places (current raions, by code), or places near
#: its representative point (former raions): bonus·exp(-max(0, km - radius)/scale)
DISTRICT_MATCH, DISTRICT_NEAR = 3.0, 3.0
DISTRICT_RADIUS_KM, DISTRICT_SCALE_KM = 25.0, 20.0

#: a query calling the place a town ("Shevchenkove town, Kharkiv Oblast"): bigger
#: namesakes rank higher, up to this bonus from ten times TOWN_POPULATION people
TOWN_BONUS, TOWN_POPULATION = 1.0, 1000
AMBIGUOUS_MARGIN = 0.25
AMBIGUOUS_KM = 25.0
_FEATURE_CODE_WEIGHT = {"PPLC": 1.0, "PPLA": 0.7, "PPLA2": 0.4, "PPLA3": 0.0,
                        "PPLX": -0.5, "PPLW": -1.0, "PPLH": -2.0, "PPLQ": -2.0,
                        "PPLCH": -2.0, "PPLF": -0.5, "PPLL": -0.3,
                        # landmarks (geo.gazetteer.landmarks): below a village of the name
                        **dict.fromkeys(LANDMARK_FEATURE_CODES, -1.0)}


def size_score(population: np.ndarray | float) -> np.ndarray | float:
    """The prior's size term: 0.5·log10 of the population, :data:`UNKNOWN_POPULATION`
    when GeoNames does not know it (vectorised)."""
    return 0.5 * np.log10(np.maximum(population, UNKNOWN_POPULATION))


def static_prior(gazetteer: Gazetteer, country_preference: Sequence[str]) -> np.ndarray:
    """Per-entry prior: country preference + 0.5·log10(population) + feature code."""
    d = gazetteer.data
    prior = size_score(d.population.astype(np.float64))
    countries = d.country_code
    for rank, code in enumerate(country_preference):
        prior[countries == code] += COUNTRY_WEIGHTS[min(rank, len(COUNTRY_WEIGHTS) - 1)]
    codes = d.feature_code
    for code, weight in _FEATURE_CODE_WEIGHT.items():
        prior[codes == code] += weight
    return prior


#: a distance this close to a threshold is measured again with numpy (see farther_than)
_EXACT_BAND_KM = 1e-6
#: up to this many distances are measured in plain Python (numpy's overhead dominates)
_PLAIN_DISTANCES = 16


def farther_than(gazetteer: Gazetteer, row: int, rows: Sequence[int], km: float) -> list[bool]:
    """``haversine_km(entry row, entry r) > km`` for each of ``rows``.

    A few distances are measured with :mod:`math` (numpy's per-call overhead is
    most of the time on tiny arrays); math's and numpy's arcsin may differ in the
    last bit, so a distance within :data:`_EXACT_BAND_KM` of ``km`` is measured
    again with :func:`haversine_km`: the answers are always the numpy formula's.
    """
    d = gazetteer.data
    if len(rows) > _PLAIN_DISTANCES:
        index = np.asarray(rows, dtype=np.int64)
        return (haversine_km(d.lat[row], d.lon[row], d.lat[index], d.lon[index]) > km).tolist()
    lat1, lon1 = float(d.lat[row]), float(d.lon[row])
    p1 = math.radians(lat1)
    cos1 = math.cos(p1)
    out = []
    for other in rows:
        lat2, lon2 = float(d.lat[other]), float(d.lon[other])
        p2 = math.radians(lat2)
        a = (math.sin((p2 - p1) / 2) ** 2
             + cos1 * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
        dist = 6371.0088 * 2 * math.asin(math.sqrt(min(a, 1.0)))
        if abs(dist - km) < _EXACT_BAND_KM:
            dist = float(haversine_km(lat1, lon1, lat2, lon2))
        out.append(dist > km)
    return out


@dataclass(frozen=True)
class Scored:
    """One candidate entry with its score and what matched."""

    row: int
    score: float
    kind: int
    inflected: bool


@dataclass(frozen=True)
class Evidence:
    """What a query and its report say beyond the name."""

    regions: frozenset[tuple[str, str]] = frozenset()        # (country, admin1) named in the query
    context_regions: frozenset[tuple[str, str]] = frozenset()
    context_points: tuple[tuple[float, float], ...] = ()
    #: namesakes of the text's other (ambiguous) names, one tuple of points per name
    namesake_points: tuple[tuple[tuple[float, float], ...], ...] = ()
    front_km: object | None = None                            # callable rows -> km array
    districts: frozenset[tuple[str, str]] = frozenset()       # (admin1, admin2) named
    district_points: tuple[tuple[float, float], ...] = ()     # former districts named
    town_word: bool = False        # the query calls the place a town or city


def has_local_evidence(evidence: Evidence) -> bool:
    """True when evidence beyond the name and its region ranked the candidates."""
    return bool(evidence.context_points or evidence.front_km is not None
                or evidence.namesake_points
                or evidence.districts or evidence.district_points)


def in_regions(gazetteer: Gazetteer, row: int, regions: frozenset[tuple[str, str]]) -> bool:
    """True when an entry lies in one of ``regions`` ((country, admin1), or (country, ""))."""
    pair = gazetteer.region_pair(row)
    return pair in regions or (pair[0], "") in regions


def score_postings(gazetteer: Gazetteer, prior: np.ndarray, postings: Sequence[int],
                   inflected: bool, evidence: Evidence) -> list[Scored]:
    """Score the entries of a name's postings, best first."""
    if not postings:
        return []
    if len(postings) <= _SMALL and not has_local_evidence(evidence):
        return _score_small(gazetteer, prior, postings, inflected, evidence)
    codes = np.fromiter(postings, dtype=np.int64, count=len(postings))
    rows, kinds = codes // 4, codes % 4
    score = prior[rows] + np.take(NAME_WEIGHT, kinds)
    if inflected:
        score -= INFLECTED_PENALTY
    d = gazetteer.data
    if evidence.regions:
        score += REGION_MATCH * np.fromiter(
            (in_regions(gazetteer, r, evidence.regions) for r in rows.tolist()), bool, len(rows))
    if evidence.context_regions:
        score += CONTEXT_REGION * np.fromiter(
            (in_regions(gazetteer, r, evidence.context_regions) for r in rows.tolist()), bool,
            len(rows))
    if evidence.context_points:
        score += _nearness_bonus(d.lat[rows], d.lon[rows], evidence.context_points)
    for points in evidence.namesake_points:
        score += _nearness_bonus(d.lat[rows], d.lon[rows], points,
                                 NEAR_NAMESAKE_BONUS, NEAR_NAMESAKE_KM)
    if evidence.front_km is not None:
        km = evidence.front_km(d.lat[rows], d.lon[rows])
        score += _step_bonus(km, NEAR_FRONT)
    if evidence.districts or evidence.district_points:
        score += _district_bonus(gazetteer, rows, evidence)
    if evidence.town_word:
        score += _town_bonus(d.population[rows])
    order = np.argsort(-score, kind="stable")
    return [Scored(row, value, kind, inflected) for row, value, kind in zip(
        rows[order].tolist(), score[order].tolist(), kinds[order].tolist())]


_SMALL = 16


def _score_small(gazetteer: Gazetteer, prior: np.ndarray, postings: Sequence[int],
                 inflected: bool, evidence: Evidence) -> list[Scored]:
    """:func:`score_postings` for a few postings without distances: plain Python is faster."""
    out = []
    for code in postings:
        row, kind = divmod(code, 4)
        score = float(prior[row]) + NAME_WEIGHT[kind] - (INFLECTED_PENALTY if inflected else 0.0)
        if evidence.regions and in_regions(gazetteer, row, evidence.regions):
            score += REGION_MATCH
        if evidence.context_regions and in_regions(gazetteer, row, evidence.context_regions):
            score += CONTEXT_REGION
        if evidence.town_word:
            score += float(_town_bonus(gazetteer.data.population[row]))
        out.append(Scored(row, score, kind, inflected))
    out.sort(key=lambda s: -s.score)
    return out


def _town_bonus(population: np.ndarray) -> np.ndarray:
    """The bonus for size when the query calls the place a town: from 0 at
    :data:`TOWN_POPULATION` to :data:`TOWN_BONUS` at ten times that. A former name
    counts too: "Pervomaisk town" may be the Luhansk town renamed Sokolohirsk."""
    size = np.clip(np.log10(np.maximum(population, 1) / TOWN_POPULATION), 0.0, 1.0)
    return TOWN_BONUS * size


def _step_bonus(km: np.ndarray, steps: tuple[tuple[float, float], ...]) -> np.ndarray:
    bonus = np.zeros(len(km))
    for limit, value in reversed(steps):
        bonus[km <= limit] = value
    return bonus


def _district_bonus(gazetteer: Gazetteer, rows: np.ndarray, evidence: Evidence) -> np.ndarray:
    """The bonus for lying in a district the query names (the best of its districts)."""
    d = gazetteer.data
    bonus = np.zeros(len(rows))
    if evidence.districts:
        inside = np.fromiter(((str(d.admin1_code[r]), str(d.admin2_code[r])) in evidence.districts
                              for r in rows.tolist()), bool, len(rows))
        bonus[inside] = DISTRICT_MATCH
    if evidence.district_points:
        km = _min_km(d.lat[rows], d.lon[rows], evidence.district_points)
        near = DISTRICT_NEAR * np.exp(-np.maximum(0.0, km - DISTRICT_RADIUS_KM)
                                      / DISTRICT_SCALE_KM)
        bonus = np.maximum(bonus, near)
    return bonus


def _nearness_bonus(lat: np.ndarray, lon: np.ndarray, points: tuple[tuple[float, float], ...],
                    bonus: float = NEAR_CONTEXT_BONUS,
                    scale_km: float = NEAR_CONTEXT_KM) -> np.ndarray:
    return bonus * np.exp(-_min_km(lat, lon, points) / scale_km)


def _min_km(lat: np.ndarray, lon: np.ndarray,
            points: tuple[tuple[float, float], ...]) -> np.ndarray:
    """Distance from each (lat, lon) to the nearest of ``points``."""
    plat = np.array([p[0] for p in points])[None, :]
    plon = np.array([p[1] for p in points])[None, :]
    return haversine_km(lat[:, None], lon[:, None], plat, plon).min(axis=1)


def probability(scored: Sequence[Scored]) -> float:
    """Softmax share of the best candidate among all (1.0 when alone)."""
    if len(scored) == 1:
        return 1.0
    top = scored[0].score
    total = sum(math.exp(s.score - top) for s in scored)
    return 1.0 / total


def ambiguity(gazetteer: Gazetteer, scored: Sequence[Scored],
              margin: float = AMBIGUOUS_MARGIN, km: float = AMBIGUOUS_KM) -> int:
    """How many far-apart candidates score within ``margin`` of the best (0 = clear pick)."""
    if len(scored) < 2:
        return 0
    best = scored[0]
    rivals = [s for s in scored[1:] if best.score - s.score < margin]
    if not rivals:
        return 0
    return sum(farther_than(gazetteer, best.row, [s.row for s in rivals], km))


#: namesakes scoring this far below the best do not count against it in :func:`far_share`
#: (three decades of population): hamlets of unknown size do not make a city a guess
FAR_SHARE_GAP = 1.5


def far_share(gazetteer: Gazetteer, scored: Sequence[Scored], km: float = AMBIGUOUS_KM,
              sharpness: float = 2.0) -> float:
    """Softmax share of the best candidate against those more than ``km`` away from it.

    Near-duplicates of the best (the same village listed twice) do not count
    against it; many weaker namesakes elsewhere together do, unless they score
    :data:`FAR_SHARE_GAP` or more below it. Scores are scaled by ``sharpness``
    first (a city of 67,000 still clearly beats ten villages). When the lead over
    the runner-up alone guarantees a share of 0.5 or more, that lower bound is
    returned without measuring distances.
    """
    if len(scored) < 2:
        return 1.0
    best = scored[0]
    scored = [s for s in scored if best.score - s.score < FAR_SHARE_GAP]
    if len(scored) < 2:
        return 1.0
    lowest = 1.0 / (1.0 + (len(scored) - 1) * math.exp(sharpness * (scored[1].score - best.score)))
    if lowest >= 0.5:
        return lowest            # a clear lead whatever the distances (no need to measure)
    values = np.array([s.score for s in scored[1:]])
    far = np.array(farther_than(gazetteer, best.row, [s.row for s in scored[1:]], km), bool)
    return float(1.0 / (1.0 + np.exp(sharpness * (values[far] - best.score)).sum()))
