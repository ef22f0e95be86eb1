"""``strikemap export [filters] [--format geojson|csv|gpkg|parquet] [-o FILE] [--store DIR]``.

Filters (all optional, combined with AND): ``--from``/``--to`` (inclusive, on the
event date), ``--type`` (repeatable or comma-separated; any match; synonyms such
as "shelling" are understood), ``--bbox W,S,E,N``, ``--oblast`` (repeatable),
``--source`` (repeatable). GeoJSON and CSV go to stdout without ``-o``; a
GeoPackage needs ``-o``; ``parquet`` writes a folder ``-o DIR`` of GeoParquet
partitioned by month (``date_month=YYYY-MM``) for the dask path (:mod:`geo.scale`).
The same :class:`geo.filters.EventFilter` drives the dashboard, so a download
equals the view.
"""
from __future__ import annotations

import argparse
import sys

FORMATS: tuple[str, ...] = ("geojson", "csv", "gpkg", "parquet")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser(
        "export", help="write stored events as GeoJSON, CSV or GeoPackage",
        description="Export stored events (filtered) as RFC 7946 GeoJSON, CSV with "
                    "latitude/longitude, or GeoPackage.")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", default=None,
                        help="first event date (inclusive)")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", default=None,
                        help="last event date (inclusive)")
    parser.add_argument("--type", dest="types", action="append", default=[], metavar="TYPE",
                        help="attack type (repeatable; any match)")
    parser.add_argument("--bbox", metavar="W,S,E,N", default=None,
                        help="bounding box in degrees (lon/lat)")
    parser.add_argument("--oblast", dest="oblasts", action="append", default=[], metavar="NAME",
                        help="oblast/region (admin1) name (repeatable)")
    parser.add_argument("--source", dest="sources", action="append", default=[], metavar="SOURCE",
                        help="source id or URL (repeatable)")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="output format (default: from -o's suffix, else geojson)")
    parser.add_argument("-o", "--output", metavar="FILE", default=None,
                        help="output file (default: stdout for geojson/csv)")
    parser.add_argument("--store", metavar="DIR", default=None,
                        help="store folder (default $STRIKEMAP_STORE, else data/ of the project)")
    parser.add_argument("--no-dedup", action="store_true",
                        help="export every stored row, without merging duplicates across sources")
    add_review_options(parser)
    parser.set_defaults(func=run)


def add_review_options(parser: argparse.ArgumentParser) -> None:
    """``--status`` (repeatable) and ``--include-rejected``: rejected events are left out
    unless asked for (docs/review.md)."""
    from geo.schema import REVIEW_STATUSES

    parser.add_argument("--status", dest="statuses", action="append", default=[],
                        choices=REVIEW_STATUSES, metavar="STATUS",
                        help=f"review status ({', '.join(REVIEW_STATUSES)}; repeatable)")
    parser.add_argument("--include-rejected", action="store_true",
                        help="also export the events a reviewer rejected (left out by default)")


def run(args: argparse.Namespace) -> int:
    """Filter the store and write the events; 0 on success."""
    from geo.errors import InputError
    from geo.export import format_from_path, write_csv, write_events, write_geojson

    fmt = args.format or format_from_path(args.output)
    if fmt == "gpkg" and not args.output:
        raise InputError("a GeoPackage needs an output file: add -o FILE.gpkg", field="output")
    if fmt == "parquet" and not args.output:
        raise InputError("GeoParquet partitioned by month needs an output folder: add -o DIR",
                         field="output")
    if fmt == "parquet":                     # a folder for the dask path (docs/scale.md)
        from geo.scale_parquet import write_partitioned_parquet

        store, events = filtered_events(args, merged=not args.no_dedup)
        write_partitioned_parquet(events, args.output)
        print(f"{len(events)} event(s) written to {args.output} (GeoParquet partitioned by month)",
              file=sys.stderr)
        return 0
    events = event_stream(args, merged=not args.no_dedup)
    if args.output:                          # events come validated from the store
        count = write_events(events, args.output, fmt, validate=False)
        print(f"{count} event(s) written to {args.output}", file=sys.stderr)
    elif fmt == "geojson":
        write_geojson(events, sys.stdout.buffer, validate=False)
        sys.stdout.buffer.flush()
    else:
        write_csv(events, sys.stdout.buffer, validate=False)
        sys.stdout.buffer.flush()
    return 0


def event_stream(args: argparse.Namespace, merged: bool = True):
    """The events :func:`filtered_events` gives, as an :class:`geo.export.EventStream` read
    from the store a chunk at a time (each measured against the store's frontline layers,
    then filtered): an export of any size in bounded memory. Without filters the metadata
    come from one query; with filters from a first pass over the chunks (a CSV has none).

    Raises
    ------
    InputError
        A bad filter value, or no event store in the folder.
    """
    from geo.export import EventStream, format_from_path, summarize
    from geo.frontline.annotate import annotate_front, measured_any, store_frontlines

    store, flt, rejected = _store_and_filter(args)
    csv = (args.format or format_from_path(args.output)) == "csv"   # no metadata to summarise
    frontlines = store_frontlines(store.folder)

    def chunks(measure: bool = True):
        for events in store.read_chunks(merged=merged, rejected=rejected):
            if frontlines is not None and len(events) and (measure or _measured_filter(flt)):
                events = annotate_front(events, frontlines)
            yield events if flt.is_empty() else _filtered(events, flt)

    if flt.is_empty():
        summary = None if csv else store.summary(merged=merged, rejected=rejected)
        if frontlines is not None:
            if summary is not None:
                dates = store.distinct_dates(merged=merged, rejected=rejected)
                summary["front"] = bool(summary["events"]) and measured_any(dates, frontlines)
            return EventStream(chunks, summary)
        return EventStream(                      # nothing to measure: straight from SQLite
            chunks, summary, features=lambda: store.feature_texts(merged=merged, rejected=rejected),
            tables=lambda: store.arrow_chunks(merged=merged, rejected=rejected))
    if csv:
        return EventStream(chunks, None)
    seen: set = set()

    def first_pass():                          # the summary, and the dates for front_km
        for events in chunks(measure=False):
            seen.update(events["date"].dropna().tolist())
            yield events

    summary = summarize(first_pass())
    if frontlines is not None:
        summary["front"] = measured_any(seen, frontlines)
    return EventStream(chunks, summary)


def _measured_filter(flt) -> bool:
    """Whether the filter reads ``front_km`` or ``side`` (so it must see them measured)."""
    return flt.front_km_max is not None or bool(flt.sides)


def _filtered(events, flt):
    from geo.filters import apply_filter

    return apply_filter(events, flt)


def filtered_events(args: argparse.Namespace, merged: bool = True):
    """The store the arguments name and its events that pass the export filters
    (``--from``, ``--to``, ``--type``, ``--bbox``, ``--oblast``, ``--source``, ``--status``),
    with ``front_km`` and ``side`` from the store's frontline layers (as in the dashboard);
    rejected events only with ``--include-rejected`` or ``--status rejected``.

    Raises
    ------
    InputError
        A bad filter value, or no event store in the folder.
    """
    from geo.filters import apply_filter
    from geo.frontline.annotate import annotate_from_store

    store, flt, rejected = _store_and_filter(args)
    # front_km and side from the store's frontline layers, as the dashboard shows them
    events = annotate_from_store(store.read(merged=merged, rejected=rejected), store.folder)
    return store, apply_filter(events, flt)


def _store_and_filter(args: argparse.Namespace):
    """The store the arguments name (it must exist), their :class:`geo.filters.EventFilter`,
    and whether rejected events are read."""
    from geo.errors import InputError
    from geo.filters import EventFilter
    from geo.store import EventStore, default_store_dir

    statuses = tuple(getattr(args, "statuses", None) or ())
    flt = EventFilter(date_from=args.date_from, date_to=args.date_to,
                      types=tuple(parse_types(args.types)), bbox=args.bbox,
                      oblasts=tuple(args.oblasts), sources=tuple(args.sources),
                      review_statuses=statuses)
    store = EventStore(args.store or default_store_dir())
    if not store.file.exists():
        raise InputError("no event store here (run strikemap ingest first)", file=str(store.folder))
    rejected = bool(getattr(args, "include_rejected", False)) or "rejected" in statuses
    return store, flt, rejected


def parse_types(values: list[str]) -> list[str]:
    """``--type`` values (repeatable, comma-separated, synonyms) -> taxonomy types."""
    from geo.errors import InputError
    from geo.schema import ATTACK_TYPES
    from geo.sources.generic_fields import ATTACK_TYPE_SYNONYMS, attack_type_key

    out: list[str] = []
    for value in values:
        for word in (w.strip() for w in value.split(",")):
            if not word:
                continue
            kind = ATTACK_TYPE_SYNONYMS.get(attack_type_key(word))
            if kind is None:
                raise InputError(f"attack type {word!r} is not in the taxonomy; allowed: "
                                 f"{', '.join(ATTACK_TYPES)}", field="type")
            out.append(kind)
    return list(dict.fromkeys(out))


