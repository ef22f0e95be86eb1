"""``strikemap gazetteer download UA`` and ``strikemap gazetteer info``.

``download`` fetches a GeoNames country dump (online: the user asked for it by
running the command; ``$STRIKEMAP_OFFLINE=1`` forbids it) into the cache
folder and checks that it reads. ``info`` prints what the gazetteer holds and
where its index is cached (building it when needed).
"""
from __future__ import annotations

import argparse
import json

from geo.commands import add_gazetteer_option


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``gazetteer`` subcommand and its actions."""
    parser = subparsers.add_parser("gazetteer", help="download or inspect the gazetteer",
                                   description="Manage the offline gazetteer.")
    actions = parser.add_subparsers(dest="action", required=True)
    down = actions.add_parser("download", help="fetch a GeoNames country dump (online)",
                              description="Download https://download.geonames.org/export/"
                                          "dump/<CC>.zip into the cache folder.")
    down.add_argument("country", metavar="CC", help="ISO country code, e.g. UA")
    down.add_argument("--dest", metavar="DIR", default=None,
                      help="folder to save into (default: <cache dir>/geonames)")
    down.add_argument("--url", default=None, help="download from this URL instead")
    down.set_defaults(func=run)
    info = actions.add_parser("info", help="what the gazetteer holds (JSON)")
    add_gazetteer_option(info)
    info.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``download`` or ``info``."""
    if args.action == "download":
        from geo.gazetteer_download import download_dump

        path = download_dump(args.country, dest=args.dest, url=args.url)
        print(f"saved {path}; use it with --gazetteer {path} "
              f"or STRIKEMAP_GAZETTEER={path}")
        return 0
    from geo.gazetteer import load_gazetteer, resolve_source
    from geo.gazetteer_build import FEATURES
    from geo.gazetteer_cache import cache_path

    from geo.commands.geocode import announce_build

    announce_build(args.gazetteer)
    gazetteer = load_gazetteer(args.gazetteer)
    data = gazetteer.data
    features = {name: int((data.feature == i).sum())
                for i, name in enumerate(FEATURES)}
    print(json.dumps({"source": data.source, "entries": len(data), "names": len(data.index),
                      "features": features, "max_name_words": data.max_name_words,
                      "cache": str(cache_path(resolve_source(args.gazetteer)))},
                     ensure_ascii=False))
    return 0
