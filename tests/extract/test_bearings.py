"""A town a bearing is told from ("Lyptsi, 20 km north of Kharkiv") only says where the place
named before it lies: no event there, and no toll for it (geo/extract/not_hit.py); one that
unnamed places lie around ("villages north of Kharkiv") is where the attack was, near it
(geo/extract/near_towns.py). Sentences are our own."""
from __future__ import annotations

import pytest


def _events(extractor, text: str):
    return [(e.place, e.injured) for e in
            extractor.extract(text, source="t", published="2025-07-01").events]


@pytest.mark.parametrize("text", [
    "An air strike hit Lyptsi, 20 km north of Kharkiv.",
    "An air strike hit Lyptsi north of Kharkiv.",
    "Lyptsi, located northeast of Kharkiv, was hit by a guided bomb.",
    "Авіаудар по Липцях на північ від Харкова.",
    "Авиаудар по селу Липцы, что в 20 км к северу от Харькова.",
    "Обстреляли Липцы севернее Харькова.",
])
def test_the_town_of_the_bearing_is_no_event(extractor, text):
    assert [place for place, _ in _events(extractor, text)] == ["Lyptsi"]


def test_a_toll_after_the_bearing_is_not_the_towns(extractor):
    events = _events(extractor, "Drones hit Lyptsi and Hlyboke, north of Kharkiv, injuring two.")
    assert "Kharkiv" not in [place for place, _ in events]


def test_an_attack_on_the_area_around_a_town_is_near_the_town(extractor):
    # no place before the bearing: the town is all the text says of where, and it was not hit
    events = extractor.extract("Russian forces struck villages north of Kharkiv, injuring two.",
                               source="t", published="2025-07-01").events
    assert [(e.place, e.geo_precision, e.injured) for e in events] == [
        ("near Kharkiv", "district", 2)]


@pytest.mark.parametrize("text, place", [
    ("Russian forces struck areas near Kharkiv.", "near Kharkiv"),
    ("Обстріляно села поблизу Куп'янська.", "near Kupiansk"),
    ("ВСУ обстреляли населённые пункты вблизи Белгорода.", "near Belgorod"),
])
def test_unnamed_places_around_a_town_are_near_it(extractor, text, place):
    events = extractor.extract(text, source="t", published="2025-07-01").events
    assert [(e.place, e.geo_precision) for e in events] == [(place, "district")]


@pytest.mark.parametrize("text, places", [
    ("Drones hit Kharkiv and villages near Chuhuiv.", ["Kharkiv", "Chuhuiv"]),
    ("Russian forces shelled the outskirts of Kharkiv.", ["Kharkiv"]),
    ("Russian troops attacked Kharkiv.", ["Kharkiv"]),
])
def test_a_town_told_with_other_places_or_hit_itself_stays_the_town(extractor, text, places):
    assert [p for p, _ in _events(extractor, text)] == places


def test_two_places_struck_keep_both_when_one_is_told_from_the_other(extractor):
    events = _events(extractor, "Shelling hit Kharkiv and Chuhuiv, east of the city.")
    assert [place for place, _ in events] == ["Kharkiv", "Chuhuiv"]
