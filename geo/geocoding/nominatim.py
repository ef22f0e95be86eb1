"""Nominatim (OpenStreetMap) as an opt-in online backend.

Only used when the user asks (``online=True`` / ``--online``) and
``$STRIKEMAP_OFFLINE`` does not forbid it; otherwise
:class:`~geo.errors.NetworkDisabledError`. Requests go through geopy's
:class:`~geopy.geocoders.Nominatim` wrapped in
:class:`~geopy.extra.rate_limiter.RateLimiter` (one request per second, the
public server's usage policy) and an on-disk cache (SQLite), so a name is
asked once. Tests plug in canned responses through geopy's adapter seam
(``adapter_factory``), never the network.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from geo.errors import GeocodingError, NetworkDisabledError
from geo.model import Candidate, Place

USER_AGENT = "strikemap/0.1 (offline-first conflict mapping; https://github.com/strikemap)"
_REGION_TYPES = frozenset({"state", "region", "province", "county", "district"})


class ResponseCache:
    """A small SQLite cache: request key -> JSON response (null for "not found")."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, body TEXT)")
        self._db.commit()

    def get(self, key: str) -> tuple[bool, object]:
        """``(found, value)`` for a key."""
        with self._lock:
            row = self._db.execute("SELECT body FROM responses WHERE key = ?", (key,)).fetchone()
        return (False, None) if row is None else (True, json.loads(row[0]))

    def put(self, key: str, value: object) -> None:
        """Store a response."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO responses VALUES (?, ?)",
                             (key, json.dumps(value, ensure_ascii=False)))
            self._db.commit()

    def close(self) -> None:
        """Close the database."""
        self._db.close()


def default_cache_path() -> Path:
    """``<cache dir>/nominatim.sqlite``."""
    from geo.gazetteer.cache import cache_dir

    return cache_dir() / "nominatim.sqlite"


class NominatimBackend:
    """Resolve names with Nominatim, rate-limited and cached.

    Parameters
    ----------
    online : bool
        Must be True: the caller's explicit permission to use the network.
    cache_path : path, optional
        The SQLite cache file; ``<cache dir>/nominatim.sqlite`` by default.
    adapter_factory : callable, optional
        geopy's adapter seam (tests pass an adapter with canned responses).
    min_delay_seconds : float
        Pause between requests (1 s: the public server's policy).
    country_codes : tuple of str
        Restrict results to these countries (ISO codes), empty for the world.
    """

    def __init__(self, *, online: bool = False, cache_path: str | os.PathLike | None = None,
                 adapter_factory: Callable | None = None, min_delay_seconds: float = 1.0,
                 country_codes: tuple[str, ...] = ("ua", "ru"),
                 user_agent: str = USER_AGENT, domain: str = "nominatim.openstreetmap.org",
                 scheme: str = "https") -> None:
        if not online:
            raise NetworkDisabledError("Nominatim is an online service; pass --online "
                                       "(or online=True) to use it")
        from geo.network import offline_requested

        if offline_requested():
            raise NetworkDisabledError("STRIKEMAP_OFFLINE is set: not asking Nominatim "
                                       "(--online)")
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        kwargs = {"adapter_factory": adapter_factory} if adapter_factory else {}
        self.geocoder = Nominatim(user_agent=user_agent, domain=domain, scheme=scheme, **kwargs)
        self.country_codes = tuple(country_codes)
        self._geocode = RateLimiter(self.geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=2, swallow_exceptions=False)
        self.cache = ResponseCache(cache_path or default_cache_path())

    def raw(self, query: str) -> dict | None:
        """The raw Nominatim record for a query (cached), or None when not found."""
        key = json.dumps([query, self.country_codes])
        found, value = self.cache.get(key)
        if found:
            return value  # type: ignore[return-value]
        from geopy.exc import GeopyError

        try:
            location = self._geocode(query, exactly_one=True, addressdetails=True,
                                     country_codes=list(self.country_codes) or None,
                                     language="en")
        except GeopyError as error:
            raise GeocodingError(f"Nominatim request failed for {query!r}: {error}") from error
        value = location.raw if location is not None else None
        self.cache.put(key, value)
        return value

    def resolve(self, query: str) -> Place:
        """Resolve one query online; a Place like the offline geocoder's."""
        raw = self.raw(query)
        if raw is None:
            return Place(query=query, status="unresolved", reason="not found by Nominatim")
        return Place(query=query, status="resolved", candidate=candidate_from_raw(raw))


def candidate_from_raw(raw: dict) -> Candidate:
    """A :class:`~geo.model.Candidate` from a Nominatim JSON record."""
    address = raw.get("address") or {}
    kind = raw.get("addresstype") or raw.get("type") or ""
    feature = ("country" if kind == "country" else
               "region" if kind in _REGION_TYPES else "settlement")
    name = (raw.get("name") or str(raw.get("display_name", "")).split(",")[0]).strip()
    try:
        importance = float(raw.get("importance") or 0.0)
    except (TypeError, ValueError):
        importance = 0.0
    return Candidate(geonameid=None, name=name, lat=float(raw["lat"]), lon=float(raw["lon"]),
                     country_code=str(address.get("country_code", "")).upper(),
                     admin1=str(address.get("state", "")),
                     feature=feature,  # type: ignore[arg-type]
                     feature_code=f"OSM:{raw.get('osm_type', '')}/{raw.get('osm_id', '')}",
                     score=round(min(1.0, max(0.0, importance)), 4))


def with_online_fallback(resolve: Callable[[str], Place],
                         backend: NominatimBackend | None = None) -> Callable[[str], Place]:
    """``resolve``, asking Nominatim for names the gazetteer does not know.

    Ambiguous names stay unresolved (the offline candidates are known; a
    region is what they lack), and so do names Nominatim does not find.
    """
    online = backend or NominatimBackend(online=True)

    def resolve_with_fallback(query: str) -> Place:
        place = resolve(query)
        if place.resolved or place.alternatives:
            return place
        return online.resolve(query)

    return resolve_with_fallback
