"""Accuracy of a resolver on a labelled set of (query, lat, lon, kind) rows.

Used by the quality test and by ``benchmarks/bench_geocode.py``. A query
counts as a hit when it resolves within ``km`` of the labelled point;
unresolved queries count as misses (and are reported separately).
"""
from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from geo.errors import InputError
from geo.model import Place


@dataclass(frozen=True)
class Labelled:
    """One labelled query."""

    query: str
    lat: float
    lon: float
    kind: str
    source: str = ""


@dataclass(frozen=True)
class Outcome:
    """How one labelled query came out."""

    item: Labelled
    place: Place
    km: float | None

    @property
    def resolved(self) -> bool:
        """True when the resolver chose a place."""
        return self.place.resolved


def read_labelled(path: str | os.PathLike) -> list[Labelled]:
    """Read a labelled CSV (columns query, lat, lon, kind, source)."""
    out = []
    with open(path, encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            try:
                out.append(Labelled(row["query"], float(row["lat"]), float(row["lon"]),
                                    row["kind"], row.get("source", "")))
            except (KeyError, TypeError, ValueError) as error:
                raise InputError(f"bad labelled row: {error}", file=str(path),
                                 line=number) from error
    return out


def run(resolve: Callable[[str], Place], items: Iterable[Labelled]) -> list[Outcome]:
    """Resolve every labelled query and measure its error in km."""
    from geo.geocoding.ranking import haversine_km

    outcomes = []
    for item in items:
        place = resolve(item.query)
        km = None
        if place.resolved:
            c = place.candidate
            km = float(haversine_km(item.lat, item.lon, c.lat, c.lon))
        outcomes.append(Outcome(item, place, km))
    return outcomes


def summary(outcomes: list[Outcome], km: float = 25.0) -> dict[str, dict[str, float]]:
    """Per kind: count, share within ``km``, share resolved, share resolved but wrong."""
    out: dict[str, dict[str, float]] = {}
    for kind in sorted({o.item.kind for o in outcomes}):
        group = [o for o in outcomes if o.item.kind == kind]
        hits = sum(1 for o in group if o.km is not None and o.km <= km)
        resolved = sum(1 for o in group if o.resolved)
        out[kind] = {"n": len(group), "within_km": hits / len(group),
                     "resolved": resolved / len(group),
                     "wrong": (resolved - hits) / len(group)}
    return out
