"""GeoJSON (RFC 7946), CSV and GeoPackage export, and reading each back."""
from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from geo.errors import InputError
from geo.export import (attribution_lines, csv_frame, to_csv_bytes, to_geojson_bytes,
                        write_events)
from geo.model import EventRecord
from geo.schema import EVENT_COLUMNS, records_to_frame
from geo.sources.generic import read_generic_csv, read_geojson_events

TRICKY = 'He said "strike" — удар по Харкову,\nline two\\ and a tab\t'


def sample_events():
    return records_to_frame([
        EventRecord(event_id="e1", date="2025-07-22", date_precision="day",
                    attack_types=("glide_bomb",), place="Kramatorsk", query="Краматорськ",
                    lat=48.7389, lon=37.5848, geonameid=704508, country_code="UA",
                    admin1="Donetsk Oblast", killed=1, injured=None, source="ucdp:123",
                    excerpt=TRICKY, confidence=0.9, front_km=21.5, side="free"),
        EventRecord(event_id="e2", date=None, date_precision="unknown",
                    attack_types=("drone", "missile"), place="Kyiv", query="Kyiv", lat=50.45,
                    lon=30.52, source="https://example.org/report?id=1&x=2", excerpt=""),
    ])


def test_geojson_follows_rfc7946():
    doc = json.loads(to_geojson_bytes(sample_events()))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    first, second = doc["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [37.5848, 48.7389]}   # lon, lat
    assert first["id"] == "e1"
    assert list(first["properties"]) == list(EVENT_COLUMNS)
    assert first["properties"]["attack_types"] == ["glide_bomb"]
    assert second["properties"]["attack_types"] == ["drone", "missile"]
    assert first["properties"]["injured"] is None and first["properties"]["killed"] == 1
    assert second["properties"]["date"] is None and second["properties"]["front_km"] is None
    assert first["properties"]["excerpt"] == TRICKY
    assert first["properties"]["front_km"] == 21.5 and first["properties"]["geonameid"] == 704508


def test_geojson_names_its_sources():
    doc = json.loads(to_geojson_bytes(sample_events()))
    assert "GeoNames" in doc["attribution"] and "UCDP" in doc["attribution"]
    assert "DeepStateMap" in doc["attribution"]


def test_empty_export_is_a_valid_collection():
    events = sample_events().iloc[:0]
    assert json.loads(to_geojson_bytes(events))["features"] == []
    assert to_csv_bytes(events).decode().splitlines()[0].startswith("event_id,")


def test_geojson_reads_back_unchanged(tmp_path):
    events = sample_events()
    path = tmp_path / "out.geojson"
    assert write_events(events, path) == 2
    back = read_geojson_events(path)
    assert back["event_id"].tolist() == ["e1", "e2"]
    for column in EVENT_COLUMNS:
        left, right = events[column].tolist(), back[column].tolist()
        assert [_norm(v) for v in left] == [_norm(v) for v in right], column
    assert back.geometry.equals(events.geometry)


def _norm(value):
    """Unknown is unknown: None, NA, NaN and "" (a CSV cannot tell them apart)."""
    if value is None or value is pd.NA or value == "" or (isinstance(value, float)
                                                          and math.isnan(value)):
        return None
    return value


def test_csv_has_latitude_longitude_and_reads_back(tmp_path):
    events = sample_events()
    table = csv_frame(events)
    assert {"latitude", "longitude"} <= set(table.columns) and "geometry" not in table.columns
    assert table.loc[0, "latitude"] == 48.7389 and table.loc[0, "longitude"] == 37.5848
    assert table.loc[1, "attack_types"] == '["drone","missile"]'
    path = tmp_path / "out.csv"
    write_events(events, path)
    back = read_generic_csv(path)
    assert back["event_id"].tolist() == ["e1", "e2"]
    assert back.loc[0, "excerpt"] == TRICKY and back.loc[1, "attack_types"] == ["drone", "missile"]
    assert back.loc[0, "injured"] is pd.NA and back.loc[0, "killed"] == 1
    assert back.loc[1, "date"] is None and back.loc[1, "date_precision"] == "unknown"


def test_geopackage_reads_back_with_pyogrio_and_carries_attribution(tmp_path):
    import pyogrio

    path = tmp_path / "out.gpkg"
    write_events(sample_events(), path)
    info = pyogrio.read_info(path)
    assert info["crs"] == "EPSG:4326" and info["features"] == 2 and info["geometry_type"] == "Point"
    assert "GeoNames" in info["layer_metadata"]["DESCRIPTION"]
    assert "UCDP" in info["dataset_metadata"]["attribution"]
    frame = pyogrio.read_dataframe(path)
    assert frame["event_id"].tolist() == ["e1", "e2"]
    assert json.loads(frame.loc[1, "attack_types"]) == ["drone", "missile"]
    assert frame.geometry.x[0] == 37.5848 and frame.loc[0, "excerpt"] == TRICKY
    write_events(sample_events().iloc[:1], path)                      # replaced, not appended
    assert pyogrio.read_info(path)["features"] == 1


def test_a_failed_write_leaves_no_partial_file(tmp_path):
    target = tmp_path / "missing_folder" / "out.geojson"
    with pytest.raises(InputError):
        write_events(sample_events(), target)
    assert not target.exists() and not list(tmp_path.rglob("*.partial*"))


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(InputError, match="unknown export format"):
        write_events(sample_events(), tmp_path / "x.kml", "kml")


def test_export_does_not_touch_the_callers_frame():
    events = sample_events()
    before = events.copy()
    to_geojson_bytes(events), to_csv_bytes(events)
    assert events.equals(before) and isinstance(events.loc[0, "attack_types"], list)


def test_attribution_only_names_what_is_there():
    events = sample_events().iloc[1:]
    text = " ".join(attribution_lines(events))
    assert "GeoNames" not in text and "UCDP" not in text and "1 source" in text


def test_skipping_validation_still_checks_shape():
    events = sample_events()
    assert to_geojson_bytes(events, validate=False) == to_geojson_bytes(events)
    odd = events.drop(columns="side")                          # not a validated frame: checked
    assert json.loads(to_geojson_bytes(odd, validate=False))["features"][0]["properties"]["side"] \
        is None


@pytest.mark.parametrize("name, kind", [
    ("events.csv", "csv"), (".csv", "csv"), ("Events.GPKG", "gpkg"), ("a.json", "geojson"),
    ("events", "geojson"), ("out.d/events", "geojson"), ("month.parquet", "parquet")])
def test_one_reading_of_the_format_from_a_file_name(name, kind):
    """The export command and write_events read the suffix the same way: a file called
    just ".csv" is CSV for both (write_events used to write GeoJSON into it)."""
    from geo.export import format_from_path

    assert format_from_path(name) == kind


def test_write_events_refuses_a_parquet_file_name(tmp_path):
    """GeoParquet is a folder written by the export command; write_events used to put
    GeoJSON into "x.parquet"."""
    with pytest.raises(InputError, match="unknown export format 'parquet'"):
        write_events(sample_events(), tmp_path / "x.parquet")


def test_a_file_called_dot_csv_gets_csv(tmp_path):
    target = tmp_path / ".csv"
    assert write_events(sample_events(), target) == 2
    assert target.read_text(encoding="utf-8").startswith("event_id")
