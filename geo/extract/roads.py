"""A road named by the two places it joins: one attack location, not two.

"A drone hit a car on the Kursk–Rylsk highway", "на трассе Рыльск – Дурово", "на ділянці
автодороги Казинка — Михайловка": the attack was somewhere on the road, in neither town. The
road is placed at its first end the gazetteer knows (the second when the first is unknown),
at ``district`` precision and named "Rylsk–Durovo road", as the labelling convention of
ACLED-style datasets places an event on a road at a known point near it; the other end only
says where the road goes (role ``qualifier``), so it is neither an event nor an unplaced
place of its own.
"""
from __future__ import annotations

import re

from geo.extract import roles
from geo.extract.sentence_info import MentionInfo, SentenceInfo

_I = re.IGNORECASE
#: "on the highway Kursk – Rylsk", "на участке автодороги Казинка — Михайловка"
_ROAD_BEFORE = re.compile(rf"\b(?:{roles.ROAD_WORDS})\s+$", _I)
#: "the Kursk-Rylsk highway"
_ROAD_AFTER = re.compile(rf"^\s*(?:{roles.ROAD_WORDS})\b", _I)
#: the dash between the two ends, spaced or not
_DASH = re.compile(r"^\s*[-‐‑–—]\s*$")
#: a dash and a word after a road's first end
_END_AFTER = re.compile(r"\s*[-‐‑–—]\s*([^\W\d_][\w’'-]*)")


def roads_between_places(infos: list[SentenceInfo]) -> None:
    """Read each "A–B road" of ``infos`` as one location at A (or B when A is unknown).

    Updated in place: the located end gets ``area`` (the road's name), the other end the
    role ``qualifier``. Ends that are not both attack-location mentions are left alone.
    """
    for info in infos:
        for first, second in zip(info.mentions, info.mentions[1:]):
            if _road_of(first, second):
                _locate_road(first, second)
        for m in info.mentions:
            end = _unfound_end(m)
            if end:                 # "на трассе Рыльск – Дурово", Durovo no name we know
                m.area = f"{_name(m)}–{_name_at(info, end)} road"


def _road_of(first: MentionInfo, second: MentionInfo) -> bool:
    """Whether ``first`` and ``second`` name the two ends of a road ("трассе A – B", "the
    A-B highway", "the road between A and B", "на дорозі між A та B")."""
    if first.role != roles.PLACE or second.role != roles.PLACE:
        return False
    sentence = first.found.sentence
    s0 = sentence.start
    gap = sentence.text[first.found.end - s0:second.found.start - s0]
    before = sentence.text[max(first.found.start - s0 - 60, 0):first.found.start - s0]
    if _AND.match(gap):
        return bool(roles.ROAD_BETWEEN_BEFORE.search(before))
    if not _DASH.match(gap):
        return False
    after = sentence.text[second.found.end - s0:second.found.end - s0 + 30]
    return bool(_ROAD_BEFORE.search(before[-40:]) or _ROAD_AFTER.match(after))


_AND = re.compile(r"^\s+(?:and|та|і|й|и)\s+$", _I)


def _unfound_end(m: MentionInfo) -> re.Match | None:
    """The other end of a road that ``m`` starts, when it is a capitalised word that is no
    attack location ("трассе Рыльск – Дурово", "трассе Алешки — Мелитополь" with the city
    taken for a qualifier), else None."""
    if m.area or m.role != roles.PLACE or not _placed(m):
        return None
    sentence = m.found.sentence
    s0 = sentence.start
    end = _END_AFTER.match(sentence.text, m.found.end - s0)
    before = sentence.text[max(m.found.start - s0 - 40, 0):m.found.start - s0]
    if end is None or not end.group(1)[0].isupper() or not (
            _ROAD_BEFORE.search(before) or _ROAD_AFTER.match(sentence.text[end.end():])):
        return None                 # (or "the Osokorivka-Novovoskresenske road")
    return end


def _name_at(info: SentenceInfo, end: re.Match) -> str:
    """The gazetteer name of the place found at ``end`` when there is one, else the word."""
    start = info.sentence.start + end.start(1)
    found = next((m for m in info.mentions if m.found.start == start and _placed(m)), None)
    return _name(found) if found is not None else end.group(1)


def _locate_road(first: MentionInfo, second: MentionInfo) -> None:
    """The first end the gazetteer places is the road's location; the other only locates."""
    located = next((m for m in (first, second) if _placed(m)), None)
    if located is None:
        return
    other = second if located is first else first
    other.role = roles.QUALIFIER
    located.area = f"{_name(first)}–{_name(second)} road"


def _placed(m: MentionInfo) -> bool:
    return m.place is not None and m.place.resolved and m.feature == "settlement" \
        and not m.unknown


def _name(m: MentionInfo) -> str:
    """The end's gazetteer name when placed, else as written."""
    return m.place.candidate.name if _placed(m) else m.found.text
