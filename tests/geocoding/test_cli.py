"""``strikemap geocode`` and ``strikemap gazetteer``: the JSON-lines contract and exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_strikemap as strikemap
from tests.conftest import shared_path

CONTRACT_KEYS = ["query", "status", "name", "lat", "lon", "geonameid", "country_code",
                 "admin1", "feature", "score"]


def test_names_on_the_command_line_give_one_json_object_each():
    result = strikemap("geocode", "Kramatorsk", "Qwxzzy", "Донецька область")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    kramatorsk, unknown, oblast = lines
    assert list(kramatorsk) == CONTRACT_KEYS
    assert kramatorsk["status"] == "resolved" and kramatorsk["geonameid"] == 704508
    assert kramatorsk["feature"] == "settlement" and kramatorsk["admin1"] == "Donetsk Oblast"
    assert 0 < kramatorsk["score"] <= 1
    assert list(unknown) == [*CONTRACT_KEYS, "reason"]
    assert unknown["status"] == "unresolved" and unknown["reason"]
    assert all(unknown[k] is None for k in CONTRACT_KEYS[2:])
    assert oblast["feature"] == "region" and oblast["name"] == "Donetsk Oblast"


def test_dash_reads_names_from_stdin_in_order():
    names = ["Kyiv", "", "Києві", "Kyiv", "village of Ternove, Zaporizhzhia region"]
    result = strikemap("geocode", "-", stdin="\n".join(names) + "\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["query"] for line in lines] == [n for n in names if n]
    assert lines[0] == lines[2] and lines[1]["name"] == "Kyiv"


def test_country_preference_is_configurable():
    """On cities500 (the bundled dump's Rovenky, with its population, wins even against
    Russia preferred once Luhansk Oblast is the focus)."""
    default = json.loads(strikemap("geocode", "--gazetteer", "cities500", "Rovenki").stdout)
    russia_first = json.loads(strikemap("geocode", "--gazetteer", "cities500", "--country", "RU",
                                        "--country", "UA", "--focus", "none", "Rovenki").stdout)
    assert default["country_code"] == "UA" and russia_first["country_code"] == "RU"
    # both namesakes are in the default focus (Luhansk and Belgorod oblasts): the
    # preferred country decides
    both = json.loads(strikemap("geocode", "--gazetteer", "cities500", "--country", "RU",
                                "--country", "UA", "Rovenki").stdout)
    assert both["country_code"] == "RU" and both["admin1"] == "Belgorod Oblast"
    # a focus on Luhansk Oblast alone holds Russia's namesake back: preferred country
    # and focus pull apart, so no guess
    apart = json.loads(strikemap("geocode", "--gazetteer", "cities500", "--country", "RU",
                                 "--country", "UA", "--focus", "UA-09", "Rovenki").stdout)
    assert apart["status"] == "unresolved" and apart["reason"].startswith("ambiguous")


def test_focus_region_is_configurable_and_checked():
    result = strikemap("geocode", "--focus", "Atlantis Oblast", "Kyiv")
    assert result.returncode == 2 and result.stdout == ""
    assert "Atlantis Oblast" in result.stderr and len(result.stderr.splitlines()) == 1


def test_missing_gazetteer_file_is_one_line_and_exit_2(tmp_path: Path):
    result = strikemap("geocode", "--gazetteer", str(tmp_path / "UA.txt"), "Kyiv")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("strikemap: error:") and "not found" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_gazetteer_download_bad_country_and_offline_mode():
    bad = strikemap("gazetteer", "download", "U1")
    assert bad.returncode == 2 and "country" in bad.stderr
    offline = strikemap("gazetteer", "download", "UA", env={"STRIKEMAP_OFFLINE": "1"})
    assert offline.returncode == 2 and "STRIKEMAP_OFFLINE" in offline.stderr
    assert len(offline.stderr.strip().splitlines()) == 1


def test_geocode_online_with_the_offline_switch_is_one_line_error():
    result = strikemap("geocode", "--online", "Kyiv", env={"STRIKEMAP_OFFLINE": "1"})
    assert result.returncode == 2 and result.stdout == ""
    assert "STRIKEMAP_OFFLINE" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_gazetteer_info_describes_the_index():
    result = strikemap("gazetteer", "info")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["entries"] > 200_000 and info["features"]["region"] >= 27
    assert info["cache"].endswith(".pkl")


@pytest.mark.parametrize("argv", [["geocode"], ["gazetteer"]])
def test_usage_errors_exit_2(argv):
    assert strikemap(*argv).returncode == 2


def test_frontline_option_ranks_namesakes_near_the_front():
    folder = shared_path("frontline")
    cities = ("--gazetteer", "cities500")
    plain = json.loads(strikemap("geocode", *cities, "--focus", "none", "Pervomaisk").stdout)
    near = json.loads(strikemap("geocode", *cities, "--focus", "none", "--frontline", str(folder),
                                "Pervomaisk").stdout)
    assert plain["admin1"] == "Mykolaiv Oblast"     # the biggest Pervomaisk, far from the front
    assert near["admin1"] != "Mykolaiv Oblast"           # the front makes Luhansk's a rival
    focused = json.loads(strikemap("geocode", *cities, "Pervomaisk").stdout)
    assert focused["admin1"] == "Luhansk Oblast"         # so does the default focus
    # the bundled dump: the same pull, and where it leaves two rivals, no guess
    plain = json.loads(strikemap("geocode", "--focus", "none", "Pervomaisk").stdout)
    focused = json.loads(strikemap("geocode", "Pervomaisk").stdout)
    assert plain["admin1"] == "Mykolaiv Oblast"
    assert focused["status"] == "unresolved" and focused["reason"].startswith("ambiguous")
    bad = strikemap("geocode", "--frontline", str(folder / "missing.geojson"), "Kyiv")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
