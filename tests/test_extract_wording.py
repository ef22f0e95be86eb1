"""Ukrainian and Russian report wording that used to lose events or place them wrong."""
from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.gazetteer import load_gazetteer
from geo.geocoding import OfflineGeocoder
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def full() -> Extractor:
    return Extractor(OfflineGeocoder(load_gazetteer(shared_path("gazetteer", "UA.txt"))))


def _events(extractor: Extractor, text: str) -> list[tuple[str, str, int | None]]:
    result = extractor.extract(text, source="t", published="2025-06-04")
    return [(e.place, e.admin1, e.killed) for e in result.events]


def test_a_neuter_name_in_a_case_form_is_the_town_named_before(full):
    """"у Гуляйполі" is the locative of Гуляйполе: the Zaporizhzhia town, not the
    Cherkasy village GeoNames also calls "Гуляйполь", 400 km away."""
    assert _events(full, "Під ударами були Гуляйполе та Оріхів. Загинула жінка у Гуляйполі.") \
        == [("Huliaipole", "Zaporizhzhia Oblast", 1), ("Orikhiv", "Zaporizhzhia Oblast", None)]
    assert _events(full, "Загинула жінка у Гуляйполі.") == \
        [("Huliaipole", "Zaporizhzhia Oblast", 1)]


@pytest.mark.parametrize("text", [
    "Нові удари по Харкову: поранено 3 людей.",        # no village Nova or Nove
    "Широкі руйнування в Харкові після атаки дронів.",   # no village Shyroke
    "Новые удары по Харькову: ранены 3 человека.",
])
def test_a_plural_adjective_opening_a_sentence_is_no_place(full, text):
    assert [place for place, _, _ in _events(full, text)] == ["Kharkiv"]


def test_a_dative_opening_a_sentence_is_still_a_place(full):
    assert _events(full, "Харкову завдано удару, поранено 3 людей.")[0][0] == "Kharkiv"


def test_places_listed_after_a_dash_share_the_attack_before_it(full):
    """"вбили" (killed) says an attack happened; the towns after the dash are where."""
    events = _events(full, "Донеччина: за добу росіяни вбили 3 мешканців області — у "
                           "Костянтинівці, Дружківці та Миколаївці.")
    assert [place for place, _, _ in events] == \
        ["Donetsk Oblast", "Kostiantynivka", "Druzhkivka", "Mykolaivka"]
    assert events[0][2] == 3          # the oblast's total, not one town's
