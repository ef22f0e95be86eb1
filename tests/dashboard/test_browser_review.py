"""The Review page in headless Chromium: the whole flow from the keyboard and the mouse
(pick a namesake, next, correct a figure, reject, confirm), and hostile text in every
field the page shows."""
from __future__ import annotations

from pathlib import Path

import pytest

from geo.store import EventStore
from geo.store.review import history
from tests.browser_support import event_marker_count, map_frame, offline_browser, running_dashboard
from tests.dashboard.conftest import NAMESAKES, store_with_queue, unresolved_place
from tests.hostile_inputs import ALL_IN_ONE, HOSTILE_STRINGS, NOT_PWNED_JS

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/i22-shots")
NO_TILES = {"STRIKEMAP_TILES": "none"}


def _shot(page, name: str) -> None:
    _settled(page)
    page.wait_for_timeout(1200)                  # the candidates' map draws its basemap
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _namesakes(name: str, base: int) -> tuple[dict, ...]:
    return tuple({**n, "name": name, "geonameid": base + i} for i, n in enumerate(NAMESAKES))


def _by_query(store: Path) -> dict:
    events = EventStore(store).read(rejected=True)
    return {q: events[events["query"] == q].iloc[0].to_dict() for q in events["query"]}


def _wait_text(page, text: str, timeout: int = 30_000) -> None:
    page.get_by_text(text).first.wait_for(timeout=timeout)


def _press(page, key: str) -> None:
    _settled(page)
    page.locator("h1").first.click()             # focus off any field: shortcuts need it
    page.keyboard.press(key)


def _until(page, condition, seconds: float = 30) -> None:
    """Poll the store until ``condition()`` holds (a decision lands before the page redraws)."""
    for _ in range(int(seconds * 4)):
        if condition():
            return
        page.wait_for_timeout(250)
    _shot(page, "failed-condition")
    assert condition()


def _settled(page) -> None:
    """Wait until the app's run is over: no element of the run before is left on screen
    (Streamlit keeps them, marked stale, until the new run has drawn its own)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-stale=\"true\"]') && "
        "!document.querySelector('[data-testid=\"stStatusWidget\"] button')", timeout=30_000)
    page.wait_for_timeout(300)


def test_the_review_flow_from_the_keyboard(store_dir: Path) -> None:
    store = store_with_queue(store_dir, *(
        unresolved_place(name, source=f"r{i}", namesakes=_namesakes(name, 9000001 + 100_000 * i))
        for i, name in enumerate(("Stepove", "Vilne", "Zarichne", "Kamianka"))))
    with running_dashboard(store) as url, offline_browser() as (page, outside):
        page.goto(f"{url}/review")
        _wait_text(page, "Which place is meant?")
        _wait_text(page, "1 of 4")
        page.frame_locator("iframe[title*='st_folium']").first.locator(
            ".strikemap-candidate").first.wait_for(timeout=30_000)
        _shot(page, "review-1-queue")
        _press(page, "2")                                       # pick Stepove's second namesake
        _wait_text(page, "1 of 3")
        placed = _by_query(store)["Stepove"]
        assert (int(placed["geonameid"]), placed["review_status"]) == (9000002, "corrected")
        _shot(page, "review-2-picked")
        assert page.get_by_role("heading", name="Vilne").count() == 1
        _press(page, "J")                                       # next: Zarichne
        _wait_text(page, "2 of 3")
        assert page.get_by_role("heading", name="Zarichne").count() == 1
        _settled(page)
        killed = page.get_by_label("Killed")
        killed.fill("3")
        killed.press("Tab")
        assert killed.input_value() == "3"
        page.wait_for_timeout(800)                   # the field commits its value on blur
        page.get_by_role("button", name="Save corrections").click()
        _until(page, lambda: _by_query(store)["Zarichne"]["killed"] == 3)
        _wait_text(page, "2 of 2")                              # corrected: out of the queue
        assert page.get_by_role("heading", name="Kamianka").count() == 1
        _shot(page, "review-3-corrected")
        _press(page, "K")                                       # previous: Vilne
        _wait_text(page, "1 of 2")
        assert page.get_by_role("heading", name="Vilne").count() == 1
        _press(page, "J")
        _wait_text(page, "2 of 2")
        _press(page, "X")                                       # reject Kamianka
        _wait_text(page, "1 of 1")
        assert _by_query(store)["Kamianka"]["review_status"] == "rejected"
        _press(page, "A")                                       # confirm Vilne, the last one
        _wait_text(page, "Nothing waits for a decision.")
        assert _by_query(store)["Vilne"]["review_status"] == "confirmed"
        _shot(page, "review-4-done")
        page.get_by_text("Rules", exact=True).click()
        _wait_text(page, "Remove rule")
        _shot(page, "review-5-rules")
        assert outside == []
    assert [h["field"] for h in history(EventStore(store), _by_query(store)["Zarichne"]["event_id"])] \
        == ["killed", "review_status"]


def test_hostile_text_in_every_field_of_the_review_page_is_shown_as_text(store_dir: Path) -> None:
    hostile = tuple({**n, "name": f"N{i} {ALL_IN_ONE}", "admin1": f"A{i} {ALL_IN_ONE}"}
                    for i, n in enumerate(NAMESAKES))
    store = store_with_queue(store_dir, unresolved_place(
        query=f"Q <script>window.__pwned='q'</script> <img src=x onerror=\"window.__pwned='i'\">",
        excerpt=f"E {ALL_IN_ONE}", reason=f"R {ALL_IN_ONE}", source=f"S {ALL_IN_ONE}",
        namesakes=hostile))
    with running_dashboard(store, env=NO_TILES) as url, offline_browser() as (page, outside):
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{url}/review")
        _wait_text(page, "Which place is meant?")
        page.frame_locator("iframe[title*='st_folium']").first.locator(
            ".strikemap-candidate").first.wait_for(timeout=30_000)
        page.wait_for_timeout(1500)
        text = page.inner_text("body")
        for shown in ("<script>window.__pwned='q'</script>", "onerror=\"window.__pwned='i'\"",
                      *(f"{field} {HOSTILE_STRINGS[0]}" for field in "ERS"),
                      HOSTILE_STRINGS[6], HOSTILE_STRINGS[7], HOSTILE_STRINGS[8]):
            assert shown in text, shown
        assert f"N0 {HOSTILE_STRINGS[0]}" in text and f"A1 {HOSTILE_STRINGS[0]}" in text
        assert page.locator("img[src='x']").count() == 0
        _shot(page, "review-6-hostile")
        page.locator("h1").first.click()
        page.keyboard.press("1")                                # a decision with hostile names
        _wait_text(page, "Nothing waits for a decision.")
        page.get_by_text("Rules", exact=True).click()
        _wait_text(page, "Remove rule")
        page.wait_for_timeout(1000)
        for frame in page.frames:
            assert frame.evaluate(NOT_PWNED_JS), frame.url
        assert dialogs == [] and outside == []


def test_flagging_from_the_maps_event_details_puts_it_in_the_queue(store_dir: Path) -> None:
    from geo.store.queue import review_queue
    from geo.store.review import Decision, decide

    store = store_with_queue(store_dir)
    queued = _by_query(store)["Stepove"]["event_id"]
    decide(EventStore(store), Decision(queued, who="ana", reject=True))     # hidden on the map
    with running_dashboard(store, env=NO_TILES) as url, offline_browser() as (page, outside):
        page.goto(url)
        frame = map_frame(page)
        assert event_marker_count(frame) == 1                  # the rejected one is hidden
        frame.locator("path.leaflet-interactive").first.click(force=True)
        page.get_by_text("Event id").first.wait_for(timeout=20_000)
        page.get_by_role("button", name="Flag for review").click()
        page.get_by_label("Why (optional)").fill("two sources disagree")
        page.get_by_label("Why (optional)").press("Tab")
        page.wait_for_timeout(800)
        page.get_by_role("button", name="Put it in the review queue").click()
        _wait_text(page, "Flagged: it waits on the Review page.")
        _shot(page, "review-7-flag-on-map")
        entries = review_queue(EventStore(store))
        assert [(e["event_id"], e["kind"]) for e in entries] == [("settled", "flagged")]
        assert "two sources disagree" in entries[0]["reason"]
        page.goto(f"{url}/?rejected=1")
        assert event_marker_count(map_frame(page)) == 2
        assert outside == []
