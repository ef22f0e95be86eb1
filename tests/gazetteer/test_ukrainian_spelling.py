"""Russian places under their Ukrainian spellings (geo.gazetteer.ukrainian_spelling), in the
built default gazetteer: found, and never in place of a Ukrainian place of that name."""
from __future__ import annotations

import pytest

from geo.gazetteer.ukrainian_spelling import ukrainian_spellings


@pytest.mark.parametrize("russian, ukrainian", [
    ("Рыльск", "Рильськ"), ("Новороссийск", "Новоросійськ"), ("Шебекино", "Шебекине"),
    ("Шебекино", "Шебекіне"), ("Тёткино", "Тьоткіне"), ("Глушково", "Глушкове"),
    ("Клинцы", "Клинці"), ("Красная Яруга", "Красна Яруга"), ("Каменск-Шахтинский",
                                                               "Каменськ-Шахтинський"),
    ("Ейск", "Єйськ"), ("Россошь", "Россош"), ("Новый Оскол", "Новий Оскол"),
])
def test_the_ukrainian_spelling_of_a_russian_name(russian, ukrainian):
    assert ukrainian in ukrainian_spellings(russian)


def test_a_name_spelt_alike_in_both_gives_nothing_new():
    assert ukrainian_spellings("Суджа") == set() and ukrainian_spellings("Курчатов") == set()


@pytest.mark.parametrize("query, name, region", [
    ("Рильськ", "Ryl’sk", "Kursk Oblast"), ("Новоросійськ", "Novorossiysk", "Krasnodar Krai"),
    ("Шебекине", "Shebekino", "Belgorod Oblast"), ("Новий Оскол", "Novy Oskol",
                                                    "Belgorod Oblast"),
])
def test_the_default_gazetteer_finds_russian_towns_spelt_the_ukrainian_way(query, name, region):
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    place = OfflineGeocoder(load_gazetteer(None)).resolve(query)
    assert place.resolved and (place.candidate.name, place.candidate.admin1) == (name, region)


def test_a_ukrainian_place_keeps_its_name():
    # Bryansk Oblast's Klimovo would be "Климове", which a village of Crimea is called
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    place = OfflineGeocoder(load_gazetteer(None)).resolve("Климове")
    assert all(c.country_code == "UA" for c in (place.candidate, *place.alternatives) if c)


def test_no_one_word_adjective_form_is_added():
    # a stanitsa's "Днепровське" would be the town Kherson's "Днепровском районе" is named after
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    place = OfflineGeocoder(load_gazetteer(None)).resolve("Днепровське")
    assert all(c.country_code != "RU" for c in (place.candidate, *place.alternatives) if c)
