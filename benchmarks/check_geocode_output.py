"""Write the geocoder's answers to files, to check that a change alters none of them.

Run from the project folder::

    .venv/bin/python benchmarks/check_geocode_output.py OUT_PREFIX [--names 100000]
        [--dump ../shared/data/gazetteer/UA.txt] [--compare OTHER_PREFIX]

For the embedded gazetteer and (when present) the full GeoNames dump it writes:

* ``OUT_PREFIX_cli_<label>.jsonl``: the bytes ``strikemap geocode -`` prints for the
  benchmark's names (:func:`bench_geocode.benchmark_names`);
* ``OUT_PREFIX_places_<label>.txt``: ``repr`` of every :class:`~geo.model.Place`
  (alternatives and exact float scores included) for each distinct benchmark name;
* ``OUT_PREFIX_labelled_<label>.txt``: ``repr`` of each labelled query's outcome
  (``geo.geocoding.evaluate.run``), without and with the oldest frontline layer.

With ``--compare`` it then reports which files differ from ``OTHER_PREFIX``'s.
"""
from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
from pathlib import Path

from bench_geocode import LABELLED, benchmark_names, frontline_geometry
from common import PROJECT, SHARED_DATA
from geo.gazetteer import load_gazetteer
from geo.geocoding import evaluate as ev
from geo.geocoding.resolver import Resolver


def write_cli(path: Path, names: list[str], args: list[str]) -> None:
    """The CLI's stdout for ``names`` (one per line), as bytes."""
    result = subprocess.run([sys.executable, "-m", "geo", "geocode", *args, "-"],
                            input=("\n".join(names) + "\n").encode("utf-8"),
                            capture_output=True, cwd=PROJECT, check=True)
    path.write_bytes(result.stdout)


def write_places(path: Path, names: list[str], dump: Path | None) -> None:
    """``repr`` of each distinct name's Place, in first-seen order."""
    resolver = Resolver(load_gazetteer(dump))
    with open(path, "w", encoding="utf-8") as out:
        for name in dict.fromkeys(names):
            out.write(repr(resolver.resolve(name)) + "\n")


def write_labelled(path: Path, dump: Path | None) -> None:
    """``repr`` of each labelled outcome, without and with a frontline."""
    items = ev.read_labelled(LABELLED)
    front, _ = frontline_geometry()
    with open(path, "w", encoding="utf-8") as out:
        for frontline in (None, front):
            resolver = Resolver(load_gazetteer(dump), frontline=frontline)
            for outcome in ev.run(resolver.resolve, items):
                out.write(repr(outcome) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefix")
    default_dump = SHARED_DATA / "gazetteer" / "UA.txt"
    parser.add_argument("--dump", type=Path,
                        default=default_dump if default_dump.exists() else None)
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--compare", metavar="OTHER_PREFIX", default=None)
    args = parser.parse_args()
    runs = [("embedded", None, [])]
    if args.dump:
        runs.append(("dump", args.dump, ["--gazetteer", str(args.dump)]))
    written = []
    for label, dump, cli_args in runs:
        names = benchmark_names(args.names, dump)
        files = [Path(f"{args.prefix}_{kind}_{label}.{ext}") for kind, ext in
                 (("cli", "jsonl"), ("places", "txt"), ("labelled", "txt"))]
        write_cli(files[0], names, cli_args)
        write_places(files[1], names, dump)
        write_labelled(files[2], dump)
        written += files
    for file in written:
        print(f"wrote {file} ({file.stat().st_size:,} bytes)")
    if args.compare:
        differ = 0
        for file in written:
            other = Path(str(file).replace(args.prefix, args.compare, 1))
            same = other.exists() and filecmp.cmp(file, other, shallow=False)
            differ += not same
            print(f"{'same   ' if same else 'DIFFERS'} {file.name} vs {other.name}")
        raise SystemExit(1 if differ else 0)


if __name__ == "__main__":
    main()
