"""The dashboard in headless Chromium with hostile text in every field and every layer toggle.

A feed CSV puts each string of :data:`tests.hostile_inputs.HOSTILE_STRINGS` in the event id,
place, query, source and notes of one event. For every ``?layers=`` toggle the map must
draw every event, show each popup and tooltip as text, run nothing and fetch nothing
from outside; the event details panel shows a Markdown-laden event id as text; an upload
whose header is Markdown is refused with the header shown as text.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser_support import map_frame, offline_browser, running_dashboard
from tests.conftest import run_strikemap
from tests.hostile_inputs import HOSTILE_STRINGS, NOT_PWNED_JS
from tests.test_browser_hostile_maps import _SHOW_ALL_JS, _flat

pytestmark = pytest.mark.browser
TOGGLES = ("", "cluster", "heatmap", "hex", "cluster,heatmap,hex")
MARKDOWN_ID = "19:`code` **bold** :red[red] $x^2$ <b>b</b> [l](javascript:alert(1))"
NO_TILES = {"STRIKEMAP_TILES": "none"}   # so that any request leaving the machine is a failure
IMAGE_ID = "18:](http://example.invalid/) ![t](http://example.invalid/i.png)"


def write_hostile_feed(path: Path) -> Path:
    """A generic feed CSV: one event per hostile string, the string in every text column."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "latitude", "longitude", "attack_type", "event_id", "place", "query",
                         "source", "notes"])
        for i, text in enumerate(HOSTILE_STRINGS):
            writer.writerow(["2025-07-20", 47 + (i % 7) * 0.8, 25 + (i // 7) * 3, "drone", f"{i}:{text}",
                             f"P{i} {text}", f"Q{i} {text}", text, f"E{i} {text}"])
    return path


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile_dash")
    done = run_strikemap("ingest", write_hostile_feed(root / "hostile.csv"), "--store", root / "store")
    assert done.returncode == 0, done.stderr
    return root / "store"


@pytest.fixture(scope="module")
def hostile_url(hostile_store: Path) -> Iterator[str]:
    """One dashboard on ``hostile_store`` for the tests here; each opens its own browser
    session (they only read the store)."""
    with running_dashboard(hostile_store, env=NO_TILES) as url:
        yield url


def _map_js_frame(page):
    return next(f for f in page.frames if "streamlit_folium" in f.url or "st_folium" in f.url)


def _no_harm(page, outside, dialogs) -> None:
    page.wait_for_timeout(500)
    for frame in page.frames:
        assert frame.evaluate(NOT_PWNED_JS), frame.url
    assert dialogs == []
    assert outside == [], outside


def test_every_layer_toggle_draws_every_hostile_event_as_text(hostile_url: str) -> None:
    with offline_browser() as (page, outside):
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for toggle in TOGGLES:
            page.goto(f"{hostile_url}/?layers={toggle}" if toggle else hostile_url)
            map_frame(page)
            page.wait_for_timeout(1500)
            shown = _map_js_frame(page).evaluate(_SHOW_ALL_JS)
            assert len(shown) == len(HOSTILE_STRINGS), toggle
            by_id = {s["id"]: s for s in shown}
            for i, text in enumerate(HOSTILE_STRINGS):
                assert _flat(f"E{i} {text}") in _flat(by_id[f"{i}:{text}"]["popup"]), (toggle, text)
                assert _flat(f"P{i} {text}") in _flat(by_id[f"{i}:{text}"]["tooltip"]), (toggle, text)
            _no_harm(page, outside, dialogs)


def test_event_details_show_a_markdown_event_id_as_text(hostile_url: str) -> None:
    with offline_browser() as (page, outside):
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for event_id in (MARKDOWN_ID, IMAGE_ID):
            _show_details(page, hostile_url, event_id)
            _no_harm(page, outside, dialogs)


def _show_details(page, url: str, event_id: str) -> None:
    """Open the map, click the event ``event_id`` and check the details panel shows its id as text."""
    page.goto(url)
    map_frame(page)
    page.wait_for_timeout(1500)
    _map_js_frame(page).evaluate("""id => {
      let target = null;
      const walk = l => { if (l.feature && l.feature.properties.event_id === id) target = l;
                          if (l.getLayers) l.getLayers().forEach(walk); };
      window.map.eachLayer(walk);
      target.fire('click', {latlng: target.getLatLng()}, true);
    }""", event_id)
    page.get_by_text("Event id").first.wait_for(timeout=30_000)
    details = page.locator("[data-testid='stHtml']").filter(has_text="Event id").first
    assert _flat(event_id) in _flat(details.inner_text())


def test_an_upload_error_quoting_markdown_shows_it_as_text(hostile_url: str, tmp_path: Path) -> None:
    header = "date,lat,lon,`x` ![t](http://example.invalid/i.png) **b** <img src=x onerror=alert(1)>"
    upload = tmp_path / "bad.csv"
    upload.write_text(header + "\n2025-01-01,50,30,1\n", encoding="utf-8")
    with offline_browser() as (page, outside):
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{hostile_url}/ingest")
        uploader = page.locator("[data-testid='stFileUploader']").filter(has_text="or upload files")
        uploader.locator("input[type='file']").set_input_files(str(upload))
        error = page.locator("[data-testid='stAlertContentError']").first
        error.wait_for(timeout=60_000)
        assert "`x` ![t](http://example.invalid/i.png) **b** <i" in error.inner_text()   # quoted, cut short
        assert error.locator("img, code, strong").count() == 0
        _no_harm(page, outside, dialogs)
