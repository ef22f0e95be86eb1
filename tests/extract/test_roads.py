"""A road named by the two places it joins is one attack location at its first known end,
at district precision, not an event in each town (geo.extract.roads). Reports written for
these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str) -> list[tuple]:
    result = extractor.extract(text, source="t", published="2025-05-01")
    return [(e.place, e.geo_precision, e.injured) for e in result.events]


@pytest.mark.parametrize("text", [
    "A drone hit a minibus on the Sumy-Bilopillia highway on Friday, injuring four passengers.",
    "У п'ятницю дрон влучив у маршрутку на трасі Суми – Білопілля, поранено чотирьох пасажирів.",
    "В пятницу дрон ударил по маршрутке на трассе Сумы — Белополье, ранены четыре пассажира.",
])
def test_a_road_between_two_towns_is_one_event_at_its_first_end(extractor, text):
    assert _events(extractor, text) == [("Sumy–Bilopillia road", "district", 4)]


def test_a_road_to_a_village_we_do_not_know_is_still_the_road(extractor):
    events = _events(extractor, "Окупанти скинули вибухівку з дрона на легковик, що їхав "
                                "трасою Берислав – Верхньозатонівка; водія поранено.")
    assert events == [("Beryslav–Верхньозатонівка road", "district", 1)]


def test_a_russian_road_of_two_known_towns(extractor):
    events = _events(extractor, "Вечером FPV-дрон атаковал грузовик на трассе Курск — Льгов, "
                                "водитель ранен.")
    assert len(events) == 1 and events[0][1:] == ("district", 1)
    assert events[0][0].startswith("Kursk–") and events[0][0].endswith(" road")


@pytest.mark.parametrize("text", [
    "On Friday drones hit Sumy - the regional centre - and Bilopillia, injuring four people.",
    "Вночі ворог атакував дронами Суми та Білопілля — поранено чотирьох людей.",
])
def test_a_dash_without_a_road_leaves_two_towns(extractor, text):
    assert [place for place, *_ in _events(extractor, text)] == ["Sumy", "Bilopillia"]


def test_two_roads_from_one_town_are_two_events(extractor):
    """Each road keeps its own toll, though both are placed at the town they start from."""
    events = _events(extractor, "Дрон атаковал трассу Сумы — Белополье, ранены двое. Другой "
                                "дрон ударил по дороге Сумы — Краснополье, ранен водитель.")
    assert events == [("Sumy–Bilopillia road", "district", 2),
                      ("Sumy–Krasnopillia road", "district", 1)]


@pytest.mark.parametrize("text, killed", [
    ("Дрон ударил по автомобилю на трассе Сумы — Белополье. Водитель получил серьезные травмы, "
     "его спасти не удалось.", 1),
    ("Дрон влучив в авто на трасі Суми – Білопілля. Водій отримав важкі поранення, його "
     "врятувати не вдалося.", 1),
])
def test_a_wounded_driver_who_could_not_be_saved_is_killed(extractor, text, killed):
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.killed) for e in result.events] == [("Sumy–Bilopillia road", killed)]


@pytest.mark.parametrize("text", [
    "Russian forces shelled the road between Kupiansk and Kurylivka, injuring a driver.",
    "Дрон атакував авто на дорозі між Куп'янськом та Курилівкою, поранено водія.",
    "Дрон атаковал машину на дороге между Купянском и Куриловкой, ранен водитель.",
])
def test_a_road_between_two_places_is_one_event(extractor, text):
    """"The road between A and B" is the road (not the parties of talks "between" them)."""
    assert _events(extractor, text) == [("Kupiansk–Kurylivka road", "district", 1)]
