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

import itertools
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from geo.store import arrow_rows, bulk, geojson_rows, reading, sql
from geo.store.dedup import DedupRule
from geo.store.seen import IngestMemory
from geo import PROJECT_DIR
from geo.errors import StoreError
from geo.schema import EVENT_COLUMNS, STORAGE_CRS, empty_events, validate_events

_INSERT_CHUNK = 50_000
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

    def ingest(self, events, *, label: str, dedup: bool | DedupRule | None = None,
               validate: bool = True) -> IngestResult:
        """Add events in one transaction (all or nothing); already stored ids are skipped.

        Parameters
        ----------
        events : geopandas.GeoDataFrame
            Events following the schema; validated first, never modified.
        label : str
            What the events came from (a file name), kept in the ingest history.
        dedup : bool or DedupRule, optional
            Override the store's duplicate rule for this ingest.
        validate : bool, default True
            False for a frame that comes straight from :func:`~geo.schema.validate_events`
            (every reader's output): its columns are still checked, not every value again.

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
        return self.ingest_batches([events], label=label, dedup=dedup, validate=validate)

    def ingest_batches(self, batches: Iterable, *, label: str,
                       dedup: bool | DedupRule | None = None, validate: bool = True) -> IngestResult:
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
        validate : bool, default True
            See :meth:`ingest`.

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
        return self.ingest_many([(label, batches)], dedup=dedup, validate=validate)[0]

    def ingest_many(self, files: Iterable[tuple[str, Iterable]], *,
                    dedup: bool | DedupRule | None = None,
                    validate: bool = True) -> list[IngestResult]:
        """Ingest several files' batches in one transaction: all files, or none.

        Each file gets its own line in the ingest history and its own counts, as
        if ingested by :meth:`ingest_batches` one after the other.

        Parameters
        ----------
        files : iterable of (label, iterable of geopandas.GeoDataFrame)
            Each file's label and its batches (see :meth:`ingest_batches`).
        dedup, validate
            See :meth:`ingest`.

        Returns
        -------
        list of IngestResult
            One per file, in order.
        """
        rule = self.rule if dedup is None else _as_rule(dedup)
        files = list(files)
        if all(isinstance(batches, (list, tuple)) for _, batches in files):
            # bad events never create or open the store
            files = [(label, [_checked(events, validate) for events in batches])
                     for label, batches in files]
            validate = False
        elif files:
            # a stream's first batch is read (and checked) before the store is created
            first_label, batches = files[0]
            files[0] = (first_label, _peeked(batches))
        con = self._open(write=True)          # reads only: the writer holds the transaction
        label = files[0][0] if files else ""
        writer = None
        try:
            writer = bulk.TransactionWriter(self.file)
            writer.begin()
            memory = IngestMemory(con)         # (the store as it was when the lock was taken)
            results = []
            for label, batches in files:
                results.append(self._ingest_file(con, memory, writer, label, batches, rule,
                                                 validate))
            writer.commit()
            return results
        except (sqlite3.Error, UnicodeEncodeError, OverflowError, *bulk.write_errors()) as error:
            raise StoreError(f"{self.file}: ingest of {label!r} failed and was rolled back "
                             f"({error})") from error
        finally:
            try:
                if writer is not None:
                    writer.close()             # rolls back what is not committed
            finally:
                con.close()

    def _ingest_file(self, con: sqlite3.Connection, memory: IngestMemory,
                     writer: bulk.TransactionWriter, label: str, batches: Iterable,
                     rule: DedupRule | None, validate: bool) -> IngestResult:
        """One file's batches, inside the caller's transaction; a batch is written while
        the next one is read."""
        writer.execute("INSERT INTO ingests (label, at, rule) VALUES (?, ?, ?)",
                       (str(label), datetime.now(timezone.utc).isoformat(timespec="seconds"),
                        json.dumps(rule.to_dict()) if rule else None))
        ingest_id = writer.last_rowid()
        added = skipped = 0
        for events in batches:
            frame = _checked(events, validate)
            queue = frame.attrs.get("review_queue") or {}
            notes = frame.attrs.get("rule_notes") or {}
            batch = frame[~frame["event_id"].duplicated()].reset_index(drop=True)
            new = batch[~memory.stored(con, batch["event_id"])].reset_index(drop=True)
            if queue or notes:
                sql.queue_new(writer, new["event_id"], queue, notes)
            for start in range(0, len(new), _INSERT_CHUNK):
                part = new.iloc[start:start + _INSERT_CHUNK]
                names = sql.filled_columns(part)          # NULL columns are not bound
                writer.append(bulk.events_table(part, ingest_id, names))
            memory.add(new, new["event_id"].isin(list(queue)).to_numpy() if queue else None)
            added += len(new)
            skipped += len(frame) - len(new)
        merged = memory.mark_duplicates(
            con, writer, rule,
            lambda error: sql.damaged(str(self.file), f"{type(error).__name__}: {error}"))
        result = IngestResult(added=added, skipped=skipped, merged=merged)
        writer.execute("UPDATE ingests SET added = ?, skipped = ?, merged = ? WHERE id = ?",
                       (result.added, result.skipped, result.merged, ingest_id))
        return result

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
            rows = con.execute(reading.select_sql(merged, rejected)).fetchall()
            dups = con.execute(reading.DUPLICATES_SQL).fetchall() if merged else []
        return reading.to_events(rows, dups, self.file)

    def read_chunks(self, *, merged: bool | None = None, rejected: bool = False,
                    rows: int = 50_000) -> Iterator:
        """Every stored event, as :meth:`read` gives them, in validated frames of at most
        ``rows`` events: a store of any size in bounded memory.

        All chunks come from one read transaction (one snapshot of the store),
        held until the iterator is exhausted or closed.

        Parameters
        ----------
        merged, rejected : bool, optional
            As in :meth:`read`.
        rows : int
            Events per frame.

        Yields
        ------
        geopandas.GeoDataFrame
        """
        return self._chunked(reading.read_chunks, merged, rejected, rows)

    def feature_texts(self, *, merged: bool | None = None, rejected: bool = False,
                      rows: int = 20_000) -> Iterator[str]:
        """The GeoJSON features of every event :meth:`read_chunks` gives, written mostly
        by SQLite (:mod:`geo.store.geojson_rows`): chunks of ``,\\n``-joined feature
        texts, byte for byte those of :func:`geo.export_json.feature_chunks`, from one
        read transaction.

        Parameters
        ----------
        merged, rejected : bool, optional
            As in :meth:`read`.
        rows : int
            Events per chunk.

        Yields
        ------
        str
        """
        return self._chunked(geojson_rows.feature_texts, merged, rejected, rows)

    def arrow_chunks(self, *, merged: bool | None = None, rejected: bool = False,
                     rows: int = 50_000) -> Iterator:
        """Every event :meth:`read_chunks` gives, a chunk at a time from one read
        transaction, as an Arrow table: the schema's columns (lists as JSON text, as the
        exports write them) plus ``lon``/``lat`` (:mod:`geo.store.arrow_rows`).

        Parameters
        ----------
        merged, rejected : bool, optional
            As in :meth:`read`.
        rows : int
            Events per chunk.

        Yields
        ------
        pyarrow.Table
        """
        return self._chunked(arrow_rows.arrow_chunks, merged, rejected, rows)

    def _chunked(self, reader, merged: bool | None, rejected: bool, rows: int) -> Iterator:
        """``reader(connection, file, merged=, rejected=, rows=)``'s chunks, read when
        first asked for (nothing when there is no store yet)."""
        merged = self.rule is not None if merged is None else merged
        if not self.file.exists():
            return
        yield from reader(self._open(write=False), self.file, merged=merged, rejected=rejected,
                          rows=rows)

    def summary(self, *, merged: bool | None = None, rejected: bool = False) -> dict:
        """What an export's metadata says about all events :meth:`read` would return.

        Returns
        -------
        dict
            ``events``, ``sources`` (distinct ``source`` values), ``geonames`` (any
            GeoNames id), ``front`` (any stored ``front_km``), ``ucdp`` / ``acled`` (any
            source naming them, in any case).
        """
        merged = self.rule is not None if merged is None else merged
        if not self.file.exists():
            return reading.summarize_rows(None)
        return reading.summarize_rows(self._query(
            reading.summary_sql(merged, rejected))[0])

    def distinct_dates(self, *, merged: bool | None = None, rejected: bool = False) -> list:
        """The distinct ``date`` values (None for unknown) of the events :meth:`read` would
        return."""
        merged = self.rule is not None if merged is None else merged
        if not self.file.exists():
            return []
        where = reading.where(merged, rejected)
        return [row[0] for row in self._query(f"SELECT DISTINCT date FROM events {where}")]

    def count(self, *, merged: bool | None = None, rejected: bool = False) -> int:
        """How many events :meth:`read` would return."""
        merged = self.rule is not None if merged is None else merged
        if not self.file.exists():
            return 0
        where = reading.where(merged, rejected)
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


def _checked(events, validate: bool):
    """``events`` validated, or (``validate=False``) only its columns and CRS checked; with
    its review queue entries and rule notes (:func:`_with_queue`)."""
    if not validate and list(events.columns) == [*EVENT_COLUMNS, "geometry"] \
            and events.crs is not None and events.crs.equals(STORAGE_CRS):
        return events
    return _with_queue(validate_events(events), events)


def _peeked(batches: Iterable) -> Iterator:
    """``batches`` with its first batch already produced (an error in it raises here)."""
    iterator = iter(batches)
    first = next(iterator, None)
    return iterator if first is None else itertools.chain([first], iterator)


def _as_rule(dedup: bool | DedupRule) -> DedupRule | None:
    """The rule a ``dedup`` argument stands for: True the default one, False none."""
    return DedupRule() if dedup is True else (dedup or None)
