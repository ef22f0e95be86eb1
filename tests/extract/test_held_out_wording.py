"""Wording found on real pages outside the development corpus, in sentences written for
these tests: apostrophes typed as other marks, attack verbs of Ukrainian officials, and
victims counted by their ages or as a couple."""
from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.figures import find_figures
from geo.extract.sentences import with_plain_apostrophes


def _events(extractor: Extractor, text: str) -> list[tuple]:
    result = extractor.extract(text, source="t", published="2025-09-08")
    return [(e.place, e.killed, e.injured) for e in result.events]


@pytest.mark.parametrize("mark", ["‘", "`", "´", "ʹ"])
def test_an_apostrophe_typed_as_another_mark_reads_as_one(extractor, mark):
    text = f"У селі Петропавлівка Куп{mark}янського району дрон влучив в авто, загинули двоє людей."
    result = extractor.extract(text, source="t", published="2025-09-08")
    assert [(e.place, e.killed) for e in result.events] == [("Petropavlivka", 2)]
    assert result.events[0].excerpt == text          # the report's own words


def test_plain_apostrophes_keep_the_length_and_quotes():
    text = "Куп‘янськ, ‘quoted’ and `code`"
    assert with_plain_apostrophes(text) == "Куп’янськ, ‘quoted’ and `code`"
    assert len(with_plain_apostrophes(text)) == len(text)


@pytest.mark.parametrize("text, places", [
    ("Увечері ворог бив по Нікополю.", ["Nikopol"]),
    ("Окупанти гатили по Марганецькій громаді.", ["Marhanets"]),
    ("Агресор цілив по Нікополю й Марганцю.", ["Nikopol", "Marhanets"]),
    ("У вівторок окупанти відкрили вогонь в напрямку Гродівки.", ["Hrodivka"]),
    ("Russian aircraft dropped bombs on the villages of Tiahynka and Odradokamianka.",
     ["Tiahynka", "Odradokamianka"]),
])
def test_attack_verbs_of_officials_make_events(extractor, text, places):
    assert [p for p, _, _ in _events(extractor, text)] == places


def test_bombs_dropped_are_an_airstrike(extractor):
    result = extractor.extract("Russian aircraft dropped bombs on the village of Tiahynka.",
                               source="t", published="2025-09-08")
    assert result.events[0].attack_types == ("airstrike",)


@pytest.mark.parametrize("text, figures", [
    ("Men aged 41, 57 and 70 were injured in the strike.", [("injured", 3)]),
    ("Women aged 33 and 64 were hurt.", [("injured", 2)]),
    ("The shelling killed an elderly couple.", [("killed", 2)]),
    ("A drone killed a couple near the bridge.", [("killed", 2)]),
    ("A watchman, 58, was hurt.", [("injured", 1)]),
    ("A security guard, 61, was killed.", [("killed", 1)]),
    ("Двоє чоловіків 47 і 63 років дістали поранення.", [("injured", 2)]),
    ("Чоловіки 40 і 45 років постраждали.", [("injured", 2)]),
    ("Мужчины 34 и 52 лет ранены.", [("injured", 2)]),
    ("Загинули 2 людини 20 і 21 травня.", [("killed", 2)]),      # days, not ages
    ("A drone hit a car, 2, was hurt.", []),                        # no person
])
def test_victims_counted_by_their_ages_or_as_a_couple(text, figures):
    assert [(f.kind, f.value) for f in find_figures(text)] == figures
