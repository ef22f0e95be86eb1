"""Generic event files: a CSV with coordinates (or place names) and GeoJSON point events.

CSV columns: ``date, latitude, longitude, attack_type, killed, injured, source,
notes`` (a ``location`` column may replace the coordinates and is then geocoded
offline; a name that does not resolve is an error, never a guessed point). Every
column of the event schema is also accepted, so a strikemap CSV or GeoJSON
export reads back unchanged (same ``event_id``, so re-ingesting adds nothing).

Bad input raises :class:`~geo.errors.InputError` naming the file, the 1-based
line (header = line 1) or the GeoJSON feature, and the field.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pandas as pd

from geo.errors import InputError
from geo.sources.detect import read_text, record_line
from geo.sources.generic_build import (canonical_columns, columns_read, events_from_table,
                                      missing_required, rename_canonical)
from geo.sources.generic_fields import Locator

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_WGS84_CRS_NAMES = ("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84",
                    "urn:ogc:def:crs:EPSG::4326", "EPSG:4326", "CRS84")


# --- CSV ---------------------------------------------------------------------------------

def read_generic_csv(path: str | os.PathLike, text: str | None = None, *, geocoder=None):
    """Read a generic events CSV into a validated events GeoDataFrame.

    Parameters
    ----------
    path : path-like
        The CSV file (UTF-8, comma-separated, header row).
    text : str, optional
        Its content if already read (:func:`geo.sources.detect.read_text`).
    geocoder : OfflineGeocoder, optional
        For rows with a ``location`` instead of coordinates; the default offline
        geocoder is built only when such rows exist.

    Returns
    -------
    geopandas.GeoDataFrame
        Events in EPSG:4326 (see :mod:`geo.schema`).

    Raises
    ------
    InputError
        Naming the file, line and field of the first bad row.
    """
    label = str(path)
    data = (read_text(path) if text is None else text).encode("utf-8")
    header = _csv_header(data, label)
    table = _csv_table(data, header, label)
    if not len(table):
        raise InputError("no event rows under the header", file=label, line=2)
    where = Locator(label, line_of=lambda row: record_line(data.decode("utf-8"), row))
    return events_from_table(table, where, default_source=Path(path).name, geocoder=geocoder)


def _csv_header(data: bytes, label: str) -> list[str]:
    """The header's names, read whole however long it is (a 5,000-column header is fine)."""
    end = data.find(b"\n")
    first_line = data if end < 0 else data[:end + 1]
    try:
        first = next(csv.reader(io.StringIO(first_line.decode("utf-8", "ignore"), newline="")), [])
    except csv.Error as error:
        raise InputError(f"not a readable CSV header ({error})", file=label, line=1) from error
    names = [name.strip() for name in first]
    if not any(names):
        raise InputError("no header row", file=label, line=1)
    seen: set[str] = set()
    for name in names:
        if not name:
            raise InputError("empty column name in the header", file=label, line=1)
        if name.lower() in seen:
            raise InputError("column appears twice in the header", file=label, line=1, field=name)
        seen.add(name.lower())
    columns = canonical_columns(names)
    missing = missing_required(set(columns))
    if missing is not None:
        raise InputError(f"missing required column (have: {', '.join(names)}; need date, "
                         "latitude and longitude or location, attack_type)", file=label, line=1,
                         field=missing)
    return names


def _csv_table(data: bytes, header: list[str], label: str) -> pd.DataFrame:
    """The cells of the columns read (:func:`~geo.sources.generic_build.columns_read`) as text
    under canonical names; a ragged row is an error naming its line."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    read = pacsv.ReadOptions(column_names=[f"c{i}" for i in range(len(header))], skip_rows=1,
                             block_size=MAX_CSV_FIELD_BYTES)
    parse = pacsv.ParseOptions(newlines_in_values=True)
    try:
        arrow = pacsv.read_csv(io.BytesIO(data), read_options=read, parse_options=parse,
                               convert_options=text_cells(header))
    except (pa.ArrowInvalid, ValueError) as error:
        try:
            line, width = _first_ragged_row(data, len(header))
        except InputError as found:
            raise InputError(found.reason, file=label, line=found.line) from error
        if line is None:
            raise InputError(f"not a readable CSV ({' '.join(str(error).split())[:120]})",
                             file=label) from error
        raise InputError(f"{width} fields where the header has {len(header)}", file=label,
                         line=line) from error
    return _formulas_unguarded(rename_canonical(arrow.to_pandas().set_axis(
        [header[i] for i in columns_read(header)], axis=1)))


def text_cells(header: list[str]):
    """pyarrow's options to read the columns read, under generated names (``c0``, ...), as
    text with no nulls (a header of a million columns parses in well under a second)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    kept = [f"c{i}" for i in columns_read(header)]
    return pacsv.ConvertOptions(column_types={c: pa.string() for c in kept}, include_columns=kept,
                                strings_can_be_null=False, null_values=[])


def _formulas_unguarded(table: pd.DataFrame) -> pd.DataFrame:
    """Drop the ``'`` that a CSV export puts before a cell starting with ``= + - @``, tab or CR
    (:func:`geo.escape.csv_cell`), as a spreadsheet does: our own CSV reads back unchanged."""
    from geo.escape import csv_cell_value

    for name in table.columns:
        guarded = table[name].str.startswith("'")
        if guarded.any():
            table.loc[guarded, name] = table.loc[guarded, name].map(csv_cell_value)
    return table


#: the largest CSV field (pyarrow reads in blocks of this size; a field must fit in one)
MAX_CSV_FIELD_BYTES = 1 << 24


def _first_ragged_row(data: bytes, width: int) -> tuple[int | None, int]:
    """The first record whose width differs from the header's: (its line, its width).

    Raises
    ------
    InputError
        At the line of a field over :data:`MAX_CSV_FIELD_BYTES`, or of text the csv
        module cannot read.
    """
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_CSV_FIELD_BYTES)
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    line = 0                      # the last line read
    try:
        for fields in reader:
            start, line = line + 1, reader.line_num
            if start > 1 and fields and len(fields) != width:
                return start, len(fields)
    except csv.Error as error:
        reason = (f"a field over the {MAX_CSV_FIELD_BYTES >> 20} MiB limit" if "field limit" in str(error)
                  else f"not a readable CSV ({error})")
        raise InputError(reason, line=line + 1) from error
    finally:
        csv.field_size_limit(previous)
    return None, 0


# --- GeoJSON -----------------------------------------------------------------------------

def read_geojson_events(path: str | os.PathLike, text: str | None = None, *, geocoder=None):
    """Read GeoJSON point events (a FeatureCollection) into a validated events GeoDataFrame.

    Feature properties follow the event schema (a strikemap export reads back
    as it was) or the generic CSV names (``attack_type``, ``notes``...).
    Coordinates are lon, lat (RFC 7946); a ``crs`` other than WGS 84 is refused.
    ``text`` is the file's content if already read.

    Raises
    ------
    InputError
        Broken JSON (with its line), a non-point geometry, or a bad property,
        naming the feature, e.g. ``features[3].properties.date``.
    """
    label = str(path)
    data = (read_text(path) if text is None else text).encode("utf-8")
    try:
        document = json.loads(data)
    except json.JSONDecodeError as error:
        raise InputError(f"broken GeoJSON: {error.msg} (column {error.colno})", file=label,
                         line=error.lineno) from error
    except RecursionError as error:
        raise InputError("broken GeoJSON: nested too deeply", file=label) from error
    except ValueError as error:          # an integer of thousands of digits
        raise InputError(f"broken GeoJSON: {' '.join(str(error).split(';')[0].split())}", file=label) from error
    if b"\\u0000" in data.lower():
        _refuse_nul(document, label)
    if _SURROGATE_ESCAPE.search(data):
        try:
            json.dumps(document, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as error:
            raise InputError("broken GeoJSON: a \\u escape encodes half a character (a lone "
                             "surrogate)", file=label) from error
    features = _features(document, label)
    rows = [_feature_row(i, feature, label) for i, feature in enumerate(features)]
    table = rename_canonical(pd.DataFrame(rows))
    where = Locator(label, field_of=lambda i, field: f"features[{i}].properties.{field}"
                    if field not in ("latitude", "longitude") else f"features[{i}].geometry")
    return events_from_table(table, where, default_source=Path(path).name, geocoder=geocoder)


def _refuse_nul(value: object, label: str, where: str = "") -> None:
    """A NUL character (``\\u0000``) in any string is refused, as a NUL byte is in any file."""
    stack = [(value, where)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, str) and "\x00" in item:
            raise InputError("a NUL character (\\u0000) in a string", file=label, field=at or None)
        if isinstance(item, dict):
            stack.extend((v, f"{at}.{k}" if at else str(k)) for k, v in item.items())
            stack.extend((k, f"{at}.{k!r}") for k in item)
        elif isinstance(item, list):
            stack.extend((v, f"{at}[{i}]") for i, v in enumerate(item))


def _features(document: object, label: str) -> list:
    if not isinstance(document, dict) or "type" not in document:
        raise InputError("broken GeoJSON: not a GeoJSON object", file=label)
    crs = document.get("crs")
    if crs is not None:
        properties = crs.get("properties") if isinstance(crs, dict) else None
        name = str(properties.get("name", "")) if isinstance(properties, dict) else ""
        if name not in _WGS84_CRS_NAMES:
            raise InputError(f"crs {name!r} is not supported: give WGS 84 lon/lat (RFC 7946)",
                             file=label, field="crs")
    if document["type"] == "Feature":
        return [document]
    if document["type"] != "FeatureCollection" or not isinstance(document.get("features"), list):
        raise InputError("broken GeoJSON: expected a FeatureCollection with a features list",
                         file=label, field="type")
    if not document["features"]:
        raise InputError("no features", file=label, field="features")
    return document["features"]


def _feature_row(i: int, feature: object, label: str) -> dict:
    where = f"features[{i}]"
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise InputError("not a GeoJSON Feature", file=label, field=where)
    geometry = feature.get("geometry")
    properties = feature.get("properties") or {}
    if not isinstance(properties, dict):
        raise InputError("properties must be an object", file=label, field=f"{where}.properties")
    row = {k: v for k, v in properties.items() if k not in ("latitude", "longitude", "lat", "lon")}
    if geometry is None:
        return row
    coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        kind = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        raise InputError(f"geometry must be a Point, not {kind}", file=label,
                         field=f"{where}.geometry")
    if not isinstance(coords, list) or len(coords) not in (2, 3) or \
            not all(isinstance(c, int | float) and not isinstance(c, bool) for c in coords):
        raise InputError("Point coordinates must be [lon, lat] numbers", file=label,
                         field=f"{where}.geometry.coordinates")
    row["longitude"], row["latitude"] = coords[0], coords[1]
    return row


__all__ = ["read_generic_csv", "read_geojson_events"]
