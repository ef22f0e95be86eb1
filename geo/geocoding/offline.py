"""The offline gazetteer geocoder behind geopy's :class:`~geopy.geocoders.base.Geocoder` API."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict

from geopy.adapters import BaseSyncAdapter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.errors import NetworkDisabledError
from geo.gazetteer import Gazetteer
from geo.geocoding.context import ResolveContext
from geo.geocoding.focus import DEFAULT_FOCUS_REGIONS
from geo.geocoding.resolver import Resolver
from geo.geocoding.rules import PlaceRules
from geo.model import Candidate, Place


class NoNetworkAdapter(BaseSyncAdapter):
    """A geopy adapter that refuses every request: the offline geocoder needs none."""

    def __init__(self, *, proxies=None, ssl_context=None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url, *, timeout, headers):  # noqa: D102
        raise NetworkDisabledError(f"the offline geocoder does not go online ({url})")

    def get_text(self, url, *, timeout, headers):  # noqa: D102
        raise NetworkDisabledError(f"the offline geocoder does not go online ({url})")


def candidate_record(candidate: Candidate, query: str) -> dict:
    """The gazetteer record of a candidate, as a plain dict (``Location.raw``)."""
    record = asdict(candidate)
    record["query"] = query
    return record


def _location(candidate: Candidate, query: str) -> Location:
    admin1 = candidate.admin1 if candidate.admin1 != candidate.name else ""
    address = ", ".join(p for p in (candidate.name, admin1, candidate.country_code) if p)
    return Location(address, (candidate.lat, candidate.lon), candidate_record(candidate, query))


class OfflineGeocoder(Geocoder):
    """Offline geocoder over the gazetteer, usable wherever geopy expects a geocoder.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        The default is :func:`geo.gazetteer.load_gazetteer` (``$STRIKEMAP_GAZETTEER``, else
        the bundled GeoNames dump for Ukraine with cities500 for the world).
    country_preference : sequence of str
        ISO country codes, most preferred first.
    frontline : optional
        A frontline layer (or shapely geometry); candidates near it rank higher.
        A :class:`~geo.frontline.FrontlineSet` gives the layer in force on the
        context's ``date``, else its latest.
    focus_regions : sequence of str
        Regions (names or ISO 3166-2 codes) whose places rank higher among
        namesakes; default the frontline oblasts, ``()`` for none.
    rules : PlaceRules, optional
        An analyst's rules (:mod:`geo.geocoding.rules`), consulted before the ranking.

    Examples
    --------
    >>> geocoder = OfflineGeocoder()                       # doctest: +SKIP
    >>> geocoder.geocode("Kramatorsk").raw["admin1"]       # doctest: +SKIP
    'Donetsk Oblast'
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *,
                 country_preference: Sequence[str] = ("UA", "RU"),
                 frontline: object | None = None,
                 focus_regions: Sequence[str] = DEFAULT_FOCUS_REGIONS,
                 rules: PlaceRules | None = None) -> None:
        super().__init__(adapter_factory=NoNetworkAdapter)
        self.resolver = Resolver(gazetteer, country_preference=country_preference,
                                 frontline=frontline, focus_regions=focus_regions, rules=rules)
        self.gazetteer = self.resolver.gazetteer

    def geocode(self, query: str, exactly_one: bool = True, timeout=None, *,
                context: ResolveContext | None = None):
        """Geocode a place name or location text (geopy's signature).

        Returns
        -------
        geopy.location.Location or list of Location or None
            The chosen place (``exactly_one``), or it followed by the other
            candidates; None when the query does not resolve. ``raw`` is the
            gazetteer record (geonameid, name, admin1, feature, score, ...).
        """
        place = self.resolver.resolve(query, context)
        if not place.resolved:
            return None
        best = _location(place.candidate, query)
        if exactly_one:
            return best
        return [best, *(_location(c, query) for c in place.alternatives)]

    @property
    def rules(self) -> PlaceRules | None:
        """An analyst's rules, consulted before the ranking (None without any)."""
        return self.resolver.rules

    @rules.setter
    def rules(self, rules: PlaceRules | None) -> None:
        self.resolver.rules = rules

    @property
    def frontline(self) -> object | None:
        """The frontline the candidates are ranked by (None without one)."""
        return self.resolver.frontline

    def reverse(self, query, *, exactly_one=True, timeout=None):  # noqa: D102
        raise NotImplementedError("the offline geocoder does not reverse-geocode")

    def resolve(self, query: str, context: ResolveContext | None = None) -> Place:
        """Resolve one query to a :class:`~geo.model.Place` (or unresolved with a reason)."""
        return self.resolver.resolve(query, context)

    def resolve_many(self, queries: Iterable[str],
                     context: ResolveContext | None = None) -> list[Place]:
        """Resolve several queries sharing one context."""
        return self.resolver.resolve_many(queries, context)
