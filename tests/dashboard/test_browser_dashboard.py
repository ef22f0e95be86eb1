"""The dashboard in headless Chromium with no network: the map shows the seed's events."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser_support import event_marker_count, map_frame, offline_browser, running_dashboard
from tests.conftest import run_strikemap

pytestmark = pytest.mark.browser
PROJECT = Path(__file__).resolve().parents[2]
SCREENSHOTS = PROJECT / "screenshots"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    """A store built from seeds/ through the real CLI, as `make run` does."""
    store = tmp_path_factory.mktemp("seed_store")
    seeds = sorted(str(p) for p in (PROJECT / "seeds").glob("*.txt"))
    done = run_strikemap("ingest", *seeds, "--store", store)
    assert done.returncode == 0, done.stderr
    return store


def test_map_shows_seed_events_with_no_network(seed_store: Path) -> None:
    with running_dashboard(seed_store) as url, offline_browser() as (page, outside):
        page.goto(url)
        frame = map_frame(page)
        assert event_marker_count(frame) >= 3
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "dashboard_seed.png"), full_page=True)
        assets_from_outside = [u for kind, u in outside if kind in {"script", "stylesheet", "font"}]
        assert assets_from_outside == []
        assert page.get_by_text("events", exact=False).first.is_visible()


def test_empty_store_explains_how_to_add_data(tmp_path: Path) -> None:
    with running_dashboard(tmp_path) as url, offline_browser() as (page, outside):
        page.goto(url)
        page.get_by_text("No events in this store yet").wait_for(timeout=45_000)
        assert page.get_by_text("strikemap ingest").first.is_visible()
        assert [u for kind, u in outside if kind in {"script", "stylesheet", "font"}] == []
