"""Review decisions: correct, confirm or reject an event, one transaction each, audited.

Every decision is one ``BEGIN IMMEDIATE ... COMMIT``: the event's row takes the new
values and the append-only ``audit`` table one row per changed field (old value, new
value, UTC time, who, note). Re-ingesting a report skips the event's id (and, once a
reviewer placed its name, the id its event would now get: ``aliases``), so nothing a
reviewer decided is ever undone by the pipeline.

Two reviewers: a decision carries ``seen``, the number of decisions on the event the
reviewer's screen was made from. When the store holds more, someone decided in between:
:class:`~geo.errors.ReviewConflictError`, nothing is written, and the page shows the new
state (optimistic concurrency; see ``docs/review.md``).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from geo.errors import InputError, ReviewConflictError
from geo.schema import ATTACK_TYPES, make_event_id
from geo.store import sql
from geo.store.event_store import EventStore
from geo.store.rules import save_rule
from geo.text import normalize_name

MAX_NOTE_CHARS, MAX_WHO_CHARS = 1000, 80


@dataclass(frozen=True)
class PlaceChoice:
    """Where a reviewer put an event: a gazetteer place (a namesake, usually)."""

    name: str
    lat: float
    lon: float
    geonameid: int | None = None
    country_code: str = ""
    admin1: str = ""
    feature: str = "settlement"

    def to_json(self) -> dict:
        """The audit trail's value."""
        return {"name": self.name, "geonameid": self.geonameid, "admin1": self.admin1,
                "country_code": self.country_code, "lat": self.lat, "lon": self.lon,
                "feature": self.feature}


@dataclass(frozen=True)
class Decision:
    """One reviewer's decision on one event; fields left None are not changed.

    ``seen`` is the number of decisions on the event the reviewer saw (None: do not
    check). A place choice also makes a rule for the event's name in ``rule_region``
    ("" any region; None: no rule).
    """

    event_id: str
    who: str
    place: PlaceChoice | None = None
    killed: int | None = None
    injured: int | None = None
    attack_types: tuple[str, ...] | None = None
    date: str | None = None
    reject: bool = False
    confirm: bool = False
    note: str = ""
    seen: int | None = None
    rule_region: str | None = ""

    def edits(self) -> dict[str, object]:
        """The fields this decision sets (``review_status`` aside)."""
        out = {"place": self.place, "killed": self.killed, "injured": self.injured,
               "attack_types": None if self.attack_types is None else list(self.attack_types),
               "date": self.date}
        return {k: v for k, v in out.items() if v is not None}


@dataclass(frozen=True)
class DecisionResult:
    """What a decision wrote: the new status, the audited fields and the event's new version."""

    review_status: str
    fields: tuple[str, ...]
    version: int
    rule: str | None = None
    changes: dict = field(default_factory=dict, compare=False)


def check_decision(decision: Decision) -> None:
    """Raise :class:`~geo.errors.InputError` (one line, naming the field) for a bad value."""
    for name in ("killed", "injured"):
        value = getattr(decision, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise InputError(f"{value!r} is not a whole number >= 0", field=name)
    if decision.attack_types is not None:
        if not decision.attack_types:
            raise InputError("give at least one attack type", field="attack_types")
        for kind in decision.attack_types:
            if kind not in ATTACK_TYPES:
                raise InputError(f"{kind!r} is not one of {', '.join(ATTACK_TYPES)}",
                                 field="attack_types")
    if decision.date is not None:
        check_date(decision.date)
    if decision.reject and (decision.confirm or decision.edits()):
        raise InputError("a rejected event takes no other change", field="reject")
    if not (decision.reject or decision.confirm or decision.edits()):
        raise InputError("nothing to decide: give a place, a figure, types, a date, "
                         "reject or confirm", field="decision")
    who = decision.who.strip()
    if not who or len(who) > MAX_WHO_CHARS:
        raise InputError(f"the reviewer's name must be 1 to {MAX_WHO_CHARS} characters", field="who")
    if len(decision.note) > MAX_NOTE_CHARS:
        raise InputError(f"a note is at most {MAX_NOTE_CHARS} characters", field="note")
    place = decision.place
    if place is not None and not (abs(place.lat) <= 90 and abs(place.lon) <= 180):
        raise InputError("the place's coordinates are out of range", field="place")


def check_date(value: str) -> str:
    """A ``YYYY-MM-DD`` day that exists, from 1900 to today, else InputError."""
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{value!r} is not a date that exists (use YYYY-MM-DD)",
                         field="date") from None
    if day.year < 1900 or day > date.today():
        raise InputError(f"{value!r} is before 1900 or in the future", field="date")
    return value


_EVENT_FIELDS = ("event_id", "place", "query", "geonameid", "country_code", "admin1",
                 "geo_precision", "lon", "lat", "killed", "injured", "attack_types", "date",
                 "date_precision", "review_status", "source")


def decide(store: EventStore, decision: Decision) -> DecisionResult:
    """Apply one decision in one transaction; nothing changes when it fails.

    Raises
    ------
    InputError
        A bad value, or no such event.
    ReviewConflictError
        Another decision landed on the event after the reviewer's ``seen``.
    """
    check_decision(decision)
    if not store.file.exists():
        raise InputError(f"no event {decision.event_id!r}: the store is empty", field="event_id")
    with sql.transaction(store._open(write=True), store.file,
                         f"the decision on {decision.event_id!r} failed and was rolled back") as con:
        row = con.execute(f"SELECT {', '.join(_EVENT_FIELDS)} FROM events WHERE event_id = ?",
                          (decision.event_id,)).fetchone()
        if row is None:
            raise InputError(f"no event {decision.event_id!r} in the store", field="event_id")
        event = dict(zip(_EVENT_FIELDS, row))
        version = _version(con, decision.event_id)
        if decision.seen is not None and decision.seen != version:
            raise _conflict(con, decision, version)
        return _write(con, event, decision, version)


def _version(con: sqlite3.Connection, event_id: str) -> int:
    return int(con.execute("SELECT count(*) FROM audit WHERE event_id = ?", (event_id,)).fetchone()[0])


def _conflict(con: sqlite3.Connection, decision: Decision, version: int) -> ReviewConflictError:
    last = con.execute("SELECT who, at FROM audit WHERE event_id = ? ORDER BY id DESC LIMIT 1",
                       (decision.event_id,)).fetchone()
    by = f" (last by {last[0]} at {last[1]})" if last else ""
    return ReviewConflictError(
        f"event {decision.event_id} changed since you loaded it{by}: nothing was saved; "
        f"look at its new state and decide again", event_id=decision.event_id,
        seen=decision.seen or 0, now=version)


def _status(decision: Decision, current: str | None) -> str:
    if decision.reject:
        return "rejected"
    return "corrected" if decision.edits() else "confirmed"


def _write(con, event: dict, decision: Decision, version: int) -> DecisionResult:
    """The row's new values and one audit row per changed field."""
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    note = decision.note.strip() or None
    who = decision.who.strip()
    sets: dict[str, object] = {}
    audit: list[tuple[str, object, object]] = []
    old_place = {"name": event["place"], "geonameid": event["geonameid"], "admin1": event["admin1"],
                 "country_code": event["country_code"], "lat": event["lat"], "lon": event["lon"],
                 "feature": event["geo_precision"]}
    rule = None
    if decision.place is not None:
        p = decision.place
        sets.update(place=p.name, geonameid=p.geonameid, lat=p.lat, lon=p.lon, admin1=p.admin1,
                    country_code=p.country_code, geo_precision=p.feature)
        audit.append(("place", old_place, p.to_json()))
        rule = _place_rule(con, event, decision, at, who, note)
    for name in ("killed", "injured", "date"):
        value = getattr(decision, name)
        if value is not None:
            sets[name] = value
            audit.append((name, event[name], value))
    if decision.date is not None and event["date_precision"] != "day":
        sets["date_precision"] = "day"
    if decision.attack_types is not None:
        sets["attack_types"] = json.dumps(list(decision.attack_types))
        audit.append(("attack_types", json.loads(event["attack_types"] or "[]"),
                      list(decision.attack_types)))
    status = _status(decision, event["review_status"])
    sets["review_status"] = status
    audit.append(("review_status", event["review_status"] or "auto", status))
    names = ", ".join(f'"{k}" = ?' for k in sets)
    con.execute(f"UPDATE events SET {names} WHERE event_id = ?", (*sets.values(), event["event_id"]))
    con.executemany(
        "INSERT INTO audit (event_id, field, old_value, new_value, at, who, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(event["event_id"], name, _json(old), _json(new), at, who, note) for name, old, new in audit])
    con.execute("UPDATE review_queue SET open = 0 WHERE event_id = ?", (event["event_id"],))
    return DecisionResult(status, tuple(a[0] for a in audit), version + len(audit), rule,
                          {name: new for name, _, new in audit})


def _place_rule(con, event: dict, decision: Decision, at: str, who: str,
                note: str | None) -> str | None:
    """Remember the place: the id the report's event will get once its name resolves there
    (an alias, so a re-ingest adds nothing), and a rule for the name."""
    p = decision.place
    if p.geonameid is not None and event["source"]:
        day = _ingested_date(con, event)
        con.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?)",
                    (make_event_id(event["source"], p.geonameid, day), event["event_id"]))
    written = (event["query"] or "").strip()
    if decision.rule_region is None or not written or not normalize_name(written):
        return None
    return save_rule(con, written, decision.rule_region, p, who=who, at=at,
                     note=note or f"from event {event['event_id']}")


def _ingested_date(con, event: dict) -> str | None:
    """The event's date as ingested (before any reviewer changed it)."""
    first = con.execute("SELECT old_value FROM audit WHERE event_id = ? AND field = 'date' "
                        "ORDER BY id LIMIT 1", (event["event_id"],)).fetchone()
    return json.loads(first[0]) if first else event["date"]


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def history(store: EventStore, event_id: str) -> list[dict]:
    """An event's audit trail, oldest first: id, field, old, new (decoded), at, who, note."""
    if not store.file.exists():
        return []
    rows = store._query(
        "SELECT id, field, old_value, new_value, at, who, note FROM audit WHERE event_id = ? "
        "ORDER BY id", (event_id,))
    return [{"id": r[0], "event_id": event_id, "field": r[1],
             "old": None if r[2] is None else json.loads(r[2]),
             "new": None if r[3] is None else json.loads(r[3]), "at": r[4], "who": r[5],
             "note": r[6]} for r in rows]


def version(store: EventStore, event_id: str) -> int:
    """The number of decisions on an event (what a reviewer's ``seen`` is compared with)."""
    if not store.file.exists():
        return 0
    return int(store._query("SELECT count(*) FROM audit WHERE event_id = ?",
                                   (event_id,))[0][0])


def flag(store: EventStore, event_id: str, *, who: str, note: str = "") -> None:
    """Put an event in the review queue (an audit row ``flag`` says who and why)."""
    if len(note) > MAX_NOTE_CHARS:
        raise InputError(f"a note is at most {MAX_NOTE_CHARS} characters", field="note")
    if not who.strip() or len(who.strip()) > MAX_WHO_CHARS:
        raise InputError(f"the reviewer's name must be 1 to {MAX_WHO_CHARS} characters", field="who")
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with sql.transaction(store._open(write=True), store.file,
                         f"flagging {event_id!r} failed") as con:
        if con.execute("SELECT 1 FROM events WHERE event_id = ?", (event_id,)).fetchone() is None:
            raise InputError(f"no event {event_id!r} in the store", field="event_id")
        reason = f"flagged by {who.strip()}" + (f": {note.strip()}" if note.strip() else "")
        con.execute("INSERT INTO review_queue (event_id, kind, reason, candidates, open, at) "
                    "VALUES (?, 'flagged', ?, '[]', 1, ?) ON CONFLICT (event_id, kind) DO UPDATE "
                    "SET open = 1, reason = excluded.reason, at = excluded.at",
                    (event_id, reason, at))
        con.execute("INSERT INTO audit (event_id, field, old_value, new_value, at, who, note) "
                    "VALUES (?, 'flag', NULL, 'true', ?, ?, ?)",
                    (event_id, at, who.strip(), note.strip() or None))
