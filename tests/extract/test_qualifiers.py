"""A region written with a name qualifies it; a first word of two-word names makes the
name part of a longer one (geo.extract.qualifiers), in extracted reports."""
from __future__ import annotations

import pytest

from geo.extract import Extractor, ExtractResult


def _places(result: ExtractResult) -> list[tuple[str, str, int | None]]:
    return [(e.place, e.geo_precision, e.killed) for e in result.events]


@pytest.mark.parametrize("text, name", [
    ("Russian artillery shelled Velyka Komyshuvatka in Kharkiv Oblast, killing two civilians.",
     "Velyka Komyshuvatka"),
    ("Росіяни обстріляли Велику Комишуватку Харківської області, загинули двоє людей.",
     "Велику Комишуватку"),
])
def test_a_two_word_name_the_gazetteer_lacks_is_reported_not_placed_at_a_namesake(
        full, text, name):
    """GeoNames has no Velyka Komyshuvatka: not the Komyshuvatka of Zaporizhzhia Oblast,
    300 km away, but the oblast the text names, with the casualties, and the name
    reported as not placed."""
    result = full.extract(text, source="t", published="2025-06-04")
    assert _places(result) == [("Kharkiv Oblast", "region", 2)]
    assert [u.query for u in result.unresolved] == [name]


def test_a_name_its_region_has_no_place_of_is_reported(full):
    result = full.extract("Russian artillery shelled Komyshuvatka in Kharkiv Oblast.",
                          source="t", published="2025-06-04")
    assert _places(result) == [("Kharkiv Oblast", "region", None)]
    [unplaced] = result.unresolved
    assert unplaced.query == "Komyshuvatka" and "in Kharkiv Oblast" in unplaced.reason


def test_a_drone_hit_nova_balka(full):
    result = full.extract("A drone hit Nova Balka, Kharkiv Oblast.", source="t",
                          published="2025-06-04")
    assert _places(result) == [("Kharkiv Oblast", "region", None)]
    assert [u.query for u in result.unresolved] == ["Nova Balka"]


@pytest.mark.parametrize("text", [
    "Russian drones hit Kyrylivka, Zaporizhzhia Oblast, overnight.",
    "Russian drones hit Kyrylivka in Zaporizhzhia Oblast overnight.",
    "Russian drones hit Kyrylivka (Zaporizhzhia region) overnight.",
])
def test_the_region_picks_the_namesake_in_it(full, text):
    [event] = full.extract(text, source="t", published="2025-06-04").events
    assert (event.place, event.admin1, event.geo_precision) == \
        ("Kyrylivka", "Zaporizhzhia Oblast", "settlement")


def test_a_list_of_places_is_no_qualifier(full):
    result = full.extract("Strikes hit Kramatorsk, Kharkiv Oblast and Sumy Oblast.",
                          source="t", published="2025-06-04")
    assert [(e.place, e.admin1) for e in result.events][0] == ("Kramatorsk", "Donetsk Oblast")
    assert not result.unresolved


def test_a_known_city_in_the_wrong_region_is_flagged_with_the_embedded_gazetteer():
    """The text and the gazetteer disagree (Sloviansk is in Donetsk Oblast): the event
    stays at the region the text names, and the disagreement is reported."""
    result = Extractor().extract("Russian artillery shelled Sloviansk in Kharkiv Oblast, "
                                 "killing two civilians.", source="t", published="2025-06-04")
    assert _places(result) == [("Kharkiv Oblast", "region", 2)]
    [unplaced] = result.unresolved
    assert unplaced.query == "Sloviansk" and "Kharkiv Oblast" in unplaced.reason


def test_a_name_hyphened_to_an_unknown_word_is_part_of_a_longer_name(full):
    """GeoNames lacks Trud-Hrebenyk (Odesa Oblast): not the village Trud of Kherson
    Oblast, 227 km away. Two names hyphened ("Marinka-Kurakhove road") stay two names: the
    road's two ends, one location (geo.extract.roads)."""
    result = full.extract("Russian drones struck Trud-Hrebenyk in Odesa Oblast overnight.",
                          source="t", published="2025-06-04")
    assert _places(result) == [("Odesa Oblast", "region", None)]
    assert [u.query for u in result.unresolved] == ["Trud-Hrebenyk"]
    result = full.extract("Shelling hit the Marinka-Kurakhove road.", source="t",
                          published="2025-06-04")
    assert [e.place for e in result.events] == ["Marinka–Kurakhove road"]


def test_a_region_written_with_its_place_is_no_second_event():
    """"Sevastopol, Crimea": one event in Sevastopol, with the injured (Sevastopol is a
    region of its own, so the Crimea mention used to be a second event holding them);
    "Kyiv and Kyiv Oblast" are two places."""
    extractor = Extractor()
    result = extractor.extract("A Russian missile struck Sevastopol, Crimea, injuring four "
                               "people.", source="t", published="2025-06-04")
    assert [(e.place, e.injured) for e in result.events] == [("Sevastopol", 4)]
    result = extractor.extract("Drones attacked Kyiv and Kyiv Oblast overnight.", source="t",
                               published="2025-06-04")
    assert [e.place for e in result.events] == ["Kyiv", "Kyiv Oblast"]
