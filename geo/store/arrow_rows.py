"""Stored events as Arrow tables, for the GeoPackage and CSV exports of a store of any size
(issue 24): the rows go from SQLite into Arrow columns with no frame in between.

The query of :mod:`geo.store.geojson_rows` vouches for each row (every value of the kind
:func:`geo.schema.validate_events` accepts as it is, no duplicate to fold in) and also asks
that its lists be stored as the frame path writes them (compact JSON without escapes), so
the stored text is the exported text. The rows it cannot vouch for are read the frame path
(:func:`geo.store.reading.to_events`), which folds, normalises or refuses them as before,
and take their places in the chunk's table.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from geo.gazetteer.regions import oblast_spellings
from geo.schema import EVENT_COLUMNS
from geo.store import adbc_rows, reading, sql
from geo.store.geojson_rows import SOURCES_SQL, stored_rows, vouched_sql

#: Arrow types of the table's columns by schema kind (lists are JSON text), then lon/lat
ARROW_KINDS = {"str": "string", "list": "string", "Int64": "int64", "float": "float64"}


def _lists_as_written() -> str:
    """True when the lists are stored as the frame path writes them (or absent)."""
    return " AND ".join(f"({name} IS NULL OR CASE WHEN json_valid({name}) THEN json({name}) = "
                        f"{name} ELSE 0 END)" for name in ("attack_types", "sources"))


def arrow_sql(merged: bool, rejected: bool) -> str:
    """Every row a read returns, in its order: vouched (1/0), the stored columns
    (:data:`geo.store.sql.READ_COLUMNS`), then the ``sources`` the frame path gives."""
    names = ", ".join(f'"{c}"' for c in sql.READ_COLUMNS)
    return (f"SELECT coalesce({vouched_sql(merged)} AND {_lists_as_written()}, 0), {names}, "
            f"{SOURCES_SQL} FROM events {reading.where(merged, rejected)} ORDER BY rowid")


def arrow_chunks(con: sqlite3.Connection, file: Path, *, merged: bool, rejected: bool,
                 rows: int) -> Iterator:
    """The events a read returns, as :class:`pyarrow.Table` chunks of at most ``rows``
    events from one read transaction on ``con`` (closed at the end): the schema's columns
    (lists as JSON text) plus ``lon``/``lat``, with the values the frame path writes.

    Raises
    ------
    StoreError
        The database cannot be read, or holds garbage.
    """
    before = _data_version(con)
    reader = adbc_rows.open_reader(file)        # (its read starts between the two versions)
    try:
        with reading.snapshot(con, file, merged) as dups:
            if reader is None or _data_version(con, started=True) != before:
                yield from _fetched_chunks(con, file, dups, merged, rejected, rows)
                return                  # (another connection committed: two states)
            select = reading.select_sql(merged, rejected).replace(" ORDER BY rowid", "")
            query = adbc_rows.typed_query(f"{vouched_sql(merged)} AND {_lists_as_written()}",
                                          merged, rejected)
            spelled: dict[str, str] = {}
            for batch in adbc_rows.read(reader, query, rows, file):
                yield _batch_table(batch, con, select, dups, file, spelled)
    finally:
        if reader is not None:
            reader.close()


def _data_version(con: sqlite3.Connection, started: bool = False) -> int:
    """``PRAGMA data_version`` of ``con``; ``started``: its read is started first, so the
    version is that of the state it reads (another connection's commit changes it)."""
    if started:
        con.execute("SELECT 1 FROM events LIMIT 1").fetchall()
    return int(con.execute("PRAGMA data_version").fetchone()[0])


def _batch_table(batch, con: sqlite3.Connection, select: str, dups: list, file: Path,
                 spelled: dict[str, str]):
    """The chunk of an ADBC batch (:func:`geo.store.adbc_rows.typed_query`): the rows SQL
    vouched for as read, the others read again by rowid and through the frame path."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    names = [*EVENT_COLUMNS, "lon", "lat"]
    table = pa.Table.from_batches([batch]).rename_columns(["v", "r", *names])
    vouched = table.column("v").to_numpy(zero_copy_only=False).astype(bool)
    plain = table.select(names)
    admin1 = plain.column("admin1")
    known = [v for v in pc.unique(admin1).to_pylist() if v is not None]
    spelled_now = _spelled(known, spelled)
    plain = plain.set_column(names.index("admin1"), "admin1", pa.array(
        spelled_now, type=pa.string()).take(pc.index_in(admin1, value_set=pa.array(
            known, type=pa.string()))) if known else admin1)
    if vouched.all():
        return plain
    odd = np.flatnonzero(~vouched)
    rowids = table.column("r").to_numpy(zero_copy_only=False)[odd].tolist()
    framed = reading.to_events(stored_rows(con, select, rowids), dups, file)
    joined = pa.concat_tables([plain.filter(pa.array(vouched)), frame_table(framed)])
    order = np.concatenate([np.flatnonzero(vouched), odd])
    return joined.take(pa.array(np.argsort(order, kind="stable")))


def _fetched_chunks(con: sqlite3.Connection, file: Path, dups: list, merged: bool,
                    rejected: bool, rows: int) -> Iterator:
    """:func:`arrow_chunks` through ``sqlite3`` (another connection committed while the
    ADBC reader opened, or the driver is missing)."""
    import numpy as np
    import pyarrow as pa

    cursor = con.execute(arrow_sql(merged, rejected))
    spelled: dict[str, str] = {}
    for batch in sql.prefetched(cursor, rows):
        odd = [i for i, row in enumerate(batch) if not row[0]]
        if not odd:
            yield _table(batch, spelled)
            continue
        plain = [row for row in batch if row[0]]
        framed = reading.to_events([batch[i][1:-1] for i in odd], dups, file)
        table = pa.concat_tables([_table(plain, spelled), frame_table(framed)])
        order = np.array([i for i, row in enumerate(batch) if row[0]] + odd)
        yield table.take(pa.array(np.argsort(order, kind="stable")))


def frame_table(events):
    """A validated frame as :func:`arrow_chunks` gives its chunks (lists as JSON text as
    the exports write them, the point as ``lon``/``lat``)."""
    import pyarrow as pa
    import shapely

    data = {}
    for name, kind in EVENT_COLUMNS.items():
        values = sql.json_lists(events[name]) if kind == "list" else events[name]
        data[name] = pa.array(values, type=ARROW_KINDS[kind], from_pandas=True)
    geoms = events.geometry.values
    data["lon"] = pa.array(shapely.get_x(geoms), type="float64")
    data["lat"] = pa.array(shapely.get_y(geoms), type="float64")
    return pa.table(data)


def _table(batch: list[tuple], spelled: dict[str, str]):
    """The Arrow table of rows SQL vouched for, with what the frame path changes."""
    import pyarrow as pa

    columns = list(zip(*batch)) or [()] * (len(sql.READ_COLUMNS) + 2)
    names = [*EVENT_COLUMNS, "lon", "lat"]
    data = {}
    for i, name in enumerate(names, start=1):
        kind = EVENT_COLUMNS.get(name, "float")
        values = list(columns[-1 if name == "sources" else i])
        if name == "admin1":
            values = _spelled(values, spelled)
        elif name == "attack_types":
            values = ["[]" if v is None else v for v in values]
        elif name == "review_status":
            values = ["auto" if v is None else v for v in values]
        data[name] = pa.array(values, type=ARROW_KINDS[kind])
    return pa.table(data)


def _spelled(values: list, spelled: dict[str, str]) -> list:
    """The oblast's one spelling of each value (each distinct one looked up once)."""
    missing = {v for v in values if isinstance(v, str) and v not in spelled}
    if missing:
        spelled.update(zip(missing, oblast_spellings(list(missing))))
    return [spelled[v] if isinstance(v, str) else v for v in values]
