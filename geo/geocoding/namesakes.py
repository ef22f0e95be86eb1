"""Which entries a name stands for: namesakes, and current names before former ones.

Postings are ``entry * 4 + kind`` (kind 0 official name, 1 alternate, 2
generated spelling, 3 loose spelling; see :mod:`geo.gazetteer_build`).
"""
from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.gazetteer_build import SETTLEMENT

#: words calling the place a town or city: a village's main name does not outrank
#: a town's former name then ("Krasnyi Lyman town" is Lyman, not a village of 592)
TOWN_WORD = re.compile(r"\b(?:town|city|місто|міста|місті|город|города|городе)\b",
                       re.IGNORECASE)


def with_namesakes(gazetteer: Gazetteer, postings: tuple[int, ...],
                   key: str) -> tuple[int, ...]:
    """Add the namesakes of places matched only by an alternate spelling.

    GeoNames lists Russian or old spellings for some villages and not for their
    namesakes: "Veseloe" is an alternate of one Vesele among many. The others
    are as likely, so they join with the same match kind.
    """
    d = gazetteer.data
    kinds: dict[str, int] = {}
    for code in postings:
        if code % 4 in (1, 2) and d.feature[code // 4] == SETTLEMENT:
            name = d.name[code // 4]
            kinds[name] = min(kinds.get(name, 9), code % 4)
    if not kinds:
        return postings
    rows = {c // 4 for c in postings}
    extra = tuple((c // 4) * 4 + kinds[d.name[c // 4]]
                  for c in gazetteer.loose_lookup(key)
                  if c // 4 not in rows and d.name[c // 4] in kinds)
    return postings + extra


def upgrade_namesakes(gazetteer: Gazetteer, postings: tuple[int, ...]) -> tuple[int, ...]:
    """Loose matches named like an alternate-spelling match rank like it (see above)."""
    d = gazetteer.data
    kinds: dict[str, int] = {}
    for code in postings:
        if code % 4 in (1, 2):
            name = d.name[code // 4]
            kinds[name] = min(kinds.get(name, 9), code % 4)
    if not kinds:
        return postings
    return tuple((c // 4) * 4 + kinds[d.name[c // 4]]
                 if c % 4 == 3 and d.name[c // 4] in kinds else c for c in postings)


def prefer_main_names(gazetteer: Gazetteer, postings: tuple[int, ...], key: str,
                      inflected: bool = False, query: str = "") -> tuple[int, ...]:
    """Drop settlements matched only by a former or other name when a settlement of the
    same region currently bears the name.

    "Novooleksandrivka, Zaporizhzhia oblast" means the villages of that name, not
    Melitopol, whose 18th-century name GeoNames lists among its alternates.
    When no settlement bears the name (Artemivsk, Dnipropetrovsk) or only ones
    in other regions or countries do (Odessa, Texas), former names still count;
    so do namesakes of a bearer (a Vodiane listed under the spelling Vodyane).
    A query calling the place a town or city (:data:`TOWN_WORD`) keeps them too.

    Parameters
    ----------
    gazetteer : Gazetteer
    postings : tuple of int
        The name's postings (``entry * 4 + kind``).
    key : str
        The normalised name they were looked up by.
    inflected : bool
        True when they came from the name's nominative (case) forms.
    query : str
        The query text, for the town/city words.
    """
    main = gazetteer.main_rows(key, inflected)
    if not main or (query and TOWN_WORD.search(query)):
        return postings
    d = gazetteer.data
    rows = {c // 4 for c in postings}
    regions = {(d.country_code[r], d.admin1_code[r]) for r in main & rows}
    if not regions:
        return postings
    names = {d.name[r] for r in main & rows}
    return tuple(c for c in postings
                 if c % 4 not in (1, 2) or c // 4 in main or d.feature[c // 4] != SETTLEMENT
                 or d.name[c // 4] in names       # a namesake listed under another spelling
                 or (d.country_code[c // 4], d.admin1_code[c // 4]) not in regions)
