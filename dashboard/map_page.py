"""The main page: filters, map, event details, charts, table and downloads."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.map_view import MapInputs, all_sources_html, map_and_timeline, place_search
from dashboard.map_view import frontline_at as _frontline_at
from dashboard.sidebar import sidebar_filters
from dashboard.timeline import init_timeline, run_timeline_fragment
from dashboard.urlstate import ViewState
from geo.errors import StrikemapError
from geo.escape import markdown_text
from geo.filters import EventFilter
from geo.schema import REVIEW_STATUSES

__all__ = ["all_sources_html", "map_page", "to_event_filter"]

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


def map_page() -> None:
    """Render the map page."""
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
    state = sidebar_filters(events, data.oblast_options(str(store), version),
                            data.store_choices(str(store), version))
    flt = to_event_filter(state)
    view = data.filtered_events(str(store), version, flt)  # this and what follows: cached per filter
    frontlines = data.load_frontlines(str(store), version)
    rejected = data.rejected_count(str(store), version)
    total = len(events) if state.rejected else len(events) - rejected
    caption = f"{len(view):,} of {total:,} events"
    if rejected and not state.rejected:
        caption += f" ({rejected:,} rejected, hidden)"
    st.caption(caption + " match the filters")
    lo, hi = data.view_bounds(str(store), version, flt)
    init_timeline(st.session_state["view_from_url"], lo, hi)
    focus = place_search()
    boundaries = _boundaries_or_warning(store, version)
    from dashboard.panels import downloads_panel, selected_event, table_panel
    rows = data.table_rows(str(store), version, flt)
    selected = selected_event(view, rows)
    if focus is None and selected is not None:
        point = selected.geometry.iloc[0]
        focus = (point.y, point.x) if point is not None and not point.is_empty else None
    run_timeline_fragment(map_and_timeline, lo, hi,
                          MapInputs(view, state, frontlines, boundaries, selected, focus, lo, hi,
                                    data.map_summary(str(store), version),
                                    data.view_types(str(store), version, flt)))
    downloads_panel(view, frontline=_frontline_at(frontlines, hi), labels=state.labels,
                    date_from=state.date_from.isoformat() if state.date_from else None,
                    date_to=state.date_to.isoformat() if state.date_to else None)
    from dashboard.charts import charts_panel
    charts_panel(view, lambda period: data.chart_tables(str(store), version, flt, period))
    table_panel(view, rows)


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
