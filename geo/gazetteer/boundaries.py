"""Ukraine's oblast boundaries that ship with the package (geoBoundaries ADM1, ODbL 1.0).

``geo/gazetteer/data/geoBoundaries-UKR-ADM1_simplified.geojson.xz`` is geoBoundaries'
own simplified file, byte for byte, compressed with xz; its licence and attribution are
in ``geoBoundaries-UKR-ADM1.md`` beside it. The polygons serve the basemap's outlines,
Ukraine's internationally recognised outline (Crimea and Sevastopol included), the oblast
filter and aggregation by polygon, and one spelling per oblast (:data:`OBLAST_NAMES`, the
gazetteer's names, whatever a source writes: "Odessa Oblast" is "Odesa Oblast").
"""
from __future__ import annotations

import lzma
from functools import lru_cache
from pathlib import Path

from geo.gazetteer.regions import UA_REGIONS

__all__ = ["BOUNDARIES_FILE", "BOUNDARIES_ATTRIBUTION", "OBLAST_NAMES", "oblast_at", "oblast_polygons",
           "ukraine_outline"]

BOUNDARIES_FILE = Path(__file__).with_name("data") / "geoBoundaries-UKR-ADM1_simplified.geojson.xz"
BOUNDARIES_ATTRIBUTION = ('Boundaries: <a href="https://www.geoboundaries.org/">geoBoundaries</a>, '
                          '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> '
                          'contributors (ODbL 1.0)')
#: ISO 3166-2 code -> the one spelling of each oblast (the gazetteer's region names)
OBLAST_NAMES: dict[str, str] = {region.iso: region.name for region in UA_REGIONS}


@lru_cache(maxsize=1)
def oblast_polygons():
    """The 27 regions (24 oblasts, Crimea, Kyiv and Sevastopol) as a GeoDataFrame.

    Columns: ``name`` (:data:`OBLAST_NAMES`), ``shapeName`` (as geoBoundaries writes it),
    ``shapeISO`` and ``geometry`` (EPSG:4326). Shared: never mutate it.
    """
    import geopandas as gpd

    with lzma.open(BOUNDARIES_FILE, "rb") as handle:
        frame = gpd.read_file(handle)
    frame = frame.set_crs("EPSG:4326") if frame.crs is None else frame.to_crs("EPSG:4326")
    frame.insert(0, "name", [OBLAST_NAMES.get(iso, name)
                             for iso, name in zip(frame["shapeISO"], frame["shapeName"])])
    return frame[["name", "shapeName", "shapeISO", "geometry"]]


@lru_cache(maxsize=1)
def ukraine_outline():
    """Ukraine's internationally recognised territory, Crimea and Sevastopol included: the
    union of the bundled regions, with the slivers between neighbours closed (so no line
    runs between Crimea and the mainland)."""
    import shapely

    union = shapely.union_all(oblast_polygons().geometry.values)
    closed = union.buffer(0.002, join_style="mitre").buffer(-0.002, join_style="mitre")
    parts = [p for p in getattr(closed, "geoms", [closed]) if p.area > 1e-4]
    return shapely.MultiPolygon([shapely.Polygon(p.exterior) for p in parts])


def oblast_at(lon, lat):
    """The oblast (one spelling, :data:`OBLAST_NAMES`) of each point, or None outside Ukraine.

    Parameters
    ----------
    lon, lat : array-like of float
        Point coordinates (EPSG:4326).

    Returns
    -------
    numpy.ndarray of object
    """
    import numpy as np
    import shapely

    x, y = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    names = np.full(len(x), None, dtype=object)
    frame = oblast_polygons()
    for geometry, name in zip(frame.geometry.values, frame["name"]):
        west, south, east, north = geometry.bounds
        todo = np.flatnonzero((x >= west) & (x <= east) & (y >= south) & (y <= north)
                              & np.equal(names, None))
        if len(todo):
            shapely.prepare(geometry)
            names[todo[shapely.intersects_xy(geometry, x[todo], y[todo])]] = name
    return names
