"""The ingest page: paste a report or upload files, preview the events, then save.

Uploads are written only inside a fresh temporary folder under generated names
(the uploaded file name is used as a label, never as a path), read with the
same readers and errors as ``strikemap ingest``, and saved all or nothing.
"""
from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data
from geo.errors import StrikemapError

MAX_FILES = 50
MAX_TEXT_CHARS = 500_000
FORMATS = ("auto", "text", "acled", "ucdp", "csv", "geojson")
SUFFIXES = {".txt": ".txt", ".csv": ".csv", ".geojson": ".geojson", ".json": ".geojson"}


def _safe_suffix(name: str) -> str:
    return SUFFIXES.get(Path(name).suffix.lower(), ".txt")


def _read_one(payload: bytes, label: str, suffix: str, fmt: str, published: str | None):
    from geo.sources import read_source

    with tempfile.TemporaryDirectory(prefix="strikemap-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(payload)
        try:
            events = read_source(path, format=fmt, published=published, geocoder=data.load_geocoder())
        except StrikemapError as error:
            raise StrikemapError(str(error).replace(str(path), label)) from None
    return events


def _preview(batches: list[tuple[str, object]]) -> None:
    rows = []
    for label, events in batches:
        for _, ev in pd.DataFrame(events.drop(columns="geometry")).iterrows():
            rows.append({"file": label, "date": ev["date"], "place": ev["place"],
                         "written as": ev["query"], "types": ", ".join(ev["attack_types"]),
                         "killed": ev["killed"], "injured": ev["injured"],
                         "precision": ev["geo_precision"], "excerpt": ev["excerpt"]})
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    unresolved = [(label, u) for label, events in batches for u in events.attrs.get("unresolved", [])]
    if unresolved:
        st.warning(f"{len(unresolved)} place(s) could not be resolved and are not on the map:")
        st.dataframe(pd.DataFrame([{"file": label, "place as written": u.get("query"),
                                    "reason": u.get("reason")} for label, u in unresolved]),
                     hide_index=True, width="stretch")


_DATE_IN_NAME = re.compile(r"(20\d{2})[-_]?(\d{2})[-_]?(\d{2})")


def _frontline_uploads() -> None:
    """Frontline layers: checked with the frontline reader, saved under a name made from their date."""
    files = st.file_uploader("Frontline layers (DeepStateMap daily GeoJSON or dated polygons)",
                             accept_multiple_files=True, type=["geojson", "json"], key="frontline_files")
    if not files:
        return
    from geo.frontline import FrontlineSet

    folder = data.store_dir() / "frontline"
    checked = []
    for upload in files[:MAX_FILES]:
        match = _DATE_IN_NAME.search(upload.name)
        if not match:
            st.error(f"{upload.name}: no date (YYYYMMDD) in the file name; rename it, e.g. "
                     "deepstatemap_data_20250701.geojson")
            return
        safe_name = f"deepstatemap_data_{''.join(match.groups())}.geojson"
        with tempfile.TemporaryDirectory(prefix="strikemap-upload-") as tmp:
            path = Path(tmp) / safe_name
            path.write_bytes(upload.getvalue())
            try:
                layers = FrontlineSet.from_paths([path])
            except StrikemapError as error:
                st.error(" ".join(str(error).replace(str(path), upload.name).split()))
                return
        checked.append((safe_name, upload.getvalue(), layers))
    st.write(f"{len(checked)} frontline layer(s) read: " + ", ".join(name for name, _, _ in checked))
    if st.button("Save frontline layers"):
        folder.mkdir(parents=True, exist_ok=True)
        for name, payload, _ in checked:
            (folder / name).write_bytes(payload)
        st.success(f"Saved {len(checked)} layer(s) to the store.")


def ingest_page() -> None:
    """Render the ingest page."""
    st.title("Add events")
    with st.expander("Frontline layers"):
        _frontline_uploads()
    fmt = st.selectbox("Format", FORMATS, help="auto recognises reports, ACLED, UCDP, CSV and GeoJSON")
    published = st.date_input("Publication date of the reports", value=None,
                              help="Relative dates (yesterday, on Monday) resolve against it.")
    text = st.text_area("Paste a report", height=160, max_chars=MAX_TEXT_CHARS)
    uploads = st.file_uploader("…or upload files", accept_multiple_files=True,
                               type=["txt", "csv", "geojson", "json"])
    inputs: list[tuple[str, bytes, str]] = []
    if text.strip():
        inputs.append(("pasted report", text.encode("utf-8"), ".txt"))
    for upload in (uploads or [])[:MAX_FILES]:
        inputs.append((upload.name, upload.getvalue(), _safe_suffix(upload.name)))
    if uploads and len(uploads) > MAX_FILES:
        st.warning(f"Only the first {MAX_FILES} files are read.")
    if not inputs:
        st.caption("Nothing to read yet.")
        return
    pub = published.isoformat() if isinstance(published, date) else None
    batches, progress = [], st.progress(0.0, text="Reading…")
    for i, (label, payload, suffix) in enumerate(inputs, start=1):
        try:
            batches.append((label, _read_one(payload, label, suffix, fmt if fmt != "auto" or
                                             label != "pasted report" else "text", pub)))
        except StrikemapError as error:
            st.error(" ".join(str(error).split()))
            return
        progress.progress(i / len(inputs), text=f"Read {i} of {len(inputs)}")
    _preview(batches)
    if st.button("Save to the store", type="primary"):
        from geo.store import EventStore

        store = EventStore(data.store_dir())
        added = skipped = 0
        for label, events in batches:
            result = store.ingest(events, label=label)
            added, skipped = added + result.added, skipped + result.skipped
        st.success(f"Saved: {added} new event(s), {skipped} already in the store.")
