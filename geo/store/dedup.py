"""Duplicates across sources: the same strike reported by a news report and a feed.

The rule (see ``docs/store.md``): a new event is a duplicate of an earlier,
not-merged event when all of these hold

* they come from different sources: a feed id such as ``ucdp:147997`` or
  ``acled:UKR123`` counts as its feed (``ucdp``, ``acled``: a curated dataset
  does not list one strike twice), a URL or any other id counts as itself, and so
  does a Telegram message's ``telegram:<channel id>/<message id>`` (like its
  ``https://t.me/...`` link: a channel reports one strike in several messages),
* they share an attack type,
* they have the same geo precision (a settlement point never merges with an
  oblast's representative point),
* they lie within ``km`` kilometres (great-circle),
* their dates overlap within their precision: a date known to the day is that
  day, to the week ±3 days, to the month ±15 days (plus ``extra_days``);
  events with an unknown date are never merged.

Among several matches the earliest stored event wins (then the earliest in the
same batch), so the outcome does not depend on the order of the pairs.
Everything is vectorised: a grid of ``km``-sized cells and date buckets gives
candidate pairs with :func:`numpy.searchsorted`; only rows whose matches are
all in the same batch are resolved one by one.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from geo.distance import haversine_km
from geo.schema import ATTACK_TYPES, GEO_PRECISIONS

#: half-width in days of the interval a date stands for, by date precision
PRECISION_HALF_DAYS: dict[str, int] = {"day": 0, "week": 3, "month": 15}
_FEED_ID_RE = re.compile(r"^([A-Za-z][A-Za-z0-9_.-]*):(?!//)")
#: id prefixes that name one message, not a curated dataset: each id counts as itself
_MESSAGE_IDS = frozenset({"telegram"})
#: candidate pairs checked at a time: many reports of one place and week (a city a channel
#: reports every day) make millions of pairs, which are checked in slices to bound memory
MAX_PAIRS = 250_000
#: a batch whose own rows match more than this many times is matched a part at a time, each
#: part of at most this many candidate pairs and at least PART_ROWS rows (_batch_matches_in_parts)
BATCH_PAIRS, PART_ROWS = 4_000_000, 2_048
_KM_PER_DEG_LAT = 110.574
_KM_PER_DEG_LON = 111.320


@dataclass(frozen=True)
class DedupRule:
    """When two events from different sources are one event.

    Attributes
    ----------
    km : float
        Largest distance between the two points.
    extra_days : int
        Slack added to the date overlap (0: the intervals must overlap).
    """

    km: float = 5.0
    extra_days: int = 0

    def describe(self) -> str:
        """One line for logs and the ingest record."""
        return (f"different source, shared attack type, same geo precision, within {self.km:g} km, "
                f"dates overlapping within their precision (+{self.extra_days} d)")

    def to_dict(self) -> dict:
        """The rule's parameters (stored with each ingest)."""
        return asdict(self)


def source_origin(source: object) -> str:
    """The origin two events must not share to merge: a feed id's feed, else the source itself.

    >>> source_origin("ucdp:147997"), source_origin("https://example.org/a")
    ('ucdp', 'https://example.org/a')
    >>> source_origin("telegram:1234567890/42")
    'telegram:1234567890/42'
    """
    text = "" if source is None else str(source).strip()
    match = _FEED_ID_RE.match(text)
    if match is None or match.group(1).lower() in _MESSAGE_IDS:
        return text
    return match.group(1).lower()


def match_frame(event_ids, lon, lat, dates, date_precision, attack_types, sources,
                geo_precision) -> pd.DataFrame:
    """The compact columns the rule needs, from event columns (any array-likes)."""
    day = pd.to_datetime(pd.Series(dates, dtype="object"), format="%Y-%m-%d", errors="coerce")
    days = ((day - pd.Timestamp("1970-01-01")).dt.days).to_numpy(dtype="float64")
    half = pd.Series(date_precision, dtype="object").map(PRECISION_HALF_DAYS).to_numpy("float64")
    bits = {t: 1 << k for k, t in enumerate(ATTACK_TYPES)}
    codes, uniques = pd.factorize(pd.Series(attack_types, dtype="object").map(tuple))
    masks = np.array([sum(bits.get(t, 0) for t in u) for u in uniques] + [0], dtype=np.int64)
    return pd.DataFrame({
        "event_id": np.asarray(event_ids, dtype=object),
        "lon": np.asarray(lon, dtype="float64"), "lat": np.asarray(lat, dtype="float64"),
        "day": days, "half": half, "types": masks[codes],
        "source": _origins(sources),
        "precision": pd.Series(geo_precision, dtype="object").map(
            {p: k for k, p in enumerate(GEO_PRECISIONS)}).fillna(-1).to_numpy("int64"),
    })


#: :data:`_FEED_ID_RE` without the look-ahead (pyarrow's RE2 has none): after the colon, the
#: end, a character other than ``/``, or one ``/`` and then not ``/``
_FEED_ID_RE2 = r"^(?P<feed>[A-Za-z][A-Za-z0-9_.-]*):(?:$|[^/]|/$|/[^/])"


def _origins(sources) -> np.ndarray:
    """:func:`source_origin` of each source, each distinct one worked out once, in pyarrow."""
    import pyarrow as pa
    import pyarrow.compute as pc

    codes, uniques = pd.factorize(pd.Series(sources, dtype="object"), use_na_sentinel=True)
    try:
        text = pa.array(np.asarray(uniques, dtype=object), type=pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):          # not all text: one at a time
        table = np.array([source_origin(u) for u in uniques] + [""], dtype=object)
        return table[codes]
    text = pc.utf8_trim_whitespace(text)
    feed = pc.utf8_lower(pc.struct_field(pc.extract_regex(text, _FEED_ID_RE2), [0]))
    own = pc.or_kleene(pc.is_null(feed), pc.is_in(feed, pa.array(sorted(_MESSAGE_IDS))))
    origin = pc.if_else(pc.fill_null(own, True), text, feed)
    table = np.array(origin.to_pylist() + [""], dtype=object)
    return table[codes]


def assign_duplicates(existing: pd.DataFrame, new: pd.DataFrame, rule: DedupRule) -> np.ndarray:
    """For each row of ``new``, the event_id it merges into, or None.

    Parameters
    ----------
    existing : pandas.DataFrame
        :func:`match_frame` of stored, not-merged events, oldest first.
    new : pandas.DataFrame
        :func:`match_frame` of the batch being ingested, in batch order.
    rule : DedupRule

    Returns
    -------
    numpy.ndarray
        Object array aligned with ``new``: a canonical event_id or None.
    """
    both = pd.concat([existing, new], ignore_index=True)
    both["source"] = pd.factorize(both["source"])[0]
    n_old = len(existing)
    result = np.full(len(new), None, dtype=object)
    dated = np.isfinite(both["day"].to_numpy()) & np.isfinite(both["half"].to_numpy())
    if not dated[n_old:].any() or both.loc[dated, "source"].nunique() < 2:
        return result
    left, right = _candidate_pairs(both, n_old, dated, rule)
    if not len(left):
        return result
    return _resolve(left - n_old, right, both["event_id"].to_numpy(), n_old, len(new))


def _grid_keys(both: pd.DataFrame, dated: np.ndarray, rule: DedupRule):
    lat = both["lat"].to_numpy()
    lon = both["lon"].to_numpy()
    max_lat = min(float(np.abs(lat[dated]).max()), 89.0)
    cell_lat = rule.km / _KM_PER_DEG_LAT
    cell_lon = rule.km / (_KM_PER_DEG_LON * np.cos(np.radians(max_lat)))
    width = max(1.0, 2 * float(both.loc[dated, "half"].max()) + rule.extra_days)
    cx = np.floor(lon / cell_lon).astype(np.int64)
    cy = np.floor(lat / cell_lat).astype(np.int64)
    ct = np.floor(np.nan_to_num(both["day"].to_numpy()) / width).astype(np.int64)
    return cx - cx.min() + 1, cy - cy.min() + 1, ct - ct.min() + 1


def _candidate_pairs(both: pd.DataFrame, n_old: int, dated: np.ndarray, rule: DedupRule):
    """(left, right) positions in ``both``: left is new, right earlier, the rule holds.

    Two stages: the new rows' matches among stored events first (a stored match is final
    and the earliest wins, so one per new row is kept); then matches within the batch,
    only among the new rows without a stored match. A row that merged into a stored event
    is no canonical event to merge into, so leaving it out changes no outcome, and a city
    a channel reports in every post costs one pass over its posts, not every pair of them.
    """
    keys, probes = _cell_keys(both, dated, rule)
    positions = np.flatnonzero(dated)
    stored, new = positions[positions < n_old], positions[positions >= n_old]
    none = np.iinfo(np.int64).max
    best_stored = np.full(len(both), none, dtype=np.int64)
    for li, ri in _matches(both, keys, probes, new, stored, rule):
        np.minimum.at(best_stored, li, ri)
    alone = new[best_stored[new] == none]
    lefts, rights, kept = [], [], 0
    for li, ri in _matches(both, keys, probes, alone, alone, rule):
        lefts.append(li)
        rights.append(ri)
        kept += len(li)
        if kept > BATCH_PAIRS:      # too many matches to list: a part at a time instead
            lefts, rights = _batch_matches_in_parts(both, keys, probes, alone, rule)
            break
    has_stored = np.flatnonzero(best_stored != none)
    return (np.concatenate([has_stored, *lefts]).astype(np.int64),
            np.concatenate([best_stored[has_stored], *rights]).astype(np.int64))


def _pair_count(keys: np.ndarray, probes: list[int], left_pos: np.ndarray,
                right_pos: np.ndarray) -> int:
    """How many candidate pairs :func:`_matches` would check (both ways)."""
    if not len(left_pos) or not len(right_pos):
        return 0
    cells, sizes = np.unique(keys[right_pos], return_counts=True)
    left_keys = keys[left_pos]
    return sum(int(_in_cells(cells, sizes, left_keys + offset)[1].sum()) for offset in probes)


def _in_cells(cells: np.ndarray, sizes: np.ndarray, probe: np.ndarray):
    """For each probed cell key: its index among the sorted ``cells`` and how many rows it
    holds (0 when it is not one of them)."""
    at = np.minimum(np.searchsorted(cells, probe), len(cells) - 1)
    return at, np.where(cells[at] == probe, sizes[at], 0)


def _batch_matches_in_parts(both: pd.DataFrame, keys: np.ndarray, probes: list[int],
                            alone: np.ndarray, rule: DedupRule):
    """The batch's own matches when they are too many to list at once (a city named in
    thousands of posts of one export): the rows are taken a part at a time, in batch
    order, each part small enough for at most :data:`BATCH_PAIRS` candidate pairs of its
    own (halved in a busy stretch, doubled in a quiet one); each part is matched against
    the canonical rows of the parts before it (its earliest match there wins, as the rule
    says), and its other rows among themselves. Only the chosen matches are returned, so
    :func:`_resolve` decides as it would have from every pair."""
    step = PART_ROWS
    targets = np.empty(0, dtype=np.int64)
    none = np.iinfo(np.int64).max
    best = np.full(len(both), none, dtype=np.int64)
    lefts, rights = [], []
    lo = 0
    while lo < len(alone):
        part = alone[lo:lo + step]
        own = _pair_count(keys, probes, part, part)
        if step > PART_ROWS and own > BATCH_PAIRS:
            step = max(PART_ROWS, step // 2)       # a busier stretch of the batch
            continue
        lo += len(part)
        for li, ri in _matches(both, keys, probes, part, targets, rule):
            np.minimum.at(best, li, ri)
        merged = part[best[part] != none]
        lefts.append(merged)
        rights.append(best[merged])
        rest = part[best[part] == none]
        inner = list(_matches(both, keys, probes, rest, rest, rule))
        if inner:                # rows of ``rest`` numbered 0..n-1 for _resolve
            li = np.searchsorted(rest, np.concatenate([pair[0] for pair in inner]))
            ri = np.searchsorted(rest, np.concatenate([pair[1] for pair in inner]))
            chosen = _resolve(li, ri, rest.astype(object), 0, len(rest))
            picked = np.flatnonzero(np.not_equal(chosen, None))
            lefts.append(rest[picked])
            rights.append(chosen[picked].astype(np.int64))
            rest = np.delete(rest, picked)
        targets = np.sort(np.concatenate([targets, rest]))
        if own < BATCH_PAIRS // 4:
            step *= 2                              # a quieter stretch
    return lefts, rights


def _cell_keys(both: pd.DataFrame, dated: np.ndarray, rule: DedupRule):
    """Each row's grid cell (``km`` squares by date buckets) as one integer, and the
    offsets that turn a cell into each of its 27 neighbours (itself included)."""
    cx, cy, ct = _grid_keys(both, dated, rule)
    span_y, span_t = int(cy.max()) + 2, int(ct.max()) + 2
    keys = (cx * span_y + cy) * span_t + ct
    probes = [(dx * span_y + dy) * span_t + dt
              for dx in (-1, 0, 1) for dy in (-1, 0, 1) for dt in (-1, 0, 1)]
    return keys, probes


def _matches(both: pd.DataFrame, keys: np.ndarray, probes: list[int], left_pos: np.ndarray,
             right_pos: np.ndarray, rule: DedupRule):
    """Yield (left, right) position arrays: rows of ``left_pos`` and the rows of
    ``right_pos`` in neighbouring cells for which the rule holds, at most
    :data:`MAX_PAIRS` candidates at a time."""
    if not len(left_pos) or not len(right_pos):
        return
    order = right_pos[np.argsort(keys[right_pos], kind="stable")]
    cells, starts, sizes = np.unique(keys[order], return_index=True, return_counts=True)
    left_pos = left_pos[np.argsort(keys[left_pos], kind="stable")]     # sorted probes
    left_keys = keys[left_pos]
    for offset in probes:
        at, counts = _in_cells(cells, sizes, left_keys + offset)
        if not counts.any():
            continue
        for lo, hi in _slices(counts, MAX_PAIRS):
            part = counts[lo:hi]
            li = np.repeat(left_pos[lo:hi], part)
            first = np.repeat(starts[at[lo:hi]] - np.cumsum(part) + part, part)
            ri = order[first + np.arange(len(li))]
            keep = _rule_holds(both, li, ri, rule)
            yield li[keep], ri[keep]


def _slices(counts: np.ndarray, limit: int) -> list[tuple[int, int]]:
    """Consecutive [lo, hi) ranges of ``counts`` whose sums stay near ``limit`` (one row at least).

    >>> _slices(np.array([3, 3, 3, 9, 1]), 6)
    [(0, 2), (2, 3), (3, 4), (4, 5)]
    """
    total = np.cumsum(counts)
    out, lo, base = [], 0, 0
    while lo < len(counts):
        hi = int(np.searchsorted(total, base + limit, side="right"))
        hi = max(hi, lo + 1)
        out.append((lo, hi))
        base = int(total[hi - 1])
        lo = hi
    return out


def _rule_holds(both: pd.DataFrame, li: np.ndarray, ri: np.ndarray, rule: DedupRule) -> np.ndarray:
    earlier = ri < li
    source = both["source"].to_numpy()
    keep = earlier & (source[li] != source[ri])
    types = both["types"].to_numpy()
    keep &= (types[li] & types[ri]) != 0
    precision = both["precision"].to_numpy()
    keep &= precision[li] == precision[ri]
    day, half = both["day"].to_numpy(), both["half"].to_numpy()
    keep &= np.abs(day[li] - day[ri]) <= half[li] + half[ri] + rule.extra_days
    idx = np.flatnonzero(keep)
    lat, lon = both["lat"].to_numpy(), both["lon"].to_numpy()
    distance = haversine_km(lat[li[idx]], lon[li[idx]], lat[ri[idx]], lon[ri[idx]])
    keep[idx] = distance <= rule.km
    return keep


def _resolve(left: np.ndarray, right: np.ndarray, ids: np.ndarray, n_old: int,
             n_new: int) -> np.ndarray:
    """Greedy in batch order: each new row joins its earliest match that is still canonical."""
    result = np.full(n_new, None, dtype=object)
    order = np.lexsort((right, left))
    left, right = left[order], right[order]
    first = np.ones(len(left), bool)
    first[1:] = left[1:] != left[:-1]
    stored = first & (right < n_old)          # earliest match is a stored event: final
    result[left[stored]] = ids[right[stored]]
    pending = np.isin(left, left[stored], invert=True)
    canonical = np.ones(n_new, bool)
    canonical[left[stored]] = False
    current, picked = -1, False
    for li, ri in zip(left[pending].tolist(), right[pending].tolist()):
        if li != current:
            current, picked = li, False
        if picked:
            continue
        if canonical[ri - n_old]:
            result[li] = ids[ri]
            canonical[li] = False
            picked = True
    return result
