"""Nominative guesses for Ukrainian and Russian place names in oblique cases.

The gazetteer knows most case forms; this is the fallback for the ones it
misses (neuter "Дніпро" -> "у Дніпрі", "Дніпра"; soft-stem Russian names
"Никополь" -> "в Никополе"). Each guess is only a candidate: it counts only
when the gazetteer knows it as a name and it resolves to a place.
"""
from __future__ import annotations

import re

_CYRILLIC = re.compile(r"^[А-ЯІЇЄҐЁа-яіїєґё'’ʼ-]+$")
#: adjectives ("Дарницькому", "Харьковской") are not inflected names of places
_ADJECTIVE = re.compile(r"(?:ому|ого|ий|ій|ої|ая|яя|ое|ую|ых|их|ими|ыми|ой|ей|ским|ськім)$",
                        re.IGNORECASE)

#: ending -> replacements, longest endings first
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ом", ("о", "", "ь", "а")), ("ем", ("ь", "е", "")), ("ою", ("а", "я")), ("ей", ("ь", "и")),
    ("ах", ("и", "ы")), ("ях", ("і", "и")),
    ("і", ("о", "ь", "а", "я", "")), ("е", ("ь", "", "а", "я", "е")), ("а", ("о", "ь", "")),
    ("я", ("ь", "е", "о")), ("у", ("о", "а", "", "ь")), ("ю", ("ь", "я")), ("и", ("а", "")),
    ("ы", ("а", "")),
)


def nominative_guesses(word: str) -> list[str]:
    """Possible dictionary forms of an inflected Cyrillic name (most likely first).

    Examples
    --------
    >>> nominative_guesses("Дніпрі")[:2]
    ['Дніпро', 'Дніпрь']
    >>> "Никополь" in nominative_guesses("Никополе")
    True
    """
    if len(word) < 3 or not _CYRILLIC.match(word) or _ADJECTIVE.search(word):
        return []
    low = word.lower()
    for ending, replacements in _ENDINGS:
        if low.endswith(ending):
            stem = word[:-len(ending)]
            return [stem + r for r in replacements if stem + r != word]
    return [word + "и", word + "ы", word + "а"]     # genitive plural "Сум" -> "Суми"
