"""The Review page: the queue of events waiting for an analyst, one decision per click.

The queue (:func:`geo.store.queue.review_queue`): names the geocoder could not place,
with their namesakes on a small map; events below the confidence threshold set in the
sidebar; events someone flagged on the map. Each decision (pick a namesake, edit types,
figures or the date, reject, confirm) is one transaction in the store, kept in the audit
trail with the reviewer's name from the sidebar (``docs/review.md``).

Keyboard: J / K next and previous, 1-9 pick that candidate, A confirm, X reject. The
buttons keep one key whatever event is shown (their callbacks carry the event): a
shortcut stays bound to the button on screen as the queue moves.
Two reviewers: a decision carries the version of the event the page showed; when
someone else decided on it since, nothing is saved and the page shows the new state.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.review_parts import (apply_decision, candidate_table, reviewer_input,
                                    rules_view, sentence_html, show_conflict, show_message)
from geo.escape import html_text, markdown_text
from geo.schema import ATTACK_TYPES
from geo.store import EventStore
from geo.store.queue import DEFAULT_THRESHOLD, review_queue
from geo.store.review import Decision, PlaceChoice

POSITION = "review_pos"
#: the least confident events the queue holds at a time (a decision makes room for the next)
LOW_CONFIDENCE_SHOWN = 500
KEYS_HELP = ("Keys: **J** next · **K** previous · **1-9** pick that place · **A** confirm · "
             "**X** reject (not while typing in a field)")


def review_page() -> None:
    """Render the Review page."""
    st.title("Review")
    store_path = str(data.store_dir())
    store = EventStore(store_path)
    who = reviewer_input()
    threshold = st.sidebar.slider("Queue events below this confidence", 0.0, 1.0,
                                  DEFAULT_THRESHOLD, 0.05, key="review_threshold")
    show_message()
    # a switch, not tabs: only the view shown is drawn (a table in a hidden tab gets no width)
    if st.radio("View", ["Queue", "Rules"], horizontal=True, key="review_view",
                label_visibility="collapsed") == "Rules":
        rules_view(store)
        return
    show_conflict(store)
    entries = review_queue(store, threshold=threshold, low_limit=LOW_CONFIDENCE_SHOWN)
    if not entries:
        st.success("Nothing waits for a decision.")
        return
    position = _navigation(len(entries))
    _entry(store_path, entries[position], who)
    with st.expander(f"The whole queue ({len(entries)})"):
        st.dataframe(pd.DataFrame([{"#": i + 1, "name": e["query"], "place": e["place"],
                                    "why": e["reason"], "status": e["review_status"]}
                                   for i, e in enumerate(entries)]),
                     hide_index=True, width="stretch")


def _move(step: int, size: int) -> None:
    st.session_state[POSITION] = (st.session_state.get(POSITION, 0) + step) % size


def _navigation(size: int) -> int:
    """Previous / next (K / J) and where we are; the position stays inside the queue."""
    position = min(max(int(st.session_state.get(POSITION, 0)), 0), size - 1)
    st.session_state[POSITION] = position
    back, where, forward = st.columns([1, 2, 1])
    back.button("Previous", key="review_prev", shortcut="K", on_click=_move, args=(-1, size),
                width="stretch")
    where.markdown(f"**{position + 1} of {size}** waiting · {KEYS_HELP}")
    forward.button("Next", key="review_next", shortcut="J", on_click=_move, args=(1, size),
                   width="stretch")
    return position


def _facts(event: dict) -> str:
    """One line of the event's fields, as HTML (every value escaped)."""
    figures = [f"{label} {event[k]}" for k, label in (("killed", "killed"), ("injured", "injured"))
               if event.get(k) is not None]
    region = f", {event['admin1']}" if event.get("admin1") else ""
    where = (f"at {event.get('place')}{region}" if event.get("geonameid") is not None
             else f"not placed: waits at {event.get('geo_precision')} level{region}")
    parts = [f"date {event.get('date') or 'unknown'}",
             "types " + ", ".join(event.get("attack_types") or []), *figures,
             f"confidence {event['confidence']:.2f}" if event.get("confidence") is not None else "",
             where if event.get("geonameid") is None else f"{where} ({event.get('geo_precision')})",
             f"source {event.get('source')}"]
    return (f"<div>status <b>{html_text(event['review_status'])}</b> · "
            + " · ".join(html_text(p) for p in parts if p) + "</div>")


def _entry(store_path: str, entry: dict, who: str) -> None:
    event, event_id = entry["event"], entry["event_id"]
    with st.container(border=True):
        st.subheader(markdown_text(entry["query"] or entry["place"] or event_id))
        st.html(f'<div style="color:#777;font-size:0.9em">'
                f'{html_text(entry["kind"])}: {html_text(entry["reason"])}</div>')
        st.html(sentence_html(event.get("excerpt"), entry["query"]))
        st.html(_facts(event))
        note_key = f"note_{event_id}"
        st.text_input("Note for the audit trail (optional)", key=note_key, max_chars=1000)
        decision = {"event_id": event_id, "who": who, "seen": entry["version"]}
        if entry["candidates"]:
            _candidates(store_path, entry, decision, note_key)
        confirm, reject, _ = st.columns([1, 1, 2])
        confirm.button("Confirm", key="review_confirm", shortcut="A", type="primary",
                       on_click=apply_decision,
                       args=(store_path, Decision(**decision, confirm=True), note_key), width="stretch")
        reject.button("Reject", key="review_reject", shortcut="X", on_click=apply_decision,
                      args=(store_path, Decision(**decision, reject=True), note_key), width="stretch")
        _edit_form(store_path, event, decision, note_key)


def _candidates(store_path: str, entry: dict, decision: dict, note_key: str) -> None:
    """The namesakes: a table, a small map, and one button each (keys 1-9)."""
    from streamlit_folium import st_folium

    from geo.review_map import build_candidates_map, candidate_label

    event, candidates = entry["event"], entry["candidates"]
    st.markdown("**Which place is meant?**")
    left, right = st.columns([3, 2])
    with left:
        st.dataframe(candidate_table(candidates, event.get("date")), hide_index=True,
                     width="stretch")
        for number, c in enumerate(candidates, start=1):
            choice = PlaceChoice(str(c.get("name") or ""), float(c["lat"]), float(c["lon"]),
                                 c.get("geonameid"), c.get("country_code") or "",
                                 c.get("admin1") or "", c.get("feature") or "settlement")
            st.button(markdown_text(candidate_label(number, c)), key=f"review_pick_{number}",
                      shortcut=str(number) if number <= 9 else None, on_click=apply_decision,
                      args=(store_path, Decision(**decision, place=choice), note_key), width="stretch")
    with right:
        fmap = build_candidates_map(candidates, event_point=(event["lat"], event["lon"]),
                                    event_precision=event.get("geo_precision") or "region",
                                    tiles=data.tiles())
        st_folium(fmap, key=f"candidates_{entry['event_id']}", height=320,
                  use_container_width=True, returned_objects=[])


def _edit_form(store_path: str, event: dict, decision: dict, note_key: str) -> None:
    """Types, figures and the date; only the fields changed are saved."""
    event_id = event["event_id"]
    keys = {name: f"edit_{name}_{event_id}" for name in ("types", "killed", "injured", "date")}
    with st.form(f"edit_{event_id}", border=False):
        st.markdown("**Correct the event**")
        types_col, killed_col, injured_col, date_col = st.columns([3, 1, 1, 1])
        types_col.multiselect("Attack types", ATTACK_TYPES, default=event.get("attack_types") or [],
                              key=keys["types"])
        killed_col.number_input("Killed", value=_number(event.get("killed")), step=1,
                                key=keys["killed"])
        injured_col.number_input("Injured", value=_number(event.get("injured")), step=1,
                                 key=keys["injured"])
        date_col.text_input("Date (YYYY-MM-DD)", value=event.get("date") or "", key=keys["date"])
        st.form_submit_button("Save corrections", on_click=_save_edits,
                              args=(store_path, event, decision, keys, note_key))


def _number(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _save_edits(store_path: str, event: dict, decision: dict, keys: dict, note_key: str) -> None:
    """Form callback: a decision with the fields that differ from the event's."""
    state = st.session_state
    changes = {}
    if list(state[keys["types"]]) != list(event.get("attack_types") or []):
        changes["attack_types"] = tuple(state[keys["types"]])
    for name in ("killed", "injured"):
        value = state[keys[name]]
        if value is not None and value != _number(event.get(name)):
            changes[name] = int(value)
    day = str(state[keys["date"]] or "").strip()
    if day and day != (event.get("date") or ""):
        changes["date"] = day
    apply_decision(store_path, Decision(**decision, **changes), note_key)
