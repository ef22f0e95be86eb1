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
from geo.export_stream import EventStream, checked, chunks_of, summary_lines, table_chunks
from geo.schema import EVENT_COLUMNS

GPKG_LAYER = "events"
_CSV_POINT_AFTER = "query"


# --- CSV -----------------------------------------------------------------------------------

def csv_frame(gdf, *, validate: bool = True) -> pd.DataFrame:
    """The plain table a CSV export holds: schema columns, lists as JSON, latitude/longitude,
    formulas neutralised (as :func:`write_csv` writes it)."""
    import pyarrow as pa

    return _csv_table(checked(gdf, validate)).to_pandas(
        types_mapper={pa.int64(): pd.Int64Dtype()}.get)


def _csv_table(events):
    """The Arrow table a CSV export writes for a chunk: the schema's columns (lists as JSON
    text, no text cell starting a formula) with ``latitude``/``longitude`` after ``query``.
    ``events`` is an Arrow table as :attr:`EventStream.tables` gives them, or a validated
    frame."""
    import pyarrow as pa

    if not isinstance(events, pa.Table):
        from geo.store.arrow_rows import frame_table

        events = frame_table(events)
    names, columns = [], []
    for name, kind in EVENT_COLUMNS.items():
        column = events[name]
        names.append(name)
        columns.append(_neutralised(column) if kind in ("str", "list") else column)
        if name == _CSV_POINT_AFTER:
            names += ["latitude", "longitude"]
            columns += [events["lat"], events["lon"]]
    return pa.Table.from_arrays(columns, names=names)


def _neutralised(column):
    """A text column whose cells starting with ``= + - @``, tab, CR or ``'`` went through
    :func:`geo.escape.csv_cell` (the rest untouched, in Arrow)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    risky = pc.fill_null(pc.is_in(pc.utf8_slice_codeunits(column, 0, 1),
                                  pa.array(list("=+-@\t\r'"))), False)
    if not pc.any(risky).as_py():
        return column
    values = column.to_pylist()
    for i in np.flatnonzero(risky.to_numpy(zero_copy_only=False)):
        values[i] = csv_cell(values[i])
    return pa.array(values, type=pa.string())


def to_csv_bytes(gdf, *, validate: bool = True) -> bytes:
    """The events as UTF-8 CSV with ``latitude``/``longitude`` columns."""
    buffer = io.BytesIO()
    write_csv(gdf, buffer, validate=validate)
    return buffer.getvalue()


def write_csv(gdf, stream: BinaryIO, *, validate: bool = True) -> int:
    """Write the events as UTF-8 CSV (see :func:`csv_frame`) to a binary stream; return the
    count. ``gdf`` is an events frame or an :class:`EventStream` (written a chunk at a
    time, the same bytes). ``validate``: see :func:`checked`.

    Arrow's writer writes it (RFC 4180): a plain header, then every text cell quoted
    (so a cell holding a comma, quote, LF or a bare CR stays one cell), numbers and
    empty (null) cells bare; lines end in LF.
    """
    import pyarrow.csv as pa_csv

    header = [*EVENT_COLUMNS]
    header.insert(header.index(_CSV_POINT_AFTER) + 1, "latitude")
    header.insert(header.index("latitude") + 1, "longitude")
    stream.write((",".join(header) + "\n").encode("utf-8"))
    chunks = gdf.chunks() if isinstance(gdf, EventStream) else iter([checked(gdf, validate)])
    options = pa_csv.WriteOptions(include_header=False, quoting_style="needed")
    count = 0
    for events in table_chunks(gdf, chunks):
        if len(events):
            count += len(events)
            sink = io.BytesIO()
            pa_csv.write_csv(_csv_table(events), sink, options)
            stream.write(sink.getbuffer())
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
