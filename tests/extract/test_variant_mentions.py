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


def test_a_russian_spelling_of_a_two_word_village_is_that_village(extractor):
    """GeoNames holds Mala Rohan by its Ukrainian and Latin names only: "Малая Рогань"
    (any case form) is it, word by word; another first word is not."""
    for text in ("Обстрелу подверглась Малая Рогань Харьковской области, пострадала женщина.",
                 "Дрон атаковал Малую Рогань, ранена женщина."):
        assert _read(extractor, text) == (["Mala Rohan"], [])
    assert _read(extractor, "Дроны атаковали Харьков и Малую Рогань.") \
        == (["Kharkiv", "Mala Rohan"], [])
    for text, name in (("Дрон атаковал Новую Рогань, ранена женщина.", "Новую Рогань"),
                       # plural, unlike the village's name: Yasna Zoria is singular
                       ("В поселке Ясные Зори дрон атаковал автомобиль.", "Ясные Зори"),
                       # the report speaks of a Russian region, or of places far from it
                       ("В Курской области дрон атаковал Малую Рогань.", "Малую Рогань"),
                       ("Дроны атаковали Одессу и Малую Рогань.", "Малую Рогань")):
        places, unresolved = _read(extractor, text)
        assert "Mala Rohan" not in places and "Yasna Zoria" not in places
        assert unresolved == [name]


def test_a_russian_case_form_of_a_name_listed_romanised_is_that_village(extractor):
    """GeoNames lists Velyka Kardashynka's Russian name only romanised ("Bol'shaya
    Kardashinka"): its case forms in Cyrillic are found too; not in a report on a Russian
    region."""
    for text in ("В Большой Кардашинке беспилотник ударил по грузовику.",
                 "Дрон атаковал Большую Кардашинку."):
        assert _read(extractor, text) == (["Velyka Kardashynka"], [])
    places, unresolved = _read(extractor, "Губернатор Курской области: дрон атаковал "
                                          "Большую Писаревку.")
    assert "Velyka Pysarivka" not in places and unresolved == ["Большую Писаревку"]


def test_a_village_named_like_a_first_name_before_its_oblast_is_a_place(extractor):
    """Stanislav (Kherson Oblast) is also a first name; followed by a region's adjective
    and its noun it is the village, not a person and his surname."""
    for text in ("Ворог атакував дроном Станіслав Херсонської області, поранено жінку.",
                 "Росіяни обстріляли Станіслав Херсонського району."):
        places, _ = _read(extractor, text)
        assert places == ["Stanislav"], text
    places, _ = _read(extractor, "Станіслав Коваленко повідомив про обстріл Херсона.")
    assert places == ["Kherson"]
