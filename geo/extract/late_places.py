"""Steps of resolving a report's names that need the rest of the report resolved first: a
village the gazetteer knows only abroad, the unplaced village a raion stands for, "на
Запоріжжі" as the oblast, and names left ambiguous once raions placed the report in a Russian
region. Used by :func:`geo.extract.analysis.resolve_mentions`; each updates the mentions in
place.
"""
from __future__ import annotations

from dataclasses import replace

from geo.extract import roles
from geo.extract.qualifiers import told_as_settlement
from geo.extract.report_context import BELLIGERENTS, report_context, resolve_in_context
from geo.extract.sentence_info import MentionInfo, SentenceInfo

__all__ = ["resolve_in_raions_regions", "village_abroad", "villages_of_raions",
           "zaporizhzhia_region"]


def village_abroad(m: MentionInfo) -> bool:
    """A name told as a village ("в соседнем селе Кобылки") that the gazetteer knows only as
    a small place outside the countries at war (Kobyłka, Poland): a village it lacks, to be
    reported unplaced (its toll is its own, not the place before's)."""
    c = m.place.candidate if m.place is not None and m.place.resolved else None
    if c is None or c.country_code in BELLIGERENTS or c.population >= 50_000:
        return False
    return told_as_settlement(m.found.sentence.text, m.found.start - m.found.sentence.start)


def villages_of_raions(infos: list[SentenceInfo]) -> None:
    """A raion told right after a village that stays unplaced ("в селе Зозули Борисовского
    района") stands for that village: two villages of one raion are two strikes at its
    precision, not one. Updated in place."""
    for info in infos:
        for village, raion in zip(info.mentions, info.mentions[1:]):
            if raion.raion and raion.role == roles.PLACE and village.place is not None \
                    and not village.place.resolved and raion.found.start - village.found.end <= 2:
                raion.village = village.found


#: the city's name that, after "на", means its oblast: "на Запоріжжі" (not "атака на Запорожье")
_REGION_AFTER_NA = frozenset({"Запоріжжі"})


def zaporizhzhia_region(infos: list[SentenceInfo], resolve, dated) -> None:
    """"на Запоріжжі" is Zaporizhzhia Oblast ("у Запоріжжі" is the city): a village told
    with it is not also a strike on the city. Updated in place."""
    for info in infos:
        for m in info.mentions:
            start = m.found.start - info.sentence.start
            if m.found.text in _REGION_AFTER_NA and m.role == roles.PLACE \
                    and info.sentence.text[max(0, start - 3):start].lower() == "на ":
                region = resolve("Запорізька область", dated)
                if region.resolved:
                    m.place = replace(region, query=m.found.lookup)


def resolve_in_raions_regions(mentions: list[MentionInfo], context, queries: dict[int, str],
                               resolve, finder, date: str | None) -> None:
    """Names left ambiguous, resolved again once the raions placed the report in a Russian
    region ("В Валуйском округе ... В Валуйках": Valuyki of Belgorod Oblast, not Luhansk's
    Valuiky), or read weakly outside it ("в Лискинском районе ... В селе Давыдовка": Davydovka
    of Voronezh Oblast, not Zaporizhzhia Oblast's Davydivka). Updated in place."""
    later = report_context(mentions, date)
    if later is None or context is not None and set(later.regions) <= set(context.regions):
        return
    ambiguous = [m for m in mentions if m.role == roles.PLACE and m.place is not None
                 and (not m.place.resolved and m.place.alternatives
                      or m.place.resolved and m.place.candidate.score < 0.6   # "Давыдовка":
                      and m.place.candidate.admin1 not in later.regions)]     # weakly elsewhere
    if ambiguous:
        resolve_in_context(ambiguous, later, queries, resolve, finder)
