"""The ages told with casualties ("two women aged 64 and 68", "трое мужчин от 38 до 46 лет",
"45 років", "1974 року народження"): where they end, so the verb after them is read as the
people's (for :mod:`geo.extract.figure_groups`).
"""
from __future__ import annotations

import re

from geo.extract.figure_tokens import Token
from geo.extract.figure_words import AGE_BEFORE, AGE_TAIL, CONJUNCTIONS, YEAR_AFTER
from geo.extract.numbers import word_value

#: an age used as a noun: "43-річна", "72-летний", "a 72-year-old"
AGE_WORD = re.compile(r"^\d{1,3}-(?:річн\w*|летн\w*|year-old)$")


def ages(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """(how many ages, index of the last token) of "aged 64 and 68" or "50 і 61 року",
    "34 и 52 лет" starting at token j."""
    n = len(tokens)
    aged = j < n and tokens[j].key in AGE_BEFORE
    k = j + 1 if aged else j
    if not (k < n and tokens[k].text[:1].isdigit() and word_value(tokens[k].text)):
        return None
    count = 1
    while k + 2 < n and tokens[k + 1].key in CONJUNCTIONS \
            and word_value(tokens[k + 2].text) is not None \
            and tokens[k + 2].key not in ("a", "an"):       # "aged 58 and a woman aged 61"
        k, count = k + 2, count + 1
    if aged:                           # "віком 5 та 11 [років]"
        while k + 1 < n and tokens[k + 1].key in YEAR_AFTER | AGE_TAIL:
            k += 1
        return count, k
    if count < 2 or not (k + 1 < n and tokens[k + 1].key in YEAR_AFTER):
        return None                    # one bare number is an age only with its year word
    k += 1
    while k + 1 < n and tokens[k + 1].key in AGE_TAIL:
        k += 1
    return count, k


_DECADE = re.compile(r"^(?:\d0(?:['’]?s)?|(?:twenties|thirties|forties|fifties|sixties|seventies|"
                     r"eighties|nineties))$", re.IGNORECASE)


def age_end(tokens: list[Token], j: int) -> int | None:
    """The last token of the age or birth year told at ``j``, after a person noun ("aged 64
    and 68", "45 років", "1974 року народження", "1957 г.р."), else None."""
    if j >= len(tokens):
        return None
    told = ages(tokens, j)
    if told is not None:
        return told[1]
    if j + 2 < len(tokens) and tokens[j].key == "in" and tokens[j + 1].key in ("their", "his",
                                                                               "her") \
            and _DECADE.match(tokens[j + 2].text):
        k = j + 2                      # "a couple in their 60s" ("60", "s")
        return k + 1 if k + 1 < len(tokens) and tokens[k + 1].key == "s" else k
    if word_value(tokens[j].text) is not None and j + 1 < len(tokens) \
            and tokens[j + 1].key in YEAR_AFTER:
        k = j + 1
        while k + 1 < len(tokens) and tokens[k + 1].key in AGE_TAIL | YEAR_AFTER:
            k += 1
        return k
    return None


def age_range_end(tokens: list[Token], j: int) -> int | None:
    """The last token of an age range at ``j`` ("трое мужчин от 38 до 46 лет", "віком від 38
    до 46 років", "three men aged 38 to 46"), else None."""
    keys = [t.key for t in tokens[j:j + 7]] + [""] * 7
    if keys[0] in ("to", "до") and j > 0 and tokens[j - 1].text.isdigit() \
            and j + 1 < len(tokens) and tokens[j + 1].text.isdigit():
        return j + 1 + (keys[2] in ("лет", "года", "років", "роки", "years"))  # "aged 38 | to 46"
    k = 2 if keys[0] in ("в", "у") and keys[1].startswith("возраст") else int(keys[0] == "віком")
    if keys[k] not in ("от", "від", "aged", "between") or keys[k + 2] not in ("до", "to", "and") \
            or not (tokens[j + k + 1].text.isdigit() and tokens[j + k + 3].text.isdigit()):
        return None
    return j + k + 3 + (keys[k + 4] in ("лет", "года", "років", "роки", "years"))
