"""Extraction building blocks: sentences, numbers, figures, dates, attack words, roles."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import InputError
from geo.extract import dates, journeys, lexicon, roles
from geo.extract.figures import find_figures
from geo.extract.numbers import word_value
from geo.extract.sentences import split_sentences


# --- sentences ---------------------------------------------------------------------------
def test_sentences_keep_offsets_and_paragraphs() -> None:
    text = ("Headline without a full stop\nU.S. officials said drones hit Kyiv. Two were hurt.\n\n"
            "V. Zelensky spoke in м. Київ. Next!")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Headline without a full stop", "U.S. officials said drones hit Kyiv.",
        "Two were hurt.", "V. Zelensky spoke in м. Київ.", "Next!"]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 0, 1, 1]


def test_lines_opened_by_pictographs_are_sentences_of_their_own() -> None:
    text = ("Обстріли за добу:\n🔸 Одеса — поранено жінку.\n🔸 Ізмаїл — загинув чоловік.\n"
            "➡️ Усатове — пошкоджено склад. ⚡ Біляївка — без наслідків.")
    assert [s.text for s in split_sentences(text)] == [
        "Обстріли за добу:", "🔸 Одеса — поранено жінку.", "🔸 Ізмаїл — загинув чоловік.",
        "➡️ Усатове — пошкоджено склад.", "⚡ Біляївка — без наслідків."]


def test_each_pictograph_item_keeps_its_own_toll(extractor) -> None:
    text = ("Наслідки атак на Херсонщину:\n🔸 Білозерка — поранено 3 людей.\n"
            "🔸 Станіслав — загинула жінка.\n🔸 Комишани — пошкоджено будинок.")
    events = extractor.extract(text, source="t", published="2025-05-01").events
    tolls = {e.place: (e.killed, e.injured) for e in events}
    assert tolls["Bilozerka"] == (None, 3) and tolls["Stanislav"] == (1, None)
    assert tolls["Komyshany"] == (None, None)


def test_hard_wrapped_lines_are_not_sentence_ends() -> None:
    import textwrap

    prose = ("Russian forces shelled the town of Kupiansk again on Monday evening and the "
             "regional administration said that two people were hurt in the attack. Drones "
             "also struck an energy facility near Kharkiv overnight, leaving thousands of "
             "homes without power for several hours, officials in the region said. Repairs "
             "are under way and should be finished by the end of the week.")
    text = textwrap.fill(prose, width=70)
    assert len(text.splitlines()) >= 6
    assert len(split_sentences(text)) == 3


# --- numbers and figures -------------------------------------------------------------------
@pytest.mark.parametrize("word, value", [
    ("троє", 3), ("двоє", 2), ("двох", 2), ("трьох", 3), ("шесть", 6), ("шести", 6),
    ("п'ятеро", 5), ("п’ятеро", 5), ("twenty-one", 21), ("1,200", 1200), ("одинадцять", 11),
    ("drone", None)])
def test_number_words(word: str, value: int | None) -> None:
    assert word_value(word) == value


def _figures(sentence: str) -> list[tuple[str, int, str | None]]:
    return [(f.kind, f.value, f.qualifier) for f in find_figures(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Local officials reported that a child was killed when a glide bomb struck.",
     [("killed", 1, None)]),
    ("Two adults and a child were injured.", [("injured", 3, None)]),
    ("Поранено 7 людей, двоє з них діти.", [("injured", 7, None)]),
    ("Ранены 3 человека, один из них в тяжелом состоянии.", [("injured", 3, None)]),
    ("A shell wounded five people, one of them a child.", [("injured", 5, None)]),
    ("The blast wounded two dozen people.", [("injured", 24, None)]),
    ("Shelling hurt more than a dozen residents.", [("injured", 12, "more than")]),
    ("Ще двоє, батько і син 12 років, отримали поранення.", [("injured", 2, None)]),
    ("Поранено 3 поліцейських та 1 рятувальника.", [("injured", 4, None)]),
    ("Загинув машиніст тепловоза.", [("killed", 1, None)]),
    ("Поранено вчительку та продавчиню.", [("injured", 2, None)]),
    ("Троє працівників заводу загинули.", [("killed", 3, None)]),
    ("Двоє водіїв автобусів отримали поранення.", [("injured", 2, None)]),
    ("Four workers of the depot were wounded.", [("injured", 4, None)]),
    ("More than 60 people were killed.", [("killed", 60, "more than")]),
    ("Ukrainian forces repelled over 50 Russian assaults.", [("count", 50, "more than")]),
    ("The strike killed two people and injured 12, including three children.",
     [("killed", 2, None), ("injured", 12, None)]),
    ("The attack left two dead and five wounded.", [("killed", 2, None), ("injured", 5, None)]),
    ("A 45-year-old man was killed.", [("killed", 1, None)]),
    ("The death toll rose to 7.", [("killed", 7, None)]),
    ("There were no casualties.", [("injured", 0, None), ("killed", 0, None)]),
    ("No one was injured.", [("injured", 0, None)]),
    ("Внаслідок удару загинули троє людей, ще п'ятеро дістали поранення.",
     [("killed", 3, None), ("injured", 5, None)]),
    ("Загинула 72-річна жінка, поранено двох чоловіків.",
     [("killed", 1, None), ("injured", 2, None)]),
    ("Поранення отримали щонайменше 12 осіб.", [("injured", 12, "at least")]),
    ("В результате обстрела погибли шесть человек, двое ранены.",
     [("killed", 6, None), ("injured", 2, None)]),
    ("Погибли трое, в том числе ребенок.", [("killed", 3, None)]),
    ("Загиблих та поранених немає.", [("injured", 0, None), ("killed", 0, None)]),
    ("Drones were seen over the city.", []),
])
def test_figures(sentence: str, expected: list) -> None:
    assert _figures(sentence) == expected


def test_weapon_counts_are_kept_apart_from_action_counts() -> None:
    assert _figures("Russia launched 40 drones and three missiles.") == [
        ("count_weapon", 40, None), ("count_weapon", 3, None)]


# --- dates ------------------------------------------------------------------------------------
TUESDAY = date(2025, 7, 22)


@pytest.mark.parametrize("sentence, expected", [
    ("Russia attacked Kyiv overnight.", ("2025-07-22", "day")),
    ("Over the past day, 50 assaults were repelled.", ("2025-07-22", "day")),
    ("Yesterday a drone hit Sumy.", ("2025-07-21", "day")),
    ("On Friday, drones hit Kharkiv.", ("2025-07-18", "day")),
    ("Drones hit Kharkiv last Tuesday.", ("2025-07-15", "day")),
    ("Kyiv came under attack earlier in the week.", ("2025-07-21", "week")),
    ("Last week Russian drones struck Lviv.", ("2025-07-14", "week")),
    ("A missile struck Odesa on 3 March.", ("2025-03-03", "day")),
    ("A missile struck Odesa on March 3, 2024.", ("2024-03-03", "day")),
    ("On 30 July a missile hit Odesa.", ("2024-07-30", "day")),  # later than D: last year
    ("In May, a missile hit Dnipro.", ("2025-05-01", "month")),
    ("У п'ятницю ворог атакував Харків.", ("2025-07-18", "day")),
    ("У пятницю ворог атакував Харків.", ("2025-07-18", "day")),   # apostrophe left out
    ("3 березня ракета влучила в Одесу.", ("2025-03-03", "day")),
    ("В ночь на субботу дроны атаковали Белгород.", ("2025-07-19", "day")),
    ("За минулу добу відбито 120 атак.", ("2025-07-22", "day")),
    ("На минулому тижні Росія атакувала Київ.", ("2025-07-14", "week")),
    ("Tuesday's attack on Kyiv killed two.", ("2025-07-22", "day")),
    # months and years back: that month ("a few": some day, not the report's)
    ("Two years ago, a missile hit the station in Kramatorsk.", ("2023-07-01", "month")),
    ("Рік тому ракета влучила в лікарню в Києві.", ("2024-07-01", "month")),
    ("Год назад ВСУ обстреляли рынок в Донецке.", ("2024-07-01", "month")),
    ("Три місяці тому КАБ влучив у Запоріжжя.", ("2025-04-01", "month")),
    ("Полгода назад дрон атаковал Курск.", ("2025-01-01", "month")),
    ("A month ago a drone hit Sumy.", ("2025-06-01", "month")),
    ("A few months ago, a missile hit Sumy.", (None, "unknown")),
    ("The rubble of the house a missile hit two days earlier was cleared.",
     ("2025-07-20", "day")),
    ("Тремя днями ранее ракета попала в Сумы.", ("2025-07-19", "day")),
    # a day and month opening a post, or after "the night to" (not a time after "о")
    ("20.07 ворог атакував Нікополь.", ("2025-07-20", "day")),
    ("У ніч на 21.07 ворог атакував Нікополь.", ("2025-07-21", "day")),
    ("Двома днями раніше ракета влучила в Суми.", ("2025-07-20", "day")),
    ("Кілька років тому ракета влучила в Суми.", (None, "unknown")),
])
def test_dates_resolve_against_publication(sentence: str, expected: tuple) -> None:
    assert dates.best_date(dates.find_date_expressions(sentence), TUESDAY) == expected


@pytest.mark.parametrize("sentence", [
    "In his Monday address, Zelensky said talks are scheduled for Wednesday.",
    "Peskov said Tuesday that Moscow does not foresee a breakthrough.",
    "Talks will resume next Monday.",
    "О 21.07 ворог атакував Нікополь.",        # a time, not a day
])
def test_speech_and_future_dates_are_not_event_dates(sentence: str) -> None:
    assert dates.best_date(dates.find_date_expressions(sentence), TUESDAY) is None


def test_without_publication_date_only_full_dates_resolve() -> None:
    exprs = dates.find_date_expressions("On 3 March 2024 and yesterday drones hit Kyiv.")
    assert [dates.resolve(e, None) for e in exprs] == [("2024-03-03", "day"), (None, "unknown")]


@pytest.mark.parametrize("value", ["2025-02-30", "22.07.2025", "yesterday", "2025-7-2"])
def test_bad_publication_dates_are_input_errors(value: str) -> None:
    with pytest.raises(InputError, match="published"):
        dates.parse_published(value)


# --- attack words -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, types", [
    ("combined drone and missile attacks", ("missile", "drone")),
    ("a glide bomb struck an apartment complex", ("glide_bomb",)),
    ("Russian aviation struck Kupiansk with guided aerial bombs", ("glide_bomb",)),
    ("Shahed and Geran drones, a Kh-101 and an Iskander", ("missile", "drone")),
    ("обстріл з РСЗВ «Град» та мінометів", ("artillery",)),
    ("ворог атакував КАБами", ("glide_bomb",)),
    ("удар БПЛА по місту", ("drone",)),
    ("атака беспилотников", ("drone",)),
    ("Сили оборони відбили 52 атаки", ("ground_assault",)),
    ("repelled over 50 Russian assaults", ("ground_assault",)),
    ("Enemy attacks were repulsed near Terny and Torske", ("ground_assault",)),
    ("the defenders repulsed 12 attempts to break through", ("ground_assault",)),
    ("airstrikes on Vovchansk", ("airstrike",)),
    ("Russian troops attacked 42 times in the Pokrovsk direction", ("ground_assault",)),
    ("Drones attacked Kharkiv 5 times overnight", ("drone",)),
    ("Russian forces attacked west of Pokrovsk near Udachne", ("ground_assault",)),
    ("Russian forces attacked civilians in Kherson with drones", ("drone",)),
    ("фабрика і кабінет", ()),
    ("ворог атакував Нікополь «Молнією»", ("drone",)),     # a strike drone's name
    ("гроза: грім і молнія", ()),                           # lightning, not the drone
])
def test_attack_types(text: str, types: tuple) -> None:
    assert lexicon.attack_types(text) == types


@pytest.mark.parametrize("text, cue", [
    ("An air-raid alert was declared in Kyiv over the threat of ballistic missiles.", False),
    ("The alert lasted two hours, and no explosions were reported.", False),
    ("Повітряна тривога у Києві через загрозу балістики.", False),
    ("An air-raid alert sounded as explosions hit Kyiv.", True),
    ("A glide bomb struck Kramatorsk.", True),
    ("Talks were held in Istanbul.", False),
])
def test_attack_cues(text: str, cue: bool) -> None:
    assert lexicon.has_attack_cue(text) is cue


# --- roles ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, name, role", [
    ("Trump's warning to Moscow last week", "Moscow", roles.ACTOR),
    ("Peskov said Tuesday that Moscow does not foresee a breakthrough", "Moscow", roles.ACTOR),
    ("negotiations between Kyiv and Moscow held in Turkey failed", "Kyiv", roles.ACTOR),
    ("negotiations between Kyiv and Moscow held in Turkey failed", "Turkey", roles.VENUE),
    ("peace talks with Russia will take place in Istanbul this week", "Istanbul", roles.VENUE),
    ("the Istanbul meetings could stretch into Thursday", "Istanbul", roles.VENUE),
    ("The Kremlin accused Kyiv of attacking civilians", "Kyiv", roles.ACTOR),
    ("A drone hit the city's Kyivskyi district.", "Kyivskyi", roles.TRAP),
    ("Shelling damaged boats on the Dnipro river.", "Dnipro", roles.TRAP),
    ("Russian troops fire across the Dnipro at the city.", "Dnipro", roles.TRAP),
    ("A missile struck Dnipro, killing two.", "Dnipro", roles.PLACE),
    ("Shelling hit the Kupiansk district of Kharkiv Oblast.", "Kupiansk", roles.RAION),
    ("In Kharkiv Oblast's Kupiansk district, shelling injured a woman.", "Kupiansk",
     roles.RAION),
    ("A drone hit the Kyivskyi district of Kharkiv.", "Kyivskyi", roles.TRAP),
    ("A Russian missile strike on Dnipro killed four people.", "Dnipro", roles.PLACE),
    ("Drones attacked the city overnight and positions on the Dnipro.", "Dnipro", roles.TRAP),
    ("Drones struck the Zaporizhzhia nuclear power plant.", "Zaporizhzhia", roles.TRAP),
    ("Troops repelled 30 assaults in the Pokrovsk direction.", "Pokrovsk", roles.PLACE),
    ("Kharkiv Mayor Ihor Terekhov said a drone hit the city.", "Kharkiv", roles.TITLE),
    ("Мер Харкова Ігор Терехов повідомив про вибухи.", "Харкова", roles.TITLE),
    ("Drones launched from Kursk region attacked Sumy.", "Kursk", roles.LAUNCH),
    ("The Kyiv Independent reported explosions.", "Kyiv", roles.MEDIA),
    ("Ворог обстріляв Херсон з лівого берега Дніпра.", "Дніпра", roles.TRAP),
    ("Forces repelled an assault, the Khortytsia group of forces said.", "Khortytsia", roles.UNIT),
    ("Росіяни обстріляли Херсон з РСЗВ «Град».", "Град", roles.UNIT),
    ("Five soldiers killed, 12 wounded in past day: Kiev military", "Kiev", roles.ACTOR),
    ("KYIV, July 22 (Reuters) - Russia struck Ukraine overnight.", "KYIV", roles.DATELINE),
])
def test_mention_roles(sentence: str, name: str, role: str) -> None:
    start = sentence.index(name)
    assert roles.mention_role(sentence, start, start + len(name)) == role


# --- gates: the fast pre-checks never hide a match ------------------------------------------
def _report_words() -> list[str]:
    import re
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "data" / "reports"
    words = {w for path in folder.glob("*.txt")
             for w in re.findall(r"[\w'’-]+", path.read_text(encoding="utf-8"))}
    return sorted(words) + ["KAB", "S-300", "Kh-101", "FPV-дрон", "Grad", "«Град»", "No",
                            "explosions", "постійних", "обстрілів", "in", "the", ",", ".",
                            "talks", "between", "and", "mayor", "of", "from", "launched",
                            "visited", "у", "з", "Стамбулі", "переговори", "мер"]


WORDS = _report_words()


@pytest.mark.parametrize("text", [
    "We have made our decision, the council said on Monday.",
    "Russia has said it will hold talks with its neighbours.",
    "Ukraine had won support from its partners in Europe, who have made pledges.",
])
def test_common_words_keep_the_attack_word_gate_closed(text: str) -> None:
    """A sentence of common words ("have", "has", "made") is read no further: the
    ground-assault patterns start with the words that tell an assault, so such words do not
    open the gate in front of the attack patterns (extraction speed, issue 23)."""
    assert not lexicon.may_have_cue(text)


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_gates_never_hide_a_match(text: str) -> None:
    from geo.extract.gate import sentence_words

    words = sentence_words(text)
    for name, pattern in lexicon.TYPE_PATTERNS.items():
        if pattern.search(text):
            assert lexicon._TYPE_GATES[name].open(words), (name, text)
            assert lexicon.may_have_cue(text, words), text
    if lexicon._IMPACT.search(text):
        assert lexicon.may_have_cue(text, words), text
    if any(p.search(text) for p, _ in dates._PATTERNS):
        assert dates._DIGIT.search(text) or dates._DATE_GATE.open(words), text
    for (pattern, kind), gate in zip(dates._PATTERNS, dates._PATTERN_GATES):
        if pattern.search(text):
            assert gate is None and dates._DIGIT.search(text) or gate.open(words), (kind, text)
    for pattern in (roles._VENUE_BEFORE, roles._ACTOR_BEFORE, roles._TITLE_BEFORE):
        if pattern.search(text):
            assert roles._before(pattern, text, words), (pattern.pattern[:40], text)
    for pattern in (journeys._LAUNCH_BEFORE, journeys._TAKEN_THERE, journeys._HEADING_FOR,
                    journeys._EVACUATED_FROM):
        if pattern.search(text):
            assert journeys._before(pattern, text, words), (pattern.pattern[:40], text)
