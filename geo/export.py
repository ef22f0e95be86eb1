"""Events out: GeoJSON (RFC 7946), CSV and GeoPackage.

* GeoJSON: a FeatureCollection of Points in EPSG:4326, coordinates lon then
  lat, no ``crs`` member, each feature's ``id`` its ``event_id``, properties
  exactly the schema's columns (lists as JSON arrays, ``null`` where unknown),
  and an ``attribution`` foreign member naming the data sources. Written in
  chunks of columns turned into JSON text at once, so a million events take
  seconds and bounded memory.
* CSV: the schema's columns plus ``latitude``/``longitude``; lists as JSON
  arrays, empty cells where unknown. A text cell starting with ``=``, ``+``,
  ``-``, ``@``, tab or carriage return gets a leading ``'`` so that no
  spreadsheet runs it as a formula (OWASP; :func:`geo.escape.csv_cell`). Reads
  back, with the same values, with :func:`geo.sources.generic.read_generic_csv`.
* GeoPackage: layer ``events`` (lists as JSON text), the attribution in the
  layer description and in the GeoPackage metadata; reads back with pyogrio.

Files are written safely (:func:`write_events`): into a temporary file or folder
created exclusively, with a random name, beside the target, then renamed over
it; a target that exists must be a regular file (never a device, FIFO or folder).
"""
from __future__ import annotations

import io
import itertools
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd

from geo.errors import InputError
from geo.escape import csv_cell
from geo.export_json import feature_chunks
from geo.schema import EVENT_COLUMNS, validate_events

FORMATS: tuple[str, ...] = ("geojson", "csv", "gpkg")
GPKG_LAYER = "events"
_CSV_POINT_AFTER = "query"


def attribution_lines(gdf) -> list[str]:
    """Who the exported data come from, for file metadata and the README.

    Mentions GeoNames when events carry GeoNames ids, UCDP / ACLED when a
    source names them, and the frontline data when ``front_km`` is filled.
    ``gdf`` is an events frame, or an :class:`EventStream` (its summary says).
    """
    return summary_lines(gdf.summary if isinstance(gdf, EventStream)
                         else summarize([gdf], carriage_return=False))


def summarize(frames: Iterable, *, carriage_return: bool = True) -> dict:
    """What the exports' metadata say about the events of ``frames`` (all of them), as
    :meth:`geo.store.EventStore.summary` says it about a store (``carriage_return``:
    whether to look for a text cell holding one; False leaves that False)."""
    sources: set[str] = set()
    out = {"events": 0, "geonames": False, "front": False, "carriage_return": False}
    for frame in frames:
        out["events"] += len(frame)
        sources.update(str(s) for s in pd.unique(frame["source"].dropna().to_numpy(dtype=object)))
        out["geonames"] = out["geonames"] or bool(frame["geonameid"].notna().any())
        out["front"] = out["front"] or bool(frame["front_km"].notna().any())
        out["carriage_return"] = out["carriage_return"] or carriage_return and any(
            frame[name].map(lambda v: isinstance(v, str) and "\r" in v).any()
            for name, kind in EVENT_COLUMNS.items() if kind == "str")
    lowered = " ".join(s.lower() for s in sources)
    return {**out, "sources": len(sources), "ucdp": "ucdp" in lowered, "acled": "acled" in lowered}


def summary_lines(summary: dict) -> list[str]:
    """The attribution lines for a :func:`summarize` (or ``EventStore.summary``) result."""
    lines = [f"Events compiled with strikemap from {summary['sources']} source(s); each event names "
             "its sources in the 'source' and 'sources' fields."]
    if summary["geonames"]:
        lines.append("Place coordinates: GeoNames (geonames.org), CC BY 4.0.")
    if summary["ucdp"]:
        lines.append("UCDP Georeferenced Event Dataset (ucdp.uu.se), CC BY 4.0: Sundberg & "
                     "Melander (2013), Journal of Peace Research 50(4); Hogbladh (2022), UCDP GED "
                     "Codebook 22.1.")
    if summary["acled"]:
        lines.append("ACLED (acleddata.com): use subject to ACLED's terms of use and attribution "
                     "requirements.")
    if summary["front"]:
        lines.append("front_km/side: computed against dated frontline layers (default: "
                     "DeepStateMap.Live via github.com/cyterat/deepstate-map-data, GPL-3.0).")
    return lines


@dataclass(frozen=True)
class EventStream:
    """Events too many to hold at once: validated frames read a chunk at a time.

    Attributes
    ----------
    chunks : callable
        Returns a fresh iterator over the events' validated frames, in order
        (e.g. ``lambda: store.read_chunks()``); each writer calls it once.
    summary : dict
        What the metadata say about all of them (:func:`summarize`, or
        :meth:`geo.store.EventStore.summary`).
    features : callable, optional
        Returns a fresh iterator over the same events' GeoJSON feature texts, written
        faster than from the frames (``,\\n``-joined chunks, as
        :func:`geo.export_json.feature_chunks` gives them; e.g.
        :meth:`geo.store.EventStore.feature_texts`); the GeoJSON writer uses it when given.
    """

    chunks: Callable[[], Iterator]
    summary: dict
    features: Callable[[], Iterator[str]] | None = None


def checked(gdf, validate: bool = True):
    """``gdf`` as a validated events frame.

    ``validate=False`` skips the full value check for a frame that already came
    out of :func:`~geo.schema.validate_events` (e.g. ``EventStore.read()``
    filtered by :func:`~geo.filters.apply_filter`); its columns and CRS are
    still checked, and anything else is validated in full.
    """
    if not validate and list(gdf.columns) == [*EVENT_COLUMNS, "geometry"] \
            and gdf.crs is not None and gdf.crs.to_epsg() == 4326:
        return gdf
    return validate_events(gdf)


# --- GeoJSON -----------------------------------------------------------------------------

def to_geojson_bytes(gdf, *, validate: bool = True) -> bytes:
    """The events as an RFC 7946 GeoJSON FeatureCollection (UTF-8 bytes)."""
    buffer = io.BytesIO()
    write_geojson(gdf, buffer, validate=validate)
    return buffer.getvalue()


def write_geojson(gdf, stream: BinaryIO, *, validate: bool = True) -> int:
    """Write an RFC 7946 FeatureCollection to a binary stream; return the feature count.

    One feature per line, so the file is also easy to grep and diff. ``gdf`` is an
    events frame or an :class:`EventStream` (written a chunk at a time, the same bytes).
    ``validate``: see :func:`checked`.
    """
    chunks, summary = _chunks_of(gdf, validate)
    head = {"type": "FeatureCollection", "attribution": " ".join(summary_lines(summary))}
    stream.write(json.dumps(head, ensure_ascii=False)[:-1].encode("utf-8"))
    stream.write(b', "features": [')
    first, count = True, 0
    for text in _feature_texts(gdf, chunks):
        count += text.count("\n") + 1
        stream.write((("\n" if first else ",\n") + text).encode("utf-8"))
        first = False
    stream.write(b"\n]}\n")
    return count


def _feature_texts(gdf, chunks: Iterator) -> Iterator[str]:
    """The features' texts: from an :class:`EventStream`'s own writer when it has one."""
    if isinstance(gdf, EventStream) and gdf.features is not None:
        yield from (text for text in gdf.features() if text)
        return
    for events in chunks:
        yield from (text for text in feature_chunks(events) if text)


def _chunks_of(gdf, validate: bool, carriage_return: bool = False) -> tuple[Iterator, dict]:
    """The validated frames of an events frame (one) or of an :class:`EventStream`, and
    their summary (see :func:`summarize`)."""
    if isinstance(gdf, EventStream):
        return gdf.chunks(), gdf.summary
    events = checked(gdf, validate)
    return iter([events]), summarize([events], carriage_return=carriage_return)


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
    at = table.columns.get_loc(_CSV_POINT_AFTER) + 1
    for name in table.columns:
        if table[name].dtype == object:            # text: no cell may start a formula
            column = table[name]
            risky = _formula_like(column)
            if risky.any():
                table.loc[risky, name] = column[risky].map(csv_cell)
    table.insert(at, "latitude", shapely.get_y(geoms))
    table.insert(at + 1, "longitude", shapely.get_x(geoms))
    return table


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

    chunks, summary = _chunks_of(gdf, validate, carriage_return=True)
    quoting = csv.QUOTE_NONNUMERIC if summary["carriage_return"] else csv.QUOTE_MINIMAL
    first, count = True, 0
    for events in chunks:
        if not len(events) and not first:
            continue
        count += len(events)
        text = csv_frame(events, validate=False).to_csv(index=False, lineterminator="\n",
                                                       quoting=quoting, header=first)
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

    chunks, summary = _chunks_of(gdf, validate)
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
            if len(events):
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


#: GeoPackage field types by schema kind (lists are JSON text)
_GPKG_TYPES = {"str": "string", "list": "string", "Int64": "int64", "float": "float64"}


# --- any format ----------------------------------------------------------------------------

def write_events(gdf, path: str | os.PathLike, format: str | None = None, *,
                 validate: bool = True) -> int:
    """Write events to ``path`` as ``geojson``, ``csv`` or ``gpkg``; return the count.

    ``gdf`` is an events frame or an :class:`EventStream` (a store of any size,
    written a chunk at a time). ``format`` defaults to the file's suffix (.geojson/.json, .csv, .gpkg);
    ``validate``: see :func:`checked`.
    The events go to a temporary file (GeoPackage: a temporary folder) created
    exclusively, with a random name, in the target's folder, which is then
    renamed over the target: a failed export leaves no half-written file, and no
    link planted beside the target is followed.

    Raises
    ------
    InputError
        The target is not a regular file or a new path (a folder, a device, a
        FIFO), its folder is missing, or writing failed (disk full...).
    """
    target = Path(path)
    kind = (format or format_from_path(target)).lower()
    if kind not in FORMATS:
        raise InputError(f"unknown export format {kind!r} (use {', '.join(FORMATS)})",
                         field="format")
    check_output_path(target)
    tmp_dir: str | None = None
    partial: Path | None = None
    try:
        if kind == "gpkg":
            tmp_dir = tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
            partial = Path(tmp_dir) / f"events.{kind}"
            count = _write_gpkg_or_fail(gdf, partial, target, validate)
        else:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
            partial = Path(name)
            with os.fdopen(fd, "wb") as stream:
                if kind == "geojson":
                    count = write_geojson(gdf, stream, validate=validate)
                else:
                    count = write_csv(gdf, stream, validate=validate)
        _readable_as_usual(partial)
        os.replace(partial, target)
    except OSError as error:
        raise InputError(f"cannot write ({error.strerror or error})", file=str(target)) from error
    finally:
        if tmp_dir is not None:
            shutil.rmtree(tmp_dir, ignore_errors=True)
        elif partial is not None and partial.exists():
            partial.unlink()
    return count


def check_output_path(target: Path) -> None:
    """Refuse an output path that is not a regular file or a new name in an existing folder.

    Raises
    ------
    InputError
        ``-o /``, ``-o .``, a folder, a device (``/dev/full``), a FIFO or a socket;
        or a path whose folder does not exist.
    """
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise InputError(f"cannot use as output ({error.strerror or error})", file=str(target)) from error
    if info is not None and not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a device, FIFO or socket)"
        raise InputError(f"output is {kind}: give a file name, new or of a regular file", file=str(target),
                         field="output")
    if not target.parent.is_dir():
        raise InputError("the output's folder does not exist", file=str(target), field="output")


def _write_gpkg_or_fail(gdf, partial: Path, target: Path, validate: bool) -> int:
    """:func:`write_gpkg`, with GDAL's errors (disk full...) as one-line InputErrors."""
    from pyogrio.errors import DataLayerError, DataSourceError, FieldError, GeometryError

    try:
        return write_gpkg(gdf, partial, validate=validate)
    except (DataSourceError, DataLayerError, FieldError, GeometryError) as error:
        raise InputError(f"cannot write the GeoPackage ({' '.join(str(error).split())[:200]})",
                         file=str(target)) from error


def _readable_as_usual(path: Path) -> None:
    """Give a temporary file (created 0600) the mode a new file would have (0666 less umask)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


_FORMAT_OF_SUFFIX = {"geojson": "geojson", "json": "geojson", "csv": "csv", "gpkg": "gpkg",
                     "parquet": "parquet"}


def format_from_path(path: str | os.PathLike | None) -> str:
    """The export format a file name asks for: its text after the last dot
    (``events.csv`` and ``.csv`` are CSV), ``geojson`` when there is none or it is unknown.

    Examples
    --------
    >>> format_from_path("out/Events.GPKG"), format_from_path(".csv"), format_from_path(None)
    ('gpkg', 'csv', 'geojson')
    """
    name = Path(path).name if path else ""
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    return _FORMAT_OF_SUFFIX.get(suffix, "geojson")
