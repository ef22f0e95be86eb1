"""The gazetteer's index cache: keyed by its inputs and code version, shared safely by
installs and processes (issue 24)."""
from __future__ import annotations

import multiprocessing
import pickle
import shutil
from pathlib import Path

import pytest

from geo.errors import GazetteerError
from geo.gazetteer import cache as cache_module
from geo.gazetteer.cache import Sources, cache_path, load_or_build

MINI = Path(__file__).resolve().parents[1] / "data" / "geocode" / "mini_UA.txt"


def _install(root: Path) -> Sources:
    """An 'install': its own copy of the dump, at its own path."""
    root.mkdir(parents=True)
    dump = root / "UA.txt"
    shutil.copy(MINI, dump)
    return Sources(dump=dump)


def test_two_installs_keep_their_own_caches(cache: Path, tmp_path: Path) -> None:
    first, second = _install(tmp_path / "one"), _install(tmp_path / "two")
    load_or_build(first, world=False)
    load_or_build(second, world=False)
    one, two = cache_path(first, world=False), cache_path(second, world=False)
    assert one != two and one.exists() and two.exists()     # neither deleted the other's
    built = one.stat().st_mtime_ns
    load_or_build(first, world=False)                         # read, not rebuilt
    assert one.stat().st_mtime_ns == built and two.exists()


def test_a_changed_source_or_code_version_builds_anew_and_drops_only_its_own_old_cache(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, other = _install(tmp_path / "one"), _install(tmp_path / "two")
    load_or_build(first, world=False)
    load_or_build(other, world=False)
    old, others = cache_path(first, world=False), cache_path(other, world=False)
    monkeypatch.setattr(cache_module, "INDEX_VERSION", cache_module.INDEX_VERSION + "-next")
    new = cache_path(first, world=False)
    assert new != old
    load_or_build(first, world=False)
    assert new.exists() and not old.exists()                  # its own stale cache went
    assert others.exists()                                    # another install's stayed


def _build_in_a_process(dump: str, folder: str, queue) -> None:
    import os

    os.environ["STRIKEMAP_CACHE"] = folder
    data = load_or_build(Sources(dump=Path(dump)), world=False)
    queue.put(len(data))


def test_two_processes_building_at_once_both_succeed_and_leave_one_whole_file(
        cache: Path, tmp_path: Path) -> None:
    sources = _install(tmp_path / "one")
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_build_in_a_process,
                               args=(str(sources.dump), str(cache), queue)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    sizes = [queue.get(timeout=5), queue.get(timeout=5)]
    assert sizes[0] == sizes[1] > 0
    files = sorted(p.name for p in cache.iterdir())
    assert files == [cache_path(sources, world=False).name]    # no temporary file left
    with open(cache / files[0], "rb") as handle:
        assert len(pickle.load(handle)) == sizes[0]


def test_a_failed_write_leaves_no_file_and_readers_never_see_half_of_one(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = _install(tmp_path / "one")
    target = cache_path(sources, world=False)
    seen_during_write = []

    def broken_dump(data, handle, protocol=None):
        handle.write(b"half an index")
        seen_during_write.append(target.exists())             # the real name is not there yet
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_module.pickle, "dump", broken_dump)
    with pytest.raises(GazetteerError, match="cannot write the gazetteer cache"):
        load_or_build(sources, world=False)
    assert seen_during_write == [False]
    assert not cache.exists() or list(cache.iterdir()) == []
