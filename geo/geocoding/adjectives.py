"""The town a place-name adjective is made from.

Reports name districts and fronts by a town's adjective: "Shakhtersky district"
(Shakhtarsk's), "Kupyanskoye direction" (Kupiansk's), "на Покровському
напрямку" (Pokrovsk's). :func:`adjective_town` strips the adjective ending and
completes the stem with the endings town names take, exact names first.
"""
from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, fast_key

#: an adjective ending in -sky/-skyi/-skoye (Latin) or -ський/-ское/-ському (Cyrillic)
ADJECTIVE = re.compile(r"(?:s['’]?k|ts['’]?k|ck)(?:yi|iy|yy|ij|y|ii|oy|oi|iі|ий|ый|ой|ого)$"
                       r"|(?:s['’]?k|ts['’]?k|ck)(?:oye|oe)$"
                       r"|(?:ськ|ск|цьк|цк)(?:ий|ый|ой|ого|ому|ім|ом|ое)$", re.IGNORECASE)
#: endings that complete a stem to a town's name, likeliest first
_LATIN_ENDINGS = ("sk", "", "ske", "skoe", "e", "o", "a", "aya", "ka", "ove", "ovo")
_CYRILLIC_ENDINGS = ("ськ", "ск", "", "ське", "ское", "а", "е", "ка")


def adjective_town(gazetteer: Gazetteer, word: str) -> tuple[str, tuple[int, ...], bool] | None:
    """``(key, postings, inflected)`` of the town ``word`` is the adjective of, or None.

    A name the stem completes to exactly wins over a loose spelling match; a
    final "t" before "-sky" stays on the stem first ("Bakhmutsky": Bakhmut).
    """
    low = word.lower()
    match = ADJECTIVE.search(low)
    if match is None:
        return None
    stems = [low[:match.start()]]
    if match.group(0)[:1] in ("t", "т"):
        stems.insert(0, low[:match.start() + 1])
    endings = _LATIN_ENDINGS if stems[0].isascii() else _CYRILLIC_ENDINGS
    keys = [key for key in (fast_key(stem + ending) for stem in stems for ending in endings)
            if key]
    for key in keys:
        postings, inflected = gazetteer.lookup(key)
        if postings:
            return key, postings, inflected
    for key in keys:
        postings = gazetteer.loose_lookup(key)
        if postings:
            return key, postings, False
    return None
