"""Events that span time: date_start/date_end in the schema, the readers, the store, the
filter (any overlap) and the exports; one spelling per oblast whatever a source writes."""
from __future__ import annotations

import csv
import io
import sqlite3

import pytest

from geo.errors import SchemaError
from geo.export import to_csv_bytes
from geo.filters import EventFilter, apply_filter
from geo.model import EventRecord
from geo.schema import event_spans, records_to_frame
from geo.store import EventStore
from tests.conftest import shared_path


def _events(*spans: tuple[str, str | None, str | None], admin1: str = "Donetsk Oblast"):
    return records_to_frame([
        EventRecord(event_id=f"e{i}", date=date, date_precision="day", attack_types=("drone",),
                    place="Place", query="Place", lat=48.0, lon=37.5, admin1=admin1,
                    country_code="UA", source=f"test{i}",
                    extra={"date_start": start, "date_end": end})
        for i, (date, start, end) in enumerate(spans)])


def test_a_span_is_kept_and_checked() -> None:
    events = _events(("2022-02-24", "2022-02-24", "2022-09-23"), ("2025-07-01", None, None))
    assert list(events["date_end"]) == ["2022-09-23", None]
    start, end = event_spans(events)
    assert [str(d) for d in end] == ["2022-09-23", "2025-07-01"]
    with pytest.raises(SchemaError, match="date_end.*before date_start"):
        _events(("2022-03-01", "2022-03-01", "2022-02-01"))
    with pytest.raises(SchemaError, match="date_start"):
        _events(("2022-03-01", "1 March 2022", None))


def test_a_date_filter_keeps_any_overlap() -> None:
    events = _events(("2022-02-24", "2022-02-24", "2022-09-23"),   # seven months
                     ("2022-06-15", None, None), ("2022-10-01", None, None))
    june = apply_filter(events, EventFilter(date_from="2022-06-01", date_to="2022-06-30"))
    assert list(june["event_id"]) == ["e0", "e1"]
    autumn = apply_filter(events, EventFilter(date_from="2022-09-24"))
    assert list(autumn["event_id"]) == ["e2"]
    before = apply_filter(events, EventFilter(date_to="2022-02-24"))
    assert list(before["event_id"]) == ["e0"]


def test_spans_go_through_the_store_and_the_csv_export(tmp_path) -> None:
    store = EventStore(tmp_path)
    store.ingest(_events(("2022-02-24", "2022-02-24", "2022-09-23")), label="t")
    back = store.read()
    assert (back.loc[0, "date_start"], back.loc[0, "date_end"]) == ("2022-02-24", "2022-09-23")
    row = next(csv.DictReader(io.StringIO(to_csv_bytes(back).decode("utf-8"))))
    assert (row["date_start"], row["date_end"]) == ("2022-02-24", "2022-09-23")


def test_an_old_store_gains_the_span_columns(tmp_path) -> None:
    store = EventStore(tmp_path)
    store.ingest(_events(("2025-07-01", None, None)), label="t")
    with sqlite3.connect(store.file) as con:
        con.execute("ALTER TABLE events DROP COLUMN date_start")
        con.execute("ALTER TABLE events DROP COLUMN date_end")
    back = store.read()
    assert back["date_start"].isna().all() and back["date_end"].isna().all()
    assert store.ingest(_events(("2022-02-24", "2022-02-24", "2022-03-01")), label="x").added == 0


def test_one_spelling_per_oblast_from_the_store(tmp_path) -> None:
    store = EventStore(tmp_path)
    store.ingest(_events(("2022-09-01", None, None), admin1="Zaporizhzhya oblast"), label="a")
    store.ingest(records_to_frame([EventRecord(
        event_id="z2", date="2022-09-02", date_precision="day", attack_types=("missile",),
        place="Zaporizhzhia", query="Zaporizhzhia", lat=47.84, lon=35.14,
        admin1="Zaporizhzhia Oblast", country_code="UA", source="other")]), label="b")
    assert set(store.read()["admin1"]) == {"Zaporizhzhia Oblast"}


def test_the_real_ucdp_aggregate_keeps_its_seven_months() -> None:
    from geo.sources.ucdp import read_ucdp

    events = read_ucdp(shared_path("events", "ucdp_candidate_ukraine_2022-02_2022-09.csv"))
    row = events.set_index("source").loc["ucdp:448455"]
    assert (row["date_start"], row["date_end"], row["killed"]) == ("2022-02-24", "2022-09-23", 5294)
    assert "Zaporizhzhya oblast" not in set(events["admin1"].dropna())
    july = apply_filter(events, EventFilter(date_from="2022-07-01", date_to="2022-07-31"))
    assert "ucdp:448455" in set(july["source"])


def test_acled_time_precision_gives_the_span(tmp_path) -> None:
    from tests.sources.test_acled import ROWS, _write
    from geo.sources.acled import read_acled

    events = read_acled(_write(tmp_path, ROWS)).set_index("source")
    assert (events.loc["acled:UKR1", "date_start"], events.loc["acled:UKR1", "date_end"]) \
        == ("2025-07-21", "2025-07-21")
    assert (events.loc["acled:UKR3", "date_start"], events.loc["acled:UKR3", "date_end"]) \
        == ("2025-07-17", "2025-07-23")                        # time_precision 2: the week
    assert (events.loc["acled:UKR6", "date_start"], events.loc["acled:UKR6", "date_end"]) \
        == ("2025-07-01", "2025-07-31")                        # time_precision 3: the month
    assert events.loc["acled:UKR1", "admin1"] == "Odesa Oblast"


def test_an_export_reads_back_with_its_spans(tmp_path) -> None:
    from geo.export import to_geojson_bytes
    from geo.errors import InputError
    from geo.sources import read_source

    events = _events(("2022-02-24", "2022-02-24", "2022-09-23"), ("2025-07-01", None, None))
    for name, data in (("back.csv", to_csv_bytes(events)), ("back.geojson", to_geojson_bytes(events))):
        path = tmp_path / name
        path.write_bytes(data)
        back = read_source(path)
        assert list(back["date_start"]) == ["2022-02-24", None], name
        assert list(back["date_end"]) == ["2022-09-23", None], name
    bad = tmp_path / "bad.csv"
    bad.write_text("date,latitude,longitude,attack_type,date_start,date_end\n"
                   "2022-03-01,48.0,37.5,drone,2022-03-01,2022-02-01\n", encoding="utf-8")
    with pytest.raises(InputError, match="date_end"):
        read_source(bad)
