"""Numbers written in digits or words, in English, Ukrainian and Russian.

Ukrainian and Russian numerals decline ("двоє", "двох", "трьох", "шести"),
so every case form a casualty report uses is listed. Compound numerals
("twenty-one", "двадцять три", "сто двадцять") are summed token by token.
"""
from __future__ import annotations

import re

_APOSTROPHES_RE = re.compile("[’ʼ`´‘ʹ′]")


def _forms(value: int, *words: str) -> dict[str, int]:
    return {w: value for w in words}


_UNITS: dict[str, int] = {
    # English
    **_forms(0, "zero", "none", "nobody"),
    **_forms(1, "one", "a", "an", "single"), **_forms(2, "two", "both", "pair"),
    **_forms(3, "three"), **_forms(4, "four"), **_forms(5, "five"), **_forms(6, "six"),
    **_forms(7, "seven"), **_forms(8, "eight"), **_forms(9, "nine"), **_forms(10, "ten"),
    **_forms(11, "eleven"), **_forms(12, "twelve", "dozen"), **_forms(13, "thirteen"),
    **_forms(14, "fourteen"), **_forms(15, "fifteen"), **_forms(16, "sixteen"),
    **_forms(17, "seventeen"), **_forms(18, "eighteen"), **_forms(19, "nineteen"),
    # Ukrainian
    **_forms(1, "один", "одна", "одне", "одного", "одну", "одній", "одним", "одному", "однієї"),
    **_forms(2, "два", "дві", "двох", "двом", "двома", "двоє", "двоїх", "обидва", "обидві",
             "обох"),
    **_forms(3, "три", "трьох", "трьом", "трьома", "троє", "троїх"),
    **_forms(4, "чотири", "чотирьох", "чотирьом", "чотирма", "четверо"),
    **_forms(5, "п'ять", "п'яти", "п'ятьох", "п'ятьом", "п'ятьма", "п'ятеро"),
    **_forms(6, "шість", "шести", "шістьох", "шістьом", "шістьма", "шестеро"),
    **_forms(7, "сім", "семи", "сімох", "сімом", "сьома", "семеро"),
    **_forms(8, "вісім", "восьми", "вісьмох", "вісьмом", "вісьма", "восьмеро"),
    **_forms(9, "дев'ять", "дев'яти", "дев'ятьох", "дев'ятьом", "дев'ятьма", "дев'ятеро"),
    **_forms(10, "десять", "десяти", "десятьох", "десятьом", "десятьма", "десятеро"),
    # Russian
    **_forms(1, "одно", "одной", "одною", "одним", "одного", "одному", "одном"),
    **_forms(2, "две", "двух", "двум", "двумя", "двое", "двоих", "оба", "обе", "обоих"),
    **_forms(3, "трех", "трёх", "трем", "трём", "тремя", "трое", "троих"),
    **_forms(4, "четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя",
             "четверо", "четверых"),
    **_forms(5, "пять", "пяти", "пятью", "пятеро", "пятерых"),
    **_forms(6, "шесть", "шести", "шестью", "шестеро", "шестерых"),
    **_forms(7, "семь", "семи", "семью", "семеро", "семерых"),
    **_forms(8, "восемь", "восьми", "восемью", "восьмью", "восьмеро", "восьмерых"),
    **_forms(9, "девять", "девяти", "девятью", "девятеро", "девятерых"),
    **_forms(10, "десять", "десяти", "десятью", "десятеро", "десятерых"),
}

# teens: Ukrainian "-надцять", Russian "-надцать", with their oblique forms
_TEEN_STEMS: dict[int, tuple[str, ...]] = {
    11: ("одинад", "одиннад"), 12: ("дванад",), 13: ("тринад",), 14: ("чотирнад", "четырнад"),
    15: ("п'ятнад", "пятнад"), 16: ("шістнад", "шестнад"), 17: ("сімнад", "семнад"),
    18: ("вісімнад", "восемнад"), 19: ("дев'ятнад", "девятнад"),
}
_TEEN_ENDINGS = ("цять", "цяти", "цятьох", "цятьом", "цятьма", "цятеро", "цать", "цати",
                 "цатью", "цатеро", "цатерых")

_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
    **_forms(20, "двадцять", "двадцяти", "двадцятьох", "двадцатью", "двадцать", "двадцати"),
    **_forms(30, "тридцять", "тридцяти", "тридцятьох", "тридцать", "тридцати", "тридцатью"),
    **_forms(40, "сорок", "сорока"),
    **_forms(50, "п'ятдесят", "п'ятдесяти", "п'ятдесятьох", "пятьдесят", "пятидесяти"),
    **_forms(60, "шістдесят", "шістдесяти", "шестьдесят", "шестидесяти"),
    **_forms(70, "сімдесят", "сімдесяти", "семьдесят", "семидесяти"),
    **_forms(80, "вісімдесят", "вісімдесяти", "восемьдесят", "восьмидесяти"),
    **_forms(90, "дев'яносто", "девяносто", "девяноста"),
}
_HUNDREDS: dict[str, int] = {
    **_forms(100, "hundred", "сто", "ста", "сотня", "сотні", "сотни"),
    **_forms(200, "двісті", "двохсот", "двести", "двухсот"),
    **_forms(300, "триста", "трьохсот", "трехсот", "трёхсот"),
    **_forms(400, "чотириста", "чотирьохсот", "четыреста", "четырехсот"),
    **_forms(500, "п'ятсот", "пятьсот", "пятисот", "п'ятисот"),
    **_forms(1000, "thousand", "тисяча", "тисячі", "тисяч", "тысяча", "тысячи", "тысяч"),
}

WORD_NUMBERS: dict[str, int] = dict(_UNITS)
for _value, _stems in _TEEN_STEMS.items():
    for _stem in _stems:
        for _ending in _TEEN_ENDINGS:
            WORD_NUMBERS[_stem + _ending] = _value
WORD_NUMBERS.update(_TENS)
WORD_NUMBERS.update(_HUNDREDS)

#: words that only count as 1 when a person noun follows ("a child", "an elderly man")
ARTICLE_ONES: frozenset[str] = frozenset({"a", "an"})

_DIGITS_RE = re.compile(r"^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+$|^\d+$")


_MAX_DIGITS = 4000


def fold_word(word: str) -> str:
    """Lower-case a word and make every apostrophe ASCII (for table lookups)."""
    return _APOSTROPHES_RE.sub("'", word.lower()).replace("ё", "е")


def word_value(word: str) -> int | None:
    """The value of one number token (digits or a number word), else None.

    Examples
    --------
    >>> word_value("троє"), word_value("1,200"), word_value("шести"), word_value("drone")
    (3, 1200, 6, None)
    """
    if word and word[0].isdigit():
        if _DIGITS_RE.match(word):
            digits = re.sub(r"\D", "", word)
            # thousands of digits are no figure (and past Python's int-from-text limit)
            return int(digits) if len(digits) <= _MAX_DIGITS else None
        return None
    key = fold_word(word)
    value = WORD_NUMBERS.get(key)
    if value is None and "-" in key:            # "twenty-one"
        parts = [WORD_NUMBERS.get(p) for p in key.split("-")]
        if len(parts) == 2 and None not in parts and is_compound_part(parts[0], parts[1]):
            return combine(parts)
    return value


def combine(values: list[int]) -> int:
    """Sum a run of numeral tokens: tens + units, times hundreds/thousands.

    Examples
    --------
    >>> combine([20, 3]), combine([100, 20]), combine([2, 100]), combine([3, 1000])
    (23, 120, 200, 3000)
    """
    total = 0
    current = 0
    for value in values:
        if value in (100, 1000) and current:
            current *= value
            if value == 1000:
                total += current
                current = 0
        else:
            current += value
    return total + current


def is_compound_part(previous: int, value: int) -> bool:
    """True when ``value`` can continue a numeral whose last part was ``previous``."""
    if previous >= 100 and value < previous:
        return True
    if 20 <= previous < 100 and previous % 10 == 0 and value < 10:
        return True
    return value in (100, 1000) and previous < value
