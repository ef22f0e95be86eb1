"""Attack locations that could not be placed, as events waiting for a reviewer.

Extraction refuses to guess between namesakes (:class:`~geo.extract.UnresolvedPlace`).
The report still says an attack happened, so the store keeps it as an event at the
most the text allows: the region all the namesakes lie in (``geo_precision``
``region``), else their country (``country``), else Ukraine, the country the
project is about. Its ``place`` is the name as written, its ``geonameid`` empty,
and it waits in the review queue with its candidates (``docs/review.md``).

The extraction scores never see these events: the extractor returns them apart
(``ExtractResult.unresolved``), and only the commands that store reports turn them
into events (:func:`with_pending`).
"""
from __future__ import annotations

from dataclasses import replace

from geo.gazetteer.areas import country_candidate, raion_name, region_candidate
from geo.model import Candidate, EventRecord
from geo.schema import make_event_id, records_to_frame
from geo.text import normalize_name

#: where a name with no namesakes at all (not in the gazetteer) waits
FALLBACK_COUNTRY = "UA"


def area_of(alternatives, gazetteer) -> Candidate | None:
    """The region every candidate lies in, else their one country, else Ukraine."""
    regions = {(c.country_code, c.admin1_code) for c in alternatives}
    if len(regions) == 1:
        (country, code), = regions
        region = region_candidate(gazetteer, country, code) if code else None
        if region is not None:
            return region
    countries = {c.country_code for c in alternatives}
    country = countries.pop() if len(countries) == 1 else FALLBACK_COUNTRY
    return country_candidate(gazetteer, country) or country_candidate(gazetteer, FALLBACK_COUNTRY)


def with_areas(unresolved: list, gazetteer) -> list:
    """``unresolved`` with each one's :attr:`~geo.extract.UnresolvedPlace.area` and its
    candidates' raions set."""
    return [replace(u, area=area_of(u.alternatives, gazetteer),
                    raions=tuple(raion_name(gazetteer, c) for c in u.alternatives))
            for u in unresolved]


def pending_event_id(source: str, query: str, day: str | None) -> str:
    """The stable id of an unplaced name's event: one per report, name and day."""
    return make_event_id(source, f"unresolved:{normalize_name(query)}", day)


def pending_record(place: dict) -> EventRecord | None:
    """An event record for one unresolved place (its ``to_json`` dict), or None without an area."""
    area = place.get("area")
    if not area:
        return None
    source = str(place.get("source") or "")
    region = area.get("feature") == "region"
    return EventRecord(
        event_id=pending_event_id(source, str(place["query"]), place.get("date")),
        date=place.get("date"), date_precision=place.get("date_precision") or "unknown",
        attack_types=tuple(place.get("attack_types") or ("other",)),
        place=str(place["query"]), query=str(place["query"]),
        lat=float(area["lat"]), lon=float(area["lon"]), geonameid=None,
        country_code=str(area.get("country_code") or ""),
        admin1=str(area.get("admin1") or "") if region else "",
        geo_precision="region" if region else "country",
        killed=place.get("killed"), injured=place.get("injured"), count=place.get("count"),
        source=source, excerpt=str(place.get("excerpt") or ""),
        confidence=float(place.get("confidence") or 0.0),
        extra={"excerpt_start": place.get("excerpt_start"), "excerpt_end": place.get("excerpt_end"),
               "sources": [source] if source else []})


def queue_candidates(place: dict) -> list[dict]:
    """The candidates as the review queue lists them."""
    keys = ("geonameid", "name", "admin1", "raion", "lat", "lon", "population", "country_code",
            "feature")
    return [{k: c.get(k) for k in keys} for c in place.get("alternatives") or []]


def rule_notes(events, rules) -> dict:
    """``{event_id: (place, note)}`` for the events an analyst's rule placed."""
    import pandas as pd

    if not rules or not len(events):
        return {}
    out = {}
    for event_id, query, gid, place, admin1 in zip(events["event_id"], events["query"],
                                                   events["geonameid"], events["place"],
                                                   events["admin1"]):
        rule = None if query is None or pd.isna(gid) else rules.placed_by(query, int(gid))
        if rule is not None:
            out[event_id] = ({"name": place, "geonameid": int(gid), "admin1": admin1},
                             f"placed by the {rule.describe()}")
    return out


def with_pending(events, rules=None):
    """``events`` plus one event per unresolved place of ``events.attrs["unresolved"]``.

    Returns a new frame whose ``attrs["review_queue"]`` maps each such event's id to why it
    waits and its candidates (:meth:`geo.store.EventStore.ingest_batches` queues them), and
    whose ``attrs["rule_notes"]`` notes the events one of ``rules`` placed (the store's
    audit trail keeps the note); ``events`` is not modified.
    """
    import geopandas as gpd
    import pandas as pd

    notes = rule_notes(events, rules)
    unresolved = events.attrs.get("unresolved") or []
    records, queue = [], {}
    for place in unresolved:
        record = pending_record(place)
        if record is None or record.event_id in queue:
            continue
        records.append(record)
        queue[record.event_id] = {"kind": "unresolved", "reason": str(place.get("reason") or ""),
                                  "candidates": queue_candidates(place)}
    if records:
        extra = records_to_frame(records)
        out = gpd.GeoDataFrame(pd.concat([events, extra], ignore_index=True),
                               geometry="geometry", crs=extra.crs)
    else:
        out = events.copy()
    out.attrs = {"unresolved": unresolved, "review_queue": queue, "rule_notes": notes}
    return out
