"""Frozen value types passed between the pipeline stages.

mention -> candidates -> place -> event record; see ``DESIGN.md``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

GeoPrecision = Literal["settlement", "district", "region", "country"]
DatePrecision = Literal["day", "week", "month", "unknown"]


@dataclass(frozen=True)
class Mention:
    """A place name as written in a text.

    Attributes
    ----------
    text : str
        The name exactly as it appears.
    start, end : int
        Character offsets of the name in the document.
    sentence : str
        The sentence the name stands in.
    sentence_start : int
        Offset of that sentence in the document.
    """

    text: str
    start: int
    end: int
    sentence: str = ""
    sentence_start: int = 0


@dataclass(frozen=True)
class Candidate:
    """A gazetteer entry that a name could mean."""

    geonameid: int | None
    name: str                    # modern official English name
    lat: float
    lon: float
    country_code: str
    admin1: str                  # oblast/region name (English), "" when unknown
    admin1_code: str = ""        # GeoNames admin1 code, e.g. "05"
    feature: GeoPrecision = "settlement"
    population: int = 0
    feature_code: str = ""
    score: float = 0.0


@dataclass(frozen=True)
class Place:
    """The outcome of resolving one query: a chosen candidate or a reason."""

    query: str
    status: Literal["resolved", "unresolved"]
    candidate: Candidate | None = None
    reason: str = ""
    alternatives: tuple[Candidate, ...] = ()

    @property
    def resolved(self) -> bool:
        """True when a candidate was chosen."""
        return self.status == "resolved" and self.candidate is not None

    def to_json(self) -> dict:
        """The ``strikemap geocode`` JSON-lines record (see ``DESIGN.md``); a place taken
        from OpenStreetMap (no geonameid) also says which OSM object it is (``"osm"``)."""
        c = self.candidate
        out = {"query": self.query, "status": self.status,
               "name": c.name if c else None,
               "lat": c.lat if c else None, "lon": c.lon if c else None,
               "geonameid": c.geonameid if c else None,
               "country_code": c.country_code if c else None,
               "admin1": c.admin1 if c else None,
               "feature": c.feature if c else None,
               "score": round(c.score, 4) if c else None}
        if c is not None and c.feature_code.startswith("OSM:"):
            out["osm"] = c.feature_code.removeprefix("OSM:")     # "relation/3586206"
        if not self.resolved:
            out["reason"] = self.reason
        return out


@dataclass(frozen=True)
class EventRecord:
    """One event at one place, with its provenance. Fields follow ``DESIGN.md``."""

    event_id: str
    date: str | None
    date_precision: DatePrecision
    attack_types: tuple[str, ...]
    place: str
    query: str
    lat: float
    lon: float
    geonameid: int | None = None
    country_code: str = ""
    admin1: str = ""
    geo_precision: GeoPrecision = "settlement"
    killed: int | None = None
    injured: int | None = None
    count: int | None = None
    source: str = ""
    excerpt: str = ""
    confidence: float = 1.0
    front_km: float | None = None
    side: str | None = None
    extra: dict = field(default_factory=dict, compare=False)
