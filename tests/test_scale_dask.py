"""The scale-out path: month-partitioned GeoParquet and dask-geopandas aggregations on a 2-worker cluster.

The dask results must equal the single-machine aggregation of the same events
(geo.aggregate.aggregate), exactly: same rows, order, values and dtypes.
"""
from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from geo.aggregate import aggregate
from geo.errors import InputError
from geo.scale import aggregate_partitioned, write_partitioned_parquet
from geo.scale_parquet import MARKER_FILE, PartitionedWriter, is_partitioned_export
from geo.schema import ATTACK_TYPES, validate_events

BYS = ["oblast", "h3", "day", "week", "month", "place", ("oblast", "month"), ("h3", "week"),
       ("oblast", "h3", "day")]


def synthetic_events(n: int, seed: int = 7) -> gpd.GeoDataFrame:
    """Events across 20 months, some undated, some without admin1, types and casualties mixed."""
    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 600, n), unit="D")
    dates = pd.Series(days.strftime("%Y-%m-%d"), dtype="object")
    dates[rng.random(n) < 0.05] = None
    types = [list(rng.choice(ATTACK_TYPES, size=int(k), replace=False)) for k in rng.integers(0, 3, n)]
    killed = pd.array(rng.integers(0, 12, n), dtype="Int64")
    killed[rng.random(n) < 0.6] = pd.NA
    precision = np.where(rng.random(n) < 0.8, "day", np.where(rng.random(n) < 0.5, "week", "month"))
    places = np.array(["Kyiv", "Kharkiv", "Pokrovsk", "Kramatorsk", "Odesa"], dtype=object)
    pick = rng.integers(0, len(places), n)
    lon = np.where(rng.random(n) < 0.5, np.array([30.52, 36.23, 37.18, 37.56, 30.73])[pick],
                   rng.uniform(22.1, 40.2, n))
    lat = np.where(lon == np.array([30.52, 36.23, 37.18, 37.56, 30.73])[pick],
                   np.array([50.45, 49.99, 48.28, 48.72, 46.48])[pick], rng.uniform(44.4, 52.4, n))
    frame = gpd.GeoDataFrame({
        "event_id": [f"ev{i:07d}" for i in range(n)], "date": dates,
        "date_precision": np.where(dates.isna(), "unknown", precision), "attack_types": types,
        "place": places[pick], "geonameid": pd.array(pick + 700000, dtype="Int64"),
        "country_code": "UA", "geo_precision": "settlement",
        "source": rng.choice(["acled", "ucdp", "report:1"], n),
        "admin1": rng.choice(np.array(["Kyiv", "Kharkiv Oblast", "Donetsk Oblast", None], dtype=object), n),
        "killed": killed, "injured": pd.array(rng.integers(0, 5, n), dtype="Int64"),
    }, geometry=gpd.points_from_xy(lon, lat), crs=4326)
    return validate_events(frame)


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return synthetic_events(6000)


@pytest.fixture(scope="module")
def export(events, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scale") / "events.parquet"
    write_partitioned_parquet(events, folder, rows_per_file=700)
    return folder


@pytest.fixture(scope="module")
def cluster_client():
    """A local dask.distributed cluster: 2 worker processes, 1 thread each, on loopback."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1",
                                  worker_dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as client:
        client.wait_for_workers(2, timeout=60)
        yield client


# --- the partitioned export ---------------------------------------------------------------------

def test_export_is_partitioned_by_month(events, export: Path) -> None:
    months = {p.name for p in export.iterdir() if p.is_dir()}
    expected = {f"date_month={d[:7]}" for d in events["date"].dropna()} | {"date_month=unknown"}
    assert months == expected
    marker = json.loads((export / MARKER_FILE).read_text())
    assert marker["rows"] == len(events)
    assert sum(len(pd.read_parquet(f, columns=["event_id"])) for f in export.rglob("*.parquet")) \
        == len(events)
    # several files in a busy month (rows_per_file) so workers share the month
    assert max(len(list(p.glob("*.parquet"))) for p in export.iterdir() if p.is_dir()) >= 1
    assert all(f.name.startswith("part-") for f in export.rglob("*.parquet"))


def test_every_part_is_geoparquet_in_epsg4326(export: Path) -> None:
    part = next(export.rglob("*.parquet"))
    frame = gpd.read_parquet(part)
    assert frame.crs.to_epsg() == 4326
    validate_events(frame)


def test_export_reads_back_to_the_same_events(events, export: Path) -> None:
    back = gpd.read_parquet(export)          # pyarrow dataset discovery, hive partitioning
    back = back.drop(columns=["date_month"]).sort_values("event_id").reset_index(drop=True)
    back["attack_types"] = back["attack_types"].map(list)
    back["sources"] = back["sources"].map(list)
    expected = events.sort_values("event_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(validate_events(back), expected, check_dtype=False)


def test_a_folder_that_is_not_an_export_is_never_overwritten(events, tmp_path: Path) -> None:
    target = tmp_path / "precious"
    target.mkdir()
    (target / "thesis.txt").write_text("do not delete")
    with pytest.raises(InputError, match="not empty"):
        write_partitioned_parquet(events.head(10), target)
    assert (target / "thesis.txt").read_text() == "do not delete"
    afile = tmp_path / "a.parquet"
    afile.write_bytes(b"x")
    with pytest.raises(InputError, match="not a folder"):
        write_partitioned_parquet(events.head(10), afile)


def test_rewriting_an_export_replaces_it(events, tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_partitioned_parquet(events.head(100), target)
    write_partitioned_parquet(events.head(10), target)
    assert json.loads((target / MARKER_FILE).read_text())["rows"] == 10
    assert sum(len(pd.read_parquet(f)) for f in target.rglob("*.parquet")) == 10
    assert [p.name for p in tmp_path.iterdir()] == ["out"]          # no staging or old folder left


def test_a_failed_export_leaves_nothing(events, tmp_path: Path) -> None:
    target = tmp_path / "out"
    with pytest.raises(RuntimeError):
        with PartitionedWriter(target) as writer:
            writer.write(events.head(50))
            raise RuntimeError("disk on fire")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    assert not is_partitioned_export(target)


def export_of(events, folder: Path) -> Path:
    return write_partitioned_parquet(events, folder)


def test_aggregating_something_that_is_not_an_export_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a strikemap partitioned"):
        aggregate_partitioned(tmp_path, "admin1")
    with pytest.raises(InputError, match="cannot aggregate by"):
        aggregate_partitioned(export_of(synthetic_events(5), tmp_path / "small"), "oblast_of_the_moon")


# --- dask equals single machine ------------------------------------------------------------------

@pytest.mark.parametrize("by", BYS, ids=str)
def test_dask_cluster_equals_single_machine(events, export: Path, cluster_client, by) -> None:
    expected = aggregate(events, by)
    got = aggregate_partitioned(export, by, client=cluster_client)
    assert len(got) > 1
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert got["events"].sum() == len(events)
    assert got["killed"].sum() == int(events["killed"].fillna(0).sum())


def test_spatial_oblasts_from_a_boundary_file(events, export: Path, cluster_client) -> None:
    """``oblast`` by point-in-polygon against the real oblast boundaries, on the workers."""
    from tests.conftest import shared_path

    boundaries = shared_path("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson")
    expected = aggregate(events, ("oblast", "month"), boundaries=boundaries)
    got = aggregate_partitioned(export, ("oblast", "month"), boundaries=boundaries, client=cluster_client)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert got["oblast"].notna().sum() > 10


def test_the_work_ran_on_both_workers(export: Path, cluster_client) -> None:
    from distributed import get_task_stream

    with get_task_stream(cluster_client) as stream:
        aggregate_partitioned(export, ("h3", "day"), client=cluster_client)
    workers = {task["worker"] for task in stream.data}
    assert len(workers) == 2, workers


def test_h3_resolution_changes_the_cells(events, export: Path, cluster_client) -> None:
    coarse = aggregate_partitioned(export, "h3", h3_resolution=4, client=cluster_client)
    pd.testing.assert_frame_equal(coarse, aggregate(events, "h3", h3_resolution=4))
    assert len(coarse) < len(aggregate(events, "h3"))


def test_local_threads_without_a_cluster(events, export: Path) -> None:
    """No client: dask's default scheduler in this process gives the same table."""
    pd.testing.assert_frame_equal(aggregate_partitioned(export, "week"), aggregate(events, "week"))
