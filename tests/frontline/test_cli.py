"""``strikemap frontline stats / change / download`` through the real CLI dispatcher.

Downloads are tested against a throwaway HTTP server on 127.0.0.1 (the only
network the test suite may use) and with ``STRIKEMAP_OFFLINE`` refusing up front.
"""
from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from pathlib import Path

import pytest

from geo import cli
from geo.frontline import DEEPSTATE_ATTRIBUTION
from tests.conftest import run_strikemap, shared_path

OLD, NEW = "deepstatemap_data_20250102.geojson", "deepstatemap_data_20250701.geojson"


@pytest.fixture
def strikemap(monkeypatch, capsys):
    """Run ``strikemap ARGS...``; return (status, stdout lines as JSON, stderr)."""
    monkeypatch.setattr(cli, "COMMANDS", ("frontline",))  # only this subcommand is under test

    def run(*args: str) -> tuple[int, list[dict], str]:
        status = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return status, [json.loads(line) for line in out.splitlines() if line.strip()], err
    return run


def test_stats_one_line_per_file(strikemap):
    old, new = shared_path("frontline", OLD), shared_path("frontline", NEW)
    status, records, err = strikemap("frontline", "stats", old, new)
    assert status == 0 and err == ""
    assert [(r["file"], r["date"]) for r in records] == [(str(old), "2025-01-02"),
                                                         (str(new), "2025-07-01")]
    assert records[0]["area_km2"] == pytest.approx(111_886, rel=0.01)
    assert records[1]["area_km2"] == pytest.approx(113_655, rel=0.01)
    assert "whole boundary" in records[1]["contact_line"]
    assert records[1]["attribution"] == DEEPSTATE_ATTRIBUTION


def test_stats_with_boundaries_trims_the_contact_line_and_splits_by_oblast(strikemap):
    boundaries = shared_path("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson")
    status, [record], _ = strikemap("frontline", "stats", shared_path("frontline", NEW),
                                    "--boundaries", boundaries)
    assert status == 0
    assert "without the international border and the coast" in record["contact_line"]
    assert 1_100 < record["contact_line_km"] < 1_400
    by_oblast = {r["oblast"]: r["area_km2"] for r in record["by_oblast"]}
    assert by_oblast["Luhansk Oblast"] > 25_000
    assert sum(by_oblast.values()) == pytest.approx(record["area_km2"], abs=1)


def test_stats_of_a_line_layer_says_it_has_no_area(strikemap, tmp_path):
    path = tmp_path / "front.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "LineString", "coordinates": [[37, 48], [38, 49]]}}]}),
        encoding="utf-8")
    status, [record], _ = strikemap("frontline", "stats", path, "--date", "2025-07-01")
    assert status == 0
    assert record["area_km2"] is None and record["note"] == "line layer: no area"
    assert record["contact_line_km"] == pytest.approx(134, abs=2)


def test_change_reference_figures_and_per_oblast(strikemap):
    old, new = shared_path("frontline", OLD), shared_path("frontline", NEW)
    boundaries = shared_path("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson")
    status, [record], _ = strikemap("frontline", "change", old, new, "--boundaries", boundaries)
    assert status == 0
    assert record["gained_km2"] == pytest.approx(1_778, rel=0.01)
    assert record["lost_km2"] == pytest.approx(9, abs=0.5)
    assert record["net_km2"] == pytest.approx(1_769, rel=0.01)
    assert (record["old_date"], record["new_date"]) == ("2025-01-02", "2025-07-01")
    donetsk = next(r for r in record["by_oblast"] if r["oblast"] == "Donetsk Oblast")
    expected = donetsk["gained_km2"] - donetsk["lost_km2"]
    assert donetsk["net_km2"] == pytest.approx(expected, abs=0.11)


def test_bad_input_is_one_line_and_exit_2(strikemap, tmp_path):
    status, records, err = strikemap("frontline", "change", shared_path("frontline", OLD),
                                     tmp_path / "missing.geojson")
    assert status == 2 and records == []
    assert err.count("\n") == 1 and "missing.geojson" in err and "no such file" in err
    status, _, err = strikemap("frontline", "stats", shared_path("frontline", NEW),
                               "--date", "2025-02-30")
    assert status == 2 and "not a date" in err


def test_repaired_geometry_is_a_warning_on_stderr(strikemap, tmp_path):
    path = tmp_path / "front_2025-07-01.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [
            [[37, 48], [38, 49], [38, 48], [37, 49], [37, 48]]]}}]}), encoding="utf-8")
    status, [record], err = strikemap("frontline", "stats", path)
    assert status == 0 and record["area_km2"] > 0
    assert err.startswith("strikemap: warning:") and "make_valid" in err


class _Mirror:
    """A DeepStateMap mirror on 127.0.0.1 serving a folder; remembers the paths asked for."""

    def __init__(self, folder: Path) -> None:
        self.requests: list[str] = []
        mirror = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                mirror.requests.append(self.path)

        handler = functools.partial(Handler, directory=str(folder))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/data/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def mirror(tmp_path):
    served = tmp_path / "served" / "data"
    served.mkdir(parents=True)
    shutil.copy(shared_path("frontline", NEW), served / NEW)
    (served / "deepstatemap_data_20250703.geojson").write_text("<html>rate limited</html>",
                                                                encoding="utf-8")
    server = _Mirror(served.parent)
    yield server
    server.close()


def test_download_saves_a_checked_file_into_the_store(strikemap, mirror, store_dir):
    status, [record], err = strikemap("frontline", "download", "--date", "2025-07-01",
                                      "--mirror", mirror.url, "--timeout", "5")
    assert status == 0, err
    saved = store_dir / "frontline" / NEW
    assert record["file"] == str(saved) and saved.read_bytes() == shared_path(
        "frontline", NEW).read_bytes()
    assert record["area_km2"] == pytest.approx(113_655, rel=0.01)
    assert [p.name for p in (store_dir / "frontline").iterdir()] == [NEW]


def test_download_of_a_missing_date_is_a_clear_error(strikemap, mirror, tmp_path):
    status, _, err = strikemap("frontline", "download", "--date", "2025-07-02",
                               "--mirror", mirror.url, "--store", tmp_path / "s")
    assert status == 2 and "HTTP 404" in err and "no DeepStateMap file" in err
    assert not (tmp_path / "s" / "frontline" / "deepstatemap_data_20250702.geojson").exists()


def test_download_of_garbage_leaves_nothing_behind(strikemap, mirror, tmp_path):
    status, _, err = strikemap("frontline", "download", "--date", "2025-07-03",
                               "--mirror", mirror.url, "--store", tmp_path / "s")
    assert status == 2 and "not a usable DeepStateMap layer" in err
    assert list((tmp_path / "s" / "frontline").iterdir()) == []


def test_offline_mode_refuses_before_any_connection(strikemap, mirror, tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_OFFLINE", "1")
    status, _, err = strikemap("frontline", "download", "--date", "2025-07-01",
                               "--mirror", mirror.url, "--store", tmp_path / "s")
    assert status == 2 and "STRIKEMAP_OFFLINE" in err
    assert mirror.requests == []


def test_unreachable_mirror_is_a_clear_error(strikemap, tmp_path):
    status, _, err = strikemap("frontline", "download", "--date", "2025-07-01", "--mirror",
                               "http://127.0.0.1:9/data/", "--store", tmp_path / "s",
                               "--timeout", "2")
    assert status == 2 and "cannot download" in err


def test_installed_command_exit_status_and_one_line_error(tmp_path):
    old = shared_path("frontline", OLD)
    result = run_strikemap("frontline", "change", old, tmp_path / "missing.geojson", timeout=120)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("strikemap: error:") and result.stderr.count("\n") == 1
