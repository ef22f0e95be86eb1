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


@pytest.mark.parametrize("text, expected", [
    ("Ворог обстріляв Нікопольщину. Під ударами були райцентр і Марганецька громада, "
     "поранено чоловіка.", ["Nikopol", "Marhanets"]),
    ("Ночью враг обстрелял Никопольский район: под огнём был райцентр, ранен мужчина.",
     ["Nikopol"]),
])
def test_the_raion_centre_is_the_seat_of_the_raion_named_before(extractor, text, expected):
    assert [place for place, *_ in _events(extractor, text)] == expected


def test_a_raion_centre_with_no_raion_named_is_reported_unplaced(extractor):
    result = extractor.extract("Ворог атакував райцентр дронами, поранено жінку.", source="t",
                               published="2025-05-01")
    assert result.events == [] and [u.query for u in result.unresolved] == ["райцентр"]
    assert "names no raion" in result.unresolved[0].reason
