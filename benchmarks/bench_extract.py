"""Extraction figures: accuracy on the report test set and reports per second on one core.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--reports N] [--dataset DIR]``

Prints:

* event F1 (precision, recall), casualty figures exact, dates right, attack
  types right and counts exact on ``tests/data/reports`` (or ``--dataset``, any
  folder in the same format, e.g. a held-out set);
* seed-sized reports per second on one core (the process is pinned to one CPU;
  CPU time, best of three rounds). The gazetteer load is timed separately and
  not counted per report; the extractor's caches are warm after the first
  report, as in a real ingest;
* on the shared UCDP files, when present: how often the places read from the
  real headlines lie within 30 km of UCDP's own point, and the readers' rows
  per second.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from common import PROJECT, SHARED_DATA

SEED = PROJECT / "seeds" / "000_4825203abfaed6e4.txt"
DATASET = PROJECT / "tests" / "data" / "reports"
UCDP = SHARED_DATA / "events"


def _pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def accuracy(extractor, dataset: Path) -> None:
    from geo.extract.evaluate import load_cases, score_cases

    cases = load_cases(dataset)
    start = time.perf_counter()
    scores = score_cases(cases, lambda text, **kw: extractor.extract(text, **kw).events)
    elapsed = time.perf_counter() - start
    s = scores.summary()
    print(f"dataset {dataset} ({s['reports']} reports, {elapsed:.2f} s)")
    print(f"  event F1            {s['f1']:.3f}  (precision {s['precision']:.3f}, "
          f"recall {s['recall']:.3f}; tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    print(f"  casualties exact    {s['casualties_exact']:.3f}")
    print(f"  dates right         {s['dates_right']:.3f}")
    print(f"  attack types right  {s['types_right']:.3f}")
    print(f"  counts exact        {s['counts_exact']:.3f}")
    for mistake in scores.mistakes[:20]:
        print(f"    - {mistake}")


def throughput(extractor, n: int) -> None:
    text = SEED.read_text(encoding="utf-8")
    extractor.extract(text, source="warm-up", published="2025-07-22")
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for i in range(n):
            extractor.extract(text, source=f"seed-{i}", published="2025-07-22")
        best = min(best, (time.process_time() - start) / n)
    print(f"seed-sized reports ({len(text)} chars): {1 / best:.0f} reports/s on one core "
          f"({best * 1000:.2f} ms CPU per report, best of 3 x {n})")


def headlines(extractor) -> None:
    from geo.extract.evaluate import headline_agreement

    for path in sorted(UCDP.glob("ucdp_*.csv")):
        result = headline_agreement(path, lambda text, **kw: extractor.extract(text, **kw).events)
        print(f"UCDP headlines {path.name}: {result['with_events']} of {result['headlines']} "
              f"give a settlement; {result['agreement']:.3f} within 30 km of UCDP's point")


def ucdp_readers() -> None:
    from geo.sources.ucdp import read_ucdp

    for path in sorted(UCDP.glob("ucdp_*.csv")):
        start = time.perf_counter()
        events = read_ucdp(path)
        elapsed = time.perf_counter() - start
        print(f"UCDP {path.name}: {len(events)} rows in {elapsed:.2f} s "
              f"({len(events) / elapsed:.0f} rows/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200, help="reports per timing round")
    parser.add_argument("--dataset", type=Path, default=DATASET)
    args = parser.parse_args()
    print(_pin_one_core())
    start = time.perf_counter()
    from geo.extract import Extractor
    extractor = Extractor()
    print(f"gazetteer + geocoder load: {time.perf_counter() - start:.2f} s (not per report)")
    accuracy(extractor, args.dataset)
    throughput(extractor, args.reports)
    if UCDP.is_dir():
        headlines(extractor)
        ucdp_readers()


if __name__ == "__main__":
    main()
