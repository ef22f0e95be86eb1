"""Crash safety: ``strikemap ingest`` killed with SIGKILL at random points never leaves part of a file.

Each trial starts from a store that already holds a small file's events, runs
``python -m geo ingest big.csv --store DIR`` (100,000 generated events) in a
subprocess and SIGKILLs it, either after a random delay (anywhere from start-up
to the end of the run) or the moment its write-ahead log has grown past a
random fraction of its full size (that is, in the middle of writing the
transaction out). Afterwards the store must open, pass SQLite's integrity
check, still hold the small file, and hold either all 100,000 events of the big
file (with its ingest record) or none of them. A final ingest of the same file
into a crashed store completes it.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from geo.store import EventStore

pytestmark = pytest.mark.slow

BIG = 100_000
SMALL = 10
SEED = 20250722
TIME_TRIALS = 4
WAL_TRIALS = 3


def write_events_csv(path: Path, n: int, prefix: str, seed: int) -> list[str]:
    """n generic-CSV events with explicit ids (vectorised); returns the ids."""
    rng = np.random.default_rng(seed)
    ids = [f"{prefix}{i:06d}" for i in range(n)]
    days = (pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D"))
    pd.DataFrame({
        "event_id": ids, "date": days.strftime("%Y-%m-%d"),
        "latitude": rng.uniform(44.5, 52.3, n).round(5), "longitude": rng.uniform(22.2, 40.1, n).round(5),
        "attack_type": rng.choice(["drone", "missile", "artillery", "glide_bomb"], n),
        "killed": rng.integers(0, 5, n), "source": f"{prefix}-feed", "notes": "generated for the crash test",
    }).to_csv(path, index=False)
    return ids


def ingest_command(csv: Path, store: Path) -> list[str]:
    return [sys.executable, "-m", "geo", "ingest", str(csv), "--format", "csv", "--store", str(store)]


@dataclass
class Files:
    big: Path
    big_ids: frozenset[str]
    small: Path
    small_ids: frozenset[str]
    template: Path          # a store holding only the small file


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Files:
    root = tmp_path_factory.mktemp("crash")
    big, small = root / "big.csv", root / "small.csv"
    big_ids = write_events_csv(big, BIG, "big", 1)
    small_ids = write_events_csv(small, SMALL, "small", 2)
    template = root / "template"
    done = subprocess.run(ingest_command(small, template), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return Files(big, frozenset(big_ids), small, frozenset(small_ids), template)


def fresh_store(files: Files, where: Path) -> Path:
    shutil.copytree(files.template, where)
    return where


def stored_ids(store: Path) -> set[str]:
    with sqlite3.connect(store / "events.sqlite") as con:
        return {row[0] for row in con.execute("SELECT event_id FROM events")}


def check_all_or_nothing(store: Path, files: Files) -> str:
    """The store after a crash: intact, the small file kept, the big one all or none. Returns which."""
    with sqlite3.connect(store / "events.sqlite") as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        labels = [row[0] for row in con.execute("SELECT label FROM ingests ORDER BY id")]
    ids = stored_ids(store)
    assert files.small_ids <= ids, "events of an earlier ingest were lost"
    big_stored = ids & files.big_ids
    assert EventStore(store).count(merged=False) == len(ids)
    if not big_stored:
        assert labels == [str(files.small)]
        return "none"
    assert big_stored == files.big_ids, f"partial ingest: {len(big_stored)} of {BIG} events stored"
    assert labels == [str(files.small), str(files.big)]
    return "all"


def wal_size(store: Path) -> int:
    try:
        return (store / "events.sqlite-wal").stat().st_size
    except FileNotFoundError:
        return 0


def run_until(command: list[str], *, kill_after: float | None = None, store: Path | None = None,
              wal_bytes: int | None = None, limit: float = 120.0) -> tuple[int, float, int]:
    """Run ``command``; SIGKILL it after ``kill_after`` s or once the store's WAL reaches ``wal_bytes``.

    Returns (exit status, seconds run, the largest WAL size seen).
    """
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    biggest = 0
    try:
        while process.poll() is None:
            elapsed = time.monotonic() - start
            if store is not None:
                biggest = max(biggest, wal_size(store))
            if (kill_after is not None and elapsed >= kill_after) or \
                    (wal_bytes is not None and biggest >= wal_bytes):
                process.send_signal(signal.SIGKILL)
                break
            assert elapsed < limit, "ingest did not finish"
            time.sleep(0.001)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()
    return process.returncode, time.monotonic() - start, biggest


def test_sigkill_at_random_points_leaves_all_or_nothing(files: Files, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    baseline = fresh_store(files, tmp_path / "baseline")
    status, full_time, full_wal = run_until(ingest_command(files.big, baseline), store=baseline)
    assert status == 0 and full_wal > 0
    assert check_all_or_nothing(baseline, files) == "all"          # the uninterrupted run
    outcomes: list[tuple[str, str, int]] = []
    for trial in range(TIME_TRIALS + WAL_TRIALS):
        store = fresh_store(files, tmp_path / f"trial{trial}")
        if trial < TIME_TRIALS:
            point = f"after {rng.uniform(0.02, 1.1) * full_time:.2f} s"
            status, _, _ = run_until(ingest_command(files.big, store), store=store,
                                     kill_after=float(point.split()[1]))
        else:
            threshold = int(rng.uniform(0.05, 0.95) * full_wal)
            point = f"at WAL {threshold:,} B"
            status, _, seen = run_until(ingest_command(files.big, store), store=store,
                                        wal_bytes=threshold)
            assert status == -signal.SIGKILL, "the WAL-triggered kill must land while writing"
        outcomes.append((point, check_all_or_nothing(store, files), status))
    print("\n".join(f"kill {p}: {o} (exit {s})" for p, o, s in outcomes))
    killed = [o for _, o, s in outcomes if s == -signal.SIGKILL]
    assert len(killed) >= WAL_TRIALS
    assert "none" in killed, "no kill landed before the commit: the trials tested nothing"


def test_an_ingest_after_a_crash_completes_the_file(files: Files, tmp_path: Path) -> None:
    store = fresh_store(files, tmp_path / "store")
    baseline_wal = 1
    status, _, _ = run_until(ingest_command(files.big, store), store=store, wal_bytes=baseline_wal)
    assert status == -signal.SIGKILL
    check_all_or_nothing(store, files)
    done = subprocess.run(ingest_command(files.big, store), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert check_all_or_nothing(store, files) == "all"
    assert EventStore(store).count(merged=False) == BIG + SMALL
    assert not (store / "events.sqlite-journal").exists()
    assert os.access(store / "events.sqlite", os.R_OK)
