"""What the timeline shows on each step: pure functions (no streamlit), tested directly.

A step is a day ``at`` and a window of ``window`` days up to it (0: every day up to it).
The events shown are those that overlap the window (an event that spans time is shown on
each of its days); the frontline is the layer in force on ``at``.
"""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from geo.filters import overlaps, span_text

#: the window choices offered (days; 0 = every day up to the timeline's day)
WINDOWS: tuple[int, ...] = (0, 1, 7, 14, 30, 90, 365)
#: events older than this before the frontline layer in force get a note
STALE_FRONT_DAYS = 30


def window_label(days: int) -> str:
    """How a window is named in the timeline's menu."""
    return "all days" if days == 0 else ("1 day" if days == 1 else f"{days} days")


def bounds(view) -> tuple[date | None, date | None]:
    """The first and last day of the view's events (spans included), or (None, None)."""
    start, end = span_text(view)
    start, end = start[start != ""], end[end != ""]
    if not len(start):
        return None, None
    return date.fromisoformat(str(start.min())), date.fromisoformat(str(end.max()))


def window_start(at: date, window: int) -> date | None:
    """The window's first day (None: no first day, every day up to ``at``)."""
    return at - timedelta(days=window - 1) if window > 0 else None


def window_events(view, at: date | None, window: int, last: date | None = None):
    """The events of ``view`` in the window of ``window`` days up to ``at``.

    ``at`` None, or the view's ``last`` day with an unlimited window: the whole view
    (events of unknown date included), as before the timeline is touched.
    """
    if at is None or (window == 0 and last is not None and at >= last):
        return view
    first = window_start(at, window)
    return view[overlaps(view, first.isoformat() if first else None, at.isoformat())]


def next_step(at: date, step: str, lo: date, hi: date) -> date | None:
    """The day after ``at`` by one ``step`` ("day" or "week"), or None past ``hi``.

    Examples
    --------
    >>> next_step(date(2025, 7, 20), "week", date(2025, 7, 1), date(2025, 7, 31))
    datetime.date(2025, 7, 27)
    >>> next_step(date(2025, 7, 31), "day", date(2025, 7, 1), date(2025, 7, 31)) is None
    True
    """
    following = max(at, lo) + timedelta(days=7 if step == "week" else 1)
    return following if following <= hi else None


def stale_front_note(shown, front_date: str | None) -> str | None:
    """A sentence when events shown ended more than :data:`STALE_FRONT_DAYS` days before the
    frontline layer in force (the front was elsewhere when they happened), else None."""
    if not front_date or not len(shown):
        return None
    _, end = span_text(shown)
    end = end[end != ""]
    if not len(end):
        return None
    limit = (date.fromisoformat(front_date) - timedelta(days=STALE_FRONT_DAYS)).isoformat()
    older = int(np.count_nonzero(end < limit))
    if not older:
        return None
    return (f"{older:,} event{'s' if older != 1 else ''} shown ended more than "
            f"{STALE_FRONT_DAYS} days before the frontline drawn ({front_date}, the latest layer "
            "on or before the timeline's day): the front may have been elsewhere then.")
