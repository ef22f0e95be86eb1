"""``strikemap export --format parquet -o DIR``: the store to month-partitioned GeoParquet, through the CLI."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pandas as pd
import pytest

from geo.aggregate import aggregate
from geo.scale import aggregate_partitioned
from geo.scale_parquet import is_partitioned_export, read_marker
from geo.store import EventStore
from tests.conftest import run_strikemap

ROWS = """date,latitude,longitude,attack_type,killed,injured,source,notes
2025-07-22,48.7389,37.5848,glide_bomb,1,3,test,Glide bomb on Kramatorsk
2025-07-21,50.4501,30.5234,drone,,,test,Drones over Kyiv
2025-07-21,50.4501,30.5234,missile,0,2,test,Missiles on Kyiv
2025-06-30,48.2833,37.1833,ground_assault,,,test,Assaults near Pokrovsk
2024-12-31,49.9935,36.2304,artillery,2,5,test,Shelling of Kharkiv
"""


def cli(*args: str) -> subprocess.CompletedProcess:
    return run_strikemap(*args, timeout=180)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    feed = folder.parent / "feed.csv"
    feed.write_text(ROWS, encoding="utf-8")
    done = cli("ingest", str(feed), "--format", "csv", "--store", str(folder))
    assert done.returncode == 0, done.stderr
    return folder


def test_export_parquet_writes_a_partitioned_folder(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    done = cli("export", "--format", "parquet", "-o", str(out), "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert is_partitioned_export(out)
    assert read_marker(out)["rows"] == 5
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == [
        "date_month=2024-12", "date_month=2025-06", "date_month=2025-07"]
    events = EventStore(store).read()
    for by in ("oblast", "month", ("h3", "week")):
        pd.testing.assert_frame_equal(aggregate_partitioned(out, by), aggregate(events, by))


def test_export_parquet_honours_the_filters(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "july"
    done = cli("export", "--format", "parquet", "-o", str(out), "--from", "2025-07-01",
               "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert read_marker(out)["rows"] == 3


def test_export_parquet_needs_an_output_folder(store: Path) -> None:
    done = cli("export", "--format", "parquet", "--store", str(store))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "-o DIR" in done.stderr


def test_export_parquet_never_overwrites_a_foreign_folder(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "notes"
    target.mkdir()
    (target / "mine.txt").write_text("keep")
    done = cli("export", "--format", "parquet", "-o", str(target), "--store", str(store))
    assert done.returncode == 2
    assert "refusing to overwrite" in done.stderr
    assert (target / "mine.txt").read_text() == "keep"
