"""Merge a report's hits into one event record per place and strike, with provenance.

A sentence that names the place and another calendar day, with casualties of its
own, is another strike there (another record). Per place and strike: the union of
the attack types (``other`` when none is named), the largest killed / injured /
count figure said of it (with its qualifier; a later death moves one injured to the
killed; an action count beats a count of weapons), the most precise date (else the
first), the first sentence that placed the attack there as the excerpt (with its
character offsets), and a confidence in 0..1.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from geo.distance import haversine_km
from geo.extract.dates import NAMED_DAY_KINDS, PRECISION_RANK
from geo.extract.headlines import without_headline_repeats
from geo.extract.lexicon import merge_types
from geo.extract.pipeline import Hit, near_seat
from geo.extract.scope import NATIONWIDE
from geo.model import Candidate, EventRecord
from geo.schema import make_event_id

_VIA_WEIGHT = {"direct": 1.0, "title": 0.8, "focus": 0.75, "roundup": 0.75}


@dataclass(frozen=True)
class UnresolvedPlace:
    """An attack location named in a report that could not be placed on the map.

    Attributes
    ----------
    query : str
        The name as written.
    reason : str
        Why it is not resolved (e.g. "ambiguous: 5 places named 'Pervomaiske'").
    source, excerpt : str
        The document and the sentence.
    excerpt_start, excerpt_end : int
        Offsets of the sentence in the document.
    alternatives : tuple of Candidate
        The places it could be.
    date, date_precision, attack_types, killed, injured, count, confidence
        What the report says of the attack there, as an event record would hold it.
    area : Candidate, optional
        The most the text allows: the region all the namesakes lie in, else their
        country (set by :class:`geo.extract.Extractor`; see :mod:`geo.extract.pending`).
    raions : tuple of str
        The raion of each alternative ("" when unknown), set with ``area``.
    """

    query: str
    reason: str
    source: str
    excerpt: str
    excerpt_start: int
    excerpt_end: int
    alternatives: tuple[Candidate, ...] = ()
    date: str | None = None
    date_precision: str = "unknown"
    attack_types: tuple[str, ...] = ("other",)
    killed: int | None = None
    injured: int | None = None
    count: int | None = None
    confidence: float = 0.0
    area: Candidate | None = None
    raions: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """A plain dict for the CLI's "unresolved" member."""
        area = self.area
        return {"query": self.query, "reason": self.reason, "source": self.source,
                "excerpt": self.excerpt, "excerpt_start": self.excerpt_start,
                "excerpt_end": self.excerpt_end,
                "alternatives": [{"name": c.name, "admin1": c.admin1,
                                  "country_code": c.country_code, "geonameid": c.geonameid,
                                  "lat": c.lat, "lon": c.lon, "population": c.population,
                                  "feature": c.feature, "raion": raion}
                                 for c, raion in zip(self.alternatives,
                                                     self.raions or ("",) * len(self.alternatives))],
                "date": self.date, "date_precision": self.date_precision,
                "attack_types": list(self.attack_types), "killed": self.killed,
                "injured": self.injured, "count": self.count, "confidence": self.confidence,
                "area": None if area is None else {
                    "name": area.name, "lat": area.lat, "lon": area.lon,
                    "geonameid": area.geonameid, "country_code": area.country_code,
                    "admin1": area.admin1, "feature": area.feature}}


def _figure(hits: list[Hit], kind: str) -> tuple[int | None, str | None]:
    """The largest figure of a kind, plus those told after it as more, of the place in
    focus ("One injured person was taken to hospital. Another man was wounded.": two; not
    after a headline's total, "...at least one dead. ... Ще одна людина загинула.", nor
    after a total that a colon breaks down)."""
    best: tuple[int, str | None] | None = None
    total = False                       # the best figure sums up what is told after it
    for hit in hits:
        for fig in hit.figures:
            if fig.kind != kind or fig.later:
                continue
            if fig.additional and best is not None and hit.via == "focus" and (
                    not total or _BECAME_KNOWN.search(hit.info.sentence.text)):
                best = (best[0] + fig.value, best[1])   # told of the place in focus
            elif best is None or fig.value > best[0]:
                best = (fig.value, fig.qualifier)
                text = hit.info.sentence.text
                total = hit.info.sentence.index == 0 or \
                    text[fig.end:].lstrip().startswith((":", "—", "–"))
                # a headline, or "ранения получили четыре человека: двое ... Ещё двое ..."
    return best if best is not None else (None, None)


#: more hurt learnt of later: added to a first sentence's figure ("Пізніше стало відомо ще
#: про двох поранених"), which otherwise sums up what is told after it
_BECAME_KNOWN = re.compile(r"\bстало відомо\b|\bстало известно\b|\bbecame known\b|"
                           r"\bit emerged\b", re.IGNORECASE)


def _casualties(hits: list[Hit]) -> tuple[tuple[int | None, str | None], ...]:
    """(killed, qualifier) and (injured, qualifier): the largest of each, and a later death
    ("Пізніше у лікарні помер чоловік") moves that many of those injured before to the
    killed (when no one was told killed before, else the dead may be one already counted;
    "one of the injured died" moves all the same)."""
    killed, injured = _figure(hits, "killed"), _figure(hits, "injured")
    told = [f for hit in hits for f in sorted(hit.figures, key=lambda f: f.start)]
    for i, fig in enumerate(told):
        if not fig.later:
            continue
        hurt_before = any(f.kind == "injured" and f.value >= fig.value for f in told[:i])
        dead_before = any(f.kind == "killed" and f.value and not f.later for f in told[:i])
        if hurt_before and (fig.of_injured or not dead_before) and injured[0] is not None \
                and injured[0] >= fig.value:
            injured = (injured[0] - fig.value, injured[1])
            killed = ((killed[0] or 0) + fig.value, killed[1])
        elif killed[0] is None or fig.value > killed[0]:
            killed = (fig.value, fig.qualifier)
    return killed, injured


def _date(hits: list[Hit], published: date | None) -> tuple[str | None, str]:
    dated = [h.date for h in hits if h.date is not None and h.date[0] is not None]
    if published is not None and any(h.date is None for h in hits):
        dated.append((published.isoformat(), "day"))    # told with no day: the report's
    if dated:
        best = min(dated, key=lambda d: PRECISION_RANK[d[1]])
        return _named_day_near(hits, best) or best
    if published is None or any(h.date == (None, "unknown") for h in hits):
        # ("a few months ago": not the day the report was published)
        return None, "unknown"
    return published.isoformat(), "day"


def _named_day_near(hits: list[Hit], best: tuple[str, str]) -> tuple[str, str] | None:
    """A day named in a later sentence of the strike ("Атака произошла в ночь на субботу")
    where the first told it only as "overnight" or "today", a day or less from it."""
    if best[1] != "day":
        return None
    vague = next((h for h in hits if h.date == best), None)
    if vague is None or any(d.kind in NAMED_DAY_KINDS for d in vague.info.dates):
        return None
    for hit in hits:
        if hit.date is not None and hit.date[0] is not None and hit.date[1] == "day" \
                and hit.date != best and any(d.kind in NAMED_DAY_KINDS for d in hit.info.dates) \
                and abs((date.fromisoformat(hit.date[0]) - date.fromisoformat(best[0])).days) <= 1:
            return hit.date
    return None


def _confidence(hits: list[Hit], types: tuple[str, ...], score: float, has_figures: bool) -> float:
    base = 0.55 * max(_VIA_WEIGHT[h.via] for h in hits)
    base += 0.15 if types and types != ("other",) else 0.0
    base += 0.1 if has_figures else 0.0
    base += 0.1 if any(h.mention.locative for h in hits if h.via == "direct") else 0.0
    base += 0.05 if len(hits) > 1 else 0.0
    return round(max(0.05, min(0.99, base * (0.6 + 0.4 * score))), 3)


def _record(hits: list[Hit], source: str, published: date | None) -> EventRecord:
    anchor = next((h for h in hits if h.via != "focus"), hits[0])
    c = anchor.mention.place.candidate
    types = merge_types(h.types for h in hits) or ("other",)
    (killed, killed_q), (injured, injured_q) = _casualties(hits)
    count, count_q = _figure(hits, "count")
    if count is None:
        count, count_q = _figure(hits, "count_weapon")
    day, precision = _date(hits, published)
    sentence = anchor.info.sentence
    has_figures = any(v is not None for v in (killed, injured, count))
    extra = {"excerpt_start": sentence.start, "excerpt_end": sentence.end,
             "killed_qualifier": killed_q, "injured_qualifier": injured_q,
             "count_qualifier": count_q, "sources": [source],
             "toll_end": max((h.info.sentence.end for h in hits if any(
                 f.kind in ("killed", "injured") for f in h.figures)), default=None)}
    raion = anchor.mention.raion          # "у Лубенському районі": the raion, at its seat
    area = anchor.mention.area            # "Rylsk–Durovo road", "near Bryansk": around it
    village = anchor.mention.village if raion or area else None
    extra["for_village"] = raion and village is not None
    key = c.geonameid if c.geonameid is not None else c.name
    if village is not None:               # "деревни Елизаветовка Глушковского района"
        key = f"{key}:{village.key}"
    return EventRecord(
        event_id=make_event_id(source, f"raion:{key}" if raion else f"area:{key}" if area else key,
                               day),
        date=day, date_precision=precision, attack_types=types,
        place=f"{c.name} district" if raion else area or c.name,
        query=anchor.mention.found.text if village is None
        else f"{village.text} {anchor.mention.found.text}",
        lat=c.lat, lon=c.lon, geonameid=c.geonameid,
        country_code=c.country_code, admin1=c.admin1,
        geo_precision="district" if raion or area else c.feature,
        killed=killed, injured=injured, count=count, source=source, excerpt=sentence.text,
        confidence=_confidence(hits, types, c.score, has_figures), extra=extra)


def _unresolved(hits: list[Hit], source: str, published: date | None) -> UnresolvedPlace:
    anchor = hits[0]
    place = anchor.mention.place
    sentence = anchor.info.sentence
    reason = place.reason if place is not None else "not resolved"
    alternatives = place.alternatives if place is not None else ()
    types = merge_types(h.types for h in hits) or ("other",)
    (killed, _), (injured, _) = _casualties(hits)
    count, _ = _figure(hits, "count")
    day, precision = _date(hits, published)
    confidence = _confidence(hits, types, 0.0, any(v is not None for v in (killed, injured, count)))
    return UnresolvedPlace(anchor.mention.found.text, reason, source, sentence.text,
                           sentence.start, sentence.end, alternatives, day, precision, types,
                           killed, injured, count, confidence)


def _regions_with_events(groups: dict[str, list[Hit]]) -> set[tuple[str, str]]:
    """(country, admin1 code) of every settlement that is an attack location."""
    out = set()
    for group in groups.values():
        place = group[0].mention.place
        if place is not None and place.resolved and place.candidate.feature == "settlement":
            out.add((place.candidate.country_code, place.candidate.admin1_code))
    return out


def _title_region_only(group: list[Hit], covered: set[tuple[str, str]]) -> bool:
    """A region known only from an official's title, whose settlements are named too."""
    place = group[0].mention.place
    if place is None or not place.resolved or place.candidate.feature != "region":
        return False
    if any(h.via in ("direct", "roundup") for h in group):
        return False                   # struck itself, or the toll of a roundup of its places
    return (place.candidate.country_code, place.candidate.admin1_code) in covered


#: expressions that name the day itself (not "today", "overnight", "yesterday")
_NAMED_DAY_KINDS = NAMED_DAY_KINDS


def _split_by_day(groups: dict[str, list[Hit]],
                  published: date | None) -> dict[str, list[Hit]]:
    """Strikes on one place on different days are different events: a sentence that names
    the place and another calendar day ("21 вересня в Куп'янську поранено ...") starts a
    new group, with the focus sentences after it, when it tells casualties of its own."""
    out: dict[str, list[Hit]] = {}
    for key, group in groups.items():
        parts: list[list[Hit]] = [[]]
        for hit in group:
            if parts[-1] and _RECALL.match(hit.info.sentence.text) and not any(
                    f.kind in ("killed", "injured") for f in hit.figures):
                continue                  # "Нагадаємо, 12 жовтня росіяни вже били по місту",
                # "Нагадаємо, 8 жовтня у Чугуєві пошкоджено ...": an earlier strike on the
                # place recalled, no day or weapon of the one told
            if parts[-1] and _another_day(hit, parts[-1], published):
                parts.append([])
            parts[-1].append(hit)
        kept: list[list[Hit]] = []
        for part in parts:
            told = any(f.kind in ("killed", "injured") for h in part for f in h.figures)
            if kept and not told:
                kept[-1].extend(part)     # a background sentence ("since it was freed on
            else:                         # Nov. 11") is no strike of its own
                kept.append(part)
        for i, part in enumerate(kept):
            out[key if i == 0 else f"{key}@{i}"] = part
    return out


#: a sentence that recalls an earlier strike: "Нагадаємо, ...", "Напомним, ..."
_RECALL = re.compile(r"^\W*(?:Нагадаємо|Нагадуємо|Напомним|Напоминаем|As a reminder|"
                     r"Recall that)\b", re.IGNORECASE)
#: a toll's news after the strike, no strike of its own: bodies found, a toll's total
_FOLLOW_UP = re.compile(r"\bbod(?:y|ies)\b|\btoll\b|\btotal\b|\bтіл[оа]\b|\bтел[оа]\b|"
                        r"\bзагалом\b|\bвсего\b|\bусього\b|\bвсього\b|\bnumber of\b|"
                        r"\b(?:rose|risen|climbed) to\b|\bкількість\b|\bколичество\b|"
                        r"\bчисло\b|\bзросл\w* до\b|\bвозросл\w* до\b", re.IGNORECASE)
#: a strike told as another one: "снова атаковал", "attacked the city again"
_AGAIN = re.compile(r"\b(?:again|знову|знов|снова|вновь|повторно)\b", re.IGNORECASE)
#: a past told back as before the report's day within the same month
_EARLIER = re.compile(r"\bearlier (?:in|this)\b|\bраніше (?:у|в|цього)\b|\bранее (?:в|в этом)\b",
                      re.IGNORECASE)
#: the report's own day, or the day before, told as such ("сьогодні", "yesterday")
_TODAY_KINDS = frozenset({"today", "minus1"})
#: a past told back from the report's day: a strike of its own when it names the place
_PAST_KINDS = frozenset({"months_ago", "days_ago", "days_earlier", "last_week", "last_month",
                         "month", "year"})


def _within(told: tuple[str | None, str], day: str) -> bool:
    """Whether ``day`` falls in the date ``told`` stands for (its day, week or month)."""
    if told[0] is None:
        return False
    start, other = date.fromisoformat(told[0]), date.fromisoformat(day)
    if told[1] == "month":
        return (start.year, start.month) == (other.year, other.month)
    if told[1] == "week":
        return 0 <= (other - start).days < 7
    return start == other


def _another_day(hit: Hit, part: list[Hit], published: date | None) -> bool:
    """Whether a direct hit names a day other than the day of ``part``: a day apart counts
    only when that day was named too ("у четвер", "21 вересня"), not guessed from "overnight"
    or the publication date; a past told back ("рік тому", "два тижні тому", "минулого
    місяця") counts when the day of ``part`` is not in it."""
    if hit.via not in ("direct", "focus") or hit.date is None:
        return False
    dated = next((h for h in part if h.date and h.date[1] == "day"), None)
    day = dated.date[0] if dated else published.isoformat() if published else None
    past = [d for d in hit.info.dates if d.kind in _PAST_KINDS]
    if past:                            # "Рік тому внаслідок удару по Ізюму загинули ...",
        told_first = hit.via == "focus" \
            or past[0].start < hit.mention.found.start - hit.info.sentence.start
        return told_first and day is not None and (
            not _within(hit.date, day) or _EARLIER.search(hit.info.sentence.text) is not None
            and any(f.kind in ("killed", "injured") for f in hit.figures))
        # ("Earlier in September, a similar attack on the city killed two": before the day)
        # (not "the deadliest strike on Uman since 40 were killed in Dnipro in January")
    kinds = {d.kind for d in hit.info.dates}
    if hit.date[1] != "day" or not kinds & (NAMED_DAY_KINDS | _TODAY_KINDS):
        return False
    if hit.via == "focus" and (not any(f.kind in ("killed", "injured") for f in hit.figures)
                               and not _AGAIN.search(hit.info.sentence.text)
                               or any(f.later for f in hit.figures)
                               or _FOLLOW_UP.search(hit.info.sentence.text)):
        return False                    # (a sentence of the place in focus on another day
        # counts when it tells a toll of its own: "В субботу ранен еще один мужчина", or a
        # strike again: "В ночь на понедельник враг снова атаковал столицу")
    if day is None or hit.date[0] == day:
        return False
    apart = abs((date.fromisoformat(hit.date[0]) - date.fromisoformat(day)).days)
    named = dated is not None and any(d.kind in _NAMED_DAY_KINDS for d in dated.info.dates)
    if not kinds & NAMED_DAY_KINDS:     # "15 вересня ... загинули 3 людей. Сьогодні вранці
        return named                    # удар повторився": today, after a day named
    return named or apart > 1 and hit.via == "direct"   # (a focus sentence's day splits only
    # from a day named too: "загинув житель X. 15 січня ... у цьому селі" is one strike)


def assemble(hits: list[Hit], source: str,
             published: date | None) -> tuple[list[EventRecord], list[UnresolvedPlace]]:
    """One record per resolved place (document order), and the unresolved places."""
    hits = without_headline_repeats(hits)
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.mention.key, []).append(hit)
    groups = _split_by_day(groups, published)
    events: list[EventRecord] = []
    unresolved: list[UnresolvedPlace] = []
    covered = _regions_with_events(groups)
    for group in groups.values():
        if _title_region_only(group, covered):
            continue                   # "Губернатор Белгородской области ...": context only
        place = group[0].mention.place
        if place is not None and place.resolved:
            events.append(_record(group, source, published))
        else:
            unresolved.append(_unresolved(group, source, published))
    return _without_summaries(events), unresolved


def _without_summaries(events: list[EventRecord]) -> list[EventRecord]:
    """``events`` without the leads and raions their places tell again; a place that
    names no weapon takes the weapons told of the raion it is in, else those of the report
    when it tells of one kind of attack only and its lead tells of it ("атаки російських
    FPV-дронів ... Куп'янськ"; not a digest whose one weapon comes up midway)."""
    events = _lead_tolls_to_their_place(events)
    drop = [e for e in events if _summary_of_places(e, events)]
    weapons = {e.attack_types for e in events} - {("other",)}
    lead = events[0].attack_types if events else None      # events come in text order
    only = lead if len(weapons) == 1 and lead in weapons else None
    out = []
    for event in events:
        if any(d is event for d in drop):
            continue
        if event.attack_types == ("other",):
            told = next((d.attack_types for d in drop if d.geo_precision == "district"
                         and d.attack_types != ("other",) and _inside(event, d)), only)
            if told is not None:
                event = replace(event, attack_types=told)
        out.append(event)
    return out


def _lead_tolls_to_their_place(events: list[EventRecord]) -> list[EventRecord]:
    """A region's toll told before the one place of it the report names, which tells no
    toll of its own ("Два жителя Курской области получили травмы ... Инцидент произошел в
    Рыльске"), is that place's: the place takes it, and the region is then its summary."""
    out = list(events)
    for lead in events:
        if lead.geo_precision != "region" or (lead.killed is None and lead.injured is None) \
                or NATIONWIDE.search(lead.excerpt):
            continue
        parts = [k for k, e in enumerate(out) if e is not lead and _inside(e, lead)]
        place = out[parts[0]] if len(parts) == 1 else None
        toll_end = lead.extra.get("toll_end") or 0
        after = [e for e in out if (e.extra.get("excerpt_start") or 0) >= toll_end]
        if place is not None and place.killed is None and place.injured is None and after \
                and min(after, key=lambda e: e.extra.get("excerpt_start") or 0) is place:
            out[parts[0]] = replace(out[parts[0]], killed=lead.killed, injured=lead.injured,
                                    extra={**out[parts[0]].extra, **_qualifiers(lead)})
    return out


def _qualifiers(event: EventRecord) -> dict:
    """The words that qualify ``event``'s figures ("at least"), to move with them."""
    return {k: event.extra.get(k) for k in ("killed_qualifier", "injured_qualifier")}


def _summary_of_places(summary: EventRecord, events: list[EventRecord]) -> bool:
    """A region's or raion's figures that the places of it named on the same day add up to
    exactly ("В Белгородской области погибла женщина ... В селе X Белгородского округа
    погибла женщина"): the report's lead sums them up, it is no strike of its own. So is
    a raion without figures whose town or villages are events of their own, and one whose
    sentence says it gives a total ("загалом", "in total")."""
    if summary.geo_precision not in ("region", "district") or summary.extra.get("for_village"):
        return False
    parts = [e for e in events if e is not summary and _inside(e, summary)
             and (summary.geo_precision == "region" or e.geonameid == summary.geonameid
                  or _told_after(e, summary)) and not _nearer_other_raion(e, summary, events)
             and not _listed_together(e, summary)]
    if not parts:
        return False
    if NATIONWIDE.search(summary.excerpt):
        return True     # "загалом сьогодні на Нікопольщині ...": the day's total of its places
    if summary.killed is None and summary.injured is None and summary.count is not None \
            and _DAY_TOTAL.search(summary.excerpt):
        return True     # "за сутки оккупанты обстреляли Херсонщину 412 раз": the day's count
        # of strikes on the places named
    if summary.killed is None and summary.injured is None:
        # "влучання у Кременчуцькому районі ... в Кременчуці": the raion is only where
        # its town is; a region without figures stays (it may be hit elsewhere too)
        return summary.geo_precision == "district"
    for kind in ("killed", "injured"):
        told = getattr(summary, kind)
        if told is not None and sum(getattr(e, kind) or 0 for e in parts) != told:
            return False
    return True


#: a region's toll or count of the past day: "за добу", "за сутки", "over the past day"
_DAY_TOTAL = re.compile(
    r"\bза\s+(?:минул\w+\s+|прошедш\w+\s+|последн\w+\s+)?(?:добу|сутки)\b|"
    r"\b(?:протягом|упродовж)\s+(?:минулої\s+)?доби\b|\bв\s+течение\s+(?:прошедших\s+)?суток\b|"
    r"\bминулої\s+доби\b|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)\b",
    re.IGNORECASE)


def _listed_together(event: EventRecord, area: EventRecord) -> bool:
    """Whether a town and a raion are told as two items of a list ("атакував Павлоград і
    Синельниківський район"): two places hit, not the raion's town."""
    if area.geo_precision != "district" or event.excerpt != area.excerpt \
            or not event.query or not area.query:
        return False
    a, b = re.escape(event.query), re.escape(area.query)
    join = r"\s*,?\s*(?:і|й|та|и|and)\s+"
    return re.search(f"{a}{join}{b}|{b}\\s+\\w+{join}{a}", area.excerpt) is not None


def _nearer_other_raion(event: EventRecord, raion: EventRecord,
                        events: list[EventRecord]) -> bool:
    """Whether another raion of the report has its seat nearer ``event`` than ``raion``
    has ("обстреляли Суджанский, Глушковский и Рыльский районы ... в Рыльске": Rylsk is in
    Rylsk's raion, not in its neighbours')."""
    if raion.geo_precision != "district":
        return False
    own = haversine_km(raion.lat, raion.lon, event.lat, event.lon)
    return any(d is not raion and d.geo_precision == "district" and d.date == raion.date
               and haversine_km(d.lat, d.lon, event.lat, event.lon) < own for d in events)


def _told_after(event: EventRecord, lead: EventRecord) -> bool:
    """Whether ``event`` is told in or after the sentence of ``lead``: a raion sums up the
    places after it ("Семенівської громади ... Також у Новгород-Сіверському районі": the
    raion told after a town of it, not its seat, is a strike of its own)."""
    return (event.extra.get("excerpt_start") or 0) >= (lead.extra.get("excerpt_start") or 0)


def _inside(event: EventRecord, area: EventRecord) -> bool:
    """Whether ``event`` is a more precise place of ``area`` (a region, or a raion: near
    its seat) on the same day."""
    if (event.country_code, event.admin1, event.date) != (area.country_code, area.admin1,
                                                          area.date):
        return False
    if area.geo_precision == "region":
        return event.geo_precision in ("settlement", "district")
    return event.geo_precision == "settlement" and near_seat(area, event)
