"""The events table and the download buttons under the map (the charts: :mod:`dashboard.charts`)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from geo.export import to_csv_bytes, to_geojson_bytes

TABLE_COLUMNS = ["date", "date_precision", "date_start", "date_end", "place", "admin1", "attack_types", "killed", "injured",
                 "count", "geo_precision", "front_km", "side", "source", "excerpt"]


def downloads_panel(view, *, frontline=None, date_from: str | None = None,
                    date_to: str | None = None, labels: str | None = "en") -> None:
    """"GeoJSON", "CSV" and "PNG" buttons that give exactly the filtered view (the PNG:
    the view drawn with the basemap, the frontline in force, legend, credits and dates)."""
    left, right, picture, _ = st.columns([1, 1, 1, 3])
    # the files are made only when a button is clicked (callables), so filtering stays fast
    left.download_button("GeoJSON", data=lambda: to_geojson_bytes(view), file_name="strikemap_events.geojson",
                         mime="application/geo+json", key="dl_geojson", on_click="ignore")
    right.download_button("CSV", data=lambda: to_csv_bytes(view), file_name="strikemap_events.csv",
                          mime="text/csv", key="dl_csv", on_click="ignore")

    def png() -> bytes:
        from geo.render import render_png
        return render_png(view, frontline=frontline, date_from=date_from, date_to=date_to,
                          labels=labels)
    picture.download_button("PNG", data=png, file_name="strikemap_map.png", mime="image/png",
                            key="dl_png", on_click="ignore")


#: rows shown in the table; the downloads always carry the whole view
MAX_TABLE_ROWS = 5000


def table_rows(view):
    """The rows the table shows, in its order: the most recent first (a stable order, events
    of unknown date last), at most :data:`MAX_TABLE_ROWS`."""
    if not len(view):
        return view
    codes, _ = pd.factorize(view["date"], sort=True)      # -1: no date, so last
    return view.iloc[np.argsort(-codes, kind="stable")[:MAX_TABLE_ROWS]]


def selected_event(view, shown=None):
    """The event picked in the table (a one-row frame), or None; ``shown`` are the
    table's rows (default: :func:`table_rows` of ``view``)."""
    rows = ((st.session_state.get("event_table") or {}).get("selection") or {}).get("rows") or []
    shown = table_rows(view) if shown is None else shown
    if not rows or not 0 <= int(rows[0]) < len(shown):
        return None
    return shown.iloc[[int(rows[0])]]


def table_panel(view, shown=None) -> None:
    """The filtered events as a table (text cells are shown as text, never as HTML); a
    click on a row selects that event: ringed and centred on the map, detailed beside it.
    ``shown``: the rows (default: :func:`table_rows` of ``view``)."""
    st.subheader("Events")
    shown = table_rows(view) if shown is None else shown
    if len(view) > MAX_TABLE_ROWS:
        st.caption(f"The {MAX_TABLE_ROWS:,} most recent of {len(view):,} events; "
                   "the GeoJSON and CSV downloads hold them all.")
    else:
        st.caption("Click a row to find the event on the map.")
    table = pd.DataFrame(shown[[c for c in TABLE_COLUMNS if c in shown.columns]]).copy()
    table["attack_types"] = [", ".join(t) for t in table["attack_types"]]
    st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                 selection_mode="single-row", key="event_table")
