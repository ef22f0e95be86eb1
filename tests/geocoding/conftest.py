"""Fixtures of the geocoding tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def full(resolver):
    """The resolver over the full GeoNames UA.txt dump (the root conftest's ``resolver``)."""
    return resolver
