"""A report that names Russian regions does not place a village at a small town of another
Russian region; the town where the wounded got care, "Силами ПВО" and the places left
without power are no places hit (geo.extract.report_context, geo.extract.roles,
geo.extract.name_words, geo.extract.not_hit). Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _result(extractor: Extractor, text: str):
    return extractor.extract(text, source="t", published="2025-05-01")


def _places(extractor: Extractor, text: str) -> set[str]:
    return {e.place for e in _result(extractor, text).events}


@pytest.mark.parametrize("text, village, hit", [
    # "Краснооктябрьский" is also an old name of a quarter of Moscow
    ("Губернатор Курской области сообщил об обстреле Глушково. Кроме того, под огонь попал "
     "посёлок Краснооктябрьский.", "Краснооктябрьский", "Glushkovo"),
    # Murom: a city of Vladimir Oblast, not the village of Shebekino okrug
    ("Губернатор Белгородской области: в Шебекинском округе дроны атаковали город Шебекино, "
     "сёла Муром и Новая Таволжанка.", "Муром", "Novaya Tavolzhanka"),
])
def test_a_village_is_not_placed_in_a_russian_region_the_report_does_not_name(
        extractor, text, village, hit):
    result = _result(extractor, text)
    assert hit in {e.place for e in result.events}
    assert not {"Golovinskiy", "Murom"} & {e.place for e in result.events}
    assert village in [u.query for u in result.unresolved]


def test_a_big_russian_city_stays_news_when_its_region_goes_unnamed(extractor):
    assert "Voronezh" in _places(extractor, "Губернатор Белгородской области сообщил об "
                                            "атаке на Шебекино. Дроны также атаковали Воронеж.")


@pytest.mark.parametrize("text, hit, care", [
    ("Поздно вечером в городскую больницу № 2 г. Белгорода обратилась женщина, раненная при "
     "атаке дрона на автомобиль в Шебекино.", "Shebekino", "Belgorod"),
    ("Жінка постраждала внаслідок обстрілу Лисичанська, отримала допомогу в Бахмуті.",
     "Lysychansk", "Bakhmut"),
    ("A drone hit Kostiantynivka; the wounded man received medical care in Kramatorsk.",
     "Kostiantynivka", "Kramatorsk"),
])
def test_where_the_wounded_got_care_is_no_place_hit(extractor, text, hit, care):
    places = _places(extractor, text)
    assert hit in places and care not in places


def test_air_defence_forces_are_no_village(extractor):
    # "Силами" is also how a village's name reads in the instrumental
    assert _places(extractor, "Силами ПВО над Днепропетровской областью сбиты три "
                              "беспилотника. В Никополе ранена женщина.") == {"Nikopol"}


@pytest.mark.parametrize("text", [
    "Russian shelling of Toretsk killed two and left Hostre without electricity.",
    "Shelling hit Toretsk and left the villages of Zalizne and Hostre without power.",
])
def test_places_the_strike_left_without_power_are_no_places_hit(extractor, text):
    assert _places(extractor, text) == {"Toretsk"}


def test_a_town_told_without_a_village_word_stays_where_the_gazetteer_has_it(extractor):
    # the gazetteer knows no North Ossetia region to name, but Beslan is Beslan
    places = _places(extractor, "Губернатор Курской области сообщил об атаке дронов на "
                                "Рыльск. Ранее глава Северной Осетии сообщил о трёх "
                                "пострадавших при падении обломков беспилотника в Беслане.")
    assert {"Ryl’sk", "Beslan"} <= places
