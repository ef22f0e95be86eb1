"""Distance to the front and side for every event, vectorised.

Each event is measured against the layer in force on its date (the latest layer
on or before it). Per layer, once: the contact line is projected into a local
transverse Mercator CRS and cut into segments held in an STRtree. Per event:
the nearest segment is found in that projection, the nearest point on it is
taken back to lon/lat, and ``front_km`` is the geodesic (WGS 84) distance to it,
so it stays exact far from the projection's central meridian. ``side`` is
``occupied`` inside the occupied polygons, else ``free``; null for a layer drawn
only as lines, and (when a country outline is given) for events outside it.
"""
from __future__ import annotations

import os
import weakref
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from geo.errors import SchemaError
from geo.frontline.contact import _transformer, as_outline, metric_crs_for
from geo.frontline.layers import FrontlineLayer, FrontlineSet
from geo.frontline.read import FrontlineFileError
from geo.schema import STORAGE_CRS

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry

_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class _DistanceIndex:
    """A layer's contact line as projected segments in an STRtree, and its prepared polygons."""

    crs: str
    tree: object                       # shapely.STRtree of the segments
    starts: np.ndarray
    ends: np.ndarray
    occupied: BaseGeometry | None


def _distance_index(layer: FrontlineLayer) -> _DistanceIndex:
    import shapely

    if layer in _INDEXES:
        return _INDEXES[layer]
    line = layer.contact_line
    lon_0 = shapely.centroid(line).x if not shapely.is_empty(line) else 0.0
    crs = metric_crs_for(lon_0)
    coords, part = shapely.get_coordinates(shapely.get_parts(line), return_index=True)
    x, y = _transformer(STORAGE_CRS, crs).transform(coords[:, 0], coords[:, 1])
    xy = np.column_stack([x, y])
    same = part[:-1] == part[1:]
    starts, ends = xy[:-1][same], xy[1:][same]
    tree = shapely.STRtree(shapely.linestrings(np.stack([starts, ends], axis=1))
                           if len(starts) else [])
    occupied = layer.occupied
    if occupied is not None:
        shapely.prepare(occupied)
    index = _DistanceIndex(crs=crs, tree=tree, starts=starts, ends=ends, occupied=occupied)
    _INDEXES[layer] = index
    return index


def front_distance_km(layer: FrontlineLayer, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Geodesic distance in km from each point to the layer's contact line (NaN if it has none).

    Points sharing coordinates (events geocoded to the same place) are measured once.
    """
    import pandas as pd

    index = _distance_index(layer)
    out = np.full(len(lon), np.nan)
    if not len(index.starts) or not len(lon):
        return out
    codes, unique = pd.factorize(np.asarray(lon, dtype=float) + 1j * np.asarray(lat, dtype=float))
    return _distance_unique_km(index, np.real(unique), np.imag(unique))[codes]


def _distance_unique_km(index: _DistanceIndex, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Nearest segment in the layer's projection, then the geodesic distance to that foot point."""
    import shapely
    from pyproj import Geod

    x, y = _transformer(STORAGE_CRS, index.crs).transform(lon, lat)
    order = _spatial_order(x, y)                  # neighbours query the tree one after another
    points = np.column_stack([x, y])[order]
    hit, segment = index.tree.query_nearest(shapely.points(points), all_matches=False)
    a, b = index.starts[segment], index.ends[segment]
    ab = b - a
    denom = np.einsum("ij,ij->i", ab, ab)
    t = np.einsum("ij,ij->i", points[hit] - a, ab) / np.where(denom > 0, denom, 1.0)
    foot = a + np.clip(t, 0.0, 1.0)[:, None] * ab
    foot_lon, foot_lat = _transformer(index.crs, STORAGE_CRS).transform(foot[:, 0], foot[:, 1])
    rows = order[hit]
    _, _, metres = Geod(ellps="WGS84").inv(lon[rows], lat[rows], foot_lon, foot_lat)
    out = np.full(len(lon), np.nan)
    out[rows] = np.round(metres / 1000.0, 3)
    return out


def _spatial_order(x: np.ndarray, y: np.ndarray, cell_m: float = 20_000.0) -> np.ndarray:
    """Row-major order of 20 km grid cells: a cheap locality sort for the tree queries."""
    if not len(x):
        return np.arange(0)
    row = np.floor((y - y.min()) / cell_m).astype(np.int64)
    col = np.floor((x - x.min()) / cell_m).astype(np.int64)
    return np.argsort((row << 32) + col, kind="stable")


def front_side(layer: FrontlineLayer, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """``occupied`` / ``free`` per point (object array); None for a line-only layer."""
    import shapely

    index = _distance_index(layer)
    if index.occupied is None:
        return np.full(len(lon), None, dtype=object)
    inside = shapely.contains_xy(index.occupied, lon, lat)
    return np.where(inside, "occupied", "free").astype(object)


def annotate_front(events: gpd.GeoDataFrame, frontlines: FrontlineSet, outline: object = None,
                   *, default_date: str | _date | None = None) -> gpd.GeoDataFrame:
    """A copy of ``events`` with ``front_km`` and ``side`` from the layer in force on each date.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Point events with a ``date`` column (``YYYY-MM-DD`` strings or datetimes);
        not modified. A frame without CRS is taken as lon/lat.
    frontlines : FrontlineSet
        The dated layers.
    outline : CountryOutline, boundary file path or polygon, optional
        Country outline: trims the contact lines (when the set has none or another
        one) and leaves ``side`` null for events outside the country.
    default_date : str or date, optional
        Date used for events whose date is unknown; without it they get no layer.

    Returns
    -------
    geopandas.GeoDataFrame
        The copy; ``front_km`` (km, 3 decimals) and ``side`` are null where no layer
        is in force (unknown date, or before the first layer) or the geometry is empty.

    Raises
    ------
    SchemaError
        When events are not points, or a date is not ``YYYY-MM-DD``.
    """
    import pandas as pd
    import shapely

    outline = as_outline(outline)
    if outline is not None:
        frontlines = frontlines.with_outline(outline)
    out = events.copy()
    lon, lat, located = _lon_lat(events)
    layer_index = _layer_index(events, frontlines, default_date)
    front_km = np.full(len(out), np.nan)
    side = np.full(len(out), None, dtype=object)
    for index in np.unique(layer_index[(layer_index >= 0) & located]):
        rows = np.flatnonzero((layer_index == index) & located)
        layer = frontlines.layer(int(index))
        front_km[rows] = front_distance_km(layer, lon[rows], lat[rows])
        side[rows] = front_side(layer, lon[rows], lat[rows])
    if outline is not None:
        shapely.prepare(outline.geometry)
        abroad = located & ~shapely.contains_xy(outline.geometry, lon, lat)
        side[abroad] = None
    out["front_km"] = front_km
    out["side"] = pd.Series(side, index=out.index, dtype=object)  # None, not NaN, when unknown
    return out


def _lon_lat(events: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Longitudes, latitudes and which rows have a point (EPSG:4326)."""
    import shapely

    geometry = events.geometry
    if geometry.crs is not None and not geometry.crs.equals(STORAGE_CRS):
        geometry = geometry.to_crs(STORAGE_CRS)
    geoms = geometry.values
    located = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    kinds = shapely.get_type_id(geoms[located])
    if len(kinds) and not np.all(kinds == 0):
        raise SchemaError("geometry: every event must be a Point")
    lon = np.full(len(geoms), np.nan)
    lat = np.full(len(geoms), np.nan)
    lon[located] = shapely.get_x(geoms[located])
    lat[located] = shapely.get_y(geoms[located])
    return lon, lat, located


def _layer_index(events: gpd.GeoDataFrame, frontlines: FrontlineSet,
                 default_date: str | _date | None) -> np.ndarray:
    """Per event, the index of the layer in force on its date, or -1 for none."""
    import pandas as pd

    if "date" in events.columns:
        dates = events["date"]
        if pd.api.types.is_datetime64_any_dtype(dates):
            dates = dates.dt.strftime("%Y-%m-%d")
        codes, uniques = pd.factorize(dates.astype(object).where(dates.notna(), None))
    else:
        codes, uniques = np.full(len(events), -1), []
    lookup = np.array([_index_or_none(frontlines, str(day)) for day in uniques] + [-1])
    index = lookup[codes] if len(codes) else np.array([], dtype=int)
    if default_date is not None:
        fallback = frontlines.index_for(default_date)
        index[codes < 0] = -1 if fallback is None else fallback
    return index.astype(int)


def _index_or_none(frontlines: FrontlineSet, day: str) -> int:
    head = day[:10] if day[10:11] in ("", "T", " ") else day
    try:
        if len(head) != 10:
            raise ValueError(head)
        found = frontlines.index_for(head)   # parses the date, FrontlineFileError if it is not one
    except (ValueError, FrontlineFileError):
        raise SchemaError(f"column 'date': {day!r} is not YYYY-MM-DD") from None
    return -1 if found is None else found


def store_frontlines(store: str | os.PathLike) -> FrontlineSet | None:
    """The frontline layers a store holds (``<store>/frontline/``), trimmed by its country
    outline (:func:`geo.frontline.contact.default_outline`), or None when it has none."""
    from geo.frontline.contact import default_outline

    folder = Path(store) / "frontline"
    if not folder.is_dir() or not any(folder.iterdir()):
        return None
    return FrontlineSet.from_folder(folder, outline=default_outline(str(store)))


def annotate_from_store(events: gpd.GeoDataFrame, store: str | os.PathLike) -> gpd.GeoDataFrame:
    """``events`` with ``front_km`` and ``side`` from the store's layers (:func:`store_frontlines`),
    as the dashboard shows them and ``strikemap export`` writes them; unchanged without layers."""
    frontlines = store_frontlines(store)
    return annotate_front(events, frontlines) if frontlines is not None and len(events) else events


def measured_any(dates, frontlines: FrontlineSet) -> bool:
    """Whether :func:`annotate_front` gives a ``front_km`` to any point event dated ``dates``
    (``YYYY-MM-DD`` text, None when unknown): some date has a layer in force whose contact
    line is not empty. Lets an export's metadata say so before the events are measured.
    """
    import pandas as pd

    uniques = pd.unique(pd.Series(list(dates) if not hasattr(dates, "dropna") else dates,
                                  dtype="object").dropna())
    layers = {_index_or_none(frontlines, str(day)) for day in uniques.tolist()} - {-1}
    return any(len(_distance_index(frontlines.layer(int(i))).starts) for i in layers)
