"""Casualty figures and counts in a sentence (English, Ukrainian, Russian).

A *figure* is a number phrase ("two adults and a child", "троє людей", "more
than 60") tied to a keyword (killed, injured, or a counted action such as
assaults) through nothing but filler words ("were", "have been", "ще"). Both
orders are read: "two people were killed" and "killing two", "загинули троє".
A singular person noun with no number stands for one ("загинула жінка",
"a child was killed"). "No casualties" gives 0 killed and 0 injured.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geo.extract.figure_groups import (Group, Token, counted_after, drop_parentheticals,
                                       find_groups, keyword_kind, tokenize)
from geo.extract.figure_persons import is_partitive
from geo.extract.figure_words import (CASUALTY_STARTS, CONJUNCTIONS, COUNTED_WEAPONS, DASHES,
                                      ELISION_PREPOSITIONS, FILLERS, LATER_DEATH, ONE_VICTIM,
                                      SKIP_OPENERS, SPREAD, THERE_IS)
from geo.extract.figure_model import Figure
from geo.extract.figure_tolls import (another_figures, labelled_figures, toll_figures,
                                      zero_figures)
from geo.extract.gate import Gate, sentence_words
from geo.extract.numbers import ARTICLE_ONES, word_value

#: what may stand between a keyword and the people it heads
HEADING_MARKS = frozenset({":", "—", "–", "-"})

_CASUALTY_GATE = Gate([rf"\b{start}" for start in CASUALTY_STARTS])

def _pair_distance(tokens: list[Token], a: int, b: int, heading: bool = False) -> int | None:
    """Number of filler tokens strictly between a and b, or None if a non-filler intervenes.
    With ``heading`` (a keyword before its group) a colon or dash may stand between them:
    "Є поранені: жінка та чоловік", "Загиблі — двоє чоловіків"."""
    between = tokens[a + 1:b]
    if heading and _place_phrase(between):      # "вбили в Донецькій області двох людей"
        return 1
    if not heading and len(between) > 2:        # "One person in Kherson was injured", "A
        told = between                          # resident of Bilopillia hromada was injured"
        while told and told[-1].key in FILLERS:
            told = told[:-1]
        if told is not between and _place_phrase(told):
            return len(between)
    if not heading and _apposition_then_fillers(between):
        return 1                                # "Four crew members, citizens of Egypt, were"
    if between and between[0].key in ("у", "в", "in") \
            and all(t.key in _HOSPITAL_WORDS for t in between[1:] or [tokens[b]]):
        return len(between)                     # "Помер у лікарні чоловік"
    if not heading and [t.key for t in between] == [","] \
            and tokens[b].key.endswith(_PARTICIPLE_ENDS):
        return 1                                # "Двоє людей, поранених 17 жовтня в X"
    for tok in between:
        if tok.key not in FILLERS and not (heading and (tok.key in HEADING_MARKS
                                                        or tok.key in _FAMILY_HEADS)) \
                and not (not heading and tok.key in _AREA_NOUNS):   # ("... of X hromada was")
            return None
    return len(between)


def _apposition_then_fillers(between: list[Token]) -> bool:
    """Whether the tokens between people and their casualty word are an apposition between
    commas, of a few words with no number and no casualty word ("members, citizens of Egypt,
    were"), then fillers only."""
    if len(between) < 3 or between[0].key != ",":
        return False
    close = next((i for i in range(1, min(len(between), 8)) if between[i].key == ","), None)
    if close is None or close == 1:
        return False
    inside = between[1:close]
    return not any(t.key[:1].isdigit() or keyword_kind(t.key) is not None for t in inside) \
        and all(t.key in FILLERS for t in between[close + 1:])


#: after a counted action: it is still going on ("Одна атака триває", "2 clashes are ongoing")
_ONGOING = frozenset({"триває", "тривають", "продовжується", "продовжуються", "продолжается",
                      "продолжаются", "ongoing", "continue", "continues"})
#: how far before "died in hospital" the one wounded who died may be told
_WOUNDED_WHO_DIED_GAP = 80
_HOSPITAL_WORDS = frozenset({"лікарні", "больнице", "госпіталі", "госпитале", "hospital",
                            "реанімації", "реанимации"})
#: a participle told of the people before its comma ("людей, поранених ...")
_PARTICIPLE_ENDS = ("них", "ных")
_AREA_NOUNS = frozenset({"області", "области", "районі", "районе", "громаді", "oblast",
                         "region", "district", "hromada", "community"})


def _place_phrase(between: list[Token]) -> bool:
    """Whether the tokens between a casualty word and its people are where it happened: "в
    Донецькій області", "на Херсонщині", "у Харкові" (a preposition, then one or two
    capitalised words, an area noun after them at most)."""
    if not 2 <= len(between) <= 4 or between[0].key not in ("в", "у", "на", "in", "of"):
        return False
    rest = between[1:]
    if rest[-1].key in _AREA_NOUNS:
        rest = rest[:-1]
    return 1 <= len(rest) <= 2 and all(t.text[:1].isupper() for t in rest)


#: a family told before its members or size: "загинула родина: батько, мати та син",
#: "погибла семья из трех человек"
_FAMILY_HEADS = frozenset({"родина", "родину", "сім'я", "сім’я", "сімʼя", "сім'ю", "сім’ю",
                           "семья", "семью", "family", "з", "із", "из", "of"})


_FATALLY = frozenset({"fatally", "mortally", "смертельно", "смертельне", "смертельные",
                      "смертельні"})


def _casualty_figures(tokens: list[Token], groups: list[Group]) -> list[Figure]:
    figures: list[Figure] = []
    used: set[int] = set()
    for k, tok in enumerate(tokens):
        kind = keyword_kind(tok.key)
        if kind is None:
            continue
        if kind == "injured" and k and tokens[k - 1].key in _FATALLY:
            kind = "killed"            # "was fatally injured", "смертельно поранений"
        best: tuple[int, int, int] | None = None     # (distance, preference, group index)
        for gi, group in enumerate(groups):
            if gi in used or (not group.has_noun and group.value == 1
                              and tokens[group.first].key in ARTICLE_ONES):
                continue
            if group.last < k:
                dist = _pair_distance(tokens, group.last, k)
                pref = 1 if tok.key.endswith("ing") else 0
            elif group.first > k:
                dist = _pair_distance(tokens, k, group.first, heading=group.has_noun)
                pref = 0 if tok.key.endswith("ing") else 1
            else:
                continue
            if dist is None or dist > 5:
                continue
            if best is None or (dist, pref) < best[:2]:
                best = (dist, pref, gi)
        if best is None:
            if tok.key in ONE_VICTIM and k > 0 and tokens[k - 1].key in THERE_IS:
                figures.append(Figure(kind, 1, None, tokens[k - 1].start, tok.end))
            continue                   # "є загиблий": one dead
        group = groups[best[2]]
        used.add(best[2])
        span = sorted([tokens[group.first].start, tokens[group.last].end, tok.start, tok.end])
        moved = kind == "killed" and group.part_of == "injured"     # "one of the wounded died"
        figures.append(Figure(kind, group.value, group.qualifier, span[0], span[-1],
                              later=moved, of_injured=moved))
    return figures


def _count_figures(tokens: list[Token], groups: list[Group]) -> list[Figure]:
    figures: list[Figure] = []
    for group in groups:
        if group.has_noun:
            continue
        k = counted_after(tokens, group.last)
        if k is None:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].key in _ONGOING:
            continue                    # "Одна атака триває": still going on, no count
        weapon = bool(COUNTED_WEAPONS.match(tokens[k].key))
        figures.append(Figure("count_weapon" if weapon else "count", group.value,
                              group.qualifier, tokens[group.first].start, tokens[k].end))
    return figures


def may_have_figures(sentence: str, words: list[str] | None = None) -> bool:
    """False when a sentence has no casualty word at all (a fast pre-check for sentences
    that tell no attack: "Another man was hospitalised."). ``words`` are the sentence's
    :func:`~geo.extract.gate.sentence_words`, when known.

    Examples
    --------
    >>> may_have_figures("Another man was hospitalised."), may_have_figures("It rained.")
    (True, False)
    """
    return _CASUALTY_GATE.open(sentence_words(sentence) if words is None else words)


def find_figures(sentence: str) -> list[Figure]:
    """Every casualty figure and count in a sentence, in text order.

    Counts of weapons ("launched 40 drones") have kind ``count_weapon``; they are
    used only when no action is counted.

    Examples
    --------
    >>> [(f.kind, f.value) for f in find_figures("a child was killed when a bomb hit")]
    [('killed', 1)]
    >>> [(f.kind, f.value, f.qualifier) for f in find_figures("repelled over 50 assaults")]
    [('count', 50, 'more than')]
    """
    tokens = drop_parentheticals(tokenize(sentence))
    groups = find_groups(tokens)
    figures = _casualty_figures(tokens, groups) + _count_figures(tokens, groups)
    figures.extend(_elided(tokens, groups, figures))
    figures = _mark_totals(sentence, tokens, figures)
    told_tolls = toll_figures(sentence)
    figures.extend(f for f in told_tolls + another_figures(sentence) + labelled_figures(sentence)
                   if not any(g.kind == f.kind and g.value == f.value for g in figures))
    figures.extend(zero_figures(sentence))
    figures = _with_each(sentence, tokens, figures)
    if LATER_DEATH.search(sentence):
        figures = [replace(f, later=True) if f.kind == "killed" and f.value else f
                   for f in figures]
    hurt = _HE_WAS_HURT.search(sentence)
    if hurt and not any(f.kind == "injured" for f in figures):   # "Він отримав вибухову
        figures.append(Figure("injured", 1, None, hurt.start(), hurt.end()))   # травму"
    saved = _NOT_SAVED.search(sentence) or _HE_DIED.search(sentence)
    if saved and not any(f.kind == "killed" for f in figures):   # "medics could not save
        figures.append(Figure("killed", 1, None, saved.start(), saved.end(), later=True,
                              of_injured=True))                    # him": one died after all
    figures = [replace(f, later=True, of_injured=True) if _ONE_OF_THEM.search(
        sentence, f.start, f.end) and f.kind == "killed" and any(
        g.kind == "injured" and g.end <= f.start for g in figures) else f for f in figures]
    later = LATER_DEATH.search(sentence)      # ("постраждалих ... шестеро, один з них загинув")
    hurt = [f for f in figures if f.kind == "injured" and f.value and f.end <= later.start()] \
        if later and not any(f.kind == "killed" for f in figures) else []
    if hurt:                           # "A man wounded in the strike on Sunday died in
        figures.append(Figure("killed", hurt[-1].value, None, later.start(), later.end(),
                              later=True, of_injured=True))      # hospital": he is dead
    elif later and any(f.kind == "killed" for f in figures):     # "A man wounded ... died in
        figures = [f for f in figures if not (                    # hospital, bringing the
            f.kind == "injured" and f.value == 1 and f.end <= later.start()   # toll to 3":
            and later.start() - f.end < _WOUNDED_WHO_DIED_GAP)]               # he is dead
    figures = [replace(f, additional=True) if _told_as_more(sentence, f)
               or _more_of_the_same(sentence, f, figures) else f for f in figures]
    since = _SINCE_WHEN.search(sentence) if "since" in sentence or "коли" in sentence \
        or "когда" in sentence else None
    if since:                                  # "the deadliest since April 13, when a strike
        figures = [f for f in figures if f.start < since.start()]   # killed 35": that one's
    tolls = {f.kind for f in told_tolls}
    if tolls:                                  # "the toll has risen to 15 after two more
        figures = [f for f in figures if not (f.additional and f.kind in tolls)]  # died"
    if _FATAL_INJURIES.search(sentence):       # "injuries incompatible with life"
        figures = [replace(f, kind="killed") if f.kind == "injured" else f for f in figures]
    if " не " in sentence or "not " in sentence:   # "Водій не постраждав": nobody counted
        figures = [f for f in figures if not (f.value and _UNHURT.search(sentence, f.start,
                                                                          f.end))]
    return sorted(figures, key=lambda f: (f.start, f.kind))


#: a person told unharmed: "Водій не постраждав", "the driver was not injured"
_UNHURT = re.compile(r"\bне\s+(?:постраждал?\w*|пострадал\w*|поранен\w*|ранен\w*|травмован\w*)|"
                     r"\b(?:was|were)\s+not\s+(?:hurt|injured|harmed|wounded)\b", re.IGNORECASE)


#: the same toll at each place: "ранены по одному человеку", "по одному в Дружківці та
#: Новодонецькому", "one person each in Kherson and Beryslav", "one was injured in each"
_EACH = re.compile(r"\bпо\s+(одному|одній|одной|двоє|двое|двоих|двох|троє|трое)\b"
                   r"(?!\s+(?:из|з|із|зі)\b)|"             # not "по одному из направлений"
                   r"\b(one|two|three)\s+(?:(?:person|people|civilians?)\s+)?each\b|"
                   r"\bin each\b", re.IGNORECASE)


def _with_each(sentence: str, tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """``figures`` with the toll told once for each place ("по одному", "one person each",
    "in each") marked so: the figure those words belong to, or a new one of the kind of
    the casualty word nearest them."""
    each = _EACH.search(sentence) if "по " in sentence or "each" in sentence else None
    if each is None:
        return figures
    told = [f for f in figures if f.kind in ("killed", "injured") and f.value and (
        f.start <= each.start() < f.end or each.group(0).lower() == "in each"
        and f.end <= each.start())]
    if told:
        mine = told[-1]
        return [replace(f, each=True) if f is mine else f for f in figures]
    word = each.group(1) or each.group(2)
    kinds = [(abs(t.start - each.start()), kind) for t in tokens
             if (kind := keyword_kind(t.key)) is not None]
    if word is None or not kinds:
        return figures
    return [*figures, Figure(min(kinds)[1], word_value(word) or 1, None, each.start(),
                             each.end(), each=True)]


#: an earlier strike a superlative is measured against: "the deadliest attack since April 13,
#: when a missile killed 35", "наймасованіша атака з 13 квітня, коли загинули 35"
_SINCE_WHEN = re.compile(r"\bsince\b[^.;]{1,40}?,?\s+when\b|\bз\s+\d{1,2}\s+\w+,?\s+коли\b|"
                         r"\bс\s+\d{1,2}\s+\w+,?\s+когда\b", re.IGNORECASE)
#: the wounded one the medics could not save: one of the injured died
_NOT_SAVED = re.compile(
    r"\bне (?:удалось|смогли|сумели) (?:его |ее |её )?спасти\b|"
    r"\bне (?:вдалося|змогли|вдалось) (?:його |її )?врятувати\b|"
    r"\b(?:его|ее|её) спасти не (?:удалось|смогли|сумели)\b|"      # the other word order
    r"\b(?:його|її) врятувати не (?:вдалося|вдалось|змогли)\b|"
    r"\b(?:could not|couldn't|were unable to|failed to) save (?:him|her)\b", re.IGNORECASE)
#: "Він отримав вибухову травму", "He sustained shrapnel wounds": the one told of is hurt
_HE_WAS_HURT = re.compile(
    r"\b(?:він|вона|он|она|he|she)\s+(?:\w+\s+)?(?:отримав|отримала|дістав|дістала|получил|"
    r"получила|received|sustained|suffered)\s+(?:[\w-]+\s+){0,2}?(?:поранен\w*|травм\w*|"
    r"баротравм\w*|ранени\w*|injur\w*|wounds?)\b", re.IGNORECASE)
#: "one of them" after a toll of the hurt: one of those hurt
_ONE_OF_THEM = re.compile(r"\b(?:з|із|из|of)\s+(?:них|them)\b", re.IGNORECASE)
#: "Згодом він помер", "Later she died": the one hurt, told before, died
_HE_DIED = re.compile(
    r"\b(?:він|вона|он|она|he|she)\s+(?:\w+\s+){0,2}?(?:помер|померла|умер|умерла|скончал\w*|"
    r"died|passed away|succumbed)\b", re.IGNORECASE)
_FATAL_INJURIES = re.compile(r"\bincompatible with life\b|\bнесумісн\w* з життям\b|"
                             r"\bнесовместим\w* с жизнью\b", re.IGNORECASE)
_MORE_WORDS = frozenset({"ще", "ещё", "еще"})
#: "поранено ще двох": the verb first, then "more" before the number
_MORE_INSIDE = re.compile(r"\s(?:ще|ещё|еще)\s+(?!не\b)", re.IGNORECASE)
#: "у Корабельному районі — жінку": a city's district before the part's dash
_DISTRICT_NOUNS = frozenset({"районі", "районе", "окрузі", "округе", "district"})
_MORE_BEFORE = re.compile(r"(?:\b(?:ще|ещё|еще|another)|\bone more|\ba further)\s+"
                          r"(?:(?:про|о|об)\s+)?$", re.IGNORECASE)      # "ще про двох"


#: "wounded three more people": more of the kind (not "more than three")
_MORE_AFTER = re.compile(r"\b(?!more\b)[\w-]+\s+more\b(?!\s+than)", re.IGNORECASE)


def _told_as_more(sentence: str, fig: Figure) -> bool:
    """ "another was wounded", "ще один поранений", "ещё двое ранены": more of the kind."""
    return fig.kind in ("killed", "injured") and (
        sentence[fig.start:fig.start + 8].lower() == "another " or bool(
            _MORE_BEFORE.search(sentence[max(0, fig.start - 12):fig.start])
            or _MORE_INSIDE.search(sentence, fig.start, fig.end)))


def _more_of_the_same(sentence: str, fig: Figure, figures: list[Figure]) -> bool:
    """ "injured another on Monday and wounded three more people overnight": more of a kind
    told before in the same clause (not "killed six more residents" after a semicolon)."""
    return fig.kind in ("killed", "injured") and bool(
        _MORE_AFTER.search(sentence, fig.start, fig.end)) and any(
        f.kind == fig.kind and f.end <= fig.start and ";" not in sentence[f.end:fig.start]
        for f in figures)


def _elided(tokens: list[Token], groups: list[Group], figures: list[Figure]) -> list[Figure]:
    """ "38 attacks near Kurakhove and 21 near Toretsk", "killed three: two in A and one
    in B", "одна людина – в X": a bare number before a place is another figure of the
    kind told before it."""
    out: list[Figure] = []
    for group in groups:
        part = _part_after_place(tokens, group, figures)
        if part is not None:
            out.append(part)
            continue
        if group.last + 1 >= len(tokens) or group.first < 2:
            continue
        prep = group.last + 1
        if tokens[prep].key in DASHES and prep + 1 < len(tokens):
            prep += 1
        if tokens[group.first - 1].key not in _PART_OPENERS \
                or tokens[prep].key not in ELISION_PREPOSITIONS \
                or is_partitive(tokens, group.last - 2):
            continue                   # not "..., один из них в тяжелом состоянии"
        start = tokens[group.first].start
        if any(f.start <= start < f.end for f in figures):
            continue
        before = [f for f in figures if f.end <= start]
        if before:
            kind = max(before, key=lambda f: f.end).kind
            out.append(Figure(kind, group.value, group.qualifier, start, tokens[prep].end,
                              elided=True))     # "21 near": said of what follows
    return out


#: what opens a breakdown's part: "killed three: two in A", ", one in B", "— two in A"
_PART_OPENERS = CONJUNCTIONS | {":"} | DASHES


def _part_after_place(tokens: list[Token], group: Group, figures: list[Figure]) -> Figure | None:
    """ "постраждали 5 людей: у Харкові – 3, у Куп'янську – 1", "поранено трьох людей: у
    Мерефі — чоловіка, у Бабаях — двох жінок": a number or a person group after a
    capitalised word and a dash, ending its part of the list, is another figure of the kind
    told before it, said of the place before the dash."""
    first, last = group.first, group.last
    if last + 1 < len(tokens) and tokens[last + 1].key not in (",", ";", "."):
        return None
    start = tokens[first].start
    before = [f for f in figures if f.end <= start and f.kind in ("killed", "injured")]
    if not before:
        return None
    if _no_dash_part(tokens, first, before):            # "6 человек: в Белгороде двое, ..."
        return Figure(max(before, key=lambda f: f.end).kind, group.value, group.qualifier,
                      tokens[first].start, tokens[last].end, elided=True, place_before=True)
    more = int(first >= 3 and tokens[first - 1].key in _MORE_WORDS)      # "у X — ще двох"
    noun = int(first >= 3 + more and tokens[first - 2 - more].key in _DISTRICT_NOUNS)
    if first < 2 + more or tokens[first - 1 - more].key not in DASHES \
            or not tokens[first - 2 - more - noun].text[:1].isupper():
        return None
    kind = max(before, key=lambda f: f.end).kind
    return Figure(kind, group.value, group.qualifier, tokens[first - 1 - more].start,
                  tokens[last].end, elided=True, place_before=True)


_PLACE_PREPOSITIONS = frozenset({"в", "у", "во", "in"})


def _no_dash_part(tokens: list[Token], first: int, before: list[Figure]) -> bool:
    """A part told right after its place, with no dash, in a list opened by a colon after
    its total: "ранены 6 человек: в Белгороде двое, в Шебекине трое"."""
    if first < 3 or tokens[first - 2].key not in _PLACE_PREPOSITIONS \
            or not tokens[first - 1].text[:1].isupper():
        return False
    total = max(before, key=lambda f: f.end)
    colon = next((t for t in tokens if total.end <= t.start < tokens[first].start
                  and t.key == ":"), None)
    return colon is not None and not any(
        t.key in (".", ";") for t in tokens if total.end <= t.start < tokens[first].start)


def _mark_totals(sentence: str, tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """Mark the figures that are sums broken down after a colon, or spread over places."""
    out = []
    for fig in figures:
        if fig.kind in ("killed", "injured") and not fig.elided and (
                SPREAD.match(sentence[fig.end:]) or _broken_down(tokens, fig, figures)):
            fig = replace(fig, total=True)
        out.append(fig)
    return out


def _broken_down(tokens: list[Token], fig: Figure, figures: list[Figure]) -> bool:
    """A colon after the figure (before any other figure or clause end) opens its parts."""
    colon = next((i for i, t in enumerate(tokens) if t.start >= fig.end
                  and t.key in (":", ",", ";", ".")), None)
    if colon is None or tokens[colon].key != ":" and not (      # ", зокрема у X — 2, ..."
            tokens[colon].key == "," and colon + 1 < len(tokens)
            and tokens[colon + 1].key in SKIP_OPENERS):
        return False
    return any(f.elided and f.kind == fig.kind and f.start > tokens[colon].start
               for f in figures)
