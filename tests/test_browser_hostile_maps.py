"""Saved HTML maps in headless Chromium: hostile text in every field, every layer toggle.

Each string of :data:`tests.hostile_inputs.HOSTILE_STRINGS` goes into every text field
of an event (id, place, query, source, excerpt), and all of them into the frontline's
date, source, credit and note. For each layer toggle the test asserts that nothing
ran (no dialog, ``window.__pwned`` unset, no page error), nothing was fetched from
outside, every event is drawn, and every popup and tooltip shows the string as text.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from geo.frontline.layers import FrontlineLayer
from geo.maps import build_event_map, save_map_html
from geo.model import EventRecord
from geo.schema import records_to_frame
from tests.browser_support import offline_browser
from tests.hostile_inputs import ALL_IN_ONE, HOSTILE_STRINGS, NOT_PWNED_JS

pytestmark = pytest.mark.browser

TOGGLES: tuple[tuple[str, ...], ...] = ((), ("cluster",), ("heatmap",), ("hex",), ("cluster", "heatmap", "hex"))

#: every leaf layer carrying an event, its popup and tooltip text once shown by Leaflet
_SHOW_ALL_JS = """() => {
  const map = Object.values(window).find(v => v instanceof L.Map);
  const leaves = [], seen = new Set();
  const walk = layer => {
    if (seen.has(layer)) return;
    seen.add(layer);
    if (layer.feature && layer.feature.properties && layer.feature.properties.popup !== undefined)
      leaves.push(layer);
    if (layer.getLayers) layer.getLayers().forEach(walk);
  };
  map.eachLayer(walk);
  return leaves.map(leaf => {
    const p = L.popup().setLatLng(leaf.getLatLng()).setContent(leaf.getPopup().getContent()).openOn(map);
    const popup = p.getElement().querySelector('.leaflet-popup-content').innerText;
    map.closePopup(p);
    const t = L.tooltip().setLatLng(leaf.getLatLng()).setContent(leaf.getTooltip().getContent());
    map.openTooltip(t);
    const tooltip = t.getElement().innerText;
    map.closeTooltip(t);
    return {id: leaf.feature.properties.event_id, popup: popup, tooltip: tooltip};
  });
}"""


#: true once the map shows its final view: no zoom animation of Leaflet's or of a marker
#: cluster group's runs (the events are added at the start zoom, then the map fits them, and
#: the clusters of the start zoom split over a short animation: at the fitted zoom there may
#: be no cluster left, so waiting for a ``.marker-cluster`` waits for a passing state)
_SETTLED_JS = """() => {
  const map = Object.values(window).find(v => v instanceof L.Map);
  if (!map || map._animatingZoom) return false;
  let busy = false;
  map.eachLayer(layer => { if (layer._inZoomAnimation) busy = true; });
  return !busy;
}"""

#: puts the map back where it was (a popup's auto-pan moves it) and closes the popup
_RESTORE_VIEW_JS = """view => {
  const map = Object.values(window).find(v => v instanceof L.Map);
  map.closePopup();
  map.setView(view.center, view.zoom, {animate: false});
}"""


def _flat(text: str) -> str:
    return " ".join(text.split())


def hostile_events():
    """One event per hostile string, the string in every text field; every third at region level."""
    records = []
    for i, text in enumerate(HOSTILE_STRINGS):
        records.append(EventRecord(
            event_id=f"{i}:{text}", date="2025-07-21", date_precision="day", attack_types=("drone",),
            place=f"P{i} {text}", query=f"Q{i} {text}", lat=46.0 + (i % 7) * 0.9, lon=24.0 + (i // 7) * 3.0,
            killed=i % 3, geo_precision="region" if i % 3 == 0 else "settlement",
            source=text, excerpt=f"E{i} {text}"))
    return records_to_frame(records)


def hostile_frontline() -> FrontlineLayer:
    area = shapely.geometry.box(36.0, 47.0, 38.0, 48.0)
    return FrontlineLayer(date=ALL_IN_ONE, occupied=area, contact_line=area.boundary,
                          source=ALL_IN_ONE, attribution=ALL_IN_ONE, contact_note=ALL_IN_ONE)


@pytest.fixture(scope="module")
def saved_maps(tmp_path_factory) -> dict[tuple[str, ...], Path]:
    events = hostile_events()
    out = {}
    for toggle in TOGGLES:
        folder = tmp_path_factory.mktemp("hostile_map")
        fmap = build_event_map(events, frontline=hostile_frontline(), layers=toggle, tiles="none")
        out[toggle] = save_map_html(fmap, folder / f"map_{'_'.join(toggle) or 'plain'}.html")
    return out


@pytest.mark.parametrize("toggle", TOGGLES, ids=lambda t: "+".join(t) or "plain")
def test_hostile_text_never_runs_and_every_layer_still_draws(saved_maps, toggle) -> None:
    events = hostile_events()
    with offline_browser() as (page, outside):
        dialogs: list[str] = []
        errors: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(saved_maps[toggle].as_uri())
        page.locator(".leaflet-container").first.wait_for(state="visible", timeout=30_000)
        page.wait_for_function(_SETTLED_JS, timeout=30_000)   # before any popup pans the map
        shown = page.evaluate(_SHOW_ALL_JS)
        assert sorted(s["id"] for s in shown) == sorted(events["event_id"]), "every event is drawn"
        by_id = {s["id"]: s for s in shown}
        for i, text in enumerate(HOSTILE_STRINGS):
            item = by_id[f"{i}:{text}"]
            assert _flat(f"P{i} {text}") in _flat(item["popup"])
            assert _flat(f"E{i} {text}") in _flat(item["popup"])
            assert _flat(f"P{i} {text}") in _flat(item["tooltip"])
        control = _flat(page.locator(".leaflet-control-layers").inner_text())
        assert _flat(f"Frontline {ALL_IN_ONE}") in control
        assert _flat(ALL_IN_ONE) in _flat(page.locator(".leaflet-control-attribution").inner_text())
        if "heatmap" in toggle:
            assert page.locator("canvas.leaflet-heatmap-layer").count() == 1
        page.wait_for_timeout(300)
        assert page.evaluate(NOT_PWNED_JS)
        assert dialogs == [] and errors == []
        assert outside == []


def test_a_click_on_a_hostile_dot_opens_its_popup_as_text(saved_maps) -> None:
    with offline_browser() as (page, outside):
        page.goto(saved_maps[()].as_uri())
        page.locator("path.leaflet-interactive").first.wait_for(timeout=30_000)
        page.wait_for_function(_SETTLED_JS, timeout=30_000)
        view = page.evaluate("""() => { const map = Object.values(window).find(v => v instanceof L.Map);
                                        return {center: map.getCenter(), zoom: map.getZoom()}; }""")
        dots = page.locator("path.leaflet-interactive")
        for i in range(dots.count()):
            dots.nth(i).click(force=True)
            page.wait_for_timeout(50)
            page.evaluate(_RESTORE_VIEW_JS, view)    # the next dot where it was counted
        assert page.evaluate(NOT_PWNED_JS)
        assert outside == []
