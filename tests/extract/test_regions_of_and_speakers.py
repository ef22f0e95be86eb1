""""The region of X" is the region; a village written with its raion that the gazetteer
places beyond the raion's reach is not placed, in English as in Russian; a capital's
"actions" and the official who speaks are no places hit; "under (enemy) fire" and "били
у напрямку" are attacks; a Cyrillic verb is no foreign town (geo.extract.region_phrases,
geo.extract.analysis, geo.extract.roles, geo.extract.lexicon, geo.extract.morphology).
Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _result(extractor: Extractor, text: str):
    return extractor.extract(text, source="t", published="2025-05-01")


def _places(extractor: Extractor, text: str) -> set[str]:
    return {e.place for e in _result(extractor, text).events}


@pytest.mark.parametrize("text, region", [
    ("A drone attack on the border Russian region of Belgorod wounded three people.",
     "Belgorod Oblast"),
    ("Shelling hit the southern region of Kherson overnight, one man was hurt.",
     "Kherson Oblast"),
])
def test_the_region_of_a_name_is_the_region_not_its_city(extractor, text, region):
    events = _result(extractor, text).events
    assert [(e.place, e.geo_precision) for e in events] == [(region, "region")]


@pytest.mark.parametrize("text", [
    "Belgorod Region: an FPV drone hit a car in the village of Dunaika in the Shebekinsky "
    "district, two men were hurt.",
    "Belgorod Region: an FPV drone hit a car in the village of Dunaika, Shebekinsky urban "
    "district, two men were hurt.",
])
def test_an_english_village_beyond_its_raion_is_not_placed(extractor, text):
    result = _result(extractor, text)
    events = {e.place: e for e in result.events}
    assert "Dunaika" not in events            # not the Dunaika of Kyiv Oblast
    assert events["Shebekino district"].geo_precision == "district"
    assert events["Shebekino district"].injured == 2
    assert [u.query for u in result.unresolved] == ["Dunaika"]


def test_a_municipal_district_adjective_is_a_raion(extractor):
    result = _result(extractor, "Shelling hit the village of Kurkovichi in the Starodubsky "
                                "municipal district of the Bryansk region.")
    assert [(e.place, e.geo_precision) for e in result.events] == [
        ("Starodub district", "district")]


def test_a_russian_village_beyond_its_raion_is_not_placed(extractor):
    # the raion's seat is known only once its adjective is read as a Russian raion's
    result = _result(extractor, "Дроны атаковали деревню Горицы Погарского района, ранена "
                                "женщина.")
    events = {e.place: e for e in result.events}
    assert set(events) == {"Pogar district"}          # not a Goritsy 800 km to the north
    assert events["Pogar district"].injured == 1
    assert [u.query for u in result.unresolved] == ["Горицы"]


@pytest.mark.parametrize("text, hit, actor", [
    ("Дроны атаковали Шебекино. В результате террористических действий Киева ранена "
     "женщина.", "Shebekino", "Kyiv"),
    ("Внаслідок злочинних дій Москви загинули двоє людей у Херсоні.", "Kherson", "Moscow"),
])
def test_a_capitals_actions_are_its_government(extractor, text, hit, actor):
    places = _places(extractor, text)
    assert hit in places and actor not in places


@pytest.mark.parametrize("text", [
    "Також, як зазначає Кім, ворог атакував FPV-дронами Куцурубську громаду.",
    "Ворог атакував FPV-дронами Куцурубську громаду, зазначив Кім.",
])
def test_the_official_who_speaks_is_no_place(extractor, text):
    # "Кім" is also the other name of a village of Sumy Oblast
    assert _places(extractor, text) == {"Kutsurub"}


@pytest.mark.parametrize("text", [
    "За минувшие сутки под вражеским огнём находились Купянск, Волчанск и Двуречная.",
    "За добу під ворожим вогнем перебували Куп'янськ, Вовчанськ і Дворічна.",
    "Вночі окупанти били у напрямку Куп'янська, Вовчанська і Дворічної.",
])
def test_under_enemy_fire_and_fire_towards_are_attacks(extractor, text):
    assert _places(extractor, text) == {"Kupiansk", "Vovchansk", "Dvorichna"}


def test_a_verb_opening_a_sentence_is_no_foreign_town(extractor):
    # "Били" is also how Biel/Bienne is written in Cyrillic
    result = _result(extractor, "Били по селу Карповичі з артилерії, поранено двох людей.")
    assert {e.place for e in result.events} == {"Karpovychi"}


@pytest.mark.parametrize("text, town", [
    ("Russian shelling of Donetsk’s Kostiantynivka killed three civilians.", "Kostiantynivka"),
    ("A glide bomb struck Kharkiv's Kupiansk, injuring two.", "Kupiansk"),
])
def test_a_city_owning_another_town_names_its_oblast(extractor, text, town):
    assert _places(extractor, text) == {town}


def test_a_city_owning_its_quarter_is_the_place_hit(extractor):
    assert _places(extractor, "A drone hit Kharkiv's Saltivka district, injuring two.") \
        == {"Kharkiv"}


@pytest.mark.parametrize("text", [
    "Уночі фіксували рух ворожих безпілотників з боку тимчасово окупованих територій "
    "Запорізької області. Дрони атакували Нікополь, поранено жінку.",
    "Ночью фиксировали движение вражеских беспилотников со стороны временно оккупированных "
    "территорий Запорожской области. Дроны атаковали Никополь, ранена женщина.",
])
def test_where_drones_flew_from_is_no_place_hit(extractor, text):
    assert _places(extractor, text) == {"Nikopol"}


def test_a_case_form_is_the_town_in_the_oblast_of_the_reports_other_places(extractor):
    # "Чугуєва" is also a hamlet's own name in Dnipropetrovsk Oblast; Balakliia is Kharkiv's
    events = {e.place: e for e in _result(extractor, "Внаслідок обстрілу Чугуєва поранено "
                                                     "двох людей. Також окупанти обстріляли "
                                                     "Балаклію.").events}
    assert set(events) == {"Chuhuiv", "Balakliia"}
    assert events["Chuhuiv"].injured == 2


@pytest.mark.parametrize("text, village", [
    # the gazetteer spells these only in Ukrainian inside Zaporizhzhia Oblast; as written in
    # Russian they are a town of Khmelnytskyi Oblast and a hamlet of Donetsk Oblast
    ("Армия РФ нанесла авиаудары по Орехову, Степногорску и Белогорью.", "Bilohiria"),
    ("Армия РФ нанесла авиаудары по Орехову, Степногорску и Ровнополью.", "Rivnopillia"),
])
def test_a_russian_case_form_is_read_inside_the_oblast_of_the_other_places(
        extractor, text, village):
    events = {e.place: e for e in _result(extractor, text).events}
    assert events[village].admin1 == "Zaporizhzhia Oblast"
