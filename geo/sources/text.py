"""Plain-text reports and their ``.meta.json`` sidecars.

A report ``X.txt`` may have a sidecar ``X.txt.meta.json``::

    {"published": "YYYY-MM-DD", "source": "id or URL", "title": "...", "language": "en"}

The source id is the sidecar's ``source``, else the file name. The
publication date is the ``published`` argument when given (an explicit
``--published`` wins), else the sidecar's, else the report's dateline (a first
line that is only a date, :mod:`geo.extract.dateline`); without any, dates that
need it are ``unknown``. A sidecar that is not a JSON object, or whose fields have the
wrong type or date format, is bad input (:class:`InputError` naming the
sidecar and the field).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError
from geo.extract.dateline import dateline
from geo.extract.dates import parse_published
from geo.sources.detect import read_text

SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Report:
    """A report's text and metadata."""

    text: str
    source: str
    published: str | None = None
    title: str = ""
    language: str = ""
    source_name: str = ""        # who published it, beside a source that is only an id


def sidecar_path(path: str | os.PathLike) -> Path:
    """Where the sidecar of ``path`` lives (``X.txt`` -> ``X.txt.meta.json``)."""
    file = Path(path)
    return file.with_name(file.name + SIDECAR_SUFFIX)


def read_sidecar(path: str | os.PathLike) -> dict:
    """The sidecar's fields, checked; {} when there is no sidecar.

    Raises
    ------
    InputError
        Broken JSON, not an object, or a field of the wrong type or format.
    """
    meta_path = sidecar_path(path)
    if not meta_path.is_file():
        return {}
    label = str(meta_path)
    try:
        meta = json.loads(read_text(meta_path))
    except json.JSONDecodeError as error:
        raise InputError(f"broken JSON: {error.msg}", file=label, line=error.lineno) from None
    except RecursionError:
        raise InputError("broken JSON: nested too deeply", file=label) from None
    except ValueError as error:          # an integer of thousands of digits
        raise InputError(f"broken JSON: {str(error).split(';')[0]}", file=label) from None
    if not isinstance(meta, dict):
        raise InputError("the sidecar must be a JSON object", file=label)
    for name in ("published", "source", "title", "language"):
        value = meta.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(f"must be a string, not {type(value).__name__}", file=label,
                             field=name)
    if meta.get("published"):
        try:
            parse_published(meta["published"])
        except InputError as error:
            raise InputError(error.reason, file=label, field="published") from None
    return meta


def read_report(path: str | os.PathLike, *, published: str | None = None) -> Report:
    """Read a report and its sidecar.

    Parameters
    ----------
    path : path-like
        The report (UTF-8 text).
    published : str, optional
        ``YYYY-MM-DD``; overrides the sidecar's date.
    """
    text = read_text(path)
    meta = read_sidecar(path)
    day = publication_day(text, meta.get("published") if published is None else published)
    source = (meta.get("source") or "").strip() or Path(path).name
    return Report(text, source, day, meta.get("title") or "", meta.get("language") or "")


def publication_day(text: str, published: str | None) -> str | None:
    """A report's publication date (ISO): ``published`` (``--published`` or the sidecar's)
    when given, else the dateline on its first line ("Date: 2026-11-20"), else None.

    Raises
    ------
    InputError
        ``published`` is no ``YYYY-MM-DD`` date.
    """
    day = parse_published(published) or parse_published(dateline(text))
    return day.isoformat() if day else None


def read_text_report(path: str | os.PathLike, *, published: str | None = None, geocoder=None):
    """A report's events as a validated GeoDataFrame.

    The attack locations that could not be placed are listed (as dicts) in
    ``gdf.attrs["unresolved"]``; they never become points.
    """
    from geo.extract import extract_report
    from geo.schema import records_to_frame

    report = read_report(path, published=published)
    result = extract_report(report.text, source=report.source, published=report.published,
                            geocoder=geocoder)
    gdf = records_to_frame(result.events)
    gdf.attrs["unresolved"] = [u.to_json() for u in result.unresolved]
    return gdf
