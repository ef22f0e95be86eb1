"""The town a place-name adjective is made from.

Reports name districts and fronts by a town's adjective: "Shakhtersky district"
(Shakhtarsk's), "Kupyanskoye direction" (Kupiansk's), "на Покровському
напрямку" (Pokrovsk's), "Сумська громада" (Sumy's). :func:`adjective_town`
strips the adjective ending and completes the stem with the endings town names
take, exact names first.
"""
from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, fast_key
from geo.geocoding.ranking import NAME_WEIGHT, size_score

#: an adjective ending in -sky/-skyi/-skoye (Latin) or -ський/-ское/-ському (Cyrillic)
ADJECTIVE = re.compile(r"(?:s['’]?k|ts['’]?k|ck)(?:yi|iy|yy|ij|y|ii|oy|oi|iі|ий|ый|ой|ого)$"
                       r"|(?:s['’]?k|ts['’]?k|ck)(?:oye|oe)$"
                       r"|(?:ськ|ск|цьк|цк|зьк|зк)(?:ий|ый|ой|ого|ому|ім|ом|ое)$"
                       r"|(?:ськ|ск|цьк|цк|зьк|зк)(?:а|ої|ій|у|ою|ая|ую)$", re.IGNORECASE)
#: endings that complete a stem to a town's name, likeliest first
#: the adjectives read are Ukrainian and Russian place adjectives: of a Ukrainian town
#: unless a foreign one is much bigger ("Торецький" is Toretsk's, not Tyre's)
HOME, HOME_BONUS = "UA", 1.0
_LATIN_ENDINGS = ("sk", "", "ske", "skoe", "e", "o", "a", "aya", "ka", "ove", "ovo")
_CYRILLIC_ENDINGS = ("ськ", "ск", "", "ське", "ское", "а", "е", "ка", "и", "ы", "ь", "ьк", "я",
                     "і", "о",      # "Глушковского района": Глушково
                     "ки", "ное", "ая",   # Валуйского: Валуйки; Ракитянского: Ракитное
                     "ль",                # Ярославский: Ярославль
                     "ький")              # Кропивницький, Хмельницький: a town named so
#: endings of the first word of a two-word name (Krasnyi Lyman, Nova Kakhovka, Velyka Novosilka)
_LATIN_FIRST_WORD = ("yi", "a", "e", "yy", "iy", "y", "ii", "aya", "oye")
_CYRILLIC_FIRST_WORD = ("ий", "а", "е", "ій", "ый", "ая", "ое")
#: the possessive suffix of an adjective made from a name in -ka (Novosilka: Novosilkivskyi)
_POSSESSIVE = frozenset({"ov", "iv", "ev", "ов", "ів", "ев"})


def adjective_town(gazetteer: Gazetteer, word: str) -> tuple[str, tuple[int, ...], bool] | None:
    """``(key, postings, inflected)`` of the town ``word`` is the adjective of, or None.

    A name the stem completes to exactly wins over a loose spelling match, and among
    those the one naming the likeliest town (:func:`_best_town`); a
    final "t" before "-sky" stays on the stem first ("Bakhmutsky": Bakhmut), and so
    does "ц" ("Марганецький": Марганець).
    """
    keys = _adjective_keys(word)
    if keys is None:
        return None
    found = _likeliest(gazetteer, keys) or _likeliest(gazetteer, _hyphened_keys(word)) \
        or _likeliest(gazetteer, list(dict.fromkeys(
        key for stem in _stems(word) for key in _compound_keys(stem, _endings(word)))))
    if found:
        return found
    found = _likeliest(gazetteer, _i_as_y(keys))
    if found:
        return found
    for key in keys:
        postings = gazetteer.loose_lookup(key)
        if postings:
            return key, postings, False
    return None


def _i_as_y(keys: list[str]) -> list[str]:
    """The names with и for the last і, tried when no other reading is a name ("Шалигінська":
    Шалигине; but "Хотінська" is Хотінь's, not the bigger Khotyn's).

    >>> _i_as_y(["шалигіне", "шалигінка", "київ"])
    ['шалигине', 'шалигинка']
    """
    out = []
    for key in keys:
        at = key.rfind("і")
        if at > 0 and at >= len(key) - 4:
            out.append(key[:at] + "и" + key[at + 1:])
    return list(dict.fromkeys(out))


def adjective_towns(gazetteer: Gazetteer, word: str) -> list[tuple[str, frozenset[int]]]:
    """Every name ``word`` may be the adjective of that the gazetteer lists, with the
    geonameids of the places so named, likeliest town first: "Покровська" is Pokrovsk's,
    Pokrov's and the villages Pokrovske's (a raion named beside the hromada tells which)."""
    keys = _adjective_keys(word) or []
    keys += [key for stem in _stems(word) for key in _compound_keys(stem, _endings(word))
             if key not in keys]              # "Білоцерківський": Біла Церква's too
    hits = [(key, gazetteer.lookup(key)[0]) for key in keys]
    hits = [(key, postings) for key, postings in hits if postings]
    hits.sort(key=lambda hit: _best_town(gazetteer, hit[1]), reverse=True)
    ids = gazetteer.data.geonameid
    return [(key, frozenset(int(ids[c // 4]) for c in postings)) for key, postings in hits]


def _stems(word: str) -> list[str]:
    """The stems of an adjective's town (empty when ``word`` is no town adjective)."""
    low = word.lower()
    if low.isascii() and low.endswith("ska"):
        low = low[:-1] + "yi"             # "Vasylkivska (hromada)" as "Vasylkivskyi"
    match = ADJECTIVE.search(low)
    if match is None:
        return []
    stems = [low[:match.start()]]
    if match.group(0)[:1] in ("t", "т", "ц", "з"):  # Bakhmut's, Марганець's (-цький),
        stems.insert(0, low[:match.start() + 1])      # Запоріжжя's (-зький)
    if not stems[0].isascii():
        stems += [alternated for stem in stems for alternated in _alternations(stem)]
        stems += [stem[:-2] for stem in stems[:1] if stem[-2:] in (*_POSSESSIVE, "ин", "ан")]
        # a plural name takes the possessive -ів (Дергачівська: Дергачі), a name in -ка
        # often -ин (Шосткинський: Шостка), a name in -а sometimes -ан (Бучанський: Буча)
    return stems


def _endings(word: str) -> tuple[str, ...]:
    return _LATIN_ENDINGS if word.isascii() else _CYRILLIC_ENDINGS


def _adjective_keys(word: str) -> list[str] | None:
    """The names an adjective's stems complete to (None: no town adjective)."""
    stems = _stems(word)
    if not stems:
        return None
    endings = _endings(word)
    return list(dict.fromkeys(key for key in (fast_key(stem + ending) for stem in stems
                                              for ending in endings) if key))


def _likeliest(gazetteer: Gazetteer, keys: list[str]
               ) -> tuple[str, tuple[int, ...], bool] | None:
    """The key naming the likeliest town (:func:`_best_town`), the first when alike."""
    exact = [(key, *gazetteer.lookup(key)) for key in keys]
    exact = [(key, postings, inflected) for key, postings, inflected in exact if postings]
    return max(exact, key=lambda hit: _best_town(gazetteer, hit[1])) if exact else None


#: a hyphened adjective's first part made from a town in -ка ("Кам'янсько-"), and the case
#: ending of its second part ("-Дніпровському")
_FIRST_OF_HYPHENED = re.compile(r"^([\w'’ʼ]{3,}?)(?:сько|цько|ско|цко|sko|tsko)$")
_SECOND_ENDING = re.compile(r"(?:ий|ій|ого|ому|им|ім|ою|ої|а|у|е|і|ый|ой|ом|ая|ую|ое|ые|их|ым|"
                            r"yi|iy|y|a|e|oho|omu)$")


def _hyphened_keys(word: str) -> list[str]:
    """The names a hyphened adjective whose first part is itself an adjective may be made
    from: "Кам'янсько-Дніпровський" (raion, hromada) is Кам'янка-Дніпровська's,
    "Каменско-Днепровский" Каменка-Днепровская's."""
    first, _, second = word.lower().partition("-")
    match = _FIRST_OF_HYPHENED.match(first)
    if match is None or not second:
        return []
    stem, rest = match.group(1), _SECOND_ENDING.sub("", second)
    firsts = [stem + ending for ending in ("ка", "ки", "ske", "ka")]
    seconds = [rest + ending for ending in ("а", "ий", "е", "ая", "ое", "ый", "a", "yi", "e")]
    return list(dict.fromkeys(key for key in (fast_key(f"{a} {b}") for a in firsts
                                              for b in seconds) if key))


def _compound_keys(stem: str, endings: tuple[str, ...]) -> list[str]:
    """The two-word names a compound adjective's stem may be made from: "Krasnolymanskyi"
    is Krasnyi Lyman's, "Новокаховський" Нова Каховка's (the first word's ending is
    replaced by the linking o), "Velikonovoselkovsky" Velikaya Novoselka's (a
    possessive -ov/-iv before the ending: Великоновосілківська, Велика Новосілка). A Latin
    spelling may link with y ("Velykypysarivska": Velyka Pysarivka)."""
    latin = stem.isascii()
    links, first_endings = (("o", "y"), _LATIN_FIRST_WORD) if latin \
        else (("о",), _CYRILLIC_FIRST_WORD)       # "Velykypysarivska": a y for the o
    keys = []
    for at in range(3, len(stem) - 3):
        if stem[at] not in links:
            continue
        first, second = stem[:at], stem[at + 1:]
        seconds = [second, *([second[:-2]] if second[-2:] in _POSSESSIVE else [])]
        keys += [fast_key(f"{first}{a} {s}{b}") for a in first_endings for s in seconds
                 for b in endings]
    return [key for key in keys if key]


def _alternations(stem: str) -> list[str]:
    """A Ukrainian adjective's stem as its town's name has it: without the soft sign
    ("Ізмаїльський": Ізмаїл), with о or е for the closed-syllable і ("Гуляйпільський":
    Гуляйполе), with жж or г for з ("Запорізький": Запоріжжя, "Печенізький": Печеніги),
    with the soft consonant doubled ("Білопільський": Білопілля), with the х a -ська drops
    ("Комишуваська": Комишуваха).

    Examples
    --------
    >>> _alternations("гуляйпіль")
    ['гуляйпіл', 'гуляйпілл', 'гуляйполь', 'гуляйпол', 'гуляйпель', 'гуляйпел']
    >>> _alternations("запоріз")[-2:]
    ['запоріжж', 'запоріг']
    """
    out = [stem[:-1]] if stem.endswith("ь") else []      # "Ізмаїльський": Ізмаїл
    if len(stem) > 2 and stem.endswith("ь") and stem[-2] in "лнтдсзц":
        out.append(stem[:-1] + stem[-2])                  # "Білопільський": Білопілля
    at = stem.rfind("і")
    if at > 0 and at >= len(stem) - 3:          # in the stem's last syllable
        for vowel in ("о", "е"):
            changed = stem[:at] + vowel + stem[at + 1:]
            out += [changed, changed[:-1]] if changed.endswith("ь") else [changed]
    if stem.endswith("з"):
        out.append(stem[:-1] + "жж")
        out.append(stem[:-1] + "г")             # "Печенізький": Печеніги, "Острозький": Острог
    if len(stem) > 4 and stem.endswith("а"):
        out.append(stem + "х")                  # "Комишуваська": Комишуваха (х before -ськ)
    if len(stem) > 5 and stem.endswith(("ян", "ан")):
        out.append(stem[:-2])                   # "Ворожбянська": Ворожба
    if len(stem) > 3 and stem.endswith("ц"):
        out.append(stem[:-1] + "к")             # "Прилуцький": Прилуки
    if len(stem) > 4 and stem[-2] in "еоєё" and stem[-1] in "нлрвк":
        out.append(stem[:-2] + stem[-1])        # a fleeting vowel: "Лубенський": Лубни,
        # "Роменський": Ромни
    if len(stem) > 5 and stem.endswith("ків"):
        out.append(stem[:-2] + "в")             # "Білоцерківський": (Біла) Церква
    return out


def _best_town(gazetteer: Gazetteer, postings: tuple[int, ...]) -> float:
    """How likely the best place of ``postings`` is meant, by its size and by whether
    the name is its official one: "Kostiantynivskyi" is Kostiantynivka's (67,000
    people), not Starokostiantyniv's (once "Kostiantyniv") nor a village's."""
    d = gazetteer.data
    return max(float(size_score(float(d.population[c // 4]))) + NAME_WEIGHT[c % 4]
               + (HOME_BONUS if d.country_code[c // 4] == HOME else 0.0) for c in postings)
