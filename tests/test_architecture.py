"""The house rules of docs/architecture.md, checked on every test run.

* The layers contract in ``pyproject.toml`` (import-linter): a module imports only from the
  layers below its own, and no package's modules import each other in a circle.
* No import circle anywhere in ``geo`` and ``dashboard``, module by module (grimp, the graph
  import-linter builds on): a circle through a package's ``__init__`` counts too.
* ``geo`` never imports streamlit; only the dashboard's data module caches.
"""
from __future__ import annotations

from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("geo", "dashboard", include_external_packages=True)


def test_layers_contract_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT)
    assert lint_imports(config_filename=str(PROJECT / "pyproject.toml"), no_cache=True,
                        no_logo=True) == 0, "lint-imports: a contract of pyproject.toml is broken"


def _circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    modules = sorted(m for m in graph.modules if m.split(".")[0] in ("geo", "dashboard"))
    edges = {m: sorted(n for n in graph.find_modules_directly_imported_by(m) if n in modules)
             for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if i < len(edges[node]):
                work.append((node, i + 1))
                nxt = edges[node][i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def test_no_import_circles_module_by_module(graph: grimp.ImportGraph) -> None:
    assert _circles(graph) == []


def test_the_circle_finder_finds_a_circle() -> None:
    class Tiny:
        modules = {"geo.a", "geo.b", "geo.c"}

        @staticmethod
        def find_modules_directly_imported_by(module: str) -> set[str]:
            return {"geo.a": {"geo.b"}, "geo.b": {"geo.a"}, "geo.c": {"geo.a"}}[module]

    assert _circles(Tiny()) == [["geo.a", "geo.b"]]


def test_geo_never_imports_streamlit(graph: grimp.ImportGraph) -> None:
    importers = {m for m in graph.find_modules_that_directly_import("streamlit")
                 if m.startswith("geo")}
    assert importers == set()


def test_only_the_dashboards_data_module_caches() -> None:
    caching = sorted(str(p.relative_to(PROJECT)) for p in (PROJECT / "dashboard").rglob("*.py")
                     if "st.cache_data" in p.read_text(encoding="utf-8")
                     or "st.cache_resource" in p.read_text(encoding="utf-8"))
    assert caching == ["dashboard/data.py"]


def test_the_gazetteer_never_imports_the_geocoder(graph: grimp.ImportGraph) -> None:
    chains = graph.find_shortest_chains(importer="geo.gazetteer", imported="geo.geocoding")
    assert chains == set()
