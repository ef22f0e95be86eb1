"""Scoring extraction against reports with known events (F1, figures, dates).

A dataset is a folder of report files and an ``expected.json``::

    {"reports": [{"file": "en01.txt", "published": "2025-07-22" | null,
                  "events": [{"place": "Kharkiv", "geonameid": 706483,
                              "attack_types": ["drone"],
                              "killed": null, "injured": 5, "count": null,
                              "date": "2025-07-22", "date_precision": "day"}]}]}

Events are matched per report by GeoNames id when the expected event has one,
else by place name (the gazetteer's English name, case-insensitive). Event F1
is over (report, place) pairs; on matched events,
*casualties exact* is the share whose killed and injured both equal the
expected values (null included), *dates right* the share whose date and
precision both do, and *types right* the share with the same set of types.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from geo.model import EventRecord


@dataclass
class Scores:
    """Counts and rates over a dataset."""

    reports: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    casualties_exact: int = 0
    dates_right: int = 0
    types_right: int = 0
    counts_exact: int = 0
    mistakes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Extracted events that are expected."""
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Expected events that were extracted."""
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rate(self, name: str) -> float:
        """Share of matched events with ``casualties_exact``, ``dates_right``... right."""
        return getattr(self, name) / self.true_positives if self.true_positives else 1.0

    def summary(self) -> dict[str, float | int]:
        """The figures as a plain dict (rounded rates)."""
        return {"reports": self.reports, "tp": self.true_positives, "fp": self.false_positives,
                "fn": self.false_negatives, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "casualties_exact": round(self.rate("casualties_exact"), 3),
                "dates_right": round(self.rate("dates_right"), 3),
                "types_right": round(self.rate("types_right"), 3),
                "counts_exact": round(self.rate("counts_exact"), 3)}


def load_cases(folder: str | Path) -> list[dict]:
    """The report cases of a dataset folder, each with its ``text`` added."""
    folder = Path(folder)
    spec = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    cases = []
    for case in spec["reports"]:
        text = (folder / case["file"]).read_text(encoding="utf-8")
        cases.append({**case, "text": text})
    return cases


def _match(case: dict, events: list[EventRecord]) -> tuple[list, list, list]:
    """(matched pairs, unexpected events, missed expected events) of one report."""
    left = list(events)
    pairs, missed = [], []
    for want in case["events"]:
        gid = want.get("geonameid")
        got = next((e for e in left if gid is not None and e.geonameid == gid), None) or \
            next((e for e in left if e.place.casefold() == want["place"].casefold()), None)
        if got is None:
            missed.append(want)
        else:
            left.remove(got)
            pairs.append((want, got))
    return pairs, left, missed


def _compare(case: dict, events: list[EventRecord], scores: Scores) -> None:
    name = case["file"]
    pairs, unexpected, missed = _match(case, events)
    for got in unexpected:
        scores.false_positives += 1
        scores.mistakes.append(f"{name}: unexpected event at {got.place}")
    for want in missed:
        scores.false_negatives += 1
        scores.mistakes.append(f"{name}: missed {want['place']}")
    for want, got in pairs:
        scores.true_positives += 1
        checks = {
            "casualties_exact": (want["killed"], want["injured"]) == (got.killed, got.injured),
            "dates_right": (want["date"], want["date_precision"]) == (got.date,
                                                                      got.date_precision),
            "types_right": set(want["attack_types"]) == set(got.attack_types),
            "counts_exact": want.get("count") == got.count,
        }
        for metric, ok in checks.items():
            if ok:
                setattr(scores, metric, getattr(scores, metric) + 1)
        shown = {"casualties_exact": f"killed/injured {got.killed}/{got.injured} "
                                     f"(want {want['killed']}/{want['injured']})",
                 "dates_right": f"date {got.date} {got.date_precision} "
                                f"(want {want['date']} {want['date_precision']})",
                 "types_right": f"types {list(got.attack_types)} (want {want['attack_types']})",
                 "counts_exact": f"count {got.count} (want {want.get('count')})"}
        scores.mistakes.extend(f"{name}: {want['place']}: {shown[m]}"
                               for m, ok in checks.items() if not ok)


def score_cases(cases: list[dict], extract) -> Scores:
    """Run ``extract(text, source=, published=)`` on every case and score it.

    Parameters
    ----------
    cases : list of dict
        From :func:`load_cases`.
    extract : callable
        E.g. :func:`geo.extract.extract_events` or an ``Extractor``'s events.
    """
    scores = Scores()
    for case in cases:
        events = extract(case["text"], source=case["file"], published=case.get("published"))
        scores.reports += 1
        _compare(case, events, scores)
    return scores


def headline_agreement(ucdp_csv: str | Path, extract, km: float = 30.0) -> dict[str, float]:
    """How often places read from UCDP headlines lie near UCDP's own point.

    A check on real, unedited text: for every headline of an event UCDP placed
    at a settlement (``where_prec`` 1-2), the settlement events extracted from
    the headline alone are compared with UCDP's coordinates; an extraction
    agrees when its nearest event is within ``km``.

    Returns
    -------
    dict
        ``headlines``, ``with_events`` and ``agreement`` (share within ``km``).
    """
    import math

    import pandas as pd

    rows = pd.read_csv(ucdp_csv, dtype=str, keep_default_na=False)
    rows = rows[rows["where_prec"].isin(["1", "2"])]
    headlines = with_events = near = 0
    for text, lat, lon in zip(rows["source_headline"], rows["latitude"], rows["longitude"]):
        lat0, lon0 = float(lat), float(lon)
        for headline in (h.strip() for h in text.split(";")):
            if not headline:
                continue
            headlines += 1
            events = [e for e in extract(headline, source="ucdp-headline")
                      if e.geo_precision == "settlement"]
            if not events:
                continue
            with_events += 1
            dist = min(math.hypot(e.lat - lat0, (e.lon - lon0) * math.cos(math.radians(lat0)))
                       for e in events) * 111.2
            near += dist <= km
    return {"headlines": headlines, "with_events": with_events,
            "agreement": near / with_events if with_events else 1.0}
