"""The event store: round trip, idempotence, all-or-nothing, snapshot reads, schema versions."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from geo.errors import SchemaError, StoreError
from geo.model import EventRecord
from geo.schema import records_to_frame
from geo.store import EventStore, IngestResult, default_store_dir, sql

PROJECT = Path(__file__).resolve().parents[2]


def synthetic_events(n: int, *, seed: int = 0, source: str = "synthetic", prefix: str = "s"):
    """``n`` schema-valid events spread over Ukraine (vectorised, fast for large n)."""
    import geopandas as gpd

    from geo.schema import validate_events

    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    frame = pd.DataFrame({
        "event_id": [f"{prefix}{i}" for i in range(n)],
        "date": days.strftime("%Y-%m-%d"), "date_precision": "day",
        "attack_types": [["drone"] if k else ["missile", "drone"] for k in rng.integers(0, 4, n)],
        "place": "", "query": "", "geo_precision": "settlement",
        "killed": rng.integers(0, 3, n), "injured": rng.integers(0, 5, n),
        "source": source, "excerpt": "synthetic",
    })
    points = gpd.points_from_xy(rng.uniform(23, 40, n), rng.uniform(45, 52, n), crs="EPSG:4326")
    return validate_events(gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326"))


def two_events():
    return records_to_frame([
        EventRecord(event_id="a", date="2025-07-22", date_precision="day",
                    attack_types=("glide_bomb",), place="Kramatorsk", query="Краматорськ",
                    lat=48.7389, lon=37.5848, geonameid=704508, country_code="UA",
                    admin1="Donetsk Oblast", killed=1, source="report-1",
                    excerpt="A glide bomb hit Kramatorsk, killing one.", confidence=0.9,
                    front_km=21.5, side="free", extra={"killed_qualifier": "at least"}),
        EventRecord(event_id="b", date=None, date_precision="unknown",
                    attack_types=("drone", "missile"), place="Kyiv", query="Kyiv", lat=50.45,
                    lon=30.52, count=50, source="report-1"),
    ])


def test_round_trip_keeps_every_value(store):
    events = two_events()
    assert store.ingest(events, label="t") == IngestResult(added=2, skipped=0)
    back = store.read()
    pd.testing.assert_frame_equal(pd.DataFrame(back.drop(columns="geometry")),
                                  pd.DataFrame(events.drop(columns="geometry")))
    assert back.geometry.equals(events.geometry) and back.crs.to_epsg() == 4326


def test_ingesting_again_adds_nothing(store):
    events = two_events()
    store.ingest(events, label="first")
    assert store.ingest(events, label="again") == IngestResult(added=0, skipped=2)
    assert store.count() == 2
    doubled = pd.concat([events, events])
    assert store.ingest(doubled, label="doubled").skipped == 4
    assert store.history()["label"].tolist() == ["first", "again", "doubled"]


def test_duplicate_ids_in_one_batch_count_once(store):
    events = two_events()
    result = store.ingest(pd.concat([events, events.iloc[:1]]), label="t")
    assert result == IngestResult(added=2, skipped=1) and store.count() == 2


def test_a_bad_frame_changes_nothing(store):
    store.ingest(two_events(), label="ok")
    bad = synthetic_events(10, prefix="x")
    bad.loc[bad.index[5], "date_precision"] = "fortnight"
    with pytest.raises(SchemaError):
        store.ingest(bad, label="bad")
    assert store.count() == 2 and len(store.history()) == 1


def test_a_failure_half_way_through_the_insert_rolls_everything_back(store):
    store.ingest(two_events(), label="ok")
    with sqlite3.connect(store.file) as con:      # the database itself refuses one row
        con.execute("CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.event_id = 'x55000' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END")
    events = synthetic_events(60_000, prefix="x")   # two insert chunks
    with pytest.raises(StoreError, match="rolled back"):
        store.ingest(events, label="big")
    assert store.count() == 2 and store.history()["label"].tolist() == ["ok"]


def test_reading_a_store_that_does_not_exist_creates_nothing(tmp_path):
    store = EventStore(tmp_path / "nowhere")
    assert len(store.read()) == 0 and store.count() == 0
    assert list(store.read().columns)[-1] == "geometry"
    assert not (tmp_path / "nowhere").exists()


def test_a_store_may_be_a_file_path(tmp_path):
    store = EventStore(tmp_path / "mine.sqlite")
    store.ingest(two_events(), label="t")
    assert (tmp_path / "mine.sqlite").exists() and EventStore(tmp_path / "mine.sqlite").count() == 2


def test_default_store_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("STRIKEMAP_STORE", str(tmp_path))
    assert default_store_dir() == tmp_path
    monkeypatch.delenv("STRIKEMAP_STORE")
    assert default_store_dir() == PROJECT / "data"


def test_the_store_is_sqlite_in_wal_mode_with_a_schema_version(store):
    store.ingest(two_events(), label="t")
    with sqlite3.connect(store.file) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(sql.SCHEMA_VERSION)


def test_a_newer_schema_is_refused(store):
    store.ingest(two_events(), label="t")
    with sqlite3.connect(store.file) as con:
        con.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="newer"):
        store.read()


def test_a_column_the_schema_gained_is_added_to_an_old_store(store):
    store.ingest(two_events(), label="t")
    with sqlite3.connect(store.file) as con:
        con.execute("ALTER TABLE events DROP COLUMN side")
    back = store.read()
    assert back["side"].isna().all() and len(back) == 2
    assert store.ingest(synthetic_events(3), label="more").added == 3


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, None])
def test_a_file_that_is_not_an_event_store_is_refused(tmp_path, content):
    path = tmp_path / "events.sqlite"
    if content is None:
        with sqlite3.connect(path) as con:
            con.execute("CREATE TABLE other (x)")
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError):
        EventStore(tmp_path).read()
    with pytest.raises(StoreError):
        EventStore(tmp_path).ingest(two_events(), label="t")


def test_a_reader_during_an_open_write_sees_the_old_state_without_waiting(store):
    store.ingest(two_events(), label="t")
    writer = sqlite3.connect(store.file, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("DELETE FROM events")
        start = time.monotonic()
        assert store.count() == 2 and len(store.read()) == 2
        assert time.monotonic() - start < 5
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert store.count() == 0


WRITER = """
import sys
from tests.store.test_event_store import synthetic_events
from geo.store import EventStore
events = synthetic_events(int(sys.argv[2]), seed=1, prefix="w")
print("ready", flush=True)
EventStore(sys.argv[1]).ingest(events, label="writer")
"""


def start_writer(store_dir: Path, n: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(store_dir), str(n)],
                               cwd=PROJECT, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    return process


def test_concurrent_readers_see_before_or_after_never_half(store, store_dir):
    store.ingest(two_events(), label="t")
    writer = start_writer(store_dir, 40_000)
    seen = []
    while writer.poll() is None:
        seen.append(store.count())
        if len(seen) % 5 == 0:
            seen.append(len(store.read()))
    assert writer.wait() == 0
    seen.append(store.count())
    assert set(seen) <= {2, 40_002} and seen[-1] == 40_002


def test_a_killed_writer_leaves_the_store_as_it_was(store, store_dir):
    store.ingest(two_events(), label="t")
    writer = start_writer(store_dir, 100_000)
    wal = Path(str(store.file) + "-wal")
    deadline = time.monotonic() + 60
    while writer.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 2_000_000:      # inside the transaction
            os.kill(writer.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    writer.wait()
    assert store.count() in (2, 100_002)                       # never anything in between
    with sqlite3.connect(store.file) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.ingest(two_events(), label="again").added == 0
