"""``strikemap fetch-feed URL... [--store DIR] [--tz ZONE] [--workers N]`` (online, opt-in).

Downloads each RSS/Atom feed (refused when ``$STRIKEMAP_OFFLINE`` is set), reads
every item as a report (:mod:`geo.sources.rss`) and ingests it like
``strikemap ingest feed.xml``: each feed in one transaction, one output line per
feed. An item's source is its link, so fetching the same feed again adds nothing.
All feeds are downloaded and checked before anything is stored.
"""
from __future__ import annotations

import argparse

from geo.commands import add_gazetteer_option


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``fetch-feed`` subcommand."""
    parser = subparsers.add_parser(
        "fetch-feed", help="download RSS/Atom feeds and ingest their items (online)",
        description="Download RSS/Atom feeds and add their items' events to the store. Online: "
                    "refused when STRIKEMAP_OFFLINE is set. Fetching a feed again adds nothing.")
    parser.add_argument("urls", nargs="+", metavar="URL", help="http(s) URL of an RSS or Atom feed")
    parser.add_argument("--store", metavar="DIR", default=None,
                        help="store folder (default $STRIKEMAP_STORE, else data/ of the project)")
    parser.add_argument("--tz", metavar="ZONE", default=None,
                        help="time zone the items are dated in (default Europe/Kyiv)")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="processes extracting the items (default: the CPUs available)")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="S",
                        help="seconds to wait for each feed (default 30)")
    add_gazetteer_option(parser)
    parser.add_argument("--no-frontline", action="store_true",
                        help="do not rank namesakes by the store's frontline layers")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Fetch and check every feed, then ingest each; 0 on success."""
    from geo.commands.ingest import _geocoder, _store_frontlines, ingest_reports, result_line
    from geo.errors import InputError
    from geo.sources import ReportSource
    from geo.sources.rss_fetch import check_feed_url, fetch_feed
    from geo.store import EventStore, default_store_dir

    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers must be 1 or more, not {args.workers}", field="workers")
    urls = [check_feed_url(url) for url in args.urls]
    sources = []
    for url in urls:
        source = ReportSource(url, "rss", tz=args.tz, data=fetch_feed(url, timeout=args.timeout))
        sources.append((source, source.check()))
    folder = args.store or default_store_dir()
    store = EventStore(folder)
    geocoder = _geocoder(args.gazetteer, None if args.no_frontline else _store_frontlines(folder))
    for source, total in sources:
        result, skipped = ingest_reports(store, source.label, source, total, geocoder=geocoder,
                                         workers=args.workers)
        print(result_line(source.label, result, skipped))
    return 0
