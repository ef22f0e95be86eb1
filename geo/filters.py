"""One event filter for the CLI export and the dashboard, so a download equals the view.

Every condition is optional; the ones given must all hold. Vectorised over the
whole frame (no per-row Python on large frames).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache
from datetime import date

import numpy as np
import pandas as pd

from geo.errors import InputError
from geo.schema import (ATTACK_TYPES, DATE_PRECISIONS, GEO_PRECISIONS, REVIEW_STATUSES, SIDES,
                        casualties)
from geo.text import normalize_name

_OBLAST_SUFFIX_RE = re.compile(r"\s+(oblast|oblast'|obl|region|raion|province)$")
_CITY_SUFFIX_RE = re.compile(r"\s+((special\s+)?(republican\s+)?city|municipality)$")


@dataclass(frozen=True)
class EventFilter:
    """Which events to keep.

    Attributes
    ----------
    date_from, date_to : str, optional
        ``YYYY-MM-DD``, inclusive. An event is kept when any day of it falls in the
        range: its ``date``, or for an event that spans time (UCDP, ACLED) any day from
        ``date_start`` to ``date_end``. Events with an unknown date are left out once
        either bound is set.
    types : tuple of str
        Attack types; an event is kept when any of its types is listed.
    bbox : (west, south, east, north), optional
        Degrees, inclusive.
    oblasts : tuple of str
        ``admin1`` names, matched by region (:func:`oblast_match_key`): "Donetsk",
        "Donetsk Oblast", UCDP's "Donetsk oblast" and "Донецька область" alike.
    sources : tuple of str
        Kept when ``source`` or any of the merged ``sources`` is listed.
    min_casualties : int, optional
        killed + injured (unknown counted as 0) at least this.
    precisions : tuple of str
        Geo precisions (settlement / region / country).
    date_precisions : tuple of str
        Date precisions (day / week / month / unknown).
    front_km_max : float, optional
        Distance to the front at most this (events without one are left out).
    sides : tuple of str
        ``occupied`` / ``free``.
    review_statuses : tuple of str
        ``auto`` / ``confirmed`` / ``corrected`` / ``rejected`` (a store's reads leave
        rejected events out unless asked; see ``docs/review.md``).
    """

    date_from: str | None = None
    date_to: str | None = None
    types: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None
    oblasts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    min_casualties: int | None = None
    precisions: tuple[str, ...] = ()
    date_precisions: tuple[str, ...] = ()
    front_km_max: float | None = None
    sides: tuple[str, ...] = ()
    review_statuses: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("types", "oblasts", "sources", "precisions", "date_precisions", "sides",
                     "review_statuses"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, (value,))
            else:
                object.__setattr__(self, name, tuple(value or ()))
        for name in ("date_from", "date_to"):
            _check_date(getattr(self, name), name)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InputError(f"--from {self.date_from} is after --to {self.date_to}", field="date_from")
        _check_words(self.types, ATTACK_TYPES, "types")
        _check_words(self.precisions, GEO_PRECISIONS, "precisions")
        _check_words(self.date_precisions, DATE_PRECISIONS, "date_precisions")
        _check_words(self.sides, SIDES, "sides")
        _check_words(self.review_statuses, REVIEW_STATUSES, "review_statuses")
        if self.bbox is not None:
            object.__setattr__(self, "bbox", parse_bbox(self.bbox))

    def is_empty(self) -> bool:
        """True when the filter keeps everything."""
        return all(getattr(self, f.name) in (None, ()) for f in fields(self))


def _check_date(value: str | None, name: str) -> None:
    if value is None:
        return
    try:
        if len(value) != 10:
            raise ValueError
        date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f"{value!r} is not a date (use YYYY-MM-DD)", field=name) from None


def _check_words(values: tuple[str, ...], allowed: tuple[str, ...], name: str) -> None:
    for value in values:
        if value not in allowed:
            raise InputError(f"{value!r} is not one of {', '.join(allowed)}", field=name)


def parse_bbox(value) -> tuple[float, float, float, float]:
    """``"W,S,E,N"`` or four numbers -> a checked (west, south, east, north) tuple."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        west, south, east, north = (float(p) for p in parts)
    except (TypeError, ValueError):
        raise InputError(f"bbox {value!r} must be four numbers W,S,E,N", field="bbox") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= 90 and -90 <= north <= 90):
        raise InputError(f"bbox {value!r} is out of range (lon ±180, lat ±90)", field="bbox")
    if west > east or south > north:
        raise InputError(f"bbox {value!r}: west must not exceed east, nor south north", field="bbox")
    return west, south, east, north


def oblast_key(name: object) -> str:
    """Fold an oblast name for comparison ("Donetsk Oblast" -> "donetsk")."""
    if name is None or (isinstance(name, float) and np.isnan(name)):
        return ""
    return _OBLAST_SUFFIX_RE.sub("", normalize_name(str(name)))


def oblast_name(name: str) -> str:
    """The gazetteer's name for an oblast/region as any reader wrote it, else ``name``.

    "Donetsk oblast" (UCDP), "Donetsk Oblast", "Donetsk", "Донецька область" ->
    "Donetsk Oblast"; "Kiev Special Republican city", "Kyiv City" -> "Kyiv";
    "Odessa Oblast" -> "Odesa Oblast". Without the gazetteer, ``name`` unchanged.
    """
    return _known_oblast(str(name).strip()) or str(name).strip()


def oblast_match_key(name: object) -> tuple[str, str]:
    """What two oblast names must share to mean one region.

    The gazetteer's region when it knows the name (so "Kyiv" the city and
    "Kyiv Oblast" stay apart), else the folded name.
    """
    if name is None or (isinstance(name, float) and np.isnan(name)) or not str(name).strip():
        return ("", "")
    known = _known_oblast(str(name).strip())
    return ("region", normalize_name(known)) if known else ("name", oblast_key(name))


@lru_cache(maxsize=4096)
def _known_oblast(text: str) -> str | None:
    if not text:
        return None
    try:
        from geo.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    except Exception:                 # no gazetteer here: names are compared folded
        return None
    base = _CITY_SUFFIX_RE.sub("", _OBLAST_SUFFIX_RE.sub("", normalize_name(text)))
    for variant in (text, f"{base} city", f"{base} oblast", base):
        regions = [c for c in gazetteer.candidates(variant) if c.feature == "region"]
        if regions:
            regions.sort(key=lambda c: {"UA": 0, "RU": 1}.get(c.country_code, 2))
            return regions[0].name
    return None


def event_oblasts(gdf) -> pd.Series:
    """Each event's oblast, one spelling per oblast: the bundled oblast polygon its point
    lies in (:func:`geo.gazetteer.boundaries.oblast_at`), else, outside Ukraine or with no
    point, its ``admin1`` as the gazetteer spells it (:func:`oblast_name`), else None."""
    if not len(gdf):
        return pd.Series([], index=gdf.index, dtype="object")
    import shapely

    from geo.gazetteer.boundaries import oblast_at

    points = gdf.geometry.values
    empty = shapely.is_empty(points) | shapely.is_missing(points)
    names = oblast_at(np.where(empty, np.nan, shapely.get_x(points)),
                      np.where(empty, np.nan, shapely.get_y(points)))
    outside = np.equal(names, None)
    if outside.any() and "admin1" in gdf:       # only these need the gazetteer's spelling
        admin1 = gdf["admin1"].astype("object")[outside]
        codes, uniques = pd.factorize(admin1.where(admin1.notna() & admin1.ne(""), None))
        names[outside] = np.array([*(oblast_name(u) for u in uniques), None], dtype=object)[codes]
    return pd.Series(names, index=gdf.index, dtype="object")


def apply_filter(gdf, flt: EventFilter):
    """The events of ``gdf`` that pass ``flt`` (a new frame; ``gdf`` is not modified).

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Events following the schema.
    flt : EventFilter

    Returns
    -------
    geopandas.GeoDataFrame
        The kept rows, in their original order.
    """
    if flt is None or flt.is_empty():
        return gdf.copy()
    keep = np.ones(len(gdf), dtype=bool)
    if flt.date_from or flt.date_to:
        keep &= overlaps(gdf, flt.date_from, flt.date_to)
    if flt.types:
        keep &= _any_in_lists(gdf["attack_types"], set(flt.types))
    if flt.bbox is not None:
        keep &= _in_bbox(gdf, flt.bbox)
    if flt.oblasts:
        wanted = {oblast_match_key(o) for o in flt.oblasts}
        keep &= _mapped(event_oblasts(gdf), lambda v: v is not None and oblast_match_key(v) in wanted)
    if flt.sources:
        wanted_sources = set(flt.sources)
        keep &= gdf["source"].isin(wanted_sources).to_numpy() | \
            _any_in_lists(gdf["sources"], wanted_sources)
    if flt.min_casualties is not None:
        keep &= (casualties(gdf) >= flt.min_casualties).to_numpy()
    if flt.precisions:
        keep &= gdf["geo_precision"].isin(flt.precisions).to_numpy()
    if flt.date_precisions:
        keep &= gdf["date_precision"].isin(flt.date_precisions).to_numpy()
    if flt.front_km_max is not None:
        keep &= (gdf["front_km"].astype("float64") <= flt.front_km_max).fillna(False).to_numpy()
    if flt.sides:
        keep &= gdf["side"].isin(flt.sides).to_numpy()
    if flt.review_statuses:
        keep &= gdf["review_status"].isin(flt.review_statuses).to_numpy()
    return _own_frame(gdf[keep])


#: pandas 3 always copies on write: a frame taken by a mask shares nothing that a write to
#: it (or to the frame it came from) could change in the other
_COPY_ON_WRITE = int(pd.__version__.split(".")[0]) >= 3


def _own_frame(kept):
    """``kept`` (rows taken from a caller's frame) as a frame of its own: itself with
    copy-on-write, else a copy (pandas 2 warns when a slice is written to)."""
    return kept if _COPY_ON_WRITE else kept.copy()


def span_text(gdf) -> tuple[np.ndarray, np.ndarray]:
    """Each event's first and last day as ``YYYY-MM-DD`` text ("" when unknown):
    ``date_start``/``date_end`` when it spans time, else its ``date``."""
    def text(column: str) -> np.ndarray:
        if column not in gdf:
            return np.full(len(gdf), "", dtype=object)
        values = gdf[column].astype("object")
        return values.where(values.notna(), "").to_numpy(dtype=object)

    date, start, end = text("date"), text("date_start"), text("date_end")
    start = np.where(start != "", start, np.where(end != "", end, date))
    return start, np.where(end != "", end, start)


def overlaps(gdf, date_from: str | None, date_to: str | None) -> np.ndarray:
    """Which events overlap the days ``date_from``..``date_to`` (inclusive, either may be
    None): an event spanning time is kept when any of its days is in the range; events
    with no known date are left out.

    Examples
    --------
    >>> frame = pd.DataFrame({"date": ["2022-02-24", "2022-07-01", None],
    ...                       "date_start": ["2022-02-24", None, None],
    ...                       "date_end": ["2022-09-23", None, None]})
    >>> overlaps(frame, "2022-06-01", "2022-06-30").tolist()
    [True, False, False]
    """
    start, end = span_text(gdf)
    keep = start != ""
    if date_from:
        keep &= end >= date_from
    if date_to:
        keep &= start <= date_to
    return keep


def _mapped(values: pd.Series, test) -> np.ndarray:
    """Apply ``test`` to each distinct value once; broadcast the result."""
    codes, uniques = pd.factorize(values.astype("object"), use_na_sentinel=True)
    table = np.array([bool(test(u)) for u in uniques] + [bool(test(None))], dtype=bool)
    return table[codes]


def _any_in_lists(values: pd.Series, wanted: set[str]) -> np.ndarray:
    return _mapped(values.map(tuple), lambda items: bool(items) and not wanted.isdisjoint(items))


def _in_bbox(gdf, bbox: tuple[float, float, float, float]) -> np.ndarray:
    import shapely

    west, south, east, north = bbox
    geoms = gdf.geometry.values
    x, y = shapely.get_x(geoms), shapely.get_y(geoms)
    return (x >= west) & (x <= east) & (y >= south) & (y <= north)
