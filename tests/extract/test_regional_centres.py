""""The regional capital", "в обласному центрі", "областной центр" is the capital of the region
the report speaks of, or an unresolved place when it names none; a raion whose seat is a
town of the named city's oblast, far from it, is that raion, not one of the city's
districts (geo.extract.regional_centres, geo.extract.analysis). Reports written for these
tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.gazetteer.regions import regional_capital


def _events(extractor: Extractor, text: str) -> dict[str, object]:
    result = extractor.extract(text, source="t", published="2025-09-10")
    return {e.place: e for e in result.events}


@pytest.mark.parametrize("text, capital, injured", [
    ("Russian drones attacked Zaporizhzhia Oblast overnight, the governor said. In the "
     "regional capital, a drone hit a garage cooperative and two men were injured.",
     "Zaporizhzhia", 2),
    ("Уночі ворог атакував Одеську область ударними безпілотниками. В обласному центрі "
     "пошкоджено склад, постраждала 45-річна жінка.", "Odesa", 1),
    ("Начальник Харківської ОВА повідомив, що росіяни завдали удару КАБами по обласному "
     "центру. Поранено трьох людей.", "Kharkiv", 3),
    ("В Белгородской области за сутки пострадали четыре мирных жителя. Областной центр "
     "атаковали беспилотники, ранен мужчина.", "Belgorod", 1),
    ("У Дніпропетровській області уночі було неспокійно. По облцентру вдарили ракетою, "
     "поранено двох людей.", "Dnipro", 2),
])
def test_the_regional_centre_is_the_capital_of_the_named_region(extractor, text, capital,
                                                                 injured):
    events = _events(extractor, text)
    assert capital in events
    assert events[capital].geo_precision == "settlement"
    assert events[capital].injured == injured


def test_the_centre_is_that_of_the_region_named_last_before_it(extractor):
    events = _events(extractor, "У Сумській області дрон пошкодив ферму. На Полтавщині теж "
                                "було гучно: у обласному центрі уламки ракети впали на "
                                "подвір'я, поранено чоловіка.")
    assert "Poltava" in events and "Sumy" not in events
    assert events["Poltava"].injured == 1


def test_a_regional_centre_with_no_region_named_is_reported_unplaced(extractor):
    result = extractor.extract("A missile struck the regional capital, killing two people, "
                               "officials said.", source="t", published="2025-09-10")
    assert not result.events
    assert [u.query for u in result.unresolved] == ["regional capital"]
    assert "names no region" in result.unresolved[0].reason


@pytest.mark.parametrize("text", [
    # an institution of the region, not its capital
    "Жінку доставили до обласного центру екстреної медичної допомоги після удару дрона "
    "по Херсону.",
    "The wounded were taken to the regional center for trauma care after the drone attack "
    "on Kherson.",
])
def test_a_regional_institution_is_no_place(extractor, text):
    result = extractor.extract(text, source="t", published="2025-09-10")
    assert [e.place for e in result.events] == ["Kherson"]
    assert not result.unresolved


def test_an_occupied_regional_capital_is_not_guessed(extractor):
    result = extractor.extract("Ворог обстріляв Донецьку область. Вибухи лунали в обласному "
                               "центрі.", source="t", published="2025-09-10")
    assert "Donetsk" not in {e.place for e in result.events}
    assert regional_capital("Donetsk Oblast") is None
    assert regional_capital("Volyn Oblast") == "Lutsk"
    assert regional_capital("Kursk Oblast") == "Kursk"


def test_a_far_town_of_the_city_oblast_names_a_raion_not_a_city_district(extractor):
    events = _events(extractor, "Окрім Одеси, під атакою дронів опинився Ізмаїльський район.")
    assert {"Odesa", "Izmail district"} <= set(events)
    events = _events(extractor, "В Одесі уламки дрона впали у Приморському районі міста.")
    assert set(events) == {"Odesa"}
