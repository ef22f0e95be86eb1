"""Duplicates across sources: the rule, its switch, and the vectorised pairing against brute force."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from geo.store import dedup
from geo.store.dedup import (PRECISION_HALF_DAYS, DedupRule, assign_duplicates, haversine_km,
                       match_frame)
from geo.model import EventRecord
from geo.schema import records_to_frame
from geo.store import EventStore

KRAMATORSK = (48.7389, 37.5848)
KM_LAT = 1 / 110.574            # one km north, in degrees


def event(event_id: str, source: str, *, north_km: float = 0.0, date: str | None = "2025-07-22",
          precision: str = "day", types=("glide_bomb",), killed=None, injured=None,
          geo_precision: str = "settlement") -> EventRecord:
    lat, lon = KRAMATORSK
    return EventRecord(event_id=event_id, date=date, date_precision=precision if date else "unknown",
                       attack_types=tuple(types), place="Kramatorsk", query="Kramatorsk",
                       lat=lat + north_km * KM_LAT, lon=lon, killed=killed, injured=injured,
                       source=source, geo_precision=geo_precision)


def ingest(store: EventStore, *records: EventRecord, label: str = "t"):
    return store.ingest(records_to_frame(records), label=label)


def test_news_and_feed_reports_of_one_strike_merge(store):
    ingest(store, event("news", "https://news.example/1", killed=1, injured=None), label="news")
    result = ingest(store, event("feed", "acled:UKR1", north_km=2, killed=2, injured=4), label="feed")
    assert result.added == 1 and result.merged == 1
    merged = store.read()
    assert merged["event_id"].tolist() == ["news"]
    assert merged.loc[0, "sources"] == ["https://news.example/1", "acled:UKR1"]
    assert (merged.loc[0, "killed"], merged.loc[0, "injured"]) == (2, 4)     # highest reported
    raw = store.read(merged=False)
    assert raw["event_id"].tolist() == ["news", "feed"] and raw.loc[0, "killed"] == 1
    assert store.count() == 1 and store.count(merged=False) == 2


@pytest.mark.parametrize("second, merges", [
    (dict(source="other"), True),
    (dict(source="same"), False),                                   # one source, two strikes
    (dict(source="other", north_km=6), False),                      # beyond 5 km
    (dict(source="other", date="2025-07-23"), False),               # another day
    (dict(source="other", date="2025-07-25", precision="week"), True),   # week: ±3 days
    (dict(source="other", date="2025-07-26", precision="week"), False),
    (dict(source="other", date="2025-07-10", precision="month"), True),  # month: ±15 days
    (dict(source="other", date=None), False),                       # unknown date never merges
    (dict(source="other", types=("drone",)), False),                # no shared attack type
    (dict(source="other", types=("drone", "glide_bomb")), True),
    (dict(source="other", geo_precision="region"), False),
])
def test_the_rule(store, second, merges):
    ingest(store, event("first", "same"))
    source = second.pop("source")
    assert ingest(store, event("second", source, **second)).merged == int(merges)
    assert store.count() == (1 if merges else 2)


def test_the_distance_and_slack_are_settings(store_dir):
    wide = EventStore(store_dir, dedup=DedupRule(km=10, extra_days=1))
    ingest(wide, event("a", "s1"))
    assert ingest(wide, event("b", "s2", north_km=8, date="2025-07-23")).merged == 1


def test_dedup_can_be_switched_off(store_dir):
    plain = EventStore(store_dir, dedup=False)
    ingest(plain, event("a", "s1"))
    assert ingest(plain, event("b", "s2")).merged == 0
    assert plain.count() == 2 and len(plain.read()) == 2
    default = EventStore(store_dir)
    assert default.count() == 2                                     # nothing was marked
    assert ingest(default, event("c", "s3"), label="c").merged == 1
    assert ingest(default, event("d", "s4"), label="d").merged == 1
    assert EventStore(store_dir).ingest(records_to_frame([event("e", "s5")]), label="e",
                                        dedup=False).merged == 0


def test_reingesting_a_merged_file_adds_nothing(store):
    ingest(store, event("news", "n"))
    ingest(store, event("feed", "f"))
    assert ingest(store, event("feed", "f")).added == 0
    assert store.read().loc[0, "sources"] == ["n", "f"]


def test_the_earliest_event_wins_and_chains_do_not_grow(store):
    ingest(store, event("a", "s1"))
    ingest(store, event("b", "s2", north_km=3), event("c", "s3", north_km=4.5), label="batch")
    assert store.read().loc[0, "sources"] == ["s1", "s2", "s3"]
    # within one batch: z touches only y, which is itself a duplicate of x -> z stays separate
    ingest(store, event("x", "t1", date="2025-08-01"), event("y", "t2", north_km=4, date="2025-08-01"),
           event("z", "t3", north_km=8, date="2025-08-01"), label="chain")
    kept = store.read()
    assert kept["event_id"].tolist() == ["a", "x", "z"]
    assert kept.loc[1, "sources"] == ["t1", "t2"]


def brute_force(old: pd.DataFrame, new: pd.DataFrame, rule: DedupRule) -> list:
    """The rule applied pair by pair, in order: the reference for the vectorised version."""
    both = pd.concat([old, new], ignore_index=True)
    canonical = [True] * len(both)
    out = []
    for i in range(len(old), len(both)):
        a = both.iloc[i]
        picked = None
        for j in range(i):
            b = both.iloc[j]
            if not canonical[j] or a.source == b.source or not (a.types & b.types):
                continue
            if np.isnan(a.day) or np.isnan(b.day) or np.isnan(a.half) or np.isnan(b.half):
                continue
            if a.precision != b.precision:
                continue
            if abs(a.day - b.day) > a.half + b.half + rule.extra_days:
                continue
            if haversine_km(a.lat, a.lon, b.lat, b.lon) > rule.km:
                continue
            picked = b.event_id
            break
        if picked is not None:
            canonical[i] = False
        out.append(picked)
    return out


def random_matches(n: int, seed: int, offset: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    precisions = rng.choice(["day", "day", "week", "month", "unknown"], n)
    dates = (pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 40, n), unit="D")) \
        .strftime("%Y-%m-%d").to_numpy(dtype=object)
    dates[precisions == "unknown"] = None
    types = [list(rng.choice(["drone", "missile", "artillery"], rng.integers(1, 3), replace=False))
             for _ in range(n)]
    return match_frame([f"e{offset + i}" for i in range(n)], rng.uniform(37.0, 37.25, n),
                       rng.uniform(48.0, 48.15, n), dates, precisions, types,
                       rng.choice(["s1", "s2", "s3"], n), rng.choice(["settlement", "region"], n, p=[.9, .1]))


@pytest.mark.parametrize("seed", [1, 2])
def test_vectorised_pairing_equals_brute_force(seed):
    rule = DedupRule(km=4.0, extra_days=1)
    old, new = random_matches(120, seed), random_matches(150, seed + 100, offset=1000)
    expected = brute_force(old, new, rule)
    got = assign_duplicates(old, new, rule).tolist()
    assert got == expected
    assert sum(e is not None for e in expected) > 20                 # the test exercises merges


def test_precision_half_widths_are_documented_values():
    assert PRECISION_HALF_DAYS == {"day": 0, "week": 3, "month": 15}


def test_events_of_one_feed_never_merge_but_feeds_merge_with_each_other(store):
    ingest(store, event("u1", "ucdp:1001"), event("u2", "ucdp:1002", north_km=1), label="ucdp")
    assert store.count() == 2                         # a curated dataset lists distinct events
    result = ingest(store, event("a1", "acled:UKR55", north_km=0.5), label="acled")
    assert result.merged == 1 and store.read().loc[0, "sources"] == ["ucdp:1001", "acled:UKR55"]


def test_source_origin():
    from geo.store.dedup import source_origin

    assert source_origin("ucdp:147997") == "ucdp" and source_origin("ACLED:UKR1") == "acled"
    assert source_origin("https://example.org/a") == "https://example.org/a"
    assert source_origin("report-1") == "report-1"
    assert source_origin("telegram:123/4") == "telegram:123/4"        # one message, not a dataset


def test_pairs_checked_in_slices_give_the_same_duplicates(monkeypatch) -> None:
    """Many reports of one place and week: candidate pairs are checked a slice at a time
    (bounded memory) with the same outcome as all at once."""
    import numpy as np

    from geo.store import dedup

    rng = np.random.default_rng(7)

    def frame(n: int, offset: int):
        return dedup.match_frame(
            [f"e{offset + i}" for i in range(n)], 36.25 + rng.random(n) * 0.02,
            49.98 + rng.random(n) * 0.02,
            [f"2026-11-{d:02d}" for d in rng.integers(1, 8, n)],
            rng.choice(["day", "week"], n), [["drone"]] * n,
            [f"https://t.me/c/{offset + i}" for i in range(n)], ["settlement"] * n)

    old, new = frame(300, 0), frame(200, 1000)
    rule = dedup.DedupRule()
    whole = dedup.assign_duplicates(old, new, rule)
    monkeypatch.setattr(dedup, "MAX_PAIRS", 7)
    sliced = dedup.assign_duplicates(old, new, rule)
    assert (whole != None).sum() > 100  # noqa: E711
    assert list(whole) == list(sliced)


@pytest.mark.parametrize("in_parts", [False, True])
@pytest.mark.parametrize("n_old", [0, 1, 60])
def test_a_batch_reporting_one_place_again_and_again_equals_brute_force(n_old, in_parts,
                                                                         monkeypatch):
    """A channel names the same city in post after post: most of the batch merges into a
    stored event (or into the batch's first report of it); the two-stage pairing (stored
    matches first, then the batch's own rows without one) decides as the rule does."""
    if in_parts:       # a batch too big to pair at once: matched 40 rows at a time
        monkeypatch.setattr(dedup, "BATCH_PAIRS", 0)
        monkeypatch.setattr(dedup, "PART_ROWS", 40)
    rule = DedupRule(km=5.0)
    rng = np.random.default_rng(n_old)
    old = random_matches(n_old, 7)
    n = 300
    new = match_frame([f"n{i}" for i in range(n)], 37.1 + rng.normal(0, 0.01, n),
                      48.05 + rng.normal(0, 0.01, n),
                      ["2025-01-1" + str(d) for d in rng.integers(0, 4, n)],
                      rng.choice(["day", "week"], n), [["drone"]] * n,
                      [f"telegram:1/{i}" for i in range(n)], ["settlement"] * n)
    expected = brute_force(old, new, rule)
    assert assign_duplicates(old, new, rule).tolist() == expected
    assert sum(e is not None for e in expected) > 200


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pairing_in_parts_equals_brute_force(seed, monkeypatch):
    """Random events, stored and new, matched a few rows at a time."""
    monkeypatch.setattr(dedup, "BATCH_PAIRS", 0)
    monkeypatch.setattr(dedup, "PART_ROWS", 17)
    rule = DedupRule(km=4.0, extra_days=1)
    old, new = random_matches(80, seed), random_matches(200, seed + 100, offset=1000)
    assert assign_duplicates(old, new, rule).tolist() == brute_force(old, new, rule)
