"""The embedded event store: one SQLite file in WAL mode under ``data/`` (or ``--store``).

* **All or nothing:** an ingest is one transaction; any error rolls it back and
  the store is unchanged.
* **Idempotent:** events are keyed on ``event_id``; an event already stored is
  skipped, so ingesting the same file twice adds nothing.
* **Snapshot reads:** readers run in one read transaction and, thanks to WAL,
  see the state before or after a concurrent ingest, never half of it.
* **Duplicates across sources** are marked at ingest time by the rule in
  :mod:`geo.store.dedup` (switchable); the rows stay as ingested, and :meth:`EventStore.read`
  merges them into the earliest event, whose ``sources`` lists every source.

See ``docs/store.md`` for the layout and the reasons behind it.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from geo.store import sql
from geo.store.dedup import PRECISION_HALF_DAYS, DedupRule, assign_duplicates, match_frame
from geo import PROJECT_DIR
from geo.errors import SchemaError, StoreError
from geo.gazetteer.regions import oblast_spellings
from geo.schema import STORAGE_CRS, empty_events, validate_events

_INSERT_CHUNK = 50_000
_ID_CHUNK = 450
_SCAN_ABOVE = 20_000
_STORE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


@dataclass(frozen=True)
class IngestResult:
    """What an ingest did: events added (``merged`` of them marked as duplicates) and skipped."""

    added: int
    skipped: int
    merged: int = 0


def default_store_dir() -> Path:
    """``$STRIKEMAP_STORE`` when set, else the project's ``data/`` folder."""
    env = os.environ.get("STRIKEMAP_STORE", "").strip()
    return Path(env) if env else PROJECT_DIR / "data"


class EventStore:
    """Events on disk, in one SQLite file.

    Parameters
    ----------
    path : path-like
        The store folder (the database is ``<folder>/events.sqlite``), or a
        ``.sqlite``/``.db`` file.
    dedup : bool or DedupRule, default True
        Mark duplicates across sources when ingesting, and merge them when
        reading. False stores and shows every event as ingested.
    """

    def __init__(self, path: str | os.PathLike, *, dedup: bool | DedupRule = True) -> None:
        given = Path(path)
        if given.suffix.lower() in _STORE_SUFFIXES:
            self.folder, self.file = given.parent, given
        else:
            self.folder, self.file = given, given / sql.STORE_FILE
        self.rule: DedupRule | None = _as_rule(dedup)

    def __repr__(self) -> str:
        return f"EventStore({str(self.folder)!r})"

    # --- write ----------------------------------------------------------------------------

    def ingest(self, events, *, label: str, dedup: bool | DedupRule | None = None) -> IngestResult:
        """Add events in one transaction (all or nothing); already stored ids are skipped.

        Parameters
        ----------
        events : geopandas.GeoDataFrame
            Events following the schema; validated first, never modified.
        label : str
            What the events came from (a file name), kept in the ingest history.
        dedup : bool or DedupRule, optional
            Override the store's duplicate rule for this ingest.

        Returns
        -------
        IngestResult

        Raises
        ------
        SchemaError
            When ``events`` breaks the schema (nothing is written).
        StoreError
            When the database cannot be written (nothing is written).
        """
        return self.ingest_batches([events], label=label, dedup=dedup)

    def ingest_batches(self, batches: Iterable, *, label: str,
                       dedup: bool | DedupRule | None = None) -> IngestResult:
        """Add several batches of events in one transaction: all of them, or none.

        ``batches`` may be a generator that reads and extracts a large file
        block by block: only one batch is in memory at a time, and an error
        raised while producing any batch (bad input further down the file)
        rolls back every batch before it. Each batch is checked against the
        store and the batches before it, as if they were one.

        Parameters
        ----------
        batches : iterable of geopandas.GeoDataFrame
            Events following the schema; validated first, never modified.
        label : str
            What the events came from, kept in the ingest history.
        dedup : bool or DedupRule, optional
            Override the store's duplicate rule for this ingest.

        Returns
        -------
        IngestResult
            The counts over all batches.

        Raises
        ------
        SchemaError
            When a batch breaks the schema (nothing is written).
        StoreError
            When the database cannot be written (nothing is written).
        """
        rule = self.rule if dedup is None else _as_rule(dedup)
        checked = isinstance(batches, (list, tuple))
        if checked:                          # bad events never create or open the store
            batches = [_with_queue(validate_events(events), events) for events in batches]
        con = self._open(write=True)
        try:
            con.execute("BEGIN IMMEDIATE")
            ingest_id = con.execute(
                "INSERT INTO ingests (label, at, rule) VALUES (?, ?, ?)",
                (str(label), datetime.now(timezone.utc).isoformat(timespec="seconds"),
                 json.dumps(rule.to_dict()) if rule else None)).lastrowid
            added = skipped = merged = 0
            for events in batches:
                frame = events if checked else _with_queue(validate_events(events), events)
                queue = frame.attrs.pop("review_queue", None) or {}
                notes = frame.attrs.pop("rule_notes", None) or {}
                batch = frame[~frame["event_id"].duplicated()].reset_index(drop=True)
                new = batch[~self._stored(con, batch["event_id"])].reset_index(drop=True)
                if queue or notes:
                    sql.queue_new(con, new["event_id"], queue, notes)
                duplicate_of = self._duplicates_but_pending(con, new, rule, queue)
                for start in range(0, len(new), _INSERT_CHUNK):
                    part = new.iloc[start:start + _INSERT_CHUNK]
                    con.executemany(sql.insert_sql(),
                                    sql.frame_to_rows(part,
                                                      duplicate_of.iloc[start:start + _INSERT_CHUNK],
                                                      ingest_id))
                added += len(new)
                skipped += len(frame) - len(new)
                merged += int(duplicate_of.notna().sum())
            result = IngestResult(added=added, skipped=skipped, merged=merged)
            con.execute("UPDATE ingests SET added = ?, skipped = ?, merged = ? WHERE id = ?",
                        (result.added, result.skipped, result.merged, ingest_id))
            con.execute("COMMIT")
            return result
        except (sqlite3.Error, UnicodeEncodeError, OverflowError) as error:
            raise StoreError(f"{self.file}: ingest of {label!r} failed and was rolled back "
                             f"({error})") from error
        finally:
            if con.in_transaction:
                con.execute("ROLLBACK")
            con.close()

    def _stored(self, con: sqlite3.Connection, ids: pd.Series) -> np.ndarray:
        """Which ids are already in the store (lookups for a small batch, one scan for a big one)."""
        if not len(ids) or con.execute("SELECT 1 FROM events LIMIT 1").fetchone() is None:
            return np.zeros(len(ids), bool)
        # an alias is the id a report's event gets once a reviewer placed its name: stored too
        if len(ids) > _SCAN_ABOVE:
            stored = pd.Index([r[0] for r in con.execute(
                "SELECT event_id FROM events UNION ALL SELECT alias FROM aliases")])
            return ids.isin(stored).to_numpy()
        found: set[str] = set()
        values = ids.tolist()
        for start in range(0, len(values), _ID_CHUNK):
            chunk = values[start:start + _ID_CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in con.execute(
                f"SELECT event_id FROM events WHERE event_id IN ({marks}) "
                f"UNION ALL SELECT alias FROM aliases WHERE alias IN ({marks})", chunk + chunk))
        return ids.isin(found).to_numpy()

    def _duplicates_but_pending(self, con, new, rule: DedupRule | None, queue: dict) -> pd.Series:
        """:meth:`_duplicates`, leaving out the unplaced names (their point is only the area
        they wait in): they are never duplicates, nor is anything a duplicate of them."""
        if not queue:
            return self._duplicates(con, new, rule)
        pending = new["event_id"].isin(list(queue)).to_numpy()
        out = pd.Series([None] * len(new), dtype="object")
        rest = new[~pending].reset_index(drop=True)
        out[np.flatnonzero(~pending)] = self._duplicates(con, rest, rule).to_numpy()
        return out

    def _duplicates(self, con: sqlite3.Connection, new, rule: DedupRule | None) -> pd.Series:
        """For each new event, the stored or earlier event it duplicates (or None)."""
        none = pd.Series([None] * len(new), dtype="object")
        if rule is None or not len(new) or new["date"].isna().all():
            return none
        import shapely

        pad = 2 * max(PRECISION_HALF_DAYS.values()) + rule.extra_days
        low = (pd.Timestamp(new["date"].dropna().min()) - pd.Timedelta(days=pad)).strftime("%Y-%m-%d")
        high = (pd.Timestamp(new["date"].dropna().max()) + pd.Timedelta(days=pad)).strftime("%Y-%m-%d")
        rows = con.execute(
            "SELECT event_id, lon, lat, date, date_precision, attack_types, source, geo_precision "
            "FROM events WHERE duplicate_of IS NULL AND date BETWEEN ? AND ? AND event_id NOT IN "
            "(SELECT event_id FROM review_queue WHERE kind = 'unresolved' AND open = 1) "
            "ORDER BY rowid",
            (low, high)).fetchall()
        try:
            old = sql.rows_to_frame(rows, ("event_id", "lon", "lat", "date", "date_precision",
                                           "attack_types", "source", "geo_precision"))
        except (ValueError, TypeError) as error:          # JSON or numbers that are garbage
            raise sql.damaged(str(self.file), f"{type(error).__name__}: {error}") from error
        geoms = new.geometry.values
        matched = assign_duplicates(
            match_frame(old["event_id"], old["lon"], old["lat"], old["date"], old["date_precision"],
                        old["attack_types"], old["source"], old["geo_precision"]),
            match_frame(new["event_id"], shapely.get_x(geoms), shapely.get_y(geoms), new["date"],
                        new["date_precision"], new["attack_types"], new["source"],
                        new["geo_precision"]),
            rule)
        return pd.Series(matched, dtype="object")

    # --- read -----------------------------------------------------------------------------

    def read(self, *, merged: bool | None = None, rejected: bool = False):
        """Every stored event as a validated GeoDataFrame (EPSG:4326), in ingest order.

        Parameters
        ----------
        merged : bool, optional
            True: duplicates across sources are folded into their earliest
            event (its ``sources`` lists all, killed/injured are the highest
            reported). False: every row as ingested. Default: the store's
            ``dedup`` setting.
        rejected : bool, default False
            Include the events a reviewer rejected (``review_status`` ``rejected``;
            see ``docs/review.md``).
        """
        merged = self.rule is not None if merged is None else merged
        if not self.file.exists():
            return empty_events()
        with sql.transaction(self._open(write=False), self.file, "cannot read the event store",
                             begin="BEGIN") as con:
            where = _where(merged, rejected)
            names = ", ".join(f'"{c}"' for c in sql.READ_COLUMNS)
            rows = con.execute(f"SELECT {names} FROM events {where} ORDER BY rowid").fetchall()
            dups = con.execute(
                "SELECT duplicate_of, source, sources, killed, injured FROM events "
                "WHERE duplicate_of IS NOT NULL ORDER BY rowid").fetchall() if merged else []
        try:
            return _to_events(sql.rows_to_frame(rows, sql.READ_COLUMNS), dups)
        except (ValueError, TypeError, SchemaError) as error:   # JSON or numbers that are garbage
            raise sql.damaged(str(self.file), f"{type(error).__name__}: {error}") from error

    def count(self, *, merged: bool | None = None, rejected: bool = False) -> int:
        """How many events :meth:`read` would return."""
        merged = self.rule is not None if merged is None else merged
        if not self.file.exists():
            return 0
        where = _where(merged, rejected)
        return int(self._query(f"SELECT count(*) FROM events {where}")[0][0])

    def history(self) -> pd.DataFrame:
        """The ingest log: id, label, at (UTC), added, skipped, merged, rule."""
        columns = ["id", "label", "at", "added", "skipped", "merged", "rule"]
        if not self.file.exists():
            return pd.DataFrame(columns=columns)
        rows = self._query(f"SELECT {', '.join(columns)} FROM ingests ORDER BY id")
        return pd.DataFrame.from_records(rows, columns=columns)

    # --- plumbing -------------------------------------------------------------------------

    def _query(self, statement: str, params: tuple = ()) -> list[tuple]:
        con = self._open(write=False)
        try:
            return con.execute(statement, params).fetchall()
        except sqlite3.Error as error:
            raise StoreError(f"{self.file}: cannot read the event store ({error})") from error
        finally:
            con.close()

    def _open(self, *, write: bool) -> sqlite3.Connection:
        if write:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(f"{self.folder}: cannot create the store folder "
                                 f"({error.strerror or error})") from error
        con = sql.connect(str(self.file), create=write)
        try:
            if sql.needs_schema(con, str(self.file)):
                sql.ensure_schema(con, str(self.file))
        except BaseException:
            con.close()
            raise
        return con


def _with_queue(checked, given):
    """The validated frame with the review queue entries of the frame it came from
    (``attrs["review_queue"]``: unplaced names, :func:`geo.extract.pending.with_pending`) and
    the notes of events a rule placed (``attrs["rule_notes"]``)."""
    checked.attrs = {key: given.attrs[key] for key in ("review_queue", "rule_notes")
                     if given.attrs.get(key)}
    return checked


def _where(merged: bool, rejected: bool) -> str:
    """The WHERE clause of a read: duplicates folded or not, rejected events shown or not."""
    terms = (["duplicate_of IS NULL"] if merged else []) + \
        ([] if rejected else ["coalesce(review_status, 'auto') != 'rejected'"])
    return f"WHERE {' AND '.join(terms)}" if terms else ""


def _as_rule(dedup: bool | DedupRule) -> DedupRule | None:
    """The rule a ``dedup`` argument stands for: True the default one, False none."""
    return DedupRule() if dedup is True else (dedup or None)


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
