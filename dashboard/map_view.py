"""The map, its timeline and the event details: what one timeline step draws.

The base map (basemap, outlines, legend, credits, the view's bounds) depends only on the
filters, so st_folium keeps it across timeline steps; each step swaps one layer of events
and frontline on it (st_folium's ``feature_group_to_add``: folium's TimestampedGeoJson
does not render inside st_folium, streamlit-folium #208).
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.timeline import timeline_controls
from dashboard.timeline_data import stale_front_note, window_events, window_start
from dashboard.urlstate import ViewState
from geo.escape import html_text, markdown_text
from geo.maps import build_event_map, event_overlay
from geo.viewport import MAX_VIEW_POINTS

MAP_HEIGHT = 560
FOCUS_ZOOM = 10


@dataclass(frozen=True)
class MapInputs:
    """What the map fragment draws from (fixed between full runs of the page)."""

    view: object
    state: ViewState
    frontlines: object
    boundaries: object
    selected: object            # the table's selected row (a one-row frame) or None
    focus: tuple[float, float] | None
    lo: date | None
    hi: date | None
    summary: object = None      # the store's MapSummary: the base map is the same for every filter
    types: tuple[str, ...] | None = None     # the view's attack types, which the legend lists


def frontline_at(frontlines, day: date | None):
    """The frontline layer in force on ``day`` (the latest on or before it), or None."""
    return frontlines.layer_for(day) if frontlines is not None and day is not None else None


def _days(at: date | None, window: int) -> str:
    """The days of a step, as the label and the legend write them."""
    if at is None:
        return ""
    first = window_start(at, window)
    return f"{first} – {at}" if first and first != at else (f"{at}" if first else f"up to {at}")


def _step_label(shown, inputs: MapInputs, at: date | None, window: int, layer) -> str:
    text = f"Timeline: {_days(at, window)}" if at is not None else "All dates"
    text += f" · {len(shown):,} event{'' if len(shown) == 1 else 's'} shown"
    if layer is not None:
        text += f" · frontline in force: {markdown_text(layer.date)}"
        if getattr(layer, "contact_note", ""):
            text += f" (contact line: {markdown_text(layer.contact_note)})"
    elif inputs.frontlines is not None:
        text += " · no frontline layer on or before this day"
    return text


def map_and_timeline(inputs: MapInputs) -> None:
    """One step: the label, the map with the step's events and frontline, the timeline
    controls under it, and the details of the clicked or picked event beside it."""
    from streamlit_folium import st_folium

    state, view = inputs.state, inputs.view
    at = st.session_state.get("tl_at") if inputs.lo is not None else None
    window = int(st.session_state.get("tl_window", 0) or 0)
    shown = window_events(view, at, window, inputs.hi)
    step_at = at if at != inputs.hi or window else None
    layer = frontline_at(inputs.frontlines, at or inputs.hi)
    map_col, detail_col = st.columns([3, 1])
    with map_col:
        st.caption(_step_label(shown, inputs, step_at, window, layer))
        note = stale_front_note(shown, layer.date if layer is not None else None)
        slot = st.empty()          # one element here whether or not there is a note
        if note:
            slot.warning(note)
        # the base map must not change between steps (else st_folium rebuilds it): its
        # frontline credit and legend come from the latest layer, whatever the step's layer
        fmap = build_event_map(view, frontline=_any_layer(inputs.frontlines), layers=state.layers,
                               tiles=data.tiles(state.basemap), boundaries=inputs.boundaries,
                               labels=state.labels, pmtiles=data.pmtiles_basemap(),
                               draw_events=False, summary=inputs.summary)
        # a view of few events is drawn whole, so the map need not report where it is:
        # each report reruns the map, and a rerun can swallow a key press on the timeline
        follows_view = len(view) > MAX_VIEW_POINTS
        overlay = event_overlay(shown, frontline=layer, layers=state.layers, selected=inputs.selected,
                                step_label=_days(step_at, window),
                                viewport=_viewport(inputs) if follows_view else None,
                                legend_types=inputs.types)
        result = st_folium(fmap, key="event_map", height=MAP_HEIGHT, use_container_width=True,
                           feature_group_to_add=overlay, center=inputs.focus,
                           zoom=FOCUS_ZOOM if inputs.focus else None,
                           returned_objects=["last_active_drawing", *(
                               ("bounds", "zoom") if follows_view else ())])
        if inputs.lo is not None:
            timeline_controls(inputs.lo, inputs.hi)
    with detail_col:
        details(view, _picked((result or {}).get("last_active_drawing"), inputs.selected))


def _viewport(inputs: MapInputs):
    """The part of the map in view: as the map last reported it (st_folium's value, kept
    under its key), else as the base map opens (its events' bounds)."""
    from geo.maps import initial_viewport
    from geo.viewport import viewport_from_map

    reported = viewport_from_map(st.session_state.get("event_map"))
    if reported is not None or inputs.summary is None:
        return reported
    return initial_viewport(inputs.summary)


def _any_layer(frontlines):
    """The latest layer: the base map's frontline credit and legend (the same on every step)."""
    return frontlines.layer(len(frontlines) - 1) if frontlines is not None and len(frontlines) else None


def _picked(clicked: dict | None, selected) -> str | None:
    """The event to detail: a new click on the map, else the table's row, else the last click."""
    clicked_id = ((clicked or {}).get("properties") or {}).get("event_id")
    if clicked_id and clicked_id != st.session_state.get("map_click_seen"):
        st.session_state["map_click_seen"] = clicked_id
        st.session_state["detail_event"] = clicked_id
    table_id = None if selected is None or not len(selected) else selected["event_id"].iloc[0]
    if table_id and table_id != st.session_state.get("table_pick_seen"):
        st.session_state["table_pick_seen"] = table_id
        st.session_state["detail_event"] = table_id
    return st.session_state.get("detail_event")


def details(view_events, event_id: str | None) -> None:
    """The event clicked on the map (or picked in the table): its popup, id and sources."""
    st.subheader("Event details")
    if not event_id:
        st.caption("Click an event on the map, or a row of the table, to see its details "
                   "and provenance here.")
        return
    match = view_events[view_events["event_id"] == event_id]
    if not len(match):
        st.caption("That event is not in the current view.")
        return
    row = match.iloc[0]
    from geo.maps import event_popup_html
    st.html(event_popup_html(row.to_dict()))
    confidence = f" · confidence {row['confidence']:.2f}" if pd.notna(row["confidence"]) else ""
    st.html(f"<small>Event id <code>{html_text(row['event_id'])}</code>{confidence}</small>")
    st.html(f"<small><b>All sources:</b> {all_sources_html(row)}</small>")
    st.html(f"<small>Review status: <b>{html_text(row['review_status'])}</b></small>")
    from dashboard.review_parts import flag_button
    flag_button(str(data.store_dir()), str(row["event_id"]))


def all_sources_html(row: pd.Series) -> str:
    """The event's sources, escaped: its merged ``sources``, else its ``source``, else
    "not recorded" (never the text "None")."""
    sources = row.get("sources")
    names = ([str(s) for s in sources if isinstance(s, str) and s.strip()]
             if sources is not None and not isinstance(sources, (str, float)) else [])
    source = row.get("source")
    if not names and isinstance(source, str) and source.strip():
        names = [source]
    return ", ".join(html.escape(name) for name in names) or "not recorded"


def place_search() -> tuple[float, float] | None:
    """A box that finds a gazetteer place; the map zooms to it. Returns its (lat, lon)."""
    query = st.text_input("Find a place", key="place_query", placeholder="e.g. Kramatorsk",
                          help="A settlement or oblast of the offline gazetteer; the map zooms to it.")
    if not query or not query.strip():
        # one caption always: an element that appeared above the map's fragment made the
        # browser lose the map (seen in Chromium; tests/dashboard/test_browser_timeline.py)
        st.caption("Type a settlement or oblast to centre the map on it.")
        return None
    found = data.find_place(query.strip()[:100])
    if found is None:
        st.caption(f"No place called “{markdown_text(query.strip()[:100])}” in the gazetteer.")
        return None
    name, admin1, lat, lon = found
    st.caption(f"Map centred on {markdown_text(name)}" + (f", {markdown_text(admin1)}" if admin1 else ""))
    return lat, lon
