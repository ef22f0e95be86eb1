"""Shared fixtures: the ../shared data folder (skipped when absent) and small helpers."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("STRIKEMAP_SHARED", PROJECT_DIR.parent / "shared"))
SHARED_DATA = SHARED_DIR / "data"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with a clear reason."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared test data beside the clone); not present here")
    return path


def run_strikemap(*args: object, stdin: str | None = None, env: dict | None = None,
                  timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``python -m geo ARGS`` in a fresh process from the project folder; text output captured."""
    return subprocess.run([sys.executable, "-m", "geo", *map(str, args)], input=stdin, text=True,
                          capture_output=True, cwd=PROJECT_DIR, timeout=timeout,
                          env={**os.environ, **(env or {})})


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """Under pytest-xdist (``make test`` runs two processes): whole files go to a process, as with
    ``--dist loadfile``, and all ``test_browser_*`` files count as one, so one process runs them
    in turn: one dashboard and one Chromium at a time, as in a run of one process. (xdist's own
    ``loadgroup`` marks are lost under pytest 9, which no longer reads ``item._nodeid``.)"""
    from xdist.scheduler import LoadFileScheduling

    class BrowserFilesTogether(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return "browser tests" if Path(path).name.startswith("test_browser_") else path

    return BrowserFilesTogether(config, log)


@pytest.fixture
def shared_data() -> Path:
    """The ../shared/data folder; skips when it is absent (a user's clone)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs {SHARED_DATA} (the shared test data beside the clone); not present here")
    return SHARED_DATA


@pytest.fixture
def ua_dump() -> Path:
    """The real GeoNames UA.txt dump from ../shared (skips when absent)."""
    return shared_path("gazetteer", "UA.txt")


@pytest.fixture(scope="module", params=["bundled", "cities500"])
def geocoder(request):
    """The offline geocoder over the default gazetteer (the bundled GeoNames dump for
    Ukraine with cities500 for the world), and over cities500 alone; one per module."""
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    return OfflineGeocoder(load_gazetteer(None if request.param == "bundled" else "cities500"))


@pytest.fixture(scope="module")
def resolver():
    """A Resolver over the full GeoNames UA.txt dump (skips when absent); one per module,
    the gazetteer itself is loaded once per process (geo.gazetteer caches it)."""
    from geo.gazetteer import load_gazetteer
    from geo.geocoding.resolver import Resolver

    return Resolver(load_gazetteer(shared_path("gazetteer", "UA.txt")))


@pytest.fixture(scope="module")
def outline():
    """Ukraine's outline from the simplified ADM1 boundaries in ../shared; one per module."""
    from geo.frontline import load_outline

    return load_outline(shared_path("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson"))


@pytest.fixture
def store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty store folder, also set as STRIKEMAP_STORE."""
    path = tmp_path / "store"
    path.mkdir()
    monkeypatch.setenv("STRIKEMAP_STORE", str(path))
    return path


@pytest.fixture
def store(store_dir: Path):
    """An EventStore in the empty ``store_dir``."""
    from geo.store import EventStore

    return EventStore(store_dir)
