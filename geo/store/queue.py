"""The review queue: what waits for a reviewer's decision.

Three kinds of entries (``docs/review.md``):

* ``unresolved``: a name the geocoder could not place, stored as an event at the most
  its text allows, with its candidates (:mod:`geo.extract.pending`);
* ``flagged``: an event someone flagged (the map's event details, :func:`geo.store.review.flag`);
* ``low confidence``: an event nobody decided on whose confidence is below a threshold.

Any decision on an event takes it out of the queue; a flag puts it back.
"""
from __future__ import annotations

import json

from geo.store.event_store import EventStore

#: what ``strikemap review list`` prints per entry, in this order
LIST_KEYS = ("event_id", "review_status", "reason", "query", "place", "candidates")
#: below this confidence an undecided event is queued (the dashboard lets the user set it)
DEFAULT_THRESHOLD = 0.5

_COLUMNS = ("event_id", "review_status", "query", "place", "confidence", "excerpt", "date",
            "date_precision", "killed", "injured", "attack_types", "admin1", "geo_precision",
            "source", "lat", "lon", "geonameid", "country_code")


def _entry(row: tuple, kind: str, reason: str, candidates: str | None, versions: dict) -> dict:
    event = dict(zip(_COLUMNS, row))
    event["review_status"] = event["review_status"] or "auto"
    event["attack_types"] = json.loads(event["attack_types"] or "[]")
    return {"event_id": event["event_id"], "review_status": event["review_status"],
            "reason": reason, "query": event["query"], "place": event["place"],
            "candidates": json.loads(candidates) if candidates else [], "kind": kind,
            "version": versions.get(event["event_id"], 0), "event": event}


def review_queue(store: EventStore, *, status: str | None = None,
                 threshold: float | None = DEFAULT_THRESHOLD,
                 low_limit: int | None = None) -> list[dict]:
    """The queue (``status`` None), or every event with that ``review_status``.

    Parameters
    ----------
    store : EventStore
    status : str, optional
        ``auto``, ``confirmed``, ``corrected`` or ``rejected``: list every event with it
        (with its queue reason, if it ever had one) instead of the open queue.
    threshold : float, optional
        Undecided events below this confidence join the queue; None: none do.
    low_limit : int, optional
        At most this many of those, least confident first (the page shows a long
        queue in parts); None: all.

    Returns
    -------
    list of dict
        :data:`LIST_KEYS`, plus ``kind``, ``version`` (decisions so far, for
        :attr:`geo.store.review.Decision.seen`) and ``event`` (the stored fields).
    """
    if not store.file.exists():
        return []
    names = ", ".join(f"e.{c}" for c in _COLUMNS)
    versions = dict(store._query("SELECT event_id, count(*) FROM audit GROUP BY event_id"))
    if status is not None:
        rows = store._query(
            f"SELECT {names}, (SELECT group_concat(q.reason, '; ') FROM review_queue q "
            f"WHERE q.event_id = e.event_id), (SELECT q.candidates FROM review_queue q WHERE "
            f"q.event_id = e.event_id AND q.kind = 'unresolved') FROM events e "
            f"WHERE coalesce(e.review_status, 'auto') = ? ORDER BY e.rowid", (status,))
        return [_entry(r[:-2], "", r[-2] or "", r[-1], versions) for r in rows]
    rows = store._query(
        f"SELECT {names}, q.kind, q.reason, q.candidates FROM review_queue q "
        f"JOIN events e ON e.event_id = q.event_id WHERE q.open = 1 "
        f"ORDER BY q.kind = 'flagged' DESC, e.rowid")
    out: dict[str, dict] = {}
    for r in rows:
        entry = out.get(r[0])
        if entry is None:
            out[r[0]] = _entry(r[:-3], r[-3], r[-2], r[-1], versions)
        else:                                  # flagged and unresolved: one entry, both reasons
            entry["reason"] += f"; {r[-2]}"
            entry["candidates"] = entry["candidates"] or json.loads(r[-1] or "[]")
    if threshold is not None:
        for r in store._query(
                f"SELECT {names} FROM events e WHERE coalesce(e.review_status, 'auto') = 'auto' "
                f"AND e.duplicate_of IS NULL AND e.confidence < ? ORDER BY e.confidence, e.rowid "
                f"LIMIT ?", (float(threshold), -1 if low_limit is None else int(low_limit))):
            if r[0] not in out:
                out[r[0]] = _entry(r, "low confidence", f"low confidence {r[4]:.2f}", None, versions)
    return list(out.values())


def list_line(entry: dict) -> dict:
    """One entry as ``strikemap review list`` prints it (:data:`LIST_KEYS`)."""
    out = {key: entry[key] for key in LIST_KEYS}
    out["candidates"] = [{k: c.get(k) for k in ("geonameid", "name", "admin1", "lat", "lon",
                                                "population")} for c in entry["candidates"]]
    return out


def event_state(store: EventStore, event_id: str) -> dict | None:
    """One event's stored fields as the queue shows them (None when there is no such event)."""
    if not store.file.exists():
        return None
    rows = store._query(f"SELECT {', '.join(_COLUMNS)} FROM events WHERE event_id = ?", (event_id,))
    return _entry(rows[0], "", "", None, {})["event"] if rows else None
