"""Sentences a channel repeats are analysed once: the events are the same as without it."""
from __future__ import annotations

import random

import pytest

from geo.extract import Extractor
from geo.extract.evaluate import load_cases
from geo.extract.sentence_memo import SentenceMemo
from tests.conftest import PROJECT_DIR as PROJECT


class _NoMemo(SentenceMemo):
    def info(self, sentence, analyse):
        return analyse(sentence)


@pytest.fixture(scope="module")
def pair(extractor) -> tuple[Extractor, Extractor]:
    plain = Extractor(extractor.geocoder)
    plain._sentences = _NoMemo()
    return plain, Extractor(extractor.geocoder)


def _reports() -> list[tuple[str, str]]:
    """The constructed reports, each again under another day, and posts that share lines
    at other offsets (a channel's closing line, a repeated paragraph)."""
    cases = load_cases(PROJECT / "tests" / "data" / "reports")
    reports = [(c["text"], c["published"]) for c in cases]
    reports += [(text, "2025-08-03") for text, _ in reports[::-1]]
    rng = random.Random(4)
    tail = "Stay in shelters until the all-clear. Subscribe to the channel."
    for place in ["Kharkiv", "Sumy", "Nikopol", "Kherson", "Sumy"]:
        head = rng.choice(["Overnight", "This morning", "Yesterday"])
        reports.append((f"{head}, a drone hit {place}; {rng.randint(1, 9)} people were "
                        f"injured. {tail}", "2025-07-22"))
        reports.append((f"{tail}\n\nA missile struck {place} at dawn, killing one man. {tail}",
                        "2025-07-23"))
    return reports


def test_the_memo_changes_no_event(pair):
    plain, memo = pair
    for i, (text, published) in enumerate(_reports()):
        source = f"post-{i % 7}"
        assert memo.extract(text, source=source, published=published) == \
            plain.extract(text, source=source, published=published), text
    assert memo._sentences.hits > 100


def test_a_repeated_sentence_is_placed_at_its_own_offsets(pair):
    _, memo = pair
    line = "A drone hit Kherson, injuring two people."
    first = memo.extract(line, source="a", published="2025-07-22").events
    second = memo.extract(f"Update from the city. {line}", source="b",
                          published="2025-07-24").events
    assert [e.place for e in first] == [e.place for e in second] == ["Kherson"]
    assert second[0].excerpt == line and second[0].date == "2025-07-24"


def test_resolution_of_one_post_does_not_leak_into_the_next(pair):
    """Mentions are filled in by resolution: each post gets its own copies."""
    _, memo = pair
    line = "Shelling damaged houses in Pokrovske."
    alone = memo.extract(line, source="a", published="2025-07-22")
    with_region = memo.extract(f"Dnipropetrovsk Oblast. {line}", source="a",
                               published="2025-07-22")
    again = memo.extract(line, source="a", published="2025-07-22")
    assert alone == again
    assert alone.unresolved and with_region.events       # the region placed it, once


def test_the_memo_starts_again_when_full():
    memo = SentenceMemo(size=2)
    from geo.extract.sentences import split_sentences

    calls = []

    def analyse(sentence):
        calls.append(sentence.text)
        from geo.extract.sentence_info import SentenceInfo
        return SentenceInfo(sentence, [(0, len(sentence.text))], [False], [()], False, (), [], [])

    for s in split_sentences("One. Two. Three. One."):
        memo.info(s, analyse)
    assert calls == ["One.", "Two.", "Three.", "One."]      # full after two: started again
    assert memo.hits == 0 and memo.misses == 4
