"""A name left ambiguous in a list of places, read with the places listed next to it.

Roundups list the villages shelled in a day ("Малих Щербаків, П'ятихаток, Лобкового,
Степового й Плавнів"); when two villages bear one of the names alike, the one among its
list neighbours is meant. A namesake is taken only when it lies close to them and the
others clearly do not, and no other namesake is a town or a hromada's centre (which a
list may mean however far); otherwise the name stays unplaced, with its reason.
"""
from __future__ import annotations

import re
from dataclasses import replace

from geo.distance import haversine_km
from geo.extract import roles
from geo.extract.sentence_info import MentionInfo, SentenceInfo

#: what joins two items of a list: "X, Y", "X і Y", "X та Y", "X and Y"
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:(?:і|й|та|и|and)\s+)?|(?:і|й|та|и|and)\s+)$")
#: how many items on each side count as neighbours
_SIDE = 2
#: the namesake must lie this close to a neighbour, and the next one at least this many
#: times farther
_NEAR_KM, _CLEARLY = 20.0, 2.0
#: a namesake this big (or a hromada's centre) is not outweighed by a nearer village
_TOWN_PEOPLE = 10_000


def place_by_list_neighbours(infos: list[SentenceInfo]) -> None:
    """Resolve each ambiguous name of a list to the namesake near its list neighbours
    (:data:`_NEAR_KM`, and :data:`_CLEARLY` nearer than any other). Updated in place."""
    for info in infos:
        items = [m for m in info.mentions if m.role == roles.PLACE]
        for k, m in enumerate(items):
            if m.place is not None and m.place.resolved and m.place.alternatives:
                _move_to_the_list(m, _neighbours(items, k))
                continue
            if m.place is None or m.place.resolved or len(m.place.alternatives) < 2:
                continue
            hromada = _hromada_after(items, k)
            if hromada is not None:          # "У Донецькому Миколаївської громади"
                if _take_nearest(m, [hromada.place.candidate], towns_too=True):
                    hromada.role = roles.QUALIFIER
                continue
            neighbours = _neighbours(items, k)
            if neighbours:
                _take_nearest(m, neighbours)


def one_country_per_name(infos: list[SentenceInfo]) -> None:
    """A name read in one country where the report names it first, read so again where it
    comes back alone: "атака на Шахты, Красный Сулин и Зверево. ... в Звереве" is Zverevo of
    Rostov Oblast both times, not Ukraine's Zvirove the second. Updated in place."""
    placed: dict[int, object] = {}
    for info in infos:
        for m in info.mentions:
            place = m.place
            if m.role != roles.PLACE or place is None or not place.resolved:
                continue
            c = place.candidate
            earlier = next((a for a in place.alternatives if a.geonameid in placed
                            and a.country_code != c.country_code), None)
            if earlier is not None and c.geonameid not in placed:
                m.place = replace(place, candidate=earlier, alternatives=tuple(
                    a for a in (c, *place.alternatives) if a is not earlier))
            placed.setdefault(m.place.candidate.geonameid, m.place.candidate)


def _neighbours(items: list[MentionInfo], k: int) -> list:
    """The placed settlements listed right before and after ``items[k]`` (up to
    :data:`_SIDE` each way, through list joins only)."""
    out = []
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(items) and abs(j + step - k) <= _SIDE:
            a, b = (items[j + step], items[j]) if step < 0 else (items[j], items[j + step])
            s0 = a.found.sentence.start
            if not _LIST_JOIN.match(a.found.sentence.text[a.found.end - s0:b.found.start - s0]):
                break
            j += step
            place = items[j].place
            if place is not None and place.resolved and place.candidate.feature == "settlement":
                out.append(place.candidate)
    return out


#: a hromada's word right after its centre's adjective
_HROMADA_WORD = re.compile(r"^\s+(?:громад|hromad|communit)", re.IGNORECASE)


def _hromada_after(items: list[MentionInfo], k: int) -> MentionInfo | None:
    """The placed hromada adjective told right after ``items[k]`` ("Донецькому Миколаївської
    громади"), or None."""
    if k + 1 >= len(items):
        return None
    m, nxt = items[k], items[k + 1]
    s0 = m.found.sentence.start
    text = m.found.sentence.text
    adjective = nxt.found.query and nxt.found.query != nxt.found.text
    if not adjective or text[m.found.end - s0:nxt.found.start - s0].strip() \
            or not _HROMADA_WORD.match(text[nxt.found.end - s0:]):
        return None
    place = nxt.place
    return nxt if place is not None and place.resolved \
        and place.candidate.feature == "settlement" else None


def _move_to_the_list(m: MentionInfo, neighbours: list) -> None:
    """A name placed (by the report's other places) at a village far from its list
    neighbours, when a namesake lies among them (:func:`_take_nearest`): "one in Druzhkivka,
    Berestky and Uspenivka" is the Uspenivka near Berestky, though the report also names
    Mariupol."""
    c = m.place.candidate
    if not neighbours or c.feature != "settlement" or _town(c) \
            or min(float(haversine_km(c.lat, c.lon, n.lat, n.lon)) for n in neighbours) \
            <= _FAR_KM:
        return
    namesakes = tuple(a for a in m.place.alternatives if a.name == c.name
                      or a.country_code != c.country_code)   # (Зверево: Zvirove, Zverevo)
    if namesakes:
        _take_nearest(m, neighbours, options=(c, *namesakes))


#: a village this far from all its list neighbours may be the wrong namesake
_FAR_KM = 2 * _NEAR_KM


def _take_nearest(m: MentionInfo, neighbours: list, towns_too: bool = False,
                  options: tuple = ()) -> bool:
    """``m`` placed at its namesake (of ``options``, else its alternatives) nearest the
    neighbours, when clearly so (True then); ``towns_too``: also when a town bears the name
    farther off (the hromada is named)."""
    def distance(c) -> float:
        return min(float(haversine_km(c.lat, c.lon, n.lat, n.lon)) for n in neighbours)

    ranked = sorted(options or m.place.alternatives, key=distance)
    best, runner_up = distance(ranked[0]), distance(ranked[1])
    if not towns_too and any(_town(c) for c in ranked[1:]) and not _town(ranked[0]):
        return False        # "у Костянтинівці, Дружківці та Миколаївці": maybe the town
    if best <= _NEAR_KM and runner_up >= _CLEARLY * max(best, 1.0) \
            or _town_of_the_neighbours(ranked, neighbours, best, runner_up):
        m.place = replace(m.place, status="resolved", candidate=ranked[0], reason="",
                          alternatives=tuple(ranked[1:]))
        return True
    return False


#: a town among the list's neighbours may lie this far from them, when the other namesakes
#: are this many times farther ("Лебедин та Тростянець": Sumy Oblast's, 36 km off)
_TOWN_NEAR_KM, _TOWN_CLEARLY = 60.0, 4.0


def _town_of_the_neighbours(ranked: list, neighbours: list, best: float,
                            runner_up: float) -> bool:
    """Whether the nearest namesake is a town of a neighbour's oblast, the only namesake
    there, near enough and clearly nearer than the others."""
    c, oblasts = ranked[0], {n.admin1 for n in neighbours}
    return _town(c) and c.admin1 in oblasts and best <= _TOWN_NEAR_KM \
        and runner_up >= _TOWN_CLEARLY * max(best, 1.0) \
        and not any(a.admin1 in oblasts for a in ranked[1:])


def _town(c) -> bool:
    """A namesake a list may mean however far: a town or a hromada's centre."""
    return c.population >= _TOWN_PEOPLE or c.feature_code.startswith("PPLA")
