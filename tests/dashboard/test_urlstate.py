"""The dashboard's URL <-> view mapping."""
from datetime import date

from dashboard.urlstate import ViewState, clamp_dates, query_from_state, state_from_query


def test_round_trip_of_a_shared_view() -> None:
    params = {"from": "2025-07-01", "to": "2025-07-31", "type": "glide_bomb,drone",
              "oblast": "Donetsk Oblast", "min_casualties": "2", "layers": "heatmap"}
    state = state_from_query(params)
    assert state.date_from == date(2025, 7, 1) and state.date_to == date(2025, 7, 31)
    assert state.types == ("glide_bomb", "drone")
    assert state.oblasts == ("Donetsk Oblast",)
    assert state.min_casualties == 2 and state.layers == ("heatmap",)
    assert query_from_state(state) == params


def test_malformed_values_are_ignored_not_fatal() -> None:
    state = state_from_query({"from": "2025-02-30", "type": "nuke,drone", "min_casualties": "x",
                              "front_km": "-3", "precision": "settlement,galaxy"})
    assert state == ViewState(types=("drone",), precisions=("settlement",))


def test_streamlit_list_values_and_defaults_left_out() -> None:
    assert state_from_query({"type": ["missile"]}).types == ("missile",)
    assert query_from_state(ViewState()) == {}


def test_dates_are_clamped_into_the_data_range() -> None:
    state = ViewState(date_from=date(2020, 1, 1), date_to=date(2030, 1, 1))
    clamped = clamp_dates(state, date(2025, 7, 1), date(2025, 7, 31))
    assert (clamped.date_from, clamped.date_to) == (date(2025, 7, 1), date(2025, 7, 31))


def test_showing_rejected_events_is_kept_in_the_url() -> None:
    from dashboard.urlstate import ViewState, query_from_state, read_query

    assert read_query({})[0].rejected is False
    state = read_query({"rejected": "1"})[0]
    assert state.rejected is True and query_from_state(state) == {"rejected": "1"}
    assert query_from_state(ViewState()) == {}
    assert read_query({"rejected": "yes please"})[0].rejected is False
