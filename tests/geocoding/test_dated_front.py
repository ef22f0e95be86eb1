"""Dated frontline layers: a name's namesakes are ranked by the line in force on the day
(the geocoder, ``strikemap ingest`` with the store's ``frontline/`` folder, reports)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from shapely.geometry import box, mapping

from geo.cli import main
from geo.frontline import FrontlineSet
from geo.gazetteer import load_gazetteer
from geo.geocoding import OfflineGeocoder, ResolveContext
from geo.geocoding.resolver import Resolver
from geo.store import EventStore

#: two villages named Zarichne, of unknown size, outside the default focus regions
SUMY_ZARICHNE, VINNYTSIA_ZARICHNE = (50.90, 34.80), (49.20, 28.50)


def _dump_row(geonameid: int, name: str, lat: float, lon: float, admin1: str) -> str:
    return "\t".join([str(geonameid), name, name, "", str(lat), str(lon), "P", "PPL", "UA", "",
                      admin1, "", "", "", "0", "", "150", "Europe/Kyiv", "2024-01-01"])


@pytest.fixture(scope="module")
def dump(tmp_path_factory) -> Path:
    """A two-row GeoNames dump (module-wide: its index is built once)."""
    path = tmp_path_factory.mktemp("gazetteer") / "UA.txt"
    path.write_text("\n".join([_dump_row(1001, "Zarichne", *SUMY_ZARICHNE, "21"),
                               _dump_row(1002, "Zarichne", *VINNYTSIA_ZARICHNE, "23")]) + "\n",
                    encoding="utf-8")
    return path


def _layer(folder: Path, day: str, centre: tuple[float, float]) -> None:
    """A small occupied area around ``centre`` (lat, lon), in force from ``day``."""
    lat, lon = centre
    feature = {"type": "Feature", "properties": {"date": day},
               "geometry": mapping(box(lon - 0.1, lat - 0.1, lon + 0.1, lat + 0.1))}
    (folder / f"front_{day}.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")


@pytest.fixture
def store_with_fronts(tmp_path) -> Path:
    """A store whose frontline folder has a 2024 layer at the Sumy Zarichne and a 2025
    layer at the Vinnytsia one."""
    folder = tmp_path / "store" / "frontline"
    folder.mkdir(parents=True)
    _layer(folder, "2024-01-01", SUMY_ZARICHNE)
    _layer(folder, "2025-01-01", VINNYTSIA_ZARICHNE)
    return tmp_path / "store"


def test_the_layer_in_force_on_the_day_ranks_the_namesakes(dump, store_with_fronts):
    gazetteer = load_gazetteer(dump)
    assert not Resolver(gazetteer, focus_regions=()).resolve("Zarichne").resolved
    fronts = FrontlineSet.from_folder(store_with_fronts / "frontline")
    resolver = Resolver(gazetteer, frontline=fronts, focus_regions=())

    def admin1_on(day: str | None) -> str | None:
        place = resolver.resolve("Zarichne", ResolveContext(date=day) if day else None)
        return place.candidate.admin1_code if place.resolved else None

    assert admin1_on("2024-06-01") == "21"
    assert admin1_on("2025-06-01") == "23"
    assert admin1_on(None) == "23"                  # no date: the latest layer
    assert admin1_on("2023-06-01") is None          # before every layer: no line, ambiguous


def test_the_geopy_geocoder_shows_its_frontline(dump, store_with_fronts):
    fronts = FrontlineSet.from_folder(store_with_fronts / "frontline")
    geocoder = OfflineGeocoder(load_gazetteer(dump), frontline=fronts, focus_regions=())
    assert geocoder.frontline is fronts
    location = geocoder.geocode("Zarichne", context=ResolveContext(date="2024-02-01"))
    assert location.raw["admin1_code"] == "21"


def _ingest(capsys, *argv: object) -> tuple[int, str]:
    code = main([str(a) for a in ("ingest", *argv)])
    return code, capsys.readouterr().err


def test_ingest_ranks_each_row_by_the_layer_of_its_date(tmp_path, dump, store_with_fronts,
                                                         capsys):
    feed = tmp_path / "feed.csv"
    feed.write_text("date,location,attack_type\n2024-06-01,Zarichne,drone\n"
                    "2025-06-01,Zarichne,shelling\n", encoding="utf-8")
    code, err = _ingest(capsys, feed, "--store", store_with_fronts, "--gazetteer", dump)
    assert code == 0, err
    events = EventStore(store_with_fronts).read().sort_values("date")
    assert [round(p.y, 1) for p in events.geometry] == [50.9, 49.2]
    assert list(events["admin1"]) == ["Sumy Oblast", "Vinnytsia Oblast"]


def test_ingest_without_a_layer_in_force_leaves_the_name_unresolved(tmp_path, dump,
                                                                    store_with_fronts, capsys):
    feed = tmp_path / "old.csv"
    feed.write_text("date,location,attack_type\n2023-06-01,Zarichne,drone\n", encoding="utf-8")
    code, err = _ingest(capsys, feed, "--store", store_with_fronts, "--gazetteer", dump)
    assert code == 2
    assert "'Zarichne' did not resolve (ambiguous" in err and "line 2" in err
    assert len(EventStore(store_with_fronts).read()) == 0


def test_ingest_no_frontline_turns_the_ranking_off(tmp_path, dump, store_with_fronts, capsys):
    feed = tmp_path / "feed.csv"
    feed.write_text("date,location,attack_type\n2024-06-01,Zarichne,drone\n", encoding="utf-8")
    code, err = _ingest(capsys, feed, "--store", store_with_fronts, "--gazetteer", dump,
                        "--no-frontline")
    assert code == 2 and "did not resolve (ambiguous" in err


def test_a_report_is_placed_by_the_layer_of_its_publication_day(tmp_path, dump,
                                                                  store_with_fronts, capsys):
    report = tmp_path / "report.txt"
    report.write_text("A drone struck a house in Zarichne, injuring two people.\n",
                      encoding="utf-8")
    code, err = _ingest(capsys, report, "--published", "2025-03-02", "--store",
                        store_with_fronts, "--gazetteer", dump)
    assert code == 0, err
    [point] = EventStore(store_with_fronts).read().geometry
    assert (round(point.y, 1), round(point.x, 1)) == VINNYTSIA_ZARICHNE


def test_geocode_cli_date_picks_the_layer(dump, store_with_fronts, capsys):
    def admin1_on(*extra: str) -> tuple[int, str]:
        code = main(["geocode", "Zarichne", "--gazetteer", str(dump), "--focus", "none",
                     "--frontline", str(store_with_fronts / "frontline"), *extra])
        out = capsys.readouterr()
        return code, (json.loads(out.out)["admin1"] if code == 0 and out.out else out.err)

    assert admin1_on("--date", "2024-03-01") == (0, "Sumy Oblast")
    assert admin1_on() == (0, "Vinnytsia Oblast")                 # the latest layer
    assert admin1_on("--date", "2023-03-01") == (0, None)          # unresolved: no layer then
    code, err = admin1_on("--date", "2024-02-30")
    assert code == 2 and "'2024-02-30' is not a date" in err and len(err.splitlines()) == 1


def test_geocode_cli_date_without_frontline_is_an_error(dump, capsys):
    assert main(["geocode", "Zarichne", "--gazetteer", str(dump), "--date", "2024-03-01"]) == 2
    assert "--date needs --frontline" in capsys.readouterr().err
