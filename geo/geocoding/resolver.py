"""Resolve a place query to one gazetteer entry, or say why not.

The resolver is plain Python (no geopy), so the CLI starts fast;
:class:`geo.geocoding.OfflineGeocoder` wraps it behind geopy's interface.

A query is first looked up whole ("Kryvyi Rih", "Києві"). Otherwise it is read
as free text (:mod:`geo.geocoding.query`): the regions and countries it names
constrain the candidates, the other places it names count as nearby context,
and the most specific place is chosen (settlement, then region, then country).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from geo.gazetteer import Gazetteer, fast_key, load_gazetteer
from geo.gazetteer.build import COUNTRY, REGION, SETTLEMENT
from geo.gazetteer.regions import UA_REGIONS, with_enclosed
from geo.geocoding import query as q
from geo.geocoding.calques import calque_postings
from geo.geocoding.context import ResolveContext
from geo.geocoding.districts import DistrictReader
from geo.geocoding.focus import DEFAULT_FOCUS_REGIONS, focus_pairs, focus_prior
from geo.geocoding.frontline_distance import DistanceFn, front_distance_fn
from geo.geocoding.local_variants import other_spellings, variants_where_told
from geo.geocoding.loose import loose_rejection, loose_supported, near_context
from geo.geocoding.namesakes import (drop_names_a_city_bears, prefer_main_names,
                                     upgrade_namesakes, with_namesakes)
from geo.geocoding.neighbours import ends_text, neighbours
from geo.geocoding.outcome import FREE_TEXT_QUALITY, Pick, nothing_found, place_of
from geo.geocoding.rules import PlaceRules
from geo.geocoding.ranking import (AMBIGUOUS_MARGIN, Evidence, Scored, ambiguity,
                                   has_local_evidence, in_regions, score_postings, static_prior)
from geo.model import Place

#: an ambiguous name with more namesakes than this says nothing about where the others are
_MAX_NAMESAKES = 12
#: a settlement abroad (outside the preferred countries) named in running text must
#: be at least this big, or a capital, to count: "Victory Square" is no US village
FOREIGN_MIN_POPULATION = 100_000
#: bare oblast-centre names that stand for their oblast after a comma ("Olenivka, Donetsk")
_REGION_BASES: dict[str, frozenset[tuple[str, str]]] = {
    fast_key(base): frozenset({("UA", region.admin1_code)}
                              | ({("UA", "12")} if region.admin1_code == "13" else set()))
    for region in UA_REGIONS for base in region.en_bases}     # Kyiv Oblast holds Kyiv city
#: names of areas that span several regions
_REGION_GROUPS: dict[str, frozenset[tuple[str, str]]] = {
    key: frozenset({("UA", "05"), ("UA", "14")})
    for key in ("donbas", "donbass", "донбас", "донбасс", "донбасі", "донбассе")}


_TYPE_WORDS = re.compile(r"^\s*(?:the\s+)?(?:village|town|city|settlement)\s+(?:of\s+)?|"
                         r"\s+(?:village|town|city|settlement)\s*$", re.IGNORECASE)
#: "Siversk town", "the city of Izium": the place is a town (bigger places rank higher)
_TOWN_LEFT = re.compile(r"^\s*(?:the\s+)?(?:town|city)\s+of\s|\s(?:town|city)\s*$", re.IGNORECASE)


class Resolver:
    """Offline place resolution over a :class:`~geo.gazetteer.Gazetteer`.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Loaded with :func:`~geo.gazetteer.load_gazetteer` when None.
    country_preference : sequence of str
        ISO codes, most preferred first (weighed against size).
    frontline : optional
        A frontline layer or geometry; candidates near it rank higher. A set of
        dated layers (:class:`~geo.frontline.FrontlineSet`) gives the layer in force
        on the context's date (:class:`ResolveContext`), else its latest.
    focus_regions : sequence of str
        Regions (names or ISO 3166-2 codes) whose places rank higher among
        namesakes (:mod:`geo.geocoding.focus`); default the frontline oblasts,
        ``()`` for none.
    rules : PlaceRules, optional
        An analyst's rules (name, region context -> place), consulted first.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *,
                 country_preference: Sequence[str] = ("UA", "RU"),
                 frontline: object | None = None,
                 focus_regions: Sequence[str] = DEFAULT_FOCUS_REGIONS,
                 rules: PlaceRules | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.rules = rules
        self.country_preference = tuple(country_preference)
        self.frontline = frontline
        self.focus = focus_pairs(focus_regions, self.region_of)
        self._prior = (static_prior(self.gazetteer, self.country_preference)
                       + focus_prior(self.gazetteer, self.focus))
        self._front_fn = front_distance_fn(frontline)
        self._dated_fronts: dict[int | None, DistanceFn | None] = {}
        self._bare_evidence: Evidence | None = None
        d = self.gazetteer.data
        self._region_rows = {(str(d.country_code[r]), str(d.admin1_code[r])): int(r)
                             for r in (d.feature == REGION).nonzero()[0]}
        self._districts = DistrictReader(self.gazetteer, self._names_region)

    # --- public ------------------------------------------------------------------
    def resolve(self, query: str, context: ResolveContext | None = None) -> Place:
        """Resolve one query to a :class:`~geo.model.Place` (resolved or with a reason).

        An analyst's rule for the name (:attr:`rules`, :mod:`geo.geocoding.rules`) decides
        first; the place it gives says so in ``reason``.
        """
        place = self._resolve(query, context)
        if self.rules:
            place = self.rules.apply(query, place, context.regions if context else ())
        return place

    def _resolve(self, query: str, context: ResolveContext | None) -> Place:
        text = " ".join(str(query).split())
        if not text:
            return Place(query=query, status="unresolved", reason="empty query")
        evidence = self._districts.evidence(text, self._context_evidence(context))

        key = fast_key(q.POSSESSIVE.sub("", text))
        postings, inflected = self._lookup(key)
        if postings:
            postings = variants_where_told(self.gazetteer, postings, key, evidence)
            scored, unfiltered = self._score_main_names(
                postings, key, inflected, text, evidence,
                lambda c: with_namesakes(self.gazetteer, self._prefer_coarse_official(c), key))
            return self._place(query, Pick(scored, 1.0, has_local_evidence(evidence),
                                            unfiltered), text)
        place = self._resolve_place_comma_region(query, text, evidence)
        if place is not None:
            return place
        return self._resolve_free_text(query, text, evidence)

    def _score_main_names(self, postings: tuple[int, ...], key: str, inflected: bool,
                          query: str, evidence: Evidence,
                          finish: Callable[[tuple[int, ...]], Sequence[int]],
                          town: bool = False) -> tuple[list[Scored], tuple[Scored, ...]]:
        """Score ``finish(postings)`` after :func:`prefer_main_names`, and, when that dropped
        former names, before it too (for the ambiguity check: "Frunze" is a Crimean village
        now and the former name of several others, so still unresolved)."""
        postings = self._drop_names_a_city_bears(postings, key, inflected, evidence)
        kept = prefer_main_names(self.gazetteer, postings, key, inflected, query, town)
        scored = score_postings(self.gazetteer, self._prior, finish(kept), inflected, evidence)
        if len(kept) == len(postings):
            return scored, ()
        return scored, tuple(score_postings(self.gazetteer, self._prior, finish(postings),
                                            inflected, evidence))

    def _drop_names_a_city_bears(self, postings: tuple[int, ...], key: str, inflected: bool,
                                 evidence: Evidence) -> tuple[int, ...]:
        """:func:`drop_names_a_city_bears`, keeping the places of a region the query names
        ("Северск, Donetsk Oblast" is Siversk, which GeoNames also calls so, not Seversk in
        Siberia, a city of 100,000), and of the report's regions when the city is abroad
        ("В Донецкой области ... Северск")."""
        kept = drop_names_a_city_bears(self.gazetteer, postings, key, inflected)
        if len(kept) == len(postings) or not (evidence.regions or evidence.context_regions):
            return kept
        regions = evidence.regions
        if evidence.context_regions and not any(
                self.gazetteer.data.country_code[c // 4] in self.country_preference[:1]
                for c in kept if c % 4 != 1):
            regions = regions | evidence.context_regions
        keep = set(kept)
        return tuple(c for c in postings if c in keep
                     or regions and in_regions(self.gazetteer, c // 4, regions))

    def _lookup(self, key: str) -> tuple[tuple[int, ...], bool]:
        """:meth:`Gazetteer.lookup`, and for a Cyrillic name that only matches places
        abroad, its case forms too ("Никополе" is a Bulgarian town and "in Nikopol")."""
        postings, inflected = self.gazetteer.lookup(key)
        if not postings and key.isascii():
            return self.gazetteer.variant_lookup(key), False      # Avdeevka: Avdiivka
        if postings and not inflected and not key.isascii():
            d = self.gazetteer.data
            if not any(d.country_code[c // 4] in self.country_preference for c in postings):
                more = self.gazetteer._inflected(key)
                if more:
                    return tuple(dict.fromkeys(postings + more)), False
        return postings, inflected

    def resolve_many(self, queries: Iterable[str],
                     context: ResolveContext | None = None) -> list[Place]:
        """Resolve several queries with the same context (repeated queries resolve once)."""
        memo: dict[str, Place] = {}
        out = []
        for query in queries:
            if query not in memo:
                memo[query] = self.resolve(query, context)
            out.append(memo[query])
        return out

    def region_of(self, name: str) -> tuple[str, str] | None:
        """``(country, admin1)`` for a region name or a bare UA admin1 code ("05")."""
        text = name.strip()
        if len(text) == 2 and text.isdigit():
            return ("UA", text)
        postings, _ = self.gazetteer.lookup(fast_key(text))
        d = self.gazetteer.data
        for code in postings:
            if d.feature[code // 4] == REGION:
                return (d.country_code[code // 4], d.admin1_code[code // 4])
        return None

    # --- evidence ----------------------------------------------------------------
    def _context_evidence(self, context: ResolveContext | None) -> Evidence:
        front = self._front_fn
        if context is None:        # the same (frozen) evidence for every query: made once
            if self._bare_evidence is None or self._bare_evidence.front_km is not front:
                self._bare_evidence = Evidence(front_km=front)
            return self._bare_evidence
        regions = frozenset(r for r in (self.region_of(n) for n in context.regions) if r)
        points = tuple((c.lat, c.lon) for c in context.places if c.feature == "settlement")
        if context.frontline is not None:
            front = front_distance_fn(context.frontline)
        elif context.date is not None:
            front = self._front_on(context.date)
        return Evidence(context_regions=regions, context_points=points, front_km=front)

    def _front_on(self, day: str) -> DistanceFn | None:
        """The distance function of the frontline layer in force on ``day`` (None before
        the first layer); an undated frontline (one layer, a geometry) whatever the day."""
        index_for = getattr(self.frontline, "index_for", None)
        if index_for is None:
            return self._front_fn
        index = index_for(day)
        if index not in self._dated_fronts:
            self._dated_fronts[index] = (None if index is None
                                         else front_distance_fn(self.frontline.layer(index)))
        return self._dated_fronts[index]

    def _names_region(self, words: str, kind: str) -> bool:
        """True when "<words> <kind>" names an oblast ("Donetsk region"), not a raion."""
        return (self.region_of(f"{words} {kind}") is not None
                or self.region_of(words) is not None or fast_key(words) in _REGION_BASES)

    def _prefer_coarse_official(self, postings: tuple[int, ...]) -> tuple[int, ...]:
        """A name that is officially a country or region means it ("Ukraine", "Crimea")."""
        d = self.gazetteer.data
        coarse = tuple(c for c in postings if c % 4 == 0 and d.feature[c // 4] != SETTLEMENT)
        return coarse or postings

    # --- "place, region" -----------------------------------------------------------
    def _resolve_place_comma_region(self, query: str, text: str,
                                    evidence: Evidence) -> Place | None:
        """The common "Siversk town, Donetsk oblast" form, without scanning; None when the
        text is not of that form (free-text reading then decides)."""
        left, sep, right = text.rpartition(",")
        if not sep or "," in left:
            return None
        pair = self.region_of(right)
        if pair is None:
            return None
        key = fast_key(_TYPE_WORDS.sub("", left))
        postings, inflected = self._lookup(key)
        d = self.gazetteer.data
        postings = tuple(c for c in postings if d.feature[c // 4] == SETTLEMENT)
        if not postings:
            return None
        evidence = replace(evidence, regions=evidence.regions | with_enclosed({pair}),
                           town_word=bool(_TOWN_LEFT.search(left)))
        scored, unfiltered = self._score_main_names(
            postings, key, inflected, text, evidence,
            lambda c: with_namesakes(self.gazetteer, c, key))
        if not scored or not in_regions(self.gazetteer, scored[0].row, evidence.regions):
            return None
        return self._place(query, Pick(scored, FREE_TEXT_QUALITY,
                                        has_local_evidence(evidence), unfiltered), left.strip())

    # --- free text ---------------------------------------------------------------
    def _resolve_free_text(self, query: str, text: str, evidence: Evidence) -> Place:
        scanned = q.scan(self.gazetteer, text)
        hits = [h for h in scanned if h.role != q.IGNORED]
        if not hits:
            return Place(query=query, status="unresolved", reason=nothing_found(scanned))
        regions = set(evidence.regions)
        evidence = replace(evidence, context_points=evidence.context_points
                           + q.stated_points(text))      # a source's "49.486, 36.840"
        settlements: list[q.NameHit] = []
        for hit in hits:
            coarse = self._coarse_pair(hit)
            if coarse:
                regions.add(coarse)
            elif hit.key in _REGION_GROUPS:
                regions |= _REGION_GROUPS[hit.key]
            elif self._has_feature(hit, SETTLEMENT):
                after_place = any(s.role == q.PLACE and s.segment < hit.segment
                                  for s in settlements)
                hint = _REGION_BASES.get(hit.key) if after_place else None
                if hint:                       # "Olenivka, Donetsk": the oblast, by its city
                    regions |= hint
                    hit = replace(hit, role=q.CONTEXT, as_region=ends_text(hit, text))
                settlements.append(hit)
        evidence = replace(evidence, regions=with_enclosed(frozenset(regions)))
        rejected: list[Place] = []
        ambiguous: Place | None = None
        for hit in (h for h in settlements if h.role == q.PLACE):
            ambiguous = self._settlement_place(query, hit, settlements, evidence, rejected)
            if ambiguous is not None:
                break
        if ambiguous is not None and ambiguous.resolved:
            return ambiguous
        for hit in (h for h in settlements if h.role == q.CONTEXT and h.possessive):
            place = self._settlement_place(query, hit, settlements, evidence, rejected)
            if place is not None and place.resolved:
                return place                   # "Kharkiv's Kyivskyi district": in Kharkiv
        if ambiguous is not None:
            return ambiguous
        if regions:
            for hit in (h for h in settlements if h.reference):
                place = self._settlement_place(query, hit, settlements, evidence, rejected)
                if place is not None and place.resolved:
                    return place               # "8 km south of Ilovaisk": near Ilovaisk
            return self._coarse(query, hits, evidence)
        for hit in (h for h in settlements if h.role == q.CONTEXT):
            place = self._settlement_place(query, hit, settlements, evidence, rejected)
            if place is not None:
                return place
        coarse = self._coarse(query, hits, evidence)
        return rejected[0] if rejected and not coarse.resolved else coarse

    def _settlement_place(self, query: str, main: q.NameHit, settlements: list[q.NameHit],
                          evidence: Evidence, rejected: list[Place]) -> Place | None:
        """The place for one settlement name, or None when the query rules it out
        (a loose spelling match without evidence also adds its reason to ``rejected``)."""
        near = neighbours(self.gazetteer, main, settlements,
                          lambda other: self._other_settlement(other, evidence),
                          bool(evidence.districts or evidence.district_points))
        evidence = replace(evidence, context_points=evidence.context_points + near.points,
                           namesake_points=evidence.namesake_points + near.namesakes,
                           town_word=main.town)
        main = self._with_variant_spellings(main, evidence)
        main = replace(main, postings=tuple(c for c in upgrade_namesakes(
            self.gazetteer, main.postings) if c // 4 not in near.references
            and near.on_stated_side(self.gazetteer, c // 4)))
        scored, unfiltered = self._score_hit(main, evidence, query)
        if not scored:
            return None
        if evidence.regions and not in_regions(self.gazetteer, scored[0].row, evidence.regions):
            return None
        if not near.allows(self.gazetteer, scored[0].row) \
                and not near.allows_far_town(self.gazetteer, scored[0].row):
            return None            # Donetsk's Kyivskyi district is not Kharkiv's
        if scored[0].kind == 3 and evidence.context_points and not near_context(
                self.gazetteer, scored[0].row, evidence.context_points):
            return None            # a loose spelling match far from everything else named
        if scored[0].kind == 3 and not loose_supported(self.gazetteer, query, main.key,
                                                         scored[0].row, evidence):
            rejected.append(loose_rejection(query, main.text, self.gazetteer.data.name[
                scored[0].row]))
            return None            # "Kiper" (a surname) is no Rososh
        return self._place(query, Pick(scored, FREE_TEXT_QUALITY,
                                        has_local_evidence(evidence), unfiltered), main.text)

    def _with_variant_spellings(self, main: q.NameHit, evidence: Evidence) -> q.NameHit:
        """``main`` with the entries its variant and loose spellings name, when evidence may
        favour one of them ("Alexandrovka, west of Donetsk": an Aleksandrovka there) or
        when the name itself only names places abroad."""
        d = self.gazetteer.data
        home = self.country_preference[:1]
        if main.plant:                      # "Luhansk TPP" is the plant, not the city
            return main
        if not (evidence.regions or evidence.context_points
                or evidence.districts and not main.key.isascii()
                or not any(d.country_code[c // 4] in home for c in main.postings)):
            return main
        exact = {c // 4 for c in main.postings}
        extra = tuple(dict.fromkeys(
            c for c in other_spellings(self.gazetteer, main.key)
            + calque_postings(self.gazetteer, main.text) if c // 4 not in exact))
        return replace(main, postings=main.postings + extra)

    def _coarse(self, query: str, hits: list[q.NameHit], evidence: Evidence) -> Place:
        d = self.gazetteer.data
        named = [r for r in (self._region_rows.get(pair) for pair in evidence.regions)
                 if r is not None]
        if not any(self._coarse_pair(h) for h in hits) and len(named) == 1:
            region_hit = named[0] * 4       # only implied ("Olenivka, Donetsk"): that oblast
            scored = score_postings(self.gazetteer, self._prior, (region_hit,), False, evidence)
            return self._place(query, Pick(scored, FREE_TEXT_QUALITY), d.name[named[0]])
        for feature in (REGION, COUNTRY):
            for hit in hits:
                postings = [c for c in hit.postings if d.feature[c // 4] == feature]
                scored = score_postings(self.gazetteer, self._prior, postings, hit.inflected,
                                        evidence)
                if scored:
                    return self._place(query, Pick(scored, FREE_TEXT_QUALITY), hit.text)
        return Place(query=query, status="unresolved",
                     reason="no settlement, region or country name found in the query")

    def _coarse_pair(self, hit: q.NameHit) -> tuple[str, str] | None:
        """``(country, admin1)`` for a region name, ``(country, "")`` for a country name."""
        d = self.gazetteer.data
        for code in hit.postings:
            row = code // 4
            if d.feature[row] == REGION:
                return (d.country_code[row], d.admin1_code[row])
            if d.feature[row] == COUNTRY and code % 4 == 0:
                return (d.country_code[row], "")
        return None

    def _has_feature(self, hit: q.NameHit, feature: int) -> bool:
        d = self.gazetteer.data
        return any(d.feature[code // 4] == feature for code in hit.postings)

    def _score_hit(self, hit: q.NameHit, evidence: Evidence,
                   query: str = "") -> tuple[list[Scored], tuple[Scored, ...]]:
        """Score a free-text settlement name; small places abroad do not count (none do
        when the text names a raion), nor places it names only by a former name where
        another place bears it now (scored apart, see :meth:`_score_main_names`)."""
        d = self.gazetteer.data
        named = {cc for cc, _ in evidence.regions}
        # a named raion (of the country dump, the first preferred country) rules out
        # places abroad: "Petropavlovsk, Shakhtersky district" is no city in Kamchatka
        districts = bool(evidence.districts or evidence.district_points)
        home = self.country_preference[:1] if districts else self.country_preference

        def keep(postings: tuple[int, ...]) -> list[int]:
            if districts:               # the district then decides among all namesakes
                postings = with_namesakes(self.gazetteer, postings, hit.key)
            return [c for c in postings if d.feature[c // 4] == SETTLEMENT
                    and (d.country_code[c // 4] in home or d.country_code[c // 4] in named
                         or (not districts and (d.population[c // 4] >= FOREIGN_MIN_POPULATION
                                                or d.feature_code[c // 4] == "PPLC")))]
        return self._score_main_names(hit.postings, hit.key, hit.inflected, query, evidence,
                                      keep, hit.town)

    def _other_settlement(self, hit: q.NameHit, evidence: Evidence) -> tuple[int, ...]:
        """The entries another name of the text may stand for: its pick alone when clear,
        else its namesakes that rank alike (at most :data:`_MAX_NAMESAKES`), else none."""
        scored, unfiltered = self._score_hit(hit, replace(evidence, context_points=(),
                                                          namesake_points=()))
        if not scored:
            return ()
        if not ambiguity(self.gazetteer, scored) and not (
                unfiltered and ambiguity(self.gazetteer, unfiltered)):
            return (scored[0].row,)
        if evidence.regions and not in_regions(self.gazetteer, scored[0].row, evidence.regions):
            return ()
        alike = [s.row for s in scored if scored[0].score - s.score < AMBIGUOUS_MARGIN
                 and (not evidence.regions or in_regions(self.gazetteer, s.row, evidence.regions))]
        return tuple(alike) if len(alike) <= _MAX_NAMESAKES else ()

    def _place(self, query: str, pick: Pick, name: str) -> Place:
        return place_of(self.gazetteer, query, pick, name)
