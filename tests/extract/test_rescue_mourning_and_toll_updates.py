"""Wording of rescue services, oblast evening summaries, Russian governors, human-rights
monitors and posts updating an earlier strike's toll: a toll's new total told on its own
("Загиблих тепер 3"), a body recovered, mourning and funerals, deminers at work, rescuers'
home regions, air-raid threats, counts of settlements or of drones downed over a region,
hromadas listed by their adjectives. Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str, published: str = "2025-10-20"):
    return extractor.extract(text, source="t", published=published).events


def _places(extractor: Extractor, text: str) -> list[str]:
    return [e.place for e in _events(extractor, text)]


@pytest.mark.parametrize("text, killed", [
    ("Помер у лікарні чоловік, поранений 12 жовтня під час обстрілу Херсона. Загиблих тепер 4.",
     4),
    ("В больнице скончалась женщина, раненная 14 октября при обстреле Горловки. Погибших "
     "теперь трое.", 3),
    ("Зросла кількість загиблих внаслідок удару по Одесі 11 жовтня — вже 9 людей.", 9),
    ("A woman died in hospital after the Oct. 13 drone attack on Kherson, bringing the toll "
     "to 3.", 3),
    ("Скончался третий пострадавший при обстреле Донецка 15 октября.", 3),
    ("Помер другий поранений внаслідок удару по Чернігову 10 жовтня.", 2),
])
def test_a_tolls_new_total_told_on_its_own_is_the_toll(extractor, text, killed):
    assert [e.killed for e in _events(extractor, text)] == [killed]


def test_a_toll_with_then_between_its_verb_and_number_is_read(extractor):
    text = "Ворог бив по Мирівській громаді. Загинула тоді 1 людина у Покровській громаді."
    assert [e.killed for e in _events(extractor, text)][-1] == 1


@pytest.mark.parametrize("text", [
    "Полтава: внаслідок нічного удару зруйновано під'їзд. З-під завалів деблоковано тіло "
    "жінки.",
    "В Белгороде после атаки беспилотника из-под завалов извлечено тело мужчины.",
])
def test_a_body_recovered_is_one_dead(extractor, text):
    assert [e.killed for e in _events(extractor, text)] == [1]


def test_a_body_recovered_does_not_replace_the_toll_told_with_it(extractor):
    text = ("Rescuers recovered another body in Sumy, raising the death toll from Monday's "
            "strike on the city to eight.")
    assert [e.killed for e in _events(extractor, text)] == [8]


@pytest.mark.parametrize("text, places", [
    ("Чернігів прощається із загиблими. Кількість жертв удару по Ніжину 15 жовтня зросла до 4.",
     ["Nizhyn"]),
    ("Сьогодні у Полтаві День жалоби за загиблими в Кременчуці.", []),
    ("У Житомирі та Рівному відбулися молитви за всіх загиблих.", []),
    ("Today Lutsk mourns the victims.", []),
])
def test_mourning_and_prayers_for_the_dead_are_no_strike(extractor, text, places):
    assert _places(extractor, text) == places


@pytest.mark.parametrize("text", [
    "Піротехніки ДСНС знешкодили реактивний снаряд у с. Ольгівка Херсонського району.",
    "Саперы обезвредили авиабомбу ФАБ-500 в Изюме.",
])
def test_munitions_made_safe_by_deminers_are_no_strike(extractor, text):
    assert _events(extractor, text) == []


def test_where_rescuers_came_from_is_no_place_hit(extractor):
    text = ("Рятувальники з Черкащини та Вінниччини допомагають ліквідовувати наслідки удару "
            "по Одесі. Вчора ввечері ракета влучила у склад, загинули 2 людини.")
    assert [(e.place, e.date, e.killed) for e in _events(extractor, text)] == [
        ("Odesa", "2025-10-19", 2)]


@pytest.mark.parametrize("text, places", [
    ("HRW interviewed in Dnipro witnesses of the 2 October strike on Balakliia, which killed "
     "four civilians.", ["Balakliia"]),
    ("Мэр Каховки: из-за обстрелов жители выехали в Херсон. За сутки в Каховке ранены двое.",
     ["Kakhovka"]),
    ("Окупанти знову обстріляли Херсон з Олешок.", ["Kherson"]),
    ("У Бердянську вибухи. Окупанти перекрили дорогу з боку Осипенка.", ["Berdiansk"]),
    ("Загін рятувальників працює на місці удару по Чернігову.", ["Chernihiv"]),
    ("Громада щодня під обстрілами.", []),
    ("Дрони атакували Бурштин. ТЕС не постраждала.", ["Burshtyn"]),
])
def test_places_not_hit(extractor, text, places):
    assert _places(extractor, text) == places


def test_weapons_that_arrived_hit_the_town(extractor):
    assert _places(extractor, "Ракети прилетіли в Мелітополь, уражено склад.") == ["Melitopol"]


@pytest.mark.parametrize("text", [
    "Air raid alert in Odesa region\nBallistic missile threat for Odesa",
    "В Липецке объявлен режим беспилотной опасности.",
])
def test_threats_and_alerts_are_no_strike(extractor, text):
    assert _events(extractor, text) == []


def test_an_air_attack_repelled_is_no_ground_assault(extractor):
    events = _events(extractor, "Отражена воздушная атака на Воронежскую область.")
    assert [e.attack_types for e in events] == [("other",)]


@pytest.mark.parametrize("text, place, count", [
    ("Вночі ворог атакував Павлоград дронами. Над областю сили ППО збили 11 дронів.",
     "Pavlohrad", None),
    ("Окупанти 17 жовтня атакували Оріхів та 9 населених пунктів області.", "Orikhiv", None),
    ("За добу ворог завдав 480 ударів по 12 населених пунктах області, поранено 3 людей у "
     "Малокатеринівці.", "Malokaterynivka", None),
    ("Всього за добу ворог 1 245 разів обстріляв Херсонщину.", "Kherson Oblast", 1245),
])
def test_counts_of_settlements_or_of_a_regions_downings_are_no_towns_count(extractor, text,
                                                                          place, count):
    events = _events(extractor, text)
    assert [(e.place, e.count) for e in events][-1] == (place, count)


def test_drones_downed_over_many_regions_give_no_place_of_a_claim_before(extractor):
    text = ("Russian MoD claims capture of Novoiehorivka in Kharkiv region\n"
            "Russian MoD: 120 Ukrainian drones shot down overnight over 9 regions")
    assert _events(extractor, text) == []


@pytest.mark.parametrize("text, places", [
    ("Дрони били по Марганецькій, Покровській громадах.", ["Marhanets", "Pokrov"]),
    ("Потерпали Нікополь та Червоногригорівська громада.", ["Nikopol", "Chervonohryhorivka"]),
    ("Під прицілом були Марганецька, Мирівська громади.", ["Marhanets", "Myrove"]),
])
def test_hromadas_listed_by_their_adjectives_are_each_hit(extractor, text, places):
    assert _places(extractor, text) == places


def test_an_oblasts_short_name_with_a_hyphen_is_the_oblast(extractor):
    text = "Найбільше постраждали Тернопільщина та Івано-Франківщина."
    assert _places(extractor, text) == ["Ternopil Oblast", "Ivano-Frankivsk Oblast"]


def test_a_total_after_a_towns_heading_is_the_towns(extractor):
    text = ("Суми: рятувальники завершили роботи. Загалом внаслідок удару 18 жовтня загинули "
            "3 особи.")
    assert [(e.place, e.date, e.killed) for e in _events(extractor, text)] == [
        ("Sumy", "2025-10-18", 3)]


@pytest.mark.parametrize("text, day", [
    ("Відомо про 3 загиблих у Херсоні внаслідок вчорашньої артилерійської атаки.", "2025-10-19"),
    ("Russia attacked Sumy region this night. It is the 12th attack since October 3.",
     "2025-10-20"),
    ("Горловка, 18 октября. Сегодня в результате обстрела ранена женщина.", "2025-10-18"),
])
def test_days_told_around_the_strike(extractor, text, day):
    assert [e.date for e in _events(extractor, text)] == [day]


@pytest.mark.parametrize("text", [
    "Between 3 and 16 October, at least 31 civilians were killed and 140 injured in Sumy "
    "region.",
    "During the reporting period, monitors verified 22 drone attacks on Nikopol.",
    "З 1 по 14 жовтня на Херсонщині загинули 19 цивільних.",
])
def test_a_periods_figures_are_no_days_strike(extractor, text):
    assert _events(extractor, text) == []


def test_an_unknown_russian_raion_is_reported_unplaced(extractor):
    result = extractor.extract("В Неклиновском районе после атаки БПЛА загорелся склад.",
                               source="t", published="2025-10-20")
    assert result.events == [] and [u.query for u in result.unresolved] == ["Неклиновском"]


def test_a_name_read_in_russia_in_a_list_is_read_so_again(extractor):
    text = ("Ночью отражена атака БПЛА на Шахты, Новошахтинск и Зверево. В Звереве повреждена "
            "крыша дома.")
    assert [(e.place, e.country_code) for e in _events(extractor, text)] == [
        ("Shakhty", "RU"), ("Novoshakhtinsk", "RU"), ("Zverevo", "RU")]


@pytest.mark.parametrize("text, types, count", [
    ("On 9 October, an air-dropped bomb struck a farm in Hroza.", ("airstrike",), None),
    ("За сутки ВСУ выпустили по Донецку 27 боеприпасов.", ("artillery",), 27),
])
def test_bombs_and_munitions_fired_type_the_attack(extractor, text, types, count):
    assert [(e.attack_types, e.count) for e in _events(extractor, text)] == [(types, count)]


def test_a_city_naming_a_plant_elsewhere_is_no_place_hit(extractor):
    text = "Drones attacked the Novomoskovsk chemical plant in Sokolniki, Tula region."
    assert _places(extractor, text) != [] and "Novomoskovsk" not in _places(extractor, text)


@pytest.mark.parametrize("text, toll", [
    ("Помер у лікарні чоловік, якого поранило 12 жовтня під час обстрілу Марганця.", (1, None)),
    ("Троє людей, поранених 14 жовтня в Ізюмі, залишаються в лікарні.", (None, 3)),
    ("A woman wounded in a drone attack on Kherson on Oct. 11 died in hospital, bringing the "
     "death toll to 4.", (4, None)),
])
def test_the_wounded_and_the_dead_told_after_the_strike(extractor, text, toll):
    assert [(e.killed, e.injured) for e in _events(extractor, text)] == [toll]


def test_a_days_roundup_after_a_death_from_an_older_strike_is_todays(extractor):
    text = ("У лікарні померла жінка, поранена 15 жовтня під час обстрілу Дружківки. За минулу "
            "добу росіяни поранили 3 жителів Слов'янська.")
    assert [(e.place, e.date) for e in _events(extractor, text)] == [
        ("Druzhkivka", "2025-10-15"), ("Sloviansk", "2025-10-20")]


def test_drones_downed_in_a_list_of_raions_hit_none_of_them(extractor):
    assert _events(extractor, "Уничтожены БПЛА в Шолоховском и Тарасовском районах.") == []


@pytest.mark.parametrize("text, places", [
    ("Ворог атакував Павлоград і Синельниківський район.",
     ["Pavlohrad", "Synelnykove district"]),
    ("У Павлограді ракета влучила у склад. Також ворог атакував дронами Синельниківський "
     "район.", ["Pavlohrad", "Synelnykove district"]),
])
def test_a_raion_beside_a_town_that_is_not_its_seat_is_hit_too(extractor, text, places):
    assert _places(extractor, text) == places


@pytest.mark.parametrize("text, places", [
    ("У ніч на 19 жовтня противник атакував 64 ударними БпЛА з напрямків: Брянськ, Курськ, "
     "Орел. Під ударом була Чернігівщина.", ["Chernihiv Oblast"]),
    ("Вночі ворог атакував 3 ракетами Іскандер-М з Курської області. Зафіксовано влучання у "
     "Сумах та Конотопі.", ["Sumy", "Konotop"]),
])
def test_launch_areas_are_no_places_hit(extractor, text, places):
    assert _places(extractor, text) == places


@pytest.mark.parametrize("text, place", [
    ("Уламки дрона впали у Білоцерківському районі.", "Bila Tserkva district"),
    ("Дрон влучив у ферму в Кропивницькому районі.", "Kropyvnytskyi district"),
    ("Ворог атакував Нікопольський район КАБами.", "Nikopol district"),
])
def test_raions_named_by_their_seats_adjective(extractor, text, place):
    assert _places(extractor, text) == [place]


@pytest.mark.parametrize("text, places", [
    ("Печерський район: уламки дрона пошкодили дах офісної будівлі, постраждала 1 людина.",
     ["Kyiv"]),
    ("Оболонський район: пожежа на складі. Подільський район: уламки впали на дорогу.",
     ["Kyiv"]),
    ("Kyiv City Military Administration: debris fell in Desnianskyi district.", ["Kyiv"]),
    ("Вночі ворог знову атакував Київ. Уламки впали в районах — Подільському та "
     "Дніпровському.", ["Kyiv"]),
    ("Столиця під ракетним ударом.", ["Kyiv"]),
    ("У Печерському районі Києва пошкоджено будинок. У Бориспільському районі впали уламки "
     "дрона.", ["Kyiv", "Boryspil district"]),
])
def test_kyivs_districts_are_kyiv(extractor, text, places):
    assert _places(extractor, text) == places


def test_kyivans_are_no_village(extractor):
    assert _events(extractor, "Киян просять триматися подалі від уламків дрона.") == []


@pytest.mark.parametrize("text, places", [
    ("Russian forces attacked near Novoandriivka (northwest of Huliaipole) on October 18.",
     ["Novoandriivka"]),
    ("Russian forces continued offensive operations in the Kupiansk tactical area on October "
     "18.", []),
    ("Russian forces attacked north of Kostyantynivka near Predtechyne on October 18.",
     ["Predtechyne"]),
    ("Ukrainian forces struck a Pantsir system near Horlivka on October 16.", ["Horlivka"]),
])
def test_isw_reference_towns_and_weapons_are_no_places_hit(extractor, text, places):
    assert _places(extractor, text) == places


@pytest.mark.parametrize("text, places", [
    ("Харків. Пошкодження у трьох районах: Холодногірському, Київському та Шевченківському. "
     "Поранено 2 людей.", ["Kharkiv"]),
    ("Полтава: уламки впали на вулиці Івана Мазепи, поранено жінку.", ["Poltava"]),
    ("Кривий Ріг. Вечір почався з атаки дронів, поранено 2 людей.", ["Kryvyi Rih"]),
    ("КАБи вдарили по Степногірську. Місто Запоріжжя не зазнало ударів.", ["Stepnohirsk"]),
])
def test_a_citys_districts_streets_and_words_are_no_other_places(extractor, text, places):
    assert _places(extractor, text) == places


@pytest.mark.parametrize("text, types, count", [
    ("На Костянтинівському напрямку агресор 14 разів намагався витіснити наші підрозділи з "
     "позицій в районі Олександро-Шультиного.", ("ground_assault",), None),
    ("Окупанти здійснили 17 атак біля Малої Токмачки.", ("ground_assault",), 17),
    ("The enemy attacked twice near Siversk.", ("ground_assault",), None),
    ("Противник 7 разів штурмував позиції наших військ біля Торського. Дві атаки тривають.",
     ("ground_assault",), 7),
])
def test_general_staff_wording_of_assaults(extractor, text, types, count):
    events = _events(extractor, text)
    assert [(e.attack_types, e.count) for e in events][-1:] == [(types, count)]


@pytest.mark.parametrize("text", [
    "Artillery hit Nikopol. One person in Nikopol was injured.",
    "A resident of Marhanets hromada was injured in a drone strike.",
])
def test_a_person_told_with_their_place_before_the_verb_is_counted(extractor, text):
    assert [e.injured for e in _events(extractor, text)] == [1]


@pytest.mark.parametrize("text", [
    "Дрон влучив у судно під прапором Ліберії в порту Рені, поранено двох моряків.",
    "Внаслідок атаки на Дунаї біля Рені пошкоджено буксир, поранено двох моряків.",
])
def test_a_ships_flag_and_the_danube_are_no_places_hit(extractor, text):
    assert _places(extractor, text) == ["Reni"]


def test_a_months_weapon_totals_do_not_type_last_nights_strike(extractor):
    text = ("Since the beginning of October Russia has launched 2,100 drones and 90 missiles "
            "against Ukraine. Last night Kremenchuk was hit.")
    assert [e.attack_types for e in _events(extractor, text)] == [("other",)]


def test_a_footage_date_dates_its_own_sentence_only(extractor):
    text = ("Russian forces continued offensive operations near Siversk on October 18. Geolocated "
            "footage published on October 15 indicates that Russian forces advanced in "
            "Serebrianka. Russian forces attacked near Hryhorivka and Vyimka.")
    assert [(e.place, e.date) for e in _events(extractor, text)
            if e.place in ("Serebrianka", "Vyimka")] == [
        ("Serebrianka", "2025-10-15"), ("Vyimka", "2025-10-18")]


@pytest.mark.parametrize("text, injured", [
    ("Three crew members, citizens of Turkey, were injured when a drone hit a tanker in Reni.", 3),
    ("Two Ukrainians were injured in the strike on Reni port.", 2),
    ("Поранено громадянина Індії, члена екіпажу судна, в порту Рені.", 1),
])
def test_crews_and_nationals_are_counted(extractor, text, injured):
    assert [e.injured for e in _events(extractor, text)] == [injured]
