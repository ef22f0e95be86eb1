"""Places a sentence names only to say where a village told after them lies: "Під Харковом
уламки впали на будинок у селі Циркуни", "в 10 км від Сум, у селі Степанівка", "near
Kharkiv, in the village of Tsyrkuny". They help place the village (a namesake near them),
then are no places hit; used by :func:`geo.extract.analysis.resolve_mentions` once the
names are resolved.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract import roles

if TYPE_CHECKING:
    from geo.extract.sentence_info import SentenceInfo

#: "near", "outside" or a distance "from" right before a town
_NEAR_BEFORE = re.compile(
    r"(?:\b(?:під|біля|поблизу|неподалік від|неподалік|под|возле|около|вблизи|неподалеку от|"
    r"near|outside)\s+|\b\d+\s*(?:км|km|кілометр\w*|километр\w*|kilometers?|miles?)\s+"
    r"(?:від|от|from|of)\s+)$", re.IGNORECASE)
#: a village word right before a name: "у селі", "в поселке", "in the village of"
_VILLAGE_BEFORE = re.compile(
    r"\b(?:у|в)\s+(?:селі|селищі|селе|поселке|посёлке|смт|с\.|сел\.)\s*$|"
    r"\bin the (?:village|town|settlement) of\s+$", re.IGNORECASE)


def locators_of_villages(infos: list[SentenceInfo]) -> None:
    """Mark as qualifiers the places named after "near" (or "10 km from") before a village
    of the same sentence. Updated in place."""
    for info in infos:
        text, s0 = info.sentence.text, info.sentence.start
        villages = [m.found.start - s0 for m in info.mentions if m.role == roles.PLACE
                    and _VILLAGE_BEFORE.search(text, max(0, m.found.start - s0 - 30),
                                               m.found.start - s0)]
        if not villages:
            continue
        for m in info.mentions:
            start = m.found.start - s0
            if m.role == roles.PLACE and any(v > start for v in villages) \
                    and _NEAR_BEFORE.search(text, max(0, start - 40), start):
                m.role = roles.QUALIFIER
