"""ACLED CSV export reader, on rows written here (no ACLED data ships with the project)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.sources import detect_format, read_source
from geo.sources.acled import read_acled

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
          "sub_event_type", "actor1", "actor2", "interaction", "civilian_targeting", "iso",
          "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
          "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]


def _row(**values: str) -> list[str]:
    base = {"year": "2025", "time_precision": "1", "disorder_type": "Political violence",
            "event_type": "Explosions/Remote violence", "actor1": "Military Forces of Russia",
            "iso": "804", "region": "Europe", "country": "Ukraine", "geo_precision": "1",
            "source": "Ukrinform", "source_scale": "National", "fatalities": "0",
            "timestamp": "1740000000"}
    base.update(values)
    return [base.get(name, "") for name in HEADER]


ROWS = [
    _row(event_id_cnty="UKR1", event_date="2025-07-21", location="Odesa", admin1="Odesa",
         latitude="46.4775", longitude="30.7326", fatalities="2",
         sub_event_type="Shelling/artillery/missile attack",
         notes="On 21 July 2025, Russian forces struck Odesa with an Iskander ballistic missile. "
               "2 civilians were killed."),
    _row(event_id_cnty="UKR2", event_date="21 July 2025", location="Kharkiv", admin1="Kharkiv",
         latitude="49.9808", longitude="36.2527", sub_event_type="Air/drone strike",
         notes="Russian Shahed drones struck an industrial site in Kharkiv."),
    _row(event_id_cnty="UKR3", event_date="2025-07-20", location="Kostiantynivka",
         admin1="Donetsk", latitude="48.5277", longitude="37.7069", fatalities="1",
         sub_event_type="Air/drone strike", time_precision="2", geo_precision="2",
         notes="Russian aircraft dropped KAB glide bombs on Kostiantynivka."),
    _row(event_id_cnty="UKR4", event_date="2025-07-19", location="Pokrovsk", admin1="Donetsk",
         latitude="48.2828", longitude="37.1762", event_type="Battles",
         sub_event_type="Armed clash", fatalities="5",
         notes="Ukrainian forces repelled Russian assaults near Pokrovsk."),
    _row(event_id_cnty="UKR5", event_date="2025-07-19", location="Kyiv", admin1="Kyiv City",
         latitude="50.4501", longitude="30.5234", event_type="Protests",
         sub_event_type="Peaceful protest", notes="Residents protested in Kyiv."),
    _row(event_id_cnty="UKR6", event_date="2025-07-18", location="Kherson", admin1="Kherson",
         latitude="46.6354", longitude="32.6169", time_precision="3", fatalities="",
         sub_event_type="Shelling/artillery/missile attack",
         notes="Russian forces shelled Kherson with artillery and MLRS."),
]


def _write(tmp_path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    path = tmp_path / "acled_export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_acled_rows_map_to_events(tmp_path: Path) -> None:
    path = _write(tmp_path, ROWS)
    events = read_acled(path).set_index("source")
    assert list(events.index) == ["acled:UKR1", "acled:UKR2", "acled:UKR3", "acled:UKR4",
                                  "acled:UKR6"]                  # the protest is no attack
    assert events.loc["acled:UKR1", "attack_types"] == ["missile"]   # weapon from the notes
    assert events.loc["acled:UKR2", "attack_types"] == ["drone"]
    assert events.loc["acled:UKR3", "attack_types"] == ["glide_bomb"]
    assert events.loc["acled:UKR4", "attack_types"] == ["ground_assault"]
    assert events.loc["acled:UKR6", "attack_types"] == ["artillery"]
    assert events.loc["acled:UKR2", "date"] == "2025-07-21"          # "21 July 2025"
    assert events.loc["acled:UKR1", "killed"] == 2
    assert events.loc["acled:UKR1", "excerpt"].startswith("On 21 July 2025")
    assert (events.loc["acled:UKR3", "date_precision"],
            events.loc["acled:UKR3", "geo_precision"]) == ("week", "region")
    assert events.loc["acled:UKR6", "date_precision"] == "month"
    assert str(events.loc["acled:UKR6", "killed"]) == "<NA>"
    assert set(events["country_code"]) == {"UA"}
    kyiv = events.loc["acled:UKR1"].geometry
    assert (kyiv.x, kyiv.y) == pytest.approx((30.7326, 46.4775))
    assert detect_format(path) == "acled"
    assert list(read_source(path)["event_id"]) == list(events["event_id"])


def test_lumped_sub_event_without_weapon_words_falls_back(tmp_path: Path) -> None:
    rows = [_row(event_id_cnty="A", event_date="2025-07-21", location="Sumy", latitude="50.9",
                 longitude="34.8", sub_event_type="Air/drone strike", notes="An attack on Sumy."),
            _row(event_id_cnty="B", event_date="2025-07-21", location="Sumy", latitude="50.9",
                 longitude="34.8", sub_event_type="Shelling/artillery/missile attack",
                 notes="Sumy was hit.")]
    events = read_acled(_write(tmp_path, rows))
    assert list(events["attack_types"]) == [["airstrike"], ["artillery"]]


@pytest.mark.parametrize("field, value, line", [("fatalities", "many", 3),
                                                ("latitude", "", 3),
                                                ("event_date", "yesterday", 3),
                                                ("time_precision", "7", 3)])
def test_bad_cells_name_line_and_field(tmp_path: Path, field: str, value: str, line: int) -> None:
    rows = [list(r) for r in ROWS[:3]]
    rows[1][HEADER.index(field)] = value
    with pytest.raises(InputError) as caught:
        read_acled(_write(tmp_path, rows))
    assert (caught.value.line, caught.value.field) == (line, field)


def test_missing_required_column(tmp_path: Path) -> None:
    drop = HEADER.index("location")
    header = [h for i, h in enumerate(HEADER) if i != drop]
    rows = [[c for i, c in enumerate(r) if i != drop] for r in ROWS[:2]]
    with pytest.raises(InputError, match="'location'"):
        read_acled(_write(tmp_path, rows, header))


CURRENT = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
           "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
           "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
           "source_scale", "notes", "fatalities", "tags", "timestamp"]


def _current(**values: str) -> list[str]:
    base = {"year": "2026", "time_precision": "1", "disorder_type": "Political violence",
            "event_type": "Explosions/Remote violence", "actor1": "Military Forces of Russia",
            "inter1": "State forces", "actor2": "Civilians (Ukraine)", "inter2": "Civilians",
            "interaction": "State forces-Civilians", "civilian_targeting": "Civilian targeting",
            "iso": "804", "region": "Europe", "country": "Ukraine", "admin1": "Kharkiv",
            "location": "Kharkiv", "latitude": "49.9808", "longitude": "36.2527",
            "geo_precision": "1", "source": "Test source", "source_scale": "National",
            "fatalities": "0", "timestamp": "1795700000"}
    base.update(values)
    return [base.get(name, "") for name in CURRENT]


def test_current_export_tags_feed_the_weapon_type(tmp_path: Path) -> None:
    rows = [_current(event_id_cnty="UKR900", event_date="2026-11-19",
                     sub_event_type="Air/drone strike", notes="Russian forces struck Kharkiv.",
                     tags="weapon: Shahed drone"),
            _current(event_id_cnty="UKR901", event_date="2026-11-19",
                     sub_event_type="Shelling/artillery/missile attack",
                     notes="An attack on Kharkiv.", tags="")]
    events = read_acled(_write(tmp_path, rows, CURRENT))
    assert list(events["attack_types"]) == [["drone"], ["artillery"]]
    assert detect_format(tmp_path / "acled_export.csv") == "acled"


def test_event_id_cnty_is_the_stable_id(tmp_path: Path) -> None:
    """A revised row (new notes, fatalities, timestamp) keeps its id: ingesting again adds nothing."""
    from geo.store import EventStore

    first = read_acled(_write(tmp_path, [_current(event_id_cnty="UKR902", event_date="2026-11-19",
                                                  sub_event_type="Air/drone strike",
                                                  notes="A drone hit Kharkiv.")], CURRENT))
    revised = read_acled(_write(tmp_path, [_current(event_id_cnty="UKR902", event_date="2026-11-19",
                                                    sub_event_type="Air/drone strike",
                                                    notes="A drone hit Kharkiv; revised.",
                                                    fatalities="1", timestamp="1795800000")],
                                CURRENT))
    assert list(first["event_id"]) == list(revised["event_id"])
    store = EventStore(tmp_path / "store")
    store.ingest(first, label="a")
    assert store.ingest(revised, label="b").added == 0


OLD = ["data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year",
       "time_precision", "event_type", "actor1", "inter1", "actor2", "inter2", "interaction",
       "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
       "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3"]


def test_an_old_export_without_sub_event_types(tmp_path: Path) -> None:
    def old(**values: str) -> list[str]:
        base = {"data_id": "7001", "iso": "804", "event_id_no_cnty": "1", "year": "2018",
                "time_precision": "2", "actor1": "Military Forces of Russia", "inter1": "1",
                "inter2": "7", "interaction": "17", "region": "Europe", "country": "Ukraine",
                "geo_precision": "2", "source": "Test", "fatalities": "0",
                "timestamp": "1550000000", "iso3": "UKR"}
        base.update(values)
        return [base.get(name, "") for name in OLD]

    rows = [old(event_id_cnty="UKR10", event_date="24-February-2018", event_type="Remote violence",
                location="Avdiivka", admin1="Donetsk", latitude="48.139", longitude="37.742",
                notes="Shelling with artillery of Avdiivka."),
            old(event_id_cnty="UKR11", event_date="25-February-2018",
                event_type="Battle-No change of territory", location="Marinka", admin1="Donetsk",
                latitude="47.94", longitude="37.50", notes="Clashes near Marinka."),
            old(event_id_cnty="UKR12", event_date="25-February-2018", event_type="Riots/Protests",
                location="Kyiv", admin1="Kyiv City", latitude="50.45", longitude="30.52",
                notes="A protest.")]
    path = _write(tmp_path, rows, OLD)
    assert detect_format(path) == "acled"
    events = read_acled(path)
    assert list(events["source"]) == ["acled:UKR10", "acled:UKR11"]
    assert list(events["attack_types"]) == [["artillery"], ["ground_assault"]]
    assert list(events["date"]) == ["2018-02-24", "2018-02-25"]
    assert set(events["date_precision"]) == {"week"} and set(events["geo_precision"]) == {"region"}
