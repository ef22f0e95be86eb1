"""Accuracy on the labelled UCDP set (tests/data/geocode/labelled.csv) with the full dump.

The issue's goals are 95% within 25 km for "place, region" strings and 85% for
free-text descriptions. Measured now (see benchmarks/bench_geocode.py): 79.8% and
85.8%, with 4.6% and 4.2% wrong answers. The free-text goal is met and is its
floor; wrong answers may not pass 6%.
Most of the "place, region" gap is villages that share their name with others in
the same oblast, which the strings cannot tell apart (they stay unresolved); that
goal stays a strict xfail until it is met.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo.geocoding import evaluate as ev

LABELLED = Path(__file__).parent / "data" / "geocode" / "labelled.csv"
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
