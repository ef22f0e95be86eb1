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
