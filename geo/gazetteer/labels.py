"""Settlement labels for the basemap, from the default gazetteer's GeoNames dump.

Each label has an English name (GeoNames' main name), a Ukrainian one (the dump's
Ukrainian alternate name, else the English) and a rank that says from which zoom it
shows: 0 for Kyiv and the oblast centres, 1 for towns (raion centres and places of
10,000 people or more), 2 for villages (hromada centres and the most populous of the
rest, at most :data:`MAX_VILLAGES`).
"""
from __future__ import annotations

import csv
import lzma
import zipfile
from functools import lru_cache
from pathlib import Path

__all__ = ["settlement_labels", "ukrainian_name", "MAX_VILLAGES"]

#: villages carried to the map (the page stays light); the most populous first
MAX_VILLAGES = 6000
_UKRAINIAN_ONLY = set("іїєґІЇЄҐ")
_RUSSIAN_ONLY = set("ыэъёЫЭЪЁ")
_COLUMNS = ["geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
            "feature_class", "feature_code", "country_code", "cc2", "admin1", "admin2", "admin3",
            "admin4", "population", "elevation", "dem", "timezone", "modification_date"]


def ukrainian_name(name: str, alternates: str) -> str:
    """The Ukrainian spelling among a GeoNames row's alternate names, else ``name``.

    GeoNames does not say which alternate is Ukrainian. The one whose official
    transliteration (KMU 2010) is the place's English name is preferred; then a Cyrillic
    name with a letter only Ukrainian uses (і, ї, є, ґ), then one with no letter only
    Russian uses (ы, э, ъ, ё).
    """
    from geo.text import normalize_name
    from geo.translit import kmu2010

    cyrillic = [a for a in alternates.split(",")
                if a and any("\u0400" <= ch <= "\u04ff" for ch in a)]
    wanted = normalize_name(name)
    matches = [c for c in cyrillic if normalize_name(kmu2010(c)) == wanted
               and not _RUSSIAN_ONLY & set(c)]
    if matches:    # "Донецьк" before "Донецк": Ukrainian letters and the soft sign count
        return max(matches, key=lambda c: (bool(_UKRAINIAN_ONLY & set(c)), c.count("ь")))
    for candidate in cyrillic:
        if _UKRAINIAN_ONLY & set(candidate):
            return candidate
    for candidate in cyrillic:
        if not _RUSSIAN_ONLY & set(candidate):
            return candidate
    return name


def _open_dump(path: Path):
    if path.suffix == ".xz":
        return lzma.open(path, "rt", encoding="utf-8")
    if path.suffix == ".zip":
        archive = zipfile.ZipFile(path)
        import io
        return io.TextIOWrapper(archive.open("UA.txt"), encoding="utf-8")
    return path.open(encoding="utf-8")


def _rank(code: str, population: int) -> int | None:
    if code in ("PPLC", "PPLA"):
        return 0
    if code == "PPLA2" or (population >= 10_000 and code in ("PPL", "PPLA3", "PPLA4")):
        return 1
    if code in ("PPL", "PPLA3", "PPLA4"):
        return 2
    return None     # quarters, abandoned, historical, destroyed places carry no label


@lru_cache(maxsize=2)
def settlement_labels(dump: str | None = None) -> tuple[tuple[float, float, str, str, int], ...]:
    """Labels as ``(lat, lon, english, ukrainian, rank)``, most important first.

    Read from the dump once (about 1 s), then from a disk cache under ``$STRIKEMAP_CACHE``
    named after the dump's path, size and time.

    Parameters
    ----------
    dump : str, optional
        A GeoNames ``UA.txt`` (plain, ``.xz`` or ``.zip``); default the default
        gazetteer's dump.
    """
    import hashlib
    import json
    import os

    from geo.gazetteer.bundled import default_dump
    from geo.gazetteer.cache import cache_dir

    path = Path(dump) if dump else default_dump()
    stat = path.stat()
    stamp = f"{_CACHE_VERSION}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{MAX_VILLAGES}"
    cache = cache_dir() / f"labels-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.json"
    try:
        return tuple(tuple(row) for row in json.loads(cache.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    labels = _read_labels(path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f"{cache.name}.{os.getpid()}.part")
        partial.write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, cache)
    except OSError:
        pass                                  # a read-only cache folder: read the dump each time
    return labels


_CACHE_VERSION = "1"


def _read_labels(path: Path) -> tuple[tuple[float, float, str, str, int], ...]:
    rows = []
    with _open_dump(path) as handle:
        for fields in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(fields) < 15 or fields[6] != "P":
                continue
            population = int(fields[14] or 0)
            rank = _rank(fields[7], population)
            if rank is None:
                continue
            hub = fields[7] == "PPLA3"
            rows.append((rank, -hub, -population, float(fields[4]), float(fields[5]), fields[1],
                         ukrainian_name(fields[1], fields[3])))
    rows.sort()
    villages = 0
    out = []
    for rank, _hub, _pop, lat, lon, english, ukrainian in rows:
        if rank == 2:
            villages += 1
            if villages > MAX_VILLAGES:
                break
        out.append((round(lat, 4), round(lon, 4), english, ukrainian, rank))
    return tuple(out)
