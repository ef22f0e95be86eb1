"""``strikemap frontline``: layer statistics, territory change, and the DeepStateMap download.

::

    strikemap frontline stats FILE... [--date D] [--boundaries FILE]
        one JSON object per layer and line: {"file", "date", "area_km2", ...}
    strikemap frontline change OLD NEW [--boundaries FILE]
        {"gained_km2", "lost_km2", "net_km2", ...} (gained = newly occupied)
    strikemap frontline download --date D [--store DIR]      (online only)
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING

from geo.errors import FrontlineError

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry

    from geo.frontline import FrontlineLayer


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``frontline`` and its subcommands."""
    parser = subparsers.add_parser(
        "frontline", help="frontline layers: area, change, download",
        description="Dated frontline layers: occupied area and contact line per file, "
                    "territory change between two dates, DeepStateMap download.")
    sub = parser.add_subparsers(dest="frontline_command", required=True,
                                parser_class=type(parser))
    stats = sub.add_parser("stats", help="occupied area (km², EPSG:6933) per layer")
    stats.add_argument("files", nargs="+", metavar="FILE",
                       help="DeepStateMap daily files, GeoJSON, GeoPackage or KML layers")
    stats.add_argument("--date", help="date of the features (YYYY-MM-DD) for files without one")
    stats.add_argument("--boundaries", metavar="FILE",
                       help="ADM1 boundary file: per-oblast areas, and a contact line without "
                            "the international border and the coast")
    stats.set_defaults(func=run)
    change = sub.add_parser("change", help="gained, lost and net km² between two layers")
    change.add_argument("old", metavar="OLD")
    change.add_argument("new", metavar="NEW")
    change.add_argument("--old-date", help="date of OLD when the file has none")
    change.add_argument("--new-date", help="date of NEW when the file has none")
    change.add_argument("--boundaries", metavar="FILE", help="ADM1 boundary file: per oblast too")
    change.set_defaults(func=run)
    download = sub.add_parser("download", help="fetch a DeepStateMap daily file (online only)")
    download.add_argument("--date", required=True, help="YYYY-MM-DD")
    download.add_argument("--store", metavar="DIR",
                          help="store folder (default $STRIKEMAP_STORE, else data/)")
    download.add_argument("--mirror", default=None, help=argparse.SUPPRESS)
    download.add_argument("--timeout", type=float, default=30.0, help="seconds (default 30)")
    download.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the chosen ``frontline`` subcommand; 0 on success."""
    handlers = {"stats": _stats, "change": _change, "download": _download}
    with _warnings_to_stderr():
        return handlers[args.frontline_command](args)


@contextlib.contextmanager
def _warnings_to_stderr() -> Iterator[None]:
    """Show frontline warnings (e.g. a repaired geometry) as one line each on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for warning in caught:
                print(f"strikemap: warning: {' '.join(str(warning.message).split())}",
                      file=sys.stderr)


def _emit(record: dict) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def _regions(args: argparse.Namespace) -> gpd.GeoDataFrame | None:
    from geo.frontline import load_regions

    return load_regions(args.boundaries) if args.boundaries else None


def _stats(args: argparse.Namespace) -> int:
    from geo.frontline import FrontlineSet, area_by_region

    regions = _regions(args)
    for path in args.files:
        fronts = FrontlineSet.from_paths([path], date=args.date, outline=args.boundaries)
        for layer in fronts:
            record = {"file": path, "date": layer.date, "area_km2": None}
            if layer.has_area:
                record["area_km2"] = round(layer.area_km2(), 1)
            else:
                record["note"] = "line layer: no area"
            record["contact_line_km"] = round(_geodesic_km(layer.contact_line), 1)
            record["contact_line"] = layer.contact_note
            if regions is not None and layer.has_area:
                table = area_by_region(layer, regions)
                record["by_oblast"] = [{"oblast": r.region, "area_km2": round(r.area_km2, 1)}
                                       for r in table.itertuples()]
            if layer.attribution:
                record["attribution"] = layer.attribution
            _emit(record)
    return 0


def _single_layer(path: str, date: str | None) -> FrontlineLayer:
    from geo.frontline import FrontlineSet

    fronts = FrontlineSet.from_paths([path], date=date)
    if len(fronts) != 1:
        raise FrontlineError(f"{path}: holds {len(fronts)} dates ({', '.join(fronts.dates)}); "
                             "change needs one layer per file")
    return fronts.layer(0)


def _change(args: argparse.Namespace) -> int:
    from geo.frontline import change_by_region, territory_change

    old = _single_layer(args.old, args.old_date)
    new = _single_layer(args.new, args.new_date)
    record = {"old": args.old, "new": args.new, **territory_change(old, new).to_json()}
    regions = _regions(args)
    if regions is not None:
        table = change_by_region(old, new, regions)
        record["by_oblast"] = [{"oblast": r.region, "gained_km2": round(r.gained_km2, 1),
                                "lost_km2": round(r.lost_km2, 1), "net_km2": round(r.net_km2, 1)}
                               for r in table.itertuples()]
    _emit(record)
    return 0


def _download(args: argparse.Namespace) -> int:
    from geo.frontline import DEEPSTATE_MIRROR, FrontlineSet, download_deepstate, frontline_dir

    # download_deepstate checks the date first (as --date), before any network access
    path = download_deepstate(args.date, frontline_dir(args.store),
                              mirror=args.mirror or DEEPSTATE_MIRROR, timeout=args.timeout)
    layer = FrontlineSet.from_paths([path]).layer(0)
    _emit({"file": str(path), "date": layer.date, "area_km2": round(layer.area_km2(), 1),
           "attribution": layer.attribution})
    return 0


def _geodesic_km(line: BaseGeometry | None) -> float:
    """Length of a (Multi)LineString in lon/lat on the WGS 84 ellipsoid, km."""
    import shapely
    from pyproj import Geod

    if line is None or shapely.is_empty(line):
        return 0.0
    return Geod(ellps="WGS84").geometry_length(line) / 1000.0
