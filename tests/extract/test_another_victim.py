""""Killing one person and injuring another": the other one is counted too
(geo.extract.figures). Reports written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, killed, injured", [
    ("Russian forces shelled Kupiansk on Monday, killing one person and injuring another.", 1, 1),
    ("A drone hit a car in Kupiansk, wounding a man and killing another.", 1, 1),
    ("A drone killed one man in Kupiansk; another drone hit a car.", 1, None),
])
def test_another_victim_is_counted(extractor, text, killed, injured):
    [event] = extractor.extract(text, source="t", published="2025-05-01").events
    assert (event.place, event.killed, event.injured) == ("Kupiansk", killed, injured)


@pytest.mark.parametrize("text", [
    "За 3 березня росіяни вбили двох людей у Дружківці та одну в Костянтинівці. Ще шестеро "
    "людей дістали поранення.",
    "On March 3 Russian shelling killed two people in Druzhkivka and one in Kostiantynivka. "
    "Six more people were injured.",
])
def test_more_victims_after_a_list_of_tolls_are_no_one_places(extractor, text):
    """The list told each place's toll; the six more are of places it does not name."""
    events = extractor.extract(text, source="t", published="2025-03-04").events
    assert [(e.place, e.killed, e.injured) for e in events] == [
        ("Druzhkivka", 2, None), ("Kostiantynivka", 1, None)]


def test_a_toll_after_a_list_of_places_without_tolls_is_the_first_places(extractor):
    events = extractor.extract("Під ударом були Нікополь, Марганецька та Покровська громади. "
                               "Поранено чоловіка.", source="t", published="2025-03-04").events
    assert [(e.place, e.injured) for e in events][0] == ("Nikopol", 1)


@pytest.mark.parametrize("lead, injured", [
    ("Russia attacked 9 of Ukraine's oblasts over the past day, killing one person and "
     "injuring six others.", None),
    ("За добу росіяни атакували 9 областей, загинула одна людина, ще шестеро поранені.", None),
    ("A Russian drone killed one person and injured six.", 6),      # one strike's toll
])
def test_a_toll_over_many_regions_is_not_the_first_place_named_after_it(extractor, lead,
                                                                          injured):
    events = extractor.extract(f"{lead} In Izmail, a drone killed a truck driver.", source="t",
                               published="2025-03-04").events
    assert [(e.place, e.killed, e.injured) for e in events] == [("Izmail", 1, injured)]
