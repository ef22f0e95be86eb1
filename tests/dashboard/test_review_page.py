"""The Review page through Streamlit's AppTest: pick a namesake, correct a figure, reject,
confirm, bad values, two reviewers, the Rules view, flagging from the map."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.store import EventStore
from geo.store.review import history
from geo.store.rules import list_rules

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")


def _page() -> None:
    from dashboard.review_page import review_page
    review_page()


def review_app() -> AppTest:
    app = AppTest.from_function(_page, default_timeout=60)
    app.session_state["reviewer"] = "ana"
    return app.run()


def queued_id(store_dir: Path) -> str:
    events = EventStore(store_dir).read(rejected=True)
    return events[events["query"] == "Stepove"]["event_id"].iloc[0]


def event(store_dir: Path, event_id: str) -> dict:
    events = EventStore(store_dir).read(rejected=True)
    return events[events["event_id"] == event_id].iloc[0].to_dict()


def button(app: AppTest, prefix: str):
    return next(b for b in app.button if str(b.key).startswith(prefix))


def test_the_queue_shows_the_name_its_sentence_and_its_namesakes(review_store):
    app = review_app()
    assert not app.exception
    assert any("1 of 1" in m.value for m in app.markdown)
    assert "Stepove" in app.subheader[0].value
    table = app.dataframe[0].value
    assert list(table["raion"]) == ["Pokrovskyi Raion", ""] and list(table["population"]) == [350, 120]
    labels = [b.label for b in app.button if str(b.key).startswith("review_pick_")]
    assert len(labels) == 2 and "Donetsk Oblast" in labels[0] and "Zaporizhzhia Oblast" in labels[1]


def test_picking_a_namesake_places_the_event_and_makes_a_rule(review_store):
    event_id = queued_id(review_store)
    app = review_app()
    app.text_input(key=f"note_{event_id}").set_value("the report names a mine nearby")
    button(app, "review_pick_2").click().run()
    assert not app.exception and "corrected" in app.success[0].value
    placed = event(review_store, event_id)
    assert (int(placed["geonameid"]), placed["admin1"], placed["review_status"]) == \
        (9000002, "Zaporizhzhia Oblast", "corrected")
    trail = history(EventStore(review_store), event_id)
    assert trail[0]["who"] == "ana" and trail[0]["note"] == "the report names a mine nearby"
    assert [(r["name"], r["geonameid"]) for r in list_rules(EventStore(review_store))] == \
        [("Stepove", 9000002)]
    assert any("Nothing waits" in s.value for s in app.success)


def test_correcting_a_figure_and_bad_values_change_nothing(review_store):
    event_id = queued_id(review_store)
    app = review_app()
    app.number_input(key=f"edit_killed_{event_id}").set_value(-1)
    app.button[[b.label for b in app.button].index("Save corrections")].click().run()
    assert "is not a whole number" in app.error[0].value
    assert event(review_store, event_id)["review_status"] == "auto"
    app.number_input(key=f"edit_killed_{event_id}").set_value(0)
    app.text_input(key=f"edit_date_{event_id}").set_value("2025-02-30")
    app.button[[b.label for b in app.button].index("Save corrections")].click().run()
    assert "not a date that exists" in app.error[0].value
    assert history(EventStore(review_store), event_id) == []
    app.text_input(key=f"edit_date_{event_id}").set_value("2025-07-09")
    app.number_input(key=f"edit_killed_{event_id}").set_value(1)
    app.button[[b.label for b in app.button].index("Save corrections")].click().run()
    changed = event(review_store, event_id)
    assert (changed["killed"], changed["injured"], changed["date"], changed["review_status"]) == \
        (1, 2, "2025-07-09", "corrected")


@pytest.mark.parametrize("action, status", [("reject", "rejected"), ("confirm", "confirmed")])
def test_reject_and_confirm(review_store, action, status):
    event_id = queued_id(review_store)
    app = review_app()
    button(app, f"review_{action}").click().run()
    assert event(review_store, event_id)["review_status"] == status
    assert [h["new"] for h in history(EventStore(review_store), event_id)] == [status]


def test_low_confidence_events_join_the_queue_below_the_threshold(review_store):
    app = review_app()
    assert any("1 of 1" in m.value for m in app.markdown)
    app.sidebar.slider(key="review_threshold").set_value(0.9).run()
    assert any("1 of 2" in m.value for m in app.markdown)    # the settled event (confidence 0.8)


def test_two_reviewers_the_second_is_told_and_sees_the_new_state(review_store):
    event_id = queued_id(review_store)
    ana, bo = review_app(), review_app()
    button(ana, "review_pick_1").click().run()
    button(bo, "review_reject").click().run()
    assert "changed since you loaded it" in bo.error[0].value
    assert event(review_store, event_id)["review_status"] == "corrected"      # ana's decision kept
    assert any("The event changed meanwhile" in m.value for m in bo.markdown)
    shown = [d.value for d in bo.dataframe if "review_status" in d.value.columns]
    assert shown[0]["review_status"].tolist() == ["corrected"]            # the new state
    assert shown[0]["admin1"].tolist() == ["Donetsk Oblast"]
    assert len(history(EventStore(review_store), event_id)) == 2


def test_the_rules_view_removes_a_rule(review_store):
    event_id = queued_id(review_store)
    app = review_app()
    button(app, "review_pick_1").click().run()
    app.radio(key="review_view").set_value("Rules").run()
    assert "Stepove (any region) -> Stepove, Donetsk Oblast (#9000001)" in \
        app.selectbox(key="rule_to_remove").options
    app.button(key="remove_rule").click().run()
    assert list_rules(EventStore(review_store)) == []


def test_flagging_from_the_map_puts_an_event_in_the_queue(review_store):
    from dashboard.review_parts import reviewer_name  # noqa: F401  (the flag uses it)
    from geo.store.queue import review_queue
    from geo.store.review import flag

    flag(EventStore(review_store), "settled", who="ana", note="looks like a duplicate")
    app = review_app()
    assert any("of 2" in m.value for m in app.markdown)
    assert "Kramatorsk" in app.subheader[0].value                    # flagged ones come first
    assert review_queue(EventStore(review_store))[0]["kind"] == "flagged"


def test_the_map_hides_rejected_events_unless_asked(small_store):
    from geo.store.review import Decision, decide

    decide(EventStore(small_store), Decision("a", who="ana", reject=True))
    app = AppTest.from_file(APP, default_timeout=60).run()
    caption = next(c.value for c in app.caption if " of " in c.value and "events" in c.value)
    assert caption.startswith("2 of 2 events (1 rejected, hidden)")
    app = AppTest.from_file(APP, default_timeout=60)
    app.query_params["rejected"] = "1"
    app.run()
    caption = next(c.value for c in app.caption if " of " in c.value and "events" in c.value)
    assert caption.startswith("3 of 3 events") and app.sidebar.checkbox(key="f_rejected").value


def test_the_candidates_distance_to_the_front_on_the_events_day(review_store):
    """A hand-made occupied area east of 38°E, in force from 2025-07-01: the Donetsk namesake
    (37.6°E) is nearer the front than the Zaporizhzhia one (35.9°E)."""
    import json

    folder = review_store / "frontline"
    folder.mkdir()
    area = {"type": "Polygon", "coordinates": [[[38.0, 47.0], [40.0, 47.0], [40.0, 49.5],
                                                [38.0, 49.5], [38.0, 47.0]]]}
    (folder / "layer_2025-07-01_test.geojson").write_text(json.dumps(
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                                                    "geometry": area}]}), encoding="utf-8")
    app = review_app()
    assert not app.exception
    near, far = app.dataframe[0].value["front km"]
    assert 15 < near < 45 and far > 100


def _ingest_page() -> None:
    from dashboard.ingest_page import ingest_page
    ingest_page()


def _paste_and_save(text: str) -> AppTest:
    app = AppTest.from_function(_ingest_page, default_timeout=120).run()
    app.text_area[0].set_value(text).run()
    next(b for b in app.button if b.label == "Save to the store").click().run()
    assert not app.exception
    return app


def test_the_ingest_page_queues_unplaced_names_and_uses_the_rules(store_dir):
    """A pasted report naming an ambiguous village: saved, it waits on the Review page; after a
    rule, the next pasted report is placed by it."""
    from geo.gazetteer import load_gazetteer
    from geo.gazetteer.areas import candidate_by_geonameid
    from geo.store.queue import review_queue
    from geo.store.rules import add_rule

    _paste_and_save("A drone struck a house in Pervomaiske, injuring two people.")
    (entry,) = review_queue(EventStore(store_dir))
    assert entry["kind"] == "unresolved" and entry["query"] == "Pervomaiske"
    add_rule(EventStore(store_dir), "Pervomaiske", candidate_by_geonameid(load_gazetteer(), 697563),
             who="ana")
    _paste_and_save("Shelling damaged a school in Pervomaiske. One woman was injured.")
    events = EventStore(store_dir).read()
    placed = events[events["excerpt"].str.startswith("Shelling")].iloc[0]
    assert int(placed["geonameid"]) == 697563
