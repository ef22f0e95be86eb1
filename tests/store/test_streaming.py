"""A store written and read a batch at a time gives what one batch gives (issue 24):
the same duplicate marks when a file is ingested in many batches, and the same events,
bytes and metadata when it is exported a chunk at a time."""
from __future__ import annotations

import io
import sqlite3

import numpy as np
import pandas as pd
import pytest

from geo.export import EventStream, summarize, write_csv, write_geojson, write_gpkg
from geo.model import EventRecord
from geo.schema import records_to_frame
from geo.store import EventStore
from geo.store.dedup import _origins, source_origin

HOSTILE = ['<script>alert("x")</script>', "=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)",
           "tab\there", "line\nbreak", "carriage\rreturn", 'quote " and \\ backslash',
           "удар по Харкову", "emoji 🙂", "\u2028 separator", "'already guarded", ""]
SOURCES = ["https://news.example/a", "UCDP:1", "acled:UKR9", "telegram:1/2", "https://news.example/b",
           "Channel ACLED digest"]


def varied_events(n: int, seed: int = 3, carriage_return: bool = True):
    """n events with every kind of value: nulls, lists, unicode, hostile text, near duplicates."""
    rng = np.random.default_rng(seed)
    hostile = HOSTILE if carriage_return else [h for h in HOSTILE if "\r" not in h]
    records = []
    for i in range(n):
        text = hostile[i % len(hostile)]
        records.append(EventRecord(
            event_id=f"e{i:03d}", date=None if i % 11 == 0 else f"2025-07-{1 + i % 5:02d}",
            date_precision="unknown" if i % 11 == 0 else ("day", "week", "month")[i % 3],
            attack_types=(("drone",), ("missile", "drone"), ("glide_bomb",))[i % 3],
            place=text or None, query=text, lat=48.7 + rng.integers(0, 3) * 0.01, lon=37.5,
            geonameid=704508 if i % 4 == 0 else None, country_code="UA" if i % 2 else None,
            admin1=("Donetsk Oblast", None)[i % 2], killed=None if i % 3 else int(rng.integers(0, 5)),
            injured=int(rng.integers(0, 9)) if i % 5 else None, source=SOURCES[i % len(SOURCES)],
            excerpt=text, confidence=float(rng.random()), front_km=None if i % 7 else 1.5,
            side=(None, "free", "occupied")[i % 3]))
    return records_to_frame(records)


def stored(tmp_path, events, batches: int, name: str = "store") -> EventStore:
    store = EventStore(tmp_path / name)
    parts = np.array_split(np.arange(len(events)), batches)
    store.ingest_batches((events.iloc[p].reset_index(drop=True) for p in parts), label="t")
    return store


def marks(store: EventStore) -> list[tuple]:
    with sqlite3.connect(store.file) as con:
        return con.execute("SELECT event_id, duplicate_of FROM events ORDER BY rowid").fetchall()


def test_many_batches_mark_the_duplicates_one_batch_marks(tmp_path):
    events = varied_events(120)
    one = stored(tmp_path, events, 1, "one")
    many = stored(tmp_path, events, 9, "many")
    assert sum(d is not None for _, d in marks(one)) > 10
    assert marks(many) == marks(one)
    # and on top of a store that already held events (checked against them in SQL)
    more = varied_events(80, seed=4)
    more["event_id"] = [f"m{i:03d}" for i in range(len(more))]
    for store, batches in ((one, 1), (many, 7)):
        parts = np.array_split(np.arange(len(more)), batches)
        store.ingest_batches((more.iloc[p].reset_index(drop=True) for p in parts), label="more")
    assert marks(many) == marks(one)
    assert many.ingest(events, label="again").added == 0


@pytest.mark.parametrize("merged", [True, False])
def test_chunks_read_what_read_reads(tmp_path, merged):
    store = stored(tmp_path, varied_events(60), 4)
    whole = store.read(merged=merged)
    chunks = list(store.read_chunks(merged=merged, rows=7))
    assert len(chunks) == -(-len(whole) // 7)
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), whole)


@pytest.mark.parametrize("carriage_return", [True, False])
def test_summary_says_what_the_frame_says(tmp_path, carriage_return):
    store = stored(tmp_path, varied_events(40, carriage_return=carriage_return), 2)
    for merged in (True, False):
        assert store.summary(merged=merged) == summarize([store.read(merged=merged)])
    assert store.summary()["ucdp"] and store.summary()["acled"]


@pytest.mark.parametrize("carriage_return", [True, False])
def test_chunked_exports_are_byte_for_byte_the_whole_frame_exports(tmp_path, carriage_return):
    store = stored(tmp_path, varied_events(50, carriage_return=carriage_return), 3)
    events = store.read()
    stream = EventStream(lambda: store.read_chunks(rows=6), store.summary())
    for write in (write_geojson, write_csv):
        old, new = io.BytesIO(), io.BytesIO()
        assert write(events, old) == write(stream, new) == len(events)
        assert new.getvalue() == old.getvalue()


def test_chunked_geopackage_reads_back_as_the_whole_frame_one(tmp_path):
    import pyogrio

    store = stored(tmp_path, varied_events(30), 2)
    whole, chunked = tmp_path / "whole.gpkg", tmp_path / "chunked.gpkg"
    write_gpkg(store.read(), whole)
    stream = EventStream(lambda: store.read_chunks(rows=4), store.summary())
    assert write_gpkg(stream, chunked) == len(store.read()) > 4
    pd.testing.assert_frame_equal(pyogrio.read_dataframe(chunked), pyogrio.read_dataframe(whole))
    assert pyogrio.read_info(chunked)["layer_metadata"] == pyogrio.read_info(whole)["layer_metadata"]


def test_an_empty_stream_writes_an_empty_file(tmp_path):
    store = EventStore(tmp_path / "none")
    stream = EventStream(lambda: store.read_chunks(), store.summary())
    empty = store.read()
    for write in (write_geojson, write_csv):
        old, new = io.BytesIO(), io.BytesIO()
        write(empty, old), write(stream, new)
        assert new.getvalue() == old.getvalue()


def test_source_origins_in_pyarrow_are_the_rules_origins():
    values = ["https://a.example/x", " ucdp:1 ", "UCDP:5", "acled:UKR1", "telegram:1/2",
              "Telegram:3/4", "x:", "x:/", "x:/a", "x://a", "1x:a", "a b:c", "http:/x", "", None,
              "a.b-c_d:1", "ünï:x", "\tacled:3\n", "x:\n//", "\u00a0acled:1\u2003", "\x1cacled:1"]
    assert list(_origins(values)) == [source_origin(v) if v is not None else "" for v in values]
