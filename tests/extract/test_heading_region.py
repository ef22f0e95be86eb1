"""A region that opens its sentence places the sentence's villages in it: a name whose first
reading lies in another region is read inside the heading one, or reported unplaced there;
a big city of another region keeps its reading (geo.extract.heading_region). Reports written
for these tests."""
from __future__ import annotations

from geo.extract import Extractor


def _result(extractor: Extractor, text: str):
    return extractor.extract(text, source="t", published="2025-05-01")


def test_a_name_read_in_another_region_is_read_in_the_heading_one(extractor):
    result = _result(extractor, "В Запорожской области враг атаковал Железнодорожное, ранены "
                                "двое.")
    assert [(e.place, e.injured) for e in result.events] == [("Zaporizhzhia Oblast", 2)]
    assert [u.query for u in result.unresolved] == ["Железнодорожное"]
    assert "in Zaporizhzhia Oblast" in result.unresolved[0].reason


def test_a_shared_name_is_the_heading_regions(extractor):
    events = _result(extractor, "In Donetsk Oblast, a drone injured one man in Karlivka.").events
    assert [(e.place, e.admin1, e.injured) for e in events] == [("Karlivka", "Donetsk Oblast", 1)]


def test_a_big_city_of_another_region_keeps_its_reading(extractor):
    events = _result(extractor, "In Donetsk Oblast, shelling wounded two people in Avdiivka, "
                                "and a drone hit a house in Dnipro.").events
    assert ("Dnipro", "Dnipropetrovsk Oblast") in [(e.place, e.admin1) for e in events]


def test_the_sentence_after_the_heading_prefers_the_regions_namesakes(extractor):
    """"Three more in Vyshneve" after "In Donetsk Oblast, ...": a Vyshneve of Donetsk Oblast,
    not Kharkiv Oblast's, named in the report's next paragraph."""
    events = _result(extractor, "In Donetsk Oblast, six people were injured, the regional "
                                "administration said. Three were wounded in Illinivka, two in "
                                "Vyshneve and one in Avdiivka.\n\nIn Kharkiv Oblast, a drone "
                                "hit Kupiansk.").events
    assert {e.place: e.admin1 for e in events}["Vyshneve"] == "Donetsk Oblast"


def test_a_town_of_another_region_after_the_heading_keeps_its_reading(extractor):
    events = _result(extractor, "In Donetsk Oblast, six people were injured. A drone also "
                                "struck Bilopillia.").events
    assert ("Bilopillia", "Sumy Oblast") in [(e.place, e.admin1) for e in events]
