"""The data behind the dashboard's charts: pure functions (no streamlit), tested directly.

* A real time axis: every day (or ISO week) from the first event to the last is a row,
  empty ones as zero.
* Events that span time (a UCDP aggregate over seven months, an ACLED event known to the
  week or month) are **spread evenly over their days**: an event over ten days adds 0.1
  event, and a tenth of its killed and injured, to each of them. None lands on its first day.
* Colours: the map's own table (:data:`geo.maps.TYPE_COLORS`), each event counted once
  under the type that colours its marker (:func:`geo.maps.primary_type`).
* Oblasts: one spelling per oblast (:func:`geo.filters.event_oblasts`), full names.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from geo.filters import event_oblasts
from geo.maps import TYPE_COLORS, TYPE_ORDER, primary_type
from geo.schema import event_spans

PERIODS: tuple[str, ...] = ("day", "week")
#: above this many days the charts default to weeks
DAILY_MAX_DAYS = 180
UNKNOWN_OBLAST = "(no oblast)"
SPREAD_NOTE = ("Events that span several days (UCDP and ACLED aggregates) are spread evenly "
               "over their days: one event over ten days adds 0.1 event, and a tenth of its "
               "killed and injured, to each day.")


def type_scale() -> tuple[list[str], list[str]]:
    """The attack types and their colours, in legend order: the map legend's table.

    Examples
    --------
    >>> domain, colors = type_scale()
    >>> domain[0], colors[0] == TYPE_COLORS["glide_bomb"]
    ('glide bomb', True)
    """
    return [t.replace("_", " ") for t in TYPE_ORDER], [TYPE_COLORS[t] for t in TYPE_ORDER]


def default_period(view: pd.DataFrame) -> str:
    """"day" for views of up to :data:`DAILY_MAX_DAYS` days, else "week"."""
    start, end = event_spans(view)
    known = ~np.isnat(start)
    if not known.any():
        return "day"
    days = int((end[known].max() - start[known].min()).astype(int)) + 1
    return "day" if days <= DAILY_MAX_DAYS else "week"


def spread_over_days(view: pd.DataFrame) -> pd.DataFrame:
    """Events, killed and injured per day and attack type, spans spread evenly.

    Parameters
    ----------
    view : pandas.DataFrame
        Events following the schema (``date``, ``date_start``, ``date_end``,
        ``attack_types``, ``killed``, ``injured``).

    Returns
    -------
    pandas.DataFrame
        One row per day from the first event day to the last, with a column per
        measure and type: a MultiIndex of (``events``/``killed``/``injured``, type).
        Empty days are 0. Events with no known date are left out.
    """
    start, end = event_spans(view)
    known = ~np.isnat(start)
    if not known.any():
        return pd.DataFrame()
    start, end = start[known], end[known]
    lo, hi = start.min(), end.max()
    days = int((hi - lo).astype(int)) + 1
    first = (start - lo).astype(int)
    after = (end - lo).astype(int) + 1
    length = after - first
    types = np.array([TYPE_ORDER.index(primary_type(t)) for t in view["attack_types"][known]],
                     dtype=np.int64)
    measures = {"events": np.ones(len(first)),
                "killed": view["killed"][known].fillna(0).to_numpy(dtype=float),
                "injured": view["injured"][known].fillna(0).to_numpy(dtype=float)}
    columns = {}
    size = (days + 1) * len(TYPE_ORDER)
    for name, values in measures.items():
        rate = values / length               # a difference array: +rate on the first day,
        diff = (np.bincount(first * len(TYPE_ORDER) + types, rate, size)     # -rate after the last
                - np.bincount(after * len(TYPE_ORDER) + types, rate, size))
        per_day = np.cumsum(diff.reshape(days + 1, len(TYPE_ORDER)), axis=0)[:days]
        for i, kind in enumerate(TYPE_ORDER):
            columns[(name, kind)] = np.round(per_day[:, i], 9)
    index = pd.date_range(pd.Timestamp(lo), periods=days, freq="D", name="day")
    return pd.DataFrame(columns, index=index)


def per_period(view: pd.DataFrame, period: str = "day") -> pd.DataFrame:
    """:func:`spread_over_days` summed per ``period`` ("day", or "week": ISO weeks labelled
    by their Monday), every period of the range present."""
    daily = spread_over_days(view)
    if period == "day" or not len(daily):
        return daily
    monday = daily.index - pd.to_timedelta(daily.index.day_of_week, unit="D")
    weekly = daily.groupby(monday).sum()
    weekly.index.name = "day"
    return weekly


def counts_by_type(table: pd.DataFrame) -> pd.DataFrame:
    """Long form for a stacked bar chart: ``day``, ``type`` (as the legend writes it),
    ``events``; types with no event in the view are left out."""
    if not len(table):
        return pd.DataFrame(columns=["day", "type", "events"])
    events = table["events"]
    events = events.loc[:, events.sum() > 0]
    long = events.rename(columns=lambda t: t.replace("_", " ")).reset_index() \
        .melt(id_vars="day", var_name="type", value_name="events")
    return long


def casualties_by_period(table: pd.DataFrame) -> pd.DataFrame:
    """Long form: ``day``, ``figure`` ("killed"/"injured"), ``people`` (all types)."""
    if not len(table):
        return pd.DataFrame(columns=["day", "figure", "people"])
    sums = pd.DataFrame({"killed": table["killed"].sum(axis=1),
                         "injured": table["injured"].sum(axis=1)}, index=table.index)
    return sums.reset_index().melt(id_vars="day", var_name="figure", value_name="people")


def oblast_counts(view) -> pd.DataFrame:
    """``oblast`` (full name, one spelling each) and ``events``, most first."""
    if not len(view):
        return pd.DataFrame(columns=["oblast", "events"])
    names = event_oblasts(view).fillna(UNKNOWN_OBLAST)
    counts = names.value_counts()
    return pd.DataFrame({"oblast": counts.index.astype(str), "events": counts.to_numpy()})


def spanning_events(view: pd.DataFrame) -> int:
    """How many events of the view span more than one day."""
    start, end = event_spans(view)
    known = ~np.isnat(start)
    return int((end[known] > start[known]).sum())


def chart_tables(view: pd.DataFrame, period: str | None = None) -> dict:
    """Everything the charts draw for a view: ``period`` (None: :func:`default_period`),
    ``default`` period, the ``table`` per period (None for no events), the number of
    ``spans`` (events over several days) and the ``oblasts`` counts."""
    default = default_period(view)
    period = period or default
    return {"period": period, "default": default,
            "table": per_period(view, period) if len(view) else None,
            "spans": spanning_events(view) if len(view) else 0,
            "oblasts": oblast_counts(view)}
