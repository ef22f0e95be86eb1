"""UCDP GED (and Candidate Events) CSV files to events.

Field mapping (UCDP GED codebook 22.1):

* ``date_start`` -> ``date``. The Candidate files mix two US month-first forms
  (``09/01/2022 00:00`` and ``8/31/2022 12:00:00 AM``); ISO dates work too.
* ``date_start``/``date_end`` are kept as the event's span (``date_end`` missing: the
  start day): an aggregate over seven months stays spread over them in filters and charts.
* ``date_prec`` -> ``date_precision``: 1 -> ``day``; 2 (a 2-6 day span) and 3
  (the week) -> ``week``; 4 -> ``month``; 5 (longer) -> ``unknown`` (the date
  is kept: it is the start of the period). A ``day`` whose ``date_end`` differs
  from ``date_start`` is widened to what the span allows.
* ``where_prec`` -> ``geo_precision``: 1 (the exact place) and 2 (within about
  25 km of it) -> ``settlement``; 3 (second-order admin area) and 4 (oblast) ->
  ``region``; 5 and more (a part of the country, the country, waters) -> ``country``.
* ``best`` deaths -> ``killed``; UCDP counts no injured (null).
* ``source_headline`` -> ``excerpt``; attack types are read from it (``other``
  when it names none).
* ``where_coordinates`` (the UCDP place, "Balakliya town") -> ``place`` without
  the trailing feature word; ``where_description`` -> ``query``; ``adm_1`` ->
  ``admin1``; ``event_clarity`` 1 -> confidence 0.9, else 0.6.
* ``source`` is ``ucdp:<id>``; ``event_id`` = make_event_id("ucdp", id).
"""
from __future__ import annotations

import os

import numpy as np
import pandas as pd

from geo.gazetteer.regions import oblast_spellings
from geo.schema import make_event_id
from geo.sources.feed import FeedTable, country_codes, iso_days, types_from_text

REQUIRED = ("id", "date_start", "latitude", "longitude", "where_prec", "best")
_FEATURE_SUFFIX = r"\s+(?:village|town|city|settlement|urban-type settlement|raion|district)$"


def _date_precision(table: FeedTable, start: pd.Series, end: pd.Series) -> np.ndarray:
    prec = table.integers("date_prec", required=False, minimum=1)   # all NA when absent
    span = (end - start).dt.days.to_numpy()
    code = prec.fillna(0).to_numpy(dtype=int)
    out = np.select([code == 1, (code == 2) | (code == 3), code == 4, code >= 5],
                    ["day", "week", "month", "unknown"], default="")
    from_span = np.select([span <= 0, span <= 6, span <= 31], ["day", "week", "month"],
                          default="unknown")
    out = np.where(out == "", from_span, out)
    widen = (out == "day") & (span > 0)
    return np.where(widen, from_span, out)


def _geo_precision(table: FeedTable) -> np.ndarray:
    where = table.integers("where_prec", minimum=1).to_numpy(dtype=int)
    return np.select([where <= 2, where <= 4], ["settlement", "region"], default="country")


def read_ucdp(path: str | os.PathLike, text: str | None = None):
    """Read a UCDP GED / Candidate Events CSV into a validated events GeoDataFrame.

    Parameters
    ----------
    path : path-like
        The CSV (UTF-8).
    text : str, optional
        Its content if already read.

    Raises
    ------
    InputError
        A missing required column, or the first bad cell (file, line, field).
    """
    import geopandas as gpd

    from geo.schema import STORAGE_CRS, validate_events
    from geo.sources.detect import read_text

    label = str(path)
    table = FeedTable(read_text(path) if text is None else text, label)
    table.require(REQUIRED)
    ids = table.column("id")
    table.fail(ids.eq(""), "id", "empty id")
    start = table.dates("date_start")
    end = table.dates("date_end", required=False).fillna(start)
    table.fail((end < start).to_numpy(), "date_end", "before date_start")
    lat = table.floats("latitude", -90, 90)
    lon = table.floats("longitude", -180, 180)
    headline = table.column("source_headline")
    types = types_from_text(headline).map(lambda t: list(t) or ["other"])
    place = table.column("where_coordinates").str.replace(_FEATURE_SUFFIX, "", regex=True)
    clarity = table.column("event_clarity")
    source = ("ucdp:" + ids).tolist()
    frame = pd.DataFrame({
        "event_id": [make_event_id("ucdp", i) for i in ids],
        "date": iso_days(start),
        "date_precision": _date_precision(table, start, end),
        "date_start": iso_days(start),
        "date_end": iso_days(end),
        "attack_types": types.tolist(),
        "place": place.where(place.ne(""), table.column("adm_1")).tolist(),
        "query": table.column("where_description").tolist(),
        "geonameid": pd.array([pd.NA] * len(ids), dtype="Int64"),
        "country_code": country_codes(table.column("country")).tolist(),
        "admin1": oblast_spellings(table.column("adm_1")),
        "geo_precision": _geo_precision(table),
        "killed": table.integers("best"),
        "source": source,
        "sources": [[s] for s in source],
        "excerpt": headline.tolist(),
        "confidence": np.where(clarity.eq("1") | clarity.eq(""), 0.9, 0.6),
    })
    geometry = gpd.points_from_xy(lon, lat, crs=STORAGE_CRS)
    return validate_events(gpd.GeoDataFrame(frame, geometry=geometry, crs=STORAGE_CRS))
