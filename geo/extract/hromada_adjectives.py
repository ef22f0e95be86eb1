"""Hromadas named by their towns' adjectives ("Vasylkivska community", "Миколаївської
громади"), read inside the oblast the report speaks of: the regions it names, the oblast of
its other sure villages, or the one oblast of the other adjectives listed with them."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from geo.extract import roles
from geo.extract.qualifiers import CITY_PEOPLE, as_name, centre_rank
from geo.model import Place


def adjectives_in_named_regions(mentions: list, named: tuple[str, ...], resolve, dated,
                                nouns: Callable[[str], list], places: tuple = ()) -> None:
    """A hromada named by its town's adjective, read as a town outside every region the
    report names (``named``) or its other sure villages (``places`` under CITY_PEOPLE) lie
    in, is the town of that adjective inside one when there is one (a hromada's centre
    when only the villages tell the region) ("Vasylkivska community" in a report on
    Dnipropetrovsk Oblast: Vasylkivka, not Vasylkiv of Kyiv Oblast; "Миколаївської
    громади" beside Kramatorsk: Mykolaivka, not Mykolaiv); its centre first. Updated in
    place."""
    sure = set(places)
    villages = Counter(p.admin1 for p in sure               # where the sure villages are
                       if p.admin1 and p.population < CITY_PEOPLE)
    for m in mentions:
        c = m.place.candidate if m.role == roles.PLACE and m.place is not None \
            and m.place.resolved else None
        if c is None or not m.found.query or m.found.query == m.found.text \
                or c.feature != "settlement" or c.admin1 in named:
            continue
        others = {a for a, n in villages.items()
                  if n > (1 if c in sure and a == c.admin1 else 0)}
        regions = tuple(dict.fromkeys([*named, *sorted(others)]))
        if not regions or c.admin1 in regions:
            continue
        centre_only = not named                 # a region only the villages tell
        best = None
        for noun, ids in nouns(m.found.text):
            for region in regions:
                place = _hromada_centre(resolve(f"{as_name(noun)}, {region}", dated), ids)
                found = place.candidate if place.resolved else None
                if found is not None and found.geonameid in ids and found.admin1 in regions \
                        and found.feature == "settlement" \
                        and (not centre_only or centre_rank(found)[0]) \
                        and (best is None or centre_rank(found) > centre_rank(best.candidate)):
                    best = place
        if best is not None:
            m.place = replace(best, query=m.found.lookup)


def _hromada_centre(place: Place, ids) -> Place:
    """``place``, or when it is left ambiguous the one hromada centre (GeoNames PPLA*) among
    its namesakes that the adjective fits (``ids``): "Миколаївської громади" in Donetsk
    Oblast is the town Mykolaivka, not one of its villages of that name."""
    if place.resolved:
        return place
    centres = [c for c in place.alternatives
               if c.geonameid in ids and c.feature_code.startswith("PPLA")]
    if len(centres) != 1:
        return place
    return replace(place, status="resolved", candidate=centres[0], reason="",
                   alternatives=tuple(c for c in place.alternatives if c is not centres[0]))


def adjectives_among_their_list(infos: list, resolve, dated,
                                nouns: Callable[[str], list]) -> None:
    """Hromadas listed together by their towns' adjectives are in one oblast: "Під ударом
    були Марганецька, Мирівська та Покровська громади" (Marhanets is of Dnipropetrovsk
    Oblast, so Мирівська is Myrove there, not Myrivka of Zaporizhzhia Oblast). The other
    adjectives of the sentence that fit one town only, when those towns are of one oblast,
    decide. Updated in place."""
    for info in infos:
        listed = [m for m in info.mentions if m.role == roles.PLACE and m.found.query
                  and m.found.query != m.found.text and m.place is not None
                  and m.place.resolved and m.place.candidate.feature == "settlement"]
        anchors = [m for m in listed if len(_places_of(nouns(m.found.text))) == 1]
        for m in listed:
            oblasts = {o.place.candidate.admin1 for o in anchors if o is not m}
            if len(oblasts) == 1 and m.place.candidate.admin1 not in oblasts:
                adjectives_in_named_regions([m], tuple(oblasts), resolve, dated, nouns)


def _places_of(names: list) -> set[int]:
    """The places (geonameids) an adjective's names stand for."""
    return set().union(*(ids for _name, ids in names)) if names else set()
