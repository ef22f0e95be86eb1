"""Which place of a sentence each casualty figure is said of (for :mod:`geo.extract.pipeline`):
the nearest place of the figure's clause, a breakdown's places in turn, a place told right
after its figure.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geo.extract import roles
from geo.extract.figures import Figure
from geo.extract.mentions import Found
from geo.extract.sentence_info import MentionInfo, SentenceInfo


def _gap(found, s0: int, fig: Figure) -> int:
    """Characters between a place mention and a figure of the same sentence."""
    a, b = found.start - s0, found.end - s0
    return 0 if a < fig.end and fig.start < b else min(abs(a - fig.end), abs(fig.start - b))


#: what a comma, semicolon, dash or colon closes: "у Костянтинівці загинула 1 людина і ще 3
#: поранені, у Краматорську поранено 2 людей"
_FIGURE_SEGMENT = re.compile(r"[,;:]|\s[—–-]\s")
#: a figure followed by where it happened: "wounded two in the village of X", "injuring a
#: man in X"
_FIGURE_THEN_PLACE = re.compile(
    r"^\s*(?:in|at|near|outside|у|в|біля|поблизу|под|около)\s+(?:the\s+)?"
    r"(?:(?:nearby|neighbou?ring|small|same)\s+)?"
    r"(?:(?:village|town|city|settlement)\s+of\s+)?$", re.IGNORECASE)


def _said_of(text: str, fig: Figure, places: list[tuple[int, Found]], s0: int) -> int | None:
    """The place a figure is plainly said of, or None: the place its brackets follow
    ("Вовчанськ (загинула 70-річна жінка)"), the one place of its own stretch between
    commas (dashes, colons), else the place right after it ("wounded two in X")."""
    noted = _noted_place(text, fig, places, s0)
    if noted is None:
        noted = _place_of_where(text, fig, places, s0)
    if noted is not None:
        return noted
    cuts = [0, *(m.end() for m in _FIGURE_SEGMENT.finditer(text)), len(text) + 1]
    stretch = next((a, b) for a, b in zip(cuts, cuts[1:]) if a <= fig.start < b)
    inside = [i for i, found in places if stretch[0] <= found.start - s0 < stretch[1]]
    if len(inside) == 1:
        return inside[0]
    after = [i for i, found in places if found.start - s0 >= fig.end
             and _FIGURE_THEN_PLACE.match(text[fig.end:found.start - s0])]
    return after[0] if after else None


#: a relative clause about the place before it: "Lviv, where one person was killed"
_WHERE_AFTER = re.compile(r"\s*,?\s*(?:where|де|где)\b", re.IGNORECASE)


def _place_of_where(text: str, fig: Figure, places: list[tuple[int, Found]],
                    s0: int) -> int | None:
    """The place whose relative clause ("..., where three were injured") tells the figure,
    with no other place between them, or None."""
    for i, found in places:
        where = _WHERE_AFTER.match(text, found.end - s0)
        if where is not None and where.end() <= fig.start and not any(
                found.end <= other.start < fig.start + s0 for _, other in places):
            return i
    return None


def _noted_place(text: str, fig: Figure, places: list[tuple[int, Found]], s0: int) -> int | None:
    """The place right before the brackets a figure is told in ("Kupiansk (two men
    injured), Vovchansk (...)"), or None when the figure is in none."""
    opening = text.rfind("(", 0, fig.start)
    if opening < 0 or ")" in text[opening:fig.start]:
        return None
    return next((i for i, found in places
                 if found.end - s0 <= opening and not text[found.end - s0:opening].strip()),
                None)


#: what may stand between an elided figure and its place: "one in [each of] X"
_ONLY_BRACKETS = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:(?:the\s+)?(?:village|town|city|settlement)\s+of\s+|"
    r"(?:селі|селищі|місті|селе|поселке|посёлке|городе|с\.|м\.)\s*)?$", re.IGNORECASE)
#: what joins the places of a list: "X, Y and Z", "X, Y та Z"
_LIST_JOIN = re.compile(r"^\s*(?:,\s*)?(?:(?:and|та|і|й|и)\s+)?$")


def _each_targets(info: SentenceInfo, fig: Figure, locations: list[MentionInfo],
                  here: list[bool]) -> list[int]:
    """The places a toll told once for each goes to: the list right after it ("по одному в
    Дружківці та Новодонецькому"), else every place of the sentence ("В Энергодаре и
    Каменке-Днепровской ранены по одному человеку")."""
    s0, text = info.sentence.start, info.sentence.text
    after = sorted((i for i, m in enumerate(locations)
                    if here[i] and m.found.start - s0 >= fig.end),
                   key=lambda i: locations[i].found.start)
    listed: list[int] = []
    end = fig.end
    for i in after:
        gap = text[end:locations[i].found.start - s0]
        if not (_LIST_JOIN if listed else _FIGURE_THEN_PLACE).match(gap):
            break
        listed.append(i)
        end = locations[i].found.end - s0
    return listed or [i for i in range(len(locations)) if here[i]]


def _breakdown_targets(info: SentenceInfo, fig: Figure, locations: list[MentionInfo],
                       here: list[bool]) -> list[int]:
    """Where a total or a breakdown's part goes: a total ("killed five: two in A, ...")
    to a region (else a raion) of its sentence, or nowhere; a part ("two in A", "one in
    [each of] B, C and D") to the place right after it and to the places listed with that
    one, or ("у Харкові – 3") to the place right before it."""
    if fig.total:                    # the region's (else the raion's) toll
        return ([i for i, m in enumerate(locations) if here[i] and m.feature == "region"]
                or [i for i, m in enumerate(locations) if here[i] and m.raion])[:1]
    text, s0 = info.sentence.text, info.sentence.start
    if fig.place_before:             # "у Харкові – 3": the place right before its dash
        return [i for i, m in enumerate(locations) if here[i] and m.found.end - s0 <= fig.start
                and not text[m.found.end - s0:fig.start].strip()][:1]
    after = sorted((i for i, m in enumerate(locations)
                    if here[i] and m.found.start - s0 >= fig.end),
                   key=lambda i: locations[i].found.start)
    if not after or not _ONLY_BRACKETS.match(text[fig.end:locations[after[0]].found.start - s0]):
        return []
    targets = after[:1]
    for i in after[1:]:
        gap = text[locations[targets[-1]].found.end - s0:locations[i].found.start - s0]
        if not _LIST_JOIN.match(gap):
            break
        targets.append(i)
    return targets


def _parts_placed(info: SentenceInfo, locations: list[MentionInfo], here: list[bool]) -> bool:
    """Whether any part of the sentence's breakdown goes to a location of its own."""
    return any(_breakdown_targets(info, f, locations, here)
               for f in info.figures if f.elided and not f.total)


def told_of_region(info: SentenceInfo, region: MentionInfo, inside: list[MentionInfo]) -> bool:
    """Whether the sentence's casualty toll is told of ``region`` as a whole, its settlements
    (``inside``, two or more) named only after the toll and the region, with no other place
    between them: "A man was killed and seven injured in Kharkiv Oblast, where Russia struck
    Kupiansk and Zolochiv", "У Харківській області загинув чоловік: росіяни вдарили по ... та
    ..." (not "..., a man was killed in Kupiansk; Russia also shelled Zolochiv and ...").
    Such a toll is the region's, not that of the first settlement listed."""
    s0 = info.sentence.start
    figures = [f for f in info.figures if f.kind in ("killed", "injured")]
    if len(inside) < 2 or not figures or any(f.total or f.elided for f in figures):
        return False
    start, end = region.found.start - s0, region.found.end - s0
    first_fig, last_fig = min(f.start for f in figures), max(f.end for f in figures)
    first_place = min(m.found.start - s0 for m in inside)
    if last_fig <= start:                         # the toll, then "in Kharkiv Oblast"
        span = (first_fig, start)
    elif end <= first_fig and not _FIGURE_THEN_PLACE.match(
            info.sentence.text[last_fig:first_place]):
        span = (end, last_fig)                    # "In Kharkiv Oblast, a man was killed ..."
    else:
        return False
    return first_place >= max(end, last_fig) and not any(
        m is not region and span[0] <= m.found.start - s0 < span[1] for m in info.mentions)


#: right after a figure: it is told of the whole region ("four more were injured across the
#: region", "ще п'ятеро поранені по всій області")
_ACROSS_REGION = re.compile(
    r"\s*(?:(?:were|was|have been|had been)\s+)?(?:wounded|injured|hurt|killed|dead)?\s*"
    r"(?:across|throughout|elsewhere in) the (?:region|oblast|province)\b|"
    r"\s*(?:\w+\s+){0,2}?(?:по (?:всій )?області|по (?:всей )?области|в інших населених "
    r"пунктах області|в других населенных пунктах области)\b", re.IGNORECASE)


def left_to_region(info: SentenceInfo) -> list[Figure]:
    """A breakdown's sentence's toll of another kind told in a stretch with no place of its
    own: the whole region's, not the last place's ("In Donetsk Oblast, Russian attacks killed
    two people in Kostiantynivka and one in Druzhkivka, and injured five": the five were
    injured across the oblast); and a toll told "across the region". Empty when the
    sentence has neither."""
    text, s0 = info.sentence.text, info.sentence.start
    across = [f for f in info.figures if f.kind in ("killed", "injured") and not f.total
              and _ACROSS_REGION.match(text, f.end)]
    parts = [f for f in info.figures if f.elided and f.kind in ("killed", "injured")]
    if not parts:
        return across
    places = [m.found.start - s0 for m in info.mentions if m.role == roles.PLACE]
    out = []
    totals = [f for f in info.figures if f.total]
    for fig in info.figures:
        if fig.elided or fig.total or fig.kind not in ("killed", "injured") \
                or any(f.kind == fig.kind for f in parts):
            continue
        if any(_beside_total(text, fig, t) for t in totals):
            out.append(fig)             # "killed 4 and injured 9: two in A, one in B ...":
            continue                    # the 9 are the region's
        if fig.start < min(f.start for f in parts):
            continue
        cuts = [0, *(m.end() for m in _FIGURE_SEGMENT.finditer(text)), len(text) + 1]
        a, b = next((a, b) for a, b in zip(cuts, cuts[1:]) if a <= fig.start < b)
        if not any(a <= start < b for start in places):
            out.append(fig)
    return out + [f for f in across if f not in out]


def _beside_total(text: str, fig: Figure, total: Figure) -> bool:
    """Whether ``fig`` is told with a total before the colon that opens its breakdown."""
    a, b = min(fig.start, total.start), max(fig.end, total.end)
    colon = text.find(":", b)
    return colon >= 0 and not re.search(r"[:;.]", text[a:b]) \
        and not re.search(r"[;.]", text[b:colon])


def region_keeps_toll(info: SentenceInfo, region: MentionInfo,
                      kept: list[MentionInfo]) -> bool:
    """Whether a region dropped as the context of its settlements (``kept``) keeps its place,
    as that of a toll told of it as a whole: before its places (:func:`told_of_region`),
    broken down over them ("killed three in Donetsk Oblast: two in Bakhmut, ..."), or left
    to it beside a breakdown (:func:`left_to_region`)."""
    c = region.place.candidate
    own = [m for m in kept if m.feature == "settlement" and (
        m.place.candidate.country_code, m.place.candidate.admin1_code)
        == (c.country_code, c.admin1_code)]
    inside = [m for m in own if m.clause == region.clause]
    return told_of_region(info, region, inside) \
        or bool(own) and any(f.total for f in info.figures) \
        or bool(inside) and bool(left_to_region(info))


#: a place that only locates another: "the village of X near Kupiansk"
_NEAR_BEFORE = re.compile(
    r"\b(?:near|outside|біля|поблизу|неподалік від|неподалеку от|около|возле)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)


def _locator(info: SentenceInfo, m: MentionInfo) -> bool:
    """Whether a mention of this sentence only says where another place lies."""
    start = m.found.start - info.sentence.start
    return 0 <= start and bool(_NEAR_BEFORE.search(info.sentence.text[max(0, start - 40):start]))


#: settlements counted, or a count spread over them: "атакували Запоріжжя та 14 населених
#: пунктів області", "завдав 612 ударів по 14 населених пунктах"
_SETTLEMENTS = (r"(?:населен\w+|насел[её]нн\w+|settlements|localities|towns|villages|"
                r"communities|громад\w*|сіл|сел|селищ|поселков)")
_OF_SETTLEMENTS = re.compile(rf"{_SETTLEMENTS}$", re.IGNORECASE)
_OVER_SETTLEMENTS = re.compile(rf"\s*(?:\w+\s+)?(?:по|on|across|against|in)\s+\d+\s+{_SETTLEMENTS}",
                               re.IGNORECASE)


def _region_count(text: str, fig: Figure) -> bool:
    """A count of settlements, or one spread over a number of them: the region's."""
    return fig.kind in ("count", "count_weapon") and bool(
        _OF_SETTLEMENTS.search(text, 0, fig.end) or _OVER_SETTLEMENTS.match(text, fig.end))


def attach_figures(info: SentenceInfo, locations: list[MentionInfo]) -> dict[int, list[Figure]]:
    """Figure lists keyed by the index of the location they are said of.

    A figure goes to the nearest location of its clause (else of the sentence);
    a place keeps one figure per kind, the one written nearest to it ("104
    engagements ..., most of them near Pokrovsk, where 37 attacks were repelled").
    """
    out: dict[int, list[Figure]] = {i: [] for i in range(len(locations))}
    if not locations:
        return out
    s0 = info.sentence.start
    here = [m.found.sentence.index == info.sentence.index for m in locations]
    regions = [i for i, m in enumerate(locations) if here[i] and m.feature == "region"]
    left = left_to_region(info)
    for fig in info.figures:
        if fig.kind == "count_weapon" and len(locations) > 1:
            continue
        if fig in left or _region_count(info.sentence.text, fig):
            # the region's, or nobody's when it is not named
            if regions:
                out[regions[0]].append(fig)
            continue
        if fig.each:
            targets = _each_targets(info, fig, locations, here)
        elif fig.total or fig.elided:
            targets = _breakdown_targets(info, fig, locations, here)
            if fig.total and not targets and not _parts_placed(info, locations, here):
                targets = [_target(info, fig, locations, here)]   # "погибли двое: мужчина
                # в Петровском районе и женщина в Кировском" (districts of the city told)
        elif fig.value == 0 and fig.kind in ("killed", "injured"):
            targets = _nobody_hurt_at(info, fig, locations, here)
        else:
            targets = [_target(info, fig, locations, here)]
        district = _district_part(info, fig, (targets or [None])[0], locations, here, out) \
            if len(targets) <= 1 else None
        if district is not None:                   # more of the city's toll
            targets, fig = [district], replace(fig, additional=True)
        for target in targets:
            out[target].append(fig)
    for i, figures in out.items():
        best: dict[str, Figure] = {}
        found = locations[i].found
        for fig in sorted(figures, key=lambda f: f.start):
            held = best.get(fig.kind)
            if held is not None and fig.additional:
                best[fig.kind] = replace(held, value=held.value + fig.value)  # "і ще один"
            elif held is None or (_gap(found, s0, fig) < _gap(found, s0, held) if here[i]
                                  else fig.value > held.value):
                best[fig.kind] = fig
        out[i] = list(best.values())
    return out


#: a city's district told before a part of the city's toll: "у Салтівському районі", "в
#: Восточном округе", "in the Kyivskyi district"
_DISTRICT_PHRASE = re.compile(
    r"(?:\b[уУвВ]|\b[Ii]n the)\s+[A-ZА-ЯІЇЄҐ][\w'’-]+\s+(?:район\w*|мікрорайон\w*|микрорайон\w*|"
    r"округ\w*|districts?)\b")
#: the district of a part whose noun is left out: "у Немишлянському — ще двох"
_ELIDED_DISTRICT = re.compile(r"\b[уУвВ]\s+[А-ЯІЇЄҐ][\w'’-]+(?:ому|ім|ом|ой)\s*$")


def _told_at_district(info: SentenceInfo, fig: Figure) -> bool:
    """Whether a figure's stretch of its sentence (from the last comma, semicolon, colon or
    dash) tells it at a city's district."""
    text = info.sentence.text
    cuts = [m.end() for m in _FIGURE_SEGMENT.finditer(text, 0, fig.start)]
    stretch = text[cuts[-1] if cuts else 0:fig.start]
    if fig.place_before:                            # "у Корабельному [районі] — жінку"
        return bool(_DISTRICT_PHRASE.search(text, 0, fig.start)) and bool(
            _ELIDED_DISTRICT.search(stretch) or _DISTRICT_PHRASE.search(stretch))
    return bool(_DISTRICT_PHRASE.search(stretch))


def _district_part(info: SentenceInfo, fig: Figure, target: int | None,
                   locations: list[MentionInfo], here: list[bool],
                   placed: dict[int, list[Figure]]) -> int | None:
    """The city a toll's part told at one of its districts belongs to, when the part before it
    of the same kind was told at another district and went to that city: "Удар по Харкову: у
    Салтівському районі поранено трьох, у Немишлянському — ще двох" (the districts are no
    locations; each part adds to the city's toll). None otherwise."""
    if fig.kind not in ("killed", "injured") or not _told_at_district(info, fig):
        return None
    earlier = [(f.end, i, f) for i, figures in placed.items() for f in figures
               if f.kind == fig.kind and f.end <= fig.start and not f.total]
    if not earlier:
        return None
    _, city, before = max(earlier, key=lambda e: e[0])
    if target not in (None, city) or not _told_at_district(info, before):
        return None                          # (the city may be the one of the sentence before)
    s0 = info.sentence.start
    first_district = _DISTRICT_PHRASE.search(info.sentence.text)
    if locations[city].raion or first_district is None \
            or here[city] and locations[city].found.end - s0 > first_district.start():
        return None                          # a raion's toll: "у Куп'янському районі ..."
    between = [i for i, m in enumerate(locations) if here[i] and i != city
               and before.start <= m.found.start - s0 < fig.start]
    return None if between else city


def _nobody_hurt_at(info: SentenceInfo, fig: Figure, locations: list[MentionInfo],
                    here: list[bool]) -> list[int]:
    """Where "no casualties" is said of: the one place of its stretch, else every place of
    its clause (of the sentence when its clause names none) that no figure of its kind is
    told of ("The Chernihiv, Poltava and Odesa oblasts also came under attack, but no
    casualties were reported": all three)."""
    s0 = info.sentence.start
    clause = info.clause_of(fig.start)
    pool = [i for i, m in enumerate(locations) if here[i] and m.clause == clause] \
        or [i for i in range(len(locations)) if here[i]]
    said = _said_of(info.sentence.text, fig, [(i, locations[i].found) for i in pool], s0)
    if said is not None:
        return [said]
    if not pool:
        return [_target(info, fig, locations, here)]
    told = {i for i in pool for f in info.figures if f.kind == fig.kind and f.value
            and _target(info, f, locations, here) == i}
    return [i for i in pool if i not in told] or [_target(info, fig, locations, here)]


#: a figure told by a participle after its strike: "..., injuring one person"
_PARTICIPLE = re.compile(r"(?:killing|injuring|wounding|leaving)\b", re.IGNORECASE)


def _target(info: SentenceInfo, fig: Figure, locations: list[MentionInfo],
            here: list[bool]) -> int:
    """The location a figure is said of: the one place of its stretch, else the place
    right after it, else the nearest of its clause (a place that only locates another,
    or one we cannot place, last)."""
    s0 = info.sentence.start
    clause = info.clause_of(fig.start)
    pool = [i for i, m in enumerate(locations) if here[i] and m.clause == clause] \
        or list(range(len(locations)))
    target = _said_of(info.sentence.text, fig, [(i, locations[i].found) for i in pool
                                               if here[i]], s0)
    if target is not None:
        return target
    if _PARTICIPLE.match(info.sentence.text, fig.start):    # "..., injuring one person, and
        before = [i for i in pool if here[i] and locations[i].found.end - s0 <= fig.start
                  and not _locator(info, locations[i])]     # attacked Y": the strike before
        if before:
            return max(before, key=lambda i: locations[i].found.end)
    text = info.sentence.text
    before = [i for i in pool if here[i] and locations[i].found.end - s0 <= fig.start]
    pool = [i for i in pool if i in before or not here[i]
            or not _NEXT_STRETCH.match(text, fig.end, locations[i].found.start - s0)] or pool
    # ("В Енакиеве поврежден троллейбус, ранены 3 пассажира, в Шахтерске повреждена крыша":
    # the place before, not the one that opens the next stretch)
    return min(pool, key=lambda i: (_locator(info, locations[i]), locations[i].feature is None,
                                    _gap(locations[i].found, s0, fig) if here[i] else 0))


#: what stands between a figure and a place that opens a stretch of its own: ", в", "; у"
_NEXT_STRETCH = re.compile(r"[^,;.]*[,;]\s*(?:(?:а|і|й|и|та|and|but)\s+)?(?:in|at|у|в|во)\s+"
                           r"(?:(?:the\s+)?(?:village|town|city|селі|селищі|селе|поселке|посёлке|"
                           r"місті|городе)\s+(?:of\s+)?)?$", re.IGNORECASE)
