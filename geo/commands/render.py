"""``strikemap render -o map.png [filters] [--store DIR]``: a PNG of a view, to publish.

Takes the filters of ``strikemap export`` (``--from``, ``--to``, ``--type``, ``--bbox``,
``--oblast``, ``--source``) and draws the events with the built-in basemap, the frontline
layer in force on the last date (from ``<store>/frontline``), a legend, the credits and the
date range (:func:`geo.render.render_png`). ``--bbox`` also sets the area drawn.
"""
from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``render`` subcommand."""
    parser = subparsers.add_parser(
        "render", help="draw stored events (filtered) as a PNG map",
        description="Draw the filtered events on the offline basemap with the frontline in "
                    "force, a legend, credits and the date range, as a PNG.")
    parser.add_argument("-o", "--output", metavar="FILE.png", required=True, help="PNG file to write")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", default=None)
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", default=None)
    parser.add_argument("--type", dest="types", action="append", default=[], metavar="TYPE")
    parser.add_argument("--bbox", metavar="W,S,E,N", default=None,
                        help="bounding box in degrees (lon/lat): the events kept and the area drawn")
    parser.add_argument("--oblast", dest="oblasts", action="append", default=[], metavar="NAME")
    parser.add_argument("--source", dest="sources", action="append", default=[], metavar="SOURCE")
    parser.add_argument("--labels", choices=("en", "uk", "none"), default="en",
                        help="settlement labels in English (default), Ukrainian, or none")
    parser.add_argument("--width", type=int, default=1600, help="width in pixels")
    parser.add_argument("--height", type=int, default=1200, help="height in pixels")
    parser.add_argument("--store", metavar="DIR", default=None,
                        help="store folder (default $STRIKEMAP_STORE, else data/ of the project)")
    from geo.commands.export import add_review_options
    add_review_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Filter the store and draw the PNG; 0 on success."""
    from geo.commands.export import filtered_events
    from geo.errors import InputError
    from geo.filters import parse_bbox
    from geo.frontline import frontline_dir
    from geo.render import render_png

    if not 100 <= args.width <= 8000 or not 100 <= args.height <= 8000:
        raise InputError("--width and --height must be between 100 and 8000 pixels", field="width")
    store, events = filtered_events(args)
    frontline = None
    folder = frontline_dir(store.folder)
    if folder.is_dir() and any(folder.iterdir()):
        from geo.frontline import FrontlineSet
        from geo.frontline.contact import default_outline

        end = args.date_to or (str(events["date"].dropna().max()) if events["date"].notna().any()
                               else None)
        if end:
            frontline = FrontlineSet.from_folder(folder, outline=default_outline(store.folder)
                                                 ).layer_for(end)
    render_png(events, frontline=frontline, date_from=args.date_from, date_to=args.date_to,
               bbox=parse_bbox(args.bbox) if args.bbox else None,
               labels=None if args.labels == "none" else args.labels,
               size_px=(args.width, args.height), output=args.output)
    print(f"{len(events)} event(s) drawn to {args.output}", file=sys.stderr)
    return 0
