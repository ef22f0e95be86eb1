"""First run: ``make run`` as on a fresh clone after ``make setup``, until the map shows (issue 24).

A fresh clone after ``make setup`` has its venv and map assets (this checkout's are used)
and no demo store; ``make setup`` has also built the gazetteer's index into the cache
(``make cache``). This script gives ``make run`` an empty store folder and an empty cache
folder (``$STRIKEMAP_CACHE``), runs ``make cache`` (timed: part of setup), then times
``make run`` from its start until the dashboard answers and until its map is visible in
headless Chromium (offline). With ``--cold`` it also times ``make run`` with no index
built at all (what the first run cost before ``make setup`` built it).

Goal: the map within 20 s of ``make run``.

    .venv/bin/python benchmarks/bench_first_run.py [--cold]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from common import PROJECT
from tests.browser_support import _stop_group, free_port, map_frame, offline_browser, wait_healthy

GOAL_S = 20.0


def make_cache(cache: Path) -> float:
    """``make cache`` into ``cache``: seconds."""
    start = time.perf_counter()
    subprocess.run(["make", "--no-print-directory", "cache"], cwd=PROJECT, check=True,
                   env={**os.environ, "STRIKEMAP_CACHE": str(cache)}, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def make_run(store: Path, cache: Path) -> tuple[float, float]:
    """``make run`` with a new store: (seconds until the page answers, until the map shows)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    start = time.perf_counter()
    process = subprocess.Popen(["make", "--no-print-directory", "run", f"STORE={store}", f"PORT={port}"],
                               cwd=PROJECT, env={**os.environ, "STRIKEMAP_CACHE": str(cache)},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        wait_healthy(url, process, timeout=300)
        answered = time.perf_counter() - start
        with offline_browser() as (page, _outside):
            page.goto(url)
            map_frame(page, timeout_ms=180_000)
            shown = time.perf_counter() - start
            shots = Path("/tmp/i24-shots")
            shots.mkdir(exist_ok=True)
            page.screenshot(path=str(shots / f"first_run_{int(shown)}s.png"))
    finally:
        _stop_group(process)
    return answered, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold", action="store_true",
                        help="also time make run with no gazetteer index built")
    args = parser.parse_args()
    print(f"load: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
    work = Path(tempfile.mkdtemp(prefix="bench_first_run_"))
    try:
        if args.cold:
            answered, shown = make_run(work / "cold-data", work / "cold-cache")
            print(f"make run, no index built:      page answers {answered:5.1f} s, "
                  f"map visible {shown:5.1f} s")
        setup_s = make_cache(work / "cache")
        print(f"make cache (part of make setup): {setup_s:5.1f} s")
        answered, shown = make_run(work / "data", work / "cache")
        verdict = "ok" if shown <= GOAL_S else "OVER the goal"
        print(f"make run after make setup:     page answers {answered:5.1f} s, "
              f"map visible {shown:5.1f} s (goal <= {GOAL_S:.0f} s: {verdict})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
