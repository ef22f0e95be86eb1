"""Telegram Desktop exports: every message shape, dates near midnight, sources, skips, errors,
all-or-nothing ingest, parallel extraction equal to one process, and streaming memory."""
from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.sources import detect_stream_format, open_reports, read_source
from geo.sources.telegram import TelegramStats, check_channel, read_telegram_reports
from tests.conftest import run_strikemap
from tests.sources.telegram_export import (CHANNEL_ID, CHANNEL_NAME, export, message, photo_only,
                                           poll, service, write_export)

STRIKE = "Yesterday a drone struck Kharkiv, injuring two people."


def _shapes() -> list[dict]:
    edited = message(14, "A missile hit Odesa port, one person was killed.",
                     edited="2026-11-20T12:00:00", edited_unixtime="1795694400")
    return [
        service(10),
        message(11, ["This night a ", {"type": "bold", "text": "drone"},
                     " struck Kharkiv. ", {"type": "hashtag", "text": "#Kharkiv"},
                     {"type": "text_link", "text": " details", "href": "https://example.org/x"}]),
        photo_only(12),
        poll(13),
        edited,
        message(15, "Russian artillery shelled Kherson, two people were injured.",
                forwarded_from="Another Regional Channel"),
        message(16, "A drone attack on Sumy damaged a school.", reply_to_message_id=11),
        {"id": 17, "type": "unsupported"},
    ]


def test_every_message_shape(tmp_path: Path) -> None:
    path = write_export(tmp_path / "result.json", _shapes())
    stats = TelegramStats()
    reports = list(read_telegram_reports(path, stats=stats))
    assert [r.source for r in reports] == [f"telegram:{CHANNEL_ID}/{m}" for m in (11, 14, 15, 16)]
    assert reports[0].text == "This night a drone struck Kharkiv. #Kharkiv details"
    assert reports[1].text.startswith("A missile hit Odesa")       # an edited message: its final text
    assert reports[0].source_name == CHANNEL_NAME
    assert reports[2].source_name == f"{CHANNEL_NAME}; forwarded from Another Regional Channel"
    assert reports[3].source_name == f"{CHANNEL_NAME}; in reply to telegram:{CHANNEL_ID}/11"
    assert dict(stats.skipped) == {"service": 1, "media-only": 2, "poll": 1}
    assert stats.messages == 8 and stats.reports == 4


def test_text_as_plain_string_or_text_field_only(tmp_path: Path) -> None:
    only_text = message(1, "A drone struck Kharkiv.")
    del only_text["text_entities"]
    mixed = message(2, ["A ", {"type": "italic", "text": "missile"}, " hit Kyiv."])
    del mixed["text_entities"]
    path = write_export(tmp_path / "result.json", [only_text, mixed])
    texts = [r.text for r in read_telegram_reports(path)]
    assert texts == ["A drone struck Kharkiv.", "A missile hit Kyiv."]


@pytest.mark.parametrize(("tz", "day", "strike_day"), [(None, "2026-11-20", "2026-11-19"),
                                                       ("UTC", "2026-11-19", "2026-11-18")])
def test_a_message_near_midnight_is_dated_in_kyiv(tmp_path: Path, geocoder, tz, day,
                                                  strike_day) -> None:
    """22:30 UTC on 19 November is 00:30 on the 20th in Kyiv: "yesterday" is the 19th there.
    The ``date`` field (the exporting computer's clock) says the 19th and is not trusted."""
    path = write_export(tmp_path / "result.json", [message(5, STRIKE, "2026-11-19T22:30:00Z")])
    [report] = read_telegram_reports(path, tz=tz)
    assert report.published == day
    events = read_source(path, geocoder=geocoder, tz=tz)
    assert list(events["date"]) == [strike_day]
    assert list(events["place"]) == ["Kharkiv"]


def test_sources_with_and_without_the_channel_username(tmp_path: Path, geocoder) -> None:
    from geo.maps import event_popup_html

    path = write_export(tmp_path / "result.json", [message(7, STRIKE)])
    named = read_source(path, geocoder=geocoder, channel="@test_oblast")
    assert list(named["source"]) == ["https://t.me/test_oblast/7"]
    popup = event_popup_html(named.iloc[0])
    assert '<a href="https://t.me/test_oblast/7"' in popup and CHANNEL_NAME in popup
    bare = read_source(path, geocoder=geocoder)
    assert list(bare["source"]) == [f"telegram:{CHANNEL_ID}/7"]
    assert list(bare["source_name"]) == [CHANNEL_NAME]
    assert "<a " not in event_popup_html(bare.iloc[0])
    assert set(named["event_id"]).isdisjoint(bare["event_id"])


def test_channel_name_is_escaped_in_the_popup(tmp_path: Path, geocoder) -> None:
    from geo.maps import event_popup_html

    path = write_export(tmp_path / "result.json", [message(7, STRIKE)],
                        name="<script>alert(1)</script>")
    popup = event_popup_html(read_source(path, geocoder=geocoder).iloc[0])
    assert "<script>" not in popup and "&lt;script&gt;" in popup


@pytest.mark.parametrize("name", ["t.me/test_oblast", "https://t.me/test_oblast/", "@test_oblast"])
def test_channel_usernames(name: str) -> None:
    assert check_channel(name) == "test_oblast"


@pytest.mark.parametrize("name", ["a b", "x", "../etc", "t.me/<b>"])
def test_bad_channel_usernames(name: str) -> None:
    with pytest.raises(InputError, match="telegram-channel"):
        check_channel(name)


def test_auto_detection_and_a_whole_account_export(tmp_path: Path, geocoder) -> None:
    chat = export([message(3, STRIKE)])
    account = {"about": "Here is the data you requested.",
               "personal_information": {"user_id": 1, "first_name": "A"},
               "chats": {"about": "chats", "list": [chat, export([message(4, STRIKE)],
                                                                 name="Second", chat_id=99)]}}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(account, indent=1), encoding="utf-8")
    assert detect_stream_format(path) == "telegram"
    events = read_source(path, geocoder=geocoder)
    assert list(events["source"]) == [f"telegram:{CHANNEL_ID}/3", "telegram:99/4"]
    assert list(events["source_name"]) == [CHANNEL_NAME, "Second"]


@pytest.mark.parametrize(("bad", "field"), [
    ({"date_unixtime": "soon"}, "date_unixtime"),
    ({"date_unixtime": None, "date": None}, "date_unixtime"),
    ({"text": 5, "text_entities": None}, "text"),
    ({"text_entities": [{"type": "bold", "text": 3}]}, "text_entities"),
    ({"type": "bogus"}, "type"),
    ({"reply_to_message_id": "x"}, "reply_to_message_id"),
    ({"forwarded_from": 7}, "forwarded_from"),
])
def test_bad_fields_name_file_message_and_field(tmp_path: Path, bad: dict, field: str) -> None:
    broken = {**message(42, STRIKE), **bad}
    if bad.get("text_entities") is None and "text_entities" in bad:
        del broken["text_entities"]
    path = write_export(tmp_path / "result.json", [message(41, STRIKE), broken])
    with pytest.raises(InputError) as caught:
        list(read_telegram_reports(path))
    text = str(caught.value)
    assert str(path) in text and "message 42" in text and f"field {field!r}" in text
    assert "\n" not in text


def test_a_message_without_an_id_and_broken_json(tmp_path: Path) -> None:
    path = write_export(tmp_path / "result.json", [{"type": "message", "text": "x"}])
    with pytest.raises(InputError, match="field 'id': message 1 of the chat"):
        list(read_telegram_reports(path))
    path.write_text('{"name": "x", "type": "public_channel", "id": 1,\n "messages": [\n {"id": 1,',
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"line 3: broken JSON"):
        list(read_telegram_reports(path))


def test_cli_ingest_counts_skips_shows_progress_and_adds_nothing_twice(tmp_path: Path) -> None:
    path = write_export(tmp_path / "result.json", _shapes())
    store = tmp_path / "store"
    first = run_strikemap("ingest", path, "--store", store, "--telegram-channel", "test_oblast")
    assert first.returncode == 0, first.stderr
    assert "skipped (1 service, 2 media-only, 1 poll)" in first.stdout
    assert "4/4 reports (100%)" in first.stderr
    again = run_strikemap("ingest", path, "--store", store, "--telegram-channel", "test_oblast")
    assert " 0 added" in again.stdout


def test_cli_bad_message_leaves_the_store_unchanged(tmp_path: Path) -> None:
    good = write_export(tmp_path / "good.json", [message(1, STRIKE)])
    store = tmp_path / "store"
    assert run_strikemap("ingest", good, "--store", store).returncode == 0
    before = (store / "events.sqlite").read_bytes()
    bad = write_export(tmp_path / "result.json",
                       [message(i, STRIKE.replace("Kharkiv", "Kyiv")) for i in range(2, 9)]
                       + [{**message(9, STRIKE), "date_unixtime": "x"}])
    result = run_strikemap("ingest", bad, "--store", store)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "message 9" in result.stderr
    assert "Traceback" not in result.stderr
    from geo.store import EventStore
    assert EventStore(store).count(merged=False) == 1
    assert (store / "events.sqlite").read_bytes() == before


def test_a_bad_message_past_the_first_block_rolls_back_the_whole_export(tmp_path: Path,
                                                                         geocoder) -> None:
    """Without the first pass: the error surfaces while storing, after blocks were written."""
    from geo.store import bulk
    from geo.commands import ingest
    from geo.commands.ingest import ingest_reports
    from geo.sources import batches
    from geo.store import EventStore

    messages = [message(i, f"A drone struck Kharkiv on day {i}.") for i in range(1, 40)]
    messages.append({**message(40, STRIKE), "date_unixtime": "x"})
    path = write_export(tmp_path / "result.json", messages)
    store = EventStore(tmp_path / "store")
    source = open_reports(path)
    written: list[int] = []
    real_insert = bulk.events_table

    def counting_insert(part, *args):
        written.append(len(part))
        return real_insert(part, *args)

    original = batches.BLOCK, ingest.STORE_BATCH_EVENTS
    batches.BLOCK, ingest.STORE_BATCH_EVENTS = 8, 1
    bulk.events_table = counting_insert
    try:
        with pytest.raises(InputError, match="message 40"):
            ingest_reports(store, str(path), source, 40, geocoder=geocoder, workers=1)
    finally:
        batches.BLOCK, ingest.STORE_BATCH_EVENTS = original
        bulk.events_table = real_insert
    assert len(written) >= 4 and sum(written) >= 32        # blocks were written, then rolled back
    assert store.count(merged=False) == 0


def test_parallel_extraction_equals_one_process(tmp_path: Path, geocoder) -> None:
    places = ["Kharkiv", "Kyiv", "Odesa", "Dnipro", "Sumy", "Kherson", "Zaporizhzhia", "Lviv"]
    messages = [message(i, f"Yesterday a drone struck {places[i % 8]}, injuring {i % 5} people. "
                           f"Artillery shelled {places[(i + 3) % 8]}.",
                        f"2026-11-{1 + i % 28:02d}T21:{i % 60:02d}:00Z") for i in range(1, 161)]
    path = write_export(tmp_path / "result.json", messages)
    from geo.sources import batches

    source = open_reports(path)
    one = source.read(geocoder=geocoder, workers=1)
    original = batches.BLOCK
    batches.BLOCK = 64                   # blocks of 64, 64 (in the workers) and 32 (here)
    try:
        two = source.read(geocoder=geocoder, workers=2)
    finally:
        batches.BLOCK = original
    assert len(one) >= 160
    assert one.drop(columns="geometry").equals(two.drop(columns="geometry"))
    assert one.geometry.equals(two.geometry)


def test_a_large_export_is_read_as_a_stream(tmp_path: Path) -> None:
    """Reading 20 MB of messages holds a few MB at most (one buffer and one message)."""
    path = tmp_path / "result.json"
    with open(path, "w", encoding="utf-8") as out:
        out.write(f'{{\n "name": "big", "type": "public_channel", "id": 5,\n "messages": [\n')
        for i in range(1, 10_001):
            sep = ",\n" if i > 1 else ""
            out.write(sep + json.dumps(message(i, STRIKE + " " + "x" * 1500), indent=1))
        out.write("\n ]\n}\n")
    assert path.stat().st_size > 15_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_telegram_reports(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 10_000
    assert peak < 8_000_000, f"peak {peak / 1e6:.1f} MB"


def test_store_batches_join_blocks_in_order(tmp_path: Path, geocoder) -> None:
    from geo.commands.ingest import grouped

    path = write_export(tmp_path / "result.json",
                        [message(i, f"A drone struck Kharkiv on day {i}.") for i in range(1, 10)])
    frames = list(open_reports(path).frames(geocoder=geocoder, workers=1))
    assert len(frames) == 1
    blocks = [frames[0].iloc[i:i + 3] for i in range(0, 9, 3)]
    joined = list(grouped(blocks, rows=5))
    assert [len(f) for f in joined] == [6, 3]
    assert list(joined[0]["event_id"]) + list(joined[1]["event_id"]) == list(frames[0]["event_id"])
