"""Geocoding: resolve place names to gazetteer entries.

What it does: ranks a name's candidates (spelling, size, country, the regions and places a
report names, the front line) and picks one or says why none. What it uses:
:mod:`geo.gazetteer` for names and the core modules; never extraction or anything above.

* :class:`OfflineGeocoder` - the default: offline, geopy-compatible.
* :class:`ResolveContext` - regions and places named elsewhere in a report.
* :class:`Resolver` - the same resolution without geopy (used by the CLI).
* :mod:`geo.geocoding.nominatim` - opt-in online backend (rate-limited, cached).

Names are imported lazily so that ``import geo.geocoding`` stays cheap.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from geo.geocoding.context import ResolveContext

if TYPE_CHECKING:  # pragma: no cover
    from geo.geocoding.offline import OfflineGeocoder
    from geo.geocoding.resolver import Resolver

__all__ = ["OfflineGeocoder", "ResolveContext", "Resolver"]


def __getattr__(name: str):
    if name == "OfflineGeocoder":
        from geo.geocoding.offline import OfflineGeocoder
        return OfflineGeocoder
    if name == "Resolver":
        from geo.geocoding.resolver import Resolver
        return Resolver
    raise AttributeError(f"module 'geo.geocoding' has no attribute {name!r}")
