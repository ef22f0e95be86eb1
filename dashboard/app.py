"""Streamlit entry point: ``strikemap dashboard`` (or ``make run``) starts this file."""
from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="strikemap", layout="wide")

from dashboard.ingest_page import ingest_page  # noqa: E402
from dashboard.map_page import map_page  # noqa: E402
from dashboard.review_page import review_page  # noqa: E402

page = st.navigation([st.Page(map_page, title="Map", url_path="map", default=True),
                      st.Page(ingest_page, title="Ingest", url_path="ingest"),
                      st.Page(review_page, title="Review", url_path="review")])
page.run()
