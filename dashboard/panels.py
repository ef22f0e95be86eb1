"""Charts, the events table and the download buttons under the map."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.export import to_csv_bytes, to_geojson_bytes

TABLE_COLUMNS = ["date", "date_precision", "place", "admin1", "attack_types", "killed", "injured",
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


def _per_day_by_type(dated) -> pd.DataFrame:
    exploded = dated[["date", "attack_types"]].explode("attack_types")
    return (exploded.groupby(["date", "attack_types"]).size().unstack(fill_value=0)
            .rename_axis(index="date", columns="attack type"))


def charts_panel(view) -> None:
    """Events per day by type, casualties over time, counts per oblast."""
    per_day, casualties, per_oblast = st.tabs(["Events per day", "Killed and injured", "Per oblast"])
    dated = view[view["date"].notna()]
    with per_day:
        if len(dated):
            st.bar_chart(_per_day_by_type(dated))
        else:
            st.caption("No dated events in this view.")
    with casualties:
        if len(dated):
            sums = dated.groupby("date")[["killed", "injured"]].sum(min_count=1).fillna(0).astype("int64")
            st.line_chart(sums)
        else:
            st.caption("No dated events in this view.")
    with per_oblast:
        counts = view["admin1"].fillna("(unknown)").replace("", "(unknown)").value_counts()
        st.bar_chart(counts.rename("events"))


#: rows shown in the table; the downloads always carry the whole view
MAX_TABLE_ROWS = 5000


def table_panel(view) -> None:
    """The filtered events as a table (text cells are shown as text, never as HTML)."""
    st.subheader("Events")
    shown = view.sort_values("date", ascending=False, na_position="last").head(MAX_TABLE_ROWS)
    if len(view) > MAX_TABLE_ROWS:
        st.caption(f"The {MAX_TABLE_ROWS:,} most recent of {len(view):,} events; "
                   "the GeoJSON and CSV downloads hold them all.")
    table = pd.DataFrame(shown[[c for c in TABLE_COLUMNS if c in shown.columns]]).copy()
    table["attack_types"] = [", ".join(t) for t in table["attack_types"]]
    st.dataframe(table, hide_index=True, width="stretch")
