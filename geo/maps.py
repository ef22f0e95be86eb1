"""Folium maps of events, shared by the dashboard and the HTML export.

The base map (basemap, outlines, legend, credits) is built here; the layers of events
and of the frontline come from :mod:`geo.event_layers`, where every string from a report
is escaped before it reaches HTML (popups, tooltips). Maps load Leaflet and friends from local files only (see :mod:`geo.assets`).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from geo.assets import STREAMLIT_ASSET_URL, copy_assets, localize_map
from geo.basemap.legend import TYPE_COLORS, TYPE_ORDER, legend_html, primary_type
from geo.escape import script_json
from geo.event_layers import (MAX_PLAIN_POINTS, REGION_RADIUS_M, add_event_layers,
                              add_frontline_layer, event_popup_html, event_tooltip_html,
                              events_feature_collection, frontline_credit, present_types)
from geo.schema import STORAGE_CRS
from geo.viewport import Viewport, fitted_viewport

__all__ = ["GEONAMES_ATTRIBUTION", "MAX_PLAIN_POINTS", "OSM_ATTRIBUTION", "REGION_RADIUS_M",
           "TYPE_COLORS", "TYPE_ORDER", "UKRAINE_CENTER", "MapSummary", "add_boundaries_layer",
           "add_event_layers", "add_frontline_layer", "build_event_map", "event_overlay",
           "event_popup_html", "event_tooltip_html", "events_feature_collection", "feed_attributions",
           "frontline_credit", "initial_viewport", "map_summary", "primary_type", "save_map_html"]

UKRAINE_CENTER = (48.8, 31.2)
GEONAMES_ATTRIBUTION = 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
OSM_ATTRIBUTION = ('&copy; <a href="https://www.openstreetmap.org/copyright">'
                   'OpenStreetMap</a> contributors')
def _legend_html(types: Sequence[str], **shown: bool) -> str:
    return legend_html(types, **shown)


def _add_attribution(folium_map, texts: Sequence[str]) -> None:
    """Add credit lines (escaped HTML) to the map's attribution control, passed as JSON."""
    from branca.element import MacroElement
    from jinja2 import Template

    element = MacroElement()
    element.texts_json = [script_json(t) for t in texts]
    element._template = Template(
        "{% macro script(this, kwargs) %}{% for t in this.texts_json %}"
        "{{ this._parent.get_name() }}.attributionControl.addAttribution({{ t }});"
        "{% endfor %}{% endmacro %}")
    folium_map.add_child(element)


@dataclass(frozen=True)
class MapSummary:
    """What the base map needs of its events: the attack types present, the feeds' credit
    lines and the (west, south, east, north) bounds (None: no events)."""

    types: tuple[str, ...]
    credits: tuple[str, ...]
    bounds: tuple[float, float, float, float] | None


def map_summary(events) -> MapSummary:
    """The :class:`MapSummary` of ``events`` (the dashboard keeps one per store, so its
    base map stays the same whatever the filters)."""
    bounds = tuple(float(v) for v in events.total_bounds) if len(events) else None
    if bounds is not None and not all(v == v for v in bounds):
        bounds = None
    return MapSummary(tuple(present_types(events)), tuple(feed_attributions(events)), bounds)


def initial_viewport(summary: MapSummary) -> Viewport | None:
    """The viewport the base map opens on (its events' bounds fitted as Leaflet does),
    before the map reports its own; None when it has no events."""
    return fitted_viewport(summary.bounds) if summary.bounds is not None else None


def feed_attributions(events) -> list[str]:
    """Credit lines for the event feeds present in ``events`` (UCDP, ACLED)."""
    if not len(events):
        return []
    import pandas as pd

    names = " ".join(pd.Series(events["source"].dropna().unique()).astype(str).str.lower().unique())
    out = []
    if "ucdp" in names:
        out.append('Events: <a href="https://ucdp.uu.se/">UCDP GED</a> (CC BY 4.0)')
    if "acled" in names:
        out.append('Events: <a href="https://acleddata.com/">ACLED</a>')
    return out


def add_boundaries_layer(folium_map, boundaries, tolerance_deg: float = 0.01) -> None:
    """Thin outlines of a boundary file (country or oblasts): context when no tiles load offline."""
    import folium
    import shapely

    geoms = shapely.simplify(boundaries.to_crs(STORAGE_CRS).geometry.values.boundary, tolerance_deg)
    merged = shapely.union_all(geoms)
    folium.GeoJson(shapely.geometry.mapping(merged), name="Boundaries",
                   style_function=lambda f: {"color": "#8a8a8a", "weight": 1, "opacity": 0.8},
                   control=True, interactive=False).add_to(folium_map)


def build_event_map(events, *, frontline=None, tiles: str = "offline", layers: Sequence[str] = (),
                    boundaries=None, labels: str | None = "en", pmtiles=None,
                    asset_base_url: str = STREAMLIT_ASSET_URL,
                    center: tuple[float, float] | None = None, zoom: int = 6,
                    draw_events: bool = True, summary: MapSummary | None = None):
    """Build the folium map of events.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Validated events (EPSG:4326).
    frontline : FrontlineLayer, optional
        The layer in force; drawn with its date and attribution.
    boundaries : geopandas.GeoDataFrame, optional
        Country or oblast polygons drawn as thin outlines (context when offline).
    layers : sequence of {"cluster", "heatmap", "hex"}
        Extra layers. Beyond :data:`MAX_PLAIN_POINTS` events the points are
        aggregated per H3 cell on the server, so the page stays light.
    tiles : {"offline", "osm", "none"}
        The built-in basemap (default: Natural Earth land and sea, Ukraine's outline and
        oblasts; see :mod:`geo.basemap`), OpenStreetMap tiles (only when the user asks:
        they need the network) under the oblast outlines, or a plain background.
    labels : {"en", "uk"} or None
        Settlement labels from the gazetteer, by zoom, in English or Ukrainian; None for none.
    pmtiles : (url, max_zoom), optional
        A vector PMTiles basemap served on loopback (``--basemap FILE.pmtiles``), drawn
        instead of the built-in land and sea when ``tiles`` is "offline".
    asset_base_url : str
        Where Leaflet and the other assets are served (see :mod:`geo.assets`).
    draw_events : bool
        False: the base map only (basemap, outlines, legends, credits, the bounds of
        ``summary``), for a caller that draws the events and the frontline of each
        timeline step in a layer of its own (:func:`event_overlay`).
    summary : MapSummary, optional
        The types, credits and bounds to show (default: those of ``events``); the
        dashboard passes its store's, so the base map does not change with the filters.

    Returns
    -------
    folium.Map
    """
    import folium

    fmap = folium.Map(location=center or UKRAINE_CENTER, zoom_start=zoom, tiles=None,
                      control_scale=True, maxZoom=18)   # clusters need a maxZoom with no tiles
    # Leaflet only: no map of ours uses folium's icon markers (jQuery, Bootstrap, Font
    # Awesome), which the browser would otherwise load and parse on every page
    fmap.default_js = [(n, u) for n, u in fmap.default_js if n == "leaflet"]
    fmap.default_css = [(n, u) for n, u in fmap.default_css if n == "leaflet_css"]
    attributions = [GEONAMES_ATTRIBUTION]
    from geo.basemap.leaflet import add_basemap, add_labels, add_online_tiles
    if tiles == "osm":
        attributions.append(add_online_tiles(fmap))
    if tiles == "offline" and pmtiles is not None:
        from geo.basemap.leaflet import add_pmtiles
        attributions.append(add_pmtiles(fmap, pmtiles[0], pmtiles[1], labels or "en"))
    if tiles in ("offline", "osm"):
        attributions += add_basemap(fmap, land=tiles == "offline" and pmtiles is None)
    if labels and tiles != "none":
        add_labels(fmap, labels)
    summary = summary or map_summary(events)
    attributions += summary.credits
    if boundaries is not None and len(boundaries):
        add_boundaries_layer(fmap, boundaries)
    if frontline is not None:
        attributions.append(frontline_credit(frontline))
    if draw_events:
        add_event_layers(fmap, events, frontline=frontline, layers=layers)
    from branca.element import Element
    fmap.get_root().html.add_child(Element(_legend_html(
        summary.types, frontline=frontline is not None, heatmap="heatmap" in layers,
        hexagons="hex" in layers or (draw_events and len(events) > MAX_PLAIN_POINTS))))
    _add_attribution(fmap, attributions)
    folium.LayerControl(collapsed=False).add_to(fmap)
    if center is None and summary.bounds is not None:
        west, south, east, north = summary.bounds
        fmap.add_child(_fit_at_once([[south, west], [north, east]]))
    return localize_map(fmap, asset_base_url)


def _fit_at_once(bounds):
    """folium's ``fitBounds`` of the events, without Leaflet's zoom animation: the map is
    made at ``zoom_start`` first, so the fit would animate, and Leaflet ignores any zoom
    asked while an animation runs (a wheel turn, a search's focus), which a slow or busy
    page can stretch to a second or more."""
    from folium.map import FitBounds

    fit = FitBounds(bounds, padding=(40, 40), max_zoom=9)
    fit.options["animate"] = False
    return fit


def event_overlay(events, *, frontline=None, layers: Sequence[str] = (), selected=None,
                  step_label: str = "", viewport: Viewport | None = None,
                  legend_types: Sequence[str] | None = None,
                  asset_base_url: str = STREAMLIT_ASSET_URL):
    """The events and the frontline of one timeline step as one FeatureGroup, to swap on a
    base map built with ``draw_events=False`` (st_folium's ``feature_group_to_add``).

    With a ``viewport`` only what is in and around it is drawn: the events one by one, or
    numbered circles per grid cell when they are many (:mod:`geo.viewport`); the legend
    lists ``legend_types`` (default: the types of ``events``)."""
    import folium

    group = folium.FeatureGroup(name="Events and frontline", control=False)
    add_event_layers(group, events, frontline=frontline, layers=layers, selected=selected,
                     step_label=step_label, viewport=viewport, legend_types=legend_types)
    return localize_map(group, asset_base_url)


def save_map_html(folium_map, path: str | Path) -> Path:
    """Write a self-contained offline HTML map: the page plus a folder of its assets.

    The map's assets are re-pointed at ``<name>_assets/`` beside the file.
    """
    path = Path(path)
    asset_dir_name = f"{path.stem}_assets"
    localize_map(folium_map, f"{asset_dir_name}/")
    copy_assets(path.parent / asset_dir_name)
    folium_map.save(str(path))
    return path
