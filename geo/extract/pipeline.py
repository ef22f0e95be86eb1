"""Where the events are: attack locations, their figures, types and dates.

A mention is an attack location when its role is ``place`` (see
:mod:`geo.extract.roles`) and its clause says an attack happened
(:func:`geo.extract.lexicon.has_attack_cue`). A ``title`` mention ("Kharkiv
Mayor Ihor Terekhov said a drone hit ...") is the location when the sentence
names no other place. Ukraine and Russia as countries are the belligerents, not
locations; a region is dropped when a settlement of that region is the
location in the same clause. A sentence that speaks of an attack but names no
place ("Two people were injured, the governor said.") adds to the place in
focus: the last attack location of the paragraph, or the last place named in
the sentence before.

Figures attach to the nearest attack location of their clause (else of their
sentence); dates come from the sentence, else the last dated attack sentence
before, else the publication date (``day``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from geo.distance import haversine_km
from geo.extract import roles
from geo.extract.figure_attach import attach_figures, region_keeps_toll
from geo.extract.sentence_info import MentionInfo, SentenceInfo
from geo.extract.dates import (CALENDAR_KINDS, NAMED_DAY_KINDS, PUBLISHED_BEFORE, best_date,
                               find_date_expressions)
from geo.extract.dates import resolve as resolve_date
from geo.extract.figure_words import LATER_DEATH
from geo.extract.figures import Figure
from geo.extract.report_context import BELLIGERENTS
from geo.extract.clause_days import day_and_types_of_place
from geo.extract.dateline import DATELINE_SENTENCE, speech_day, toll_day, wire_dateline
from geo.extract.passages import passage_only, says_no_damage, without_passages
from geo.extract.scope import (ANAPHOR, AREA_TOTAL, COUNTRY_OR_PERIOD, CUMULATIVE,
                               IN_TOTAL_WORDS, MANY_AREAS, NATIONWIDE, ROUNDUP,
                               TOWN_ANAPHOR, downed_over, only_a_period,
                               total_of_rounds_only)

_DIRECT, _TITLE, _FOCUS, _ROUNDUP = "direct", "title", "focus", "roundup"
#: a settlement this near a raion's seat, and smaller than a town that is a seat itself, is
#: taken to lie in the raion
RAION_KM, _RAION_TOWN_PEOPLE = 60.0, 20_000


@dataclass
class Hit:
    """One sentence's evidence that an attack happened at one place."""

    mention: MentionInfo
    info: SentenceInfo
    via: str
    types: tuple[str, ...] = ()
    figures: list[Figure] = field(default_factory=list)
    date: tuple[str | None, str] | None = None


def _usable(m: MentionInfo) -> bool:
    """A resolved place that can stand for an attack location."""
    place = m.place
    if place is None or not place.resolved:
        return False
    c = place.candidate
    if c.feature == "country":
        return False
    if c.country_code not in BELLIGERENTS and (c.score < 0.5 or c.population < 50_000):
        return False
    return True


def _direct_locations(info: SentenceInfo) -> list[tuple[MentionInfo, str]]:
    """Mentions of this sentence that are attack locations, with how they were found."""
    if not info.cue or CUMULATIVE.search(info.sentence.text):
        return []
    places = [m for m in info.mentions if m.role == roles.PLACE and not m.heading and (
        _usable(m) or m.place is not None and not m.place.resolved
        and (m.place.alternatives or m.unknown or m.found.plant or m.found.centre))
        and not downed_over(m, info)]
    parts = {info.clause_of(f.start) for f in info.figures if f.place_before} \
        | {info.clause_of(f.end) for f in info.figures if f.elided}   # "— two in Kherson —"
    located = [m for m in places if info.clause_cues[m.clause] or m.clause in parts]
    # ("..., у Куп'янську — 1": a breakdown's part names its place in a clause of its own)
    if not located:
        # "Куп'янськ — поранено 2 людей": the attack is told in a clause of its own
        located = places
    kept = _drop_covering_regions([(m, _DIRECT) for m in located])
    return [(m, _DIRECT) for m in located if m.feature == "region" and (m, _DIRECT) not in kept
            and region_keeps_toll(info, m, [k for k, _ in kept])] + kept


def _title_location(info: SentenceInfo) -> MentionInfo | None:
    """The place of an official's title, when the sentence names no other place."""
    if not info.cue or any(m.role == roles.PLACE and downed_over(m, info)
                           for m in info.mentions) or passage_only(info.sentence.text):
        return None                     # "...повідомив, що над Полтавщиною збили 6 дронів",
        # "Moscow Mayor ... said air defences shot down 15 drones"
    titles = [m for m in info.mentions if m.role == roles.TITLE and _usable(m)]
    return titles[0] if titles else None


def _drop_covering_regions(found: list[tuple[MentionInfo, str]]) -> list[tuple[MentionInfo, str]]:
    """A region is context when a settlement of it is named in the same clause, and a raion
    when its seat, or a village or small town near it (:data:`RAION_KM`), is named in the
    sentence."""
    settled = {(m.clause, m.place.candidate.country_code, m.place.candidate.admin1_code)
               for m, _ in found if m.feature == "settlement"}
    towns = [m.place.candidate for m, _ in found if m.feature == "settlement" and not m.raion]
    return [(m, via) for m, via in found
            if not (m.feature == "region" and (m.clause, m.place.candidate.country_code,
                                               m.place.candidate.admin1_code) in settled)
            and not (m.raion and m.feature is not None
                     and _inside_raion(m.place.candidate, towns))]


def near_seat(seat, place) -> bool:
    """Whether ``place`` (anything with ``lat``/``lon``) lies within a raion's reach of its
    ``seat`` (:data:`RAION_KM`)."""
    return float(haversine_km(seat.lat, seat.lon, place.lat, place.lon)) <= RAION_KM


def _inside_raion(seat, towns) -> bool:
    """The seat itself, or a village or small town near it."""
    return any(t.geonameid == seat.geonameid or t.population < _RAION_TOWN_PEOPLE
               and near_seat(seat, t) for t in towns)


def _covers(region: MentionInfo, focus: MentionInfo | None) -> bool:
    """Whether ``region`` is the region of the settlement in focus ("Kharkiv was hit. ...,
    the governor of the Kharkiv region, said" keeps Kharkiv in focus)."""
    if focus is None or region.feature != "region" or focus.feature != "settlement":
        return False
    a, b = region.place.candidate, focus.place.candidate
    return (a.country_code, a.admin1_code) == (b.country_code, b.admin1_code)


def _names_a_place(info: SentenceInfo, focus: MentionInfo | None) -> bool:
    """Whether a sentence names a place of its own (resolved or not), other than the
    region of the place in focus."""
    return any(m.role in (roles.PLACE, roles.TITLE) and not m.heading and m.place is not None
               and (m.place.resolved or m.unknown or m.place.alternatives or m.found.centre)
               and not _covers(m, focus) for m in info.mentions)


def _candidate_focus(info: SentenceInfo) -> MentionInfo | None:
    named = [m for m in info.mentions if m.role in (roles.PLACE, roles.TITLE) and _usable(m)
             and (m.feature == "settlement" or not downed_over(m, info))]   # ("над Брянской
    return named[-1] if named else None      # областью уничтожены 12 БПЛА. Пострадавших
    # нет.": nobody's zero; a town stays, for what fell on it: :attr:`_Reading.focus_downed`)


#: where an official spoke, right before the name: "Лысак заявил в Днепре о двух раненых"
_SPOKE_IN = re.compile(r"\b(?:said|told|заяв\w*|сообщ\w*|повідоми\w*|сказа\w*)\s+(?:\w+\s+){0,2}?"
                       r"(?:in|at|в|у|во)\s+$", re.IGNORECASE)


def _speaker_with_toll(m: MentionInfo, info: SentenceInfo) -> bool:
    """Whether a venue is only where an official told a toll ("заявил в Днепре о двух
    раненых"): the toll is of the strike in focus, as when no place is named."""
    start = m.found.start - info.sentence.start
    return any(f.value and f.kind in ("killed", "injured") for f in info.figures) \
        and _SPOKE_IN.search(info.sentence.text, max(0, start - 60), start) is not None


def _types_for(info: SentenceInfo, m: MentionInfo) -> tuple[str, ...]:
    return info.clause_types[m.clause] or info.types


#: a week's or a month's roundup ("за прошедшую неделю ... погибли 7"): its toll is no strike's
_PERIOD_KINDS = frozenset({"last_week", "this_week", "last_month", "this_month"})
#: days told back from the report's own ("yesterday"): a day for "the day before" to count from
_DAYS_BACK = frozenset({"minus1", "minus2", "days_ago"})


@dataclass
class _Reading:
    """What the reader holds in mind while going through a report."""

    published: date | None
    hits: list[Hit] = field(default_factory=list)
    focus: MentionInfo | None = None     # the place the text is talking about
    focus_is_event: bool = False
    #: the place in focus is a town weapons were only brought down over ("Над Мелитополем
    #: сбиты четыре беспилотника"): a sentence after goes on about it only to tell what fell
    focus_downed: MentionInfo | None = None
    paragraph: int = -1
    last_date: tuple[str | None, str] | None = None        # of the last attack sentence
    said_day: tuple[str | None, str] | None = None         # of the last statement dated so
    seen: list[SentenceInfo] = field(default_factory=list)
    #: a first attack sentence with casualties but no place, kept for the next place named
    pending: tuple[SentenceInfo, tuple[str | None, str] | None] | None = None
    topic: tuple[str, ...] = ()          # the attack types the paragraph is about so far
    #: the places of the last sentence that listed several ("the Mezhova, Slovianka and
    #: Pokrovske hromadas came under fire"), which a weapons sentence after it arms all
    listed: list[MentionInfo] = field(default_factory=list)
    #: whether that list told its own casualties for two or more of its places
    listed_own_tolls: bool = False
    region: MentionInfo | None = None    # the last region the report named
    named_day: tuple[str | None, str] | None = None   # the last calendar day named
    anchor: str | None = None            # the last day named (calendar or weekday)

    def start_sentence(self, info: SentenceInfo) -> tuple[str | None, str] | None:
        """Track paragraph, topic, region and date; return the sentence's own or inherited
        date."""
        self.region = next((m for m in info.mentions if m.role == roles.PLACE
                            and m.feature == "region"), self.region)
        if info.sentence.paragraph != self.paragraph:
            self.paragraph, self.topic = info.sentence.paragraph, ()
            if _names_a_place(info, self.focus):   # a paragraph that names no place goes on
                self.focus, self.focus_is_event = None, False   # about the strike before
        if info.cue and info.types and not CUMULATIVE.search(info.sentence.text):
            self.topic = info.types       # (not a month's totals: "Since the beginning of
            # October Russia has launched 1,360 glide bombs ... Last night Odesa was hit")
        own = toll_day(info.sentence.text, info.dates, self.published) \
            or best_date(info.dates, self.published)
        said = speech_day(info.sentence.text, self.published) if info.cue else None
        if said is not None:              # "Gusev said on Saturday that ... overnight": the
            self.said_day = said          # night before that Saturday, not before the report
            if own is not None and all(d.kind == "today" for d in info.dates):
                own = said
        if own is None and any(d.kind == "same_day" for d in info.dates):
            own = self._date_before()      # "Hours earlier, drones hit Kharkiv"
        shifted = self._from_anchor(info, own)
        if shifted is not own:             # "The day before, Chasiv Yar was attacked": that
            self.seen.append(info)         # sentence's day; the ones after keep the report's
            return shifted
        if own is not None and self.named_day is not None and _past_day_only(info):
            own = self.named_day           # "За 13 вересня ... Ще 14 людей за добу ...": that
            # day, which the report named, not the day it was published
        self.seen.append(info)
        dateline = info.sentence.index == 0 and bool(info.mentions) and (all(
            m.role == roles.DATELINE for m in info.mentions)
            or bool(DATELINE_SENTENCE.match(info.sentence.text)))
        if dateline and own is None:        # (a sentence with no cue: its dates not read yet)
            own = best_date(find_date_expressions(info.sentence.text), self.published)
        if own is not None and not _footage_day_only(info) and (
                info.cue or dateline                          # "КИЇВ, 20 вересня." opens it
                or info.sentence.text.rstrip().endswith(":")
                or info.figures and {d.kind for d in info.dates} <= _DAYS_BACK):
            # "вчора ворог поранив 5 людей. Обстрілів зазнали ...": the day of what follows
            self.last_date = own       # "Протягом 5 травня:" heads the list after it
            if any(d.kind in CALENDAR_KINDS for d in info.dates) \
                    and not LATER_DEATH.search(info.sentence.text):
                self.named_day = own       # (not the day of a strike a death is told of)
        return own or self.last_date or said \
            or (self.said_day if info.cue else None)   # "DTEK said on Sunday"; "He said
        # another drone struck ...": the day of the statement before

    def _from_anchor(self, info: SentenceInfo,
                     own: tuple[str | None, str] | None) -> tuple[str | None, str] | None:
        """The day before or after the day the report told last ("On Friday, ... A day
        earlier, ..."), when the sentence tells no day of its own (else ``own``); keeps the
        sentence's day to count from when it names one (a weekday, a calendar day or a day
        back from the report's: "yesterday")."""
        kinds = {d.kind for d in info.dates}
        if kinds & (NAMED_DAY_KINDS | _DAYS_BACK) and own is not None and own[1] == "day":
            self.anchor = own[0]
        elif kinds & {"narrative_minus1", "narrative_plus1"} and self.anchor is not None:
            step = -1 if "narrative_minus1" in kinds else 1
            return (date.fromisoformat(self.anchor) + timedelta(days=step)).isoformat(), "day"
        elif "days_earlier" in kinds and self.anchor is not None:   # "three days earlier"
            told = next(d for d in info.dates if d.kind == "days_earlier")
            return resolve_date(told, date.fromisoformat(self.anchor))
        return own

    def _date_before(self) -> tuple[str | None, str] | None:
        """The date of the nearest earlier sentence that has one (any sentence)."""
        for info in reversed(self.seen[-5:]):
            exprs = info.dates or find_date_expressions(info.sentence.text)
            day = best_date(exprs, self.published)
            if day is not None:
                return day
        return None

    def add(self, mention: MentionInfo, info: SentenceInfo, via: str, types: tuple[str, ...],
            figures: list[Figure], day: tuple[str | None, str] | None) -> None:
        """Record a hit at ``mention``, which becomes the place in focus (unless it is
        the region of the strike already in focus)."""
        self.hits.append(Hit(mention, info, via, types, figures, day))
        if not (self.focus_is_event and _covers(mention, self.focus)) or (
                mention.feature == "region" and ROUNDUP.search(info.sentence.text)):
            # "36 settlements of Kherson Oblast came under fire": the oblast's day, told next
            self.focus, self.focus_is_event = mention, True   # an alert in "the Mykolaiv
            # region" leaves the strike on Mykolaiv in focus

    def continues(self, info: SentenceInfo) -> bool:
        """Whether a sentence without a place of its own speaks of the place in focus."""
        if not (info.cue or info.figures) or self.focus is None or info.no_strike \
                or CUMULATIVE.search(info.sentence.text) \
                or any(m.role == roles.TRAP and m.aimed for m in info.mentions):
            return False                 # "КАБи на Краснопілля": where weapons head
        if self.focus is self.focus_downed and not self.focus_is_event and (
                not _WHAT_FELL.search(info.sentence.text) or says_no_damage(info.sentence.text)):
            return False                 # "Над Києвом збито 10 дронів. Постраждалих немає."
        if any(m.role == roles.VENUE and not _speaker_with_toll(m, info)
               or m.role == roles.ACTOR and m.feature is not None
               or downed_over(m, info) for m in info.mentions) \
                or NATIONWIDE.search(info.sentence.text) and not self._sole_place_total(info) \
                and not total_of_rounds_only(info.sentence.text):
            return False                 # politics, the whole country, or weapons downed
            # over a region ("also shot down 12 drones over the Kursk region")
        if self.focus.feature == "settlement" and AREA_TOTAL.search(info.sentence.text) \
                and not TOWN_ANAPHOR.search(info.sentence.text):
            return False                 # the oblast's or the day's toll
        if self.focus_is_event or ANAPHOR.search(info.sentence.text) \
                or self.focus.role == roles.TITLE \
                or any(h.mention.key == self.focus.key for h in self.hits):
            return True
        return self.focus.found.sentence.index == info.sentence.index - 1 and (
            bool(info.types) or any(f.value for f in info.figures)
            or bool(_WHAT_FELL.search(info.sentence.text))
            or bool(_WHAT_FELL.search(self.focus.found.sentence.text)))
        # a sentence of nobody hurt ("Постраждалих немає.") makes no strike of a place the
        # one before told only of outages, shelters or services moved, not of damage

    def _sole_place_total(self, info: SentenceInfo) -> bool:
        """Whether a sentence gives a total ("Загалом 2 загиблих і 12 поранених", "In total,
        three were hurt") after hits at one place only: that place's total, not the
        country's."""
        words = [m.group(0).lower() for m in NATIONWIDE.finditer(info.sentence.text)]
        if not set(words) <= IN_TOTAL_WORDS:
            return False
        if not self.hits:               # "Харків: рятувальники працюють. Загалом внаслідок
            return self.focus is not None and self.focus.feature == "settlement"  # удару ..."
        return len({hit.mention.key for hit in self.hits}) == 1


#: a line that links another story ("Читайте також: ...", "Read also: ..."): not this
#: report's strike, nor its day
_LINK_LINE = re.compile(r"^\W*(?:Читайте також|Читайте также|Дивіться також|Смотрите также|"
                        r"Read also|Read more)\b", re.IGNORECASE)


def _read_sentence(state: _Reading, info: SentenceInfo) -> None:
    if _LINK_LINE.match(info.sentence.text):
        return
    day = state.start_sentence(info)
    found = _direct_locations(info)
    if found:
        located = [m for m, _ in found]
        figures = attach_figures(info, located)
        for i, (m, via) in enumerate(found):
            if m.direction and m.feature != "region":
                continue      # "the Pokrovsk direction": a sector of the front, not the town
            own_day, types = day_and_types_of_place(info, m, day, _types_for(info, m),
                                                    state.published)
            state.add(m, info, via, types or state.topic, figures[i], own_day)
        state.listed = [m for m in located if not m.direction] if len(located) > 1 else []
        state.listed_own_tolls = len(state.listed) > 1 and sum(
            any(f.kind in ("killed", "injured") for f in own) for own in figures.values()) > 1
        if len(located) > 1 and state.focus is not None:
            # the list's first placed name, not whichever place it ends with: "Під ударом
            # були Нікополь, Марганецька та ... громади. Поранено чоловіка." (Nikopol);
            # "между Обестой и Локтем Рыльского района. Пострадал житель." (the raion)
            state.focus = next((m for m in located if m.place is not None and m.place.resolved
                                and not m.direction), located[0])
        if state.pending is not None and len(located) == 1 \
                and info.sentence.index - state.pending[0].sentence.index <= 2:
            told, told_day = state.pending     # "...killing 18 people. The strike on X also..."
            own = {f.kind for f in figures[0]}     # "постраждали 4 людини. м. Харків —
            # поранені двоє": a total before its breakdown is not the first place's
            state.add(located[0], told, _FOCUS, told.types,
                      [f for f in _casualties(told) if f.kind not in own], told_day or day)
        state.pending = None
        return
    continues = state.continues(info)
    title = _title_location(info)
    if title is not None and continues and state.focus_is_event \
            and not _is_hit_place(state, title):
        title = None        # an official of the place in focus goes on about its strike;
        # the official of another place already hit speaks of that one ("...hitting Uman
        # and Dnipro. The administrator in Dnipro said two are dead")
    if title is not None:
        state.add(title, info, _TITLE, info.types or state.topic,
                  attach_figures(info, [title])[0], day)
    elif _after_a_long_list(state, info) and (continues or state.focus is not None and
                                               AREA_TOTAL.search(info.sentence.text)) \
            or _regions_day_toll(state, info):
        if state.region is not None:     # "...and 16 more were under fire. 2 people died":
            state.add(state.region, info, _ROUNDUP, info.types,  # the region's toll, not
                      _casualties(info), day)                      # the first village's
    elif continues:
        # "вбили двох у Дружківці та одну в Костянтинівці. Ще п'ятеро отримали поранення":
        # a toll after a list that told its places' own is of places not named, not the first
        own = not (state.listed_own_tolls and state.focus in state.listed)
        state.add(state.focus, info, _FOCUS, info.types,
                  attach_figures(info, [state.focus])[0] if own else [], day)
        _arm_the_list(state, info, day)
    else:
        # a place that keeps being hit ("майже щодня обстрілюють ... обласний центр"), or
        # whose toll since the war began is told, is no strike's place for the sentence after
        # (an old munition's blast neither)
        candidate = None if info.no_strike or CUMULATIVE.search(info.sentence.text) \
            and not only_a_period(info.sentence.text) else _candidate_focus(info)
        heading = _heading_list(info)
        if heading:                      # "Нікопольський район: Марганецька, Покровська
            state.focus, state.focus_is_event = heading[0], False    # громади." then the
            state.listed, state.listed_own_tolls = heading, False    # weapons of them all
        elif candidate is not None and not _covers(candidate, state.focus):
            state.focus, state.focus_is_event = candidate, False
            state.focus_downed = candidate if downed_over(candidate, info) else None
        elif not state.hits and state.focus is None and _casualties(info) \
                and not MANY_AREAS.search(info.sentence.text) \
                and not COUNTRY_OR_PERIOD.search(info.sentence.text) \
                and not any(d.kind in _PERIOD_KINDS for d in info.dates):
            state.pending = (info, day)  # casualties told before the place is named


#: what fell on a town weapons were brought down over: debris, fire, damage
_WHAT_FELL = re.compile(r"обломк|уламк|\bdebris|wreckage|поврежд|пошкодж|damag|загор|пожеж|"
                        r"пожар|\bfire\b|\bfell\b|упал|впал|падін|падени|выбит|вибит|"
                        r"разруш|зруйн|destroy|shatter", re.IGNORECASE)


#: "за добу", "за сутки", "over the past day": the roundup's day, whichever it is
_PAST_DAY = re.compile(r"доб[иу]|сутк|past day|past 24|last 24", re.IGNORECASE)


def _footage_day_only(info: SentenceInfo) -> bool:
    """Whether a sentence's only dates are when footage or a post came out ("Geolocated
    footage published on October 16 indicates ..."): its own day, not the next sentences'."""
    text = info.sentence.text
    return bool(info.dates) and all(PUBLISHED_BEFORE.search(text, 0, d.start)
                                    for d in info.dates)


def _past_day_only(info: SentenceInfo) -> bool:
    """Whether a sentence's only date is "over the past day" (no calendar day of its own)."""
    text = info.sentence.text
    return bool(info.dates) and all(d.kind == "today" and _PAST_DAY.search(text[d.start:d.end])
                                    for d in info.dates)


#: a list of this many places hit is a roundup: figures told after it are its region's
_ROUNDUP_PLACES = 5


def _after_a_long_list(state: _Reading, info: SentenceInfo) -> bool:
    """Whether a sentence with figures and no place of its own follows a roundup of places
    (:data:`_ROUNDUP_PLACES` or more) still in focus."""
    return bool(_casualties(info)) and len(state.listed) >= _ROUNDUP_PLACES \
        and state.focus in state.listed


def _regions_day_toll(state: _Reading, info: SentenceInfo) -> bool:
    """Whether a sentence with figures and no place of its own tells the day's toll of the
    region the report named, its place in focus one of that region's: "За добу окупанти
    обстріляли Херсонщину ... пошкоджено адмінбудівлю у Бериславі. Через російську
    агресію загинула одна людина" (the oblast's, not Beryslav's); or a toll after a list
    of places, the region's roundup told before them ("... по 14 населених пунктах
    Запорізької області. ... по Запоріжжю, Оріхову ... Поранено 4 людей")."""
    focus, region, text = state.focus, state.region, info.sentence.text
    if focus is None or region is None or focus.feature != "settlement" \
            or not _casualties(info) or TOWN_ANAPHOR.search(text) or info.no_strike \
            or CUMULATIVE.search(text):       # (a running toll is no day's)
        return False                    # "За добу там загинула людина": the town's
    in_list = len(state.listed) > 1 and focus in state.listed
    listed_in_roundup = in_list and region.found.sentence is state.listed[0].found.sentence \
        and ROUNDUP.search(region.found.sentence.text) is not None   # "На Херсонщині за добу
    # під обстрілом 34 населені пункти, зокрема X, Y ... Загинули двоє": the oblast's day
    if not AREA_TOTAL.search(text) and not listed_in_roundup and not (in_list and any(
            h.mention is region and ROUNDUP.search(h.info.sentence.text)
            for h in state.hits)):                # after the region's roundup, a list's toll
        return False
    c, r = focus.place.candidate, region.place.candidate
    return (c.country_code, c.admin1_code) == (r.country_code, r.admin1_code) and (
        listed_in_roundup or any(h.mention is region for h in state.hits))


def _arm_the_list(state: _Reading, info: SentenceInfo,
                  day: tuple[str | None, str] | None) -> None:
    """A sentence right after a list of places that tells only the weapons ("The enemy
    targeted them with drones.", "Били FPV-дронами та артилерією.") gives them to every
    place of the list, not only to the first; its figures (none here) would be one
    place's."""
    if not info.types or info.figures or not state.listed or state.focus not in state.listed \
            or info.sentence.index - state.listed[0].found.sentence.index != 1:
        return
    for m in state.listed:
        if m is not state.focus:
            state.hits.append(Hit(m, info, _FOCUS, info.types, [], day))


def _heading_list(info: SentenceInfo) -> list[MentionInfo]:
    """The places a heading with no attack word lists after its colon (two or more), which
    the sentences after it tell of; else none."""
    colon = info.sentence.text.find(":")
    if info.cue or colon < 0:
        return []
    places = [m for m in info.mentions if m.role == roles.PLACE and _usable(m)
              and not m.direction and m.found.start - info.sentence.start > colon]
    return places if len(places) > 1 else []


def _is_hit_place(state: _Reading, mention: MentionInfo) -> bool:
    """Whether ``mention`` names a place other than the focus that is already a hit."""
    key = mention.key
    return key != state.focus.key and any(h.mention.key == key for h in state.hits)


def _casualties(info: SentenceInfo) -> list[Figure]:
    """The killed / injured figures of a sentence (one per kind, the largest)."""
    best: dict[str, Figure] = {}
    for fig in info.figures:
        if fig.kind in ("killed", "injured") and (fig.kind not in best
                                                  or fig.value > best[fig.kind].value):
            best[fig.kind] = fig
    return list(best.values())


def find_hits(infos: list[SentenceInfo], published: date | None) -> list[Hit]:
    """Every (place, sentence) attack hit in a report, in document order."""
    wire = wire_dateline(infos[0].sentence.text, infos[0].dates or find_date_expressions(
        infos[0].sentence.text), published) if infos else None   # ("Донецк, 19 октября.")
    state = _Reading(published)
    if wire is not None:                 # "KYIV, Sept 19 (Reuters) - ... on Wednesday": the
        day, told = wire                 # story's day, which its weekdays count from
        state.published, state.last_date = day, (day.isoformat(), "day")
        infos = [replace(infos[0], dates=[d for d in infos[0].dates if d is not told]),
                 *infos[1:]]
    for info in infos:
        _read_sentence(state, info)
    return without_passages(state.hits, infos, named=(_DIRECT, _TITLE))
