"""Name variants of one gazetteer entry: lookup keys, the modern official name.

GeoNames' main names for Ukraine are often older romanisations (Kupyansk,
Zaporizhzhya, Kryvyy Rih). The modern official spelling is generated from the
entry's Ukrainian Cyrillic name with KMU 2010 (:func:`official_name`), and old
Latin spellings are also mapped to the KMU forms by rule
(:func:`bgn_to_kmu`), so that users' spellings match.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from geo.text import normalize_name
from geo.translit import cyrillic_language, kmu2010, romanizations, script_of

_STRESS = re.compile("[\u0300\u0301]")
_VOWEL = "aeiouy"
_MAX_WORDS = 6
#: Countries whose Cyrillic names get generated Latin spellings.
TRANSLIT_COUNTRIES = frozenset({"UA", "RU", "BY"})


def clean(name: str) -> str:
    """Drop stress marks (Алекса́ндровск) and surrounding space."""
    return _STRESS.sub("", name).strip()


def name_key(name: str) -> str | None:
    """The lookup key of a name, or None when the name is useless for lookups.

    Names in scripts other than Latin and Cyrillic, airport-style codes (IEV,
    KRQ), names with digits, keys shorter than three characters and names of
    more than six words are left out.
    """
    text = clean(name)
    if not text or any(ch.isdigit() for ch in text):
        return None
    if script_of(text) not in ("latin", "cyrillic"):
        return None
    if text.isupper() and len(text) <= 4 and text.isascii():
        return None
    key = normalize_name(text)
    if len(key) < 3 or key.count(" ") >= _MAX_WORDS:
        return None
    return key


_BGN_RULES = (
    (re.compile(r"(?<=[a-z])ya"), "ia"),
    (re.compile(r"(?<=[a-z])yu"), "iu"),
    (re.compile(r"(?<=[a-z])ye"), "ie"),
    (re.compile(r"(?<=[a-z])yi"), "i"),
    (re.compile(r"(?<=[aeiouy])y(?![aeiou])"), "i"),
)


def bgn_to_kmu(latin: str) -> str:
    """Map an older Latin spelling of a Ukrainian name to its KMU 2010 form.

    Examples
    --------
    >>> [bgn_to_kmu(n) for n in ("Hulyaypole", "Kostyantynivka", "Kryvyy Rih", "Makiyivka")]
    ['Huliaipole', 'Kostiantynivka', 'Kryvyi Rih', 'Makiivka']
    """
    words = []
    for word in latin.split(" "):
        low = word.lower()
        for pattern, repl in _BGN_RULES:
            low = pattern.sub(repl, low)
        words.append(low)
    return " ".join(words)


def ukrainian_names(alternates: list[str]) -> list[str]:
    """The alternates that look like Ukrainian Cyrillic names (Ukrainian letters first)."""
    uk, both = [], []
    for alt in alternates:
        text = clean(alt)
        if script_of(text) != "cyrillic":
            continue
        lang = cyrillic_language(text)
        if lang == "uk":
            uk.append(text)
        elif lang == "both":
            both.append(text)
    return uk + both


def official_name(name: str, alternates: list[str], min_similarity: float = 0.6) -> str:
    """The modern official (KMU 2010) spelling of a Ukrainian place's name.

    The Ukrainian Cyrillic alternate whose transliteration is closest to the
    GeoNames name is transliterated; when none is close enough (a renamed
    place, or no Cyrillic names) the GeoNames name is kept.

    Examples
    --------
    >>> official_name("Zaporizhzhya", ["Запорожье", "Запоріжжя", "Запоріжя", "Zaporizhia"])
    'Zaporizhzhia'
    >>> official_name("Kup'yans'k", ["Купянск", "Куп’янськ"])
    'Kupiansk'
    """
    target = normalize_name(name)
    best, best_ratio = name, min_similarity
    for alt in ukrainian_names(alternates):
        latin = kmu2010(alt)
        if latin.isupper():
            continue
        ratio = SequenceMatcher(None, normalize_name(latin), target).ratio()
        if ratio > best_ratio:
            best, best_ratio = latin, ratio
    return best


def entry_keys(name: str, ascii_name: str, official: str, alternates: list[str],
               country_code: str) -> dict[str, int]:
    """Every lookup key of one place with its kind: 0 official, 1 alternate, 2 generated.

    Generated keys are the KMU 2010 / Russian romanisations of Cyrillic
    alternates and the KMU forms of older Latin spellings (Ukraine, Russia and
    Belarus only).
    """
    keys: dict[str, int] = {}

    def add(text: str, kind: int) -> None:
        key = name_key(text)
        if key is not None and keys.get(key, 9) > kind:
            keys[key] = kind

    for text in (official, name, ascii_name):
        add(text, 0)
    for alt in alternates:
        add(alt, 1)
    if country_code in TRANSLIT_COUNTRIES:
        for alt in alternates:
            text = clean(alt)
            if script_of(text) == "cyrillic":
                for latin in romanizations(text):
                    add(latin, 2)
        if country_code == "UA":
            for text in [name, ascii_name, *alternates]:
                if script_of(text) == "latin":
                    add(bgn_to_kmu(normalize_name(text)), 2)
    return keys
