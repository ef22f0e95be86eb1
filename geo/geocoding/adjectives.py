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
_CYRILLIC_ENDINGS = ("ськ", "ск", "", "ське", "ское", "а", "е", "ка", "и", "ы", "ь", "ьк", "я")


def adjective_town(gazetteer: Gazetteer, word: str) -> tuple[str, tuple[int, ...], bool] | None:
    """``(key, postings, inflected)`` of the town ``word`` is the adjective of, or None.

    A name the stem completes to exactly wins over a loose spelling match, and among
    those the one naming the likeliest town (:func:`_best_town`); a
    final "t" before "-sky" stays on the stem first ("Bakhmutsky": Bakhmut), and so
    does "ц" ("Марганецький": Марганець).
    """
    low = word.lower()
    match = ADJECTIVE.search(low)
    if match is None:
        return None
    stems = [low[:match.start()]]
    if match.group(0)[:1] in ("t", "т", "ц", "з"):  # Bakhmut's, Марганець's (-цький),
        stems.insert(0, low[:match.start() + 1])      # Запоріжжя's (-зький)
    if stems[0].isascii():
        endings = _LATIN_ENDINGS
    else:
        endings = _CYRILLIC_ENDINGS
        stems += [alternated for stem in stems for alternated in _alternations(stem)]
    keys = list(dict.fromkeys(key for key in (fast_key(stem + ending) for stem in stems
                                              for ending in endings) if key))
    exact = [(key, *gazetteer.lookup(key)) for key in keys]
    exact = [(key, postings, inflected) for key, postings, inflected in exact if postings]
    if exact:            # the completion naming the likeliest town, the first when alike
        return max(exact, key=lambda found: _best_town(gazetteer, found[1]))
    for key in keys:
        postings = gazetteer.loose_lookup(key)
        if postings:
            return key, postings, False
    return None


def _alternations(stem: str) -> list[str]:
    """A Ukrainian adjective's stem as its town's name has it: without the soft sign
    ("Ізмаїльський": Ізмаїл), with о or е for the closed-syllable і ("Гуляйпільський":
    Гуляйполе), with жж for з ("Запорізький": Запоріжжя).

    Examples
    --------
    >>> _alternations("гуляйпіль"), _alternations("запоріз")[-1]
    (['гуляйпіл', 'гуляйполь', 'гуляйпол', 'гуляйпель', 'гуляйпел'], 'запоріжж')
    """
    out = [stem[:-1]] if stem.endswith("ь") else []      # "Ізмаїльський": Ізмаїл
    at = stem.rfind("і")
    if at > 0 and at >= len(stem) - 3:          # in the stem's last syllable
        for vowel in ("о", "е"):
            changed = stem[:at] + vowel + stem[at + 1:]
            out += [changed, changed[:-1]] if changed.endswith("ь") else [changed]
    if stem.endswith("з"):
        out.append(stem[:-1] + "жж")
    return out


def _best_town(gazetteer: Gazetteer, postings: tuple[int, ...]) -> float:
    """How likely the best place of ``postings`` is meant, by its size and by whether
    the name is its official one: "Kostiantynivskyi" is Kostiantynivka's (67,000
    people), not Starokostiantyniv's (once "Kostiantyniv") nor a village's."""
    d = gazetteer.data
    return max(float(size_score(float(d.population[c // 4]))) + NAME_WEIGHT[c % 4]
               + (HOME_BONUS if d.country_code[c // 4] == HOME else 0.0) for c in postings)
