"""`--basemap FILE.pmtiles`: the file is checked, served on loopback with range requests, and drawn
by protomaps-leaflet in the dashboard with no request leaving the machine."""
from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from geo.basemap import BasemapError
from geo.basemap.pmtiles import read_header, serve_pmtiles
from geo.maps import build_event_map
from tests.browser_support import map_frame, offline_browser, running_dashboard
from tests.conftest import run_strikemap
from tests.pmtiles_support import write_pmtiles

PROJECT = Path(__file__).resolve().parents[1]


def _get(url: str, headers: dict | None = None):
    return urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=5)


def test_header_is_read_and_other_files_are_refused(tmp_path: Path) -> None:
    info = read_header(write_pmtiles(tmp_path / "t.pmtiles"))
    assert (info.min_zoom, info.max_zoom, info.tile_type) == (0, 7, 1)
    (tmp_path / "bad.pmtiles").write_bytes(b"not a pmtiles file" * 10)
    with pytest.raises(BasemapError, match="not a PMTiles"):
        read_header(tmp_path / "bad.pmtiles")
    done = run_strikemap("dashboard", "--basemap", tmp_path / "bad.pmtiles", "--store", tmp_path)
    assert done.returncode == 2 and "not a PMTiles" in done.stderr


def test_loopback_server_answers_byte_ranges(tmp_path: Path) -> None:
    path = write_pmtiles(tmp_path / "ranges.pmtiles")
    data = path.read_bytes()
    url = serve_pmtiles(path)
    assert url.startswith("http://127.0.0.1:") and serve_pmtiles(path) == url
    with _get(url, {"Range": "bytes=0-126"}) as response:
        assert response.status == 206 and response.read() == data[:127]
        assert response.headers["Content-Range"] == f"bytes 0-126/{len(data)}"
        assert response.headers["Access-Control-Allow-Origin"] == "*"
    with _get(url, {"Range": "bytes=-10"}) as response:
        assert response.read() == data[-10:]
    with _get(url) as response:
        assert response.status == 200 and response.read() == data
    with pytest.raises(urllib.error.HTTPError) as bad:
        _get(url, {"Range": f"bytes={len(data) + 5}-"})
    assert bad.value.code == 416
    with pytest.raises(urllib.error.HTTPError) as missing:
        _get(url.rsplit("/", 1)[0] + "/etc/passwd")
    assert missing.value.code == 404


def test_map_draws_the_pmtiles_layer_instead_of_the_builtin_land(tmp_path: Path) -> None:
    from tests.test_basemap import _events

    html = build_event_map(_events(), pmtiles=("http://127.0.0.1:1/x.pmtiles", 0)).get_root().render()
    assert "protomapsL.leafletLayer" in html and "protomaps-leaflet/dist/protomaps-leaflet.js" in html
    assert "Natural Earth" not in html and "tile.openstreetmap.org" not in html


@pytest.mark.browser
def test_dashboard_draws_a_pmtiles_basemap_offline(tmp_path: Path) -> None:
    store = tmp_path / "store"
    done = run_strikemap("ingest", *sorted((PROJECT / "seeds").glob("*.txt")), "--store", store)
    assert done.returncode == 0, done.stderr
    pmtiles = write_pmtiles(tmp_path / "world.pmtiles")
    with running_dashboard(store, env={"STRIKEMAP_BASEMAP": str(pmtiles)}) as url, \
            offline_browser() as (page, outside):
        ranges: list[tuple[str, str | None, int]] = []
        page.on("response", lambda r: ranges.append((r.url, r.request.headers.get("range"), r.status))
                if r.url.endswith("/world.pmtiles") else None)
        page.goto(url)
        frame = map_frame(page)
        frame.locator(".leaflet-tile").first.wait_for(state="attached", timeout=30_000)
        page.wait_for_timeout(1500)
        screenshots = PROJECT / "screenshots"
        screenshots.mkdir(exist_ok=True)
        frame.locator(".leaflet-container").first.screenshot(path=str(screenshots / "pmtiles_basemap.png"))
        assert any(status == 206 and rng for _u, rng, status in ranges), ranges
        from PIL import Image
        image = Image.open(screenshots / "pmtiles_basemap.png").convert("RGB")
        assert image.getpixel((350, 150)) == (0xE2, 0xDF, 0xDA), "the file's earth layer is drawn"
        assert all(u.startswith("http://127.0.0.1:") for u, _r, _s in ranges)
        assert outside == []
