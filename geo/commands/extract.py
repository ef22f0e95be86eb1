"""``strikemap extract FILE... [--published D] [--gazetteer PATH]``: reports to GeoJSON.

Prints one RFC 7946 FeatureCollection of the events found in the reports
(lon, lat; no ``crs`` member; lists as arrays, nulls as null) and touches no
store. Attack locations that could not be placed are never points: they are
listed in a top-level ``"unresolved"`` member and as warnings on stderr.
``FILE`` may be ``-`` (stdin; source id ``stdin``). The publication date is
``--published`` when given, else the report's ``.meta.json`` sidecar's, else
its dateline (a first line that is only a date).
"""
from __future__ import annotations

import argparse
import sys

from geo.commands import add_gazetteer_option


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``extract`` subcommand."""
    parser = subparsers.add_parser(
        "extract", help="extract events from reports (GeoJSON on stdout)",
        description="Extract attack events from plain-text reports (English, Ukrainian, "
                    "Russian) and print them as a GeoJSON FeatureCollection. Nothing is "
                    "stored.")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="report files (UTF-8 text), or '-' for stdin")
    parser.add_argument("--published", metavar="YYYY-MM-DD", default=None,
                        help="publication date (overrides the X.txt.meta.json sidecar "
                             "and a dateline on the report's first line); relative dates "
                             "resolve against it")
    add_gazetteer_option(parser)
    parser.set_defaults(func=run)


def _reports(args: argparse.Namespace):
    from geo.sources.text import Report, publication_day, read_report

    for name in args.files:
        if name == "-":
            text = sys.stdin.read()
            yield Report(text, "stdin", publication_day(text, args.published))
        else:
            yield read_report(name, published=args.published)


def run(args: argparse.Namespace) -> int:
    """Extract and print; 0 on success (StrikemapError -> exit 2 via the CLI)."""
    import json

    from geo.export import to_geojson_bytes
    from geo.extract import Extractor
    from geo.extract.dates import parse_published
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder
    from geo.schema import records_to_frame

    parse_published(args.published)            # a bad date fails before any work
    extractor = Extractor(OfflineGeocoder(load_gazetteer(args.gazetteer)))
    events, unresolved = [], []
    for report in _reports(args):
        result = extractor.extract(report.text, source=report.source,
                                   published=report.published)
        events.extend(result.events)
        for place in result.unresolved:
            unresolved.append(place.to_json())
            print(f"strikemap: warning: {report.source}: {place.query!r} not placed "
                  f"({place.reason})", file=sys.stderr)
    document = json.loads(to_geojson_bytes(records_to_frame(events)))
    document["unresolved"] = unresolved
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=None))
    sys.stdout.write("\n")
    sys.stdout.flush()
    return 0
