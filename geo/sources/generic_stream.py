"""A generic events CSV read block by block, for ingesting a file of any size in bounded memory.

:class:`GenericCsvStream` gives the same events, checks and errors as
:func:`geo.sources.generic.read_generic_csv` (same ids: an event's id depends only
on its own row), one validated frame per block of about :data:`BLOCK_BYTES` of
the file. The whole file is first checked as :func:`geo.sources.detect.read_text`
checks it (a regular file under the size limit, no NUL byte, UTF-8), a block at
a time; a bad row stops the stream, naming its file line, and the store's
transaction rolls back (see :meth:`geo.store.EventStore.ingest_batches`).
"""
from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from geo.errors import InputError
from geo.sources.detect import (MAX_INPUT_BYTES, csv_header, format_of_header, read_head,
                                read_text, record_line)
from geo.sources.generic import (MAX_CSV_FIELD_BYTES, _csv_header, _csv_table,
                                 _formulas_unguarded, text_cells)
from geo.sources.generic_build import (canonical_columns, columns_read, events_from_table,
                                       rename_canonical)
from geo.sources.generic_fields import Locator

#: bytes of the file parsed at a time (about 100,000 rows of a typical file); a field must fit in one
BLOCK_BYTES = MAX_CSV_FIELD_BYTES
#: rows checked and built into one frame (a block is cut into frames of at most this many)
FRAME_ROWS = 25_000
_CHECK_BYTES = 1 << 24


def looks_like_generic_csv(path: str | os.PathLike) -> bool:
    """True when the file's first line is a generic events CSV header (as
    :func:`geo.sources.detect.detect_format` would say ``csv``)."""
    head = read_head(path)
    if not head.strip() or head.lstrip().startswith("{") or "\n" not in head:
        return False
    header = csv_header(head)
    return bool(header) and format_of_header(header) == "csv"


class GenericCsvStream:
    """A generic events CSV, read as a stream of validated event frames.

    Parameters
    ----------
    path : path-like
        The CSV file.
    geocoder : OfflineGeocoder, optional
        For rows with a ``location`` instead of coordinates (default: the offline
        geocoder, built once and only when the file has a ``location`` column).
    """

    def __init__(self, path: str | os.PathLike, *, geocoder=None) -> None:
        self.path = Path(path)
        self.label = str(path)
        self.geocoder = geocoder

    def check(self) -> list[str]:
        """Check the file as :func:`~geo.sources.detect.read_text` does, and its header;
        return the header's names.

        Raises
        ------
        InputError
            As :func:`~geo.sources.generic.read_generic_csv` would, for the file or header.
        """
        if not _plain_text(self.path):
            read_text(self.path)                     # raises the exact error
            raise InputError("not a readable text file", file=self.label)  # pragma: no cover
        with open(self.path, "rb") as handle:
            first = handle.readline().removeprefix(codecs.BOM_UTF8)
        return _csv_header(first, self.label)

    def frames(self) -> Iterator:
        """Validated events GeoDataFrames of at most :data:`FRAME_ROWS` rows, in file order.

        Raises
        ------
        InputError
            The first bad row (its file line and field), as the whole-file reader.
        """
        import pyarrow as pa
        import pyarrow.csv as pacsv

        header = self.check()
        geocoder = self.geocoder
        if geocoder is None and "location" in canonical_columns(header):
            from geo.sources.generic_build import _geocoder

            geocoder = _geocoder(None)               # once, not once per block
        generated = [f"c{i}" for i in range(len(header))]
        kept = [header[i] for i in columns_read(header)]
        offset = 0
        reader = None
        while True:
            try:
                if reader is None:             # opening reads (and parses) the first block
                    reader = pacsv.open_csv(
                        self.path,
                        read_options=pacsv.ReadOptions(column_names=generated, skip_rows=1,
                                                       block_size=BLOCK_BYTES, use_threads=False),
                        parse_options=pacsv.ParseOptions(newlines_in_values=True),
                        convert_options=text_cells(header))
                batch = reader.read_next_batch()
            except StopIteration:
                break
            except (pa.ArrowInvalid, ValueError):
                self._raise_whole_file_error(header)
                raise
            for start in range(0, batch.num_rows, FRAME_ROWS):
                part = batch.slice(start, FRAME_ROWS)
                table = _formulas_unguarded(rename_canonical(
                    part.to_pandas().set_axis(kept, axis=1)))
                yield events_from_table(table, self._locator(offset), default_source=self.path.name,
                                        geocoder=geocoder)
                offset += part.num_rows
        reader = None
        pa.default_memory_pool().release_unused()    # the blocks' memory, back for the store
        if not offset:
            raise InputError("no event rows under the header", file=self.label, line=2)

    def _locator(self, offset: int) -> Locator:
        """Rows of the block that starts at record ``offset`` -> their file lines (found only
        for an error, by reading the file whole)."""
        return Locator(self.label, line_of=lambda row: record_line(read_text(self.path),
                                                                   offset + row))

    def _raise_whole_file_error(self, header: list[str]) -> None:
        """The parse error the whole-file reader gives (a ragged row, with its line)."""
        data = read_text(self.path).encode("utf-8")
        _csv_table(data, header, self.label)


def _plain_text(path: Path) -> bool:
    """A regular file under the size limit, not blank, with no NUL byte, all UTF-8."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or not 0 < info.st_size <= MAX_INPUT_BYTES:
            return False
        decoder = codecs.getincrementaldecoder("utf-8")()
        blank = True
        with open(path, "rb") as handle:
            while block := handle.read(_CHECK_BYTES):
                if b"\x00" in block:
                    return False
                text = decoder.decode(block)
                blank = blank and not text.removeprefix("\ufeff").strip()
            decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return False
    return not blank
