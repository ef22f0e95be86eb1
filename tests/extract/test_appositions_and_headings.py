"""Words around a name that say it was not hit, or which day it was hit: a village told in an
apposition with the town it lies by ("Antonivka, a suburb of Kherson"), a region named as a
border near the place hit, a live blog's town heading a line about drones downed over it or
about the villages of its region, and "said that on Saturday" (the day of what was said).
Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str, published: str = "2025-10-06"):
    return extractor.extract(text, source="t", published=published).events


@pytest.mark.parametrize("text", [
    "The regional governor said that on Saturday Russian forces shelled 9 villages. In Velykyi "
    "Burluk, a 52-year-old woman was wounded.",
    "Голова ОВА повідомив, що в суботу росіяни обстріляли 9 сіл. У Великому Бурлуці поранено "
    "52-річну жінку.",
])
def test_a_day_told_after_said_that_is_the_day_of_what_was_said(extractor, text):
    events = _events(extractor, text)
    assert [(e.place, e.date, e.injured) for e in events] == [("Velykyi Burluk", "2025-10-04", 1)]


@pytest.mark.parametrize("text", [
    "Komyshany, a suburb of Kherson, was hit by a drone on Sunday morning; a woman was injured.",
    "Russian artillery struck Komyshany, on the outskirts of Kherson, injuring a woman.",
    "Chornobaivka, a village near Kherson, came under shelling, and a woman was injured.",
    "Дрон атакував Комишани, передмістя Херсона; поранено жінку.",
])
def test_the_town_an_apposition_places_a_village_by_is_no_place_hit(extractor, text):
    events = _events(extractor, text)
    assert len(events) == 1, [(e.place, e.injured) for e in events]
    assert events[0].place != "Kherson" and events[0].admin1 == "Kherson Oblast"
    assert events[0].injured == 1


@pytest.mark.parametrize("text, place", [
    ("A guided bomb struck the Velykomykhailivka community near the Zaporizhzhia Oblast border, "
     "wounding a man.", "Velykomykhailivka"),
    ("Дрон влучив у Великомихайлівську громаду біля межі з Запорізькою областю, поранено "
     "чоловіка.", "Velykomykhailivka"),
])
def test_a_region_named_as_the_border_near_the_place_hit_is_no_event(extractor, text, place):
    events = _events(extractor, text)
    assert [(e.place, e.injured) for e in events] == [(place, 1)]


def test_a_town_heading_a_line_about_drones_downed_over_it_is_no_event(extractor):
    text = "Live updates, Oct. 6: 06:20 — Mykolaiv: air defence shot down drones over the city."
    assert _events(extractor, text) == []
    text = ("Live updates, Oct. 6: 06:20 — Mykolaiv: drones were shot down over the city, and "
            "debris damaged a house.")
    assert [e.place for e in _events(extractor, text)] == ["Mykolaiv"]


def test_a_regional_capital_heading_its_villages_is_no_place_hit(extractor):
    text = ("Kherson: Russian forces shelled Bilozerka and Stanislav with artillery on Saturday. "
            "No casualties were reported.")
    events = _events(extractor, text)
    assert [e.place for e in events] == ["Bilozerka", "Stanislav"]
    assert all(e.admin1 == "Kherson Oblast" and e.date == "2025-10-04" for e in events)
    text = "Kharkiv: a missile hit a residential building on Saturday, wounding three people."
    assert [(e.place, e.injured) for e in _events(extractor, text)] == [("Kharkiv", 3)]


@pytest.mark.parametrize("text", [
    "Силами ПВО перехвачены 30 беспилотников: 14 – над территорией Курской области, 9 – над "
    "территорией Орловской области, 7 – над территорией Тульской области.",
    "Ночью уничтожены 12 беспилотников над территориями Брянской, Калужской областей и "
    "Краснодарского края.",
    "Над Полтавщиною вночі працювала протиповітряна оборона. Збито 5 ворожих дронів, уламків та "
    "руйнувань не зафіксовано, постраждалих немає.",
])
def test_regions_where_drones_were_only_brought_down_are_no_events(extractor, text):
    assert [e.place for e in _events(extractor, text)] == []


def test_a_town_over_which_a_missile_was_only_brought_down_is_no_event(extractor):
    text = ("Вчора ввечері ворог атакував Запоріжжя, поранено чоловіка. Ще одну ракету збили над "
            "Вільнянськом.")
    assert [(e.place, e.injured) for e in _events(extractor, text)] == [("Zaporizhzhia", 1)]
    text = "Ще одну ракету збили над Вільнянськом, уламки пошкодили будинок."
    assert [e.place for e in _events(extractor, text)] == ["Vilniansk"]


def test_a_town_named_again_in_another_case_is_the_same_town(extractor):
    text = ("Губернатор Курської області повідомив, що вночі над Курчатовим збили 6 дронів. "
            "Уламки пошкодили гараж у Курчатові, травмовано жінку.")
    events = _events(extractor, text)
    assert [(e.place, e.admin1, e.injured) for e in events] == [("Kurchatov", "Kursk Oblast", 1)]


def test_a_village_told_a_few_kilometres_from_a_town_is_read_near_it(extractor):
    text = ("Дрон скинув вибухівку на трактор біля села Зимівник, що за кілька кілометрів від "
            "Нікополя. Поранено тракториста.")
    events = _events(extractor, text)
    assert [(e.admin1, e.injured) for e in events] == [("Dnipropetrovsk Oblast", 1)]
    assert events[0].place != "Nikopol"


def test_the_city_of_a_briefing_is_no_place_hit(extractor):
    text = ("На брифінгу в Запоріжжі голова ОВА розповів, що вночі ворог атакував Оріхів. "
            "Поранено двох людей.")
    assert [(e.place, e.injured) for e in _events(extractor, text)] == [("Orikhiv", 2)]


@pytest.mark.parametrize("text", [
    "Наслідки атаки на столицю: у Дніпровському районі уламки дрона пошкодили гараж.",
    "Debris of a downed drone damaged a garage in the Ukrainian capital overnight.",
])
def test_the_capital_is_kyiv(extractor, text):
    assert [e.place for e in _events(extractor, text)] == ["Kyiv"]


def test_the_russian_capital_is_not_kyiv(extractor):
    text = "Дрони атакували російську столицю, у Москві пошкоджено склад."
    assert "Kyiv" not in [e.place for e in _events(extractor, text)]


def test_a_city_district_told_again_without_its_noun_is_that_district(extractor):
    text = ("Одеса: вночі дрони атакували Приморський та Київський райони, поранено 2 людей. "
            "У Київському пошкоджено склад.")
    events = _events(extractor, text)
    assert [(e.place, e.admin1) for e in events] == [("Odesa", "Odesa Oblast")]


def test_hromadas_listed_by_their_russian_adjectives_are_their_towns(extractor):
    text = "Под огнём были Никопольская, Марганецкая и Мировская громады, жертв нет."
    assert [e.place for e in _events(extractor, text)] == ["Nikopol", "Marhanets", "Myrove"]
    text = "Под ударом были Краснопольская, Юнаковская и Хотеньская громады."
    assert [e.place for e in _events(extractor, text)] == ["Krasnopillia", "Yunakivka", "Khotin"]


def test_a_hromada_in_a_raion_told_in_the_russian_locative(extractor):
    text = "В Синельниковском районе пострадали Васильковская и Покровская громады."
    events = _events(extractor, text)
    assert [(e.place, round(e.lat)) for e in events] == [("Vasylkivka", 48), ("Pokrovske", 48)]


@pytest.mark.parametrize("text", [
    "Вчера армия РФ била по Купянску-Узловому, погиб мужчина.",
    "В Купянске-Узловом погиб мужчина.",
])
def test_a_hyphened_name_inflected_in_both_parts(extractor, text):
    assert [(e.place, e.killed) for e in _events(extractor, text)] == [("Kupiansk-Vuzlovyi", 1)]


def test_places_near_which_drones_were_downed_over_the_sea_are_no_events(extractor):
    text = "Над морем в районе Оленевки и Черноморского сбиты четыре беспилотника."
    assert _events(extractor, text) == []
    text = "Сбиты четыре беспилотника над морем в районе Оленевки и Черноморского."
    assert _events(extractor, text) == []


def test_a_hromada_of_a_raion_is_its_town_not_a_village_named_like_it(extractor):
    text = "Нікопольський район: під обстрілом була Покровська громада, поранено жінку."
    assert [(e.place, e.injured) for e in _events(extractor, text)] == [("Pokrov", 1)]
