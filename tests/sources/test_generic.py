"""The generic CSV and GeoJSON event readers: good rows, and every kind of bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from geo.errors import GeocodingError, InputError
from geo.schema import ATTACK_TYPES
from geo.sources.generic import read_generic_csv, read_geojson_events

HEADER = "date,latitude,longitude,attack_type,killed,injured,source,notes"
GOOD = [
    '2025-07-22,48.7389,37.5848,KAB,1,,https://example.org/a,"Glide bomb hit Kramatorsk, one killed"',
    '2025-07-21,50.45,30.52,"drone, missile",0,3,https://example.org/b,Kyiv overnight',
]


def write(tmp_path: Path, text: str | bytes, name: str = "events.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def csv_file(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    return write(tmp_path, "\n".join([header, *rows]) + "\n")


def error_of(call) -> InputError:
    with pytest.raises(InputError) as info:
        call()
    return info.value


# --- good input ----------------------------------------------------------------------------

def test_reads_rows_with_types_casualties_and_provenance(tmp_path):
    events = read_generic_csv(csv_file(tmp_path, *GOOD))
    assert list(events["date"]) == ["2025-07-22", "2025-07-21"]
    assert list(events["date_precision"]) == ["day", "day"]
    assert events["attack_types"].tolist() == [["glide_bomb"], ["drone", "missile"]]
    assert events["killed"].tolist() == [1, 0]
    assert events["injured"].isna().tolist() == [True, False]          # empty = unknown, not 0
    assert events.loc[1, "injured"] == 3
    assert events["source"].tolist() == ["https://example.org/a", "https://example.org/b"]
    assert events.loc[0, "excerpt"] == "Glide bomb hit Kramatorsk, one killed"
    assert events.crs.to_epsg() == 4326
    assert (events.geometry.x.tolist(), events.geometry.y.tolist()) == ([37.5848, 30.52],
                                                                         [48.7389, 50.45])


def test_ids_are_stable_and_depend_on_content(tmp_path):
    first = read_generic_csv(csv_file(tmp_path, *GOOD))["event_id"].tolist()
    again = read_generic_csv(csv_file(tmp_path, *GOOD))["event_id"].tolist()
    assert first == again and len(set(first)) == 2
    changed = read_generic_csv(csv_file(tmp_path, GOOD[0].replace(",1,,", ",2,,")))
    assert changed.loc[0, "event_id"] != first[0]


def test_external_id_column_keys_the_event(tmp_path):
    header = HEADER + ",id"
    one = read_generic_csv(csv_file(tmp_path, GOOD[0] + ",A-1", header=header))
    fixed = read_generic_csv(csv_file(tmp_path, GOOD[0].replace(",1,,", ",2,,") + ",A-1",
                                      header=header))
    assert one.loc[0, "event_id"] == fixed.loc[0, "event_id"]          # a corrected row, same event


@pytest.mark.parametrize("word, expected", [
    ("shelling", ["artillery"]), ("Shahed", ["drone"]), ("UAV", ["drone"]),
    ("guided bomb", ["glide_bomb"]), ("KAB", ["glide_bomb"]), ("air strike", ["airstrike"]),
    ("MLRS", ["artillery"]), ("ballistic missile", ["missile"]), ("assault", ["ground_assault"]),
    ("drone; shelling", ["drone", "artillery"]), ('["missile", "drone"]', ["missile", "drone"]),
])
def test_attack_type_synonyms_map_to_the_taxonomy(tmp_path, word, expected):
    row = f'2025-07-22,48.7,37.5,"{word.replace(chr(34), chr(34) * 2)}",,,s,n'
    assert read_generic_csv(csv_file(tmp_path, row)).loc[0, "attack_types"] == expected


def test_month_dates_bom_aliases_and_blank_lines(tmp_path):
    text = "\ufeffEvent_Date,Lat,Lon,Type,Fatalities,Wounded,URL,Description\n\n" \
           "2025-07,48.7,37.5,drone,2,,https://x.example,desc\n"
    events = read_generic_csv(write(tmp_path, text))
    assert events.loc[0, "date"] == "2025-07-01" and events.loc[0, "date_precision"] == "month"
    assert events.loc[0, "killed"] == 2 and events.loc[0, "source"] == "https://x.example"


def test_source_defaults_to_the_file_name(tmp_path):
    events = read_generic_csv(csv_file(tmp_path, "2025-07-22,48.7,37.5,drone",
                                       header="date,latitude,longitude,attack_type"))
    assert events.loc[0, "source"] == "events.csv"


# --- bad input: file, line, field ---------------------------------------------------------

@pytest.mark.parametrize("row, line, field, words", [
    ("2025-02-30,48.7,37.5,drone,,,s,n", 2, "date", "impossible date"),
    ("2025-13-01,48.7,37.5,drone,,,s,n", 2, "date", "impossible date"),
    ("22.07.2025,48.7,37.5,drone,,,s,n", 2, "date", "YYYY-MM-DD"),
    ("2999-01-01,48.7,37.5,drone,,,s,n", 2, "date", "future"),
    (",48.7,37.5,drone,,,s,n", 2, "date", "missing date"),
    ("2025-07-22,91,37.5,drone,,,s,n", 2, "latitude", "out of range"),
    ("2025-07-22,48.7,-180.5,drone,,,s,n", 2, "longitude", "out of range"),
    ("2025-07-22,48.7,abc,drone,,,s,n", 2, "longitude", "not a number"),
    ("2025-07-22,nan,37.5,drone,,,s,n", 2, "latitude", "not a number"),
    ("2025-07-22,,37.5,drone,,,s,n", 2, "latitude", "missing coordinate"),
    ("2025-07-22,48.7,37.5,teleport,,,s,n", 2, "attack_type", "not in the taxonomy"),
    ("2025-07-22,48.7,37.5,,,,s,n", 2, "attack_type", "missing attack type"),
    ("2025-07-22,48.7,37.5,drone,-1,,s,n", 2, "killed", "whole number"),
    ("2025-07-22,48.7,37.5,drone,,2.5,s,n", 2, "injured", "whole number"),
])
def test_a_bad_row_names_file_line_and_field(tmp_path, row, line, field, words):
    error = error_of(lambda: read_generic_csv(csv_file(tmp_path, GOOD[0], row)))
    assert (error.file, error.line, error.field) == (str(tmp_path / "events.csv"), line + 1, field)
    assert words in str(error)


def test_the_taxonomy_error_lists_the_allowed_types(tmp_path):
    error = error_of(lambda: read_generic_csv(csv_file(tmp_path, "2025-07-22,48,37,UFO,,,s,n")))
    assert all(t in str(error) for t in ATTACK_TYPES) and "'UFO'" in str(error)


def test_line_numbers_count_blank_lines_and_quoted_newlines(tmp_path):
    text = "\n".join([HEADER, GOOD[0], "", '2025-07-22,48,37,drone,,,s,"two', 'lines"',
                      "2025-07-22,48,37,zeppelin,,,s,n"]) + "\n"
    error = error_of(lambda: read_generic_csv(write(tmp_path, text)))
    assert (error.line, error.field) == (6, "attack_type")


def test_a_ragged_row_names_its_line(tmp_path):
    error = error_of(lambda: read_generic_csv(csv_file(tmp_path, GOOD[0], GOOD[1] + ",extra")))
    assert error.line == 3 and "9 fields" in str(error)


def test_columns_nobody_reads_change_nothing_and_a_ragged_row_is_still_found(tmp_path):
    """Only the columns read are parsed (a header of a million columns is refused in
    seconds); the others change no event, and every row's width is still checked."""
    plain = read_generic_csv(csv_file(tmp_path, *GOOD))
    wide = read_generic_csv(csv_file(tmp_path, *(f"x{i},{row},=1+1" for i, row in enumerate(GOOD)),
                                     header="colour," + HEADER + ",comment"))
    pd.testing.assert_frame_equal(wide.drop(columns="geometry"), plain.drop(columns="geometry"))
    assert wide.geometry.equals(plain.geometry)
    error = error_of(lambda: read_generic_csv(csv_file(tmp_path, "x," + GOOD[0] + ",c", GOOD[1],
                                                       header="colour," + HEADER + ",comment")))
    assert error.line == 3 and "8 fields where the header has 10" in str(error)


def test_a_missing_required_column_names_it(tmp_path):
    error = error_of(lambda: read_generic_csv(csv_file(
        tmp_path, "2025-07-22,48.7,drone", header="date,latitude,attack_type")))
    assert (error.line, error.field) == (1, "longitude")
    error = error_of(lambda: read_generic_csv(csv_file(
        tmp_path, "48.7,37.5,drone", header="latitude,longitude,attack_type")))
    assert error.field == "date"


@pytest.mark.parametrize("content, words", [
    (b"", "empty file"), (b"  \n\n", "empty file"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (HEADER.encode() + b"\n2025-07-22,48,37,drone,,,s,caf\xe9\n", "not UTF-8"),
    (HEADER.encode() + b"\n", "no event rows"),
])
def test_empty_binary_and_undecodable_files_are_refused(tmp_path, content, words):
    error = error_of(lambda: read_generic_csv(write(tmp_path, content)))
    assert words in str(error) and error.file == str(tmp_path / "events.csv")


def test_a_missing_file_is_an_input_error(tmp_path):
    error = error_of(lambda: read_generic_csv(tmp_path / "nope.csv"))
    assert "no such file" in str(error)


# --- location column: geocoded offline, never guessed ----------------------------------------

def test_location_rows_are_geocoded(tmp_path, geocoder):
    path = csv_file(tmp_path, "2025-07-22,Kramatorsk,KAB,1", "2025-07-22,Kyiv,drone,",
                    header="date,location,attack_type,killed")
    events = read_generic_csv(path, geocoder=geocoder)
    assert events["place"].tolist() == ["Kramatorsk", "Kyiv"]
    assert events["geonameid"].notna().all()
    assert events.loc[0, "admin1"].startswith("Donetsk")
    assert abs(events.geometry.y[0] - 48.72) < 0.1 and abs(events.geometry.x[0] - 37.56) < 0.1
    assert events["query"].tolist() == ["Kramatorsk", "Kyiv"]


def test_an_unresolved_location_is_an_error_not_a_point(tmp_path, geocoder):
    path = csv_file(tmp_path, "2025-07-22,Kyiv,drone", "2025-07-22,Qwxzzyville,drone",
                    header="date,location,attack_type")
    error = error_of(lambda: read_generic_csv(path, geocoder=geocoder))
    assert (error.line, error.field) == (3, "location") and "Qwxzzyville" in str(error)


def test_coordinates_win_over_location_and_empty_coordinates_geocode(tmp_path, geocoder):
    path = csv_file(tmp_path, "2025-07-22,48.0,37.0,Somewhere,drone",
                    "2025-07-22,,,Kyiv,missile",
                    header="date,latitude,longitude,location,attack_type")
    events = read_generic_csv(path, geocoder=geocoder)
    assert events.geometry.y[0] == 48.0 and events.loc[0, "place"] == "Somewhere"
    assert events.loc[1, "place"] == "Kyiv" and abs(events.geometry.y[1] - 50.45) < 0.1


def test_without_a_geocoder_module_location_rows_fail_cleanly(tmp_path, monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "geo.geocoding", None)          # as if not installed
    path = csv_file(tmp_path, "2025-07-22,Kyiv,drone", header="date,location,attack_type")
    with pytest.raises(GeocodingError):
        read_generic_csv(path)


# --- GeoJSON ---------------------------------------------------------------------------------

def feature(lon=37.58, lat=48.74, **properties) -> dict:
    props = {"date": "2025-07-22", "attack_type": "drone", "source": "feed"} | properties
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": props}


def geojson_file(tmp_path: Path, *features: dict, **extra) -> Path:
    doc = {"type": "FeatureCollection", "features": list(features), **extra}
    return write(tmp_path, json.dumps(doc), "events.geojson")


def test_geojson_points_are_read_lon_lat(tmp_path):
    second = feature(30.52, 50.45, attack_type=None, attack_types=["missile"])
    events = read_geojson_events(geojson_file(tmp_path, feature(), second))
    assert events.geometry.x.tolist() == [37.58, 30.52] and events.geometry.y.tolist() == [48.74, 50.45]
    assert events["attack_types"].tolist() == [["drone"], ["missile"]]


@pytest.mark.parametrize("bad, field, words", [
    ({"geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}}, "features[1].geometry",
     "Point"),
    ({"geometry": {"type": "Point", "coordinates": [37.5, 95.0]}}, "features[1].geometry",
     "out of range"),
    ({"geometry": {"type": "Point", "coordinates": ["a", "b"]}}, "features[1].geometry.coordinates",
     "numbers"),
    ({"properties": {"date": "2025-02-30", "attack_type": "drone"}}, "features[1].properties.date",
     "impossible"),
    ({"properties": {"date": "2025-07-01", "attack_type": "laser"}},
     "features[1].properties.attack_type", "taxonomy"),
])
def test_a_bad_feature_is_named(tmp_path, bad, field, words):
    broken = feature() | bad
    error = error_of(lambda: read_geojson_events(geojson_file(tmp_path, feature(), broken)))
    assert error.field == field and words in str(error)


def test_broken_geojson_gives_the_line(tmp_path):
    path = write(tmp_path, '{"type": "FeatureCollection",\n "features": [\n {"type": ', "x.geojson")
    error = error_of(lambda: read_geojson_events(path))
    assert "broken GeoJSON" in str(error) and error.line == 3


def test_a_projected_crs_is_refused(tmp_path):
    path = geojson_file(tmp_path, feature(), crs={"type": "name",
                                                  "properties": {"name": "EPSG:3857"}})
    assert "EPSG:3857" in str(error_of(lambda: read_geojson_events(path)))


def test_not_a_feature_collection(tmp_path):
    error = error_of(lambda: read_geojson_events(write(tmp_path, "[1, 2]", "x.geojson")))
    assert "not a GeoJSON object" in str(error)
    error = error_of(lambda: read_geojson_events(geojson_file(tmp_path)))
    assert "no features" in str(error)


def test_a_lone_surrogate_escape_is_refused(tmp_path):
    text = json.dumps({"type": "FeatureCollection", "features": [feature(notes="x")]})
    path = write(tmp_path, text.replace('"x"', '"\\ud800x"'), "s.geojson")
    assert "lone surrogate" in str(error_of(lambda: read_geojson_events(path)))
    fine = write(tmp_path, text.replace('"x"', '"\\ud83d\\ude00"'), "ok.geojson")
    assert read_geojson_events(fine).loc[0, "excerpt"] == "\U0001f600"


def test_absurdly_large_counts_are_refused(tmp_path):
    error = error_of(lambda: read_generic_csv(csv_file(
        tmp_path, "2025-07-22,48.7,37.5,drone,99999999999999999999999,,s,n")))
    assert (error.line, error.field) == (2, "killed") and "too large" in str(error)
