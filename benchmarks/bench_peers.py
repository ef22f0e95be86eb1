"""strikemap against the plain tools, on the same million events, in one run (issue 24).

Writes the generic CSV of :mod:`bench_store` (``--rows`` events, default 1,000,000) and
runs each step in a fresh process, printing its wall time and peak RSS:

* ``strikemap ingest`` of the CSV, against the plain peer: pandas ``read_csv``, a
  geopandas point column, pyogrio's GeoPackage write (``use_arrow=True``);
* ``strikemap export --format geojson`` against pyogrio ``to_file(..., driver="GeoJSON",
  use_arrow=True)``, the peer reading the CSV itself (as we read the store);
* ``--format csv`` against pandas ``to_csv`` of that frame (after its own CSV read);
* ``--format gpkg`` against pyogrio's GeoPackage write (after its own CSV read).

Then the ratios (ours / peer: at most 1.5 for ingest, 1.0 for the exports) of wall time,
and of CPU time (user + system: less disturbed when other work shares the cores), and the
load (``uptime``): the machine is shared, so absolute times vary and ratios are what count.
``--repeat N`` keeps the best of N runs. The peers' write-only times are printed too
(``write``), for reference.

    .venv/bin/python benchmarks/bench_peers.py [--rows N] [--repeat N] [--keep DIR]
                                               [--only ingest,geojson,...]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench_store import write_csv
from common import PROJECT

STEPS = ("ingest", "geojson", "csv", "gpkg")
GOALS = {"ingest": 1.5, "geojson": 1.0, "csv": 1.0, "gpkg": 1.0}


REPEAT = 1


@dataclass
class Run:
    """One measured process: wall seconds, CPU seconds (user + system), peak RSS (MB), stdout."""

    seconds: float
    cpu: float
    rss: float
    out: str


def timed(*commands: list[str]) -> Run:
    """Run each command (or the one command :data:`REPEAT` times) in a fresh process: the
    best wall and CPU seconds, the highest peak RSS. The best of a few runs is the least
    disturbed by other work on a shared machine."""
    runs = [_timed_once(c) for c in (commands if len(commands) > 1 else commands * REPEAT)]
    return Run(min(r.seconds for r in runs), min(r.cpu for r in runs), max(r.rss for r in runs),
               runs[0].out)


def _timed_once(command: list[str]) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:6])} failed: {err.strip()[-800:]}")
    return Run(seconds, _stderr_figure(err, "cpu-seconds"), _stderr_figure(err, "peak-rss-kb") / 1024,
               out.strip())


def _stderr_figure(stderr: str, name: str) -> float:
    """A figure the ``--measure`` wrapper printed on stderr (``NAME value``)."""
    for line in reversed(stderr.splitlines()):
        if line.startswith(name + " "):
            return float(line.split()[1])
    return float("nan")


def wrapped(*command: str) -> list[str]:
    """``command`` run through this script's ``--measure`` wrapper (it prints the child's peak RSS)."""
    return [sys.executable, __file__, "--measure", "--", *command]


def measure(command: list[str]) -> int:
    """Run ``command``, pass its output through, and print its peak RSS on stderr."""
    process = subprocess.Popen(command, cwd=PROJECT)
    _, status, usage = os.wait4(process.pid, 0)
    print(f"peak-rss-kb {usage.ru_maxrss}", file=sys.stderr)
    print(f"cpu-seconds {usage.ru_utime + usage.ru_stime:.3f}", file=sys.stderr)
    return os.waitstatus_to_exitcode(status)


# --- the peers -------------------------------------------------------------------------------

def _peer_frame(csv_path: str):
    """pandas read_csv + a geopandas point column: the plain way to read the events."""
    import geopandas as gpd
    import pandas as pd

    frame = pd.read_csv(csv_path)
    geometry = gpd.points_from_xy(frame.pop("longitude"), frame.pop("latitude"), crs="EPSG:4326")
    return gpd.GeoDataFrame(frame, geometry=geometry)


def peer(kind: str, csv_path: str, target: str) -> None:
    """One plain peer in this process; prints its write-only seconds."""
    import pyogrio

    frame = _peer_frame(csv_path)
    start = time.perf_counter()
    if kind == "csv":
        frame.assign(latitude=frame.geometry.y, longitude=frame.geometry.x) \
            .drop(columns="geometry").to_csv(target, index=False)
    else:
        driver = {"geojson": "GeoJSON", "gpkg": "GPKG", "ingest": "GPKG"}[kind]
        pyogrio.write_dataframe(frame, target, driver=driver, use_arrow=True)
    print(f"write {time.perf_counter() - start:.2f}")


# --- the run ---------------------------------------------------------------------------------

def load() -> str:
    """``uptime``'s load averages."""
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "load: %.2f %.2f %.2f" % os.getloadavg()


def run(rows: int, work: Path, steps: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """Every step, ours then the peer's; the (wall, CPU) ratios by step."""
    csv_path, store = work / "events.csv", work / "store"
    start = time.perf_counter()
    write_csv(csv_path, rows)
    print(f"rows: {rows:,}, best of {REPEAT} run(s) each  (CSV {csv_path.stat().st_size / 1e6:.0f} MB, "
          f"written in {time.perf_counter() - start:.1f} s)")
    print(f"load before: {load()}")
    ratios: dict[str, tuple[float, float]] = {}
    geo = [sys.executable, "-m", "geo"]
    stores = [store, *(work / f"store{i}" for i in range(1, REPEAT))]   # a new store each run
    ours = timed(*(wrapped(*geo, "ingest", str(csv_path), "--store", str(s)) for s in stores))
    for extra in stores[1:]:
        shutil.rmtree(extra, ignore_errors=True)
    report("strikemap ingest", ours, ours.out.split(": ", 1)[-1])
    if "ingest" in steps:
        theirs = timed(wrapped(sys.executable, __file__, "--peer", "ingest", str(csv_path),
                               str(work / "peer_ingest.gpkg")))
        report("peer: read_csv+points+gpkg", theirs, theirs.out)
        ratios["ingest"] = ratio("ingest", ours, theirs)
    for fmt in steps:
        if fmt == "ingest":
            continue
        target, peer_target = work / f"ours.{fmt}", work / f"peer.{fmt}"
        ours = timed(wrapped(*geo, "export", "--store", str(store), "--format", fmt, "-o", str(target)))
        report(f"strikemap export {fmt}", ours, f"{target.stat().st_size / 1e6:.0f} MB")
        theirs = timed(wrapped(sys.executable, __file__, "--peer", fmt, str(csv_path), str(peer_target)))
        report(f"peer {fmt}", theirs, f"{peer_target.stat().st_size / 1e6:.0f} MB, {theirs.out}")
        ratios[fmt] = ratio(fmt, ours, theirs)
        target.unlink()
        peer_target.unlink()
    print(f"load after: {load()}")
    print("ratios (ours / peer), wall time: " + ", ".join(
        f"{k} {v[0]:.2f}x (goal <= {GOALS[k]}x)" for k, v in ratios.items()))
    print("ratios (ours / peer), CPU time:  " + ", ".join(f"{k} {v[1]:.2f}x" for k, v in ratios.items()))
    return ratios


def report(what: str, result: Run, note: str) -> None:
    print(f"{what:<30} {result.seconds:7.1f} s (CPU {result.cpu:6.1f} s)   peak RSS "
          f"{result.rss:6.0f} MB   [{note}]", flush=True)


def ratio(step: str, ours: Run, theirs: Run) -> tuple[float, float]:
    wall, cpu = ours.seconds / theirs.seconds, ours.cpu / theirs.cpu
    verdict = "ok" if wall <= GOALS[step] else "SLOWER than the goal"
    memory = "ok" if ours.rss < 1024 else "OVER 1 GB"
    print(f"  -> {step}: {wall:.2f}x the peer's wall time (goal <= {GOALS[step]}x: {verdict}), "
          f"{cpu:.2f}x its CPU time; our peak memory {memory}", flush=True)
    return wall, cpu


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        raise SystemExit(measure(sys.argv[3:]))
    if len(sys.argv) > 1 and sys.argv[1] == "--peer":
        peer(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="run every step N times and keep the best time (a shared machine)")
    parser.add_argument("--only", default=",".join(STEPS),
                        help=f"comma-separated steps among {', '.join(STEPS)} (ingest always runs)")
    args = parser.parse_args()
    global REPEAT
    REPEAT = max(1, args.repeat)
    steps = tuple(s for s in args.only.split(",") if s)
    unknown = set(steps) - set(STEPS)
    if unknown:
        parser.error(f"unknown step(s): {', '.join(sorted(unknown))}")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_peers_"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        run(args.rows, work, steps)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
