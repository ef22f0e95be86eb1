"""The dashboard map's viewport: events grouped per grid cell on the server, each event
reached by zooming in, its popup escaped (issue 24). No browser: the layers' data."""
from __future__ import annotations

import folium
import geopandas as gpd
import numpy as np
import pandas as pd

from geo.maps import event_overlay, initial_viewport, map_summary
from geo.schema import make_event_id, validate_events
from geo.viewport import (CLUSTER_MAX_ZOOM, MAX_DRAWN, MAX_VIEW_POINTS, Viewport, events_to_draw,
                          grid_clusters, viewport_from_map)

HOSTILE = '<img src=x onerror="alert(1)">Zolotukhy</script>'
SPOT = (48.3217, 36.4411)          # (lat, lon) of the hostile event, inside the cloud


def many_events(n: int = 4000, seed: int = 3):
    """``n`` events spread over eastern Ukraine, the last one at :data:`SPOT` with hostile text."""
    rng = np.random.default_rng(seed)
    lat, lon = rng.uniform(47.0, 50.0, n), rng.uniform(34.0, 38.5, n)
    lat[-1], lon[-1] = SPOT
    frame = pd.DataFrame({
        "event_id": [make_event_id("many", i) for i in range(n)], "date": "2025-03-01",
        "date_precision": "day", "attack_types": [["drone"]] * (n - 1) + [["missile"]],
        "place": ["Somewhere"] * (n - 1) + [HOSTILE], "query": "Somewhere", "country_code": "UA",
        "admin1": "Kharkiv Oblast", "geo_precision": "settlement", "killed": 1, "injured": 0,
        "source": "test", "excerpt": ["a strike"] * (n - 1) + [HOSTILE], "confidence": 1.0})
    return validate_events(gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326"))


def _overlay_html(events, view: Viewport) -> str:
    fmap = folium.Map()
    event_overlay(events, viewport=view).add_to(fmap)
    return fmap.get_root().render()


def test_the_viewport_st_folium_reports_is_read_and_bad_values_are_none() -> None:
    value = {"bounds": {"_southWest": {"lat": 47.1, "lng": 33.2}, "_northEast": {"lat": 50.3, "lng": 39.9}},
             "zoom": 7}
    assert viewport_from_map(value) == Viewport(47.1, 33.2, 50.3, 39.9, 7)
    assert viewport_from_map(None) is None
    assert viewport_from_map({"bounds": {"_southWest": {"lat": None, "lng": None},
                                         "_northEast": {"lat": None, "lng": None}}, "zoom": 6}) is None


def test_cells_count_every_event_once_and_do_not_change_when_the_map_is_panned() -> None:
    events = many_events()
    whole = Viewport(46.0, 33.0, 51.0, 39.5, 6)
    cells = grid_clusters(events, whole)
    assert cells["events"].sum() == len(events)
    assert cells["killed_injured"].sum() == len(events)
    zoomed = Viewport(48.0, 35.0, 48.6, 36.0, 10)
    panned = Viewport(48.05, 35.1, 48.65, 36.1, 10)
    shared = grid_clusters(events, zoomed).merge(grid_clusters(events, panned), on=["south", "west"])
    assert len(shared) and (shared["events_x"] == shared["events_y"]).all()
    assert np.allclose(shared["lat_x"], shared["lat_y"])


def test_a_large_view_is_drawn_as_cells_and_each_event_is_reached_by_zooming_in() -> None:
    events = many_events()
    start = initial_viewport(map_summary(events))
    drawn, cells = events_to_draw(events, start)
    assert len(drawn) == 0 and cells["events"].sum() == len(events)
    html = _overlay_html(events, start)
    assert "strikemap-cell" in html and "Zolotukhy" not in html and "a strike" not in html
    close = Viewport(SPOT[0] - 0.01, SPOT[1] - 0.02, SPOT[0] + 0.01, SPOT[1] + 0.02, 13)
    drawn, cells = events_to_draw(events, close)
    assert cells is None and drawn["event_id"].iloc[-1] == events["event_id"].iloc[-1]
    html = _overlay_html(events, close)
    assert "\\u0026lt;img src=x onerror=\\u0026quot;alert(1)\\u0026quot;\\u0026gt;Zolotukhy" in html
    assert "<img src=x" not in html and "</script>Zolotukhy" not in html


def test_many_events_at_one_spot_are_drawn_one_by_one_when_zoomed_in() -> None:
    events = many_events(MAX_VIEW_POINTS + 50)
    stacked = events.set_geometry(gpd.points_from_xy([SPOT[1]] * len(events), [SPOT[0]] * len(events)),
                                  crs="EPSG:4326")
    near = Viewport(SPOT[0] - 0.01, SPOT[1] - 0.02, SPOT[0] + 0.01, SPOT[1] + 0.02, CLUSTER_MAX_ZOOM - 1)
    assert events_to_draw(stacked, near)[1] is not None             # grouped further out
    drawn, cells = events_to_draw(stacked, Viewport(*list(near.__dict__.values())[:4], CLUSTER_MAX_ZOOM))
    assert cells is None and len(drawn) == min(len(stacked), MAX_DRAWN)
    html = _overlay_html(stacked, Viewport(*list(near.__dict__.values())[:4], CLUSTER_MAX_ZOOM))
    assert "markerClusterGroup" in html                     # the client's clusters spread a stack apart


def test_a_small_view_is_drawn_one_by_one_whatever_the_zoom() -> None:
    events = many_events(200)
    drawn, cells = events_to_draw(events, Viewport(46.0, 33.0, 51.0, 39.5, 5))
    assert cells is None and len(drawn) == len(events)
