"""A place whose sentence names no weapon takes the report's weapon when the report tells
of one kind of attack only, and stays "other" when it tells of several
(geo.extract.assemble). Reports written for these tests."""
from __future__ import annotations

from geo.extract import Extractor


def _types(extractor: Extractor, text: str) -> dict[str, tuple]:
    result = extractor.extract(text, source="t", published="2025-05-01")
    return {e.place: tuple(e.attack_types) for e in result.events}


def test_the_reports_one_weapon_goes_to_the_places_told_without_one(extractor):
    types = _types(extractor, "На Харківщині через атаки російських FPV-дронів постраждали "
                              "двоє людей, повідомили в поліції.\n\n«Місто Куп'янськ. Вранці "
                              "поранення отримав 50-річний чоловік. Село Дворічна. Близько "
                              "обіду загинула жінка.»")
    assert types["Kupiansk"] == ("drone",) and types["Dvorichna"] == ("drone",)


def test_a_report_of_several_weapons_leaves_the_place_untyped(extractor):
    types = _types(extractor, "У Куп'янську поранено чоловіка. Дрони атакували Харків, а "
                              "ракета влучила в Ізюм.")
    assert types["Kupiansk"] == ("other",)


def test_a_digest_whose_one_weapon_comes_up_midway_leaves_the_others_untyped(extractor):
    types = _types(extractor, "In Donetsk Oblast, Russian attacks killed one person in "
                              "Avdiivka over the past day. In Kharkiv Oblast, an air strike "
                              "hit Borova, injuring a man.")
    assert types["Avdiivka"] == ("other",) and types["Borova"] == ("airstrike",)


def test_a_shells_calibre_is_no_kalibr_missile(extractor):
    """"калибра" (calibre) is the shell's size; the Kalibr missile is written with a capital."""
    def types(text: str) -> list[tuple[str, ...]]:
        return [e.attack_types for e in extractor.extract(text, source="t",
                                                          published="2025-07-01").events]

    assert types("ВСУ выпустили по Каменке-Днепровской 10 снарядов калибра 155 мм.") \
        == [("artillery",)]
    assert types("Росіяни випустили по Херсону снаряди калібру 152 мм.") == [("artillery",)]
    assert types("Россия нанесла удар ракетами «Калибр» по Одессе.") == [("missile",)]
