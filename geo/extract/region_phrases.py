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
#: the same in Russian: "глава Днепропетровской ОВА", "Сумская областная военная администрация"
_RUSSIAN_ADMINISTRATION = re.compile(
    r"\b(([А-ЯЁ][\w-]*?(?:ск|цк))(?:ая|ой|ую|ою))\s+(?:ОВА|ОГА|областн\w+\s+"
    r"(?:военн\w+\s+|государственн\w+\s+)?администрац\w+)\b")
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


#: regions listed after their count and a colon or dash: "attacked eight oblasts over the past
#: day - Sumy, Chernihiv and Kharkiv", "атакували вісім областей: Сумську, Чернігівську та ..."
_LISTED_AFTER = re.compile(
    r"(?:\b(?:regions|oblasts|областей|регионов|регіонів|областях|регионах|регіонах)|"
    r"\b(?:\d+|дві|два|три|чотири|две|четыре)\s+(?:[\w'’-]+\s+)?(?:області|области|"
    r"регіони|региона))\b"
    r"(?:\s+[\w'’-]+){0,6}?\s*(?::|\s[-–—])\s*"
    r"((?:[A-ZА-ЯІЇЄҐЁ][\w'’-]+\s*(?:,\s*(?:and\s+|і\s+|та\s+|и\s+)?|\s+(?:and|і|та|й|и)\s+))"
    r"{1,12}[A-ZА-ЯІЇЄҐЁ][\w'’-]+)")
_LISTED_WORDS = ("regions", "oblasts", "областей", "регионов", "регіонів", "областях",
                 "регионах", "регіонах", "області", "области", "регіони", "региона")
#: "Сумскую, Черниговскую и Донецкую области": adjectives sharing a plural region noun
_ADJECTIVES_BEFORE_PLURAL = re.compile(
    r"\b((?:[А-ЯІЇЄҐЁ][\w'’-]+\s*(?:,\s*(?:і\s+|та\s+|и\s+)?|\s+(?:і|та|й|и)\s+)){1,12}"
    r"[А-ЯІЇЄҐЁ][\w'’-]+)\s+област[иі]\b")


#: the names Russia gives the occupied Donetsk and Luhansk oblasts, in English
_PEOPLES_REPUBLIC = re.compile(r"\b(Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic\b")

#: an oblast's adjective before the abbreviation "обл.": "Сумської обл.", "Курской обл."
_ABBREVIATED_OBLAST = re.compile(
    r"\b(([А-ЯІЇЄҐ][\w'’ʼ-]*?(?:ськ|цьк|зьк))(?:а|ої|ій|у|ою))\s+обл\.")
_RUSSIAN_ABBREVIATED_OBLAST = re.compile(r"\b(([А-ЯЁ][\w-]*?(?:ск|цк))(?:ая|ой|ую|ою))\s+обл\.")
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
    low = text.lower()
    listed = [p for p, words in ((_LISTED_AFTER, _LISTED_WORDS), (_ADJECTIVES_BEFORE_PLURAL,
                                                                 ("област",)))
              if any(w in low for w in words)]             # (cheap checks first)
    for pattern in listed:
        for match in pattern.finditer(text):
            at = match.start(1)
            for name in _NAME_IN_LIST.finditer(match.group(1)):
                word = "Oblast" if name.group(0).isascii() else "область"
                spans.append((f"{name.group(0)} {word}", at + name.start(), at + name.end()))
    if "ОВА" in text or "ОДА" in text or "ВЦА" in text or "адміністрац" in low:
        for match in _ADMINISTRATION.finditer(text):
            spans.append((f"{match.group(2)}а область", *match.span(1)))
    if "People" in text:
        for match in _PEOPLES_REPUBLIC.finditer(text):
            name = "Luhansk" if match.group(1).startswith("Lu") else "Donetsk"
            spans.append((f"{name} Oblast", *match.span()))
    if "ОВА" in text or "ОГА" in text or "администрац" in low:
        for match in _RUSSIAN_ADMINISTRATION.finditer(text):
            spans.append((f"{match.group(2)}ая область", *match.span(1)))
    if "обл." in text:
        for match in _ABBREVIATED_OBLAST.finditer(text):
            spans.append((f"{match.group(2)}а область", *match.span(1)))
        for match in _RUSSIAN_ABBREVIATED_OBLAST.finditer(text):
            spans.append((f"{match.group(2)}ая область", *match.span(1)))
    if " of " in text:
        for match in _REGION_OF.finditer(text):
            spans.append((f"{match.group(1)} region", *match.span(1)))
    return [found_type(text[start:end], key(query), sentence.start + start,
                       sentence.start + end, sentence, query)
            for query, start, end in spans if is_known(query)]
