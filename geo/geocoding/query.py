"""Reading a free-form location text: which names it holds and what role each plays.

"Kurakhove direction: near the village of Dachne in the Donetsk region" holds
three names: Kurakhove (a *direction*, context only), Dachne (the *place*) and
Donetsk region (a *region* that constrains Dachne). :func:`scan` finds the
names (longest gazetteer match first, case forms included, then a
spelling-insensitive fallback) and tags each with its role from the words
around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from geo.gazetteer import Gazetteer, fast_key
from geo.gazetteer.landmarks import LANDMARK_FEATURE_CODES
from geo.gazetteer.build import REGION, SETTLEMENT
from geo.gazetteer.names import adjective_gender
from geo.geocoding.adjectives import ADJECTIVE, adjective_town
from geo.geocoding.calques import calque_postings
from geo.geocoding.loose import PLACE_WORD
from geo.geocoding.plants import (adjective_plant, is_plant_adjective, plant_initialism,
                                  plant_type, plant_words, plants_named)
from geo.geocoding.tokens import POSSESSIVE, Token, split_compounds, tokenize
from geo.geocoding.words import (ADMIN_AFTER, CENTRE_AFTER, CITY_PART_CASES, CITY_PART_WORDS,
                                 CONTEXT_AFTER, DIRECTION_WORDS, DIRECTIONS, DISTANCES,
                                 DISTRICT_AFTER, IGNORED_AFTER, LANDMARK_AFTER, NAME_MODIFIERS,
                                 STOPWORDS, TOWN_WORDS)

PLACE, CONTEXT, IGNORED = "place", "context", "ignored"


@dataclass(frozen=True)
class NameHit:
    """A gazetteer name found in a text."""

    text: str
    key: str
    start: int            # token index
    end: int              # token index, exclusive
    segment: int          # index of the comma/colon/bracket-separated part
    postings: tuple[int, ...]
    inflected: bool
    role: str = PLACE
    possessive: bool = False
    loose: bool = False
    #: a reference point ("8 km south of X", "northwest of X"): the place is near X
    reference: bool = False
    #: the compass word of a reference ("southwest of X"): the place lies that way from X
    direction: str = ""
    #: called a town or city ("X town", "the city of X", "місто X")
    town: bool = False
    #: names a district after its centre ("Shakhtersky district", "Yasynuvata raion")
    names_district: bool = False
    #: an oblast-centre name standing for its oblast ("Borova, Kharkiv"): not a nearby place
    as_region: bool = False
    #: names the city the name before it is part of ("Kyivskyi district of Kharkiv")
    owns_previous: bool = False
    #: names a power plant after its town ("Burshtyn TPP"): the postings are the plant's,
    #: or the hit is ignored when the gazetteer lacks it
    plant: bool = False


#: a decimal latitude, longitude pair written in the text ("47.3815, 33.7178")
_STATED_POINT = re.compile(r"(?<![\d.])(-?\d{1,2}\.\d{3,})\s*[,;]?\s*(-?\d{1,3}\.\d{3,})(?!\.?\d)")


def stated_points(text: str) -> tuple[tuple[float, float], ...]:
    """The decimal (lat, lon) pairs a text states, such as a source's geolocation:
    "Verbivka, Kharkiv Oblast. 49.48613, 36.84078" (at least three decimals each)."""
    points = []
    for m in _STATED_POINT.finditer(text):
        lat, lon = float(m.group(1)), float(m.group(2))
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            points.append((lat, lon))
    return tuple(points)


_PLURALS = {"regions": "region", "oblasts": "oblast"}


def scan(gazetteer: Gazetteer, text: str) -> list[NameHit]:
    """Every gazetteer name in ``text``, longest match first, tagged with a role.

    When the text has capital letters, a name must start with one (Latin or
    Cyrillic), which keeps common words out; a lowercase text is taken as typed
    by a user and scanned without that rule. Its first word may have a capital
    ("Near donetsk"). Short all-capital words (ROP, ATO) are acronyms, not
    settlement names.
    """
    tokens = split_compounds(gazetteer, tokenize(text))
    cased = any(ch.isupper() for token in tokens[1:] for ch in token.raw)
    hits: list[NameHit] = []
    i, n_max = 0, max(1, gazetteer.max_name_words)
    while i < len(tokens):
        plant = _plant_adjective(gazetteer, tokens, i)          # "Бурштинська ТЕС"
        hit = plant if plant is not None and plant.postings else _longest_at(
            gazetteer, tokens, i, n_max, cased)
        if hit is None or (i + 1 < len(tokens) and tokens[i + 1].low in DIRECTION_WORDS
                           or _neuter_before_raion(gazetteer, hit, tokens)
                           or hit.loose and _before_district(tokens, hit)):
            hit = _district_center(gazetteer, tokens, i, cased) or hit  # "Lymanskyi
            # direction": Lyman's (not Lemeshynske, not the villages Lymanske)
        hit = hit or _plant_abbreviation(gazetteer, tokens[i], i) or plant   # "ZNPP"
        if hit is None:
            i += 1
            continue
        hits.append(_with_role(hit, tokens, gazetteer))
        i = hit.end
    if cased:
        hits = _drop_partial_names(gazetteer, hits, tokens)
    covered = {i for h in hits for i in range(h.start, h.end)}
    joined = _joined_names(gazetteer, hits, tokens)
    hits = [h for h in hits if id(h) not in joined]
    extra = ([] if _no_room_for_typos(gazetteer, hits)
             else _typo_hits(gazetteer, tokens, covered))     # "Ilvoaisk, Donetsk region"
    if not extra and _calques_wanted(gazetteer, hits, text):   # "Granite, Volnovakha district"
        extra = _calque_hits(gazetteer, tokens, covered)
    return sorted(hits + extra, key=lambda h: h.start) if extra else hits


def _drop_partial_names(gazetteer: Gazetteer, hits: list[NameHit],
                        tokens: list[Token]) -> list[NameHit]:
    """"Nyzhnia Vilkhova" must not resolve as "Nyzhnie": a name next to another
    capitalised word that is not itself a name is only part of a longer, unknown name."""
    covered = {i for h in hits for i in range(h.start, h.end)}

    def unknown_capital(i: int, segment: int) -> bool:
        if not 0 <= i < len(tokens) or i in covered:
            return False
        token = tokens[i]
        return (token.segment == segment and token.text[:1].isupper() and len(token.text) > 2
                and token.low not in STOPWORDS and not token.text.isupper())

    def partial(h: NameHit) -> bool:
        if not _settlement_name(gazetteer, h):
            return False
        return (unknown_capital(h.start - 1, h.segment) and not _sentence_start(tokens, h)
                or unknown_capital(h.end, h.segment))

    return [h for h in hits if not partial(h)]


def _joined_names(gazetteer: Gazetteer, hits: list[NameHit], tokens: list[Token]) -> set[int]:
    """The ids of the hits that are two halves of one name the gazetteer lacks: a first
    word of two-word names (:data:`NAME_MODIFIERS`) that is itself a name, and the name
    right after it. "Нова Балка" is no Balka nor the village Nova, "Velyka Komyshuvatka"
    no Velykyi; a name the gazetteer knows would have been one hit."""
    names = [h for h in hits if _settlement_name(gazetteer, h)]
    return {id(h) for first, second in zip(names, names[1:])
            if first.end == second.start and first.segment == second.segment
            and first.end - first.start == 1 and tokens[first.start].low in NAME_MODIFIERS
            for h in (first, second)}


def _settlement_name(gazetteer: Gazetteer, hit: NameHit) -> bool:
    """True for a hit that may be a place and names settlements only."""
    return hit.role != IGNORED and all(gazetteer.data.feature[c // 4] == SETTLEMENT
                                       for c in hit.postings)


def _sentence_start(tokens: list[Token], hit: NameHit) -> bool:
    """The word before the name opens its segment: a capitalised common word ("Near")."""
    return hit.start - 1 == 0 or tokens[hit.start - 2].segment != tokens[hit.start - 1].segment


def _no_room_for_typos(gazetteer: Gazetteer, hits: list[NameHit]) -> bool:
    """True when the hits name a settlement, unless each is also an oblast's name and
    no region is named: "near Ilvoaisk, Donetsk" may mean Donetsk oblast."""
    d = gazetteer.data
    settlements = [h for h in hits if any(d.feature[c // 4] == SETTLEMENT for c in h.postings)]
    if not settlements:
        return False
    if any(d.feature[c // 4] == REGION for h in hits for c in h.postings):
        return True
    return not all(any(d.feature[c // 4] == REGION for c in d.index.get(f"{h.key} oblast"))
                   for h in settlements)


def _typo_hits(gazetteer: Gazetteer, tokens: list[Token],
               covered: set[int]) -> list[NameHit]:
    """Last resort when a text names no settlement: a capitalised word (outside the
    ``covered`` names) one typo away from a Ukrainian name (Luhanks, Svitodarsk).
    Lower-case words are not corrected."""
    for i, token in enumerate(tokens):
        if i in covered or not token.text[:1].isupper() or token.low in STOPWORDS:
            continue
        key = fast_key(token.low)
        postings = gazetteer.near_misses(key)
        if postings:
            return [_with_role(replace(_hit([token], key, i, postings, False), loose=True),
                               tokens, gazetteer)]
    return []


def _calques_wanted(gazetteer: Gazetteer, hits: list[NameHit], text: str) -> bool:
    """True when a text names no settlement but says it names a place: a region or
    district, or a place-type word ("village")."""
    d = gazetteer.data
    if any(d.feature[c // 4] == SETTLEMENT for h in hits if not h.names_district
           for c in h.postings):
        return False
    return bool(hits) or bool(PLACE_WORD.search(text))


def _calque_hits(gazetteer: Gazetteer, tokens: list[Token],
                 covered: set[int]) -> list[NameHit]:
    """Last resort after typos: a capitalised word that machine-translates a name
    ("Granite" for Hranitne, :mod:`geo.geocoding.calques`), as a loose match."""
    for i, token in enumerate(tokens):
        if i in covered or not token.text[:1].isupper():
            continue
        postings = calque_postings(gazetteer, token.text)
        if postings:
            return [_with_role(replace(_hit([token], fast_key(token.text), i, postings, False),
                                       loose=True), tokens, gazetteer)]
    return []


def _startable(token: Token, cased: bool) -> bool:
    if cased and not token.text[:1].isupper():
        return False
    return token.low not in STOPWORDS


def _longest_at(gazetteer: Gazetteer, tokens: list[Token], i: int, n_max: int,
                cased: bool) -> NameHit | None:
    if not _startable(tokens[i], cased):
        return None
    spans = []
    for n in range(min(n_max, len(tokens) - i), 0, -1):
        span = tokens[i:i + n]
        if any(t.segment != span[0].segment for t in span):
            continue
        words = [_PLURALS.get(t.raw_low, t.raw_low) for t in span[:-1]]
        key = fast_key(" ".join([*words, _PLURALS.get(span[-1].low, span[-1].low)]))
        if n == 1 and (len(key) < 3 or key in STOPWORDS):
            break
        spans.append((n, span, key))
        for candidate_key in dict.fromkeys((key, fast_key(" ".join([*words, span[-1].raw_low])))):
            postings, inflected = gazetteer.lookup(candidate_key)
            if postings and not _acronym_settlement(gazetteer, span, postings):
                return _hit(span, candidate_key, i, postings, inflected)
        if span[-1].text[:1].isupper() or not cased:
            postings = gazetteer.variant_lookup(key)        # Nevelskoye: Nevelske
            if postings:
                return _hit(span, key, i, postings, False)
        if n >= 2 and all(t.text[:1].isupper() for t in span):
            postings = gazetteer.loose_lookup(key)     # "Novoselovka Druha": a whole name
            if postings:
                return replace(_hit(span, key, i, postings, False), loose=True)
    for n, span, key in spans:            # no exact name: spelling-insensitive fallback
        if n == 1 and not span[0].text[:1].isupper():
            continue
        postings = gazetteer.loose_lookup(key)
        if postings:
            return replace(_hit(span, key, i, postings, False), loose=True)
    return None


def _hit(span: list[Token], key: str, i: int, postings: tuple[int, ...],
         inflected: bool) -> NameHit:
    text = " ".join([*(t.raw for t in span[:-1]), span[-1].text])
    return NameHit(text, key, i, i + len(span), span[0].segment,
                   postings, inflected, possessive=span[-1].possessive)


def _acronym_settlement(gazetteer: Gazetteer, span: list[Token],
                        postings: tuple[int, ...]) -> bool:
    """ROP, ATO, SBU: short capitals that only match settlements are acronyms."""
    word = span[0].text
    if len(span) != 1 or len(word) > 4 or not word.isupper():
        return False
    return all(gazetteer.data.feature[c // 4] == SETTLEMENT for c in postings)


def _district_center(gazetteer: Gazetteer, tokens: list[Token], i: int,
                     cased: bool) -> NameHit | None:
    """"Shakhtersky district" names the district of Shakhtarsk, "Kupiansky direction" the
    direction of Kupiansk: the town is context."""
    token = tokens[i]
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if after not in CENTRE_AFTER or not _startable(token, cased):
        return None
    found = adjective_town(gazetteer, token.low)
    if found is None:
        return None
    key, postings, inflected = found
    return NameHit(token.text, key, i, i + 1, token.segment, postings, inflected,
                   role=CONTEXT, names_district=after in ADMIN_AFTER, town=True)


def _with_role(hit: NameHit, tokens: list[Token], gazetteer: Gazetteer) -> NameHit:
    if hit.role != PLACE:
        return hit
    following = [t.low for t in tokens[hit.end:hit.end + 2] if t.segment == hit.segment]
    before = [t.low for t in tokens[max(0, hit.start - 3):hit.start] if t.segment == hit.segment]
    landmark = _landmark_called(hit, following[:1] + before[-1:], gazetteer)
    if landmark is not None:                              # "Savur-Mohyla height"
        return landmark
    plant = _plant_called(hit, [t.low for t in tokens[hit.end:hit.end + 2]
                                if t.segment == hit.segment], before[-1:], gazetteer)
    if plant is not None:                                 # "Burshtyn TPP": the plant
        return plant
    if any(w in IGNORED_AFTER for w in following):      # "Viktor Isakov Street"
        return replace(hit, role=IGNORED)
    if before[-2:] in (["border", "with"], ["border", "of"]):  # "7 km from the border with
        return replace(hit, role=IGNORED)                     # Russia": not the place
    if _called_town(following, before):
        hit = replace(hit, town=True)
    if before[-2:-1] and (before[-1] == "of" and before[-2] in CITY_PART_WORDS
                          or before[-1] in CITY_PART_CASES and ADJECTIVE.search(before[-2])):
        return replace(hit, role=CONTEXT, owns_previous=True)   # "district of Kharkiv",
        # "у Дніпровському районі Херсона" (a city in the genitive after its district)
    if following and following[0] in DISTRICT_AFTER:
        return replace(hit, role=CONTEXT, names_district=True)
    if hit.possessive or (following and following[0] in CONTEXT_AFTER):
        return replace(hit, role=CONTEXT)
    if _is_reference(before):
        compass = before[-2] if before[-1:] in (["of"], ["from"]) and len(before) > 1 else ""
        return replace(hit, role=CONTEXT, reference=True,
                       direction=compass if compass in DIRECTIONS else "")
    return hit


def _called_town(following: list[str], before: list[str]) -> bool:
    """"X town", "X city" (not "X City Council"), "town of X", "місто X"."""
    if following and following[0] in TOWN_WORDS:
        return following[1:2] not in (["council"], ["district"], ["raion"])
    if before[-2:-1] and before[-1] == "of" and before[-2] in TOWN_WORDS:
        return True
    return bool(before) and before[-1] in TOWN_WORDS


def _is_reference(before: list[str]) -> bool:
    """"north of X", "30 km from X", "towards X": X is a reference point."""
    if not before:
        return False
    if before[-1] in ("towards", "toward", "beyond"):
        return True
    if before[-1] in ("of", "from") and len(before) >= 2 and (
            before[-2] in DIRECTIONS or before[-2] in DISTANCES):
        return True
    return "from" in before and any(w in DISTANCES for w in before)


def _plant_abbreviation(gazetteer: Gazetteer, token: Token, i: int) -> NameHit | None:
    """A nuclear plant's initialism ("ZNPP", "ЗАЕС") as a hit on the plant, else None."""
    postings = plant_initialism(gazetteer, token.text)
    if not postings:
        return None
    return NameHit(token.text, fast_key(token.text), i, i + 1, token.segment, postings, False,
                   plant=True)


def _before_district(tokens: list[Token], hit: NameHit) -> bool:
    """True when a district word follows the hit ("Maryinsky district": a loose spelling
    match of villages Marivka yields to the adjective of Marinka)."""
    return hit.end < len(tokens) and tokens[hit.end].low in DISTRICT_AFTER


def _neuter_before_raion(gazetteer: Gazetteer, hit: NameHit, tokens: list[Token]) -> bool:
    """"в Покровському районі": a raion is masculine, so villages named by the neuter
    adjective (Покровське) are not meant; the town the raion is named after is."""
    if not _before_district(tokens, hit):
        return False
    names = gazetteer.data.name
    return all(adjective_gender(fast_key(str(names[c // 4]))) == "n" for c in hit.postings)


def _plant_adjective(gazetteer: Gazetteer, tokens: list[Token], i: int) -> NameHit | None:
    """A town's adjective and a plant word ("Бурштинська ТЕС"): the plant, or an ignored
    hit when the gazetteer has none ("Курахівська ТЕС"); None for any other word."""
    token = tokens[i]
    following = [t.low for t in tokens[i + 1:i + 4] if t.segment == token.segment]
    kind = plant_type(following)
    if kind is None or not is_plant_adjective(token.text):
        return None
    end = i + 1 + plant_words(following)
    postings = adjective_plant(gazetteer, token.text, kind)
    return NameHit(token.text, fast_key(" ".join(t.text for t in tokens[i:end])), i, end,
                   token.segment, postings, False, role=PLACE if postings else IGNORED,
                   plant=True)


def _plant_called(hit: NameHit, following: list[str], before: list[str],
                  gazetteer: Gazetteer) -> NameHit | None:
    """The power plant ``hit`` names when the words ``following`` it say it is one
    ("Zaporizhzhia NPP", "Burshtyn thermal power plant"): the gazetteer's plant, or
    an ignored hit when it has none (a plant may lie far from its town). The word
    ``before`` it may start the plant's name ("South Ukraine NPP")."""
    kind = plant_type(following)
    if kind is None:
        return None
    postings = plants_named(gazetteer, hit.postings, hit.key, kind)
    if not postings and before:
        postings = plants_named(gazetteer, (), f"{before[0]} {hit.key}", kind)
    if postings:
        return replace(hit, postings=postings, inflected=False, plant=True)
    return replace(hit, role=IGNORED, plant=True)


def _landmark_called(hit: NameHit, beside: list[str], gazetteer: Gazetteer) -> NameHit | None:
    """The hit cut down to its landmarks when a word ``beside`` it (the next one in its
    segment, the one before) calls it one ("Savur-Mohyla height"), else None."""
    if not any(w in LANDMARK_AFTER for w in beside):
        return None
    codes = gazetteer.data.feature_code
    postings = tuple(c for c in hit.postings if codes[c // 4] in LANDMARK_FEATURE_CODES)
    return replace(hit, postings=postings) if postings else None
