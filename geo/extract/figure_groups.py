"""Number phrases of casualty reports: tokens and the person groups they count.

A *group* is a number phrase: a numeral run ("twenty one", "двадцять три") with
its qualifier ("at least") and the person noun it counts ("two adults and a
child", "троє людей"), or a singular person noun standing for one ("загинула
жінка"), over the ages, years of birth and possessives real reports put between
them ("two women aged 64 and 68", "чоловіка та його дружину"). A day of the month,
an age or a year is never a number phrase. :mod:`geo.extract.figures` ties groups
to their keywords.
"""
from __future__ import annotations

from geo.extract.figure_words import (AGE_BEFORE, CONJUNCTIONS, COUNTED_ACTIONS,
                                      COUNTED_WEAPONS, COUPLES, MONTHS, PERSON_PLURAL,
                                      PERSON_SINGULAR, POSSESSIVES, QUALIFIERS, SKIP_OPENERS,
                                      THINGS, YEAR_AFTER)
from geo.extract.figure_ages import AGE_WORD, age_end, ages
from geo.extract.figure_persons import (AND, LOCAL, is_adjective_like, is_partitive, naming_them,
                                        noun_after, one_told_again, told_apart, whose_before_and)
from geo.extract.figure_tokens import Token, drop_parentheticals, tokenize  # noqa: F401
from geo.extract.group_tails import JOINING, Group, absorb_tail, keyword_kind
from geo.extract.numbers import ARTICLE_ONES, combine, is_compound_part, word_value


def _qualifier_before(tokens: list[Token], i: int) -> tuple[str | None, int]:
    for words, label in QUALIFIERS:
        n = len(words)
        if i - n >= 0 and tuple(t.key for t in tokens[i - n:i]) == words:
            return label, i - n
    return None, i


def _number_run(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The value of the numeral starting at token i and the index of its last token."""
    value = word_value(tokens[i].text)
    if value is None:
        return None
    if tokens[i].text[0].isdigit():
        return value, i                # "2024 three people": digits are a whole number
    if value < 10 and i + 1 < len(tokens) and tokens[i + 1].key == "dozen":
        return value * 12, i + 1       # "two dozen people"
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


def _is_month(tok: Token) -> bool:
    return tok.key in MONTHS and (tok.key != "may" or tok.text == "May")


def _is_date_or_age(tokens: list[Token], i: int, last: int) -> bool:
    """Whether the number at tokens[i..last] is a day of the month, an age or a year
    ("Dec. 15", "23 лютого", "aged 64 and 68", "45 років", "1957 года рождения")."""
    k = i - 1
    if k >= 0 and tokens[k].key == ".":
        k -= 1                         # "Dec. 15"
    while k >= 1 and tokens[k].key in CONJUNCTIONS and word_value(tokens[k - 1].text) is not None:
        k -= 2                         # "aged 64 and 68": walk back to "aged"
    if k >= 0 and (_is_month(tokens[k]) or tokens[k].key in AGE_BEFORE):
        return True
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return nxt is not None and (_is_month(nxt) or nxt.key in YEAR_AFTER)


def counted_after(tokens: list[Token], j: int) -> int | None:
    """Index of a counted action or weapon right after token j ("50 assaults"), else None."""
    for k in range(j + 1, min(len(tokens), j + 4)):
        key = tokens[k].key
        if COUNTED_ACTIONS.match(key) or COUNTED_WEAPONS.match(key):
            return k
        if not is_adjective_like(tokens[k]) and key not in ("of", "by"):
            return None
    return None


def _keyword_follows(tokens: list[Token], j: int) -> bool:
    """A casualty keyword at ``j``, or after "was", "were", "has been" there."""
    while j < len(tokens) and tokens[j].key in ("was", "were", "has", "had", "been"):
        j += 1
    return j < len(tokens) and keyword_kind(tokens[j].key) is not None


def _group_at(tokens: list[Token], i: int) -> Group | None:
    """A number phrase starting at token i ("at least two adults and a child")."""
    tok = tokens[i]
    if i > 0 and tokens[i - 1].key in ("no", "not", "ні", "ни", "жодна", "жоден", "since"):
        return None                    # "the deadliest since 40 were killed": a past strike
    if tok.key == "another" and _keyword_follows(tokens, i + 1):
        return Group(1, None, i, i, False)     # "another was wounded"
    if tok.key in ARTICLE_ONES and i + 3 < len(tokens) and tokens[i + 1].key == "family" \
            and tokens[i + 2].key == "of" and (family := _number_run(tokens, i + 3)):
        group = Group(family[0], None, i, family[1], True, "family")   # "a family of four"
        absorb_tail(tokens, group)
        return group
    if tok.key in ARTICLE_ONES and i + 1 < len(tokens) and tokens[i + 1].key == "dozen":
        run = (12, i + 1)              # "more than a dozen people"
    elif tok.key in ARTICLE_ONES:      # "a", "an" count only before a person noun
        if noun_after(tokens, i) is None:
            return _one_of_age(tokens, i)
        run = (1, i)
    else:
        run = _number_run(tokens, i)
    if run is None or tok.key not in ARTICLE_ONES and _is_date_or_age(tokens, i, run[1]):
        return None
    value, last = run
    qualifier, first = _qualifier_before(tokens, i)
    noun = noun_after(tokens, last)
    has_noun = noun is not None
    if noun is not None:
        last = noun
        if tokens[noun].key in COUPLES:
            value *= 2                 # "an elderly couple": two people
    elif last + 1 < len(tokens) and THINGS.match(tokens[last + 1].key):
        return None                    # "пострадали 11 автомобилей": no people
    group = Group(value, qualifier, first, last, has_noun, tokens[last].key if has_noun else "")
    _extend_conjoined(tokens, group)
    absorb_tail(tokens, group)
    return group


def _one_of_age(tokens: list[Token], i: int) -> Group | None:
    """"A watchman, 58, was hurt", "a security guard, 61,": a noun we do not know (one or
    two words), told with an age between commas, is one person."""
    for words in (1, 2):
        if i + words + 3 >= len(tokens):
            return None
        nouns = tokens[i + 1:i + 1 + words]
        comma, age, close = tokens[i + 1 + words:i + 4 + words]
        if not all(t.text.isalpha() and t.text.islower() for t in nouns):
            return None
        if comma.key == close.key == "," and age.text.isdigit() and 0 < int(age.text) < 110 \
                and not THINGS.match(nouns[-1].key):
            return Group(1, None, i, i + 3 + words, True, nouns[-1].key)
    return None




def _place_of_person(tokens: list[Token], group: Group) -> int | None:
    """The last token of the place one person is of, when the person is told again after it
    ("A resident of Kozatske, a 52-year-old man,", "Мешканець Козацького, 52-річний
    чоловік,"), else None."""
    k = group.last + 1
    if group.value != 1 or k + 2 >= len(tokens):
        return None
    if tokens[k].key == "of":
        k += 1
    if not tokens[k].text[:1].isupper() or tokens[k + 1].key != "," \
            or one_told_again(tokens, k + 2) is None:
        return None
    return k


def _extend_conjoined(tokens: list[Token], group: Group) -> None:
    """Add "and a child", ", two women and three men", "та його дружину", "and women aged
    60 and 62" to a group that ends in a noun (over the age each conjunct may have)."""
    while group.has_noun:
        group.last = age_end(tokens, group.last + 1) or group.last
        group.last = whose_before_and(tokens, group.last + 1) or group.last
        group.last = _place_of_person(tokens, group) or group.last
        if not (group.last + 2 < len(tokens) and tokens[group.last + 1].key in CONJUNCTIONS):
            return
        comma = tokens[group.last + 1].key == ","
        nxt = group.last + 2
        if tokens[nxt].key in SKIP_OPENERS:
            return                     # "троє людей, зокрема дитина": one of the three
        told = naming_them(tokens, nxt) if comma and group.value > 1 else None
        if told is not None and told[0] == group.value:
            group.last = told[1]       # "ранены двое жителей, мужчина и женщина": who the two
            return                     # are, not two more
        if comma and (tokens[nxt].key in LOCAL or AGE_WORD.match(tokens[nxt].key)
                      and nxt + 1 < len(tokens) and tokens[nxt + 1].key in LOCAL):
            # "цивільна жінка, місцева мешканка", "водій, 44-річний місцевий житель": who she
            # is, not another person; a list may go on after it ("чоловік, місцевий
            # мешканець, та жінка")
            end = next((k for k in range(nxt + 1, min(nxt + 5, len(tokens)))
                        if tokens[k].key == ","), None)
            if end is None or end + 2 >= len(tokens) or tokens[end + 1].key not in AND:
                return
            group.last, nxt = end + 1, end + 2    # the list goes on after ", та"
            comma = False
        elif comma and group.value == 1 and one_told_again(tokens, nxt):
            group.last = one_told_again(tokens, nxt) + 1   # "Водій, 38-річний чоловік,
            return                     # поранений": who he is, not another person (to the comma)
        elif comma and tokens[nxt].key in AND and nxt + 1 < len(tokens):
            nxt += 1                   # "a man, a woman, and a child"
        if tokens[nxt].key in POSSESSIVES and nxt + 1 < len(tokens) \
                and (word_value(tokens[nxt + 1].text) is not None
                     or tokens[nxt + 1].key in PERSON_SINGULAR):
            nxt += 1                   # "a woman and her two children", "та їхню матір"
        if tokens[nxt].key == "the" and nxt + 1 < len(tokens) and (
                tokens[nxt + 1].key in PERSON_SINGULAR
                or word_value(tokens[nxt + 1].text) is not None):
            if nxt + 2 < len(tokens) and tokens[nxt + 2].key in _INSTITUTIONS:
                return                 # ", the local administration said": who tells it
            nxt += 1                   # "a paramedic and the driver", "and the two children"
        key = tokens[nxt].key
        if key in ARTICLE_ONES or word_value(tokens[nxt].text) is not None:
            run = (1, nxt) if key in ARTICLE_ONES else _number_run(tokens, nxt)
            if run and is_partitive(tokens, run[1]):
                return                 # "4 человека, один из них ребенок": one of the four
            noun = noun_after(tokens, run[1]) if run else None
            if run is None or noun is None or told_apart(tokens, noun, comma, group.first):
                return
            group.value += run[0]
            group.last = noun
            continue
        noun = noun_after(tokens, nxt - 1)
        if noun is None or told_apart(tokens, noun, comma, group.first):
            return
        if tokens[noun].key in PERSON_PLURAL:
            told = ages(tokens, noun + 1)
            if told is None:
                return
            group.value += told[0]      # "and men aged 41 and 73": one per age
        else:
            group.value += 1
        group.last = noun


#: what "the local" may open that is no person: an office telling the toll
_INSTITUTIONS = frozenset({"administration", "authorities", "authority", "officials", "council",
                           "government", "governor", "police", "media", "emergency", "mayor",
                           "prosecutor", "prosecutors", "outlet", "outlets", "channel"})


def _age_list(tokens: list[Token], i: int) -> Group | None:
    """People told by their ages before a plural noun: "52-річний і 60-річний чоловіки",
    "41-летний и 66-летний мужчины", "41- and 66-year-old men" (two)."""
    count, k, n = 0, i, len(tokens)
    while k < n:
        if AGE_WORD.match(tokens[k].key):
            k += 1
        elif tokens[k].text.isdigit() and k + 1 < n and tokens[k + 1].key == "-":
            k += 2                     # "41-" of "41- and 66-year-old"
        else:
            break
        count += 1
        if k + 1 < n and tokens[k].key in CONJUNCTIONS and tokens[k + 1].key != "-":
            k += 1
        else:
            break
    if count < 2 or k >= n or tokens[k].key not in PERSON_PLURAL \
            or not AGE_WORD.match(tokens[k - 1].key):
        return None
    group = Group(count, None, i, k, True, tokens[k].key)
    absorb_tail(tokens, group)
    return group


#: person nouns that are adjectives before a thing: "гражданский автомобиль", "civilian car"
_ADJECTIVE_PERSONS = frozenset({"гражданский", "гражданская", "цивільний", "цивільна",
                                "civilian", "мирный", "мирная", "мирний", "мирна"})


def _implicit_one(tokens: list[Token], k: int) -> Group | None:
    """A singular person noun with no number before it ("загинула жінка"); not one that
    qualifies a thing ("на гражданский автомобиль погибли двое мужчин")."""
    if tokens[k].key in _ADJECTIVE_PERSONS and k + 1 < len(tokens) \
            and tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower() \
            and tokens[k + 1].key not in JOINING \
            and keyword_kind(tokens[k + 1].key) is None:
        return None
    first = k
    for _ in range(2):
        if first - 1 >= 0 and is_adjective_like(tokens[first - 1]) \
                and not tokens[first - 1].text[0].isupper():
            first -= 1
        else:
            break
    if first - 1 >= 0 and word_value(tokens[first - 1].text) is not None:
        return None
    group = Group(2 if tokens[k].key in COUPLES else 1, None, first, k, True, tokens[k].key)
    _extend_conjoined(tokens, group)    # ("погибла пожилая пара": two)
    absorb_tail(tokens, group)
    return group




#: a casualty verb in the singular: "погиб человек" is one person ("человек" is also the
#: plural after a number: "5 человек")
_SINGULAR_CASUALTY_VERBS = frozenset({"погиб", "ранен", "пострадал", "убит", "травмирован",
                                      "госпитализирован"})


def find_groups(tokens: list[Token]) -> list[Group]:
    """Every number phrase of a sentence's tokens, in order, none overlapping.

    Examples
    --------
    >>> [(g.value, g.has_noun) for g in find_groups(tokenize("two women aged 64 and 68"))]
    [(2, True)]
    """
    groups: list[Group] = []
    i = 0
    while i < len(tokens):
        key = tokens[i].key
        group = _age_list(tokens, i) or _group_at(tokens, i)
        if group is None and key in PERSON_SINGULAR and not tokens[i].text[0].isupper() \
                or group is None and key in PERSON_SINGULAR and i == 0:
            group = _implicit_one(tokens, i)
        elif group is None and key == "человек" and i > 0 \
                and tokens[i - 1].key in _SINGULAR_CASUALTY_VERBS:
            group = Group(1, None, i, i, True, key)     # "погиб человек": one person
            absorb_tail(tokens, group)
        elif group is None and key in PERSON_PLURAL and (told := ages(tokens, i + 1)):
            group = Group(told[0], None, i, told[1], True, key)   # "men aged 45, 59 and 73"
            absorb_tail(tokens, group)
        elif group is None and key in COUPLES and (i == 0 or word_value(tokens[i - 1].text)
                                                  in (None, 1)):
            group = Group(2, None, i, i, True, key)     # "a married couple", "подружжя"
        elif group is None and AGE_WORD.match(key) and noun_after(tokens, i) is None:
            group = Group(1, None, i, i, True, key)     # "загинула 43-річна", "a 72-year-old"
            if i + 1 < len(tokens) and tokens[i + 1].text.isalpha() \
                    and tokens[i + 1].text.islower() and is_adjective_like(tokens[i + 1]):
                group.last = i + 1     # a noun we do not know: "39-річну херсонку"
            absorb_tail(tokens, group)
        if group is not None:
            groups.append(group)
            i = group.last + 1
        else:
            i += 1
    return groups
