"""Reading input files safely and recognising their format.

:func:`read_text` refuses what cannot be an input (a missing file, a folder, a
device, FIFO or socket, a file over :data:`MAX_INPUT_BYTES`, an empty file, a
NUL byte anywhere, text that is not UTF-8) with an :class:`InputError` naming
the file. :func:`detect_format` recognises each supported format by its
content, the file name only breaking ties:

* ``geojson`` - a JSON object (``{``) whose ``type`` is a GeoJSON type;
* ``acled``   - a CSV header with ``event_id_cnty``, or with ``event_type``,
  ``sub_event_type`` and ``fatalities``;
* ``ucdp``    - a CSV header with ``where_prec``, or with ``date_start``,
  ``best`` and ``source_headline``;
* ``csv``     - a CSV header with ``date`` and ``latitude``/``longitude`` (or
  ``lat``/``lon``) or ``location``;
* ``telegram`` - a JSON object that is a Telegram Desktop export (a chat with
  ``messages``, or an account's ``chats``);
* ``jsonl``   - lines of JSON objects with a ``text`` field;
* ``rss``     - an RSS, Atom or RDF feed (XML);
* ``text``    - anything else that is text (a report).

The last three are recognised from the file's first 64 KiB
(:func:`detect_stream_format`), so a 1 GB export is never read whole to learn its format.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from geo.errors import InputError

FORMATS: tuple[str, ...] = ("auto", "text", "acled", "ucdp", "csv", "geojson", "telegram",
                            "jsonl", "rss")
#: the formats read as streams of reports (:mod:`geo.sources.report_sources`)
REPORT_FORMATS: tuple[str, ...] = ("telegram", "jsonl", "rss")
_SNIFF = 1 << 16
#: the largest input file read (1 GiB): a bigger one is refused before it is read
MAX_INPUT_BYTES = 1 << 30
_GEOJSON_TYPES = frozenset({"FeatureCollection", "Feature", "Point", "GeometryCollection"})
_IDENTIFIER = re.compile(r"^[A-Za-z_][\w .()/-]{0,60}$")


def read_text(path: str | os.PathLike) -> str:
    """The text of a UTF-8 input file (a BOM is dropped).

    Raises
    ------
    InputError
        Missing file, folder, unreadable, empty, binary or not UTF-8 (with the line).
    """
    label = str(path)
    data = read_regular_file(path, MAX_INPUT_BYTES)
    if not data.strip():
        raise InputError("empty file", file=label)
    nul = data.find(b"\x00")
    if nul >= 0:                     # judged the same wherever it is
        raise InputError("binary file, not text (a NUL byte)", file=label, line=data.count(b"\n", 0, nul) + 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError("not UTF-8 text (binary, or another encoding)", file=label,
                         line=line) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError("empty file", file=label)
    return text


def read_regular_file(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    The file is opened without blocking and checked on the open descriptor, so a
    FIFO never hangs the reader and a link to ``/dev/zero`` is never read.

    Raises
    ------
    InputError
        Missing, a folder, a device, FIFO or socket, larger than ``limit``, unreadable.
    """
    label = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputError("no such file", file=label) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", file=label) from None
    except OSError as error:
        raise InputError(f"cannot read ({error.strerror or error})", file=label) from None
    info = os.fstat(fd)
    problem = ("is a folder, not a file" if stat.S_ISDIR(info.st_mode)
               else "not a regular file (a device, FIFO or socket)" if not stat.S_ISREG(info.st_mode)
               else f"larger than the {limit >> 20} MiB input limit" if info.st_size > limit else None)
    if problem is not None:
        os.close(fd)
        raise InputError(problem, file=label)
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise InputError(f"cannot read ({error.strerror or error})", file=label) from None
    if len(data) > limit:
        raise InputError(f"larger than the {limit >> 20} MiB input limit", file=label)
    return data


def read_head(path: str | os.PathLike) -> str:
    """The first 64 KiB of a regular file as text ('' when it cannot be read, is not a
    regular file (a FIFO would block) or is not UTF-8)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return ""
        with open(path, "rb") as handle:
            data = handle.read(_SNIFF)
    except OSError:
        return ""
    if b"\x00" in data:
        return ""
    return data.decode("utf-8", errors="ignore").removeprefix("\ufeff")


def detect_stream_format(path: str | os.PathLike, head: str | None = None) -> str | None:
    """``telegram``, ``jsonl`` or ``rss`` when the file's start is one of them, else None."""
    head = read_head(path) if head is None else head
    if not head.strip():
        return None
    if looks_like_feed(head):
        return "rss"
    if looks_like_jsonl(head):
        return "jsonl"
    if looks_like_telegram(head) and not _looks_like_geojson_head(head):
        return "telegram"
    return None


_FEED_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?"
                         r"<(?:rss|feed|rdf:RDF)\b", re.S | re.I)


def looks_like_telegram(head: str) -> bool:
    """True when the start of a JSON file is a Telegram Desktop export."""
    text = head.lstrip("\ufeff \t\r\n")
    if not text.startswith("{"):
        return False
    one_chat = '"messages"' in head and re.search(r'"type"\s*:\s*"(?:public|private)_'
                                                  r'(?:channel|supergroup|group)|'
                                                  r'"type"\s*:\s*"(?:personal_chat|bot_chat|'
                                                  r'saved_messages)"', head)
    account = '"about"' in head and re.search(r'"(?:left_)?chats"\s*:', head)
    return bool(one_chat or account or re.search(r'"date_unixtime"\s*:', head))


def looks_like_jsonl(head: str) -> bool:
    """True when the first non-blank line of ``head`` is a JSON object with a ``text`` field."""
    for line in head.lstrip("\ufeff").splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):     # JSONDecodeError, or an int too long to read
            return False
        return isinstance(record, dict) and "text" in record and "type" not in record
    return False


def looks_like_feed(head: str) -> bool:
    """True when ``head`` starts like an RSS, Atom or RDF feed."""
    return bool(_FEED_START.match(head.lstrip("\ufeff")[:4096]))


def _looks_like_geojson_head(head: str) -> bool:
    return bool(re.search(r'"type"\s*:\s*"(?:FeatureCollection|Feature|Point|'
                          r'GeometryCollection)"', head))


def csv_header(text: str) -> list[str]:
    """The lower-cased, stripped names of the first CSV line ([] when it is no header)."""
    end = text.find("\n")
    first_line = text if end < 0 else text[:end]       # whole, however long
    try:
        names = next(csv.reader(io.StringIO(first_line)), [])
    except csv.Error:
        return []
    names = [n.strip().strip('"').lower() for n in names]
    if len(names) < 2 or not all(_IDENTIFIER.match(n) for n in names if n):
        return []
    return names


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(start line, fields) of every non-blank CSV record after the header (line 1).

    Raises :class:`csv.Error` where the csv module cannot read the text.
    """
    reader = csv.reader(io.StringIO(text))
    end = 0
    for fields in reader:
        start, end = end + 1, reader.line_num
        if start == 1 or not fields:
            continue
        yield start, fields


def record_line(text: str, row: int) -> int:
    """The file line where CSV record ``row`` (0-based, after the header) starts.

    Quoted line breaks are counted; where the csv module cannot read what
    pandas or pyarrow accepted (e.g. a bare carriage return), a best guess.
    """
    try:
        for position, (line, _fields) in enumerate(csv_records(text)):
            if position == row:
                return line
    except csv.Error:
        pass
    return row + 2


def format_of_header(names: list[str]) -> str | None:
    """The CSV format a header belongs to, or None."""
    have = set(names)
    if "event_id_cnty" in have or {"event_type", "sub_event_type", "fatalities"} <= have:
        return "acled"
    if "where_prec" in have or {"date_start", "best", "source_headline"} <= have:
        return "ucdp"
    coords = ({"latitude", "longitude"} <= have or {"lat", "lon"} <= have
              or {"lat", "lng"} <= have or "location" in have)
    if "date" in have and coords:
        return "csv"
    return None


def _looks_like_geojson(text: str) -> bool:
    head = text.lstrip()
    if not head.startswith("{"):
        return False
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):   # broken, too deep, or an integer of thousands of digits
        return '"type"' in head[:_SNIFF] and ('"Feature' in head[:_SNIFF])
    return isinstance(document, dict) and document.get("type") in _GEOJSON_TYPES


def detect_format(path: str | os.PathLike, text: str | None = None) -> str:
    """The format of an input file: ``text``, ``acled``, ``ucdp``, ``csv`` or ``geojson``.

    Parameters
    ----------
    path : path-like
        The file (read when ``text`` is not given).
    text : str, optional
        Its content, if already read.

    Raises
    ------
    InputError
        When the file cannot be read, or is a ``.csv``/``.json`` whose content
        matches no supported format.
    """
    if text is None:
        text = read_text(path)
    suffix = Path(path).suffix.lower()
    if _looks_like_geojson(text):
        return "geojson"
    header = csv_header(text)
    found = format_of_header(header) if header else None
    if found is not None:
        return found
    if suffix in (".geojson", ".json"):
        raise InputError("not a GeoJSON FeatureCollection (no GeoJSON 'type')", file=str(path))
    if suffix in (".csv", ".tsv"):
        shown = ", ".join(header[:8]) if header else text.split("\n", 1)[0][:60]
        raise InputError(f"unrecognised CSV header ({shown}); expected an ACLED export, a UCDP "
                         "GED file, or date,latitude,longitude,attack_type,...", file=str(path),
                         line=1)
    return "text"
