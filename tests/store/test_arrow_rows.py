"""Stored events read straight into Arrow (geo/store/arrow_rows.py, issue 24) hold the
values the frame path holds, so the CSV and GeoPackage exports built from them are those
of the frame path: byte for byte (CSV), the same features and metadata read back
(GeoPackage), for plain, duplicate, reviewed, rejected, odd and hostile rows; a damaged
store is refused with the frame path's one-line error."""
from __future__ import annotations

import re
import sqlite3

import pyarrow as pa
import pyogrio
import pytest

from geo.errors import StoreError
from geo.export import EventStream, to_csv_bytes, write_gpkg
from geo.store import EventStore
from geo.store.arrow_rows import frame_table
from tests.store.test_geojson_rows import store, update  # noqa: F401  (the fixture)


def framed_table(store: EventStore, merged: bool, rejected: bool) -> pa.Table:
    return pa.concat_tables([frame_table(chunk) for chunk in store.read_chunks(
        merged=merged, rejected=rejected, rows=41)])


def sql_table(store: EventStore, merged: bool, rejected: bool) -> pa.Table:
    return pa.concat_tables(list(store.arrow_chunks(merged=merged, rejected=rejected, rows=29)))


def streams(store: EventStore, merged: bool, rejected: bool) -> tuple[EventStream, EventStream]:
    """The frame path's stream and the one with Arrow tables, with the same metadata."""
    summary = store.summary(merged=merged, rejected=rejected)

    def chunks():
        return store.read_chunks(merged=merged, rejected=rejected, rows=41)

    return EventStream(chunks, summary), EventStream(chunks, summary, tables=lambda: (
        store.arrow_chunks(merged=merged, rejected=rejected, rows=29)))


def odd_values(store: EventStore) -> None:
    with sqlite3.connect(store.file) as con:
        ids = [r[0] for r in con.execute(
            "SELECT event_id FROM events WHERE duplicate_of IS NULL ORDER BY rowid")]
    odd = [("attack_types", r'["\u0064rone"]'), ("attack_types", '[ "drone" , "missile" ]'),
           ("attack_types", None), ("attack_types", '["drone","drone","missile","glide_bomb"]'),
           ("sources", '["x\\"y", "z"]'), ("sources", '["a","b"]'), ("sources", "[]"),
           ("source", ""), ("date", "2025-7-3"), ("lat", 0.0), ("lon", 36.123456789012345),
           ("confidence", 0.1 + 0.2), ("front_km", 9e999), ("admin1", "Donetska oblast"),
           ("admin1", "  Somewhere Else "), ("admin1", ""), ("review_status", None),
           ("excerpt", "".join(map(chr, range(0, 40))) + "\x7f\u2028\U0001f642=1"),
           ("place", "=HYPERLINK()"), ("killed", 2**62)]
    for event_id, (column, value) in zip(ids[40:], odd):
        update(store, f'UPDATE events SET "{column}" = ? WHERE event_id = ?', value, event_id)


@pytest.mark.parametrize("odd", [False, True], ids=["plain", "odd"])
@pytest.mark.parametrize("merged, rejected", [(True, False), (True, True), (False, True)])
def test_the_tables_hold_what_the_frames_hold(store, odd, merged, rejected):
    if odd:
        odd_values(store)
    assert sql_table(store, merged, rejected).equals(framed_table(store, merged, rejected))


@pytest.mark.parametrize("odd", [False, True], ids=["plain", "odd"])
def test_csv_and_geopackage_from_the_tables_are_those_of_the_frames(store, tmp_path, odd):
    if odd:
        odd_values(store)
    framed, tables = streams(store, True, False)
    assert to_csv_bytes(tables, validate=False) == to_csv_bytes(framed, validate=False)
    old, new = tmp_path / "framed.gpkg", tmp_path / "tables.gpkg"
    assert write_gpkg(framed, old, validate=False) == write_gpkg(tables, new, validate=False)
    assert pyogrio.read_info(new)["layer_metadata"] == pyogrio.read_info(old)["layer_metadata"]
    assert pyogrio.read_dataframe(new).equals(pyogrio.read_dataframe(old))


@pytest.mark.parametrize("column, value", [
    ("killed", "three"), ("date", "2025-02-30"), ("lon", 500.0), ("attack_types", '["nuke"]'),
    ("attack_types", "drone"), ("review_status", "maybe"), ("event_id", None)])
def test_a_damaged_store_is_refused_as_the_frames_refuse_it(store, column, value):
    with sqlite3.connect(store.file) as con:
        con.execute(f'UPDATE events SET "{column}" = ? WHERE event_id = (SELECT event_id FROM '
                    "events WHERE duplicate_of IS NULL ORDER BY rowid LIMIT 1 OFFSET 77)",
                    (value,))
    errors = []
    for read in (framed_table, sql_table):
        with pytest.raises(StoreError) as caught:
            read(store, True, True)
        errors.append(re.sub(r"position \d+", "position N", str(caught.value)))
    assert errors[0] == errors[1] and "\n" not in errors[1]


def test_an_empty_store_gives_no_table(tmp_path):
    assert list(EventStore(tmp_path / "none").arrow_chunks()) == []


def test_columns_empty_in_the_first_rows_keep_their_types(store):
    """The ADBC reader types a column by its first batch's values: a column with no value in
    the first rows (then reals, integers, text) must still read as the frame path reads it."""
    with sqlite3.connect(store.file) as con:
        con.execute("UPDATE events SET front_km = NULL, side = NULL, geonameid = NULL, "
                    "confidence = NULL, killed = NULL, place = NULL WHERE rowid <= 70")
        con.execute("UPDATE events SET front_km = 12.5, side = 'free', confidence = 1 "
                    "WHERE rowid > 70")
    for merged, rejected in [(True, False), (False, True)]:
        assert sql_table(store, merged, rejected).equals(framed_table(store, merged, rejected))


def test_a_commit_between_the_two_reads_is_seen(store):
    """The check that keeps the ADBC read and the sqlite3 one on the same state: a commit
    by another connection before the sqlite3 read begins changes its data version."""
    from geo.store.arrow_rows import _data_version

    con = sqlite3.connect(store.file, isolation_level=None)
    before = _data_version(con)
    with sqlite3.connect(store.file) as other:
        other.execute("UPDATE events SET killed = 7 WHERE rowid = (SELECT min(rowid) FROM "
                      "events)")
    con.execute("BEGIN")
    assert _data_version(con, started=True) != before
    con.execute("ROLLBACK")
    before = _data_version(con)
    con.execute("BEGIN")
    assert _data_version(con, started=True) == before
    con.execute("ROLLBACK")
    con.close()


def test_without_the_adbc_reader_the_tables_are_the_same(store, monkeypatch):
    """When the ADBC read cannot be used (another commit came in between, no driver), the
    chunks are read through sqlite3 alone, with the same values."""
    from geo.store import adbc_rows

    odd_values(store)
    expected = sql_table(store, True, False)
    monkeypatch.setattr(adbc_rows, "open_reader", lambda file: None)
    assert sql_table(store, True, False).equals(expected)
    assert expected.equals(framed_table(store, True, False))
