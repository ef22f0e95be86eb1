"""Victims told as residents of a region ("Два жителя Курской области получили травмы"),
an incident placed after it was told ("Инцидент произошел в Рыльске"), and a region's toll
told before the one place of it named (geo.extract.figure_groups,
geo.extract.sentence_reading, geo.extract.assemble). Reports written for these tests."""
from __future__ import annotations

import pytest


def _events(extractor, text: str) -> list[tuple]:
    result = extractor.extract(text, source="t", published="2025-10-20")
    return [(e.place, e.killed, e.injured) for e in result.events]


@pytest.mark.parametrize("text", [
    "Два жителя Курской области получили травмы при атаке дрона на автомобиль в Рыльске.",
    "Двое жителей Курской области пострадали при атаке дрона на Рыльск.",
    "Two residents of the Kursk region were injured when a drone hit a car in Rylsk.",
    "Two residents of Kursk region were injured in a drone attack on Rylsk.",
])
def test_residents_of_a_region_keep_their_verb(extractor, text):
    assert _events(extractor, text) == [("Ryl’sk", None, 2)]


@pytest.mark.parametrize("text", [
    "FPV-дрон атаковал автомобиль, пострадали два человека. Инцидент произошел в Рыльске.",
    "A drone hit a car, injuring two people. The incident took place in Rylsk.",
])
def test_an_incident_placed_after_it_was_told_is_the_attack(extractor, text):
    assert _events(extractor, text) == [("Ryl’sk", None, 2)]


def test_an_incident_placed_in_ukrainian(extractor):
    events = _events(extractor, "Дрон атакував автомобіль, поранено двох людей. Інцидент "
                                "відбувся у Харкові.")
    assert events == [("Kharkiv", None, 2)]


@pytest.mark.parametrize("text", [
    "The incident took place in Rylsk.",
    "Инцидент произошел в Харькове.",
    "The meeting took place in Kharkiv.",
])
def test_an_incident_with_no_attack_told_is_no_event(extractor, text):
    assert _events(extractor, text) == []


def test_a_regions_toll_told_before_its_one_place_is_that_places(extractor):
    events = _events(extractor, "Два жителя Курской области получили травмы при атаке "
                                "FPV-дронов на автомобили. Инцидент произошел в Рыльске.")
    assert events == [("Ryl’sk", None, 2)]


def test_a_regions_toll_before_two_places_stays_the_regions(extractor):
    events = _events(extractor, "Два жителя Курской области получили травмы при атаке "
                                "дронов. Позже повреждены дома в Рыльске и Льгове.")
    assert ("Kursk Oblast", None, 2) in events


@pytest.mark.parametrize("text, killed, injured", [
    # a person told after a comma with a verb of their own is another figure
    ("Дрон атаковал Каховку. Погиб мужчина 45 лет, женщина получила ранения.", 1, 1),
    ("Дрон атакував Херсон. Загинув чоловік, жінка отримала поранення.", 1, 1),
    # "гражданский" before a thing is no person
    ("В Каховке при атаке дрона на гражданский автомобиль погибли двое мужчин.", 2, None),
    ("У Херсоні дрон влучив у цивільний автомобіль, загинули двоє чоловіків.", 2, None),
])
def test_who_got_which_casualty(extractor, text, killed, injured):
    assert [(k, i) for _, k, i in _events(extractor, text)] == [(killed, injured)]


@pytest.mark.parametrize("text, injured", [
    # an apposition after a comma is the same person
    ("У селі на Чернігівщині дрон влучив у будинок. Поранень зазнала 45-річна цивільна "
     "жінка, місцева мешканка.", 1),
    ("В Шебекино дрон атаковал дом. Ранены мужчина, местный житель, и женщина.", 2),
    # the list's last item after a comma and "and"
    ("Russian shelling injured a man, a woman, and two children in Kherson.", 4),
])
def test_appositions_and_a_lists_last_item(extractor, text, injured):
    assert [i for _, _, i in _events(extractor, text)][-1] == injured


@pytest.mark.parametrize("text, place", [
    # a weapon's acronym in a case form is no place name (КАБу read as Kabo, then as Kyiv)
    ("Харків. У Київському районі поранено 4 людей внаслідок удару КАБу.", "Kharkiv"),
    ("Росіяни скинули на Костянтинівку дві КАБи, поранено 4 людей.", "Kostiantynivka"),
])
def test_weapon_acronyms_in_case_forms_are_no_places(extractor, text, place):
    assert _events(extractor, text) == [(place, None, 4)]


@pytest.mark.parametrize("text, expected", [
    # drones brought down "in" a region, nothing hit there: no event of the region
    ("В Ливнах дрон ударил по подстанции, пострадал работник. Также в Орловской области сбиты "
     "еще 5 дронов.", [("Livny", None, 1)]),
    ("A drone hit a depot in Livny. In the Oryol region, 12 more drones were shot down.",
     [("Livny", None, None)]),
    # debris that did damage: the region stays
    ("В Курской области сбиты 5 дронов, обломки повредили дом.", [("Kursk Oblast", None, None)]),
])
def test_drones_downed_in_a_region_with_nothing_hit(extractor, text, expected):
    assert _events(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the plant is the victim's employer, not the place hit
    ("Мэр Энергодара сообщил, что ВСУ ударили по городу, ранена сотрудница ЗАЭС.",
     [("Enerhodar", None, 1)]),
    # a week's toll is no strike's
    ("За прошлую неделю в ДНР погибли 12 мирных жителей. Вчера в Горловке ранены двое мужчин.",
     [("Horlivka", None, 2)]),
    ("Over the past week, 14 civilians were killed in Donetsk Oblast. A drone injured two men "
     "in Kostiantynivka.", [("Kostiantynivka", None, 2)]),
    ("Drones hit Bilozerka on Sunday evening, injuring a woman. Since the start of the week, "
     "Russian attacks in Kherson Oblast have killed 9 people and injured 40.",
     [("Bilozerka", None, 1)]),
])
def test_an_employer_and_a_weeks_toll_are_no_strikes(extractor, text, expected):
    assert _events(extractor, text) == expected


@pytest.mark.parametrize("text, killed, injured", [
    # whose the first person is, then "and" another
    ("В Херсоне дрон атаковал маршрутку. Ранены водитель маршрутки и пассажирка.", None, 2),
    ("У Херсоні дрон атакував автобус. Загинули водій автобуса та кондуктор.", 2, None),
])
def test_whose_worker_then_another_person(extractor, text, killed, injured):
    assert [(k, i) for _, k, i in _events(extractor, text)] == [(killed, injured)]


@pytest.mark.parametrize("text, types", [
    # drones as the target, not the weapon
    ("The Russian Defence Ministry said its forces struck a drone workshop in Kharkiv with an "
     "Iskander missile.", ("missile",)),
    ("Ракета влучила у склад БпЛА в Краматорську.", ("missile",)),
    ("A drone hit a plant in Sumy.", ("drone",)),
])
def test_drones_as_a_target_are_no_weapon(extractor, text, types):
    result = extractor.extract(text, source="t", published="2025-10-20")
    assert [e.attack_types for e in result.events] == [types]


def test_a_regions_toll_does_not_jump_to_a_later_place_of_its_day(extractor):
    # the toll is told before the road; a village told later that day is another strike
    events = _events(extractor, "Два жителя Курской области получили травмы при атаке дронов "
                                "на автомобили. Инцидент произошел в Льгове. Накануне дрон "
                                "атаковал девушку в Рыльске.")
    assert ("L’gov", None, 2) in events
    assert ("Ryl’sk", None, 2) not in events


@pytest.mark.parametrize("text, expected", [
    # a district where drones were only brought down is no place hit, as a region is
    ("A drone hit a warehouse in Chornomorsk overnight, injuring a man. Air defence destroyed "
     "most of the drones over the Odesa district.", [("Chornomorsk", None, 1)]),
    ("Уночі дрон влучив у склад у Чорноморську, поранено охоронця. Над Одеським районом сили "
     "ППО збили більшість дронів.", [("Chornomorsk", None, 1)]),
    # a district hit stays
    ("Drones hit the Odesa district overnight, damaging a substation.",
     [("Odesa district", None, None)]),
])
def test_a_district_where_drones_were_only_downed(extractor, text, expected):
    assert _events(extractor, text) == expected
