"""An analyst's rules: this name, in this region context, means this place.

A reviewer who picks a namesake for a name the geocoder left ambiguous makes a rule
(``strikemap review set --place``, the dashboard's Review page, ``strikemap rules add``).
The store keeps the rules; the commands that geocode load them into :class:`PlaceRules`
and hand them to the geocoder, which consults them before its own ranking
(:meth:`geo.geocoding.resolver.Resolver.resolve`).

A rule's region context is ``""`` (the name means the place wherever it is written) or a
region ("Pervomaiske" means the Kharkiv one in a report that names Kharkiv Oblast); a
rule for a region the report names wins over one for any region. A name is matched as
written (normalised), and, when the geocoder found it ambiguous, by its namesakes: a
rule whose place is one of them and whose name is that namesake's name also decides
case forms ("у Первомайському").
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from geo.model import Candidate, Place
from geo.text import normalize_name


@dataclass(frozen=True)
class PlaceRule:
    """One rule: ``name`` (as written), in ``region`` ("" for any), means ``place``."""

    name: str
    region: str
    place: Candidate

    @property
    def key(self) -> tuple[str, str]:
        """(normalised name, normalised region)."""
        return normalize_name(self.name), normalize_name(self.region) if self.region else ""

    def describe(self) -> str:
        """``rule 'Pervomaiske' (any region) -> Pervomaiske, Kharkiv Oblast (#12345)``."""
        where = f"in {self.region}" if self.region else "any region"
        admin = f", {self.place.admin1}" if self.place.admin1 else ""
        gid = f" (#{self.place.geonameid})" if self.place.geonameid is not None else ""
        return f"rule {self.name!r} ({where}) -> {self.place.name}{admin}{gid}"


class PlaceRules:
    """A set of :class:`PlaceRule` keyed by (normalised name, normalised region).

    Parameters
    ----------
    rules : iterable of PlaceRule
        Later rules with the same key replace earlier ones.
    """

    def __init__(self, rules: Iterable[PlaceRule] = ()) -> None:
        self._rules: dict[tuple[str, str], PlaceRule] = {}
        for rule in rules:
            self._rules[rule.key] = rule
        self._by_geonameid: dict[int, list[PlaceRule]] = {}
        for rule in self._rules.values():
            if rule.place.geonameid is not None:
                self._by_geonameid.setdefault(rule.place.geonameid, []).append(rule)

    def __len__(self) -> int:
        return len(self._rules)

    def __iter__(self):
        return iter(self._rules.values())

    def __repr__(self) -> str:
        return f"PlaceRules({len(self)} rules)"

    def find(self, name: str, regions: Iterable[str] = ()) -> PlaceRule | None:
        """The rule for ``name`` in one of ``regions`` (names or admin1 codes), else for any region."""
        key = normalize_name(name)
        for region in regions:
            rule = self._rules.get((key, normalize_name(str(region))))
            if rule is not None:
                return rule
            for rule in self._by_region_code(key, str(region)):
                return rule
        return self._rules.get((key, ""))

    def _by_region_code(self, key: str, code: str) -> list[PlaceRule]:
        if not (len(code) == 2 and code.isdigit()):
            return []
        return [r for (name, region), r in self._rules.items()
                if name == key and region and r.place.admin1_code == code]

    def apply(self, query: str, place: Place, regions: Iterable[str] = ()) -> Place:
        """``place`` as the rules decide: the rule's place for ``query`` (or for the
        namesake an ambiguous answer lists), else ``place`` unchanged."""
        regions = tuple(regions)
        rule = self.find(query, regions)
        if rule is None and not place.resolved:
            rule = self._for_namesakes(place, regions)
        if rule is None:
            return place
        return Place(query=place.query, status="resolved",
                     candidate=replace(rule.place, score=1.0), reason=rule.describe(),
                     alternatives=place.alternatives)

    def _for_namesakes(self, place: Place, regions: tuple[str, ...]) -> PlaceRule | None:
        for candidate in place.alternatives:
            for rule in self._by_geonameid.get(candidate.geonameid, ()):
                if normalize_name(rule.name) == normalize_name(candidate.name) and \
                        self.find(rule.name, regions) is rule:
                    return rule
        return None

    def placed_by(self, query: str, geonameid: int | None) -> PlaceRule | None:
        """The rule that put an event written ``query`` at ``geonameid``, if one could have."""
        if geonameid is None:
            return None
        key = normalize_name(query)
        for rule in self._by_geonameid.get(int(geonameid), ()):
            if rule.key[0] == key:
                return rule
        return None
