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
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from geo.errors import InputError
from geo.export_json import feature_chunks
from geo.export_stream import (  # noqa: F401  (the exports' API, in one place)
    EventStream,
    attribution_lines,
    checked,
    chunks_of,
    summarize,
    summary_lines,
)
from geo.export_tables import (  # noqa: F401
    GPKG_LAYER,
    csv_frame,
    to_csv_bytes,
    write_csv,
    write_gpkg,
)

FORMATS: tuple[str, ...] = ("geojson", "csv", "gpkg")


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
    chunks, summary = chunks_of(gdf, validate)
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
    from pyogrio.errors import (
        DataLayerError,
        DataSourceError,
        FieldError,
        GeometryError,
    )

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
