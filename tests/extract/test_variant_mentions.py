"""A place written in another Latin spelling than the gazetteer's is still found in the text
(geo/extract/mentions.py: _is_variant_spelling), then placed or reported as the resolver
decides; never silently dropped. Sentences are our own."""
from __future__ import annotations


def _read(extractor, text: str):
    result = extractor.extract(text, source="t", published="2025-07-01")
    return [e.place for e in result.events], [u.query for u in result.unresolved]


def test_a_russian_romanisation_of_a_border_town_is_an_event(extractor):
    places, _ = _read(extractor, "Drones hit Graivoron and Shebekino overnight.")
    assert places == ["Grayvoron", "Shebekino"]


def test_russian_endings_are_found_and_an_ambiguous_one_is_reported(extractor):
    places, unresolved = _read(extractor, "Russian artillery shelled Nevelskoye and Pervomaisky.")
    assert places == ["Nevelske"]
    assert unresolved == ["Pervomaisky"]       # several Pervomaiskyis: said so, not guessed


def test_names_of_people_and_units_stay_no_places(extractor):
    places, unresolved = _read(
        extractor, "Colonel Grigory Petrovsky and Major Galloway said the Steppe Brigade held.")
    assert places == [] and unresolved == []
