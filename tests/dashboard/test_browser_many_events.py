"""A view of many events in headless Chromium (issue 24): the map opens on numbered circles
counted on the server, and an event is reached by zooming in, its popup's text escaped."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.store import EventStore
from tests.browser_support import map_frame, offline_browser, running_dashboard
from tests.test_viewport import SPOT, many_events

pytestmark = pytest.mark.browser
DOTS = "path.leaflet-interactive[fill-opacity='0.85']"


@pytest.fixture(scope="module")
def many_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("many") / "store"
    EventStore(store).ingest(many_events(4000), label="many")
    return store


@pytest.fixture(scope="module")
def many_url(many_store: Path) -> Iterator[str]:
    """One dashboard on ``many_store`` for the tests here; each opens its own browser
    session (they only read the store)."""
    with running_dashboard(many_store) as url:
        yield url


def test_an_event_among_thousands_is_reached_by_zooming_in_and_its_popup_is_text(many_url: str) -> None:
    with offline_browser() as (page, outside):
        page.goto(many_url)
        frame = map_frame(page)
        frame.locator(".strikemap-cell").first.wait_for(timeout=30_000)
        assert frame.locator(DOTS).count() == 0                   # no event drawn one by one
        assert "events grouped at this zoom" in frame.locator(".strikemap-legend").first.inner_text()
        # no zoom animation under way, which would swallow the zoom asked next (Leaflet's
        # setView is a no-op while one runs): the map opens on its events at once
        frame.locator(".leaflet-container").first.evaluate(
            "(el, spot) => { if (window.map._animatingZoom) throw new Error('the map is still zooming');"
            " window.map.setView(spot, 14, {animate: false}); }", list(SPOT))
        frame.locator(DOTS).first.wait_for(timeout=30_000)         # the map asked for what is in view
        assert frame.locator(".strikemap-cell").count() == 0
        box = frame.locator(".leaflet-container").first.bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)   # the event
        popup = frame.locator(".leaflet-popup-content")
        popup.wait_for(timeout=10_000)
        text = popup.inner_text()
        assert '<img src=x onerror="alert(1)">Zolotukhy</script>' in text
        assert popup.locator("img").count() == 0
        assert outside == []


def test_a_click_on_a_circle_zooms_to_its_events(many_url: str) -> None:
    with offline_browser() as (page, outside):
        page.goto(many_url)
        frame = map_frame(page)
        cell = frame.locator(".strikemap-cell").first
        cell.wait_for(timeout=30_000)
        zoom = frame.locator(".leaflet-container").first.evaluate("() => window.map.getZoom()")
        cell.click()
        frame.locator(".leaflet-container").first.evaluate(
            "(el, zoom) => new Promise(done => { const check = () => window.map.getZoom() > zoom ? "
            "done() : setTimeout(check, 100); check(); })", zoom)
        assert frame.locator(".leaflet-container").first.evaluate("() => window.map.getZoom()") > zoom
