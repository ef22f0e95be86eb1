"""Districts (raions) named in a query, and namesakes that stay unresolved."""
from __future__ import annotations

import pytest

from geo.gazetteer.districts import district_phrases, district_stem, read_geonames_districts
from geo.distance import haversine_km
from geo.geocoding.ranking import Evidence
from tests.conftest import shared_path


@pytest.mark.parametrize("a, b", [
    ("Yasinovatsky district", "Yasynuvats'kyy Rayon"),
    ("Ясиноватського району", "Yasinovatskiy Rayon"),
    ("Maryinsky district", "Marinka Raion"),
    ("Shakhtersky district", "Shakhtarskyi Raion"),
    ("Stanichno-Lugansky district", "Stanychno-Luhans’kyy Rayon"),
    ("Kramatorsk district", "Kramatorskyi Raion"),
])
def test_spellings_of_one_district_share_a_stem(a, b):
    assert district_stem(a) is not None and district_stem(a) == district_stem(b)


def test_type_words_alone_are_no_district():
    assert district_stem("district") is None and district_stem("Raion") is None
    assert district_stem("Volnovakha district") != district_stem("Vasylivka raion")


def test_district_phrases_offer_two_words_then_one():
    assert district_phrases("near Slavne, Maryinsky district, Donetsk region") == [
        ("Maryinsky", "district"), ("Donetsk", "region")]
    assert ("Krasnyi Lyman", "district") in district_phrases("the Krasnyi Lyman district")


def test_dump_districts_current_and_former():
    table = read_geonames_districts(shared_path("gazetteer", "UA.txt"))
    (volnovakha,) = table.lookup("Volnovakha district")
    assert table.name[volnovakha] == "Volnovakha Raion" and table.admin2[volnovakha] == "1404"
    (yasynuvata,) = table.lookup("Yasinovatsky district")
    assert table.name[yasynuvata] == "Yasynuvata Raion" and table.admin2[yasynuvata] == ""
    assert table.lookup("Ясиноватського району") == (yasynuvata,)
    assert table.lookup("Qwxzzy district") == ()
    # GeoNames files some former raions as ADM3 without an oblast: read by their own
    # name, not by their older ones (Perevalsk raion was once "Voroshilovsky")
    (perevalsk,) = table.lookup("Pereval'skiy district")
    assert table.name[perevalsk] == "Pereval’skiy Rayon" and table.admin2[perevalsk] == ""
    assert table.lookup("Voroshilovsky district") == ()


def test_a_former_raion_filed_without_an_oblast_still_decides(full):
    """Komisarivka in Perevalsk raion is now Holubivka; the other Komisarivka of Luhansk
    oblast lies 70 km east."""
    place = full.resolve("near Komisarivka town, Pereval'skiy district, Luhansk region")
    assert place.resolved and place.candidate.name == "Holubivka", place


def test_an_oblast_is_not_read_as_its_namesake_raion(full):
    evidence = full._districts.evidence("Sedovo, Donetsk region", Evidence())
    assert not evidence.districts and not evidence.district_points
    evidence = full._districts.evidence("Stepne in the Volnovakha region", Evidence())
    assert evidence.districts == {("05", "1404")}


@pytest.mark.parametrize("with_district, without, point", [
    ("near the village of Troitske (Popasnyansky district)", "near the village of Troitske",
     (48.5264, 38.3644)),
    ("near Slavne, Maryinsky district, Donetsk region", "near Slavne, Donetsk region",
     (47.834, 37.566)),
    ("near the village of Hranitne, Volnovakha district, Donetsk region",
     "near the village of Hranitne, Donetsk region", (47.457, 37.864)),
])
def test_the_district_decides_between_namesakes(full, with_district, without, point):
    assert full.resolve(without).reason.startswith("ambiguous")
    place = full.resolve(with_district)
    assert place.resolved, place.reason
    assert haversine_km(place.candidate.lat, place.candidate.lon, *point) < 5


def test_a_cyrillic_district_in_a_case_form(full):
    place = full.resolve("Ясиноватського району, село Піски")
    assert place.resolved and place.candidate.name == "Pisky"
    assert haversine_km(place.candidate.lat, place.candidate.lon, 48.067, 37.670) < 5


def test_many_weaker_namesakes_leave_a_bare_name_unresolved(full):
    """18 villages called Dachne: the one with a known population is no answer."""
    place = full.resolve("Dachne village")
    assert not place.resolved and place.reason.startswith("ambiguous: ")
    assert len(place.alternatives) > 1


def test_a_districts_centre_is_no_tie_break_between_its_villages(full):
    """Old Shakhtarsk raion holds both Stepano-Krynka (once Stepanovka, 16 km from
    Shakhtarsk) and Stepanivka (29 km). The district cannot tell them apart, and nearness
    to the town it is named after picked Stepano-Krynka, 35 km from the Stepanivka meant.
    A named district now ranks by itself only: this stays unresolved, never the wrong
    village."""
    for query in ("near the village of Stepanovka, Shakhtersky district, Donetsk region",
                  "near the village of Stepanovka (Shakhtersky district) Donetsk region",
                  # "district of Donetsk" places the district, not the village by the city
                  "near the village of Stepanovka in the Shakhtyorsky district of Donetsk"):
        place = full.resolve(query)
        assert not place.resolved or haversine_km(
            place.candidate.lat, place.candidate.lon, 47.9268, 38.8019) < 25, (query, place)


def test_a_cyrillic_village_in_a_named_raion_found_by_its_romanised_spelling(resolver):
    """GeoNames names a village of Kharkiv raion only "Ivanovka" (no Ukrainian form):
    "Іванівка Харківського району" finds it through the raion, spelling-insensitively."""
    for query in ("селище Іванівка Харківського району", "Іванівка, Харківський район"):
        place = resolver.resolve(query)
        assert place.resolved and place.candidate.admin1 == "Kharkiv Oblast", place


@pytest.mark.parametrize("text, point", [
    # "Berezovoe" is an alternate of the Dnipropetrovsk Berezove only; the district decides
    # among all its namesakes (was the Dnipropetrovsk one, 82 km off)
    ("near the village of Berezovoe (Maryinsky district)", (47.767, 37.582)),
    ("near the village of Redkodub (Shakhtersky district)", (48.268, 38.522)),
    ("Maryinsky district", (47.945, 37.505)),    # Marinka's, not villages spelt like Marivka
])
def test_a_district_ranks_every_namesake_of_a_spelling(full, text, point):
    place = full.resolve(text)
    assert place.resolved, place
    assert haversine_km(*point, place.candidate.lat, place.candidate.lon) < 5, place


@pytest.mark.parametrize("text", ["Андріївка, Сумський район", "Андріївка Сумського району",
                                  "у селі Андріївка Сумського району"])
def test_a_raion_with_a_short_stem(full, text):
    """Sumy's raion ("Сумський", stem "sum") was too short a stem to be read: the answer was
    an Andriivka of Kharkiv Oblast, 218 km away, instead of the one in Sumy raion."""
    place = full.resolve(text)
    assert place.resolved and place.candidate.geonameid == 713416, place
