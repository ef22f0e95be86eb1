"""Fixtures of the extraction tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.gazetteer import load_gazetteer
from geo.geocoding import OfflineGeocoder
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def full() -> Extractor:
    """An extractor over the full GeoNames UA.txt dump from ../shared (skips when absent)."""
    return Extractor(OfflineGeocoder(load_gazetteer(shared_path("gazetteer", "UA.txt"))))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """An extractor over the default gazetteer (the bundled GeoNames dump for Ukraine)."""
    return Extractor()
