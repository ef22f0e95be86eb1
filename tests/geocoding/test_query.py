"""Reading location texts: names, roles and the choice of the place meant."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.gazetteer import load_gazetteer
from geo.geocoding import ResolveContext
from geo.geocoding import query as q
from geo.geocoding.resolver import Resolver


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def roles(gazetteer, text):
    return [(h.text, h.role) for h in q.scan(gazetteer, text)]


def test_direction_district_and_reference_names_are_context(gazetteer):
    text = "Kurakhove direction: near the village of Dachne in the Donetsk region"
    assert roles(gazetteer, text)[0] == ("Kurakhove", q.CONTEXT)
    assert ("Volnovakha", q.CONTEXT) in roles(gazetteer, "Stepne (Volnovakha district)")
    assert ("Mariupol", q.CONTEXT) in roles(gazetteer, "20 km north of Mariupol")
    assert ("Horlivka", q.CONTEXT) in roles(gazetteer, "Horlivka's suburb of Zaitseve")


def test_a_lowercase_text_with_a_capital_first_word_is_read_as_typed(gazetteer):
    """Only capitalised names count in a cased text; a capital on the first word alone
    does not make the text cased ("Near donetsk" was "no name found")."""
    assert roles(gazetteer, "Near donetsk") == [("donetsk", q.PLACE)]
    assert roles(gazetteer, "near donetsk") == [("donetsk", q.PLACE)]
    assert Resolver(gazetteer).resolve("Near donetsk").candidate.name == "Donetsk"
    assert roles(gazetteer, "Shelling of the village at night") == []


def test_a_position_named_like_a_place_is_not_the_place(gazetteer):
    """Strongholds and observation posts have names: "Stanislav" is also Ivano-Frankivsk's
    former name, 1,000 km from this stronghold."""
    text = "at the Stanislav platoon stronghold in the Debaltseve area"
    assert roles(gazetteer, text) == [("Stanislav", q.CONTEXT), ("Debaltseve", q.PLACE)]
    assert Resolver(gazetteer).resolve(text).candidate.name == "Debaltseve"
    assert roles(gazetteer, "the Stanislav OP near Debaltseve")[0] == ("Stanislav", q.CONTEXT)


def test_a_border_named_as_a_reference_is_not_the_place(gazetteer):
    text = "near the village of Pionerskoye, 7 km from the border with Russia"
    assert ("Russia", q.IGNORED) in roles(gazetteer, text)
    place = Resolver(gazetteer).resolve(text)
    assert not place.resolved or place.candidate.country_code == "UA", place


def test_points_stated_in_the_text():
    assert q.stated_points("Verbivka, Kharkiv Oblast. 49.48613251095017, 36.84078934388335.") \
        == ((49.48613251095017, 36.84078934388335),)
    assert q.stated_points("At 47.813111,37.488924") == ((47.813111, 37.488924),)
    assert q.stated_points("version 1.2.3, 12.5 km, 100.123, 20.456") == ()


def test_a_stated_point_picks_the_namesake_beside_it(full):
    """Two Verbivkas in Kharkiv oblast (3,507 and 3,377 people); the source's own
    geolocation says which."""
    text = "Verbivka, #Kharkiv Oblast. 49.48613251095017, 36.84078934388335."
    place = full.resolve(text)
    assert place.resolved and abs(place.candidate.lon - 36.83) < 0.01, place
    assert not full.resolve("Verbivka, Kharkiv Oblast").resolved


def test_streets_and_rivers_are_ignored(gazetteer):
    assert ("Kharkiv", q.IGNORED) not in roles(gazetteer, "Kharkiv")
    assert roles(gazetteer, "Pushkin Street in Kharkiv")[-1] == ("Kharkiv", q.PLACE)


def test_common_words_and_acronyms_are_not_places(gazetteer):
    names = [h.text for h in q.scan(gazetteer, "The ROP near Victory Square, city of Kramatorsk")]
    assert names == ["Kramatorsk"]


def test_multiword_region_names_with_apostrophes(gazetteer):
    hits = q.scan(gazetteer, "village of Luhanske in the Donetsk People's Republic")
    assert hits[-1].text == "Donetsk People's Republic"


def test_district_adjective_gives_its_centre_as_context(gazetteer):
    hit = q.scan(gazetteer, "Slavyanoserbsky district")[0]
    assert hit.role == q.CONTEXT
    assert gazetteer.data.name[hit.postings[0] // 4] == "Slovianoserbsk"


def test_two_names_joined_by_a_hyphen_are_both_read(full):
    """"Pokrovsk-Myrnohrad agglomeration" named nothing; a hyphenated name stays whole and
    a lower-case compound is no place."""
    place = full.resolve("Pokrovsk-Myrnohrad agglomeration")
    assert place.resolved and place.candidate.name == "Pokrovsk", place
    place = full.resolve("at a checkpoint near Marinka-Kurakhovo (Donetsk region)")
    assert place.resolved and place.candidate.name == "Marinka", place
    assert full.resolve("Kupiansk-Vuzlovyi").candidate.name == "Kupiansk-Vuzlovyi"
    assert not full.resolve("in the war-torn east of the country").resolved


@pytest.mark.parametrize("text, region", [
    ("Нова Балка, Харківська область", "Kharkiv Oblast"),           # not a village Balka
    ("Велика Комишуватка, Запорізька область", "Zaporizhzhia Oblast"),   # not Velykyi
    ("Velyka Komyshuvatka, Zaporizhzhia Oblast", "Zaporizhzhia Oblast"),
    ("Male Hrosulove, Odesa Oblast", "Odesa Oblast"),                # not a village Male
])
def test_a_two_word_name_the_gazetteer_lacks_is_no_place_of_either_word(full, text, region):
    """Two names side by side after a first word of two-word names ("Нова", "Velyka") are
    one name the dump lacks: the answer is the region the text names, never either word's
    namesake (GeoNames has no Nova Balka; OpenStreetMap does, 145 km from any Balka)."""
    place = full.resolve(text)
    assert place.resolved and place.candidate.feature == "region", place
    assert place.candidate.name == region


@pytest.mark.parametrize("text, name", [
    ("Velyka Novosilka, Donetsk Oblast", "Velyka Novosilka"),   # a known two-word name
    ("Нова Каховка", "Nova Kakhovka"),
    ("near Svitlodarsk Bulge, Donetsk Obl", "Svitlodarsk"),      # no first word of a name
])
def test_known_two_word_names_and_other_neighbours_still_resolve(full, text, name):
    place = full.resolve(text)
    assert place.resolved and place.candidate.name == name, place


@pytest.mark.parametrize("text, town", [
    ("Lymanskyi direction", "Lyman"),               # not the villages called Lymanske
    ("Bakhmutsky direction", "Bakhmut"),            # not the village Bakhmutske
    ("Orikhivskyi direction", "Orikhiv"),
    ("Kupyanskoye direction", "Kupiansk"),          # the Russian neuter form
    ("на Покровському напрямку", "Pokrovsk"),       # not Pokrov, not the villages Pokrovske
    ("Лиманський напрямок", "Lyman"),
    ("Купянское направление", "Kupiansk"),
    ("Kostiantynivskyi direction", "Kostiantynivka"),   # not Starokostiantyniv ("Kostiantyniv")
    ("на Костянтинівському напрямку", "Kostiantynivka"),
    ("на Торецькому напрямку", "Toretsk"),            # -цький: Торецьк, not Tyre ("Торе")
    ("на Гуляйпільському напрямку", "Huliaipole"),    # і is о in Гуляйполе
    ("на Запорізькому напрямку", "Zaporizhzhia"),     # з is жж in Запоріжжя
    ("на Слов'янському напрямку", "Sloviansk"),
    ("Курское направление", "Kursk"),                  # not the Crimean village Kurske
    ("Сумська громада", "Sumy"),                       # a hromada: not the village Sumske
    ("у Марганецькій громаді", "Marhanets"),
    # two-word towns: the first word's ending becomes the linking o
    ("Novokakhovskyi district", "Nova Kakhovka"),
    ("Великоновосілківська громада", "Velyka Novosilka"),   # -ів- before the ending
    ("Velykonovosilkivskyi direction", "Velyka Novosilka"),
    # a front is named after a town: Lyman, once Krasnyi Lyman, not the villages that
    # bear that name now
    ("Krasnolymanskyi direction", "Lyman"),
    ("на Краснолиманському напрямку", "Lyman"),
    # a hyphened adjective whose first part is an adjective too (Кам'янка-Дніпровська)
    ("Кам'янсько-Дніпровська громада", "Kamianka-Dniprovska"),
    ("у Кам'янсько-Дніпровській громаді", "Kamianka-Dniprovska"),
    ("Каменско-Днепровский район", "Kamianka-Dniprovska"),    # not Kamensk-Uralsky
])
def test_a_towns_adjective_before_direction_is_that_town(full, text, town):
    """General Staff and MoD reports name the front by the town's adjective."""
    place = full.resolve(text)
    assert place.resolved and place.candidate.name == town, place


def test_free_text_resolves_to_the_most_specific_place(full):
    cases = {
        "Kurakhove direction: near the village of Dachne in the Donetsk region": "Dachne",
        "village of Ternove, Zaporizhzhia region": "Ternove",
        "Siversk town, Donetsk oblast": "Siversk",
        "on the outskirts of Selydove": "Selydove",
        "a warehouse in the center of Shostka city": "Shostka",
    }
    for text, name in cases.items():
        place = full.resolve(text)
        assert place.resolved and place.candidate.name == name, (text, place)
    assert full.resolve("Kurakhove direction: near the village of Dachne in the Donetsk "
                        "region").candidate.admin1 == "Donetsk Oblast"


def test_region_named_in_the_text_is_honoured(full):
    place = full.resolve("village of Ternove, Zaporizhzhia region")
    assert place.candidate.admin1 == "Zaporizhzhia Oblast"
    # no such settlement in the named region: the region itself, never another oblast's village
    region = full.resolve("village of Qqqzzzivka, Kharkiv Oblast")
    assert region.candidate.feature == "region" and region.candidate.name == "Kharkiv Oblast"


@pytest.mark.parametrize("text, name, admin1", [
    ("Sevastopol, Crimea", "Sevastopol", "Sevastopol"),        # was the Crimea region point
    ("Crimea (Sevastopol)", "Sevastopol", "Sevastopol"),
    ("Balaklava, Crimea", "Balaklava", "Sevastopol"),
    ("Kyiv, Kyiv Oblast", "Kyiv", "Kyiv"),
    ("Dzhankoi, Crimea", "Dzhankoy", "Autonomous Republic of Crimea"),
])
def test_a_region_holds_the_city_region_it_encloses(full, text, name, admin1):
    """Sevastopol and Kyiv are regions of their own (ISO 3166-2, GeoNames), but "in Crimea"
    and "in Kyiv region" in every report."""
    place = full.resolve(text)
    assert place.resolved and (place.candidate.name, place.candidate.admin1) == (name, admin1)
    assert not full.resolve("Sevastopol, Kyiv Oblast").candidate.feature == "settlement"


def test_namesakes_in_one_region_stay_unresolved(full):
    place = full.resolve("Mykolaivka, Odesa Oblast")
    assert place.status == "unresolved" and "Odesa Oblast" in place.reason
    assert all(c.admin1 == "Odesa Oblast" for c in place.alternatives)


def test_other_places_in_the_report_pick_the_namesake(full):
    alone = full.resolve("Mykolaivka, Odesa Oblast")
    target = alone.alternatives[1]
    with_context = full.resolve("Mykolaivka", ResolveContext(places=(target,)))
    assert with_context.resolved and with_context.candidate.geonameid == target.geonameid
    by_region = full.resolve("Kostiantynivka", ResolveContext(regions=("Zaporizhzhia Oblast",)))
    assert by_region.candidate.admin1 == "Zaporizhzhia Oblast"


def test_country_named_in_the_text(full):
    assert full.resolve("Donetsk, Russia").candidate.country_code == "RU"
    assert full.resolve("Donetsk").candidate.country_code == "UA"


def test_typos_in_capitalised_names(full):
    assert full.resolve("near Svitodarsk").candidate.name == "Svitlodarsk"
    assert not full.resolve("near svitodarskq").resolved


def test_frontline_breaks_ties_between_namesakes(full):
    import shapely

    place = full.resolve("Mykolaivka, Odesa Oblast")
    target = place.alternatives[2]
    near = Resolver(full.gazetteer, frontline=shapely.Point(target.lon, target.lat).buffer(0.05))
    chosen = near.resolve("Mykolaivka, Odesa Oblast")
    assert chosen.resolved and chosen.candidate.geonameid == target.geonameid


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_place_or_a_reason(text):
    place = _default_resolver().resolve(text)
    assert place.status in ("resolved", "unresolved")
    if place.resolved:
        c = place.candidate
        assert -90 <= c.lat <= 90 and -180 <= c.lon <= 180 and 0 <= c.score <= 1
        assert c.feature in ("settlement", "region", "country")
    else:
        assert place.candidate is None and place.reason


_RESOLVER: list[Resolver] = []


def _default_resolver() -> Resolver:
    if not _RESOLVER:
        _RESOLVER.append(Resolver())
    return _RESOLVER[0]


def test_a_town_word_beside_a_name_calls_that_name_a_town(gazetteer):
    hits = {h.text: h.town for h in q.scan(
        gazetteer, "the village of Petrovske near the town of Volnovakha")}
    assert hits == {"Petrovske": False, "Volnovakha": True}
    assert [h.town for h in q.scan(gazetteer, "Siversk town")] == [True]
    assert [h.town for h in q.scan(gazetteer, "смт Сіверськ")] == [True]
    # a city council is an administrative unit, not the place called a city
    assert [h.town for h in q.scan(gazetteer, "Lysychansk City Council")] == [False]
    # the word reaches no further than its comma: "Siversk town, Lysychansk" calls only
    # Siversk a town
    hits = {h.text: h.town for h in q.scan(gazetteer, "near Siversk town, Lysychansk")}
    assert hits == {"Siversk": True, "Lysychansk": False}


@pytest.mark.parametrize("text, town", [
    ("Слов'янськ", "Sloviansk"),        # Nikopol bore the name in 1780-82
    ("у Слов'янську", "Sloviansk"),
    ("Курск", "Kursk"),
])
def test_a_places_own_cyrillic_name_outranks_a_former_name(full, text, town):
    place = full.resolve(text)
    assert place.resolved and place.candidate.name == town, place


def test_generic_nouns_are_no_places(full):
    """"Sevastopol bay": "bay" is no village Bay (GeoNames has several); "raion" in a
    lower-case text is no village either ("Pokrovskyi raion" was Rivne, by an alias)."""
    place = full.resolve("Sevastopol bay")
    assert not place.resolved or place.candidate.name == "Sevastopol", place
    assert full.resolve("Pokrovskyi raion").candidate.name == "Pokrovsk"


@pytest.mark.parametrize("text, town", [
    ("в Покровському районі", "Pokrovsk"),     # not the village Pokrovske (neuter)
    ("в Бахмутському районі", "Bakhmut"),      # not the village Bakhmutske
    ("у Київському районі Харкова", "Kharkiv"),
])
def test_a_raion_named_by_its_towns_adjective_is_the_town(full, text, town):
    place = full.resolve(text)
    assert place.resolved and place.candidate.name == town, place


@pytest.mark.parametrize("text, town", [
    ("у Дніпровському районі Херсона", "Kherson"),   # not Kyiv's Dniprovskyi raion
    ("у Київському районі Харкова", "Kharkiv"),      # not Donetsk's Kyivskyi district
    ("у Шевченківському районі Києва", "Shevchenkivskyi raion"),   # Kyiv's own district
])
def test_a_city_in_the_genitive_after_its_district_owns_it(full, text, town):
    place = full.resolve(text)
    assert place.resolved and place.candidate.name == town, place
