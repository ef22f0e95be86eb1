"""Map scripts that are the same on every map: their text is made once per process.

branca renders an element's ``script`` macro, then compiles the text it produced as a
new Jinja template (``Element(script(...))`` in ``MacroElement.render``); folium's
``GeoJson`` dumps its data to JSON on every render and walks every coordinate for the
map's bounds; and st_folium renders a map twice on each run of the dashboard. For the
built-in basemap (about 0.9 MB of land, borders, oblasts and labels, identical on every
map) that was most of the time a dashboard run spent on its map. A
:class:`PrerenderedScript` holds text made once (see :func:`geojson_layer_text`) and
gives it to both readers of a folium map as it is: the HTML page (:meth:`render`, no
template compiled) and st_folium (its ``script`` macro, which only passes the text on).
"""
from __future__ import annotations

import json
from collections.abc import Sequence

from branca.element import Element, Figure, MacroElement
from jinja2 import Template

__all__ = ["PrerenderedScript", "RawScript", "geojson_layer_text", "script_safe_json"]

_NO_BOUNDS = [[None, None], [None, None]]


class RawScript(Element):
    """Script text placed in the page as it is (no template)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "RawScript"
        self.text = text

    def render(self, **kwargs) -> str:
        """The text itself."""
        return self.text


class PrerenderedScript(MacroElement):
    """A script made of text that does not change, run with its parent layer or map.

    Parameters
    ----------
    body : str
        JavaScript of a function expression of one argument, the parent (e.g.
        ``function (parent) {...}``); made once per process by the caller.
    bounds : sequence of float, optional
        ``(west, south, east, north)`` of what it draws, for the map's bounds (as
        folium's ``GeoJson`` would report them); None for none.
    """

    _template = Template("{% macro script(this, kwargs) %}{{ this.script_text() }}{% endmacro %}")

    def __init__(self, body: str, bounds: Sequence[float] | None = None) -> None:
        super().__init__()
        self._name = "PrerenderedScript"
        self.body = body
        self.bounds = bounds

    def script_text(self) -> str:
        """The script: the body called with the parent's variable."""
        return f"({self.body})({self._parent.get_name()});\n"

    def render(self, **kwargs) -> None:
        """Add the script to the page as it is, in its place among the others."""
        figure = self.get_root()
        assert isinstance(figure, Figure), "You cannot render this Element outside a Figure."
        figure.script.add_child(RawScript(self.script_text()), name=self.get_name())

    def _get_self_bounds(self) -> list:
        if self.bounds is None:
            return _NO_BOUNDS
        west, south, east, north = self.bounds
        return [[south, west], [north, east]]


def script_safe_json(value) -> str:
    """``value`` as JSON that cannot end the ``<script>`` element it sits in."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def geojson_layer_text(data: dict, style: dict) -> str:
    """The body of a :class:`PrerenderedScript` that draws GeoJSON ``data`` (not
    interactive) with one Leaflet path ``style`` on its parent layer."""
    options = script_safe_json({"style": style, "interactive": False})
    return (f"function (parent) {{ L.geoJson({script_safe_json(data)}, {options})"
            ".addTo(parent); }")
