"""Hypothesis fuzzing of issue 25's cases: JSON depth and size, big integers, encodings,
file kinds, NUL bytes, CSV headers, GeoNames dumps and zips, frontline date offsets.

The contract (:mod:`tests.fuzz_support`): any input gives valid events or a one-line
:class:`~geo.errors.StrikemapError`; never another exception, never a hang. URL
parameters are fuzzed in ``tests/dashboard/test_hostile_urls.py``.
"""
from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from geo.errors import GazetteerError, StrikemapError
from tests.fuzz_support import FUZZ, assert_valid_events, outcome, temp_file
from tests.hostile_inputs import HOSTILE_STRINGS

_PROPS = ('{"date":"2025-07-01","attack_type":"drone","killed":%s,"notes":%s}')


def _geojson(killed: str, notes: str, lon: str = "30.5") -> str:
    return ('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",'
            '"coordinates":[%s,50.4]},"properties":%s}]}' % (lon, _PROPS % (killed, notes)))


big_integers = st.integers(1, 6000).map(lambda n: "9" * n)
numbers = st.one_of(big_integers, st.from_regex(r"-?\d{1,500}(\.\d{1,500})?([eE][+-]?\d{1,5})?", fullmatch=True))
nested = st.tuples(st.integers(1, 60_000), st.sampled_from(["[", "{\"a\":"])).map(
    lambda d: d[1] * d[0] + "1" + ("]" if d[1] == "[" else "}") * d[0])
json_text = st.one_of(st.sampled_from(HOSTILE_STRINGS), st.text(max_size=50)).map(json.dumps)


@FUZZ
@given(numbers, st.one_of(json_text, nested), numbers)
def test_geojson_numbers_and_depth(killed: str, notes: str, lon: str) -> None:
    from geo.sources.generic import read_geojson_events

    with temp_file(_geojson(killed, notes, lon), ".geojson") as path:
        assert_valid_events(outcome(lambda: read_geojson_events(path)))


@FUZZ
@given(nested)
def test_any_json_document_depth(document: str) -> None:
    from geo.sources import read_source

    with temp_file(document, ".geojson") as path:
        assert_valid_events(outcome(lambda: read_source(path)))


_ENCODINGS = ["utf-8", "utf-16", "utf-32", "cp1251", "koi8-u", "latin-1", "utf-8-sig"]


@FUZZ
@given(st.sampled_from(_ENCODINGS), st.sampled_from(["txt", "csv", "geojson"]),
       st.integers(0, 70_000), st.booleans())
def test_encodings_and_nul_bytes_anywhere(geocoder, encoding: str, suffix: str, pad: int, nul: bool) -> None:
    from geo.sources import read_source

    text = {"txt": "Обстріл Харкова: загинули двоє. ",
            "csv": "date,latitude,longitude,attack_type,notes\n2025-07-01,50,30,drone,Обстріл\n",
            "geojson": _geojson("1", json.dumps("Обстріл"))}[suffix]
    data = text.encode(encoding, "replace") + b" " * pad + (b"\x00" if nul else b"")
    with temp_file(data, f".{suffix}") as path:
        result = outcome(lambda: read_source(path, published="2025-07-01", geocoder=geocoder))
    assert_valid_events(result)
    if nul:
        assert isinstance(result, StrikemapError)


@FUZZ
@given(st.sampled_from(["fifo", "folder", "link_dev_zero", "link_dev_null", "dangling", "missing"]),
       st.sampled_from([".txt", ".csv", ".geojson"]))
def test_file_kinds_that_are_no_files(kind: str, suffix: str) -> None:
    from geo.sources import read_source

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "folder":
            path.mkdir()
        elif kind.startswith("link_"):
            path.symlink_to("/dev/zero" if kind == "link_dev_zero" else "/dev/null")
        elif kind == "dangling":
            path.symlink_to(Path(tmp) / "nowhere")
        result = outcome(lambda: read_source(path))
    assert isinstance(result, StrikemapError)


@FUZZ
@given(st.integers(4, 20_000), st.integers(1, 30), st.booleans())
def test_long_csv_headers_are_read_whole(extra: int, name_length: int, duplicate_last: bool) -> None:
    from geo.sources.generic import read_generic_csv

    names = ["date", "latitude", "longitude", "attack_type"] + [f"x{i:0{name_length}d}" for i in range(extra)]
    if duplicate_last:
        names.append("Latitude")
    text = ",".join(names) + "\n" + ",".join(["2025-07-01", "50", "30", "drone"] + [""] * (len(names) - 4)) + "\n"
    with temp_file(text, ".csv") as path:
        result = outcome(lambda: read_generic_csv(path))
    assert_valid_events(result)
    if duplicate_last:
        assert isinstance(result, StrikemapError) and "'Latitude'" in str(result)
    else:
        assert not isinstance(result, StrikemapError), result


_ROW = ("703448\tKyiv\tKyiv\tKiev\t50.45466\t30.5238\tP\tPPLC\tUA\t\t12\t\t\t\t2797553\t\t187\t"
        "Europe/Kyiv\t2024-01-01\n").encode()


@FUZZ
@given(st.sampled_from(["plain", "zip", "zip_bad_crc", "zip_cut"]),
       st.one_of(st.binary(max_size=300), st.sampled_from([b"\n" * 5000, b"a" * 70_000, "Київ".encode("cp1251"),
                                                           b"\x00", "\u2028".encode()])),
       st.integers(0, 3))
def test_gazetteer_dumps_damaged_or_not(kind: str, junk: bytes, position: int) -> None:
    from geo.gazetteer.sources import read_geonames_dump

    rows = [_ROW] * 3
    rows.insert(position, junk)
    payload = b"".join(rows)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("UA.zip" if kind.startswith("zip") else "UA.txt")
        if kind == "plain":
            path.write_bytes(payload)
        else:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("UA.txt", payload)
            data = buffer.getvalue()
            if kind == "zip_bad_crc":
                crc = zipfile.ZipFile(io.BytesIO(data)).infolist()[0].CRC.to_bytes(4, "little")
                data = data.replace(crc, bytes(b ^ 0xFF for b in crc))
            elif kind == "zip_cut":
                data = data[:len(data) * 2 // 3]
            path.write_bytes(data)
        result = outcome(lambda: read_geonames_dump(path))
    assert isinstance(result, GazetteerError) or len(result) >= 3


@FUZZ
@given(st.lists(st.tuples(st.dates(min_value=__import__("datetime").date(2014, 1, 1),
                                   max_value=__import__("datetime").date(2030, 1, 1)),
                          st.sampled_from(["", "T00:00:00", "T23:59:59", " 12:00"]),
                          st.sampled_from(["", "Z", "+03:00", "-05:00", "+0530", " UTC", "+14:00"])),
                min_size=1, max_size=4))
def test_frontline_dates_with_any_offsets(stamps) -> None:
    from geo.frontline.read import read_frontline_file

    area = '{"type":"Polygon","coordinates":[[[36,47],[38,47],[38,48],[36,48],[36,47]]]}'
    features = ",".join('{"type":"Feature","properties":{"date":%s},"geometry":%s}'
                        % (json.dumps(f"{d.isoformat()}{t}{z if t else ''}"), area) for d, t, z in stamps)
    with temp_file('{"type":"FeatureCollection","features":[%s]}' % features, ".geojson") as path:
        result = outcome(lambda: read_frontline_file(path))
    if not isinstance(result, StrikemapError):
        assert sorted(layer.date for layer in result) == sorted({d.isoformat() for d, _, _ in stamps})
