"""The charts' data: a real time axis, spans spread over their days, the map's colours."""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard.chart_data import (casualties_by_period, counts_by_type, default_period,
                                  oblast_counts, per_period, spanning_events, spread_over_days,
                                  type_scale)
from geo.maps import TYPE_COLORS, _legend_html
from geo.model import EventRecord
from geo.schema import records_to_frame


def _event(i: int, date: str, types=("drone",), killed=None, injured=None, span=(None, None),
           admin1="Donetsk Oblast", lat=48.7, lon=37.6):
    return EventRecord(event_id=f"e{i}", date=date, date_precision="day", attack_types=types,
                       place="P", query="P", lat=lat, lon=lon, admin1=admin1, country_code="UA",
                       killed=killed, injured=injured, source=f"s{i}",
                       extra={"date_start": span[0], "date_end": span[1]})


def test_empty_days_are_zero_rows() -> None:
    view = records_to_frame([_event(0, "2025-07-01", killed=2), _event(1, "2025-07-05")])
    table = spread_over_days(view)
    assert list(table.index.strftime("%Y-%m-%d")) == [f"2025-07-0{d}" for d in range(1, 6)]
    assert table["events"].sum(axis=1).tolist() == [1, 0, 0, 0, 1]
    killed = casualties_by_period(table).query("figure == 'killed'")["people"].tolist()
    assert killed == [2, 0, 0, 0, 0]


def test_a_multi_month_event_is_not_put_on_one_day() -> None:
    # a UCDP-like aggregate: 214 days, 5,350 killed -> 25 a day, never 5,350 on its first day
    view = records_to_frame([
        _event(0, "2022-02-24", killed=5350, span=("2022-02-24", "2022-09-25")),
        _event(1, "2022-03-01", killed=3)])
    table = spread_over_days(view)
    killed = table["killed"].sum(axis=1)
    assert len(table) == 214 and killed.max() == pytest.approx(28)      # 25 + 3 on 1 March
    assert killed.loc["2022-02-24"] == pytest.approx(25)
    assert killed.sum() == pytest.approx(5353)
    assert table["events"].sum(axis=1).sum() == pytest.approx(2)
    assert spanning_events(view) == 1
    weekly = per_period(view, "week")
    assert weekly["killed"].sum(axis=1).max() == pytest.approx(7 * 25 + 3)
    assert default_period(view) == "week"


def test_colours_are_the_map_legends() -> None:
    domain, colors = type_scale()
    assert dict(zip(domain, colors)) == {t.replace("_", " "): c for t, c in TYPE_COLORS.items()}
    legend = _legend_html(list(TYPE_COLORS))
    for color in colors:
        assert f"background:{color}" in legend
    view = records_to_frame([_event(0, "2025-07-01", types=("drone", "glide_bomb")),
                             _event(1, "2025-07-02", types=("missile",))])
    long = counts_by_type(spread_over_days(view))
    assert set(long["type"]) == {"glide bomb", "missile"}        # the type that colours the marker
    assert long["events"].sum() == 2


def test_oblasts_have_one_full_name_each() -> None:
    view = records_to_frame([
        _event(0, "2022-09-01", admin1="Zaporizhzhya oblast", lat=47.84, lon=35.14),
        _event(1, "2022-09-02", admin1="Zaporizhzhia Oblast", lat=47.5, lon=34.6),
        _event(2, "2022-09-02", admin1="Dnipropetrovsk Oblast", lat=48.46, lon=35.04)])
    counts = oblast_counts(view)
    assert counts.to_dict("records") == [{"oblast": "Zaporizhzhia Oblast", "events": 2},
                                         {"oblast": "Dnipropetrovsk Oblast", "events": 1}]


def test_no_dated_event_gives_empty_tables() -> None:
    view = records_to_frame([_event(0, None)])
    assert spread_over_days(view).empty and counts_by_type(spread_over_days(view)).empty
    assert isinstance(casualties_by_period(pd.DataFrame()), pd.DataFrame)


def test_the_table_lists_the_most_recent_first_in_a_stable_order_undated_last() -> None:
    from dashboard.panels import MAX_TABLE_ROWS, table_rows

    view = pd.DataFrame({"date": ["2025-07-02", None, "2025-07-09", "2025-07-02", "2025-07-09"],
                         "n": [0, 1, 2, 3, 4]})
    assert table_rows(view)["n"].tolist() == [2, 4, 0, 3, 1]
    assert len(table_rows(pd.DataFrame({"date": ["2025-01-01"] * (MAX_TABLE_ROWS + 3)}))) == MAX_TABLE_ROWS
    assert len(table_rows(view.iloc[:0])) == 0
