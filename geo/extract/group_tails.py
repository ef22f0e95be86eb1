"""What may follow the person noun of a number phrase before its verb: a relative pronoun
(", яка загинула"), the whole it is part of ("two of the injured"), an apposition naming
who they were ("двое, мужчина и подросток 16 лет,"), where they are from ("a resident of
Nikopol", "жителя Курской области") and whose they are ("двоє працівників підприємства").
:func:`absorb_tail` extends a :class:`Group` over it, so the verb after it is read as the
group's. Used by :mod:`geo.extract.figure_groups`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo.extract.figure_ages import AGE_WORD, age_end, age_range_end
from geo.extract.figure_tokens import Token
from geo.extract.figure_words import (CONJUNCTIONS, FILLERS, INJURED, KILLED, PERSON_PLURAL,
                                      PERSON_SINGULAR, POSSESSIVES, RELATIVES)
from geo.extract.numbers import word_value

__all__ = ["FROM_WORDS", "Group", "JOINING", "absorb_tail", "keyword_kind"]

#: words that join or pad a list
JOINING = CONJUNCTIONS | FILLERS


@dataclass
class Group:
    """A number phrase: its value, qualifier, token span and whether a person noun ends it."""

    value: int
    qualifier: str | None
    first: int          # token index where the phrase starts (qualifier included)
    last: int           # token index of its last token
    has_noun: bool
    head: str = ""      # the folded noun that ends it, if any
    part_of: str = ""   # "injured" in "two of the injured": the whole it is a part of


def keyword_kind(key: str) -> str | None:
    """``killed`` or ``injured`` for a casualty keyword (folded), else None.

    Examples
    --------
    >>> keyword_kind("загинули"), keyword_kind("wounded"), keyword_kind("house")
    ('killed', 'injured', None)
    """
    if KILLED.match(key):
        return "killed"
    if INJURED.match(key):
        return "injured"
    return None


def absorb_tail(tokens: list[Token], group: Group) -> None:
    """Extend a group over a relative pronoun (", яка загинула") or the whole it is a part
    of ("two of the injured"), so that the verb after them is read as its verb."""
    if group.has_noun:
        group.last = age_range_end(tokens, group.last + 1) or group.last
    j = group.last + 1
    if j + 1 < len(tokens) and tokens[j].key in ("–", "—", "-") and tokens[j + 1].text.isalpha() \
            and tokens[j + 1].text.islower():
        group.last = j                 # "ще дві – отримали поранення": the dash stands for
        return                         # the verb's "are"
    if group.has_noun and j + 1 < len(tokens) and tokens[j].key == "," \
            and tokens[j + 1].key in RELATIVES:
        group.last = j + 1
    elif group.has_noun and j < len(tokens) and tokens[j].key == "who":
        group.last = _relative_clause_end(tokens, j) or group.last
    elif j + 1 < len(tokens) and tokens[j].key in ("of", "з", "із", "из"):
        k = j + 2 if tokens[j + 1].key == "the" and j + 2 < len(tokens) else j + 1
        if k + 1 < len(tokens) and word_value(tokens[k].text) \
                and (keyword_kind(tokens[k + 1].key) or tokens[k + 1].key in PERSON_PLURAL):
            k += 1                     # "one of the four passengers", "двоє з трьох поранених"
        if keyword_kind(tokens[k].key):
            group.last = k             # "two of the injured died": a part, told of its verb
            group.part_of = keyword_kind(tokens[k].key) or ""
        elif not group.has_noun and tokens[k].key in PERSON_PLURAL:
            group.last, group.has_noun, group.head = k, True, tokens[k].key
            group.last = age_end(tokens, k + 1) or k   # "one of the drivers, 38, died"
        elif group.has_noun:
            group.last = _hometown_end(tokens, j) or _complement_end(tokens, j) or group.last
    elif j < len(tokens) and tokens[j].key == "," \
            and _apposition_end(tokens, j, group.has_noun) is not None:
        group.last = _apposition_end(tokens, j, group.has_noun)   # "Еще двое, мужчина и
        # подросток 16 лет, получили ранения": who the two are, then their verb
    elif group.has_noun and j < len(tokens):
        group.last = _hometown_end(tokens, j) or _complement_end(tokens, j) or group.last


#: words an apposition naming who they were may hold besides person nouns
_APPOSITION_WORDS = frozenset("""
a an the and і й та и years year old aged років роки рік лет года год - local місцевий
місцева місцевого місцевої местный местная местного местной
""".split()) | POSSESSIVES


def _apposition_end(tokens: list[Token], j: int, has_noun: bool = False) -> int | None:
    """The closing comma of an apposition that names the people of a number ("двое, мужчина и
    подросток 16 лет,", "two others, a man and his son,"; or its last word, when it ends the
    sentence: "ранены двое жителей, мужчина и женщина.") or, after a person noun, only
    their age ("Another man, aged 47,", "Водій, 44-річний місцевий житель,"), starting at the
    comma ``j``; None when the stretch holds anything but person nouns, ages, articles and
    conjunctions."""
    persons = ages = 0
    for k in range(j + 1, min(j + 12, len(tokens))):
        key = tokens[k].key
        if key == ",":
            return k if (persons or ages and has_noun) and k + 1 < len(tokens) else None
        if key in (".", ";") and persons > 1:
            return k - 1                # "ранены двое жителей, мужчина и женщина."
        if key in PERSON_SINGULAR or key in PERSON_PLURAL:
            persons += 1
        elif tokens[k].text.isdigit() or AGE_WORD.match(tokens[k].text) \
                or word_value(tokens[k].text):
            ages += 1
        elif key not in _APPOSITION_WORDS:
            return None
    return None


def _relative_clause_end(tokens: list[Token], j: int) -> int | None:
    """The last token of a short relative clause without commas at ``j`` ("a woman who
    worked as a boiler operator was killed"), when "was"/"were" and a casualty word follow
    it, so that verb is read as the person's; else None."""
    for k in range(j + 2, min(j + 10, len(tokens) - 1)):
        if tokens[k].key in (",", ".", ";"):
            return None
        if tokens[k].key in ("was", "were") and any(
                keyword_kind(t.key) in ("killed", "injured") for t in tokens[k + 1:k + 3]):
            return k - 1
    return None


_NAME_PUNCTUATION = re.compile(r"[-'’ʼ]")
FROM_WORDS = frozenset({"of", "from", "з", "із", "зі", "из"})
_SETTLEMENT_WORDS = frozenset({"city", "town", "village", "settlement"})
#: the word after a region's or district's name: "жителя Курской области", "residents of
#: the Kursk region", "мешканці Сумської громади"
_AREA_WORDS = frozenset({"области", "області", "обл", "района", "району", "округа", "громади",
                         "общины", "края", "region", "oblast", "province", "district"})


def _hometown_end(tokens: list[Token], j: int) -> int | None:
    """The last token of the place a person is from, when one follows the person at ``j``
    ("a resident of Nikopol", "a woman from Kryvyi Rih", "мешканець Нікополя", "житель
    Горловки"), so the verb after it is read as the person's; else None."""
    k = j
    if tokens[k].key in FROM_WORDS:
        k += 1
        if k + 2 < len(tokens) and tokens[k].key == "the" and tokens[k + 1].key in \
                _SETTLEMENT_WORDS and tokens[k + 2].key == "of":
            k += 3                     # "a resident of the town of Izium"
        elif k + 1 < len(tokens) and tokens[k].key == "the":
            k += 1                     # "residents of the Kursk region"
    elif tokens[k].text.isascii():
        return None                    # English names the hometown after "of" or "from"
    last = None
    while k < len(tokens) and tokens[k].text[:1].isupper() \
            and _NAME_PUNCTUATION.sub("", tokens[k].text).isalpha():
        last = k
        if k + 2 < len(tokens) and tokens[k + 1].key == "-" and tokens[k + 2].text[:1].isupper():
            k += 2                     # "Новгород-Сіверського"
            last = k
        k += 1
    if last is not None and k < len(tokens) and tokens[k].key in _AREA_WORDS:
        last = k                       # "двое жителей Белгородской области пострадали"
    return last


def _complement_end(tokens: list[Token], j: int) -> int | None:
    """The last token of a word saying whose people they are, when a casualty verb follows
    it ("двоє працівників підприємства загинули", "двоє водіїв вантажівок отримали
    поранення", "two employees of the plant were injured"), so the verb is read as the
    people's; else None."""
    k = j
    if tokens[k].key == "of" and k + 1 < len(tokens):
        k += 2 if tokens[k + 1].key in ("the", "a", "an") else 1
    elif tokens[k].text.isascii():
        return None
    if k >= len(tokens) or not tokens[k].text.isalpha() or not tokens[k].text.islower() \
            or keyword_kind(tokens[k].key) or tokens[k].key in JOINING:
        return None
    after = next((i for i in range(k + 1, min(k + 4, len(tokens)))
                  if tokens[i].key not in FILLERS), None)
    return k if after is not None and keyword_kind(tokens[after].key) else None
