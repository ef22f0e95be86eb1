"""The table exports: CSV and GeoPackage (see :mod:`geo.export` for what each holds)."""
from __future__ import annotations

import io
import itertools
import os
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd

from geo.escape import csv_cell
from geo.export_stream import checked, chunks_of, summary_lines, table_chunks
from geo.schema import EVENT_COLUMNS

GPKG_LAYER = "events"
_CSV_POINT_AFTER = "query"


# --- CSV -----------------------------------------------------------------------------------

def csv_frame(gdf, *, validate: bool = True) -> pd.DataFrame:
    """The plain table a CSV export holds: schema columns, lists as JSON, latitude/longitude."""
    import shapely

    from geo.store.sql import json_lists

    events = checked(gdf, validate)
    table = pd.DataFrame(events.drop(columns="geometry"))
    for name, kind in EVENT_COLUMNS.items():
        if kind == "list":
            table[name] = json_lists(table[name])
    geoms = events.geometry.values
    return _csv_table(table, shapely.get_y(geoms), shapely.get_x(geoms))


def _csv_table(table: pd.DataFrame, latitude, longitude) -> pd.DataFrame:
    """:func:`csv_frame` of the schema's columns (lists as JSON text) and the coordinates:
    formulas neutralised, latitude/longitude after ``query`` (``table`` is changed)."""
    at = table.columns.get_loc(_CSV_POINT_AFTER) + 1
    for name in table.columns:
        if table[name].dtype == object:            # text: no cell may start a formula
            column = table[name]
            risky = _formula_like(column)
            if risky.any():
                table.loc[risky, name] = column[risky].map(csv_cell)
    table.insert(at, "latitude", latitude)
    table.insert(at + 1, "longitude", longitude)
    return table


def _csv_of_chunk(events) -> pd.DataFrame:
    """:func:`csv_frame` of a validated frame, or of an Arrow table of the stored values
    (see :attr:`EventStream.tables`)."""
    import pyarrow as pa

    if not isinstance(events, pa.Table):
        return csv_frame(events, validate=False)
    table = pd.DataFrame({name: _pandas_column(events[name], kind)
                          for name, kind in EVENT_COLUMNS.items()}, copy=False)
    return _csv_table(table, events["lat"].to_numpy(), events["lon"].to_numpy())


def _pandas_column(values, kind: str) -> pd.Series:
    """An Arrow column as the frame path holds it: text as objects with None, Int64, float64."""
    if kind == "Int64":                                     # exact, nulls kept
        import pyarrow as pa

        return values.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)
    if kind == "float":
        return pd.Series(values.to_numpy(zero_copy_only=False), dtype="float64", copy=False)
    return pd.Series(values.to_numpy(zero_copy_only=False), dtype=object, copy=False)


def _formula_like(column: pd.Series) -> np.ndarray:
    """Which cells are text starting with ``= + - @``, tab, CR or ``'`` (in pyarrow when the
    column is all text or null)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        text = pa.array(column.to_numpy(dtype=object), type=pa.string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):      # not all text: one cell at a time
        return column.map(lambda v: isinstance(v, str) and v[:1] in "=+-@\t\r'").to_numpy(bool)
    first = pc.utf8_slice_codeunits(text, 0, 1)
    risky = pc.is_in(first, pa.array(list("=+-@\t\r'")))
    return np.asarray(pc.fill_null(risky, False).to_numpy(zero_copy_only=False), dtype=bool)


def to_csv_bytes(gdf, *, validate: bool = True) -> bytes:
    """The events as UTF-8 CSV with ``latitude``/``longitude`` columns."""
    buffer = io.BytesIO()
    write_csv(gdf, buffer, validate=validate)
    return buffer.getvalue()


def write_csv(gdf, stream: BinaryIO, *, validate: bool = True) -> int:
    """Write the events as UTF-8 CSV (see :func:`csv_frame`) to a binary stream; return the
    count. ``gdf`` is an events frame or an :class:`EventStream` (written a chunk at a
    time, the same bytes). ``validate``: see :func:`checked`.

    Lines end in LF. Python 3.11's writer leaves a cell with a bare CR unquoted (a
    reader would split the row there), so when any text cell holds one, every text
    cell of the file is quoted.
    """
    import csv

    chunks, summary = chunks_of(gdf, validate, carriage_return=True)
    quoting = csv.QUOTE_NONNUMERIC if summary["carriage_return"] else csv.QUOTE_MINIMAL
    first, count = True, 0
    for events in table_chunks(gdf, chunks):
        if not len(events) and not first:
            continue
        count += len(events)
        text = _csv_of_chunk(events).to_csv(index=False, lineterminator="\n", quoting=quoting,
                                            header=first)
        stream.write(text.encode("utf-8"))
        first = False
    if first:                                 # no events: the header alone
        from geo.schema import empty_events

        stream.write(csv_frame(empty_events(), validate=False)
                     .to_csv(index=False, lineterminator="\n").encode("utf-8"))
    return count


# --- GeoPackage ----------------------------------------------------------------------------

def write_gpkg(gdf, path: str | os.PathLike, *, validate: bool = True) -> int:
    """Write layer ``events`` to a GeoPackage (replaced if it exists), with attribution;
    return the count. ``gdf`` is an events frame or an :class:`EventStream`: its chunks go
    to GDAL as one Arrow stream (one layer, one write)."""
    import pyarrow as pa
    import pyogrio

    from geo.schema import STORAGE_CRS, empty_events

    chunks, summary = chunks_of(gdf, validate)
    chunks = table_chunks(gdf, chunks)
    attribution = " ".join(summary_lines(summary))
    first = next(chunks, None)
    first = empty_events() if first is None else first
    schema = pa.schema([pa.field(name, _GPKG_TYPES[kind]) for name, kind in EVENT_COLUMNS.items()]
                       + [pa.field("geometry", pa.binary())])
    count = 0

    def batches():
        nonlocal count
        for events in itertools.chain([first], chunks):
            count += len(events)
            if len(events) and isinstance(events, pa.Table):
                yield from _gpkg_of_table(events, schema).to_batches()
            elif len(events):
                yield from _gpkg_arrow(events, schema).to_batches()

    target = Path(path)
    if target.exists():
        target.unlink()
    from pyproj import CRS

    pyogrio.write_arrow(
        pa.RecordBatchReader.from_batches(schema, batches()), target, layer=GPKG_LAYER,
        driver="GPKG", geometry_name="geometry",
        geometry_type="Point" if len(first) else "Unknown",
        crs=CRS.from_user_input(STORAGE_CRS).to_wkt("WKT1_GDAL"),
        layer_options={"DESCRIPTION": attribution, "IDENTIFIER": "strikemap events"},
        dataset_metadata={"attribution": attribution, "generator": "strikemap"},
        layer_metadata={"attribution": attribution,
                        "list_fields": "attack_types, sources: JSON arrays as text"})
    return count


def _gpkg_arrow(events, schema):
    """One chunk as an Arrow table of ``schema``: lists as JSON text, the point as WKB."""
    import pyarrow as pa
    import shapely

    from geo.store.sql import json_lists

    table = pd.DataFrame(events.drop(columns="geometry"), copy=False)
    for name, kind in EVENT_COLUMNS.items():
        if kind == "list":
            table[name] = json_lists(table[name])
    table["geometry"] = shapely.to_wkb(events.geometry.values)
    return pa.Table.from_pandas(table, schema=schema, preserve_index=False)


def _gpkg_of_table(table, schema):
    """An Arrow table of the stored values (see :attr:`EventStream.tables`) as
    :func:`_gpkg_arrow` gives its frame: the point as WKB in place of lon/lat."""
    import pyarrow as pa
    import shapely

    points = shapely.points(table["lon"].to_numpy(), table["lat"].to_numpy())
    columns = [table[name] for name in EVENT_COLUMNS]
    return pa.Table.from_arrays([*columns, pa.array(shapely.to_wkb(points), pa.binary())],
                                schema=schema)


#: GeoPackage field types by schema kind (lists are JSON text)
_GPKG_TYPES = {"str": "string", "list": "string", "Int64": "int64", "float": "float64"}
