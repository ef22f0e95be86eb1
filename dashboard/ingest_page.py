"""The ingest page: paste a report or upload files, preview the events, then save.

Error messages quote file content (a header, a cell); they are shown through
:func:`geo.escape.markdown_text`, so no Markdown in a file is ever rendered.

Uploads are written only inside a fresh temporary folder under generated names
(the uploaded file name is used as a label, never as a path), read with the
same readers and errors as ``strikemap ingest``, and saved all or nothing.
Telegram Desktop exports, JSON lines and RSS/Atom feeds are read message by
message with a progress bar; the channel's username (optional) makes each
event's source its ``https://t.me/...`` link.
"""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data
from geo.errors import StrikemapError
from geo.escape import markdown_text
from geo.sources.detect import FORMATS

MAX_FILES = 50
MAX_TEXT_CHARS = 500_000
SUFFIXES = {".txt": ".txt", ".csv": ".csv", ".geojson": ".geojson", ".json": ".json",
            ".jsonl": ".jsonl", ".xml": ".xml", ".rss": ".xml", ".atom": ".xml"}


def _safe_suffix(name: str) -> str:
    return SUFFIXES.get(Path(name).suffix.lower(), ".txt")


def _read_one(payload: bytes, label: str, suffix: str, fmt: str, published: str | None,
              channel: str | None = None, tz: str | None = None):
    from geo.sources import detect_stream_format, open_reports, read_source

    with tempfile.TemporaryDirectory(prefix="strikemap-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(payload)
        try:
            kind = fmt if fmt != "auto" else detect_stream_format(path)
            many = open_reports(path, format=fmt, channel=channel if kind == "telegram" else None,
                                tz=tz)
            if many is not None:
                total = many.check()
                bar = st.progress(0.0, text=f"{label}: {total} reports")

                def progress(done: int) -> None:
                    bar.progress(min(1.0, done / max(total, 1)),
                                 text=f"{label}: {done} of {total} reports")

                events = many.read(geocoder=data.ingest_geocoder(), workers=1, progress=progress)
                skipped = many.skipped_text()
                if skipped:
                    st.caption(f"{label}: {skipped}")
            else:
                events = read_source(path, format=fmt, published=published,
                                     geocoder=data.ingest_geocoder())
        except StrikemapError as error:
            raise StrikemapError(str(error).replace(str(path), label)) from None
    return events


def _preview(batches: list[tuple[str, object]]) -> None:
    rows = []
    for label, events in batches:
        for _, ev in pd.DataFrame(events.drop(columns="geometry")).iterrows():
            rows.append({"file": label, "date": ev["date"], "place": ev["place"],
                         "written as": ev["query"], "types": ", ".join(ev["attack_types"]),
                         "killed": ev["killed"], "injured": ev["injured"], "count": ev["count"],
                         "precision": ev["geo_precision"], "excerpt": ev["excerpt"]})
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    unresolved = [(label, u) for label, events in batches for u in events.attrs.get("unresolved", [])]
    if unresolved:
        st.warning(f"{len(unresolved)} place(s) could not be resolved: saved, they wait on the "
                   "Review page at the region or country the text allows:")
        st.dataframe(pd.DataFrame([{"file": label, "place as written": u.get("query"),
                                    "reason": u.get("reason")} for label, u in unresolved]),
                     hide_index=True, width="stretch")


def _layer_file_name(upload_name: str, payload: bytes) -> str:
    """A safe name for a frontline file: DeepStateMap daily names keep their form (the date and
    the credit line come from it); any other layer gets a neutral name with the date, if any."""
    import hashlib

    from geo.frontline import date_from_name, deepstate_file_name, is_deepstate_file

    day = date_from_name(upload_name)
    if day and is_deepstate_file(upload_name):
        return deepstate_file_name(day)
    digest = hashlib.sha256(payload).hexdigest()[:10]
    suffix = ".gpkg" if upload_name.lower().endswith(".gpkg") else ".geojson"
    return f"layer_{day or 'undated'}_{digest}{suffix}"


def _checked_upload(upload, safe_name: str, check) -> str | None:
    """Read an upload from a temporary file with ``check``; the error text, or None when fine."""
    with tempfile.TemporaryDirectory(prefix="strikemap-upload-") as tmp:
        path = Path(tmp) / safe_name
        path.write_bytes(upload.getvalue())
        try:
            check(path)
        except StrikemapError as error:
            return " ".join(str(error).replace(str(path), upload.name).split())
    return None


def _frontline_uploads() -> None:
    """Frontline layers and a boundary file, checked with the real readers, saved in the store."""
    from geo.frontline import FrontlineSet, load_outline

    files = st.file_uploader("Frontline layers (DeepStateMap daily files, or GeoJSON/GeoPackage with a "
                             "date property or a date in the name)", accept_multiple_files=True,
                             type=["geojson", "json", "gpkg"], key="frontline_files")
    boundary = st.file_uploader("Boundary file (country or oblasts): lets the contact line leave out "
                                "the border and the coast", type=["geojson", "json", "gpkg"],
                                key="boundary_file")
    checked = []
    for upload in (files or [])[:MAX_FILES]:
        name = _layer_file_name(upload.name, upload.getvalue())
        error = _checked_upload(upload, name, lambda p: FrontlineSet.from_paths([p]))
        if error:
            st.error(markdown_text(error))
            return
        checked.append((Path("frontline") / name, upload.getvalue()))
    if boundary is not None:
        suffix = ".gpkg" if boundary.name.lower().endswith(".gpkg") else ".geojson"
        error = _checked_upload(boundary, f"boundaries{suffix}", load_outline)
        if error:
            st.error(markdown_text(error))
            return
        checked.append((Path("boundaries") / f"boundaries{suffix}", boundary.getvalue()))
    if not checked:
        return
    st.write(f"{len(checked)} file(s) read: " + markdown_text(", ".join(str(rel) for rel, _ in checked)))
    if st.button("Save layers"):
        for rel, payload in checked:
            target = data.store_dir() / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(payload)
        st.success(f"Saved {len(checked)} file(s) to the store.")


def ingest_page() -> None:
    """Render the ingest page."""
    st.title("Add events")
    with st.expander("Frontline layers"):
        _frontline_uploads()
    fmt = st.selectbox("Format", FORMATS, help="auto recognises reports, Telegram Desktop exports "
                       "(result.json), JSON lines, RSS/Atom feeds, ACLED, UCDP, CSV and GeoJSON")
    published = st.date_input("Publication date of the reports", value=None,
                              help="Relative dates (yesterday, on Monday) resolve against it.")
    channel = st.text_input("Telegram channel username (for a Telegram export)", value="",
                            max_chars=40, help="e.g. kharkiv_ova: each event's source becomes "
                            "https://t.me/kharkiv_ova/<message id>; without it, "
                            "telegram:<channel id>/<message id> with the channel's name")
    tz = st.text_input("Time zone of Telegram, JSON-lines and feed reports", value="Europe/Kyiv",
                       max_chars=60)
    text = st.text_area("Paste a report", height=160, max_chars=MAX_TEXT_CHARS)
    uploads = st.file_uploader("…or upload files", accept_multiple_files=True,
                               type=["txt", "csv", "geojson", "json", "jsonl", "xml", "rss",
                                     "atom"])
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
    if pub is None:
        st.caption("No publication date given: relative dates resolve only where a report's own "
                   "metadata has one; otherwise event dates are 'unknown'.")
    batches, progress = [], st.progress(0.0, text="Reading…")
    for i, (label, payload, suffix) in enumerate(inputs, start=1):
        try:
            batches.append((label, _read_one(payload, label, suffix, fmt if fmt != "auto" or
                                             label != "pasted report" else "text", pub,
                                             channel.strip() or None, tz.strip() or None)))
        except StrikemapError as error:
            st.error(markdown_text(" ".join(str(error).split())))   # quotes file content: no Markdown
            return
        progress.progress(i / len(inputs), text=f"Read {i} of {len(inputs)}")
    _preview(batches)
    if st.button("Save to the store", type="primary"):
        from geo.store import EventStore

        from geo.extract.pending import with_pending

        store = EventStore(data.store_dir())
        rules = data.ingest_geocoder().rules
        added = skipped = 0
        for label, events in batches:
            result = store.ingest(with_pending(events, rules), label=label)
            added, skipped = added + result.added, skipped + result.skipped
        st.success(f"Saved: {added} new event(s), {skipped} already in the store.")
