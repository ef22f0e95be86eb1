"""The offline basemap in headless Chromium with no network, on the store `make demo` builds:
land and sea differ, labels appear by zoom, the seed's front is drawn, no tile leaves the machine."""
from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser_support import map_frame, offline_browser, running_dashboard

pytestmark = pytest.mark.browser
PROJECT = Path(__file__).resolve().parents[2]
SCREENSHOTS = PROJECT / "screenshots"
SEA_RGB = (0xB7, 0xD3, 0xE6)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    """The demo store, built by `make demo STORE=DIR` exactly as `make run` builds it."""
    store = tmp_path_factory.mktemp("demo") / "store"
    done = subprocess.run(["make", "-s", "demo", f"STORE={store}"], cwd=PROJECT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (store / ".demo-built").exists()
    assert (store / "frontline" / "deepstatemap_data_20250701.geojson").is_file()
    return store


@pytest.fixture(scope="module")
def demo_url(demo_store: Path) -> Iterator[str]:
    """One dashboard on ``demo_store`` for the tests here; each opens its own browser
    session (they only read the store)."""
    with running_dashboard(demo_store) as url:
        yield url


def _pixel(png: bytes, x: int, y: int) -> tuple[int, int, int]:
    import io

    from PIL import Image

    return Image.open(io.BytesIO(png)).convert("RGB").getpixel((x, y))


def _map_view(frame, lat: float, lon: float, zoom: int) -> None:
    """Centre the Leaflet map of the frame on (lat, lon) at ``zoom``, with no animation."""
    frame.locator(".leaflet-container").first.evaluate(
        """(el, v) => { for (const key in window) { const m = window[key];
             if (m && m instanceof L.Map) { m.setView([v[0], v[1]], v[2], {animate: false}); } } }""",
        [lat, lon, zoom])


def _point_pixel(frame, lat: float, lon: float) -> list[float]:
    return frame.locator(".leaflet-container").first.evaluate(
        """(el, v) => { for (const key in window) { const m = window[key];
             if (m && m instanceof L.Map) { const p = m.latLngToContainerPoint([v[0], v[1]]);
               return [p.x, p.y]; } } }""", [lat, lon])


def test_demo_map_offline_land_sea_front_labels(demo_url: str) -> None:
    with offline_browser() as (page, outside):
        page.goto(demo_url)
        frame = map_frame(page)
        frame.locator("path.leaflet-interactive").first.wait_for(timeout=30_000)
        container = frame.locator(".leaflet-container").first
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "basemap_demo_first_screen.png"), full_page=True)
        # the seed's week: the front of 2025-07-01 is drawn, with its date and credit
        assert page.get_by_text("frontline in force: 2025-07-01").first.is_visible()
        assert frame.locator("text=DeepStateMap").count() >= 1
        # land and sea at known points, whole country in view
        _map_view(frame, 47.5, 33.0, 6)
        page.wait_for_timeout(800)
        png = container.screenshot(path=str(SCREENSHOTS / "basemap_land_sea.png"))
        box = container.bounding_box()
        scale = 1.0
        def at(lat: float, lon: float) -> tuple[int, int, int]:
            x, y = _point_pixel(frame, lat, lon)
            return _pixel(png, int(x * scale), int(y * scale))
        sea = at(45.9, 31.3)          # the Black Sea off Odesa
        land = at(49.0, 31.5)         # central Ukraine
        assert max(abs(a - b) for a, b in zip(sea, SEA_RGB)) <= 6, sea
        assert max(abs(a - b) for a, b in zip(land, sea)) > 20, (land, sea)
        assert box is not None
        # labels: oblast centres at a country-wide zoom, villages only when close
        assert frame.locator(".strikemap-label-0", has_text="Kharkiv").count() == 1
        assert frame.locator(".strikemap-label-2").count() == 0
        _map_view(frame, 48.53, 37.96, 11)
        page.wait_for_timeout(800)
        assert frame.locator(".strikemap-label-2").count() > 0
        container.screenshot(path=str(SCREENSHOTS / "basemap_labels_zoom11.png"))
        assert [u for _kind, u in outside] == [], outside


def test_osm_tiles_only_when_picked_in_the_url(demo_url: str) -> None:
    with offline_browser() as (page, outside):
        page.goto(f"{demo_url}/?basemap=osm&labels=uk")
        frame = map_frame(page)
        frame.locator("img.leaflet-tile").first.wait_for(state="attached", timeout=30_000)
        page.wait_for_timeout(500)
        assert any("tile.openstreetmap.org" in u for _kind, u in outside)
        assert frame.locator(".strikemap-label-0", has_text="Харків").count() == 1
        assert "basemap=osm" in page.url


def test_png_download_is_a_picture_of_the_view(demo_url: str) -> None:
    with offline_browser() as (page, outside):
        page.goto(demo_url)
        map_frame(page)
        with page.expect_download(timeout=90_000) as info:
            page.get_by_role("button", name="PNG", exact=True).click()
        path = info.value.path()
        data = Path(path).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
        (SCREENSHOTS / "dashboard_png_download.png").write_bytes(data)
        assert [u for _kind, u in outside] == []
