"""Exports write files safely and neutralise spreadsheet formulas (issue 25).

- the target must be a regular file or a new path: ``-o /``, ``-o .``, a device, a FIFO
  give exit 2 and one line, and are left as they were;
- the temporary file is created exclusively with a random name: a link planted at the
  old predictable ``.NAME.partial.EXT`` is not followed;
- a full disk (here: a file size limit) gives exit 2, one line, and no leftovers;
- CSV cells never start a formula, and ``strikemap ingest`` reads our CSV back exactly.
"""
from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from geo.escape import FORMULA_STARTS
from tests.conftest import PROJECT_DIR, run_strikemap
from tests.dashboard.test_browser_hostile import write_hostile_feed


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("export_safety")
    done = run_strikemap("ingest", write_hostile_feed(root / "hostile.csv"), "--store", root / "store")
    assert done.returncode == 0, done.stderr
    return root / "store"


def _one_line_error(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("strikemap: error:"), done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


def _export_in(folder: Path, store: Path, target: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", "export", "--store", str(store), "-o", target,
                           "--format", "csv"], capture_output=True, text=True, cwd=folder, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(PROJECT_DIR)})


@pytest.mark.parametrize("target", ["/", ".", "sub", "sub/"])
def test_folders_are_refused_in_one_line(hostile_store: Path, tmp_path: Path, target: str) -> None:
    (tmp_path / "sub").mkdir()
    line = _one_line_error(_export_in(tmp_path, hostile_store, target))
    assert "folder" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sub"] and not any((tmp_path / "sub").iterdir())


def test_a_device_is_refused_and_left_a_device(hostile_store: Path, tmp_path: Path) -> None:
    """``-o /dev/full`` used to replace the device with a regular file. The test makes its own
    node (the same device as /dev/full) so that a regression never touches the real /dev."""
    node = tmp_path / "full"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except PermissionError:
        pytest.skip("making a device node needs root")
    line = _one_line_error(_export_in(tmp_path, hostile_store, str(node)))
    assert "not a regular file" in line
    assert stat.S_ISCHR(os.stat(node).st_mode)


def test_a_fifo_is_refused_without_hanging(hostile_store: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    _one_line_error(run_strikemap("export", "--store", hostile_store, "-o", fifo, timeout=60))
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_missing_folder_is_one_line(hostile_store: Path, tmp_path: Path) -> None:
    _one_line_error(run_strikemap("export", "--store", hostile_store, "-o", tmp_path / "no" / "x.csv"))


@pytest.mark.parametrize("name", ["out.csv", "out.geojson", "out.gpkg"])
def test_a_link_planted_beside_the_target_is_not_followed(hostile_store: Path, tmp_path: Path,
                                                          name: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    stem, suffix = name.split(".")
    for planted in (f".{stem}.partial.{suffix}", f".{name}.partial"):
        (tmp_path / planted).symlink_to(victim)
    done = run_strikemap("export", "--store", hostile_store, "-o", tmp_path / name)
    assert done.returncode == 0, done.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert stat.S_ISREG(os.lstat(tmp_path / name).st_mode)
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o666 & ~mask
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == sorted([name, "victim.txt", f".{stem}.partial.{suffix}", f".{name}.partial"])


def _limit_file_size() -> None:          # runs in the child before exec
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.parametrize("name", ["full.gpkg", "full.csv", "full.geojson"])
def test_a_full_disk_is_one_line_and_leaves_nothing(hostile_store: Path, tmp_path: Path, name: str) -> None:
    """A file size limit makes every write past 4 KB fail with EFBIG, as a full disk does."""
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run([sys.executable, "-m", "geo", "export", "--store", str(hostile_store), "--no-dedup",
                           "-o", str(out / name)], capture_output=True, text=True, cwd=PROJECT_DIR,
                          timeout=300, preexec_fn=_limit_file_size)
    if done.returncode == 0:                                 # the export fits: make it bigger
        pytest.fail(f"the export of {name} fits in 4 KB; the test needs more events")
    _one_line_error(done)
    assert list(out.iterdir()) == []


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 48 KB tmpfs: a really full disk (needs root and mount; skipped otherwise)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(disk)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


@pytest.mark.parametrize("name", ["full.gpkg", "full.csv", "full.geojson"])
def test_a_really_full_disk_is_one_line_and_leaves_nothing(hostile_store: Path, tiny_disk: Path,
                                                            name: str) -> None:
    """GDAL's SQLite error on a full disk used to escape as a pyogrio traceback."""
    (tiny_disk / "filler").write_bytes(b"x" * 44_000)   # one 4 KB page left
    _one_line_error(run_strikemap("export", "--store", hostile_store, "-o", tiny_disk / name))
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


def test_csv_cells_never_start_a_formula_and_read_back_exactly(hostile_store: Path, tmp_path: Path) -> None:
    import csv
    import io

    done = run_strikemap("export", "--store", hostile_store, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    for cell in cells:
        assert not cell.startswith(FORMULA_STARTS) or cell.lstrip("+-").replace(".", "", 1).isdigit(), cell
    copy = tmp_path / "ours.csv"
    assert run_strikemap("export", "--store", hostile_store, "-o", copy).returncode == 0
    again = run_strikemap("ingest", copy, "--store", tmp_path / "again")
    assert again.returncode == 0, again.stderr
    for fmt in ("csv", "geojson"):
        first = run_strikemap("export", "--store", hostile_store, "--format", fmt).stdout
        second = run_strikemap("export", "--store", tmp_path / "again", "--format", fmt).stdout
        assert first == second


def test_dashboard_csv_download_is_neutralised_too(hostile_store: Path) -> None:
    from geo.export import to_csv_bytes
    from geo.store import EventStore

    text = to_csv_bytes(EventStore(hostile_store).read()).decode("utf-8")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text and "'+1+1" in text
