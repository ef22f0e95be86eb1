"""A list of places after a dash goes on the clause before it, as after a semicolon: the
places an oblast administration lists under a raion or oblast ("Синельниківський район —
Межівську громаду", "Kharkiv Oblast — Kupiansk and Izium") are attacked too
(geo.extract.sentence_reading). Reports written for these tests."""
from __future__ import annotations

import pytest


def _places(extractor, text: str) -> list[str]:
    return [e.place for e in extractor.extract(text, source="t", published="2025-07-01").events]


@pytest.mark.parametrize("text, places", [
    ("Також ворог атакував Синельниківський район — Межівську громаду.", {"Mezhova"}),
    ("Drones hit Kharkiv Oblast — Kupiansk and Izium.", {"Kupiansk", "Izium"}),
    ("Росіяни обстріляли Нікопольський район — Нікополь і Марганецьку громаду.",
     {"Nikopol", "Marhanets"}),
])
def test_places_listed_after_a_dash_are_attacked(extractor, text, places):
    assert places <= set(_places(extractor, text))


def test_a_dash_before_a_toll_still_tells_the_places_toll(extractor):
    result = extractor.extract("Ворог атакував Купʼянськ — двоє поранених.", source="t",
                               published="2025-07-01")
    assert [(e.place, e.injured) for e in result.events] == [("Kupiansk", 2)]
