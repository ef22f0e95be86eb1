"""A town's surroundings named by one word: "Нікопольщина", "Куп'янщина", "Бахмутчина".

Oblast administrations write the area around a raion's seat as one word made from the
seat's name ("Ворог атакував Нікопольщину"); it means the raion, as "Нікопольський район"
does. The word is read as the adjective it stands for ("Нікопольський") and found as a raion
mention (``Found.area_word``), which :mod:`geo.extract.analysis` places at the raion's seat at
district precision when the seat is a town, and drops when the seat is named beside it. The
oblasts' own words ("Харківщина", "Донеччина") are gazetteer names
(:mod:`geo.gazetteer.regions`) and stay regions.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract.sentences import Sentence

#: a capitalised word ending in -щина / -чина, in any case ("Нікопольщину", "Никопольщиной")
_AREA_WORD = re.compile(
    r"(?<![\w’'ʼ-])([А-ЯІЇЄҐ][а-яіїєґ’'ʼ]{2,}?)(щин|чин)(а|и|і|у|ою|ої|ой|е|ы)(?![\w’'ʼ-])")
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
#: lands and words of the same make that are no town's surroundings
#: (the stems before -щина / -чина: Слобожанщина, Гетьманщина, Галичина, Батьківщина, Козаччина)
_NOT_AREAS = frozenset({"слобожан", "гетьман", "гали", "батьків", "козач"})


def area_word_mentions(sentence: Sentence, is_known: Callable[[str], bool],
                       noun_of: Callable[[str], str | None], key: Callable[[str], str],
                       found_type: type) -> list:
    """The area words of ``sentence`` whose adjective names a town, as raion mentions.

    Parameters
    ----------
    sentence : Sentence
        The sentence to scan.
    is_known : callable
        Whether a name (as written) is a gazetteer name: an oblast's word is one.
    noun_of : callable
        The town an adjective is made from, or None.
    key : callable
        A name's normalised key.
    found_type : type
        :class:`~geo.extract.mentions.Found`.
    """
    text = sentence.text
    if "щин" not in text and "чин" not in text:
        return []
    out = []
    for match in _AREA_WORD.finditer(text):
        stem, suffix = match.group(1), match.group(2)
        if is_known(f"{stem}{suffix}а"):
            continue                    # "Харківщину": the oblast, a gazetteer name
        noun = _town_of(stem, noun_of)
        if noun is not None:
            out.append(found_type(match.group(0), key(noun), sentence.start + match.start(),
                                  sentence.start + match.end(), sentence, noun,
                                  area_word=True))
    return out


def _town_of(stem: str, noun_of: Callable[[str], str | None]) -> str | None:
    """The town the area word of ``stem`` is made from ("Нікополь" + "щина": the town of
    "Нікопольський"), or None."""
    if len(stem) < 4 or stem.lower() in _NOT_AREAS:
        return None                     # "Мужчина", "Слобожанщина"
    endings = ("ський",) if _UKRAINIAN_LETTERS & set(stem) else ("ський", "ский")
    for ending in endings:
        noun = noun_of(f"{stem}{ending}")
        if noun is not None and _made_from(noun, stem):
            return noun
    return None


def _made_from(noun: str, stem: str) -> bool:
    """Whether the town's name is the stem, give or take its ending ("Нікополь",
    "Куп'янськ" of "Куп'ян", "Синельникове" of "Синельників")."""
    def plain(word: str) -> str:
        return re.sub(r"[’'ʼ]", "", word.lower().replace("і", "о"))

    return plain(noun).startswith(plain(stem)[:-1]) and len(plain(noun)) <= len(plain(stem)) + 4
