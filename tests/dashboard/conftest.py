"""Fixtures the dashboard tests share: a small store of three events."""
from __future__ import annotations

from pathlib import Path

import sys

import pytest

from geo.model import EventRecord
from geo.schema import records_to_frame
from geo.store import EventStore


def _record(event_id: str, place: str, types: tuple[str, ...], date: str, killed: int | None,
            lat: float, lon: float, admin1: str) -> EventRecord:
    return EventRecord(event_id=event_id, date=date, date_precision="day", attack_types=types,
                       place=place, query=place, lat=lat, lon=lon, admin1=admin1, country_code="UA",
                       killed=killed, source="test", excerpt=f"{place} was hit.")


@pytest.fixture(autouse=True)
def _keep_main_module():
    """Put back ``sys.modules["__main__"]`` after each test: Streamlit's AppTest leaves its
    temporary script there, and a process started later with "spawn" (dask's workers in
    tests/test_scale_dask.py) would run that script and fail."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture
def small_store(store_dir: Path) -> Path:
    EventStore(store_dir).ingest(records_to_frame([
        _record("a", "Kramatorsk", ("glide_bomb",), "2025-07-21", 1, 48.72, 37.56, "Donetsk Oblast"),
        _record("b", "Kyiv", ("drone", "missile"), "2025-07-20", None, 50.45, 30.52, "Kyiv"),
        _record("c", "Kharkiv", ("drone",), "2025-07-02", 0, 49.99, 36.23, "Kharkiv Oblast"),
    ]), label="test")
    return store_dir


#: the namesakes of a name the geocoder could not place (our own made-up figures)
NAMESAKES = (
    {"geonameid": 9000001, "name": "Stepove", "admin1": "Donetsk Oblast", "raion": "Pokrovskyi Raion",
     "lat": 48.1, "lon": 37.6,
     "population": 350, "country_code": "UA", "feature": "settlement"},
    {"geonameid": 9000002, "name": "Stepove", "admin1": "Zaporizhzhia Oblast", "lat": 47.4,
     "lon": 35.9, "population": 120, "country_code": "UA", "feature": "settlement"},
)


def unresolved_place(query: str = "Stepove", excerpt: str | None = None,
                     reason: str = "ambiguous: 2 places named 'Stepove'", source: str = "report-1",
                     namesakes=NAMESAKES) -> dict:
    """An unresolved place as extraction reports it (``UnresolvedPlace.to_json``)."""
    return {"query": query, "reason": reason, "source": source,
            "excerpt": excerpt if excerpt is not None else f"Artillery hit {query}, injuring two.",
            "excerpt_start": 0, "excerpt_end": 40, "alternatives": [dict(n) for n in namesakes],
            "date": "2025-07-10", "date_precision": "day", "attack_types": ["artillery"],
            "killed": None, "injured": 2, "count": None, "confidence": 0.4,
            "area": {"name": "Ukraine", "lat": 49.0, "lon": 32.0, "geonameid": 690791,
                     "country_code": "UA", "admin1": "", "feature": "country"}}


def store_with_queue(store_dir: Path, *places: dict) -> Path:
    """A store with one settled event (id ``settled``) and one queued event per place."""
    from geo.extract.pending import with_pending

    from dataclasses import replace

    events = records_to_frame([replace(_record("settled", "Kramatorsk", ("glide_bomb",), "2025-07-21",
                                               1, 48.72, 37.56, "Donetsk Oblast"), confidence=0.8)])
    events.attrs["unresolved"] = list(places or [unresolved_place()])
    EventStore(store_dir).ingest(with_pending(events), label="test")
    return store_dir


@pytest.fixture
def review_store(store_dir: Path) -> Path:
    return store_with_queue(store_dir)
