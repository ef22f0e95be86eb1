"""Who a number phrase's people are: the person noun after a number (over its adjectives),
and what a comma after a person tells (the same person told again: "водій, 38-річний
чоловік, поранений", "жінка, місцева мешканка"; who a number's people are: "двоє, мужчина
и женщина"; another person with a casualty of their own: "загинув чоловік, його донька
поранена"). Used by :mod:`geo.extract.figure_groups`.
"""
from __future__ import annotations

from geo.extract.figure_ages import AGE_WORD
from geo.extract.figure_tokens import Token
from geo.extract.figure_words import (BOUNDARY_WORDS, CONJUNCTIONS, COUPLES, FILLERS,
                                      OTHER_WORDS, PERSON_PLURAL, PERSON_SINGULAR, POSSESSIVES)
from geo.extract.group_tails import FROM_WORDS, JOINING, keyword_kind
from geo.extract.numbers import ARTICLE_ONES, word_value


def is_adjective_like(tok: Token) -> bool:
    if tok.key in BOUNDARY_WORDS or tok.key in CONJUNCTIONS or tok.key in FILLERS:
        return False
    if not (tok.text[0].isalpha() or tok.text[0].isdigit()):
        return False
    if tok.text[0].isdigit():
        return "-" in tok.text          # "45-year-old", "72-річна"
    return not (keyword_kind(tok.key) or word_value(tok.text) is not None)


def noun_after(tokens: list[Token], j: int, max_adjectives: int = 2) -> int | None:
    """Index of a person noun right after token j (over up to two adjectives)."""
    for k in range(j + 1, min(len(tokens), j + 2 + max_adjectives)):
        key = tokens[k].key
        if key in PERSON_PLURAL or key in PERSON_SINGULAR or key in COUPLES:
            while k + 1 < len(tokens) and (tokens[k + 1].key in PERSON_SINGULAR
                                           or tokens[k + 1].key in PERSON_PLURAL
                                           or tokens[k + 1].key in COUPLES):
                k += 1                 # "an elderly woman", "two civilian residents",
                # "an elderly couple"
            return k
        if not is_adjective_like(tokens[k]) and tokens[k].key not in OTHER_WORDS:
            return None
    return None


#: the person nouns
PERSONS = PERSON_SINGULAR | PERSON_PLURAL


def one_told_again(tokens: list[Token], k: int) -> int | None:
    """The last token of "38-річний чоловік" from ``k`` when a comma and the casualty follow
    it (", 38-річний чоловік, поранений"): the person before told again, else None."""
    if tokens[k].key in ("a", "an") and k + 1 < len(tokens):
        k += 1                          # ", a 52-year-old man, was injured"
    if not AGE_WORD.match(tokens[k].key) or k + 3 >= len(tokens):
        return None
    noun = k + 1
    if tokens[noun].key not in PERSON_SINGULAR or tokens[noun + 1].key != ",":
        return None
    after = noun + 2
    while after + 1 < len(tokens) and tokens[after].key in FILLERS and after < noun + 4:
        after += 1                      # ", was injured"
    return noun if keyword_kind(tokens[after].key) or tokens[after].key in RECEIVED else None


def naming_them(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """``(how many, last token)`` of the people a list from token ``k`` to the sentence's
    end names ("мужчина и женщина", "чоловіка та двох жінок"), or None when it holds
    anything else."""
    total, last, n = 0, None, len(tokens)
    while k < n and tokens[k].key not in (".", ";"):
        key = tokens[k].key
        if key == "," and last is not None and k + 1 < n and not _names_people_at(tokens, k + 1):
            break                      # "..., чоловіка та жінку, ще одна людина загинула"
        value = word_value(tokens[k].text)
        noun = noun_after(tokens, k) if value is not None else None
        if noun is not None and tokens[noun].key in PERSONS:
            total, last, k = total + value, noun, noun + 1
        elif key in PERSON_SINGULAR:
            total, last, k = total + 1, k, k + 1
        elif key in JOINING or key in POSSESSIVES or key in ARTICLE_ONES \
                or AGE_WORD.match(key) or tokens[k].text.isdigit():
            k += 1
        else:
            return None
    return (total, last) if last is not None else None


_MORE = frozenset({"ще", "еще", "ещё", "also", "another", "more", "other", "інші", "другие"})


def _names_people_at(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a mention of people: a person noun, a number, "and"."""
    key = tokens[k].key
    if key in _MORE:
        return False                   # "ще одна людина": other people
    return key in PERSONS or key in JOINING or key in ARTICLE_ONES or key in POSSESSIVES \
        or word_value(tokens[k].text) is not None or bool(AGE_WORD.match(key))


def whose_before_and(tokens: list[Token], j: int) -> int | None:
    """Token ``j`` when it says whose the person before is and "and" another person follows
    ("водитель маршрутки и пассажирка", "водій автобуса та кондуктор"), else None."""
    if j + 2 >= len(tokens) or not tokens[j].text.isalpha() or not tokens[j].text.islower() \
            or tokens[j].key in JOINING or keyword_kind(tokens[j].key) \
            or tokens[j].key in PERSONS:
        return None
    return j if tokens[j + 1].key in AND and tokens[j + 2].key in PERSONS else None


_THEM = frozenset({"них", "them", "whom", "которых", "яких"})


def is_partitive(tokens: list[Token], j: int) -> bool:
    """Whether the number ending at token ``j`` is followed by "of them" ("один из них",
    "двоє з них", "two of them"): a part of the group before, not more people."""
    return j + 2 < len(tokens) and tokens[j + 1].key in FROM_WORDS | {"с"} \
        and tokens[j + 2].key in _THEM


#: an apposition's first word after a comma: the same person ("жінка, місцева мешканка")
LOCAL = frozenset({"місцева", "місцевий", "місцеві", "місцеву", "місцевого", "местная",
                    "местный", "местные", "местную", "местного", "local"})
AND = CONJUNCTIONS - {","}
#: a verb between a person and the casualty it got: "женщина получила ранения"
RECEIVED = frozenset({"получила", "получил", "получили", "отримала", "отримав", "отримали",
                       "зазнала", "зазнав", "зазнали", "sustained", "suffered", "received"})
_FILLERS_OR_RECEIVED = FILLERS | RECEIVED
#: "з пораненнями", "с ранениями", "with injuries": a casualty told of the person before
_WITH = frozenset({"з", "із", "зі", "с", "со", "with"})


def told_apart(tokens: list[Token], noun: int, comma: bool, first: int) -> bool:
    """Whether a conjunct has a keyword of its own, so it is another figure, not part of the
    list: after a comma ("загинув чоловік, його донька поранена"), or a keyword of another
    kind than the one the list's first noun follows ("загинув чоловік і семеро людей
    поранені", "погиб мужчина и семь человек ранены")."""
    if comma:                           # ("погиб мужчина 45 лет, женщина получила ранения")
        k = noun + 1 + (noun + 1 < len(tokens) and tokens[noun + 1].key in RECEIVED)
        if k + 1 < len(tokens) and tokens[k].key in _WITH:
            k += 1                      # "загинув водій, його пасажирку з пораненнями ..."
        return k < len(tokens) and keyword_kind(tokens[k].key) is not None
    after = next((k for k in range(noun + 1, min(noun + 3, len(tokens)))
                  if tokens[k].key not in _FILLERS_OR_RECEIVED), None)
    before = next((k for k in range(first - 1, max(first - 3, -1), -1)
                   if tokens[k].key not in FILLERS), None)
    if after is None or before is None:
        return False
    told = keyword_kind(tokens[after].key)
    return told is not None and keyword_kind(tokens[before].key) not in (None, told)
