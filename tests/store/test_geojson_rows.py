"""GeoJSON features written by SQLite (geo/store/geojson_rows.py, issue 24) are byte for
byte those the frame path writes (read_chunks, then feature_chunks): for plain rows, rows
with duplicates folded in, reviewed and rejected rows, odd but valid stored values, hostile
text, and a damaged store, which both refuse with the same error."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import SchemaError, StoreError
from geo.export_json import feature_chunks
from geo.store import EventStore
from geo.store.geojson_rows import vouched_sql
from geo.store.review import Decision, decide
from tests.store.test_streaming import stored, varied_events


def frame_path(store: EventStore, merged: bool, rejected: bool, rows: int = 41) -> str:
    return ",\n".join(text for chunk in store.read_chunks(merged=merged, rejected=rejected,
                                                          rows=rows)
                      for text in feature_chunks(chunk))


def sql_path(store: EventStore, merged: bool, rejected: bool, rows: int = 29) -> str:
    return ",\n".join(text for text in store.feature_texts(merged=merged, rejected=rejected,
                                                           rows=rows) if text)


def vouched(store: EventStore, merged: bool = True) -> tuple[int, int]:
    """(rows SQL writes, rows the frame path writes) of the store."""
    with sqlite3.connect(store.file) as con:
        return con.execute(f"SELECT sum(ok), count(*) - sum(ok) FROM (SELECT "
                           f"coalesce({vouched_sql(merged)}, 0) AS ok FROM events "
                           "WHERE duplicate_of IS NULL)").fetchone()


def update(store: EventStore, sql: str, *params) -> None:
    with sqlite3.connect(store.file) as con:
        con.execute(sql, params)


@pytest.fixture()
def store(tmp_path) -> EventStore:
    """Hostile text, nulls, lists, duplicates marked, decisions and statuses."""
    store = stored(tmp_path, varied_events(300, seed=5), 3)
    with sqlite3.connect(store.file) as con:
        canonical = [r[0] for r in con.execute(
            "SELECT event_id FROM events WHERE duplicate_of IS NULL ORDER BY rowid")]
    for i, event_id in enumerate(canonical[:9]):
        decide(store, Decision(event_id, who="ana", confirm=i % 3 == 0, reject=i % 3 == 1,
                               killed=None if i % 3 != 2 else 7))
    return store


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize("rejected", [True, False])
def test_sql_writes_what_the_frames_write(store, merged, rejected):
    fast, framed = vouched(store, merged)
    assert fast > 100 and (framed > 0 or not merged)     # both paths are taken
    assert sql_path(store, merged, rejected) == frame_path(store, merged, rejected)


def test_odd_but_valid_stored_values(store):
    with sqlite3.connect(store.file) as con:
        ids = [r[0] for r in con.execute(
            "SELECT event_id FROM events WHERE duplicate_of IS NULL ORDER BY rowid")]
    odd = [("attack_types", r'["\u0064rone"]'), ("attack_types", '[ "drone" , "missile" ]'),
           ("attack_types", None), ("sources", '["x\\"y", "z"]'), ("sources", "[]"),
           ("source", ""), ("date", "2025-7-3"), ("lon", -0.0), ("lat", 0.0),
           ("lon", 36.123456789012345), ("lat", 1e-7), ("confidence", 0.1 + 0.2),
           ("front_km", 9e999), ("front_km", -0.0), ("admin1", "Donetska oblast"),
           ("admin1", "  Somewhere Else "), ("admin1", ""), ("review_status", None),
           ("excerpt", "".join(map(chr, range(0, 40))) + "\x7f\u2028\U0001f642"),
           ("place", '\\"}{'), ("count_qualifier", "}"), ("killed", 2**62)]
    for event_id, (column, value) in zip(ids[40:], odd):
        update(store, f'UPDATE events SET "{column}" = ? WHERE event_id = ?', value, event_id)
    for merged in (True, False):
        assert sql_path(store, merged, True) == frame_path(store, merged, True)
    text = sql_path(store, True, True)
    assert f'"coordinates":[{36.123456789012345!r},' in text and '"confidence":0.30000000000000004' in text
    assert '"admin1":"Somewhere Else"' in text and '"attack_types":["drone","missile"]' in text


@pytest.mark.parametrize("column, value", [
    ("killed", "three"), ("date", "2025-02-30"), ("lon", 500.0), ("attack_types", '["nuke"]'),
    ("attack_types", "drone"), ("review_status", "maybe"), ("geo_precision", None),
    ("date_end", "2020-01-01"), ("confidence", "high"), ("event_id", None)])
def test_a_damaged_store_is_refused_as_the_frames_refuse_it(store, column, value):
    with sqlite3.connect(store.file) as con:
        event_id = con.execute("SELECT event_id FROM events WHERE duplicate_of IS NULL "
                               "ORDER BY rowid LIMIT 1 OFFSET 77").fetchone()[0]
        if column == "date_end":
            con.execute("UPDATE events SET date_start = '2021-01-01' WHERE event_id = ?",
                        (event_id,))
        con.execute(f'UPDATE events SET "{column}" = ? WHERE event_id = ?', (value, event_id))
    errors = []
    for path in (frame_path, sql_path):
        with pytest.raises(StoreError) as caught:
            path(store, True, True)
        errors.append(re.sub(r"position \d+", "position N", str(caught.value)))  # in the chunk
    assert errors[0] == errors[1]
    assert str(store.file) in errors[1] and "\n" not in errors[1]


def test_a_blob_in_a_text_column_is_a_one_line_error(store):
    with sqlite3.connect(store.file) as con:
        con.execute("UPDATE events SET excerpt = ? WHERE event_id = (SELECT event_id FROM "
                    "events WHERE duplicate_of IS NULL LIMIT 1 OFFSET 3)", (b"\x00\x01",))
    with pytest.raises(StoreError, match="cannot read the event store .JSON cannot hold BLOB"):
        sql_path(store, True, True)
    with pytest.raises(SchemaError, match="a text value is bytes"):
        frame_path(store, True, True)


def test_an_empty_store_has_no_features(tmp_path):
    store = EventStore(tmp_path / "none")
    assert sql_path(store, True, False) == "" == frame_path(store, True, False)


@pytest.fixture(scope="module")
def small_store(tmp_path_factory) -> EventStore:
    return stored(tmp_path_factory.mktemp("fuzz"), varied_events(12, seed=9), 1)


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=40), items=st.lists(st.text(max_size=8), max_size=3),
       number=st.floats(allow_nan=False, width=64))
def test_any_text_and_number(small_store, text, items, number):
    import json

    for column, value in (("excerpt", text), ("place", text), ("admin1", text or None),
                          ("sources", json.dumps(items, ensure_ascii=False)),
                          ("front_km", number), ("lat", max(-90.0, min(90.0, number)))):
        update(small_store, f'UPDATE events SET "{column}" = ? WHERE rowid = 3', value)
    assert sql_path(small_store, True, False) == frame_path(small_store, True, False)


def test_the_folder_without_a_store_reads_nothing(tmp_path):
    assert list(EventStore(Path(tmp_path) / "missing").feature_texts()) == []
