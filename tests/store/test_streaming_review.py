"""The streamed ingest and chunked export with the review work of store schema 2 (issue 24):
``strikemap export`` read a chunk at a time writes the very bytes the whole-frame export
writes (reviewed, rejected and duplicate rows, the store's frontline layer, every filter),
and a file ingested in many batches queues its unplaced names and keeps them out of the
duplicate check as one batch does."""
from __future__ import annotations

import argparse
import json
import sqlite3
from functools import partialmethod
from pathlib import Path

import numpy as np
import pyogrio
import pytest
from shapely.geometry import LineString, mapping

from geo.commands.export import event_stream, filtered_events
from geo.export import write_events
from geo.store import EventStore
from geo.store.event_store import EventStore as StoreClass
from geo.store.review import Decision, decide
from tests.store.test_streaming import stored, varied_events

N_EVENTS = 3_000
CHUNK_ROWS = 257
FRONT_DAY = "2025-07-03"


def _front_layer(store: Path) -> None:
    """A contact line near the events, in force from :data:`FRONT_DAY`."""
    folder = store / "frontline"
    folder.mkdir(parents=True, exist_ok=True)
    feature = {"type": "Feature", "properties": {"date": FRONT_DAY},
               "geometry": mapping(LineString([(37.4, 48.0), (37.8, 49.2)]))}
    (folder / f"front_{FRONT_DAY}.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")


@pytest.fixture(scope="module")
def reviewed_store(tmp_path_factory) -> Path:
    """A few thousand events in 5 batches, duplicates marked, with reviewers' decisions
    (confirmed, corrected, rejected) on some, statuses set in bulk on more."""
    folder = tmp_path_factory.mktemp("review")
    store = stored(folder, varied_events(N_EVENTS, seed=7), 5)
    with sqlite3.connect(store.file) as con:
        ids = [r[0] for r in con.execute("SELECT event_id FROM events ORDER BY rowid")]
        canonical = [r[0] for r in con.execute(
            "SELECT event_id FROM events WHERE duplicate_of IS NULL ORDER BY rowid")]
        assert con.execute("SELECT count(*) FROM events WHERE duplicate_of IS NOT NULL"
                           ).fetchone()[0] > 100
    for i, event_id in enumerate(canonical[:24]):
        decide(store, Decision(event_id, who="ana", confirm=i % 3 == 0, reject=i % 3 == 1,
                               killed=None if i % 3 != 2 else 7))
    rng = np.random.default_rng(5)
    with sqlite3.connect(store.file) as con:
        for status in ("confirmed", "corrected", "rejected"):
            chosen = rng.choice(ids, size=150, replace=False).tolist()
            con.executemany("UPDATE events SET review_status = ? WHERE event_id = ?",
                            [(status, event_id) for event_id in chosen])
    with sqlite3.connect(store.file) as con:           # all in the file, which tests copy
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store.folder


def _args(store: Path, output: Path, fmt: str, *extra: str) -> argparse.Namespace:
    from geo.cli import build_parser

    return build_parser().parse_args(["export", "--store", str(store), "--format", fmt,
                                      "-o", str(output), *extra])


FILTERS = [(), ("--include-rejected",), ("--status", "rejected"),
           ("--status", "confirmed", "--status", "corrected"), ("--from", "2025-07-02"),
           ("--to", "2025-07-03", "--type", "missile"), ("--oblast", "Donetsk Oblast"),
           ("--no-dedup", "--include-rejected"), ("--source", "UCDP:1", "--source", "acled:UKR9"),
           ("--bbox", "37,48.70,38,48.715")]


@pytest.mark.parametrize("front", [False, True], ids=["no-front", "front"])
@pytest.mark.parametrize("extra", FILTERS, ids=lambda e: " ".join(e) or "all")
def test_chunked_export_is_the_whole_frame_export(reviewed_store, tmp_path, monkeypatch,
                                                  front, extra):
    store = tmp_path / "store"
    store.mkdir()
    (store / "events.sqlite").write_bytes((reviewed_store / "events.sqlite").read_bytes())
    if front:
        _front_layer(store)
    monkeypatch.setattr(StoreClass, "read_chunks",
                        partialmethod(StoreClass.read_chunks, rows=CHUNK_ROWS))
    for fmt in ("geojson", "csv", "gpkg"):
        whole, chunked = tmp_path / f"whole.{fmt}", tmp_path / f"chunked.{fmt}"
        args = _args(store, chunked, fmt, *extra)
        merged = not args.no_dedup
        events = filtered_events(args, merged=merged)[1]
        assert write_events(events, whole, fmt, validate=False) == len(events)
        assert write_events(event_stream(args, merged=merged), chunked, fmt,
                            validate=False) == len(events)
        if fmt != "gpkg":
            assert chunked.read_bytes() == whole.read_bytes(), (fmt, extra)
            continue
        assert pyogrio.read_info(chunked)["layer_metadata"] == \
            pyogrio.read_info(whole)["layer_metadata"]
        old, new = pyogrio.read_dataframe(whole), pyogrio.read_dataframe(chunked)
        assert new.equals(old), extra
    if not extra:
        assert len(events) > 4 * CHUNK_ROWS
        assert events["review_status"].isin(["confirmed", "corrected"]).sum() > 100
        assert not events["review_status"].eq("rejected").any()
    if front and not extra:
        assert events["front_km"].notna().any()
        assert "front_km/side" in json.loads((tmp_path / "whole.geojson").read_text(
            encoding="utf-8"))["attribution"]


def test_the_front_line_in_the_metadata_only_when_a_layer_is_in_force(reviewed_store, tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    (store / "events.sqlite").write_bytes((reviewed_store / "events.sqlite").read_bytes())
    _front_layer(store)
    for extra, named in ((("--to", "2025-07-02"), False), (("--from", "2025-07-02"), True)):
        args = _args(store, tmp_path / "x.geojson", "geojson", *extra)
        events = filtered_events(args)[1]
        assert event_stream(args).summary["front"] is named
        assert bool(events["front_km"].notna().any()) is named


def test_unplaced_names_in_many_batches_are_queued_and_never_duplicates(tmp_path):
    events = varied_events(90, seed=11)
    pending = set(events["event_id"].iloc[::9])
    queue = {event_id: {"kind": "unresolved", "reason": "two namesakes", "candidates": []}
             for event_id in pending}
    stores = []
    for batches in (1, 6):
        parts = np.array_split(np.arange(len(events)), batches)
        frames = []
        for part in parts:
            frame = events.iloc[part].reset_index(drop=True)
            frame.attrs = {"review_queue": {k: v for k, v in queue.items()
                                            if k in set(frame["event_id"])}}
            frames.append(frame)
        store = EventStore(tmp_path / f"s{batches}")
        store.ingest_batches(iter(frames), label="t")
        stores.append(store)
    marks = []
    for store in stores:
        with sqlite3.connect(store.file) as con:
            marks.append(con.execute("SELECT event_id, duplicate_of FROM events ORDER BY rowid"
                                     ).fetchall())
            assert {r[0] for r in con.execute("SELECT event_id FROM review_queue")} == pending
    assert marks[0] == marks[1]
    assert not any(d in pending or (e in pending and d) for e, d in marks[1])
    assert sum(d is not None for _, d in marks[1]) > 10


def test_an_alias_counts_as_stored_in_a_streamed_ingest(tmp_path):
    events = varied_events(40, seed=2)
    store = EventStore(tmp_path / "s")
    store.ingest(events.iloc[:10], label="first")
    with sqlite3.connect(store.file) as con:
        con.execute("INSERT INTO aliases VALUES (?, ?)", (events["event_id"].iloc[20], "e000"))
    parts = np.array_split(np.arange(10, 40), 3)
    result = store.ingest_batches((events.iloc[p].reset_index(drop=True) for p in parts),
                                  label="more")
    assert (result.added, result.skipped) == (29, 1)
