"""A town's surroundings told in one word ("Нікопольщина", "Куп'янщина", "Никопольщина")
are its raion, at district precision, as "Нікопольський район" is; an oblast's word stays
the oblast, a village whose name is such a word stays the village, and words of the same
make that name no town ("Мужчина", "Слобожанщина") are no places (geo.extract.area_words).
Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str) -> list[tuple]:
    result = extractor.extract(text, source="t", published="2025-05-01")
    return [(e.place, e.geo_precision, e.injured) for e in result.events]


@pytest.mark.parametrize("text, place", [
    ("Вночі ворог атакував Нікопольщину дронами, поранено чоловіка.", "Nikopol district"),
    ("Ночью враг атаковал Никопольщину дронами, ранен мужчина.", "Nikopol district"),
    ("Росіяни вдарили КАБами по Синельниківщині, поранено чоловіка.", "Synelnykove district"),
    ("Ворог обстріляв Куп’янщину, поранено чоловіка.", "Kupiansk district"),
])
def test_a_towns_surroundings_in_one_word_are_its_raion(extractor, text, place):
    assert _events(extractor, text) == [(place, "district", 1)]


def test_the_raion_word_gives_way_to_its_seat_named_beside_it(extractor):
    events = _events(extractor, "Ворог атакував Нікопольщину: дрон влучив у Нікополь, "
                                "поранено чоловіка.")
    assert [place for place, *_ in events] == ["Nikopol"]


@pytest.mark.parametrize("text, expected", [
    ("Ворог обстріляв Харківщину, поранено чоловіка.", [("Kharkiv Oblast", "region", 1)]),
    ("Мужчина получил ранения при обстреле Никополя.", [("Nikopol", "settlement", 1)]),
    ("Росіяни обстріляли Слобожанщину, поранено чоловіка.", []),
])
def test_oblasts_and_other_such_words_are_not_raions(extractor, text, expected):
    assert _events(extractor, text) == expected


@pytest.mark.parametrize("total", ["на Нікопольщині", "у Нікопольському районі"])
def test_a_days_total_for_the_raion_is_no_event_of_its_own(extractor, total):
    """The total may count victims told elsewhere (the last report of the day): it is still
    the total of the raion's places, not a strike."""
    events = _events(extractor, "Дрон влучив у будинок у Нікополі, поранено двох жінок. "
                                "Також ворог обстріляв Марганець, поранено чоловіка. Загалом "
                                f"сьогодні {total} четверо поранених.")
    assert events == [("Nikopol", "settlement", 2), ("Marhanets", "settlement", 1)]
