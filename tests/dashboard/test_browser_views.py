"""Dashboard views in headless Chromium: URL filters, click details, downloads, hostile text."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser_support import event_marker_count, map_frame, offline_browser, running_dashboard
from tests.conftest import run_strikemap

pytestmark = pytest.mark.browser
PROJECT = Path(__file__).resolve().parents[2]
SCREENSHOTS = PROJECT / "screenshots"

HOSTILE_REPORT = (
    "Local officials said a glide bomb struck an apartment block in Sumy "
    "<img src=x onerror=\"window.__pwned='img'\"> <script>window.__pwned='script'</script>, "
    "killing two people. Russian drones also hit Kharkiv overnight, injuring three."
)


HOSTILE_SOURCE = "<script>window.__pwned='source'</script>"
HOSTILE_NOTES = "<img src=x onerror=\"\"window.__pwned='notes'\"\"> a drone hit a house"


def _ingest(store: Path, *files: Path, published: str) -> None:
    done = run_strikemap("ingest", *files, "--store", store, "--published", published)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def mixed_store(tmp_path_factory) -> Path:
    """The seed plus a hostile report, ingested through the CLI."""
    root = tmp_path_factory.mktemp("views")
    store = root / "store"
    hostile = root / "hostile.txt"
    hostile.write_text(HOSTILE_REPORT, encoding="utf-8")
    _ingest(store, *sorted((PROJECT / "seeds").glob("*.txt")), published="2025-07-22")
    _ingest(store, hostile, published="2025-07-23")
    feed = root / "hostile.csv"
    feed.write_text("date,latitude,longitude,attack_type,killed,injured,source,notes\n"
                    f'2025-07-20,50.9077,34.7981,drone,1,2,"{HOSTILE_SOURCE}","{HOSTILE_NOTES}"\n',
                    encoding="utf-8")
    _ingest(store, feed, published="2025-07-23")
    return store


@pytest.fixture(scope="module")
def mixed_url(mixed_store: Path) -> Iterator[str]:
    """One dashboard on ``mixed_store`` for the tests here; each opens its own browser
    session (they only read the store)."""
    with running_dashboard(mixed_store) as url:
        yield url


def _not_pwned(page) -> None:
    assert page.evaluate("window.__pwned === undefined")
    for frame in page.frames:
        assert frame.evaluate("window.__pwned === undefined"), frame.url


def test_type_filter_in_the_url_shows_fewer_events(mixed_url: str) -> None:
    with offline_browser() as (page, outside):
        page.goto(mixed_url)
        everything = event_marker_count(map_frame(page))
        page.goto(f"{mixed_url}/?type=glide_bomb")
        page.get_by_text("of").first.wait_for()
        frame = map_frame(page)
        page.wait_for_timeout(1500)
        filtered = event_marker_count(frame)
        assert 0 < filtered < everything
        assert "type=glide_bomb" in page.url


def test_geojson_download_equals_the_filtered_view(mixed_store: Path, mixed_url: str) -> None:
    with offline_browser() as (page, outside):
        page.goto(f"{mixed_url}/?type=drone")
        map_frame(page)
        with page.expect_download() as info:
            page.get_by_role("button", name="GeoJSON").click()
        collection = json.loads(Path(info.value.path()).read_text())
        kinds = [f["properties"]["attack_types"] for f in collection["features"]]
        assert kinds and all("drone" in k for k in kinds)
        export = run_strikemap("export", "--type", "drone", "--store", mixed_store)
        export.check_returncode()
        expected = json.loads(export.stdout)
        assert sorted(f["properties"]["event_id"] for f in collection["features"]) == \
            sorted(f["properties"]["event_id"] for f in expected["features"])


def test_hostile_report_text_is_shown_as_text_and_never_runs(mixed_url: str) -> None:
    with offline_browser() as (page, outside):
        page.goto(f"{mixed_url}/?type=glide_bomb&source=hostile.txt")
        frame = map_frame(page)
        assert event_marker_count(frame) == 1
        frame.locator("path.leaflet-interactive").first.click(force=True)
        popup = frame.locator(".leaflet-popup-content")
        popup.wait_for(timeout=10_000)
        assert "<img src=x" in popup.inner_text()
        assert "<script>" in popup.inner_text()
        frame.locator("path.leaflet-interactive").first.hover(force=True)
        page.wait_for_timeout(500)
        page.get_by_text("Event id").first.wait_for(timeout=20_000)
        details = page.locator("[data-testid='stHtml']").filter(has_text="Sumy").first
        assert "<img src=x" in details.inner_text()
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "dashboard_hostile.png"), full_page=True)
        _not_pwned(page)
        assert [u for kind, u in outside if kind in {"script", "stylesheet", "font"}] == []


@pytest.fixture(scope="module")
def frontline_store(tmp_path_factory) -> Path:
    """The seed plus the real DeepStateMap layer of 2025-07-01 and the oblast boundaries."""
    from tests.conftest import shared_path

    layer = shared_path("frontline", "deepstatemap_data_20250701.geojson")
    boundaries = shared_path("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson")
    store = tmp_path_factory.mktemp("front") / "store"
    _ingest(store, *sorted((PROJECT / "seeds").glob("*.txt")), published="2025-07-22")
    (store / "frontline").mkdir()
    (store / "frontline" / layer.name).write_bytes(layer.read_bytes())
    (store / "boundaries").mkdir()
    (store / "boundaries" / "boundaries.geojson").write_bytes(boundaries.read_bytes())
    return store


def test_hostile_feed_source_and_notes_stay_text_in_popup_tooltip_and_sidebar(mixed_url: str) -> None:
    from urllib.parse import quote

    with offline_browser() as (page, outside):
        page.goto(f"{mixed_url}/?source={quote(HOSTILE_SOURCE)}")
        frame = map_frame(page)
        assert event_marker_count(frame) == 1
        marker = frame.locator("path.leaflet-interactive").first
        marker.hover(force=True)
        tooltip = frame.locator(".leaflet-tooltip")
        tooltip.wait_for(timeout=10_000)
        assert "unnamed location (50.9077, 34.7981)" in tooltip.inner_text()
        marker.click(force=True)
        popup = frame.locator(".leaflet-popup-content")
        popup.wait_for(timeout=10_000)
        assert HOSTILE_SOURCE in popup.inner_text()
        assert "<img src=x onerror=" in popup.inner_text()
        assert page.get_by_text(HOSTILE_SOURCE).first.is_visible()   # the sidebar's Source chip
        page.wait_for_timeout(1000)
        _not_pwned(page)


def test_hostile_text_pasted_on_the_ingest_page_is_previewed_as_text(tmp_path: Path) -> None:
    with running_dashboard(tmp_path / "store") as url, offline_browser() as (page, outside):
        page.goto(f"{url}/ingest")
        page.get_by_label("Paste a report").fill(HOSTILE_REPORT + " Shelling of <b>Zlatopil</b> village <img src=y "
                                                 "onerror=\"window.__pwned='preview'\">.")
        page.get_by_label("Paste a report").press("Control+Enter")
        page.get_by_role("button", name="Save to the store").wait_for(timeout=60_000)
        page.wait_for_timeout(1000)
        _not_pwned(page)


def test_frontline_in_force_is_drawn_with_its_date_and_credit(frontline_store: Path) -> None:
    with running_dashboard(frontline_store) as url, offline_browser() as (page, outside):
        page.goto(url)
        page.get_by_text("frontline in force: 2025-07-01").first.wait_for(timeout=60_000)
        frame = map_frame(page)
        frame.get_by_text("Frontline 2025-07-01").first.wait_for(timeout=20_000)
        assert "DeepStateMap" in frame.locator(".leaflet-control-attribution").inner_text()
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "dashboard_frontline.png"), full_page=True)


def test_pasted_report_is_previewed_then_saved(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with running_dashboard(store) as url, offline_browser() as (page, outside):
        page.goto(f"{url}/ingest")
        page.get_by_label("Paste a report").fill(
            "Russian forces shelled Nikopol on Monday, killing one man and injuring two women. "
            "Officials in Moscow said nothing.")
        page.get_by_label("Paste a report").press("Control+Enter")
        page.get_by_role("button", name="Save to the store").wait_for(timeout=60_000)
        assert page.get_by_text("Nikopol").first.is_visible()
        page.get_by_role("button", name="Save to the store").click()
        page.get_by_text("Saved: 1 new event").wait_for(timeout=30_000)
        page.goto(url)
        frame = map_frame(page)
        assert event_marker_count(frame) == 1
