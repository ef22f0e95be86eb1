"""``strikemap geocode NAME... | -``: resolve place names, one JSON object per line.

Each line follows the CLI contract in ``DESIGN.md``::

    {"query", "status": "resolved"|"unresolved", "name", "lat", "lon", "geonameid",
     "country_code", "admin1", "feature": "settlement"|"region"|"country", "score"}

Unresolved names have null coordinates and a ``"reason"``. With ``-`` the
names are read from stdin, one per line.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from math import isfinite
from typing import TYPE_CHECKING

from geo.commands import add_gazetteer_option

if TYPE_CHECKING:
    from geo.model import Place

_BATCH = 4096


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``geocode`` subcommand."""
    parser = subparsers.add_parser(
        "geocode", help="resolve place names to coordinates (JSON lines)",
        description="Resolve place names (or location texts) offline; '-' reads names "
                    "from stdin, one per line. Prints one JSON object per name.")
    parser.add_argument("names", nargs="+", metavar="NAME",
                        help="place names or location texts, or '-' for stdin")
    add_gazetteer_option(parser)
    parser.add_argument("--country", action="append", metavar="CC", dest="countries",
                        help="preferred country code, repeatable, most preferred first "
                             "(default: UA, then RU)")
    parser.add_argument("--focus", action="append", metavar="REGION", dest="focus",
                        help="region whose places rank higher among namesakes (a name or "
                             "ISO 3166-2 code), repeatable; default the regions the front "
                             "line has crossed (UA-14, UA-09, UA-63, UA-23, UA-65, RU-KRS, "
                             "RU-BEL); 'none' for no focus")
    parser.add_argument("--frontline", metavar="PATH", default=None,
                        help="a frontline file or folder (e.g. <store>/frontline): among "
                             "places of the same name, those near the front rank higher")
    parser.add_argument("--date", metavar="YYYY-MM-DD", default=None,
                        help="with --frontline: rank by the layer in force on this day (none "
                             "before the first layer); default the latest layer")
    parser.add_argument("--online", action="store_true",
                        help="resolve names the gazetteer lacks with Nominatim "
                             "(OpenStreetMap; 1 request/s, cached on disk)")
    parser.set_defaults(func=run)


def _names(args: argparse.Namespace) -> Iterator[str]:
    for name in args.names:
        if name == "-":
            for line in sys.stdin:
                text = line.rstrip("\n").rstrip("\r")
                if text.strip():
                    yield text
        else:
            yield name


def _lines(resolve, names: Iterable[str]) -> Iterator[str]:
    memo: dict[str, str] = {}
    for name in names:
        line = memo.get(name)
        if line is None:
            line = json_line(resolve(name))
            if len(memo) < 200_000:
                memo[name] = line
        yield line


_RESOLVED = ('{"query": %s, "status": %s, "name": %s, "lat": %r, "lon": %r, '
             '"geonameid": %s, "country_code": %s, "admin1": %s, "feature": %s, "score": %r}')
_UNRESOLVED = ('{"query": %s, "status": %s, "name": null, "lat": null, "lon": null, '
               '"geonameid": null, "country_code": null, "admin1": null, "feature": null, '
               '"score": null, "reason": %s}')


def json_line(place: Place) -> str:
    """``json.dumps(place.to_json(), ensure_ascii=False)``, formatted directly.

    The common shapes (plain str, int and finite float fields) are written with
    one format string and json's own string encoder; anything else goes through
    :func:`json.dumps`, so the bytes are always exactly those of ``to_json``.
    """
    encode = encode_basestring
    c = place.candidate
    if type(place.query) is str and type(place.status) is str:
        if c is None:
            if type(place.reason) is str:
                return _UNRESOLVED % (encode(place.query), encode(place.status),
                                      encode(place.reason))
        elif (place.status == "resolved" and type(c.name) is str and type(c.lat) is float
              and type(c.lon) is float and type(c.score) is float
              and isfinite(c.lat) and isfinite(c.lon) and isfinite(c.score)
              and (c.geonameid is None or type(c.geonameid) is int)
              and type(c.country_code) is str and type(c.admin1) is str
              and type(c.feature) is str and not c.feature_code.startswith("OSM:")):
            return _RESOLVED % (
                encode(place.query), encode(place.status), encode(c.name), c.lat, c.lon,
                "null" if c.geonameid is None else int.__repr__(c.geonameid),
                encode(c.country_code), encode(c.admin1), encode(c.feature),
                round(c.score, 4))
    return json.dumps(place.to_json(), ensure_ascii=False)


def announce_build(path: str | None) -> None:
    """Say on stderr when the gazetteer index must be built first (once, some seconds)."""
    from geo.gazetteer import resolve_source
    from geo.gazetteer.cache import cache_path

    if not cache_path(resolve_source(path)).exists():
        print("strikemap: building the gazetteer index (once; cached for next time)...",
              file=sys.stderr, flush=True)


def frontline_layers(path: str | os.PathLike | None):
    """The frontline layers in a file or folder (a FrontlineSet), or None when it has none."""
    if path is None:
        return None
    from pathlib import Path

    from geo.frontline import FrontlineSet

    folder = Path(path)
    layers = (FrontlineSet.from_folder(folder) if folder.is_dir()
              else FrontlineSet.from_paths([folder]))
    return layers if len(layers) else None


def _resolve_on(resolver, args: argparse.Namespace):
    """``resolver.resolve``, on ``--date`` when given (which needs ``--frontline``)."""
    if args.date is None:
        return resolver.resolve
    from geo.errors import InputError
    from geo.frontline.read import parse_date
    from geo.geocoding.context import ResolveContext

    if args.frontline is None:
        raise InputError("--date needs --frontline (the day picks a frontline layer)",
                         field="date")
    context = ResolveContext(date=parse_date(args.date, field="date"))
    return lambda query: resolver.resolve(query, context)


def _focus(values: list[str] | None) -> tuple[str, ...]:
    from geo.geocoding.focus import DEFAULT_FOCUS_REGIONS

    if not values:
        return DEFAULT_FOCUS_REGIONS
    return tuple(v for v in values if v.strip().lower() != "none")


def run(args: argparse.Namespace) -> int:
    """Resolve every name and print JSON lines; 0 on success."""
    from geo.gazetteer import load_gazetteer
    from geo.geocoding.resolver import Resolver

    announce_build(args.gazetteer)
    gazetteer = load_gazetteer(args.gazetteer)
    resolver = Resolver(gazetteer, country_preference=tuple(args.countries or ("UA", "RU")),
                        frontline=frontline_layers(args.frontline), focus_regions=_focus(args.focus))
    resolve = _resolve_on(resolver, args)
    if args.online:
        from geo.geocoding.nominatim import with_online_fallback
        resolve = with_online_fallback(resolve)
    out = sys.stdout
    batch: list[str] = []
    for line in _lines(resolve, _names(args)):
        batch.append(line)
        if len(batch) >= _BATCH:
            out.write("\n".join(batch) + "\n")
            batch.clear()
    if batch:
        out.write("\n".join(batch) + "\n")
    out.flush()
    return 0
