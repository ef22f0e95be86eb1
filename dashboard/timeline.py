"""The timeline under the map: a day slider, a window of days, and a play button that steps
day by day or week by week. Its state lives in the URL (``&at=2025-07-22&window=7``).

The page draws the map and the timeline in one Streamlit fragment (:func:`run_timeline_fragment`):
while playing, only the fragment reruns, every :data:`PLAY_SECONDS`, one step at a time.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import streamlit as st

from dashboard.timeline_data import WINDOWS, next_step, window_label
from dashboard.urlstate import STEPS, ViewState

PLAY_SECONDS = 1.5
STEP_LABELS = {"day": "day by day", "week": "week by week"}
_AT, _WINDOW, _STEP, _PLAYING, _RUNNING = "tl_at", "tl_window", "tl_step", "tl_playing", "tl_every"


def init_timeline(initial: ViewState, lo: date | None, hi: date | None) -> None:
    """Set the timeline's widgets from the URL's view, once per session."""
    if _AT in st.session_state or lo is None:
        return
    at = initial.at if initial.at is not None else hi
    st.session_state[_AT] = min(max(at, lo), hi)
    st.session_state[_WINDOW] = initial.window
    st.session_state[_STEP] = initial.step
    st.session_state[_PLAYING] = False


def timeline_fields(hi: date | None) -> dict:
    """The timeline's part of the view (for the URL): ``at`` (None at the last day),
    ``window`` and ``step``."""
    at = st.session_state.get(_AT)
    return {"at": None if at is None or at == hi else at,
            "window": int(st.session_state.get(_WINDOW, 0)),
            "step": st.session_state.get(_STEP, STEPS[0])}


def _toggle_play(lo: date, hi: date) -> None:
    playing = not st.session_state.get(_PLAYING, False)
    st.session_state[_PLAYING] = playing
    if playing and st.session_state.get(_AT, hi) >= hi:     # at the end: play from the start
        st.session_state[_AT] = lo


def _advance(lo: date, hi: date) -> None:
    """One step forward while playing; at the end, stop."""
    following = next_step(st.session_state.get(_AT, lo), st.session_state.get(_STEP, "day"), lo, hi)
    if following is None:
        st.session_state[_PLAYING] = False
    else:
        st.session_state[_AT] = following


def timeline_controls(lo: date, hi: date) -> tuple[date, int]:
    """Draw the play button, the day slider, the window and the step; return (at, window)."""
    playing = st.session_state.get(_PLAYING, False)
    play, slider, window, step = st.columns([1.6, 6, 2.2, 2.4], vertical_alignment="bottom")
    play.button("⏸ Pause" if playing else "▶ Play", key="tl_play_button", width="stretch",
                on_click=_toggle_play, args=(lo, hi),
                help="Step through time; the map shows the window of days up to each step.")
    if st.session_state.get(_AT) is not None:
        st.session_state[_AT] = min(max(st.session_state[_AT], lo), hi)
    at = slider.slider("Timeline day", min_value=lo, max_value=max(hi, lo + timedelta(days=1)),
                       step=timedelta(days=1), format="YYYY-MM-DD", key=_AT)
    options = list(WINDOWS)
    if st.session_state.get(_WINDOW) not in options:
        options.append(int(st.session_state.get(_WINDOW) or 0))
    days = window.selectbox("Window", options, key=_WINDOW, format_func=window_label,
                            help="Which events the map shows: those of the N days up to the "
                            "timeline's day, or of all days up to it (an event that spans "
                            "time shows on each of its days).")
    step.radio("Play", STEPS, key=_STEP, format_func=STEP_LABELS.get, horizontal=True)
    return min(at, hi), int(days)


def run_timeline_fragment(body: Callable[..., None], lo: date | None, hi: date | None,
                          *args) -> None:
    """Run ``body(at, window, *args)`` in a fragment that reruns every :data:`PLAY_SECONDS`
    while playing (one step each time); ``body`` draws the map, then :func:`timeline_controls`."""
    playing = bool(st.session_state.get(_PLAYING)) and lo is not None
    st.session_state[_RUNNING] = playing
    st.session_state["tl_full_run"] = True

    def fragment() -> None:
        full_run = st.session_state.pop("tl_full_run", False)
        if lo is not None and playing and st.session_state.get(_PLAYING) and not full_run:
            _advance(lo, hi)                # a rerun of this fragment alone: the next step
        if bool(st.session_state.get(_PLAYING)) != st.session_state.get(_RUNNING):
            st.rerun(scope="app")           # started or stopped: register the fragment anew
        body(*args)
        if lo is not None:
            _sync_url(hi)

    st.fragment(fragment, run_every=PLAY_SECONDS if playing else None)()


def _sync_url(hi: date) -> None:
    """Write the timeline's state into the URL (the sidebar writes the rest)."""
    fields = timeline_fields(hi)
    wanted = {"at": fields["at"].isoformat() if fields["at"] else None,
              "window": str(fields["window"]) if fields["window"] else None,
              "step": fields["step"] if fields["step"] != STEPS[0] else None}
    for key, value in wanted.items():
        if value is None and key in st.query_params:
            del st.query_params[key]
        elif value is not None and st.query_params.get(key) != value:
            st.query_params[key] = value
