"""Power plants named after a town: the plant, never the town ("Zaporizhzhia NPP").

The Zaporizhzhia nuclear plant is at Enerhodar, 110 km from Zaporizhzhia city;
GeoNames lists it as "Zaporizhia Nuclear Power Plant". A plant the dump lacks
stays unresolved, with a reason that says so.
"""
from __future__ import annotations

import pytest

from geo.geocoding.plants import ANY, HYDRO, NUCLEAR, THERMAL, plant_type
from geo.geocoding.ranking import haversine_km

ZNPP = (47.5122, 34.5858)
ZAPORIZHZHIA_CITY = (47.8229, 35.1903)


def _km(place, point) -> float:
    return float(haversine_km(*point, place.candidate.lat, place.candidate.lon))


def test_the_words_after_a_name_say_the_kind_of_plant():
    assert plant_type(["npp"]) == plant_type(["nuclear", "power"]) == NUCLEAR
    assert plant_type(["hpp", "dam"]) == plant_type(["гес"]) == HYDRO
    assert plant_type(["tpp"]) == plant_type(["gres"]) == plant_type(["thermal"]) == THERMAL
    assert plant_type(["power", "station"]) == ANY
    assert plant_type(["chp"]) is None and plant_type(["street"]) is None and plant_type([]) is None


@pytest.mark.parametrize("query", [
    "Zaporizhzhia NPP",
    "Zaporizhzhia nuclear power plant",
    "shelling of the Zaporizhzhia nuclear power plant in Enerhodar",
    "Zaporizhia NPP, Zaporizhzhia oblast",
])
def test_the_nuclear_plant_not_the_city(resolver, query):
    place = resolver.resolve(query)
    assert place.resolved and place.candidate.feature_code == "PS", place
    assert _km(place, ZNPP) < 1 and _km(place, ZAPORIZHZHIA_CITY) > 50


@pytest.mark.parametrize("query, name", [
    ("Burshtyn TPP", "Burshtynska TES"),                    # an adjective of the town
    ("Kakhovka HPP", "Kakhovka Hydroelectric Power Station"),
    ("Rivne NPP", "Rivne Nuclear Power Plant"),
    ("Khmelnytskyi NPP", "Khmelnitskiy Nuclear Power Plant"),   # a Russian spelling
    ("Kyiv HPP", "Kiev Hydroelectric Power Station"),            # another name of the city
    ("South Ukraine NPP", "South Ukraine Nuclear Power Plant"),   # "South" starts its name
    ("Luhansk thermal power plant near the town of Shchastya", "Luhanskaya GRES"),
    # a nuclear plant's initialism
    ("ZNPP", "Zaporizhia Nuclear Power Plant"),
    ("IAEA experts at ZNPP, Enerhodar", "Zaporizhia Nuclear Power Plant"),
    ("ЗАЕС", "Zaporizhia Nuclear Power Plant"),
    ("KhNPP", "Khmelnitskiy Nuclear Power Plant"),
    ("SUNPP", "South Ukraine Nuclear Power Plant"),
    # the town's adjective
    ("Бурштинська ТЕС", "Burshtynska TES"),
    ("удар по Бурштинській ТЕС", "Burshtynska TES"),
    ("Каховська ГЕС", "Kakhovka Hydroelectric Power Station"),
    ("Чорнобильська АЕС", "Chornobyl Nuclear Power Plant, 750 kV-Switchyard"),
    ("Рівненська АЕС", "Rivne Nuclear Power Plant"),
])
def test_a_plant_is_found_by_its_town_and_kind(resolver, query, name):
    place = resolver.resolve(query)
    assert place.resolved and place.candidate.name == name, place


def test_a_plant_of_another_kind_is_not_taken(resolver):
    """"Kakhovka TPP" is no hydroelectric station, and not the town either."""
    place = resolver.resolve("Kakhovka TPP")
    assert not place.resolved and "power plant" in place.reason


@pytest.mark.parametrize("query", ["Kurakhove TPP", "Chernihiv thermal power plant",
                                   "Dnipro HPP"])
def test_a_plant_the_gazetteer_lacks_is_not_put_at_its_town(resolver, query):
    place = resolver.resolve(query)
    assert not place.resolved
    assert "power plant" in place.reason and "not placed at its namesake town" in place.reason


def test_a_city_heating_plant_is_the_city(resolver):
    place = resolver.resolve("Kharkiv CHP-5")
    assert place.resolved and place.candidate.name == "Kharkiv"


def test_an_initialism_of_no_plant_is_nothing(resolver):
    assert not resolver.resolve("MNPP").resolved


def test_an_unlisted_plant_by_adjective_stays_unresolved(resolver):
    place = resolver.resolve("Курахівська ТЕС")
    assert not place.resolved and "'Курахівська'" in place.reason, place


def test_extraction_reads_a_cyrillic_plant(ua_dump):
    from geo.extract import Extractor
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    extractor = Extractor(OfflineGeocoder(load_gazetteer(ua_dump)))
    result = extractor.extract("Вночі ворог атакував Бурштинську ТЕС ракетами. Окупанти "
                               "обстріляли Курахівську ТЕС.", source="t.txt")
    assert [e.place for e in result.events] == ["Burshtynska TES"]
    assert [u.query for u in result.unresolved] == ["Курахівську ТЕС"]
