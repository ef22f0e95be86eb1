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
from geo.translit import (cyrillic_language, kmu2010, romanizations, russian_romanizations,
                          script_of)

_STRESS = re.compile("[\u0300\u0301]")
_DIGIT = re.compile(r"\d")
#: a letter outside Latin (with diacritics) and Cyrillic: Chinese, Arabic, Greek ...
_OTHER_SCRIPT = re.compile("[^\\W\\d_\u0000-\u024f\u1e00-\u1eff\u0400-\u04ff]|"
                           "[\u0370-\u03ff\u0530-\u1dff\u2c00-\uffff]")
_MAX_WORDS = 6
#: Countries whose Cyrillic names get generated Latin spellings.
TRANSLIT_COUNTRIES = frozenset({"UA", "RU", "BY"})


#: separators made spaces on the ASCII path (\x1c-\x1f too: str.split() splits on them,
#: bytes.split() does not), and the apostrophes deleted
_ASCII_SEP = bytes.maketrans(b"-_.\t\n\r\x1c\x1d\x1e\x1f", b" " * 10)
_ASCII_DROP = b"'`"


def fast_key(name: str) -> str:
    """:func:`geo.text.normalize_name`, with a fast path for plain ASCII names."""
    if name.isascii():        # bytes: lower/translate/split are table lookups, no dict
        return b" ".join(name.encode("ascii").lower().translate(_ASCII_SEP, _ASCII_DROP)
                         .split()).decode("ascii")
    return normalize_name(name)


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
    if not text or _DIGIT.search(text):
        return None
    if text.isascii():
        if len(text) <= 4 and text.isupper():
            return None
        key = fast_key(text)
    else:
        if _OTHER_SCRIPT.search(text):
            return None
        key = normalize_name(text)
    if len(key) < 3 or key.count(" ") >= _MAX_WORDS:
        return None
    return key


#: (letters a match needs, pattern, replacement): rules whose letters are absent are skipped
_BGN_RULES = (
    ("ya", re.compile(r"(?<=[a-z])ya"), "ia"),
    ("yu", re.compile(r"(?<=[a-z])yu"), "iu"),
    ("ye", re.compile(r"(?<=[a-z])ye"), "ie"),
    ("yi", re.compile(r"(?<=[a-z])yi"), "i"),
    ("y", re.compile(r"(?<=[aeiouy])y(?![aeiou])"), "i"),
)


def bgn_to_kmu(latin: str) -> str:
    """Map an older Latin spelling of a Ukrainian name to its KMU 2010 form (lower case).

    Examples
    --------
    >>> [bgn_to_kmu(n) for n in ("Hulyaypole", "Kostyantynivka", "Kryvyy Rih", "Makiyivka")]
    ['huliaipole', 'kostiantynivka', 'kryvyi rih', 'makiivka']
    """
    if "y" not in latin and "Y" not in latin:
        return latin.lower()               # every rule rewrites a "y"
    words = []
    for word in latin.split(" "):
        low = word.lower()
        for needle, pattern, repl in _BGN_RULES:
            if needle in low:
                low = pattern.sub(repl, low)
        words.append(low)
    return " ".join(words)


def ukrainian_names(alternates: list[str]) -> tuple[list[str], list[str]]:
    """Cyrillic alternates that are surely Ukrainian (і ї є ґ), and those that may be."""
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
    return uk, both


def official_name(name: str, alternates: list[str], min_similarity: float = 0.6) -> str:
    """The modern official (KMU 2010) spelling of a Ukrainian place's name.

    The Ukrainian Cyrillic alternate whose transliteration is closest to the
    GeoNames name is transliterated (names with Ukrainian letters first, so
    Табаївка wins over the Russian Табаевка); when none is close enough (a
    renamed place, or no Cyrillic names) the GeoNames name is kept.

    Examples
    --------
    >>> official_name("Zaporizhzhya", ["Запорожье", "Запоріжжя", "Запоріжя", "Zaporizhia"])
    'Zaporizhzhia'
    >>> official_name("Kup'yans'k", ["Купянск", "Куп’янськ"])
    'Kupiansk'
    >>> official_name("Tabayevka", ["Табаевка", "Табаївка"])
    'Tabaivka'
    >>> official_name("Donetsk", ["Дінецьк", "Донецьк", "Донецк"])
    'Donetsk'
    """
    target = normalize_name(name)
    picks = []
    for group in ukrainian_names(alternates):
        best, best_ratio = "", min_similarity
        for alt in group:
            latin = kmu2010(alt)
            if latin.isupper():
                continue
            ratio = SequenceMatcher(None, normalize_name(latin), target).ratio()
            if ratio > best_ratio:
                best, best_ratio = latin, ratio
        picks.append((best, best_ratio))
    (uk, _), (both, both_ratio) = picks
    if both and both_ratio == 1.0:      # the GeoNames name is already the KMU form (Donetsk)
        return both
    return uk or both or name


def entry_keys(name: str, ascii_name: str, official: str, alternates: list[str],
               country_code: str) -> dict[str, int]:
    """Every lookup key of one place with its kind: 0 official, 1 other name, 2 spelling.

    Spellings (kind 2) are the KMU 2010 / Russian romanisations of Cyrillic
    alternates and the KMU forms of older Latin spellings (Ukraine, Russia and
    Belarus only). In Ukraine, a spelling must spell the main name (the same
    :func:`spelling_key`: Stepanovka for Stepanivka), whether GeoNames lists it
    or it is generated; the others are former or other names (kind 1): Stepanovka
    is also Stepano-Krynka's former name, Liman Rodynske's, and Novooleksandrivka
    (romanised from Новоолександрівка) Melitopol's.
    """
    keys: dict[str, int] = {}

    def add(text: str, kind: int) -> None:
        key = name_key(text)
        if key is not None and keys.get(key, 9) > kind:
            keys[key] = kind

    add(official, 0)
    for alt in _official_cyrillic(name, ascii_name, official, alternates, country_code):
        add(alt, 0)         # "Слов'янськ" is Sloviansk, not Nikopol (so named 1780-82)
    # in Ukraine the official name is the KMU 2010 one: GeoNames' own older spelling of it
    # (Novotroyits'ke where a namesake has Novotroitske) is a spelling, as on its namesakes
    own_kind = 2 if country_code == "UA" else 0
    for text in (name, ascii_name):
        add(text, 0 if name_key(text) == name_key(official) else own_kind)
    for alt in alternates:
        add(alt, 1)
    if country_code in TRANSLIT_COUNTRIES:
        # Ukrainian romanisation for Ukrainian places only: a Russian town's name
        # spelt the Ukrainian way (Dzerzhynsk) is how Ukraine's renamed towns are cited
        spell = romanizations if country_code == "UA" else russian_romanizations
        for alt in alternates:
            text = clean(alt)
            if script_of(text) == "cyrillic" and cyrillic_language(text) != "other":
                for latin in spell(text):
                    add(latin, 2)
        if country_code == "UA":
            for text in [name, ascii_name, *alternates]:
                if script_of(text) == "latin":
                    add(bgn_to_kmu(normalize_name(text)), 2)
            _mark_spellings(keys, (official, name, ascii_name))
    return keys


def _official_cyrillic(name: str, ascii_name: str, official: str, alternates: list[str],
                       country_code: str) -> list[str]:
    """The Cyrillic alternates that are the place's own current name: in Ukraine the
    Ukrainian one its official name is transliterated from, in Russia and Belarus those
    that romanise to its GeoNames name ("Курск" for Kursk)."""
    if country_code == "UA":
        target = name_key(official)
        return [alt for group in ukrainian_names(alternates) for alt in group
                if name_key(kmu2010(alt)) == target]
    if country_code not in TRANSLIT_COUNTRIES:
        return []
    own = {key for key in map(name_key, (official, name, ascii_name)) if key}
    return [alt for alt in alternates
            if script_of(clean(alt)) == "cyrillic" and cyrillic_language(clean(alt)) != "other"
            and own & {name_key(latin) for latin in russian_romanizations(clean(alt))}]


def _mark_spellings(keys: dict[str, int], main_names: tuple[str, ...]) -> None:
    """Make the keys that spell one of ``main_names`` kind 2 and the other alternates
    and romanisations kind 1 (official keys stay 0)."""
    own = {spelling_key(key) for key in map(name_key, main_names) if key}
    own.discard(None)
    for key, kind in keys.items():
        spells = spelling_key(key) in own
        if kind == 1 and spells:
            keys[key] = 2
        elif kind == 2 and not spells:
            keys[key] = 1


def main_name_keys(name: str, ascii_name: str, official: str, alternates: list[str],
                   country_code: str) -> set[str]:
    """The lookup keys that spell a place's current main name (not a former or other name).

    In Ukraine, the modern official (KMU 2010) name when it comes from the place's
    Ukrainian Cyrillic name, its Cyrillic form, and GeoNames' older Latin spellings
    of it (Zaporizhzhya); GeoNames names in Russian form (Stepanovka beside
    Stepanivka) and places with no Ukrainian name are not known to be current, so
    give none. Elsewhere, the GeoNames names and (Russia, Belarus) the Cyrillic
    alternates that romanise to them. Мелітополь is Melitopol's main name; its
    former name Новоолександрівка is not.
    """
    if country_code == "UA":
        return _ukrainian_main_keys(name, ascii_name, official, alternates)
    keys = {key for key in map(name_key, (official, name, ascii_name)) if key}
    for alt in _official_cyrillic(name, ascii_name, official, alternates, country_code):
        text = clean(alt)
        keys |= {key for key in map(name_key, (text, *russian_romanizations(text))) if key}
    return keys


def _ukrainian_main_keys(name: str, ascii_name: str, official: str,
                         alternates: list[str]) -> set[str]:
    target = name_key(official)
    if target is None:
        return set()
    cyrillic = {key for key in map(name_key, _official_cyrillic(name, ascii_name, official,
                                                                alternates, "UA")) if key}
    if not cyrillic:
        return set()
    keys = {target} | cyrillic
    for text in (name, ascii_name):
        key = name_key(text)
        if key and key.isascii() and bgn_to_kmu(key) == target:
            keys.add(key)
    return keys


_LOOSE_RULES = (
    (re.compile(r"shch|sch"), "s"), (re.compile(r"kh"), "h"), (re.compile(r"zh"), "z"),
    (re.compile(r"tch|ch|ts|tz"), "c"), (re.compile(r"sh"), "s"), (re.compile(r"g"), "h"),
    (re.compile(r"w"), "v"), (re.compile(r"j"), "y"), (re.compile(r"([^aeiouy ])\1"), r"\1"),
    (re.compile(r"[aeiouy]+"), "a"), (re.compile(r"(?<=[^a ])a\b"), ""),
)


def loose_key(key: str) -> str | None:
    """A lossy spelling-insensitive form of a Latin key, for fallback matching.

    Russian and Ukrainian spellings and their romanisations mostly differ in
    vowels (Selidovo/Selydove, Gorlovka/Horlivka, Pervomayskoye/Pervomaiske) and
    in g/h, kh/h, ts/c: every vowel run becomes ``a`` and those consonants are
    merged, and a word's final vowel (the part Russian and Ukrainian endings
    differ in: -ove/-ovo/-oye) is dropped. Keys shorter than five letters give
    None (too many collisions).

    Examples
    --------
    >>> loose_key("selidovo") == loose_key("selydove")
    True
    >>> loose_key("krasnogorovka") == loose_key("krasnohorivka")
    True
    """
    if not key.isascii() or len(key.replace(" ", "")) < 5:
        return None
    return _apply_loose_rules(key, _LOOSE_RULES)


def spelling_key(key: str) -> str | None:
    """:func:`loose_key` that keeps word endings: equal for two spellings of one name.

    Stepanovka and Stepanivka, Liman and Lyman, Pervomaiske and Pervomayskoye
    match; Pervomaisk (a town) and Pervomaiskyi (an adjective) do not.
    """
    if not key.isascii() or len(key.replace(" ", "")) < 5:
        return None
    return _apply_loose_rules(key, _LOOSE_RULES[:-1])


#: the last word is a masculine / a neuter adjective: "Antonivskyi" (a bridge, a
#: district) is no village "Antonivske", though their loose keys agree
_MASCULINE = re.compile(r"(?:sk|ck|tsk)(?:yi|iy|yy|ij|ii|y)$")
_NEUTER = re.compile(r"(?:sk|ck|tsk)(?:e|oe|oye|oie|ye)$")


def adjective_gender(key: str) -> str | None:
    """"m" or "n" when the last word of a Latin key is a masculine or neuter adjective
    (-skyi, -skiy / -ske, -skoye), else None.

    Examples
    --------
    >>> [adjective_gender(k) for k in ("antonivskyi", "pervomaiskoye", "lyman")]
    ['m', 'n', None]
    """
    if _MASCULINE.search(key):
        return "m"
    return "n" if _NEUTER.search(key) else None


def _apply_loose_rules(key: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, repl in rules:
        key = pattern.sub(repl, key)
    return key
