"""Text reports with sidecars, format detection and read_source's bad-input errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.sources import detect_format, read_source
from geo.sources.text import read_report

REPORT = ("Russian drones struck Kharkiv overnight, injuring five people. "
          "Russian artillery shelled Pervomaiske, wounding two.")


def _report(tmp_path: Path, text: str = REPORT, meta: object | None = None,
            name: str = "report.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        path.with_name(name + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def test_sidecar_gives_source_and_date(tmp_path: Path, geocoder) -> None:
    path = _report(tmp_path, meta={"published": "2025-07-22", "source": "https://example.org/a",
                                   "title": "t", "language": "en"})
    events = read_source(path, geocoder=geocoder)
    assert list(events["place"]) == ["Kharkiv"]
    assert list(events["source"]) == ["https://example.org/a"]
    assert list(events["date"]) == ["2025-07-22"]
    assert [u["query"] for u in events.attrs["unresolved"]] == ["Pervomaiske"]


def test_published_argument_overrides_the_sidecar(tmp_path: Path) -> None:
    path = _report(tmp_path, meta={"published": "2025-07-22"})
    assert read_report(path, published="2025-01-02").published == "2025-01-02"
    assert read_report(path).published == "2025-07-22"
    assert read_report(_report(tmp_path, name="b.txt")).source == "b.txt"


def test_a_dateline_dates_the_report_when_nothing_else_does(tmp_path: Path, geocoder) -> None:
    """"Date: 2026-11-20" on the first line: "overnight" is that day; a sidecar or
    --published still wins, and a first sentence that mentions a date is no dateline."""
    path = _report(tmp_path, text="Date: 2026-11-20\n\n" + REPORT)
    assert read_report(path).published == "2026-11-20"
    assert list(read_source(path, geocoder=geocoder)["date"]) == ["2026-11-20"]
    assert read_report(path, published="2026-11-21").published == "2026-11-21"
    dated = _report(tmp_path, text="20 November 2026\n" + REPORT, meta={"published": "2026-11-22"},
                    name="c.txt")
    assert read_report(dated).published == "2026-11-22"
    sentence = _report(tmp_path, text="On 20 November 2026 drones struck Kharkiv.", name="d.txt")
    assert read_report(sentence).published is None


def test_extract_reads_the_dateline_from_stdin() -> None:
    from tests.conftest import run_strikemap

    out = run_strikemap("extract", "-", stdin="Thursday, November 20, 2026\n" + REPORT)
    assert out.returncode == 0, out.stderr
    features = json.loads(out.stdout)["features"]
    assert [f["properties"]["date"] for f in features] == ["2026-11-20"]


@pytest.mark.parametrize("meta, field", [({"published": "22.07.2025"}, "published"),
                                         ({"source": 5}, "source"), ([1, 2], None)])
def test_bad_sidecar_is_input_error(tmp_path: Path, meta: object, field: str | None) -> None:
    path = _report(tmp_path, meta=meta)
    with pytest.raises(InputError) as caught:
        read_report(path)
    assert caught.value.file == str(path) + ".meta.json"
    assert caught.value.field == field


@pytest.mark.parametrize("content, suffix, fmt", [
    (REPORT, ".txt", "text"),
    ("date,latitude,longitude,attack_type\n2025-07-22,50.4,30.5,drone\n", ".csv", "csv"),
    ("date,location,attack_type,killed\n2025-07-22,Kyiv,drone,1\n", ".txt", "csv"),
    ('{"type": "FeatureCollection", "features": []}', ".json", "geojson"),
    ("event_id_cnty,event_date,event_type,sub_event_type,fatalities\n", ".csv", "acled"),
    ("id,date_start,date_end,where_prec,best,source_headline\n", ".csv", "ucdp"),
    ("Kyiv, Odesa, and Lviv were attacked, officials said.\n", "", "text"),
])
def test_detect_format(tmp_path: Path, content: str, suffix: str, fmt: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_text(content, encoding="utf-8")
    assert detect_format(path) == fmt


@pytest.mark.parametrize("content, suffix, message", [
    (b"", ".txt", "empty file"), (b"  \n\n", ".txt", "empty file"),
    (b"\x00\x01\x02binary", ".txt", "binary"), (b"\xff\xfe\xfa text", ".txt", "UTF-8"),
    (b"alpha,beta,gamma\n1,2,3\n", ".csv", "unrecognised CSV header"),
    (b"[1, 2, 3]", ".geojson", "GeoJSON"),
])
def test_unreadable_inputs(tmp_path: Path, content: bytes, suffix: str, message: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        read_source(path)
    assert caught.value.file == str(path)


def test_missing_file_and_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="unknown format"):
        read_source(_report(tmp_path), format="pdf")
