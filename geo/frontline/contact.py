"""The contact line: the occupied area's boundary without the international border and the coast.

Given a country outline (e.g. the union of the ADM1 polygons in
``../shared/data/boundaries/``), every stretch of the occupied boundary is
classified by what lies just outside it, in a local metric projection:

* free land of the country, more than 1 km from the outline's edge: the
  **contact line**;
* outside the outline (the neighbouring state): international border, dropped;
* a sliver of "free" land (under 5 km², or under 1 km wide on average) squeezed
  between the occupied polygon and the outline's edge: the two files drawing the
  same border differently, dropped;
* open sea (bundled raster, see :mod:`geo.frontline.sea`): coast, dropped.
  Outlines built from administrative boundaries include territorial waters, so
  the outline alone cannot find the coast.

Without an outline the whole boundary is returned, and the note says so.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from geo.errors import FrontlineError
from geo.frontline.sea import SeaMask, load_sea_mask
from geo.schema import STORAGE_CRS

if TYPE_CHECKING:
    from pyproj import Transformer
    from shapely.geometry.base import BaseGeometry

SEGMENT_M = 500.0                      # boundary pieces are classified this finely
FREE_PROBE_M = 200.0                   # how far outside a piece we look for free land
SEA_PROBES_M = (500.0, 1000.0, 2000.0, 3000.0)
SLIVER_M2 = 5e6                        # free land touching the border under 5 km² is a sliver,
SLIVER_WIDTH_M = 1000.0                # and so is free land there narrower than 1 km on average
BORDER_BAND_M = 500.0                  # a stretch this close to the outline's edge is border
COASTAL_SCRAP_M = 5000.0               # shorter contact pieces next to the sea are coast
CLIP_MARGIN_DEG = 1.0
DENSIFY_DEG = 0.05                     # lon/lat edges are densified before projecting

NOTE_TRIMMED = "occupied-area boundary without the international border and the coast"
NOTE_NO_SEA_MASK = ("occupied-area boundary without the international border; the coast "
                    "could not be removed outside the bundled sea mask's region")
NOTE_WHOLE = ("whole boundary of the occupied area: no country outline was given, so it "
              "includes the international border and the coast")
NOTE_LINES = "front lines as drawn in the file"


@dataclass(frozen=True, eq=False)
class CountryOutline:
    """A country's outline in EPSG:4326 (land, possibly with territorial waters).

    Attributes
    ----------
    geometry : shapely Polygon or MultiPolygon
    source : str
        Where it came from (a file path, or "geometry").
    """

    geometry: BaseGeometry
    source: str = "geometry"


def load_outline(path: str | os.PathLike) -> CountryOutline:
    """A country outline from a boundary file: the union of its polygons (cached).

    Parameters
    ----------
    path : str or PathLike
        Any polygon file (GeoJSON, GeoPackage...), e.g. the ADM1 file in
        ``../shared/data/boundaries/``; reprojected to lon/lat if needed.

    Raises
    ------
    FrontlineError
        When the file is missing or has no polygons.
    """
    path = existing_boundary_file(path)
    return _load_outline_cached(str(path.resolve()), path.stat().st_mtime_ns)


def existing_boundary_file(path: str | os.PathLike) -> Path:
    """``path`` as a Path; FrontlineError when there is no such file."""
    path = Path(path)
    if not path.is_file():
        raise FrontlineError(f"{path}: no such boundary file")
    return path


@functools.lru_cache(maxsize=4)
def _load_outline_cached(path: str, _mtime: int) -> CountryOutline:
    from geo.frontline.read import polygonal_part, read_features

    polygons = polygonal_part(read_features(Path(path)).geometry.values)
    if polygons is None:
        raise FrontlineError(f"{path}: a boundary file needs polygons")
    return CountryOutline(geometry=polygons, source=path)


BOUNDARIES_ENV = "STRIKEMAP_BOUNDARIES"


def store_boundary_file(store: str | os.PathLike | None = None) -> Path | None:
    """``$STRIKEMAP_BOUNDARIES`` if set, else the first boundary file (``.geojson``,
    ``.json``, ``.gpkg``) in ``<store>/boundaries/``, else None.

    ``store`` defaults to the default store folder.
    """
    from geo.frontline.download import frontline_dir

    named = os.environ.get(BOUNDARIES_ENV, "").strip()
    if named:
        return Path(named)
    folder = frontline_dir(store).parent / "boundaries"
    files = sorted(p for p in folder.glob("*")
                   if p.suffix.lower() in (".geojson", ".json", ".gpkg")) if folder.is_dir() else []
    return files[0] if files else None


def default_outline(store: str | os.PathLike | None = None) -> CountryOutline | None:
    """The country outline a store provides, or None.

    ``$STRIKEMAP_BOUNDARIES`` (a boundary file) if set, else the first boundary file
    (``.geojson``, ``.json``, ``.gpkg``) in ``<store>/boundaries/``; ``store``
    defaults to the default store folder.

    Raises
    ------
    FrontlineError
        When ``$STRIKEMAP_BOUNDARIES`` names a file that is missing or has no polygons.
    """
    path = store_boundary_file(store)
    return load_outline(path) if path is not None else None


def as_outline(value: object) -> CountryOutline | None:
    """None, a :class:`CountryOutline`, a boundary file path or a polygon, as an outline."""
    if value is None or isinstance(value, CountryOutline):
        return value
    if isinstance(value, (str, os.PathLike)):
        return load_outline(value)
    if getattr(value, "geom_type", None) in ("Polygon", "MultiPolygon"):
        return CountryOutline(geometry=value)
    raise FrontlineError("an outline must be a boundary file or a polygon, "
                         f"not {type(value).__name__}")


def metric_crs_for(lon: float) -> str:
    """A transverse Mercator CRS (metres, WGS 84) centred on ``lon`` rounded to 3 degrees."""
    lon_0 = int(round(float(lon) / 3.0) * 3)
    return (f"+proj=tmerc +lat_0=0 +lon_0={lon_0} +k=1 +x_0=500000 +y_0=0 "
            "+ellps=WGS84 +units=m +no_defs +type=crs")


def project(geom: BaseGeometry | np.ndarray, crs_from: str, crs_to: str):
    """``geom`` with every coordinate transformed (pyproj, lon/lat order)."""
    import shapely

    transformer = _transformer(crs_from, crs_to)
    return shapely.transform(geom, lambda xy: np.column_stack(transformer.transform(xy[:, 0],
                                                                                    xy[:, 1])))


@functools.lru_cache(maxsize=32)
def _transformer(crs_from: str, crs_to: str) -> Transformer:
    from pyproj import Transformer

    return Transformer.from_crs(crs_from, crs_to, always_xy=True)


def whole_boundary(occupied: BaseGeometry) -> BaseGeometry:
    """The occupied area's boundary as a (Multi)LineString, EPSG:4326."""
    import shapely

    return shapely.line_merge(shapely.boundary(occupied))


def contact_line(occupied: BaseGeometry, outline: CountryOutline | None,
                 sea_mask: SeaMask | None = None) -> tuple[BaseGeometry, str]:
    """The contact line of an occupied area, and a note saying how it was made.

    Parameters
    ----------
    occupied : shapely Polygon or MultiPolygon
        The occupied area, EPSG:4326.
    outline : CountryOutline or None
        The country's outline; None returns the whole boundary (and says so).
    sea_mask : SeaMask, optional
        Defaults to the bundled Black Sea / Azov mask.

    Returns
    -------
    (geometry, str)
        A (Multi)LineString in EPSG:4326 (possibly empty) and the note.
    """
    import shapely

    if outline is None:
        return whole_boundary(occupied), NOTE_WHOLE
    sea_mask = sea_mask or load_sea_mask()
    lon_0 = shapely.centroid(occupied).x
    crs = metric_crs_for(lon_0)
    occ_m = _valid(project(shapely.segmentize(occupied, DENSIFY_DEG), STORAGE_CRS, crs))
    xmin, ymin, xmax, ymax = shapely.bounds(occupied)
    land = shapely.clip_by_rect(outline.geometry, xmin - CLIP_MARGIN_DEG, ymin - CLIP_MARGIN_DEG,
                                xmax + CLIP_MARGIN_DEG, ymax + CLIP_MARGIN_DEG)
    land_m = _valid(project(shapely.segmentize(land, DENSIFY_DEG), STORAGE_CRS, crs))
    segments = _boundary_segments(occ_m)
    keep, covered = _classify(segments, occ_m, land_m, crs, sea_mask)
    lines = shapely.line_merge(shapely.multilinestrings(shapely.linestrings(segments[keep])))
    lines = _drop_coastal_scraps(lines, crs, sea_mask)
    lines = shapely.simplify(lines, 0.01)  # drop the classification vertices (collinear, 1 cm)
    note = NOTE_TRIMMED if covered else NOTE_NO_SEA_MASK
    return project(lines, crs, STORAGE_CRS), note


def _valid(geom: BaseGeometry) -> BaseGeometry:
    import shapely

    return geom if shapely.is_valid(geom) else shapely.make_valid(geom)


def _boundary_segments(occ_m: BaseGeometry) -> np.ndarray:
    """``(n, 2, 2)`` segments of every ring, oriented so the outside is on the right."""
    import shapely

    polygons = shapely.get_parts(shapely.orient_polygons(occ_m))
    rings = shapely.segmentize(shapely.get_rings(polygons), SEGMENT_M)
    coords, ring_index = shapely.get_coordinates(rings, return_index=True)
    same_ring = ring_index[:-1] == ring_index[1:]
    return np.stack([coords[:-1][same_ring], coords[1:][same_ring]], axis=1)


def _classify(segments: np.ndarray, occ_m: BaseGeometry, land_m: BaseGeometry, crs: str,
              sea_mask: SeaMask) -> tuple[np.ndarray, bool]:
    """Which segments face free land (not a border sliver, not the sea); and sea-mask coverage."""
    import shapely

    mid = segments.mean(axis=1)
    step = segments[:, 1] - segments[:, 0]
    length = np.hypot(step[:, 0], step[:, 1])
    normal = np.column_stack([step[:, 1], -step[:, 0]]) / np.where(length > 0, length, 1.0)[:, None]
    free, edge = _real_free_land(occ_m, land_m)
    probe = mid + normal * FREE_PROBE_M
    facing_free = shapely.contains_xy(free, probe[:, 0], probe[:, 1]) & (length > 0)
    facing_free[facing_free] = ~shapely.dwithin(edge, shapely.points(probe[facing_free]),
                                                BORDER_BAND_M)
    back = _transformer(crs, STORAGE_CRS)
    sea = np.zeros(len(mid), dtype=bool)
    covered = True
    for distance in SEA_PROBES_M:
        point = mid[facing_free] + normal[facing_free] * distance
        lon, lat = back.transform(point[:, 0], point[:, 1])
        sea[facing_free] |= sea_mask.is_sea(lon, lat)
        covered = covered and bool(sea_mask.covers(np.asarray(lon), np.asarray(lat)).all())
    return facing_free & ~sea, covered


def _real_free_land(occ_m: BaseGeometry,
                    land_m: BaseGeometry) -> tuple[BaseGeometry, BaseGeometry]:
    """Outline minus occupied area, without slivers along its edge; and that edge (prepared)."""
    import shapely

    parts = shapely.get_parts(shapely.difference(land_m, occ_m))
    parts = parts[shapely.get_type_id(parts) == 3]
    edge = shapely.boundary(land_m)
    shapely.prepare(edge)
    area = shapely.area(parts)
    width = 2.0 * area / np.maximum(shapely.length(parts), 1.0)
    sliver = (area < SLIVER_M2) | (width < SLIVER_WIDTH_M)
    keep = ~sliver | ~shapely.dwithin(parts, edge, 1.0)
    free = shapely.union_all(parts[keep]) if keep.any() else shapely.Polygon()
    shapely.prepare(free)
    return free, edge


def _drop_coastal_scraps(lines: BaseGeometry, crs: str, sea_mask: SeaMask) -> BaseGeometry:
    """Remove short isolated contact pieces that lie next to the sea (coast the raster missed)."""
    import shapely

    pieces = shapely.get_parts(lines)
    short = shapely.length(pieces) < COASTAL_SCRAP_M
    if not short.any():
        return lines
    near = shapely.buffer(shapely.envelope(pieces[short]), COASTAL_SCRAP_M, quad_segs=1)
    near_ll = project(near, crs, STORAGE_CRS)
    coastal = np.array([sea_mask.any_sea_in(shapely.bounds(g)) for g in near_ll])
    drop = np.zeros(len(pieces), dtype=bool)
    drop[np.flatnonzero(short)[coastal]] = True
    return shapely.multilinestrings(pieces[~drop]) if (~drop).any() else shapely.MultiLineString()
