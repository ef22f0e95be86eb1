"""The timeline in headless Chromium: the day slider and the play button move the events
shown and the frontline in force; ``&at=``/``&window=`` restore a step; a table row click
selects its event on the map."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.model import EventRecord
from geo.schema import records_to_frame
from geo.store import EventStore
from tests.browser_support import map_frame, offline_browser, running_dashboard

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/i21-shots")
#: the dots of settlement-level events (their style's fill opacity), not frontline paths
DOTS = "path.leaflet-interactive[fill-opacity='0.85']"


def _front(west: float) -> dict:
    ring = [[west, 47.5], [40.0, 47.5], [40.0, 49.0], [west, 49.0], [west, 47.5]]
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}


@pytest.fixture(scope="module")
def timeline_store(tmp_path_factory) -> Path:
    """Five events on five days (one in May, long before the fronts) and two hand-made
    frontline layers (1 and 15 July)."""
    store = tmp_path_factory.mktemp("timeline") / "store"
    rows = [("k", "Kramatorsk", "2025-07-02", 48.72, 37.56), ("h", "Kharkiv", "2025-07-10", 49.99, 36.23),
            ("y", "Kyiv", "2025-07-16", 50.45, 30.52), ("s", "Sumy", "2025-07-21", 50.91, 34.80),
            ("o", "Odesa", "2025-05-20", 46.48, 30.73)]
    EventStore(store).ingest(records_to_frame([
        EventRecord(event_id=i, date=d, date_precision="day", attack_types=("drone",), place=p,
                    query=p, lat=lat, lon=lon, country_code="UA", killed=1, source=f"test-{i}",
                    excerpt=f"{p} was hit.") for i, p, d, lat, lon in rows]), label="test")
    (store / "frontline").mkdir()
    (store / "frontline" / "front_2025-07-01.geojson").write_text(json.dumps(_front(38.0)))
    (store / "frontline" / "front_2025-07-15.geojson").write_text(json.dumps(_front(37.9)))
    return store


@pytest.fixture(scope="module")
def timeline_url(timeline_store: Path) -> Iterator[str]:
    """One dashboard on ``timeline_store`` for the tests here; each opens its own browser
    session (they only read the store)."""
    with running_dashboard(timeline_store) as url:
        yield url


def _label(page) -> str:
    caption = page.locator("[data-testid=stCaptionContainer]").filter(has_text=re.compile(r"events? shown"))
    caption.first.wait_for(timeout=60_000)
    return caption.first.inner_text()


def _dots(page, expected: int, timeout_s: float = 30.0) -> None:
    """Wait until the map shows ``expected`` dots twice in a row, 0.5 s apart (a step's layer
    is swapped, and the map may be redrawn once after it first reports to the page)."""
    import time

    frame = map_frame(page)
    deadline, counts = time.monotonic() + timeout_s, []
    while time.monotonic() < deadline:
        counts.append(frame.locator(DOTS).count())
        if counts[-2:] == [expected, expected]:
            return
        page.wait_for_timeout(500)
    raise AssertionError(f"expected {expected} dots on the map, saw {counts[-5:]}")


def test_the_slider_moves_the_events_and_the_frontline(timeline_url: str) -> None:
    with offline_browser() as (page, outside):
        page.set_viewport_size({"width": 1400, "height": 1100})
        page.goto(f"{timeline_url}/?at=2025-07-10&window=1")
        assert "Timeline: 2025-07-10" in _label(page) and "frontline in force: 2025-07-01" in _label(page)
        _dots(page, 1)
        assert map_frame(page).locator("#strikemap-front-date").inner_text() == "2025-07-01"
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "timeline_0710.png"))
        _map_window(page).evaluate("window.__sameMap = true")
        page.get_by_role("slider").first.focus()
        page.keyboard.press("End")                     # the last day: 21 July
        page.get_by_text("frontline in force: 2025-07-15").first.wait_for(timeout=30_000)
        assert "Timeline: 2025-07-21" in _label(page)
        _dots(page, 1)
        map_frame(page).get_by_text("2025-07-15").first.wait_for(timeout=10_000)   # the legend's date
        assert _map_window(page).evaluate("window.__sameMap === true")   # layers swapped, map kept
        page.keyboard.press("ArrowLeft")
        page.wait_for_function("() => location.search.includes('at=2025-07-20')", timeout=30_000)
        page.screenshot(path=str(SHOTS / "timeline_0720.png"))
        assert not outside


def test_at_and_window_in_the_url_restore_the_step(timeline_url: str) -> None:
    with offline_browser() as (page, outside):
        page.goto(f"{timeline_url}/?at=2025-07-21&window=7")
        label = _label(page)
        assert "Timeline: 2025-07-15 – 2025-07-21" in label and "2 events shown" in label
        _dots(page, 2)
        window = page.locator("[data-testid=stSelectbox]").filter(has_text="Window")
        assert window.get_by_text("7 days").count() or "7 days" in window.locator("input").input_value()
        page.goto(f"{timeline_url}/?at=2025-07-12&window=14")
        assert "Timeline: 2025-06-29 – 2025-07-12" in _label(page)
        _dots(page, 2)                                 # Kramatorsk and Kharkiv
        page.goto(timeline_url)                                 # no timeline in the URL: everything
        assert "All dates · 5 events shown" in _label(page)
        _dots(page, 5)


def test_play_steps_through_the_days(timeline_store: Path) -> None:
    """Its own server: the timed steps are not to share one with the tests before."""
    with running_dashboard(timeline_store) as url, offline_browser() as (page, outside):
        page.goto(f"{url}/?at=2025-07-02&window=1")
        assert "Timeline: 2025-07-02" in _label(page)
        _dots(page, 1)                 # the page has finished its first run
        page.get_by_role("button", name="▶ Play").click()
        page.get_by_role("button", name="⏸ Pause").wait_for(timeout=30_000)   # the click took
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
            ".some(e => /Timeline: 2025-07-0[4-9]/.test(e.innerText))", timeout=60_000)
        page.get_by_role("button", name="⏸ Pause").click()
        page.get_by_role("button", name="▶ Play").wait_for(timeout=30_000)
        stopped = _label(page)
        page.wait_for_timeout(4000)
        assert _label(page) == stopped                  # paused: no more steps


def test_a_table_row_click_selects_the_event_on_the_map(timeline_url: str) -> None:
    with offline_browser() as (page, outside):
        page.set_viewport_size({"width": 1400, "height": 1100})
        page.goto(timeline_url)
        _dots(page, 5)
        grid = page.locator("[data-testid=stDataFrame]").first
        grid.scroll_into_view_if_needed()
        grid.wait_for(timeout=30_000)
        box = grid.bounding_box()
        # rows: most recent first (Sumy, Kyiv, Kharkiv, Kramatorsk); the selection column is first
        page.mouse.click(box["x"] + 18, box["y"] + 35 + 35 * 2 + 17)
        map_frame(page).locator("path.strikemap-selected").first.wait_for(timeout=30_000)
        page.locator("[data-testid=stHtml]").filter(has_text="Kharkiv").first.wait_for(timeout=30_000)
        page.screenshot(path=str(SHOTS / "table_selection.png"))


def test_events_long_before_the_front_get_a_note_and_the_map_stays(timeline_url: str) -> None:
    with offline_browser() as (page, outside):
        page.set_viewport_size({"width": 1400, "height": 1100})
        page.goto(f"{timeline_url}/?at=2025-07-21&window=1")
        _dots(page, 1)
        assert page.locator("[data-testid=stAlert]").count() == 0
        page.locator("[data-testid=stSelectbox]").filter(has_text="Window").click()
        page.get_by_role("option").filter(has_text="all days").first.click()
        note = page.locator("[data-testid=stAlert]").filter(has_text="more than 30 days before")
        note.first.wait_for(timeout=30_000)
        assert note.first.inner_text().startswith("1 event shown ended more than 30 days before "
                                                  "the frontline drawn (2025-07-15")
        _dots(page, 5)                  # the note above the map did not take the map away


def _map_window(page):
    return page.locator("iframe[title*='st_folium']").first.element_handle().content_frame()


def test_a_place_search_zooms_the_map_and_keeps_it(timeline_url: str) -> None:
    """The map zooms to the place without being rebuilt (a caption that appeared above the
    map made Streamlit remount it: a blank map for seconds, the user's view lost)."""
    with offline_browser() as (page, outside):
        page.set_viewport_size({"width": 1400, "height": 1100})
        page.goto(timeline_url)
        _dots(page, 5)
        _map_window(page).evaluate("window.__sameMap = true")
        scale = map_frame(page).locator(".leaflet-control-scale-line").first
        before = scale.inner_text()
        box = page.get_by_placeholder("e.g. Kramatorsk")
        box.fill("Kharkiv")
        box.press("Enter")
        page.get_by_text("Map centred on Kharkiv").first.wait_for(timeout=60_000)
        page.wait_for_function("before => { const f = document.querySelector(\"iframe[title*='st_folium']\");"
                               " const s = f && f.contentDocument.querySelector('.leaflet-control-scale-line');"
                               " return s && s.innerText !== before; }", arg=before, timeout=30_000)
        assert _map_window(page).evaluate("window.__sameMap === true")     # not rebuilt
        assert map_frame(page).locator(DOTS).count() >= 1
        page.screenshot(path=str(SHOTS / "place_search.png"))


def _box(frame, selector: str) -> dict:
    return frame.locator(selector).first.bounding_box()


def _overlap(a: dict, b: dict) -> bool:
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


def test_the_legend_and_the_credits_leave_the_scale_bar_and_the_map_free(timeline_url: str) -> None:
    long_credit = "Frontline: " + "a-very-long-layer-name-" * 12 + ".geojson"
    with offline_browser() as (page, outside):
        page.set_viewport_size({"width": 1200, "height": 1000})
        page.goto(f"{timeline_url}/?layers=heatmap,hex")
        frame = map_frame(page)
        legend = frame.locator(".strikemap-legend").first
        legend.get_by_text("Heatmap").wait_for(timeout=30_000)
        assert legend.get_by_text("Hexagons").count() and legend.get_by_text("occupied area").count()
        frame.locator(".leaflet-control-attribution").first.evaluate(
            "(el, text) => el.append(' | ' + text)", long_credit)      # a long credit line
        page.wait_for_timeout(300)
        scale, credits = _box(frame, ".leaflet-control-scale"), _box(frame, ".leaflet-control-attribution")
        container = _box(frame, ".leaflet-container")
        assert not _overlap(scale, credits) and not _overlap(scale, _box(frame, ".strikemap-legend"))
        assert credits["width"] <= 0.5 * container["width"] and credits["height"] <= 0.15 * container["height"]
        page.screenshot(path=str(SHOTS / "legend_heat_hex.png"))
