"""Wording of real reports (news sites, officials) that the rules first got wrong.

Each case is written in our own words after a phenomenon seen in real report text; the
real-text corpus itself is read from ../shared by test_real_corpus.py and never copied here.
"""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _places(extractor: Extractor, text: str) -> list[str]:
    return [e.place for e in extractor.extract(text, source="t", published="2025-03-10").events]


@pytest.mark.parametrize("text, places", [
    ("A missile hit Kharkiv on Sunday, killing two. Since the start of the full-scale invasion, "
     "more than 400 civilians have been killed in Izium.", ["Kharkiv"]),
    ("Drones struck Odesa overnight. The figures do not include the casualties in Mariupol, "
     "where the toll cannot be verified.", ["Odesa"]),
    ("Ракета влучила в Суми. З початку повномасштабного вторгнення в Охтирці загинули 90 людей.",
     ["Sumy"]),
    ("Дроны атаковали Белгород. С начала СВО в Шебекино погибли 40 мирных жителей.",
     ["Belgorod"]),
])
def test_a_running_toll_names_no_event(full, text, places):
    """A toll since the invasion began, or a caveat about one, tells of no strike: its place
    is no event and its figure belongs to no strike of the report."""
    assert _places(full, text) == places


def test_a_running_toll_gives_its_figure_to_no_strike(full):
    result = full.extract("Shelling hit Nikopol on Monday; one man was injured. Since February 24 "
                          "the city has lost 60 residents.", source="t", published="2025-03-10")
    assert [(e.place, e.killed, e.injured) for e in result.events] == [("Nikopol", None, 1)]
