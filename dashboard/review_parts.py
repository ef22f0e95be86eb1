"""Pieces of the Review page: the reviewer's name, the source sentence, the candidates
table, the decision callback, the flag button of the map's event details and the Rules view.

Every text that came from a report or a reviewer is escaped where it is shown:
:func:`geo.escape.html_text` in HTML, :func:`geo.escape.markdown_text` in Markdown
(button labels and messages included); tables show their cells as text.
"""
from __future__ import annotations

import getpass

import pandas as pd
import streamlit as st

from dashboard import data
from geo.errors import ReviewConflictError, StrikemapError
from geo.escape import html_text, markdown_text
from geo.store import EventStore

#: session keys: the reviewer's name (kept across pages), the last decision's message
REVIEWER, MESSAGE, CONFLICT = "reviewer", "review_message", "review_conflict"


def os_user() -> str:
    """The OS user's name, the default reviewer."""
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):
        return "unknown"


def reviewer_name() -> str:
    """The reviewer set in the sidebar (default the OS user)."""
    return st.session_state.get(REVIEWER) or os_user()


def reviewer_input() -> str:
    """The sidebar's reviewer field; its value outlives a change of page."""
    def keep() -> None:
        st.session_state[REVIEWER] = st.session_state["reviewer_field"].strip()[:80]

    st.sidebar.text_input("Reviewer", value=reviewer_name(), key="reviewer_field", max_chars=80,
                          on_change=keep, help="Kept with every decision in the audit trail.")
    return reviewer_name()


def sentence_html(excerpt: object, query: object) -> str:
    """The source sentence as a quote, the name marked; every part escaped."""
    text, name = str(excerpt or ""), str(query or "")
    at = text.find(name) if name else -1
    if at < 0:
        body = html_text(text)
    else:
        body = (html_text(text[:at]) + f"<mark>{html_text(name)}</mark>"
                + html_text(text[at + len(name):]))
    return (f'<blockquote class="strikemap-sentence" style="border-left:3px solid #999;'
            f'margin:0;padding:0.3em 0.8em">{body or "<i>no sentence recorded</i>"}</blockquote>')


def candidate_table(candidates: list[dict], day: str | None) -> pd.DataFrame:
    """Number, name, oblast, raion, population, coordinates and, when the store has frontline
    layers, the distance to the front on the event's day (km)."""
    table = pd.DataFrame([{"key": i, "name": c.get("name"), "oblast": c.get("admin1"),
                           "raion": c.get("raion") or "", "population": c.get("population"),
                           "lat": c.get("lat"),
                           "lon": c.get("lon"), "geonameid": c.get("geonameid")}
                          for i, c in enumerate(candidates, start=1)])
    front = _front_km(candidates, day)
    if front is not None:
        table.insert(5, "front km", front)
    return table


def _front_km(candidates: list[dict], day: str | None) -> list | None:
    store = data.store_dir()
    frontlines = data.load_frontlines(str(store), data.store_version(store))
    if frontlines is None or not day or not candidates:
        return None
    import geopandas as gpd

    from geo.frontline import annotate_front

    points = gpd.GeoDataFrame({"date": [day] * len(candidates)}, crs="EPSG:4326",
                              geometry=gpd.points_from_xy([c["lon"] for c in candidates],
                                                          [c["lat"] for c in candidates]))
    return annotate_front(points, frontlines)["front_km"].tolist()


def apply_decision(store_path: str, decision, note_key: str | None = None) -> None:
    """Button callback: apply one decision (with the note typed in ``note_key``'s field) and
    leave a message for the next run."""
    from dataclasses import replace

    from geo.store.review import decide

    if note_key:
        decision = replace(decision, note=str(st.session_state.get(note_key) or ""))
    st.session_state.pop(CONFLICT, None)
    try:
        result = decide(EventStore(store_path), decision)
    except ReviewConflictError as error:
        st.session_state[MESSAGE] = ("error", str(error))
        st.session_state[CONFLICT] = decision.event_id
        return
    except StrikemapError as error:
        st.session_state[MESSAGE] = ("error", str(error))
        return
    changed = ", ".join(f for f in result.fields if f != "review_status")
    text = f"{decision.event_id}: {result.review_status}" + (f" ({changed})" if changed else "")
    if result.rule:
        text += f"; new {result.rule}"
    st.session_state[MESSAGE] = ("success", text)


def show_message() -> None:
    """The last decision's outcome, once."""
    kind, text = st.session_state.pop(MESSAGE, (None, None))
    if kind == "success":
        st.success(markdown_text(text))
    elif kind == "error":
        st.error(markdown_text(text))


def show_conflict(store: EventStore) -> None:
    """After a refused decision: the event's state now and the decisions it missed."""
    event_id = st.session_state.get(CONFLICT)
    if not event_id:
        return
    from geo.store.queue import event_state
    from geo.store.review import history

    now = event_state(store, event_id)
    with st.container(border=True):
        st.markdown(f"**The event changed meanwhile.** Its state now "
                    f"({markdown_text(event_id)}):")
        if now is not None:
            st.dataframe(pd.DataFrame([{k: now[k] if k != "attack_types" else ", ".join(now[k])
                                        for k in ("review_status", "place", "admin1", "date",
                                                  "attack_types", "killed", "injured")}]),
                         hide_index=True)
        st.dataframe(pd.DataFrame(history(store, event_id)), hide_index=True)


def flag_button(store_path, event_id: str) -> None:
    """"Flag for review" in the map's event details: the event joins the review queue."""
    from geo.store.review import flag

    with st.popover("Flag for review"):
        note = st.text_input("Why (optional)", key=f"flag_note_{event_id}", max_chars=300)
        if st.button("Put it in the review queue", key=f"flag_{event_id}"):
            try:
                flag(EventStore(store_path), event_id, who=reviewer_name(), note=note)
                st.success("Flagged: it waits on the Review page.")
            except StrikemapError as error:
                st.error(markdown_text(error))


def rules_view(store: EventStore) -> None:
    """The place rules, and a way to remove one."""
    from geo.store.rules import list_rules, remove_rule

    rules = list_rules(store)
    if not rules:
        st.caption("No rules yet: picking a place for a name on the queue makes one.")
        return
    st.dataframe(pd.DataFrame(rules)[["name", "region", "place", "admin1", "geonameid", "who",
                                      "at", "note"]], hide_index=True, width="stretch")
    labels = [f"{r['name']} ({r['region'] or 'any region'}) -> {r['place']}"
              + (f", {r['admin1']}" if r["admin1"] else "")
              + (f" (#{r['geonameid']})" if r["geonameid"] is not None else "") for r in rules]
    chosen = st.selectbox("Rule", range(len(rules)), format_func=lambda i: labels[i],
                          key="rule_to_remove")
    if st.button("Remove rule", key="remove_rule"):
        rule = rules[chosen]
        try:
            remove_rule(store, rule["name"], region=rule["region"], who=reviewer_name())
            st.session_state[MESSAGE] = ("success", f"removed the rule for {rule['name']}")
        except StrikemapError as error:
            st.session_state[MESSAGE] = ("error", str(error))
        st.rerun()
