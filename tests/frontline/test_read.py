"""Reading frontline files: dates, geometry kinds, CRS, repair, and which layer is in force."""
from __future__ import annotations

import json
import warnings
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import LineString, Polygon, box

from geo.errors import FrontlineError, InputError
from geo.frontline import (DEEPSTATE_ATTRIBUTION, FrontlineFileError, FrontlineSet,
                           FrontlineWarning, date_from_name, parse_date, read_frontline_file)
from tests.conftest import shared_path

SQUARE = box(37.0, 48.0, 38.0, 49.0)


def write_geojson(path: Path, features: list[dict], crs: str | None = None) -> Path:
    document: dict = {"type": "FeatureCollection", "features": features}
    if crs:
        document["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def feature(geom, **properties) -> dict:
    return {"type": "Feature", "geometry": shapely.geometry.mapping(geom), "properties": properties}


def test_deepstate_file_date_from_name_and_attribution():
    path = shared_path("frontline", "deepstatemap_data_20250701.geojson")
    [layer] = read_frontline_file(path)
    assert layer.date == "2025-07-01"
    assert layer.occupied.geom_type == "MultiPolygon" and layer.lines is None
    assert layer.attribution == DEEPSTATE_ATTRIBUTION
    assert 44 < layer.occupied.bounds[1] < 45 and 40 < layer.occupied.bounds[2] < 41  # lon, lat


def test_date_property_gives_one_layer_per_date(tmp_path):
    path = write_geojson(tmp_path / "fronts.geojson", [
        feature(SQUARE, date="2025-07-01"),
        feature(box(38, 48, 38.5, 48.5), date="2025-07-01"),
        feature(box(37, 48, 37.5, 48.5), date="2025-06-01T00:00:00"),
    ])
    layers = read_frontline_file(path)
    assert [layer.date for layer in layers] == ["2025-06-01", "2025-07-01"]
    assert layers[1].occupied.area == pytest.approx(1.25)
    assert layers[0].attribution == ""


def test_explicit_date_overrides_properties_and_name(tmp_path):
    path = write_geojson(tmp_path / "front_2025-01-01.geojson",
                         [feature(SQUARE, date="2025-07-01")])
    assert [layer.date for layer in read_frontline_file(path, date="2025-03-04")] == ["2025-03-04"]
    assert [layer.date for layer in read_frontline_file(path)] == ["2025-07-01"]


def test_date_from_file_name_variants():
    assert date_from_name("deepstatemap_data_20250701.geojson") == "2025-07-01"
    assert date_from_name("front_2025-07-01.gpkg") == "2025-07-01"
    assert date_from_name("x_20251399.geojson") is None
    assert date_from_name("front.geojson") is None


def test_no_date_anywhere_is_a_clear_error(tmp_path):
    path = write_geojson(tmp_path / "front.geojson", [feature(SQUARE)])
    with pytest.raises(FrontlineFileError, match="no date.*--date") as caught:
        read_frontline_file(path)
    assert isinstance(caught.value, InputError) and isinstance(caught.value, FrontlineError)
    assert str(path) in str(caught.value)


def test_bad_date_property_names_file_feature_and_field(tmp_path):
    path = write_geojson(tmp_path / "front.geojson", [feature(SQUARE, day="2025-07-01"),
                                                      feature(SQUARE, day="2025-02-30")])
    with pytest.raises(FrontlineFileError) as caught:
        read_frontline_file(path)
    message = str(caught.value)
    assert str(path) in message and "field 'day'" in message and "feature 2" in message


def test_bad_date_argument():
    with pytest.raises(FrontlineFileError, match="not a date"):
        parse_date("2025-13-01")
    assert parse_date("20250701") == "2025-07-01"


def test_line_layer_has_lines_and_no_area(tmp_path):
    line = LineString([(37.0, 48.0), (37.5, 48.5), (38.0, 48.6)])
    path = write_geojson(tmp_path / "line_2025-07-01.geojson", [feature(line)])
    [layer] = read_frontline_file(path)
    assert layer.occupied is None and layer.lines.equals(line)
    front = FrontlineSet.from_paths([path]).layer_for("2025-07-01")
    assert not front.has_area and front.area_km2() is None
    assert front.contact_line.equals(line) and "as drawn" in front.contact_note


def test_points_only_file_is_refused(tmp_path):
    path = write_geojson(tmp_path / "front_2025-07-01.geojson",
                         [feature(shapely.Point(37, 48))])
    with pytest.raises(FrontlineFileError, match="no polygons or lines.*Point"):
        read_frontline_file(path)


def test_invalid_polygon_is_repaired_with_a_warning(tmp_path):
    bowtie = Polygon([(37, 48), (38, 49), (38, 48), (37, 49), (37, 48)])
    path = write_geojson(tmp_path / "front_2025-07-01.geojson", [feature(bowtie)])
    with pytest.warns(FrontlineWarning, match="make_valid.*Self-intersection"):
        [layer] = read_frontline_file(path)
    assert layer.occupied.is_valid
    assert layer.occupied.area == pytest.approx(0.5)


def test_projected_geopackage_is_reprojected(tmp_path):
    frame = gpd.GeoDataFrame({"date": ["2025-07-01"]}, geometry=[SQUARE], crs="EPSG:4326")
    path = tmp_path / "front.gpkg"
    frame.to_crs("EPSG:3857").to_file(path, driver="GPKG")
    [layer] = read_frontline_file(path)
    assert layer.date == "2025-07-01"
    assert layer.occupied.bounds == pytest.approx(SQUARE.bounds, abs=1e-6)


def test_projected_geojson_crs_member_is_honoured(tmp_path):
    metric = gpd.GeoSeries([SQUARE], crs="EPSG:4326").to_crs("EPSG:3857").iloc[0]
    path = write_geojson(tmp_path / "front_2025-07-01.geojson", [feature(metric)],
                         crs="urn:ogc:def:crs:EPSG::3857")
    [layer] = read_frontline_file(path)
    assert layer.occupied.bounds == pytest.approx(SQUARE.bounds, abs=1e-6)


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_no_crs_and_metre_coordinates_is_refused(tmp_path):
    frame = gpd.GeoDataFrame({"date": ["2025-07-01"]},
                             geometry=[box(4_100_000, 6_100_000, 4_200_000, 6_200_000)])
    path = tmp_path / "front.gpkg"
    frame.to_file(path, driver="GPKG")
    with pytest.raises(FrontlineFileError, match="no CRS.*not degrees.*give the file a CRS"):
        read_frontline_file(path)


def test_lon_lat_file_with_impossible_coordinates_is_refused(tmp_path):
    path = write_geojson(tmp_path / "front_2025-07-01.geojson",
                         [feature(box(170, 40, 185, 45))])
    with pytest.raises(FrontlineFileError, match="out of the lon/lat range"):
        read_frontline_file(path)


def test_kml_with_date_argument(tmp_path):
    path = tmp_path / "front.kml"
    gpd.GeoDataFrame({"Name": ["occupied"]}, geometry=[SQUARE], crs="EPSG:4326").to_file(
        path, driver="KML")
    [layer] = read_frontline_file(path, date="2025-07-01")
    assert layer.occupied.bounds == pytest.approx(SQUARE.bounds)


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(FrontlineFileError, match="no such file"):
        read_frontline_file(tmp_path / "nope.geojson")
    broken = tmp_path / "front_2025-07-01.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    with pytest.raises(FrontlineFileError, match="cannot read"):
        read_frontline_file(broken)


def test_layer_in_force_is_latest_on_or_before(shared_data):
    fronts = FrontlineSet.from_folder(shared_data / "frontline")
    assert fronts.dates == ("2024-07-08", "2025-01-02", "2025-07-01", "2026-01-01",
                            "2026-07-01", "2026-08-22")
    assert fronts.layer_for("2024-07-07") is None
    assert fronts.layer_for("2024-07-08").date == "2024-07-08"
    assert fronts.layer_for("2025-06-30").date == "2025-01-02"
    assert fronts.layer_for("2025-07-01").date == "2025-07-01"
    assert fronts.layer_for("2030-01-01").date == "2026-08-22"
    assert fronts.layer_for("2025-07-01") is fronts.layer_for("2025-12-31")  # built once


def test_two_files_for_one_date_are_refused(tmp_path):
    a = write_geojson(tmp_path / "a_2025-07-01.geojson", [feature(SQUARE)])
    b = write_geojson(tmp_path / "b_20250701.geojson", [feature(SQUARE)])
    with pytest.raises(FrontlineError, match="two frontline layers for 2025-07-01"):
        FrontlineSet.from_paths([a, b])


def test_folder_ignores_other_files_and_missing_folder_is_an_error(tmp_path):
    write_geojson(tmp_path / "front_2025-07-01.geojson", [feature(SQUARE)])
    (tmp_path / "README.txt").write_text("notes", encoding="utf-8")
    (tmp_path / ".deepstatemap_data_20250702.geojson.part").write_text("{", encoding="utf-8")
    assert FrontlineSet.from_folder(tmp_path).dates == ("2025-07-01",)
    with pytest.raises(FrontlineError, match="no such frontline folder"):
        FrontlineSet.from_folder(tmp_path / "missing")


def test_to_geojson_is_simplified_lon_lat_and_labelled():
    path = shared_path("frontline", "deepstatemap_data_20250701.geojson")
    layer = FrontlineSet.from_paths([path]).layer(0)
    full = layer.to_geojson(tolerance=0)
    light = layer.to_geojson(tolerance=0.01)
    kinds = [f["properties"]["kind"] for f in light["features"]]
    assert kinds == ["occupied", "contact_line"]
    assert light["features"][0]["properties"]["attribution"] == DEEPSTATE_ATTRIBUTION
    count = lambda doc: shapely.get_num_coordinates(  # noqa: E731
        shapely.from_geojson(json.dumps(doc["features"][0]["geometry"])))
    assert count(light) < count(full) / 2
    lon, lat = light["features"][0]["geometry"]["coordinates"][0][0][0]
    assert 22 < lon < 41 and 44 < lat < 53
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        json.dumps(light)


def test_polygons_and_drawn_lines_of_one_date_keep_both(tmp_path):
    line = LineString([(37.0, 48.5), (38.0, 48.5)])
    path = write_geojson(tmp_path / "front_2025-07-01.geojson", [feature(SQUARE), feature(line)])
    layer = FrontlineSet.from_paths([path]).layer(0)
    assert layer.occupied.equals(SQUARE) and layer.contact_line.equals(line)
    assert layer.area_km2() > 8_000 and "as drawn" in layer.contact_note
