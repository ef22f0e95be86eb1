"""Names the mention finder did not know that are a settlement's, spelt otherwise: a
compound Latin name one letter off ("Seredyno-Buda": Seredyna-Buda), a Russian spelling the
gazetteer lists romanised ("Большой Кардашинке": Velyka Kardashynka, listed as "Bol'shaya
Kardashinka") or that is like the Ukrainian name word by word ("Малую Рогань": Mala Rohan),
in a report that fits the place (for :mod:`geo.extract.analysis`).
"""
from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from geo.distance import haversine_km
from geo.extract.report_context import named_russian_regions, one_edit_apart
from geo.gazetteer import fast_key
from geo.geocoding.loose import LOOSE_CONTEXT_KM
from geo.model import Candidate
from geo.translit import romanizations

if TYPE_CHECKING:
    from geo.extract.sentence_info import MentionInfo


def loosely_spelt(unknown: list[MentionInfo], resolve, dated, mentions: list[MentionInfo],
                   gazetteer) -> None:
    """A compound name the finder did not know that is one letter off a settlement's
    ("Seredyno-Buda": Seredyna-Buda), or its Russian spelling in a report that speaks of
    its country (listed romanised, "Большой Кардашинке": Velyka Kardashynka, or like it
    word by word, :func:`~geo.extract.report_context.russian_spelling_of`: "Малая
    Рогань": Mala Rohan), is that settlement (updated in place)."""
    for m in unknown:
        text = m.found.text
        if not (m.unknown and ("-" in text or " " in text)):
            continue
        place = resolve(text, dated)
        c = place.candidate if place.resolved else None
        if c is not None and c.feature == "settlement" and (
                one_edit_apart(c.name.lower(), text.lower()) if text.isascii()
                else (_listed_romanised(gazetteer, text, c) or russian_spelling_of(text, c.name))
                and fits_the_report(c, mentions)):
            m.place, m.unknown = replace(place, query=m.found.lookup), False


def _listed_romanised(gazetteer, text: str, candidate) -> bool:
    """Whether the gazetteer lists a Russian romanisation of Cyrillic ``text`` (or of its
    nominative) as a spelling of ``candidate``."""
    return any(int(gazetteer.data.geonameid[code // 4]) == candidate.geonameid
               for code in gazetteer.variant_lookup(fast_key(text)))


def russian_spelling_of(text: str, name: str) -> bool:
    """Whether a Cyrillic compound name the gazetteer lacks is ``name`` (a settlement's, in
    Latin) spelt in Russian, word by word, an adjective in the same gender and number:
    "Малая Рогань", "Малую Рогань" of Mala Rohan, not "Нова Рогань", "Рогань" alone, nor
    "Ясные Зори" (plural) of Yasna Zoria."""
    words, targets = text.lower().replace("-", " ").split(), name.lower().replace("-", " ").split()
    return len(words) == len(targets) > 1 and all(
        _agrees(word, target) and max(SequenceMatcher(None, fast_key(r), target).ratio()
                                      for r in romanizations(word)) >= _WORD_LIKENESS
        for word, target in zip(words, targets))


#: how alike a Russian word's romanisation and the settlement name's word must be
#: ("maluyu"/"mala" 0.6, "nova"/"mala" 0.5)
_WORD_LIKENESS = 0.6
#: Russian adjective endings (any case) -> the Ukrainian name's endings in Latin they agree
#: with (gender and number), longest first
_ADJECTIVE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ыми", ("i",)), ("ими", ("i",)),
    ("ого", ("yi", "ii", "e", "ie")), ("его", ("yi", "ii", "e", "ie")),
    ("ому", ("yi", "ii", "e", "ie")), ("ему", ("yi", "ii", "e", "ie")),
    ("ая", ("a", "ia")), ("яя", ("a", "ia")), ("ую", ("a", "ia")), ("юю", ("a", "ia")),
    ("ою", ("a", "ia")), ("ею", ("a", "ia")), ("ой", ("a", "ia", "yi", "ii")),
    ("ей", ("a", "ia", "yi", "ii")), ("ое", ("e", "ie")), ("ее", ("e", "ie")),
    ("ый", ("yi", "ii")), ("ий", ("yi", "ii")), ("ым", ("yi", "ii", "i")),
    ("им", ("yi", "ii", "i")), ("ые", ("i",)), ("ие", ("i",)), ("ых", ("i",)), ("их", ("i",)),
)


def fits_the_report(candidate: Candidate, mentions: list[MentionInfo]) -> bool:
    """Whether a place found only by its spelling fits the report's other places: in a
    country of the report's regions (a Russian governor's village spelt like a Ukrainian
    one is not it), and within :data:`~geo.geocoding.loose.LOOSE_CONTEXT_KM` of a settlement
    the report names, when it names any."""
    if candidate.country_code != "RU" and named_russian_regions(mentions):
        return False
    points = [m.place.candidate for m in mentions if m.feature == "settlement"
              and m.place.candidate.geonameid != candidate.geonameid]
    return not points or any(
        float(haversine_km(p.lat, p.lon, candidate.lat, candidate.lon)) <= LOOSE_CONTEXT_KM
        for p in points)


def _agrees(word: str, target: str) -> bool:
    """Whether a Russian word with an adjective's ending names ``target`` in its gender and
    number (any other word agrees)."""
    allowed = next((latin for ending, latin in _ADJECTIVE_ENDINGS if word.endswith(ending)),
                   None)
    return allowed is None or target.endswith(allowed)
