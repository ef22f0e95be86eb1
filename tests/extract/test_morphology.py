"""Morphology (pymorphy3, Ukrainian and Russian dictionaries) tells common words from names."""
from __future__ import annotations

import pytest

from geo.extract.morphology import (dictionary_forms, is_attribute, is_first_name,
                                    is_function_word, is_person_name)


@pytest.mark.parametrize("word, forms", [
    ("Костянтинівці", "Костянтинівка"), ("Дніпрі", "Дніпро"), ("Гуляйполі", "Гуляйполе"),
    ("Покровську", "Покровськ"), ("Харкові", "Харків"), ("Никополе", "Никополь"),
    ("Белгороде", "Белгород"), ("Сумах", "Суми"),
])
def test_a_case_form_gives_its_nominative(word, forms):
    assert forms in dictionary_forms(word)


def test_a_surnames_lemma_is_no_guess():
    assert "Харко" not in dictionary_forms("Харкові")       # a surname's reading
    assert dictionary_forms("Kharkiv") == []


@pytest.mark.parametrize("word", ["Після", "Тут", "Однак", "Около", "Вчера", "Усього", "Цей"])
def test_function_words_are_known(word):
    assert is_function_word(word)


@pytest.mark.parametrize("word", ["Харків", "Бахмут", "Мирне", "Степове", "Шебекино", "Kyiv"])
def test_place_names_are_no_function_words(word):
    assert not is_function_word(word)


@pytest.mark.parametrize("adjective, noun, expected", [
    ("Нові", "удари", True), ("Нова", "атака", True), ("Пряме", "влучання", True),
    ("Загальне", "число", True), ("Центральний", "район", True), ("Новые", "удары", True),
    ("Зелене", "обстріляли", False), ("Нова", "Каховка", False), ("Харкову", "завдано", False),
])
def test_an_adjective_agreeing_with_the_noun_after_it_is_an_attribute(adjective, noun, expected):
    assert is_attribute(adjective, noun) is expected


def test_surnames_are_person_names():
    assert is_person_name("Григоров") and is_person_name("Федоров")
    assert not is_person_name("Костянтинівці")


def _places(extractor, text):
    return [e.place for e in extractor.extract(text, source="t", published="2025-05-02").events]


@pytest.mark.parametrize("text, places", [
    ("Пряме влучання в будинок у Харкові: поранено двох людей.", ["Kharkiv"]),
    ("Загальне число атак зросло: дрон влучив у Суми.", ["Sumy"]),
    ("Нова атака на Одесу: дрони влучили в порт.", ["Odesa"]),
    ("Після обстрілу Херсона загинула жінка.", ["Kherson"]),
    ("Ворог ударив по громаді дронами, - написав Григоров.", []),
    ("Селище зазнало удару КАБами, повідомили в Донецькій ОВА.", ["Donetsk Oblast"]),
])
def test_common_words_opening_a_sentence_are_no_villages(extractor, text, places):
    assert _places(extractor, text) == places


@pytest.mark.parametrize("word, expected", [
    ("В’ячеслава", True), ("Олександра", True), ("Андрея", True), ("Дмитро", True),
    ("Харків", False),
])
def test_first_names_in_every_case_are_known(word, expected):
    assert is_first_name(word) is expected


def test_a_town_that_is_also_a_first_name_stays_a_town(extractor):
    """The dictionary knows "Бахмут" as a first name too; the gazetteer's town wins."""
    assert _places(extractor, "Бахмут Донецької області знову під обстрілом.") == ["Bakhmut"]


def test_a_surname_after_a_first_name_in_any_case_is_no_village(extractor):
    text = "За словами В’ячеслава Чауса, дрон атакував Сновськ, загинув чоловік."
    assert _places(extractor, text) == ["Snovsk"]
