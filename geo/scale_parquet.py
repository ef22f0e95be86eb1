"""Events as GeoParquet partitioned by month: the hand-over format to a cluster.

A partitioned export is a folder ``DIR/date_month=YYYY-MM/part-NNNNN.parquet``
(``date_month=unknown`` for events without a date) plus a small marker file
``DIR/_strikemap_parquet.json`` (ignored by Parquet readers, which skip names
starting with ``_``). Every part is a GeoParquet file (EPSG:4326, WKB points)
with exactly the event schema's columns, so any worker can read any part.

Writes are atomic: parts go to a hidden sibling folder that is renamed into
place only when every part is written, so a reader (or a crash) never sees a
half-written export. Replacing an earlier export swaps the folders; a folder
that is not a strikemap export is never overwritten.
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from types import TracebackType

import numpy as np
import pandas as pd

from geo.errors import InputError, StoreError
from geo.schema import EVENT_COLUMNS, STORAGE_CRS, validate_events

PARTITION_COLUMN = "date_month"
UNKNOWN_MONTH = "unknown"
MARKER_FILE = "_strikemap_parquet.json"
FORMAT_NAME = "strikemap-events-geoparquet"
FORMAT_VERSION = 1
#: rows per part file; bounds a worker's memory per partition
ROWS_PER_FILE = 1_000_000


def month_keys(dates: pd.Series) -> np.ndarray:
    """The partition key ``YYYY-MM`` (or ``unknown``) of each event date, vectorised."""
    text = dates.astype("object").where(dates.notna(), None)
    months = pd.Series(text, dtype="object").str.slice(0, 7)
    return months.fillna(UNKNOWN_MONTH).to_numpy(dtype=object)


def _load_marker(folder: str | os.PathLike) -> dict | None:
    """The marker of a strikemap partitioned export in ``folder``, else None."""
    marker = Path(folder) / MARKER_FILE
    if not marker.is_file():
        return None
    try:
        document = json.loads(marker.read_text(encoding="utf-8"))
        return document if document.get("format") == FORMAT_NAME else None
    except (OSError, ValueError, AttributeError):
        return None


def is_partitioned_export(folder: str | os.PathLike) -> bool:
    """True when ``folder`` holds a strikemap partitioned GeoParquet export."""
    return _load_marker(folder) is not None


def read_marker(folder: str | os.PathLike) -> dict:
    """The marker of an export: format, version, rows and partitions.

    Raises
    ------
    InputError
        When the folder is not a strikemap partitioned GeoParquet export.
    """
    path = Path(folder)
    marker = _load_marker(path)
    if marker is None:
        raise InputError("not a strikemap partitioned GeoParquet export (no valid "
                         f"{MARKER_FILE}); write one with `strikemap export --format parquet -o DIR`",
                         file=str(path))
    if int(marker.get("version", 0)) > FORMAT_VERSION:
        raise InputError(f"export format version {marker.get('version')} is newer than this "
                         f"strikemap understands ({FORMAT_VERSION})", file=str(path))
    return marker


class PartitionedWriter:
    """Write events in chunks into a new partitioned export, committed atomically.

    Use as a context manager: the export appears at ``folder`` only when the
    ``with`` block ends without an error; on an error nothing changes there.

    Parameters
    ----------
    folder : path
        Target folder. It may be missing, an empty folder, or an earlier
        strikemap export (replaced); anything else raises :class:`InputError`.
    rows_per_file : int
        Largest part file, in rows.

    Examples
    --------
    >>> with PartitionedWriter("out") as writer:          # doctest: +SKIP
    ...     for chunk in chunks:
    ...         writer.write(chunk)
    """

    def __init__(self, folder: str | os.PathLike, *, rows_per_file: int = ROWS_PER_FILE) -> None:
        self.folder = Path(folder)
        self.rows_per_file = max(1, int(rows_per_file))
        self.rows = 0
        self._parts: dict[str, int] = {}
        self._staging: Path | None = None
        _check_target(self.folder)

    def __enter__(self) -> PartitionedWriter:
        parent = self.folder.resolve().parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            self._staging = parent / f".{self.folder.name}.partial-{uuid.uuid4().hex[:12]}"
            self._staging.mkdir()
        except OSError as error:
            raise StoreError(f"{self.folder}: cannot create the export folder ({error})") from error
        return self

    def write(self, events, *, validated: bool = False) -> int:
        """Add a chunk of events (a GeoDataFrame); returns the rows written.

        ``validated=True`` skips :func:`geo.schema.validate_events` for frames
        that already follow the schema exactly (e.g. read from the store).
        """
        if self._staging is None:
            raise StoreError("PartitionedWriter.write() outside its `with` block")
        frame = events if validated else validate_events(events)
        if not len(frame):
            return 0
        keys = month_keys(frame["date"])
        for month in pd.unique(keys):
            rows = frame.loc[keys == month]
            for start in range(0, len(rows), self.rows_per_file):
                self._write_part(str(month), rows.iloc[start:start + self.rows_per_file])
        self.rows += len(frame)
        return len(frame)

    def _write_part(self, month: str, rows) -> None:
        assert self._staging is not None
        number = self._parts.get(month, 0)
        self._parts[month] = number + 1
        directory = self._staging / f"{PARTITION_COLUMN}={month}"
        directory.mkdir(exist_ok=True)
        part = rows[[*EVENT_COLUMNS, "geometry"]].reset_index(drop=True)
        try:
            part.to_parquet(directory / f"part-{number:05d}.parquet", index=False,
                            compression="zstd", write_covering_bbox=False)
        except OSError as error:
            raise StoreError(f"{self.folder}: cannot write a part file ({error})") from error

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        staging, self._staging = self._staging, None
        if staging is None:
            return
        if kind is not None:
            shutil.rmtree(staging, ignore_errors=True)
            return
        marker = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "crs": STORAGE_CRS,
                  "partition_column": PARTITION_COLUMN, "rows": self.rows,
                  "partitions": {m: n for m, n in sorted(self._parts.items())}}
        (staging / MARKER_FILE).write_text(json.dumps(marker, indent=1), encoding="utf-8")
        _fsync_tree(staging)
        _swap_into_place(staging, self.folder)


def write_partitioned_parquet(events, folder: str | os.PathLike, *,
                              rows_per_file: int = ROWS_PER_FILE) -> Path:
    """Write events as GeoParquet partitioned by month (``date_month=YYYY-MM``).

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Events following the schema; validated, not modified.
    folder : path
        Target folder: missing, empty, or an earlier export (replaced atomically).
    rows_per_file : int
        Largest part file, in rows.

    Returns
    -------
    pathlib.Path
        The export folder.

    Raises
    ------
    InputError
        When ``folder`` is a file or a non-empty folder that is not an export.
    SchemaError
        When the events break the schema.
    """
    with PartitionedWriter(folder, rows_per_file=rows_per_file) as writer:
        writer.write(events)
    return Path(folder)


def _check_target(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputError("exists and is not a folder; a partitioned export needs a folder",
                         file=str(folder))
    if folder.is_dir() and any(folder.iterdir()) and not is_partitioned_export(folder):
        raise InputError("folder is not empty and is not a strikemap parquet export; "
                         "refusing to overwrite it", file=str(folder))


def _fsync_tree(root: Path) -> None:
    """Flush every written file and folder to disk before the rename commits them."""
    for directory, _, files in os.walk(root):
        for name in files:
            with open(os.path.join(directory, name), "rb") as handle:
                os.fsync(handle.fileno())
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _swap_into_place(staging: Path, folder: Path) -> None:
    """Rename the finished staging folder to ``folder``, replacing an old export."""
    _check_target(folder)
    old: Path | None = None
    try:
        if folder.exists():
            old = staging.parent / f".{folder.name}.old-{uuid.uuid4().hex[:12]}"
            os.rename(folder, old)
        os.rename(staging, folder)
    except OSError as error:
        if old is not None and not folder.exists():
            os.rename(old, folder)
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(f"{folder}: cannot move the finished export into place ({error})") from error
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
