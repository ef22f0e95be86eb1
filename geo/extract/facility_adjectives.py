"""A facility told by its town's adjective, found as a mention of that town.

"Киришский НПЗ", "Ярославский НПЗ", "Саратовская нефтебаза": the adjective before the
facility's word stands for the town (Kirishi, Yaroslavl), whether or not the gazetteer has
the adjective itself as a name (a village "Рязанский" elsewhere). :mod:`geo.extract.mentions`
finds it; :func:`geo.extract.facilities.towns_of_facilities` places it at the town.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract.sentences import Sentence

#: the facility's word right after a town's adjective
FACILITY_AFTER = re.compile(
    r"\s+(?:НПЗ|нефтеперерабатывающ\w+|нафтопереробн\w+|нефтебаз\w*|нафтобаз\w*|"
    r"завод\w*|комбинат\w*|аэродром\w*|аеродром\w*|аэропорт\w*|аеропорт\w*|порт\w*|"
    r"морской порт|ТЭЦ|ТЕЦ|ГРЭС|подстанци\w+|підстанці\w+|склад\w*|арсенал\w*|"
    r"нефтеналивн\w+|химическ\w+|хімічн\w+)\b", re.IGNORECASE)
#: a capitalised town adjective in any case and gender ("Киришский", "Ярославского", "Саратовская")
_TOWN_ADJECTIVE = re.compile(
    r"(?<![\w’'ʼ-])([А-ЯІЇЄҐЁ][а-яіїєґё’'ʼ-]{2,}(?:ск|ськ|цк|цьк)(?:ий|ого|ому|ом|ой|ая|ую|ое|"
    r"ої|ій|ий|а|у|е|і|ім))(?=\s)")


def facility_adjective_mentions(sentence: Sentence, noun_of: Callable[[str], str | None],
                                key: Callable[[str], str], found_type: type) -> list:
    """The town adjectives of ``sentence`` right before a facility's word, as mentions of
    their towns (``noun_of``: the town an adjective is made from, or None; ``key``: a name's
    lookup key; ``found_type``: :class:`geo.extract.mentions.Found`)."""
    text = sentence.text
    if not FACILITY_AFTER.search(text):
        return []
    out = []
    for match in _TOWN_ADJECTIVE.finditer(text):
        if not FACILITY_AFTER.match(text, match.end(1)) or _town_named(text, match):
            continue
        noun = noun_of(match.group(1))
        if noun is not None:
            start, end = match.span(1)
            out.append(found_type(match.group(1), key(noun), sentence.start + start,
                                  sentence.start + end, sentence, noun))
    return out


_SUFFIX = re.compile(r"(?:ск|ськ|цк|цьк)\w*$")


def _town_named(text: str, match: re.Match) -> bool:
    """Whether the sentence names the facility's town elsewhere ("Славянский НПЗ в
    Славянске-на-Кубани"): that mention places it, the adjective need not."""
    stem = _SUFFIX.sub("", match.group(1))
    rest = text[:match.start(1)] + " " * len(match.group(1)) + text[match.end(1):]
    return len(stem) >= 4 and re.search(rf"(?<![\w’'ʼ-]){re.escape(stem)}", rest) is not None
