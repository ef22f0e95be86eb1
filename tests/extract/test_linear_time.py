"""Extraction time grows about linearly with report length (issue 25).

A run-on report of one repeated name took 45 s at 55 KB and 215 s at 110 KB: for every
name, the qualifier step searched the whole sentence before it with a ``$``-anchored
pattern and filtered the whole list of names. The test compares CPU time at 12 KB and
48 KB: 4x for linear time, 16x for quadratic; it accepts up to 9x. The faster search is
checked to give exactly what the whole-prefix search gave.
"""
from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.extract import extract_report
from geo.extract.qualifiers import _HYPHEN_BEFORE, _WORD_BEFORE, _search_tail
from tests.fuzz_support import FUZZ


def _cpu_seconds(text: str, geocoder) -> float:
    start = time.process_time()
    extract_report(text, source="run-on", published="2025-07-01", geocoder=geocoder)
    return time.process_time() - start


@pytest.mark.parametrize("word", ["Kharkiv", "Trud-Hrebenyk", "Нова Балка",
                                  "Kharkiv drone killed 3 people"])
def test_a_run_on_report_of_one_repeated_name_takes_linear_time(geocoder, word: str) -> None:
    def report(size: int) -> str:
        return (word + " ") * (size // (len(word) + 1))

    _cpu_seconds(report(2_000), geocoder)                          # warm caches
    small = min(_cpu_seconds(report(12_000), geocoder) for _ in range(2))
    large = _cpu_seconds(report(48_000), geocoder)
    assert large < 9 * max(small, 0.02), (word, small, large)
    assert large < 10, (word, large)                               # it was about 60 s


_TAILS = st.text(alphabet="aAbZНк '’ʼ-\t_1.", max_size=24)


@FUZZ
@given(_TAILS, st.data())
def test_the_tail_search_finds_what_the_whole_prefix_search_found(text: str, data) -> None:
    end = data.draw(st.integers(0, len(text)))
    for pattern in (_WORD_BEFORE, _HYPHEN_BEFORE):
        found = pattern.search(text[:end])
        expected = None if found is None else (found.start(1), found.end(1), found.group(1))
        assert _search_tail(pattern, text, end) == expected


def test_no_sentence_is_longer_than_the_bound() -> None:
    from geo.extract.sentences import MAX_SENTENCE_CHARS, split_sentences

    text = "Kharkiv drone killed 3 people, " * 400 + "Two were hurt."
    sentences = split_sentences(text)
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE_CHARS
    assert "".join(text[s.start:s.end] for s in sentences).replace(" ", "") == text.replace(" ", "")
    assert sentences[-1].text.endswith("Two were hurt.")
