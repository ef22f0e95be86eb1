"""A facility named by its town's adjective: "Рязанский НПЗ", "Туапсинский НПЗ", "Саратовская
нефтебаза", "Новошахтинский завод": the town of the adjective is where the strike was, not a
village that happens to bear the adjective as its name (a "Ryazanskiy" elsewhere)."""
from __future__ import annotations

import re
from dataclasses import replace

from geo.extract import roles
from geo.extract.facility_adjectives import FACILITY_AFTER as _FACILITY_AFTER
from geo.extract.qualifiers import as_name
from geo.extract.sentence_info import SentenceInfo

#: a town this big is the facility's (its adjective names it)
_TOWN_PEOPLE = 10_000


def towns_of_facilities(infos: list[SentenceInfo], resolve, dated, nouns) -> None:
    """Place a facility told by its town's adjective ("Рязанский НПЗ") at that town when it
    is a town of :data:`_TOWN_PEOPLE` or more (``nouns``: the names an adjective fits, most
    likely first). Updated in place."""
    for info in infos:
        s0, text = info.sentence.start, info.sentence.text
        for m in info.mentions:
            if m.role != roles.PLACE or not roles.is_adjective_name(m.found.text) \
                    or not _FACILITY_AFTER.match(text, m.found.end - s0):
                continue
            for noun, _ids in nouns(m.found.text):
                place = resolve(as_name(noun), dated)
                if place.resolved and place.candidate.feature == "settlement" \
                        and place.candidate.population >= _TOWN_PEOPLE:
                    m.place, m.unknown = replace(place, query=m.found.lookup), False
                    break
