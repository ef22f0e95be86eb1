"""A Russian "городской округ" is a raion: its village the gazetteer lacks stands at the
okrug's seat, at district precision, and the report speaks of Russia; places listed as left
without power are no attack locations; more hromada adjectives name their centre
(geo.extract.roles, geo.extract.mentions, geo.extract.report_context,
geo.geocoding.adjectives). Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _result(extractor: Extractor, text: str):
    return extractor.extract(text, source="t", published="2025-05-01")


def test_a_village_of_a_city_okrug_stands_at_the_okrug(extractor):
    result = _result(extractor, "Село Дроновка Грайворонского городского округа обстреляли "
                                "из миномётов, повреждены два дома.")
    assert [(e.place, e.geo_precision) for e in result.events] == [
        ("Grayvoron district", "district")]
    # the okrug is Russian: the village is not Ukraine's Dronivka of Donetsk Oblast
    assert [u.query for u in result.unresolved] == ["Дроновка"]


def test_a_municipal_okrug_is_a_raion_too(extractor):
    result = _result(extractor, "Несколько сёл Шебекинского муниципального округа попали под "
                                "обстрел, ранен мужчина.")
    events = {e.place: e for e in result.events}
    assert events["Shebekino district"].geo_precision == "district"
    assert events["Shebekino district"].injured == 1


@pytest.mark.parametrize("text", [
    # the list after the outage
    "Под обстрел попал Грайворон. Повреждена линия электропередачи, без света остаются "
    "жители пяти населённых пунктов: сёл Козинка, Дорогощь, Дунайка, Мощеное и Рождественка.",
    # the list before it
    "Под обстрел попал Грайворон. Из-за повреждённой линии два села — Дорогощь и Дунайка — "
    "остались без света.",
    # raions before it
    "Обстрелу подвергся Грайворон, в результате в Рыльском, Глушковском, Кореневском районах "
    "остались без света около десяти тысяч человек.",
    "Drones struck Shostka overnight; Krolevets and Hlukhiv were left without power.",
    # customers of a hromada after the outage
    "Вночі дрони атакували Шостку. Без світла залишилися 2 тисячі абонентів у Кролевецькій "
    "громаді. Загиблих і поранених немає.",
])
def test_places_left_without_power_are_no_attack_locations(extractor, text):
    places = {e.place for e in _result(extractor, text).events}
    assert places & {"Grayvoron", "Shostka"}
    assert not places & {"Kozinka", "Dorogoshcha", "Dunaika", "Moshchenoye", "Glushkovo district",
                         "Korenevo district", "Krolevets", "Hlukhiv"}


def test_a_place_hit_before_an_outage_stays_an_attack_location(extractor):
    events = {e.place for e in _result(extractor, "Дрон вдарив по підстанції в Шостці, без "
                                                  "світла залишилися мешканці міста.").events}
    assert events == {"Shostka"}


@pytest.mark.parametrize("text, place", [
    # і in the adjective for и in the name (Шалигине: Шалигінська)
    ("Вранці по Шалигінській громаді було кілька мінометних пострілів.", "Shalyhyne"),
    # a dative plural list of hromadas
    ("По Мировской и Марганецкой громадам ударила артиллерия.", "Myrove"),
    # a Latin compound adjective linked with y, not o
    ("Russian drones hit a dam in the Velykypysarivska community.", "Velyka Pysarivka"),
])
def test_a_hromada_adjective_is_its_centre(extractor, text, place):
    assert place in {e.place for e in _result(extractor, text).events}


def test_an_english_urban_district_is_the_okrug_and_holds_its_far_namesake(extractor):
    """"In the Shebekinsky urban district, near the village of Korovino": the okrug's
    event, and no Korovino of another region (GeoNames has one in Kursk Oblast)."""
    result = _result(extractor, "In the Shebekinsky urban district, near the village of "
                                "Korovino, a car was attacked by an FPV drone.")
    assert [(e.place, e.geo_precision) for e in result.events] == [
        ("Shebekino district", "district")]
    assert [u.query for u in result.unresolved] == ["Korovino"]


def test_a_raion_before_another_raion_keeps_both(extractor):
    places = {e.place for e in _result(extractor, "Уламки впали у Кременчуцькому й Лубенському "
                                                  "районах після атаки дронів.").events}
    assert {"Kremenchuk district", "Lubny district"} <= places
