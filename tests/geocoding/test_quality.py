"""Accuracy on the labelled UCDP set (tests/data/geocode/labelled.csv) with the full dump.

The issue's goals are 95% within 25 km for "place, region" strings and 85% for
free-text descriptions. Measured now (see benchmarks/bench_geocode.py): 79.8% and
85.9%, with 4.6% and 4.1% wrong answers. The free-text goal is met and is its
floor; wrong answers may not pass 6%.
Most of the "place, region" gap is villages that share their name with others in
the same oblast, which the strings cannot tell apart (they stay unresolved): 81 of
the 521 are such ties, and a resolver that guessed right on every one of them would
reach 94.4% (``tie_ceiling``). That goal stays a strict xfail until it is met.
Where the string does decide the place, "place, region" strings of the OpenStreetMap
settlements whose name is unique in their oblast (13,218, Ukrainian and English) meet
it: 96.5% and 96.0%.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo.gazetteer.osm import read_osm_settlements
from geo.geocoding import evaluate as ev
from geo.model import Candidate, Place
from tests.conftest import shared_path

LABELLED = Path(__file__).resolve().parents[1] / "data" / "geocode" / "labelled.csv"
FLOORS = {"region_string": 0.79, "free_text": 0.85}
GOALS = {"region_string": 0.95, "free_text": 0.85}
MAX_WRONG = 0.06


@pytest.fixture(scope="module")
def summary(resolver) -> dict:
    return ev.summary(ev.run(resolver.resolve, ev.read_labelled(LABELLED)))


def test_labelled_set_is_large_enough():
    items = ev.read_labelled(LABELLED)
    kinds = {i.kind for i in items}
    assert len(items) >= 200 and kinds == {"region_string", "free_text"}
    assert all(-90 <= i.lat <= 90 and -180 <= i.lon <= 180 and i.source for i in items)


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_accuracy_floor_with_the_full_dump(summary, kind):
    assert summary[kind]["within_km"] >= FLOORS[kind], summary[kind]


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_few_confident_wrong_points(summary, kind):
    """Unresolved is better than wrong: few answers land more than 25 km off."""
    assert summary[kind]["wrong"] <= MAX_WRONG, summary[kind]


@pytest.mark.xfail(strict=True, reason="goal of issue 3 not met yet: same-name villages "
                                       "in one oblast (see module docstring)")
def test_place_region_goal_of_the_issue(summary):
    assert summary["region_string"]["within_km"] >= GOALS["region_string"], \
        summary["region_string"]


def test_place_region_strings_that_name_one_place_meet_the_goal(resolver):
    """"Покровськ, Донецька область" / "Pokrovsk, Donetsk Oblast" for every OSM settlement
    of the ten frontline and border oblasts whose name no other settlement there bears:
    a second real source, whose current names GeoNames often lacks."""
    osm = read_osm_settlements(shared_path("gazetteer", "osm_settlements_10_oblasts.csv"))
    items = ev.unique_name_queries(osm)
    assert len(items) > 12_000
    result = ev.summary(ev.run(resolver.resolve, items))
    for kind in ("osm_uk", "osm_en"):
        assert result[kind]["within_km"] >= GOALS["region_string"], result[kind]
        assert result[kind]["wrong"] - result[kind]["wrong_coarse"] <= 0.01, result[kind]


def _outcome(kind: str, truth: tuple[float, float], *points: tuple[float, float],
             resolved: bool = False) -> ev.Outcome:
    item = ev.Labelled("X", truth[0], truth[1], kind)
    cands = tuple(Candidate(None, "X", lat, lon, "UA", "") for lat, lon in points)
    if resolved:
        km = float(((truth[0] - points[0][0]) ** 2 + (truth[1] - points[0][1]) ** 2) ** 0.5 * 111)
        return ev.Outcome(item, Place("X", "resolved", cands[0]), km)
    return ev.Outcome(item, Place("X", "unresolved", reason="ambiguous: 2 places",
                                  alternatives=cands), None)


def test_tie_ceiling_counts_the_ties_a_guess_could_have_hit():
    outcomes = [_outcome("k", (48.0, 37.0), (48.0, 37.0), resolved=True),      # hit
                _outcome("k", (48.0, 37.0), (49.0, 37.0), (48.05, 37.0)),      # tie, listed
                _outcome("k", (48.0, 37.0), (49.0, 37.0), (50.0, 37.0)),       # tie, not
                _outcome("k", (48.0, 37.0), (49.0, 37.0), resolved=True)]      # wrong
    assert ev.tie_ceiling(outcomes) == {"k": {"n": 4, "ambiguous": 2, "truth_listed": 1,
                                              "ceiling": 0.5}}


def test_unique_name_queries_skip_names_shared_in_an_oblast(tmp_path: Path):
    table = tmp_path / "osm.csv"
    table.write_text("name_uk,name_en,place,oblast,lat,lon,osm_id,osm_type\n"
                     "Покровськ,Pokrovsk,town,Донецька,48.28,37.18,1,relation\n"
                     "Іванівка,Ivanivka,village,Донецька,48.1,37.1,2,node\n"
                     "Іванівка,Ivanivka,village,Донецька,48.9,37.9,3,node\n"
                     "Іванівка,,village,Харківська,49.5,36.5,4,node\n", encoding="utf-8")
    items = ev.unique_name_queries(read_osm_settlements(table))
    assert [(i.query, i.kind, i.source) for i in items] == [
        ("Покровськ, Донецька область", "osm_uk", "OSM:relation/1"),
        ("Pokrovsk, Donetsk Oblast", "osm_en", "OSM:relation/1"),
        ("Іванівка, Харківська область", "osm_uk", "OSM:node/4")]
