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
from dataclasses import dataclass

from geo.extract.numbers import ARTICLE_ONES, combine, fold_word, is_compound_part, word_value

Kind = str  # "killed" | "injured" | "count"


@dataclass(frozen=True)
class Figure:
    """A number said of killed, injured or counted actions.

    Attributes
    ----------
    kind : str
        ``killed``, ``injured`` or ``count``.
    value : int
    qualifier : str or None
        Normalised English qualifier: "more than", "at least", "about", "up to".
    start, end : int
        Character span of the number phrase and its keyword in the sentence.
    """

    kind: Kind
    value: int
    qualifier: str | None
    start: int
    end: int


@dataclass(frozen=True)
class _Token:
    text: str
    key: str
    start: int
    end: int


_TOKEN_RE = re.compile(r"\d+(?:[.,]\d{3})*(?:[-‐]\w+)*|\w+(?:['’ʼ‐-]\w+)*|[^\w\s]")

_KILLED = re.compile(
    r"^(?:killed|dead|died|dies|kills|killing|deaths?|fatalities|lives|bodies|загин\w*|загибл\w*|"
    r"вбит\w*|вбили|погиб\w*|убит\w*|убили|жертв\w*|смерт\w*)$")
_INJURED = re.compile(
    r"^(?:injured|wounded|hurt|injuring|wounding|injuries|injures|wounds|hospitali[sz]ed|"
    r"поранен\w*|поранил\w*|постражд\w*|госпіталізован\w*|госпитализирован\w*|"
    r"травмован\w*|травм\w*|ранен\w*|ранил\w*|пострада\w*|травмирова\w*)$")
_COUNTED_ACTIONS = re.compile(
    r"^(?:assaults?|attacks?|attempts?|strikes?|airstrikes?|shellings?|clashes|engagements?|"
    r"bombardments?|times|атак\w*|штурм\w*|удар\w*|обстріл\w*|обстрел\w*|боєзіткнен\w*|"
    r"боестолкновен\w*|боїв|боев|разів|раз|рази|раза|авіаудар\w*|авиаудар\w*|зіткнен\w*|"
    r"столкновен\w*)$")
_COUNTED_WEAPONS = re.compile(
    r"^(?:drones?|uavs?|shaheds?|missiles?|rockets?|shells?|bombs?|kabs?|munitions|"
    r"дрон\w*|бпла|безпілотник\w*|беспилотник\w*|шахед\w*|ракет\w*|снаряд\w*|бомб\w*|каб\w*|"
    r"авіабомб\w*|авиабомб\w*|мін|мин|communities|settlements|villages|towns|localities|"
    r"населених|населенных|громад|сіл|сел|селищ|поселков)$")

_PERSON_PLURAL = frozenset("""
people persons civilians residents children kids men women boys girls teenagers teens adults
soldiers servicemen troops rescuers firefighters medics officers workers pensioners others
individuals infants babies journalists volunteers passengers drivers employees locals
inhabitants minors victims elderly policemen paramedics them more
люди людей людини осіб особи цивільних цивільні мешканців мешканці дітей діти чоловіків жінок жінки
чоловіки підлітки підлітків пенсіонерів рятувальників рятувальники військових військові
поліцейських медиків працівників жителів дорослих дорослі мирних громадян
человек человека мирных жителей жители детей дети мужчин женщин мужчины женщины подростков
подростки пенсионеров спасателей военных военнослужащих взрослых взрослые граждан
""".split())
_PERSON_SINGULAR = frozenset("""
person civilian resident child kid man woman boy girl teenager teen adult soldier serviceman
rescuer firefighter medic officer worker pensioner individual infant baby toddler journalist
volunteer passenger driver employee local inhabitant minor policeman paramedic
людина людину особа особу цивільний цивільна мешканець мешканка мешканця дитина дитину
дитини чоловік чоловіка жінка жінку хлопчик хлопчика дівчинка дівчину підліток підлітка
пенсіонер пенсіонерка пенсіонерку рятувальник військовий військового водій водія поліцейський
медик працівник працівниця жителька пасажир пасажира пасажирка пасажирку мешканку
husband wife son daughter mother father brother sister grandson granddaughter grandmother
grandfather дружина дружину син сина донька доньку дочка дочку мати матір батько батька брат
брата сестра сестру муж мужа жена жену сын сына дочь мать отец отца
мужчина мужчину женщина женщину ребенок ребенка мальчик мальчика девочка девочку подросток
подростка пенсионер пенсионерка пенсионерку спасатель военный военнослужащий водитель
житель жительница пассажир пассажирка пассажирку водителя жителя жительницу
""".split())
_FILLERS = frozenset("""
was were is are been be being has have had reportedly also later fatally seriously severely
critically slightly lightly badly reported were confirmed now rose risen climbed increased
reached stands stood to at more others other another additional further total overall
all in total of them including toll the lost their claimed стали
ще також тоже также еще ещё було були був була є есть дістали отримали отримав отримала
получили получил получила зазнали зросла зросло зріс сягнула становить вирос выросло выросла
возросло возросла достигло составляет до вже уже щонайменше ранее раніше
""".split())
_QUALIFIERS: list[tuple[tuple[str, ...], str]] = [
    (("more", "than"), "more than"), (("no", "fewer", "than"), "at least"),
    (("not", "less", "than"), "at least"), (("at", "least"), "at least"), (("over",), "more than"),
    (("up", "to"), "up to"), (("about",), "about"), (("around",), "about"),
    (("nearly",), "about"), (("almost",), "about"), (("approximately",), "about"),
    (("roughly",), "about"), (("some",), "about"), (("some",), "about"),
    (("понад",), "more than"), (("більше",), "more than"), (("більш", "ніж"), "more than"),
    (("більш", "як"), "more than"), (("щонайменше",), "at least"), (("принаймні",), "at least"),
    (("не", "менше"), "at least"), (("не", "менш", "як"), "at least"), (("близько",), "about"),
    (("майже",), "about"), (("приблизно",), "about"), (("более",), "more than"),
    (("больше",), "more than"), (("свыше",), "more than"), (("не", "менее"), "at least"),
    (("по", "меньшей", "мере"), "at least"), (("как", "минимум"), "at least"),
    (("около",), "about"), (("почти",), "about"), (("примерно",), "about"),
]
_CONJUNCTIONS = frozenset({"and", ",", "і", "та", "й", "и"})
_BOUNDARY_WORDS = frozenset("""
in on at near when after as by from while but during into onto with where which who that
в у на під біля коли після внаслідок від під час через по за при около возле после когда
""".split())
_SKIP_OPENERS = frozenset({"including", "among", "зокрема", "серед", "в тому", "в том",
                           "среди", "включая", "з", "із", "of"})

_SKIP_PHRASES = frozenset({("в", "том", "числе"), ("у", "тому", "числі"), ("в", "тому", "числі"),
                           ("among", "them", "a"), ("among", "them", "two")})

_ZERO_BOTH = re.compile(
    r"\bno (?:casualties|victims|one was (?:hurt|harmed|killed or (?:injured|wounded|hurt)))\b|"
    r"\bnobody was (?:hurt|harmed|killed or (?:injured|wounded))\b|\bwithout casualties\b|"
    r"\bno (?:deaths|one killed) or injur\w+|\bno casualties\b|\bcasualties were not reported\b|"
    r"\bбез жертв\b|\bбез постраждалих\b|\bбез пострадавших\b|\bніхто не постраждав\b|"
    r"\bникто не пострадал\b|\bжертв (?:немає|нема|нет)\b|\bпостраждалих (?:немає|нема)\b|"
    r"\bпострадавших нет\b|\bне постраждав ніхто\b|\bне пострадал никто\b|"
    r"\bзагиблих (?:і|та|й) поранених (?:немає|нема)\b|\bпогибших и раненых нет\b|"
    r"\bбез загиблих (?:і|та|й) поранених\b|\bбез погибших и раненых\b|"
    r"\bno (?:one|body) was (?:killed|hurt) or (?:injured|wounded|hurt)\b|\bnobody was hurt\b",
    re.IGNORECASE)
_ZERO_KILLED = re.compile(
    r"\bno (?:one|body) was killed\b|\bnobody was killed\b|\bno deaths\b|\bno fatalities\b|"
    r"\bзагиблих (?:немає|нема)\b|\bпогибших нет\b|\bбез загиблих\b|\bбез погибших\b|"
    r"\bніхто не загинув\b|\bникто не погиб\b", re.IGNORECASE)
_ZERO_INJURED = re.compile(
    r"\bno (?:one|body) was (?:injured|wounded)\b|\bnobody was (?:injured|wounded)\b|"
    r"\bno injuries\b|\bпоранених (?:немає|нема)\b|\bраненых нет\b|\bбез поранених\b|"
    r"\bбез раненых\b|\bніхто не (?:був )?поранений\b|\bникто не (?:был )?ранен\b",
    re.IGNORECASE)


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(0), fold_word(m.group(0)), m.start(), m.end())
            for m in _TOKEN_RE.finditer(text)]


def _drop_parentheticals(tokens: list[_Token]) -> list[_Token]:
    """Remove ", including a child," and "(...)" asides between a number and its verb."""
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.key == "(":
            j = next((k for k in range(i + 1, len(tokens)) if tokens[k].key == ")"), None)
            if j is not None:
                i = j + 1
                continue
        nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
        if tok.key == "," and i + 2 < len(tokens) and tokens[i + 1].text.isdigit() \
                and tokens[i + 2].key == "," and out and out[-1].key in _PERSON_SINGULAR:
            i += 3                     # "a woman, 64, was injured": an age
            continue
        opener = nxt in _SKIP_OPENERS and nxt not in ("з", "із", "of") or \
            tuple(t.key for t in tokens[i + 1:i + 4]) in _SKIP_PHRASES
        if tok.key == "," and opener:
            j = next((k for k in range(i + 2, len(tokens)) if tokens[k].key in (",", ";", ".")),
                     None)
            if j is not None and tokens[j].key == ",":
                i = j + 1
                continue
        out.append(tok)
        i += 1
    return out


@dataclass
class _Group:
    value: int
    qualifier: str | None
    first: int          # token index where the phrase starts (qualifier included)
    last: int           # token index of its last token
    has_noun: bool
    head: str = ""      # the folded noun that ends it, if any


def _qualifier_before(tokens: list[_Token], i: int) -> tuple[str | None, int]:
    for words, label in _QUALIFIERS:
        n = len(words)
        if i - n >= 0 and tuple(t.key for t in tokens[i - n:i]) == words:
            return label, i - n
    return None, i


def _number_run(tokens: list[_Token], i: int) -> tuple[int, int] | None:
    """The value of the numeral starting at token i and the index of its last token."""
    value = word_value(tokens[i].text)
    if value is None:
        return None
    values = [value]
    j = i
    while j + 1 < len(tokens):
        nxt_key = tokens[j + 1].key
        if nxt_key in ("and", "і", "й") and j + 2 < len(tokens):
            after = word_value(tokens[j + 2].text)
            if after is not None and values[-1] >= 100 and after < 100:
                j += 1
                continue
        nxt = word_value(tokens[j + 1].text) if tokens[j + 1].key not in ARTICLE_ONES else None
        if nxt is None or not is_compound_part(values[-1], nxt):
            break
        values.append(nxt)
        j += 1
    return combine(values), j


def _is_adjective_like(tok: _Token) -> bool:
    if tok.key in _BOUNDARY_WORDS or tok.key in _CONJUNCTIONS or tok.key in _FILLERS:
        return False
    if not (tok.text[0].isalpha() or tok.text[0].isdigit()):
        return False
    if tok.text[0].isdigit():
        return "-" in tok.text          # "45-year-old", "72-річна"
    return not (_keyword_kind(tok.key) or word_value(tok.text) is not None)


def _noun_after(tokens: list[_Token], j: int, max_adjectives: int = 2) -> int | None:
    """Index of a person noun right after token j (over up to two adjectives)."""
    for k in range(j + 1, min(len(tokens), j + 2 + max_adjectives)):
        key = tokens[k].key
        if key in _PERSON_PLURAL or key in _PERSON_SINGULAR:
            while k + 1 < len(tokens) and (tokens[k + 1].key in _PERSON_SINGULAR
                                           or tokens[k + 1].key in _PERSON_PLURAL):
                k += 1                 # "an elderly woman", "two civilian residents"
            return k
        if not _is_adjective_like(tokens[k]):
            return None
    return None


def _counted_after(tokens: list[_Token], j: int) -> int | None:
    for k in range(j + 1, min(len(tokens), j + 4)):
        key = tokens[k].key
        if _COUNTED_ACTIONS.match(key) or _COUNTED_WEAPONS.match(key):
            return k
        if not _is_adjective_like(tokens[k]) and key not in ("of", "by"):
            return None
    return None


def _group_at(tokens: list[_Token], i: int) -> _Group | None:
    """A number phrase starting at token i ("at least two adults and a child")."""
    tok = tokens[i]
    if i > 0 and tokens[i - 1].key in ("no", "not", "ні", "ни", "жодна", "жоден"):
        return None
    if tok.key == "another" and i + 1 < len(tokens) and _keyword_kind(tokens[i + 1].key):
        return _Group(1, None, i, i, False)
    run = None if tok.key in ARTICLE_ONES else _number_run(tokens, i)
    if tok.key in ARTICLE_ONES or tok.key in ("one", "один", "одна", "один"):
        noun = _noun_after(tokens, i)
        if noun is None and tok.key in ARTICLE_ONES:
            return None
        run = (1, i) if run is None else run
    if run is None:
        return None
    value, last = run
    qualifier, first = _qualifier_before(tokens, i)
    noun = _noun_after(tokens, last)
    has_noun = noun is not None
    if noun is not None:
        last = noun
    group = _Group(value, qualifier, first, last, has_noun, tokens[last].key if has_noun else "")
    _extend_conjoined(tokens, group)
    return group


def _extend_conjoined(tokens: list[_Token], group: _Group) -> None:
    """Add "and a child", ", two women and three men" to a group that ends in a noun."""
    while group.has_noun and group.last + 2 < len(tokens) \
            and tokens[group.last + 1].key in _CONJUNCTIONS:
        nxt = group.last + 2
        key = tokens[nxt].key
        if key in ARTICLE_ONES or word_value(tokens[nxt].text) is not None:
            run = (1, nxt) if key in ARTICLE_ONES else _number_run(tokens, nxt)
            noun = _noun_after(tokens, run[1]) if run else None
            if run is None or noun is None:
                return
            group.value += run[0]
            group.last = noun
        elif key in _PERSON_SINGULAR:
            group.value += 1
            group.last = nxt
        else:
            return


def _implicit_one(tokens: list[_Token], k: int) -> _Group | None:
    """A singular person noun with no number before it ("загинула жінка")."""
    first = k
    for _ in range(2):
        if first - 1 >= 0 and _is_adjective_like(tokens[first - 1]) \
                and not tokens[first - 1].text[0].isupper():
            first -= 1
        else:
            break
    if first - 1 >= 0 and word_value(tokens[first - 1].text) is not None:
        return None
    group = _Group(1, None, first, k, True, tokens[k].key)
    _extend_conjoined(tokens, group)
    return group


def _keyword_kind(key: str) -> str | None:
    if _KILLED.match(key):
        return "killed"
    if _INJURED.match(key):
        return "injured"
    return None


def _groups(tokens: list[_Token]) -> list[_Group]:
    groups: list[_Group] = []
    i = 0
    while i < len(tokens):
        key = tokens[i].key
        group = _group_at(tokens, i)
        if group is None and key in _PERSON_SINGULAR and not tokens[i].text[0].isupper() \
                or group is None and key in _PERSON_SINGULAR and i == 0:
            group = _implicit_one(tokens, i)
        if group is not None:
            groups.append(group)
            i = group.last + 1
        else:
            i += 1
    return groups


def _pair_distance(tokens: list[_Token], a: int, b: int) -> int | None:
    """Number of filler tokens strictly between a and b, or None if a non-filler intervenes."""
    between = tokens[a + 1:b]
    for tok in between:
        if tok.key not in _FILLERS:
            return None
    return len(between)


def _casualty_figures(tokens: list[_Token], groups: list[_Group]) -> list[Figure]:
    figures: list[Figure] = []
    used: set[int] = set()
    for k, tok in enumerate(tokens):
        kind = _keyword_kind(tok.key)
        if kind is None:
            continue
        best: tuple[int, int, int] | None = None     # (distance, preference, group index)
        for gi, group in enumerate(groups):
            if gi in used or (not group.has_noun and group.value == 1
                              and tokens[group.first].key in ARTICLE_ONES):
                continue
            if group.last < k:
                dist = _pair_distance(tokens, group.last, k)
                pref = 1 if tok.key.endswith("ing") else 0
            elif group.first > k:
                dist = _pair_distance(tokens, k, group.first)
                pref = 0 if tok.key.endswith("ing") else 1
            else:
                continue
            if dist is None or dist > 4:
                continue
            if best is None or (dist, pref) < best[:2]:
                best = (dist, pref, gi)
        if best is None:
            continue
        group = groups[best[2]]
        used.add(best[2])
        span = sorted([tokens[group.first].start, tokens[group.last].end, tok.start, tok.end])
        figures.append(Figure(kind, group.value, group.qualifier, span[0], span[-1]))
    return figures


def _count_figures(tokens: list[_Token], groups: list[_Group]) -> list[Figure]:
    figures: list[Figure] = []
    for group in groups:
        if group.has_noun:
            continue
        k = _counted_after(tokens, group.last)
        if k is None:
            continue
        weapon = bool(_COUNTED_WEAPONS.match(tokens[k].key))
        figures.append(Figure("count_weapon" if weapon else "count", group.value,
                              group.qualifier, tokens[group.first].start, tokens[k].end))
    return figures


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
    tokens = _drop_parentheticals(_tokens(sentence))
    groups = _groups(tokens)
    figures = _casualty_figures(tokens, groups) + _count_figures(tokens, groups)
    figures.extend(_elided(tokens, groups, figures))
    figures.extend(f for f in _toll_figures(sentence)
                   if not any(g.kind == f.kind and g.value == f.value for g in figures))
    figures.extend(_zero_figures(sentence))
    return sorted(figures, key=lambda f: (f.start, f.kind))


_ELISION_PREPOSITIONS = frozenset("""
near in at around on outside by у в біля під поблизу на неподалік возле около под
""".split())


def _elided(tokens: list[_Token], groups: list[_Group], figures: list[Figure]) -> list[Figure]:
    """ "38 attacks near Kurakhove and 21 near Toretsk": the bare 21 is another count."""
    out: list[Figure] = []
    for group in groups:
        if group.has_noun or group.last + 1 >= len(tokens) or group.first < 2:
            continue
        if tokens[group.first - 1].key not in _CONJUNCTIONS \
                or tokens[group.last + 1].key not in _ELISION_PREPOSITIONS:
            continue
        start = tokens[group.first].start
        if any(f.start <= start < f.end for f in figures):
            continue
        before = [f for f in figures if f.end <= start]
        if before:
            kind = max(before, key=lambda f: f.end).kind
            out.append(Figure(kind, group.value, group.qualifier, start,
                              tokens[group.last + 1].end))     # "21 near": said of what follows
    return out


_TOLL = re.compile(
    r"\b(?:death toll|number of (?:the )?(?:dead|killed|fatalities)|кількість загиблих|"
    r"число погибших|количество погибших|кількість жертв|число жертв)\b[^.;]{0,80}?"
    r"\b(?:rose|risen|climbed|reached|increased|jumped|grew|stands at|stood at|is now|is|"
    r"зросла|зросло|сягнула|досягла|становить|выросло|выросла|возросло|возросла|достигло|"
    r"составляет)\s+(?:to\s+|до\s+|at\s+)?(?:(at least|more than|over|понад|щонайменше|более|"
    r"не менее)\s+)?([\w'’-]+)", re.IGNORECASE)


def _toll_figures(sentence: str) -> list[Figure]:
    """ "The death toll from Friday's strike on Poltava has risen to 12" -> 12 killed."""
    out: list[Figure] = []
    for match in _TOLL.finditer(sentence):
        value = word_value(match.group(2))
        if value is not None:
            qualifier = _QUALIFIER_WORDS.get((match.group(1) or "").lower())
            out.append(Figure("killed", value, qualifier, match.start(), match.end()))
    return out


_QUALIFIER_WORDS = {"at least": "at least", "more than": "more than", "over": "more than",
                    "понад": "more than", "щонайменше": "at least", "более": "more than",
                    "не менее": "at least"}


def _zero_figures(sentence: str) -> list[Figure]:
    """0 killed / 0 injured from "no casualties", "загиблих немає"... (once per kind)."""
    out: list[Figure] = []
    for match in _ZERO_BOTH.finditer(sentence):
        out.append(Figure("killed", 0, None, match.start(), match.end()))
        out.append(Figure("injured", 0, None, match.start(), match.end()))
    for match in _ZERO_KILLED.finditer(sentence):
        out.append(Figure("killed", 0, None, match.start(), match.end()))
    for match in _ZERO_INJURED.finditer(sentence):
        out.append(Figure("injured", 0, None, match.start(), match.end()))
    seen: set[str] = set()
    return [f for f in out if not (f.kind in seen or seen.add(f.kind))]
