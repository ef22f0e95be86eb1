"""Landmarks from the GeoNames dump: hills, airports, bridges, border crossings.

"Savur-Mohyla" is a hill in Donetsk oblast (GeoNames: "Hora Savur-Mohyla") and a
mound in Zaporizhzhia oblast; reports name it without the "Hora".
"""
from __future__ import annotations

import pytest

from geo.gazetteer.landmarks import bare_name, is_landmark, landmark_names
from geo.gazetteer.sources import read_geonames_dump
from geo.geocoding.ranking import haversine_km
from tests.conftest import shared_path

SAVUR_MOHYLA_HILL = (47.9219, 38.7402)


def test_generic_words_are_dropped_from_landmark_names():
    assert bare_name("Hora Savur-Mohyla") == "Savur-Mohyla"
    assert bare_name("Prykordonnyi Punkt Propusku Huta") == "Huta"
    assert bare_name("Crimean Bridge") == "Crimean Bridge"
    name, ascii_name, alternates = landmark_names("Hora Opuk", "Hora Opuk", ["Gora Opuk"])
    assert (name, ascii_name) == ("Opuk", "Opuk") and {"Hora Opuk", "Gora Opuk"} <= set(alternates)


def test_only_the_listed_feature_codes_are_landmarks():
    assert is_landmark("T", "HLL") and is_landmark("S", "AIRP") and is_landmark("S", "BDG")
    assert not is_landmark("S", "RSTN") and not is_landmark("H", "STM")


def test_the_dump_reader_keeps_landmarks_beside_the_settlements():
    places = read_geonames_dump(shared_path("gazetteer", "UA.txt"))
    codes = set(places.feature_code)
    assert {"HLL", "AIRP", "BDG"} <= codes and "RSTN" not in codes and "STM" not in codes
    assert "Savur-Mohyla" in places.name


@pytest.mark.parametrize("query", [
    "Savur-Mohyla height, Shakhtarskyi district, Donetsk region",
    "near the Saur-Mogila hill in the Donetsk region",
    "Savur-Mohyla monument, Donetsk oblast",
])
def test_a_hill_named_with_its_region_resolves_to_the_hill(resolver, query):
    place = resolver.resolve(query)
    assert place.resolved and place.candidate.feature_code == "HLL", place
    assert float(haversine_km(*SAVUR_MOHYLA_HILL, place.candidate.lat, place.candidate.lon)) < 2


def test_a_landmark_name_shared_across_oblasts_stays_ambiguous(resolver):
    place = resolver.resolve("Savur-Mohyla height")
    assert not place.resolved and place.reason.startswith("ambiguous")


def test_an_airport_beats_its_city_when_named(resolver):
    place = resolver.resolve("Donetsk international airport")
    assert place.candidate.feature_code == "AIRP"
    assert resolver.resolve("Donetsk").candidate.feature_code.startswith("PPL")


def test_a_village_outranks_a_landmark_of_the_same_name(resolver):
    """Border posts are named after villages; the village is meant by the bare name."""
    place = resolver.resolve("Izvaryne, Luhansk oblast")
    assert place.resolved and place.candidate.feature_code.startswith("PPL")
