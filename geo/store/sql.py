"""The SQLite layout of the event store and the frame <-> row conversions.

One ``events`` table holds every ingested event (lists as JSON text, the point
as ``lon``/``lat`` columns; ``sources`` is NULL when it is just ``[source]``);
``duplicate_of`` marks an event merged into an earlier one by the dedup rule
(:mod:`geo.store.dedup`). ``ingests`` records each
ingest (label, time, counts, rule) and ``meta`` the schema version.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from json.encoder import encode_basestring  # type: ignore[attr-defined]

import numpy as np
import pandas as pd

from geo.errors import StoreError
from geo.schema import EVENT_COLUMNS

#: 2: review_status, and the audit, rules, review_queue and aliases tables (docs/review.md)
SCHEMA_VERSION = 2
STORE_FILE = "events.sqlite"

_SQL_TYPES = {"str": "TEXT", "list": "TEXT", "Int64": "INTEGER", "float": "REAL"}
#: stored columns besides the schema's
EXTRA_COLUMNS: dict[str, str] = {"lon": "REAL NOT NULL", "lat": "REAL NOT NULL",
                                 "duplicate_of": "TEXT", "ingest_id": "INTEGER NOT NULL"}
EVENT_TABLE_COLUMNS: dict[str, str] = {
    **{name: _SQL_TYPES[kind] + (" PRIMARY KEY" if name == "event_id" else "")
       for name, kind in EVENT_COLUMNS.items()},
    **EXTRA_COLUMNS,
}
#: columns read back into an events frame (schema columns plus the point)
READ_COLUMNS: tuple[str, ...] = (*EVENT_COLUMNS, "lon", "lat")

_DDL = [
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS ingests (id INTEGER PRIMARY KEY, label TEXT NOT NULL, "
    "at TEXT NOT NULL, added INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, "
    "merged INTEGER NOT NULL DEFAULT 0, rule TEXT)",
    "CREATE TABLE IF NOT EXISTS events ("
    + ", ".join(f'"{name}" {kind}' for name, kind in EVENT_TABLE_COLUMNS.items()) + ")",
    "DROP INDEX IF EXISTS events_date",          # costs 2x on bulk inserts; scans are fast enough
    "CREATE INDEX IF NOT EXISTS events_duplicate_of ON events(duplicate_of) "
    "WHERE duplicate_of IS NOT NULL",
    # review (docs/review.md): every decision, append-only; values as JSON text
    "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY, event_id TEXT NOT NULL, "
    "field TEXT NOT NULL, old_value TEXT, new_value TEXT, at TEXT NOT NULL, who TEXT NOT NULL, "
    "note TEXT)",
    "CREATE INDEX IF NOT EXISTS audit_event ON audit(event_id)",
    # a name, in a region context ('' for any), means this place
    "CREATE TABLE IF NOT EXISTS rules (name TEXT NOT NULL, region TEXT NOT NULL DEFAULT '', "
    "written TEXT NOT NULL, geonameid INTEGER, place TEXT NOT NULL, lat REAL NOT NULL, "
    "lon REAL NOT NULL, country_code TEXT, admin1 TEXT, feature TEXT, at TEXT NOT NULL, "
    "who TEXT NOT NULL, note TEXT, PRIMARY KEY (name, region))",
    # why an event waits for a reviewer (an unresolved name with its candidates, a flag)
    "CREATE TABLE IF NOT EXISTS review_queue (event_id TEXT NOT NULL, kind TEXT NOT NULL, "
    "reason TEXT NOT NULL, candidates TEXT, open INTEGER NOT NULL DEFAULT 1, at TEXT NOT NULL, "
    "PRIMARY KEY (event_id, kind))",
    # the id a report's event gets once its name resolves to the place a reviewer chose
    "CREATE TABLE IF NOT EXISTS aliases (alias TEXT PRIMARY KEY, event_id TEXT NOT NULL)",
]


@contextmanager
def transaction(con: sqlite3.Connection, file, failure: str,
                begin: str = "BEGIN IMMEDIATE") -> Iterator[sqlite3.Connection]:
    """One transaction on ``con``, which is closed after it: committed when the block ends,
    rolled back on any error; a database error becomes a :class:`StoreError` naming the
    file and what ``failure`` says could not be done."""
    try:
        con.execute(begin)
        yield con
        con.execute("COMMIT")
    except sqlite3.Error as error:
        raise StoreError(f"{file}: {failure} ({error})") from error
    finally:
        if con.in_transaction:
            con.execute("ROLLBACK")
        con.close()


def connect(path: str, *, create: bool) -> sqlite3.Connection:
    """Open the store database in WAL mode (readers see the last committed state)."""
    try:
        # the exports fetch from a helper thread (prefetched); the ingest writes through ADBC
        con = sqlite3.connect(path, timeout=60.0, isolation_level=None, check_same_thread=False)
        con.execute("PRAGMA busy_timeout = 60000")
        if create:
            con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = NORMAL")
        con.execute("PRAGMA temp_store = MEMORY")
        con.execute("PRAGMA cache_size = -65536")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not an event store ({error})") from error
    return con


def ensure_schema(con: sqlite3.Connection, path: str) -> None:
    """Create the tables of a new store, or check (and migrate) an existing one."""
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" in tables:
            row = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            version = schema_version(row, path)
            if version > SCHEMA_VERSION:
                raise StoreError(f"{path}: store schema version {version} is newer than this "
                                 f"strikemap understands ({SCHEMA_VERSION}); upgrade strikemap")
        elif tables:
            raise StoreError(f"{path}: an SQLite file that is not a strikemap event store")
        con.execute("BEGIN IMMEDIATE")
        for statement in _DDL:
            con.execute(statement)
        _add_new_columns(con)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        con.execute("COMMIT")
    except sqlite3.DatabaseError as error:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise StoreError(f"{path}: cannot open the event store ({error})") from error


def _add_new_columns(con: sqlite3.Connection) -> None:
    """Additive migration: columns the schema gained since the store was made."""
    have = {row[1] for row in con.execute("PRAGMA table_info(events)")}
    for name, kind in EVENT_TABLE_COLUMNS.items():
        if name not in have:
            con.execute(f'ALTER TABLE events ADD COLUMN "{name}" {kind.replace(" NOT NULL", "")}')


#: how to rebuild a damaged store, said by every error about one
REBUILD_HINT = ("rebuild it: move the store folder aside and run `strikemap ingest` again on the "
                "reports and feeds it was made from")


def damaged(path: str, detail: str) -> StoreError:
    """The error for a store whose content is garbage: what is wrong and how to rebuild it."""
    return StoreError(f"{path}: the event store is damaged ({' '.join(detail.split())[:160]}); {REBUILD_HINT}")


def schema_version(row: tuple | None, path: str) -> int:
    """The stored schema version (0 when none); garbage is a damaged store."""
    if row is None:
        return 0
    try:
        return int(row[0])
    except (TypeError, ValueError):
        raise damaged(path, f"schema version {str(row[0])[:40]!r} is not a number") from None


def needs_schema(con: sqlite3.Connection, path: str = "the event store") -> bool:
    """True when the file has no current strikemap schema (new or older store)."""
    try:
        row = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    except sqlite3.OperationalError:
        return True
    if row is None or schema_version(row, path) != SCHEMA_VERSION:
        return True
    have = {r[1] for r in con.execute("PRAGMA table_info(events)")}
    return not set(EVENT_TABLE_COLUMNS) <= have


def queue_new(con, added: pd.Series, queue: dict, notes: dict) -> None:
    """Queue entries (``{event_id: {"kind", "reason", "candidates"}}``) of the events just
    added, and an audit row for each one an analyst's rule placed (``{event_id: (place, note)}``);
    ``con`` is the ingest's writer (:class:`geo.store.bulk.TransactionWriter`)."""
    from datetime import datetime, timezone

    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    ids = added.tolist()
    con.executemany(
        "INSERT INTO audit (event_id, field, old_value, new_value, at, who, note) "
        "VALUES (?, 'place', NULL, ?, ?, 'rule', ?)",
        [(event_id, json.dumps(note[0], ensure_ascii=False), at, note[1])
         for event_id in ids if (note := notes.get(event_id)) is not None])
    con.executemany(
        "INSERT OR IGNORE INTO review_queue (event_id, kind, reason, candidates, open, at) "
        "VALUES (?, ?, ?, ?, 1, ?)",
        [(event_id, entry["kind"], entry["reason"],
          json.dumps(entry.get("candidates") or [], ensure_ascii=False), at)
         for event_id in ids if (entry := queue.get(event_id)) is not None])


# --- frame -> rows -----------------------------------------------------------------------

def json_lists(values: pd.Series) -> list[str]:
    """Lists to JSON text (``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``)."""
    try:                                  # lists of text, the usual: the encoder's own escaping
        return ["[" + ",".join(map(encode_basestring, items)) + "]" for items in values.tolist()]
    except TypeError:                     # an item that is no text
        return [json.dumps(list(items), ensure_ascii=False, separators=(",", ":"))
                for items in values.tolist()]


def sources_text(sources: pd.Series, source: pd.Series) -> list[str | None]:
    """``sources`` as JSON text, or None where it is just ``[source]`` (the common case)."""
    return [None if not listed or (len(listed) == 1 and listed[0] == own)
            else json.dumps(list(listed), ensure_ascii=False, separators=(",", ":"))
            for listed, own in zip(sources.tolist(), source.tolist())]


def filled_columns(events, duplicate_of: pd.Series | None = None) -> tuple[str, ...]:
    """The table's columns that hold a value in some row of ``events``, in table order: an
    INSERT may leave the others out (they are NULL), which saves binding them row by row.
    List columns are always kept (``[]`` is stored as text)."""
    out = []
    for name in EVENT_TABLE_COLUMNS:
        kind = EVENT_COLUMNS.get(name)
        if name == "duplicate_of":
            filled = duplicate_of is not None and bool(duplicate_of.notna().any())
        else:
            filled = kind is None or kind == "list" or bool(events[name].notna().any())
        if filled:
            out.append(name)
    return tuple(out)


# --- rows -> frame -----------------------------------------------------------------------

def parse_json_lists(values: pd.Series) -> pd.Series:
    """JSON list text to Python lists, decoding each distinct text once.

    Rows with the same text share one list object; treat them as read-only
    (:func:`geo.schema.validate_events` makes fresh lists).
    """
    codes, uniques = pd.factorize(values.astype("object").where(values.notna(), "[]"))
    decoded = np.empty(len(uniques) + 1, dtype=object)
    decoded[:] = [json.loads(u) for u in uniques] + [[]]
    return pd.Series(decoded[codes], index=values.index, dtype="object")


def rows_to_frame(rows: list[tuple], columns: tuple[str, ...]) -> pd.DataFrame:
    """A DataFrame of stored rows (object columns, floats as float64) with lists decoded.

    One 2-D object array for all rows (fast), then one column at a time; no
    string-dtype inference, which costs seconds at a million rows.
    """
    table = np.array(rows, dtype=object) if rows else np.empty((0, len(columns)), dtype=object)
    table = table.reshape(len(rows), len(columns))
    data: dict[str, pd.Series] = {}
    for i, name in enumerate(columns):
        kind = EVENT_COLUMNS.get(name) or ("float" if name in ("lon", "lat") else "str")
        column = table[:, i]
        if kind == "float":
            values = np.where(column == None, np.nan, column).astype("float64")  # noqa: E711
            data[name] = pd.Series(values, dtype="float64", copy=False)
        else:
            data[name] = pd.Series(np.ascontiguousarray(column), dtype="object", copy=False)
        if kind == "list":
            data[name] = parse_json_lists(data[name])
    return pd.DataFrame(data, copy=False)


def prefetched(cursor: sqlite3.Cursor, rows: int):
    """``cursor.fetchmany(rows)`` lists until the end, each fetched in a helper thread while
    the caller works on the one before (SQLite releases the GIL while it steps). The
    cursor must not be used otherwise until the iterator is exhausted or closed."""
    return in_background(lambda: cursor.fetchmany(rows))


def in_background(fetch_batch: Callable[[], list]):
    """``fetch_batch()`` results until an empty one, each fetched in a helper thread while
    the caller works on the one before. Whatever ``fetch_batch`` reads (a cursor, its
    connection) must not be used otherwise until the iterator is exhausted or closed."""
    import queue
    import threading

    batches: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()

    def fetch() -> None:
        try:
            while not stop.is_set():
                batch = fetch_batch()
                batches.put(batch)
                if not batch:
                    return
        except BaseException as error:           # re-raised in the caller's thread
            batches.put(error)

    thread = threading.Thread(target=fetch, daemon=True, name="strikemap-fetch")
    thread.start()
    try:
        while True:
            batch = batches.get()
            if isinstance(batch, BaseException):
                raise batch
            if not batch:
                return
            yield batch
    finally:
        stop.set()
        while thread.is_alive():                  # let it finish its fetch, then stop
            try:
                batches.get(timeout=0.05)
            except queue.Empty:
                pass
        thread.join()
