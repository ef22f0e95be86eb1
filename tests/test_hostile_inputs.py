"""Every regression input of issue 25 gives events or exit 2 with one line; a refused file
changes nothing in the store (:func:`tests.hostile_inputs.write_hostile_files`).

The CLI runs in this process (``geo.cli.main``), so any exception other than a
:class:`~geo.errors.StrikemapError` fails the test with its traceback.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from geo.cli import main
from tests.hostile_inputs import write_hostile_files

_CASES: list = []
#: progress notes a command may print before its error
PROGRESS = ("strikemap: building the gazetteer index",)


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile_files")
    _CASES[:] = write_hostile_files(folder)
    return folder


def _ids() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return [case[0] for case in write_hostile_files(Path(tmp))]


CASE_IDS = _ids()


def _fingerprint(store: Path) -> str:
    if not (store / "events.sqlite").exists():
        return ""
    import sqlite3

    con = sqlite3.connect(store / "events.sqlite")
    try:
        rows = con.execute("SELECT * FROM events ORDER BY rowid").fetchall()
    finally:
        con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture(scope="module")
def seeded_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("seeded") / "store"
    seed = store.parent / "seed.txt"
    seed.write_text("A glide bomb struck Kramatorsk on Monday, killing one.", encoding="utf-8")
    assert main(["ingest", str(seed), "--store", str(store), "--published", "2025-07-22"]) == 0
    return store


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_hostile_file_gives_events_or_one_line(hostile_folder: Path, seeded_store: Path, case_id: str,
                                               capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    _, args, allowed = next(c for c in _CASES if c[0] == case_id)
    if args[0] == "ingest":
        args = [*args, "--store", str(seeded_store)]
    before = _fingerprint(seeded_store)
    capsys.readouterr()
    status = main(args)
    err = capsys.readouterr().err
    assert status in allowed, (status, err)
    if status == 2:
        lines = [line for line in err.strip().splitlines() if not line.startswith(PROGRESS)]
        assert len(lines) == 1 and lines[0].startswith("strikemap: error: "), err
        assert len(lines[0]) < 700, lines[0]
        assert _fingerprint(seeded_store) == before, "a refused file changed the store"


def test_the_regression_inputs_are_many() -> None:
    assert len(CASE_IDS) >= 39
