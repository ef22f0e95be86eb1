"""The small map of a queued name's candidates (the dashboard's Review page).

Each namesake is a numbered marker (the number is the key that picks it on the page);
the event's current point (the region or country it waits at) is a dashed circle.
Names come from the gazetteer, but are escaped all the same (:func:`geo.escape.html_text`),
and Leaflet loads from local files only (:mod:`geo.assets`), like :mod:`geo.maps`.
"""
from __future__ import annotations

from collections.abc import Sequence

from geo.assets import STREAMLIT_ASSET_URL, localize_map
from geo.escape import html_text

#: how wide the area an unplaced name waits in is drawn (its region or country)
AREA_RADIUS_M = {"region": 60_000, "country": 250_000, "district": 20_000, "settlement": 3_000}


def candidate_label(number: int, candidate: dict) -> str:
    """``"1. Pervomaiske, Donetsk Oblast (pop. 1,200)"`` (plain text, not escaped)."""
    admin = f", {candidate.get('admin1')}" if candidate.get("admin1") else ""
    people = candidate.get("population") or 0
    pop = f" (pop. {int(people):,})" if people else ""
    return f"{number}. {candidate.get('name') or '?'}{admin}{pop}"


def build_candidates_map(candidates: Sequence[dict], *, event_point: tuple[float, float] | None,
                         event_precision: str = "region", tiles: str = "offline",
                         asset_base_url: str = STREAMLIT_ASSET_URL):
    """A folium map of numbered candidates around the event's current point.

    Parameters
    ----------
    candidates : sequence of dict
        ``name``, ``admin1``, ``lat``, ``lon``, ``population`` (the review queue's).
    event_point : (lat, lon), optional
        Where the event waits now.
    event_precision : str
        Its ``geo_precision`` (how wide its circle is drawn).
    tiles : {"offline", "osm", "none"}
        As for :func:`geo.maps.build_event_map`.

    Returns
    -------
    folium.Map
    """
    import folium

    from geo.basemap.leaflet import add_basemap, add_online_tiles

    fmap = folium.Map(location=event_point or (48.8, 31.2), zoom_start=6, tiles=None,
                      control_scale=True, maxZoom=14)
    if tiles == "osm":
        add_online_tiles(fmap)
    if tiles in ("offline", "osm"):
        add_basemap(fmap, land=tiles == "offline")
    if event_point is not None:
        folium.Circle(event_point, radius=AREA_RADIUS_M.get(event_precision, 60_000),
                      color="#555", weight=1, dash_array="6 4", fill=False,
                      tooltip="where the event waits now").add_to(fmap)
    points = []
    for number, c in enumerate(candidates, start=1):
        if c.get("lat") is None or c.get("lon") is None:
            continue
        point = (float(c["lat"]), float(c["lon"]))
        points.append(point)
        label = html_text(candidate_label(number, c))
        icon = folium.DivIcon(html=f'<div class="strikemap-candidate" style="background:#d62728;'
                                   f'color:#fff;border-radius:50%;width:22px;height:22px;'
                                   f'text-align:center;font:bold 13px/22px sans-serif">{number}</div>',
                              icon_size=(22, 22), icon_anchor=(11, 11))
        folium.Marker(point, icon=icon, tooltip=label, popup=folium.Popup(label)).add_to(fmap)
    if points:
        lats = [p[0] for p in points] + ([event_point[0]] if event_point else [])
        lons = [p[1] for p in points] + ([event_point[1]] if event_point else [])
        fmap.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(30, 30),
                        max_zoom=9)
    return localize_map(fmap, asset_base_url)
