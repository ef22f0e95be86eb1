"""One module per ``strikemap`` subcommand; see :mod:`geo.cli`.

What they use: every stage below them (sources, extraction, geocoding, the store, frontline,
maps, exports); nothing imports them but :mod:`geo.cli`, which loads them by name.
"""
from __future__ import annotations

import argparse

GAZETTEER_HELP = ("a GeoNames country dump (UA.txt, UA.zip or UA.txt.xz) and/or an "
                  "OpenStreetMap settlements .csv; repeat to combine; 'cities500' for the "
                  "embedded world cities alone (default $STRIKEMAP_GAZETTEER, else the "
                  "bundled GeoNames dump for Ukraine with cities500 for the rest of the world)")


def add_gazetteer_option(parser: argparse.ArgumentParser) -> None:
    """The ``--gazetteer PATH`` option (repeatable) that every geocoding command takes."""
    parser.add_argument("--gazetteer", metavar="PATH", action="append", default=None,
                        help=GAZETTEER_HELP)
