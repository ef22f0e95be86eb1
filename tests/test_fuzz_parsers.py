"""Fuzzing the date and number parsers (and the sentence splitter they run on).

Any sentence gives a result or a StrikemapError, never another exception or a
hang; results keep their own invariants (offsets inside the text, valid ISO
dates with a known precision, non-negative numbers).
"""
from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from geo.errors import StrikemapError
from tests.fuzz_support import FUZZ, hang_guard, outcome

# words the parsers react to, in the three languages, and awkward neighbours
DATE_WORDS = ["yesterday", "today", "last night", "overnight", "on Monday", "last Friday", "Sunday",
              "earlier in the week", "this week", "last week", "at the weekend", "this month",
              "last month", "in March", "3 March", "March 3", "31 February", "29 February 2023",
              "0 May", "32 May 2025", "2025-02-30", "2025-13-01", "0000-01-01", "9999-12-31",
              "99999-01-01", "31.02.2025", "01.01.0001", "12/31/2025", "вчора", "сьогодні", "вночі",
              "у п'ятницю", "у п’ятницю", "в пятницу", "3 березня", "3 марта", "у березні",
              "в марте", "на цьому тижні", "на этой неделе", "за минулу добу", "за сутки",
              "the day before yesterday", "said Tuesday", "his Monday address", "next Monday",
              "overnight into Saturday", "1 January 1", "29 лютого", "31 квітня"]
NUMBER_WORDS = ["killed", "injured", "wounded", "dead", "died", "assaults", "attacks", "drones",
                "missiles", "were killed", "people were injured", "загинули", "загинуло",
                "поранено", "поранені", "погибли", "ранены", "атак", "штурмів", "більше", "понад",
                "more than", "at least", "about", "up to", "over", "nobody", "no one", "a child",
                "an elderly man", "one", "twenty-one", "twenty-", "-one", "hundred", "thousand",
                "сто двадцять", "двоє", "трьох", "шести", "тисяча", "мільйон", "a dozen", "dozens",
                "1,200", "1 200", "1\u00a0200", "1,20", "0", "00", "007", "-5", "1e9", "½", "٣",
                "१२", "99999999999999999999999999999", "3.5", "(10)", "(", ")", "--", "..."]
PUNCT = [" ", " ", " ", ", ", ". ", "; ", "\n", "\n\n", " — ", "'", '"', "(", ")", "\t", "\u200b",
         "\u2028", "\r\n", "?", "!", "…"]

tokens = st.one_of(st.sampled_from(DATE_WORDS), st.sampled_from(NUMBER_WORDS),
                   st.integers(-10**6, 10**12).map(str),
                   st.text(max_size=12), st.sampled_from(PUNCT))
sentences = st.lists(tokens, max_size=40).map(" ".join)
any_text = st.one_of(sentences, st.text(max_size=400))
published = st.one_of(st.none(), st.dates(min_value=date(1, 1, 3), max_value=date(9999, 12, 28)))


@FUZZ
@given(any_text)
def test_split_sentences(text: str) -> None:
    from geo.extract.sentences import split_sentences

    result = outcome(lambda: split_sentences(text))
    if isinstance(result, StrikemapError):
        return
    for sentence in result:
        assert 0 <= sentence.start <= sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text


@FUZZ
@given(any_text, published)
def test_date_expressions_resolve_to_valid_dates(text: str, pub: date | None) -> None:
    from geo.extract import dates

    exprs = outcome(lambda: dates.find_date_expressions(text))
    if isinstance(exprs, StrikemapError):
        return
    for expr in exprs:
        assert 0 <= expr.start <= expr.end <= len(text)
        value = outcome(lambda: dates.resolve(expr, pub))
        if isinstance(value, StrikemapError):
            continue
        iso, precision = value
        assert precision in ("day", "week", "month", "unknown")
        if iso is None:
            assert precision == "unknown"
        else:
            parsed = date.fromisoformat(iso)
            assert parsed.isoformat() == iso
            if precision == "week":
                assert parsed.weekday() == 0
            if precision == "month":
                assert parsed.day == 1
    outcome(lambda: dates.best_date(exprs, pub))


@FUZZ
@given(st.one_of(st.none(), st.text(max_size=30), st.dates().map(date.isoformat),
                 st.sampled_from(["2025-02-30", "2025-07-22T10:00:00Z", "22.07.2025", "0000-00-00",
                                  "2025-7-2", " 2025-07-22", "yesterday", "-2025-01-01"])))
def test_parse_published_gives_a_date_or_an_input_error(value: str | None) -> None:
    """A bad --published value or sidecar field is bad input, not a crash."""
    from geo.extract.dates import parse_published

    result = outcome(lambda: parse_published(value))
    assert result is None or isinstance(result, (date, StrikemapError))


@FUZZ
@given(st.one_of(st.sampled_from(NUMBER_WORDS), st.text(max_size=20),
                 st.integers(0, 10**30).map(str)))
def test_word_value(word: str) -> None:
    from geo.extract.numbers import word_value

    value = outcome(lambda: word_value(word))
    assert value is None or isinstance(value, (int, StrikemapError))
    if isinstance(value, int):
        assert value >= 0


@FUZZ
@given(st.lists(st.sampled_from([0, 1, 2, 3, 9, 10, 11, 19, 20, 90, 100, 1000, 10**6]), max_size=12))
def test_combine(values: list[int]) -> None:
    from geo.extract.numbers import combine

    total = outcome(lambda: combine(values))
    assert isinstance(total, int) and total >= 0


@FUZZ
@given(any_text)
def test_find_figures(text: str) -> None:
    from geo.extract.figures import find_figures

    figures = outcome(lambda: find_figures(text))
    if isinstance(figures, StrikemapError):
        return
    for figure in figures:
        assert figure.kind in ("killed", "injured", "count", "count_weapon")
        assert isinstance(figure.value, int) and figure.value >= 0
        assert 0 <= figure.start <= figure.end <= len(text)
        assert figure.qualifier in (None, "more than", "at least", "about", "up to", "fewer than",
                                    "less than", "at most")


@FUZZ
@given(any_text)
def test_attack_lexicon(text: str) -> None:
    from geo.extract import lexicon
    from geo.schema import ATTACK_TYPES

    with hang_guard():
        types = lexicon.attack_types(text)
        assert set(types) <= set(ATTACK_TYPES)
        lexicon.has_attack_cue(text)
        for start, end in lexicon.cue_spans(text):
            assert 0 <= start <= end <= len(text)
