"""``strikemap review``, ``history`` and ``rules`` end to end: an ambiguous name waits in the
queue as an event with its namesakes; placing it makes a rule that a new report uses; a
re-ingest undoes nothing; rules travel between stores in a file."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from geo.cli import main
from geo.store import EventStore

#: our own wording; Pervomaiske has namesakes in several oblasts of the default gazetteer
FIRST = "A drone struck a house in Pervomaiske on Saturday, injuring two people."
LATER = "Shelling damaged a school in Pervomaiske, officials said. One woman was injured."
DONETSK_PERVOMAISKE = 697563


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def report(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def queued(tmp_path, store_dir, capsys) -> dict:
    code, out, err = run(capsys, "ingest", report(tmp_path, "first.txt", FIRST),
                         "--published", "2025-03-02")
    assert code == 0 and " 1 added" in out and "Pervomaiske" in err
    code, out, _ = run(capsys, "review", "list")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(lines) == 1
    return lines[0]


def test_an_unplaced_name_is_a_queued_event_with_its_candidates(queued, store_dir):
    assert list(queued) == ["event_id", "review_status", "reason", "query", "place", "candidates"]
    assert queued["review_status"] == "auto" and queued["query"] == "Pervomaiske"
    assert queued["reason"].startswith("ambiguous")
    ids = [c["geonameid"] for c in queued["candidates"]]
    assert DONETSK_PERVOMAISKE in ids and len(ids) >= 2
    assert all(set(c) == {"geonameid", "name", "admin1", "lat", "lon", "population"}
               for c in queued["candidates"])
    from geo.store.queue import review_queue
    (entry,) = review_queue(EventStore(store_dir))
    raions = {c["geonameid"]: c["raion"] for c in entry["candidates"]}
    assert raions[DONETSK_PERVOMAISKE] == "Horlivskyi Raion"            # shown on the page
    stored = EventStore(store_dir).read()
    event = stored[stored["event_id"] == queued["event_id"]].iloc[0]
    assert pd.isna(event["geonameid"])
    assert event["geo_precision"] in ("region", "country") and event["injured"] == 2


def test_placing_a_name_makes_a_rule_a_new_report_uses(queued, tmp_path, store_dir, capsys):
    code, out, err = run(capsys, "review", "set", queued["event_id"], "--place",
                         str(DONETSK_PERVOMAISKE), "--who", "ana", "--note", "channel says so")
    assert code == 0 and "corrected" in out and "rule 'Pervomaiske'" in err
    code, out, _ = run(capsys, "rules", "list")
    (rule,) = [json.loads(line) for line in out.splitlines()]
    assert (rule["name"], rule["region"], rule["geonameid"], rule["who"]) == \
        ("Pervomaiske", "", DONETSK_PERVOMAISKE, "ana")
    code, out, _ = run(capsys, "ingest", report(tmp_path, "later.txt", LATER),
                       "--published", "2025-03-05")
    assert code == 0 and " 1 added" in out
    events = EventStore(store_dir).read()
    later = events[events["source"].str.endswith("later.txt")].iloc[0]
    assert int(later["geonameid"]) == DONETSK_PERVOMAISKE and later["admin1"] == "Donetsk Oblast"
    code, out, _ = run(capsys, "history", later["event_id"])
    assert "placed by the rule 'Pervomaiske'" in out and " rule " in out
    code, out, _ = run(capsys, "review", "list")
    assert out == ""                                     # nothing left to decide


def test_re_ingesting_the_report_after_every_kind_of_decision_undoes_nothing(
        queued, tmp_path, store_dir, capsys):
    event_id = queued["event_id"]
    for argv in (["--place", str(DONETSK_PERVOMAISKE)], ["--killed", "1"], ["--injured", "3"],
                 ["--type", "missile", "--type", "drone"], ["--date", "2025-02-28"]):
        assert run(capsys, "review", "set", event_id, *argv, "--who", "ana")[0] == 0
    code, out, _ = run(capsys, "ingest", str(tmp_path / "first.txt"), "--published", "2025-03-02")
    assert code == 0 and " 0 added, 1 already stored" in out
    stored = EventStore(store_dir).read()
    assert len(stored) == 1
    event = stored.iloc[0]
    assert (int(event["geonameid"]), event["killed"], event["injured"], event["attack_types"],
            event["date"], event["review_status"]) == \
        (DONETSK_PERVOMAISKE, 1, 3, ["missile", "drone"], "2025-02-28", "corrected")
    assert run(capsys, "review", "set", event_id, "--reject", "--who", "bo")[0] == 0
    run(capsys, "ingest", str(tmp_path / "first.txt"), "--published", "2025-03-02")
    assert EventStore(store_dir).count() == 0 and EventStore(store_dir).count(rejected=True) == 1
    code, out, _ = run(capsys, "history", event_id)
    assert out.count("\n") == 11 and out.splitlines()[-1].split()[1] == "bo"


@pytest.mark.parametrize("argv, message", [
    (["--killed", "-1"], "field 'killed': -1 is not a whole number >= 0"),
    (["--type", "banana"], "attack type 'banana' is not in the taxonomy"),
    (["--date", "2025-02-30"], "field 'date': '2025-02-30' is not a date that exists"),
    (["--place", "1"], "no place with GeoNames id 1"),
    (["--reject", "--confirm"], "a rejected event takes no other change"),
])
def test_a_bad_value_exits_2_with_one_line_and_changes_nothing(queued, store_dir, capsys,
                                                               argv, message):
    before = EventStore(store_dir).read(rejected=True)
    code, out, err = run(capsys, "review", "set", queued["event_id"], *argv)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1
    assert EventStore(store_dir).read(rejected=True).equals(before)
    assert run(capsys, "history", queued["event_id"])[1].endswith("no decisions recorded\n")


def test_two_reviewers_from_the_command_line(queued, capsys):
    event_id = queued["event_id"]
    assert run(capsys, "review", "set", event_id, "--killed", "2", "--seen", "0")[0] == 0
    code, _, err = run(capsys, "review", "set", event_id, "--killed", "5", "--seen", "0")
    assert code == 2 and "changed since you loaded it" in err


def test_rules_export_import_and_remove(queued, tmp_path, capsys):
    run(capsys, "review", "set", queued["event_id"], "--place", str(DONETSK_PERVOMAISKE))
    shared = tmp_path / "team-rules.json"
    assert run(capsys, "rules", "export", str(shared))[0] == 0
    other = tmp_path / "other-store"
    code, out, _ = run(capsys, "rules", "import", str(shared), "--store", str(other))
    assert code == 0 and out.startswith("1 rule(s) imported")
    listed = run(capsys, "rules", "list", "--store", str(other))[1]
    assert json.loads(listed)["geonameid"] == DONETSK_PERVOMAISKE
    assert run(capsys, "rules", "remove", "Pervomaiske", "--store", str(other))[0] == 0
    assert run(capsys, "rules", "list", "--store", str(other))[1] == ""
    code, _, err = run(capsys, "rules", "remove", "Pervomaiske", "--store", str(other))
    assert code == 2 and "no rule for 'Pervomaiske'" in err


def test_a_bad_rules_file_is_refused_whole(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    good = {"name": "Vilne", "place": "Vilne", "lat": 48.0, "lon": 37.0, "geonameid": 1}
    bad.write_text(json.dumps({"rules": [good, {**good, "lat": 123}]}), encoding="utf-8")
    code, _, err = run(capsys, "rules", "import", str(bad), "--store", str(tmp_path / "s"))
    assert code == 2 and "field 'rules[1].lat'" in err and str(bad) in err
    assert run(capsys, "rules", "list", "--store", str(tmp_path / "s"))[1] == ""


def test_a_stream_of_reports_queues_every_unplaced_name_and_uses_the_rules(tmp_path, store_dir,
                                                                         capsys):
    """JSON lines go through the streamed, batched ingest: each report's unplaced name is
    queued; after a rule, a new stream places the name."""
    lines = [json.dumps({"text": text, "published": "2025-03-0%d" % (i + 2),
                         "source": f"https://feed.example/{i}"})
             for i, text in enumerate((FIRST, LATER))]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "ingest", str(feed), "--workers", "1")
    assert code == 0 and " 2 added" in out
    queue = [json.loads(line) for line in run(capsys, "review", "list")[1].splitlines()]
    assert len(queue) == 2 and {e["query"] for e in queue} == {"Pervomaiske"}
    run(capsys, "rules", "add", "Pervomaiske", str(DONETSK_PERVOMAISKE), "--who", "ana")
    feed2 = tmp_path / "feed2.jsonl"
    feed2.write_text(json.dumps({"text": LATER, "published": "2025-03-09",
                                 "source": "https://feed.example/9"}) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "ingest", str(feed2), "--workers", "1")
    assert code == 0 and " 1 added" in out
    events = EventStore(store_dir).read()
    placed = events[events["source"] == "https://feed.example/9"].iloc[0]
    assert int(placed["geonameid"]) == DONETSK_PERVOMAISKE
