"""The built-in basemap's geometry: land, sea, Ukraine's outline, borders and oblasts.

Land comes from Natural Earth through the npm package ``world-atlas`` (TopoJSON,
installed with the map assets and verified by :mod:`geo.assets`): 1:50m inside
:data:`DETAIL_BOX` around Ukraine, 1:110m elsewhere. Everything not land is sea.

**Crimea is Ukraine.** Natural Earth's countries draw Crimea as Russian. The outline
drawn for Ukraine is therefore the union of the bundled geoBoundaries oblasts
(:func:`geo.gazetteer.boundaries.ukraine_outline`: Crimea and Sevastopol included, no
line between Crimea and the mainland), and the borders between other countries are
Natural Earth's shared country arcs with every stretch within :data:`UKRAINE_MARGIN_DEG`
of Ukraine removed, so none of them cuts Ukraine (the Russian "border" across the Perekop
isthmus is gone). Ukraine's own border is its outline.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import shapely
from shapely.errors import GEOSException
from shapely.geometry.base import BaseGeometry

from geo.assets import MAP_DATA
from geo.errors import StrikemapError
from geo.gazetteer.boundaries import oblast_polygons, ukraine_outline

__all__ = ["Basemap", "BasemapError", "load_basemap", "NATURAL_EARTH_ATTRIBUTION",
           "WORLD_ATLAS_FILES", "DETAIL_BOX", "LAND_COLOR", "UKRAINE_COLOR", "SEA_COLOR",
           "BORDER_COLOR", "OBLAST_COLOR"]

#: (west, south, east, north) where land is drawn at 1:50m
DETAIL_BOX = (-12.0, 30.0, 62.0, 66.0)
#: how close to Ukraine another country's border may come before it is left out
UKRAINE_MARGIN_DEG = 0.06
#: the world-atlas files the basemap reads (relative to the npm folder; in the asset manifest)
WORLD_ATLAS_FILES = MAP_DATA
NATURAL_EARTH_ATTRIBUTION = ('Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> '
                             '(public domain) via world-atlas')
SEA_COLOR = "#b7d3e6"
LAND_COLOR = "#ece6d6"
UKRAINE_COLOR = "#f8f5ec"
BORDER_COLOR = "#6b6b6b"
OBLAST_COLOR = "#a39e93"


class BasemapError(StrikemapError):
    """The basemap's data files are missing (run ``make setup``)."""


@dataclass(frozen=True)
class Basemap:
    """The layers of the built-in basemap, in lon/lat (EPSG:4326).

    Attributes
    ----------
    land : shapely geometry
        Land polygons (Natural Earth); the rest is sea.
    ukraine : shapely geometry
        Ukraine's internationally recognised territory on land (the bundled outline, whose
        territorial waters are left to the sea).
    ukraine_border : shapely geometry
        Ukraine's land border: the outline where it runs over land.
    borders : shapely geometry
        Other countries' land borders, none of them within Ukraine.
    oblast_lines : shapely geometry
        Boundaries between Ukraine's regions (the country's outline left out).
    """

    land: BaseGeometry
    ukraine: BaseGeometry
    ukraine_border: BaseGeometry
    borders: BaseGeometry
    oblast_lines: BaseGeometry


def _read(root: Path, key: str) -> dict:
    from geo.basemap.topojson import read_topology

    path = root / WORLD_ATLAS_FILES[key]
    if not path.is_file():
        raise BasemapError(f"{path}: the Natural Earth basemap (npm package world-atlas) is "
                           "missing; run 'make setup'")
    return read_topology(path)


def _land(root: Path) -> BaseGeometry:
    from geo.basemap.topojson import object_geometries

    box = shapely.box(*DETAIL_BOX)
    detail = shapely.union_all([g for _, g in object_geometries(_read(root, "land50"), "land")])
    world = shapely.union_all([g for _, g in object_geometries(_read(root, "land110"), "land")])
    land = shapely.union_all([world.difference(box), detail.intersection(box)])
    return shapely.set_precision(shapely.simplify(land, 0.005), 1e-4)


def _borders(root: Path, ukraine: BaseGeometry) -> BaseGeometry:
    from geo.basemap.topojson import mesh

    lines = mesh(_read(root, "countries50"), "countries").intersection(shapely.box(*DETAIL_BOX))
    kept = lines.difference(ukraine.buffer(UKRAINE_MARGIN_DEG))
    return shapely.set_precision(shapely.simplify(kept, 0.005), 1e-4)


def _oblast_lines(ukraine: BaseGeometry, land: BaseGeometry,
                  tolerance: float = 0.005) -> BaseGeometry:
    polygons = oblast_polygons().geometry.values
    inner = shapely.union_all(shapely.boundary(polygons))
    inner = inner.difference(ukraine.boundary.buffer(0.01)).intersection(land)
    return shapely.set_precision(shapely.simplify(shapely.line_merge(inner), tolerance), 1e-4)


_CACHE_VERSION = "1"
_FIELDS = ("land", "ukraine", "ukraine_border", "borders", "oblast_lines")


def _cache_file(folder: Path) -> Path:
    """The disk cache of the built basemap, named after its sources' paths, sizes and times."""
    import hashlib

    from geo.gazetteer.boundaries import BOUNDARIES_FILE
    from geo.gazetteer.cache import cache_dir

    stamps = [_CACHE_VERSION]
    for path in [folder / rel for rel in WORLD_ATLAS_FILES.values()] + [BOUNDARIES_FILE]:
        stat = path.stat()
        stamps.append(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}")
    key = hashlib.sha256("\n".join(stamps).encode()).hexdigest()[:16]
    return cache_dir() / f"basemap-{key}.wkb"


def _read_cache(path: Path) -> Basemap | None:
    import json

    try:
        parts = json.loads(path.read_text())
        return Basemap(**{name: shapely.from_wkb(bytes.fromhex(parts[name])) for name in _FIELDS})
    except (OSError, ValueError, KeyError, GEOSException):
        return None


def _write_cache(path: Path, base: Basemap) -> None:
    import json
    import os

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_text(json.dumps({name: shapely.to_wkb(getattr(base, name)).hex()
                                       for name in _FIELDS}))
        os.replace(partial, path)
    except OSError:
        pass                                  # a read-only cache folder: build each time


@lru_cache(maxsize=2)
def load_basemap(root: str | None = None) -> Basemap:
    """Build the built-in basemap (about 3 s), or read it from the disk cache (under
    ``$STRIKEMAP_CACHE``, named after its source files); kept once per process.

    Parameters
    ----------
    root : str, optional
        The npm folder holding ``world-atlas`` (default: :data:`geo.assets.ASSET_ROOT`).

    Raises
    ------
    BasemapError
        When the world-atlas files are not installed.
    """
    from geo.assets import ASSET_ROOT

    folder = Path(root) if root else ASSET_ROOT
    for rel in WORLD_ATLAS_FILES.values():
        if not (folder / rel).is_file():
            raise BasemapError(f"{folder / rel}: the Natural Earth basemap (npm package world-atlas) "
                               "is missing; run 'make setup'")
    cache = _cache_file(folder)
    cached = _read_cache(cache) if cache.is_file() else None
    if cached is not None:
        return cached
    built = _build(folder)
    _write_cache(cache, built)
    return built


def _build(folder: Path) -> Basemap:
    outline = ukraine_outline()
    land = _land(folder)
    # the outline holds territorial waters: Ukraine is drawn as its land, its border where
    # the outline runs over land (the coast shows as the edge of the land)
    ukraine = shapely.set_precision(outline.intersection(land), 1e-4)
    border = shapely.line_merge(outline.boundary.intersection(land.buffer(-0.002)))
    return Basemap(land=land, ukraine=ukraine,
                   ukraine_border=shapely.set_precision(shapely.simplify(border, 0.003), 1e-4),
                   borders=_borders(folder, outline), oblast_lines=_oblast_lines(outline, land))
