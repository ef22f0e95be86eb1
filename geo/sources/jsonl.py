"""JSON lines of reports, as scrapers write them: one object per line.

::

    {"text": "...", "published": "2026-11-20", "source": "https://example.org/a", "title": "..."}

* ``text`` (a string) is the report; a record whose text is empty or only
  white space is skipped and counted.
* ``published``: ``YYYY-MM-DD``, or a date and time (``2026-11-20T23:30:00``,
  with ``Z`` or an offset such as ``+02:00``). A time with an offset is turned
  into a date in the reports' time zone (Europe/Kyiv unless told); one without
  keeps its written date. Missing or null: relative dates stay ``unknown``.
* ``source`` (a non-empty string) is the report's id or URL, kept on every
  event and part of its id, so reading the same lines again adds nothing.
* ``title`` (optional string) is kept only as metadata.

Blank lines are ignored. Anything else is an :class:`~geo.errors.InputError`
naming the file, the line and the field. The file is read line by line.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime

from geo.errors import InputError
from geo.sources.text import Report

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FIELDS = ("text", "published", "source", "title")


def day_in_zone(value: str, zone, label: str, line: int | None, field: str,
                where: str = "") -> date:
    """A ``YYYY-MM-DD`` day, or an ISO date and time turned into a day in ``zone``.

    Raises
    ------
    InputError
        Not an ISO date (file, line, field).
    """
    text = value.strip()
    prefix = f"{where}: " if where else ""
    try:
        if _DAY.match(text):
            day = date.fromisoformat(text)
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
            day = (moment.astimezone(zone) if moment.tzinfo is not None else moment).date()
    except (ValueError, OverflowError):
        raise InputError(f"{prefix}not an ISO date ({value!r:.40})", file=label, line=line,
                         field=field) from None
    if not 1900 <= day.year <= 2100:
        raise InputError(f"{prefix}date out of range (1900-2100): {value!r:.40}", file=label,
                         line=line, field=field)
    return day


def read_jsonl_reports(path: str | os.PathLike, *, tz: str | None = None,
                       skipped: Counter | None = None) -> Iterator[Report]:
    """The reports of a JSON-lines file, read line by line.

    Parameters
    ----------
    path : path-like
        The file (UTF-8).
    tz : str, optional
        Time zone for published times with an offset (default Europe/Kyiv).
    skipped : collections.Counter, optional
        Counts records skipped for having no text (key ``"empty"``).

    Raises
    ------
    InputError
        A line that is not a JSON object, or a bad field (file, line, field).
    """
    from geo.sources.telegram import time_zone

    zone = time_zone(tz)
    label = str(path)
    skipped = Counter() if skipped is None else skipped
    try:
        handle = open(path, encoding="utf-8-sig", newline=None)
    except OSError as error:
        raise InputError(f"cannot read ({error.strerror or error})", file=label) from None
    with handle:
        number = 0
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                report = _record(line, zone, label, number)
                if report is None:
                    skipped["empty"] += 1
                    continue
                yield report
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text (binary, or another encoding)", file=label,
                             line=number + 1) from None


def _record(line: str, zone, label: str, number: int) -> Report | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"not a JSON object: {error.msg}", file=label, line=number) from None
    except RecursionError:
        raise InputError("not a JSON object: nested too deeply", file=label, line=number) from None
    if not isinstance(record, dict):
        raise InputError(f"not a JSON object but {type(record).__name__}", file=label, line=number)
    for name in _FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(f"must be a string, not {type(value).__name__}", file=label,
                             line=number, field=name)
    if "text" not in record:
        raise InputError("missing", file=label, line=number, field="text")
    source = (record.get("source") or "").strip()
    if not source:
        raise InputError("missing or empty (the report's id or URL)", file=label, line=number,
                         field="source")
    text = record.get("text") or ""
    if not text.strip():
        return None
    published = record.get("published")
    day = day_in_zone(published, zone, label, number, "published") if published else None
    return Report(text, source, day.isoformat() if day else None, record.get("title") or "")
