"""The event schema: columns, dtypes, CRS constants and validation.

One GeoDataFrame contract for the whole project: events are stored and
exported in EPSG:4326 (lon, lat); distances and areas use :data:`METRIC_CRS`
or :data:`EQUAL_AREA_CRS`. :func:`validate_events` checks a frame and returns a
normalised copy; the caller's frame is never mutated.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from geo.errors import SchemaError
from geo.model import EventRecord

STORAGE_CRS = "EPSG:4326"
EQUAL_AREA_CRS = "EPSG:6933"        # WGS 84 / NSIDC EASE-Grid 2.0 Global (equal area)
METRIC_CRS = "EPSG:6386"            # UCS-2000 / Ukraine TM zone 12 (central meridian 36°E, metres)

ATTACK_TYPES: tuple[str, ...] = ("missile", "drone", "glide_bomb", "airstrike",
                                 "artillery", "ground_assault", "other")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "unknown")
GEO_PRECISIONS: tuple[str, ...] = ("settlement", "district", "region", "country")
SIDES: tuple[str, ...] = ("occupied", "free")
#: what an analyst decided about an event (``auto``: nobody yet); see ``docs/review.md``
REVIEW_STATUSES: tuple[str, ...] = ("auto", "confirmed", "corrected", "rejected")

#: column -> kind; "list" columns hold Python lists of str.
EVENT_COLUMNS: dict[str, str] = {
    "event_id": "str",
    "date": "str",                # YYYY-MM-DD or null
    "date_precision": "str",
    "attack_types": "list",
    "place": "str",
    "query": "str",
    "geonameid": "Int64",
    "country_code": "str",
    "admin1": "str",
    "geo_precision": "str",
    "killed": "Int64",
    "injured": "Int64",
    "count": "Int64",
    "killed_qualifier": "str",    # e.g. "more than" for "more than 60 killed"
    "injured_qualifier": "str",
    "count_qualifier": "str",
    "date_start": "str",          # YYYY-MM-DD or null: first day of a span (UCDP, ACLED)
    "date_end": "str",            # YYYY-MM-DD or null: last day of the span, inclusive
    "source": "str",
    "sources": "list",            # every source merged into this event
    "source_name": "str",         # who published the source (a Telegram channel's name, ...)
    "excerpt": "str",
    "excerpt_start": "Int64",     # character offsets of the excerpt in the source
    "excerpt_end": "Int64",
    "confidence": "float",
    "front_km": "float",
    "side": "str",
    "review_status": "str",       # auto / confirmed / corrected / rejected (docs/review.md)
}
REQUIRED_COLUMNS: tuple[str, ...] = ("event_id", "date_precision", "attack_types",
                                     "place", "geo_precision", "source")


def make_event_id(*parts: object) -> str:
    """A stable id from the parts that identify an event (source, place, ...).

    The same inputs always give the same id, so ingesting twice adds nothing.
    """
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def empty_events():
    """An empty, valid events GeoDataFrame."""
    return records_to_frame([])


def records_to_frame(records: Iterable[EventRecord]):
    """Build a validated events GeoDataFrame from :class:`EventRecord` objects."""
    import geopandas as gpd

    rows = []
    for r in records:
        rows.append({
            "event_id": r.event_id, "date": r.date, "date_precision": r.date_precision,
            "attack_types": list(r.attack_types), "place": r.place, "query": r.query,
            "geonameid": r.geonameid, "country_code": r.country_code, "admin1": r.admin1,
            "geo_precision": r.geo_precision, "killed": r.killed, "injured": r.injured,
            "count": r.count, "source": r.source, "excerpt": r.excerpt,
            "confidence": r.confidence, "front_km": r.front_km, "side": r.side,
            "lon": r.lon, "lat": r.lat, **{k: v for k, v in r.extra.items()
                                           if k in EVENT_COLUMNS},
        })
    frame = pd.DataFrame(rows, columns=[*EVENT_COLUMNS, "lon", "lat"])
    geometry = gpd.points_from_xy(frame["lon"].astype(float), frame["lat"].astype(float),
                                  crs=STORAGE_CRS)
    gdf = gpd.GeoDataFrame(frame.drop(columns=["lon", "lat"]), geometry=geometry,
                           crs=STORAGE_CRS)
    return validate_events(gdf)


def _as_list(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    if isinstance(value, str):
        import json
        if value.startswith("["):
            return [str(v) for v in json.loads(value)]
        return [v for v in (s.strip() for s in value.split(",")) if v]
    return [str(v) for v in value]


def _check_values(gdf, column: str, allowed: Sequence[str], nullable: bool = False) -> None:
    values = gdf[column]
    bad = ~values.isin(allowed)
    if nullable:
        bad &= values.notna()
    if bad.any():
        first = values[bad].iloc[0]
        raise SchemaError(f"column {column!r}: {first!r} is not one of {', '.join(allowed)}")


def validate_events(gdf):
    """Check an events GeoDataFrame and return a normalised copy.

    Missing optional columns are added as nulls, dtypes are coerced, the CRS
    must be EPSG:4326 (a frame without CRS is taken as lon/lat), and every
    value must follow the schema.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Events; not modified.

    Returns
    -------
    geopandas.GeoDataFrame
        A copy with exactly the schema's columns, in order, plus ``geometry``.

    Raises
    ------
    SchemaError
        When a required column is missing or a value breaks the schema.
    """
    import geopandas as gpd
    import shapely

    if not isinstance(gdf, gpd.GeoDataFrame):
        raise SchemaError("events must be a GeoDataFrame")
    missing = [c for c in REQUIRED_COLUMNS if c not in gdf.columns]
    if missing:
        raise SchemaError(f"missing required column(s): {', '.join(missing)}")
    out = gdf.copy()
    if out.crs is None:
        out = out.set_crs(STORAGE_CRS)
    elif not out.crs.equals(STORAGE_CRS):
        out = out.to_crs(STORAGE_CRS)
    for column, kind in EVENT_COLUMNS.items():
        if column not in out.columns:
            out[column] = None
        if kind == "list":
            # lists (the common case) pass as they are; attack types are checked below
            out[column] = [v if type(v) is list else _as_list(v) for v in out[column].tolist()]
        elif kind == "Int64":
            out[column] = pd.to_numeric(out[column], errors="raise").astype("Int64")
        elif kind == "float":
            out[column] = pd.to_numeric(out[column], errors="raise").astype("float64")
        else:
            col = out[column].astype("object")
            out[column] = col.where(col.notna(), None)
    out["sources"] = [s if s else ([src] if src else [])
                      for s, src in zip(out["sources"].tolist(), out["source"].tolist())]
    _check_values(out, "date_precision", DATE_PRECISIONS)
    _check_values(out, "geo_precision", GEO_PRECISIONS)
    _check_values(out, "side", SIDES, nullable=True)
    out["review_status"] = out["review_status"].where(out["review_status"].notna(), "auto")
    _check_values(out, "review_status", REVIEW_STATUSES)
    bad_types = [t for types in out["attack_types"] for t in types if t not in ATTACK_TYPES]
    if bad_types:
        raise SchemaError(f"column 'attack_types': {bad_types[0]!r} is not one of "
                          f"{', '.join(ATTACK_TYPES)}")
    for column in ("date", "date_start", "date_end"):
        _check_dates(out, column)
    both = out["date_start"].notna() & out["date_end"].notna()
    if both.any():
        backwards = both & (out["date_end"].astype("object").where(both, "")
                            < out["date_start"].astype("object").where(both, ""))
        if backwards.any():
            row = out[backwards].iloc[0]
            raise SchemaError(f"column 'date_end': {row['date_end']!r} is before date_start "
                              f"{row['date_start']!r} (event {row['event_id']!r})")
    geoms = out.geometry.values
    if len(geoms):
        if not bool(np.all(shapely.get_type_id(geoms) == 0)):
            raise SchemaError("geometry: every event must be a Point")
        x, y = shapely.get_x(geoms), shapely.get_y(geoms)
        if not (np.all(np.abs(x) <= 180) and np.all(np.abs(y) <= 90)):
            raise SchemaError("geometry: coordinates out of range (lon ±180, lat ±90)")
    if out["event_id"].isna().any():
        raise SchemaError("column 'event_id': null id")
    return out[[*EVENT_COLUMNS, out.geometry.name]].rename_geometry("geometry") \
        if out.geometry.name != "geometry" else out[[*EVENT_COLUMNS, "geometry"]]


def _check_dates(out, column: str) -> None:
    """Each distinct date of ``column`` parsed once; the first bad one (in row order) named."""
    dates = out[column].dropna()
    if not len(dates):
        return
    try:
        uniques = pd.Series(pd.unique(dates.to_numpy(dtype=object)), dtype="object")
    except TypeError:                      # an unhashable cell: every row parsed
        uniques = dates
    failed = pd.to_datetime(uniques, format="%Y-%m-%d", errors="coerce").isna().to_numpy()
    if failed.any():
        bad = dates[dates.isin(uniques[failed])].iloc[0] if uniques is not dates \
            else dates[failed].iloc[0]
        raise SchemaError(f"column {column!r}: {bad!r} is not YYYY-MM-DD")


def event_spans(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each event's first and last day (inclusive) as ``datetime64[D]`` arrays.

    ``date_start``/``date_end`` when the event spans time (UCDP, ACLED), else its
    ``date`` for both; NaT where nothing is known.

    Examples
    --------
    >>> frame = pd.DataFrame({"date": ["2022-02-24", "2025-07-01", None],
    ...                       "date_start": ["2022-02-24", None, None],
    ...                       "date_end": ["2022-09-30", None, None]})
    >>> start, end = event_spans(frame)
    >>> [str(d) for d in start], [str(d) for d in end]
    (['2022-02-24', '2025-07-01', 'NaT'], ['2022-09-30', '2025-07-01', 'NaT'])
    """
    def day(column: str) -> np.ndarray:
        if column not in events:
            return np.full(len(events), np.datetime64("NaT"), dtype="datetime64[D]")
        values = events[column].astype("object").where(events[column].notna(), None)
        codes, uniques = pd.factorize(values)
        table = np.array([*pd.to_datetime(pd.Series(uniques, dtype="object"), format="%Y-%m-%d")
                          .to_numpy(dtype="datetime64[D]"), np.datetime64("NaT")],
                         dtype="datetime64[D]")
        return table[codes]

    date = day("date")
    start, end = day("date_start"), day("date_end")
    start = np.where(np.isnat(start), np.where(np.isnat(end), date, end), start)
    end = np.where(np.isnat(end), start, end)
    return start, end


def casualties(events: pd.DataFrame) -> pd.Series:
    """Killed + injured per event, an unknown figure counting as 0 (int64).

    Examples
    --------
    >>> casualties(pd.DataFrame({"killed": [1, None], "injured": [None, None]})).tolist()
    [1, 0]
    """
    return (events["killed"].fillna(0).astype("int64")
            + events["injured"].fillna(0).astype("int64"))
