"""Fixtures of the gazetteer tests."""
from __future__ import annotations

from pathlib import Path

import pytest

import geo.gazetteer.lookup as gazetteer_module


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty on-disk cache folder (``STRIKEMAP_CACHE``), with no gazetteer loaded in this process."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("STRIKEMAP_CACHE", str(folder))
    monkeypatch.setattr(gazetteer_module, "_LOADED", {})
    return folder
