"""The map's reading aids: the colour of each attack type (one table for the map legend, the
PNG and the dashboard's charts), the legend box (attack types, frontline, heatmap, hexagons),
the CSS that keeps the attribution off the scale bar and the map, and the ring that marks a
selected event.

The days shown, the frontline's date and the hexagons' top count change with each timeline
step: the legend holds a slot for each (``strikemap-step``, ``strikemap-front-date``,
``strikemap-hex-top``) that the step's layer fills in (:func:`legend_values_script`).
"""
from __future__ import annotations

from collections.abc import Sequence

from geo.escape import html_text, script_json

#: one colour per attack type (colour-blind friendly where possible)
TYPE_COLORS: dict[str, str] = {
    "missile": "#d62728", "drone": "#9467bd", "glide_bomb": "#ff7f0e",
    "airstrike": "#8c564b", "artillery": "#1f77b4", "ground_assault": "#2ca02c",
    "other": "#7f7f7f",
}
#: which type gives an event with several types its colour (most specific first)
TYPE_ORDER: tuple[str, ...] = ("glide_bomb", "missile", "drone", "airstrike",
                               "artillery", "ground_assault", "other")
#: the frontline's colours (occupied area fill, contact line)
OCCUPIED_FILL, CONTACT_LINE = "#d6604d", "#67001f"
#: Leaflet.heat's default gradient, as the heatmap draws it
HEAT_GRADIENT = "linear-gradient(to right, blue, cyan 40%, lime 60%, yellow 80%, red)"
HEX_FILL = "#b30000"

#: the attribution wraps inside the lower right corner, never over the scale bar (lower
#: left) or the legend; the map's own controls stay above the legend
ATTRIBUTION_CSS = """<style>
.leaflet-control-attribution{max-width:45%;white-space:normal;font-size:10px;line-height:1.3;
  max-height:5.3em;overflow-y:auto;background:rgba(255,255,255,.85)!important}
.leaflet-control-attribution:hover{max-height:none}
.leaflet-control-scale{margin-bottom:6px!important}
.strikemap-cell div{width:calc(100% - 10px);height:calc(100% - 10px);margin:5px;border-radius:50%;
  text-align:center;font:bold 11px sans-serif;display:flex;align-items:center;justify-content:center}
.strikemap-cell{border-radius:50%}
.marker-cluster-small.strikemap-cell{background:rgba(181,226,140,.6)}
.marker-cluster-small.strikemap-cell div{background:rgba(110,204,57,.6)}
.marker-cluster-medium.strikemap-cell{background:rgba(241,211,87,.6)}
.marker-cluster-medium.strikemap-cell div{background:rgba(240,194,12,.6)}
.marker-cluster-large.strikemap-cell{background:rgba(253,156,115,.6)}
.marker-cluster-large.strikemap-cell div{background:rgba(241,128,23,.6)}
</style>"""


def primary_type(types: Sequence[str]) -> str:
    """The attack type that gives an event its colour."""
    for name in TYPE_ORDER:
        if name in types:
            return name
    return "other"


def _swatch(style: str) -> str:
    return f'<span style="display:inline-block;width:12px;height:12px;margin-right:6px;{style}"></span>'


def legend_html(types: Sequence[str], *, frontline: bool = False, heatmap: bool = False,
                hexagons: bool = False) -> str:
    """The legend box: the attack types present, then what else the map draws."""
    rows = ['<div id="strikemap-types">' + "".join(
        f'<div>{_swatch(f"border-radius:6px;background:{TYPE_COLORS[t]}")}'
        f'{html_text(t.replace("_", " "))}</div>' for t in TYPE_ORDER if t in types) + "</div>"]
    rows.append(f'<div style="margin-top:4px">{_swatch("border-radius:6px;border:2px dashed #555")}'
                'region-level location</div><div style="color:#555">size: killed + injured<br>(per day for events over several days)</div>')
    if frontline:
        rows.append(
            '<div class="strikemap-legend-front" style="margin-top:6px"><b>Frontline</b> '
            '<span id="strikemap-front-date"></span></div>'
            f'<div>{_swatch(f"background:{OCCUPIED_FILL};opacity:.45")}occupied area</div>'
            f'<div>{_swatch(f"height:3px;vertical-align:middle;background:{CONTACT_LINE}")}'
            'contact line</div>')
    if heatmap:
        rows.append('<div class="strikemap-legend-heat" style="margin-top:6px"><b>Heatmap</b>'
                    f'<div style="height:8px;width:120px;background:{HEAT_GRADIENT}"></div>'
                    '<div style="display:flex;justify-content:space-between;width:120px">'
                    '<span>few</span><span>many</span></div>'
                    '<div style="color:#555">events, weighted by killed + injured</div></div>')
    if hexagons:
        rows.append('<div class="strikemap-legend-hex" style="margin-top:6px"><b>Hexagons</b>'
                    f'<div style="height:8px;width:120px;background:linear-gradient(to right,'
                    f'rgba(179,0,0,.15),rgba(179,0,0,.75))"></div>'
                    '<div style="display:flex;justify-content:space-between;width:120px">'
                    '<span>1</span><span id="strikemap-hex-top">most</span></div>'
                    '<div style="color:#555">events per hexagon</div></div>')
    rows.append('<div id="strikemap-grouped" style="color:#555;max-width:190px"></div>')
    return ('<div class="strikemap-legend" style="position:absolute;bottom:64px;left:10px;'
            'z-index:1000;background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;'
            'font:12px sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-height:60%;'
            'overflow-y:auto"><div id="strikemap-step" style="font-weight:bold;color:#333"></div>'
            f'<b>Attack type</b>{"".join(rows)}</div>{ATTRIBUTION_CSS}')


def legend_values_script(front_date: str | None = None, hex_top: int | None = None,
                         step: str = "", *, types: Sequence[str] | None = None,
                         grouped: int = 0) -> str:
    """A script that writes the step's days, frontline date and top hexagon count into the
    legend (values passed as JSON, never as code); with ``types``, the attack types listed
    (each with its colour); with ``grouped``, a line saying that many events are drawn as
    numbered circles."""
    note = (f"numbered circles: {grouped:,} events grouped at this zoom; click one or zoom in "
            "to see each event" if grouped else "")
    values = script_json({"strikemap-step": step,
                          "strikemap-front-date": front_date or "(none in force on this day)",
                          "strikemap-hex-top": f"{hex_top:,}" if hex_top else "most",
                          "strikemap-grouped": note})
    script = ("(function(v){for(var id in v){var el=document.getElementById(id);"
              f"if(el){{el.textContent=v[id];}}}}}})({values});")
    if types is None:
        return script
    shown = script_json([[t.replace("_", " "), TYPE_COLORS[t]] for t in TYPE_ORDER if t in types])
    return script + (
        "(function(rows){var box=document.getElementById('strikemap-types');if(!box){return;}"
        "box.textContent='';rows.forEach(function(r){var row=document.createElement('div'),"
        "dot=document.createElement('span');dot.style.cssText='display:inline-block;width:12px;"
        "height:12px;margin-right:6px;border-radius:6px;background:'+r[1];row.appendChild(dot);"
        f"row.appendChild(document.createTextNode(r[0]));box.appendChild(row);}});}})({shown});")


def add_selection_ring(target, rows) -> None:
    """A bright ring around the selected event(s) on ``target`` (a map or a FeatureGroup)."""
    import folium

    for place, point in zip(rows["place"], rows.geometry):
        if point is None or point.is_empty:
            continue
        folium.CircleMarker([point.y, point.x], radius=20, color="#00b7ff", weight=4, fill=False,
                            tooltip=f"Selected: {html_text(place or 'event')}",
                            class_name="strikemap-selected").add_to(target)
