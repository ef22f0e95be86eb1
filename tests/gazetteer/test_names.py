"""Name rules: KMU 2010, Russian romanisation, case forms, keys, official names."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.gazetteer.index import HashIndex, StringColumn
from geo.gazetteer.names import (bgn_to_kmu, entry_keys, fast_key, loose_key, name_key,
                                 official_name, spelling_key)
from geo.text import normalize_name
from geo.translit import base_forms, cyrillic_language, kmu2010, russian_romanizations


@pytest.mark.parametrize("cyrillic, latin", [
    ("Запоріжжя", "Zaporizhzhia"), ("Куп’янськ", "Kupiansk"), ("Слов'янськ", "Sloviansk"),
    ("Костянтинівка", "Kostiantynivka"), ("Гуляйполе", "Huliaipole"), ("Миколаїв", "Mykolaiv"),
    ("Кривий Ріг", "Kryvyi Rih"), ("Макіївка", "Makiivka"), ("Балаклія", "Balakliia"),
    ("Київ", "Kyiv"), ("Згурівка", "Zghurivka"), ("Яготин", "Yahotyn"), ("Єнакієве", "Yenakiieve"),
    ("Їжакевич", "Yizhakevych"), ("Юрій", "Yurii"), ("Біла Церква", "Bila Tserkva"),
])
def test_kmu2010(cyrillic, latin):
    assert kmu2010(cyrillic) == latin


def test_russian_romanizations():
    assert {"Zaporozhye", "Zaporozhe"} <= russian_romanizations("Запорожье")
    assert "Avdeyevka" in russian_romanizations("Авдеевка")
    assert "Kharkov" in russian_romanizations("Харьков")


def test_language_of_cyrillic_names():
    assert cyrillic_language("Київ") == "uk"
    assert cyrillic_language("Запорожье") == "both"
    assert cyrillic_language("Новый") == "ru"
    assert cyrillic_language("Светлодарск") == "ru" and cyrillic_language("Донецьк") == "both"
    assert cyrillic_language("Кіеў") == "other"          # Belarusian


@pytest.mark.parametrize("inflected, nominative", [
    ("Києві", "київ"), ("Одесі", "одеса"), ("Харкові", "харків"), ("Львові", "львів"),
    ("Харькову", "харьков"), ("Артемовска", "артемовск"), ("Горлівці", "горлівка"),
    ("Покровську", "покровськ"), ("Запоріжжі", "запоріжжя"), ("Бахмуті", "бахмут"),
    ("Кривому Розі", "кривий ріг"), ("Кривого Рогу", "кривий ріг"),
    ("Новій Каховці", "нова каховка"), ("Первомайського", "первомайське"),
    ("Донецкой области", "донецкая область"), ("Сумах", "суми"),
    ("Гуляйполі", "гуляйполе"), ("Гуляйполя", "гуляйполе"), ("Гуляйполем", "гуляйполе"),
])
def test_case_forms_lead_to_the_nominative(inflected, nominative):
    assert nominative in base_forms(inflected)


def test_latin_names_have_no_case_forms():
    assert base_forms("Kyiv") == []


def test_old_latin_spellings_map_to_kmu():
    assert bgn_to_kmu("Zaporizhzhya") == "zaporizhzhia"
    assert bgn_to_kmu("Mykolayiv") == "mykolaiv"
    assert bgn_to_kmu("Slovyansk") == "sloviansk"


def test_official_name_prefers_the_ukrainian_form():
    assert official_name("Kryvyy Rih", ["Кривой Рог", "Кривий Ріг"]) == "Kryvyi Rih"
    assert official_name("Bakhmut", ["Артемівськ", "Бахмут"]) == "Bakhmut"
    # a renamed place whose Cyrillic names are all different keeps the GeoNames name
    assert official_name("Kotlyne", ["Димитрове"]) == "Kotlyne"


@pytest.mark.parametrize("name, key", [
    ("Kryvyi  Rih", "kryvyi rih"), ("Bila-Tserkva", "bila tserkva"), ("Kup'yans'k", "kupyansk"),
    ("Мар’їнка", "марїнка"), ("Алекса́ндровск", "александровск"), ("IEV", None), ("キーウ", None),
    ("Kyiv 1", None), ("Ko", None),
])
def test_name_keys(name, key):
    assert name_key(name) == key


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_fast_key_equals_normalize_name(text):
    assert fast_key(text) == normalize_name(text)


def test_loose_keys_merge_russian_and_ukrainian_spellings():
    assert loose_key("pervomayskoye") == loose_key("pervomaiske")
    assert loose_key("polevoe") == loose_key("polove")
    assert loose_key("kyiv") is None                       # too short to compare loosely
    assert loose_key("kramatorsk") != loose_key("kostiantynivka")


def test_spelling_keys_keep_endings():
    assert spelling_key("stepanovka") == spelling_key("stepanivka")
    assert spelling_key("liman") == spelling_key("lyman")
    assert spelling_key("pervomayskoye") == spelling_key("pervomaiske")
    assert spelling_key("pervomaisk") != spelling_key("pervomaiskyi")     # a town, an adjective
    assert loose_key("pervomaisk") == loose_key("pervomaiskyi")           # loosely the same


def test_an_alternate_that_spells_the_main_name_is_a_spelling_not_another_name():
    """GeoNames lists "Stepanovka" for the village of Stepanivka (its Russian spelling)
    and for Stepano-Krynka (a former name): only the first is a spelling (kind 2)."""
    def keys(name: str, alternates: list[str]) -> dict[str, int]:
        return entry_keys(name, name, name, alternates, "UA")

    assert keys("Stepanivka", ["Stepanovka", "Степановка"])["stepanovka"] == 2
    assert keys("Stepano-Krynka", ["Stepano-Krinka", "Stepanovka"])["stepanovka"] == 1
    rodynske = keys("Rodynske", ["Liman", "Rodinskoye"])
    assert rodynske["liman"] == 1 and rodynske["rodinskoye"] == 2
    # romanised Cyrillic names too: Melitopol's former name is another name, not a spelling
    melitopol = keys("Melitopol", ["Новоолександрівка", "Мелітополь"])
    assert melitopol["novooleksandrivka"] == 1
    assert melitopol["melitopol"] == 0


def test_a_places_own_cyrillic_name_is_official():
    """The Ukrainian name the official one is made from, and a Russian town's Russian
    name, are official (kind 0); a Russian or former name stays another name."""
    sloviansk = entry_keys("Sloviansk", "Sloviansk", "Sloviansk", ["Слов'янськ", "Славянск"],
                           "UA")
    assert sloviansk[name_key("Слов'янськ")] == 0 and sloviansk[name_key("Славянск")] == 1
    nikopol = entry_keys("Nikopol", "Nikopol", "Nikopol", ["Нікополь", "Слов'янськ"], "UA")
    assert nikopol[name_key("Слов'янськ")] == 1
    assert entry_keys("Kursk", "Kursk", "Kursk", ["Курск", "Курськ"], "RU")[name_key("Курск")] == 0


def test_hash_index_and_string_column():
    index = HashIndex.build({"kyiv": [4, 8], "odesa": [12], "київ": [4]})
    assert index.get("kyiv") == (4, 8) and index.get("київ") == (4,)
    assert index.get("lviv") == () and len(index) == 3
    column = StringColumn(["Kyiv", "", "Одеса"])
    assert [column[i] for i in range(3)] == ["Kyiv", "", "Одеса"] and len(column) == 3
