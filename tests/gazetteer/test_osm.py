"""OpenStreetMap settlements extending the GeoNames gazetteer (geo.gazetteer.osm)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_strikemap, shared_path
from geo.errors import GazetteerError
from geo.gazetteer import load_gazetteer, resolve_source
from geo.gazetteer.osm import merge_osm, read_osm_settlements
from geo.gazetteer.sources import read_geonames_dump
from geo.geocoding.resolver import Resolver

DATA = Path(__file__).resolve().parents[1] / "data" / "geocode"
MINI_OSM = DATA / "mini_osm.csv"
#: rows added to the mini dump: a city under its former name whose current name is only
#: an alternate, a village listing that city's name among its alternates, and a village
#: GeoNames knows only by its Soviet name (OSM has Kotlyne at its place)
EXTRA_DUMP_ROWS = (
    "999002\tStakhanov\tStakhanov\tKadiivka,Стаханов\t48.5688\t38.6524\tP\tPPLA2\tUA\t\t14"
    "\t\t\t\t77000\t\t150\tEurope/Kyiv\t2024-01-01",
    "999004\tBilenke\tBilenke\tKramatorsk,Біленьке\t48.76\t37.63\tP\tPPL\tUA\t\t05"
    "\t\t\t\t3000\t\t150\tEurope/Kyiv\t2024-01-01",
    "999005\tDymytrove\tDymytrove\tDimitrovo,Димитрове\t48.2530\t37.0490\tP\tPPL\tUA\t\t05"
    "\t\t\t\t0\t\t150\tEurope/Kyiv\t2024-01-01",
)


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "UA.txt"
    shutil.copy(DATA / "mini_UA.txt", path)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("\n".join(EXTRA_DUMP_ROWS) + "\n")
    return path


@pytest.fixture
def resolver(dump: Path, cache: Path) -> Resolver:
    return Resolver(load_gazetteer([dump, MINI_OSM], world=False))


def test_the_table_is_read_with_its_names_cleaned():
    osm = read_osm_settlements(MINI_OSM)
    assert "Червона Зоря" in osm.name_uk          # "село" dropped
    assert "Степове" in osm.name_uk               # the stress mark dropped
    assert "балка" not in osm.name_uk and "" not in osm.name_uk   # no proper name: skipped
    assert osm.ref[0] == "OSM:relation/1598195"
    assert osm.admin1[1] == "14"                  # Луганська


def test_a_place_osm_names_differently_takes_its_current_name(resolver: Resolver):
    # GeoNames calls the city by its former name; OSM by the current one
    for query in ("Stakhanov", "Kadiivka", "Кадіївка"):
        place = resolver.resolve(query)
        assert place.candidate.name == "Kadiivka", query
        assert place.candidate.geonameid == 999002


def test_a_nearby_village_is_not_renamed_after_the_city(dump: Path):
    places, merged = merge_osm(read_geonames_dump(dump), read_osm_settlements(MINI_OSM))
    village = places.geonameid.index(999004)
    city = places.geonameid.index(704508)
    assert places.current_uk[city] == "Краматорськ"
    assert places.current_uk[village] == ""
    assert merged.named == 3                      # Kramatorsk, Kadiivka, Tabaivka


def test_a_place_geonames_knows_by_another_name_takes_the_osm_name(resolver: Resolver):
    # no name in common, 60 m apart: one village, renamed (GeoNames lags behind)
    for query in ("Kotlyne", "Котлине", "Dymytrove"):
        place = resolver.resolve(query)
        assert (place.candidate.name, place.candidate.geonameid) == ("Kotlyne", 999005), query


def test_a_place_geonames_lacks_is_added_once_with_its_osm_reference(dump: Path,
                                                                       resolver: Resolver):
    places, merged = merge_osm(read_geonames_dump(dump), read_osm_settlements(MINI_OSM))
    # renamed: Kotlyne; added: Trypillia (its relation and node are one), Chervona Zoria, Stepove
    assert (merged.renamed, merged.added) == (1, 3)
    assert places.name.count("Trypillia") == 1
    place = resolver.resolve("near the village of Trypillia, Bakhmut district, Donetsk region")
    c = place.candidate
    assert (c.name, c.geonameid, c.admin1) == ("Trypillia", None, "Donetsk Oblast")
    assert c.feature_code == "OSM:relation/3586206"
    assert place.to_json()["osm"] == "relation/3586206"
    assert resolver.resolve("Червона Зоря, Донецька область").candidate.name == "Chervona Zoria"
    assert resolver.resolve("Stepove").candidate.admin1 == "Zaporizhzhia Oblast"


def test_the_callers_places_are_not_changed(dump: Path):
    places = read_geonames_dump(dump)
    before = (list(places.name), [list(a) for a in places.alternates], len(places))
    merge_osm(places, read_osm_settlements(MINI_OSM))
    assert (places.name, places.alternates, len(places)) == before


def test_a_csv_is_an_osm_table_and_any_other_file_a_dump(dump: Path,
                                                         monkeypatch: pytest.MonkeyPatch):
    sources = resolve_source([MINI_OSM, dump])
    assert (sources.dump, sources.osm) == (dump, (MINI_OSM,))
    monkeypatch.setenv("STRIKEMAP_GAZETTEER", f"{dump}:{MINI_OSM}")
    assert resolve_source(None) == sources
    with pytest.raises(GazetteerError, match="one GeoNames dump at a time"):
        resolve_source([dump, dump])


@pytest.mark.parametrize("line, field, message", [
    ("Х,X,village,Донецька,north,37.5,1,node", "lat/lon", "not a number"),
    ("Х,X,village,Донецька,48.5,237.5,1,node", "lat/lon", "out of range"),
    ("Х,X,town,Донецкая,48.5,37.5,1,node", "oblast", "neither a Ukrainian oblast adjective"),
    ("Х,X,suburb,Донецька,48.5,37.5,1,node", "place", "is not one of"),
])
def test_a_bad_row_names_the_file_line_and_field(tmp_path: Path, line: str, field: str,
                                                  message: str):
    bad = tmp_path / "osm.csv"
    rows = MINI_OSM.read_text(encoding="utf-8-sig").splitlines()
    bad.write_text("\n".join([*rows[:3], line, *rows[3:]]) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=rf"osm\.csv, line 4, field '{field}': .*{message}"):
        read_osm_settlements(bad)


def test_a_table_without_the_columns_is_refused(tmp_path: Path):
    bad = tmp_path / "osm.csv"
    bad.write_text("name_uk,lat,lon\nКраматорськ,48.7,37.5\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"osm\.csv: not an OSM settlements table: "
                                             r"no column 'name_en', 'place', 'oblast'"):
        read_osm_settlements(bad)


def test_the_cli_says_in_one_line_what_is_wrong_with_a_table(tmp_path: Path, cache: Path):
    bad = tmp_path / "places.csv"
    bad.write_text("name,lat,lon\nKramatorsk,48.7,37.5\n", encoding="utf-8")
    result = run_strikemap("geocode", "--gazetteer", bad, "Kramatorsk",
                           env={"STRIKEMAP_CACHE": str(cache)})
    assert result.returncode == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr
    error = result.stderr.splitlines()[-1]     # after the note that the index is being built
    assert error.startswith("strikemap: error: ") and error.endswith(
        "places.csv: not an OSM settlements table: no column 'name_uk', 'name_en', 'place', "
        "'oblast'")


def test_the_cli_combines_a_dump_and_a_table(dump: Path, cache: Path):
    result = run_strikemap("geocode", "--gazetteer", dump, "--gazetteer", MINI_OSM,
                           "Stakhanov", "Trypillia", env={"STRIKEMAP_CACHE": str(cache)})
    assert result.returncode == 0, result.stderr
    kadiivka, trypillia = map(json.loads, result.stdout.splitlines())
    assert (kadiivka["name"], kadiivka["geonameid"]) == ("Kadiivka", 999002)
    assert "osm" not in kadiivka
    assert (trypillia["geonameid"], trypillia["osm"]) == (None, "relation/3586206")
    info = run_strikemap("gazetteer", "info", "--gazetteer", dump, "--gazetteer", MINI_OSM,
                         env={"STRIKEMAP_CACHE": str(cache)})
    assert "OpenStreetMap: 3 places named, 1 renamed, 3 added" in json.loads(info.stdout)["source"]


def test_real_osm_table_names_renamed_and_missing_places():
    """The real tables: GeoNames' UA.txt and the OSM settlements of ten oblasts."""
    dump = shared_path("gazetteer", "UA.txt")
    osm = shared_path("gazetteer", "osm_settlements_10_oblasts.csv")
    resolver = Resolver(load_gazetteer([dump, osm], world=False))
    chystiakove = resolver.resolve("Чистякове")           # Torez, renamed in 2016
    assert chystiakove.candidate.name == "Chystiakove"
    assert resolver.resolve("Torez").candidate.geonameid == chystiakove.candidate.geonameid
    assert resolver.resolve("Kadiivka").candidate.name == "Kadiivka"
    # GeoNames knows it only by its Russian form, and in the wrong oblast
    trypillia = resolver.resolve("Trypillya village, Donetsk oblast").candidate
    assert (trypillia.name, trypillia.geonameid, trypillia.admin1) == (
        "Trypillia", 691306, "Donetsk Oblast")
    # renamed in 2024: GeoNames has only the former name, 0.1 km from OSM's point
    osavulivka = resolver.resolve("Yesaulivka village, Luhansk oblast").candidate
    assert osavulivka.name == "Osavulivka"
    assert resolver.resolve("Осавулівка").candidate.geonameid == osavulivka.geonameid
    # a village GeoNames lacks
    added = resolver.resolve("Chervona Zoria, Donetsk oblast").candidate
    assert added.geonameid is None and added.feature_code.startswith("OSM:")
    assert abs(added.lat - 47.875) < 0.01 and abs(added.lon - 38.905) < 0.01
