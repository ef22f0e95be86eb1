"""Two strikes told in one sentence, each with its own day and weapon: "A strike on Pavlohrad
on Saturday damaged an enterprise, and on Sunday a ballistic missile attack on Dnipro
injured 12", "У суботу ворог обстріляв Нікополь, а в неділю дрон атакував Марганець". The
sentence is cut where a new clause joins it (", and", ", а", ";"), and a place takes the day
and the weapons named in its own part when the sentence names more than one day.
"""
from __future__ import annotations

import re
from datetime import date

from geo.extract.dates import NAMED_DAY_KINDS, best_date
from geo.extract.lexicon import attack_types
from geo.extract.sentence_info import MentionInfo, SentenceInfo

__all__ = ["day_and_types_of_place"]

#: where a new clause joins the sentence: ", and on Sunday ...", ", а в неділю ...", "; ..."
_CLAUSE_JOIN = re.compile(r",\s+(?:and|while|but|а|і|та|и|но|тогда как)\s+|;\s+", re.IGNORECASE)


def _part_of(text: str, position: int) -> tuple[int, int]:
    """The (start, end) of the part of ``text`` between clause joins that holds ``position``."""
    start, end = 0, len(text)
    for m in _CLAUSE_JOIN.finditer(text):
        if m.end() <= position:
            start = m.end()
        elif m.start() >= position:
            end = m.start()
            break
    return start, end


def day_and_types_of_place(info: SentenceInfo, m: MentionInfo,
                           day: tuple[str | None, str] | None, types: tuple[str, ...],
                           published: date | None
                           ) -> tuple[tuple[str | None, str] | None, tuple[str, ...]]:
    """The day and weapons of place ``m``: those named in its own part of the sentence when
    the sentence names two days or more and that part names one; else ``day`` and
    ``types``.

    Parameters
    ----------
    info : SentenceInfo
        The sentence.
    m : MentionInfo
        A place of it.
    day, types :
        The sentence's day and the place's weapons as read for the whole sentence.
    published : datetime.date, optional
        The day the report's relative days count from.
    """
    named = [d for d in info.dates if d.kind in NAMED_DAY_KINDS]
    if len(named) < 2:
        return day, types
    text = info.sentence.text
    start, end = _part_of(text, m.found.start - info.sentence.start)
    own = [d for d in named if start <= d.start < end]
    if len(own) != 1:
        return day, types
    told = best_date(own, published)
    return told or day, attack_types(text[start:end]) or types
