"""Readers: plain-text reports, Telegram exports, JSON lines, RSS/Atom feeds, ACLED and UCDP
CSV, generic CSV and GeoJSON events.

:func:`read_source` is the single entry point the ingest command and the
dashboard use; every reader returns a GeoDataFrame validated by
:func:`geo.schema.validate_events` or raises :class:`~geo.errors.InputError`
naming the file, line and field.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from geo.errors import InputError
from geo.sources.detect import (FORMATS, REPORT_FORMATS, detect_format, detect_stream_format,
                               read_text)

if TYPE_CHECKING:
    from geo.sources.report_sources import ReportSource

__all__ = ["FORMATS", "REPORT_FORMATS", "ReportSource", "detect_format", "detect_stream_format",
           "open_reports", "read_source"]


def __getattr__(name: str):
    """``ReportSource`` on first use: it imports the extraction pipeline, which every
    command would otherwise pay for at start-up."""
    if name == "ReportSource":
        from geo.sources import report_sources

        return getattr(report_sources, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_reports(path: str | os.PathLike, *, format: str = "auto", channel: str | None = None,
                 tz: str | None = None) -> ReportSource | None:
    """A :class:`ReportSource` when ``path`` holds many reports (Telegram export, JSON
    lines, RSS/Atom), else None.

    Raises
    ------
    InputError
        Unknown format, or ``channel`` given for a file that is no Telegram export.
    """
    if format not in FORMATS:
        raise InputError(f"unknown format {format!r} (use one of {', '.join(FORMATS)})",
                         field="format")
    if format == "auto":
        format = detect_stream_format(path) or ""
    if format not in REPORT_FORMATS:
        if channel:
            raise InputError("--telegram-channel applies to Telegram exports only",
                             file=str(path), field="telegram-channel")
        return None
    _check_file(path)
    from geo.sources.report_sources import ReportSource

    return ReportSource(path, format, channel=channel, tz=tz)


def _check_file(path: str | os.PathLike) -> None:
    """Refuse a missing or empty file or a folder without reading it whole."""
    from pathlib import Path

    file = Path(path)
    if not file.exists():
        raise InputError("no such file", file=str(path))
    if file.is_dir():
        raise InputError("is a folder, not a file", file=str(path))
    if file.stat().st_size == 0:
        raise InputError("empty file", file=str(path))


def read_source(path: str | os.PathLike, *, format: str = "auto", published: str | None = None,
                geocoder=None, channel: str | None = None, tz: str | None = None):
    """Read one input file into events.

    Parameters
    ----------
    path : path-like
        The file.
    format : {"auto", "text", "acled", "ucdp", "csv", "geojson", "telegram", "jsonl", "rss"}
        ``auto`` recognises the format by content (see :mod:`geo.sources.detect`).
    published : str, optional
        ``YYYY-MM-DD`` publication date of a text report (overrides its sidecar).
    geocoder : OfflineGeocoder, optional
        For text reports and generic CSV rows with a ``location`` instead of
        coordinates (default: the offline geocoder).
    channel : str, optional
        A Telegram export's channel username (see :mod:`geo.sources.telegram`).
    tz : str, optional
        Time zone of Telegram, JSON-lines and feed reports (default Europe/Kyiv).

    Returns
    -------
    geopandas.GeoDataFrame
        Validated events in EPSG:4326. For a text report,
        ``gdf.attrs["unresolved"]`` lists the attack locations that could not be
        placed.

    Raises
    ------
    InputError
        Unknown format, unreadable file, or a bad row/field.
    """
    many = open_reports(path, format=format, channel=channel, tz=tz)
    if many is not None:
        return many.read(geocoder=geocoder)
    text = None
    if format == "auto":
        text = read_text(path)
        format = detect_format(path, text)
    if format == "text":
        from geo.sources.text import read_text_report
        return read_text_report(path, published=published, geocoder=geocoder)
    if format == "ucdp":
        from geo.sources.ucdp import read_ucdp
        return read_ucdp(path, text)
    if format == "acled":
        from geo.sources.acled import read_acled
        return read_acled(path, text)
    from geo.sources import generic
    if format == "csv":
        return generic.read_generic_csv(path, text, geocoder=geocoder)
    return generic.read_geojson_events(path, text, geocoder=geocoder)
