"""``strikemap gazetteer download UA``, ``download-osm``, ``info`` and ``warm``.

``download`` fetches a GeoNames country dump and ``download-osm`` OpenStreetMap
settlements from Overpass (online: the user asked for it by running the
command; ``$STRIKEMAP_OFFLINE=1`` forbids it) into the cache folder, and check
that the file reads. ``info`` prints what the gazetteer holds and
where its index is cached (building it when needed); ``warm`` only builds the index
when it is not cached (``make setup`` runs it, so the first ``make run`` does not wait).
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
    osm = actions.add_parser("download-osm",
                             help="fetch OpenStreetMap settlements from Overpass (online)",
                             description="Query the Overpass API for the settlements "
                                         "(place=city|town|village|hamlet) of Ukraine's "
                                         "regions and save them as a table for --gazetteer.")
    osm.add_argument("--oblast", action="append", metavar="ISO", dest="oblasts",
                     help="a region's ISO 3166-2 code, e.g. UA-14 (repeatable; default: all)")
    osm.add_argument("--dest", metavar="DIR", default=None,
                     help="folder to save into (default: <cache dir>/osm)")
    osm.add_argument("--url", default=None, help="Overpass interpreter URL to query instead")
    osm.set_defaults(func=run)
    info = actions.add_parser("info", help="what the gazetteer holds (JSON)")
    add_gazetteer_option(info)
    info.set_defaults(func=run)
    warm = actions.add_parser("warm", help="build the gazetteer's index into the cache "
                                           "unless it is there (make setup runs it)")
    add_gazetteer_option(warm)
    warm.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``download``, ``download-osm``, ``info`` or ``warm``."""
    if args.action == "download":
        from geo.gazetteer.download import download_dump

        from geo.gazetteer.bundled import refreshed_dump

        path = download_dump(args.country, dest=args.dest, url=args.url)
        if path.resolve() == refreshed_dump().resolve():
            print(f"saved {path}; the default gazetteer uses it from now on "
                  f"(in place of the bundled dump)")
        else:
            print(f"saved {path}; use it with --gazetteer {path} "
                  f"or STRIKEMAP_GAZETTEER={path}")
        return 0
    if args.action == "download-osm":
        from geo.gazetteer.osm_download import download_osm_settlements

        path, count = download_osm_settlements(args.oblasts, dest=args.dest, url=args.url)
        print(f"saved {path} ({count} named points); use it beside a GeoNames dump with "
              f"--gazetteer UA.txt --gazetteer {path}")
        return 0
    from geo.gazetteer import load_gazetteer, resolve_source
    from geo.gazetteer.build import FEATURES
    from geo.gazetteer.cache import cache_path

    from geo.commands.geocode import announce_build

    if args.action == "warm":
        path = cache_path(resolve_source(args.gazetteer))
        if not path.exists():
            announce_build(args.gazetteer)
            load_gazetteer(args.gazetteer)
        print(f"gazetteer index: {path}")
        return 0
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
