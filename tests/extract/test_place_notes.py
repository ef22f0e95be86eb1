"""A roundup's note in brackets after a place gives that place's casualties ("Vovchansk
(a woman killed)"), while brackets that only locate or count something else stay asides
(geo.extract.figure_tokens, geo.extract.figure_attach). Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _figures(extractor: Extractor, text: str) -> dict[str, tuple]:
    result = extractor.extract(text, source="t", published="2025-05-01")
    return {e.place: (e.killed, e.injured) for e in result.events}


@pytest.mark.parametrize("text", [
    "Протягом доби обстрілів зазнали Куп'янськ (поранено двох чоловіків), Вовчанськ "
    "(загинула 70-річна жінка) та Дворічна (пошкоджено будинок).",
    "За сутки обстрелам подверглись Купянск (ранены двое мужчин), Волчанск (погибла "
    "70-летняя женщина, горел частный дом) и Двуречная (повреждён дом).",
    "Over the past day, Russian forces shelled Kupiansk (two men injured), Vovchansk (a "
    "70-year-old woman killed) and Dvorichna (a house damaged).",
])
def test_a_note_in_brackets_gives_its_places_figures(extractor, text):
    assert _figures(extractor, text) == {"Kupiansk": (None, 2), "Vovchansk": (1, None),
                                         "Dvorichna": (None, None)}


def test_a_figure_deep_in_a_note_stays_with_its_place(extractor):
    figures = _figures(extractor, "Обстрілів зазнали Вовчанськ (спалахнула пожежа в "
                                  "приватному будинку, загинув 65-річний чоловік) і Куп'янськ.")
    assert figures == {"Vovchansk": (1, None), "Kupiansk": (None, None)}


@pytest.mark.parametrize("text", [
    "Three people (two women and a man) were injured when a drone hit Sumy.",
    "In Kupiansk (Kharkiv Oblast) three people were injured by shelling.",
])
def test_asides_in_brackets_still_leave_the_figure_whole(extractor, text):
    assert list(_figures(extractor, text).values()) == [(None, 3)]
