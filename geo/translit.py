"""Transliteration and case-form rules for Ukrainian and Russian place names.

* :func:`kmu2010` romanises Ukrainian Cyrillic with the national system of
  Ukraine (Cabinet of Ministers resolution 55 of 2010), the spelling official
  names use today: Запоріжжя -> Zaporizhzhia, Кривий Ріг -> Kryvyi Rih.
* :func:`russian_romanizations` gives the common English spellings of a Russian
  name (BGN/PCGN-like and a simplified variant): Запорожье -> Zaporozhye,
  Zaporozhe; Артемовск -> Artemovsk.
* :func:`base_forms` turns an inflected Cyrillic word (Києві, Одесі, Харькову,
  Артемовска) into the nominative forms it may come from, by general suffix
  rules rather than a list of cities.
"""
from __future__ import annotations

import re

UKRAINIAN_ONLY = frozenset("іїєґ")
RUSSIAN_ONLY = frozenset("ыэъё")
OTHER_CYRILLIC = frozenset("ўјљњћђџѕ")   # Belarusian, Serbian, Macedonian letters

_KMU = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
    "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
    # Russian letters met in Ukrainian-looking names: a best effort
    "ы": "y", "э": "e", "ъ": "", "ё": "io",
}
_KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_BGN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "", "ʼ": "",
}
_VOWELS = set("аеёиоуыэюяіїє")
_RUSSIAN_ENDINGS = re.compile(r"(?<![ьц])ск\b|ое\b|ая\b|ый\b|ой\b|ые\b")


def is_cyrillic(text: str) -> bool:
    """True when ``text`` has at least one Cyrillic letter and no Latin one."""
    has_cyr = False
    for ch in text:
        if "\u0400" <= ch <= "\u04ff":
            has_cyr = True
        elif ch.isascii() and ch.isalpha():
            return False
    return has_cyr


def script_of(text: str) -> str:
    """``"latin"``, ``"cyrillic"``, ``"mixed"`` or ``"other"`` for a name.

    Letters outside Latin and Cyrillic (Chinese, Arabic, Greek ...) make the
    name ``"other"``; such names are of no use for English, Ukrainian and
    Russian sources.
    """
    latin = cyr = False
    for ch in text:
        if not ch.isalpha():
            continue
        if "\u0400" <= ch <= "\u04ff":
            cyr = True
        elif ch < "\u0250" or "\u1e00" <= ch <= "\u1eff":
            latin = True
        else:
            return "other"
    if latin and cyr:
        return "mixed"
    return "cyrillic" if cyr else ("latin" if latin else "other")


def cyrillic_language(name: str) -> str:
    """Guess the language of a Cyrillic name: ``"uk"``, ``"ru"``, ``"other"`` or ``"both"``.

    Ukrainian has і ї є ґ, Russian has ы э ъ ё and endings Ukrainian names do not
    have (-ск without the soft sign, -ое, -ая, -ый, -ой: Светлодарск, Первомайское);
    names with none of them could be either (``"both"``).
    """
    low = name.lower()
    letters = set(low)
    if letters & OTHER_CYRILLIC:
        return "other"
    uk = bool(letters & UKRAINIAN_ONLY)
    ru = bool(letters & RUSSIAN_ONLY) or bool(_RUSSIAN_ENDINGS.search(low))
    if uk and ru:
        return "other"
    if uk:
        return "uk"
    if ru:
        return "ru"
    return "both"


def _transliterate(name: str, table: dict[str, str], initial: dict[str, str],
                   zgh: bool) -> str:
    out: list[str] = []
    prev = ""
    for ch in name:
        low = ch.lower()
        if low in table:
            at_start = prev == "" or (not prev.isalpha() and prev not in ("'", "’", "ʼ"))
            if zgh and low == "г" and prev.lower() == "з":
                piece = "gh"
            else:
                piece = initial.get(low, table[low]) if at_start else table[low]
            if ch != low and piece:
                piece = piece[0].upper() + piece[1:]
            out.append(piece)
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


def kmu2010(name: str) -> str:
    """Romanise a Ukrainian Cyrillic name with the official KMU 2010 system.

    Examples
    --------
    >>> kmu2010("Запоріжжя"), kmu2010("Кривий Ріг"), kmu2010("Куп’янськ")
    ('Zaporizhzhia', 'Kryvyi Rih', 'Kupiansk')
    >>> kmu2010("Згурівка"), kmu2010("Їжакевич"), kmu2010("Яготин")
    ('Zghurivka', 'Yizhakevych', 'Yahotyn')
    """
    return _transliterate(name, _KMU, _KMU_INITIAL, zgh=True)


def _bgn(name: str) -> str:
    out: list[str] = []
    prev = ""
    for ch in name:
        low = ch.lower()
        if low in _BGN:
            piece = _BGN[low]
            if low == "е" and (not prev.isalpha() or prev.lower() in _VOWELS
                               or prev.lower() in "ьъ"):
                piece = "ye"
            if ch != low and piece:
                piece = piece[0].upper() + piece[1:]
            out.append(piece)
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


def russian_romanizations(name: str) -> set[str]:
    """The usual English spellings of a Russian (or Soviet-era) Cyrillic name.

    BGN/PCGN with ``ye`` after vowels and soft signs, and a variant with plain
    ``e`` and ``ia``/``iy`` endings that news agencies use (Zaporozhye,
    Zaporozhe; Avdeyevka, Avdeevka).

    Examples
    --------
    >>> sorted(russian_romanizations("Запорожье"))
    ['Zaporozhe', 'Zaporozhye']
    >>> sorted(russian_romanizations("Артемовск"))
    ['Artemovsk']
    """
    strict = _bgn(name)
    plain = _transliterate(name, {**_BGN, "ё": "e", "ь": ""}, {}, zgh=False)
    # "ий"/"ый" endings: Novy, Krasny
    short = re.sub(r"(?<=[a-z])(iy|yy)\b", "y", plain)
    return {strict, plain, short}


def romanizations(name: str) -> set[str]:
    """Latin spellings generated from one Cyrillic name (KMU 2010 and Russian)."""
    lang = cyrillic_language(name)
    out: set[str] = set()
    if lang in ("uk", "both"):
        out.add(kmu2010(name))
    if lang in ("ru", "both"):
        out |= russian_romanizations(name)
    return out


# --- case forms -----------------------------------------------------------------
# (oblique ending, nominative ending): ordered longest first inside apply.
_NOUN_RULES: tuple[tuple[str, str], ...] = (
    # Ukrainian masculine in -ів/-їв with vowel alternation: Харкові -> Харків, Києві -> Київ
    ("ові", "ів"), ("ова", "ів"), ("ову", "ів"), ("овом", "ів"),
    ("єві", "їв"), ("єва", "їв"), ("єву", "їв"), ("євом", "їв"),
    # possessive adjectives in -ів (Часів Яр -> Часового Яру, Часовому Ярі)
    ("ового", "ів"), ("овому", "ів"), ("овим", "ів"), ("овім", "ів"),
    # neuter -о: Дніпро -> у Дніпрі, Дніпра, Дніпром; Russian soft stems: Никополь -> Никополе
    ("і", "о"), ("а", "о"), ("у", "о"), ("ом", "о"), ("е", "ь"), ("ей", "ь"),
    ("еві", "ів"), ("ева", "ів"),
    # -ець: Торецьку is -ськ; Кременця -> Кременець
    ("ця", "ець"), ("цю", "ець"), ("цем", "ець"), ("ці", "ець"),
    # feminine -ка: Горлівці -> Горлівка, Авдіївці -> Авдіївка; Russian -ке
    ("ці", "ка"), ("ки", "ка"), ("ку", "ка"), ("кою", "ка"), ("ке", "ка"), ("кой", "ка"),
    ("зі", "га"), ("сі", "ха"), ("зі", "г"), ("ці", "к"), ("сі", "х"),
    # feminine -а / -я
    ("і", "а"), ("и", "а"), ("у", "а"), ("ою", "а"), ("е", "а"), ("ой", "а"),
    ("ы", "а"), ("ї", "я"), ("ю", "я"), ("єю", "я"), ("ею", "я"), ("і", "я"),
    ("и", "я"), ("ей", "я"),
    # neuter -е: Гуляйполе -> у Гуляйполі, Гуляйполя, Гуляйполю, Гуляйполем
    ("і", "е"), ("я", "е"), ("ю", "е"), ("ем", "е"),
    # neuter -я / -е (Запоріжжя, Запорожье)
    ("ах", "и"), ("ах", "ы"), ("ам", "и"), ("ами", "и"),
    # plural genitive: Щербаків -> Щербаки, Плавнів -> Плавні, Щербаков -> Щербаки
    ("ів", "и"), ("ів", "і"), ("ов", "и"), ("ов", "ы"),
    ("ям", "я"), ("ья", "ье"), ("ью", "ье"), ("ьем", "ье"), ("ье", "ье"),
    # masculine consonant stems: Бахмута, Бахмуті, Покровську, Артемовска, Харькову
    ("а", ""), ("у", ""), ("і", ""), ("ом", ""), ("ові", ""), ("е", ""), ("ем", ""),
    ("я", "ь"), ("ю", "ь"), ("і", "ь"), ("и", "ь"), ("ью", "ь"), ("ем", "ь"),
    ("ем", "й"), ("ю", "й"), ("я", "й"),
    ("ї", "й"), ("і", "й"),
)
_ADJ_RULES: tuple[tuple[str, str], ...] = (
    # Ukrainian adjectives: Первомайського -> Первомайське / Первомайський
    ("ого", "е"), ("ому", "е"), ("им", "е"), ("ім", "е"),
    ("ого", "ий"), ("ому", "ий"), ("ім", "ий"), ("им", "ий"),
    ("ій", "а"), ("ої", "а"), ("у", "а"), ("ою", "а"),
    ("ього", "є"), ("ьому", "є"), ("ього", "ій"), ("ьому", "ій"),
    # Russian adjectives: Первомайского -> Первомайское / Первомайский; Новой -> Новая
    ("ого", "ое"), ("ом", "ое"), ("ому", "ое"), ("ым", "ое"),
    ("ого", "ий"), ("ого", "ый"), ("ом", "ий"), ("ом", "ый"), ("ому", "ый"),
    ("ой", "ая"), ("ую", "ая"), ("ей", "ая"), ("ей", "яя"), ("юю", "яя"),
    # plural adjectives: Малих Щербаків -> Малі Щербаки; Малых Вис -> Малые Висы
    ("их", "і"), ("им", "і"), ("ими", "і"),
    ("ых", "ые"), ("ым", "ые"), ("ыми", "ые"), ("их", "ие"), ("им", "ие"), ("ими", "ие"),
)
_ALTERNATION = (("о", "і"), ("е", "і"), ("є", "ї"))   # Ukrainian closed-syllable і
_MAX_WORD_FORMS = 24


def _word_base_forms(word: str) -> list[str]:
    low = word.lower()
    out: list[str] = []
    seen = {low}
    for ending, nominative in (*_ADJ_RULES, *_NOUN_RULES):
        if len(low) >= len(ending) + 2 and low.endswith(ending):
            stem = low[: len(low) - len(ending)]
            for form in _with_alternation(stem, nominative):
                if form not in seen:
                    seen.add(form)
                    out.append(form)
    return out[:_MAX_WORD_FORMS]


def _with_alternation(stem: str, ending: str) -> list[str]:
    """``stem + ending``, plus the Ukrainian о/е -> і alternation in a now closed
    last syllable (Рогу -> Ріг, Львова -> Львів), and Russian fleeting vowels."""
    forms = [stem + ending]
    if len(ending) <= 1 and len(stem) >= 2:
        last_vowel = max(stem.rfind(v) for v in "оеє")
        if last_vowel >= len(stem) - 2 and last_vowel > 0:
            for old, new in _ALTERNATION:
                if stem[last_vowel] == old:
                    forms.append(stem[:last_vowel] + new + stem[last_vowel + 1:] + ending)
        # Russian/Ukrainian fleeting vowel: Кременца -> Кременец (stem + е + last consonant)
        if ending == "" and stem[-1] not in _VOWELS and stem[-2] not in _VOWELS:
            forms.append(stem[:-1] + "е" + stem[-1] + ending)
    return forms


def base_forms(name: str, limit: int = 1024) -> list[str]:
    """Nominative forms an inflected Cyrillic name may come from.

    Every word of a Cyrillic name gets its candidate nominatives from general
    Ukrainian and Russian suffix rules (nouns in -а/-я/-ка/-ськ/-ів, adjectives in
    -ий/-а/-е/-ое/-ая); multi-word names combine them word by word. The caller
    keeps the forms that are gazetteer names. Latin names give an empty list.

    Examples
    --------
    >>> "київ" in base_forms("Києві") and "одеса" in base_forms("Одесі")
    True
    >>> "харьков" in base_forms("Харькову") and "артемовск" in base_forms("Артемовска")
    True
    >>> "кривий ріг" in base_forms("Кривому Розі") or "кривий ріг" in base_forms("Кривого Рогу")
    True
    """
    if not is_cyrillic(name):
        return []
    words = name.lower().split()
    if not words:
        return []
    options = [[w, *_word_base_forms(w)] for w in words]
    combos: list[str] = [""]
    for opts in options:
        combos = [f"{c} {o}".strip() for c in combos for o in opts][:limit]
    original = " ".join(words)
    return [c for c in combos if c != original][:limit]

