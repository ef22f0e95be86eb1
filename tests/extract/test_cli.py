"""``strikemap extract``: GeoJSON on stdout, unresolved places on stderr, exit 2 on bad input."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from geo.cli import main
from tests.conftest import PROJECT_DIR

SEED = PROJECT_DIR / "seeds" / "000_4825203abfaed6e4.txt"


def _run(capsys, argv: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        old, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        code = main(argv)
    finally:
        if stdin is not None:
            sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_prints_rfc7946_geojson(capsys) -> None:
    code, out, err = _run(capsys, ["extract", str(SEED)])
    assert code == 0, err
    document = json.loads(out)
    assert document["type"] == "FeatureCollection" and "crs" not in document
    assert document["unresolved"] == []
    features = {f["properties"]["place"]: f for f in document["features"]}
    assert sorted(features) == ["Kramatorsk", "Kyiv", "Pokrovsk"]
    lon, lat = features["Kramatorsk"]["geometry"]["coordinates"]
    assert 37 < lon < 38 and 48 < lat < 49                        # lon first
    props = features["Pokrovsk"]["properties"]
    assert props["attack_types"] == ["ground_assault"] and props["count"] == 50
    assert props["killed"] is None and props["date"] == "2025-07-21"   # the sidecar's date


def test_extract_reads_stdin_and_lists_unresolved(capsys) -> None:
    text = "Russian drones hit Odesa overnight. Artillery shelled Pervomaiske, wounding two."
    code, out, err = _run(capsys, ["extract", "-", "--published", "2025-07-22"], stdin=text)
    assert code == 0
    document = json.loads(out)
    assert [f["properties"]["place"] for f in document["features"]] == ["Odesa"]
    assert document["features"][0]["properties"]["source"] == "stdin"
    assert [u["query"] for u in document["unresolved"]] == ["Pervomaiske"]
    assert "Pervomaiske" in err and "not placed" in err


@pytest.mark.parametrize("argv, message", [
    (["extract", "missing-report.txt"], "no such file"),
    (["extract", str(SEED), "--published", "22/07/2025"], "published"),
])
def test_bad_input_exits_2_with_one_line(capsys, argv: list[str], message: str) -> None:
    code, out, err = _run(capsys, argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


def test_extract_does_not_touch_the_store(capsys, store_dir: Path) -> None:
    code, _, _ = _run(capsys, ["extract", str(SEED)])
    assert code == 0 and list(store_dir.iterdir()) == []
