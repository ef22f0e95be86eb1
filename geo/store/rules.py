"""The store's place rules (``rules`` table): list, add, remove, export and import.

A rule says a name, in a region context (``""`` for any), means a place; the geocoder
applies them (:mod:`geo.geocoding.rules`). Every change is an audit row with the event id
``rule:<name>|<region>``, so the audit trail also says who made or removed a rule.
A rules file (``strikemap rules export``) is JSON: ``{"strikemap_rules": 1, "rules": [...]}``,
each rule with ``name``, ``region``, ``place``, ``geonameid``, ``lat``, ``lon``,
``country_code``, ``admin1``, ``feature``, ``at``, ``who`` and ``note``.
"""
from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from geo.errors import InputError
from geo.geocoding.rules import PlaceRule, PlaceRules
from geo.model import Candidate
from geo.store import sql
from geo.store.event_store import EventStore
from geo.text import normalize_name

RULE_COLUMNS = ("written", "region", "place", "geonameid", "lat", "lon", "country_code", "admin1",
                "feature", "at", "who", "note")
_FEATURES = ("settlement", "district", "region", "country")


def rule_event_id(name: str, region: str) -> str:
    """The audit trail's id for a rule."""
    return f"rule:{normalize_name(name)}|{normalize_name(region) if region else ''}"


def save_rule(con: sqlite3.Connection, written: str, region: str, place, *, who: str, at: str,
              note: str | None = None) -> str:
    """Insert or replace a rule inside the caller's transaction; its description."""
    key = (normalize_name(written), normalize_name(region) if region else "")
    old = con.execute("SELECT place, geonameid FROM rules WHERE name = ? AND region = ?", key).fetchone()
    con.execute(
        "INSERT OR REPLACE INTO rules (name, region, written, geonameid, place, lat, lon, "
        "country_code, admin1, feature, at, who, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (*key, written, place.geonameid, place.name, float(place.lat), float(place.lon),
         place.country_code, place.admin1, place.feature, at, who, note))
    new = {"place": place.name, "geonameid": place.geonameid, "admin1": place.admin1}
    con.execute("INSERT INTO audit (event_id, field, old_value, new_value, at, who, note) "
                "VALUES (?, 'rule', ?, ?, ?, ?, ?)",
                (rule_event_id(written, region),
                 None if old is None else json.dumps({"place": old[0], "geonameid": old[1]}),
                 json.dumps(new, ensure_ascii=False), at, who, note))
    return _rule(written, region, place).describe()


def _rule(written: str, region: str, place) -> PlaceRule:
    return PlaceRule(written, region, Candidate(
        geonameid=place.geonameid, name=place.name, lat=float(place.lat), lon=float(place.lon),
        country_code=place.country_code or "", admin1=place.admin1 or "",
        feature=place.feature or "settlement"))


def list_rules(store: EventStore) -> list[dict]:
    """Every rule as a dict (:data:`RULE_COLUMNS`, ``name`` the name as written), by name."""
    if not store.file.exists():
        return []
    rows = store._query(f"SELECT {', '.join(RULE_COLUMNS)} FROM rules ORDER BY name, region")
    return [{("name" if k == "written" else k): v for k, v in zip(RULE_COLUMNS, row)} for row in rows]


def load_rules(store: EventStore) -> PlaceRules:
    """The store's rules for the geocoder (empty when the store has none)."""
    return PlaceRules(_rule(r["name"], r["region"], _Place(r)) for r in list_rules(store))


class _Place:
    """A rule row seen as a place (the attributes :func:`_rule` reads)."""

    def __init__(self, row: dict) -> None:
        self.name, self.geonameid = row["place"], row["geonameid"]
        self.lat, self.lon = row["lat"], row["lon"]
        self.country_code, self.admin1, self.feature = row["country_code"], row["admin1"], row["feature"]


def _write(store: EventStore, work) -> object:
    with sql.transaction(store._open(write=True), store.file,
                         "the rules could not be changed") as con:
        return work(con, datetime.now(timezone.utc).isoformat(timespec="seconds"))


def add_rule(store: EventStore, name: str, place, *, region: str = "", who: str,
             note: str | None = None) -> str:
    """Add (or replace) one rule; its description."""
    if not normalize_name(name or ""):
        raise InputError("a rule needs a name", field="name")
    return _write(store, lambda con, at: save_rule(con, name.strip(), region.strip(), place,
                                                   who=who, at=at, note=note))


def remove_rule(store: EventStore, name: str, *, region: str = "", who: str) -> bool:
    """Remove one rule (True), or say there was none (False)."""
    key = (normalize_name(name), normalize_name(region) if region.strip() else "")

    def work(con, at):
        gone = con.execute("DELETE FROM rules WHERE name = ? AND region = ?", key).rowcount
        if gone:
            con.execute("INSERT INTO audit (event_id, field, old_value, new_value, at, who, note) "
                        "VALUES (?, 'rule', ?, NULL, ?, ?, 'removed')",
                        (rule_event_id(name, region), json.dumps({"name": name}), at, who))
        return bool(gone)
    return _write(store, work)


def export_rules(store: EventStore) -> str:
    """The rules as a rules file's text."""
    return json.dumps({"strikemap_rules": 1, "rules": list_rules(store)}, ensure_ascii=False,
                      indent=1) + "\n"


def read_rules_file(path: str | os.PathLike) -> list[dict]:
    """The rules of a rules file, checked; InputError naming the file and field otherwise."""
    name = str(path)
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"cannot read it ({error.strerror or error})", file=name) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"not a rules file ({error})", file=name) from None
    if not isinstance(document, dict) or not isinstance(document.get("rules"), list):
        raise InputError('not a rules file (no "rules" list)', file=name)
    return [_checked(rule, name, i) for i, rule in enumerate(document["rules"])]


def _checked(rule: object, file: str, i: int) -> dict:
    where = f"rules[{i}]"
    if not isinstance(rule, dict):
        raise InputError("a rule must be an object", file=file, field=where)
    for key in ("name", "place"):
        if not isinstance(rule.get(key), str) or not normalize_name(rule[key]):
            raise InputError("must be a non-empty text", file=file, field=f"{where}.{key}")
    for key, limit in (("lat", 90), ("lon", 180)):
        value = rule.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not abs(value) <= limit:
            raise InputError(f"must be a number within ±{limit}", file=file, field=f"{where}.{key}")
    gid = rule.get("geonameid")
    if gid is not None and (isinstance(gid, bool) or not isinstance(gid, int)):
        raise InputError("must be a whole number or null", file=file, field=f"{where}.geonameid")
    if rule.get("feature", "settlement") not in _FEATURES:
        raise InputError(f"must be one of {', '.join(_FEATURES)}", file=file, field=f"{where}.feature")
    for key in ("region", "country_code", "admin1", "who", "note"):
        if rule.get(key) is not None and not isinstance(rule[key], str):
            raise InputError("must be a text", file=file, field=f"{where}.{key}")
    return rule


def import_rules(store: EventStore, path: str | os.PathLike, *, who: str) -> int:
    """Add every rule of a rules file in one transaction (all or none); how many."""
    rules = read_rules_file(path)

    def work(con, at):
        for r in rules:
            save_rule(con, r["name"].strip(), (r.get("region") or "").strip(), _Place({
                "place": r["place"], "geonameid": r.get("geonameid"), "lat": r["lat"],
                "lon": r["lon"], "country_code": r.get("country_code") or "",
                "admin1": r.get("admin1") or "", "feature": r.get("feature") or "settlement"}),
                who=who, at=at, note=f"imported from {Path(path).name}"
                + (f" (by {r['who']}: {r['note']})" if r.get("who") and r.get("note") else ""))
        return len(rules)
    return _write(store, work)
