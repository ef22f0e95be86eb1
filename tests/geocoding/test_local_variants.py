"""Russian spellings of Ukrainian places: one GeoNames gives only to namesakes elsewhere is
read as its variant spelling in the region the report names (geo/geocoding/local_variants.py);
one a city abroad bears, as its namesake in the region named with it or heading the sentence.
Sentences are our own."""
from __future__ import annotations

from geo.geocoding import ResolveContext


def test_a_russian_spelling_found_only_elsewhere_takes_the_village_of_the_named_oblast(resolver):
    # GeoNames lists "Шестаково" for a Shostakove in Cherkasy Oblast and a Shestakovo in
    # Siberia, not for Shestakove of Kharkiv Oblast
    place = resolver.resolve("Шестаково", ResolveContext(regions=("Kharkiv Oblast",)))
    assert place.resolved and place.candidate.name == "Shestakove", place
    assert place.candidate.admin1 == "Kharkiv Oblast"


def test_without_a_region_the_name_stays_as_ambiguous_as_it_was(resolver):
    place = resolver.resolve("Шестаково")
    assert not place.resolved and "ambiguous" in place.reason


def test_a_region_with_no_such_variant_invents_nothing(resolver):
    place = resolver.resolve("Шестаково", ResolveContext(regions=("Lviv Oblast",)))
    assert not place.resolved or place.candidate.admin1 != "Lviv Oblast", place


def test_a_name_found_in_the_named_oblast_is_not_replaced_by_a_variant(resolver):
    place = resolver.resolve("Андреевка", ResolveContext(regions=("Kharkiv Oblast",)))
    assert not place.resolved or place.candidate.admin1 == "Kharkiv Oblast", place


def test_a_report_naming_raion_and_oblast_in_russian_places_the_village():
    from geo.extract import default_extractor

    extractor = default_extractor()
    text = "Оккупанты обстреляли село Шестаково Чугуевского района Харьковской области."
    events = extractor.extract(text, source="t", published="2025-07-01").events
    assert [(e.place, e.geo_precision) for e in events] == [("Shestakove", "settlement")]


def test_a_region_written_with_the_name_keeps_its_place_that_a_city_abroad_is_called(resolver):
    # GeoNames calls Siversk (Donetsk Oblast) "Северск" too; Seversk in Siberia bears the name
    place = resolver.resolve("Северск, Donetsk Oblast")
    assert place.resolved and place.candidate.name == "Siversk", place


def test_the_reports_region_keeps_it_too_when_the_city_is_abroad(resolver):
    place = resolver.resolve("Северск", ResolveContext(regions=("Donetsk Oblast",)))
    assert place.resolved and place.candidate.name == "Siversk", place
    assert resolver.resolve("Северск").candidate.country_code == "RU"     # alone: the city


def test_a_ukrainian_city_still_wins_over_a_village_so_called_in_the_reports_region(resolver):
    place = resolver.resolve("Mykolaiv", ResolveContext(regions=("Donetsk Oblast",)))
    assert place.resolved and place.candidate.admin1 == "Mykolaiv Oblast", place


def test_a_sentence_headed_by_an_oblast_reads_a_city_abroad_as_its_namesake_there():
    from geo.extract import default_extractor

    extractor = default_extractor()
    text = "В Донецкой области враг обстрелял Святогорск, Северск и Константиновку."
    events = extractor.extract(text, source="t", published="2025-07-01").events
    assert [(e.place, e.admin1) for e in events] == [
        ("Sviatohirsk", "Donetsk Oblast"), ("Siversk", "Donetsk Oblast"),
        ("Kostiantynivka", "Donetsk Oblast")]
    # a city of the other country with no namesake in the region keeps its reading
    text = "В Белгородской области обстреляли Шебекино, а в Харькове ранены двое."
    places = [e.place for e in extractor.extract(text, source="t", published="2025-07-01").events]
    assert places == ["Shebekino", "Kharkiv"]


def test_a_russian_name_spelt_nearly_like_the_entry_is_accepted_by_its_romanisation():
    """A loose match of a long Cyrillic name is judged by its romanisations ("malaya
    rogan" against Mala Rohan), not by the Cyrillic letters, which resemble no Latin name."""
    from geo.geocoding import OfflineGeocoder

    geocoder = OfflineGeocoder()
    assert geocoder.resolve("Малая Рогань").candidate.name == "Mala Rohan"
    assert not geocoder.resolve("Кипер").resolved


def test_a_russian_case_form_of_a_two_word_name_listed_romanised_is_resolved():
    from geo.geocoding import OfflineGeocoder

    geocoder = OfflineGeocoder()
    for query in ("Большая Кардашинка", "Большой Кардашинке", "Большую Кардашинку"):
        assert geocoder.resolve(query).candidate.name == "Velyka Kardashynka", query
