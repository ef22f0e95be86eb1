"""Russian regions named the Ukrainian way ("Бєлгородщина", "Брянщина"), a raion mention
left unplaced beside a town of its own region (it crashed extraction), and Russian case
forms of villages GeoNames lists only romanised ("в Дарьевке"). Reports written for these
tests."""
from __future__ import annotations

import pytest


def _events(extractor, text: str) -> list[tuple]:
    result = extractor.extract(text, source="t", published="2025-09-22")
    return [(e.place, e.geo_precision, e.killed, e.injured) for e in result.events]


def test_a_raion_left_unplaced_beside_a_town_does_not_crash(extractor):
    text = ("Брянщина: вибухи в Унечі\nУ ніч на неділю дрони атакували нафтобазу в Унечі "
            "Брянської області. Спалахнула пожежа.")
    assert [e[0] for e in _events(extractor, text)] == ["Unecha"]


@pytest.mark.parametrize("text, region", [
    ("Дрони атакували Бєлгородщину, пошкоджено лінію електропередачі.", "Belgorod Oblast"),
    ("На Курщині дрон поранив двох людей.", "Kursk Oblast"),
    ("Брянщину атакували дрони, пошкоджено склад.", "Bryansk Oblast"),
])
def test_russian_regions_named_the_ukrainian_way(extractor, text, region):
    assert [(p, g) for p, g, _, _ in _events(extractor, text)] == [(region, "region")]


def test_a_russian_case_form_of_a_village_listed_only_romanised(extractor):
    # GeoNames lists Darivka of Kherson Oblast as "Darivka" and "Dar'yevka", not "Дарьевка"
    events = _events(extractor, "В Дарьевке от удара дрона погиб мужчина.")
    assert events == [("Darivka", "settlement", 1, None)]
