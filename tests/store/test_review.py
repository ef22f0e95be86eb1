"""Review decisions in the store: one transaction each, audited, never undone by a
re-ingest, safe with two reviewers, bad values refused with nothing changed."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from geo.errors import InputError, ReviewConflictError
from geo.model import EventRecord
from geo.schema import records_to_frame
from geo.store import EventStore
from geo.store.queue import review_queue
from geo.store.review import Decision, PlaceChoice, decide, flag, history, version


def events():
    return records_to_frame([
        EventRecord("ev-a", "2025-03-01", "day", ("drone",), "Sumy", "Sumy", 50.9077, 34.7981,
                    geonameid=692194, admin1="Sumy Oblast", injured=2, source="report-a",
                    excerpt="Drones hit Sumy.", confidence=0.9),
        EventRecord("ev-b", "2025-03-02", "day", ("artillery",), "Nikopol", "Nikopol", 47.5712,
                    34.3964, geonameid=700051, killed=1, source="report-b", confidence=0.3),
    ])


@pytest.fixture
def store(tmp_path) -> EventStore:
    store = EventStore(tmp_path / "store")
    store.ingest(events(), label="seed")
    return store


def row(store: EventStore, event_id: str) -> dict:
    frame = store.read(rejected=True, merged=False)
    return frame[frame["event_id"] == event_id].iloc[0].to_dict()


def audit_rows(store: EventStore) -> int:
    with sqlite3.connect(store.file) as con:
        return con.execute("SELECT count(*) FROM audit").fetchone()[0]


def test_a_correction_is_one_audited_transaction(store):
    result = decide(store, Decision("ev-a", who="ana", killed=3, injured=4,
                                    attack_types=("drone", "missile"), date="2025-02-28",
                                    note="the mayor's update", seen=0))
    assert result.review_status == "corrected" and result.version == 5
    got = row(store, "ev-a")
    assert (got["killed"], got["injured"], got["attack_types"], got["date"]) == \
        (3, 4, ["drone", "missile"], "2025-02-28")
    assert got["review_status"] == "corrected"
    trail = history(store, "ev-a")
    assert [(h["field"], h["old"], h["new"]) for h in trail] == [
        ("killed", None, 3), ("injured", 2, 4), ("date", "2025-03-01", "2025-02-28"),
        ("attack_types", ["drone"], ["drone", "missile"]), ("review_status", "auto", "corrected")]
    assert {h["who"] for h in trail} == {"ana"} and {h["note"] for h in trail} == {"the mayor's update"}
    assert all(h["at"].endswith("+00:00") for h in trail)


def test_confirm_reject_and_the_rejected_are_hidden_by_default(store):
    assert decide(store, Decision("ev-a", who="ana", confirm=True)).review_status == "confirmed"
    assert decide(store, Decision("ev-b", who="bo", reject=True, note="a drill")).review_status == "rejected"
    assert store.read()["event_id"].tolist() == ["ev-a"] and store.count() == 1
    every = store.read(rejected=True)
    assert every["review_status"].tolist() == ["confirmed", "rejected"] and store.count(rejected=True) == 2


@pytest.mark.parametrize("decision, field", [
    (Decision("ev-a", who="ana", killed=-1), "killed"),
    (Decision("ev-a", who="ana", injured=2.5), "injured"),
    (Decision("ev-a", who="ana", attack_types=("banana",)), "attack_types"),
    (Decision("ev-a", who="ana", date="2025-02-30"), "date"),
    (Decision("ev-a", who="ana", date="2999-01-01"), "date"),
    (Decision("ev-a", who="ana", reject=True, killed=1), "reject"),
    (Decision("ev-a", who="ana"), "decision"),
    (Decision("ev-a", who=" ", confirm=True), "who"),
    (Decision("no-such-event", who="ana", confirm=True), "event_id"),
])
def test_a_bad_value_is_one_line_and_changes_nothing(store, decision, field):
    before = store.read(rejected=True)
    with pytest.raises(InputError) as error:
        decide(store, decision)
    assert error.value.field == field and "\n" not in str(error.value)
    assert store.read(rejected=True).equals(before) and audit_rows(store) == 0


def test_re_ingesting_never_undoes_a_decision(store):
    decide(store, Decision("ev-a", who="ana", killed=5, date="2025-02-27"))
    decide(store, Decision("ev-b", who="ana", reject=True))
    result = store.ingest(events(), label="seed again")
    assert (result.added, result.skipped) == (0, 2)
    assert (row(store, "ev-a")["killed"], row(store, "ev-a")["date"]) == (5, "2025-02-27")
    assert row(store, "ev-b")["review_status"] == "rejected" and store.count() == 1


def test_a_placed_name_is_not_added_again_when_its_report_now_resolves(store):
    """Once placed, the report's event would get the id of a resolved event: an alias of
    the reviewed one, so the re-ingest adds nothing."""
    from geo.schema import make_event_id

    choice = PlaceChoice("Pervomaiske", 47.99, 38.79, 697563, "UA", "Donetsk Oblast")
    decide(store, Decision("ev-b", who="ana", place=choice))
    now_resolved = records_to_frame([EventRecord(
        make_event_id("report-b", 697563, "2025-03-02"), "2025-03-02", "day", ("artillery",),
        "Pervomaiske", "Pervomaiske", 47.99, 38.79, geonameid=697563, source="report-b")])
    assert store.ingest(now_resolved, label="again").added == 0


def test_two_reviewers_on_one_event_the_second_is_told_and_nothing_is_lost(store):
    seen = version(store, "ev-a")
    decide(store, Decision("ev-a", who="ana", killed=1, seen=seen))
    with pytest.raises(ReviewConflictError, match="changed since you loaded it") as error:
        decide(store, Decision("ev-a", who="bo", killed=9, seen=seen))
    assert (error.value.seen, error.value.now) == (0, 2)
    assert row(store, "ev-a")["killed"] == 1
    assert [h["who"] for h in history(store, "ev-a")] == ["ana", "ana"]
    decide(store, Decision("ev-a", who="bo", killed=9, seen=version(store, "ev-a")))
    assert row(store, "ev-a")["killed"] == 9


def test_two_reviewers_at_the_same_moment_exactly_one_wins(store):
    """Both load the event, then decide at once from two threads (two connections):
    the store's write lock orders them, and the later one sees the changed version."""
    seen = version(store, "ev-b")
    barrier, outcomes = threading.Barrier(2), []

    def review(who: str, killed: int) -> None:
        barrier.wait()
        try:
            decide(EventStore(store.folder), Decision("ev-b", who=who, killed=killed, seen=seen))
            outcomes.append(("ok", who))
        except ReviewConflictError:
            outcomes.append(("conflict", who))

    threads = [threading.Thread(target=review, args=(w, k)) for w, k in (("ana", 2), ("bo", 7))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(o for o, _ in outcomes) == ["conflict", "ok"]
    winner = next(w for o, w in outcomes if o == "ok")
    assert row(store, "ev-b")["killed"] == {"ana": 2, "bo": 7}[winner]
    assert {h["who"] for h in history(store, "ev-b")} == {winner}


def test_the_queue_low_confidence_flags_and_decisions(store):
    queue = review_queue(store, threshold=0.5)
    assert [(e["event_id"], e["kind"]) for e in queue] == [("ev-b", "low confidence")]
    flag(store, "ev-a", who="ana", note="figures look off")
    queue = review_queue(store, threshold=0.5)
    assert [(e["event_id"], e["kind"]) for e in queue] == [("ev-a", "flagged"), ("ev-b", "low confidence")]
    assert "figures look off" in queue[0]["reason"] and queue[0]["version"] == 1
    decide(store, Decision("ev-a", who="bo", confirm=True, seen=1))
    decide(store, Decision("ev-b", who="bo", confirm=True))
    assert review_queue(store, threshold=0.5) == []
    assert [e["event_id"] for e in review_queue(store, status="confirmed")] == ["ev-a", "ev-b"]


def test_an_older_store_gains_review_status_and_the_review_tables(tmp_path):
    store = EventStore(tmp_path / "old")
    store.ingest(events(), label="seed")
    with sqlite3.connect(store.file) as con:         # back to the layout of schema version 1
        con.execute("ALTER TABLE events DROP COLUMN review_status")
        for table in ("audit", "rules", "review_queue", "aliases"):
            con.execute(f"DROP TABLE {table}")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    assert store.read()["review_status"].tolist() == ["auto", "auto"]
    decide(store, Decision("ev-a", who="ana", reject=True))
    assert store.read()["event_id"].tolist() == ["ev-b"]


def test_a_duplicates_higher_figure_never_overrides_a_correction(tmp_path):
    """Reading folds duplicates into their event with the highest figure any source gave;
    a figure a reviewer set stands."""
    store = EventStore(tmp_path / "dups")
    first = EventRecord("first", "2025-03-01", "day", ("drone",), "Sumy", "Sumy", 50.9077, 34.7981,
                        killed=5, source="https://a.example/1")
    second = EventRecord("second", "2025-03-01", "day", ("drone",), "Sumy", "Sumy", 50.9077,
                         34.7981, killed=5, source="https://b.example/2")
    store.ingest(records_to_frame([first]), label="a")
    assert store.ingest(records_to_frame([second]), label="b").merged == 1
    decide(store, Decision("first", who="ana", killed=3, note="the 5 counted two twice"))
    assert store.read()["killed"].tolist() == [3]


def test_streamed_batches_keep_their_queue_entries_when_joined():
    from geo.commands.ingest import grouped

    frames = []
    for i in range(3):
        frame = records_to_frame([EventRecord(f"p{i}", None, "unknown", ("other",), "X", "X", 49.0,
                                              32.0, geo_precision="country", source=f"s{i}")])
        frame.attrs = {"review_queue": {f"p{i}": {"kind": "unresolved", "reason": "r",
                                                  "candidates": []}}}
        frames.append(frame)
    (joined,) = list(grouped(iter(frames), rows=10))
    assert sorted(joined.attrs["review_queue"]) == ["p0", "p1", "p2"]
