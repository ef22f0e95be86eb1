"""Russian regions beyond the border that reports of drone strikes name: "in Saratov Oblast"
is the region, never a second event at its capital; places there carry their region; a
raion's adjective is never read as a town's of those regions. Sentences are our own."""
from __future__ import annotations

import pytest


def _events(extractor, text: str):
    return [(e.place, e.geo_precision, e.admin1) for e in
            extractor.extract(text, source="t", published="2025-07-01").events]


@pytest.mark.parametrize("text, expected", [
    ("Drones struck the Engels air base in Saratov Oblast overnight.",
     [("Engels", "settlement", "Saratov Oblast")]),
    ("A fire broke out at an oil depot in Lipetsk region after a drone attack.",
     [("Lipetsk Oblast", "region", "Lipetsk Oblast")]),
    ("Беспилотники атаковали нефтезавод в Рязанской области.",
     [("Ryazan Oblast", "region", "Ryazan Oblast")]),
    # (the town spelt the Ukrainian way is found since geo.gazetteer.ukrainian_spelling)
    ("Дрони вдарили по заводу в Єлабузі, Республіка Татарстан.",
     [("Yelabuga", "settlement", "Republic of Tatarstan")]),
    ("A drone hit a chemical plant in Nevinnomyssk, Stavropol Krai.",
     [("Nevinnomyssk", "settlement", "Stavropol Krai")]),
    ("Беспилотник упал на территории Краснодарского края.",
     [("Krasnodar Krai", "region", "Krasnodar Krai")]),
])
def test_a_russian_region_is_the_region_and_its_places_carry_it(extractor, text, expected):
    assert _events(extractor, text) == expected


def test_a_city_district_told_by_an_old_name_is_no_raion_of_a_far_russian_city(extractor):
    # "Куйбышевский район" is a district of Donetsk; Samara was called Kuybyshev
    text = ("Мэр Донецка сообщил, что мужчина погиб при обстреле Куйбышевского района. "
            "Донецк обстреляли снова.")
    places = [place for place, _, _ in _events(extractor, text)]
    assert places == ["Donetsk"]
