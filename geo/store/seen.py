"""What one ingest transaction has stored so far, kept in memory for its next batches.

An ingest of many batches (a CSV read block by block, a Telegram export) checks
each batch against the store and every batch before it. Asking SQLite each time
re-reads the rows this same transaction just wrote, so the cost grows with the
square of the file. :class:`IngestMemory` keeps, for the rows written in this
transaction, their ids and the compact columns of the duplicate rule
(:func:`geo.store.dedup.match_frame`, the source as a 64-bit hash of its origin);
SQLite is asked only about the rows that were there before the transaction
(``rowid <= base``). The outcome is the same as asking SQLite about everything.
"""
from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd

from geo.store import sql
from geo.store.dedup import PRECISION_HALF_DAYS, DedupRule, assign_duplicates, match_frame

#: the rule's columns of stored rows, in match_frame's argument order
MATCH_COLUMNS: tuple[str, ...] = ("event_id", "lon", "lat", "date", "date_precision",
                                  "attack_types", "source", "geo_precision")
_ID_CHUNK = 450
_SCAN_ABOVE = 20_000


def hashed_sources(match: pd.DataFrame) -> pd.DataFrame:
    """``match`` with its ``source`` origins as 64-bit hashes (equal origins, equal hashes)."""
    origins = match["source"].to_numpy(dtype=object)
    hashed = pd.util.hash_array(np.where(pd.isna(origins), "", origins).astype(object),
                                categorize=True)
    return match.assign(source=hashed)


class IngestMemory:
    """Ids and rule columns of the rows one ingest transaction has written.

    Rows are written as they come, with no ``duplicate_of``; at the end of each
    file :meth:`mark_duplicates` checks all of that file's rows at once (against
    the store before the transaction and the files before it) and marks the
    duplicates. One check of the whole file gives the same marks as checking it
    batch by batch (the earliest canonical match wins either way), at the cost
    of one sort instead of one per batch.

    Parameters
    ----------
    con : sqlite3.Connection
        The ingest's connection, inside its transaction, before any row is written.
    """

    def __init__(self, con: sqlite3.Connection) -> None:
        self.base = int(con.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0])
        self._ids: set[str] = set()
        self._earlier: list[pd.DataFrame] = []     # canonical rows of the files before
        self._file: list[pd.DataFrame] = []        # rows of the file being ingested

    def stored(self, con: sqlite3.Connection, ids: pd.Series) -> np.ndarray:
        """Which ``ids`` are already stored (before this ingest, or by an earlier batch)."""
        values = ids.tolist()
        seen = self._ids
        found = np.fromiter((v in seen for v in values), dtype=bool, count=len(values))
        if self.base and len(values):
            found |= _stored_before(con, ids, self.base)
        return found

    def add(self, new, pending: np.ndarray | None = None) -> None:
        """Rows (validated events) just written by this ingest, in order; ``pending`` marks
        the unplaced names waiting in the review queue (their point is only the area they
        wait in): never duplicates, nor is anything a duplicate of them."""
        import shapely

        if not len(new):
            return
        ids = new["event_id"].to_numpy(dtype=object)      # one str object per id, shared
        self._ids.update(ids.tolist())
        if pending is not None and pending.any():
            new, ids = new[~pending], ids[~pending]
            if not len(new):
                return
        geoms = new.geometry.values
        self._file.append(hashed_sources(match_frame(
            ids, shapely.get_x(geoms), shapely.get_y(geoms), new["date"],
            new["date_precision"], new["attack_types"], new["source"], new["geo_precision"])))

    def mark_duplicates(self, con: sqlite3.Connection, writer, rule: DedupRule | None,
                        damaged) -> int:
        """Mark the duplicates among the rows of the file just written; how many.

        ``con`` reads the rows stored before the transaction, ``writer`` (a
        :class:`geo.store.bulk.TransactionWriter`) marks; ``damaged(error)`` turns unreadable
        stored rows into an error.
        """
        _release_free_memory()               # the batches' garbage, before the big sort
        fresh = pd.concat(self._file, ignore_index=True) if len(self._file) > 1 else \
            (self._file[0] if self._file else None)
        self._file = []
        if fresh is None:
            return 0
        matched = np.full(len(fresh), None, dtype=object)
        days = fresh["day"].to_numpy()
        if rule is not None and np.isfinite(days).any():
            pad = 2 * max(PRECISION_HALF_DAYS.values()) + rule.extra_days
            low, high = np.nanmin(days) - pad, np.nanmax(days) + pad
            parts = [_stored_match(con, self.base, low, high, damaged)] if self.base else []
            for earlier in self._earlier:
                day = earlier["day"].to_numpy()
                parts.append(earlier[(day >= low) & (day <= high)])
            old = pd.concat(parts, ignore_index=True) if parts else fresh.iloc[:0]
            matched = assign_duplicates(old, fresh, rule)
            marked = ~pd.isna(matched)
            if marked.any():
                writer.executemany("UPDATE events SET duplicate_of = ? WHERE event_id = ?",
                                   list(zip(matched[marked].tolist(),
                                            fresh["event_id"].to_numpy()[marked].tolist())))
        self._earlier.append(fresh[pd.isna(matched)])
        return int((~pd.isna(matched)).sum())


def _release_free_memory() -> None:
    """Collect garbage and give freed heap memory back to the system (glibc's ``malloc_trim``;
    elsewhere only the collection): a million-row ingest frees hundreds of MB of parsed
    batches that would otherwise stay in the process's peak."""
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):    # not glibc
        trim = None
    if trim is not None:
        trim(0)


def _stored_before(con: sqlite3.Connection, ids: pd.Series, base: int) -> np.ndarray:
    """Which ids were stored before the transaction (lookups in the primary key, or one scan
    for a batch that is big beside the store)."""
    # an alias is the id a report's event gets once a reviewer placed its name: stored too
    if len(ids) > _SCAN_ABOVE and len(ids) * 8 > base:    # a big batch for the store: one scan
        stored = pd.Index([r[0] for r in con.execute(
            "SELECT event_id FROM events WHERE rowid <= ? UNION ALL SELECT alias FROM aliases",
            (base,))])
        return ids.isin(stored).to_numpy()
    found: set[str] = set()
    values = ids.tolist()
    for start in range(0, len(values), _ID_CHUNK):
        chunk = values[start:start + _ID_CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in con.execute(
            f"SELECT event_id FROM events WHERE rowid <= ? AND event_id IN ({marks}) "
            f"UNION ALL SELECT alias FROM aliases WHERE alias IN ({marks})",
            [base, *chunk, *chunk]))
    return ids.isin(found).to_numpy()


def _stored_match(con: sqlite3.Connection, base: int, low: float, high: float,
                  damaged) -> pd.DataFrame:
    """The rule's columns of canonical rows stored before the transaction, dated in
    [low, high] (days since 1970-01-01)."""
    epoch = pd.Timestamp("1970-01-01")
    rows = con.execute(
        f"SELECT {', '.join(MATCH_COLUMNS)} FROM events WHERE rowid <= ? AND duplicate_of IS NULL "
        "AND date BETWEEN ? AND ? AND event_id NOT IN "
        "(SELECT event_id FROM review_queue WHERE kind = 'unresolved' AND open = 1) ORDER BY rowid",
        (base, (epoch + pd.Timedelta(days=low)).strftime("%Y-%m-%d"),
         (epoch + pd.Timedelta(days=high)).strftime("%Y-%m-%d"))).fetchall()
    try:
        old = sql.rows_to_frame(rows, MATCH_COLUMNS)
    except (ValueError, TypeError) as error:          # JSON or numbers that are garbage
        raise damaged(error) from error
    return hashed_sources(match_frame(*(old[name] for name in MATCH_COLUMNS)))
