"""Entries found by id or by area: a GeoNames id, a region's or a country's own entry.

Used where a name could not be placed: its namesakes' shared region (or country) is
the most the text allows (:mod:`geo.extract.pending`), and a reviewer's choice of a
namesake by its GeoNames id (``strikemap review set --place``).
"""
from __future__ import annotations

import numpy as np

from geo.gazetteer.build import COUNTRY, REGION
from geo.gazetteer.lookup import Gazetteer
from geo.model import Candidate


def _area_rows(gazetteer: Gazetteer) -> tuple[dict, dict]:
    """``{(country, admin1 code): row}`` of regions and ``{country: row}`` of countries,
    made once per gazetteer."""
    cached = getattr(gazetteer, "_strikemap_area_rows", None)
    if cached is None:
        d = gazetteer.data
        regions = {gazetteer.region_pair(int(r)): int(r) for r in np.flatnonzero(d.feature == REGION)}
        countries = {str(d.country_code[int(r)]): int(r) for r in np.flatnonzero(d.feature == COUNTRY)}
        cached = (regions, countries)
        gazetteer._strikemap_area_rows = cached
    return cached


def region_candidate(gazetteer: Gazetteer, country_code: str, admin1_code: str) -> Candidate | None:
    """The region's own entry (its representative point), or None when the gazetteer has none."""
    row = _area_rows(gazetteer)[0].get((country_code, admin1_code))
    return None if row is None else gazetteer.candidate(row)


def country_candidate(gazetteer: Gazetteer, country_code: str) -> Candidate | None:
    """The country's own entry, or None when the gazetteer has none."""
    row = _area_rows(gazetteer)[1].get(country_code)
    return None if row is None else gazetteer.candidate(row)


def candidate_by_geonameid(gazetteer: Gazetteer, geonameid: int) -> Candidate | None:
    """The entry with this GeoNames id (a settlement first when the id has several rows).

    Examples
    --------
    >>> from geo.gazetteer import load_gazetteer            # doctest: +SKIP
    >>> candidate_by_geonameid(load_gazetteer(), 703448).name   # doctest: +SKIP
    'Kyiv'
    """
    rows = np.flatnonzero(gazetteer.data.geonameid == int(geonameid))
    if not len(rows):
        return None
    row = min(rows.tolist(), key=lambda r: int(gazetteer.data.feature[r]))
    return gazetteer.candidate(int(row))


def raion_name(gazetteer: Gazetteer, candidate: Candidate) -> str:
    """The raion (district) a settlement lies in, as GeoNames names it ("" when unknown)."""
    if candidate.geonameid is None:
        return ""
    d = gazetteer.data
    rows = np.flatnonzero(d.geonameid == int(candidate.geonameid))
    codes = [str(d.admin2_code[r]) for r in rows.tolist() if str(d.admin2_code[r])]
    if not codes:
        return ""
    names = getattr(gazetteer, "_strikemap_raions", None)
    if names is None:
        table = d.districts
        names = {(a1, a2): name for name, a1, a2 in zip(table.name, table.admin1, table.admin2) if a2}
        gazetteer._strikemap_raions = names
    return names.get((candidate.admin1_code, codes[0]), "")
