"""``strikemap ingest FILE... [--format F] [--published D] [--store DIR] [--gazetteer PATH]``.

Names to geocode are ranked by the store's frontline layers (``<store>/frontline``),
the layer in force on each report's or row's date; ``--no-frontline`` turns that off.

Reads every file first (reports, ACLED, UCDP, generic CSV or GeoJSON; see
:func:`geo.sources.read_source`), so one bad file stops the command before
anything is written; then ingests each file in its own transaction and prints
one line per file: events added, skipped (already stored) and merged
(duplicates of an event from another source). A bad row exits with status 2
and a one-line message naming the file, line and field; the store is unchanged.
"""
from __future__ import annotations

import argparse
import os
import sys

from geo.commands import add_gazetteer_option
from geo.sources.detect import FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``ingest`` subcommand."""
    parser = subparsers.add_parser(
        "ingest", help="add events from reports or feeds to the store",
        description="Add events to the store, all or nothing per file. Ingesting the same file "
                    "again adds nothing.")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="report (.txt), ACLED/UCDP/generic CSV or GeoJSON file")
    parser.add_argument("--format", choices=FORMATS, default="auto",
                        help="input format (default: recognised from the content)")
    parser.add_argument("--published", metavar="YYYY-MM-DD", default=None,
                        help="publication date of text reports (overrides X.txt.meta.json)")
    parser.add_argument("--store", metavar="DIR", default=None,
                        help="store folder (default $STRIKEMAP_STORE, else data/ of the project)")
    add_gazetteer_option(parser)
    parser.add_argument("--no-frontline", action="store_true",
                        help="do not rank a name's namesakes by the store's frontline layers "
                             "(by default the layer in force on each report's or row's date)")
    parser.add_argument("--no-dedup", action="store_true",
                        help="do not merge duplicates across sources (see docs/store.md)")
    parser.add_argument("--dedup-km", type=float, default=5.0, metavar="KM",
                        help="largest distance between two reports of one event (default 5)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read all files, then ingest them; 0 on success."""
    from geo.store.dedup import DedupRule
    from geo.errors import InputError
    from geo.sources import read_source
    from geo.store import EventStore, default_store_dir

    if not args.dedup_km > 0:
        raise InputError(f"--dedup-km must be positive, not {args.dedup_km}", field="dedup-km")
    rule = False if args.no_dedup else DedupRule(km=args.dedup_km)
    folder = args.store or default_store_dir()
    store = EventStore(folder, dedup=rule)
    geocoder = _geocoder(args.gazetteer, None if args.no_frontline else _store_frontlines(folder))
    batches = [(name, read_source(name, format=args.format, published=args.published,
                                  geocoder=geocoder)) for name in args.files]
    for name, events in batches:
        _warn_unresolved(name, events)
        result = store.ingest(events, label=name)
        merged = f", {result.merged} merged with events from other sources" if result.merged else ""
        print(f"{name}: {result.added} added, {result.skipped} already stored{merged}")
    return 0


def _store_frontlines(store: str | os.PathLike):
    """The frontline layers in ``<store>/frontline`` (a FrontlineSet), or None when none."""
    from geo.commands.geocode import frontline_layers
    from geo.frontline import frontline_dir

    folder = frontline_dir(store)
    return frontline_layers(folder) if folder.is_dir() else None


def _geocoder(gazetteer: list[str] | None, frontline):
    """An offline geocoder on ``--gazetteer`` ranking by ``frontline``; None (neither given)
    lets the readers build the default lazily."""
    if gazetteer is None and frontline is None:
        return None
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    return OfflineGeocoder(load_gazetteer(gazetteer), frontline=frontline)


def _warn_unresolved(name: str, events) -> None:
    unresolved = list(getattr(events, "attrs", {}).get("unresolved") or [])
    if unresolved:
        shown = ", ".join(str(u.get("query", u)) if isinstance(u, dict) else str(u)
                          for u in unresolved[:5])
        more = f" and {len(unresolved) - 5} more" if len(unresolved) > 5 else ""
        print(f"strikemap: warning: {name}: {len(unresolved)} attack location(s) not placed "
              f"(unresolved): {shown}{more}", file=sys.stderr)
