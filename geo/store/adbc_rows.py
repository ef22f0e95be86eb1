"""The rows SQL vouches for, read straight into Arrow record batches through ADBC's SQLite
driver (issue 24): no Python object per value between SQLite and the CSV or GeoPackage
writer.

:func:`geo.store.arrow_rows.arrow_chunks` reads the store through Python's ``sqlite3``; this
module gives it the same rows, with the same values, from a second connection that reads
the same snapshot:

* **One snapshot.** The caller reads ``PRAGMA data_version`` on its ``sqlite3``
  connection, then :func:`open_reader` begins the ADBC read, then the caller begins its own
  and reads the version again: equal, no other connection committed in between, and both
  read the same state; else the caller reads through ``sqlite3`` alone, as before.
* **One type per column.** The driver takes each column's Arrow type from the values of
  its first batch (a column of NULLs only there becomes ``int64``, and a later text or real
  fails). So the query's first row is a made-up one with a value of each column's type,
  dropped again; and a value of another type than its column's is read as NULL (its row is
  not vouched for, and is read again through ``sqlite3`` and the frame path).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from geo.schema import EVENT_COLUMNS
from geo.store import reading

#: a value of each kind of column for the typing row (schema kinds, then lon/lat)
_TYPED = {"str": "''", "list": "''", "Int64": "0", "float": "0.5"}


class Reader:
    """An ADBC read transaction on the store, the same snapshot as the caller's ``sqlite3``
    one (see the module)."""

    def __init__(self, connection, cursor) -> None:
        self._con, self._cur = connection, cursor

    def batches(self, query: str, rows: int) -> Iterator:
        """The :class:`pyarrow.RecordBatch` es of ``query`` (built by :func:`typed_query`),
        at most ``rows`` rows each, without the typing row."""
        self._cur.adbc_statement.set_options(**{"adbc.sqlite.query.batch_rows": str(rows)})
        self._cur.execute(query)
        first = True
        for batch in self._cur.fetch_record_batch():
            if first:
                batch, first = batch.slice(1), False
            if batch.num_rows:
                yield batch

    def close(self) -> None:
        """End the read transaction and close the connection (never raises)."""
        for close in (lambda: self._cur.execute("ROLLBACK"), self._cur.close, self._con.close):
            try:
                close()
            except Exception:       # noqa: BLE001  (closing a reader that failed: nothing
                pass                # left to read or to keep)


def read(reader: Reader, query: str, rows: int, file: Path) -> Iterator:
    """:meth:`Reader.batches`, an error of the driver raised as the store's.

    Raises
    ------
    StoreError
        The database cannot be read.
    """
    import adbc_driver_manager

    from geo.errors import StoreError

    try:
        yield from reader.batches(query, rows)
    except adbc_driver_manager.Error as error:
        raise StoreError(f"{file}: cannot read the event store ({error})") from error


def open_reader(file: Path) -> Reader | None:
    """A :class:`Reader` on the store with its read transaction begun, or None when the
    driver is missing or cannot open the file (the caller's own read then says what is
    wrong)."""
    try:
        import adbc_driver_manager
        import adbc_driver_sqlite.dbapi as adbc
    except ImportError:
        return None
    try:
        connection = adbc.connect(str(file), autocommit=True)
    except adbc_driver_manager.Error:
        return None
    reader = Reader(connection, connection.cursor())
    try:
        reader._cur.execute("BEGIN")
        reader._cur.execute("SELECT 1 FROM events LIMIT 1")
        reader._cur.fetchall()
    except adbc_driver_manager.Error:
        reader.close()
        return None
    return reader


def typed_query(vouched: str, merged: bool, rejected: bool) -> str:
    """The rows a read returns, in its order (a scan of the table by rowid, no index): 1/0
    (SQL vouches for the row, by ``vouched``), its rowid, the schema's columns (``sources``
    as :data:`geo.store.geojson_rows.SOURCES_SQL` gives them), ``lon``, ``lat``, each value
    of another type than its column's NULL (such a row is not vouched for); a typing row
    first."""
    from geo.store.geojson_rows import SOURCES_SQL

    names = [*EVENT_COLUMNS, "lon", "lat"]
    kinds = [EVENT_COLUMNS.get(name, "float") for name in names]
    typing = ", ".join(["1", "0"] + [_TYPED[kind] for kind in kinds])
    values = ", ".join(_typed_value(name, kind, SOURCES_SQL) for name, kind in zip(names, kinds))
    return (f"SELECT {typing} UNION ALL SELECT coalesce({vouched}, 0), rowid, {values} "
            f"FROM events NOT INDEXED {reading.where(merged, rejected)}")


def _typed_value(name: str, kind: str, sources: str) -> str:
    """A column as the frame path writes a row SQL vouches for, NULL when of another type."""
    if name == "sources":
        column = f"({sources})"
    elif name == "attack_types":
        column = "coalesce(attack_types, '[]')"
    elif name == "review_status":
        column = "coalesce(review_status, 'auto')"
    else:
        column = f'"{name}"'
    if kind in ("str", "list"):
        return f"CASE WHEN typeof({column}) = 'text' THEN {column} END"
    if kind == "Int64":
        return f"CASE WHEN typeof({column}) = 'integer' THEN {column} END"
    return f"CASE WHEN typeof({column}) IN ('real', 'integer') THEN CAST({column} AS REAL) END"
