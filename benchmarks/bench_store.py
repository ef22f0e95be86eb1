"""Store benchmark: a million synthetic events through ingest, export and aggregation.

Prints, for ``--rows`` events (default 1,000,000) written as a generic CSV in a
temporary folder:

* ``strikemap ingest`` of the CSV (a fresh process: wall time, peak RSS),
  and the same ingest again (idempotent: nothing added);
* ``strikemap export`` to GeoJSON (and, with ``--all-formats``, CSV and
  GeoPackage), each a fresh process: wall time, peak RSS, file size;
* reading the store into a GeoDataFrame, and the H3 (res 7) x day aggregation
  of all events (in memory), timed separately.

Targets (issue 5): ingest <= 60 s, GeoJSON export <= 30 s, each < 4 GB peak;
H3 x day aggregation <= 5 s. Run: ``.venv/bin/python benchmarks/bench_store.py``.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from common import PROJECT
TYPES = ["drone", "missile", "shelling", "glide bomb", "KAB", "artillery", "drone; missile",
         "ground_assault", "airstrike", "Shahed"]
OUTLETS = ["https://kyivindependent.example", "https://ukrinform.example", "https://suspilne.example",
           "https://pravda.example"]


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A generic CSV of ``rows`` events over Ukraine, 2022-02-24 onwards, four outlets."""
    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2022-02-24") + pd.to_timedelta(rng.integers(0, 1000, rows), unit="D")
    killed = rng.integers(0, 6, rows).astype(object)
    killed[rng.random(rows) < 0.3] = ""
    outlet = rng.integers(0, len(OUTLETS), rows)
    frame = pd.DataFrame({
        "date": days.strftime("%Y-%m-%d"),
        "latitude": rng.uniform(44.5, 52.3, rows).round(5),
        "longitude": rng.uniform(22.2, 40.2, rows).round(5),
        "attack_type": rng.choice(TYPES, rows),
        "killed": killed, "injured": rng.integers(0, 12, rows),
        "source": [f"{OUTLETS[o]}/news/{i}" for i, o in enumerate(outlet)],
        "notes": [f"Report {i}: a strike was reported, with \"quotes\" and a comma" for i in range(rows)],
    })
    frame.to_csv(path, index=False)


def run_cli(*args: str) -> tuple[float, float, str]:
    """Run ``python -m geo ARGS`` in a fresh process: (seconds, peak RSS in MB, stdout)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "geo", *args], cwd=PROJECT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    out, err = process.stdout.read(), process.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"strikemap {' '.join(args)} failed: {err.strip()}")
    return seconds, usage.ru_maxrss / 1024, out.strip()


def in_memory_figures(store_dir: Path) -> tuple[float, float, int, int]:
    """(read seconds, H3 x day seconds, events, groups), in this process."""
    from geo.aggregate import aggregate
    from geo.store import EventStore

    start = time.perf_counter()
    events = EventStore(store_dir).read()
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    table = aggregate(events, ("h3", "day"), h3_resolution=7)
    return read_s, time.perf_counter() - start, len(events), len(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--all-formats", action="store_true", help="also time CSV and GeoPackage export")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_store_"))
    work.mkdir(parents=True, exist_ok=True)
    csv_path, store = work / "events.csv", work / "store"
    start = time.perf_counter()
    write_csv(csv_path, args.rows)
    print(f"rows: {args.rows:,}  (CSV {csv_path.stat().st_size / 1e6:.0f} MB, written in "
          f"{time.perf_counter() - start:.1f} s)")
    seconds, rss, out = run_cli("ingest", str(csv_path), "--store", str(store))
    print(f"ingest CSV            {seconds:6.1f} s  peak RSS {rss:6.0f} MB   [{out.split(': ', 1)[1]}]")
    seconds, rss, out = run_cli("ingest", str(csv_path), "--store", str(store))
    print(f"ingest again          {seconds:6.1f} s  peak RSS {rss:6.0f} MB   [{out.split(': ', 1)[1]}]")
    formats = ["geojson", "csv", "gpkg"] if args.all_formats else ["geojson"]
    for fmt in formats:
        target = work / f"export.{fmt}"
        seconds, rss, _ = run_cli("export", "--store", str(store), "-o", str(target))
        print(f"export {fmt:<8}       {seconds:6.1f} s  peak RSS {rss:6.0f} MB   "
              f"[{target.stat().st_size / 1e6:.0f} MB]")
    read_s, agg_s, n, groups = in_memory_figures(store)
    print(f"read store            {read_s:6.1f} s  ({n:,} events after merging duplicates)")
    print(f"H3 res 7 x day        {agg_s:6.1f} s  ({groups:,} groups)")
    if not args.keep:
        import shutil
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
