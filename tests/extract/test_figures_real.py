"""Casualty figures the way real reports give them (issue 19), in our own words.

Each case shows one phenomenon met in real report text: figures in the next
paragraph, zero phrases, listed victims, per-place breakdowns, running tolls.
The embedded gazetteer is enough: every place is a large town.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from geo.extract import Extractor, pipeline
from geo.extract.figures import find_figures


@pytest.fixture(scope="module")
def embedded() -> Extractor:
    """An extractor over the embedded gazetteer."""
    return Extractor()


def _figures(extractor: Extractor, text: str) -> list[tuple[str, int | None, int | None]]:
    result = extractor.extract(text, source="t", published="2025-06-04")
    return [(e.place, e.killed, e.injured) for e in result.events]


def test_figures_in_the_next_paragraph_stay_with_the_strike(embedded):
    """A paragraph that names no place of its own goes on about the strike before it."""
    text = ("Russian drones struck Mykolaiv overnight, the governor said.\n\n"
            "At least five people were killed and 14 injured, he added.")
    assert _figures(embedded, text) == [("Mykolaiv", 5, 14)]


def test_a_new_paragraph_naming_a_place_starts_afresh(embedded):
    text = ("Russian drones struck Mykolaiv overnight.\n\n"
            "In Odesa, a missile hit the port and injured two workers.")
    assert _figures(embedded, text) == [("Mykolaiv", None, None), ("Odesa", None, 2)]


@pytest.mark.parametrize("text", [
    "Росіяни вдарили по Херсону вранці, загинула жінка.\n\n"
    "За минулу добу в області поранено семеро людей.",
    "A glide bomb hit Kharkiv in the morning, killing a woman. "
    "Across the region, seven people were wounded over the past day.",
])
def test_a_regional_or_daily_toll_is_not_the_towns(embedded, text):
    assert _figures(embedded, text)[0][1:] == (1, None)


@pytest.mark.parametrize("sentence, expected", [
    ("Nobody lives there now; people were not injured in the blast.", {"killed": 0, "injured": 0}),
    ("There were no reports of casualties after the drone fell.", {"killed": 0, "injured": 0}),
    ("На щастя, люди не постраждали.", {"killed": 0, "injured": 0}),
    ("Цього разу обійшлося без потерпілих.", {"killed": 0, "injured": 0}),
    ("Police said two pensioners had perished in the fire.", {"killed": 2}),
    ("У лікарні помер чоловік, якого поранило уламками.", {"killed": 1}),
    ("Ночью в больнице умерла женщина.", {"killed": 1}),
    ("Ще один цивільний зазнав поранення руки.", {"injured": 1}),
    ("At least 19 other people, including two girls, were hurt.", {"injured": 19}),
    ("Two more residents were hospitalized.", {"injured": 2}),
])
def test_figure_wordings(sentence, expected):
    """Zero phrases ("no reports of casualties" says nothing is known yet), deaths ("perished", "помер", "умерла"), "зазнав поранення", and
    "N other people" are figures."""
    assert {f.kind: f.value for f in find_figures(sentence)} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Shelling on the morning of Nov. 12 killed two people.", {"killed": 2}),
    ("On April 9 killed one civilian and wounded three.", {"killed": 1, "injured": 3}),
    ("14 березня росіяни атакували місто дронами.", {}),
    ("Two men aged 51 and 77 were wounded.", {"injured": 2}),
    ("Поранено чоловіка 48 років.", {"injured": 1}),
    ("Лікарі рятували жительку 1969 року народження, яка загинула.", {"killed": 1}),
])
def test_dates_ages_and_birth_years_are_never_counts(sentence, expected):
    """A day of the month beside its month, an age ("aged 51 and 77", "48 років") and a
    year of birth are not tolls."""
    assert {f.kind: f.value for f in find_figures(sentence)} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Three women and a boy were killed.", {"killed": 4}),
    ("A 59-year-old man and a 61-year-old woman were wounded.", {"injured": 2}),
    ("A man and women aged 33 and 58 were hurt.", {"injured": 3}),
    ("Поранено 52-річного чоловіка та його 49-річну дружину.", {"injured": 2}),
    ("Ранены мужчина 1971 года рождения и женщина 1980 года рождения.", {"injured": 2}),
    ("Внаслідок удару загинула 57-річна.", {"killed": 1}),
    ("A 66-year-old was killed.", {"killed": 1}),
    # "the" before a conjunct, and the people of a workplace
    ("A drone hit an ambulance, injuring a paramedic and the driver.", {"injured": 2}),
    ("A woman and the two children were injured.", {"injured": 3}),
    ("Дрон влучив у швидку: поранено фельдшера та водія.", {"injured": 2}),
    ("Дрон ударил по машине скорой, ранены фельдшер и водитель.", {"injured": 2}),
    ("Загинув працівник підприємства, поранено охоронця.", {"killed": 1, "injured": 1}),
    ("Погиб сотрудник МЧС, ранен врач.", {"killed": 1, "injured": 1}),
    # a family told before its members or its size; contused is hurt
    ("Внаслідок удару загинула родина: батько, мати та 8-річний син.", {"killed": 3}),
    ("Погибла семья из трех человек.", {"killed": 3}),
    ("Контужено двох людей.", {"injured": 2}),
    # one of them, not one more; a toll of the injured is not the dead
    ("Загинули троє людей, зокрема дитина 9 років.", {"killed": 3}),
    ("The toll later climbed to 14 injured.", {"injured": 14}),
    # where it happened between the casualty word and the people
    ("Окупанти вбили в Донецькій області двох людей.", {"killed": 2}),
    ("Росіяни поранили на Херсонщині 5 людей.", {"injured": 5}),
])
def test_listed_victims_are_counted(sentence, expected):
    """Each listed person counts once, over ages, possessives and years of birth; an age
    used as a noun ("57-річна") is one person."""
    assert {f.kind: f.value for f in find_figures(sentence)} == expected


def test_the_governors_region_does_not_take_the_towns_figures(embedded):
    """The oblast in an official's title, said after the town, is the town's region: the
    figures that follow stay with the town."""
    text = ("A missile hit an apartment block in Kharkiv overnight.\n\n"
            "Take cover, the governor of the Kharkiv region urged residents on Telegram. "
            "A man died and nine people were hurt, he said later.")
    assert _figures(embedded, text) == [("Kharkiv", 1, 9)]


@pytest.mark.parametrize("sentence, expected", [
    ("Пізніше у лікарні помер чоловік, якого поранило уламками.", ("killed", 1, True)),
    ("Один з поранених помер у лікарні.", ("killed", 1, True)),
    ("Later, two of the injured died in hospital.", ("killed", 2, True)),
    ("By evening the number of victims rose to 5 people.", ("injured", 5, False)),
    ("Чоловіка госпіталізували з контузією.", ("injured", 1, False)),
])
def test_later_deaths_and_updated_tolls(sentence, expected):
    """A death told after the strike is marked ``later``; "two of the injured" is a part
    of the injured, not another injured figure; a risen number of victims is injured."""
    [fig] = find_figures(sentence)
    assert (fig.kind, fig.value, fig.later) == expected


def test_a_later_death_moves_one_injured_to_the_killed(embedded):
    text = ("A drone hit a car in Sumy. Two people were wounded. "
            "Later, one of the injured died in hospital.")
    assert _figures(embedded, text) == [("Sumy", 1, 1)]


def test_a_rising_toll_updates_the_strike_and_adds_no_event(embedded):
    text = ("A missile struck Poltava on Friday, killing seven people. "
            "The death toll has since risen to 12, the mayor said.")
    assert _figures(embedded, text) == [("Poltava", 12, None)]


@pytest.mark.parametrize("text, expected", [
    ("The toll from the Aug. 3 strike on Uman has risen to 11 after two more people died in "
     "hospital.", ("Uman", 11, None)),
    ("Rescuers found another body in Izium, bringing the death toll from Tuesday's attack to "
     "9.", ("Izium", 9, None)),
    ("The number of people killed in the strike on Lubny has risen to four.",
     ("Lubny", 4, None)),
    ("Кількість поранених у Черкасах зросла з 6 до 9.", ("Cherkasy", None, 9)),
    ("Кількість постраждалих в Ізмаїлі: 7 людей, серед них дитина.", ("Izmail", None, 7)),
    ("Дрон атакував Балаклію. Загалом 1 загиблий і 4 поранених.", ("Balakliia", 1, 4)),
    ("Drones struck Bila Tserkva overnight. In total, three people were hurt.",
     ("Bila Tserkva", None, 3)),
])
def test_a_toll_told_as_its_new_total_is_that_total(embedded, text, expected):
    """A toll that rose "from 6 to 9", "bringing the death toll to 9", the number told after
    a colon, and a total ("Загалом", "In total") after one place hit: that total, not the
    increment and not nobody's."""
    assert _figures(embedded, text) == [expected]


def test_a_total_after_two_places_is_neither_ones(embedded):
    text = "Дрони атакували Вінницю та Калинівку. Загалом поранено 5 людей."
    assert _figures(embedded, text) == [("Vinnytsia", None, None), ("Kalynivka", None, None)]


def test_each_place_of_a_breakdown_gets_its_own_figures(embedded):
    """"killed three in A, one in B and one in C; seven injured: three in B, two in D": the
    parts are each place's, the injured total no single place's."""
    text = ("Russian shelling of Donetsk Oblast on Monday killed three in Kramatorsk, one in "
            "Sloviansk and one in Druzhkivka; seven were injured: three in Sloviansk, two in "
            "Kostiantynivka and two in Pokrovsk.")
    assert _figures(embedded, text) == [
        ("Kramatorsk", 3, None), ("Sloviansk", 1, 3), ("Druzhkivka", 1, None),
        ("Kostiantynivka", None, 2), ("Pokrovsk", None, 2)]


def test_a_part_said_of_each_listed_place_goes_to_every_one(embedded):
    text = ("Russian strikes killed four residents of Kharkiv Oblast: two in Kupiansk and one "
            "in [each of] Izium and Balakliia.")
    assert _figures(embedded, text) == [("Kupiansk", 2, None), ("Izium", 1, None),
                                        ("Balakliia", 1, None)]


@pytest.mark.parametrize("sentence, expected", [
    ("Шестеро людей загинули на Харківщині: п'ятеро в Харкові та одна людина – в Ізюмі.",
     [("killed", 6, True, False), ("killed", 5, False, True), ("killed", 1, False, True)]),
    ("Загинула жінка, ще четверо людей поранені в різних населених пунктах.",
     [("killed", 1, False, False), ("injured", 4, True, False)]),
])
def test_totals_and_their_parts(sentence, expected):
    """A figure broken down after a colon, or spread "in different settlements", is a
    total; the bare numbers after it are its parts."""
    assert [(f.kind, f.value, f.total, f.elided) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Уламками також пошкоджено 9 автомобілів.", {}),
    ("Осколками пострадали 7 машин, ранен один человек.", {"injured": 1}),
    ("Later that day a drone struck the port, killing one person.", {"killed": 1}),
])
def test_things_are_not_people_and_later_needs_a_death(sentence, expected):
    """A number of cars is no toll; "later" makes a later death only with a died-verb."""
    assert {f.kind: f.value for f in find_figures(sentence)} == expected
    assert not any(f.later for f in find_figures(sentence))


def test_a_place_named_only_to_locate_another_takes_no_figures(embedded):
    """"the village of X near Y, killing ...": the figures are X's, not the nearer-written Y's."""
    text = ("A guided bomb fell on Pisky-Radkivski, a village near Izium, where it killed "
            "a tractor driver and wounded his son.")
    assert _figures(embedded, text)[0] == ("Pisky-Radkivski", 1, 1)


def test_an_alert_for_the_region_and_a_speakers_name_keep_the_town_in_focus(embedded):
    text = ("Sirens wailed over Chernihiv before dawn, and then a drone struck a garage there. "
            "A loud explosion was heard while an air-raid alert covered the Chernihiv region. "
            "Speaking to reporters, Kim said that two residents had died and five were hurt.")
    assert [f for f in _figures(embedded, text) if f[0] == "Chernihiv"] == [("Chernihiv", 2, 5)]


@pytest.mark.parametrize("sentence, expected", [
    ("Another woman, 41, was taken to hospital with a concussion.", {"injured": 1}),
    ("Ще одного потерпілого доправили до лікарні.", {"injured": 1}),
    ("Также гражданский 47 лет получил осколочные ранения.", {"injured": 1}),
    ("Three volunteers sustained shrapnel wounds.", {"injured": 3}),
])
def test_hospital_phrases_and_wound_adjectives(sentence, expected):
    """"taken to hospital" reads as "hospitalized"; "осколочные ранения", "shrapnel wounds"
    keep their number."""
    assert {f.kind: f.value for f in find_figures(sentence)} == expected


def test_a_figure_in_a_sentence_without_an_attack_word_goes_to_the_strike(embedded):
    text = "A drone hit a minibus in Kherson, killing the driver. One more man was hospitalised."
    assert _figures(embedded, text) == [("Kherson", 1, 1)]


@pytest.mark.parametrize("text", [
    "A drone struck Sumy at night, injuring two people. Since the start of the full-scale "
    "invasion, 1,100 civilians have been killed in the oblast, not counting Okhtyrka.",
    "A drone struck Sumy at night, injuring two people. These figures do not include the "
    "casualties in Okhtyrka, where it is impossible to establish their number.",
    "Дрон атакував Суми вночі, поранено двох людей. З початку повномасштабного вторгнення "
    "в Охтирці загинули 300 людей.",
])
def test_a_running_toll_is_no_event_and_no_strikes_figure(embedded, text):
    """A toll since the start of the war, or a caveat about what a toll leaves out, names
    places that were not struck now and gives no strike its figure."""
    assert _figures(embedded, text) == [("Sumy", None, 2)]


def _dated(extractor: Extractor, text: str) -> list[tuple[str, str, int | None, int | None]]:
    result = extractor.extract(text, source="t", published="2025-10-09")
    return [(e.place, e.date, e.killed, e.injured) for e in result.events]


def test_strikes_on_the_same_town_on_other_days_are_other_events(embedded):
    """A sentence naming the town and another calendar day, with casualties of its own, is
    another strike: its figures do not join (or outgrow) today's."""
    text = ("Russian shelling hit Kupiansk on Thursday, wounding an elderly man. "
            "On 2 October, a drone strike on Kupiansk injured six people.")
    assert _dated(embedded, text) == [("Kupiansk", "2025-10-09", None, 1),
                                      ("Kupiansk", "2025-10-02", None, 6)]


@pytest.mark.parametrize("text", [
    # a background date, with no casualties of its own
    "Russian shelling hit Kherson on Thursday, wounding an elderly man. Kherson has been "
    "shelled since Ukrainian troops freed it on 11 November 2022.",
    # the day told later, of the same strike in focus
    "A resident of Kherson was killed in a Russian attack. On 9 October the Russians "
    "shelled a house in this city; a man died under the rubble.",
])
def test_a_later_date_of_the_same_strike_adds_no_event(embedded, text):
    assert len(_dated(embedded, text)) == 1


@pytest.mark.parametrize("sentence, expected", [
    ("Медики доставили до лікарні 52-річну одеситку, яка дістала вибухову травму.",
     {"injured": 1}),
    ("Загинула 58-річна мешканка села.", {"killed": 1}),
])
def test_an_age_before_a_noun_we_do_not_know_is_one_person(sentence, expected):
    """A demonym ("одеситку") is not in our person words; after an age it is one person."""
    assert {f.kind: f.value for f in find_figures(sentence)} == expected


def test_figures_prefer_the_resolved_place_over_its_unresolved_qualifier():
    """"у X Y-ської громади": a hromada name we cannot place, written nearer the figure,
    does not take X's figures."""
    text = "У Вербівці Калинівської громади поранено трьох людей."
    sentence = SimpleNamespace(text=text, start=0, index=0)
    info = SimpleNamespace(sentence=sentence, figures=find_figures(text),
                           clause_of=lambda offset: 0)

    def mention(name: str, feature: str | None) -> SimpleNamespace:
        start = text.index(name)
        found = SimpleNamespace(start=start, end=start + len(name), sentence=sentence)
        return SimpleNamespace(found=found, clause=0, feature=feature)

    located = [mention("Вербівці", "settlement"), mention("Калинівської", None)]
    attached = pipeline.attach_figures(info, located)
    assert [(f.kind, f.value) for f in attached[0]] == [("injured", 3)] and not attached[1]


@pytest.mark.parametrize("sentence, expected", [
    ("A missile killed a teacher and her three sons.", {"killed": 4}),
    ("Загинув 52-річний чоловік, його 12-річна онука поранена.", {"killed": 1}),
    ("Six people received medical assistance at the scene.", {"injured": 6}),
    ("Двоє людей звернулися по медичну допомогу.", {"injured": 2}),
    ("Трое жителей обратились за медицинской помощью.", {"injured": 3}),
    ("The blast left two dead and 11 wounded.", {"killed": 2, "injured": 11}),
    ("Один человек погиб, трое ранены.", {"killed": 1, "injured": 3}),
    ("An elderly couple was killed.", {"killed": 2}),
    ("Поранено подружжя пенсіонерів.", {"injured": 2}),
])
def test_more_victim_wordings(sentence, expected):
    """A possessive before a counted conjunct; a conjunct with its own keyword after a
    comma is another figure; treated on the spot counts as injured."""
    got = {f.kind: f.value for f in find_figures(sentence)}
    assert {k: v for k, v in got.items() if k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # one of the injured died, after a death told before: both deaths count
    ("В Донецке при обстреле погиб мужчина, еще трое жителей получили ранения. Позже один из "
     "раненых скончался в больнице.", ("Donetsk", 2, 2)),
    # the later death told in the same sentence as the injured
    ("A glide bomb struck Zaporizhzhia. Six people were injured, among them a boy, and one man "
     "later died in hospital.", ("Zaporizhzhia", 1, 5)),
    # a Russian auxiliary between the number and its verb
    ("Дрон атаковал Белгород. Погиб один человек. Четверо были ранены.", ("Belgorod", 1, 4)),
    # the one hurt died, told by a pronoun or as the subject of the same sentence
    ("Дніпро. Вранці дрон вдарив по місту — поранений 39-річний чоловік. Згодом він помер.",
     ("Dnipro", 1, 0)),
    ("A 42-year-old man wounded in a drone strike on Kherson on Sunday died in hospital.",
     ("Kherson", 1, 0)),
    # one of those hurt, told between commas or as "one of them", died in hospital
    ("Внаслідок удару по Миргороду поранено трьох людей. Пізніше стало відомо, що одна з "
     "поранених, 58-річна жінка, померла в лікарні.", ("Myrhorod", 1, 2)),
    ("У Херсоні поранено трьох людей. Пізніше кількість постраждалих зросла до шести, один з "
     "них загинув у лікарні.", ("Kherson", 1, 5)),
    # more hurt learnt of later add to the first sentence's figure
    ("У Запоріжжі поранено жінок 34, 56 і 78 років. Пізніше стало відомо ще про двох "
     "поранених — чоловіків 40 і 62 років.", ("Zaporizhzhia", None, 5)),
    # a toll without "death" before it
    ("A Russian missile hit Kyiv on Wednesday, killing 20. The toll has risen to 23.",
     ("Kyiv", 23, None)),
])
def test_later_deaths_in_the_same_or_another_sentence(embedded, text, expected):
    assert _figures(embedded, text) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("On 5 May 2024 three people died.", {"killed": 3}),
    ("Two men were injured on May 12.", {"injured": 2}),
])
def test_a_year_is_no_part_of_the_count_after_it(sentence, expected):
    """Digits are a whole number: "2024 three people" is a year and three people."""
    assert {f.kind: f.value for f in find_figures(sentence)} == expected


def test_a_past_strike_in_a_comparison_gives_no_figure():
    """"the deadliest since 40 were killed in X in January" compares with a past strike."""
    sentence = "It was the deadliest strike since 35 people were killed in Odesa in March."
    assert find_figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Є поранені: 39-річна жінка та 64-річний чоловік.", {"injured": 2}),
    ("Загиблі — чоловік 1971 р.н. та жінка 1974 р.н.", {"killed": 2}),
    ("Injured: a 9-year-old boy and his grandfather.", {"injured": 2}),
    ("Є загиблий та троє поранених.", {"killed": 1, "injured": 3}),
])
def test_a_keyword_heading_a_list_of_people(sentence, expected):
    """A keyword, a colon or dash, then the people: each listed person counts; "є
    загиблий" (there is one dead) is one."""
    assert {f.kind: f.value for f in find_figures(sentence)} == expected


def test_the_strike_restated_with_its_calendar_day_is_one_event(embedded):
    """"Overnight" dated by the publication day, then the same strike told with its date
    a day off: one event, not two."""
    text = ("Russian drones hit Odesa overnight, injuring three people. The attack on Odesa "
            "on 8 October injured three residents, the mayor said.")
    assert len(_dated(embedded, text)) == 1


@pytest.mark.parametrize("text, place", [
    ("A drone hit a house on the edge of Chernihiv. Windows were smashed. "
     "There were no reports of casualties.", "Chernihiv"),
    ("Shelling damaged a school in Kherson; no casualties have been reported.", "Kherson"),
    ("Дрон влучив у гараж у Сумах. Інформації про постраждалих не надходило.", "Sumy"),
    ("Беспилотник атаковал склад в Белгороде. О пострадавших не сообщается.", "Belgorod"),
    ("Снаряд попал в сарай в Белгороде. Пострадавших и разрушений нет.", "Belgorod"),
    ("Дрон влучив у подвір'я в Сумах, постраждалих та руйнувань немає.", "Sumy"),
])
def test_no_report_of_casualties_is_zero(embedded, text, place):
    """ "No reports of casualties" (and its Ukrainian and Russian forms) is the text saying
    nobody was hurt: 0 killed and 0 injured, not unknown."""
    assert _figures(embedded, text) == [(place, 0, 0)]


@pytest.mark.parametrize("word", [
    "deaths", "fatalities", "lives", "bodies", "dies", "вбили", "убили", "смерть", "помирає",
    "поранила", "ранило", "burns", "опіки", "ожоги", "потерпілих", "потерпевших",
    "пострадавших"])
def test_every_casualty_word_opens_the_figure_gate(word):
    """The cheap pre-check must let through every word a casualty figure can hang on:
    a sentence it wrongly shuts loses its figure ("Обійшлося без потерпілих.")."""
    from geo.extract.figures import may_have_figures

    assert may_have_figures(f"Later {word} here.")


@pytest.mark.parametrize("text, expected", [
    ("A shell hit a house in Belgorod, killing a woman. Her husband received extensive burns.",
     [("Belgorod", 1, 1)]),
    ("Снаряд попал в дом в Белгороде, погибла женщина. Ее супруг получил обширные ожоги.",
     [("Belgorod", 1, 1)]),
    ("Ракета влучила в Суми. Обійшлося без потерпілих.", [("Sumy", 0, 0)]),
])
def test_burns_and_unharmed_in_the_next_sentence(embedded, text, expected):
    assert _figures(embedded, text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Four other residents – a 49-year-old man and men aged 41, 55 and 73 – received medical "
     "help.", [("injured", 4)]),
    ("Two people – a man and a woman – were injured.", [("injured", 2)]),
])
def test_an_aside_between_dashes_does_not_split_a_figure(sentence, expected):
    """The victims listed between dashes after their number belong to it."""
    assert [(f.kind, f.value) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize("text, figure", [
    ("A resident of Izium was wounded.", ("injured", 1)),
    ("Three residents of the town of Kupiansk were hurt.", ("injured", 3)),
    ("A man from Kryvyi Rih died in hospital.", ("killed", 1)),
    ("Мешканка Ізюма отримала поранення.", ("injured", 1)),
    ("Житель Кам’янського загинув.", ("killed", 1)),
    ("Пожилой житель Шебекино получил ранения.", ("injured", 1)),
])
def test_a_person_named_with_the_town_they_are_from_is_counted(text, figure):
    """The town a victim is from may stand between the person and the verb."""
    assert [(f.kind, f.value) for f in find_figures(text)] == [figure]


def test_a_victim_from_the_town_gives_the_town_its_figure(embedded):
    events = embedded.extract("On Tuesday a drone attack hit Izium. A resident of Izium was "
                              "wounded.", source="t", published="2025-07-22").events
    assert [(e.place, e.injured) for e in events] == [("Izium", 1)]


@pytest.mark.parametrize("text, injured", [
    ("Shelling hit Kherson: two people were hurt at a bus stop, and another was wounded "
     "near the river.", 3),
    ("Дрон атакував Херсон: двоє людей поранені на зупинці, і ще один травмований біля "
     "річки.", 3),
    ("Обстрел Херсона: двое пострадали на остановке, и ещё двое ранены у реки.", 4),
    ("Shelling hit Kherson: two people were hurt at a bus stop.", 2),
])
def test_more_of_the_same_kind_is_added(embedded, text, injured):
    """"and another was wounded", "і ще один", "и ещё двое": more victims, not a new count."""
    events = embedded.extract(text, source="t", published="2025-07-22").events
    assert [(e.place, e.injured) for e in events] == [("Kherson", injured)]


@pytest.mark.parametrize("text, expected", [
    ("The Chernihiv, Poltava and Odesa oblasts also came under attack, but no casualties "
     "were reported.", [("Chernihiv Oblast", 0), ("Poltava Oblast", 0), ("Odesa Oblast", 0)]),
    ("Дрони атакували Суми та Шостку, постраждалих немає.", [("Sumy", 0), ("Shostka", 0)]),
    # a place with its own toll keeps it; the others of the clause have nobody hurt
    ("Drones hit Kharkiv, killing two; Sumy and Poltava were also attacked, no casualties "
     "were reported there.", [("Kharkiv", 2), ("Sumy", 0), ("Poltava", 0)]),
])
def test_no_casualties_is_said_of_every_place_of_its_clause(embedded, text, expected):
    events = embedded.extract(text, source="t", published="2025-06-04").events
    assert [(e.place, e.killed) for e in events] == expected
