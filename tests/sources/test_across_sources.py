"""The same strike from an oblast administration's Telegram channel and from a news feed is one
event listing both sources (the duplicate rule of docs/store.md); different strikes stay apart."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import run_strikemap
from tests.sources.telegram_export import message, write_export

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test news</title>
<item><title>Kharkiv hit by a drone</title><link>https://news.example/kharkiv-drone</link>
<description>Yesterday a Russian drone struck Kharkiv; two people were injured.</description>
<pubDate>Fri, 20 Nov 2026 09:15:00 GMT</pubDate></item>
<item><title>Shelling of Kherson</title><link>https://news.example/kherson</link>
<description>Yesterday artillery shelled Kherson.</description>
<pubDate>Fri, 20 Nov 2026 09:20:00 GMT</pubDate></item>
</channel></rss>
"""


def test_channel_and_feed_merge_into_one_event(tmp_path: Path) -> None:
    export = write_export(tmp_path / "result.json", [
        message(101, "Yesterday a drone struck Kharkiv, injuring two people.", "2026-11-20T06:00:00Z"),
        message(102, "Yesterday a drone struck Kharkiv again; one more person was injured.",
                "2026-11-20T07:00:00Z"),
    ])
    feed = tmp_path / "news.xml"
    feed.write_text(FEED, encoding="utf-8")
    store = tmp_path / "store"
    first = run_strikemap("ingest", export, "--store", store, "--telegram-channel", "test_ova")
    assert first.returncode == 0, first.stderr
    assert "1 merged" in first.stdout          # the channel's second message about the same strike
    second = run_strikemap("ingest", feed, "--store", store)
    assert second.returncode == 0, second.stderr
    assert "2 added" in second.stdout and "1 merged" in second.stdout

    from geo.store import EventStore

    events = EventStore(store).read()
    kharkiv = events[events["place"] == "Kharkiv"]
    assert len(kharkiv) == 1
    assert kharkiv.iloc[0]["sources"] == ["https://t.me/test_ova/101", "https://t.me/test_ova/102",
                                          "https://news.example/kharkiv-drone"]
    assert kharkiv.iloc[0]["injured"] == 2
    assert list(events[events["place"] == "Kherson"]["sources"]) == [["https://news.example/kherson"]]
