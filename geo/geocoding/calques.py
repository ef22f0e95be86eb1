"""Place names a machine translation turned into English words.

Machine-translated reports (UCDP candidate events among them) translate some
Ukrainian names word by word: Hranitne becomes "Granite", Opytne "Experienced",
Savur-Mohyla "Saur-Tomb". :func:`calque_keys` maps such a word back to the
name's romanised forms. The table holds only words that are common in
Ukrainian place names and rare as capitalised English words; the scanner tries
it last, when a text names no settlement, and its matches count as loose
spellings (a region, district or place-type word must back them).
"""
from __future__ import annotations

import itertools

from geo.gazetteer import Gazetteer, fast_key

#: English word (lower case) -> the romanised name parts it translates
CALQUES: dict[str, tuple[str, ...]] = {
    "granite": ("hranitne",),
    "experienced": ("opytne",),
    "sands": ("pisky",),
    "peaceful": ("myrne",),
    "steppe": ("stepne",),
    "cheerful": ("vesele",),
    "tomb": ("mohyla", "mogila"),
    "grave": ("mohyla", "mogila"),
}


def calque_keys(word: str) -> tuple[str, ...]:
    """The name keys a (possibly hyphenated) word may translate, most likely first;
    empty when no part of it is in :data:`CALQUES`.

    Examples
    --------
    >>> calque_keys("Granite"), calque_keys("Saur-Tomb")
    (('hranitne',), ('saur mohyla', 'saur mogila'))
    >>> calque_keys("Kramatorsk")
    ()
    """
    parts = word.lower().split("-")
    if not any(part in CALQUES for part in parts):
        return ()
    options = [CALQUES.get(part, (part,)) for part in parts]
    return tuple(" ".join(combo) for combo in itertools.product(*options))


def calque_postings(gazetteer: Gazetteer, word: str) -> tuple[int, ...]:
    """Postings of the first name :func:`calque_keys` gives for ``word`` that the
    gazetteer knows, as loose matches (kind 3); empty when none."""
    for key in calque_keys(word):
        postings, _ = gazetteer.lookup(fast_key(key))
        if postings:
            return tuple(dict.fromkeys(c - c % 4 + 3 for c in postings))
    return ()
