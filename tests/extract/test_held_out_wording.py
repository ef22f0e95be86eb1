"""Wording found on real pages outside the development corpus, in sentences written for
these tests: apostrophes typed as other marks, attack verbs of Ukrainian officials, and
victims counted by their ages or as a couple."""
from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.figures import find_figures
from geo.extract.sentences import with_plain_apostrophes


def _events(extractor: Extractor, text: str) -> list[tuple]:
    result = extractor.extract(text, source="t", published="2025-09-08")
    return [(e.place, e.killed, e.injured) for e in result.events]


@pytest.mark.parametrize("mark", ["‘", "`", "´", "ʹ"])
def test_an_apostrophe_typed_as_another_mark_reads_as_one(extractor, mark):
    text = f"У селі Петропавлівка Куп{mark}янського району дрон влучив в авто, загинули двоє людей."
    result = extractor.extract(text, source="t", published="2025-09-08")
    assert [(e.place, e.killed) for e in result.events] == [("Petropavlivka", 2)]
    assert result.events[0].excerpt == text          # the report's own words


def test_plain_apostrophes_keep_the_length_and_quotes():
    text = "Куп‘янськ, ‘quoted’ and `code`"
    assert with_plain_apostrophes(text) == "Куп’янськ, ‘quoted’ and `code`"
    assert len(with_plain_apostrophes(text)) == len(text)


@pytest.mark.parametrize("text, places", [
    ("Увечері ворог бив по Нікополю.", ["Nikopol"]),
    ("Окупанти гатили по Марганецькій громаді.", ["Marhanets"]),
    ("Агресор цілив по Нікополю й Марганцю.", ["Nikopol", "Marhanets"]),
    ("У вівторок окупанти відкрили вогонь в напрямку Гродівки.", ["Hrodivka"]),
    ("Russian aircraft dropped bombs on the villages of Tiahynka and Odradokamianka.",
     ["Tiahynka", "Odradokamianka"]),
])
def test_attack_verbs_of_officials_make_events(extractor, text, places):
    assert [p for p, _, _ in _events(extractor, text)] == places


def test_bombs_dropped_are_an_airstrike(extractor):
    result = extractor.extract("Russian aircraft dropped bombs on the village of Tiahynka.",
                               source="t", published="2025-09-08")
    assert result.events[0].attack_types == ("airstrike",)


@pytest.mark.parametrize("text, figures", [
    ("Men aged 41, 57 and 70 were injured in the strike.", [("injured", 3)]),
    ("Women aged 33 and 64 were hurt.", [("injured", 2)]),
    ("The shelling killed an elderly couple.", [("killed", 2)]),
    ("A drone killed a couple near the bridge.", [("killed", 2)]),
    ("A watchman, 58, was hurt.", [("injured", 1)]),
    ("A security guard, 61, was killed.", [("killed", 1)]),
    ("Двоє чоловіків 47 і 63 років дістали поранення.", [("injured", 2)]),
    ("Чоловіки 40 і 45 років постраждали.", [("injured", 2)]),
    ("Мужчины 34 и 52 лет ранены.", [("injured", 2)]),
    ("Загинули 2 людини 20 і 21 травня.", [("killed", 2)]),      # days, not ages
    ("A drone hit a car, 2, was hurt.", []),                        # no person
])
def test_victims_counted_by_their_ages_or_as_a_couple(text, figures):
    assert [(f.kind, f.value) for f in find_figures(text)] == figures


def _places(extractor: Extractor, text: str) -> list[str]:
    return [p for p, _, _ in _events(extractor, text)]


@pytest.mark.parametrize("text", [
    "Увечері ворог обстріляв Золочівську громаду. Він зазначив, що обстріл триває.",
    "Вночі дрон атакував Золочів. Зараз поранений у лікарні.",
])
def test_a_pronoun_or_adverb_opening_a_sentence_is_no_town(extractor, text):
    """"Він" ("he") is no romanised "Vin" (Vinnytsia), "Зараз" ("now") no Zaraza."""
    assert _places(extractor, text) == ["Zolochiv"]


@pytest.mark.parametrize("text, places", [
    ("Ракетних ударів по Харкову не зафіксовано. Вовчанськ під артобстрілом.", ["Vovchansk"]),
    ("Обстрелов Белгорода не было.", []),
    ("Удари по Харкову: поранено двох людей.", ["Kharkiv"]),
])
def test_attacks_said_not_to_have_happened_are_no_events(extractor, text, places):
    assert _places(extractor, text) == places


def test_an_artillery_barrage_word_is_artillery(extractor):
    result = extractor.extract("Вовчанськ під артобстрілом.", source="t", published="2025-09-08")
    assert [(e.place, e.attack_types) for e in result.events] == [("Vovchansk", ("artillery",))]


def test_a_heading_with_a_date_dates_the_list_under_it(extractor):
    text = ("Протягом 5 травня:\n– у селі Гранів дрон поранив жінку;\n"
            "– у Зідьках після обстрілу виникла пожежа.")
    result = extractor.extract(text, source="t", published="2025-05-08")
    assert [(e.place, e.date, e.injured) for e in result.events] == [
        ("Hraniv", "2025-05-05", 1), ("Zidky", "2025-05-05", None)]


@pytest.mark.parametrize("text, figures", [
    ("Дрон поранив двох чоловіків.", [("injured", 2)]),
    ("Ракета вбила трьох людей.", [("killed", 3)]),
])
def test_active_verbs_of_harm_are_keywords(text, figures):
    assert [(f.kind, f.value) for f in find_figures(text)] == figures


def test_a_city_stands_when_another_oblast_centre_is_named(extractor):
    """The village Zaporizhzhia of Kherson Oblast is not "the city of Zaporizhzhia" for
    being in the oblast of the Kherson named after it."""
    result = extractor.extract("Guided bombs hit the city of Zaporizhzhia, killing two. Drones "
                               "also struck Kherson.", source="t", published="2025-09-08")
    assert [(e.place, e.admin1) for e in result.events] == [
        ("Zaporizhzhia", "Zaporizhzhia Oblast"), ("Kherson", "Kherson Oblast")]


def test_a_town_district_the_gazetteer_has_as_a_city_quarter_is_the_raion(extractor):
    """GeoNames lists "Bohodukhiv District" as a name of a Donetsk city district."""
    result = extractor.extract("Shelling hit Bohodukhiv district.", source="t",
                               published="2025-09-08")
    assert [(e.place, e.admin1, e.geo_precision) for e in result.events] == [
        ("Bohodukhiv district", "Kharkiv Oblast", "district")]


def test_a_quarter_of_a_city_the_report_names_stays_the_quarter(extractor):
    result = extractor.extract("Shelling hit Donetsk's Bohodukhiv district.", source="t",
                               published="2025-09-08")
    assert [e.place for e in result.events] == ["Donetsk"]


def test_a_raion_named_after_the_name_picks_the_namesake(extractor):
    events = {e.place: e for e in extractor.extract(
        "Drones hit the Pokrovske hromada of the Nikopol district.", source="t",
        published="2025-09-08").events}
    assert events["Pokrovske"].geonameid == 696721


@pytest.mark.parametrize("text", [
    "Губернатор Белгородской области сообщил, что в селе Муром дрон атаковал автомобиль.",
    "The Belgorod Oblast governor said a drone hit a car in the village of Murom.",
])
def test_a_village_the_gazetteer_lacks_is_not_a_far_town_of_its_name(extractor, text):
    """Murom, the city of Vladimir Oblast, is no village of Belgorod Oblast."""
    result = extractor.extract(text, source="t", published="2025-09-08")
    assert "Murom" not in [e.place for e in result.events]
    assert [u.query for u in result.unresolved] == ["Муром" if "Муром" in text else "Murom"]


@pytest.mark.parametrize("text, places, unplaced", [
    ("Беспилотники атаковали село Илек-Пеньковка Белгородской области.", ["Belgorod Oblast"],
     ["Илек-Пеньковка"]),
    # a road's two ends, not one village (and one road, not two towns: geo.extract.roads)
    ("Дрон атаковал автомобиль на трассе Белгород-Шебекино.", ["Belgorod–Shebekino road"], []),
    ("A drone hit a car on the Kupiansk-Kharkiv highway.", ["Kupiansk–Kharkiv road"], []),
])
def test_two_names_hyphened_after_a_village_word_are_one_village(extractor, text, places,
                                                                  unplaced):
    result = extractor.extract(text, source="t", published="2025-09-08")
    assert [e.place for e in result.events] == places
    assert [u.query for u in result.unresolved] == unplaced


@pytest.mark.parametrize("text, injured", [
    ("A drone hit houses in Odradokamianka. One injured woman was taken to hospital. "
     "Another man, 57, sustained wounds.", 2),
    ("Drones hit Kupiansk: at least one person was injured. Another person was wounded "
     "later in the day.", 1),       # the first sentence sums up: no more than it
])
def test_another_victim_told_in_a_later_sentence_adds_to_the_place_in_focus(
        extractor, text, injured):
    result = extractor.extract(text, source="t", published="2025-09-08")
    assert [e.injured for e in result.events] == [injured]


@pytest.mark.parametrize("text, figures", [
    ("Drones hit a car; one of the four passengers died and three were hurt.",
     [("killed", 1), ("injured", 3)]),
    ("Three of 12 people were killed when the bus was hit.", [("killed", 3)]),
    ("A man received injuries incompatible with life.", [("killed", 1)]),
    ("Чоловік отримав травми, несумісні з життям.", [("killed", 1)]),
    ("Мужчина получил травмы, несовместимые с жизнью.", [("killed", 1)]),
])
def test_a_part_of_a_group_and_fatal_injuries(text, figures):
    assert [(f.kind, f.value) for f in find_figures(text)] == figures


@pytest.mark.parametrize("text, places", [
    ("Russian troops shelled Nikopol from Enerhodar.", ["Nikopol"]),
    ("Окупанти обстріляли Нікополь з Енергодара.", ["Nikopol"]),
    ("Drones from Belgorod attacked Kharkiv.", ["Kharkiv"]),
    ("Russia shells Nikopol from the occupied Zaporizhzhia NPP.", ["Nikopol"]),
    # every site of a list after "from"; a place told as hit after it is one
    ("Russia launched 60 drones from Kursk and Bryansk cities and Primorsko-Akhtarsk, "
     "hitting Sumy.", ["Sumy"]),
    ("Дрони запустили з Курська, Брянська та Шаталово; уражено Суми.", ["Sumy"]),
    ("Russia fired missiles from Belgorod and Kharkiv was hit.", ["Kharkiv"]),
    ("Ворог запустив ракети з району Енгельса, уражено Суми.", ["Sumy"]),
    ("Russia launched missiles from the area of Engels at Dnipro.", ["Dnipro"]),
    # where the aircraft that fired flew
    ("Russia fired a Kinzhal from a MiG-31 over Bryansk region at Kyiv.", ["Kyiv"]),
    ("Ворог випустив ракети з літаків Ту-95МС над Саратовською областю по Києву.", ["Kyiv"]),
])
def test_where_they_fired_from_is_no_place_hit(extractor, text, places):
    assert _places(extractor, text) == places


@pytest.mark.parametrize("text, places", [
    ("Обстріл Покровська забрав життя двох людей. Загальна кількість жертв подана без "
     "урахування Маріуполя та Волновахи.", ["Pokrovsk"]),
    ("Окрім Одеси, під атакою опинився Ізмаїл.", ["Odesa", "Izmail"]),   # besides: also hit
])
def test_places_left_out_of_a_count_are_no_places_hit(extractor, text, places):
    assert _places(extractor, text) == places


@pytest.mark.parametrize("text, figures", [
    ("Обстріл Покровська забрав життя двох людей.", [("killed", 2)]),
    ("The strike claimed the lives of three civilians.", [("killed", 3)]),
    ("Удар унес жизни пяти человек.", [("killed", 5)]),
])
def test_lives_taken_are_deaths(text, figures):
    assert [(f.kind, f.value) for f in find_figures(text)] == figures


@pytest.mark.parametrize("text, expected", [
    ("Since the full-scale invasion 3,600 residents of Donetsk Oblast have been killed and "
     "8,100 injured.", []),
    ("A drone hit a car in Belgorod Oblast. Раненого доставили в городскую больницу №2 "
     "Белгорода.", [("Belgorod Oblast", None, None)]),
    ("Дрон пошкодив будинки. Секретар міськради Артем Кобзар повідомив про пошкоджені будинки.",
     []),
    ("Три бойца ранены у села Новая Деревня Белгородского района.",
     [("Belgorod district", None, 3)]),
    ("Дрон ударил по дому в селе Ивановка Хомутовского района, ранена женщина.",
     [("Khomutovka district", None, 1)]),
    ("Обстрелян Донецк, пострадали дома в Куйбышевском районе.", [("Donetsk", None, None)]),
])
def test_tolls_hospitals_officials_soldiers_and_russian_raions(extractor, text, expected):
    """A running toll is no event; a hospital's town, a council secretary's name neither;
    "бойца" are people; a Russian raion's adjective is its seat's (Khomutovka, not the
    hamlet Khomutove of Donetsk Oblast), but a Donetsk city district is no raion."""
    assert _events(extractor, text) == expected
