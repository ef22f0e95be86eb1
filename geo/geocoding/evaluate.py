"""Accuracy of a resolver on a labelled set of (query, lat, lon, kind) rows.

Used by the quality test and by ``benchmarks/bench_geocode.py``. A query
counts as a hit when it resolves within ``km`` of the labelled point;
unresolved queries count as misses (and are reported separately).
"""
from __future__ import annotations

import csv
import hashlib
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
    """Per kind: count, share within ``km``, share resolved, share resolved but wrong.

    ``wrong`` counts every resolved answer farther than ``km``; ``wrong_coarse`` is
    the part of it that is a region or country answer (an honest coarse point for
    a place the gazetteer lacks, "MH17 crash site, Donetsk oblast").
    """
    out: dict[str, dict[str, float]] = {}
    for kind in sorted({o.item.kind for o in outcomes}):
        group = [o for o in outcomes if o.item.kind == kind]
        hits = sum(1 for o in group if o.km is not None and o.km <= km)
        resolved = sum(1 for o in group if o.resolved)
        coarse = sum(1 for o in group if category(o, km) == WRONG_COARSE)
        out[kind] = {"n": len(group), "within_km": hits / len(group),
                     "resolved": resolved / len(group),
                     "wrong": (resolved - hits) / len(group),
                     "wrong_coarse": coarse / len(group)}
    return out


HIT, WRONG_SETTLEMENT, WRONG_COARSE = "hit", "wrong settlement", "wrong coarse"
AMBIGUOUS, NOT_FOUND, UNRESOLVED_OTHER = "unresolved ambiguous", "unresolved not found", \
    "unresolved other"


def category(outcome: Outcome, km: float = 25.0) -> str:
    """How an outcome failed (or :data:`HIT`): for listing failures by kind."""
    if outcome.km is not None:
        if outcome.km <= km:
            return HIT
        return WRONG_SETTLEMENT if outcome.place.candidate.feature == "settlement" \
            else WRONG_COARSE
    reason = outcome.place.reason or ""
    if reason.startswith("ambiguous"):
        return AMBIGUOUS
    if reason.startswith("no "):
        return NOT_FOUND
    return UNRESOLVED_OTHER


def half(item: Labelled) -> str:
    """``"dev"`` or ``"held-out"``: a fixed split of the labelled set by a hash of the query.

    Rules are tuned on the dev half; the held-out half shows whether they generalise.
    """
    digest = hashlib.sha1(item.query.encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "held-out"
