"""Fixtures the dashboard tests share: a small store of three events."""
from __future__ import annotations

from pathlib import Path

import pytest

from geo.model import EventRecord
from geo.schema import records_to_frame
from geo.store import EventStore


def _record(event_id: str, place: str, types: tuple[str, ...], date: str, killed: int | None,
            lat: float, lon: float, admin1: str) -> EventRecord:
    return EventRecord(event_id=event_id, date=date, date_precision="day", attack_types=types,
                       place=place, query=place, lat=lat, lon=lon, admin1=admin1, country_code="UA",
                       killed=killed, source="test", excerpt=f"{place} was hit.")


@pytest.fixture
def small_store(store_dir: Path) -> Path:
    EventStore(store_dir).ingest(records_to_frame([
        _record("a", "Kramatorsk", ("glide_bomb",), "2025-07-21", 1, 48.72, 37.56, "Donetsk Oblast"),
        _record("b", "Kyiv", ("drone", "missile"), "2025-07-20", None, 50.45, 30.52, "Kyiv"),
        _record("c", "Kharkiv", ("drone",), "2025-07-02", 0, 49.99, 36.23, "Kharkiv Oblast"),
    ]), label="test")
    return store_dir
