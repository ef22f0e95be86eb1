"""What the words right beside a place name say about it.

* A region written with it qualifies it: "Komyshuvatka, Kharkiv Oblast", "Kupiansk in
  Kharkiv Oblast", "Nova Balka (Kharkiv region)", "у Куп'янську Харківської області".
  The name is resolved within that region, as the geocoder resolves a "place, region"
  string; when the region has no place of that name it is not placed at a namesake
  elsewhere (the Komyshuvatka of Zaporizhzhia Oblast, 300 km away) but reported.
* A first word of two-word names before it ("Нова Балка", "Velyka Komyshuvatka"), or
  a hyphen to a word that is no name ("Trud-Hrebenyk"), makes it part of a longer name
  that the gazetteer lacks (a name it knows is found whole): the whole name is reported
  as not placed, instead of the village Balka, Velykyi or Trud.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geo.distance import haversine_km
from geo.extract import roles
from geo.extract.mentions import Found
from geo.extract.name_words import NOT_PLACES
from geo.geocoding.words import NAME_MODIFIERS
from geo.model import Candidate, Place

#: a settlement this big is a city: it stands against village namesakes, and a "<town>
#: district" beside it may be one of its quarters
CITY_PEOPLE = 100_000


def as_name(key: str) -> str:
    """A gazetteer key ("мирове", "synelnykiv") written as a name, for the resolver."""
    return key[:1].upper() + key[1:]


#: what may stand between a name and its region: "X, R", "X (R", "X in (the) R",
#: "X of R", "у X R", "X R" (a Ukrainian or Russian genitive)
_QUALIFIER_GAP = re.compile(r"^(?:\s*[,(]\s*|\s+(?:in|of|у|в|во)\s+(?:the\s+)?|\s+)$",
                            re.IGNORECASE)
#: after "X, R" or "X R": the region is one item of a list, not X's region
_LIST_GOES_ON = re.compile(r"^(?:\s*,\s*[A-ZА-ЯІЇЄҐ]|\s+(?:and|or|та|і|й|и|а)\b)")
_WORD_BEFORE = re.compile(r"([A-ZА-ЯІЇЄҐ][\w'’ʼ-]*)\s$")
#: a capitalised word hyphened to a name ("Trud-Hrebenyk"; not an acronym: "US-Ukraine")
_HYPHEN_BEFORE = re.compile(r"([A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’ʼ]{2,})-$")
_HYPHEN_AFTER = re.compile(r"-[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’ʼ]{2,}")


def region_of(mention, following) -> Candidate | None:
    """The region that ``following`` (the next mention of the sentence) names for
    ``mention``, or None when it names none or is no qualifier of it.

    Parameters
    ----------
    mention, following : geo.extract.analysis.MentionInfo
        Resolved (first pass) mentions of one sentence, in that order.
    """
    if not _may_be_qualified(mention) or following.feature != "region":
        return None
    if mention.place is None or mention.feature not in ("settlement", None):
        return None
    text, s0 = mention.found.sentence.text, mention.found.sentence.start
    gap = text[mention.found.end - s0:following.found.start - s0]
    if not _QUALIFIER_GAP.match(gap):
        return None
    bare = not gap.strip() or gap.strip() == ","
    if bare and _LIST_GOES_ON.match(text[following.found.end - s0:]):
        return None
    return following.place.candidate


_POSSESSIVE_GAP = re.compile(r"^['’]s\s+$")


def region_before(previous, mention) -> Candidate | None:
    """The region named right before ``mention`` as its owner ("the Luhansk region's
    Makiivka", "Kharkiv Oblast's Kupiansk"), or None."""
    if previous.feature != "region" or not _may_be_qualified(mention):
        return None
    if mention.place is None or mention.feature not in ("settlement", None):
        return None
    text, s0 = mention.found.sentence.text, mention.found.sentence.start
    gap = text[previous.found.end - s0:mention.found.start - s0]
    return previous.place.candidate if _POSSESSIVE_GAP.match(gap) else None


#: a town this far from the city that owns it is another town of the city's oblast
_OTHER_TOWN_KM = 20.0


def city_names_its_region(city, mention) -> bool:
    """"Donetsk’s Kostiantynivka", "Kharkiv's Kupiansk": a city owning another town of its
    oblast (``mention``, right after it) names the oblast, and is no place hit (not
    "Kharkiv's Saltivka", a quarter)."""
    a, b = (x.place.candidate if x.role == roles.PLACE and x.place is not None
            and x.place.resolved else None for x in (city, mention))
    if a is None or b is None or a.feature != "settlement" or b.feature != "settlement":
        return False
    text, s0 = mention.found.sentence.text, mention.found.sentence.start
    gap = text[city.found.end - s0:mention.found.start - s0]
    return bool(_POSSESSIVE_GAP.match(gap)) and a.admin1 == b.admin1 \
        and haversine_km(a.lat, a.lon, b.lat, b.lon) > _OTHER_TOWN_KM


#: a town's adjective that names its raion or hromada: "Слатине Дергачівської громади"
_DISTRICT_AFTER = re.compile(r"^\s+(?:громад\w*|район\w*|р-н\w*|округ\w*|"
                             r"(?:(?:urban|municipal)\s+)?(?:district|okrug)|raion|"
                             r"hromada|community)\b", re.IGNORECASE)


def district_query(mention, following) -> str | None:
    """The text naming ``mention`` with the raion or hromada ``following`` names by its
    town's adjective ("Слатине Дергачівської громади", "Андріївка Сумського району"), for
    the geocoder to read whole; None when ``following`` is no such adjective right after."""
    if not _may_be_qualified(mention) or following.found.query == following.found.text \
            and following.role != roles.RAION:      # "Mykhailivka, Beryslav district"
        return None
    if mention.found.query and mention.found.query != mention.found.text:
        return None             # a town's adjective too: "Марганецька, Покровська громади"
    text, s0 = mention.found.sentence.text, mention.found.sentence.start
    gap = text[mention.found.end - s0:following.found.start - s0]
    after = _DISTRICT_AFTER.match(text[following.found.end - s0:])
    if after is None or gap.strip() not in ("", ",", "in the", "of the", "in", "of"):
        return None             # "Buniakyne in the Novoslobidka hromada"
    return text[mention.found.start - s0:following.found.end - s0 + after.end()]


def _may_be_qualified(mention) -> bool:
    """A place mention that a region or raion after it may locate (not a direction, a
    plant or a name already known to be unknown)."""
    return (mention.role == roles.PLACE and not mention.unknown and not mention.direction
            and not mention.found.plant)


def outside_region(mention, region: Candidate) -> Place:
    """The unresolved place of a name its region has no place of."""
    return Place(query=mention.found.lookup, status="unresolved",
                 reason=f"the gazetteer has no place named {mention.found.text!r} in "
                        f"{region.name}")


def join_partial_names(mentions: list, text: str, offset: int) -> list:
    """``mentions`` (of one sentence, in order) with each name that is part of a longer
    name replaced by one unknown mention of the whole name: after a first word of
    two-word names (:data:`~geo.geocoding.words.NAME_MODIFIERS`: "Нова Балка", whose
    "Нова" mention is dropped), or hyphened to a word that is no name ("Trud-Hrebenyk").

    Parameters
    ----------
    mentions : list of geo.extract.analysis.MentionInfo
    text : str
        The sentence.
    offset : int
        The sentence's start in the document.
    """
    starts = {m.found.start - offset for m in mentions}
    ends = {m.found.end - offset for m in mentions}
    out: list = []
    ends_in_order = True        # then the mentions ending after a point are the last ones
    for m in mentions:
        start, end = m.found.start - offset, m.found.end - offset
        first, last = _whole_name(text, start, end, starts, ends)
        if m.role != roles.PLACE or (first, last) == (start, end):
            ends_in_order = ends_in_order and (not out or out[-1].found.end <= m.found.end)
            out.append(m)
            continue
        if ends_in_order:       # pop them: filtering the whole list each time was quadratic
            while out and out[-1].found.end - offset > first:
                out.pop()
        else:
            out = [o for o in out if o.found.end - offset <= first]
        name = text[first:last]
        m.found = Found(name, name.lower(), offset + first, offset + last, m.found.sentence)
        m.place, m.unknown = Place(query=name, status="unresolved",
                                   reason="not in the gazetteer"), True
        ends_in_order = ends_in_order and (not out or out[-1].found.end <= m.found.end)
        out.append(m)
    return out


_TAIL_CHAR = re.compile(r"[\w'’ʼ-]")


def _search_tail(pattern: re.Pattern, text: str, end: int) -> tuple[int, int, str] | None:
    """``pattern.search(text[:end])`` for the ``$``-anchored patterns above, as (start, end,
    text) of group 1, in time linear in the last word: only the run of word characters
    (and the one character) before ``end`` can hold a match, so only that is searched.
    (Searching the whole prefix for each name made a long run-on sentence quadratic.)"""
    first = end - 1                                  # the \s or "-" that ends every match
    while first > 0 and _TAIL_CHAR.match(text, first - 1):
        first -= 1
    found = pattern.search(text, first, end)
    return None if found is None else (found.start(1), found.end(1), found.group(1))


#: the words that may open a two-word name ("Нова Балка"), not "Біля" ("near")
_MODIFIERS = NAME_MODIFIERS - NOT_PLACES


def _whole_name(text: str, start: int, end: int, starts: set[int],
                ends: set[int]) -> tuple[int, int]:
    """The span of the longer name the name at ``start:end`` is part of (its own span
    when it stands alone); ``starts``/``ends`` are the other names' offsets."""
    word = _search_tail(_WORD_BEFORE, text, start)
    if word is not None and (word[2].lower() in _MODIFIERS or _adjective_of_village(
            text, word)):
        start = word[0]
    joined = _search_tail(_HYPHEN_BEFORE, text, start)
    if joined is not None and (joined[1] not in ends or _one_compound(text, joined[0], end)):
        start = joined[0]
    joined = _HYPHEN_AFTER.match(text[end:])
    if joined is not None and (end + 1 not in starts
                               or _one_compound(text, start, end + joined.end())):
        end += joined.end()
    return start, end


#: the words for a village before its name: "в селе Муром", "the village of Murom"
_VILLAGE_WORDS = (r"\b(?:village|hamlet) of|\bсел[еіоа]|\bселом|\bпос[её]л[ко][кеау]?|\bселищ[еіа]|"
                  r"\bдеревн[яеи]|\bхутор[еі]?")
#: a settlement word before a name: "село Илек-Пеньковка", "the town of X", "смт X"
_SETTLEMENT_BEFORE = re.compile(
    rf"(?:{_VILLAGE_WORDS}|\b(?:settlement|town) of|\bсмт|\bпгт|(?<!\w)[сп]\.)\s+$",
    re.IGNORECASE)


def told_as_settlement(text: str, start: int) -> bool:
    """Whether a settlement word stands right before ``text[start:]`` ("в селе Кобылки",
    "the village of X", "смт X")."""
    return bool(_SETTLEMENT_BEFORE.search(text[max(0, start - 20):start]))


_ADJECTIVE_END = re.compile(r"(?:ые|ие|ая|яя|ое|ее|ий|ый|ой|ій)$")


def _adjective_of_village(text: str, word: tuple[int, int, str]) -> bool:
    """A capitalised adjective after a settlement word and before a name ("в поселке Ясные
    Зори"): the first word of the village's name, not a word of its own."""
    return word[2][:1].isupper() and bool(_ADJECTIVE_END.search(word[2].lower())) \
        and told_as_settlement(text, word[0])


def _one_compound(text: str, start: int, end: int) -> bool:
    """Two names hyphened with no space after a settlement word ("село Илек-Пеньковка", a
    name the gazetteer lacks whole) are one village's name, not two places."""
    return "-" in text[start:end] and told_as_settlement(text, start)


#: the farthest a raion's village lies from its seat (raions merged in 2020 are up to ~150 km
#: across: Novopavlivka of Synelnykove raion is 95 km from Synelnykove)
RAION_REACH_KM = 130.0
#: most of a raion's villages lie within this distance of its seat
_NEAR_SEAT_KM = 80.0
#: the word after a raion's name: "Synelnykove district", "Нікопольському районі"
_RAION_WORD = re.compile(r"^\s+(district|raion|rayon|район\w*|районе)\b", re.IGNORECASE)


def resolve_in_named_raions(infos: list, resolve, dated, queries: dict[int, str],
                            nouns: Callable[[str], list]) -> None:
    """A name with namesakes read in the raion named with it: before it in its sentence,
    else after it ("the Druzhba hromada in Shostka district"), else in the sentence before:
    "Synelnykove district suffered: the Mezhova and Pokrovske hromadas came under fire",
    "They struck the Nikopol district. There were hits in the Pokrovske hromada."
    The raion ranks the namesakes (:mod:`geo.geocoding.districts`); the name keeps its
    first reading when the raion does not decide. A hromada named by its town's adjective
    ("Мирівська громада") is the town of that adjective in the raion (Myrove, not Myrivka
    of another oblast), when one is.

    Parameters
    ----------
    infos : list of geo.extract.analysis.SentenceInfo
        Mentions resolved a first time; updated in place.
    resolve : callable
        ``resolve(query, context) -> Place``.
    dated : ResolveContext or None
    queries : dict
        The query each re-read mention was resolved with, by ``id`` (updated).
    nouns : callable
        The names an adjective may be made from, with their places' geonameids,
        likeliest first (:func:`geo.geocoding.adjectives.adjective_towns`).
    """
    before = None                       # the last raion of the sentence before
    for info in infos:
        raions = [m for m in info.mentions if m.role == roles.RAION and _seat(m) is not None]
        for m in info.mentions:
            if m.role == roles.RAION or not _may_be_qualified(m):
                continue
            raion = next((r for r in reversed(raions) if r.found.start < m.found.start),
                         raions[0] if raions else before)   # before it, after it, or before
            if raion is None:
                continue
            if id(m) in queries:            # read by its hromada already ("Мартове
                _placed_in_raion(m, raion)  # Печенізької громади Чугуївського району")
            else:
                _read_in_raion(m, raion, resolve, dated, queries, nouns)
        before = raions[-1] if raions else None


def _placed_in_raion(m, raion) -> None:
    """The raion says where ``m``, already placed, is when it lies there."""
    seat = _seat(raion)
    c = m.place.candidate if m.place is not None and m.place.resolved else None
    if c is not None and seat is not None and _within_raion(c, seat):
        _qualifies(raion, m)


def _read_in_raion(m, raion, resolve, dated, queries: dict[int, str],
                   nouns: Callable[[str], list]) -> None:
    """``m`` read in ``raion`` (see :func:`resolve_in_named_raions`)."""
    seat = _seat(raion)
    reach = RAION_REACH_KM
    if m.found.query and m.found.query != m.found.text:     # a town's adjective
        c = m.place.candidate if m.place is not None and m.place.resolved else None
        if c is not None and _within_raion(c, seat, _NEAR_SEAT_KM):
            _qualifies(raion, m)
            return
        if c is not None and _within_raion(c, seat):
            reach = _NEAR_SEAT_KM           # far in the raion: a town of the adjective near
            # its seat rather ("Покровська громада Синельниківського району": Pokrovske,
            # not Pokrov 128 km away)
        names = [(noun, ids) for noun, ids in nouns(m.found.text) if noun != m.found.lookup]
    elif m.place is not None and m.place.alternatives:
        names = [(m.found.lookup, None)]
    else:
        return
    best = None                         # the likeliest hromada centre of the names in the raion
    for name, ids in names:
        query = f"{as_name(name)} ({_raion_phrase(raion)})"
        place = resolve(query, dated)
        near = _only_one_within(place, seat, reach)
        if near is not None:            # the one namesake near, read with its oblast
            query = f"{as_name(name)}, {near.admin1}"
            place = resolve(query, dated)
            if not place.resolved or place.candidate.geonameid != near.geonameid:
                continue
        c = place.candidate if place.resolved else None
        if c is not None and (c.geonameid in ids if ids is not None
                              else _namesake_of(c, m.place)) \
                and c.feature == "settlement" and _within_raion(c, seat, reach) \
                and (best is None or _rank_in_raion(c, seat) > _rank_in_raion(best[0].candidate,
                                                                              seat)):
            best = (place, query)
    if best is None and reach != RAION_REACH_KM:
        _qualifies(raion, m)                # the town far in the raion stays (Mezhova)
        return
    if best is not None:
        m.place, queries[id(m)] = replace(best[0], query=m.found.lookup), best[1]
        _qualifies(raion, m)


def _only_one_within(place: Place, seat: Candidate, reach: float) -> Candidate | None:
    """The one namesake of an unresolved ``place`` within ``reach`` of a raion's ``seat``,
    when the raion did not decide among them (GeoNames files Semenivka of Chernihiv Oblast
    under its former raion, so "Novhorod-Siverskyi district" does not pick it; it is the one
    near), else None."""
    if place.resolved or not place.alternatives:
        return None
    near = [c for c in place.alternatives
            if c.feature == "settlement" and _within_raion(c, seat, reach)]
    return near[0] if len(near) == 1 else None


def _qualifies(raion, m) -> None:
    """The raion of ``m`` told in its sentence says where ``m`` is: no second place hit
    (unless the two are listed: "атакував Павлоград і Синельниківський район")."""
    if raion.found.sentence is m.found.sentence and not _listed_with(raion, m):
        raion.role = roles.QUALIFIER


#: "X і Y", "X та Y", "X and Y": two items of a list
_AND_GAP = re.compile(r"^\s*,?\s*(?:і|й|та|и|and)\s*$", re.IGNORECASE)


def _listed_with(raion, m) -> bool:
    """Whether ``raion`` and ``m`` are joined as two items of a list."""
    first, second = sorted((raion, m), key=lambda x: x.found.start)
    s0, text = first.found.sentence.start, first.found.sentence.text
    return bool(_AND_GAP.match(text[first.found.end - s0:second.found.start - s0]))


def _rank_in_raion(c: Candidate, seat: Candidate) -> tuple:
    """A town near the raion's seat first (:data:`_NEAR_SEAT_KM`), then a hromada's centre,
    then the bigger town: "Покровська громада Синельниківського району" is Pokrovske, 65 km
    from Synelnykove, not the bigger Pokrov 128 km away."""
    return (_within_raion(c, seat, _NEAR_SEAT_KM), *centre_rank(c))


#: a town this big is its hromada's centre, whatever GeoNames' code (Pokrov is a PPL)
_CENTRE_PEOPLE = 10_000


def centre_rank(c: Candidate) -> tuple[bool, int]:
    """A hromada's centre (GeoNames PPLA*: Vasylkivka, not the hamlet Vasylkivske; or a town
    of :data:`_CENTRE_PEOPLE`: the city Pokrov, not the village Pokrovske by Nikopol) first,
    then the bigger town."""
    return c.feature_code.startswith("PPLA") or c.population >= _CENTRE_PEOPLE, c.population


def _raion_phrase(m) -> str:
    """"Synelnykove district" of a raion mention (its name and the raion word after it)."""
    text, s0 = m.found.sentence.text, m.found.sentence.start
    word = _RAION_WORD.match(text[m.found.end - s0:])
    return f"{m.found.text} {word.group(1) if word else 'district'}"


def _seat(m) -> Candidate | None:
    """The town a raion mention was read as (its seat), if a settlement."""
    c = m.place.candidate if m.place is not None and m.place.resolved else None
    return c if c is not None and c.feature == "settlement" else None


def _within_raion(candidate: Candidate, seat: Candidate, km: float = RAION_REACH_KM) -> bool:
    """In the seat's oblast and near enough the seat to lie in its raion
    (:data:`RAION_REACH_KM`, or ``km``): a raion of another country, which the gazetteer has
    no districts of, leaves the name's first reading unless it is near."""
    return candidate.admin1 == seat.admin1 and candidate.country_code == seat.country_code \
        and float(haversine_km(candidate.lat, candidate.lon, seat.lat, seat.lon)) <= km


def _namesake_of(candidate: Candidate, place: Place) -> bool:
    """Whether ``candidate`` is a settlement named as those ``place`` chose among (the
    raion picked a namesake, not a place of its own, such as its seat)."""
    return candidate.feature == "settlement" and any(
        c.name == candidate.name for c in (place.candidate, *place.alternatives) if c is not None)


_DISTRICT_TAIL = re.compile(r"\s+(?:district|raion|rayon)$", re.IGNORECASE)


def quarters_as_raions(infos: list, resolve, dated) -> None:
    """"Oleksandrivka in Bohodukhiv district": a "<town> district" that the gazetteer knows
    only as a quarter of a city (Donetsk's Bohodukhivskyi district) is the town's raion
    when the report names no city of that oblast; the name is read again without the
    district word, as a raion (:data:`geo.extract.roles.RAION`). Updated in place."""
    mentions = [m for info in infos for m in info.mentions]
    for m in mentions:
        c = m.place.candidate if m.role == roles.PLACE and m.place is not None \
            and m.place.resolved else None
        tail = _DISTRICT_TAIL.search(m.found.text) if c is not None else None
        if tail is None or c.feature_code != "PPLX" or _city_named(mentions, c.admin1):
            continue
        text, s0 = m.found.sentence.text, m.found.sentence.start
        end = m.found.start + tail.start()
        role = roles.mention_role(text, m.found.start - s0, end - s0)
        if role != roles.RAION:
            continue
        m.found = replace(m.found, text=m.found.text[:tail.start()], query="", end=end)
        m.role, m.place = role, resolve(m.found.lookup, dated)


def _city_named(mentions: list, admin1: str) -> bool:
    return any(m.place is not None and m.place.resolved and m.place.candidate.admin1 == admin1
               and m.place.candidate.feature == "settlement"
               and m.place.candidate.population >= CITY_PEOPLE for m in mentions)


#: a village word right before a name (not "town of", "смт")
_VILLAGE_BEFORE = re.compile(rf"(?:{_VILLAGE_WORDS})\s+$", re.IGNORECASE)
#: a settlement this big is a town or city, whatever its namesakes
_TOWN_PEOPLE = 50_000


def villages_not_towns(mentions: list, regions: tuple[str, ...]) -> None:
    """"В селе Муром" in a report on Belgorod Oblast is no city of Vladimir Oblast: a name
    the text calls a village, read as a town outside every region the report names, is
    reported as not placed (the gazetteer lacks the village). Updated in place."""
    for m in mentions:
        c = m.place.candidate if m.role == roles.PLACE and m.place is not None \
            and m.place.resolved else None
        if c is None or not regions or c.admin1 in regions or c.population < _TOWN_PEOPLE \
                or c.feature != "settlement":
            continue
        text, s0 = m.found.sentence.text, m.found.sentence.start
        if _VILLAGE_BEFORE.search(text[max(0, m.found.start - s0 - 30):m.found.start - s0]):
            m.place, m.unknown = Place(
                query=m.found.lookup, status="unresolved",
                reason=f"the gazetteer has no village named {m.found.text!r} in "
                       f"{' or '.join(regions)}"), True
