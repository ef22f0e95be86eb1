"""Figures a sentence tells whole, not as a number phrase before its keyword: a toll's new total
("the death toll has risen to 12", "bringing the death toll to 34"), a label and its number
("Загиблих — 2"), "and injuring another", and "no casualties" (for
:func:`geo.extract.figures.find_figures`).
"""
from __future__ import annotations

import re

from geo.extract.group_tails import keyword_kind
from geo.extract.figure_model import Figure
from geo.extract.figure_words import (QUALIFIER_WORDS, TOLL, TOLL_BROUGHT, TOLL_INJURED,
                                      ZERO_BOTH, ZERO_INJURED, ZERO_KILLED)
from geo.extract.numbers import word_value


def toll_figures(sentence: str) -> list[Figure]:
    """ "The death toll from Friday's strike on Poltava has risen to 12" -> 12 killed."""
    out: list[Figure] = []
    for kind, pattern in (("killed", TOLL), ("killed", TOLL_BROUGHT), ("injured", TOLL_INJURED)):
        for match in pattern.finditer(sentence):
            value = word_value(match.group(2))
            if value is None or kind == "killed" and _INJURED_AFTER.match(sentence, match.end()):
                continue                # "the toll climbed to 14 injured": not the dead
            qualifier = QUALIFIER_WORDS.get((match.group(1) or "").lower())
            out.append(Figure(kind, value, qualifier, match.start(), match.end()))
    if not any(f.kind == "killed" for f in out):        # (the toll, when told with it)
        out += [Figure("killed", 1, None, match.start(), match.end())
                for match in _BODY_FOUND.finditer(sentence)]
    for match in _NTH_DEATH.finditer(sentence):
        ordinal = next(g for g in match.groups() if g)
        value = next(v for stem, v in _ORDINALS.items() if ordinal.lower().startswith(stem))
        out.append(Figure("killed", value, None, match.start(), match.end()))
    return out


#: one body recovered: "з-під завалів деблоковано тіло чоловіка", "извлечено тело женщины",
#: "the body of a man was recovered" (one dead)
_BODY_FOUND = re.compile(
    r"\b(?:деблоков\w*|вилучен\w*|вилучил\w*|дістал\w*|витягл\w*|знайшл\w*|знайден\w*|"
    r"извлеч\w*|извлек\w*|обнаружен\w*|обнаружил\w*|найден\w*|нашли|достали|recovered|pulled|"
    r"found)\s+(?:(?:ще\s+|еще\s+|ещё\s+|another\s+|one\s+)?(?:тіло|тело|body)\b)|"
    r"\b(?:тіло|тело|the body of (?:a|an|one)\b)(?:\s+[\w'-]+){0,3}?\s+(?:деблоков\w*|вилучен\w*|"
    r"знайден\w*|извлечен\w*|обнаружен\w*|найден\w*|(?:was|has been) (?:recovered|found|"
    r"pulled))", re.IGNORECASE)
#: the stems of "second" ... "fifth": the toll a death told by its order makes
_ORDINALS = {"друг": 2, "втор": 2, "seco": 2, "трет": 3, "thir": 3, "четв": 4, "four": 4,
             "п'ят": 5, "пят": 5, "fift": 5}
_NTH = r"(друг\w+|втор\w+|трет\w+|четверт\w+|п'ят\w+|пят\w+)"
#: "Помер другий поранений", "Скончался второй пострадавший", "a third victim has died":
#: the toll is now that number
_NTH_DEATH = re.compile(
    rf"\b(?:помер|померла|скончал(?:ся|ась)|умер|умерла)\s+(?:ще\s+|еще\s+|ещё\s+)?{_NTH}\s+"
    r"(?:постраждал\w+|поранен\w+|пострадавш\w+|ранен\w+|травмован\w+)|"
    r"\b(?:a|the)\s+(second|third|fourth|fifth)\s+(?:victim|person|(?:injured|wounded)\s+\w+)"
    r"\s+(?:has\s+|had\s+)?died\b", re.IGNORECASE)


#: a toll told as a label and its number: "Загиблих — 2", "Поранених – 5", "Killed: 2"
_LABELLED = re.compile(
    r"(?:^|[,;.]\s*)(загибл\w+|поранен\w+|постраждал\w+|погибш\w+|ранен\w+|пострадавш\w+|"
    r"killed|dead|injured|wounded)\s*[:—–-]\s*(\d{1,4})\b", re.IGNORECASE)


def labelled_figures(sentence: str) -> list[Figure]:
    """ "Загиблих — 2, поранених — 5", "Killed: 2" -> 2 killed, 5 injured."""
    if not any(mark in sentence for mark in ":—–-"):
        return []
    out = []
    for match in _LABELLED.finditer(sentence):
        kind = keyword_kind(match.group(1).lower())
        if kind in ("killed", "injured"):
            out.append(Figure(kind, int(match.group(2)), None, match.start(1), match.end()))
    return out


_INJURED_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:injured|wounded|hurt|поранен\w*|ранен\w*|"
                            r"постражд\w*|пострада\w*)", re.IGNORECASE)


#: "killing one person and injuring another": the other one is a figure too
_AND_ANOTHER = re.compile(
    r"\b(?:kill|wound|injur)\w*\s+(?:one|a|an)\b[^.;]{0,40}?\s+and\s+"
    r"(killing|killed|wounding|wounded|injuring|injured)\s+another\b", re.IGNORECASE)


def another_figures(sentence: str) -> list[Figure]:
    """ "killing one person and injuring another" -> 1 injured (the "one" is read as usual)."""
    if "another" not in sentence:
        return []
    return [Figure("killed" if match.group(1).lower().startswith("kill") else "injured", 1,
                   None, match.start(1), match.end())
            for match in _AND_ANOTHER.finditer(sentence)]


def zero_figures(sentence: str) -> list[Figure]:
    """0 killed / 0 injured from "no casualties", "загиблих немає"... (once per kind)."""
    out: list[Figure] = []
    for match in ZERO_BOTH.finditer(sentence):
        out.append(Figure("killed", 0, None, match.start(), match.end()))
        out.append(Figure("injured", 0, None, match.start(), match.end()))
    for match in ZERO_KILLED.finditer(sentence):
        out.append(Figure("killed", 0, None, match.start(), match.end()))
    for match in ZERO_INJURED.finditer(sentence):
        out.append(Figure("injured", 0, None, match.start(), match.end()))
    seen: set[str] = set()
    return [f for f in out if not (f.kind in seen or seen.add(f.kind))]
