"""Counts of events and sums of killed and injured, by place, oblast, H3 cell and time.

Keys (combine any of them, e.g. ``("oblast", "week")`` or ``("h3", "day")``):

* ``place``: one row per distinct place (GeoNames id, name and point);
* ``oblast``: the events' ``admin1``, spelled as the gazetteer names the
  region (so UCDP's "Donetsk oblast" and a report's "Donetsk Oblast" are one
  group), or, when a boundary file is given, the polygon each point falls in;
* ``h3``: the H3 cell at ``h3_resolution`` (h3 v4 integer API, computed
  once per distinct point);
* ``day`` / ``week`` (ISO week, labelled by its Monday) / ``month``.

Rows without a key (no date, no oblast, outside every polygon) form their own
group with a null key, so the counts always add up to the number of events.
``killed``/``injured`` sum the known figures (unknown counts as 0);
``coarser_dates`` counts events whose date is less precise than the period
(e.g. a month-precision event in a daily count).
"""
from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np
import pandas as pd

from geo.errors import InputError
from geo.schema import STORAGE_CRS

KEYS: tuple[str, ...] = ("place", "oblast", "h3", "day", "week", "month")
PERIODS: tuple[str, ...] = ("day", "week", "month")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "unknown": 3}
_ALIASES = {"cell": "h3", "hex": "h3", "admin1": "oblast", "date": "day"}


def aggregate(gdf, by: str | Sequence[str], *, h3_resolution: int = 7, boundaries=None,
              name_field: str | None = None) -> pd.DataFrame:
    """Group events by one or more keys; count events and sum killed and injured.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Events following the schema (EPSG:4326).
    by : str or sequence of str
        Keys from :data:`KEYS` (``cell``/``hex`` mean ``h3``).
    h3_resolution : int
        H3 resolution (0-15) for the ``h3`` key.
    boundaries : path or GeoDataFrame, optional
        Polygons for the ``oblast`` key instead of the ``admin1`` column.
    name_field : str, optional
        The boundaries' name column (default: ``shapeName``, ``name``, or the
        first text column).

    Returns
    -------
    pandas.DataFrame
        One row per key combination (sorted, nulls last): the keys, then
        ``events``, ``killed``, ``injured`` (and ``coarser_dates`` when a
        period is among the keys). ``place`` adds ``geonameid``, ``admin1``,
        ``country_code``, ``lon`` and ``lat``.
    """
    names = _key_names(by)
    columns: dict[str, object] = {}
    for name in names:
        if name == "place":
            columns.update(place_keys(gdf))
        elif name == "oblast":
            columns["oblast"] = oblast_keys(gdf, boundaries, name_field)
        elif name == "h3":
            columns["h3"] = h3_cells(gdf, h3_resolution)
        else:
            columns[name] = period_keys(gdf["date"], name)
    values = {"events": np.ones(len(gdf), dtype=np.int64),
              "killed": gdf["killed"].fillna(0).to_numpy(dtype=np.int64),
              "injured": gdf["injured"].fillna(0).to_numpy(dtype=np.int64)}
    periods = [n for n in names if n in PERIODS]
    if periods:
        finest = min(_PRECISION_RANK[p] for p in periods)
        rank = gdf["date_precision"].map(_PRECISION_RANK).fillna(3).to_numpy()
        values["coarser_dates"] = (rank > finest).astype(np.int64)
    sums = group_sums(columns, values)
    if "h3" in sums.columns:
        sums["h3"] = _cells_to_text(sums["h3"])
    return sums


def group_sums(keys: dict[str, pd.Series], values: dict[str, np.ndarray]) -> pd.DataFrame:
    """Sum ``values`` per distinct combination of ``keys`` (sorted, null keys last).

    Each key is factorised, the codes are combined into one integer and the
    sums are taken with :func:`numpy.bincount`: no Python per row.
    """
    codes_list, tables = [], []
    for series in keys.values():
        codes, uniques = pd.factorize(series, sort=True, use_na_sentinel=True)
        codes_list.append(np.where(codes < 0, len(uniques), codes))
        table = np.empty(len(uniques) + 1, dtype=object)
        table[:-1] = np.asarray(uniques, dtype=object)
        table[-1] = None
        tables.append(table)
    shape = tuple(len(t) for t in tables)
    if float(np.prod(shape, dtype=np.float64)) >= 2.0 ** 62:
        raise InputError("too many distinct key combinations to aggregate", field="by")
    combined = np.ravel_multi_index(codes_list, shape) if codes_list else np.zeros(0, np.int64)
    groups, inverse = np.unique(combined, return_inverse=True)
    out: dict[str, object] = {}
    for (name, series), table, codes in zip(keys.items(), tables,
                                            np.unravel_index(groups, shape)):
        column = pd.Series(table[codes], dtype="object")
        numeric = pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype)
        out[name] = _restore_dtype(column, series.dtype) if numeric else column
    for name, weights in values.items():
        out[name] = np.bincount(inverse, weights=weights, minlength=len(groups)).astype(np.int64)
    return pd.DataFrame(out)


def _restore_dtype(column: pd.Series, dtype) -> pd.Series:
    try:
        return column.astype(dtype)
    except (TypeError, ValueError):
        return column


def _key_names(by: str | Sequence[str]) -> list[str]:
    items = [by] if isinstance(by, str) else list(by)
    names = [_ALIASES.get(str(b).lower(), str(b).lower()) for b in items]
    for name in names:
        if name not in KEYS:
            raise InputError(f"cannot aggregate by {name!r} (use {', '.join(KEYS)})", field="by")
    if not names or len(set(names)) != len(names):
        raise InputError("give each aggregation key once", field="by")
    if len({n for n in names if n in PERIODS}) > 1:
        raise InputError("use one period (day, week or month) at a time", field="by")
    return names


# --- keys ----------------------------------------------------------------------------------

def place_keys(gdf) -> dict[str, pd.Series]:
    """Place identity columns: name, GeoNames id, admin1, country and the point (1e-5 deg)."""
    import shapely

    geoms = gdf.geometry.values
    return {
        "place": gdf["place"].astype("object"),
        "geonameid": gdf["geonameid"].astype("Int64"),
        "admin1": gdf["admin1"].astype("object"),
        "country_code": gdf["country_code"].astype("object"),
        "lon": pd.Series(np.round(shapely.get_x(geoms), 5), index=gdf.index),
        "lat": pd.Series(np.round(shapely.get_y(geoms), 5), index=gdf.index),
    }


def oblast_keys(gdf, boundaries=None, name_field: str | None = None) -> pd.Series:
    """Each event's oblast: by default the bundled oblast polygon it falls in, else (outside
    Ukraine) its ``admin1``, one spelling per oblast (:func:`geo.filters.event_oblasts`);
    or the polygon of ``boundaries`` it falls in."""
    if boundaries is None:
        from geo.filters import event_oblasts

        return event_oblasts(gdf)
    polygons = load_boundaries(boundaries)
    field = name_field or _name_field(polygons)
    if field not in polygons.columns:
        raise InputError(f"boundaries have no column {field!r}", field="name_field")
    return pd.Series(_polygon_names(gdf.geometry.values, polygons, field), index=gdf.index,
                     dtype="object")


def _polygon_names(points, polygons, field: str) -> np.ndarray:
    """The ``field`` of the polygon each point falls in (the first one on a shared border).

    One prepared polygon at a time against the points inside its bounding box:
    much faster than an R-tree query of a million points against large polygons.
    """
    import shapely

    x, y = shapely.get_x(points), shapely.get_y(points)
    names = np.full(len(x), None, dtype=object)
    for geometry, name in zip(polygons.geometry.values, polygons[field].to_numpy(dtype=object)):
        if geometry is None or geometry.is_empty:
            continue
        west, south, east, north = geometry.bounds
        candidates = np.flatnonzero((x >= west) & (x <= east) & (y >= south) & (y <= north)
                                    & pd.isna(names))
        if not len(candidates):
            continue
        shapely.prepare(geometry)
        inside = shapely.intersects_xy(geometry, x[candidates], y[candidates])
        names[candidates[inside]] = name
    return names


def load_boundaries(boundaries):
    """A polygon GeoDataFrame in EPSG:4326 from a path or a frame."""
    import geopandas as gpd

    if isinstance(boundaries, gpd.GeoDataFrame):
        frame = boundaries
    else:
        path = os.fspath(boundaries)
        if not os.path.exists(path):
            raise InputError("no such boundary file", file=path)
        try:
            frame = gpd.read_file(path)
        except Exception as error:   # pyogrio raises several types for unreadable files
            raise InputError(f"not a readable boundary file ({error})", file=path) from error
    if frame.crs is None:
        frame = frame.set_crs(STORAGE_CRS)
    elif not frame.crs.equals(STORAGE_CRS):
        frame = frame.to_crs(STORAGE_CRS)
    return frame.reset_index(drop=True)


def _name_field(polygons) -> str:
    for name in ("shapeName", "name", "NAME_1", "admin1"):
        if name in polygons.columns:
            return name
    text = [c for c in polygons.columns if c != polygons.geometry.name
            and polygons[c].dtype == object]
    if not text:
        raise InputError("boundaries have no text column to name the areas", field="name_field")
    return text[0]


def h3_cells(gdf, resolution: int) -> pd.Series:
    """The H3 cell (as int64) of each event, computed once per distinct point."""
    import h3.api.basic_int as h3
    import shapely

    if not 0 <= int(resolution) <= 15:
        raise InputError(f"H3 resolution {resolution} is not in 0..15", field="h3_resolution")
    geoms = gdf.geometry.values
    points = shapely.get_y(geoms) + 1j * shapely.get_x(geoms)
    codes, uniques = pd.factorize(points)
    res = int(resolution)
    cells = np.fromiter((h3.latlng_to_cell(p.real, p.imag, res) for p in uniques.tolist()),
                        dtype=np.int64, count=len(uniques))
    return pd.Series(cells[codes], index=gdf.index)


def _cells_to_text(cells: pd.Series) -> pd.Series:
    import h3.api.basic_int as h3

    return pd.Series([h3.int_to_str(int(c)) for c in cells], index=cells.index, dtype="object")


def h3_polygons(cells: Sequence[str]):
    """Hexagon polygons (EPSG:4326) for H3 cell ids, e.g. the ``h3`` column of an aggregate."""
    import geopandas as gpd
    import h3
    import shapely

    shapes = [shapely.Polygon([(lon, lat) for lat, lon in h3.cell_to_boundary(c)]) for c in cells]
    return gpd.GeoSeries(shapes, crs=STORAGE_CRS)


def period_keys(dates: pd.Series, period: str) -> pd.Series:
    """``day``: the date; ``week``: its ISO week's Monday; ``month``: ``YYYY-MM``; null stays null."""
    values = dates.astype("object").where(dates.notna(), None)
    if period == "day":
        return values
    codes, uniques = pd.factorize(values)
    if period == "month":
        labels = [d[:7] for d in uniques]
    else:
        days = pd.to_datetime(pd.Series(uniques, dtype="object"), format="%Y-%m-%d")
        labels = (days - pd.to_timedelta(days.dt.day_of_week, unit="D")).dt.strftime("%Y-%m-%d") \
            .tolist()
    table = np.array([*labels, None], dtype=object)
    return pd.Series(table[codes], index=dates.index, dtype="object")


def by_place(gdf):
    """Events per place, as points (a GeoDataFrame)."""
    import geopandas as gpd

    table = aggregate(gdf, "place")
    return gpd.GeoDataFrame(table, geometry=gpd.points_from_xy(table["lon"], table["lat"]),
                            crs=STORAGE_CRS)


def by_oblast(gdf, boundaries=None, name_field: str | None = None) -> pd.DataFrame:
    """Events per oblast (``admin1``, or polygons of a boundary file)."""
    return aggregate(gdf, "oblast", boundaries=boundaries, name_field=name_field)


def by_h3(gdf, resolution: int = 7):
    """Events per H3 cell, with the hexagons as geometry (a GeoDataFrame)."""
    import geopandas as gpd

    table = aggregate(gdf, "h3", h3_resolution=resolution)
    return gpd.GeoDataFrame(table, geometry=h3_polygons(table["h3"]).values, crs=STORAGE_CRS)


def by_period(gdf, period: str = "day") -> pd.DataFrame:
    """Events per day, ISO week or month."""
    if period not in PERIODS:
        raise InputError(f"period {period!r} is not one of {', '.join(PERIODS)}", field="period")
    return aggregate(gdf, period)
