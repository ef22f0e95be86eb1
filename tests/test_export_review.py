"""``review_status`` travels into every export and reads back; rejected events stay out of
an export unless asked for."""
from __future__ import annotations

import json

import pyogrio
import pytest

from geo.cli import main
from geo.model import EventRecord
from geo.schema import records_to_frame
from geo.sources.generic import read_generic_csv, read_geojson_events
from geo.store import EventStore
from geo.store.review import Decision, decide

STATUSES = {"ev-1": "auto", "ev-2": "confirmed", "ev-3": "corrected", "ev-4": "rejected"}


@pytest.fixture
def reviewed(store_dir) -> EventStore:
    store = EventStore(store_dir)
    store.ingest(records_to_frame([
        EventRecord(f"ev-{i}", f"2025-04-0{i}", "day", ("drone",), f"Place {i}", f"Place {i}",
                    48.0 + i / 10, 35.0 + i / 10, source=f"s{i}") for i in range(1, 5)]), label="t")
    decide(store, Decision("ev-2", who="ana", confirm=True))
    decide(store, Decision("ev-3", who="ana", killed=2))
    decide(store, Decision("ev-4", who="ana", reject=True))
    return store


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_geojson_and_csv_carry_review_status_and_read_back(reviewed, tmp_path, capsys):
    code, out = run(capsys, "export", "--include-rejected")
    features = json.loads(out)["features"]
    assert code == 0 and {f["id"]: f["properties"]["review_status"] for f in features} == STATUSES
    (tmp_path / "all.geojson").write_text(out, encoding="utf-8")
    back = read_geojson_events(tmp_path / "all.geojson")
    assert dict(zip(back["event_id"], back["review_status"])) == STATUSES
    code, out = run(capsys, "export", "--format", "csv", "--include-rejected")
    (tmp_path / "all.csv").write_text(out, encoding="utf-8")
    back = read_generic_csv(tmp_path / "all.csv")
    assert dict(zip(back["event_id"], back["review_status"])) == STATUSES
    again = EventStore(tmp_path / "copy")
    again.ingest(back, label="copy")
    assert dict(zip(*again.read(rejected=True)[["event_id", "review_status"]].T.values)) == STATUSES


def test_gpkg_and_parquet_carry_review_status(reviewed, tmp_path, capsys):
    assert run(capsys, "export", "-o", str(tmp_path / "e.gpkg"), "--include-rejected")[0] == 0
    frame = pyogrio.read_dataframe(tmp_path / "e.gpkg")
    assert dict(zip(frame["event_id"], frame["review_status"])) == STATUSES
    assert run(capsys, "export", "--format", "parquet", "-o", str(tmp_path / "pq"),
               "--include-rejected")[0] == 0
    import geopandas as gpd
    parts = [gpd.read_parquet(p) for p in sorted((tmp_path / "pq").rglob("*.parquet"))]
    got = {k: v for part in parts for k, v in zip(part["event_id"], part["review_status"])}
    assert got == STATUSES


def test_rejected_events_stay_out_unless_asked(reviewed, capsys):
    ids = lambda out: [f["id"] for f in json.loads(out)["features"]]  # noqa: E731
    assert ids(run(capsys, "export")[1]) == ["ev-1", "ev-2", "ev-3"]
    assert ids(run(capsys, "export", "--status", "rejected")[1]) == ["ev-4"]
    assert ids(run(capsys, "export", "--status", "confirmed", "--status", "corrected")[1]) == \
        ["ev-2", "ev-3"]
