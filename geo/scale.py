"""Aggregations beyond one machine: dask-geopandas over month-partitioned GeoParquet.

The single-machine path (the store, :mod:`geo.aggregate`) holds every event in
one process. For stores that outgrow that, ``strikemap export --format parquet
-o DIR`` writes the events as GeoParquet partitioned by month
(:mod:`geo.scale_parquet`), and the functions here aggregate such a folder on a
dask cluster, a local one or many machines reading a shared file system:

* every partition is reduced on its worker to partial tables (group keys ->
  events, killed, injured, counted actions): sums, so they combine exactly;
* the partials, small next to the events, are summed on the client into the
  same table the single-machine function gives for the same events.

The group keys are computed by the same vectorised code on both paths
(:func:`key_columns`), so a dask result equals the single-machine one row for
row. dask and dask-geopandas are the optional extra ``strikemap[scale]``;
they are imported only when a dask function runs.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from geo.errors import InputError, StrikemapError
from geo.scale_parquet import PARTITION_COLUMN, read_marker, write_partitioned_parquet

__all__ = ["GROUP_KEYS", "MEASURES", "aggregate_events", "aggregate_partitioned", "key_columns",
           "partial_aggregate", "combine_partials", "read_partitioned", "write_partitioned_parquet"]

#: what events can be grouped by (any combination, e.g. ("admin1", "month"))
GROUP_KEYS: tuple[str, ...] = ("admin1", "h3", "day", "week", "month", "attack_type", "source",
                               "geo_precision")
#: the summed measures of every aggregate table
MEASURES: tuple[str, ...] = ("events", "killed", "injured", "count")
#: the label of events whose key is unknown (no date, no admin1, ...)
UNKNOWN = "unknown"
DEFAULT_H3_RESOLUTION = 7

_NEEDS = {"admin1": ("admin1",), "h3": ("geometry",), "day": ("date",), "week": ("date",),
          "month": ("date",), "attack_type": ("attack_types",), "source": ("source",),
          "geo_precision": ("geo_precision",)}


def _check_by(by: str | Sequence[str]) -> tuple[str, ...]:
    keys = (by,) if isinstance(by, str) else tuple(by)
    if not keys:
        raise InputError("give at least one key to group by", field="by")
    for key in keys:
        if key not in GROUP_KEYS:
            raise InputError(f"cannot group by {key!r}; use {', '.join(GROUP_KEYS)}", field="by")
    if len(set(keys)) != len(keys):
        raise InputError("a key appears twice", field="by")
    return keys


def _text_key(values: pd.Series) -> np.ndarray:
    text = values.astype("object")
    return text.where(text.notna() & text.ne(""), UNKNOWN).to_numpy(dtype=object)


def _date_keys(dates: pd.Series, key: str) -> np.ndarray:
    parsed = pd.to_datetime(dates.astype("object"), format="%Y-%m-%d", errors="coerce")
    if key == "week":                                 # the Monday of the ISO week
        parsed = parsed - pd.to_timedelta(parsed.dt.dayofweek, unit="D")
    text = parsed.dt.strftime("%Y-%m" if key == "month" else "%Y-%m-%d")
    return text.astype("object").where(parsed.notna(), UNKNOWN).to_numpy(dtype=object)


def h3_cells(geometry, resolution: int = DEFAULT_H3_RESOLUTION) -> np.ndarray:
    """The H3 cell (hex string) of every point, via h3 v4's integer API."""
    import h3
    import shapely

    geoms = np.asarray(geometry.values if hasattr(geometry, "values") else geometry)
    lat, lon = shapely.get_y(geoms), shapely.get_x(geoms)
    to_cell = h3.api.basic_int.latlng_to_cell
    cells = np.fromiter((to_cell(y, x, resolution) for y, x in zip(lat.tolist(), lon.tolist())),
                        dtype=np.uint64, count=len(lat))
    uniques, codes = np.unique(cells, return_inverse=True)
    names = np.array([format(int(c), "x") for c in uniques], dtype=object)
    return names[codes] if len(cells) else np.array([], dtype=object)


def key_columns(events, by: str | Sequence[str], *,
                h3_resolution: int = DEFAULT_H3_RESOLUTION) -> pd.DataFrame:
    """The group key of every event, one column per key (vectorised; ``attack_type`` explodes).

    Returns a frame with the key columns and the measures (``events`` = 1 per
    row), indexed like ``events`` (repeated for events with several attack types).
    """
    keys = _check_by(by)
    columns: dict[str, object] = {}
    for key in keys:
        if key == "h3":
            columns[key] = h3_cells(events.geometry, h3_resolution)
        elif key in ("day", "week", "month"):
            columns[key] = _date_keys(events["date"], key)
        elif key != "attack_type":
            columns[key] = _text_key(events[key])
    frame = pd.DataFrame(columns, index=events.index)
    frame["events"] = np.ones(len(events), dtype="int64")
    for measure in ("killed", "injured", "count"):
        frame[measure] = pd.to_numeric(events[measure]).fillna(0).astype("int64").to_numpy() \
            if len(events) else np.zeros(0, dtype="int64")
    if "attack_type" in keys:
        frame = _explode_attack_types(frame, events["attack_types"])
    return frame[[*keys, *MEASURES]]


def _explode_attack_types(frame: pd.DataFrame, attack_types: pd.Series) -> pd.DataFrame:
    """One row per (event, attack type); events without a type count under ``unknown``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    lists = pa.array(attack_types.to_numpy(dtype=object), type=pa.list_(pa.string()),
                     from_pandas=True)
    flat = pc.list_flatten(lists).to_numpy(zero_copy_only=False).astype(object)
    parents = pc.list_parent_indices(lists).to_numpy(zero_copy_only=False)
    lengths = pc.fill_null(pc.list_value_length(lists), 0).to_numpy(zero_copy_only=False)
    untyped = np.flatnonzero(lengths == 0)
    rows = np.concatenate([parents.astype(np.int64), untyped.astype(np.int64)])
    out = frame.iloc[rows].copy()
    out["attack_type"] = np.concatenate([flat, np.full(len(untyped), UNKNOWN, dtype=object)])
    return out


def partial_aggregate(events, by: str | Sequence[str], *,
                      h3_resolution: int = DEFAULT_H3_RESOLUTION) -> pd.DataFrame:
    """Sum the measures of one chunk of events per group (a mergeable partial table)."""
    keys = list(_check_by(by))
    frame = key_columns(events, keys, h3_resolution=h3_resolution)
    return frame.groupby(keys, sort=False, dropna=False, observed=True)[list(MEASURES)].sum() \
        .reset_index()


def combine_partials(partials: pd.DataFrame | Sequence[pd.DataFrame],
                     by: str | Sequence[str]) -> pd.DataFrame:
    """Merge partial tables into the final aggregate: summed, sorted by the keys, 0..n index.

    Columns: the keys (str), then ``events``, ``killed``, ``injured``,
    ``count`` (int64); ``killed``/``injured``/``count`` add the figures the
    events report (unknown counts as 0).
    """
    keys = list(_check_by(by))
    frame = partials if isinstance(partials, pd.DataFrame) else (
        pd.concat(list(partials), ignore_index=True) if len(partials) else None)
    if frame is None or not len(frame):
        empty = {k: pd.Series([], dtype="object") for k in keys}
        return pd.DataFrame({**empty, **{m: pd.Series([], dtype="int64") for m in MEASURES}})
    out = frame.groupby(keys, sort=True, dropna=False, observed=True)[list(MEASURES)].sum() \
        .reset_index()
    for key in keys:
        out[key] = out[key].astype("object")
    for measure in MEASURES:
        out[measure] = out[measure].astype("int64")
    return out.sort_values(keys, kind="stable").reset_index(drop=True)


def aggregate_events(events, by: str | Sequence[str], *,
                     h3_resolution: int = DEFAULT_H3_RESOLUTION) -> pd.DataFrame:
    """The single-machine aggregate of an events GeoDataFrame (the reference for the dask path).

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Events following the schema; not modified.
    by : str or sequence of str
        Keys from :data:`GROUP_KEYS`, e.g. ``"admin1"`` or ``("h3", "week")``.
    h3_resolution : int
        Resolution of the ``h3`` key.

    Returns
    -------
    pandas.DataFrame
        One row per group: the keys, then ``events``, ``killed``, ``injured``, ``count``.
    """
    return combine_partials([partial_aggregate(events, by, h3_resolution=h3_resolution)], by)


def read_partitioned(folder: str | os.PathLike, *, columns: Sequence[str] | None = None):
    """A partitioned export as a dask-geopandas GeoDataFrame (lazy, one task per part file).

    Raises
    ------
    InputError
        When the folder is not a strikemap partitioned export.
    StrikemapError
        When dask-geopandas is not installed (``pip install 'strikemap[scale]'``).
    """
    read_marker(folder)
    dask_geopandas = _import_dask_geopandas()
    wanted = None if columns is None else list(dict.fromkeys([*columns, "geometry"]))
    frame = dask_geopandas.read_parquet(str(Path(folder)), columns=wanted)
    if PARTITION_COLUMN in frame.columns:
        frame = frame.drop(columns=[PARTITION_COLUMN])
    return frame


def aggregate_partitioned(folder: str | os.PathLike, by: str | Sequence[str], *,
                          h3_resolution: int = DEFAULT_H3_RESOLUTION, client=None) -> pd.DataFrame:
    """Aggregate a partitioned GeoParquet export with dask-geopandas.

    Parameters
    ----------
    folder : path
        Written by :func:`write_partitioned_parquet` / ``strikemap export --format parquet``.
    by : str or sequence of str
        Keys from :data:`GROUP_KEYS`.
    h3_resolution : int
        Resolution of the ``h3`` key.
    client : dask.distributed.Client, optional
        Run on this cluster; None uses the current dask scheduler (a client
        made current with ``with Client(...)``, else dask's local threads).

    Returns
    -------
    pandas.DataFrame
        Exactly :func:`aggregate_events` of the same events.
    """
    keys = _check_by(by)
    needed = sorted({c for k in keys for c in _NEEDS[k]} | {"killed", "injured", "count"})
    frame = read_partitioned(folder, columns=[c for c in needed if c != "geometry"])
    meta = combine_partials([], keys).iloc[:0]
    partials = frame.map_partitions(_partition_partial, keys, h3_resolution, meta=meta,
                                    enforce_metadata=False)
    if client is not None:
        collected = client.compute(partials).result()
    else:
        collected = partials.compute()
    return combine_partials(collected, keys)


def _partition_partial(part, keys: tuple[str, ...], h3_resolution: int) -> pd.DataFrame:
    """One partition's partial table (runs on a worker)."""
    return partial_aggregate(part, keys, h3_resolution=h3_resolution)


def _import_dask_geopandas():
    try:
        import dask_geopandas
    except ImportError as error:
        raise StrikemapError("the dask path needs dask-geopandas and dask.distributed: "
                             "pip install 'strikemap[scale]'") from error
    return dask_geopandas
