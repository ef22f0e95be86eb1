"""The built-in basemap on a folium map: sea, land, Ukraine, borders, oblasts and labels.

Nothing here reaches the network: the geometry is embedded in the page and the labels
are drawn by a few lines of JavaScript from an embedded table. Both scripts are the same
on every map and are made once per process (:mod:`geo.basemap.prerendered`). OpenStreetMap tiles are
added only when the caller asks for them (:func:`add_online_tiles`).
"""
from __future__ import annotations

import json
from functools import lru_cache

import shapely

from geo.basemap.layers import (BORDER_COLOR, LAND_COLOR, NATURAL_EARTH_ATTRIBUTION, OBLAST_COLOR,
                                SEA_COLOR, UKRAINE_COLOR, load_basemap)
from geo.gazetteer.boundaries import BOUNDARIES_ATTRIBUTION

__all__ = ["add_basemap", "add_online_tiles", "add_labels", "add_pmtiles", "BUILTIN_NAME",
           "OSM_NAME", "LABEL_ZOOMS"]

BUILTIN_NAME = "Built-in map (offline)"
OSM_NAME = "OpenStreetMap (online: needs the network)"
OSM_ATTRIBUTION = ('&copy; <a href="https://www.openstreetmap.org/copyright">'
                   'OpenStreetMap</a> contributors')
#: the zoom from which each label rank shows: oblast centres, towns, villages
LABEL_ZOOMS = (5, 8, 10)
MAX_LABELS_SHOWN = 500


def _geojson(folium_map, geometry, name: str, style: dict, parent=None) -> None:
    from geo.basemap.prerendered import PrerenderedScript

    if geometry.is_empty:
        return
    body = _layer_body(geometry, name, style)
    (parent or folium_map).add_child(PrerenderedScript(body, bounds=geometry.bounds), name=name)


#: the layers' script bodies by (geometry's id, name, style): (geometry, body); the geometry
#: is kept so that its id is never another's
_LAYER_BODIES: dict[tuple[int, str, str], tuple[object, str]] = {}


def _layer_body(geometry, name: str, style: dict) -> str:
    """The script body drawing one basemap layer, made once per process."""
    from geo.basemap.prerendered import geojson_layer_text

    key = (id(geometry), name, json.dumps(style, sort_keys=True))
    kept = _LAYER_BODIES.get(key)
    if kept is None or kept[0] is not geometry:
        kept = (geometry, geojson_layer_text(
            {"type": "FeatureCollection",
             "features": [{"type": "Feature", "properties": {"name": name},
                           "geometry": shapely.geometry.mapping(geometry)}]}, style))
        _LAYER_BODIES[key] = kept
    return kept[1]


def add_basemap(folium_map, *, land: bool = True) -> list[str]:
    """Draw the built-in basemap (see :mod:`geo.basemap.layers`) under everything else.

    Parameters
    ----------
    folium_map : folium.Map
        A map created with ``tiles=None``; call this before adding other layers.
    land : bool
        False draws only the oblast outlines and Ukraine's border (over online tiles).

    Returns
    -------
    list of str
        The attribution lines of the data drawn.
    """
    import folium
    from branca.element import Element

    base = load_basemap()
    if land:
        folium_map.get_root().header.add_child(Element(
            f"<style>#{folium_map.get_name()}.leaflet-container{{background:{SEA_COLOR}}}</style>"))
        group = folium.FeatureGroup(name=BUILTIN_NAME, control=False)
        _geojson(folium_map, base.land, "Land",
                 {"stroke": False, "fillColor": LAND_COLOR, "fillOpacity": 1}, group)
        _geojson(folium_map, base.ukraine, "Ukraine",
                 {"stroke": False, "fillColor": UKRAINE_COLOR, "fillOpacity": 1}, group)
        _geojson(folium_map, base.borders, "Borders",
                 {"color": BORDER_COLOR, "weight": 1.2, "opacity": 0.9, "dashArray": "5 3"}, group)
        group.add_to(folium_map)
    oblasts = folium.FeatureGroup(name="Oblast boundaries", show=True)
    _geojson(folium_map, base.oblast_lines, "Oblast boundaries",
             {"color": OBLAST_COLOR, "weight": 0.8, "opacity": 0.9}, oblasts)
    _geojson(folium_map, base.ukraine_border, "Ukraine's border",
             {"color": BORDER_COLOR, "weight": 1.8, "opacity": 1}, oblasts)
    oblasts.add_to(folium_map)
    return ([NATURAL_EARTH_ATTRIBUTION] if land else []) + [BOUNDARIES_ATTRIBUTION]


def add_online_tiles(folium_map) -> str:
    """OpenStreetMap tiles (the user picked them: they need the network). Returns the credit."""
    import folium

    folium.TileLayer("OpenStreetMap", name=OSM_NAME, attr=OSM_ATTRIBUTION,
                     control=False).add_to(folium_map)
    return OSM_ATTRIBUTION


_LABEL_SCRIPT = """function (map) {
  var data = %(data)s, zooms = %(zooms)s, lang = %(lang)s, most = %(most)d;
  var layer = L.layerGroup().addTo(map);
  function draw() {
    layer.clearLayers();
    var z = map.getZoom(), bounds = map.getBounds().pad(0.1), shown = 0;
    for (var i = 0; i < data.length && shown < most; i++) {
      var row = data[i];
      if (z < zooms[row[4]] || !bounds.contains([row[0], row[1]])) continue;
      var span = document.createElement("span");
      span.textContent = lang === "uk" ? row[3] : row[2];
      span.className = "strikemap-label strikemap-label-" + row[4];
      layer.addLayer(L.marker([row[0], row[1]], {interactive: false, keyboard: false,
        icon: L.divIcon({className: "strikemap-label-icon", html: span, iconSize: null})}));
      shown++;
    }
  }
  map.on("zoomend moveend", draw);
  map.whenReady(draw);
}"""
_LABEL_CSS = """<style>
.strikemap-label-icon{background:none;border:none;white-space:nowrap}
.strikemap-label{position:relative;left:4px;top:-7px;font:11px/1.1 sans-serif;color:#333;
 text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;pointer-events:none}
.strikemap-label-0{font-weight:bold;font-size:12.5px;color:#111}
.strikemap-label-2{font-size:10px;color:#555}
</style>"""


def add_labels(folium_map, language: str = "en") -> None:
    """Settlement labels from the gazetteer, shown by zoom (:data:`LABEL_ZOOMS`): oblast
    centres first, then towns, then villages when close; ``language`` "en" or "uk"."""
    from branca.element import Element

    from geo.basemap.prerendered import PrerenderedScript

    folium_map.add_child(PrerenderedScript(_labels_body("uk" if language == "uk" else "en")))
    folium_map.get_root().header.add_child(Element(_LABEL_CSS))


@lru_cache(maxsize=2)
def _labels_body(language: str) -> str:
    """The labels' script body in ``language``, made once per process."""
    from geo.basemap.prerendered import script_safe_json
    from geo.gazetteer.labels import settlement_labels

    return _LABEL_SCRIPT % {"data": script_safe_json([list(r) for r in settlement_labels()]),
                            "zooms": json.dumps(list(LABEL_ZOOMS)),
                            "lang": json.dumps(language), "most": MAX_LABELS_SHOWN}


def add_pmtiles(folium_map, url: str, max_zoom: int, language: str = "en") -> str:
    """Draw a vector PMTiles basemap served at ``url`` (see :func:`geo.basemap.pmtiles.serve_pmtiles`)
    with protomaps-leaflet (a local npm asset); returns its credit line."""
    from folium.elements import JSCSSMixin
    from branca.element import MacroElement
    from jinja2 import Template

    class ProtomapsLayer(JSCSSMixin, MacroElement):
        default_js = [("protomaps_leaflet", "protomaps-leaflet.js")]
        _template = Template(
            "{% macro script(this, kwargs) %}"
            "protomapsL.leafletLayer({url: {{ this.url|tojson }}, flavor: 'light', "
            "lang: {{ this.lang|tojson }}, maxDataZoom: {{ this.max_zoom }}})"
            ".addTo({{ this._parent.get_name() }});"
            "{% endmacro %}")

        def __init__(self) -> None:
            super().__init__()
            self.url, self.lang, self.max_zoom = url, "uk" if language == "uk" else "en", int(max_zoom)

    folium_map.add_child(ProtomapsLayer())
    return ('Basemap: your PMTiles file, drawn with <a href="https://protomaps.com">Protomaps</a>; '
            '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors')
