"""Extraction on the real-report development corpus (``../shared/data/reports/real_dev.json``).

Runs the pipeline in process on every labelled doc, with the default gazetteer (the bundled
GeoNames dump for Ukraine) and with cities500 alone, and prints event F1, casualty figures right and dates right, overall and
by language (``pytest -s`` shows them; ``benchmarks/bench_real_reports.py`` prints the same).
The floors below are the figures this code reached, rounded down: a change that loses ground
on real text fails here. The corpus is read from ``../shared`` at run time and never copied
into the repository; the module skips when it is absent.
"""
from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.corpus_score import OblastShapes, load_corpus, score_corpus
from geo.gazetteer import load_gazetteer
from geo.geocoding import OfflineGeocoder
from tests.conftest import shared_path

#: (F1, casualty figures right, dates right) that each gazetteer must keep on the corpus
FLOORS = {"default": (0.93, 0.93, 0.98), "cities500": (0.78, 0.90, 0.97)}


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return load_corpus(shared_path("reports", "real_dev.json"))


@pytest.fixture(scope="module")
def oblasts() -> OblastShapes:
    return OblastShapes(shared_path("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson"))


def _scores(corpus, oblasts, gazetteer):
    extractor = Extractor(OfflineGeocoder(gazetteer))

    def run(text: str, published: str):
        return extractor.extract(text, source="corpus", published=published).events

    return score_corpus(corpus, run, oblasts, by=lambda doc: doc["lang"])


@pytest.mark.slow
@pytest.mark.parametrize("name", list(FLOORS))
def test_real_reports_keep_their_scores(name, corpus, oblasts):
    gazetteer = load_gazetteer(None if name == "default" else "cities500")
    scores = _scores(corpus, oblasts, gazetteer)
    print(f"\nreal_dev.json, {name} gazetteer ({gazetteer.source}):")
    for group, s in scores.items():
        print(f"  {group:>4}: {s.line()}")
    f1, figures, dates = FLOORS[name]
    s = scores["all"]
    assert s.docs == len(corpus)
    assert (s.f1, s.rate("figures"), s.rate("dates")) >= (f1, 0.0, 0.0)
    assert s.rate("figures") >= figures and s.rate("dates") >= dates, s.line()


def test_scoring_follows_the_matching_rules(oblasts):
    from geo.model import EventRecord

    def event(place, lat, lon, geonameid=None, killed=None, types=("drone",)):
        return EventRecord(event_id=place, date="2025-01-02", date_precision="day",
                           attack_types=types, place=place, query=place, lat=lat, lon=lon,
                           geonameid=geonameid, killed=killed)

    doc = {"id": "x", "lang": "en", "published": "2025-01-02", "text": "",
           "optional": ["Kharkiv Oblast"],
           "events": [
               {"place": "A", "geonameids": [1], "types": ["drone"], "killed": 2, "injured": None,
                "date": "2025-01-01", "date_tol": 1},
               {"place": "B", "near": [50.0, 36.2, 20], "types": [], "killed": None,
                "injured": None, "date": "2025-01-02", "date_tol": 0},
               {"place": "C", "oblast": "Odes", "types": ["missile"], "killed": 0,
                "injured": None, "date": "2025-01-02", "date_tol": 0}]}
    predicted = [event("A", 0.0, 0.0, geonameid=1, killed=3),          # right place, wrong figure
                 event("B", 50.05, 36.25),                              # 7 km from B's centre
                 event("Kharkiv Oblast", 49.9, 36.5),                   # optional: no extra
                 event("Lviv", 49.84, 24.03)]                           # an extra event
    scores = score_corpus([doc], lambda text, published: predicted, oblasts)["all"]
    assert (scores.tp, scores.fp, scores.fn) == (2, 1, 1)
    assert (scores.figures, scores.figures_right) == (1, 0)
    assert scores.rate("dates") == 1.0
    assert "x:C missed" in scores.misses and "x: extra event at Lviv (Lviv)" in scores.misses
