"""Hostile dashboard URLs and a damaged store through AppTest: a note or one error, never a traceback.

``?from`` later than ``?to`` is swapped, ``?front_km=inf``/``1e308``/``nan`` ignored or clamped,
a huge ``?min_casualties`` clamped, each with a visible note; a store with garbage in it is
one error saying how to rebuild it. Hypothesis then throws arbitrary text at every parameter.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.urlstate import FRONT_KM_MAX, MIN_CASUALTIES_MAX, read_query
from tests.dashboard.test_apptest import _caption, _run
from tests.fuzz_support import FUZZ
from tests.hostile_inputs import HOSTILE_STRINGS

HOSTILE_QUERIES: list[dict[str, str]] = [
    {"from": "2025-07-21", "to": "2025-07-02"},
    {"front_km": "inf"}, {"front_km": "-inf"}, {"front_km": "1e308"}, {"front_km": "nan"},
    {"front_km": "-5"}, {"front_km": "1e999"},
    {"min_casualties": "9" * 30}, {"min_casualties": "9" * 5000}, {"min_casualties": "1e400"},
    {"min_casualties": "-5"}, {"min_casualties": str(1 << 53)},
    {"from": "9999-99-99", "to": "0000-00-00"},
    {"layers": "cluster,heatmap,hex,`x`"}, {"type": "${alert(1)}"},
    {"source": "![t](http://example.invalid/i.png)"}, {"oblast": "<img src=x onerror=alert(1)>"},
]


@pytest.fixture
def front_store(small_store: Path) -> Path:
    con = sqlite3.connect(small_store / "events.sqlite")
    con.execute("UPDATE events SET front_km = 12.5")
    con.commit()
    con.close()
    return small_store


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=lambda q: "&".join(f"{k}={v[:12]}" for k, v in q.items()))
def test_hostile_url_parameters_give_a_view_and_a_note(front_store: Path, query: dict[str, str]) -> None:
    app = _run(query)
    assert not app.exception, [e.value for e in app.exception]
    assert " of 3 events" in _caption(app)
    _, notes = read_query(query)
    shown = [w.value for w in app.sidebar.warning]
    assert len(shown) == len(notes)


def test_reversed_dates_are_swapped_and_said(front_store: Path) -> None:
    app = _run({"from": "2025-07-21", "to": "2025-07-02"})
    assert _caption(app).startswith("3 of 3 events")
    assert any("swapped" in w.value for w in app.sidebar.warning)


def test_limits_are_clamped() -> None:
    state, notes = read_query({"front_km": "1e308", "min_casualties": "9" * 5000})
    assert state.front_km_max == FRONT_KM_MAX and state.min_casualties == MIN_CASUALTIES_MAX
    assert len(notes) == 2


@FUZZ
@given(st.dictionaries(st.sampled_from(["from", "to", "type", "oblast", "source", "min_casualties",
                                        "precision", "front_km", "layers"]),
                       st.one_of(st.text(max_size=60), st.sampled_from(HOSTILE_STRINGS),
                                 st.from_regex(r"-?\d{1,400}(\.\d*)?(e-?\d{1,4})?", fullmatch=True)),
                       max_size=5))
def test_any_url_parameters_read_to_a_valid_view(params: dict[str, str]) -> None:
    state, notes = read_query(params)
    assert 0 <= state.min_casualties <= MIN_CASUALTIES_MAX
    assert state.front_km_max is None or 0 <= state.front_km_max <= FRONT_KM_MAX
    assert state.date_from is None or state.date_to is None or state.date_from <= state.date_to
    assert all(isinstance(n, str) and "\n" not in n for n in notes)


@pytest.mark.parametrize("damage", [
    "UPDATE meta SET value = 'garbage' WHERE key = 'schema_version'",
    "UPDATE events SET attack_types = '[not json' WHERE event_id = 'b'",
    "UPDATE events SET killed = 'many' WHERE event_id = 'a'",
    "UPDATE events SET lat = 'north' WHERE event_id = 'c'",
])
def test_a_damaged_store_is_one_error_saying_how_to_rebuild(small_store: Path, damage: str) -> None:
    con = sqlite3.connect(small_store / "events.sqlite")
    con.execute(damage)
    con.commit()
    con.close()
    app = _run()
    assert not app.exception, [e.value for e in app.exception]
    error = app.error[0].value
    assert "damaged" in error and "ingest" in error and "\n" not in error
