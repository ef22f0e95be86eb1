"""The focus regions: among namesakes, places in the frontline oblasts rank higher.

A report naming only "Dyakove village" means the Diakove of Luhansk oblast, not the
Zakarpattia village that also carries the spelling; a city keeps its rank wherever it
is ("Nikopol" is the city, not a Kharkiv village of 588); and users choose their own
focus, or none.
"""
from __future__ import annotations

import pytest

from geo.errors import GeocodingError
from geo.gazetteer import load_gazetteer
from geo.geocoding.focus import DEFAULT_FOCUS_REGIONS
from geo.geocoding.resolver import Resolver
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def dump():
    return load_gazetteer(shared_path("gazetteer", "UA.txt"))


@pytest.fixture(scope="module")
def focused(dump) -> Resolver:
    return Resolver(dump)


def test_default_focus_is_the_frontline_oblasts(focused):
    assert focused.focus == {("UA", "05"), ("UA", "14"), ("UA", "07"), ("UA", "26"),
                             ("UA", "08"), ("RU", "41"), ("RU", "09")}
    assert len(DEFAULT_FOCUS_REGIONS) == 7


@pytest.mark.parametrize("query, admin1", [
    ("Glushkovo", "Kursk Oblast"),          # not the Rivne Oblast village of that name
    ("Valuyki", "Belgorod Oblast"),         # not the Luhansk village Valuiky
    ("Korenevo", "Kursk Oblast"),
])
def test_russian_border_towns_are_in_the_focus(focused, query, admin1):
    place = focused.resolve(query)
    assert place.resolved and place.candidate.country_code == "RU", place
    assert place.candidate.admin1 == admin1, place


def test_russian_border_oblasts_have_iso_codes(dump):
    assert Resolver(dump, focus_regions=("RU-BRY",)).focus == {("RU", "10")}


def test_a_village_in_the_focus_beats_a_namesake_far_away(dump, focused):
    place = focused.resolve("Dyakove village")
    assert place.resolved and place.candidate.admin1 == "Luhansk Oblast", place
    unfocused = Resolver(dump, focus_regions=()).resolve("Dyakove village")
    assert not unfocused.resolved or unfocused.candidate.admin1 != "Luhansk Oblast"


def test_focus_is_configurable_by_name_or_iso_code(dump):
    for focus in (("Vinnytsia Oblast",), ("UA-05",), ("Вінницька область",)):
        place = Resolver(dump, focus_regions=focus).resolve("near the village of Shumy")
        assert place.resolved and place.candidate.admin1 == "Vinnytsia Oblast", (focus, place)


def test_a_named_region_still_wins_over_the_focus(focused):
    place = focused.resolve("Shumy, Vinnytsia Oblast")
    assert place.resolved and place.candidate.admin1 == "Vinnytsia Oblast", place


def test_a_city_outside_the_focus_keeps_its_rank():
    place = Resolver(load_gazetteer()).resolve("Nikopol")       # embedded gazetteer
    assert place.resolved and place.candidate.admin1 == "Dnipropetrovsk Oblast", place
    assert place.candidate.population > 100_000


def test_an_unknown_focus_region_is_one_clear_error(dump):
    with pytest.raises(GeocodingError, match="'Atlantis'"):
        Resolver(dump, focus_regions=("Atlantis",))


@pytest.mark.parametrize("query, name", [
    ("8 km south of Ilovaysk city. Donetsk region", "Ilovaisk"),
    ("Izotov mine village in the northwest of Gorlovka (Donetsk People's Republic, DPR)",
     "Horlivka"),
])
def test_a_reference_point_beats_the_bare_region(focused, query, name):
    """Nothing else in the text resolves: the place it is measured from is nearer the
    truth than the oblast's centre (UCDP puts both at the town)."""
    place = focused.resolve(query)
    assert place.resolved and place.candidate.name == name, place


def test_the_geopy_geocoder_takes_a_focus(dump):
    from geo.geocoding.offline import OfflineGeocoder

    location = OfflineGeocoder(dump, focus_regions=("Vinnytsia Oblast",)).geocode("Shumy village")
    assert location is not None and location.raw["admin1"] == "Vinnytsia Oblast"
    assert OfflineGeocoder(dump).geocode("Shumy village").raw["admin1"] == "Donetsk Oblast"


@pytest.mark.parametrize("query, name, admin1", [
    ("area of the settlement of Peski, DPR", "Pisky", "Donetsk Oblast"),       # DPR: Donetsk
    ("Kryashchuvate village, Luhansk oblast", "Khriashchuvate", "Luhansk Oblast"),  # typo
    ("Ilvoaisk, Donetsk region", "Ilovaisk", "Donetsk Oblast"),                 # swapped letters
    ("near Ilvoaisk, Donetsk", "Ilovaisk", "Donetsk Oblast"),    # Donetsk: city or oblast
])
def test_acronyms_and_typos_beside_a_region(focused, query, name, admin1):
    place = focused.resolve(query)
    assert place.resolved and place.candidate.name == name, place
    assert place.candidate.admin1 == admin1


def test_a_city_named_beside_its_oblast_leaves_no_room_for_typos(dump):
    """"Luhansk" is a city and an oblast; with "Luhansk region" also named it is the city,
    and the unknown "Stanytsia" is not read as a misspelt Stavnytsia (Khmelnytskyi)."""
    from geo.geocoding import query as q

    hits = q.scan(dump, "near Stanytsia village, Luhansk, Luhansk region")
    assert [h.text for h in hits] == ["Luhansk", "Luhansk region"]
    hits = q.scan(dump, "near Ilvoaisk, Donetsk")
    assert [(h.text, h.loose) for h in hits] == [("Ilvoaisk", True), ("Donetsk", False)]
