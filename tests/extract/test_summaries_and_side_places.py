"""Wording of military summaries, infrastructure news and reports of strikes inside Russia:
days told in a sentence of their own, lists cut by semicolons, places that were only supplied
from, heard from or closed while a strike was elsewhere, and who was hurt told by their trade.
Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str, published: str = "2025-10-12"):
    return extractor.extract(text, source="t", published=published).events


def _places(extractor: Extractor, text: str) -> list[str]:
    return [e.place for e in _events(extractor, text)]


@pytest.mark.parametrize("text, day", [
    ("У ніч з п'ятниці на суботу ворог атакував Ізюм ударними дронами.", "2025-10-11"),
    ("Drones attacked Syzran on the night of Oct. 9-10.", "2025-10-10"),
    ("Drones attacked Syzran on the night of 9-10 October.", "2025-10-10"),
    ("Ворог атакував Балаклію дронами. Це сталося в четвер.", "2025-10-09"),
    ("Ворог атакував Балаклію дронами. Інцидент стався 8 жовтня ввечері.", "2025-10-08"),
    ("Ночью беспилотники атаковали Сызрань. Атака произошла в ночь на субботу.", "2025-10-11"),
])
def test_the_day_of_a_strike_told_in_its_own_words(extractor, text, day):
    assert [e.date for e in _events(extractor, text)] == [day]


def test_a_list_cut_by_semicolons_keeps_every_place_and_its_region(extractor):
    text = ("Airstrikes hit the areas of Andriivka and Bilopillia in Sumy region; Borova in "
            "Kharkiv region; and Siversk in Donetsk region.")
    events = _events(extractor, text)
    assert [(e.place, e.admin1) for e in events] == [
        ("Andriivka", "Sumy Oblast"), ("Bilopillia", "Sumy Oblast"),
        ("Borova", "Kharkiv Oblast"), ("Siversk", "Donetsk Oblast")]


@pytest.mark.parametrize("text", [
    "A Russian drone hit a substation in Nizhyn on Saturday, leaving Losynivka without power.",
    "A Russian drone hit a substation in Nizhyn on Saturday, cutting power to Losynivka.",
    "A Russian drone hit a substation in Nizhyn on Saturday. The strike left parts of Losynivka "
    "without electricity.",
    "A Russian drone hit a pumping station in Nizhyn on Saturday, damaging the water supply "
    "system serving Losynivka.",
    "Росіяни скинули КАБ на Нижин. Внаслідок атаки на енергетичну інфраструктуру без світла "
    "лишилися мешканці Лосинівки.",
])
def test_places_only_supplied_from_what_was_hit_are_no_events(extractor, text):
    assert _places(extractor, text) == ["Nizhyn"]


@pytest.mark.parametrize("text", [
    "A drone hit the railway station in Nizhyn overnight. Because of the attack, trains to "
    "Lviv and Uzhhorod ran late.",
    "A drone hit the railway station in Nizhyn overnight. Because of the attack, Kyiv–Nizhyn "
    "commuter trains were cancelled.",
    "A drone hit the railway station in Nizhyn overnight. The strike disrupted traffic on the "
    "Kyiv–Bakhmach railway line.",
])
def test_where_trains_run_is_no_place_hit(extractor, text):
    assert _places(extractor, text) == ["Nizhyn"]


@pytest.mark.parametrize("text", [
    "A drone hit a house in Krolevets on Oct. 8. A man died of his wounds in a hospital in "
    "Konotop.",
    "Дрон атакував будинок у Кролевці. Поранених доправили до лікарень Конотопа.",
])
def test_where_the_wounded_were_treated_is_no_place_hit(extractor, text):
    assert _places(extractor, text) == ["Krolevets"]


@pytest.mark.parametrize("text, hit", [
    ("Беспилотники атаковали нефтебазу в Новозыбкове. Взрывы были слышны и в Клинцах.",
     "Novozybkov"),
    ("Drones struck Dzhankoi overnight. Blasts were also heard in Feodosia.", "Dzhankoy"),
    ("Ракетный удар по Стаханову. Звуки взрывов долетали до соседнего Алчевска.", "Kadyevka"),
    ("Дроны атаковали Сызрань. Во время атаки вводились ограничения в аэропортах Самары и "
     "Казани.", "Syzran"),
])
def test_places_blasts_were_heard_in_or_airports_closed_are_no_events(extractor, text, hit):
    assert _places(extractor, text) == [hit]


def test_residents_telling_of_blasts_in_their_town_place_it(extractor):
    text = "Жители Новокуйбышевска сообщили о взрывах и пожаре на территории завода."
    assert _places(extractor, text) == ["Novokuybyshevsk"]


@pytest.mark.parametrize("text, town", [
    ("Беспилотники атаковали Саратовский НПЗ.", "Saratov"),
    ("Беспилотники атаковали Киришский НПЗ.", "Kirishi"),
    ("Дроны атаковали Ярославский НПЗ.", "Yaroslavl"),
])
def test_a_refinery_told_by_its_towns_adjective_is_at_the_town(extractor, text, town):
    assert _places(extractor, text) == [town]


def test_the_town_near_a_named_refinery_only_says_where_it_is(extractor):
    text = "Drones attacked the Afipsky refinery near Krasnodar overnight."
    assert "Krasnodar" not in _places(extractor, text)


def test_where_fire_came_from_is_no_place_hit(extractor):
    text = "Обстрел Каховки. Удары наносились из района Берислава."
    assert _places(extractor, text) == ["Kakhovka"]


def test_air_defence_repelling_an_attack_is_no_ground_assault(extractor):
    events = _events(extractor, "Силы ПВО отразили атаку беспилотников на Саратов.")
    assert [e.place for e in events] == ["Saratov"]
    assert "ground_assault" not in events[0].attack_types


def test_the_volga_is_a_river(extractor):
    text = "Дроны атаковали Саратов. Взрывы слышали на другом берегу Волги."
    assert _places(extractor, text) == ["Saratov"]


@pytest.mark.parametrize("text, injured", [
    ("A Russian drone hit Nikopol on Sunday. A 47-year-old power engineer was wounded.", 1),
    ("A drone hit the station in Nizhyn overnight. Three conductors were injured.", 3),
    ("A drone hit a locomotive near Nizhyn, injuring the driver and his assistant.", 2),
    ("Shelling hit Nikopol on Sunday. A resident of Nikopol, a 63-year-old man, was injured.", 1),
    ("Обстріл Нікополя. Мешканець Нікополя, 63-річний чоловік, отримав поранення.", 1),
])
def test_who_was_hurt_told_by_their_trade_or_told_again_is_counted(extractor, text, injured):
    assert [e.injured for e in _events(extractor, text)] == [injured]


def test_the_main_targets_of_a_night_are_places_hit(extractor):
    text = "The enemy launched 90 drones. The main targets were Poltava region and Sumy region."
    assert _places(extractor, text) == ["Poltava Oblast", "Sumy Oblast"]


@pytest.mark.parametrize("text", [
    "Ворог атакував 70 ударними БпЛА з напрямків Брянськ, Курськ, Чауда – ТОТ АР Крим. "
    "Зафіксовано влучання у Полтаві.",
    "The enemy attacked with 70 drones launched from the directions of Bryansk, Kursk and "
    "Hvardiiske in occupied Crimea. Hits were recorded in Poltava.",
    "Ворог застосував крилаті ракети з району пуску Курська область. Влучання у Полтаві.",
    "Several enemy drones remain in the airspace over Kharkiv and Sumy regions. Hits were "
    "recorded in Poltava.",
])
def test_launch_areas_and_airspace_are_no_places_hit(extractor, text):
    assert _places(extractor, text) == ["Poltava"]


def test_where_a_spokesman_spoke_on_air_from_is_no_place_hit(extractor):
    text = ("Речник Плетенчук, виступаючи в ефірі з Миколаєва, повідомив, що противник "
            "обстріляв Берислав.")
    assert _places(extractor, text) == ["Beryslav"]


def test_a_plural_name_in_the_genitive_is_found(extractor):
    assert _places(extractor, "Ворог штурмував позиції поблизу Кринок.") == ["Krynky"]


def test_a_russian_town_in_the_locative_with_its_region(extractor):
    events = _events(extractor, "В Ельце Липецкой области беспилотник атаковал завод.")
    assert [(e.place, e.geo_precision) for e in events] == [("Yelets", "settlement")]


@pytest.mark.parametrize("text, place", [
    ("У селі Мартове Печенізької громади Чугуївського району дрон атакував автомобіль, "
     "поранено водія.", "Martove"),
    ("У Печенізькій громаді дрон атакував автомобіль.", "Pechenihy"),
])
def test_a_village_of_a_hromada_of_a_raion_is_one_place(extractor, text, place):
    assert [(e.place, e.admin1) for e in _events(extractor, text)] == [(place, "Kharkiv Oblast")]


@pytest.mark.parametrize("text, day", [
    ("The mayor declared Oct. 14 a day of mourning in Uman after a missile hit the city on "
     "Friday night.", "2025-10-10"),
    ("A day of mourning was declared in Uman for Oct. 13 after a drone attack on the city on "
     "Oct. 9 killed three people.", "2025-10-09"),
])
def test_a_day_of_mourning_is_no_strikes_day(extractor, text, day):
    assert [e.date for e in _events(extractor, text)] == [day]


def test_a_district_of_a_city_named_like_a_raion_elsewhere_gives_no_region(extractor):
    text = "В Херсоне снаряд попал в дом в Днепровском районе. Также обстреляли Антоновку."
    events = _events(extractor, text)
    assert [(e.place, e.admin1) for e in events] == [
        ("Kherson", "Kherson Oblast"), ("Antonivka", "Kherson Oblast")]


@pytest.mark.parametrize("text, hit", [
    ("У Костянтинівці дрон атакував автомобіль поліцейської групи «Білі янголи».",
     "Kostiantynivka"),
    ("В Чебоксарах беспилотник атаковал завод «Промсвязь-Прогресс».", "Cheboksary"),
])
def test_a_name_in_quotes_is_no_place(extractor, text, hit):
    assert _places(extractor, text) == [hit]
