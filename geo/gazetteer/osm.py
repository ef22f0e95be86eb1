"""OpenStreetMap settlements as an extension of the GeoNames gazetteer.

An OSM settlements table is a CSV of ``place=city|town|village|hamlet`` points
with the columns ``name_uk, name_en, place, oblast, lat, lon, osm_id,
osm_type`` (an Overpass export, as ``strikemap gazetteer download-osm`` writes;
``oblast`` is the oblast's Ukrainian adjective, "Донецька", or a region's ISO
3166-2 code, "UA-43"). GeoNames lags behind Ukraine's renamings and lacks many small
villages; OSM follows both. Each OSM point is matched to the GeoNames
settlements that share one of its names within a few kilometres:

* matched: its Ukrainian name becomes the place's current name, so the modern
  official spelling is made from it (Кадіївка gives Kadiivka where GeoNames says
  Kadyevka), and both OSM names become alternates;
* unmatched: it is a place GeoNames lacks, added as a settlement with no
  geonameid and the feature code ``OSM:<type>/<id>`` (its provenance, as for
  Nominatim answers).

Rows without a name are skipped; a malformed row is an error naming the file,
line and field.
"""
from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from geo.distance import haversine_km
from geo.errors import GazetteerError
from geo.gazetteer.names import clean, loose_key, name_key
from geo.gazetteer.regions import UA_REGIONS
from geo.gazetteer.sources import RawPlaces
from geo.translit import kmu2010, script_of

#: the columns an OSM settlements table must have
OSM_COLUMNS = ("name_uk", "name_en", "place", "oblast", "lat", "lon")
#: how far (km) a GeoNames namesake may lie from the OSM point and still be that place
MATCH_KM = {"city": 15.0, "town": 6.0, "village": 3.0, "hamlet": 3.0}
#: OSM points of one name closer than this (km) are one place (a relation and its node)
SAME_PLACE_KM = 2.0
#: an OSM point and a settlement this close (km) with no name in common are one place renamed
RENAMED_KM = 1.5
#: GeoNames codes of places that are gone (abandoned, historical, destroyed): never renamed
FORMER_PLACE_CODES = frozenset({"PPLQ", "PPLH", "PPLW"})
_SETTLEMENT_WORD = re.compile(r"^(?:село|селище|смт|хутір|місто)\.?\s+", re.IGNORECASE)
#: the ``oblast`` column: the Ukrainian adjective ("Донецька"), or the ISO 3166-2 code for
#: the regions that are no oblast (UA-43 Crimea, UA-30 Kyiv, UA-40 Sevastopol)
_OBLAST_CODES = {**{r.uk_adjective: r.admin1_code for r in UA_REGIONS if r.uk_adjective},
                 **{r.iso: r.admin1_code for r in UA_REGIONS}}


@dataclass
class OsmPlaces:
    """OSM settlements as parallel lists (one item per distinct place)."""

    name_uk: list[str] = field(default_factory=list)
    name_en: list[str] = field(default_factory=list)
    place: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    ref: list[str] = field(default_factory=list)      # "OSM:relation/3586206"

    def __len__(self) -> int:
        return len(self.name_uk)


@dataclass(frozen=True)
class OsmMerge:
    """What merging an OSM table did: the places it named (matched by name), renamed
    (matched by place alone) and added."""

    named: int
    renamed: int
    added: int


def read_osm_settlements(path: str | os.PathLike) -> OsmPlaces:
    """Read an OSM settlements table (see the module docstring).

    Raises
    ------
    GazetteerError
        When the file cannot be read, lacks a column, or a row has a bad
        coordinate, place type or oblast (the message names the file, line and field).
    """
    file = Path(path)
    try:
        with open(file, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in OSM_COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise GazetteerError(f"{file}: not an OSM settlements table: no column "
                                     f"{', '.join(repr(c) for c in missing)}")
            out = OsmPlaces()
            for number, row in enumerate(reader, start=2):
                _append_row(out, row, file, number)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise GazetteerError(f"{file}: cannot read the OSM settlements table: {error}") from error
    if not out:
        raise GazetteerError(f"{file}: the OSM settlements table names no places")
    return out


def _append_row(out: OsmPlaces, row: dict, file: Path, number: int) -> None:
    def bad(column: str, why: str) -> GazetteerError:
        return GazetteerError(f"{file}, line {number}, field {column!r}: {why}")

    uk = _clean_name(row.get("name_uk") or "")
    en = _clean_name(row.get("name_en") or "")
    if not uk and not en:
        return                                    # an unnamed point: nothing to look up
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError):
        raise bad("lat/lon", f"not a number ({row.get('lat')!r}, {row.get('lon')!r})") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise bad("lat/lon", f"out of range ({lat}, {lon})")
    place = (row.get("place") or "").strip()
    if place not in MATCH_KM:
        raise bad("place", f"{place!r} is not one of {', '.join(MATCH_KM)}")
    oblast = (row.get("oblast") or "").strip()
    code = _OBLAST_CODES.get(oblast.removesuffix(" область"))
    if code is None:
        raise bad("oblast", f"{oblast!r} is neither a Ukrainian oblast adjective (Донецька) "
                            "nor a region's ISO 3166-2 code (UA-43)")
    out.name_uk.append(uk)
    out.name_en.append(en)
    out.place.append(place)
    out.admin1.append(code)
    out.lat.append(lat)
    out.lon.append(lon)
    osm_type, osm_id = (row.get("osm_type") or "").strip(), (row.get("osm_id") or "").strip()
    out.ref.append(f"OSM:{osm_type}/{osm_id}" if osm_type and osm_id else "OSM")


def _clean_name(text: str) -> str:
    """The name without a leading "село" / "смт"; "" when no proper name is left ("балка")."""
    name = _SETTLEMENT_WORD.sub("", clean(text))
    return name if name[:1].isupper() else ""


def merge_osm(places: RawPlaces, osm: OsmPlaces) -> tuple[RawPlaces, OsmMerge]:
    """``places`` with the OSM settlements merged in (``places`` itself is not changed).

    1. A Ukrainian settlement of ``places`` within :data:`MATCH_KM` of an OSM point
       that shares a name with it, each the other's nearest such, is that point. (A
       village GeoNames lists with the nearby city's name among its alternates is
       not renamed after the city.)
    2. The same among the points and settlements left, for a settlement's own
       GeoNames name equal to the point's once spelling is ignored
       (:func:`~geo.gazetteer.names.loose_key`): GeoNames' only name for Trypillia
       is the Russian-form "Tripol'ye". Other (former) names are not compared so.
    3. A point and a settlement left within :data:`RENAMED_KM` of each other (each
       the other's nearest) are one place under two names: a renaming GeoNames
       lacks (Michurine, now Symyrenky; Yesaulivka, now Osavulivka).
    4. The other OSM points are added as new settlements, one per place.

    A settlement matched in 1-3 takes the point's Ukrainian name as its current
    name, both its names as alternates, and its oblast.
    """
    out = RawPlaces(**{k: list(v) for k, v in vars(places).items()})
    exact = _settlement_keys(out)
    loose = {row: _loose_keys(out.name[row], out.asciiname[row]) for row in exact}
    pairs = _pairs_by_name(out, osm, range(len(osm)), exact, _osm_keys)
    named = _mutual_nearest(pairs)
    paired, taken = {int(o) for o in pairs[:, 0]}, {int(r) for r in pairs[:, 1]}
    left = [i for i in _distinct(osm) if i not in paired]
    loose = {row: keys for row, keys in loose.items() if row not in taken}
    pairs = _pairs_by_name(out, osm, left, loose, _osm_loose_keys)
    named += _mutual_nearest(pairs)
    paired, taken = {int(o) for o in pairs[:, 0]}, taken | {int(r) for r in pairs[:, 1]}
    left = [i for i in left if i not in paired]
    renamed = _mutual_nearest(_nearby_pairs(out, osm, left, taken))
    for osm_row, row in named + renamed:
        _take_osm_names(out, row, osm, osm_row)
    placed = {o for o, _ in renamed}
    added = _add_unmatched(out, osm, [i for i in left if i not in placed])
    return out, OsmMerge(named=len(named), renamed=len(renamed), added=added)


def _take_osm_names(places: RawPlaces, row: int, osm: OsmPlaces, osm_row: int) -> None:
    """Give settlement ``row`` the OSM point's names, its Ukrainian one as the current
    name, and its oblast (GeoNames misfiles a few border villages: Trypillia, in Donetsk
    Oblast, under Luhansk); a district code of another oblast is dropped."""
    extra = [n for n in (osm.name_uk[osm_row], osm.name_en[osm_row]) if n]
    places.alternates[row] = [*places.alternates[row], *extra]
    if script_of(osm.name_uk[osm_row]) == "cyrillic":
        places.current_uk[row] = osm.name_uk[osm_row]
    if places.admin1[row] != osm.admin1[osm_row]:
        places.admin1[row], places.admin2[row] = osm.admin1[osm_row], ""


def _settlement_keys(places: RawPlaces) -> dict[int, set[str]]:
    """Row -> the name keys of each Ukrainian settlement of ``places``."""
    return {row: {k for k in map(name_key, (places.name[row], places.asciiname[row],
                                            *places.alternates[row])) if k}
            for row in range(len(places))
            if places.country_code[row] == "UA" and places.feature_code[row].startswith("PPL")}


def _nearby_pairs(places: RawPlaces, osm: OsmPlaces, osm_rows: list[int],
                  taken: set[int]) -> np.ndarray:
    """``(osm row, place row, km)`` for the OSM points ``osm_rows`` and the current Ukrainian
    settlements not in ``taken`` within :data:`RENAMED_KM` of each other."""
    rows = np.asarray([r for r in range(len(places)) if r not in taken
                       and places.country_code[r] == "UA"
                       and places.feature_code[r].startswith("PPL")
                       and places.feature_code[r] not in FORMER_PLACE_CODES], dtype=np.int64)
    lat, lon = np.asarray(places.lat)[rows], np.asarray(places.lon)[rows]
    pairs = []
    for i in osm_rows:
        km = haversine_km(osm.lat[i], osm.lon[i], lat, lon)
        near = km <= RENAMED_KM
        pairs.extend((i, r, k) for r, k in zip(rows[near], km[near]))
    return np.asarray(pairs, dtype=np.float64).reshape(-1, 3)


def _mutual_nearest(pairs: np.ndarray) -> list[tuple[int, int]]:
    """The ``(osm row, place row)`` pairs of ``(osm row, place row, km)`` lines in which
    each is the other's nearest."""
    if not len(pairs):
        return []
    by_osm = pairs[np.lexsort((pairs[:, 2], pairs[:, 0]))]
    first = np.r_[True, by_osm[1:, 0] != by_osm[:-1, 0]]
    by_place = pairs[np.lexsort((pairs[:, 2], pairs[:, 1]))]
    first_place = np.r_[True, by_place[1:, 1] != by_place[:-1, 1]]
    nearest_place = {(int(o), int(r)) for o, r, _ in by_osm[first]}
    return sorted(pair for pair in ((int(o), int(r)) for o, r, _ in by_place[first_place])
                  if pair in nearest_place)


def _osm_keys(osm: OsmPlaces, i: int) -> set[str]:
    uk, en = osm.name_uk[i], osm.name_en[i]
    names = (uk, kmu2010(uk) if script_of(uk) == "cyrillic" else "", en)
    return {key for key in map(name_key, names) if key}


def _osm_loose_keys(osm: OsmPlaces, i: int) -> set[str]:
    return _loose_keys(*_osm_keys(osm, i))


def _loose_keys(*names: str) -> set[str]:
    """The spelling-insensitive keys of ``names`` (Latin ones only)."""
    return {k for k in (loose_key(key) for key in map(name_key, names) if key) if k}


def _pairs_by_name(places: RawPlaces, osm: OsmPlaces, osm_rows: Iterable[int],
                   place_keys: dict[int, set[str]],
                   osm_keys: Callable[[OsmPlaces, int], set[str]]) -> np.ndarray:
    """``(osm row, place row, km)`` for every place of ``place_keys`` sharing a key with an
    OSM point of ``osm_rows`` within that point's :data:`MATCH_KM` (one pair per line)."""

    by_key: dict[str, list[int]] = {}
    for row, keys in place_keys.items():
        for key in keys:
            by_key.setdefault(key, []).append(row)
    lat, lon = np.asarray(places.lat), np.asarray(places.lon)
    pairs = []
    for i in osm_rows:
        rows = np.asarray(sorted({r for key in osm_keys(osm, i) for r in by_key.get(key, ())}),
                          dtype=np.int64)
        if not len(rows):
            continue
        km = haversine_km(osm.lat[i], osm.lon[i], lat[rows], lon[rows])
        near = km <= MATCH_KM[osm.place[i]]
        pairs.extend((i, r, k) for r, k in zip(rows[near], km[near]))
    return np.asarray(pairs, dtype=np.float64).reshape(-1, 3)


def _distinct(osm: OsmPlaces) -> list[int]:
    """The OSM rows left when points of one name within :data:`SAME_PLACE_KM` of an earlier
    one are dropped (the table lists a relation before its node)."""

    lat, lon = np.asarray(osm.lat), np.asarray(osm.lon)
    kept: dict[str, list[int]] = {}
    out = []
    for i in range(len(osm)):
        key = name_key(osm.name_uk[i] or osm.name_en[i]) or ""
        earlier = kept.setdefault(key, [])
        if earlier and np.any(haversine_km(lat[i], lon[i], lat[earlier], lon[earlier])
                              < SAME_PLACE_KM):
            continue
        earlier.append(i)
        out.append(i)
    return out


def _add_unmatched(out: RawPlaces, osm: OsmPlaces, rows: list[int]) -> int:
    for i in rows:
        uk, en = osm.name_uk[i], osm.name_en[i]
        cyrillic = script_of(uk) == "cyrillic"
        name = kmu2010(uk) if cyrillic else (uk or en)
        out.append(None, name, en or name, [n for n in (uk, en) if n and n != name],
                   osm.lat[i], osm.lon[i], osm.ref[i], "UA", osm.admin1[i], 0,
                   current_uk=uk if cyrillic else "")
    return len(rows)
