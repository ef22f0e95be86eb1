"""Aggregations beyond one machine: dask-geopandas over month-partitioned GeoParquet.

The single-machine path (the store, :mod:`geo.aggregate`) holds every event in
one process. For stores that outgrow that, ``strikemap export --format parquet
-o DIR`` writes the events as GeoParquet partitioned by month
(:mod:`geo.scale_parquet`), and the functions here aggregate such a folder on a
dask cluster, a local one or many machines reading a shared file system:

* every partition is reduced on its worker by the single-machine function
  itself, :func:`geo.aggregate.aggregate`, to a partial table (keys ->
  events, killed, injured, coarser_dates: all sums, so they combine exactly);
* the partials, small next to the events, are summed per key on the client
  into the table :func:`geo.aggregate.aggregate` gives for all the events.

So the keys (oblast, H3 cell, day/week/month, place, and their crossings) are
computed by the same code on both paths, and a dask result equals the
single-machine one row for row. dask and dask-geopandas are the optional extra
``strikemap[scale]``; they are imported only when a dask function runs.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from geo.errors import StrikemapError
from geo.scale_parquet import PARTITION_COLUMN, read_marker, write_partitioned_parquet

__all__ = ["MEASURES", "aggregate_partitioned", "combine_partials", "read_partitioned",
           "write_partitioned_parquet"]

#: the summed columns of an aggregate table (geo.aggregate); every other column is a group key
MEASURES: tuple[str, ...] = ("events", "killed", "injured", "coarser_dates")
_NEEDS: dict[str, tuple[str, ...]] = {
    "place": ("place", "geonameid", "admin1", "country_code", "geometry"),
    "oblast": ("admin1", "geometry"), "h3": ("geometry",),   # oblast: bundled polygons, then admin1
    "day": ("date", "date_precision"), "week": ("date", "date_precision"),
    "month": ("date", "date_precision"),
}


def _columns_needed(meta: pd.DataFrame, spatial_oblast: bool) -> list[str]:
    """The event columns an aggregation reads, from its (empty) result table."""
    needed = {"killed", "injured"}
    for key, columns in _NEEDS.items():
        if key in meta.columns:
            needed.update(columns)
    if spatial_oblast and "oblast" in meta.columns:
        needed.add("geometry")
    return sorted(needed)


def combine_partials(partials: Sequence[pd.DataFrame] | pd.DataFrame,
                     meta: pd.DataFrame) -> pd.DataFrame:
    """Merge partial aggregate tables (same columns as ``meta``) into the final one.

    Every measure is a sum, so summing the partials per key (with the same
    :func:`geo.aggregate.group_sums` the single-machine path uses) gives exactly
    the table :func:`geo.aggregate.aggregate` gives for all the events at once:
    same rows, order (sorted, null keys last), columns and dtypes.
    """
    parts = [partials] if isinstance(partials, pd.DataFrame) else [p for p in partials if len(p)]
    keys = [c for c in meta.columns if c not in MEASURES]
    measures = [c for c in meta.columns if c in MEASURES]
    if not parts:
        return meta.iloc[:0].reset_index(drop=True)
    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    for key in keys:
        # a partition whose keys are all null infers ``object`` where the others infer a
        # typed column (e.g. str); the whole-data groupby would have inferred the typed one
        typed = [p[key].dtype for p in parts if p[key].dtype != object and p[key].notna().any()]
        if typed and frame[key].dtype != typed[0]:
            frame = frame.assign(**{key: frame[key].astype(typed[0])})
    from geo.aggregate import group_sums

    out = group_sums({k: frame[k] for k in keys},
                     {m: frame[m].to_numpy(dtype="int64") for m in measures})
    return out[list(meta.columns)]


def read_partitioned(folder: str | os.PathLike, *, columns: Sequence[str] | None = None):
    """A partitioned export as a dask-geopandas GeoDataFrame (lazy, one task per part file).

    With ``columns`` that leave out ``geometry``, a plain dask DataFrame of
    those columns (the points are not decoded).

    Raises
    ------
    InputError
        When the folder is not a strikemap partitioned export.
    StrikemapError
        When dask-geopandas is not installed (``pip install 'strikemap[scale]'``).
    """
    read_marker(folder)
    dask_geopandas = _import_dask_geopandas()
    if columns is not None and "geometry" not in columns:
        # attribute-only aggregations skip decoding the points (plain dask.dataframe)
        import dask.dataframe as dd

        frame = dd.read_parquet(str(Path(folder)), columns=list(columns))
    else:
        frame = dask_geopandas.read_parquet(str(Path(folder)), columns=None if columns is None
                                            else list(dict.fromkeys(columns)))
    if PARTITION_COLUMN in frame.columns:
        frame = frame.drop(columns=[PARTITION_COLUMN])
    return frame


def aggregate_partitioned(folder: str | os.PathLike, by: str | Sequence[str], *,
                          h3_resolution: int = 7, boundaries=None, name_field: str | None = None,
                          client=None) -> pd.DataFrame:
    """:func:`geo.aggregate.aggregate` over a partitioned GeoParquet export, with dask.

    Parameters
    ----------
    folder : path
        Written by :func:`write_partitioned_parquet` / ``strikemap export --format parquet``.
    by, h3_resolution, boundaries, name_field
        As for :func:`geo.aggregate.aggregate` (keys ``place``, ``oblast``,
        ``h3``, ``day``, ``week``, ``month``).
    client : dask.distributed.Client, optional
        Run on this cluster; None uses the current dask scheduler (a client
        made current with ``with Client(...)``, else dask's local threads).

    Returns
    -------
    pandas.DataFrame
        Exactly what :func:`geo.aggregate.aggregate` returns for the same events.
    """
    from geo.aggregate import aggregate, load_boundaries
    from geo.schema import empty_events

    read_marker(folder)
    polygons = load_boundaries(boundaries) if boundaries is not None else None
    options = {"h3_resolution": h3_resolution, "boundaries": polygons, "name_field": name_field}
    meta = aggregate(empty_events(), by, **options)          # checks the keys, gives the dtypes
    needed = _columns_needed(meta, polygons is not None)
    frame = read_partitioned(folder, columns=needed)
    partials = frame.map_partitions(_partition_partial, by, options, meta=meta,
                                    enforce_metadata=False)
    pieces = partials.to_delayed()        # one table per partition: their own key dtypes kept
    if client is not None:
        collected = client.gather(client.compute(pieces))
    else:
        import dask

        collected = list(dask.compute(*pieces))
    return combine_partials(collected, meta)


def _partition_partial(part, by, options: dict) -> pd.DataFrame:
    """One partition's partial table (runs on a worker)."""
    from geo.aggregate import aggregate

    return aggregate(part, by, **options)


def _import_dask_geopandas():
    try:
        import dask_geopandas
    except ImportError as error:
        raise StrikemapError("the dask path needs dask-geopandas and dask.distributed: "
                             "pip install 'strikemap[scale]'") from error
    return dask_geopandas
