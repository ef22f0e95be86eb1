"""A village told with the town it lies near ("the village of X near Y", "село X під Y",
"деревню X под Y") is the namesake near that town, and the town only says where; when the
gazetteer has no such village, the town stands for the attack around it, at district
precision, never at its centre (geo.extract.near_towns). Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.distance import haversine_km
from geo.extract import Extractor

KHARKIV, HULIAIPOLE = (49.9935, 36.2304), (47.6644, 36.2569)


def _result(extractor: Extractor, text: str):
    return extractor.extract(text, source="t", published="2025-05-01")


@pytest.mark.parametrize("text, town", [
    ("Russian shelling hit the village of Zaliznychne near Huliaipole, wounding a woman.",
     HULIAIPOLE),
    ("Вчора дрон атакував село Вільхівка під Харковом, поранено чоловіка.", KHARKIV),
    ("Вчера дрон атаковал село Русская Лозовая под Харьковом, ранен мужчина.", KHARKIV),
])
def test_a_village_near_a_town_is_its_namesake_there_and_the_town_is_no_event(
        extractor, text, town):
    events = _result(extractor, text).events
    assert len(events) == 1, [e.place for e in events]
    event = events[0]
    assert event.geo_precision == "settlement" and event.injured == 1
    assert haversine_km(event.lat, event.lon, *town) <= 40


@pytest.mark.parametrize("text", [
    "Украинский дрон атаковал деревню Заречное под Брянском, ранен мужчина.",
    "A Ukrainian drone hit the village of Zarechnoye near Bryansk; a man was wounded.",
])
def test_a_village_the_gazetteer_lacks_leaves_the_town_standing_around_it(extractor, text):
    result = _result(extractor, text)
    assert [(e.place, e.geo_precision) for e in result.events] == [("near Bryansk", "district")]
    assert [u.query for u in result.unresolved] and "within 40 km of Bryansk" in \
        result.unresolved[0].reason


def test_fighting_near_towns_still_places_the_towns(extractor):
    events = _result(extractor, "Fighting continued near Pokrovsk and Myrnohrad, where five "
                                "attacks were repelled.").events
    assert [e.place for e in events] == ["Pokrovsk", "Myrnohrad"]


@pytest.mark.parametrize("text", [
    "One of the drones struck a home in the village of Chernechchyna in the Krasnopillia "
    "community, killing four.",
    "Дрон влучив у будинок у селі Чернеччина Краснопільської громади, загинули четверо.",
    "A drone struck a home in the village of Chernechchyna near Krasnopillia, killing four.",
    "A drone struck a home in the village of Chernechchyna in the Krasnopillia community, "
    "Sumy region, killing four.",
])
def test_a_village_told_with_its_community_is_the_namesake_there(extractor, text):
    """Two Chernechchynas (Sumy and Dnipropetrovsk oblasts) and several Krasnopillias: the
    one pair of them near each other is meant; the community's town only locates, and the
    toll is the village's."""
    result = _result(extractor, text)
    assert [(e.place, e.admin1, e.killed) for e in result.events] == [
        ("Chernechchyna", "Sumy Oblast", 4)]
    assert result.unresolved == []


def test_a_community_named_alone_is_still_reported(extractor):
    result = _result(extractor, "Shelling hit the Krasnopillia community.")
    assert result.events == [] and [u.query for u in result.unresolved] == ["Krasnopillia"]
