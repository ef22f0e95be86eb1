"""Aggregating 10 million events through the dask path on this machine (issue 8).

Generates a month-partitioned GeoParquet export of N synthetic events in a
temporary folder (chunk by chunk, vectorised with pyarrow: never N Python
objects), starts a local dask.distributed cluster (2 worker processes, 1
thread each, loopback only), runs the aggregations of geo.scale on it, and
prints for each: wall time and peak memory (resident set, summed over the
client and the worker processes, sampled every 50 ms). A single-machine
reference on the first 1M events is printed for comparison.

    .venv/bin/python benchmarks/bench_dask.py [N_EVENTS] [--workers 2]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

import common  # noqa: F401  (the project folder on sys.path)
from geo.aggregate import aggregate
from geo.scale import aggregate_partitioned
from geo.scale_parquet import FORMAT_NAME, FORMAT_VERSION, MARKER_FILE, PARTITION_COLUMN
from geo.schema import ATTACK_TYPES, EVENT_COLUMNS, STORAGE_CRS

MONTHS = 24
PARTS_PER_MONTH = 2
BYS = ["month", "oblast", ("oblast", "month"), "day", "h3", ("h3", "week")]
OBLASTS = np.array(["Donetsk Oblast", "Kharkiv Oblast", "Zaporizhzhia Oblast", "Kherson Oblast",
                    "Dnipropetrovsk Oblast", "Sumy Oblast", "Kyiv", "Odesa Oblast"])


def geo_metadata() -> bytes:
    """The GeoParquet 'geo' schema metadata geopandas writes for an events file."""
    import geopandas as gpd

    probe = gpd.GeoDataFrame({"x": [0]}, geometry=gpd.points_from_xy([0.0], [0.0]), crs=STORAGE_CRS)
    with tempfile.TemporaryDirectory() as tmp:
        probe.to_parquet(Path(tmp) / "p.parquet")
        import pyarrow.parquet as pq

        return pq.read_schema(Path(tmp) / "p.parquet").metadata[b"geo"]


def wkb_points(lon: np.ndarray, lat: np.ndarray):
    """A pyarrow binary array of little-endian WKB points, built without Python objects."""
    import pyarrow as pa

    n = len(lon)
    raw = np.empty((n, 21), dtype=np.uint8)
    raw[:, 0] = 1
    raw[:, 1:5] = np.frombuffer(np.array([1], dtype="<u4").tobytes(), dtype=np.uint8)
    raw[:, 5:13] = lon.astype("<f8").view(np.uint8).reshape(n, 8)
    raw[:, 13:21] = lat.astype("<f8").view(np.uint8).reshape(n, 8)
    offsets = pa.array(np.arange(0, 21 * (n + 1), 21, dtype=np.int32))
    return pa.BinaryArray.from_buffers(pa.binary(), n, [None, offsets.buffers()[1],
                                                        pa.py_buffer(raw.tobytes())])


def chunk_table(n: int, month_start, rng: np.random.Generator, first_id: int, geo: bytes):
    """n events dated within one month, as a pyarrow table with the schema's columns."""
    import pandas as pd
    import pyarrow as pa

    days = month_start + pd.to_timedelta(rng.integers(0, 28, n), unit="D")
    n_types = rng.integers(1, 3, n)
    offsets = np.concatenate([[0], np.cumsum(n_types)]).astype(np.int32)
    flat = np.array(ATTACK_TYPES, dtype=object)[rng.integers(0, len(ATTACK_TYPES) - 1, offsets[-1])]
    types = pa.ListArray.from_arrays(pa.array(offsets), pa.array(flat, type=pa.string()))
    killed = rng.poisson(0.3, n)
    columns = {name: pa.nulls(n, type=pa.string()) for name, kind in EVENT_COLUMNS.items() if kind == "str"}
    columns.update({name: pa.nulls(n, type=pa.int64()) for name, kind in EVENT_COLUMNS.items()
                    if kind == "Int64"})
    columns.update({name: pa.nulls(n, type=pa.float64()) for name, kind in EVENT_COLUMNS.items()
                    if kind == "float"})
    columns.update({
        "event_id": pa.array(np.char.add("b", np.arange(first_id, first_id + n).astype(str))),
        "date": pa.array(days.strftime("%Y-%m-%d").to_numpy(dtype=object), type=pa.string()),
        "date_precision": pa.array(np.full(n, "day", dtype=object), type=pa.string()),
        "attack_types": types, "sources": pa.ListArray.from_arrays(
            pa.array(np.arange(n + 1, dtype=np.int32)), pa.array(np.full(n, "benchmark", dtype=object))),
        "place": pa.array(np.full(n, "Synthetic", dtype=object), type=pa.string()),
        "admin1": pa.array(OBLASTS[rng.integers(0, len(OBLASTS), n)].astype(object), type=pa.string()),
        "geo_precision": pa.array(np.full(n, "settlement", dtype=object), type=pa.string()),
        "source": pa.array(np.full(n, "benchmark", dtype=object), type=pa.string()),
        "killed": pa.array(np.where(killed > 0, killed, 0), mask=rng.random(n) < 0.5),
        "injured": pa.array(rng.poisson(0.8, n)),
        "confidence": pa.array(np.ones(n)),
        "geometry": wkb_points(rng.uniform(30.0, 40.0, n), rng.uniform(46.0, 51.5, n)),
    })
    table = pa.table({name: columns[name] for name in [*EVENT_COLUMNS, "geometry"]})
    return table.replace_schema_metadata({b"geo": geo})


def generate(folder: Path, n: int, seed: int = 11) -> None:
    """A partitioned export of n events over MONTHS months, written chunk by chunk."""
    import pandas as pd
    import pyarrow.parquet as pq

    rng = np.random.default_rng(seed)
    geo = geo_metadata()
    per_part = -(-n // (MONTHS * PARTS_PER_MONTH))
    written, partitions = 0, {}
    for m in range(MONTHS):
        start = pd.Timestamp("2024-01-01") + pd.DateOffset(months=m)
        month = start.strftime("%Y-%m")
        directory = folder / f"{PARTITION_COLUMN}={month}"
        directory.mkdir(parents=True)
        for p in range(PARTS_PER_MONTH):
            rows = min(per_part, n - written)
            if rows <= 0:
                break
            pq.write_table(chunk_table(rows, start, rng, written, geo), directory / f"part-{p:05d}.parquet",
                           compression="zstd")
            written += rows
            partitions[month] = p + 1
    (folder / MARKER_FILE).write_text(json.dumps({
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "crs": STORAGE_CRS,
        "partition_column": PARTITION_COLUMN, "rows": written, "partitions": partitions}))


class PeakMemory:
    """Peak of the summed resident memory of some processes (and their children), sampled."""

    def __init__(self, pids: list[int], interval: float = 0.05) -> None:
        import psutil

        self.processes = [psutil.Process(pid) for pid in pids]
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _total(self) -> int:
        import psutil

        total = 0
        for process in self.processes:
            for each in [process, *process.children(recursive=True)]:
                try:
                    total += each.memory_info().rss
                except psutil.Error:
                    pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._total())
            time.sleep(self.interval)

    def __enter__(self) -> PeakMemory:
        self.peak = self._total()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._total())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    from distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory(prefix="strikemap-bench-dask-") as tmp:
        folder = Path(tmp) / "events.parquet"
        start = time.perf_counter()
        generate(folder, args.n)
        size = sum(f.stat().st_size for f in folder.rglob("*.parquet"))
        print(f"generated {args.n:,} events: {len(list(folder.rglob('*.parquet')))} GeoParquet parts, "
              f"{size / 1e6:.0f} MB, {time.perf_counter() - start:.1f} s")
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None, host="127.0.0.1", memory_limit="4GiB",
                          silence_logs=40) as cluster, Client(cluster) as client:
            client.wait_for_workers(args.workers)
            print(f"cluster: {args.workers} worker processes x 1 thread, {os.cpu_count()} cores")
            print(f"{'group by':<24}{'groups':>10}{'time s':>9}{'events/s':>13}{'peak MB':>10}")
            for by in BYS:
                with PeakMemory([os.getpid()]) as memory:
                    t0 = time.perf_counter()
                    table = aggregate_partitioned(folder, by, client=client)
                    elapsed = time.perf_counter() - t0
                assert int(table["events"].sum()) == args.n
                print(f"{str(by):<24}{len(table):>10,}{elapsed:>9.2f}{args.n / elapsed:>13,.0f}"
                      f"{memory.peak / 2**20:>10,.0f}")
        single_machine_reference(folder, min(args.n, 1_000_000))
    return 0


def single_machine_reference(folder: Path, n: int) -> None:
    """The in-process path on n events, for scale."""
    import geopandas as gpd

    parts = sorted(folder.rglob("*.parquet"))
    frames, rows = [], 0
    for part in parts:
        frame = gpd.read_parquet(part)
        frames.append(frame)
        rows += len(frame)
        if rows >= n:
            break
    import pandas as pd

    events = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True).head(n), crs=STORAGE_CRS)
    print(f"single machine, one process, {len(events):,} events in memory:")
    for by in ("oblast", "h3"):
        t0 = time.perf_counter()
        aggregate(events, by)
        print(f"  {by:<10} {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
