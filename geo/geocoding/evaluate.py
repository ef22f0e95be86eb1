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
from geo.gazetteer.osm import OsmPlaces
from geo.gazetteer.regions import UA_REGIONS
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
    from geo.distance import haversine_km

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


def tie_ceiling(outcomes: list[Outcome], km: float = 25.0) -> dict[str, dict[str, float]]:
    """Per kind: how far the ambiguous answers bound the score.

    An ambiguous answer lists the namesakes that rank alike; when one of them lies
    within ``km`` of the labelled point, only a guess could have hit it. ``ceiling``
    is the share a resolver would reach if it picked right on every such tie and
    changed nothing else: what no rule reading the string alone can pass.
    """
    out: dict[str, dict[str, float]] = {}
    for kind in sorted({o.item.kind for o in outcomes}):
        group = [o for o in outcomes if o.item.kind == kind]
        hits = sum(1 for o in group if category(o, km) == HIT)
        ties = [o for o in group if category(o, km) == AMBIGUOUS]
        listed = sum(1 for o in ties if _listed_within(o, km))
        out[kind] = {"n": len(group), "ambiguous": len(ties), "truth_listed": listed,
                     "ceiling": (hits + listed) / len(group)}
    return out


def _listed_within(outcome: Outcome, km: float) -> bool:
    from geo.distance import haversine_km

    item = outcome.item
    return any(float(haversine_km(item.lat, item.lon, c.lat, c.lon)) <= km
               for c in outcome.place.alternatives)


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


def unique_name_queries(osm: OsmPlaces, every: int = 1) -> list[Labelled]:
    """"Place, region" queries from an OpenStreetMap settlements table, a second real
    source beside UCDP: "Покровськ, Донецька область" (kind ``osm_uk``) and "Pokrovsk,
    Donetsk Oblast" (``osm_en``), for the points whose name no other point of their
    oblast bears, so that the string alone decides the place.

    Parameters
    ----------
    osm : OsmPlaces
        The table (:func:`geo.gazetteer.osm.read_osm_settlements`).
    every : int
        Keep every ``every``-th point (a fixed, spread-out sample).
    """
    from collections import Counter

    regions = {r.admin1_code: r for r in UA_REGIONS}
    columns = (("osm_uk", osm.name_uk), ("osm_en", osm.name_en))
    counts = {kind: Counter((name.casefold(), a) for name, a in zip(names, osm.admin1) if name)
              for kind, names in columns}
    out = []
    for i in range(0, len(osm), every):
        region = regions[osm.admin1[i]]
        for kind, names in columns:
            name = names[i]
            if not name or counts[kind][(name.casefold(), osm.admin1[i])] != 1:
                continue
            if kind == "osm_uk" and not region.uk_adjective:
                continue
            where = f"{region.uk_adjective} область" if kind == "osm_uk" else region.name
            out.append(Labelled(f"{name}, {where}", osm.lat[i], osm.lon[i], kind, osm.ref[i]))
    return out
