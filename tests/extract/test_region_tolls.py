"""A toll told of a region as a whole, then two or more of its places hit, is the region's
(its event at region precision), not the first place's: the places are events of their
own without it (geo.extract.figure_attach.told_of_region). And a victim list split by
two verbs ("загинув чоловік і семеро людей поранені") is one killed and seven injured
(geo.extract.figure_groups). Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str) -> list[tuple]:
    result = extractor.extract(text, source="t", published="2025-05-01")
    return [(e.place, e.geo_precision, e.killed, e.injured) for e in result.events]


@pytest.mark.parametrize("text, region, places, toll", [
    ("A man was killed and seven people were injured in Kharkiv Oblast, where Russian forces "
     "struck Kupiansk and Zolochiv.", "Kharkiv Oblast", ["Kupiansk", "Zolochiv"], (1, 7)),
    ("Two people were killed and three injured in Zaporizhzhia Oblast as Russian drones hit "
     "Orikhiv and Huliaipole.", "Zaporizhzhia Oblast", ["Orikhiv", "Huliaipole"], (2, 3)),
    ("Russian attacks on Donetsk Oblast killed three civilians and injured five: Russia "
     "shelled Kostiantynivka, Druzhkivka and Sloviansk.", "Donetsk Oblast",
     ["Kostiantynivka", "Druzhkivka", "Sloviansk"], (3, 5)),
    ("У Харківській області загинув чоловік, ще семеро людей поранені: росіяни вдарили по "
     "Куп'янську та Золочеву.", "Kharkiv Oblast", ["Kupiansk", "Zolochiv"], (1, 7)),
    ("В Донецкой области погибли двое мирных жителей, обстрелам подверглись Константиновка и "
     "Дружковка.", "Donetsk Oblast", ["Kostiantynivka", "Druzhkivka"], (2, None)),
])
def test_a_regions_toll_before_its_places_stays_the_regions(extractor, text, region, places,
                                                            toll):
    events = _events(extractor, text)
    assert events[0] == (region, "region", *toll)
    assert [(p, precision, killed, injured) for p, precision, killed, injured in events[1:]] \
        == [(place, "settlement", None, None) for place in places]


@pytest.mark.parametrize("text, expected", [
    # one place in the region: the toll is that place's
    ("Two people were injured in Kharkiv Oblast, in the village of Kozacha Lopan.",
     [("Kozacha Lopan", "settlement", None, 2)]),
    # each place told its own
    ("A man was killed in Kupiansk and seven were injured in Zolochiv, Kharkiv Oblast.",
     [("Kupiansk", "settlement", 1, None), ("Zolochiv", "settlement", None, 7)]),
    # the toll told at a place of the list
    ("In Donetsk Oblast, a man was killed in Kostiantynivka and Russia also shelled Druzhkivka "
     "and Sloviansk.", [("Kostiantynivka", "settlement", 1, None),
                        ("Druzhkivka", "settlement", None, None),
                        ("Sloviansk", "settlement", None, None)]),
])
def test_a_toll_told_at_a_place_stays_with_it(extractor, text, expected):
    assert _events(extractor, text) == expected


@pytest.mark.parametrize("text, killed, injured", [
    ("У Куп'янську загинув чоловік і семеро людей поранені.", 1, 7),
    ("У Куп'янську загинув чоловік і семеро людей були поранені.", 1, 7),
    ("В Купянске погиб мужчина и семь человек ранены.", 1, 7),
    ("У Куп'янську загинули чоловік і дві жінки.", 3, None),      # one list, one verb
    ("A man and two women were killed in Kupiansk.", 3, None),
])
def test_a_list_split_by_two_verbs_is_two_figures(extractor, text, killed, injured):
    assert _events(extractor, text) == [("Kupiansk", "settlement", killed, injured)]


@pytest.mark.parametrize("text, expected", [
    ("Протягом доби внаслідок обстрілів постраждали 5 людей: у Харкові – 3, у Куп'янську – 1, "
     "у с. Кутузівка – 1.", [("Kharkiv", 3), ("Kupiansk", 1), ("Kutuzivka", 1)]),
    ("Пострадали 5 человек: в Белгороде – 3, в Шебекино – 2.", [("Belgorod", 3),
                                                                ("Shebekino", 2)]),
    ("Поранено 4 людей: Харків – 2, Чугуїв – 2.", [("Kharkiv", 2), ("Chuhuiv", 2)]),
])
def test_a_breakdown_told_place_then_number_gives_each_place_its_part(extractor, text,
                                                                      expected):
    """An oblast administration's day: a total, then "у Харкові – 3, у Куп'янську – 1": each
    place is an event with its own part, none with the total."""
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.injured) for e in result.events] == expected


@pytest.mark.parametrize("text, place, killed", [
    ("Two people, a man and a woman, were killed in Nikopol after Russian artillery fire.",
     "Nikopol", 2),
    ("Двоє людей, чоловік і жінка, загинули в Нікополі внаслідок обстрілу.", "Nikopol", 2),
    ("Двое мирных жителей, мужчина и женщина, погибли в Горловке.", "Horlivka", 2),
])
def test_a_count_restated_between_commas_is_counted_once(extractor, text, place, killed):
    """", a man and a woman," says who the two were: two killed, not four, not none."""
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.killed) for e in result.events] == [(place, killed)]


@pytest.mark.parametrize("text", [
    "Two women, 64 and 70, were injured in Kherson.",
    "Дві жінки, 64 та 70 років, поранені в Херсоні.",
    "Две женщины, 64 и 70 лет, ранены в Херсоне.",
])
def test_ages_told_between_commas_leave_the_count_with_its_verb(extractor, text):
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.injured) for e in result.events] == [("Kherson", 2)]


def test_a_breakdown_told_place_then_people_gives_each_place_its_part(extractor):
    result = extractor.extract("У Харківському районі поранено трьох людей: у Мерефі — "
                               "чоловіка, у Бабаях — двох жінок.", source="t",
                               published="2025-05-01")
    assert [(e.place, e.injured) for e in result.events] == [("Merefa", 1), ("Babai", 2)]


def test_a_breakdowns_total_stays_with_the_raion_when_its_places_are_unknown(extractor):
    """The villages are not in the gazetteer: the raion keeps the toll, not nobody."""
    result = extractor.extract("В Белгородском районе пострадали трое: в Дубовом — мужчина, в "
                               "Таврово — две женщины.", source="t", published="2025-05-01")
    assert [(e.place, e.geo_precision, e.injured) for e in result.events] == [
        ("Belgorod district", "district", 3)]


@pytest.mark.parametrize("text, injured", [
    ("Окупанти вдарили по Херсону: у Дніпровському районі поранено чоловіка 60 років, у "
     "Корабельному — жінку 40 років.", 2),
    ("Окупанти вдарили по Херсону: у Дніпровському районі поранено чоловіка 60 років, у "
     "Корабельному районі — жінку 40 років.", 2),
    ("Обстріл Херсона: у Дніпровському районі поранено чоловіка, а в Корабельному районі "
     "поранено жінку.", 2),
    ("Удар по Харкову: у Салтівському районі поранено трьох людей, у Немишлянському — ще "
     "двох.", 5),
])
def test_a_citys_toll_told_district_by_district_is_their_sum(extractor, text, injured):
    """A city's districts are no locations; each part told at one adds to the city's toll
    (the nearest figure alone was kept, or the elided part was lost)."""
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [e.injured for e in result.events] == [injured]


@pytest.mark.parametrize("text, expected", [
    # a raion's toll, then another raion left unplaced: nothing added to the first
    ("На Харківщині: у Куп'янському районі поранено двох, у Чугуївському — ще одного.",
     [("Kupiansk district", 2)]),
    ("Удар по Харківщині: у Куп'янському районі поранено двох людей, у Чугуївському районі "
     "поранено одного чоловіка.", [("Kupiansk district", 2), ("Chuhuiv district", 1)]),
    # a district where nobody was hurt adds nothing
    ("У Харкові поранено трьох людей, у Київському районі пошкоджено будинок.",
     [("Kharkiv", 3)]),
])
def test_district_parts_add_only_to_a_city(extractor, text, expected):
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.injured) for e in result.events] == expected


@pytest.mark.parametrize("text, expected", [
    ("In Donetsk Oblast, Russian attacks killed two people in Kostiantynivka and one in "
     "Druzhkivka, and injured five, the governor said.",
     [("Donetsk Oblast", None, 5), ("Kostiantynivka", 2, None), ("Druzhkivka", 1, None)]),
    ("У Донецькій області росіяни вбили двох людей у Костянтинівці та одного в Дружківці, "
     "ще п'ятеро поранені.",
     [("Donetsk Oblast", None, 5), ("Kostiantynivka", 2, None), ("Druzhkivka", 1, None)]),
    # no region named: the five are nobody's (they were the last place's)
    ("Russian attacks killed two people in Kostiantynivka and one in Druzhkivka, and injured "
     "five.", [("Kostiantynivka", 2, None), ("Druzhkivka", 1, None)]),
    # no breakdown: the one place keeps both figures
    ("Russian attacks killed two people in Kostiantynivka and injured five.",
     [("Kostiantynivka", 2, 5)]),
    # the other figure told at a place of its own
    ("Two people were killed in Kostiantynivka and one in Druzhkivka; five were injured in "
     "Sloviansk.", [("Kostiantynivka", 2, None), ("Druzhkivka", 1, None), ("Sloviansk", None, 5)]),
])
def test_a_toll_told_beside_a_breakdown_without_a_place_is_the_regions(extractor, text,
                                                                         expected):
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.killed, e.injured) for e in result.events] == expected


@pytest.mark.parametrize("text, expected", [
    # an oblast administration's day: its toll after the places is the oblast's
    ("За добу окупанти 50 разів обстріляли Херсонщину. Пошкоджено школу у Бериславі та "
     "склад у Білозерці. Через російську агресію загинула одна людина, ще четверо поранені.",
     [("Kherson Oblast", 1, 4), ("Beryslav", None, None), ("Bilozerka", None, None)]),
    ("Over the past day Russia shelled Kherson Oblast 40 times. A drone hit a car in "
     "Beryslav. Over the past day, one person was killed and five injured in the region.",
     [("Kherson Oblast", 1, 5), ("Beryslav", None, None)]),
    # a day's toll pointed at the town: the town's
    ("За добу окупанти обстріляли Херсонщину. Ворог вдарив по Бериславу. За добу там "
     "загинула одна людина.", [("Kherson Oblast", None, None), ("Beryslav", 1, None)]),
    ("Ворог вдарив по Бериславу. За добу в місті загинула одна людина.",
     [("Beryslav", 1, None)]),
])
def test_a_days_toll_after_the_regions_places_is_the_regions(extractor, text, expected):
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.killed, e.injured) for e in result.events] == expected


def test_a_toll_after_a_list_that_follows_the_regions_roundup_is_the_regions(extractor):
    """An oblast administration's day: its roundup ("N strikes on 12 settlements of the
    oblast"), lists of places by weapon, then the toll: the oblast's, not the last list's
    first place's."""
    result = extractor.extract(
        "Протягом доби окупанти завдали 400 ударів по 12 населених пунктах Запорізької "
        "області. Авіаудари прийшлися по Степногірську та Гуляйполю. Дрони атакували "
        "Запоріжжя, Оріхів і Комишуваху. Внаслідок ворожих ударів поранено трьох людей.",
        source="t", published="2025-05-01")
    assert [(e.place, e.injured) for e in result.events][:1] == [("Zaporizhzhia Oblast", 3)]
    assert all(e.injured is None for e in result.events[1:])


@pytest.mark.parametrize("text, expected", [
    ("In Donetsk Oblast, a man was killed in Kostiantynivka and four more people were injured "
     "across the region, the governor said.",
     [("Donetsk Oblast", None, 4), ("Kostiantynivka", 1, None)]),
    ("На Донеччині в Костянтинівці загинув чоловік, ще четверо людей поранені по всій області.",
     [("Donetsk Oblast", None, 4), ("Kostiantynivka", 1, None)]),
])
def test_a_toll_told_across_the_region_is_the_regions(extractor, text, expected):
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.killed, e.injured) for e in result.events] == expected


@pytest.mark.parametrize("text, injured", [
    ("In Zaporizhzhia, Russian strikes killed a woman and injured another on Monday and "
     "wounded three more people overnight.", 4),
    # more told after a semicolon is another report's, not added
    ("Drones injured two people in Zaporizhzhia; three more were hurt in Kherson.", 2),
])
def test_n_more_of_a_kind_in_the_same_clause_is_added(extractor, text, injured):
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert result.events[0].injured == injured


@pytest.mark.parametrize("text, expected", [
    # a city's district told without its noun is no village elsewhere (Pivneve, once
    # Industrialne, of Luhansk Oblast; Petrovo-Krasnosillia), and its part adds to the city
    ("Вночі ворог атакував Дніпро. У Самарському районі поранено 2 людей, в Індустріальному — "
     "ще одного.", [("Dnipro", None, 3)]),
    ("Враг атаковал Донецк: в Куйбышевском районе погибли двое, в Петровском ранен один "
     "человек.", [("Donetsk", 2, 1)]),
    # "ще" after the verb adds to the figure told before, over sentences
    ("Ворожий дрон атакував Дніпровський район Херсона. Поранено 32-річного чоловіка. Згодом "
     "атакували Корабельний район — поранено ще двох людей.", [("Kherson", None, 3)]),
    # a breakdown with no dashes after a colon: each place its part
    ("В Белгородской области за сутки ранены 5 человек: в Белгороде двое, в Шебекине трое.",
     [("Belgorod", None, 2), ("Shebekino", None, 3)]),
])
def test_parts_told_district_by_district_or_place_by_place(extractor, text, expected):
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.killed, e.injured) for e in result.events] == expected


@pytest.mark.parametrize("text, expected", [
    # the injured told with the total of the dead before their breakdown are the region's;
    # "one in the village of X" is X's part
    ("In Donetsk Oblast, Russian attacks killed 4 people and injured 9 over the past day: two "
     "were killed in Kostiantynivka, one in Druzhkivka and one in the village of Sviatohirsk.",
     [("Donetsk Oblast", 4, 9), ("Kostiantynivka", 2, None), ("Druzhkivka", 1, None),
      ("Sviatohirsk", 1, None)]),
    ("Загинули 3 людини: дві в Костянтинівці, одна в селі Іванопілля.",
     [("Kostiantynivka", 2, None), ("Ivanopillia", 1, None)]),
])
def test_a_breakdown_with_a_total_of_another_kind_beside_it(extractor, text, expected):
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.killed, e.injured) for e in result.events] == expected


@pytest.mark.parametrize("text, expected", [
    # a day's total of an oblast broken down after "зокрема": each place its part
    ("На Харківщині протягом дня поранено 6 цивільних, зокрема у Золочеві — 2 людей, у "
     "Куп'янську — 1.", [("Kharkiv Oblast", None, 6), ("Zolochiv", None, 2),
                         ("Kupiansk", None, 1)]),
    # the toll of the day (its parts add up to it), then the running toll "as of" a date:
    # the latter is no event's
    ("Russian attacks killed two civilians and injured four in Donetsk Oblast. On 4 March "
     "Russian strikes killed one in Kostiantynivka and one in Druzhkivka. As of 5 March, "
     "Russia has killed at least 900 civilians in the oblast.",
     [("Donetsk Oblast", 2, 4), ("Kostiantynivka", 1, None), ("Druzhkivka", 1, None)]),
])
def test_a_total_broken_down_after_including_and_a_running_toll(extractor, text, expected):
    result = extractor.extract(text, source="t", published="2025-05-01")
    assert [(e.place, e.killed, e.injured) for e in result.events] == expected


def test_a_breakdown_after_a_total_told_with_its_oblast_before_the_people(extractor):
    """"вбили в Донецькій області двох ...: одного в X та одного в Y": the oblast between the
    verb and the people hid every figure of the sentence."""
    result = extractor.extract("Окупанти вбили в Донецькій області двох мирних жителів: одного "
                               "в Костянтинівці та одного в Дружківці.", source="t",
                               published="2025-05-01")
    assert [(e.place, e.killed) for e in result.events] == [("Kostiantynivka", 1),
                                                            ("Druzhkivka", 1)]
