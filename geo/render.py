"""A static picture of a view, to publish: the built-in basemap, events, frontline, legend,
attribution and date range, drawn with matplotlib (Agg) and geopandas.

The same layers as the interactive map (:mod:`geo.basemap`): Natural Earth land and sea,
Ukraine drawn from the bundled oblasts (Crimea is Ukraine), other countries' borders,
oblast outlines, the main settlement labels; then the frontline layer in force and the
events coloured by attack type (:data:`geo.maps.TYPE_COLORS`). ``strikemap render -o
map.png`` and the dashboard's "PNG" button use it. Nothing reaches the network.
"""
from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from geo.basemap.layers import (BORDER_COLOR, LAND_COLOR, NATURAL_EARTH_ATTRIBUTION, OBLAST_COLOR,
                                SEA_COLOR, UKRAINE_COLOR, load_basemap)
from geo.gazetteer.boundaries import BOUNDARIES_ATTRIBUTION
from geo.maps import GEONAMES_ATTRIBUTION, TYPE_COLORS, TYPE_ORDER, primary_type
from geo.schema import casualties

__all__ = ["render_png", "UKRAINE_EXTENT"]

#: (west, south, east, north) shown when there are no events to frame
UKRAINE_EXTENT = (22.0, 44.2, 40.3, 52.5)
_TAG = re.compile(r"<[^>]+>")


def _plain(html_text: str) -> str:
    """An HTML credit line as plain text ("&copy;" -> "©")."""
    import html

    return html.unescape(_TAG.sub("", html_text))


def _extent(events, bbox: Sequence[float] | None) -> tuple[float, float, float, float]:
    if bbox is not None:
        return tuple(float(v) for v in bbox)          # type: ignore[return-value]
    if not len(events):
        return UKRAINE_EXTENT
    west, south, east, north = events.total_bounds
    pad_x, pad_y = max((east - west) * 0.15, 1.0), max((north - south) * 0.15, 0.7)
    west, south, east, north = west - pad_x, south - pad_y, east + pad_x, north + pad_y
    # at least 4 degrees across, so a few close events still show where they are
    grow_x, grow_y = max(0.0, 4.0 - (east - west)) / 2, max(0.0, 3.0 - (north - south)) / 2
    return (west - grow_x, south - grow_y, east + grow_x, north + grow_y)


def _draw(ax, geometry, **style) -> None:
    import geopandas as gpd

    if geometry is not None and not geometry.is_empty:
        gpd.GeoSeries([geometry], crs="EPSG:4326").plot(ax=ax, **style)


def _draw_basemap(ax, extent, labels: str | None) -> None:
    import shapely

    base = load_basemap()
    box = shapely.box(extent[0] - 1, extent[1] - 1, extent[2] + 1, extent[3] + 1)
    ax.set_facecolor(SEA_COLOR)
    _draw(ax, base.land.intersection(box), color=LAND_COLOR, linewidth=0, zorder=1)
    _draw(ax, base.ukraine.intersection(box), color=UKRAINE_COLOR, linewidth=0, zorder=2)
    _draw(ax, base.borders.intersection(box), color=BORDER_COLOR, linewidth=0.8,
          linestyle=(0, (4, 2)), zorder=3)
    _draw(ax, base.oblast_lines.intersection(box), color=OBLAST_COLOR, linewidth=0.5, zorder=3)
    _draw(ax, base.ukraine_border.intersection(box), color=BORDER_COLOR, linewidth=1.2, zorder=4)
    if not labels:
        return
    from geo.gazetteer.labels import settlement_labels

    span = max(extent[2] - extent[0], extent[3] - extent[1])
    top_rank = 0 if span > 6 else 1 if span > 1.5 else 2
    shown = 0
    for lat, lon, english, ukrainian, rank in settlement_labels():
        if rank > top_rank or not (extent[0] <= lon <= extent[2] and extent[1] <= lat <= extent[3]):
            continue
        ax.plot(lon, lat, "o", color="#333", markersize=2, zorder=5)
        ax.annotate(ukrainian if labels == "uk" else english, (lon, lat), xytext=(3, 2),
                    textcoords="offset points", fontsize=7 if rank else 8,
                    fontweight="bold" if rank == 0 else "normal", color="#222", zorder=5)
        shown += 1
        if shown >= 120:
            break


def _draw_frontline(ax, frontline) -> str | None:
    if frontline is None:
        return None
    _draw(ax, getattr(frontline, "occupied", None), color="#d6604d", alpha=0.25, linewidth=0,
          zorder=6)
    _draw(ax, getattr(frontline, "contact_line", None), color="#67001f", linewidth=1.6, zorder=7)
    credit = getattr(frontline, "attribution", "") or ""
    if not credit:
        from geo.frontline.read import DEEPSTATE_ATTRIBUTION

        source = str(getattr(frontline, "source", "") or "")
        credit = DEEPSTATE_ATTRIBUTION if "deepstate" in source.lower() else f"Frontline: {Path(source).name}"
    return f"{_plain(credit)} (layer of {getattr(frontline, 'date', '')})"


def _draw_events(ax, events) -> list[str]:
    if not len(events):
        return []
    kinds = [primary_type(t) for t in events["attack_types"]]
    sizes = np.clip(5 + 3 * np.sqrt(casualties(events).to_numpy(dtype=float)), 5, 25) ** 2 * 0.8
    region = (events["geo_precision"] != "settlement").to_numpy()
    ax.scatter(events.geometry.x, events.geometry.y, s=sizes,
               c=[TYPE_COLORS[k] for k in kinds], edgecolors=np.where(region, "#555", "#222"),
               linewidths=np.where(region, 1.5, 0.6), alpha=0.9, zorder=8)
    return [t for t in TYPE_ORDER if t in set(kinds)]


def render_png(events, *, frontline=None, date_from: str | None = None, date_to: str | None = None,
               bbox: Sequence[float] | None = None, labels: str | None = "en",
               size_px: tuple[int, int] = (1600, 1200), dpi: int = 150,
               output: str | Path | None = None) -> bytes:
    """Draw a view as a PNG.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        The events of the view (EPSG:4326).
    frontline : FrontlineLayer, optional
        The layer in force, drawn with its date and credit.
    date_from, date_to : str, optional
        The view's date range, written in the title (else the events' own range).
    bbox : (west, south, east, north), optional
        The area drawn (default: the events' extent, else all of Ukraine).
    labels : {"en", "uk"} or None
        Settlement labels' language.
    size_px, dpi : picture size in pixels and its resolution.
    output : path, optional
        Also write the PNG there.

    Returns
    -------
    bytes
        The PNG file.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    extent = _extent(events, bbox)
    fig = Figure(figsize=(size_px[0] / dpi, size_px[1] / dpi), dpi=dpi)
    ax = fig.add_axes((0.01, 0.07, 0.98, 0.86))
    _draw_basemap(ax, extent, labels)
    credits = [_plain(GEONAMES_ATTRIBUTION), _plain(NATURAL_EARTH_ATTRIBUTION),
               _plain(BOUNDARIES_ATTRIBUTION)]
    front_credit = _draw_frontline(ax, frontline)
    if front_credit:
        credits.append(front_credit)
    kinds = _draw_events(ax, events)
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_aspect(1 / math.cos(math.radians((extent[1] + extent[3]) / 2)), adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=TYPE_COLORS[k],
                      markeredgecolor="#222", label=k.replace("_", " ")) for k in kinds]
    if frontline is not None:
        from matplotlib.patches import Patch

        handles.append(Patch(facecolor="#d6604d", alpha=0.4, label=f"occupied ({frontline.date})"))
    if handles:
        ax.legend(handles=handles, loc="lower left", fontsize=8, title="Attack type",
                  title_fontsize=8, framealpha=0.92)
    dates = events["date"].dropna() if len(events) else []
    first = date_from or (str(min(dates)) if len(dates) else "")
    last = date_to or (str(max(dates)) if len(dates) else "")
    span = f"{first} to {last}" if first or last else "all dates"
    fig.suptitle(f"strikemap: {len(events):,} events, {span}", fontsize=12, y=0.975)
    fig.text(0.01, 0.012, " · ".join(credits), fontsize=6, color="#333", wrap=True)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    data = buffer.getvalue()
    if output is not None:
        Path(output).write_bytes(data)
    return data
