"""When a name matched only by its loose spelling may stand for a place.

The spelling-insensitive index (:func:`geo.gazetteer.names.loose_key`) finds
Pervomaiskoye for Pervomaiske, but also Rososh for the surname "Kiper". A
loose match is accepted only with evidence that the text names a place there:
a region or district that holds it, a place-type word ("village of ..."), or a
long name spelt nearly like the entry's; and never far from the other places
the text names.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from geo.gazetteer import Gazetteer, fast_key
from geo.gazetteer.names import adjective_gender
from geo.distance import haversine_km
from geo.geocoding.ranking import Evidence
from geo.model import Place
from geo.translit import romanizations

#: a loose spelling match must lie this close to another place named in the text
LOOSE_CONTEXT_KM = 150.0
#: without other evidence, a loose spelling match needs a name this long and this
#: close to the entry's name (Avdeevka/Avdiivka 0.75, Kiper/Rososh 0)
LOOSE_MIN_LETTERS = 7
LOOSE_MIN_SIMILARITY = 0.7
#: words that say the name next to them is a settlement
PLACE_WORD = re.compile(
    r"\b(?:village|villages|town|towns|city|settlement|hamlet|township|urban-type|smt|pgt|"
    r"село|селі|селища|селище|селищі|місто|міста|місті|смт|деревня|деревне|деревни|"
    r"поселок|посёлок|поселке|посёлке|поселка|посёлка|город|города|городе)\b",
    re.IGNORECASE)


def loose_supported(gazetteer: Gazetteer, query: str, key: str, row: int,
                    evidence: Evidence) -> bool:
    """True when a name (normalised ``key``) matched only by its loose spelling to entry
    ``row`` has evidence it is that place: a region or district named in the query,
    a place-type word, or a long name spelt nearly like the entry's (a Cyrillic name by
    its romanisations). A masculine
    adjective for a place named by the neuter one needs the place-type word: "Orlovsky
    village" is Orlovske, "Antonivskyi bridge" no village Antonivske."""
    name = fast_key(str(gazetteer.data.name[row]))
    if adjective_gender(key) == "m" and adjective_gender(name) == "n":
        return bool(PLACE_WORD.search(query))
    if evidence.regions or evidence.districts or evidence.district_points:
        return True
    if PLACE_WORD.search(query):
        return True
    letters = key.replace(" ", "")
    if len(letters) < LOOSE_MIN_LETTERS:
        return False
    entry = name.replace(" ", "")
    spellings = {letters} if key.isascii() else {fast_key(r).replace(" ", "")
                                                  for r in romanizations(key)}
    return any(SequenceMatcher(None, spelling, entry).ratio() >= LOOSE_MIN_SIMILARITY
               for spelling in spellings)     # "Малая Рогань" as "malaya rogan": Mala Rohan


def near_context(gazetteer: Gazetteer, row: int,
                 points: tuple[tuple[float, float], ...]) -> bool:
    """True when entry ``row`` lies within :data:`LOOSE_CONTEXT_KM` of one of ``points``."""
    d = gazetteer.data
    return any(float(haversine_km(d.lat[row], d.lon[row], lat, lon)) <= LOOSE_CONTEXT_KM
               for lat, lon in points)


def loose_rejection(query: str, text: str, entry: str) -> Place:
    """The unresolved :class:`~geo.model.Place` for a loose match without evidence."""
    return Place(query=query, status="unresolved",
                 reason=f"no place is named {text!r}; it only resembles the spelling of "
                        f"{entry!r}: add the region or 'village'/'town' to accept it")
