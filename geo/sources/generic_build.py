"""Turn a raw table of generic event rows (CSV cells or GeoJSON properties) into events.

Shared by the generic CSV and GeoJSON readers: column aliases, required
columns, vectorised checks (:mod:`geo.sources.generic_fields`), geocoding of a
``location`` column and stable event ids. Rows that cannot be placed are
reported as errors, never put at a made-up point.
"""
from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from geo.errors import GeocodingError
from geo.geocoding.context import date_matters
from geo.schema import REVIEW_STATUSES, SIDES, STORAGE_CRS, validate_events
from geo.sources import generic_fields as fields
from geo.sources.generic_fields import Locator

#: accepted header -> canonical column (headers are compared case-insensitively).
ALIASES: dict[str, str] = {
    "event_date": "date", "lat": "latitude", "lon": "longitude", "lng": "longitude",
    "long": "longitude", "attack_types": "attack_type", "type": "attack_type",
    "notes": "excerpt", "description": "excerpt", "fatalities": "killed", "deaths": "killed",
    "wounded": "injured", "url": "source",
}
TEXT_COLUMNS: tuple[str, ...] = ("killed_qualifier", "injured_qualifier", "count_qualifier",
                                 "source_name")


#: every canonical column :func:`events_from_table` reads; a file's other columns are not read
COLUMNS_READ: frozenset[str] = frozenset({
    "date", "date_precision", "date_start", "date_end", "attack_type", "latitude", "longitude",
    "location", "place", "query", "geonameid", "country_code", "admin1", "geo_precision",
    "killed", "injured", "count", "source", "sources", "excerpt", "excerpt_start", "excerpt_end",
    "confidence", "front_km", "side", "review_status", "event_id", "id", *TEXT_COLUMNS})


def columns_read(names: list[str]) -> list[int]:
    """Positions of the header ``names`` whose canonical column is read (see
    :data:`COLUMNS_READ`): a CSV reader parses only those, however wide the file."""
    return [i for i, name in enumerate(names)
            if ALIASES.get(str(name).strip().lower(), str(name).strip().lower()) in COLUMNS_READ]


def canonical_columns(names: list[str]) -> dict[str, list[str]]:
    """Canonical column -> the raw names that mean it (a name equal to the canonical one first)."""
    out: dict[str, list[str]] = {}
    for name in names:
        key = str(name).strip().lower()
        out.setdefault(ALIASES.get(key, key), []).append(name)
    for canonical, raws in out.items():
        if len(raws) > 1:
            raws.sort(key=lambda raw: str(raw).strip().lower() != canonical)
    return out


def rename_canonical(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` under canonical column names; several columns meaning one are coalesced.

    Where a row leaves the preferred column empty, the next one fills it (a
    GeoJSON feature may say ``attack_type`` where another says ``attack_types``).
    """
    out: dict[str, pd.Series] = {}
    for canonical, raws in canonical_columns(list(table.columns)).items():
        column = table[raws[0]]
        for raw in raws[1:]:
            other = table[raw]
            empty = column.isna() | column.astype("object").eq("")
            column = column.astype("object").where(~empty, other.astype("object"))
        out[canonical] = column
    return pd.DataFrame(out, index=table.index)


def missing_required(columns: set[str]) -> str | None:
    """The first required column that is absent, or None."""
    for name in ("date", "attack_type"):
        if name not in columns:
            return name
    if "location" not in columns:
        for name in ("latitude", "longitude"):
            if name not in columns:
                return name
    return None


def events_from_table(table: pd.DataFrame, where: Locator, *, default_source: str,
                      geocoder=None):
    """Check every row of ``table`` and build a validated events GeoDataFrame.

    Parameters
    ----------
    table : pandas.DataFrame
        Raw cells under canonical column names (see :func:`canonical_columns`).
    where : Locator
        Names the file/line/field of a bad row.
    default_source : str
        Provenance for rows without a ``source`` (the file name).
    geocoder : OfflineGeocoder, optional
        Used only for rows that give a ``location`` instead of coordinates.

    Raises
    ------
    InputError
        The first bad row, naming its line (or feature) and field.
    """
    import geopandas as gpd

    col = _Columns(table)
    dates, date_precision = fields.parse_dates(col.get("date"), col.opt("date_precision"), where)
    types = fields.parse_attack_types(col.get("attack_type"), where, "attack_type")
    located = _locate(col, where, geocoder, dates)
    out = pd.DataFrame({
        "date": dates, "date_precision": date_precision, "attack_types": types,
        **_spans(col, where),
        **{name: located[name] for name in located.columns},
        **{name: _counts(col, where, name) for name in ("killed", "injured", "count")},
        "source": _source(col, default_source),
        "sources": col.lists("sources"),
        "excerpt": col.verbatim("excerpt"),
        **{name: _counts(col, where, name) for name in ("excerpt_start", "excerpt_end")},
        "confidence": _floats(col, where, "confidence", 0.0, 1.0, default=1.0),
        "front_km": _floats(col, where, "front_km", 0.0),
        "side": _choice(col, where, "side", SIDES, None),
        "review_status": _choice(col, where, "review_status", REVIEW_STATUSES, "auto"),
        **{name: _nullable_text(col, name) for name in TEXT_COLUMNS},
    }, index=table.index)
    out["event_id"] = _event_ids(col, out)
    geometry = gpd.points_from_xy(out.pop("lon"), out.pop("lat"), crs=STORAGE_CRS)
    return validate_events(gpd.GeoDataFrame(out, geometry=geometry, crs=STORAGE_CRS))


def _counts(col: "_Columns", where: Locator, name: str) -> pd.Series:
    """:func:`~geo.sources.generic_fields.parse_counts` of a column; all null when absent."""
    if not col.has(name):
        return pd.Series(pd.array([None] * len(col.empty), dtype="Int64"), index=col.empty.index)
    return fields.parse_counts(col.get(name), where, name)


def _floats(col: "_Columns", where: Locator, name: str, low: float, high: float = np.inf,
            default: float | None = None) -> pd.Series:
    """:func:`~geo.sources.generic_fields.parse_floats` of a column, empty cells ``default``
    (null when None); all ``default`` when absent."""
    if not col.has(name):
        return pd.Series(np.nan if default is None else default, index=col.empty.index,
                         dtype="float64")
    values = fields.parse_floats(col.get(name), where, name, low, high)
    return values if default is None else values.fillna(default)


def _choice(col: "_Columns", where: Locator, name: str, allowed: tuple[str, ...],
            default: str | None) -> pd.Series:
    """:func:`~geo.sources.generic_fields.parse_choice` of a column; all ``default`` when absent."""
    if not col.has(name):
        return pd.Series([default] * len(col.empty), index=col.empty.index, dtype="object")
    return fields.parse_choice(col.get(name), where, name, allowed, default)


def _spans(col: "_Columns", where: Locator) -> dict[str, pd.Series]:
    """``date_start``/``date_end`` when the file has them (a strikemap export of UCDP or ACLED
    events): checked dates, empty allowed, the end not before the start."""
    out: dict[str, pd.Series] = {}
    if not (col.has("date_start") or col.has("date_end")):
        return {name: pd.Series([None] * len(col.empty), index=col.empty.index, dtype="object")
                for name in ("date_start", "date_end")}
    for name in ("date_start", "date_end"):
        values = col.get(name)
        unknown = fields.as_text(values).eq("").map({True: "unknown", False: ""})   # empty allowed
        out[name] = fields.parse_dates(values, unknown, where, field=name)[0] if col.has(name) \
            else pd.Series([None] * len(values), index=values.index, dtype="object")
    both = out["date_start"].notna() & out["date_end"].notna()
    backwards = both & (out["date_end"].where(both, "") < out["date_start"].where(both, ""))
    if backwards.any():
        i = int(np.flatnonzero(backwards.to_numpy())[0])
        raise where.error(i, "date_end", f"{out['date_end'].iloc[i]} is before date_start "
                          f"{out['date_start'].iloc[i]}")
    return out


class _Columns:
    """Canonical-name access to a raw table; absent columns read as empty."""

    def __init__(self, table: pd.DataFrame) -> None:
        self.table = table
        self.empty = pd.Series([None] * len(table), index=table.index, dtype="object")
        self._texts: dict[str, pd.Series] = {}

    def has(self, name: str) -> bool:
        assert name in COLUMNS_READ, f"{name} is read but not listed in COLUMNS_READ"
        return name in self.table.columns

    def get(self, name: str) -> pd.Series:
        return self.table[name] if self.has(name) else self.empty

    def opt(self, name: str) -> pd.Series | None:
        return self.table[name] if self.has(name) else None

    def text(self, name: str) -> pd.Series:
        """The column as stripped text ("" where empty or absent)."""
        if name not in self._texts:
            self._texts[name] = fields.as_text(self.get(name)) if self.has(name) else \
                pd.Series("", index=self.table.index, dtype="str")
        return self._texts[name]

    def verbatim(self, name: str) -> pd.Series:
        """The column's text exactly as given (not stripped: an excerpt is a quotation)."""
        values = self.get(name)
        if isinstance(values.dtype, pd.StringDtype):        # all text already (a CSV's cells)
            return values.astype("object").where(values.notna(), "")
        return values.astype("object").where(values.notna(), "").map(
            lambda v: v if isinstance(v, str) else str(v))

    def lists(self, name: str) -> pd.Series:
        """A list column (JSON arrays or delimited text); empty lists when absent."""
        if not self.has(name):
            return pd.Series([[]] * len(self.table), index=self.table.index, dtype="object")
        return self.table[name].map(fields.split_list)


def _nullable_text(col: _Columns, name: str) -> pd.Series:
    if not col.has(name):
        return pd.Series([None] * len(col.empty), index=col.empty.index, dtype="object")
    text = col.text(name)
    return text.where(text.ne(""), None)


def _source(col: _Columns, default: str) -> pd.Series:
    text = col.text("source")
    return text.where(text.ne(""), default)


def _locate(col: _Columns, where: Locator, geocoder, dates: pd.Series) -> pd.DataFrame:
    """Coordinates and place columns: as given, or by geocoding ``location`` (on the
    row's date, for a geocoder with dated frontline layers)."""
    location = col.text("location")
    index = location.index
    if col.has("latitude") and col.has("longitude"):
        wants_geocoding = col.text("latitude").eq("") & col.text("longitude").eq("") \
            & location.ne("")
        lat, lon = fields.parse_coordinates(col.get("latitude"), col.get("longitude"), where,
                                            required=~wants_geocoding)
    else:
        wants_geocoding = pd.Series(True, index=index)
        lat, lon = np.full(len(index), np.nan), np.full(len(index), np.nan)
    place, query = col.text("place"), col.text("query")
    located = pd.DataFrame({
        "lat": lat, "lon": lon,
        "place": place.where(place.ne(""), location),
        "query": query.where(query.ne(""), location.where(location.ne(""), place)),
        "geonameid": fields.parse_counts(col.get("geonameid"), where, "geonameid"),
        "country_code": col.text("country_code"),
        "admin1": col.text("admin1"),
        "geo_precision": fields.parse_geo_precision(col.get("geo_precision"), where),
    }, index=index)
    if wants_geocoding.any():
        _geocode_rows(located, location, wants_geocoding.to_numpy(), where,
                      _geocoder(geocoder), dates)
    for name in ("country_code", "admin1"):
        located[name] = located[name].where(located[name].ne(""), None)
    return located


def _geocode_rows(located: pd.DataFrame, location: pd.Series, rows: np.ndarray,
                  where: Locator, geocoder, dates: pd.Series) -> None:
    """Resolve ``location`` for ``rows`` in place; any unresolved name is an error."""
    empty = rows & location.eq("").to_numpy()
    if empty.any():
        i = int(np.flatnonzero(empty)[0])
        raise where.error(i, "latitude", "missing coordinate (and no location to geocode)")
    names = location[rows]
    days = dates[rows] if date_matters(geocoder) else [None] * len(names)
    keys = [(name, day if isinstance(day, str) else None) for name, day in zip(names, days)]
    places = _resolve_on_days(geocoder, list(dict.fromkeys(keys)))
    unresolved = [key for key, place in places.items() if not place.resolved]
    if unresolved:
        first = int(np.flatnonzero(rows)[keys.index(unresolved[0])])    # first in file order
        name = unresolved[0][0]
        reason = places[unresolved[0]].reason or "no gazetteer match"
        count = len({n for n, _ in unresolved})
        raise where.error(first, "location", f"{name!r} did not resolve ({reason}); "
                          f"{count} unresolved name(s) in all; give latitude/longitude "
                          "for them (no event is placed at a guessed point)")
    cands = [places[key].candidate for key in keys]
    picked = names.index
    located.loc[picked, "lat"] = [c.lat for c in cands]
    located.loc[picked, "lon"] = [c.lon for c in cands]
    located.loc[picked, "place"] = [c.name for c in cands]
    located.loc[picked, "geonameid"] = pd.array([c.geonameid for c in cands], dtype="Int64")
    located.loc[picked, "geo_precision"] = [c.feature for c in cands]
    located.loc[picked, "admin1"] = [c.admin1 for c in cands]
    located.loc[picked, "country_code"] = [c.country_code for c in cands]


def _resolve_on_days(geocoder, keys: list[tuple[str, str | None]]) -> dict:
    """``{(name, day): Place}``: each day's names resolved together, in that day's context
    (see :class:`geo.geocoding.ResolveContext`); a None day without one."""
    from geo.geocoding.context import ResolveContext

    by_day: dict[str | None, list[str]] = {}
    for name, day in keys:
        by_day.setdefault(day, []).append(name)
    places = {}
    for day, names in by_day.items():
        context = ResolveContext(date=day) if day else None
        places.update(((name, day), place)
                      for name, place in zip(names, geocoder.resolve_many(names, context)))
    return places


def _geocoder(geocoder):
    if geocoder is not None:
        return geocoder
    try:
        from geo.geocoding import OfflineGeocoder
    except ImportError as error:
        raise GeocodingError(f"rows give a location to geocode, but the offline geocoder is "
                             f"not available ({error})") from error
    return OfflineGeocoder()


def _event_ids(col: _Columns, out: pd.DataFrame) -> pd.Series:
    """Given ``event_id`` cells are kept; otherwise a hash of the row's content.

    A row with an external ``id`` is keyed on (source, id); any other row on all
    of its content, so an identical row twice is one event. The id is
    :func:`geo.schema.make_event_id` of those parts (as text); the key texts are
    joined in pyarrow, a column at a time, and only hashed row by row.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    given = col.text("event_id")
    external = pa.array(col.text("id").tolist(), type=pa.string())
    parts = [out["source"], out["date"], out["lat"], out["lon"],
             out["attack_types"].map(",".join), out["killed"], out["injured"], out["count"],
             out["place"], out["excerpt"]]
    texts = [_key_array(p) for p in parts]
    keys = pc.if_else(pc.not_equal(external, ""),
                      pc.binary_join_element_wise("generic", texts[0], external, "\x1f"),
                      pc.binary_join_element_wise("generic", *texts, "\x1f"))
    sha1 = hashlib.sha1
    made = [sha1(key.encode()).hexdigest()[:16] for key in keys.to_pylist()]
    return given.where(given.ne(""), pd.Series(made, index=out.index, dtype="object"))


def _key_array(values: pd.Series):
    """A column as text for hashing (a pyarrow string array): floats by repr (stable across
    versions), missing as ""."""
    import pyarrow as pa

    if pd.api.types.is_float_dtype(values.dtype):
        return pa.array([repr(v) if v == v else "" for v in values.tolist()], type=pa.string())
    return pa.array(values.astype("str").fillna(""), type=pa.string())


__all__ = ["ALIASES", "canonical_columns", "events_from_table", "missing_required",
           "rename_canonical"]
