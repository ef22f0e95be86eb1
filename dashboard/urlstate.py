"""The dashboard's filter state and its mirror in the URL query string.

``?from=2025-07-01&to=2025-07-31&type=glide_bomb,drone&oblast=Donetsk Oblast``
restores a view; ``basemap=osm`` asks for OpenStreetMap tiles (online) instead of the
built-in offline basemap, ``labels=uk`` for Ukrainian place names. Pure functions (no streamlit), so they are unit-tested directly.
"""
from __future__ import annotations

from collections.abc import Mapping
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


LAYERS: tuple[str, ...] = ("cluster", "heatmap", "hex")
#: base maps: the built-in offline one (default) and OpenStreetMap tiles (need the network)
BASEMAPS: tuple[str, ...] = ("offline", "osm")
#: languages of the place labels
LABEL_LANGUAGES: tuple[str, ...] = ("en", "uk")


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
    except ValueError:
        return None


def state_from_query(params: Mapping) -> ViewState:
    """Read a view from URL parameters; unknown or malformed values are ignored."""
    front = _number(_one(params, "front_km"), float)
    return ViewState(
        date_from=_date(_one(params, "from")), date_to=_date(_one(params, "to")),
        types=_many(params, "type", ATTACK_TYPES), oblasts=_many(params, "oblast"),
        sources=_many(params, "source"),
        min_casualties=max(0, int(_number(_one(params, "min_casualties"), int) or 0)),
        precisions=_many(params, "precision", GEO_PRECISIONS),
        front_km_max=front if front is not None and front >= 0 else None,
        layers=_many(params, "layers", LAYERS),
        basemap=_choice(_one(params, "basemap"), BASEMAPS),
        labels=_choice(_one(params, "labels"), LABEL_LANGUAGES))


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
    return out


def clamp_dates(state: ViewState, lo: date | None, hi: date | None) -> ViewState:
    """Keep a view's dates inside the data's range (a shared URL may predate new data)."""
    if lo is None or hi is None:
        return state
    def clamp(d: date | None) -> date | None:
        return None if d is None else min(max(d, lo), hi)
    return replace(state, date_from=clamp(state.date_from), date_to=clamp(state.date_to))
