"""The tokens of a sentence's number phrases, and the asides left out of them.

:func:`tokenize` splits a sentence into numbers (a clock time is one), words and
punctuation, with "taken to hospital" and "claimed the lives of" and their like as one
word each;
:func:`drop_parentheticals` removes the asides real reports put between a number and
its verb (", including a child,", "(...)", "a woman, 64, was injured"). Used by
:mod:`geo.extract.figure_groups` and :mod:`geo.extract.figures`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo.extract.figure_words import (AGE_TAIL, CONJUNCTIONS, DASHES, FILLERS, INJURED,
                                      KILLED, PERSON_PLURAL, PERSON_SINGULAR, SKIP_OPENERS,
                                      SKIP_PHRASES, TO_HOSPITAL, TOOK_LIVES, YEAR_AFTER)
from geo.extract.numbers import fold_word, word_value


@dataclass(frozen=True)
class Token:
    """A word, number or punctuation mark with its folded key and its span."""

    text: str
    key: str
    start: int
    end: int


#: a clock time ("близько 18:40"), a day and month ("13.10", "13.10.2025", "on 10/16") or an
#: ordinal ("the 47th Brigade", "the 19th attack this month") is one token, no number to count
_TOKEN_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{2}(?:\.\d{2,4})?(?![\d.,])|"
                       r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])|\d+(?:st|nd|rd|th)\b|"
                       r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,:/])|"    # "2 589 разів"
                       r"\d+(?:[.,]\d{3})*(?:[-‐]\w+)*|"
                       r"\w+(?:['’ʼ‐-]\w+)*|[^\w\s]")

def tokenize(text: str) -> list[Token]:
    """The tokens of a sentence: numbers (a clock time is one), words, punctuation; "taken
    to hospital" and its like are one word, "hospitalized".

    Examples
    --------
    >>> [t.key for t in tokenize("Двоє людей загинули о 18:40")]
    ['двоє', 'людей', 'загинули', 'о', '18:40']
    """
    tokens = [Token(m.group(0), fold_word(m.group(0)), m.start(), m.end())
              for m in _TOKEN_RE.finditer(text)]
    for pattern, key in ((TO_HOSPITAL, "hospitalized"), (TOOK_LIVES, "killed")):
        for m in reversed(list(pattern.finditer(text))):
            inside = [i for i, t in enumerate(tokens) if m.start() <= t.start < m.end()]
            tokens[inside[0]:inside[-1] + 1] = [Token(m.group(0), key, m.start(), m.end())]
    return tokens


def _place_note(tokens: list[Token], opening: int, closing: int) -> bool:
    """Whether the brackets ``tokens[opening:closing + 1]`` are a note on the name right
    before them, kept as its own figures ("Вовчанськ (загинула 70-річна жінка)", "Kupiansk
    (two men injured)"), not an aside: a capitalised word before, no capitalised word
    inside (not "(Kharkiv Oblast)")."""
    inside = tokens[opening + 1:closing]
    return opening > 0 and tokens[opening - 1].text[:1].isupper() and len(inside) >= 2 \
        and not any(t.text[:1].isupper() for t in inside)


def _is_keyword(key: str) -> bool:
    return bool(KILLED.match(key) or INJURED.match(key))


#: the people a partitive counts from before a person told between commas ("One of the victims,
#: a 72-year-old man, died")
_VICTIMS = frozenset({"victims", "casualties", "постраждалих", "потерпілих", "пострадавших",
                      "потерпевших"})


def _person_aside(tokens: list[Token], i: int) -> int | None:
    """The closing comma of a person told between commas after a casualty word ("one of
    the injured, a 58-year-old woman, died"), or None."""
    j = next((k for k in range(i + 1, min(i + 6, len(tokens))) if tokens[k].key in
              (",", ".", ";")), None)
    if j is None or tokens[j].key != "," or j == i + 1:
        return None
    inside = tokens[i + 1:j]
    return j if any(t.key in PERSON_SINGULAR or t.key in PERSON_PLURAL for t in inside) \
        and not any(_is_keyword(t.key) for t in inside) else None


def drop_parentheticals(tokens: list[Token]) -> list[Token]:
    """Remove ", including a child," and "(...)" asides between a number and its verb."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.key == "(":
            j = next((k for k in range(i + 1, len(tokens)) if tokens[k].key == ")"), None)
            if j is not None and not _place_note(tokens, i, j):
                i = j + 1
                continue
        nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
        if tok.key == "," and out and (out[-1].key in PERSON_SINGULAR
                                       or out[-1].key in PERSON_PLURAL):
            j = _ages_aside(tokens, i)
            if j is None:              # "Водитель, мужчина 1980 г.р., погиб на месте"
                j = _who_aside(tokens, i)
            if j is not None:          # "a woman, 64, was injured", "one of the drivers, 38,",
                i = j + 1              # "two women, 64 and 70, were injured"
                continue
        if tok.key == "," and out and (_is_keyword(out[-1].key) or out[-1].key in _VICTIMS):
            j = _person_aside(tokens, i)
            if j is not None:          # "одна з поранених, 58-річна жінка, померла"
                i = j + 1
                continue
        if tok.key == "," and len(out) > 1 and out[-1].key in PERSON_PLURAL \
                and any(word_value(t.text) is not None for t in out[-3:-1]):
            j = _restating_aside(tokens, i)
            if j is not None:          # "Two people, a man and a woman, were killed"
                i = j + 1
                continue
        if tok.key in DASHES and out and (out[-1].key in PERSON_PLURAL
                                          or out[-1].key in PERSON_SINGULAR):
            j = _closing_dash(tokens, i)
            if j is not None:          # "Three other people – a man, 57, and two women –
                i = j + 1              # received help": the aside lists them
                continue
        opener = nxt in SKIP_OPENERS and nxt not in ("з", "із", "of") or \
            tuple(t.key for t in tokens[i + 1:i + 4]) in SKIP_PHRASES
        if tok.key == "," and opener:
            j = next((k for k in range(i + 2, len(tokens)) if tokens[k].key in (",", ";", ".")),
                     None)
            if j is not None and tokens[j].key == "," \
                    and not any(t.key in DASHES for t in tokens[i + 2:j]):  # (a breakdown:
                # "6 цивільних, зокрема у Золочеві — 2 людей, у Куп'янську — 1")
                i = j + 1
                continue
        out.append(tok)
        i += 1
    return out


def _ages_aside(tokens: list[Token], i: int, reach: int = 8) -> int | None:
    """The comma closing an aside of ages opened by the comma at ``i`` (", 64,", ", 64 and
    70,", ", 64 та 70 років,"), else None."""
    k = i + 1
    while k < min(len(tokens), i + reach):
        if not tokens[k].text.isdigit():
            return None
        if k + 1 < len(tokens) and tokens[k + 1].key == ",":
            return k + 1
        if k + 2 < len(tokens) and tokens[k + 1].key in YEAR_AFTER and tokens[k + 2].key == ",":
            return k + 2
        if k + 2 < len(tokens) and tokens[k + 1].key in CONJUNCTIONS:
            k += 2
            continue
        return None
    return None


#: an age told as one word: "52-річного", "41-year-old", "70-летний"
_AGED_WORD = re.compile(r"^\d{1,3}[-‐](?:річн|летн|year)", re.IGNORECASE)


def _who_aside(tokens: list[Token], i: int, reach: int = 9) -> int | None:
    """The comma closing an aside that tells who a person was ("Водитель, мужчина 1980
    г.р., погиб", "The driver, a man aged 41, was injured") opened by the comma at ``i``,
    when a casualty word follows it (through filler words), else None."""
    for k in range(i + 1, min(len(tokens), i + reach)):
        key = tokens[k].key
        if key == ",":
            after = next((t.key for t in tokens[k + 1:k + 4] if t.key not in FILLERS), "")
            nouns = any(t.key in PERSON_SINGULAR for t in tokens[i + 1:k])
            aged = any(t.text[:1].isdigit() for t in tokens[i + 1:k])
            listed = k + 1 < len(tokens) and tokens[k + 1].key in CONJUNCTIONS and aged
            return k if nouns and (KILLED.match(after) or INJURED.match(after) or listed) \
                else None              # ("Поранено водія, 52-річного чоловіка, та двох ...")
        if not (key in PERSON_SINGULAR or key in YEAR_AFTER or key in AGE_TAIL
                or key in ("a", "an", "aged") or tokens[k].text.isdigit()
                or _AGED_WORD.match(tokens[k].text)):
            return None
        if k == len(tokens) - 1 and any(t.text.isdigit() for t in tokens[i + 1:k]) \
                and any(t.key in PERSON_SINGULAR for t in tokens[i + 1:k]):
            return k                   # "Погиб водитель, мужчина 1979 г.р.": who the driver was
    return None


#: the words of an aside that restates who a count was: "a man and a woman", "чоловік і жінка"
_ASIDE_WORDS = CONJUNCTIONS | {"a", "an", "all", "both", "усі", "всі", "все", "обидва", "обидві",
                                "оба", "обе", "his", "her", "their", "його", "її", "їхня", "его",
                                "ее", "её"}  # ("Four passengers, all women,", "a man and his wife")


def _restating_aside(tokens: list[Token], i: int, reach: int = 10) -> int | None:
    """The comma closing an aside of person nouns opened by the comma at ``i`` when a
    casualty word follows it (through filler words), else None."""
    for k in range(i + 1, min(len(tokens), i + reach)):
        key = tokens[k].key
        if key == ",":
            after = next((t.key for t in tokens[k + 1:k + 4] if t.key not in FILLERS), "")
            nouns = any(t.key in PERSON_SINGULAR or t.key in PERSON_PLURAL
                        for t in tokens[i + 1:k])
            return k if nouns and (KILLED.match(after) or INJURED.match(after)) else None
        if not (key in _ASIDE_WORDS or key in PERSON_SINGULAR or key in PERSON_PLURAL
                or word_value(tokens[k].text) is not None):
            return None
    return None


def _closing_dash(tokens: list[Token], i: int, reach: int = 20) -> int | None:
    """The dash closing an aside opened by the dash at ``i``, before the clause ends."""
    for k in range(i + 1, min(len(tokens), i + reach)):
        if tokens[k].key in (".", ";", ":"):
            return None
        if tokens[k].key in DASHES:
            return k
    return None
