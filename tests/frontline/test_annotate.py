"""front_km and side per event, against the layer in force on each event's date."""
from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pyproj import Geod
from shapely.geometry import LineString, Point, box

from geo.errors import SchemaError
from geo.frontline import FrontlineLayer, FrontlineSet, LayerData, annotate_front
from geo.schema import records_to_frame, validate_events
from tests.conftest import shared_path

GEOD = Geod(ellps="WGS84")
KRAMATORSK = (37.55629, 48.72305)
POKROVSK = (37.17585, 48.28198)
DONETSK = (37.80224, 48.02300)


def events(points, dates, **columns) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"date": dates, **columns},
                            geometry=[Point(p) if p is not None else None for p in points],
                            crs="EPSG:4326")


@pytest.fixture(scope="module")
def fronts(outline):
    return FrontlineSet.from_folder(shared_path("frontline"), outline=outline)


def test_issue_reference_points_on_2025_07_01(fronts):
    out = annotate_front(events([KRAMATORSK, POKROVSK, DONETSK], ["2025-07-01"] * 3), fronts)
    assert out["front_km"].iloc[0] == pytest.approx(21, abs=2)
    assert out["front_km"].iloc[1] == pytest.approx(6, abs=1.5)
    assert out["side"].tolist() == ["free", "free", "occupied"]
    assert out["front_km"].iloc[2] > 5


def test_each_event_uses_the_layer_in_force_on_its_date(fronts):
    dates = ["2024-07-08", "2025-06-30", "2025-07-01", "2026-08-22", "2024-07-07", None]
    out = annotate_front(events([POKROVSK] * 6, dates), fronts)
    km = out["front_km"].tolist()
    assert km[1] != km[2]                               # 2025-01-02 vs 2025-07-01 layer
    assert km[1] == pytest.approx(annotate_front(
        events([POKROVSK], ["2025-01-02"]), fronts)["front_km"].iloc[0])
    assert out["side"].iloc[3] == "occupied"            # Pokrovsk fell by 2026-08-22
    assert np.isnan(km[4]) and np.isnan(km[5])          # before the first layer; unknown date
    assert out["side"].iloc[4] is None and out["side"].iloc[5] is None


def test_default_date_for_unknown_dates(fronts):
    out = annotate_front(events([KRAMATORSK, KRAMATORSK], [None, "2024-07-08"]), fronts,
                         default_date="2025-07-01")
    assert out["front_km"].iloc[0] == pytest.approx(21, abs=2)
    assert out["front_km"].iloc[1] != out["front_km"].iloc[0]


def test_caller_frame_is_not_mutated_and_other_columns_stay(fronts):
    frame = events([KRAMATORSK], ["2025-07-01"], place=["Kramatorsk"])
    before = frame.copy()
    out = annotate_front(frame, fronts)
    pd.testing.assert_frame_equal(frame, before)
    assert out["place"].tolist() == ["Kramatorsk"] and "front_km" not in frame.columns


def test_validated_event_frame_round_trips(fronts):
    frame = records_to_frame([])
    frame = gpd.GeoDataFrame(pd.concat([frame, events([KRAMATORSK], ["2025-07-01"])]),
                             crs="EPSG:4326")
    frame["event_id"] = ["e1"]
    frame["date_precision"] = ["day"]
    frame["attack_types"] = [["drone"]]
    frame["place"] = ["Kramatorsk"]
    frame["geo_precision"] = ["settlement"]
    frame["source"] = ["test"]
    out = validate_events(annotate_front(validate_events(frame), fronts))
    assert out["side"].tolist() == ["free"] and out["front_km"].iloc[0] > 15


def test_datetime_dates_and_empty_geometry(fronts):
    frame = events([KRAMATORSK, None], pd.to_datetime(["2025-07-01", "2025-07-01"]))
    out = annotate_front(frame, fronts)
    assert out["front_km"].iloc[0] == pytest.approx(21, abs=2)
    assert np.isnan(out["front_km"].iloc[1]) and out["side"].iloc[1] is None


def test_bad_date_and_non_points_are_schema_errors(fronts):
    with pytest.raises(SchemaError, match="not YYYY-MM-DD"):
        annotate_front(events([KRAMATORSK], ["01/07/2025"]), fronts)
    polygons = gpd.GeoDataFrame({"date": ["2025-07-01"]}, geometry=[box(37, 48, 38, 49)],
                                crs="EPSG:4326")
    with pytest.raises(SchemaError, match="Point"):
        annotate_front(polygons, fronts)


def test_projected_events_are_measured_in_lon_lat(fronts):
    frame = events([KRAMATORSK], ["2025-07-01"]).to_crs("EPSG:3857")
    out = annotate_front(frame, fronts)
    assert out.crs.equals("EPSG:3857")                 # geometry returned as given
    assert out["front_km"].iloc[0] == pytest.approx(21, abs=2)


def test_outline_leaves_side_null_abroad(fronts, outline):
    belgorod, kyiv = (36.59, 50.60), (30.52, 50.45)
    out = annotate_front(events([belgorod, kyiv], ["2025-07-01"] * 2), fronts, outline=outline)
    assert out["side"].tolist() == [None, "free"]
    assert out["front_km"].iloc[0] > 0                 # distance is still measured


def test_distance_is_geodesic_far_from_the_projection_centre():
    # A meridian front at 36 E; points 1 and 14 degrees of longitude west of it.
    line = LineString([(36.0, 40.0), (36.0, 56.0)])
    data = LayerData(date="2025-01-01", occupied=None, lines=line, source="meridian.geojson")
    fronts = FrontlineSet([data])
    out = annotate_front(events([(35.0, 48.0), (22.0, 48.0)], ["2025-01-01"] * 2), fronts)
    for (lon, lat), km in zip([(35.0, 48.0), (22.0, 48.0)], out["front_km"]):
        # the nearest point of a meridian: scan latitudes on the ellipsoid
        lats = np.linspace(lat - 3, lat + 3, 60001)
        _, _, metres = GEOD.inv(np.full_like(lats, lon), np.full_like(lats, lat),
                                np.full_like(lats, 36.0), lats)
        assert km == pytest.approx(metres.min() / 1000, rel=1e-3)
    assert out["side"].isna().all()                    # a line layer has no sides


def test_a_layer_without_contact_line_gives_null_distance():
    empty = FrontlineLayer(date="2025-01-01", occupied=box(37, 48, 38, 49),
                           contact_line=LineString(), source="x")
    fronts = FrontlineSet([LayerData("2025-01-01", box(37, 48, 38, 49), None, "x")])
    fronts._layers[0] = empty
    out = annotate_front(events([(37.5, 48.5)], ["2025-02-01"]), fronts)
    assert np.isnan(out["front_km"].iloc[0]) and out["side"].iloc[0] == "occupied"


def test_repeated_coordinates_get_the_same_answer_as_single_ones(fronts):
    points = [KRAMATORSK, POKROVSK, KRAMATORSK, DONETSK, POKROVSK, KRAMATORSK]
    together = annotate_front(events(points, ["2025-07-01"] * 6), fronts)
    for i, point in enumerate(points):
        alone = annotate_front(events([point], ["2025-07-01"]), fronts)
        assert together["front_km"].iloc[i] == alone["front_km"].iloc[0]
        assert together["side"].iloc[i] == alone["side"].iloc[0]


def test_outline_given_at_annotation_time_trims_once_and_is_reused(outline):
    plain = FrontlineSet.from_paths([shared_path("frontline", "deepstatemap_data_20250701.geojson")])
    berdiansk = events([(36.78, 46.76)], ["2025-07-01"])       # on the Azov coast
    untrimmed = annotate_front(berdiansk, plain)["front_km"].iloc[0]
    trimmed = annotate_front(berdiansk, plain, outline=outline)["front_km"].iloc[0]
    assert untrimmed < 10 < 90 < trimmed
    assert plain.with_outline(outline) is plain.with_outline(outline)


def test_an_empty_set_annotates_nothing():
    out = annotate_front(events([KRAMATORSK], ["2025-07-01"]), FrontlineSet([]))
    assert np.isnan(out["front_km"].iloc[0]) and out["side"].iloc[0] is None
