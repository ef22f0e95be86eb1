"""What extraction knows about one sentence and each place name in it.

:class:`SentenceInfo` (clauses, cues, types, figures, dates) and :class:`MentionInfo` (a
name's role and resolution) are filled by :mod:`~geo.extract.analysis` and read by
:mod:`~geo.extract.report_context` and :mod:`~geo.extract.pipeline`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from geo.extract.dates import DateExpr
from geo.extract.figures import Figure
from geo.extract.mentions import Found
from geo.extract.sentences import Sentence
from geo.model import Place

__all__ = ["MentionInfo", "SentenceInfo"]


@dataclass
class MentionInfo:
    """A place name in a sentence, its role there and its resolution."""

    found: Found
    role: str
    clause: int
    place: Place | None = None
    locative: bool = False
    unknown: bool = False       # named as a settlement, but not a gazetteer name
    direction: bool = False     # "the Pokrovsk direction", "на Покровському напрямку"
    heading: bool = False       # "(travelling, advancing) towards X": where they went
    aimed: bool = False         # "КАБи на X", "курс на X": where weapons head (a trap)
    raion: bool = False         # "у Лубенському районі": the raion of the resolved town
    area: str = ""              # at district precision: "Rylsk–Durovo road", "near Bryansk"
    village: Found | None = None  # the unplaced village a raion or hromada stands for

    @property
    def feature(self) -> str | None:
        """The resolved feature ("settlement", "region", "country") or None."""
        place = self.place
        return place.candidate.feature if place is not None and place.resolved else None

    @property
    def key(self) -> str:
        """What identifies the place: its geonameid, else its name, else the query."""
        place = self.place
        if place is not None and place.resolved:
            c = place.candidate
            key = f"id:{c.geonameid}" if c.geonameid is not None else f"name:{c.name}"
            if self.village is not None:      # two villages of one raion are two places
                key = f"{key}:village:{self.village.key}"
            return f"raion:{key}" if self.raion else f"area:{self.area}:{key}" if self.area \
                else key          # two roads from one town are two places
        return f"query:{self.found.key}"


@dataclass
class SentenceInfo:
    """Everything extraction needs to know about one sentence."""

    sentence: Sentence
    clauses: list[tuple[int, int]]
    clause_cues: list[bool]
    clause_types: list[tuple[str, ...]]
    cue: bool
    types: tuple[str, ...]
    figures: list[Figure]
    dates: list[DateExpr]
    mentions: list[MentionInfo] = field(default_factory=list)
    no_strike: bool = False     # tells what keeps happening ("майже щодня обстрілюють") or
    # an old munition's blast ("взрыва взрывоопасного предмета"), no strike

    def clause_of(self, offset: int) -> int:
        """Index of the clause that holds sentence offset ``offset``."""
        for i, (start, end) in enumerate(self.clauses):
            if start <= offset < end:
                return i
        return len(self.clauses) - 1
