"""The charts under the map (Altair, which Streamlit ships), drawn from :mod:`dashboard.chart_data`."""
from __future__ import annotations

from collections.abc import Callable

import altair as alt
import streamlit as st

from dashboard.chart_data import (PERIODS, SPREAD_NOTE, casualties_by_period, chart_tables,
                                  counts_by_type, type_scale)

PERIOD_LABELS = {"day": "Per day", "week": "Per week"}
_CASUALTY_COLORS = (["killed", "injured"], ["#67001f", "#f4a582"])


def _time_axis(period: str) -> alt.X:
    return alt.X("day:T", title="week (from Monday)" if period == "week" else "day",
                 axis=alt.Axis(format="%d %b %Y", labelAngle=-30))


def events_chart(table, period: str) -> alt.Chart:
    """Stacked bars of events per period, coloured as in the map legend."""
    counts = counts_by_type(table)
    present = set(counts["type"])
    domain, colors = zip(*[(t, c) for t, c in zip(*type_scale()) if t in present]) or ((), ())
    return alt.Chart(counts).mark_bar().encode(
        _time_axis(period),
        alt.Y("sum(events):Q", title="events"),
        alt.Color("type:N", title="attack type", scale=alt.Scale(domain=list(domain), range=list(colors)),
                  legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("day:T", format="%Y-%m-%d"), "type:N",
                 alt.Tooltip("events:Q", format=",.1f")])


def casualties_chart(table, period: str) -> alt.Chart:
    """Killed and injured per period (lines over the full time axis)."""
    return alt.Chart(casualties_by_period(table)).mark_line(interpolate="step-after").encode(
        _time_axis(period),
        alt.Y("people:Q", title="people"),
        alt.Color("figure:N", title=None, scale=alt.Scale(domain=_CASUALTY_COLORS[0],
                                                          range=_CASUALTY_COLORS[1]),
                  legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("day:T", format="%Y-%m-%d"), "figure:N",
                 alt.Tooltip("people:Q", format=",.1f")])


def oblast_chart(counts) -> alt.Chart:
    """Horizontal bars of events per oblast (:func:`oblast_counts`), full names (labels never cut)."""
    return alt.Chart(counts).mark_bar(color="#6b6b6b").encode(
        alt.X("events:Q", title="events"),
        alt.Y("oblast:N", sort="-x", title=None,
              axis=alt.Axis(labelLimit=0, labelOverlap=False, labelPadding=6)),
        tooltip=["oblast:N", alt.Tooltip("events:Q", format=",")],
    ).properties(height=alt.Step(24), padding={"left": 12, "top": 4, "right": 8, "bottom": 4},
                 autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))


def charts_panel(view, tables: Callable[[str | None], dict] | None = None) -> None:
    """Events per day or week by type, killed and injured over time, counts per oblast.

    ``tables(period)`` gives the figures (:func:`dashboard.chart_data.chart_tables`; the
    dashboard's are cached per filter); default: computed from ``view``."""
    tables = tables or (lambda period: chart_tables(view, period))
    st.subheader("Charts")
    first = tables(None)
    default = first["default"]
    period = st.radio("Period", PERIODS, index=PERIODS.index(default), key="chart_period",
                      format_func=PERIOD_LABELS.get, horizontal=True,
                      help="A view of more than six months starts per week.")
    per_time, casualties, per_oblast = st.tabs(["Events over time", "Killed and injured",
                                                "Per oblast"])
    figures = first if period == first["period"] else tables(period)
    table, spans = figures["table"], figures["spans"]
    note = (f"{SPREAD_NOTE} {spans:,} event{'s' if spans != 1 else ''} of this view span"
            f"{'s' if spans == 1 else ''} several days." if spans else "")
    for tab, draw in ((per_time, events_chart), (casualties, casualties_chart)):
        with tab:
            if table is None or not len(table):
                st.caption("No dated events in this view.")
                continue
            st.altair_chart(draw(table, period), width="stretch")
            if note:
                st.caption(note)
    with per_oblast:
        if len(view):
            st.altair_chart(oblast_chart(figures["oblasts"]), width="stretch")
            st.caption("Each event counts in the oblast its point lies in (bundled boundaries), "
                       "one spelling per oblast whatever the source wrote.")
        else:
            st.caption("No events in this view.")
