"""Reports to events: the seed report, the 46-report test set, provenance, unresolved places."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from geo.extract import Extractor
from geo.extract.evaluate import load_cases, score_cases
from tests.conftest import PROJECT_DIR

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
SEED = PROJECT_DIR / "seeds" / "000_4825203abfaed6e4.txt"


def test_seed_report_gives_exactly_its_three_events(extractor: Extractor) -> None:
    from geo.sources import read_source

    events = read_source(SEED, geocoder=extractor.geocoder)
    by_place = {row.place: row for row in events.itertuples()}
    assert sorted(by_place) == ["Kramatorsk", "Kyiv", "Pokrovsk"]
    assert by_place["Kramatorsk"].attack_types == ["glide_bomb"]
    assert by_place["Kramatorsk"].killed == 1
    assert sorted(by_place["Kyiv"].attack_types) == ["drone", "missile"]
    assert by_place["Pokrovsk"].attack_types == ["ground_assault"]
    assert by_place["Pokrovsk"].count == 50
    assert by_place["Pokrovsk"].count_qualifier == "more than"
    assert set(events["source"]) == {"seed:000_4825203abfaed6e4"}
    assert set(events["geo_precision"]) == {"settlement"}
    for name in ("Istanbul", "Turkey", "Moscow", "Washington"):
        assert name not in by_place


def test_seed_events_carry_their_sentence_and_dates(extractor: Extractor) -> None:
    text = SEED.read_text(encoding="utf-8")
    result = extractor.extract(text, source="seed", published="2025-07-22")
    assert not result.unresolved
    for event in result.events:
        start, end = event.extra["excerpt_start"], event.extra["excerpt_end"]
        assert text[start:end] == event.excerpt
        assert event.query in event.excerpt
        assert 0 < event.confidence <= 1
    kyiv = next(e for e in result.events if e.place == "Kyiv")
    assert (kyiv.date, kyiv.date_precision) == ("2025-07-21", "week")   # "earlier in the week"
    again = extractor.extract(text, source="seed", published="2025-07-22")
    assert [e.event_id for e in again.events] == [e.event_id for e in result.events]


def test_test_set_covers_three_languages() -> None:
    cases = load_cases(REPORTS)
    assert len(cases) >= 40
    languages = Counter(case["language"] for case in cases)
    assert set(languages) == {"en", "uk", "ru"} and min(languages.values()) >= 10
    assert any(not case["events"] for case in cases)          # reports with no event at all
    assert any(case["published"] is None for case in cases)


def test_test_set_scores(extractor: Extractor) -> None:
    scores = score_cases(load_cases(REPORTS),
                         lambda text, **kw: extractor.extract(text, **kw).events)
    summary = scores.summary()
    assert scores.f1 >= 0.90, (summary, scores.mistakes)
    assert scores.rate("casualties_exact") >= 0.90, (summary, scores.mistakes)
    assert scores.rate("dates_right") >= 0.90, (summary, scores.mistakes)
    assert scores.rate("types_right") >= 0.85, (summary, scores.mistakes)


def test_without_publication_date_dates_are_unknown(extractor: Extractor) -> None:
    events = extractor.extract("Yesterday a Russian drone hit Sumy, injuring two.",
                               source="x").events
    assert [(e.place, e.date, e.date_precision, e.injured) for e in events] == [
        ("Sumy", None, "unknown", 2)]


def test_a_hyphenated_region_in_a_list_of_regions(extractor: Extractor) -> None:
    """"Ivano-Frankivsk and Lviv regions": two oblasts (the hyphen used to stop the key
    matching the gazetteer's, and the city came out instead)."""
    events = extractor.extract("Shelling hit the Ivano-Frankivsk and Lviv regions overnight.",
                               source="x", published="2025-07-22").events
    assert sorted(e.place for e in events) == ["Ivano-Frankivsk Oblast", "Lviv Oblast"]


def test_ambiguous_attack_location_is_reported_not_placed(extractor: Extractor) -> None:
    result = extractor.extract("Russian artillery shelled Pervomaiske, injuring two people.",
                               source="x", published="2025-07-22")
    assert result.events == []
    assert [u.query for u in result.unresolved] == ["Pervomaiske"]
    assert "ambiguous" in result.unresolved[0].reason
    assert result.unresolved[0].alternatives


def test_figures_attach_to_the_place_they_are_said_of(extractor: Extractor) -> None:
    text = ("Russian missiles struck Odesa and Mykolaiv overnight. In Odesa, three people were "
            "killed. In Mykolaiv, a warehouse was damaged, but no one was injured.")
    events = {e.place: e for e in extractor.extract(text, source="x",
                                                    published="2025-07-22").events}
    assert (events["Odesa"].killed, events["Odesa"].injured) == (3, None)
    assert (events["Mykolaiv"].killed, events["Mykolaiv"].injured) == (None, 0)


def test_sentence_without_a_place_adds_to_the_place_in_focus(extractor: Extractor) -> None:
    text = ("Kharkiv Mayor Ihor Terekhov gave an update on Telegram.\n"
            "A drone hit a residential building in the city's Kyivskyi district, injuring "
            "four people.")
    events = extractor.extract(text, source="x", published="2025-07-22").events
    assert [(e.place, e.injured, e.attack_types) for e in events] == [
        ("Kharkiv", 4, ("drone",))]


def test_empty_and_eventless_texts(extractor: Extractor) -> None:
    assert extractor.extract("", source="x").events == []
    assert extractor.extract("The weather in Kyiv was sunny.", source="x").events == []


@pytest.mark.parametrize("name, floor", [("ucdp_candidate_ukraine_2022-02_2022-09.csv", 0.80),
                                         ("ucdp_ged221_ukraine_2014-01_2022-02.csv", 0.72)])
def test_places_read_from_real_ucdp_headlines_agree_with_ucdp(extractor: Extractor, name: str,
                                                             floor: float) -> None:
    """Unedited headlines: the places we read lie within 30 km of UCDP's own point."""
    from geo.extract.evaluate import headline_agreement
    from tests.conftest import shared_path

    result = headline_agreement(shared_path("events", name),
                                lambda text, **kw: extractor.extract(text, **kw).events)
    assert result["with_events"] >= 100
    assert result["agreement"] >= floor, result


def test_test_set_with_the_full_ukrainian_gazetteer(ua_dump) -> None:
    """33,681 Ukrainian places (villages named like words, units, weapons) add no mistakes."""
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    extractor = Extractor(OfflineGeocoder(load_gazetteer(ua_dump)))
    scores = score_cases(load_cases(REPORTS),
                         lambda text, **kw: extractor.extract(text, **kw).events)
    assert scores.f1 >= 0.95, (scores.summary(), scores.mistakes)
    assert scores.rate("casualties_exact") >= 0.95, (scores.summary(), scores.mistakes)
    assert scores.rate("dates_right") >= 0.95, (scores.summary(), scores.mistakes)


def test_a_power_plant_named_after_a_town_is_the_plant(ua_dump) -> None:
    """"Burshtyn TPP" is the plant GeoNames lists (Burshtynska TES), not the town, and an
    unlisted one ("Kurakhove TPP") is reported unplaced rather than put at its town."""
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    extractor = Extractor(OfflineGeocoder(load_gazetteer(ua_dump)))
    result = extractor.extract("A missile hit the Burshtyn TPP. Drones struck ZNPP's training "
                               "centre. A drone attack hit the Kurakhove TPP.", source="t.txt")
    places = {e.place: e for e in result.events}
    assert set(places) == {"Burshtynska TES", "Zaporizhia Nuclear Power Plant"}, places
    assert places["Burshtynska TES"].query == "Burshtyn TPP"
    assert [u.query for u in result.unresolved] == ["Kurakhove TPP"]
    assert "power plant" in result.unresolved[0].reason


def test_an_isw_list_of_places_under_one_verb(ua_dump) -> None:
    """ISW lists places after one verb, separated by semicolons, each located from a town:
    every one is an attack location, on the side stated ("southwest of Pokrovsk near
    Novopavlivka" is the village 35 km southwest, not the one 4 km southeast)."""
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder
    from geo.geocoding.ranking import haversine_km

    extractor = Extractor(OfflineGeocoder(load_gazetteer(ua_dump)))
    result = extractor.extract("Russian forces attacked west of Pokrovsk near Udachne and "
                               "Kotlyne; southwest of Pokrovsk near Novopavlivka; and east of "
                               "Pokrovsk near Sukhyi Yar.", source="isw.txt")
    events = {e.place: e for e in result.events}
    assert {"Udachne", "Kotlyne", "Novopavlivka", "Sukhyi Yar"} <= set(events), events
    novopavlivka = events["Novopavlivka"]
    assert float(haversine_km(48.14, 36.79, novopavlivka.lat, novopavlivka.lon)) < 5
    assert "Pokrovsk" not in events        # only the reference the places are located from
    assert all(e.attack_types == ("ground_assault",) for e in result.events)


def test_a_russian_mod_list_with_old_names_and_the_republic(ua_dump) -> None:
    """Russian MoD wording: old names (Красноармейск is Pokrovsk, Димитров Myrnohrad), a
    village GeoNames lists only romanised (Родинское) and the "republic" after it, which
    is no person's surname."""
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    extractor = Extractor(OfflineGeocoder(load_gazetteer(ua_dump)))
    result = extractor.extract("Подразделения нанесли поражение живой силе противника в "
                               "районах населенных пунктов Красноармейск, Димитров и Родинское "
                               "Донецкой Народной Республики.", source="mod.txt")
    assert [e.place for e in result.events] == ["Pokrovsk", "Myrnohrad", "Rodynske"]


def test_general_staff_directions_are_their_towns(ua_dump) -> None:
    """"На Гуляйпільському напрямку" is Huliaipole (і is о in Гуляйполе), not Zlatopil,
    once called Гуляйпіль; "Запорізькому" is Zaporizhzhia's (з is жж). A direction is a
    sector of the front, so it resolves to its town but is no attack on it."""
    from geo.extract.analysis import analyse, resolve_mentions
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    extractor = Extractor(OfflineGeocoder(load_gazetteer(ua_dump)))
    text = ("На Гуляйпільському напрямку ворог 12 разів атакував позиції наших захисників. "
            "На Запорізькому напрямку відбито 5 атак.")
    infos = analyse(text, extractor.finder)
    resolve_mentions(infos, extractor.geocoder, {}, extractor.finder)
    assert [(m.place.candidate.name, m.direction) for info in infos for m in info.mentions] \
        == [("Huliaipole", True), ("Zaporizhzhia", True)]
    assert extractor.extract(text, source="gs.txt").events == []


def test_bad_arguments_are_input_errors(extractor: Extractor) -> None:
    from geo.errors import InputError

    with pytest.raises(InputError, match="text"):
        extractor.extract(b"Drones hit Kyiv.", source="x")          # type: ignore[arg-type]
    with pytest.raises(InputError, match="published"):
        extractor.extract("Drones hit Kyiv.", source="x", published="22/07/2025")
