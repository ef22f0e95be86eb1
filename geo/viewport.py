"""The part of the map in view, and the events grouped for it on the server (issue 24).

The dashboard does not send every event of a large view to the browser. It knows the
map's bounds and zoom (st_folium returns them after each move) and draws, for the part in
view and half a screen around it:

* each event (dot, popup, tooltip) when there are at most :data:`MAX_VIEW_POINTS`, or at
  zoom :data:`CLUSTER_MAX_ZOOM` and closer, however many (those in view first, at most
  :data:`MAX_DRAWN`);
* else one circle per cell of a grid on the screen (:data:`CELL_PX` pixels at that zoom),
  with the number of its events, at their mean position. A click zooms to the cell.

So every event is reached by zooming in, and the page holds a few hundred circles
whatever the number of events. The grid is fixed per zoom (Web Mercator pixels), so a
cell's circle does not change when the map is panned. Pure numpy; no streamlit.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from geo.schema import casualties

#: at most this many events in view (and around it) are drawn one by one
MAX_VIEW_POINTS = 1000
#: from this zoom on the events in view are drawn one by one, however many
CLUSTER_MAX_ZOOM = 13
#: the most events drawn one by one at :data:`CLUSTER_MAX_ZOOM` and closer
MAX_DRAWN = 5000
#: the side of a grid cell, in screen pixels
CELL_PX = 80
_TILE = 256.0
_MAX_LAT = 85.0511


@dataclass(frozen=True)
class Viewport:
    """The map's bounds (degrees) and zoom level."""

    south: float
    west: float
    north: float
    east: float
    zoom: int

    def padded(self, margin: float = 0.5) -> Viewport:
        """The bounds grown by ``margin`` of their size on each side."""
        dy, dx = (self.north - self.south) * margin, (self.east - self.west) * margin
        return Viewport(max(self.south - dy, -_MAX_LAT), self.west - dx,
                        min(self.north + dy, _MAX_LAT), self.east + dx, self.zoom)


def viewport_from_map(value: Mapping | None) -> Viewport | None:
    """The viewport in st_folium's returned value (``bounds`` and ``zoom``), or None when
    it holds none (the map has not reported yet)."""
    if not isinstance(value, Mapping):
        return None
    bounds, zoom = value.get("bounds") or {}, value.get("zoom")
    try:
        south_west, north_east = bounds["_southWest"], bounds["_northEast"]
        box = [float(south_west["lat"]), float(south_west["lng"]),
               float(north_east["lat"]), float(north_east["lng"])]
        level = int(round(float(zoom)))
    except (KeyError, TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in box) or box[0] >= box[2] or box[1] >= box[3]:
        return None
    return Viewport(*box, zoom=min(max(level, 0), 22))


def _mercator_y(lat: np.ndarray) -> np.ndarray:
    """Web Mercator y in [0, 1] (0 at the north edge)."""
    rad = np.radians(np.clip(lat, -_MAX_LAT, _MAX_LAT))
    return (1 - np.log(np.tan(rad) + 1 / np.cos(rad)) / np.pi) / 2


def _latitude(y: np.ndarray) -> np.ndarray:
    """The inverse of :func:`_mercator_y`."""
    return np.degrees(np.arctan(np.sinh(np.pi * (1 - 2 * y))))


def fitted_viewport(bounds: tuple[float, float, float, float], size_px: tuple[int, int] = (1000, 560),
                    padding_px: int = 40, max_zoom: int = 9) -> Viewport:
    """The viewport Leaflet's ``fitBounds`` shows for (west, south, east, north) on a map of
    ``size_px`` (the map before it reports its own), as :func:`geo.maps.build_event_map` fits it."""
    west, south, east, north = bounds
    width, height = (max(s - 2 * padding_px, 1) for s in size_px)
    span_x = max(east - west, 1e-6) / 360
    span_y = max(float(_mercator_y(np.array([south]))[0] - _mercator_y(np.array([north]))[0]), 1e-9)
    zoom = int(min(max_zoom, math.floor(math.log2(min(width / span_x, height / span_y) / _TILE))))
    return Viewport(south, west, north, east, max(zoom, 0))


def point_xy(events) -> tuple[np.ndarray, np.ndarray]:
    """Longitude and latitude of each event's point (NaN for a missing one)."""
    import shapely

    geoms = np.asarray(events.geometry.values, dtype=object)
    return shapely.get_x(geoms), shapely.get_y(geoms)


def in_view(events, view: Viewport, xy: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """A boolean mask of the events whose point lies in ``view`` (missing points: False);
    ``xy``: their :func:`point_xy`, when known."""
    if not len(events):
        return np.zeros(0, dtype=bool)
    x, y = xy if xy is not None else point_xy(events)
    with np.errstate(invalid="ignore"):
        return (y >= view.south) & (y <= view.north) & (x >= view.west) & (x <= view.east)


def _cells(x: np.ndarray, y: np.ndarray, zoom: int) -> tuple[np.ndarray, np.ndarray]:
    """The grid cell (column, row) of each point at ``zoom``."""
    scale = _TILE * 2.0 ** zoom / CELL_PX
    return (np.floor((x + 180) / 360 * scale).astype(np.int64),
            np.floor(_mercator_y(y) * scale).astype(np.int64))


def grid_clusters(events, view: Viewport, xy: tuple[np.ndarray, np.ndarray] | None = None
                  ) -> pd.DataFrame:
    """The events in ``view`` grouped per grid cell at its zoom.

    Every cell that meets ``view`` is counted whole (its events outside ``view`` too), so
    a cell's figures do not depend on where the map was panned.

    Returns
    -------
    pandas.DataFrame
        One row per non-empty cell: ``lat``, ``lon`` (the mean position of its events),
        ``events``, ``killed_injured`` and the cell's ``south``, ``west``, ``north``,
        ``east``; the most events first.
    """
    scale = _TILE * 2.0 ** view.zoom / CELL_PX
    cell_deg = 360 / scale
    grown = Viewport(view.south - cell_deg, view.west - cell_deg, view.north + cell_deg,
                     view.east + cell_deg, view.zoom)
    x, y = xy if xy is not None else point_xy(events)
    mask = in_view(events, grown, (x, y))
    near, x, y = events[mask], x[mask], y[mask]
    columns = ["lat", "lon", "events", "killed_injured", "south", "west", "north", "east"]
    if not len(near):
        return pd.DataFrame(columns=columns)
    col, row = _cells(x, y, view.zoom)
    keys, inverse, counts = np.unique(col * (1 << 31) + row, return_inverse=True, return_counts=True)
    inverse = inverse.ravel()
    col, row = keys // (1 << 31), keys % (1 << 31)
    cells = pd.DataFrame({
        "lat": np.bincount(inverse, weights=y) / counts, "lon": np.bincount(inverse, weights=x) / counts,
        "events": counts,
        "killed_injured": np.bincount(inverse, weights=casualties(near).to_numpy()).astype(np.int64),
        "south": _latitude((row + 1) / scale), "west": col / scale * 360 - 180,
        "north": _latitude(row / scale), "east": (col + 1) / scale * 360 - 180})
    meets = ((cells["north"] >= view.south) & (cells["south"] <= view.north)
             & (cells["east"] >= view.west) & (cells["west"] <= view.east))
    return cells[meets].sort_values("events", ascending=False, kind="stable")[columns] \
        .reset_index(drop=True)


def events_to_draw(events, view: Viewport) -> tuple[object, pd.DataFrame | None]:
    """What the map draws for ``view``: (events drawn one by one, grid cells or None).

    The events of the padded view (:meth:`Viewport.padded`) are drawn one by one when
    they are few (:data:`MAX_VIEW_POINTS`) or the map is zoomed in to
    :data:`CLUSTER_MAX_ZOOM` (at most :data:`MAX_DRAWN`, those in view first); else the
    grid's cells are drawn and no event one by one.
    """
    around = view.padded()
    if not len(events):
        return events, None
    xy = point_xy(events)
    mask = in_view(events, around, xy)
    if np.count_nonzero(mask) <= MAX_VIEW_POINTS:
        return events[mask], None
    if view.zoom >= CLUSTER_MAX_ZOOM:
        near = events[mask]
        first = np.argsort(~in_view(near, view, (xy[0][mask], xy[1][mask])), kind="stable")[:MAX_DRAWN]
        return near.iloc[np.sort(first)], None
    return events.iloc[:0], grid_clusters(events, around, xy)
