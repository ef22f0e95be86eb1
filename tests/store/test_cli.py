"""``strikemap ingest`` and ``strikemap export`` end to end (in-process CLI, real files)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.cli import main
from geo.store import EventStore
from tests.conftest import shared_path

HEADER = "date,latitude,longitude,attack_type,killed,injured,source,notes"
ROWS = [
    "2025-07-20,48.7389,37.5848,KAB,1,,https://a.example/1,Kramatorsk glide bomb",
    "2025-07-21,50.4501,30.5234,shahed,0,3,https://a.example/2,Kyiv drones",
    "2025-07-22,49.9935,36.2304,shelling,2,5,https://a.example/3,Kharkiv shelling",
    "2025-07-23,46.4825,30.7233,missile,,,https://a.example/4,Odesa missile",
]


def csv_file(folder: Path, *rows: str, name: str = "feed.csv") -> Path:
    path = folder / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def fed(tmp_path, store_dir, capsys) -> Path:
    code, _, _ = run(capsys, "ingest", str(csv_file(tmp_path, *ROWS)), "--store", str(store_dir))
    assert code == 0
    return store_dir


def test_ingest_prints_a_line_per_file_and_is_idempotent(tmp_path, store_dir, capsys):
    path = csv_file(tmp_path, *ROWS)
    code, out, err = run(capsys, "ingest", str(path), "--store", str(store_dir))
    assert (code, out, err) == (0, f"{path}: 4 added, 0 already stored\n", "")
    code, out, _ = run(capsys, "ingest", str(path))                  # $STRIKEMAP_STORE
    assert out == f"{path}: 0 added, 4 already stored\n"
    assert EventStore(store_dir).count() == 4


def test_one_bad_file_stops_everything_with_one_line(tmp_path, store_dir, capsys):
    good = csv_file(tmp_path, *ROWS)
    bad = csv_file(tmp_path, ROWS[0], "2025-02-30,48.7,37.5,drone,,,s,n", name="bad.csv")
    code, out, err = run(capsys, "ingest", str(good), str(bad), "--store", str(store_dir))
    assert code == 2 and out == ""
    assert err == f"strikemap: error: {bad}, line 3, field 'date': impossible date '2025-02-30'\n"
    assert EventStore(store_dir).count() == 0


@pytest.mark.parametrize("content, words", [
    (None, "no such file"), (b"", "empty file"), (b"\x00\x01\x02binary", "binary"),
    (b'{"type": "FeatureCollection", "features": [', "broken GeoJSON"),
])
def test_unreadable_inputs_exit_2(tmp_path, store_dir, capsys, content, words):
    path = tmp_path / "input.geojson"
    if content is not None:
        path.write_bytes(content)
    code, _, err = run(capsys, "ingest", str(path), "--format", "geojson", "--store", str(store_dir))
    assert code == 2 and words in err and err.count("\n") == 1 and str(path) in err


def test_taxonomy_error_lists_allowed_types(tmp_path, store_dir, capsys):
    path = csv_file(tmp_path, "2025-07-20,48.7,37.5,catapult,,,s,n")
    code, _, err = run(capsys, "ingest", str(path), "--store", str(store_dir))
    assert code == 2 and "'catapult'" in err and "glide_bomb" in err and "ground_assault" in err


def test_export_geojson_to_stdout(fed, capsys):
    code, out, _ = run(capsys, "export", "--store", str(fed))
    doc = json.loads(out)
    assert code == 0 and len(doc["features"]) == 4 and "crs" not in doc
    kramatorsk = next(f for f in doc["features"] if f["properties"]["date"] == "2025-07-20")
    assert kramatorsk["geometry"]["coordinates"] == [37.5848, 48.7389]
    assert kramatorsk["properties"]["attack_types"] == ["glide_bomb"]


def dates_of(out: str) -> list[str]:
    return sorted(f["properties"]["date"] for f in json.loads(out)["features"])


@pytest.mark.parametrize("args, dates", [
    (["--from", "2025-07-21", "--to", "2025-07-22"], ["2025-07-21", "2025-07-22"]),   # inclusive
    (["--type", "drone"], ["2025-07-21"]),
    (["--type", "shelling", "--type", "missile"], ["2025-07-22", "2025-07-23"]),
    (["--type", "glide_bomb,artillery"], ["2025-07-20", "2025-07-22"]),
    (["--bbox", "36,48,38,50"], ["2025-07-20", "2025-07-22"]),
    (["--source", "https://a.example/4"], ["2025-07-23"]),
])
def test_export_filters(fed, capsys, args, dates):
    code, out, _ = run(capsys, "export", "--store", str(fed), *args)
    assert code == 0 and dates_of(out) == dates


def test_export_by_oblast_uses_admin1(tmp_path, store_dir, capsys):
    path = tmp_path / "o.csv"
    path.write_text("date,latitude,longitude,attack_type,admin1\n"
                    "2025-07-20,48.7,37.5,drone,Donetsk Oblast\n2025-07-20,50.4,30.5,drone,Kyiv\n")
    run(capsys, "ingest", str(path), "--store", str(store_dir))
    code, out, _ = run(capsys, "export", "--store", str(store_dir), "--oblast", "donetsk")
    assert code == 0 and [f["properties"]["admin1"] for f in json.loads(out)["features"]] == \
        ["Donetsk Oblast"]


def test_export_csv_and_gpkg_files(fed, tmp_path, capsys):
    import pyogrio

    code, out, _ = run(capsys, "export", "--store", str(fed), "--format", "csv")
    assert code == 0 and out.splitlines()[0].split(",")[6:8] == ["latitude", "longitude"]
    target = tmp_path / "out.gpkg"
    code, _, err = run(capsys, "export", "--store", str(fed), "--type", "drone", "-o", str(target))
    assert code == 0 and "1 event(s) written" in err
    frame = pyogrio.read_dataframe(target)
    assert len(frame) == 1 and frame.crs.to_epsg() == 4326


@pytest.mark.parametrize("args, words", [
    (["--from", "2025-02-30"], "not a date"), (["--type", "laser"], "not in the taxonomy"),
    (["--bbox", "40,50,30,45"], "west must not exceed east"), (["--format", "gpkg"], "-o FILE"),
    (["--from", "2025-08-01", "--to", "2025-07-01"], "after"),
])
def test_export_bad_options_exit_2(fed, capsys, args, words):
    code, out, err = run(capsys, "export", "--store", str(fed), *args)
    assert code == 2 and out == "" and words in err and err.count("\n") == 1


def test_export_from_a_missing_store_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, "export", "--store", str(tmp_path / "none"))
    assert code == 2 and "no event store" in err


def test_export_merges_duplicates_unless_told_not_to(fed, tmp_path, capsys):
    feed = tmp_path / "other.csv"
    feed.write_text(f"{HEADER}\n2025-07-20,48.7400,37.5850,glide bomb,1,2,ucdp:99,Kramatorsk\n")
    code, out, _ = run(capsys, "ingest", str(feed), "--store", str(fed))
    assert "1 merged" in out
    _, out, _ = run(capsys, "export", "--store", str(fed), "--from", "2025-07-20", "--to", "2025-07-20")
    (merged,) = json.loads(out)["features"]
    assert merged["properties"]["sources"] == ["https://a.example/1", "ucdp:99"]
    _, out, _ = run(capsys, "export", "--store", str(fed), "--from", "2025-07-20", "--to",
                    "2025-07-20", "--no-dedup")
    assert len(json.loads(out)["features"]) == 2


def test_ingest_without_dedup_keeps_both(fed, tmp_path, capsys):
    feed = tmp_path / "other.csv"
    feed.write_text(f"{HEADER}\n2025-07-20,48.7400,37.5850,KAB,1,2,ucdp:99,Kramatorsk\n")
    code, out, _ = run(capsys, "ingest", str(feed), "--store", str(fed), "--no-dedup")
    assert code == 0 and "merged" not in out and EventStore(fed).count() == 5


def test_ucdp_feed_round_trip_through_store_and_export(store_dir, tmp_path, capsys):
    path = shared_path("events", "ucdp_ged221_ukraine_2014-01_2022-02.csv")
    code, out, _ = run(capsys, "ingest", str(path), "--store", str(store_dir))
    added = int(out.split(": ")[1].split()[0])
    assert code == 0 and added > 3000
    code, out, _ = run(capsys, "ingest", str(path), "--store", str(store_dir))
    assert " 0 added" in out
    target = tmp_path / "ucdp.geojson"
    run(capsys, "export", "--store", str(store_dir), "--from", "2014-01-01", "--to", "2014-12-31",
        "-o", str(target))
    features = json.loads(target.read_text())["features"]
    assert features and all(f["properties"]["date"].startswith("2014") for f in features)
    assert "UCDP" in json.loads(target.read_text())["attribution"]
    code, out, _ = run(capsys, "ingest", str(target), "--store", str(store_dir))
    assert code == 0 and " 0 added" in out                            # our export reads back as is
