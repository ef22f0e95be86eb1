"""Extraction on real reports: event F1, casualty figures right and dates right, by language.

Run: ``.venv/bin/python benchmarks/bench_real_reports.py [--corpus FILE] [--gazetteer PATH] [-v]``

Scores the pipeline, in process, on the labelled development corpus
(``../shared/data/reports/real_dev.json``) with the default gazetteer (the bundled GeoNames
dump for Ukraine) and with ``cities500`` alone (or only ``--gazetteer``), by the matching rules of
:mod:`geo.extract.corpus_score` (the same as ``../shared/tools/score_reports.py``). ``-v``
prints every miss. Prints the seconds per corpus too; the speed figure of record is
``bench_extract.py``'s reports per second on one core.
"""
from __future__ import annotations

import argparse
import time

from common import SHARED_DATA


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(SHARED_DATA / "reports" / "real_dev.json"))
    parser.add_argument("--gazetteer", default=None, help="only this gazetteer (default: both)")
    parser.add_argument("-v", action="store_true", help="print every miss")
    args = parser.parse_args()

    from geo.extract import Extractor
    from geo.extract.corpus_score import OblastShapes, load_corpus, score_corpus
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    docs = load_corpus(args.corpus)
    oblasts = OblastShapes(SHARED_DATA / "boundaries" / "geoBoundaries-UKR-ADM1_simplified.geojson")
    runs = [args.gazetteer] if args.gazetteer else [None, "cities500"]
    for path in runs:
        gazetteer = load_gazetteer(path)
        extractor = Extractor(OfflineGeocoder(gazetteer))
        start = time.perf_counter()
        scores = score_corpus(docs, lambda text, published: extractor.extract(
            text, source="corpus", published=published).events, oblasts, by=lambda d: d["lang"])
        elapsed = time.perf_counter() - start
        print(f"{args.corpus}: {len(docs)} reports, gazetteer {gazetteer.source} "
              f"({elapsed:.1f} s)")
        for group, s in scores.items():
            print(f"  {group:>4}: {s.line()}")
        if args.v:
            for miss in scores["all"].misses:
                print("    ", miss)


if __name__ == "__main__":
    main()
