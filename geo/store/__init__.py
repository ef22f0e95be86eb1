"""The event store: one SQLite file per store folder, transactional and idempotent.

What it does: keeps validated events (EPSG:4326) with their provenance, marks duplicates
across sources at ingest (:mod:`~geo.store.dedup`) and reads snapshots back as GeoDataFrames.
What it uses: the core modules (:mod:`geo.errors`, :mod:`geo.schema`, :mod:`geo.distance`) and,
for the place rules, :mod:`geo.geocoding.rules`.

* :mod:`~geo.store.sql`: the SQLite schema and statements.
* :mod:`~geo.store.dedup`: the duplicate rule (same day, nearby, same kind of attack).
* :mod:`~geo.store.event_store`: :class:`EventStore`, all-or-nothing ingest and reads.
* :mod:`~geo.store.review`, :mod:`~geo.store.queue`, :mod:`~geo.store.rules`: an analyst's
  decisions (audited, one transaction each), the review queue and the place rules
  (``docs/review.md``).
"""
from __future__ import annotations

from geo.store.event_store import EventStore, IngestResult, default_store_dir

__all__ = ["EventStore", "IngestResult", "default_store_dir"]
