"""The dashboard's filter state and its mirror in the URL query string.

``?from=2025-07-01&to=2025-07-31&type=glide_bomb,drone&oblast=Donetsk Oblast``
restores a view; ``basemap=osm`` asks for OpenStreetMap tiles (online) instead of the
built-in offline basemap, ``labels=uk`` for Ukrainian place names; ``at=2025-07-22&window=7``
puts the timeline on that day with the seven days up to it (``step=week`` plays week by week). Pure functions (no streamlit), so they are unit-tested directly.
"""
from __future__ import annotations

from collections.abc import Mapping
import math
from dataclasses import dataclass, field, replace
from datetime import date

from geo.schema import ATTACK_TYPES, GEO_PRECISIONS


@dataclass(frozen=True)
class ViewState:
    """What the sidebar selects; every field maps to one URL parameter."""

    date_from: date | None = None
    date_to: date | None = None
    types: tuple[str, ...] = ()
    oblasts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    min_casualties: int = 0
    precisions: tuple[str, ...] = ()
    front_km_max: float | None = None
    layers: tuple[str, ...] = field(default=())
    basemap: str = "offline"
    labels: str = "en"
    rejected: bool = False          # show the events a reviewer rejected (?rejected=1)
    #: the timeline: the day shown (None: the view's last day), the window of days up to
    #: it (0: every day up to it) and the play step
    at: date | None = None
    window: int = 0
    step: str = "day"


LAYERS: tuple[str, ...] = ("cluster", "heatmap", "hex")
#: the sidebar's slider range for the distance to the front
FRONT_KM_MAX = 300.0
#: the largest minimum-casualties filter (the sidebar's number input needs a JS-safe integer)
MIN_CASUALTIES_MAX = 1_000_000
#: base maps: the built-in offline one (default) and OpenStreetMap tiles (need the network)
BASEMAPS: tuple[str, ...] = ("offline", "osm")
#: languages of the place labels
LABEL_LANGUAGES: tuple[str, ...] = ("en", "uk")
#: the timeline's play steps, and its longest window of days
STEPS: tuple[str, ...] = ("day", "week")
WINDOW_MAX = 3660


def _one(params: Mapping, key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        value = value[-1] if value else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _many(params: Mapping, key: str, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    value = _one(params, key)
    items = tuple(dict.fromkeys(v.strip() for v in (value or "").split(",") if v.strip()))
    return tuple(v for v in items if v in allowed) if allowed is not None else items


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _number(text: str | None, kind: type) -> float | int | None:
    try:
        return kind(text) if text is not None else None
    except (ValueError, OverflowError):
        return None


def state_from_query(params: Mapping) -> ViewState:
    """Read a view from URL parameters; unknown or malformed values are ignored."""
    return read_query(params)[0]


def read_query(params: Mapping) -> tuple[ViewState, list[str]]:
    """Read a view from URL parameters, with one note per value that was clamped or ignored.

    ``from`` later than ``to`` is swapped; ``front_km`` must be a finite number from 0 to
    :data:`FRONT_KM_MAX` (larger is clamped); ``min_casualties`` a whole number from 0 to
    :data:`MIN_CASUALTIES_MAX` (larger is clamped). Notes quote the URL's text as is:
    escape them for where they are shown.

    Examples
    --------
    >>> state, notes = read_query({"front_km": "inf", "min_casualties": "9" * 30})
    >>> state.front_km_max, state.min_casualties, len(notes)
    (None, 1000000, 2)
    """
    notes: list[str] = []
    date_from, date_to = _date(_one(params, "from")), _date(_one(params, "to"))
    for key, value in (("from", date_from), ("to", date_to)):
        if _one(params, key) and value is None:
            notes.append(f"?{key}={_one(params, key)[:40]} is not a date (YYYY-MM-DD): ignored")
    if date_from and date_to and date_from > date_to:
        notes.append(f"?from={date_from} is later than ?to={date_to}: swapped")
        date_from, date_to = date_to, date_from
    return ViewState(
        date_from=date_from, date_to=date_to,
        types=_many(params, "type", ATTACK_TYPES), oblasts=_many(params, "oblast"),
        sources=_many(params, "source"),
        min_casualties=_min_casualties(_one(params, "min_casualties"), notes),
        precisions=_many(params, "precision", GEO_PRECISIONS),
        front_km_max=_front_km(_one(params, "front_km"), notes),
        layers=_many(params, "layers", LAYERS),
        basemap=_choice(_one(params, "basemap"), BASEMAPS),
        labels=_choice(_one(params, "labels"), LABEL_LANGUAGES),
        rejected=_one(params, "rejected") in ("1", "true"),
        at=_at(_one(params, "at"), notes), window=_window(_one(params, "window"), notes),
        step=_choice(_one(params, "step"), STEPS)), notes


def _at(text: str | None, notes: list[str]) -> date | None:
    value = _date(text)
    if text and value is None:
        notes.append(f"?at={text[:40]} is not a date (YYYY-MM-DD): ignored")
    return value


def _window(text: str | None, notes: list[str]) -> int:
    if text is None:
        return 0
    value = _number(text[:40], int)
    if value is None or not 0 <= value <= WINDOW_MAX:
        notes.append(f"?window={text[:40]} is not a number of days from 0 to {WINDOW_MAX}: "
                     "every day up to the timeline's day used")
        return 0
    return value


def _front_km(text: str | None, notes: list[str]) -> float | None:
    if text is None:
        return None
    value = _number(text, float)
    if value is None or not math.isfinite(value) or value < 0:
        notes.append(f"?front_km={text[:40]} is not a distance from 0 to {FRONT_KM_MAX:g} km: ignored")
        return None
    if value > FRONT_KM_MAX:
        notes.append(f"?front_km={text[:40]} is beyond {FRONT_KM_MAX:g} km: {FRONT_KM_MAX:g} km used")
        return FRONT_KM_MAX
    return value


def _min_casualties(text: str | None, notes: list[str]) -> int:
    if text is None:
        return 0
    value = _number(text[:40], int) if len(text) <= 40 else (int(text[:40]) if text.isdigit() else None)
    if value is None or value < 0:
        notes.append(f"?min_casualties={text[:40]} is not a whole number of 0 or more: ignored")
        return 0
    if value > MIN_CASUALTIES_MAX:
        notes.append(f"?min_casualties={text[:40]} is too large: {MIN_CASUALTIES_MAX:,} used")
        return MIN_CASUALTIES_MAX
    return value


def _choice(value: str | None, allowed: tuple[str, ...]) -> str:
    """``value`` when allowed, else the first (default) choice."""
    return value if value in allowed else allowed[0]


def query_from_state(state: ViewState) -> dict[str, str]:
    """The URL parameters of a view; defaults are left out so URLs stay short."""
    out: dict[str, str] = {}
    if state.date_from:
        out["from"] = state.date_from.isoformat()
    if state.date_to:
        out["to"] = state.date_to.isoformat()
    for key, values in (("type", state.types), ("oblast", state.oblasts),
                        ("source", state.sources), ("precision", state.precisions),
                        ("layers", state.layers)):
        if values:
            out[key] = ",".join(values)
    if state.min_casualties:
        out["min_casualties"] = str(state.min_casualties)
    if state.front_km_max is not None:
        out["front_km"] = f"{state.front_km_max:g}"
    if state.basemap != BASEMAPS[0]:
        out["basemap"] = state.basemap
    if state.labels != LABEL_LANGUAGES[0]:
        out["labels"] = state.labels
    if state.rejected:
        out["rejected"] = "1"
    if state.at is not None:
        out["at"] = state.at.isoformat()
    if state.window:
        out["window"] = str(state.window)
    if state.step != STEPS[0]:
        out["step"] = state.step
    return out


def clamp_dates(state: ViewState, lo: date | None, hi: date | None) -> ViewState:
    """Keep a view's dates inside the data's range (a shared URL may predate new data)."""
    if lo is None or hi is None:
        return state
    def clamp(d: date | None) -> date | None:
        return None if d is None else min(max(d, lo), hi)
    return replace(state, date_from=clamp(state.date_from), date_to=clamp(state.date_to),
                   at=clamp(state.at))
