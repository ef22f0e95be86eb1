"""JSON lines of reports: fields, dates with and without offsets, skips and errors by line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.sources import detect_stream_format, read_source
from geo.sources.jsonl import read_jsonl_reports
from tests.conftest import run_strikemap

STRIKE = "Yesterday a drone struck Kharkiv, injuring two people."


def _write(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def test_records_become_reports(tmp_path: Path, geocoder) -> None:
    path = _write(tmp_path / "scraped.jsonl", [
        {"text": STRIKE, "published": "2026-11-20", "source": "https://news.example/a", "title": "T"},
        "",
        {"text": STRIKE.replace("Kharkiv", "Odesa"), "published": "2026-11-19T22:30:00Z",
         "source": "https://news.example/b"},
        {"text": STRIKE.replace("Kharkiv", "Sumy"), "published": "2026-11-19T22:30:00",
         "source": "https://news.example/c"},
        {"text": "   ", "source": "https://news.example/empty"},
    ])
    assert detect_stream_format(path) == "jsonl"
    reports = list(read_jsonl_reports(path))
    # with an offset: the day in Kyiv (00:30 on the 20th); without: the day as written
    assert [r.published for r in reports] == ["2026-11-20", "2026-11-20", "2026-11-19"]
    assert reports[0].title == "T"
    events = read_source(path, geocoder=geocoder)
    assert list(events["place"]) == ["Kharkiv", "Odesa", "Sumy"]
    assert list(events["date"]) == ["2026-11-19", "2026-11-19", "2026-11-18"]
    assert list(events["source"]) == ["https://news.example/a", "https://news.example/b",
                                      "https://news.example/c"]
    assert events.attrs["skipped"] == {"empty": 1}


@pytest.mark.parametrize(("line", "field"), [
    ('{"text": "x", "source": "s", "published": "20.11.2026"}', "published"),
    ('{"text": 3, "source": "s"}', "text"),
    ('{"text": "x"}', "source"),
    ('{"text": "x", "source": "s", "title": ["t"]}', "title"),
    ('{"source": "s"}', "text"),
])
def test_bad_fields_name_the_line_and_field(tmp_path: Path, line: str, field: str) -> None:
    path = _write(tmp_path / "x.jsonl", [{"text": STRIKE, "source": "a"}, line])
    with pytest.raises(InputError) as caught:
        list(read_jsonl_reports(path))
    assert f"line 2, field {field!r}" in str(caught.value)


@pytest.mark.parametrize("line", ['{"text": "x", "source": ', '[1, 2]', 'not json'])
def test_broken_lines(tmp_path: Path, line: str) -> None:
    path = _write(tmp_path / "x.jsonl", [{"text": STRIKE, "source": "a"}, line])
    with pytest.raises(InputError, match="line 2"):
        list(read_jsonl_reports(path))


def test_cli_ingest_twice_adds_nothing_and_a_bad_line_changes_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.jsonl", [{"text": STRIKE, "published": "2026-11-20",
                                          "source": "https://news.example/a"}])
    store = tmp_path / "store"
    first = run_strikemap("ingest", path, "--store", store)
    assert first.returncode == 0 and "1 added" in first.stdout, first.stderr
    assert "0 added, 1 already stored" in run_strikemap("ingest", path, "--store", store).stdout
    bad = _write(tmp_path / "b.jsonl", [{"text": STRIKE.replace("Kharkiv", "Kyiv"),
                                         "source": "https://news.example/k"}, '{"text": 1}'])
    result = run_strikemap("ingest", bad, "--store", store)
    assert result.returncode == 2 and "b.jsonl, line 2, field 'text'" in result.stderr
    from geo.store import EventStore
    assert EventStore(store).count(merged=False) == 1
