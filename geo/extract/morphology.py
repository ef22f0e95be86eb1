"""Ukrainian and Russian morphology (pymorphy3 with its Ukrainian and Russian dictionaries).

The questions extraction asks of a Cyrillic word:

* :func:`is_function_word`: is it a preposition, conjunction, particle, adverb, pronoun or
  numeral ("Тут", "Після", "Усього", "Около"), which no place is even when a village bears
  the name?
* :func:`is_attribute`: does it open a noun phrase as a common adjective agreeing with the
  lower-case noun after it ("Нові удари", "Нова атака", "Новые удары"), not a place's name?
* :func:`is_first_name`: is a word a first name ("за словами В’ячеслава Чауса"), so that the
  capitalised word after it is a surname?
* :func:`is_person_name`: is a word the gazetteer does not list a surname or first name
  ("написав Григоров"), not a case form of a village?
* :func:`dictionary_forms`: the nominative (dictionary) forms of a case form ("у Дніпрі":
  Дніпро, "Костянтинівці": Костянтинівка, "в Никополе": Никополь), each only a candidate
  that counts when the gazetteer knows it.

The analysers load once per process (about 0.1 s) and answers are cached per word.

>>> is_function_word("Після"), is_function_word("Харків")
(True, False)
>>> is_attribute("Нові", "удари"), is_attribute("Зелене", "обстріляли")
(True, False)
>>> dictionary_forms("Костянтинівці")[0]
'Костянтинівка'
"""
from __future__ import annotations

from functools import lru_cache

from geo.translit import is_cyrillic

__all__ = ["dictionary_forms", "is_attribute", "is_first_name", "is_function_word",
           "is_person_name", "is_verb", "name_plurals"]

#: parts of speech that never name a place
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED", "INTJ", "NUMR", "COMP"})
_PERSON_TAGS = frozenset({"Surn", "Name", "Patr"})
#: adjectives that work as pronouns or numerals ("усі", "всего", "перший")
_PRONOUN_LIKE = frozenset({"Apro", "Anum", "&pron", "&numr"})
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ'’ʼ")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
_RUSSIAN_ONLY = frozenset("ыэъёЫЭЪЁ")


@lru_cache(maxsize=2)
def _analyser(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _languages(word: str) -> tuple[str, ...]:
    letters = set(word)
    if letters & _UKRAINIAN_ONLY:
        return ("uk",)
    if letters & _RUSSIAN_ONLY:
        return ("ru",)
    return ("uk", "ru")


@lru_cache(maxsize=1 << 15)
def _known_parses(word: str) -> tuple:
    """The dictionary's parses of ``word`` (lower case), per language, best first."""
    word = word.translate(_APOSTROPHES)           # the dictionaries spell "в'ячеслав"
    return tuple((lang, tuple(p for p in _analyser(lang).parse(word) if p.is_known))
                 for lang in _languages(word))


@lru_cache(maxsize=1 << 15)
def is_first_name(word: str) -> bool:
    """True when the dictionary's likeliest reading of a Cyrillic ``word`` is a first name
    in any case ("В’ячеслава", "Олександр", "Андрея"): a capitalised word after it is a
    surname, not a village."""
    low = word.lower()
    if not is_cyrillic(low):
        return False
    return any(parses and "Name" in parses[0].tag.grammemes
               for _lang, parses in _known_parses(low))


@lru_cache(maxsize=1 << 15)
def is_person_name(word: str) -> bool:
    """True when the dictionary's likeliest reading of a Cyrillic ``word`` is a surname,
    first name or patronymic ("Григоров", "Синєгубов"). Many towns share a surname's
    spelling (Бахмут, Лиман), so this only settles words the gazetteer does not list."""
    low = word.lower()
    if not is_cyrillic(low):
        return False
    return any(parses and _PERSON_TAGS & parses[0].tag.grammemes
               for _lang, parses in _known_parses(low))


@lru_cache(maxsize=1 << 15)
def is_function_word(word: str) -> bool:
    """True when the dictionary's likeliest reading of a Cyrillic ``word`` is a function
    word, pronoun or numeral in Ukrainian or Russian (the script decides which)."""
    low = word.lower()
    if not is_cyrillic(low):
        return False
    for _lang, parses in _known_parses(low):
        if parses and (parses[0].tag.POS in _FUNCTION_POS
                       or _PRONOUN_LIKE & parses[0].tag.grammemes):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def is_verb(word: str) -> bool:
    """True when the likeliest reading of a Cyrillic ``word`` is a verb in every language
    its letters allow ("Били", "Гатили"; not "Буди", a Ukrainian noun): a foreign town that
    spells so in Cyrillic (Biel) is not what a sentence opening with it speaks of."""
    low = word.lower()
    if not is_cyrillic(low):
        return False
    return all(parses and parses[0].tag.POS in ("VERB", "INFN")
               for _lang, parses in _known_parses(low))


def _agree(adjective, noun) -> bool:
    a, n = adjective.tag, noun.tag
    if a.number != n.number or a.case != n.case:
        return False
    return n.number == "plur" or a.gender is None or n.gender is None or a.gender == n.gender


@lru_cache(maxsize=1 << 14)
def is_attribute(word: str, following: str) -> bool:
    """True when ``word`` reads as a common adjective that agrees in number, case and
    gender with the lower-case noun ``following``: the two are one noun phrase ("Нові
    удари", "Великі пожежі", "Новые удары"), and ``word`` names no place there."""
    low, nxt = word.lower(), following.lower()
    if not (is_cyrillic(low) and is_cyrillic(nxt)) or following[:1].isupper():
        return False
    for lang in _languages(low + nxt):
        analyser = _analyser(lang)
        adjectives = [p for p in analyser.parse(low) if p.is_known and p.tag.POS == "ADJF"]
        nouns = [p for p in analyser.parse(nxt) if p.is_known and p.tag.POS == "NOUN"]
        if any(_agree(a, n) for a in adjectives for n in nouns):
            return True
    return False


@lru_cache(maxsize=1 << 15)
def dictionary_forms(word: str) -> list[str]:
    """Nominative forms of an inflected Cyrillic name, likeliest first, capitalised as
    ``word`` is; words the dictionary lacks get pymorphy3's guesses from their endings.
    Only noun readings count, and not a person's name's (the lemma of the surname
    "Григорова" is no village); a town's adjective is read by :mod:`geo.geocoding.adjectives`.
    Empty for a word that is not Cyrillic."""
    if len(word) < 3 or not is_cyrillic(word):
        return []
    out: list[str] = []
    for lang in _languages(word):
        for p in _analyser(lang).parse(word.lower()):
            if p.tag.POS != "NOUN" or _PERSON_TAGS & p.tag.grammemes:
                continue           # a surname's or first name's lemma is no place name
            form = p.inflect({"nomn"}) if "plur" not in p.tag or "Pltm" in p.tag else None
            plural = p.inflect({"nomn", "plur"}) if form is None else None   # "Кринок": Кринки
            for lemma in (p.normal_form, form.word if form is not None else None,
                          plural.word if plural is not None else None):
                if lemma and lemma != word.lower():
                    out.append(lemma)
    cased = [_case_like(word, lemma) for lemma in out]
    return list(dict.fromkeys(cased))


def shared_stem(one: str, other: str) -> int:
    """How many first letters two words share, case aside ("Курчатові", "Курчатовим": 8):
    case forms of one name share all but their endings."""
    one, other = one.lower(), other.lower()
    n = 0
    for a, b in zip(one, other):
        if a != b:
            break
        n += 1
    return n


def hyphened_nominatives(first: str, second: str) -> list[str]:
    """Nominative readings of a two-part hyphened name inflected in both parts
    ("Купянску-Узловому": "Купянск-Узловой"), likeliest first; empty unless both parts are
    Cyrillic."""
    if not (is_cyrillic(first) and is_cyrillic(second)):
        return []
    tails: list[str] = []
    for lang in _languages(second):
        for p in _analyser(lang).parse(second.lower()):
            if p.tag.POS == "ADJF":        # the adjective agrees with the noun: its gender
                form = p.inflect({"nomn", "sing"})
                tails += [p.normal_form, *([form.word] if form is not None else [])]
    tails = [_case_like(second, t) for t in dict.fromkeys(tails)] + dictionary_forms(second)
    heads = dictionary_forms(first) + [first]
    return list(dict.fromkeys(f"{head}-{tail}" for head in heads for tail in tails))


@lru_cache(maxsize=1 << 12)
def name_plurals(word: str) -> list[str]:
    """The nominative plurals of a first name or surname in a plural case ("Алешек", the
    genitive of "Алёшки", reads as a plural of the name Алёшка): a town may be named so
    (Алешки, Oleshky). Empty when ``word`` is no such plural."""
    out: list[str] = []
    for lang in _languages(word):
        for p in _analyser(lang).parse(word.lower()):
            if p.tag.POS == "NOUN" and "plur" in p.tag and _PERSON_TAGS & p.tag.grammemes:
                form = p.inflect({"plur", "nomn"})
                if form is not None and form.word != word.lower():
                    out.append(_case_like(word, form.word))
    return list(dict.fromkeys(out))


def _case_like(model: str, word: str) -> str:
    if model[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word
