"""Column-wise (vectorised) checks and parsing for the generic CSV and GeoJSON readers.

Every parser takes a whole column as a :class:`pandas.Series` of text (or raw
JSON values) and a :class:`Locator` that turns "row i, field f" into an
:class:`~geo.errors.InputError` naming the file, line and field. The first bad
row raises; nothing is skipped silently.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from geo.errors import InputError
from geo.schema import ATTACK_TYPES, DATE_PRECISIONS, GEO_PRECISIONS, SIDES

#: Common words for the attack types of the taxonomy (keys folded by :func:`attack_type_key`).
ATTACK_TYPE_SYNONYMS: dict[str, str] = {
    **{t: t for t in ATTACK_TYPES},
    # missile
    "missiles": "missile", "missile_strike": "missile", "missile_attack": "missile",
    "ballistic_missile": "missile", "cruise_missile": "missile", "rocket": "missile",
    "rockets": "missile", "rocket_attack": "missile", "iskander": "missile", "kalibr": "missile",
    "kh_101": "missile", "s_300": "missile", "ракета": "missile", "ракетний_удар": "missile",
    # drone
    "drones": "drone", "uav": "drone", "uavs": "drone", "shahed": "drone", "shaheds": "drone",
    "geran": "drone", "kamikaze_drone": "drone", "loitering_munition": "drone", "lancet": "drone",
    "fpv": "drone", "fpv_drone": "drone", "drone_strike": "drone", "drone_attack": "drone",
    "дрон": "drone", "бпла": "drone", "шахед": "drone",
    # glide bomb
    "glide_bombs": "glide_bomb", "kab": "glide_bomb", "kabs": "glide_bomb",
    "guided_bomb": "glide_bomb", "guided_bombs": "glide_bomb", "guided_aerial_bomb": "glide_bomb",
    "umpk": "glide_bomb", "каб": "glide_bomb", "кар": "glide_bomb",
    # airstrike
    "air_strike": "airstrike", "airstrikes": "airstrike", "air_raid": "airstrike",
    "air_attack": "airstrike", "aerial_bombardment": "airstrike", "bombing": "airstrike",
    "aerial_bomb": "airstrike", "авіаудар": "airstrike",
    # artillery
    "shelling": "artillery", "shell": "artillery", "shells": "artillery",
    "artillery_shelling": "artillery", "artillery_fire": "artillery", "mortar": "artillery",
    "mortars": "artillery", "mlrs": "artillery", "grad": "artillery", "rocket_artillery": "artillery",
    "howitzer": "artillery", "tank_fire": "artillery", "обстріл": "artillery",
    "артилерія": "artillery",
    # ground assault
    "assault": "ground_assault", "assaults": "ground_assault", "ground_attack": "ground_assault",
    "infantry_assault": "ground_assault", "storming": "ground_assault", "offensive": "ground_assault",
    "штурм": "ground_assault",
}
_KEY_RE = re.compile(r"[\s\-_.]+")
_LIST_SPLIT_RE = re.compile(r"\s*[,;|]\s*")
_DAY_RE = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_MONTH_RE = r"\d{4}-\d{2}"
EARLIEST_DATE = "1900-01-01"
MAX_COUNT = 2 ** 53            # exact in float64; anything larger is not a real count or id


def attack_type_key(text: str) -> str:
    """Fold an attack-type word to its synonym-table key ("Guided bomb" -> "guided_bomb")."""
    return _KEY_RE.sub("_", text.strip().casefold()).strip("_")


@dataclass(frozen=True)
class Locator:
    """Names where row ``i`` of a column came from, for error messages.

    Parameters
    ----------
    file : str
        The input file as the user named it.
    line_of : callable, optional
        Row index -> 1-based file line (CSV). None for formats without lines.
    field_of : callable, optional
        (row index, column) -> field label, e.g. ``features[3].properties.date``.
    """

    file: str
    line_of: Callable[[int], int] | None = None
    field_of: Callable[[int, str], str] | None = None

    def error(self, row: int, field: str, message: str) -> InputError:
        """The error for row ``row`` (0-based position) and ``field``."""
        line = self.line_of(row) if self.line_of is not None else None
        label = self.field_of(row, field) if self.field_of is not None else field
        return InputError(message, file=self.file, line=line, field=label)


def _first(mask: np.ndarray | pd.Series) -> int:
    return int(np.flatnonzero(np.asarray(mask, dtype=bool))[0])


def as_text(values: pd.Series) -> pd.Series:
    """A column as stripped text (pandas ``str`` dtype); None/NaN become ""."""
    if not isinstance(values.dtype, pd.StringDtype):
        values = values.astype("object").where(values.notna(), "").astype("str")
    return values.fillna("").str.strip()


def parse_dates(values: pd.Series, precision: pd.Series | None, where: Locator,
                field: str = "date") -> tuple[pd.Series, pd.Series]:
    """Check event dates; return (``YYYY-MM-DD`` or None, date_precision).

    ``YYYY-MM-DD`` (an optional time is ignored) is a day, ``YYYY-MM`` a month
    (dated the 1st). An empty date is allowed only where ``precision`` says
    ``unknown``. Impossible (2025-02-30), pre-1900 and future dates are errors.
    Each distinct (date, precision) pair is checked once: the first bad row is the
    first of the first bad pair, as when every row is checked.
    """
    keys = values.astype("object") if precision is None else \
        pd.Series(list(zip(values.astype("object").tolist(),
                           precision.astype("object").tolist())), dtype="object")
    codes, _ = pd.factorize(keys, use_na_sentinel=False)
    firsts = np.unique(codes, return_index=True)[1] if len(codes) else np.arange(0)
    if len(firsts) * 4 > len(codes):            # mostly distinct: check every row
        return _parse_dates(values, precision, where, field)

    def row(i: int) -> int:
        return int(firsts[i])

    one_each = Locator(where.file, None if where.line_of is None else
                       (lambda i: where.line_of(row(i))),
                       None if where.field_of is None else
                       (lambda i, name: where.field_of(row(i), name)))
    dates, result = _parse_dates(values.iloc[firsts].reset_index(drop=True),
                                 None if precision is None else
                                 precision.iloc[firsts].reset_index(drop=True), one_each, field)
    return (pd.Series(dates.to_numpy(dtype=object)[codes], index=values.index, dtype="object"),
            pd.Series(result.to_numpy(dtype=object)[codes], index=values.index, dtype="object"))


def _parse_dates(values: pd.Series, precision: pd.Series | None, where: Locator,
                 field: str) -> tuple[pd.Series, pd.Series]:
    """:func:`parse_dates`, checking every row."""
    text = as_text(values)
    given = as_text(precision).str.lower() if precision is not None else None
    if given is not None:
        bad = ~given.isin(("", *DATE_PRECISIONS))
        if bad.any():
            i = _first(bad)
            raise where.error(i, "date_precision", f"{given.iloc[i]!r} is not one of "
                              f"{', '.join(DATE_PRECISIONS)}")
    empty = text.eq("")
    unknown_ok = given.eq("unknown") if given is not None else pd.Series(False, index=text.index)
    if (empty & ~unknown_ok).any():
        raise where.error(_first(empty & ~unknown_ok), field, "missing date (use YYYY-MM-DD)")
    is_day = text.str.fullmatch(_DAY_RE)
    is_month = text.str.fullmatch(_MONTH_RE)
    bad = ~(is_day | is_month | empty)
    if bad.any():
        i = _first(bad)
        raise where.error(i, field, f"{text.iloc[i]!r} is not a date (use YYYY-MM-DD)")
    iso = text.str.slice(0, 10).where(is_day, text + "-01").where(~empty, None)
    parsed = pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce")
    impossible = parsed.isna() & ~empty
    if impossible.any():
        i = _first(impossible)
        raise where.error(i, field, f"impossible date {text.iloc[i]!r}")
    too_early = parsed < pd.Timestamp(EARLIEST_DATE)
    future = parsed > pd.Timestamp(date.today())
    for mask, why in ((too_early, "is before 1900"), (future, "is in the future")):
        if mask.any():
            i = _first(mask)
            raise where.error(i, field, f"date {text.iloc[i]!r} {why}")
    implied = pd.Series(np.where(empty, "unknown", np.where(is_day, "day", "month")),
                        index=text.index, dtype="object")
    result = implied if given is None else given.where(given.ne(""), implied)
    too_fine = result.eq("day") & is_month
    if too_fine.any():
        i = _first(too_fine)
        raise where.error(i, field, f"{text.iloc[i]!r} has no day but date_precision is 'day'")
    dates = iso.where(result.ne("unknown"), None)
    return dates.astype("object"), result.astype("object")


def parse_coordinates(lat: pd.Series, lon: pd.Series, where: Locator,
                      required: pd.Series | None = None,
                      names: tuple[str, str] = ("latitude", "longitude")) -> tuple[np.ndarray, np.ndarray]:
    """Check lat/lon columns (numbers, lat within ±90, lon within ±180).

    Rows where ``required`` is False may leave both empty (NaN is returned);
    a row with only one of them is an error.
    """
    out = []
    for values, name, limit in ((lat, names[0], 90.0), (lon, names[1], 180.0)):
        text = as_text(values)
        numbers = pd.to_numeric(text.where(text.ne(""), None), errors="coerce").astype("float64")
        bad = text.ne("") & ~np.isfinite(numbers)
        if bad.any():
            i = _first(bad)
            raise where.error(i, name, f"{text.iloc[i]!r} is not a number")
        outside = np.abs(numbers) > limit
        if outside.any():
            i = _first(outside)
            raise where.error(i, name, f"{text.iloc[i]} is out of range (±{limit:g})")
        out.append(numbers.to_numpy())
    lat_v, lon_v = out
    needed = np.ones(len(lat_v), bool) if required is None else np.asarray(required, bool)
    half = np.isnan(lat_v) != np.isnan(lon_v)
    missing = (np.isnan(lat_v) & needed) | half
    if missing.any():
        i = _first(missing)
        name = names[0] if np.isnan(lat_v[i]) else names[1]
        raise where.error(i, name, "missing coordinate")
    return lat_v, lon_v


def parse_counts(values: pd.Series, where: Locator, field: str) -> pd.Series:
    """Whole numbers >= 0 (below 2**53), or empty (unknown -> null)."""
    text = as_text(values)
    numbers = pd.to_numeric(text.where(text.ne(""), None), errors="coerce").astype("float64")
    whole = np.isfinite(numbers) & (numbers >= 0) & (numbers == np.floor(numbers))
    bad = text.ne("") & ~(whole & (numbers < MAX_COUNT))
    if bad.any():
        i = _first(bad)
        raise where.error(i, field, f"{text.iloc[i]!r} is not a whole number >= 0 (leave it empty "
                          "when unknown)" if not whole.iloc[i] else f"{text.iloc[i]} is too large")
    return numbers.astype("Int64")


def parse_floats(values: pd.Series, where: Locator, field: str,
                 low: float = -np.inf, high: float = np.inf) -> pd.Series:
    """Finite numbers within [low, high], or empty (null)."""
    text = as_text(values)
    numbers = pd.to_numeric(text.where(text.ne(""), None), errors="coerce").astype("float64")
    bad = text.ne("") & ~(np.isfinite(numbers) & (numbers >= low) & (numbers <= high))
    if bad.any():
        i = _first(bad)
        raise where.error(i, field, f"{text.iloc[i]!r} is not a number in [{low:g}, {high:g}]")
    return numbers


def split_list(value: object) -> list[str]:
    """A list cell: a JSON array, a Python list, or text separated by , ; or |."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    text = str(value).strip()
    if text.startswith("["):
        try:
            items = json.loads(text)
        except (ValueError, RecursionError):     # not JSON, too deep, or a huge integer: plain text
            items = None
        if isinstance(items, list):
            return split_list(items)
    return [part for part in _LIST_SPLIT_RE.split(text) if part]


def parse_attack_types(values: pd.Series, where: Locator, field: str) -> pd.Series:
    """Attack-type cells to lists of taxonomy types (synonyms mapped; unknown words are errors)."""
    keys = values if isinstance(values.dtype, pd.StringDtype) else \
        values.astype("object").map(_hashable)
    codes, uniques = pd.factorize(keys, use_na_sentinel=False)
    parsed: list[list[str] | None] = []
    for value in uniques:
        words = split_list(value)
        types = [ATTACK_TYPE_SYNONYMS.get(attack_type_key(w)) for w in words]
        parsed.append(list(dict.fromkeys(types)) if words and None not in types else None)
    bad_unique = [k for k, p in enumerate(parsed) if p is None]
    if bad_unique:
        i = _first(np.isin(codes, bad_unique))
        words = split_list(values.iloc[i])
        word = next((w for w in words if attack_type_key(w) not in ATTACK_TYPE_SYNONYMS), "")
        what = f"attack type {word!r} is not in the taxonomy" if words else "missing attack type"
        raise where.error(i, field, f"{what}; allowed: {', '.join(ATTACK_TYPES)} "
                          "(common words such as shelling, shahed, KAB are mapped)")
    table = np.empty(len(parsed), dtype=object)
    table[:] = parsed
    return pd.Series(table[codes], index=values.index, dtype="object")


def _hashable(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | tuple | dict) else value


def parse_choice(values: pd.Series, where: Locator, field: str, allowed: tuple[str, ...],
                 default: str | None) -> pd.Series:
    """A column restricted to ``allowed`` words; empty cells take ``default``."""
    text = as_text(values).str.lower().astype("object")
    wrong = set(text.unique()) - {"", *allowed}
    if wrong:
        i = _first(text.isin(wrong))
        raise where.error(i, field, f"{text.iloc[i]!r} is not one of {', '.join(allowed)}")
    return text.where(text.ne(""), default)


def parse_geo_precision(values: pd.Series, where: Locator) -> pd.Series:
    """``settlement`` / ``region`` / ``country``; empty means settlement."""
    return parse_choice(values, where, "geo_precision", GEO_PRECISIONS, "settlement")


def parse_side(values: pd.Series, where: Locator) -> pd.Series:
    """``occupied`` / ``free`` or empty (null)."""
    return parse_choice(values, where, "side", SIDES, None)
