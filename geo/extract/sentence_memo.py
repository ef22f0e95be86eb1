"""Sentences already analysed: a channel repeats itself.

A Telegram channel or a news feed repeats whole sentences from post to post: the
closing line of every alert, the standing paragraph under each news item, the same
General Staff formula day after day. What :func:`geo.extract.analysis.analyse` finds
in one sentence (its clauses, cues, types, figures, dates and names with their roles)
depends on the sentence's text alone, so :class:`SentenceMemo` keeps it per text and
hands out a fresh copy at the new sentence's offsets. The copy is what analysing the
sentence again would give: its mentions are new objects (resolution fills them in
later), and everything else in it is immutable.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from geo.extract.sentence_info import MentionInfo, SentenceInfo
from geo.extract.sentences import Sentence

__all__ = ["SentenceMemo"]

#: sentences kept (a few KB each); the memo starts again when full: an archive's posts are
#: mostly new text, and the lines a channel repeats come back soon
MEMO_SIZE = 5_000
#: longer sentences are rarely repeated word for word; they are analysed every time
MEMO_CHARS = 600


class SentenceMemo:
    """Analysed sentences by their text, shifted to each new sentence's offsets.

    Parameters
    ----------
    size : int
        How many sentences to keep before starting again.
    """

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self._infos: dict[str, SentenceInfo] = {}
        self.hits = 0
        self.misses = 0

    def clear(self) -> None:
        """Forget every sentence (the analyst's names or rules changed)."""
        self._infos.clear()

    def info(self, sentence: Sentence,
             analyse: Callable[[Sentence], SentenceInfo]) -> SentenceInfo:
        """The analysis of ``sentence``: ``analyse(sentence)``, or a copy of it from an
        earlier sentence with the same text."""
        if len(sentence.text) > MEMO_CHARS:
            return analyse(sentence)
        kept = self._infos.get(sentence.text)
        if kept is None:
            self.misses += 1
            info = analyse(sentence)
            if len(self._infos) >= self.size:
                self._infos.clear()
            self._infos[sentence.text] = _copy(info, info.sentence)
            return info
        self.hits += 1
        return _copy(kept, sentence)


def _copy(info: SentenceInfo, sentence: Sentence) -> SentenceInfo:
    """``info`` for ``sentence`` (same text): its mentions new and moved to its offsets."""
    shift = sentence.start - info.sentence.start
    return SentenceInfo(sentence, list(info.clauses), list(info.clause_cues),
                        list(info.clause_types), info.cue, info.types, list(info.figures),
                        list(info.dates), [_moved(m, sentence, shift) for m in info.mentions])


def _moved(mention: MentionInfo, sentence: Sentence, shift: int) -> MentionInfo:
    found = mention.found
    moved = replace(found, start=found.start + shift, end=found.end + shift, sentence=sentence)
    return replace(mention, found=moved)
