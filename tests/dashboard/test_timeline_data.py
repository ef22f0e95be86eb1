"""The timeline's steps: which events a window shows, the next step, the stale-front note,
and the URL's ``at``/``window``/``step``."""
from __future__ import annotations

from datetime import date

from dashboard.timeline_data import bounds, next_step, stale_front_note, window_events
from dashboard.urlstate import ViewState, query_from_state, read_query
from geo.model import EventRecord
from geo.schema import records_to_frame


def _view():
    spans = [("a", "2025-07-01", None, None), ("b", "2025-07-10", None, None),
             ("c", "2025-06-01", "2025-06-01", "2025-07-05"), ("d", None, None, None)]
    return records_to_frame([
        EventRecord(event_id=i, date=d, date_precision="day", attack_types=("drone",), place="P",
                    query="P", lat=48.0, lon=37.0, source=f"s-{i}", extra={"date_start": s, "date_end": e})
        for i, d, s, e in spans])


def test_a_window_shows_the_events_that_overlap_it() -> None:
    view = _view()
    assert bounds(view) == (date(2025, 6, 1), date(2025, 7, 10))
    ids = lambda frame: sorted(frame["event_id"])                       # noqa: E731
    assert ids(window_events(view, date(2025, 7, 3), 3)) == ["a", "c"]   # c spans into July
    assert ids(window_events(view, date(2025, 7, 10), 1)) == ["b"]
    assert ids(window_events(view, date(2025, 6, 20), 0)) == ["c"]       # all days up to it
    assert ids(window_events(view, None, 7)) == ["a", "b", "c", "d"]     # no step: the whole view
    assert ids(window_events(view, date(2025, 7, 10), 0, last=date(2025, 7, 10))) == ["a", "b", "c", "d"]


def test_steps_stop_at_the_last_day() -> None:
    lo, hi = date(2025, 6, 1), date(2025, 7, 10)
    assert next_step(date(2025, 7, 1), "day", lo, hi) == date(2025, 7, 2)
    assert next_step(date(2025, 7, 1), "week", lo, hi) == date(2025, 7, 8)
    assert next_step(date(2025, 7, 8), "week", lo, hi) is None


def test_events_long_before_the_front_get_a_note() -> None:
    view = _view()
    assert stale_front_note(view[view["event_id"] == "b"], "2025-07-15") is None
    note = stale_front_note(view, "2025-08-07")           # a and c ended over 30 days before
    assert note is not None and note.startswith("2 events shown ended more than 30 days before")
    assert stale_front_note(view, None) is None


def test_the_url_keeps_the_timeline() -> None:
    state, notes = read_query({"at": "2025-07-22", "window": "7", "step": "week"})
    assert (state.at, state.window, state.step, notes) == (date(2025, 7, 22), 7, "week", [])
    assert query_from_state(state) == {"at": "2025-07-22", "window": "7", "step": "week"}
    assert query_from_state(ViewState()) == {}
    state, notes = read_query({"at": "July", "window": "-3", "step": "month"})
    assert (state.at, state.window, state.step) == (None, 0, "day") and len(notes) == 2
