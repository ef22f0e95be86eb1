"""Readers: plain-text reports, ACLED and UCDP CSV, generic CSV and GeoJSON events.

:func:`read_source` is the single entry point the ingest command and the
dashboard use; every reader returns a GeoDataFrame validated by
:func:`geo.schema.validate_events` or raises :class:`~geo.errors.InputError`
naming the file, line and field.
"""
from __future__ import annotations

import os

from geo.errors import InputError
from geo.sources.detect import FORMATS, detect_format, read_text

__all__ = ["FORMATS", "detect_format", "read_source"]


def read_source(path: str | os.PathLike, *, format: str = "auto", published: str | None = None,
                geocoder=None):
    """Read one input file into events.

    Parameters
    ----------
    path : path-like
        The file.
    format : {"auto", "text", "acled", "ucdp", "csv", "geojson"}
        ``auto`` recognises the format by content (see :mod:`geo.sources.detect`).
    published : str, optional
        ``YYYY-MM-DD`` publication date of a text report (overrides its sidecar).
    geocoder : OfflineGeocoder, optional
        For text reports and generic CSV rows with a ``location`` instead of
        coordinates (default: the offline geocoder).

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
    if format not in FORMATS:
        raise InputError(f"unknown format {format!r} (use one of {', '.join(FORMATS)})",
                         field="format")
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
