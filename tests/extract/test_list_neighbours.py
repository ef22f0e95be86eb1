"""A name two villages share alike, in a list of places, is the namesake among its list
neighbours when clearly so, and stays unplaced otherwise (geo.extract.list_neighbours).
Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _result(extractor: Extractor, text: str):
    return extractor.extract(text, source="t", published="2025-05-01")


#: a day's list across the oblast: the report's places as a whole leave two Stepoves of
#: Zaporizhzhia Oblast alike; its list neighbours Lobkove and Plavni decide
_OBLAST_LIST = ("Запорізька область. За добу окупанти завдали 80 ударів по Гуляйполю, "
                "Залізничному, Новоандріївці, Оріхову, Новодарівці, Малинівці, Левадному, Малій "
                "Токмачці, Чарівному, Ольгівському, Білогір'ю, Степногірську, Кам'янському, "
                "Малих Щербаках, П'ятихатках, Лобковому, Степовому й Плавнях.")


@pytest.mark.parametrize("text", [
    _OBLAST_LIST,
    "Окупанти обстріляли Лобкове, Степове та Плавні.",
    "Russian forces shelled Lobkove, Stepove and Plavni.",
])
def test_an_ambiguous_name_is_the_namesake_among_its_list_neighbours(extractor, text):
    events = {e.place: e for e in _result(extractor, text).events}
    stepove = events["Stepove"]
    assert stepove.admin1 == "Zaporizhzhia Oblast"
    assert abs(stepove.lat - 47.54) < 0.05 and abs(stepove.lon - 35.48) < 0.05


def test_without_list_neighbours_the_name_stays_unplaced(extractor):
    result = _result(extractor, "Окупанти обстріляли Степове.")
    assert "Stepove" not in {e.place for e in result.events}
    assert "Степове" in [u.query for u in result.unresolved]


def test_a_village_and_its_hromada_are_read_together(extractor):
    # "Донецькому" is also Donetsk; "Миколаївської" is also Mykolaiv's: beside Maiaky and
    # Sviatohirsk they are Donetske of the Mykolaivka hromada of Donetsk Oblast
    result = _result(extractor, "Краматорський район. У Маяках Святогірської громади "
                                "пошкоджено будинок. У Донецькому Миколаївської громади "
                                "загинули 2 людини.")
    events = {e.place: e for e in result.events}
    assert set(events) == {"Maiaky", "Donetske"}
    assert events["Donetske"].admin1 == "Donetsk Oblast" and events["Donetske"].killed == 2


@pytest.mark.parametrize("text", [
    "Shelling killed four civilians in Donetsk Oblast on Tuesday: one each in Zarichne, "
    "Druzhkivka, Berestky and Uspenivka. The count leaves out Mariupol and Volnovakha.",
    "Росіяни вбили чотирьох мешканців Донеччини: двох у Зарічному, по одному в Берестках та "
    "Успенівці. Дані без Маріуполя та Волновахи.",
])
def test_a_name_the_report_placed_far_from_its_list_is_the_namesake_in_the_list(extractor,
                                                                               text):
    """Mariupol, named later, made the report context pick the Uspenivka near it (100 km
    south); listed beside Berestky, it is the Uspenivka 10 km from Berestky."""
    events = extractor.extract(text, source="t", published="2024-10-31").events
    uspenivka = next(e for e in events if e.place == "Uspenivka")
    assert uspenivka.geonameid == 690618
