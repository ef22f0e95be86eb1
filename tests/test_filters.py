"""EventFilter / apply_filter: each condition, their combination, and bad values."""
from __future__ import annotations

import pytest

from geo.errors import InputError
from geo.filters import EventFilter, apply_filter, oblast_key, parse_bbox
from geo.model import EventRecord
from geo.schema import records_to_frame


def rec(event_id, date, types, lat, lon, *, admin1="", killed=None, injured=None, source="s1",
        precision="settlement", front_km=None, side=None, date_precision="day"):
    return EventRecord(event_id=event_id, date=date, date_precision=date_precision if date else "unknown",
                       attack_types=tuple(types), place=event_id, query=event_id, lat=lat, lon=lon,
                       admin1=admin1, killed=killed, injured=injured, source=source,
                       geo_precision=precision, front_km=front_km, side=side)


@pytest.fixture
def events():
    frame = records_to_frame([
        rec("kramatorsk", "2025-07-20", ["glide_bomb"], 48.74, 37.58, admin1="Donetsk Oblast",
            killed=1, source="news", front_km=20.0, side="free"),
        rec("kyiv", "2025-07-21", ["drone", "missile"], 50.45, 30.52, admin1="Kyiv", injured=3,
            source="feed", front_km=400.0, side="free"),
        rec("kharkiv", "2025-07-22", ["artillery"], 49.99, 36.23, admin1="Kharkiv Oblast",
            killed=2, injured=5, source="news"),
        rec("region", None, ["missile"], 47.0, 35.0, admin1="Zaporizhzhia Oblast",
            precision="region", source="feed"),
        rec("donetsk", "2025-07-23", ["ground_assault"], 48.0, 37.8, admin1="Donetsk Oblast",
            source="feed", front_km=0.0, side="occupied"),
    ])
    frame.at[1, "sources"] = ["feed", "news"]                      # a merged event
    return frame


def kept(events, **conditions) -> list[str]:
    return apply_filter(events, EventFilter(**conditions))["event_id"].tolist()


def test_no_condition_keeps_everything_as_a_copy(events):
    out = apply_filter(events, EventFilter())
    assert out["event_id"].tolist() == events["event_id"].tolist() and out is not events


def test_dates_are_inclusive_and_unknown_dates_drop_out(events):
    assert kept(events, date_from="2025-07-21", date_to="2025-07-22") == ["kyiv", "kharkiv"]
    assert kept(events, date_from="2025-07-23") == ["donetsk"]
    assert kept(events, date_to="2025-07-20") == ["kramatorsk"]


def test_types_match_any(events):
    assert kept(events, types=("missile",)) == ["kyiv", "region"]
    assert kept(events, types=("drone", "artillery")) == ["kyiv", "kharkiv"]


def test_bbox(events):
    assert kept(events, bbox="36,48,38,50") == ["kramatorsk", "kharkiv", "donetsk"]
    assert kept(events, bbox=(30.52, 50.45, 30.52, 50.45)) == ["kyiv"]          # edges included


def test_oblast_names_fold(events):
    assert kept(events, oblasts=("donetsk",)) == ["kramatorsk", "donetsk"]
    assert kept(events, oblasts=("Donetsk Oblast", "KYIV")) == ["kramatorsk", "kyiv", "donetsk"]
    assert kept(events, oblasts=("Kharkiv",)) == ["kharkiv"]
    assert oblast_key("Kharkivs'ka oblast") == "kharkivska" and oblast_key(None) == ""


def test_sources_match_merged_lists(events):
    assert kept(events, sources=("news",)) == ["kramatorsk", "kyiv", "kharkiv"]


def test_casualties_precision_front_and_side(events):
    assert kept(events, min_casualties=3) == ["kyiv", "kharkiv"]
    assert kept(events, precisions=("region",)) == ["region"]
    assert kept(events, date_precisions=("unknown",)) == ["region"]
    assert kept(events, front_km_max=20) == ["kramatorsk", "donetsk"]
    assert kept(events, sides=("occupied",)) == ["donetsk"]


def test_conditions_combine(events):
    assert kept(events, types=("glide_bomb", "ground_assault"), oblasts=("Donetsk",),
                date_from="2025-07-21") == ["donetsk"]


def test_the_callers_frame_is_not_changed(events):
    before = events.copy()
    apply_filter(events, EventFilter(types=("drone",), bbox="20,40,40,55"))
    assert events.equals(before)


def test_a_write_to_the_filtered_frame_never_reaches_the_callers(events):
    before = events.copy()
    out = apply_filter(events, EventFilter(types=("drone",)))
    assert len(out)
    out.loc[out.index[0], "place"] = "changed"
    out["killed"] = 99
    assert events.equals(before)


@pytest.mark.parametrize("kwargs, field", [
    (dict(date_from="2025-02-30"), "date_from"), (dict(date_to="22.07.2025"), "date_to"),
    (dict(date_from="2025-08-01", date_to="2025-07-01"), "date_from"),
    (dict(types=("laser",)), "types"), (dict(precisions=("city",)), "precisions"),
    (dict(bbox="1,2,3"), "bbox"), (dict(bbox="10,50,5,55"), "bbox"), (dict(bbox="0,-95,1,1"), "bbox"),
])
def test_bad_values_are_input_errors(kwargs, field):
    with pytest.raises(InputError) as info:
        EventFilter(**kwargs)
    assert info.value.field == field


def test_parse_bbox():
    assert parse_bbox(" 22.1, 44 ,40.2,52.4") == (22.1, 44.0, 40.2, 52.4)


def test_oblast_names_from_different_readers_mean_one_region():
    frame = records_to_frame([
        rec("ucdp", "2025-07-01", ["artillery"], 48.0, 37.8, admin1="Donetsk oblast"),
        rec("report", "2025-07-01", ["drone"], 48.7, 37.5, admin1="Donetsk Oblast"),
        rec("city", "2025-07-01", ["drone"], 50.45, 30.52, admin1="Kiev Special Republican city"),
        rec("oblast", "2025-07-01", ["drone"], 50.3, 30.9, admin1="Kyiv Oblast"),
    ])
    assert kept(frame, oblasts=("Донецька область",)) == ["ucdp", "report"]
    assert kept(frame, oblasts=("Kyiv",)) == ["city"]                  # the city, not the oblast
    assert kept(frame, oblasts=("Kyiv Oblast",)) == ["oblast"]
