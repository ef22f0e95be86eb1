"""Great-circle distance, shared by the gazetteer, the geocoder and the store's duplicate rule.

A core module: it imports nothing from ``geo``.
"""
from __future__ import annotations

import numpy as np

__all__ = ["EARTH_RADIUS_KM", "haversine_km"]

#: the mean Earth radius (IUGG) in km
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: np.ndarray | float, lon1: np.ndarray | float,
                 lat2: np.ndarray | float, lon2: np.ndarray | float) -> np.ndarray:
    """Great-circle distance in km (vectorised).

    Examples
    --------
    >>> round(float(haversine_km(50.45, 30.52, 49.99, 36.23)), 0)   # Kyiv to Kharkiv
    409.0
    """
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlat, dlon = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dlat / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return EARTH_RADIUS_KM * 2 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
