"""Place mentions: gazetteer names found in text by an n-gram scan.

Every capitalised word starts a scan of up to ``gazetteer.max_name_words``
words joined by spaces or hyphens; the longest n-gram that is a gazetteer name
wins ("Kupiansk-Vuzlovyi" over "Kupiansk", "Kryvyi Rih" over "Kryvyi").
Ukrainian and Russian case forms ("Харкові", "Києва") are names through
:meth:`Gazetteer.is_name`. Short all-capital tokens (AFP, RIA, ЗСУ) are
acronyms, not places.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from geo.extract.area_words import area_word_mentions
from geo.extract.facility_adjectives import facility_adjective_mentions
from geo.extract.morphology import (dictionary_forms, hyphened_nominatives, is_attribute,
                                    is_first_name, is_function_word, is_person_name,
                                    name_plurals)
from geo.extract.name_words import FIRST_NAMES, NOT_PLACES
from geo.extract.region_phrases import region_phrases
from geo.extract.regional_centres import centre_mentions
from geo.extract.sentences import BULLET_MARKS, Sentence
from geo.gazetteer.build import SETTLEMENT
from geo.gazetteer.names import fast_key
from geo.geocoding.adjectives import adjective_town
from geo.geocoding.plants import is_initialism, is_plant_adjective, plant_words
from geo.geocoding.words import COMPASS_BEARINGS

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ](?![sS]\b)[^\W\d_]+)*")   # "Kharkiv's" -> "Kharkiv"
_JOINERS = frozenset({" ", "-", "‐", "‑", "–"})
#: lower-case words that continue a name after a space ("Kharkiv region", "Херсонській області")
_CONNECTOR = re.compile(
    r"(?:region|oblast|province|krai|raion|rayon|district|city|област\w*|облас\w*|регіон\w*|"
    r"регион\w*|кра[йюя]|краї|район\w*|республік\w*|республик\w*|міст\w*|город\w*)$",
    re.IGNORECASE)
_DIRECTION_WORDS = ("напрям", "направлен", "район", "р-н", "округ", "громад", "старост", "ділянц",
                    "участк", "communit", "hromad", "district", "raion", "rayon")

class NameIndex(Protocol):
    """What mention finding needs from a gazetteer."""

    max_name_words: int

    def is_name(self, key: str) -> bool: ...  # pragma: no cover


@dataclass(frozen=True)
class Found:
    """A place name found in a sentence, with its normalised key."""

    text: str
    key: str
    start: int          # offsets in the document
    end: int
    sentence: Sentence
    query: str = ""     # what to resolve, when not the text itself ("Покровськ")
    plant: bool = False     # a power plant ("Burshtyn TPP", "ZNPP"): reported when unplaced
    centre: bool = False    # "the regional capital": placed with the report's region
    area_word: bool = False     # "Нікопольщину": the raion of the town in ``query``

    @property
    def lookup(self) -> str:
        """The name to resolve."""
        return self.query or self.text


#: the noun of "Херсонської області", "Курского района", "Oblast": a region's or district's
_AREA_NOUN = re.compile(r"(?:област|району|района|районі|районе|громад|округ|oblast$|region$|"
                        r"district$)", re.IGNORECASE)


#: a person's age told after a first name: "Viktor, 54,", "Ihor, a 67-year-old", "Олег, 45 років"
_AGE_AFTER_NAME = re.compile(r",\s+(?:an?\s+)?\d{1,3}(?:\s*,|-year-old|-річн|-летн|\s+(?:рок|лет))")


class MentionFinder:
    """Scan sentences for gazetteer names (one finder per gazetteer; caches lookups).

    Parameters
    ----------
    gazetteer : object with ``is_name(key)`` and ``max_name_words``
    """

    def __init__(self, gazetteer: NameIndex) -> None:
        self.gazetteer = gazetteer
        self.max_words = max(1, int(getattr(gazetteer, "max_name_words", 4)))
        self._known: dict[str, bool] = {}
        self._keys: dict[str, str] = {}
        self._nouns: dict[str, str | None] = {}

    def _is_name(self, key: str) -> bool:
        known = self._known.get(key)
        if known is None:
            known = key not in NOT_PLACES and not is_function_word(key) \
                and bool(self.gazetteer.is_name(key))
            if len(self._known) > 200_000:
                self._known.clear()
            self._known[key] = known
        return known

    def _loosely_spelt_name(self, key: str) -> bool:
        """A Cyrillic name of several words the gazetteer holds spelt a little otherwise
        (GeoNames' "Вовчанські Хуторі" for Вовчанські Хутори): one settlement's."""
        loose = getattr(self.gazetteer, "loose_lookup", None)
        if loose is None or not _UKRAINIAN_LETTERS & set(key):
            return False                # (a Russian "Ясные Зори" is no Ukrainian Yasna Zoria)
        data = self.gazetteer.data
        rows = {code // 4 for code in loose(key)}
        return len(rows) == 1 and data.feature[next(iter(rows))] == SETTLEMENT \
            and data.country_code[next(iter(rows))] == "UA"

    def _is_variant_spelling(self, word: str) -> bool:
        """A Latin word that is no gazetteer name, but another spelling of a settlement's
        (:meth:`geo.gazetteer.Gazetteer.variant_lookup`: "Graivoron" for GeoNames'
        Grayvoron, "Gorlovka" for Horlivka), which the resolver then finds."""
        lookup = getattr(self.gazetteer, "variant_lookup", None)
        if lookup is None or len(word) < 5 or not word.isascii() or not word.isalpha():
            return False
        key = self._key(word)
        if key in NOT_PLACES or is_function_word(key):
            return False
        data = self.gazetteer.data
        return any(data.feature[code // 4] == SETTLEMENT for code in lookup(key))

    def _key(self, word: str) -> str:
        key = self._keys.get(word)
        if key is None:
            key = fast_key(word)
            if len(self._keys) > 200_000:
                self._keys.clear()
            self._keys[word] = key
        return key

    def find(self, sentence: Sentence) -> list[Found]:
        """Every place name in one sentence, longest match first, in text order.

        A Ukrainian or Russian adjective before "direction" or "district"
        ("на Покровському напрямку", "в Торецком районе") stands for its town.
        """
        found = _with_stated_sides(self._names(sentence), sentence)
        directions = (self._direction_adjectives(sentence)
                      + region_phrases(sentence, self.is_known, self._key, Found)
                      + centre_mentions(sentence, Found)
                      + area_word_mentions(sentence, self.is_known, self._noun_of, self._key,
                                           Found)
                      + facility_adjective_mentions(sentence, self._noun_of, self._key, Found))
        if not directions:
            return found
        kept = [f for f in found
                if not any(d.start < f.end and f.start < d.end for d in directions)]
        return sorted([*kept, *directions], key=lambda f: f.start)

    def _direction_adjectives(self, sentence: Sentence) -> list[Found]:
        out: list[Found] = []
        text = sentence.text
        item = _HROMADA_ITEM.match(text)       # "• Білопільська": a list of hromadas
        if not item and not any(word in text for word in _DIRECTION_WORDS):
            return out
        spans = [item.span(1)] if item else []
        for match in _DIRECTION_ADJECTIVE.finditer(text):
            if match.group(3) and match.group(2).lower().startswith(("район", "р-н", "округ")) \
                    and _CITY_NAMED_AFTER.match(text, match.end(2)):
                continue            # "Київському районі Харкова": a district of another city
            spans.append(match.span(1))
        for match in (*_COORDINATED_HROMADAS.finditer(text), *_HROMADAS_LISTED.finditer(text)):
            spans += [(match.start(1) + m.start(), match.start(1) + m.end())
                      for m in _ADJECTIVE_IN_LIST.finditer(match.group(1))]
        spans += [match.span(1) for match in _LATIN_HROMADA.finditer(text)]
        for start, end in sorted(set(spans)):
            noun = self._noun_of(text[start:end])
            if noun is not None and noun.isascii():
                noun = noun[:1].upper() + noun[1:]    # "Synelnykiv": the resolver reads it
            if noun is not None:
                out.append(Found(text[start:end], self._key(noun), sentence.start + start,
                                 sentence.start + end, sentence, noun))
        return out

    def _noun_of(self, adjective: str) -> str | None:
        """The town ``adjective`` is made from: the geocoder's reading when the gazetteer
        can look names up (the likeliest town, "Гуляйпільському": Гуляйполе), else the
        first completion that is a name (each adjective worked out once)."""
        if adjective in self._nouns:
            return self._nouns[adjective]
        if len(self._nouns) > 50_000:
            self._nouns.clear()
        noun = self._nouns[adjective] = self._find_noun_of(adjective)
        return noun

    def _find_noun_of(self, adjective: str) -> str | None:
        stem = _ADJECTIVE_ENDING.sub("", adjective)
        if stem == adjective and not adjective.isascii():
            return None
        if hasattr(self.gazetteer, "lookup"):
            found = adjective_town(self.gazetteer, adjective)
            if not found or self._is_name(found[0]):
                return found[0] if found else None
            # a loose match ("білгород дністровськ"): the one place's own name, which the
            # resolver finds (the key alone is read as free text: Bilhorod, i.e. Belgorod)
            names = {self.gazetteer.data.name[c // 4] for c in found[1]}
            return names.pop() if len(names) == 1 else found[0]
        tries = [stem]
        for suffix, replacement in (("івськ", "івка"), ("овськ", "овка"), ("овск", "овка"),
                                    ("евск", "евка"), ("ївськ", "ївка")):
            if stem.endswith(suffix):
                tries.append(stem[:-len(suffix)] + replacement)
        tries.append(re.sub(r"(?:ськ|цьк|зьк|ск|цк)$", "", stem))
        for noun in tries:
            if noun and self._is_name(self._key(noun)):
                return noun
        return None

    def _names(self, sentence: Sentence) -> list[Found]:
        text = sentence.text
        words = [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(text)]
        if _mostly_capitals(words):    # a shouted headline: capitals tell no names apart
            return []
        found: list[Found] = []
        i = 0
        while i < len(words):
            word = words[i][0]
            if not _may_start_name(word):
                i += 1
                continue
            if self._first_name_at(text, words, i):
                i += 2                 # a first name and its surname
                continue
            span = self._longest_at(text, words, i)
            if span is None or span[0] == i:       # "Купянску-Узловому": both parts inflected
                compound = self._hyphened_at(text, words, i, sentence)
                if compound is not None:
                    found.append(compound)
                    i += 2
                    continue
            if span is not None and span[0] == i and _opens_sentence(words, i):
                i += 1                 # "Нові удари по Харкову": no village Nove
                continue
            plant = 0 if span is not None else _plant_phrase(words, i)
            if plant:              # "ZNPP", "Бурштинській ТЕС": the resolver decides
                start, end = words[i][1], words[i + plant - 1][2]
                found.append(Found(text[start:end], self._key(text[start:end]),
                                   sentence.start + start, sentence.start + end, sentence,
                                   text[start:end], plant=True))
                i += plant
                continue
            if span is None:
                guess = (self.nominative(word) if len(word) > 2 and not word.isupper()
                         and not _opens_sentence(words, i) else None)
                if guess is not None:     # a case form the gazetteer misses ("у Дніпрі")
                    start, end = words[i][1], words[i][2]
                    found.append(Found(word, self._key(guess), sentence.start + start,
                                       sentence.start + end, sentence, guess))
                elif self._is_variant_spelling(word):     # "Graivoron": Grayvoron
                    start, end = words[i][1], words[i][2]
                    found.append(Found(word, self._key(word), sentence.start + start,
                                       sentence.start + end, sentence))
                i += 1
                continue
            j, key = span
            start, end = words[i][1], words[j][2]
            plant = plant_words([w.lower() for w, _, _ in words[j + 1:j + 4]])
            if plant:                   # "Burshtyn TPP": the plant, or no place at all
                end = words[j + plant][2]
                found.append(Found(text[start:end], key, sentence.start + start,
                                   sentence.start + end, sentence, text[start:end], plant=True))
                i = j + plant + 1
                continue
            found.append(Found(text[start:end], key, sentence.start + start,
                               sentence.start + end, sentence))
            i = j + 1
        return found

    def _hyphened_at(self, text: str, words: list[tuple[str, int, int]], i: int,
                     sentence: Sentence) -> Found | None:
        """A name of two hyphened words both inflected, which no key holds as written."""
        if i + 1 >= len(words) or text[words[i][2]:words[i + 1][1]] != "-" \
                or not words[i + 1][0][:1].isupper():
            return None
        for guess in hyphened_nominatives(words[i][0], words[i + 1][0]):
            if self._is_name(self._key(guess)):
                start, end = words[i][1], words[i + 1][2]
                return Found(text[start:end], self._key(guess), sentence.start + start,
                             sentence.start + end, sentence, guess)
        return None

    def _first_name_at(self, text: str, words: list[tuple[str, int, int]], i: int) -> bool:
        """A first name followed by a capitalised word (a surname), not by a region's
        adjective and its noun ("Станіслав Херсонської області" is the village)."""
        word = words[i][0]
        if i + 1 >= len(words) or word.lower() not in FIRST_NAMES and not (
                is_first_name(word) and not self._is_name(self._key(word))):
            return False                # a town's name is never taken for a first name
        if _AGE_AFTER_NAME.match(text, words[i][2]):
            return True                 # "Local resident Viktor, 54, was killed"
        nxt = words[i + 1]
        if any(_AREA_NOUN.match(w) for w, _, _ in words[i + 2:i + 4]):
            return False                # ("в Антонівці Херсонської міської громади")
        return text[words[i][2]:nxt[1]] == " " and nxt[0][0].isupper()

    def _longest_at(self, text: str, words: list[tuple[str, int, int]],
                    i: int) -> tuple[int, str] | None:
        keys = [self._key(words[i][0])]
        last = i
        for j in range(i + 1, min(len(words), i + self.max_words)):
            gap = text[words[j - 1][2]:words[j][1]]
            word = words[j][0]
            if gap not in _JOINERS or gap == " " and not (
                    word[0].isupper() or _CONNECTOR.match(word)):
                break                  # names go on with capitals, hyphens or "region"
            keys.append(self._key(word))
            last = j
        for j in range(last, i - 1, -1):
            key = " ".join(keys[:j - i + 1])
            if self._is_name(key) or j > i and keys[0] not in NOT_PLACES \
                    and self._loosely_spelt_name(key):
                return j, key          # (not "Біля Дачного": "near Dachne")
            if j > i and text[words[j - 1][2]:words[j][1]] == "-":
                whole = self._short_adjective_name(key)
                if whole is not None:
                    return j, whole
        return None

    def _short_adjective_name(self, key: str) -> str | None:
        """The name a hyphened name with a clipped adjective stands for: "Novhorod-Siversk"
        for Novhorod-Siverskyi, "Білгород-Дністровськ" for Білгород-Дністровський."""
        if not key.endswith(("sk", "ськ", "ск")):
            return None
        for ending in ("yi", "iy", "y", "ий", "ый"):
            if self._is_name(key + ending):
                return key + ending
        return None

    def is_known(self, name: str) -> bool:
        """True when ``name`` (as written) is a gazetteer name."""
        return self._is_name(self._key(name))

    def nominative(self, word: str) -> str | None:
        """The first nominative guess of an inflected Cyrillic word that is a name, or the
        word itself when the gazetteer lists it only romanised ("Родинское": Rodinskoye)."""
        key = self._key(word)
        if key in NOT_PLACES or is_function_word(word):
            return None                # "Він" ("he") is no romanised "Vin" (Vinnytsia)
        person = is_person_name(word)  # a name's plural may be a town's: "Алешек"
        for guess in name_plurals(word) if person else dictionary_forms(word):
            if self._is_name(self._key(guess)):
                return guess
        if person:
            return None
        romanised = getattr(self.gazetteer, "variant_lookup", None)
        if romanised is not None and not key.isascii() and romanised(key):
            return word
        return None


_UKRAINIAN_LETTERS = frozenset("іїєґ")
_ADJECTIVE_ENDING = re.compile(
    r"(?<=ськ|цьк|зьк)(?:ому|ого|ий|ій|им|ім|их|ою|а|е|у|ої|і)$|"
    r"(?<=ск|цк)(?:ому|ого|ий|ой|ом|им|ая|ое|ую)$")
#: a town's adjective in any case ("Покровському", "Сумську", "Костянтинівська")
_TOWN_ADJECTIVE = (r"[А-ЯІЇЄҐ][\w'’ʼ-]*?(?:ськ|цьк|зьк|ск|цк)"
                   r"(?:ому|ого|ий|ій|им|ім|их|ої|ой|ом|ая|ое|ую|ою|а|у|і)")
_DIRECTION_ADJECTIVE = re.compile(
    rf"\b({_TOWN_ADJECTIVE})"
    r"\s+(напрям\w*|направлени\w*|район\w*|р-н\w*|округ\w*|громад\w*|старостат\w*|"
    r"(?:городск|муниципальн|міськ)\w*\s+округ\w*|"
    r"(?:міськ|сільськ|селищн|городск|сельск|поселков)\w*\s+(?:територіальн\w*\s+)?громад\w*|"
    r"старостинськ\w*\s+округ\w*|ділянц\w*|участк\w*)"
    r"(?=(\s+[А-ЯІЇЄҐ])?)")              # (looked at, not taken: it may open the next one)
#: a city named after "район": a capitalised word that is no acronym ("КАБ") and no region's
#: adjective ("Рыльском районе Курской области")
_CITY_NAMED_AFTER = re.compile(
    r"\s+(?![А-ЯІЇЄҐЁ]{2,}(?:[а-яіїєґё]{1,4})?\b|БпЛА\b)"     # (an acronym: "КАБами")
    r"(?![А-ЯІЇЄҐЁ][\w'’ʼ-]*(?:щин|чин)[иіуаою]\b)"                        # ("Київщини":
    r"[А-ЯІЇЄҐЁ][\w'’ʼ-]*(?![\w'’ʼ-])"                                  # its oblast)
    r"(?!\s+(?i:област|облас|oblast|region|регіон|регион|кра[йюя]|республік|республик|громад|"
    r"район))")
#: "по Білопільській, Краснопільській та Сумській громадах": every adjective is a town's
_COORDINATED_HROMADAS = re.compile(
    rf"\b((?:{_TOWN_ADJECTIVE}\s*,\s*(?:(?:та|і|й|и)\s+)?|{_TOWN_ADJECTIVE}\s+(?:та|і|й|и)\s+)"
    rf"{{1,8}}){_TOWN_ADJECTIVE}\s+(?:громад(?:и|ы|ах|ам|ами)?|райони|районах|районів|районам|"
    r"районами|районы|районов|району|района)\b")
# (the singular "району": "Харківського, Ізюмського та Куп'янського району", loosely written)
_ADJECTIVE_IN_LIST = re.compile(_TOWN_ADJECTIVE)
#: "громади: Миропільська, Хотінська та Юнаківська": the noun before the list
_HROMADAS_LISTED = re.compile(
    rf"\bгромад(?:и|ы|ах)\s*:\s*((?:{_TOWN_ADJECTIVE}\s*(?:,\s*(?:(?:та|і|й|и)\s+)?|"
    rf"\s(?:та|і|й|и)\s+))*{_TOWN_ADJECTIVE})")
#: a bulleted line that is one hromada's adjective: "• Юнаківська", "- Хотінська;"
_HROMADA_ITEM = re.compile(
    rf"^\s*[{BULLET_MARKS}]\s*([А-ЯІЇЄҐ][\w'’ʼ-]*?(?:ськ|цьк|зьк)а)(?:\s+(?:громада|ТГ))?\s*[.;,]?\s*$")
#: a hromada named by its town's adjective in English: "Vasylkivska community",
#: "the Novopavlivska hromada" (its town is the name the adjective is made from)
_LATIN_HROMADA = re.compile(
    r"(?<![-\w])([A-Z][a-z'’]+(?:sk|tsk|zk)(?:a|yi|iy|y))\s+(?:(?:rural|urban|village|settlement|"
    r"city|territorial|municipal)\s+)?(?:community|hromada|communities|hromadas|district|raion|"
    r"rayon|okrug)\b")


#: a compass word ("southwest", "southwestern"), its point captured
COMPASS = rf"({'|'.join(COMPASS_BEARINGS)})(?:ern)?"
#: "southwest of Pokrovsk near Novopavlivka": the second name lies that way from the first
SIDE_BEFORE = re.compile(rf"\b{COMPASS} of\s+$", re.IGNORECASE)
_NEAR_BETWEEN = re.compile(r"^(?:\s+city)?,?\s+(?:near|at|in|around)\s+$", re.IGNORECASE)
#: "Novopavlivka (southwest of Pokrovsk)": the first name lies that way from the second
_SIDE_AFTER = re.compile(rf"^\s*[(,]\s*{COMPASS} of\s+$", re.IGNORECASE)


def _with_stated_sides(found: list[Found], sentence: Sentence) -> list[Found]:
    """Names placed by a compass reference to another name of the sentence are resolved
    with it ("Novopavlivka (southwest of Pokrovsk)"), so the namesake on that side is
    taken (:mod:`geo.geocoding.neighbours`)."""
    text, base = sentence.text, sentence.start
    out = list(found)
    for k in range(len(found) - 1):
        first, second = found[k], found[k + 1]
        between = text[first.end - base:second.start - base]
        side_before = SIDE_BEFORE.search(text[max(0, first.start - base - 20):first.start - base])
        if side_before and _NEAR_BETWEEN.match(between):
            out[k + 1] = replace(second, query=f"{second.lookup} ({side_before.group(1).lower()} "
                                               f"of {first.lookup})")
        side_after = _SIDE_AFTER.match(between)
        if side_after:
            out[k] = replace(first, query=f"{first.lookup} ({side_after.group(1).lower()} "
                                          f"of {second.lookup})")
    return out


def _plant_phrase(words: list[tuple[str, int, int]], i: int) -> int:
    """How many words from ``i`` name a power plant by an initialism ("ZNPP": 1) or by a
    town's adjective and plant words ("Бурштинська ТЕС": 2); 0 for none."""
    word = words[i][0]
    if is_initialism(word):
        return 1
    if not is_plant_adjective(word):
        return 0
    count = plant_words([w.lower() for w, _, _ in words[i + 1:i + 4]])
    return 1 + count if count else 0


def _opens_sentence(words: list[tuple[str, int, int]], i: int) -> bool:
    """An adjective opening its sentence that agrees with the lower-case noun after it
    ("Нові удари по Харкову", "Пряме влучання", "Новые удары"): a common word, no place
    (:func:`geo.extract.morphology.is_attribute`); "Харкову завдано удару" stays."""
    return i == 0 and len(words) > 1 and is_attribute(words[0][0], words[1][0])


def _mostly_capitals(words: list[tuple[str, int, int]]) -> bool:
    long_words = [w for w, _, _ in words if len(w) > 3]
    return len(long_words) >= 4 and sum(w.isupper() for w in long_words) > 0.6 * len(long_words)


def _may_start_name(word: str) -> bool:
    """Capitalised, and not a short acronym (AFP, RIA, ЗСУ, США is kept out too)."""
    if not word[0].isupper():
        return False
    if len(word) <= 3 and word.isupper():
        return False
    return not _ACRONYM_IN_CASE.fullmatch(word)     # "КАБу", "ФАБами": a weapon's acronym


#: an acronym with a case ending: "КАБу", "КАБами", "ФАБів", "БпЛА" is kept out elsewhere
_ACRONYM_IN_CASE = re.compile(r"[А-ЯЁІЇЄҐ]{2,4}[а-яёіїєґ]{1,3}")
