"""One module per ``strikemap`` subcommand; see :mod:`geo.cli`."""
from __future__ import annotations

import argparse

GAZETTEER_HELP = ("a GeoNames country dump (UA.txt or UA.zip) and/or an OpenStreetMap "
                  "settlements .csv; repeat to combine (default $STRIKEMAP_GAZETTEER, "
                  "else the embedded gazetteer)")


def add_gazetteer_option(parser: argparse.ArgumentParser) -> None:
    """The ``--gazetteer PATH`` option (repeatable) that every geocoding command takes."""
    parser.add_argument("--gazetteer", metavar="PATH", action="append", default=None,
                        help=GAZETTEER_HELP)
