"""A town misspelt once and spelt right elsewhere in the report is that town; a raion
told for a village the gazetteer lacks stands for that village even after a nearby town's
event; a victim told in the accusative ("поранено дівчинку") counts (geo.extract.
report_context, geo.extract.assemble, geo.extract.figure_words). Reports written for
these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str) -> dict[str, object]:
    result = extractor.extract(text, source="t", published="2025-10-20")
    return {e.place: e for e in result.events}


def test_a_town_misspelt_once_is_the_town_the_report_names(extractor):
    events = _events(extractor, "По данным губернатора, город Шебекно обстреляли из "
                                "артиллерии, ранена пенсионерка. Позже в Шебекино повреждена "
                                "линия электропередачи.")
    assert set(events) == {"Shebekino"}
    assert events["Shebekino"].injured == 1


@pytest.mark.parametrize("text", [
    # two letters off the town named later: not a misspelling of it
    "По данным губернатора, город Шбекно обстреляли из артиллерии, ранена пенсионерка. "
    "Позже в Шебекино повреждена линия электропередачи.",
    # one letter off, but no such town named in the report
    "По данным губернатора, город Шебекно обстреляли из артиллерии, ранена пенсионерка.",
])
def test_a_name_is_not_taken_for_a_town_it_does_not_nearly_spell(extractor, text):
    result = extractor.extract(text, source="t", published="2025-10-20")
    assert any(u.query in ("Шбекно", "Шебекно") for u in result.unresolved)


def test_a_raion_stands_for_its_unplaced_village_after_a_nearby_town(extractor):
    events = _events(extractor, "В Грайвороне повреждена линия электропередачи после "
                                "обстрела. В селе Верхние Кочетки Борисовского района беспилотник "
                                "сбросил взрывчатку на сарай.")
    assert {"Grayvoron", "Borisovka district"} <= set(events)
    assert events["Borisovka district"].geo_precision == "district"


def test_two_unplaced_villages_of_one_raion_are_two_strikes(extractor):
    result = extractor.extract(
        "Губернатор сообщил, что под минометный обстрел попало село Волчанки Глушковского "
        "района, пострадавших нет. Позже обстрелу подверглась деревня Марьевка Глушковского "
        "района. Всего было выпущено четыре снаряда, ранены двое местных жителей.",
        source="t", published="2025-10-20")
    raions = [e for e in result.events if e.place == "Glushkovo district"]
    assert [(e.query, e.killed, e.injured) for e in raions] == [
        ("Волчанки Глушковского", 0, 0), ("Марьевка Глушковского", None, 2)]
    assert len({e.event_id for e in raions}) == 2
    assert all(e.geo_precision == "district" for e in raions)


def test_two_unplaced_villages_of_one_hromada_are_two_strikes(extractor):
    result = extractor.extract(
        "Ворог обстріляв с. Новоселівка Слобожанської громади, поранено чоловіка. Також під "
        "ударом було с. Гайове Слобожанської громади, загинула жінка.",
        source="t", published="2025-10-20")
    assert [(e.place, e.query, e.killed, e.injured) for e in result.events] == [
        ("Slobozhanske hromada", "Новоселівка Слобожанської", None, 1),
        ("Slobozhanske hromada", "Гайове Слобожанської", 1, None)]


def test_a_namesake_far_from_the_hromada_told_with_it_is_not_placed(extractor):
    # GeoNames' Tokarivka of Kherson Oblast lies some 40 km from Bilozerka
    result = extractor.extract("Херсонщина: у с. Токарівка Білозерської громади дрон атакував "
                               "трактор, загинув тракторист.", source="t",
                               published="2025-10-20")
    assert [(e.place, e.geo_precision, e.killed) for e in result.events] == [
        ("Bilozerka hromada", "district", 1)]
    assert [u.query for u in result.unresolved] == ["Токарівка"]


def test_a_russian_okrug_settles_a_namesake_told_after_it(extractor):
    # Valuyki (Belgorod Oblast) and Valuiky (Luhansk Oblast) rank alike on their own
    events = _events(extractor, "В Валуйском округе дрон атаковал село Колосково, погиб "
                                "мужчина. В Валуйках повреждены склад и автомобиль.")
    assert events["Valuyki"].admin1 == "Belgorod Oblast"
    assert events["Valuyki"].geo_precision == "settlement"


def test_a_hromada_heading_is_where_its_village_lies(extractor):
    events = _events(extractor, "Сумщина. Великописарівська громада: ворог обстріляв "
                                "с. Кириківка з мінометів. Поранено чоловіка.")
    assert [(place, e.injured) for place, e in events.items()] == [("Kyrykivka", 1)]


@pytest.mark.parametrize("text, injured", [
    # "in total" of the rounds fired: the strike's own count, not a total of the region
    ("Обстрелу подверглось село Глушково. Всего было выпущено пять снарядов, ранен мужчина.", 1),
    ("Shelling hit Velyka Pysarivka. In total, five shells were fired and a man was "
     "wounded.", 1),
])
def test_a_total_of_rounds_fired_still_tells_the_place_in_focus(extractor, text, injured):
    events = _events(extractor, "Сначала повреждена линия электропередачи в Белгороде. " + text)
    assert [e.injured for e in events.values()][-1] == injured


@pytest.mark.parametrize("text, injured", [
    ("У Сумах дрон влучив у будинок, поранено дівчинку та її маму.", 2),
    ("У Сумах дрон влучив у будинок, поранено шестирічного хлопчика, його 31-річного батька "
     "та 62-річну бабусю.", 3),
    ("У Сумах дрон влучив у будинок, поранено чотирирічну дівчинку.", 1),
    ("В Белгороде дрон атаковал автомобиль, ранило пенсионерку и ее внука.", 2),
    ("In Sumy a drone hit a house, injuring a schoolgirl and her grandma.", 2),
])
def test_victims_told_as_objects_count(extractor, text, injured):
    events = _events(extractor, text)
    assert [e.injured for e in events.values()] == [injured]


@pytest.mark.parametrize("text, places", [
    # each item of a semicolon list of "village, district" is a place hit
    ("Artillery hit several villages, among them: Okip, Bohodukhiv district; Kozacha Lopan, "
     "Kharkiv district; Hatyshche, Pletenivka, Chuhuiv district.",
     {"Okip", "Kozacha Lopan", "Hatyshche", "Pletenivka"}),
    # names alone before the clause that tells the strike take its verb
    ("Staryi Saltiv, Vovchansk of Chuhuiv district; Tabaivka, Kurylivka of Kupiansk district "
     "came under air strikes.", {"Staryi Saltiv", "Vovchansk", "Tabaivka", "Kurylivka"}),
])
def test_semicolon_lists_of_villages_and_their_districts(extractor, text, places):
    assert set(_events(extractor, text)) == places


def test_a_clause_after_a_semicolon_that_says_more_is_not_a_list_item(extractor):
    events = _events(extractor, "Artillery hit Okip; Kupiansk officials met the governor.")
    assert set(events) == {"Okip"}


@pytest.mark.parametrize("text, killed, injured", [
    ("Shelling hit Chuhuiv. A 57-year-old man who worked as a night guard was killed.", 1, None),
    ("Shelling hit Chuhuiv. A boy sustained a traumatic amputation of his arm.", None, 1),
    ("Shelling hit Chuhuiv. A 40-year-old man sustained a shrapnel wound.", None, 1),
    ("Shelling hit Chuhuiv. A woman sustained a concussion.", None, 1),
])
def test_victims_told_with_a_clause_or_a_single_wound(extractor, text, killed, injured):
    (event,) = _events(extractor, text).values()
    assert (event.killed, event.injured) == (killed, injured)


def test_the_town_of_the_one_named_region_over_its_villages(extractor):
    """Two Semenivkas in Chernihiv Oblast: the town of 5,600 people, not the hamlet; the
    agent between the victims and the verb ("росіяни") does not hide the figure."""
    events = _events(extractor, "У Чернігівській області ворог атакував громаду. Трьох "
                                "чоловіків росіяни вбили у Семенівці.")
    assert events["Semenivka"].admin1 == "Chernihiv Oblast"
    assert events["Semenivka"].killed == 3


def test_the_capital_that_owns_the_attacks_is_no_place_hit(extractor):
    events = _events(extractor, "Shelling killed a man in Stepnohirsk. Across the region, "
                                "four people were killed in Moscow's attacks over the day.")
    assert "Moscow" not in events and "Stepnohirsk" in events


@pytest.mark.parametrize("text, injured", [
    ("У Боровій внаслідок обстрілу постраждали 41-річний і 66-річний чоловіки.", 2),
    ("У Боровій внаслідок обстрілу постраждали 41-річна, 50-річна та 66-річна жінки.", 3),
    ("В Шебекино в результате обстрела пострадали 41-летний и 66-летний мужчины.", 2),
    ("In Borova, shelling injured 41- and 66-year-old men.", 2),
    ("In Kherson, a couple sustained light injuries after a drone attack.", 2),
    ("В Шебекино после обстрела один мужчина получил легкое ранение.", 1),
])
def test_victims_told_by_their_ages_or_with_light_wounds(extractor, text, injured):
    (event,) = _events(extractor, text).values()
    assert event.injured == injured


def test_a_plural_two_word_name_in_its_cases(extractor):
    events = _events(extractor, "Ворог вісім разів обстріляв Малу Токмачку та Малих Щербаків, "
                                "а ввечері атакував дронами Малим Щербакам.")
    assert set(events) == {"Mala Tokmachka", "Mali Shcherbaky"}


@pytest.mark.parametrize("text, places", [
    ("Під обстрілами протягом доби були такі населені пункти:\n\n• Суми\n• Білопілля\n"
     "• Краснопілля.", {"Sumy", "Bilopillia", "Krasnopillia"}),
    ("Ворог обстріляв населені пункти таких громад:\n\n  - Білопільська\n  - Юнаківська;\n"
     "  - Краснопільська громада.", {"Bilopillia", "Yunakivka", "Krasnopillia"}),
])
def test_a_bulleted_list_under_an_attack_heading(extractor, text, places):
    assert set(_events(extractor, text)) == places


def test_a_bulleted_list_under_another_heading_tells_no_attack(extractor):
    assert _events(extractor, "Пункти обігріву працюють у таких громадах:\n\n• Білопільська\n"
                              "• Юнаківська.") == {}


def test_the_toll_after_a_roundup_of_places_is_the_regions(extractor):
    """After a list of six villages hit, "2 people died" is the region's day, not the first
    village's."""
    events = _events(extractor, "Over the day the enemy struck 20 settlements of the Kherson "
                                "region. Bilozerka, Antonivka, Komyshany, Stanislav, Sadove and "
                                "Tiahynka came under fire. Two people were killed and four were "
                                "wounded.")
    assert events["Bilozerka"].killed is None and events["Bilozerka"].injured is None
    assert (events["Kherson Oblast"].killed, events["Kherson Oblast"].injured) == (2, 4)


def test_the_toll_after_two_places_stays_with_the_first(extractor):
    events = _events(extractor, "Bilozerka and Antonivka came under fire. Two people were "
                                "wounded.")
    assert sum(e.injured or 0 for e in events.values()) == 2 and "Kherson Oblast" not in events


@pytest.mark.parametrize("text, person", [
    ("За словами Чауса, вночі дрон атакував Ніжин.", "Chaus"),
    ("According to Kim, drones hit Mykolaiv overnight. Kim wrote that two people were hurt.",
     "Chetvertakove"),
])
def test_who_said_it_is_no_place(extractor, text, person):
    events = _events(extractor, text)
    assert person not in events and len(events) == 1


@pytest.mark.parametrize("text, district", [
    ("В Валуйском районе дрон атаковал грузовик.", "Valuyki district"),
    ("В селе Кочетовка-Нижняя Ракитянского района дрон атаковал автомобиль, ранен мужчина.",
     "Rakitnoye district"),
])
def test_russian_raions_named_by_seats_in_ki_and_noe(extractor, text, district):
    assert set(_events(extractor, text)) == {district}


def test_a_mine_blast_injury_is_an_injury(extractor):
    (event,) = _events(extractor, "В Шебекино дрон атаковал машину, водитель получил "
                                  "минно-взрывную травму.").values()
    assert event.injured == 1


def test_over_the_past_day_is_the_day_the_report_named(extractor):
    result = extractor.extract(
        "\"За 12 вересня росіяни вбили 2 жителів області – у Костянтинівці. Ще 5 людей в "
        "області за добу дістали поранення\", - написав голова ОВА.\n\nУ Слов'янську поранено "
        "людину. У Краматорську пошкоджено будинок.", source="t", published="2025-09-13")
    dates = {e.place: e.date for e in result.events}
    assert dates["Sloviansk"] == dates["Kramatorsk"] == dates["Kostiantynivka"] == "2025-09-12"


@pytest.mark.parametrize("text, events", [
    # a village the gazetteer lacks whose name opens with an adjective: no "Зори" of Donetsk
    ("В поселке Ясные Зори дрон атаковал автомобиль.", set()),
    ("В селе Ясные Зори Белгородского района дрон атаковал автомобиль.", {"Belgorod district"}),
])
def test_a_two_word_village_name_is_read_whole(extractor, text, events):
    assert set(_events(extractor, text)) == events


def test_a_compound_latin_name_one_letter_off_is_the_settlement(extractor):
    events = _events(extractor, "Russian troops shelled the Seredyno-Buda community of Sumy "
                                "region.")
    assert set(events) == {"Seredyna-Buda"}


def test_a_hromada_is_its_centre_and_a_raion_told_after_it_stands(extractor):
    """Two Semenivkas in Chernihiv Oblast: the hromada's is the town, even though the
    hamlet lies nearer Chernihiv; the raion told after it ("Також у ... районі") is a strike
    of its own, not the sum of the hromada's."""
    events = _events(extractor, "На Чернігівщині вранці внаслідок обстрілу Семенівської "
                                "громади поранено жінку. Також у Новгород-Сіверському районі "
                                "дрон зруйнував будинок, поранено чоловіка. Вночі дрон влучив "
                                "у підприємство Чернігова.")
    assert events["Semenivka"].injured == 1
    assert events["Novhorod-Siverskyi district"].injured == 1


@pytest.mark.parametrize("text", [
    "В Шебекино дрон атаковал грузовик. Водитель получил тяжелые ранения. Медикам не удалось "
    "его спасти.",
    "У Херсоні дрон атакував авто. Водій отримав тяжкі поранення. Медикам не вдалося його "
    "врятувати.",
    "In Kherson a drone hit a car. The driver was badly wounded. Doctors could not save him.",
])
def test_the_wounded_the_medics_could_not_save_died(extractor, text):
    (event,) = _events(extractor, text).values()
    assert (event.killed, event.injured) == (1, 0)


def test_a_town_that_only_once_bore_the_name_is_not_its_village(extractor):
    """"Новоолександрівка" in Kherson Oblast is one of several villages, not Velyka
    Oleksandrivka (which GeoNames also lists under that name): unplaced, and its raion
    holds it."""
    result = extractor.extract("Російські військові з артилерії обстріляли село Новоолександрівка "
                               "Херсонської області, поранено жінку. Удар був по "
                               "Новоолександрівці Бериславського району.", source="t",
                               published="2024-12-14")
    places = {e.place for e in result.events}
    assert "Velyka Oleksandrivka" not in places
    assert "Beryslav district" in places
    assert "Новоолександрівка" in {u.query for u in result.unresolved}


@pytest.mark.parametrize("text, killed, injured", [
    ("Внаслідок удару по Костянтинівці загинула одна людина, ще дві – отримали поранення.", 1, 2),
    ("Внаслідок удару по Костянтинівці загинула одна людина, ще двоє – поранені.", 1, 2),
    ("In Kostiantynivka one person was killed, two more – injured.", 1, 2),
])
def test_a_dash_between_victims_and_their_verb(extractor, text, killed, injured):
    event = _events(extractor, text)["Kostiantynivka"]
    assert (event.killed, event.injured) == (killed, injured)


def test_a_village_hromada_only_says_where_the_village_is(extractor):
    """The death goes to the village, not to the hromada's town named after it."""
    events = _events(extractor, "В пос. Ковшаровка Купянской громады погиб мужчина; в г. Купянск "
                                "пострадала женщина.")
    assert (events["Kivsharivka"].killed, events["Kivsharivka"].injured) == (1, None)
    assert (events["Kupiansk"].killed, events["Kupiansk"].injured) == (None, 1)


@pytest.mark.parametrize("text", [
    "В Купянске трое мужчин от 38 до 46 лет получили ранения.",
    "В Купянске трое мужчин в возрасте от 38 до 46 лет получили ранения.",
    "У Куп'янську троє чоловіків віком від 38 до 46 років отримали поранення.",
    "In Kupiansk three men aged 38 to 46 were injured.",
])
def test_an_age_range_between_victims_and_their_verb(extractor, text):
    assert _events(extractor, text)["Kupiansk"].injured == 3


def test_a_village_known_only_abroad_is_reported_unplaced(extractor):
    # GeoNames' only Kobylki is Kobyłka of Poland: the village's toll is its own
    result = extractor.extract("В деревне Теткино Глушковского района при атаке дрона погиб "
                               "мужчина. В соседнем селе Кобылки ранена женщина.",
                               source="t", published="2025-10-20")
    assert [(e.place, e.killed, e.injured) for e in result.events] == [("Tëtkino", 1, None)]
    assert [(u.query, u.injured) for u in result.unresolved] == [("Кобылки", 1)]


def test_a_heading_list_of_hromadas_is_hit_by_the_weapons_after_it(extractor):
    result = extractor.extract("Нікопольський район: Марганецька, Червоногригорівська "
                               "громади. Ворог бив FPV-дронами та артилерією.",
                               source="t", published="2025-10-20")
    assert [(e.place, e.attack_types) for e in result.events] == [
        ("Marhanets", ("drone", "artillery")), ("Chervonohryhorivka", ("drone", "artillery"))]
