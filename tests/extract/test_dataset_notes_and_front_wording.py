"""Wording of conflict datasets' event notes and of front-line summaries: a place written with
its raion and oblast in brackets, launch areas and hospitals in the plural, people told with
their ages or an aside, lists that go on after "а также", and the words of ground fighting.
Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str, published: str = "2025-10-14"):
    return extractor.extract(text, source="t", published=published).events


def _places(extractor: Extractor, text: str) -> list[str]:
    return [e.place for e in _events(extractor, text)]


@pytest.mark.parametrize("text, place, oblast, killed, injured", [
    ("On 12 October 2025, a Russian drone hit a car near Chornobaivka (Kherson, Kherson), "
     "killing the driver.", "Chornobaivka", "Kherson Oblast", 1, None),
    ("On 11 October 2025, Russian forces shelled Kamianske (Vasylivka, Zaporizhia). "
     "A woman was injured.", "Kamianske", "Zaporizhzhia Oblast", None, 1),
    ("On 10 October 2025, a drone attacked Pokrovske (Synelnykove, Dnipropetrovsk), "
     "injuring two men.", "Pokrovske", "Dnipropetrovsk Oblast", None, 2),
    ("On 9 October 2025, Ukrainian drones attacked Grayvoron (Belgorod), killing a man.",
     "Grayvoron", "Belgorod Oblast", 1, None),
])
def test_a_place_with_its_raion_and_oblast_in_brackets_is_one_place(
        extractor, text, place, oblast, killed, injured):
    events = _events(extractor, text)
    assert [(e.place, e.admin1, e.killed, e.injured) for e in events] == [
        (place, oblast, killed, injured)]


def test_the_brackets_after_a_raion_name_no_place(extractor):
    text = ("On 12 October 2025, Russian forces shelled the Marhanets and Myrove communities "
            "of Nikopol raion (Dnipropetrovsk).")
    assert "Dnipro" not in _places(extractor, text)


def test_kamianske_in_brackets_is_the_village_of_its_raion(extractor):
    events = _events(extractor, "On 11 October 2025, artillery hit Kamianske (Vasylivka, "
                                "Zaporizhia).")
    assert [(round(e.lat, 1), round(e.lon, 1)) for e in events] == [(47.5, 35.4)]


@pytest.mark.parametrize("text, hit", [
    ("Overnight Russia launched 80 drones from the areas of Bryansk, Kursk and Millerovo. "
     "Hits were recorded in Poltava.", "Poltava"),
    ("A drone struck a bus near Ternivka (Pavlohrad, Dnipropetrovsk). The wounded were taken "
     "to hospitals in Pavlohrad and Dnipro.", "Ternivka"),
])
def test_launch_areas_and_hospitals_in_the_plural_are_no_places_hit(extractor, text, hit):
    assert _places(extractor, text) == [hit]


@pytest.mark.parametrize("text, killed, injured", [
    ("Russian forces shelled Nikopol on 12 October. A man aged 44 and a woman aged 39 were "
     "injured.", None, 2),
    ("A drone attacked a bus in Nikopol on 12 October. Three passengers, all men, were "
     "injured.", None, 3),
    ("Shelling hit Nikopol on 12 October. Two civilians, a woman and her son, were killed.",
     2, None),
    ("Обстріл Нікополя. По місту 12.10 загинув чоловік.", 1, None),
])
def test_people_told_with_ages_or_an_aside_are_counted(extractor, text, killed, injured):
    assert [(e.killed, e.injured) for e in _events(extractor, text)] == [(killed, injured)]


def test_a_list_goes_on_after_a_takzhe(extractor):
    text = "Противник нанёс удары по Славянску, а также Краматорску."
    assert _places(extractor, text) == ["Sloviansk", "Kramatorsk"]


@pytest.mark.parametrize("text, place", [
    ("ВСУ контратаковали у Курахово.", "Kurakhove"),
    ("Продолжается зачистка Часова Яра.", "Chasiv Yar"),
])
def test_words_of_ground_fighting_tell_an_event(extractor, text, place):
    events = _events(extractor, text)
    assert [(e.place, "ground_assault" in e.attack_types) for e in events] == [(place, True)]


def test_the_place_after_a_weapon_fired_from_is_the_target(extractor):
    assert _places(extractor, "Противник обстрелял из РСЗО Берислав.") == ["Beryslav"]


def test_where_a_president_met_a_guest_is_no_place_hit(extractor):
    text = ("The president met the visiting Finnish foreign minister Elina Valtonen in Kyiv. "
            "Drones hit Sumy overnight.")
    assert _places(extractor, text) == ["Sumy"]


def test_a_hromada_by_its_adjective_is_the_town_of_the_reports_oblast(extractor):
    text = "Ворог атакував Нікополь, Марганець і Покровську громаду."
    events = _events(extractor, text)
    assert [(e.place, e.admin1) for e in events][-1] == ("Pokrov", "Dnipropetrovsk Oblast")


@pytest.mark.parametrize("text", [
    "Після удару у Великій Михайлівці зайнялися господарські будівлі.",
    "После удара в Белгороде загорелись два склада.",
])
def test_buildings_catching_fire_tell_a_strike(extractor, text):
    assert len(_events(extractor, text)) == 1


def test_an_outage_list_that_goes_on_after_a_takozh(extractor):
    text = ("Через удар по підстанції в Сумах без електропостачання залишилися абоненти "
            "Зарічного та Ковпаківського районів міста, а також Косівщини та Стецьківки.")
    assert _places(extractor, text) == ["Sumy"]


def test_a_hromada_of_a_town_in_kha_by_its_adjective(extractor):
    text = "Запорізька область: у Комишуваській громаді дрон поранив жінку."
    events = _events(extractor, text)
    assert [(e.place, e.injured) for e in events] == [("Komyshuvakha", 1)]


def test_a_town_drones_flew_near_is_no_place_hit(extractor):
    text = ("Russian drones attacked the Izmail district overnight. Moldova said drones flew "
            "close to the border near Reni.")
    assert _places(extractor, text) == ["Izmail district"]


@pytest.mark.parametrize("text, place, oblast", [
    ("Дрон атакував м. Ромни Сумської обл.", "Romny", "Sumy Oblast"),
    ("Беспилотник атаковал г. Рыльск Курской обл.", "Ryl’sk", "Kursk Oblast"),
])
def test_abbreviated_regions_say_where_a_place_is(extractor, text, place, oblast):
    assert [(e.place, e.admin1) for e in _events(extractor, text)] == [(place, oblast)]


def test_fpv_in_cyrillic_is_a_drone(extractor):
    events = _events(extractor, "ФПВ вразив автомобіль у Костянтинівці.")
    assert [(e.place, e.attack_types) for e in events] == [("Kostiantynivka", ("drone",))]


@pytest.mark.parametrize("text, hit", [
    ("Cars were damaged in Shebekino after a drone attack.", "Shebekino"),
    ("Syniehubov reported from Kharkiv that a drone injured two people in Bohodukhiv.",
     "Bohodukhiv"),
    ("▪️ Ізюм — КАБ, пошкоджено будинок.\n▪️ Балаклія — без влучань.", "Izium"),
])
def test_words_that_name_no_place_hit(extractor, text, hit):
    assert _places(extractor, text) == [hit]


def test_the_local_administration_telling_a_toll_is_no_person(extractor):
    events = _events(extractor, "A drone hit Rylsk, wounding a woman, the local "
                                "administration said.")
    assert [e.injured for e in events] == [1]


def test_one_of_the_victims_told_between_commas_died(extractor):
    text = ("A missile hit Sloviansk on Sunday, injuring three people. One of the victims, a "
            "64-year-old woman, has died in hospital.")
    assert [(e.killed, e.injured) for e in _events(extractor, text)] == [(1, 2)]


def test_the_city_a_bearing_is_told_from_is_no_place_hit(extractor):
    text = "Russian forces attacked north of Kharkiv City near Vovchansk on October 12."
    assert _places(extractor, text) == ["Vovchansk"]
