"""Reading GeoNames dumps (txt and zip), the on-disk index cache, and bad input."""
from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

import geo.gazetteer.lookup as gazetteer_module
from geo.errors import GazetteerError
from geo.gazetteer import load_gazetteer
from geo.gazetteer.sources import read_geonames_dump

MINI = Path(__file__).resolve().parents[1] / "data" / "geocode" / "mini_UA.txt"


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "UA.txt"
    shutil.copy(MINI, path)
    return path


def test_only_populated_places_are_read():
    places = read_geonames_dump(MINI)
    assert "Siverskyi Donets" not in places.name          # a river (H)
    assert "Kramatorsk railway station" not in places.name  # a station (S)
    assert "Donetska Oblast" not in places.name             # an admin area (A)
    assert places.name.count("Klyshchiivka") == 2            # near-duplicates are kept
    assert len(places) == 13


def test_zip_reads_like_txt(tmp_path: Path):
    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "GeoNames readme\n")
        zf.write(MINI, "UA.txt")
    assert read_geonames_dump(archive).geonameid == read_geonames_dump(MINI).geonameid


def test_malformed_row_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "UA.txt"
    lines = MINI.read_text(encoding="utf-8").splitlines()
    lines[2] = "\t".join(lines[2].split("\t")[:7])
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"UA\.txt, line 3: expected 19"):
        read_geonames_dump(bad)


def test_bad_coordinate_names_the_field(tmp_path: Path):
    bad = tmp_path / "UA.txt"
    cols = MINI.read_text(encoding="utf-8").splitlines()[0].split("\t")
    cols[4] = "north"
    bad.write_text("\t".join(cols) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 1, field 'latitude/longitude'"):
        read_geonames_dump(bad)


def test_not_a_zip_is_a_clear_error(tmp_path: Path):
    fake = tmp_path / "UA.zip"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(GazetteerError, match="not a readable zip"):
        read_geonames_dump(fake)


def test_missing_file(cache: Path, tmp_path: Path):
    with pytest.raises(GazetteerError, match="not found"):
        load_gazetteer(tmp_path / "nope.txt")


def test_dump_gazetteer_resolves_its_places(cache: Path, dump: Path):
    gaz = load_gazetteer(dump, world=False)
    (kramatorsk,) = gaz.candidates("Краматорськ")
    assert (kramatorsk.geonameid, kramatorsk.admin1, kramatorsk.feature_code) == \
        (704508, "Donetsk Oblast", "PPLA2")
    assert {c.geonameid for c in gaz.candidates("Klyshchiivka")} == {705666, 13512497}
    assert [c.geonameid for c in gaz.candidates("Klishchiyivka")] == [705666]
    assert gaz.candidates("Tabaivka")[0].name == "Tabaivka"     # modern name from Табаївка
    assert gaz.candidates("Donetsk Oblast")[0].feature == "region"
    assert gaz.is_name("покровськ") and gaz.is_name("красноармійську")
    assert not gaz.is_name("siverskyi donets")


def test_index_is_cached_on_disk_and_rebuilt_when_the_source_changes(cache: Path, dump: Path):
    load_gazetteer(dump, world=False)
    (first,) = list(cache.glob("gazetteer-UA-only-*.pkl"))
    built_at = first.stat().st_mtime_ns
    gazetteer_module._LOADED.clear()                    # a new process
    load_gazetteer(dump, world=False)
    assert first.stat().st_mtime_ns == built_at       # read, not rebuilt
    with open(dump, "a", encoding="utf-8") as handle:
        cols = ["999001", "Novyi Khutir", "Novyi Khutir", "Новий Хутір", "48.1", "37.1", "P",
                "PPL", "UA", "", "05", "", "", "", "0", "", "0", "Europe/Kyiv", "2024-01-01"]
        handle.write("\t".join(cols) + "\n")
    os.utime(dump, ns=(built_at + 10**9, built_at + 10**9))
    gaz = load_gazetteer(dump, world=False)
    assert gaz.candidates("Novyi Khutir")[0].geonameid == 999001
    (second,) = list(cache.glob("gazetteer-UA-only-*.pkl"))
    assert second != first                             # the stale index was replaced


def test_environment_variable_selects_the_dump(cache: Path, dump: Path,
                                               monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("STRIKEMAP_GAZETTEER", str(dump))
    gaz = load_gazetteer(world=False)
    assert str(dump) in gaz.source


def test_broken_cache_file_is_rebuilt(cache: Path, dump: Path):
    load_gazetteer(dump, world=False)
    (path,) = list(cache.glob("gazetteer-UA-only-*.pkl"))
    path.write_bytes(b"garbage")
    gazetteer_module._LOADED.clear()
    assert load_gazetteer(dump, world=False).candidates("Kramatorsk")
