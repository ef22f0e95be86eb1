"""Region phrases the n-gram scan cannot read as one name: several regions sharing one
region word ("Kursk and Bryansk regions", "над Брянской и Курской областями"), an oblast
named by its administration ("Сумської ОДА") and "the region of X" ("the borderline
Russian region of Belgorod"). Each is a mention of the region, not of its capital."""
from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract.sentences import Sentence

#: an oblast's adjective before its administration: "Миколаївська ОВА", "Сумської ОДА"
_ADMINISTRATION = re.compile(
    r"\b(([А-ЯІЇЄҐ][\w'’ʼ-]*?(?:ськ|цьк|зьк))(?:а|ої|ій|у|ою))\s+(?:ОВА|ОДА|ВЦА|обласн\w+\s+"
    r"(?:військов\w+\s+|державн\w+\s+)?адміністрац\w+)\b")
_PLURAL_REGION_WORDS = ("regions", "oblasts", "областях", "областями", "областей", "регионах",
                        "регіонах", "регионов", "регіонів")
_COORDINATED_REGIONS = re.compile(
    r"\b((?:[A-ZА-ЯІЇЄҐЁ][\w'’-]+\s*(?:,\s*(?:and\s+|і\s+|та\s+|и\s+)?|\s+(?:and|і|та|й|и)\s+))"
    r"{1,8}[A-ZА-ЯІЇЄҐЁ][\w'’-]+)\s+(regions|oblasts|областях|областями|областей|регионах|"
    r"регіонах|регионов|регіонів)\b")
_NAME_IN_LIST = re.compile(r"[A-ZА-ЯІЇЄҐЁ][\w'’-]+")
_SINGULAR_REGION = {"regions": "region", "oblasts": "oblast", "областях": "області",
                    "областями": "областью", "областей": "области", "регионах": "регионе",
                    "регіонах": "регіоні", "регионов": "региона", "регіонів": "регіону"}


#: "the (borderline Russian) region of Belgorod": the region, its name captured
_REGION_OF = re.compile(r"\b(?:region|oblast|province)\s+of\s+([A-Z][\w'’-]+)")


def region_phrases(sentence: Sentence, is_known: Callable[[str], bool],
                   key: Callable[[str], str], found_type: type) -> list:
    """The region mentions of ``sentence`` (``found_type``:
    :class:`~geo.extract.mentions.Found`), each resolved as "<name> region" or
    "<adjective>а область" when the gazetteer knows that (``is_known``; ``key`` gives a
    query's normalised key)."""
    text = sentence.text
    spans: list[tuple[str, int, int]] = []            # (query, start, end) in the sentence
    if any(word in text for word in _PLURAL_REGION_WORDS):
        for match in _COORDINATED_REGIONS.finditer(text):
            singular = _SINGULAR_REGION.get(match.group(2).lower(), match.group(2))
            for name in _NAME_IN_LIST.finditer(match.group(1)):
                at = match.start(1)
                spans.append((f"{name.group(0)} {singular}", at + name.start(), at + name.end()))
    for match in _ADMINISTRATION.finditer(text):
        spans.append((f"{match.group(2)}а область", *match.span(1)))
    if " of " in text:
        for match in _REGION_OF.finditer(text):
            spans.append((f"{match.group(1)} region", *match.span(1)))
    return [found_type(text[start:end], key(query), sentence.start + start,
                       sentence.start + end, sentence, query)
            for query, start, end in spans if is_known(query)]
