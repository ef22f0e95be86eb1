"""Readers during an ingest see the store before or after it, never in between; writers queue up.

A ``strikemap ingest`` of 30,000 events runs in a subprocess while this process
keeps reading the same store (``count``, the ids in one snapshot, and full
``read()``s): every observation must be the old state or the new one.
"""
from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from geo.store import EventStore
from tests.store.test_crash_safety import ingest_command, write_events_csv

pytestmark = pytest.mark.slow

N_NEW = 30_000
N_OLD = 25


@pytest.fixture(scope="module")
def feeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("feeds")
    paths = {name: root / f"{name}.csv" for name in ("old", "new", "other")}
    write_events_csv(paths["old"], N_OLD, "old", 3)
    write_events_csv(paths["new"], N_NEW, "new", 4)
    write_events_csv(paths["other"], N_NEW, "other", 5)
    return paths


def ingest(csv: Path, store: Path) -> None:
    done = subprocess.run(ingest_command(csv, store), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr


def test_readers_see_the_old_or_the_new_state(feeds: dict[str, Path], tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    ingest(feeds["old"], store_dir)
    store = EventStore(store_dir, dedup=False)
    old, new = N_OLD, N_OLD + N_NEW
    counts: list[int] = []
    frames: list[int] = []
    writer = subprocess.Popen(ingest_command(feeds["new"], store_dir), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 180
        while writer.poll() is None and time.monotonic() < deadline:
            counts.append(store.count())
            if len(counts) % 25 == 0:
                frame = store.read()
                frames.append(len(frame))
                assert frame["event_id"].is_unique
                prefixes = set(frame["event_id"].str[:3])
                assert prefixes in ({"old"}, {"old", "new"})
        assert writer.wait(timeout=60) == 0, writer.stderr.read() if writer.stderr else ""
    finally:
        if writer.poll() is None:
            writer.kill()
        if writer.stderr:
            writer.stderr.close()
    counts.append(store.count())
    frames.append(len(store.read()))
    assert set(counts) <= {old, new}, sorted(set(counts) - {old, new})
    assert set(frames) <= {old, new}
    assert counts[-1] == new and frames[-1] == new
    assert len(counts) > 5, "the readers did not overlap the ingest"


def test_two_concurrent_ingests_both_land(feeds: dict[str, Path], tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    ingest(feeds["old"], store_dir)
    writers = [subprocess.Popen(ingest_command(feeds[name], store_dir), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True) for name in ("new", "other")]
    try:
        for writer in writers:
            assert writer.wait(timeout=180) == 0, writer.stderr.read() if writer.stderr else ""
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
            if writer.stderr:
                writer.stderr.close()
    store = EventStore(store_dir, dedup=False)
    assert store.count() == N_OLD + 2 * N_NEW
    assert len(store.history()) == 3
