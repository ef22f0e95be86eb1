"""The folium layers of events and of the frontline, shared by the map of :mod:`geo.maps`
(the dashboard, the HTML export) and the dashboard's timeline steps.

Every string that came from a report is escaped here, on the server, before it
reaches HTML: popups and tooltips are built as escaped HTML strings and carried
as feature properties (folium's GeoJsonPopup inserts properties as raw HTML).
The escaping (:func:`geo.escape.html_text`) also covers backquote, ``$``, braces
and backslash, so a string is safe even where folium pastes it into a
JavaScript template literal; report text itself only ever reaches the page as
JSON data read by the layer's own code (the events and cluster layers), never as
code.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from geo.basemap.legend import (CONTACT_LINE, OCCUPIED_FILL, TYPE_COLORS, legend_values_script,
                                primary_type)
from geo.escape import html_text, script_json
from geo.schema import casualties, event_spans
from geo.viewport import MAX_VIEW_POINTS, Viewport, events_to_draw

REGION_RADIUS_M = 35_000   # how wide a region-precision event is drawn


def _missing(value: Any) -> bool:
    """True for None, NaN and pd.NA."""
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def _esc(value: Any) -> str:
    """Escape anything for HTML (and JS template literals); null-like values become ""."""
    if _missing(value):
        return ""
    return html_text(value)


def _safe_link(url: Any) -> str:
    """An anchor for http(s) URLs; any other source is shown as escaped text."""
    text = _esc(url)
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return f'<a href="{text}" target="_blank" rel="noopener noreferrer">{text}</a>'
    return text


def _figure(value: Any, qualifier: Any = None) -> str:
    if _missing(value):
        return "not stated"
    prefix = f"{_esc(qualifier)} " if qualifier else ""
    return f"{prefix}{int(value)}"


def event_popup_html(row: pd.Series | dict) -> str:
    """The popup of one event: place, date, types, figures, source and sentence, all escaped."""
    get = row.get
    types = ", ".join(_esc(t) for t in (get("attack_types") or [])) or "unknown"
    place = _esc(get("place")) or _unnamed_place(get("geometry"))
    date = _esc(get("date")) or "unknown date"
    lines = [
        f'<div class="strikemap-popup" style="max-width:320px">',
        f"<b>{place}</b> <small>({_esc(get('geo_precision'))} precision)</small><br>",
        f"<b>Date:</b> {date} <small>({_esc(get('date_precision'))})</small><br>",
        f"<b>Type:</b> {types}<br>",
        f"<b>Killed:</b> {_figure(get('killed'), get('killed_qualifier'))} &middot; "
        f"<b>Injured:</b> {_figure(get('injured'), get('injured_qualifier'))}",
    ]
    if get("count") is not None and get("count") is not pd.NA:
        lines.append(f" &middot; <b>Count:</b> {_figure(get('count'), get('count_qualifier'))}")
    lines += [
        f"<br><b>Written as:</b> {_esc(get('query'))}",
        f"<br><b>Source:</b> {_safe_link(get('source'))}",
        f" <small>({_esc(get('source_name'))})</small>" if not _missing(get("source_name"))
        and get("source_name") else "",
        f"<br><i>&ldquo;{_esc(get('excerpt'))}&rdquo;</i></div>",
    ]
    return "".join(lines)


def _unnamed_place(point) -> str:
    """A feed row given only coordinates: say so, with the coordinates."""
    if point is None or getattr(point, "is_empty", True):
        return "unnamed location"
    return f"unnamed location ({point.y:.4f}, {point.x:.4f})"


def event_tooltip_html(row: pd.Series | dict) -> str:
    """A one-line tooltip: place, date and types, escaped."""
    types = ", ".join(_esc(t) for t in (row.get("attack_types") or []))
    place = _esc(row.get("place")) or _unnamed_place(row.get("geometry"))
    return f"{place} &middot; {_esc(row.get('date')) or 'unknown date'} &middot; {types}"


def _marker_radius(events: pd.DataFrame) -> np.ndarray:
    """5 to 25 px by killed + injured; per day for an event over several days (a UCDP
    aggregate of seven months is not drawn as one huge strike)."""
    start, end = event_spans(events)
    days = np.where(np.isnat(start), 1, (end - start).astype("timedelta64[D]").astype("int64") + 1)
    per_day = casualties(events).to_numpy() / np.maximum(days, 1)
    return np.clip(5 + 3 * np.sqrt(per_day), 5, 25)


def events_feature_collection(events) -> dict:
    """Events as a GeoJSON FeatureCollection carrying only what the map draws.

    Properties: ``event_id``, ``color``, ``radius``, ``geo_precision``,
    ``popup`` and ``tooltip`` (escaped HTML). Report text never appears unescaped.
    """
    if len(events) == 0:
        return {"type": "FeatureCollection", "features": []}
    colors = [TYPE_COLORS[primary_type(t)] for t in events["attack_types"]]
    radii = _marker_radius(events)
    xs, ys = events.geometry.x.to_numpy(), events.geometry.y.to_numpy()
    features = []
    for i, row in enumerate(pd.DataFrame(events).to_dict("records")):
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(float(xs[i]), 6), round(float(ys[i]), 6)]},
            "properties": {"event_id": row["event_id"], "color": colors[i],
                           "radius": float(radii[i]), "geo_precision": row["geo_precision"],
                           "popup": event_popup_html(row), "tooltip": event_tooltip_html(row)},
        })
    return {"type": "FeatureCollection", "features": features}


def _add_script(parent, code: str) -> None:
    """Run ``code`` (built by this package, values inside as JSON) when ``parent`` is drawn."""
    from branca.element import MacroElement
    from jinja2 import Template

    element = MacroElement()
    element.code = code
    element._template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")
    parent.add_child(element)


def add_frontline_layer(folium_map, frontline, tolerance_deg: float = 0.002) -> str:
    """Draw a frontline layer (occupied area and contact line) with its date.

    Returns the attribution text to show for it.
    """
    import folium
    import shapely

    date = _esc(getattr(frontline, "date", ""))
    group = folium.FeatureGroup(name=f"Frontline {date}", show=True)
    occupied = getattr(frontline, "occupied", None)
    if occupied is not None and not occupied.is_empty:
        geom = shapely.simplify(occupied, tolerance_deg, preserve_topology=True)
        folium.GeoJson(shapely.geometry.mapping(geom), name=f"Occupied {date}",
                       style_function=lambda f: {"color": "#b2182b", "weight": 0,
                                                 "fillColor": OCCUPIED_FILL, "fillOpacity": 0.22},
                       tooltip=f"Occupied area on {date}").add_to(group)
    line = getattr(frontline, "contact_line", None)
    if line is not None and not line.is_empty:
        geom = shapely.simplify(line, tolerance_deg)
        folium.GeoJson(shapely.geometry.mapping(geom), name=f"Contact line {date}",
                       style_function=lambda f: {"color": CONTACT_LINE, "weight": 2.5},
                       tooltip=f"Contact line on {date}. {_esc(getattr(frontline, 'contact_note', ''))}"
                       ).add_to(group)
    group.add_to(folium_map)
    return frontline_credit(frontline)


def frontline_credit(frontline) -> str:
    """The attribution text (escaped HTML) of a frontline layer."""
    credit = getattr(frontline, "attribution", "") or ""
    source = str(getattr(frontline, "source", "") or "")
    if not credit:
        from geo.frontline.read import DEEPSTATE_ATTRIBUTION
        credit = DEEPSTATE_ATTRIBUTION if "deepstate" in source.lower() else f"Frontline: {Path(source).name}"
    return _esc(credit)


def present_types(events) -> list[str]:
    """The attack types of ``events`` (any of each event's types), sorted."""
    if not len(events):
        return []
    return sorted({str(t) for kinds in events["attack_types"] for t in kinds})


def _add_hex_layer(folium_map, events, resolution: int = 5, name: str | None = None) -> int:
    """Counts per H3 cell (aggregated on the server), drawn as hexagons shaded by count.

    Also the view of many events: a few thousand hexagons and no report text keep
    the page light; narrowing the filters brings back each event and its popup.
    """
    import folium
    from geo.aggregate import by_h3

    cells = by_h3(events, resolution)
    if not len(cells):
        return 0
    top = max(int(cells["events"].max()), 1)
    cells = cells.assign(shade=0.15 + 0.6 * cells["events"] / top)[["events", "killed", "injured",
                                                                      "shade", "geometry"]]
    folium.GeoJson(
        cells.__geo_interface__, name=name or f"H3 hexagons (res {resolution})",
        style_function=lambda f: {"color": "#444", "weight": 0.5, "fillColor": "#b30000",
                                  "fillOpacity": f["properties"]["shade"]},
        tooltip=folium.GeoJsonTooltip(fields=["events", "killed", "injured"],
                                      aliases=["Events", "Killed", "Injured"]),
    ).add_to(folium_map)
    return top


def _add_heatmap_layer(folium_map, events) -> None:
    from folium.plugins import HeatMap

    weights = 1 + casualties(events)
    points = np.column_stack([events.geometry.y.to_numpy(), events.geometry.x.to_numpy(),
                              weights.to_numpy(dtype=float)]).round(5).tolist()
    HeatMap(points, name="Heatmap", radius=18, blur=14, show=True).add_to(folium_map)


#: the events layers' own code: it reads the events as JSON data and binds each
#: popup and tooltip (escaped HTML) with Leaflet, so no report text is ever code
_EVENTS_JS = """{% macro script(this, kwargs) %}
(function () {
  var events = {{ this.data_json }}, style = {{ this.style_json }};
  L.geoJson(events, {
    pointToLayer: function (feature, latlng) {
      var options = Object.assign({}, style, {fillColor: feature.properties.color});
      if (style.dashArray) {
        options.color = feature.properties.color;
        return L.circle(latlng, options);
      }
      options.radius = feature.properties.radius;
      return L.circleMarker(latlng, options);
    },
    onEachFeature: function (feature, layer) {
      layer.bindPopup(feature.properties.popup, {maxWidth: 340});
      layer.bindTooltip(feature.properties.tooltip, {sticky: true});
    }
  }).eachLayer(function (marker) { {{ this._parent.get_name() }}.addLayer(marker); });
})();
{% endmacro %}"""
_DOT_STYLE = {"color": "#222", "fillOpacity": 0.85, "weight": 1, "fill": True}
_AREA_STYLE = {"radius": REGION_RADIUS_M, "fillOpacity": 0.12, "weight": 2, "dashArray": "6 6",
               "fill": True}


def _add_events_layer(folium_map, events, name: str, *, dashed: bool, clustered: bool = False) -> None:
    """Events as dots (or dashed circles for region-level places), optionally clustered.

    The events travel as one JSON FeatureCollection (:func:`geo.escape.script_json`)
    read by the layer's own script, never as folium Popups/Tooltips (those paste
    their HTML into JavaScript template literals) nor through folium's GeoJson
    (its data goes through Jinja a second time).
    """
    import folium
    from branca.element import MacroElement
    from folium.plugins import MarkerCluster
    from jinja2 import Template

    collection = events_feature_collection(events)
    if not collection["features"]:
        return
    group = MarkerCluster(name=name) if clustered else folium.FeatureGroup(name=name)
    group.add_to(folium_map)
    markers = MacroElement()
    markers._name = "EventMarkers"
    markers.data_json = script_json(collection)
    markers.style_json = script_json(_AREA_STYLE if dashed else _DOT_STYLE)
    markers._template = Template(_EVENTS_JS)
    group.add_child(markers)


#: beyond this many events a map with no viewport (an exported HTML file) draws counts
#: per hexagon instead of every dot
MAX_PLAIN_POINTS = 3000

#: the grid cells' own code (:mod:`geo.viewport`): numbers only, read as JSON data;
#: a click zooms to the cell, where the map draws its events one by one
_CELLS_JS = """{% macro script(this, kwargs) %}
(function () {
  var cells = {{ this.data_json }}, group = {{ this._parent.get_name() }};
  cells.forEach(function (c) {
    var size = c[2] < 100 ? 30 : (c[2] < 1000 ? 38 : 46);
    var kind = c[2] < 100 ? 'small' : (c[2] < 1000 ? 'medium' : 'large');
    var label = document.createElement('span');
    label.textContent = c[2].toLocaleString('en');
    var inner = document.createElement('div');
    inner.appendChild(label);
    var marker = L.marker([c[0], c[1]], {icon: L.divIcon({html: inner, iconSize: L.point(size, size),
      className: 'marker-cluster strikemap-cell marker-cluster-' + kind})});
    marker.bindTooltip(c[2].toLocaleString('en') + ' events, ' + c[3].toLocaleString('en') +
      ' killed or injured: click or zoom in to see each');
    marker.on('click', function () { marker._map.fitBounds([[c[4], c[5]], [c[6], c[7]]]); });
    group.addLayer(marker);
  });
})();
{% endmacro %}"""


def _add_cells_layer(target, cells) -> int:
    """The grid cells of :func:`geo.viewport.grid_clusters` as numbered circles; returns
    how many events they hold."""
    from branca.element import MacroElement
    from jinja2 import Template

    if cells is None or not len(cells):
        return 0
    rows = cells[["lat", "lon", "events", "killed_injured", "south", "west", "north", "east"]]
    element = MacroElement()
    element._name = "EventCells"
    element.data_json = script_json([[round(float(v), 5) if i in (0, 1, 4, 5, 6, 7) else int(v)
                                      for i, v in enumerate(row)] for row in rows.itertuples(index=False)])
    element._template = Template(_CELLS_JS)
    target.add_child(element)
    return int(cells["events"].sum())


def add_event_layers(target, events, *, frontline=None, layers: Sequence[str] = (),
                     selected=None, step_label: str = "", viewport: Viewport | None = None,
                     legend_types: Sequence[str] | None = None) -> None:
    """Draw the frontline layer, the heatmap / hexagon layers and the events on ``target``
    (a map, or a FeatureGroup that :func:`event_overlay` hands to the dashboard).

    ``selected`` (events, e.g. the row picked in a table) are ringed, so they show on the map;
    ``step_label`` (the days of a timeline step) is written at the top of the legend.
    With a ``viewport`` (the dashboard's map) only the events in and around it are drawn,
    one by one or as grid cells (:func:`geo.viewport.events_to_draw`); without one (an
    exported file) every event is drawn, as counts per hexagon beyond :data:`MAX_PLAIN_POINTS`.
    ``legend_types`` (default: those of ``events``) are the attack types the legend lists.
    """
    if frontline is not None:
        add_frontline_layer(target, frontline)
    hex_top, grouped = 0, 0
    types = present_types(events) if legend_types is None else list(legend_types)
    if "hex" in layers and len(events):
        hex_top = _add_hex_layer(target, events)
    if "heatmap" in layers and len(events):
        _add_heatmap_layer(target, events)
    if viewport is not None:
        events, cells = events_to_draw(events, viewport)
        grouped = _add_cells_layer(target, cells)
    precise = events[events["geo_precision"] == "settlement"] if len(events) else events
    coarse = events[events["geo_precision"] != "settlement"] if len(events) else events
    for subset, name, dashed in ((coarse, "Events (region-level location)", True),
                                 (precise, "Events", False)):
        if len(subset) > MAX_PLAIN_POINTS and viewport is None:
            hex_top = max(hex_top, _add_hex_layer(
                target, subset, name=f"{name}: counts per area (filter to see each event)"))
        elif "cluster" in layers or len(subset) > MAX_VIEW_POINTS:
            _add_events_layer(target, subset, f"{name} (clustered)", dashed=dashed, clustered=True)
        else:
            _add_events_layer(target, subset, name, dashed=dashed)
    _add_script(target, legend_values_script(getattr(frontline, "date", None), hex_top, step_label,
                                             types=types, grouped=grouped))
    if selected is not None and len(selected):
        from geo.basemap.legend import add_selection_ring
        add_selection_ring(target, selected)
