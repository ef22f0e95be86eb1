"""Aggregation by place, oblast (admin1 or polygons), H3 cell, period, and crossed."""
from __future__ import annotations

import h3
import numpy as np
import pandas as pd
import pytest

from geo.aggregate import (aggregate, by_h3, by_oblast, by_period, by_place, h3_cells,
                           period_keys)
from geo.errors import InputError
from geo.model import EventRecord
from geo.schema import records_to_frame, validate_events
from tests.conftest import shared_path

KRAMATORSK = (48.7389, 37.5848)
KYIV = (50.4501, 30.5234)


def rec(event_id, date, point, *, admin1="", killed=None, injured=None, precision="day",
        place="", geonameid=None):
    return EventRecord(event_id=event_id, date=date, date_precision=precision if date else "unknown",
                       attack_types=("drone",), place=place, query=place, lat=point[0], lon=point[1],
                       admin1=admin1, killed=killed, injured=injured, geonameid=geonameid,
                       source="s")


@pytest.fixture
def events():
    return records_to_frame([
        rec("k1", "2025-07-21", KRAMATORSK, admin1="Donetsk Oblast", killed=1, place="Kramatorsk",
            geonameid=704508),                                          # Monday
        rec("k2", "2025-07-27", KRAMATORSK, admin1="Donetsk Oblast", killed=2, injured=3,
            place="Kramatorsk", geonameid=704508),                      # Sunday, same week
        rec("k3", "2025-07-28", KRAMATORSK, admin1="Donetsk Oblast", injured=1,
            place="Kramatorsk", geonameid=704508),                      # next Monday
        rec("v1", "2025-07-01", KYIV, admin1="Kyiv", killed=4, precision="month", place="Kyiv",
            geonameid=703448),
        rec("u1", None, (47.0, 35.0), place="Somewhere"),               # no date, no admin1
    ])


def test_by_period(events):
    days = by_period(events, "day")
    assert days["day"].tolist() == ["2025-07-01", "2025-07-21", "2025-07-27", "2025-07-28", None]
    assert days["events"].sum() == 5 and days["coarser_dates"].tolist() == [1, 0, 0, 0, 1]
    weeks = by_period(events, "week")
    assert weeks["week"].tolist() == ["2025-06-30", "2025-07-21", "2025-07-28", None]
    assert weeks["events"].tolist() == [1, 2, 1, 1]
    assert weeks.loc[1, ["killed", "injured"]].tolist() == [3, 3]
    months = by_period(events, "month")
    assert months["month"].tolist() == ["2025-07", None] and months["coarser_dates"].tolist() == [0, 1]


def test_by_oblast_from_the_bundled_polygons(events):
    table = by_oblast(events)      # u1 has no admin1: its point lies in Zaporizhzhia Oblast
    assert table["oblast"].tolist() == ["Donetsk Oblast", "Kyiv", "Zaporizhzhia Oblast"]
    assert table["events"].tolist() == [3, 1, 1] and table["killed"].tolist() == [3, 4, 0]


def test_by_place_keeps_homonyms_apart(events):
    twin = records_to_frame([rec("p1", "2025-07-21", (47.9, 33.4), place="Kramatorsk")])
    table = by_place(pd.concat([events, twin], ignore_index=True))
    assert table["place"].tolist().count("Kramatorsk") == 2
    kramatorsk = table[table["geonameid"] == 704508].iloc[0]
    assert kramatorsk["events"] == 3 and kramatorsk.geometry.y == pytest.approx(KRAMATORSK[0])
    assert table.crs.to_epsg() == 4326


def test_h3_cells_match_the_h3_library(events):
    cells = h3_cells(events, 7)
    assert int(cells.iloc[0]) == h3.str_to_int(h3.latlng_to_cell(*KRAMATORSK, 7))
    table = by_h3(events, 7)
    assert table["events"].sum() == 5 and len(table) == 3
    first = table.iloc[0]
    assert first.geometry.contains(__import__("shapely").Point(h3.cell_to_latlng(first["h3"])[::-1]))


def test_crossed_keys(events):
    table = aggregate(events, ("oblast", "week"))
    assert list(table.columns) == ["oblast", "week", "events", "killed", "injured", "coarser_dates"]
    rows = {(o, w): n for o, w, n in zip(table["oblast"], table["week"], table["events"])}
    assert rows == {("Donetsk Oblast", "2025-07-21"): 2, ("Donetsk Oblast", "2025-07-28"): 1,
                    ("Kyiv", "2025-06-30"): 1, ("Zaporizhzhia Oblast", None): 1}
    cell_day = aggregate(events, ("cell", "day"), h3_resolution=5)
    assert cell_day["events"].sum() == 5 and len(cell_day) == 5


def test_bad_keys_are_input_errors(events):
    for by in ("fortnight", ("day", "week"), ("oblast", "oblast"), ()):
        with pytest.raises(InputError):
            aggregate(events, by)
    with pytest.raises(InputError):
        aggregate(events, "h3", h3_resolution=16)


def test_empty_frame_gives_an_empty_table(events):
    table = aggregate(events.iloc[:0], ("oblast", "day"))
    assert len(table) == 0 and "events" in table.columns


def test_period_keys_on_week_boundaries():
    dates = pd.Series(["2024-12-30", "2025-01-05", "2025-01-06", None], dtype="object")
    assert period_keys(dates, "week").tolist() == ["2024-12-30", "2024-12-30", "2025-01-06", None]


def test_oblast_by_polygon_on_the_real_boundaries(events):
    path = shared_path("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson")
    table = by_oblast(events, boundaries=path)
    assert table["oblast"].tolist() == ["Donetsk Oblast", "Kyiv", "Zaporizhia Oblast"]
    assert table["events"].tolist() == [3, 1, 1] and table["killed"].tolist() == [3, 4, 0]
    outside = records_to_frame([rec("x", "2025-07-01", (52.52, 13.40))])          # Berlin
    assert by_oblast(outside, boundaries=path)["oblast"].tolist() == [None]


def test_polygon_join_reproduces_the_ucdp_counts_in_sources_md():
    """SOURCES.md: the GED points joined to ADM1 give Donetsk 2,336, Luhansk 727, Kyiv 6, 4 outside."""
    import geopandas as gpd

    boundaries = shared_path("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson")
    raw = pd.read_csv(shared_path("events", "ucdp_ged221_ukraine_2014-01_2022-02.csv"),
                      usecols=["id", "latitude", "longitude", "best", "date_start", "adm_1"])
    frame = validate_events(gpd.GeoDataFrame(
        {"event_id": raw["id"].astype(str), "date": raw["date_start"].str[:10],
         "date_precision": "day", "attack_types": [["other"]] * len(raw), "place": "",
         "geo_precision": "settlement", "source": "ucdp", "killed": raw["best"]},
        geometry=gpd.points_from_xy(raw["longitude"], raw["latitude"]), crs="EPSG:4326"))
    table = by_oblast(frame, boundaries=boundaries)
    counts = dict(zip(table["oblast"], table["events"]))
    assert counts["Donetsk Oblast"] == 2336 and counts["Luhansk Oblast"] == 727
    assert counts["Kyiv"] == 6 and counts[None] == 4 and sum(counts.values()) == len(raw)
    reference = gpd.sjoin(frame, gpd.read_file(boundaries), predicate="intersects", how="left")
    reference = reference[~reference.index.duplicated()]           # geopandas, independently
    assert reference["shapeName"].value_counts(dropna=False).to_dict() == \
        {(k if k is not None else np.nan): v for k, v in counts.items()}


def test_oblast_is_the_bundled_polygon_the_point_lies_in():
    """By polygon: a point in Ukraine counts in the oblast it lies in, whatever its admin1
    says; outside Ukraine its admin1 (one spelling) stays."""
    frame = records_to_frame([rec("a", "2025-07-01", KYIV, admin1="Odessa Oblast"),
                              rec("b", "2025-07-01", (47.0, 35.0)),
                              rec("c", "2025-07-01", (44.95, 34.1), admin1="Respublika Krym"),
                              rec("d", "2025-07-01", (51.7, 36.2), admin1="Kursk Oblast")])
    table = by_oblast(frame)
    assert dict(zip(table["oblast"], table["events"])) == {
        "Kyiv": 1, "Zaporizhzhia Oblast": 1, "Autonomous Republic of Crimea": 1, "Kursk Oblast": 1}


def test_oblast_spellings_of_different_readers_group_together():
    frame = records_to_frame([rec("a", "2025-07-01", KRAMATORSK, admin1="Donetsk oblast"),
                              rec("b", "2025-07-01", KRAMATORSK, admin1="Donetsk Oblast"),
                              rec("c", "2025-07-01", KYIV, admin1="Kiev Special Republican city"),
                              rec("d", "2025-07-01", (46.48, 30.73), admin1="Odessa Oblast")])
    table = by_oblast(frame)
    assert dict(zip(table["oblast"], table["events"])) == {"Donetsk Oblast": 2, "Kyiv": 1,
                                                           "Odesa Oblast": 1}
