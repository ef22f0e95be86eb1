"""Another spelling of a name, when the places spelt as written all lie elsewhere.

Russian-language reports name Ukrainian villages in Russian: "Шестаково Чугуевского
района" is Shestakove (Chuhuiv Raion, Kharkiv Oblast). GeoNames gives that Russian form
to a Shostakove of Cherkasy Oblast and to a Shestakovo in Siberia, but not to the
village meant, so the name as written is found, only in the wrong places, and the
variant spellings (:meth:`geo.gazetteer.Gazetteer.variant_lookup`, and the loose match of
its romanisations) were never tried. :func:`variants_where_told` adds them when the
query or its report names a region or district and no place spelt as written lies there;
it adds only the ones that do, so it never makes a name ambiguous elsewhere.
"""
from __future__ import annotations

from geo.gazetteer import Gazetteer, fast_key
from geo.geocoding.ranking import Evidence, in_regions
from geo.translit import romanizations

__all__ = ["other_spellings", "variants_where_told"]


def other_spellings(gazetteer: Gazetteer, key: str) -> tuple[int, ...]:
    """The entries another spelling of ``key`` names: its variant spellings
    (:meth:`~geo.gazetteer.Gazetteer.variant_lookup`), then its loose matches; a Cyrillic
    name matches loosely through its romanisations ("Іванівка": the village GeoNames names
    only "Ivanovka")."""
    loose_keys = ([key] if key.isascii()
                  else [fast_key(latin) for latin in romanizations(key)])
    return gazetteer.variant_lookup(key) + tuple(
        c for k in loose_keys for c in gazetteer.loose_lookup(k))


def variants_where_told(gazetteer: Gazetteer, postings: tuple[int, ...], key: str,
                        evidence: Evidence) -> tuple[int, ...]:
    """``postings``, with the variant spellings of ``key`` that lie where the evidence
    says when none of ``postings`` does.

    Parameters
    ----------
    gazetteer : Gazetteer
    postings : tuple of int
        The entries found for the name as written (``row * 4 + kind``).
    key : str
        The name's lookup key.
    evidence : Evidence
        Its regions (named in the query or by the report) and districts.

    Returns
    -------
    tuple of int
        ``postings`` unchanged, or followed by the variants found there.
    """
    regions = evidence.regions | evidence.context_regions
    if not (regions or evidence.districts):
        return postings
    if any(_where_told(gazetteer, code // 4, regions, evidence) for code in postings):
        return postings
    found = {code // 4 for code in postings}
    extra = tuple(dict.fromkeys(
        code for code in other_spellings(gazetteer, key)
        if code // 4 not in found and _where_told(gazetteer, code // 4, regions, evidence)))
    return postings + extra


def _where_told(gazetteer: Gazetteer, row: int, regions, evidence: Evidence) -> bool:
    """True when entry ``row`` lies in a named district, or (no district named) a region."""
    d = gazetteer.data
    if evidence.districts:
        return (str(d.admin1_code[row]), str(d.admin2_code[row])) in evidence.districts
    return in_regions(gazetteer, row, regions)
