"""English wire wording: a relative clause's toll ("Lviv, where one person was killed"), "a
family of four", a weekday told as an adjective ("the Sunday drone attack"), a toll's later
rise, and the town the wounded were hospitalized in (geo.extract.figure_attach,
geo.extract.figure_groups, geo.extract.dates, geo.extract.assemble, geo.extract.journeys).
Reports written for these tests."""
from __future__ import annotations

import pytest


def _events(extractor, text: str) -> list[tuple]:
    result = extractor.extract(text, source="t", published="2025-09-22")   # a Monday
    return [(e.place, e.date, e.killed, e.injured) for e in result.events]


@pytest.mark.parametrize("text, expected", [
    ("Missiles hit Odesa, where two people were injured, and Mykolaiv, where a man was killed.",
     [("Odesa", None, 2), ("Mykolaiv", 1, None)]),
    ("Ракети влучили в Одесу, де поранено двох людей, та в Миколаїв, де загинув чоловік.",
     [("Odesa", None, 2), ("Mykolaiv", 1, None)]),
])
def test_a_relative_clause_tells_the_place_before_it(extractor, text, expected):
    assert [(p, k, i) for p, _, k, i in _events(extractor, text)] == expected


@pytest.mark.parametrize("text, killed", [
    ("A Russian missile hit a house in Uman, killing a family of five.", 5),
    ("A family of three was killed when a drone hit their house in Uman.", 3),
])
def test_a_family_of_n(extractor, text, killed):
    assert [k for _, _, k, _ in _events(extractor, text)] == [killed]


def test_a_weekday_told_as_the_attacks_adjective(extractor):
    events = _events(extractor, "The death toll from the Saturday missile attack on Poltava "
                                "has risen to 6, officials said on Monday.")
    assert events == [("Poltava", "2025-09-20", 6, None)]


def test_a_tolls_later_rise_is_no_strike_of_its_own(extractor):
    events = _events(extractor, "A Russian missile attack on Poltava on Friday killed 3 people. "
                                "The number of injured rose to 15 on Sunday, officials said.")
    assert events == [("Poltava", "2025-09-19", 3, 15)]


def test_the_town_the_wounded_were_hospitalized_in_is_no_place_hit(extractor):
    events = _events(extractor, "Drones hit Izium on Sunday; two people were wounded. The "
                                "wounded were hospitalized in Kharkiv.")
    assert [p for p, _, _, _ in events] == ["Izium"]


@pytest.mark.parametrize("text, places", [
    # drones brought down where the governor speaks for, nothing hit
    ("Drones hit a depot in Novoshakhtinsk overnight. In Bryansk region, Governor Alexander "
     "Bogomaz said 11 drones were shot down with no casualties.", ["Novoshakhtinsk"]),
    # debris that did no damage
    ("Russian drones injured two people in Bila Tserkva. Debris from downed drones fell in the "
     "Obukhiv district, with no damage reported.", ["Bila Tserkva"]),
    # an official's city, its air defence at work, and drones only approaching it
    ("Moscow Mayor Sergei Sobyanin said air defences shot down 15 drones approaching Moscow. "
     "In Krasnodar region, a drone attack caused a fire at the Afipsky refinery.", ["Afipskiy"]),
    # "among the targets" names places hit
    ("Russian strikes on Kherson Oblast killed one person. Among the targets were Kherson and "
     "Beryslav.", ["Kherson Oblast", "Kherson", "Beryslav"]),
])
def test_what_was_hit_and_what_was_only_flown_at(extractor, text, places):
    assert [p for p, _, _, _ in _events(extractor, text)] == places


@pytest.mark.parametrize("text, expected", [
    ("A Russian glide bomb attack on Kostiantynivka killed three people on Saturday, and an "
     "artillery strike on Druzhkivka on Sunday injured two.",
     [("Kostiantynivka", "2025-09-20", ("glide_bomb",)), ("Druzhkivka", "2025-09-21",
                                                           ("artillery",))]),
    ("У суботу ворог обстріляв Нікополь, а в неділю дрон атакував Марганець.",
     [("Nikopol", "2025-09-20", ("artillery",)), ("Marhanets", "2025-09-21", ("drone",))]),
])
def test_two_strikes_of_one_sentence_keep_their_days_and_weapons(extractor, text, expected):
    result = extractor.extract(text, source="t", published="2025-09-22")
    assert [(e.place, e.date, e.attack_types) for e in result.events] == expected


@pytest.mark.parametrize("text, expected", [
    ("За минулу добу на Харківщині поранено 9 людей. Зокрема, у Харкові — 3, у Лозовій — 4, "
     "у Балаклії — 2.", [("Kharkiv", None, 3), ("Lozova", None, 4), ("Balakliia", None, 2)]),
    ("Over the past day, 9 people were injured in Kharkiv Oblast. In particular, in Kharkiv — "
     "3, in Lozova — 4, in Balakliia — 2.",
     [("Kharkiv", None, 3), ("Lozova", None, 4), ("Balakliia", None, 2)]),
])
def test_a_breakdown_told_as_a_sentence_of_its_own(extractor, text, expected):
    assert [(p, k, i) for p, _, k, i in _events(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("В Энергодаре и Каменке-Днепровской в результате атак дронов ранены по одному человеку.",
     [("Enerhodar", None, 1), ("Kamianka-Dniprovska", None, 1)]),
    ("На Донеччині за добу загинули 4 людини: 2 у Костянтинівці, по одному в Дружківці та "
     "Новодонецькому.", [("Kostiantynivka", 2, None), ("Druzhkivka", 1, None),
                         ("Novodonetske", 1, None)]),
    ("Russian shelling injured one person each in Kherson and Beryslav.",
     [("Kherson", None, 1), ("Beryslav", None, 1)]),
    ("In Kherson and Beryslav, one person was injured in each.",
     [("Kherson", None, 1), ("Beryslav", None, 1)]),
    # "по одному з": one of, no toll each
    ("Ворог ударив по одному з підприємств Харкова, поранено двох людей.",
     [("Kharkiv", None, 2)]),
])
def test_a_toll_told_once_for_each_place(extractor, text, expected):
    assert [(p, k, i) for p, _, k, i in _events(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a city's district the gazetteer does not know, then one it knows elsewhere told
    # without its noun (Kalininskiy is a district of St Petersburg)
    ("Обстрел Горловки: в Центрально-Городском районе погиб мужчина, в Калининском ранены "
     "две женщины.", [("Horlivka", 1, 2)]),
])
def test_a_citys_districts_told_one_after_another(extractor, text, expected):
    assert [(p, k, i) for p, _, k, i in _events(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's toll over a strike the body dates another day: one event, the body's
    ("Удар по Полтаві: кількість загиблих зросла до п'яти\nУ лікарні помер ще один "
     "постраждалий внаслідок удару по Полтаві 20 вересня. Загалом загинули п'ятеро людей.",
     [("Poltava", "2025-09-20", 5, None)]),
    # a headline that sums up two places gives neither the total
    ("Костянтинівка і Дружківка: за добу загинули троє\nЗа добу росіяни вбили двох у "
     "Костянтинівці та одного в Дружківці.",
     [("Kostiantynivka", "2025-09-22", 2, None), ("Druzhkivka", "2025-09-22", 1, None)]),
    # a headline of one place and day keeps its toll beside the body's
    ("Три людини загинули за добу в Горлівці\nУ Горлівці загинула жінка. Ще двоє загинули "
     "від удару дрона по вантажівці в центрі міста.", [("Horlivka", "2025-09-22", 3, None)]),
])
def test_a_headline_over_its_body(extractor, text, expected):
    assert _events(extractor, text) == expected


def test_hromadas_left_without_power_are_no_places_hit(extractor):
    events = _events(extractor, "Вночі ворог атакував об'єкт енергетики у Ладижині. Частина "
                                "споживачів Ладижинської та Тростянецької громад тимчасово "
                                "без світла.")
    assert [p for p, _, _, _ in events] == ["Ladyzhyn"]
