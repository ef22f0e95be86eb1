"""A weapons sentence after a list of places arms the whole list; a raion named before a
name with namesakes picks the namesake in it (geo.extract.pipeline, geo.extract.qualifiers).
Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str) -> dict[str, object]:
    result = extractor.extract(text, source="t", published="2025-08-29")
    return {e.place: e for e in result.events}


def test_the_weapons_told_after_a_list_go_to_every_place_of_it(extractor):
    events = _events(extractor, "The Velykyi Burluk, Kupiansk and Shevchenkove hromadas came "
                                "under fire in the evening. The enemy struck them with drones.")
    assert {p: e.attack_types for p, e in events.items()} == {
        "Velykyi Burluk": ("drone",), "Kupiansk": ("drone",), "Shevchenkove": ("drone",)}


def test_figures_told_after_a_list_are_not_given_to_every_place(extractor):
    events = _events(extractor, "The Velykyi Burluk and Shevchenkove hromadas came under fire. "
                                "Drones wounded two men.")
    assert sum(e.injured or 0 for e in events.values()) == 2


def test_a_weapons_sentence_later_on_does_not_reach_back_to_the_list(extractor):
    events = _events(extractor, "Shelling hit Velykyi Burluk and Shevchenkove overnight. "
                                "Officials met in Kharkiv in the morning. "
                                "A drone struck a car in Kupiansk.")
    assert events["Shevchenkove"].attack_types == ("artillery",)


@pytest.mark.parametrize("text, geonameid", [
    ("Synelnykove district suffered: the Mezhova and Pokrovske hromadas came under fire.",
     696720),
    ("They struck the Nikopol district with FPV drones. There were hits in the Marhanets "
     "and Pokrovske hromadas.", 696721),
    ("Росіяни атакували Нікопольський район. Під ударом були Марганець і Покровське.", 696721),
    ("Ворог бив по Синельниківському району. Постраждали Межова і Покровське.", 696720),
])
def test_a_raion_named_before_picks_the_namesake_in_it(extractor, text, geonameid):
    """Dnipropetrovsk Oblast has a Pokrovske in each of the two raions."""
    events = _events(extractor, text)
    assert events["Pokrovske"].geonameid == geonameid


def test_a_raion_of_another_country_leaves_the_name_as_it_was(extractor):
    """No districts of Russia in the gazetteer: the raion words change nothing, and a
    namesake far from the raion's seat is not taken for being named with it."""
    text = "A drone hit Pokrovske. The Rylsk district was shelled the same night."
    alone = _events(extractor, "A drone hit Pokrovske.")
    assert _events(extractor, text).get("Pokrovske") == alone.get("Pokrovske")


@pytest.mark.parametrize("text, place, admin1", [
    ("У Нікопольському районі ворог атакував Мирівську громаду дронами.", "Myrove",
     "Dnipropetrovsk Oblast"),
    ("Обстріляли Миколаївську громаду в Сумському районі.", "Mykolaivka", "Sumy Oblast"),
])
def test_a_hromada_adjective_is_the_town_of_that_adjective_in_the_raion(
        extractor, text, place, admin1):
    """"Мирівська" is Myrivka's adjective too (in Zaporizhzhia Oblast), "Миколаївська"
    Mykolaiv's: the raion named with the hromada decides."""
    assert [(e.place, e.admin1) for e in extractor.extract(
        text, source="t", published="2025-08-29").events] == [(place, admin1)]


def test_a_total_broken_down_after_a_colon_gains_nothing_from_more_of_it(extractor):
    text = ("Дрон атаковал Белгород. Ранены четыре человека: двое мужчин получили "
            "контузии на месте. Ещё двоих пострадавших увезли в больницу.")
    [event] = extractor.extract(text, source="t", published="2026-02-07").events
    assert (event.place, event.injured) == ("Belgorod", 4)


def test_a_village_far_from_the_seat_of_the_raion_named_with_it_takes_the_event(extractor):
    """Synelnykove raion reaches 95 km east of Synelnykove; the raion named with the
    hromada says where it is, it is no second place hit."""
    events = extractor.extract("A glide bomb hit Novopavlivka hromada in Synelnykove district.",
                               source="t", published="2025-08-29").events
    assert [(e.place, e.geonameid) for e in events] == [("Novopavlivka", 699373)]


@pytest.mark.parametrize("text, place, geonameid", [
    ("The enemy hit Vasylkivska community of Synelnykove district with drones.", "Vasylkivka",
     690411),
    ("In the evening a drone hit the Novopavlivska community of Synelnykivskyi district.",
     "Novopavlivka", 699373),
    ("Drones struck the Nikopolska community overnight.", "Nikopol", 700051),
])
def test_an_english_hromada_adjective_is_its_centre_in_the_raion(extractor, text, place,
                                                                 geonameid):
    """The hromada's centre (Vasylkivka), not the hamlet Vasylkivske of the same raion nor
    Vasylkiv of Kyiv Oblast."""
    assert [(e.place, e.geonameid) for e in extractor.extract(
        text, source="t", published="2025-08-29").events] == [(place, geonameid)]


def test_a_hyphened_town_before_district_is_not_read_as_an_adjective(extractor):
    events = extractor.extract("Shelling hit the Semenivka hromada of Novhorod-Siversky district.",
                               source="t", published="2025-08-29").events
    assert "Siversk district" not in [e.place for e in events]


def test_a_hromada_adjective_is_the_town_of_that_adjective_in_the_region_named(extractor):
    """Vasylkiv (Kyiv Oblast) is the likeliest town of "Vasylkivska" alone; in a report on
    Dnipropetrovsk Oblast it is the hromada of Vasylkivka there."""
    events = extractor.extract("Russian forces shelled the Synelnykove and Vasylkivska "
                               "communities of Dnipropetrovsk region.", source="t",
                               published="2025-08-29").events
    assert [(e.place, e.admin1) for e in events] == [
        ("Synelnykove", "Dnipropetrovsk Oblast"), ("Vasylkivka", "Dnipropetrovsk Oblast")]


@pytest.mark.parametrize("text, expected", [
    ("Під ударом були Марганецька, Мирівська та Покровська громади.",
     [("Marhanets", "Dnipropetrovsk Oblast"), ("Myrove", "Dnipropetrovsk Oblast"),
      ("Pokrov", "Dnipropetrovsk Oblast")]),
    ("Під обстрілами були Нікополь, Марганецька, Покровська громади.",   # commas only
     [("Nikopol", "Dnipropetrovsk Oblast"), ("Marhanets", "Dnipropetrovsk Oblast"),
      ("Pokrov", "Dnipropetrovsk Oblast")]),
    ("Обстріляли Харків та Покровську громаду.",              # no adjective decides: as read
     [("Kharkiv", "Kharkiv Oblast"), ("Pokrovsk", "Donetsk Oblast")]),
])
def test_hromadas_listed_together_are_in_the_oblast_of_the_unambiguous_ones(
        extractor, text, expected):
    """Marhanets's adjective fits one town only, so "Мирівська" and "Покровська" beside
    it are the Dnipropetrovsk Oblast towns of those adjectives (Myrove and Pokrov, not
    Myrivka of Zaporizhzhia Oblast and Pokrovsk of Donetsk Oblast)."""
    events = extractor.extract(text, source="t", published="2025-09-08").events
    assert [(e.place, e.admin1) for e in events] == expected
