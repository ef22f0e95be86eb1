"""A generic CSV read block by block (the ingest command's way) gives exactly what the
whole-file reader gives: the same events and ids, and the same errors at the same lines."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from geo.errors import InputError
from geo.sources import generic_stream
from geo.sources.generic import read_generic_csv
from geo.sources.generic_stream import GenericCsvStream, looks_like_generic_csv
from tests.conftest import run_strikemap

HEADER = "date,latitude,longitude,attack_type,killed,injured,source,notes,id,place"
ROWS = [
    '2025-07-22,48.7389,37.5848,KAB,1,,https://example.org/a,"Glide bomb, one killed",,Kramatorsk',
    '2025-07-21,50.45,30.52,"drone, missile",0,3,https://example.org/b,Kyiv overnight,,',
    '2025-07-21,50.45,30.52,"drone, missile",0,3,https://example.org/b,Kyiv overnight,,',  # twice
    '2025-07,49.99,36.23,shelling,,,ucdp:77,"удар по Харкову ""двічі""",,Харків',
    '2025-07-20,46.48,30.72,Shahed,,2,telegram:1/2,"two\nlines, <b>bold</b> & \'=1+2\'",X-1,',
    "2025-07-19,47.1,37.5,missile,,,https://example.org/c,'=HYPERLINK(\"x\"),X-1,",
    '2025-07-18,48.0,38.0,artillery,4,,,🙂 emoji and \\ backslash,,',
    '2025-07-17,48.5,35.0,airstrike,,,https://example.org/d,,,',
]


def write(tmp_path: Path, text: str, name: str = "events.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def streamed(path: Path) -> pd.DataFrame:
    frames = list(GenericCsvStream(path).frames())
    return pd.concat(frames, ignore_index=True)


@pytest.fixture
def small_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    """Frames of two rows, so every fixture spans several."""
    monkeypatch.setattr(generic_stream, "FRAME_ROWS", 2)


def test_the_stream_gives_the_whole_file_readers_events(tmp_path, small_frames):
    path = write(tmp_path, "\ufeff" + HEADER + "\n" + "\n".join(ROWS) + "\n\n")
    whole = read_generic_csv(path).reset_index(drop=True)
    parts = list(GenericCsvStream(path).frames())
    assert len(parts) == 4
    pd.testing.assert_frame_equal(pd.concat(parts, ignore_index=True), whole)
    assert looks_like_generic_csv(path)


@pytest.mark.parametrize("bad, field", [
    ("2025-07-22,48.7,37.5,teleport,,,s,n,,", "attack_type"),
    ("2999-01-01,48.7,37.5,drone,,,s,n,,", "date"),
    ("2025-07-22,91,37.5,drone,,,s,n,,", "latitude"),
    ("2025-07-22,48.7,37.5,drone,-1,,s,n,,", "killed"),
])
def test_a_bad_row_in_a_later_frame_is_named_as_the_whole_file_reader_names_it(
        tmp_path, small_frames, bad, field):
    path = write(tmp_path, "\n".join([HEADER, *ROWS[:6], bad, ROWS[6]]) + "\n")
    with pytest.raises(InputError) as whole:
        read_generic_csv(path)
    with pytest.raises(InputError) as stream:
        streamed(path)
    assert str(stream.value) == str(whole.value)
    assert (stream.value.line, stream.value.field) == (9, field)     # the quoted newline counts


@pytest.mark.parametrize("content", [
    HEADER + "\n" + ROWS[0] + "\n" + ROWS[1] + ",extra\n",           # ragged
    HEADER + "\n",                                                   # no rows
    "date,latitude,attack_type\n2025-07-22,48.7,drone\n",           # no longitude
])
def test_bad_files_give_the_whole_file_readers_error(tmp_path, small_frames, content):
    path = write(tmp_path, content)
    with pytest.raises(InputError) as whole:
        read_generic_csv(path)
    with pytest.raises(InputError) as stream:
        streamed(path)
    assert str(stream.value) == str(whole.value)


@pytest.mark.parametrize("content", [
    HEADER.encode() + b"\n2025-07-22,48,37,drone,,,s,caf\xe9,,\n",    # not UTF-8
    HEADER.encode() + b"\n2025-07-22,48,37,drone,,,s,a\x00b,,\n",     # a NUL byte
])
def test_undecodable_and_binary_files_are_refused_as_before(tmp_path, content):
    path = tmp_path / "events.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as whole:
        read_generic_csv(path)
    with pytest.raises(InputError) as stream:
        streamed(path)
    assert str(stream.value) == str(whole.value)


def test_one_bad_file_or_row_leaves_the_store_unchanged(tmp_path, monkeypatch):
    store = tmp_path / "store"
    good = write(tmp_path, HEADER + "\n" + "\n".join(ROWS) + "\n", "good.csv")
    rows = [f"2025-06-{1 + i % 28:02d},48.{i},37.5,drone,,,https://example.org/{i},n,," for i in range(30)]
    late = write(tmp_path, "\n".join([HEADER, *rows, "2025-07-22,48.7,37.5,UFO,,,s,n,,"]) + "\n",
                 "late.csv")
    failed = run_strikemap("ingest", good, late, "--store", store)
    assert failed.returncode == 2 and "late.csv" in failed.stderr and "UFO" in failed.stderr
    assert ":32" in failed.stderr or "line 32" in failed.stderr
    from geo.store import EventStore
    # nothing written, not even good.csv (a new store may be left created, empty)
    assert EventStore(store).count(merged=False) == 0 and EventStore(store).history().empty
    first = run_strikemap("ingest", good, "--store", store)
    assert first.returncode == 0 and "7 added" in first.stdout
    again = run_strikemap("ingest", good, late, "--store", store)
    assert again.returncode == 2
    assert EventStore(store).count(merged=False) == 7 and len(EventStore(store).history()) == 1
