"""The examples in the package's docstrings run and give what they show.

Every module of ``geo`` and ``dashboard`` whose docstrings hold ``>>>`` examples is
found by reading the sources, so a new example is checked without listing it here.
"""
from __future__ import annotations

import doctest
import importlib

import pytest

from tests.conftest import PROJECT_DIR


def _modules_with_examples() -> list[str]:
    out = []
    for package in ("geo", "dashboard"):
        for path in sorted((PROJECT_DIR / package).rglob("*.py")):
            if ">>>" not in path.read_text(encoding="utf-8"):
                continue
            parts = path.relative_to(PROJECT_DIR).with_suffix("").parts
            out.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return out


MODULES = _modules_with_examples()


def test_examples_are_found():
    assert "geo.extract.dateline" in MODULES and "geo.geocoding.plants" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
