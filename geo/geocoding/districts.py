"""The districts (raions) a text names, as evidence for ranking a name's candidates.

"Hranitne (Volnovakha raion)" and "Stepanovka, Shakhtersky district" name the
district a village lies in: settlements whose ``admin2`` is a current (2020)
raion named so, or near the point of a former (pre-2020, ``ADM2H``) raion.

Nearness to the town a raion is named after is no tie-break: raions, old and
new, are 40-100 km across, and on the labelled set it picked the wrong namesake
more often than the right one (Stepano-Krynka for the Stepanivka of Shakhtarsk
raion). So when a district is recognised here, the resolver does not also take
its centre ("Shakhtersky" -> Shakhtarsk) as a nearby place.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geo.gazetteer import Gazetteer
from geo.gazetteer.districts import district_phrases
from geo.geocoding.ranking import Evidence

DISTRICT_WORD = re.compile(r"district|raion|rayon|region|район", re.IGNORECASE)


class DistrictReader:
    """Reads the district phrases of a text into :class:`Evidence`.

    Parameters
    ----------
    gazetteer : Gazetteer
        Its district table (empty for the embedded gazetteer) and settlements.
    is_region : callable
        True for words that name an oblast ("Donetsk" in "Donetsk region").
    """

    def __init__(self, gazetteer: Gazetteer, is_region: Callable[[str, str], bool]) -> None:
        self.gazetteer = gazetteer
        self.is_region = is_region

    def evidence(self, text: str, evidence: Evidence) -> Evidence:
        """``evidence`` with the districts ``text`` names added (unchanged when none)."""
        table = self.gazetteer.data.districts
        if not len(table) or not DISTRICT_WORD.search(text):
            return evidence
        codes: set[tuple[str, str]] = set()
        points: list[tuple[float, float]] = []
        for words, kind in district_phrases(text):
            if kind == "region" and self.is_region(words, kind):
                continue                     # "Donetsk region" is the oblast
            rows = table.lookup(words)
            for row in rows:
                if table.admin2[row]:
                    codes.add((table.admin1[row], table.admin2[row]))
                else:
                    points.append((float(table.lat[row]), float(table.lon[row])))
        if not codes and not points:
            return evidence
        return replace(evidence, districts=evidence.districts | codes,
                       district_points=evidence.district_points + tuple(points))
