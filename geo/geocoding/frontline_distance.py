"""Distance from candidate points to a front line, for ranking.

Accepts what the frontline module gives (a ``FrontlineLayer`` with ``occupied``
and ``contact_line`` geometries in EPSG:4326, or a ``FrontlineSet``, whose latest
layer is used) or a bare shapely geometry, and returns a function
``(lat, lon) -> km`` (vectorised). Distances use a local equirectangular
scale, which is accurate to a few per cent at Ukraine's latitudes: enough to
rank candidates, not to report ``front_km`` (the frontline module does that).
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

KM_PER_DEG_LAT = 111.2


def _geometry_of(frontline: object):
    """The geometry to measure from: occupied area (0 inside), else the contact line.

    The occupied area counts as near: strikes hit both sides of the line and deep
    inside occupied land. A set of dated layers gives its latest layer.
    """
    import shapely

    if isinstance(frontline, shapely.Geometry):
        return frontline
    if hasattr(frontline, "dates") and hasattr(frontline, "layer_for"):
        dates = frontline.dates
        frontline = frontline.layer_for(dates[-1]) if dates else None
    for attr in ("occupied", "contact_line"):
        geom = getattr(frontline, attr, None)
        if isinstance(geom, shapely.Geometry) and not geom.is_empty:
            return geom
    return None


DistanceFn = Callable[[np.ndarray, np.ndarray], np.ndarray]


def front_distance_fn(frontline: object | None) -> DistanceFn | None:
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
