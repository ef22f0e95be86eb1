"""The sidebar filters; their state is mirrored in the URL (see :mod:`dashboard.urlstate`)."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard.urlstate import (BASEMAPS, LABEL_LANGUAGES, LAYERS, ViewState, clamp_dates,
                                query_from_state, read_query)
from geo.escape import markdown_text
from geo.schema import ATTACK_TYPES, GEO_PRECISIONS

TIMELINE_KEYS = ("at", "window", "step")
LAYER_LABELS = {"cluster": "Cluster markers", "heatmap": "Heatmap", "hex": "H3 hexagons"}
BASEMAP_LABELS = {"offline": "Built-in map (offline)",
                  "osm": "OpenStreetMap tiles (online: needs the network)"}
LANGUAGE_LABELS = {"en": "English", "uk": "Українська"}


def _options(events, column: str) -> list[str]:
    if column not in events or not len(events):
        return []
    values = events[column].dropna().astype(str).unique()
    return sorted(v for v in values if v)


def _date_bounds(events) -> tuple[date | None, date | None]:
    dates = events["date"].dropna() if len(events) else pd.Series([], dtype=object)
    if not len(dates):
        return None, None   # ISO dates sort as text; the store has validated them
    return date.fromisoformat(str(dates.min())), date.fromisoformat(str(dates.max()))


def store_choices(events) -> dict:
    """What the filters offer from the store's events: the first and last ``dates``, the
    ``sources`` and whether any event has a distance to the front (``has_front``)."""
    return {"dates": _date_bounds(events), "sources": _options(events, "source"),
            "has_front": bool(len(events) and "front_km" in events and events["front_km"].notna().any())}


def sidebar_filters(events, oblasts: list[str] | None = None, choices: dict | None = None) -> ViewState:
    """Draw the filters, initialised from the URL on the first run; return the view.

    ``oblasts`` are the choices of the oblast filter (default: the events' ``admin1``);
    ``choices`` those of :func:`store_choices` (default: computed from ``events``).

    The URL is rewritten on every run so that it always reproduces the view.
    """
    choices = choices or store_choices(events)
    lo, hi = choices["dates"]
    if "view_from_url" not in st.session_state:
        state, notes = read_query(st.query_params.to_dict())
        st.session_state["view_from_url"] = clamp_dates(state, lo, hi)
        st.session_state["url_notes"] = notes
    initial: ViewState = st.session_state["view_from_url"]
    sb = st.sidebar
    sb.header("Filters")
    for note in st.session_state.get("url_notes", []):      # a value of the URL clamped or ignored
        sb.warning(markdown_text(note))
    date_range: tuple = ()
    if lo is not None:
        start = initial.date_from or lo
        end = initial.date_to or hi
        date_range = sb.date_input("Date range", value=(start, end), min_value=lo, max_value=hi,
                                   key="f_dates", help="Inclusive, on the event date. "
                                   "Events with an unknown date are shown only without a date filter.")
    types = sb.multiselect("Attack type", ATTACK_TYPES, default=list(initial.types), key="f_types",
                           format_func=lambda t: t.replace("_", " "))
    oblast_options = oblasts if oblasts is not None else _options(events, "admin1")
    source_options = choices["sources"]
    oblasts = sb.multiselect("Oblast", oblast_options,
                             default=[o for o in initial.oblasts if o in oblast_options],
                             key="f_oblasts")
    sources = sb.multiselect("Source", source_options,
                             default=[s for s in initial.sources if s in source_options],
                             key="f_sources")
    min_casualties = sb.number_input("Minimum casualties (killed + injured)", min_value=0, step=1,
                                     value=int(initial.min_casualties), key="f_min_cas")
    precisions = sb.multiselect("Precision", GEO_PRECISIONS, default=list(initial.precisions),
                                key="f_precisions")
    front_km_max = None
    if choices["has_front"]:
        use_front = sb.checkbox("Limit distance to the front", value=initial.front_km_max is not None,
                                key="f_front_on")
        if use_front:
            front_km_max = float(sb.slider("Distance to the front (km)", 0, 300,
                                           int(initial.front_km_max or 50), key="f_front_km"))
    rejected = sb.checkbox("Show rejected events", value=initial.rejected, key="f_rejected",
                           help="Events a reviewer rejected are hidden unless this is on.")
    sb.header("Layers")
    layers = tuple(name for name in LAYERS
                   if sb.toggle(LAYER_LABELS[name], value=name in initial.layers, key=f"f_layer_{name}"))
    basemap = sb.radio("Base map", BASEMAPS, index=BASEMAPS.index(initial.basemap),
                       format_func=BASEMAP_LABELS.get, key="f_basemap",
                       help="The built-in map needs no network. OpenStreetMap tiles are "
                       "requested from openstreetmap.org only when picked here.")
    labels = sb.radio("Place names", LABEL_LANGUAGES, index=LABEL_LANGUAGES.index(initial.labels),
                      format_func=LANGUAGE_LABELS.get, key="f_labels", horizontal=True)
    picked_dates = tuple(date_range) if isinstance(date_range, tuple | list) else (date_range,)
    full_range = picked_dates == (lo, hi)
    state = ViewState(
        date_from=None if full_range or not picked_dates else picked_dates[0],
        date_to=None if full_range or len(picked_dates) < 2 else picked_dates[1],
        types=tuple(types), oblasts=tuple(oblasts), sources=tuple(sources),
        min_casualties=int(min_casualties), precisions=tuple(precisions),
        front_km_max=front_km_max, layers=layers, basemap=basemap, labels=labels,
        rejected=bool(rejected))
    query = query_from_state(state)
    query.update({k: v for k, v in st.query_params.to_dict().items()
                  if k in TIMELINE_KEYS})     # the timeline's part: see dashboard.timeline
    if query != st.query_params.to_dict():
        st.query_params.from_dict(query)
    return state
