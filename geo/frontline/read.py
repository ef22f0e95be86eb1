"""Reading dated frontline files: DeepStateMap daily files and generic GeoJSON/GeoPackage/KML.

A file gives one or more :class:`LayerData` (one per date): the occupied area
(polygons) and/or lines drawn as the front. The date comes from, in order: the
``date`` argument, a date property of the features (``date``, ``day``,
``valid_date``, ``timestamp``, ``begin``...), or the file name
(``deepstatemap_data_YYYYMMDD.geojson``, ``front_2025-07-01.gpkg``). Geometry is
returned in EPSG:4326; invalid geometry is repaired with ``make_valid`` and a
:class:`FrontlineWarning`; a layer in another CRS is reprojected; a layer without
a CRS whose coordinates are not degrees is refused.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from geo.errors import FrontlineError, InputError
from geo.schema import STORAGE_CRS

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry.base import BaseGeometry

DEEPSTATE_ATTRIBUTION = ("Territory data: DeepStateMap.Live, via "
                         "github.com/cyterat/deepstate-map-data (GPL-3.0)")
DEEPSTATE_NAME = re.compile(r"^deepstatemap_data_(\d{8})$")
SUPPORTED_SUFFIXES: tuple[str, ...] = (".geojson", ".json", ".gpkg", ".kml")
DATE_FIELDS: tuple[str, ...] = ("date", "day", "valid_date", "date_valid", "valid_on",
                                "as_of", "datetime", "timestamp", "begin")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
POLYGONAL_TYPES = (3, 6)     # shapely type ids: Polygon, MultiPolygon
_LINEAL = (1, 2, 5)          # LineString, LinearRing, MultiLineString


class FrontlineWarning(UserWarning):
    """Something in a frontline file was repaired or assumed; the layer is still used."""


class FrontlineFileError(InputError, FrontlineError):
    """A frontline file that cannot be read: names the file and, where known, the field."""


@dataclass(frozen=True)
class LayerData:
    """What one file says about one date (EPSG:4326).

    Attributes
    ----------
    date : str
        ``YYYY-MM-DD``.
    occupied : shapely geometry or None
        Union of the file's polygons for that date (None when it has only lines).
    lines : shapely geometry or None
        Union of the file's lines for that date (None when it has only polygons).
    source : str
        The file path.
    attribution : str
        Credit line to show with the layer ("" when unknown).
    """

    date: str
    occupied: BaseGeometry | None
    lines: BaseGeometry | None
    source: str
    attribution: str = ""


def parse_date(text: str, *, file: str | None = None, field: str | None = None) -> str:
    """``YYYY-MM-DD`` or ``YYYYMMDD`` (a real calendar day) as ``YYYY-MM-DD``.

    Raises
    ------
    FrontlineFileError
        When ``text`` is not such a date.
    """
    match = re.fullmatch(r"\s*(\d{4})-?(\d{2})-?(\d{2})\s*", str(text))
    try:
        if match is None:
            raise ValueError
        return _date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        raise FrontlineFileError(f"{text!r} is not a date (YYYY-MM-DD)",
                                 file=file, field=field) from None


def date_from_name(path: str | Path) -> str | None:
    """The date in a file name (``..._20250701`` or ``..._2025-07-01``), or None."""
    stem = Path(path).name.split(".")[0]
    for match in _NAME_DATE.finditer(stem):
        try:
            return _date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            continue
    return None


def is_deepstate_file(path: str | Path) -> bool:
    """True for a DeepStateMap daily file name (``deepstatemap_data_YYYYMMDD.geojson``)."""
    path = Path(path)
    return path.suffix.lower() == ".geojson" and bool(DEEPSTATE_NAME.match(path.stem))


def read_frontline_file(path: str | Path, *, date: str | None = None) -> list[LayerData]:
    """Read one frontline file into one :class:`LayerData` per date.

    Parameters
    ----------
    path : str or Path
        A DeepStateMap daily file or a GeoJSON / GeoPackage / KML file of occupied
        polygons or front lines.
    date : str, optional
        The date of every feature (overrides properties and the file name).

    Returns
    -------
    list of LayerData
        Sorted by date.

    Raises
    ------
    FrontlineFileError
        Missing or unreadable file, no usable geometry, no date, or coordinates
        that are not degrees in a file without CRS.
    """
    import pandas as pd

    path = Path(path)
    name = str(path)
    if not path.is_file():
        raise FrontlineFileError("no such file", file=name)
    frame = read_features(path)
    fixed_date = parse_date(date, file=name, field="--date") if date else None
    if fixed_date is None:
        dates = _feature_dates(frame, path)
    else:
        dates = pd.Series(fixed_date, index=frame.index, dtype=object)
    attribution = DEEPSTATE_ATTRIBUTION if is_deepstate_file(path) else ""
    layers = [_layer_for_rows(frame.geometry.values[(dates == day).to_numpy()], day, name,
                              attribution)
              for day in sorted(dates.unique())]
    return layers


def read_features(path: Path) -> gpd.GeoDataFrame:
    """All features of every spatial layer of the file, in EPSG:4326, valid, non-empty."""
    import geopandas as gpd
    import pandas as pd
    import pyogrio
    import shapely

    name = str(path)
    try:
        layer_names = [row[0] for row in pyogrio.list_layers(path) if row[1]]
        # GeoJSON: keep dates as text, so a bad date is reported by name, not by a crash
        options = ({"DATE_AS_STRING": "YES"} if layer_names
                   and pyogrio.read_info(path, layer=layer_names[0])["driver"] == "GeoJSON" else {})
        frames = [pyogrio.read_dataframe(path, layer=layer, **options) for layer in layer_names]
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError,
            ValueError) as error:
        raise FrontlineFileError(f"cannot read as GeoJSON/GeoPackage/KML: "
                                 f"{' '.join(str(error).split())}", file=name) from None
    except shapely.errors.GEOSException as error:
        raise FrontlineFileError(f"a geometry that cannot be read or repaired: "
                                 f"{' '.join(str(error).split())}", file=name) from None
    frames = [_to_lon_lat(f, name) for f in frames if len(f)]
    if not frames:
        raise FrontlineFileError("no features", file=name)
    frame = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry",
                             crs=STORAGE_CRS)
    frame = frame[~(frame.geometry.isna() | frame.geometry.is_empty)].reset_index(drop=True)
    frame["geometry"] = _repaired(frame.geometry.values, name)
    return frame


def _to_lon_lat(frame: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    """The frame in EPSG:4326: reprojected, or assumed lon/lat when it has no CRS and looks it."""
    if frame.crs is None:
        if not _in_degree_range(frame):
            xmin, ymin, xmax, ymax = frame.total_bounds
            raise FrontlineFileError(
                f"has no CRS and its coordinates (x {xmin:,.0f}..{xmax:,.0f}, "
                f"y {ymin:,.0f}..{ymax:,.0f}) are not degrees: give the file a CRS", file=name)
        return frame.set_crs(STORAGE_CRS)
    if not frame.crs.equals(STORAGE_CRS):
        try:
            frame = frame.to_crs(STORAGE_CRS)
        except Exception as error:  # pyproj raises several types; report the one line
            raise FrontlineFileError(f"cannot reproject from {frame.crs.name} to lon/lat: "
                                     f"{' '.join(str(error).split())}", file=name) from None
    if not _in_degree_range(frame):
        xmin, ymin, xmax, ymax = frame.total_bounds
        raise FrontlineFileError(f"coordinates out of the lon/lat range (x {xmin:,.6g}.."
                                 f"{xmax:,.6g}, y {ymin:,.6g}..{ymax:,.6g}); is the CRS right?",
                                 file=name)
    return frame


def _in_degree_range(frame: gpd.GeoDataFrame) -> bool:
    """True when every coordinate is a finite longitude/latitude (empty frames pass)."""
    import shapely

    coords = shapely.get_coordinates(frame.geometry.values)
    if not len(coords):
        return True
    return bool(np.isfinite(coords).all() and (np.abs(coords[:, 0]) <= 180).all()
                and (np.abs(coords[:, 1]) <= 90).all())


def _repaired(geoms: np.ndarray, name: str) -> np.ndarray:
    """Geometries made valid with ``make_valid``, warning once with the first reason."""
    import shapely

    valid = shapely.is_valid(geoms)
    if valid.all():
        return geoms
    reason = shapely.is_valid_reason(geoms[~valid][0])
    warnings.warn(f"{name}: {int((~valid).sum())} invalid geometr"
                  f"{'y' if (~valid).sum() == 1 else 'ies'} repaired with make_valid "
                  f"({reason})", FrontlineWarning, stacklevel=3)
    out = geoms.copy()
    out[~valid] = shapely.make_valid(geoms[~valid])
    return out


_OFFSET_RE = r"(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$"


def _feature_dates(frame: gpd.GeoDataFrame, path: Path) -> pd.Series:
    """One ``YYYY-MM-DD`` per feature: from a date property, else from the file name."""
    import pandas as pd

    name = str(path)
    columns = {c.lower(): c for c in frame.columns if c != "geometry"}
    field = next((columns[f] for f in DATE_FIELDS if f in columns
                  and frame[columns[f]].notna().any()), None)
    if field is None:
        day = date_from_name(path)
        if day is None:
            raise FrontlineFileError("no date: the features have no date property and the "
                                     "file name has none; pass --date YYYY-MM-DD", file=name)
        return pd.Series(day, index=frame.index, dtype=object)
    values = frame[field]
    if pd.api.types.is_datetime64_any_dtype(values):
        parsed = values
    else:
        # the day as written: a time's offset (mixed offsets in one file too) is dropped
        text = values.astype("string").str.strip().str.replace(_OFFSET_RE, r"\1", regex=True)
        parsed = pd.to_datetime(text, errors="coerce", format="mixed")
    bad = parsed.isna()
    if bad.any():
        first = int(np.flatnonzero(bad.to_numpy())[0])
        raise FrontlineFileError(f"feature {first + 1}: {values.iloc[first]!r} is not a date",
                                 file=name, field=field)
    return pd.Series(parsed.dt.strftime("%Y-%m-%d").to_numpy(), index=frame.index, dtype=object)


def _layer_for_rows(geoms: np.ndarray, day: str, name: str, attribution: str) -> LayerData:
    """Union the polygons and the lines of one date's features."""
    import shapely

    parts = shapely.get_parts(geoms)
    kinds = shapely.get_type_id(parts)
    polygons = parts[np.isin(kinds, POLYGONAL_TYPES)]
    lines = parts[np.isin(kinds, _LINEAL)]
    if not len(polygons) and not len(lines):
        found = ", ".join(sorted({g.geom_type for g in parts[:100]}))
        raise FrontlineFileError(f"no polygons or lines for {day} (found: {found})", file=name)
    occupied = shapely.union_all(polygons) if len(polygons) else None
    if occupied is not None:
        occupied = polygonal_part(occupied)
    merged = shapely.line_merge(shapely.union_all(lines)) if len(lines) else None
    return LayerData(date=day, occupied=occupied, lines=merged, source=name,
                     attribution=attribution)


def polygonal_part(geom: BaseGeometry | np.ndarray) -> BaseGeometry | None:
    """The union of the polygons of a geometry or an array of them (a union may also hold
    stray lines or points); None when there are none."""
    import shapely

    parts = shapely.get_parts(geom)
    polygons = parts[np.isin(shapely.get_type_id(parts), POLYGONAL_TYPES)]
    return shapely.union_all(polygons) if len(polygons) else None
