"""Wording of regional roundups, police, prosecutors' and energy companies' posts: places
that only lost power, the office a post comes from, where a train was going, and who was hurt
told with an apposition of their age. Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str, published: str = "2025-10-06"):
    return extractor.extract(text, source="t", published=published).events


@pytest.mark.parametrize("text", [
    "Після удару по підстанції в Конотопському районі без світла залишилися понад 12 тисяч "
    "абонентів у Конотопі та Бурині.",
    "Через пошкодження лінії без світла близько 3 тис. родин у Бурині та Путивлі.",
])
def test_towns_that_only_lost_power_are_no_events(extractor, text):
    places = [e.place for e in _events(extractor, text)]
    assert not {"Konotop", "Buryn", "Putyvl"} & set(places), places


def test_the_office_a_post_comes_from_is_no_place_hit(extractor):
    text = ("Харківська обласна прокуратура: 4 жовтня російські війська вдарили КАБом по "
            "Балаклії. Поранено двох жінок.")
    assert [(e.place, e.injured) for e in _events(extractor, text)] == [("Balakliia", 2)]


def test_where_a_train_was_going_is_no_place_hit(extractor):
    text = ("A drone hit a passenger train at the station in Konotop on Oct. 5. The train was "
            "travelling from Konotop to Kyiv. Two passengers were injured.")
    assert [(e.place, e.injured) for e in _events(extractor, text)] == [("Konotop", 2)]


@pytest.mark.parametrize("text, killed, injured", [
    ("Shelling hit Kupiansk on Oct. 5. Another man, aged 61, was injured.", None, 1),
    ("One man, aged sixty-two, was killed in Kupiansk on Oct. 5.", 1, None),
    ("Біля Куп'янська дрон атакував автомобіль. Водій, 51-річний місцевий житель, загинув.",
     1, None),
    ("Біля Куп'янська дрон атакував автомобіль. Загинув водій, 51-річний місцевий житель.",
     1, None),
    ("Біля Куп'янська дрон атакував автомобіль. Загинув 51-річний водій, його пасажира з "
     "пораненнями доставили до лікарні.", 1, 1),
])
def test_who_was_hurt_told_with_their_age_between_commas_is_one_person(
        extractor, text, killed, injured):
    events = _events(extractor, text)
    assert [(e.place, e.killed, e.injured) for e in events] == [("Kupiansk", killed, injured)]


@pytest.mark.parametrize("text", [
    "Удар по Новгород-Сіверському району: у Семенівській громаді пошкоджено склад, поранено "
    "чоловіка.",
    "Russian artillery shelled the Novhorod-Siverskyi district on Oct. 5, wounding a man in "
    "Semenivka.",
])
def test_a_namesake_the_raion_files_elsewhere_is_the_one_near_its_seat(extractor, text):
    events = _events(extractor, text)
    assert [(e.place, e.admin1, e.injured) for e in events] == [
        ("Semenivka", "Chernihiv Oblast", 1)]


def test_a_raion_owned_by_its_oblast_in_english(extractor):
    text = "A drone hit a substation in Sumy Oblast's Konotop district on Oct. 5."
    assert "Konotop district" in [e.place for e in _events(extractor, text)]
    text = "A drone hit a substation in Chernihiv Oblast's Novhorod-Siverskyi district on Oct. 5."
    assert "Novhorod-Siverskyi district" in [e.place for e in _events(extractor, text)]


def test_a_village_of_a_city_hromada_is_read_in_it(extractor):
    text = "Вранці дрон атакував маршрутку в Зеленівці Херсонської міської громади. Поранено жінку."
    events = _events(extractor, text)
    assert [(e.place, e.admin1, e.injured) for e in events] == [
        ("Zelenivka", "Kherson Oblast", 1)]


@pytest.mark.parametrize("text, city, hurt", [
    ("Удар по Дніпру: у Самарському районі пошкоджено гаражі, у Соборному вибито вікна. "
     "Поранено двох людей.", "Dnipro", 2),
    ("Запорожье: ночью дроны атаковали город, повреждены дома в Александровском районе, ранены "
     "2 человека.", "Zaporizhzhia", 2),
])
def test_a_citys_districts_are_the_city(extractor, text, city, hurt):
    assert [(e.place, e.injured) for e in _events(extractor, text)] == [(city, hurt)]


def test_hromadas_listed_after_their_noun(extractor):
    text = "Під обстрілом були громади: Краснопільська, Юнаківська та Хотінська."
    assert [e.place for e in _events(extractor, text)] == ["Krasnopillia", "Yunakivka", "Khotin"]


def test_a_strike_drones_adjective_is_no_village(extractor):
    text = "Краматорськ, 5 жовтня\nУдарний БпЛА влучив у автомобіль. Поранено водія."
    assert [(e.place, e.injured) for e in _events(extractor, text)] == [("Kramatorsk", 1)]


def test_the_largest_attack_in_weeks_is_an_attack_told(extractor):
    text = ("Суми пережили наймасованішу атаку за останні тижні. Дрони влучили в Зарічний район. "
            "Всього поранено 7 людей.")
    assert [(e.place, e.injured) for e in _events(extractor, text)] == [("Sumy", 7)]


def test_a_line_of_hashtags_after_the_last_bullet(extractor):
    text = ("🔴 Сумщина за добу:\n▪️ Шостка — пошкоджено склад;\n▪️ Кролевець — пошкоджено 2 "
            "будинки.\n#Сумщина #обстріли")
    assert {"Shostka", "Krolevets"} <= {e.place for e in _events(extractor, text)}


def test_a_raion_heading_with_its_day_dates_the_bullets(extractor):
    text = ("Ізюмський район, 4 жовтня\n▪️ Балаклія — удар КАБом, пошкоджено склад;\n"
            "▪️ Савинці — обстріл, поранено жінку.")
    assert {(e.place, e.date) for e in _events(extractor, text)} == {
        ("Balakliia", "2025-10-04"), ("Savyntsi", "2025-10-04")}


def test_where_a_road_leads_is_no_place_hit(extractor):
    text = ("Дрон атакував автомобіль на трасі біля Васильківки в напрямку Межової. Водій, "
            "45-річний чоловік, поранений.")
    events = _events(extractor, text)
    assert "Mezhova" not in [e.place for e in events]
    assert [e.injured for e in events] == [1]
