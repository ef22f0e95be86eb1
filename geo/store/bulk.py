"""The writes of one ingest transaction, made through Apache Arrow's ADBC SQLite driver.

Python's ``sqlite3`` binds every value of every row in the interpreter, holding the GIL:
a million events cost seconds of binding, and a writer thread only fights the thread that
reads the next batch for the GIL (one measured run: 8 s alone, 25 s beside the reading).
The ADBC driver binds an Arrow table's columns in C with the GIL released, so a batch is
written in a helper thread while the next one is read and checked.

:class:`TransactionWriter` holds the transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``, or
``ROLLBACK`` on any error). The store's ``sqlite3`` connection only reads while it is open:
in WAL mode it sees the store as it was before the transaction, which is what the ingest's
checks ask about (rows this transaction wrote are kept in :class:`geo.store.seen.IngestMemory`).
:func:`events_table` makes the Arrow table of a batch with the values ``sqlite3`` would have
bound (missing values and NaN as NULL, lists as JSON text).
"""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pandas as pd

from geo.schema import EVENT_COLUMNS
from geo.store.sql import EVENT_TABLE_COLUMNS, json_lists, sources_text

#: milliseconds a write waits for another process's transaction to end
BUSY_MS = 60_000


def write_errors() -> tuple[type[BaseException], ...]:
    """The errors a write through :class:`TransactionWriter` may raise (ADBC's and Arrow's)."""
    import adbc_driver_manager
    import pyarrow as pa

    return (adbc_driver_manager.Error, pa.ArrowException)


class TransactionWriter:
    """One write transaction on the store's database, through an ADBC connection.

    Parameters
    ----------
    path : path-like
        The SQLite file (its schema already made).

    Notes
    -----
    Every method but :meth:`append` waits for the batch being appended; :meth:`append`
    returns at once and writes in a helper thread. An error of that thread is raised by the
    next call.
    """

    def __init__(self, path: str | Path) -> None:
        import adbc_driver_sqlite.dbapi as adbc

        self._con = adbc.connect(str(path), autocommit=True)
        self._cur = self._con.cursor()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self.in_transaction = False
        try:
            self._cur.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
            self._cur.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            self.close()
            raise

    def begin(self) -> None:
        """Start the transaction, taking the write lock (another writer's is waited for)."""
        self._cur.execute("BEGIN IMMEDIATE")
        self.in_transaction = True

    def execute(self, statement: str, params: tuple = ()) -> None:
        """Run one statement."""
        self.wait()
        self._cur.execute(statement, params)

    def executemany(self, statement: str, rows: list[tuple]) -> None:
        """Run one statement for each row (nothing when there are none)."""
        self.wait()
        if rows:
            self._cur.executemany(statement, rows)

    def last_rowid(self) -> int:
        """The rowid of the last row inserted."""
        self.wait()
        self._cur.execute("SELECT last_insert_rowid()")
        return int(self._cur.fetchone()[0])

    def append(self, table) -> None:
        """Start appending a ``pyarrow.Table`` to ``events`` (its columns by name)."""
        self.wait()
        self._thread = threading.Thread(target=self._append, args=(table,), daemon=True,
                                        name="strikemap-append")
        self._thread.start()

    def _append(self, table) -> None:
        try:
            self._cur.adbc_ingest("events", table, mode="append")
        except BaseException as error:          # raised in the caller's thread by wait()
            self._error = error

    def wait(self) -> None:
        """Block until the batch being appended is written; raise its error, if any."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def commit(self) -> None:
        """Commit the transaction."""
        self.wait()
        self._cur.execute("COMMIT")
        self.in_transaction = False

    def close(self) -> None:
        """Roll back what is not committed and close the connection (never raises a
        write's error: another error is on its way out)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        try:
            if self.in_transaction:
                self._cur.execute("ROLLBACK")
        finally:
            self.in_transaction = False
            self._cur.close()
            self._con.close()


def events_table(events, ingest_id: int, names: tuple[str, ...]):
    """The ``pyarrow.Table`` of ``events`` (validated) to append to ``events``: the table
    columns ``names`` (see :func:`geo.store.sql.filled_columns`), typed as the table
    declares them (TEXT, INTEGER, REAL), missing values and NaN as NULL."""
    import pyarrow as pa

    return pa.table([_column(events, name, ingest_id) for name in names], names=list(names))


def _column(events, name: str, ingest_id: int):
    """One column of :func:`events_table`."""
    import pyarrow as pa
    import shapely

    kind = EVENT_COLUMNS.get(name)
    if name == "sources":
        return pa.array(sources_text(events[name], events["source"]), type=pa.string())
    if kind == "list":
        return pa.array(json_lists(events[name]), type=pa.string())
    if name in ("lon", "lat"):
        geoms = events.geometry.values
        return pa.array(shapely.get_x(geoms) if name == "lon" else shapely.get_y(geoms),
                        type=pa.float64())
    if name == "ingest_id":
        return pa.array(np.full(len(events), ingest_id, dtype="int64"))
    declared = EVENT_TABLE_COLUMNS[name].split()[0]
    if declared == "INTEGER":
        return pa.array(pd.array(events[name], dtype="Int64"), type=pa.int64())
    if declared == "REAL":
        return pa.array(events[name].to_numpy(dtype="float64"), type=pa.float64(),
                        from_pandas=True)
    return _text(events[name])


def _text(values: pd.Series):
    """A TEXT column: strings as they are, anything else as SQLite's TEXT affinity would
    store it (its ``str``), missing as NULL."""
    import pyarrow as pa

    try:
        return pa.array(values, type=pa.string(), from_pandas=True)
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return pa.array([None if pd.isna(v) else str(v) for v in values.tolist()],
                        type=pa.string())
