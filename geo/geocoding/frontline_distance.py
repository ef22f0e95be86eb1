"""Distance from candidate points to a front line, for ranking.

Accepts what the frontline module gives (an object with a ``contact_line`` or
``occupied`` geometry in EPSG:4326) or a bare shapely geometry, and returns a
function ``(lat, lon) -> km`` (vectorised). Distances use a local equirectangular
scale, which is accurate to a few per cent at Ukraine's latitudes: enough to
rank candidates, not to report ``front_km`` (the frontline module does that).
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

KM_PER_DEG_LAT = 111.2


def _geometry_of(frontline: object):
    import shapely

    if isinstance(frontline, shapely.Geometry):
        return frontline
    for attr in ("contact_line", "occupied"):
        geom = getattr(frontline, attr, None)
        if geom is not None and isinstance(geom, shapely.Geometry) and not geom.is_empty:
            return geom.boundary if attr == "occupied" and geom.geom_type in (
                "Polygon", "MultiPolygon") else geom
    return None


def front_distance_fn(frontline: object | None) -> Callable[[np.ndarray, np.ndarray], np.ndarray] | None:
    """A vectorised ``(lat, lon) -> km to the line`` function, or None without a front line."""
    if frontline is None:
        return None
    geom = _geometry_of(frontline)
    if geom is None:
        return None
    import shapely

    centroid = geom.centroid
    scale_x = KM_PER_DEG_LAT * float(np.cos(np.radians(centroid.y)))
    scaled = shapely.transform(geom, lambda xy: xy * np.array([scale_x, KM_PER_DEG_LAT]))
    shapely.prepare(scaled)

    def distance(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        pts = shapely.points(np.asarray(lon) * scale_x, np.asarray(lat) * KM_PER_DEG_LAT)
        return shapely.distance(scaled, pts)

    return distance
