"""GeoJSON features written by SQLite: an unfiltered export of a store of any size at the
speed of its JSON functions (issue 24).

SQLite's ``json_quote`` escapes text exactly as Python's ``json`` encoder does
(``ensure_ascii=False``), so one query turns each stored row into the text of its
feature's properties, and Python only adds what SQLite would spell differently: the
coordinates and the other floats (shortest round-trip text, which SQLite 3.40 does not
write) and the oblast's one spelling (:func:`geo.gazetteer.regions.oblast_spellings`).

The same query tells, row by row, whether SQL can vouch for it: every value the kind
:func:`geo.schema.validate_events` accepts as it is, no duplicate to fold in, lists
without escapes. The other rows (a duplicate's canonical event, odd or damaged values)
go through the frame path (:func:`geo.store.reading.to_events` then
:func:`geo.export_json.feature_chunks`), which folds, normalises or raises as it always
has. Either way the text is byte for byte that of the frame path; tests compare the two.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from geo.export_json import feature_chunks
from geo.gazetteer.regions import oblast_spellings
from geo.schema import (
    ATTACK_TYPES,
    DATE_PRECISIONS,
    EVENT_COLUMNS,
    GEO_PRECISIONS,
    REVIEW_STATUSES,
    SIDES,
)
from geo.store import reading, sql

#: the feature around the slots: id, lon, lat, the properties before admin1, admin1, those
#: from geo_precision to excerpt_end, confidence, front_km, side and review_status
_FEATURE = ('{"type":"Feature","id":%s,"geometry":{"type":"Point","coordinates":[%s,%s]},'
            '"properties":%s,"admin1":%s,%s,"confidence":%s,"front_km":%s,%s}')
_NAMES = list(EVENT_COLUMNS)
_BEFORE_ADMIN1 = _NAMES[:_NAMES.index("admin1")]
_BEFORE_FLOATS = _NAMES[_NAMES.index("admin1") + 1:_NAMES.index("confidence")]
_AFTER_FLOATS = _NAMES[_NAMES.index("front_km") + 1:]
#: pandas reads dates within these bounds (a date outside goes the frame path, which says so)
_FIRST_DAY, _LAST_DAY = "1677-09-22", "2262-04-10"
_LARGEST = "1.7976931348623157e308"         # the largest finite double


def _words(values) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


#: the sources the frame path gives a row: its own source alone when none are stored
#: (:func:`geo.schema.validate_events`)
SOURCES_SQL = ("CASE WHEN sources IS NULL OR sources = '[]' THEN CASE WHEN source IS NULL OR "
               "source = '' THEN '[]' ELSE json_array(source) END ELSE sources END")


def _value_sql(name: str) -> str:
    """One property's value for ``json_object``, as the frame path writes it for a row SQL
    vouches for."""
    if name == "sources":         # none stored: the event's own source alone (validate_events)
        return (f"json(CASE WHEN sources IS NOT NULL AND NOT json_valid(sources) THEN '[]' "
                f"ELSE {SOURCES_SQL} END)")      # (garbage goes the frame path)
    if EVENT_COLUMNS[name] == "list":      # (garbage goes the frame path, which says so)
        return f"json(CASE WHEN json_valid(\"{name}\") THEN \"{name}\" ELSE '[]' END)"
    if name == "review_status":
        return "coalesce(review_status, 'auto')"
    return f'"{name}"'


def _object_sql(names: list[str], trim: str) -> str:
    """The JSON object of the properties ``names``, with the braces ``trim`` names taken off
    (\'{\', \'}\' or both): text then int or null is first and last, so one each."""
    pairs = ", ".join(f"'{name}', {_value_sql(name)}" for name in names)
    function = {"{": "ltrim", "}": "rtrim", "{}": "trim"}[trim]
    return f"{function}(json_object({pairs}), '{trim}')"


def _list_ok(column: str, allowed: tuple[str, ...] | None) -> str:
    """A stored list SQL vouches for: JSON array text of text items (of ``allowed``), and no
    escape in it (``json()`` would keep ``\\u0410`` where the frame path writes the letter).
    The lists of up to three ``allowed`` items, as the store writes them, are looked up."""
    items = "type != 'text'" + (f" OR value NOT IN ({_words(allowed)})" if allowed else "")
    common = f"{column} IN ({_words(_short_lists(allowed))}) OR " if allowed else ""
    return (f"CASE WHEN {column} IS NULL OR {common}0 THEN 1 WHEN typeof({column}) = 'text' "
            f"AND instr({column}, '\\') = 0 AND json_valid({column}) THEN json_type({column}) "
            f"= 'array' AND NOT EXISTS (SELECT 1 FROM json_each({column}) WHERE {items}) "
            "ELSE 0 END")


def _short_lists(allowed: tuple[str, ...]) -> list[str]:
    """Every list of up to three distinct ``allowed`` items as compact JSON text."""
    import itertools
    import json

    return [json.dumps(list(items), separators=(",", ":"))
            for size in (1, 2, 3) for items in itertools.permutations(allowed, size)]


def _date_ok(column: str) -> str:
    return (f"({column} IS NULL OR (typeof({column}) = 'text' AND date({column}, '+0 days') = "
            f"{column} AND {column} BETWEEN '{_FIRST_DAY}' AND '{_LAST_DAY}'))")


def vouched_sql(merged: bool) -> str:
    """True for a row whose feature SQL writes as the frame path would (see the module)."""
    terms = ["typeof(event_id) = 'text'",
             f"date_precision IN ({_words(DATE_PRECISIONS)})",
             f"geo_precision IN ({_words(GEO_PRECISIONS)})",
             f"(side IS NULL OR side IN ({_words(SIDES)}))",
             f"(review_status IS NULL OR review_status IN ({_words(REVIEW_STATUSES)}))",
             _list_ok("attack_types", ATTACK_TYPES), _list_ok("sources", None),
             "(date_start IS NULL OR date_end IS NULL OR date_end >= date_start)",
             # text and BLOBs sort after numbers: a REAL column's value in range is a number
             "lon BETWEEN -180 AND 180", "lat BETWEEN -90 AND 90"]
    for name, kind in EVENT_COLUMNS.items():
        if name in ("date", "date_start", "date_end"):
            terms.append(_date_ok(name))
        elif kind == "Int64":                 # (json_quote refuses a BLOB in a text column)
            terms.append(f"typeof(\"{name}\") IN ('integer', 'null')")
        elif kind == "float":                 # finite (the frame path writes infinity as null)
            terms.append(f"(\"{name}\" IS NULL OR \"{name}\" BETWEEN -{_LARGEST} AND {_LARGEST})")
    if merged:
        terms.append("NOT EXISTS (SELECT 1 FROM events AS d WHERE d.duplicate_of = "
                     "events.event_id)")
    return " AND ".join(terms)


def features_sql(merged: bool, rejected: bool) -> str:
    """Every row a read returns, in its order: vouched (1/0), rowid, then the slots of
    :data:`_FEATURE` (text from SQL, floats and admin1 as stored)."""
    return (f"SELECT {vouched_sql(merged)}, rowid, json_quote(event_id), lon, lat, "
            f"{_object_sql(_BEFORE_ADMIN1, '}')}, admin1, {_object_sql(_BEFORE_FLOATS, '{}')}, "
            f"confidence, front_km, {_object_sql(_AFTER_FLOATS, '{')} "
            f"FROM events {reading.where(merged, rejected)} ORDER BY rowid")


def feature_texts(con: sqlite3.Connection, file: Path, *, merged: bool, rejected: bool,
                  rows: int) -> Iterator[str]:
    """Chunks of ``,\\n``-joined feature texts of every event a read returns, as
    :func:`geo.export_json.feature_chunks` writes them, from one read transaction on
    ``con`` (closed at the end).

    Raises
    ------
    StoreError
        The database cannot be read, or holds garbage.
    """
    with reading.snapshot(con, file, merged) as dups:
        cursor = con.execute(features_sql(merged, rejected))
        select = reading.select_sql(merged, rejected).replace(" ORDER BY rowid", "")
        admin1: dict[str | None, str] = {None: "null"}

        def fetch() -> list:               # in the helper thread: the batch, and its odd rows
            batch = cursor.fetchmany(rows)
            odd = [row[1] for row in batch if not row[0]]
            return batch and [batch, stored_rows(con, select, odd)]

        for batch, odd in sql.in_background(fetch):
            # floats as repr() spells them (the frame path's text; finite, as SQL vouched)
            texts = [_FEATURE % (ident, repr(x), repr(y), head,
                                 admin1.get(region) or _admin1(admin1, region), middle,
                                 "null" if confidence is None else repr(confidence),
                                 "null" if front is None else repr(front), tail)
                     if vouched else None
                     for vouched, _, ident, x, y, head, region, middle, confidence, front, tail
                     in batch]
            yield ",\n".join(_framed(texts, odd, dups, file))


def _admin1(known: dict, region: str) -> str:
    from json.encoder import encode_basestring  # type: ignore[attr-defined]

    spelled = oblast_spellings([region])[0]
    known[region] = encode_basestring(spelled)
    return known[region]


def stored_rows(con: sqlite3.Connection, select: str, rowids: list[int]) -> list[tuple]:
    """The stored rows (:data:`geo.store.sql.READ_COLUMNS`) of ``rowids``, in their order."""
    out: list[tuple] = []
    where = " AND " if " WHERE " in select else " WHERE "
    for start in range(0, len(rowids), 500):                 # SQLite's bound-variable limit
        part = rowids[start:start + 500]
        out += con.execute(f"{select}{where}rowid IN ({', '.join('?' * len(part))}) "
                           "ORDER BY rowid", part).fetchall()
    return out


def _framed(texts: list, odd: list[tuple], dups: list, file: Path) -> list[str]:
    """``texts`` with the rows SQL did not vouch for (None) written by the frame path."""
    if not odd:
        return texts
    framed = iter([feature for chunk in feature_chunks(reading.to_events(odd, dups, file))
                   for feature in chunk.split(",\n")])          # no feature holds a newline
    return [next(framed) if text is None else text for text in texts]
