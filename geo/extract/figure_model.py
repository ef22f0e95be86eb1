"""A casualty or count figure said in a sentence (:func:`geo.extract.figures.find_figures`)."""
from __future__ import annotations

from dataclasses import dataclass

Kind = str  # "killed" | "injured" | "count"


@dataclass(frozen=True)
class Figure:
    """A number said of killed, injured or counted actions.

    Attributes
    ----------
    kind : str
        ``killed``, ``injured`` or ``count``.
    value : int
    qualifier : str or None
        Normalised English qualifier: "more than", "at least", "about", "up to".
    start, end : int
        Character span of the number phrase and its keyword in the sentence.
    later : bool
        A death told after the strike ("later died in hospital"): one of those counted
        as injured before.
    of_injured : bool
        Said to be one of the injured ("one of the wounded died"): moves to the killed
        even when deaths were told before.
    total : bool
        A sum over several places, broken down after it ("killed five: two in A, three
        in B") or said to be spread ("in different settlements"): no single place's.
    elided : bool
        A breakdown's part with no keyword of its own ("two in A"), said of the place
        (or list of places) right after it.
    place_before : bool
        An elided part told after its place and a dash ("у Харкові – 3"): said of the
        place right before it.
    additional : bool
        Told as more of the same ("and another was wounded", "і ще один поранений",
        "и ещё один ранен"): added to the figure of its kind before it in the sentence.
    each : bool
        The same toll at each place named ("ранены по одному человеку", "one person
        each"): every place of the list it is told of takes it.
    """

    kind: Kind
    value: int
    qualifier: str | None
    start: int
    end: int
    later: bool = False
    of_injured: bool = False
    total: bool = False
    elided: bool = False
    additional: bool = False
    place_before: bool = False
    each: bool = False
