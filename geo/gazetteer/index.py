"""Compact, fast-loading lookup tables for the gazetteer.

A name index of a million keys as a Python dict takes most of a second to
unpickle (a million string objects). :class:`HashIndex` keeps instead three
numpy arrays: the sorted 64-bit BLAKE2b hashes of the keys, offsets, and the
postings; it loads in milliseconds and answers a lookup with one binary
search. (Two keys would have to share a 64-bit hash to be confused: with a
million keys the chance is about 1 in 30 million.) :class:`StringColumn`
stores many short strings as one buffer for the same reason.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Iterable, Mapping

import numpy as np


def key_hash(key: str) -> int:
    """The stable 64-bit hash of a lookup key."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


#: lookups after which an index builds its bucket table (some milliseconds: not worth it
#: for a one-name run)
BUCKETS_AFTER = 4096
_Views = tuple[memoryview, memoryview, memoryview, "memoryview | None", int]


class HashIndex:
    """Key -> tuple of int postings, stored as sorted hashes and a CSR table."""

    __slots__ = ("hashes", "offsets", "postings", "_views", "_lookups")

    def __init__(self, hashes: np.ndarray, offsets: np.ndarray, postings: np.ndarray) -> None:
        self.hashes = hashes
        self.offsets = offsets
        self.postings = postings
        self._reset()

    def _reset(self) -> None:
        self._views: _Views | None = None
        self._lookups = 0

    def __getstate__(self) -> tuple[None, dict[str, np.ndarray]]:
        return None, {"hashes": self.hashes, "offsets": self.offsets, "postings": self.postings}

    def __setstate__(self, state: tuple[None, dict[str, np.ndarray]]) -> None:
        for name, value in state[1].items():
            setattr(self, name, value)
        self._reset()

    @classmethod
    def build(cls, table: Mapping[str, Iterable[int]]) -> HashIndex:
        """Build from ``key -> postings``."""
        items = sorted((key_hash(k), tuple(sorted(v))) for k, v in table.items())
        hashes = np.fromiter((h for h, _ in items), dtype=np.uint64, count=len(items))
        if len(hashes) > 1 and bool(np.any(hashes[1:] == hashes[:-1])):
            items = _merge_collisions(items)
            hashes = np.fromiter((h for h, _ in items), dtype=np.uint64, count=len(items))
        sizes = np.fromiter((len(p) for _, p in items), dtype=np.int64, count=len(items))
        offsets = np.zeros(len(items) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        postings = np.fromiter((x for _, p in items for x in p), dtype=np.int64,
                               count=int(offsets[-1]))
        return cls(hashes, offsets, postings)

    def __len__(self) -> int:
        return len(self.hashes)

    def get(self, key: str) -> tuple[int, ...]:
        """The postings of ``key`` (empty when it is not a key).

        A binary search over memoryviews of the arrays (for one key, plain Python
        ints are faster than numpy scalars); after :data:`BUCKETS_AFTER` lookups,
        within the bucket of keys sharing the hash's top bits (fewer cache misses).
        """
        views = self._views
        if views is None:
            views = self._views = self._make_views(buckets=False)
        hashes, offsets, postings, starts, shift = views
        h = key_hash(key)
        if starts is None:
            lo, hi = 0, len(hashes)
            self._lookups += 1
            if self._lookups == BUCKETS_AFTER:
                self._views = self._make_views(buckets=True)
        else:
            lo, hi = starts[h >> shift], starts[(h >> shift) + 1]
        i = bisect_left(hashes, h, lo, hi)
        if i >= hi or hashes[i] != h:
            return ()
        return tuple(postings[offsets[i]:offsets[i + 1]])

    def _make_views(self, buckets: bool) -> _Views:
        """Memoryviews of the arrays, and with ``buckets`` the first position of each
        run of hashes sharing their top bits (about eight keys a bucket)."""
        starts, shift = None, 64
        if buckets and len(self.hashes):
            bits = max(1, (len(self.hashes) // 8).bit_length())
            shift = 64 - bits
            bounds = np.arange((1 << bits) + 1, dtype=np.uint64) << np.uint64(shift)
            positions = self.hashes.searchsorted(bounds)
            positions[-1] = len(self.hashes)        # the last bound wrapped around to 0
            starts = memoryview(positions)
        return (memoryview(self.hashes), memoryview(self.offsets), memoryview(self.postings),
                starts, shift)

    def get_many(self, keys: Iterable[str]) -> tuple[int, ...]:
        """The postings of every key in ``keys`` that is a key (one vectorised search)."""
        hashes = np.fromiter((key_hash(k) for k in keys), dtype=np.uint64)
        if not len(hashes) or not len(self.hashes):
            return ()
        pos = self.hashes.searchsorted(hashes)
        pos[pos >= len(self.hashes)] = 0
        found = pos[self.hashes[pos] == hashes]
        return tuple(x for i in found.tolist()
                     for x in self.postings[self.offsets[i]:self.offsets[i + 1]].tolist())

    def __contains__(self, key: str) -> bool:
        return bool(self.get(key))


_Items = list[tuple[int, tuple[int, ...]]]


def _merge_collisions(items: _Items) -> _Items:
    merged: dict[int, set[int]] = {}
    for h, postings in items:
        merged.setdefault(h, set()).update(postings)
    return [(h, tuple(sorted(p))) for h, p in sorted(merged.items())]


class StringColumn:
    """Many strings as one buffer plus offsets (fast to pickle and load)."""

    __slots__ = ("blob", "offsets", "_bounds")

    def __init__(self, values: list[str]) -> None:
        self.blob = "".join(values)
        lengths = np.fromiter((len(v) for v in values), dtype=np.int64, count=len(values))
        self.offsets = np.zeros(len(values) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self.offsets[1:])
        self._bounds: memoryview | None = None

    def __getstate__(self) -> tuple[None, dict[str, object]]:
        return None, {"blob": self.blob, "offsets": self.offsets}

    def __setstate__(self, state: tuple[None, dict[str, object]]) -> None:
        for name, value in state[1].items():
            setattr(self, name, value)
        self._bounds = None

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, row: int) -> str:
        bounds = self._bounds             # a memoryview: plain ints, faster than numpy's
        if bounds is None:
            bounds = self._bounds = memoryview(self.offsets)
        return self.blob[bounds[row]:bounds[row + 1]]

    def __iter__(self):
        return (self[i] for i in range(len(self)))
