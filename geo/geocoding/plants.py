"""Power plants named after a town: "Zaporizhzhia NPP", "Burshtyn TPP", "Kakhovka HPP".

Reports name a power plant by the town it is named after and a type word, but
the plant is often far from that town: the Zaporizhzhia nuclear plant is at
Enerhodar, 110 km from the city, and the Rivne one at Varash, 70 km from Rivne.
So the town never stands for the plant. A city's heating plant ("Kyiv CHP-6")
is in or by the city and is not read as one (the city is the place). GeoNames
lists many plants as landmarks under their own names ("Zaporizhia Nuclear Power Plant",
"Burshtynska TES", "Kakhovka Hydroelectric Power Station"); :func:`plants_named`
finds the ones of the type the text says whose name is made from the town's
name (its spelling, or its adjective: Burshtynska from Burshtyn). A plant the
gazetteer lacks stays unresolved. A nuclear plant's initialism ("ZNPP", "ЗАЕС")
names it too (:func:`plant_initialism`).
"""
from __future__ import annotations

import re
import weakref
from collections.abc import Sequence

import numpy as np

from geo.gazetteer import Gazetteer, fast_key
from geo.gazetteer.build import SETTLEMENT
from geo.gazetteer.names import loose_key
from geo.geocoding.adjectives import ADJECTIVE
from geo.translit import kmu2010

NUCLEAR, HYDRO, THERMAL, ANY = "nuclear", "hydro", "thermal", "any"

#: a word after a town's name that says which kind of plant is meant
_TYPE_WORDS: dict[str, str] = {
    **dict.fromkeys(("npp", "aes", "аес", "аэс", "nuclear"), NUCLEAR),
    **dict.fromkeys(("hpp", "hes", "ges", "гес", "гэс", "hydroelectric", "hydropower"), HYDRO),
    **dict.fromkeys(("tpp", "tes", "тес", "тэс", "gres", "грес", "грэс", "thermal"), THERMAL),
}
#: "X power plant", "X power station": a plant of any kind
_POWER_WORDS = (("power", "plant"), ("power", "station"))
#: words of a plant's own name that say its kind
_NAME_TYPES = ((re.compile(r"\b(?:nuclear|npp|aes|аес|аэс)\b"), NUCLEAR),
               (re.compile(r"\b(?:hydroelectric|hydropower|hydro|hpp|hes|ges|гес|гэс)\b"
                           r"|gidroelektro|hidroelektro"), HYDRO),
               (re.compile(r"\b(?:thermal|tpp|tes|gres|tets|tec|chp|тес|тэс|грес|грэс|тец|тэц)\b"
                           r"|^tets|^tec"), THERMAL))
#: words of a plant's name that are no part of the town's
_GENERIC = re.compile(r"\b(?:nuclear|hydroelectric|hydropower|hydro|thermal|power|plants?|"
                      r"stations?|gidroelektrostantsiya|hidroelektrostantsiia|"
                      r"pumped|storage|npp|aes|hpp|hes|ges|tpp|tes|gres|tets|tec|chp|kv|"
                      r"switchyard|аес|аэс|гес|гэс|тес|тэс|грес|грэс|тец|тэц)\b")
#: landmark feature codes of power stations (substations share PS and are left out)
_PLANT_CODES = ("PS", "PSH", "PSN")
_SUBSTATION = re.compile(r"substation|\bkv\b|inverter|-\d{3}\b", re.IGNORECASE)
#: a town's spelling-insensitive key must be this long to match a plant name's start
_MIN_STEM = 5

#: a nuclear plant's initialism: "ZNPP", "KhNPP", "SUNPP", "ЗАЕС", "ЗАЭС"
_INITIALISM = re.compile(r"^([A-Z][A-Za-z]{0,2})(?:NPP|AES)$"
                         r"|^([А-ЯІЇЄ][а-яіїє]?[А-ЯІЇЄ]?)(?:АЕС|АЭС)$")

_PLANTS: weakref.WeakKeyDictionary[Gazetteer, list[tuple[int, str, str]]] = \
    weakref.WeakKeyDictionary()


def plant_type(words: Sequence[str]) -> str | None:
    """The kind of plant the lower-case ``words`` after a town's name call it, or None.

    Examples
    --------
    >>> plant_type(["npp"]), plant_type(["thermal", "power"]), plant_type(["power", "plant"])
    ('nuclear', 'thermal', 'any')
    >>> plant_type(["street"]) is None
    True
    """
    if not words:
        return None
    if words[0] in _TYPE_WORDS:
        return _TYPE_WORDS[words[0]]
    return ANY if tuple(words[:2]) in _POWER_WORDS else None


def plant_words(words: Sequence[str]) -> int:
    """How many of the lower-case ``words`` after a town's name name its plant: "TPP" 1,
    "nuclear power plant" 3, "power station" 2; 0 when they name none.

    Examples
    --------
    >>> plant_words(["npp", "in"]), plant_words(["nuclear", "power", "plant"]), plant_words(["in"])
    (1, 3, 0)
    """
    kind = plant_type(words)
    if kind is None:
        return 0
    typed = 0 if kind == ANY else 1
    return typed + 2 if tuple(words[typed:typed + 2]) in _POWER_WORDS else typed


def is_initialism(word: str) -> bool:
    """True for a word shaped like a nuclear plant's initialism ("ZNPP", "ЗАЕС")."""
    return _INITIALISM.match(word) is not None


def plants_named(gazetteer: Gazetteer, town_postings: tuple[int, ...], town_key: str,
                 kind: str) -> tuple[int, ...]:
    """Postings (kind 0) of the plants of ``kind`` named after the town ``town_key``.

    A plant matches when its name without the generic words is another name of
    one of the settlements in ``town_postings`` ("Kiev Hydroelectric Power
    Station" for Kyiv), or starts with the town's spelling-insensitive key
    ("Burshtynska TES" for Burshtyn, "Zaporozhskaya GRES" for Zaporizhzhia).

    Parameters
    ----------
    gazetteer : Gazetteer
    town_postings : tuple of int
        The postings the town's name matched (``entry * 4 + kind``).
    town_key : str
        The town's normalised name as written.
    kind : str
        :data:`NUCLEAR`, :data:`HYDRO`, :data:`THERMAL` or :data:`ANY`.
    """
    d = gazetteer.data
    towns = {c // 4 for c in town_postings if d.feature[c // 4] == SETTLEMENT}
    stem = loose_key(town_key)
    found = []
    for row, plant_kind, base in _plants(gazetteer):
        if ANY not in (kind, plant_kind) and kind != plant_kind or not base:
            continue
        base_loose = loose_key(base) or ""
        if (stem and len(stem) >= _MIN_STEM and base_loose.startswith(stem)) or any(
                c // 4 in towns for c in gazetteer.lookup(base)[0]):
            found.append(row * 4)
    return tuple(found)


_DIGRAPHS = ("kh", "ch", "zh", "sh")


def plant_initialism(gazetteer: Gazetteer, word: str) -> tuple[int, ...]:
    """Postings (kind 0) of the nuclear plant ``word`` abbreviates, when it is one plant's
    initialism: the first letter of each word of its town's name (two for kh, ch, zh,
    sh), then NPP or AES ("ZNPP" Zaporizhzhia, "KhNPP" Khmelnytskyi, "SUNPP" South
    Ukraine), or the Cyrillic АЕС/АЭС form ("ЗАЕС"). Nothing when several plants share it.

    Examples
    --------
    >>> _initials("south ukraine"), _initials("khmelnitskiy"), _initials("zaporizhia")
    ('su', 'kh', 'z')
    """
    match = _INITIALISM.match(word)
    if match is None:
        return ()
    letters = (match.group(1) or kmu2010(match.group(2) or "")).lower()
    rows = [row for row, kind, base in _plants(gazetteer)
            if kind == NUCLEAR and base and _initials(base) == letters]
    return (rows[0] * 4,) if len(rows) == 1 else ()


#: a place adjective: Cyrillic (with the adjectives module's endings) or a Latin feminine
#: one ("Burshtynska TES", "Kurakhivska TPP")
_LATIN_ADJECTIVE = re.compile(r"(?:s['’]?k|ts['’]?k)(?:a|aya|yi|iy|y)$", re.IGNORECASE)


def adjective_plant(gazetteer: Gazetteer, word: str, kind: str) -> tuple[int, ...]:
    """Postings of the plants of ``kind`` a town's adjective names ("Бурштинська ТЕС",
    "Каховська ГЕС", "Burshtynska TES"); () when ``word`` is no adjective or names no
    plant the gazetteer has.

    The adjective's stem, romanised, must start the plant's name spelling-insensitively
    (Бурштин- for "Burshtynska TES", Кахов- for "Kakhovka Hydroelectric Power Station").
    """
    match = _adjective_ending(word)
    if match is None or match.start() < 3:
        return ()
    stem = word[:match.start()]
    latin = stem if stem.isascii() else kmu2010(stem)
    return plants_named(gazetteer, (), fast_key(latin), kind)


def is_plant_adjective(word: str) -> bool:
    """True when ``word`` is shaped like a town's adjective that may name a plant."""
    return word[:1].isupper() and _adjective_ending(word) is not None


def _adjective_ending(word: str) -> re.Match[str] | None:
    return ADJECTIVE.search(word) or _LATIN_ADJECTIVE.search(word)


def _initials(base: str) -> str:
    return "".join(w[:2] if w[:2] in _DIGRAPHS else w[:1] for w in base.split())


def _plants(gazetteer: Gazetteer) -> list[tuple[int, str, str]]:
    """``(row, kind, base)`` of every power plant in the gazetteer (cached per gazetteer):
    the base is the normalised name without its generic words."""
    cached = _PLANTS.get(gazetteer)
    if cached is not None:
        return cached
    d = gazetteer.data
    rows = np.flatnonzero(np.isin(np.asarray(d.feature_code), _PLANT_CODES))
    out = []
    for row in rows.tolist():
        full = str(d.name[row])
        name = full.split(",")[0]                # "Chornobyl Nuclear Power Plant, 750
        if _SUBSTATION.search(name) or "substation" in full.lower():   # kV-Switchyard"
            continue
        low = fast_key(re.sub(r"\d+", " ", name))
        kind = {"PSN": NUCLEAR, "PSH": HYDRO}.get(str(d.feature_code[row]))
        kind = kind or next((k for pattern, k in _NAME_TYPES if pattern.search(low)), ANY)
        out.append((row, kind, " ".join(_GENERIC.sub(" ", low).split())))
    _PLANTS[gazetteer] = out
    return out
