"""Wording of posts by occupation officials, prosecutors and OSINT accounts: victims told by
their year of birth ("1968 г.р."), a morgue's city, a day written "10/16", units named for
assaults, ordinals, weapons by their system's name, and a city said not to be hit.
Reports written for these tests."""
from __future__ import annotations

import pytest

from geo.extract import Extractor


def _events(extractor: Extractor, text: str, published: str = "2025-10-20"):
    return extractor.extract(text, source="t", published=published).events


def _tolls(extractor: Extractor, text: str) -> list[tuple]:
    return [(e.place, e.killed, e.injured) for e in _events(extractor, text)]


@pytest.mark.parametrize("text, toll", [
    ("В Макеевке при обстреле ранены мужчина 1971 г.р. и девушка 2004 г.р.", (None, 2)),
    ("Вночі дрон атакував Берислав. Загинули жінка 1949 р.н. та чоловік 1958 р.н.", (2, None)),
    ("Днем обстреляна Горловка, погибли двое: женщина 1957 г.р. в Никитовском районе и мужчина "
     "1963 г.р. в Центрально-Городском районе.", (2, None)),
])
def test_victims_told_by_their_year_of_birth_are_all_counted(extractor, text, toll):
    assert [(e.killed, e.injured) for e in _events(extractor, text)] == [toll]


def test_a_birth_year_before_a_capital_still_ends_the_sentence(extractor):
    text = ("В Макеевке при обстреле погиб мужчина 1966 г.р. Тело доставлено в морг Донецка. "
            "Ранения получили две женщины.")
    assert _tolls(extractor, text) == [("Makiivka", 1, 2)]


@pytest.mark.parametrize("text, day, injured", [
    ("Russian drones hit a warehouse in Sumy on 10/17. One man injured.", "2025-10-17", 1),
    ("Glide bomb strike on Kostiantynivka on 10/16 injured 4 people.", "2025-10-16", 4),
    ("Glide bomb strike on Kostiantynivka on 16/10: 4 injured.", "2025-10-16", 4),
])
def test_a_day_written_with_a_slash_dates_the_strike_and_is_no_toll(extractor, text, day,
                                                                    injured):
    assert [(e.date, e.injured) for e in _events(extractor, text)] == [(day, injured)]


def test_a_night_written_with_a_slash_before_its_month_keeps_its_morning(extractor):
    events = _events(extractor, "Overnight on 4/5 October, drones hit Izmail.")
    assert [e.date for e in events] == ["2025-10-05"]


@pytest.mark.parametrize("text, types", [
    ("Footage from the 47th Assault Brigade shows an FPV drone hitting a truck near Siversk.",
     ("drone",)),
    ("A glide bomb hit Druzhkivka. Video via the 95th Air Assault Brigade.", ("glide_bomb",)),
    ("Russian Tornado-S strike on Kostiantynivka, two injured.", ("artillery",)),
    ("В районе Джанкоя отражена атака украинских беспилотников.", ("drone",)),
])
def test_units_named_for_assaults_and_system_names_type_the_attack(extractor, text, types):
    events = _events(extractor, text)
    assert [e.attack_types for e in events] == [types]
    assert [e.count for e in events] == [None]


def test_an_ordinal_is_no_count(extractor):
    text = ("Drones attacked a gas facility in Poltava oblast on Saturday. It was the 14th "
            "attack on the company's sites this month.")
    assert [e.count for e in _events(extractor, text)] == [None]


def test_per_opening_a_sentence_is_no_place(extractor):
    text = ("Footage shows a missile strike in Chernihiv. Per the governor, 3 people were "
            "killed and 8 injured.")
    result = extractor.extract(text, source="t", published="2025-10-20")
    assert [(e.place, e.killed, e.injured) for e in result.events] == [("Chernihiv", 3, 8)]
    assert result.unresolved == []


def test_a_city_said_not_to_be_hit_is_no_event(extractor):
    text = "A missile hit an energy facility near Brody. The city of Lviv itself was not hit."
    assert [e.place for e in _events(extractor, text)] == ["Brody"]


def test_a_street_named_after_heroes_is_no_place(extractor):
    text = "В Севастополе повреждены дома на улицах Ленина и Героев Бреста."
    assert [e.place for e in _events(extractor, text)] == ["Sevastopol"]


@pytest.mark.parametrize("text", [
    "A shell hit a bakery in Orikhiv on Friday. The owners have moved sales to Preobrazhenka. "
    "No staff were hurt.",
    "Вночі ракета влучила в підстанцію у Калуші. У Долині застосовано графіки відключень. "
    "Інформація про постраждалих уточнюється.",
    "Пошкоджено котельню в Люботині. Пасажирів у Мерефі евакуйовано в укриття. Постраждалих "
    "немає.",
])
def test_nobody_hurt_after_a_place_of_outages_or_shelters_makes_it_no_strike(extractor, text):
    assert len(_events(extractor, text)) == 1


def test_nobody_hurt_after_damage_told_of_a_place_keeps_it(extractor):
    text = ("Обломки БПЛА упали в станице Старотитаровской. В городе Темрюке выбиты окна. "
            "Пострадавших нет.")
    assert [(e.place, e.killed, e.injured) for e in _events(extractor, text)][-1] \
        == ("Temriuk", 0, 0)


@pytest.mark.parametrize("text, toll", [
    ("Дрон атакував депо в Конотопі. Травмованих немає.", (None, 0)),
    ("Дрон пошкодив магазин у Степногірську. Працівники не постраждали.", (0, 0)),
    ("Дрон атакував автомобіль у Степногірську. Водій не постраждав.", (None, None)),
    ("A drone hit a depot in Konotop. No employees were hurt.", (0, 0)),
])
def test_nobody_or_one_person_unhurt(extractor, text, toll):
    assert [(e.killed, e.injured) for e in _events(extractor, text)] == [toll]


@pytest.mark.parametrize("text, toll", [
    ("Дрон атакував Ромни. Загинув електромонтер 44 років, ще троє його колег поранені.",
     (1, 3)),
    ("Дрон атакував Ромни. Листоноша 61 року отримала поранення.", (None, 1)),
    ("Shelling damaged a clinic in Marhanets on Sunday. One nurse was killed and two patients "
     "were injured.", (1, 2)),
    ("В Каменке-Днепровской дрон атаковал автобус. Водитель, мужчина 1972 г.р., погиб на "
     "месте.", (1, None)),
])
def test_victims_told_by_their_work_or_with_who_they_were(extractor, text, toll):
    assert [(e.killed, e.injured) for e in _events(extractor, text)] == [toll]


@pytest.mark.parametrize("text, places", [
    ("Бахмутська окружна прокуратура: 19 жовтня окупанти обстріляли Сіверськ. Загинув чоловік.",
     [("Siversk", 1)]),
    ("Сумська окружна прокуратура розслідує обстріл Білопілля. Тіло загиблого передано до моргу "
     "у Сумах. Загинув чоловік.", [("Bilopillia", 1)]),
    ("В Токмаке при обстреле погиб мужчина. Тело доставлено в морг Мелитополя.",
     [("Tokmak", 1)]),
])
def test_the_office_that_investigates_and_the_morgue_are_no_places_hit(extractor, text, places):
    assert [(e.place, e.killed) for e in _events(extractor, text)] == places


@pytest.mark.parametrize("text, places", [
    ("За сутки враг 420 раз ударил по Запорожской области. Под ударами были Орехов и "
     "Степногорск.", ["Orikhiv", "Stepnohirsk"]),
    ("За добу ворог 250 разів обстріляв Херсонщину. Під ударами були Білозерка та Берислав.",
     ["Bilozerka", "Beryslav"]),
])
def test_a_regions_day_total_before_its_places_is_no_event_of_its_own(extractor, text, places):
    assert [e.place for e in _events(extractor, text)] == places


@pytest.mark.parametrize("text, places", [
    ("Удар ракети пошкодив підстанцію в Одеській області. The strike left 52,000 customers in "
     "Izmail and Reni without power.", ["Odesa Oblast"]),
    ("В Севастополе обломками БПЛА повреждена ЛЭП в Орловке, без света остались несколько "
     "улиц Качи.", ["Sevastopol", "Orlivka"]),
    ("Обломками БПЛА в Джанкое повреждены пути, движение поездов в сторону Феодосии "
     "приостановлено.", ["Dzhankoy"]),
    ("Губернатор, находившийся в этот момент в Балаклаве, сообщил, что атака на Севастополь "
     "отражена, повреждена крыша дома.", ["Sevastopol"]),
    ("Ночью дрон атаковал Алчевск. В Кадиевке сбиты 2 беспилотника.", ["Alchevsk"]),
    ("В Клинцовском округе отражена атака БПЛА, все дроны сбиты.", []),
    ("За даними ДТЕК Одеські електромережі, пошкоджено підстанцію в Ізмаїльському районі.",
     ["Izmail district"]),
    ("A drone hit Kupiansk on Sunday. Since 2022, hostilities in Kharkiv oblast have damaged "
     "over 300 schools.", ["Kupiansk"]),
])
def test_places_named_beside_a_strike_that_were_not_hit(extractor, text, places):
    assert [e.place for e in _events(extractor, text)] == places


@pytest.mark.parametrize("text, types", [
    ("У неділю було атаковано газорозподільну станцію поблизу Лубен.", ("other",)),
    ("Внаслідок обстрілу КАБами пошкоджено магазин у Степногірську.", ("glide_bomb",)),
])
def test_a_strike_near_a_town_and_shelling_with_a_named_weapon(extractor, text, types):
    assert [e.attack_types for e in _events(extractor, text)] == [types]


def test_the_head_of_a_municipal_district_speaks_for_the_town_attacked(extractor):
    text = ("Глава муниципального округа Енакиево сообщил, что ВСУ атаковали город дроном. "
            "Погибла женщина.")
    assert _tolls(extractor, text) == [("Yenakiieve", 1, None)]


@pytest.mark.parametrize("text, places", [
    ("Вибухи в Житомирі, працює ППО.", []),
    ("Вибухи у Полтаві — ППО. У Миргороді поранено 2 людей внаслідок удару.", ["Myrhorod"]),
    ("Група ударних БпЛА над Вінниччиною, рух на північ.", []),
    ("БпЛА з Полтавщини на Черкащину.", []),
    ("Загроза КАБів для Харківщини. КАБи на Золочів.", []),
    ("Шахеди на Дніпропетровщину, курс на Павлоград. Ворог атакував Нікополь: поранено "
     "3 людей.", ["Nikopol"]),
    ("Балістика з Криму на Миколаїв. У Миколаєві поранено 5 людей.", ["Mykolaiv"]),
    ("Дрони над Рівненщиною. Дубно – влучання в підстанцію.", ["Dubno"]),
    ("Группа БпЛА движется на Сумы со стороны Курска. В Сумах ранен мужчина.", ["Sumy"]),
])
def test_an_air_raid_monitors_lines_of_threats_courses_and_air_defence(extractor, text,
                                                                       places):
    assert [e.place for e in _events(extractor, text)] == places


@pytest.mark.parametrize("text, places", [
    ("Нанесено поражение пунктам временной дислокации ВСУ в районах н.п. Славянск и "
     "Краматорск.", ["Sloviansk", "Kramatorsk"]),
    ("Освобождён н.п. Шахово.", ["Shakhove"]),
    ("Ночью Герани атаковали Конотоп.", ["Konotop"]),
    ("Калибры с кораблей Черноморского флота поразили аэродром под Миргородом.", ["Myrhorod"]),
])
def test_a_defence_ministrys_wording(extractor, text, places):
    assert [e.place for e in _events(extractor, text)] == places


@pytest.mark.parametrize("text, expected", [
    ("Ворог атакував Куп'янськ дронами. Поранено двох людей. Нагадаємо, у Куп'янську 9 жовтня "
     "пошкоджено 6 будинків.", [("Kupiansk", "2025-10-20", "drone")]),
    ("Кількість загиблих внаслідок ракетного удару по Херсону зросла до чотирьох. Нагадаємо, "
     "11 жовтня росіяни вже били по місту КАБами.", [("Kherson", "2025-10-20", "missile")]),
])
def test_a_strike_recalled_gives_the_one_told_neither_its_day_nor_its_weapon(extractor, text,
                                                                             expected):
    assert [(e.place, e.date, e.attack_types[0]) for e in _events(extractor, text)] == expected


@pytest.mark.parametrize("text, places", [
    ("Росіяни вночі атакували Миколаїв дронами. Читайте також: На Миколаївщині через атаку "
     "знеструмлені частина Снігурівки.", ["Mykolaiv"]),
    ("Ворог завдав удару по Конотопу дронами. Через удар частина Конотопа та Бахмача "
     "знеструмлені.", ["Konotop"]),
    ("A Russian missile hit Mykolaiv overnight, causing power outages in the nearby town of "
     "Ochakiv.", ["Mykolaiv"]),
    ("Ukrainian drones hit an oil depot in Russia's Crimea-adjacent Krasnodar region.",
     ["Krasnodar Krai"]),
])
def test_links_outages_and_adjacent_regions_are_no_places_hit(extractor, text, places):
    assert [e.place for e in _events(extractor, text)] == places


def test_a_ukrainian_town_told_in_ukraine_beside_a_russian_region(extractor):
    text = ("A Russian glide bomb hit the town of Vovchansk in northeastern Ukraine. Ukrainian "
            "drones struck a depot in Russia's Bryansk region, the governor said.")
    assert [e.place for e in _events(extractor, text)] == ["Vovchansk", "Bryansk Oblast"]


def test_a_death_toll_risen_after_a_long_description_of_the_strike(extractor):
    text = ("The death toll from a Russian glide bomb strike on a five-storey apartment block in "
            "the northern part of the city of Sloviansk rose to nine. Officials had earlier said "
            "six people were killed.")
    assert [(e.place, e.killed) for e in _events(extractor, text)] == [("Sloviansk", 9)]


@pytest.mark.parametrize("text, places", [
    ("Вчора дрони атакували Зеленівку та Садове Херсонської міської громади.",
     ["Zelenivka", "Sadove"]),
    ("Противник завдав ударів дронами по селах Золочівської громади — Одноробівці та Удах.",
     ["Odnorobivka", "Udy"]),
])
def test_a_hromada_told_with_its_villages_is_where_they_are(extractor, text, places):
    assert [e.place for e in _events(extractor, text)] == places


@pytest.mark.parametrize("text, expected", [
    ("Росіяни атакували дроном Миропілля Краснопільської громади.", ("Myropillia", "Sumy Oblast")),
    ("Ворог обстріляв Дмитрівку Великописарівської громади.", ("Dmytrivka", "Sumy Oblast")),
])
def test_a_village_of_a_hromada_is_the_namesake_near_its_centre(extractor, text, expected):
    assert [(e.place, e.admin1) for e in _events(extractor, text)] == [expected]


@pytest.mark.parametrize("text, toll", [
    ("ВСУ атаковали Тёткино дроном. Погиб водитель, мужчина 1981 г.р.", (1, None)),
])
def test_a_victim_and_who_they_were_is_one_person(extractor, text, toll):
    assert [(e.killed, e.injured) for e in _events(extractor, text)] == [toll]


def test_the_word_settlement_opening_a_sentence_is_no_place(extractor):
    assert _events(extractor, "Посёлок атакован FPV-дроном, ранен мужчина.") == []


@pytest.mark.parametrize("text, unresolved", [
    ("ВСУ атаковали Белгородский округ. В Колотиловке ранен мужчина.", "Колотиловке"),
    ("В станице Ильской обломки БПЛА повредили забор.", "Ильской"),
])
def test_a_village_the_gazetteer_lacks_is_reported_not_lost(extractor, text, unresolved):
    result = extractor.extract(text, source="t", published="2025-10-20")
    assert unresolved in [u.query for u in result.unresolved]


def test_a_county_abroad_named_after_its_town_is_the_area_not_the_town(extractor):
    events = _events(extractor, "A Russian drone crashed in a field in Lublin province.")
    assert [(e.place, e.geo_precision) for e in events] == [("Lublin province", "district")]


def test_the_city_a_microdistrict_is_told_of_is_the_place_hit(extractor):
    text = "Шуменський мікрорайон Херсона потрапив під обстріл, поранено жінку."
    assert _tolls(extractor, text) == [("Kherson", None, 1)]


@pytest.mark.parametrize("text, toll", [
    ("Ночью Герани отработали по Кременчугу. Противник сообщает об одном погибшем и трёх "
     "раненых.", (1, 3)),
    ("Ночью Герани отработали по Кременчугу. Местные паблики пишут о раненой женщине 64 лет.",
     (None, 1)),
    ("Ночью Герани отработали по Кременчугу. Глава ОВА заявил в Полтаве о двух раненых.",
     (None, 2)),
])
def test_a_toll_told_as_what_someone_reports(extractor, text, toll):
    assert [(e.place, e.killed, e.injured) for e in _events(extractor, text)] \
        == [("Kremenchuk", *toll)]


@pytest.mark.parametrize("text, places", [
    ("Romania said it detected a drone in its airspace near Isaccea but found no debris.", []),
    ("Drones hit Izmail, and residents of Isaccea and Tulcea were told to take shelter.",
     ["Izmail"]),
    ("In Warsaw, EU ministers discussed the drone incursions.", []),
    ("A drone hit a warehouse in the Odesa suburb of Yuzhne overnight.", ["Pivdenne"]),
    ("A glide bomb hit Kherson on Saturday, injuring four. On the same day, Romanian jets "
     "monitored a drone flying over the Danube near Galati.", ["Kherson"]),
])
def test_a_neighbouring_countrys_alerts_and_talks_are_no_strikes(extractor, text, places):
    events = _events(extractor, text)
    assert [e.place for e in events] == places
    assert all(e.attack_types != ("drone", "glide_bomb") for e in events)


def test_where_help_is_given_to_the_victims_is_no_place_hit(extractor):
    text = ("Вночі дрон атакував Охтирку, поранено двох людей. Допомогу постраждалим надають "
            "працівники ЦНАПу у Тростянці.")
    assert _tolls(extractor, text) == [("Okhtyrka", None, 2)]


def test_a_victim_with_who_they_were_before_the_rest_of_the_list(extractor):
    text = ("Дрон атакував маршрутку в Херсоні. Поранено водія, 48-річного чоловіка, та двох "
            "пасажирок 59 і 73 років.")
    assert _tolls(extractor, text) == [("Kherson", None, 3)]


def test_the_places_of_a_weeks_roundup_are_dated_by_its_week(extractor):
    text = ("За тиждень ворог 900 разів обстріляв Запорізьку область. Найбільше обстрілів "
            "зазнали Оріхів та Степногірськ.")
    assert [(e.place, e.date, e.date_precision) for e in _events(extractor, text)] == [
        ("Orikhiv", "2025-10-13", "week"), ("Stepnohirsk", "2025-10-13", "week")]


def test_a_weeks_toll_is_not_given_to_the_place_told_next(extractor):
    text = ("За прошедшую неделю в результате обстрелов в ДНР погибли 6 мирных жителей. Сегодня "
            "утром под удар попала Горловка, ранен мужчина.")
    assert _tolls(extractor, text) == [("Horlivka", None, 1)]
