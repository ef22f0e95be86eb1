"""Reading stored rows back as events: the queries, and the rows folded into frames.

:meth:`geo.store.EventStore.read` reads every event at once; :func:`read_chunks`
a chunk at a time from one snapshot (an export of any size in bounded memory),
with the same values: each chunk is folded with all the store's duplicates.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from geo.errors import SchemaError
from geo.gazetteer.regions import oblast_spellings
from geo.schema import EVENT_COLUMNS, STORAGE_CRS, validate_events
from geo.store import sql

#: the duplicates' rows a merged read folds into their canonical events
DUPLICATES_SQL = ("SELECT duplicate_of, source, sources, killed, injured FROM events "
                  "WHERE duplicate_of IS NOT NULL ORDER BY rowid")
_SUMMARY_KEYS = ("events", "sources", "geonames", "front", "ucdp", "acled")


def where(merged: bool, rejected: bool) -> str:
    """The WHERE clause of a read: duplicates folded or not, rejected events shown or not."""
    terms = (["duplicate_of IS NULL"] if merged else []) + \
        ([] if rejected else ["coalesce(review_status, 'auto') != 'rejected'"])
    return f"WHERE {' AND '.join(terms)}" if terms else ""


def select_sql(merged: bool, rejected: bool) -> str:
    """The SELECT of the events a read returns, in ingest order."""
    names = ", ".join(f'"{c}"' for c in sql.READ_COLUMNS)
    return f"SELECT {names} FROM events {where(merged, rejected)} ORDER BY rowid"


def read_chunks(con: sqlite3.Connection, file: Path, *, merged: bool, rejected: bool,
                rows: int) -> Iterator:
    """Validated event frames of at most ``rows`` events from one read transaction on
    ``con`` (closed when the iterator is exhausted or closed).

    Raises
    ------
    StoreError
        The database cannot be read, or holds garbage.
    """
    with snapshot(con, file, merged) as dups:
        cursor = con.execute(select_sql(merged, rejected))
        for batch in sql.prefetched(cursor, rows):
            yield to_events(batch, dups, file)


@contextmanager
def snapshot(con: sqlite3.Connection, file: Path, merged: bool) -> Iterator[list[tuple]]:
    """One read transaction on ``con`` (closed after it): the duplicates' rows a merged
    read folds in (none for an unmerged read).

    Raises
    ------
    StoreError
        The database cannot be read.
    """
    with sql.transaction(con, file, "cannot read the event store", begin="BEGIN"):
        yield con.execute(DUPLICATES_SQL).fetchall() if merged else []


def summary_sql(merged: bool, rejected: bool) -> str:
    """One query for :func:`summarize_rows` (see :meth:`geo.store.EventStore.summary`)."""
    return ("SELECT count(*), count(DISTINCT source), coalesce(max(geonameid IS NOT NULL), 0), "
            "coalesce(max(front_km IS NOT NULL), 0), "
            "coalesce(max(instr(lower(source), 'ucdp') > 0), 0), "
            "coalesce(max(instr(lower(source), 'acled') > 0), 0) "
            f"FROM events {where(merged, rejected)}")


def summarize_rows(row: tuple | None) -> dict:
    """The summary dict of a :func:`summary_sql` row (None: no store, nothing in it)."""
    row = row or (0, 0, 0, 0, 0, 0)
    return {key: (int(value) if key in ("events", "sources") else bool(value))
            for key, value in zip(_SUMMARY_KEYS, row)}


def to_events(rows: list[tuple], dups: list[tuple], file: Path):
    """Stored rows (:data:`geo.store.sql.READ_COLUMNS`) -> validated events, with the
    duplicates' sources and casualties folded in.

    Raises
    ------
    StoreError
        JSON or numbers that are garbage (a damaged store).
    """
    try:
        return _to_events(sql.rows_to_frame(rows, sql.READ_COLUMNS), dups)
    except (ValueError, TypeError, SchemaError) as error:   # JSON or numbers that are garbage
        raise sql.damaged(str(file), f"{type(error).__name__}: {error}") from error
def _to_events(frame: pd.DataFrame, dups: list[tuple]):
    """Stored rows -> validated events; fold in the duplicates' sources and casualties."""
    import geopandas as gpd

    if dups:
        frame = _fold_duplicates(frame, dups)
    # one spelling per oblast, also for stores ingested before the readers wrote it so
    frame["admin1"] = oblast_spellings(frame["admin1"])
    geometry = gpd.points_from_xy(frame.pop("lon").astype("float64"),
                                  frame.pop("lat").astype("float64"), crs=STORAGE_CRS)
    return validate_events(gpd.GeoDataFrame(frame, geometry=geometry, crs=STORAGE_CRS))


def _fold_duplicates(frame: pd.DataFrame, dups: list[tuple]) -> pd.DataFrame:
    """Canonical rows gain their duplicates' sources and the highest killed/injured figures.

    ``frame`` is the reader's own (modified in place and returned).
    """
    extra = sql.rows_to_frame(dups, ("duplicate_of", "source", "sources", "killed", "injured"))
    rows = pd.Index(frame["event_id"]).get_indexer(extra["duplicate_of"])
    extra, rows = extra[rows >= 0], rows[rows >= 0]
    if not len(extra):
        return frame
    sources = frame["sources"].to_numpy(dtype=object).copy()
    own = frame["source"].to_numpy(dtype=object)
    gained: dict[int, list[str]] = {}
    for row, source, more in zip(rows.tolist(), extra["source"], extra["sources"]):
        listed = gained.setdefault(row, list(sources[row]) or ([own[row]] if own[row] else []))
        listed.extend(more or ([source] if source else []))
    for row, merged in gained.items():
        sources[row] = list(dict.fromkeys(merged))
    frame["sources"] = sources
    # a reviewer's figures stand: a duplicate's higher figure never overrides a decision
    reviewed = frame["review_status"].isin(("confirmed", "corrected")).to_numpy()
    for column in ("killed", "injured"):
        values = pd.to_numeric(frame[column]).to_numpy(dtype="float64", na_value=np.nan).copy()
        decided = values[reviewed].copy()
        reported = pd.to_numeric(extra[column]).to_numpy(dtype="float64", na_value=np.nan)
        np.fmax.at(values, rows, reported)
        values[reviewed] = decided
        frame[column] = pd.array(values, dtype="Float64").astype("Int64")
    return frame
