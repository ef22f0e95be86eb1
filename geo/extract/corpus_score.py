"""Scoring extraction on a labelled corpus of real reports (the ``real_dev.json`` format).

The corpus is one JSON object ``{"about": str, "docs": [...]}``; each doc has ``id``,
``lang``, ``published``, ``text``, ``events`` and ``optional`` (see the corpus README in
``../shared/data/reports``). The matching rules are those of the project's real-text check:

* an expected event is found by a predicted event whose geonameid is one of its
  ``geonameids``, or whose point lies within its ``near`` ``[lat, lon, km]``, or inside the
  oblast its ``oblast`` names (a ``shapeName`` pattern of the boundary file);
* among several, the first that shares an attack type is taken;
* a prediction that matches nothing and whose place is not one of the doc's ``optional``
  names is a false positive;
* figures are compared only where the label states them (``null`` is not checked), dates
  within ``date_tol`` days, types only where the label names some.

>>> s = CorpusScores(tp=8, fp=2, fn=2, figures_right=9, figures=10)
>>> round(s.f1, 2), s.rate("figures")
(0.8, 0.9)
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geo.distance import haversine_km
from geo.errors import InputError
from geo.model import EventRecord

__all__ = ["CorpusScores", "load_corpus", "score_corpus", "OblastShapes"]

#: ``(text, published) -> events`` of one report
ExtractFn = Callable[[str, str], Iterable[EventRecord]]


@dataclass
class CorpusScores:
    """Counts over a corpus; rates are shares of the labelled facts that were right."""

    docs: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    types_right: int = 0
    types: int = 0
    figures_right: int = 0
    figures: int = 0
    dates_right: int = 0
    dates: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Predicted events that are expected."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Expected events that were predicted."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rate(self, what: str) -> float:
        """``"types"``, ``"figures"`` (casualty figures) or ``"dates"`` right, as a share."""
        right, total = getattr(self, f"{what}_right"), getattr(self, what)
        return right / total if total else 0.0

    def line(self) -> str:
        """One line: F1 (P, R), types, casualty figures and dates right."""
        return (f"F1 {self.f1:.2f} (P {self.precision:.2f} R {self.recall:.2f}; tp {self.tp} "
                f"fp {self.fp} fn {self.fn}), types {self.rate('types'):.2f}, casualties "
                f"{self.rate('figures'):.2f} (n={self.figures}), dates {self.rate('dates'):.2f}")


class OblastShapes:
    """Oblast polygons by ``shapeName`` (geoBoundaries ADM1), for the ``oblast`` rule."""

    def __init__(self, path: str | Path) -> None:
        import geopandas as gpd

        frame = gpd.read_file(path)
        self._shapes = list(zip(frame["shapeName"].astype(str), frame.geometry))

    def contains(self, pattern: str, lat: float, lon: float) -> bool:
        """True when the point lies in an oblast whose name matches ``pattern``."""
        from shapely.geometry import Point

        point = Point(lon, lat)
        return any(re.search(pattern, name, re.IGNORECASE) and shape.contains(point)
                   for name, shape in self._shapes)


def load_corpus(path: str | Path) -> list[dict]:
    """The docs of a labelled corpus file.

    Raises
    ------
    InputError
        When the file is not such a corpus.
    """
    path = Path(path)
    try:
        docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path}: not a labelled report corpus ({error})") from error
    return docs


def _matches(expected: dict, event: EventRecord, oblasts: OblastShapes | None) -> bool:
    if event.geonameid is not None and event.geonameid in expected.get("geonameids", ()):
        return True
    if "near" in expected:
        lat, lon, km = expected["near"]
        if float(haversine_km(lat, lon, event.lat, event.lon)) <= km:
            return True
    if "oblast" in expected and oblasts is not None:
        return oblasts.contains(expected["oblast"], event.lat, event.lon)
    return False


def _pick(expected: dict, events: list[EventRecord], used: set[int],
          oblasts: OblastShapes | None) -> int | None:
    found = [i for i, e in enumerate(events) if i not in used and _matches(expected, e, oblasts)]
    if not found:
        return None
    wanted = set(expected["types"])
    return next((i for i in found if wanted & set(events[i].attack_types)), found[0])


def _compare(doc_id: str, expected: dict, event: EventRecord, s: CorpusScores) -> None:
    label = f"{doc_id}:{expected['place']}"
    if expected["types"]:
        s.types += 1
        if set(event.attack_types) & set(expected["types"]):
            s.types_right += 1
        else:
            s.misses.append(f"{label} types {list(event.attack_types)} !~ {expected['types']}")
    for what in ("killed", "injured"):
        if expected[what] is not None:
            s.figures += 1
            got = getattr(event, what)
            if got == expected[what]:
                s.figures_right += 1
            else:
                s.misses.append(f"{label} {what} {got} != {expected[what]}")
    s.dates += 1
    try:
        days = abs((date.fromisoformat(event.date or "") - date.fromisoformat(expected["date"])).days)
    except ValueError:
        days = None
    if days is not None and days <= expected["date_tol"]:
        s.dates_right += 1
    else:
        s.misses.append(f"{label} date {event.date} != {expected['date']}")


def score_doc(doc: dict, events: list[EventRecord], s: CorpusScores,
              oblasts: OblastShapes | None = None) -> None:
    """Add one doc's matches, misses and extras to ``s`` (in place)."""
    s.docs += 1
    used: set[int] = set()
    for expected in doc["events"]:
        i = _pick(expected, events, used, oblasts)
        if i is None:
            s.fn += 1
            s.misses.append(f"{doc['id']}:{expected['place']} missed")
            continue
        used.add(i)
        s.tp += 1
        _compare(doc["id"], expected, events[i], s)
    optional = {o.casefold() for o in doc.get("optional", [])}
    for i, event in enumerate(events):
        if i not in used and event.place.casefold() not in optional:
            s.fp += 1
            s.misses.append(f"{doc['id']}: extra event at {event.place} ({event.query})")


def score_corpus(docs: list[dict], extract: ExtractFn, oblasts: OblastShapes | None = None,
                 by: Callable[[dict], str] | None = None) -> dict[str, CorpusScores]:
    """Run ``extract`` on every doc and score it.

    Parameters
    ----------
    docs : list of dict
        The corpus (:func:`load_corpus`).
    extract : callable
        ``extract(text, published)`` giving the doc's events.
    oblasts : OblastShapes, optional
        For labels that name an oblast; without it those never match.
    by : callable, optional
        A doc's group (e.g. its language); the result then also holds one score per group.

    Returns
    -------
    dict
        ``{"all": CorpusScores, group: CorpusScores, ...}``.
    """
    out = {"all": CorpusScores()}
    for doc in docs:
        events = list(extract(doc["text"], doc["published"]))
        score_doc(doc, events, out["all"], oblasts)
        if by is not None:
            score_doc(doc, events, out.setdefault(by(doc), CorpusScores()), oblasts)
    return out
