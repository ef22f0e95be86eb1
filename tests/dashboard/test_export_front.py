"""The CLI export and the dashboard's download give the same front_km and side."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from dashboard.panels import TABLE_COLUMNS  # noqa: F401  (the dashboard package imports)
from geo.export import to_csv_bytes
from geo.filters import EventFilter, apply_filter
from tests.conftest import run_strikemap


def _rows(data: bytes) -> dict[str, tuple[str, str]]:
    return {r["event_id"]: (r["front_km"], r["side"])
            for r in csv.DictReader(io.StringIO(data.decode("utf-8")))}


def test_cli_export_and_dashboard_download_agree_on_the_front(small_store: Path) -> None:
    ring = [[37.0, 47.5], [40.0, 47.5], [40.0, 49.5], [37.0, 49.5], [37.0, 47.5]]
    (small_store / "frontline").mkdir()
    (small_store / "frontline" / "front_2025-07-01.geojson").write_text(json.dumps(
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
         "geometry": {"type": "Polygon", "coordinates": [ring]}}]}))
    from dashboard import data

    version = data.store_version(small_store)
    view = apply_filter(data.load_events(str(small_store), version), EventFilter(types=("drone",)))
    dashboard = _rows(to_csv_bytes(view))
    done = run_strikemap("export", "--store", small_store, "--format", "csv", "--type", "drone")
    assert done.returncode == 0, done.stderr
    cli = _rows(done.stdout.encode("utf-8"))
    assert cli == dashboard and len(cli) == 2
    assert all(km not in ("", None) for km, _ in cli.values())         # the front was measured
    assert {side for _, side in cli.values()} == {"free"}
