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
