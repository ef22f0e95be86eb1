"""The main page: filters, map, event details, charts, table and downloads."""
from __future__ import annotations

import html
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.sidebar import sidebar_filters
from dashboard.urlstate import ViewState
from geo.errors import StrikemapError
from geo.escape import html_text, markdown_text
from geo.filters import EventFilter
from geo.maps import build_event_map
from geo.schema import REVIEW_STATUSES

#: what the map shows unless the sidebar's "Show rejected events" is on
SHOWN_STATUSES = tuple(s for s in REVIEW_STATUSES if s != "rejected")

EMPTY_STORE_HELP = """
**No events in this store yet.** Add some:

- on the **Ingest** page (left): paste a report or upload files (reports, ACLED or UCDP CSV, GeoJSON);
- or from a terminal: `strikemap ingest REPORT.txt --published 2025-07-22 --store {store}`;
- or run `make run` in a fresh checkout, which builds the demo store from `seeds/`.
"""


def to_event_filter(state: ViewState) -> EventFilter:
    """The library filter for a dashboard view (the same one the CLI export uses)."""
    return EventFilter(
        date_from=state.date_from.isoformat() if state.date_from else None,
        date_to=state.date_to.isoformat() if state.date_to else None,
        types=state.types, oblasts=state.oblasts, sources=state.sources,
        min_casualties=state.min_casualties or None, precisions=state.precisions,
        front_km_max=state.front_km_max,
        review_statuses=() if state.rejected else SHOWN_STATUSES)


def _frontline_for(view_events, state: ViewState, frontlines):
    if frontlines is None:
        return None
    end = state.date_to.isoformat() if state.date_to else None
    if end is None and len(view_events) and view_events["date"].notna().any():
        end = str(view_events["date"].dropna().max())
    return frontlines.layer_for(end) if end else None


def _details(view_events, clicked: dict | None) -> None:
    st.subheader("Event details")
    event_id = ((clicked or {}).get("properties") or {}).get("event_id")
    if not event_id:
        st.caption("Click an event on the map to see its details and provenance here.")
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


def map_page() -> None:
    """Render the map page."""
    from streamlit_folium import st_folium

    store = data.store_dir()
    version = data.store_version(store)
    st.title("strikemap")
    try:
        events = data.load_events(str(store), version)
    except StrikemapError as error:          # a damaged store: one line, how to rebuild it
        st.error(markdown_text(error))
        return
    if not len(events):
        st.info(EMPTY_STORE_HELP.format(store=store))
        return
    state = sidebar_filters(events, data.oblast_options(str(store), version))
    view = data.filtered_events(str(store), version, to_event_filter(state))
    frontlines = data.load_frontlines(str(store), version)
    layer = _frontline_for(view, state, frontlines)
    rejected = int((events["review_status"] == "rejected").sum())
    total = len(events) if state.rejected else len(events) - rejected
    caption = f"{len(view):,} of {total:,} events"
    if rejected and not state.rejected:
        caption += f" ({rejected:,} rejected, hidden)"
    if layer is not None:
        caption += f" · frontline in force: {markdown_text(layer.date)}"
        if getattr(layer, "contact_note", ""):
            caption += f" (contact line: {markdown_text(layer.contact_note)})"
    elif frontlines is not None:
        caption += " · no frontline layer on or before the end date"
    st.caption(caption)
    boundaries = _boundaries_or_warning(store, version)
    map_col, detail_col = st.columns([3, 1])
    with map_col:
        fmap = build_event_map(view, frontline=layer, layers=state.layers,
                               tiles=data.tiles(state.basemap), boundaries=boundaries,
                               labels=state.labels, pmtiles=data.pmtiles_basemap())
        result = st_folium(fmap, key="event_map", height=560, use_container_width=True,
                           returned_objects=["last_active_drawing"])
    with detail_col:
        _details(view, (result or {}).get("last_active_drawing"))
    from dashboard.panels import charts_panel, downloads_panel, table_panel
    downloads_panel(view, frontline=layer, labels=state.labels,
                    date_from=state.date_from.isoformat() if state.date_from else None,
                    date_to=state.date_to.isoformat() if state.date_to else None)
    charts_panel(view)
    table_panel(view)


def _boundaries_or_warning(store: Path, version: tuple):
    """The store's boundary file, or None with a one-line warning when it is unreadable
    (the map is still drawn, without oblast outlines)."""
    try:
        frame = data.load_boundaries(str(store), version)
        from geo.frontline.contact import store_boundary_file
        from geo.gazetteer.boundaries import BOUNDARIES_FILE
        path = store_boundary_file(str(store))
        if path is not None and path.name == BOUNDARIES_FILE.name.removesuffix(".xz"):
            return None        # the bundled oblasts, which the basemap draws already
        return frame
    except StrikemapError as error:
        st.warning(f"Oblast boundaries not shown: {markdown_text(error)}")
        return None
