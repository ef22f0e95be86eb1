"""Wire datelines, places named only as where the wounded died or fire came from, suburbs,
and the Russian-held side's wording (a speaker's whereabouts, unmanned boats repelled, who
the wounded were told after their number, a raion's seat named as a village). Reports
written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str, published: str = "2025-10-06"):
    return extractor.extract(text, source="t", published=published).events


def test_every_city_of_a_wire_dateline_is_no_place_hit(extractor):
    text = ("WARSAW/KYIV, Oct 5 (Reuters) - Russian drones struck an energy facility near "
            "Shostka on Friday, Ukraine's energy ministry said.")
    events = _events(extractor, text)
    assert [(e.place, e.date) for e in events] == [("Shostka", "2025-10-03")]


def test_regions_listed_as_where_drones_were_downed_are_no_events(extractor):
    text = ("Russia's Defence Ministry said 25 drones were shot down over several regions, "
            "including Kaluga, Tula and Oryol.")
    assert _events(extractor, text) == []


@pytest.mark.parametrize("text, place", [
    ("A drone hit a bus in Sudzha, injuring four. The wounded were taken to the Lgov district "
     "hospital.", "Sudzha"),
    ("A glide bomb hit Druzhkivka on Saturday, killing two. A third person died in hospital in "
     "Kramatorsk on Sunday.", "Druzhkivka"),
    ("Russian troops shelled Nikopol and Pokrov across the Kakhovka reservoir from occupied "
     "Enerhodar overnight.", None),
])
def test_where_the_wounded_went_or_the_fire_came_from_is_no_place_hit(extractor, text, place):
    places = [e.place for e in _events(extractor, text)]
    assert "Lgov district" not in places and "Kramatorsk" not in places \
        and "Enerhodar" not in places, places
    assert place is None or place in places


def test_a_city_told_by_its_suburbs(extractor):
    text = "Drones hit Odesa's southern suburbs overnight, killing one person in Avanhard."
    assert [e.place for e in _events(extractor, text)] == ["Avanhard"]
    text = "Drones struck Dnipro's eastern outskirts overnight, injuring two people."
    assert [(e.place, e.geo_precision) for e in _events(extractor, text)] == [
        ("near Dnipro", "district")]


def test_where_a_speaker_was_is_no_place_hit(extractor):
    text = "Находясь в Херсоне, глава ОВА сообщил, что вчера ВСУ обстреляли Алешки."
    assert [e.place for e in _events(extractor, text)] == ["Oleshky"]


def test_unmanned_boats_repelled_with_nothing_hit_are_no_event(extractor):
    text = ("Утром в Севастополе отражена атака БЭК, уничтожены три безэкипажных катера. "
            "Гражданские объекты не пострадали.")
    assert _events(extractor, text) == []


@pytest.mark.parametrize("text, killed, injured", [
    ("При обстреле Горловки ранены двое мирных жителей, мужчина и женщина.", None, 2),
    ("ВСУ обстреляли Горловку, погиб водитель, еще три пассажира получили ранения.", 1, 3),
    ("Внаслідок обстрілу Горлівки поранено двох людей, чоловіка та жінку, ще одна людина "
     "загинула.", 1, 2),
])
def test_who_the_wounded_were_is_told_once(extractor, text, killed, injured):
    assert [(e.place, e.killed, e.injured) for e in _events(extractor, text)] == [
        ("Horlivka", killed, injured)]


def test_a_village_of_a_russian_okrug_is_no_ukrainian_namesake(extractor):
    text = "В селе Купино Шебекинского округа повреждены два частных дома."
    assert "Kupyne" not in [e.place for e in _events(extractor, text)]


def test_a_raions_seat_named_as_its_village(extractor):
    text = "В Кореневском районе, в поселке Коренево, дрон атаковал грузовик, ранен водитель."
    events = _events(extractor, text)
    assert [(e.place, e.admin1, e.injured) for e in events] == [("Korenevo", "Kursk Oblast", 1)]


def test_a_town_drones_were_downed_over_is_an_event_only_for_what_fell_on_it(extractor):
    text = ("Ночью над Бердянском сбиты три беспилотника. Обломки одного упали на крышу гаража, "
            "никто не пострадал.")
    assert [e.place for e in _events(extractor, text)] == ["Berdiansk"]
    text = "Над Бердянском ночью сбиты три беспилотника. Пострадавших нет."
    assert _events(extractor, text) == []
    text = ("Над территорией области уничтожены 9 беспилотников, в том числе над Бердянском. "
            "Повреждений и пострадавших нет.")
    assert _events(extractor, text) == []


def test_what_an_official_said_on_a_weekday_happened_by_that_day(extractor):
    text = ("Kursk Governor Alexander Khinshtein said on Saturday that drones attacked the region "
            "overnight, damaging a house in Rylsk.")
    assert [(e.place, e.date) for e in _events(extractor, text)] == [("Ryl’sk", "2025-10-04")]
    text = ("The Bryansk governor said on Sunday that a drone hit a car in Klimovo, injuring the "
            "driver. He said another drone struck a warehouse in Sevsk.")
    assert [(e.place, e.date) for e in _events(extractor, text)] == [
        ("Klimovo", "2025-10-05"), ("Sevsk", "2025-10-05")]


@pytest.mark.parametrize("text, hurt, other", [
    ("В Макеевке поврежден автобус, ранены 2 пассажира, в Харцызске поврежден магазин.",
     "Makiivka", "Khartsyzk"),
    ("Shelling killed a man in Nikopol and wounded two women in the nearby town of Marhanets.",
     "Marhanets", None),
])
def test_a_toll_goes_to_the_place_its_stretch_is_about(extractor, text, hurt, other):
    injured = {e.place: e.injured for e in _events(extractor, text)}
    assert injured[hurt] == 2
    assert other is None or injured[other] is None
