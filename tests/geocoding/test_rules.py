"""An analyst's place rules in the geocoder: a name, in a region context, means a place."""
from __future__ import annotations

import pytest

from geo.geocoding.rules import PlaceRule, PlaceRules
from geo.model import Candidate, Place

DONETSK = Candidate(697563, "Pervomaiske", 47.99, 38.79, "UA", "Donetsk Oblast", "05")
KHARKIV = Candidate(697561, "Pervomaiske", 49.41, 36.74, "UA", "Kharkiv Oblast", "63")
AMBIGUOUS = Place("Первомайському", "unresolved", reason="ambiguous", alternatives=(KHARKIV, DONETSK))


def test_a_rule_for_any_region_and_one_for_a_named_region():
    rules = PlaceRules([PlaceRule("Pervomaiske", "", DONETSK),
                        PlaceRule("Pervomaiske", "Kharkiv Oblast", KHARKIV)])
    assert rules.find("pervomaiske").place is DONETSK
    assert rules.find("Pervomaiske", ["Kharkiv Oblast"]).place is KHARKIV
    assert rules.find("Pervomaiske", ["63"]).place is KHARKIV          # an admin1 code
    assert rules.find("Pervomaiske", ["Lviv Oblast"]).place is DONETSK
    assert rules.find("Vilne") is None


def test_apply_decides_a_name_and_its_namesakes_and_says_so():
    rules = PlaceRules([PlaceRule("Pervomaiske", "", DONETSK)])
    placed = rules.apply("Pervomaiske", Place("Pervomaiske", "unresolved", alternatives=(KHARKIV,)))
    assert placed.resolved and placed.candidate.geonameid == 697563 and placed.candidate.score == 1.0
    assert "rule 'Pervomaiske'" in placed.reason
    by_namesake = rules.apply("Первомайському", AMBIGUOUS)              # a case form
    assert by_namesake.candidate.geonameid == 697563
    untouched = Place("Kyiv", "resolved", candidate=DONETSK)
    assert rules.apply("Kyiv", untouched) is untouched


@pytest.mark.parametrize("text", ["Вночі дрон атакував Первомайське, поранено двох людей.",
                                  "У Первомайському внаслідок обстрілу поранено жінку.",
                                  "A drone hit Pervomaiske overnight, injuring two."])
def test_extraction_uses_the_rules_of_its_geocoder(text):
    from geo.extract import Extractor
    from geo.gazetteer.areas import candidate_by_geonameid
    from geo.geocoding import OfflineGeocoder

    geocoder = OfflineGeocoder()
    extractor = Extractor(geocoder)
    before = extractor.extract(text, source="s", published="2025-03-02")
    assert before.events == [] and len(before.unresolved) == 1          # namesakes: not placed
    place = candidate_by_geonameid(geocoder.gazetteer, 697563)
    geocoder.rules = PlaceRules([PlaceRule("Pervomaiske", "", place)])
    after = extractor.extract(text, source="s", published="2025-03-02")
    assert [(e.geonameid, e.admin1) for e in after.events] == [(697563, "Donetsk Oblast")]
    geocoder.rules = None                                # the extractor forgets its answers
    assert extractor.extract(text, source="s", published="2025-03-02").events == []
