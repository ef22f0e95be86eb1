"""The Ingest page reads Telegram exports (with the channel field), JSON lines and feeds through
the same readers as the command line, with a progress bar, and names the upload in errors."""
from __future__ import annotations

import json

import pytest

from geo.errors import StrikemapError
from tests.sources.telegram_export import export, message, poll


@pytest.fixture
def page(monkeypatch: pytest.MonkeyPatch):
    from dashboard import ingest_page

    monkeypatch.setattr(ingest_page.data, "ingest_geocoder", lambda: None)
    return ingest_page


def test_a_telegram_export_with_the_channel_field(page) -> None:
    payload = json.dumps(export([message(5, "Yesterday a drone struck Kharkiv."), poll(6)]),
                         indent=1).encode("utf-8")
    suffix = page._safe_suffix("result.json")
    events = page._read_one(payload, "result.json", suffix, "auto", None, "test_ova", None)
    assert list(events["source"]) == ["https://t.me/test_ova/5"]
    assert events.attrs["skipped"] == {"poll": 1}
    plain = page._read_one(payload, "result.json", suffix, "auto", None, None, None)
    assert list(plain["source"]) == ["telegram:1234567890/5"]


def test_the_channel_field_does_not_apply_to_other_files(page) -> None:
    payload = b"date,latitude,longitude,attack_type\n2025-07-22,50.45,30.52,drone\n"
    events = page._read_one(payload, "x.csv", ".csv", "auto", None, "test_ova", None)
    assert len(events) == 1


def test_errors_name_the_upload_not_the_temporary_file(page) -> None:
    payload = json.dumps(export([{**message(5, "x"), "date_unixtime": "soon"}])).encode("utf-8")
    with pytest.raises(StrikemapError) as caught:
        page._read_one(payload, "my export.json", ".json", "auto", None, None, None)
    text = str(caught.value)
    assert text.startswith("my export.json") and "message 5" in text and "upload" not in text
    jsonl = b'{"text": "A drone struck Kyiv.", "source": "s1", "published": "2026-11-20"}\n'
    assert len(page._read_one(jsonl, "a.jsonl", ".jsonl", "auto", None, None, None)) == 1
