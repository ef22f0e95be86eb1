"""Places written only to say where something else is are no attack locations: the village
fire came from ("З боку російського селища X прилетіли міни"), who holds a place
("Moscow-annexed Crimea"), what an unnamed town is near ("the town near Belgorod"), a
distance's reference ("20 km from the border with Ukraine's
Sumy region"); a list of raion adjectives ending in a singular "району" is a list of raions,
not of villages; a sentence of what keeps happening ("майже щодня обстрілюють", "has been
regularly targeted") or an old munition going off tells no strike; "other affected
settlements include: ..." lists places hit (geo.extract.roles, geo.extract.lexicon, geo.extract.mentions,
geo.extract.sentence_reading, geo.extract.pipeline). Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _places(extractor: Extractor, text: str) -> set[str]:
    return {e.place for e in extractor.extract(text, source="t", published="2025-05-01").events}


@pytest.mark.parametrize("text, hit, not_hit", [
    ("З боку російського селища Тьоткіно прилетіли мінометні міни, обстріляно околиці "
     "Сум.", "Sumy", "Tëtkino"),
    ("Со стороны села Глушково прилетели снаряды, обстреляна окраина Сум.", "Sumy",
     "Glushkovo"),
    ("A fire broke out at an oil depot in Moscow-annexed Crimea after a drone attack.",
     "Autonomous Republic of Crimea", "Moscow"),
    ("A missile hit Rylsk, some 20 km from the border with Ukraine's Sumy region.",
     "Ryl’sk", "Sumy Oblast"),
    ("Ракета влучила в Суджу, за 10 км від кордону з Сумщиною.", "Sudzha", "Sumy Oblast"),
    # the unnamed town is the one told before, not the city it is near
    ("A drone hit a house in Shebekino, the governor said. The town near Belgorod was "
     "shelled twice in the morning, and two men were wounded.", "Shebekino", "Belgorod"),
])
def test_a_place_that_only_locates_another_is_not_hit(extractor, text, hit, not_hit):
    places = _places(extractor, text)
    assert hit in places
    assert not_hit not in places


def test_raion_adjectives_before_a_singular_raion_are_raions(extractor):
    places = _places(extractor, "Ворог обстрілював населені пункти Ізюмського, Чугуївського та "
                                "Куп'янського району Харківської області.")
    assert {"Izium district", "Chuhuiv district", "Kupiansk district"} <= places
    assert not places & {"Iziumske", "Chuhuivske"}


@pytest.mark.parametrize("text, hit", [
    ("Російський дрон атакував Херсонську область, поранено жінку у Білозерці. Росіяни майже "
     "щодня обстрілюють область, зокрема й обласний центр. Вони використовують і авіацію.",
     "Bilozerka"),
    ("A drone hit a house in Shebekino overnight. Belgorod has been regularly targeted by "
     "Ukrainian attacks since February 2022. Officials said 120 civilians had been killed in "
     "Belgorod since the start of the war.", "Shebekino"),
    ("A drone killed a woman in Monachynivka. Over the recent months, Russia has intensified "
     "its assaults around Kupiansk, a key city of Kharkiv Oblast.", "Monachynivka"),
    ("Дрон убив жінку в Моначинівці. За останні місяці Росія посилила штурми біля Куп'янська.",
     "Monachynivka"),
])
def test_a_place_that_keeps_being_hit_is_no_strike_of_the_report(extractor, text, hit):
    places = _places(extractor, text)
    assert hit in places
    assert not places & {"Kherson", "Belgorod", "Kupiansk"}


def test_a_habit_told_with_the_day_is_an_attack(extractor):
    places = _places(extractor, "Росіяни щодня обстрілюють Херсон; сьогодні дрон поранив двох "
                                "людей.")
    assert "Kherson" in places


@pytest.mark.parametrize("text, hit, hospital_town", [
    ("Дрон атаковал автомобиль в Шебекино, водителя сначала доставили в районную больницу, а "
     "затем перевели в медицинское учреждение в Белгороде.", "Shebekino", "Belgorod"),
    ("В Рыльске дрон ударил по дому, пострадавшую доставили в Курскую облбольницу.", "Ryl’sk",
     "Kurskaya"),
    ("Shelling of Balakliia wounded a man; he was evacuated to Kharkiv for surgery.",
     "Balakliia", "Kharkiv"),
    ("Поранену жінку з Марганця евакуювали до Дніпра, її стан важкий.", "Marhanets", "Dnipro"),
    ("Після удару по Оріхову пораненого бійця доправили до Запоріжжя.", "Orikhiv",
     "Zaporizhzhia"),
    ("Ранения получил житель Шебекино, его госпитализировали в Белгород.", "Shebekino",
     "Belgorod"),
])
def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_not_hit(extractor, text, hit,
                                                                        hospital_town):
    places = _places(extractor, text)
    assert hit in places and hospital_town not in places


@pytest.mark.parametrize("text, expected", [
    ("Ворог вдарив по Вознесенську. Поранено чоловіка, його госпіталізовано до Миколаєва.",
     [("Voznesensk", None, 1)]),
    ("Дрон атакував Краснопілля на Сумщині. Поранено жінку, її шпиталізували до Сум.",
     [("Krasnopillia", None, 1)]),
    ("Грайворон. Раненую женщину доставили в Белгород, в областную больницу. Ранение "
     "получено при ударе дрона по дому.", [("Grayvoron", None, 1)]),
])
def test_the_toll_told_with_the_hospital_town_is_the_strikes(extractor, text, expected):
    """A sentence that tells where the wounded were taken still tells of the strike in focus:
    its toll is that place's, not nobody's nor the hospital town's."""
    events = extractor.extract(text, source="t", published="2025-05-01").events
    assert [(e.place, e.killed, e.injured) for e in events] == expected


def test_a_hospital_hit_in_a_town_is_that_town(extractor):
    assert "Kharkiv" in _places(extractor, "A drone hit a hospital in Kharkiv, injuring two.")


def test_an_old_munition_going_off_is_no_strike(extractor):
    places = _places(extractor, "Одного мешканця поранено під час обстрілу Вовчанська. У "
                                "Вербівці внаслідок вибуху невідомого вибухонебезпечного предмета "
                                "загинув чоловік.")
    assert places == {"Vovchansk"}
    event = extractor.extract("In Kupiansk a man was killed when an unexploded shell went off "
                              "in his yard.", source="t", published="2025-05-01")
    assert not event.events


def test_a_trailing_list_of_affected_settlements_is_hit(extractor):
    places = _places(extractor, "Russian artillery shelled Vovchansk in the morning. Other "
                                "affected settlements include: Bochkove and Budarky in Chuhuiv "
                                "district.")
    assert {"Vovchansk", "Bochkove", "Budarky"} <= places
