"""From scored candidates to a :class:`~geo.model.Place`: the pick, its score, or why
there is none (namesakes that rank alike)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geo.gazetteer import Gazetteer
from geo.geocoding.namesakes import pick_rivals
from geo.geocoding.query import NameHit
from geo.geocoding.ranking import Scored, probability
from geo.model import Candidate, Place

KIND_QUALITY = (1.0, 0.9, 0.95, 0.75)      # official, other name, spelling, loose
FREE_TEXT_QUALITY = 0.9
MAX_ALTERNATIVES = 5


@dataclass(frozen=True)
class Pick:
    """Candidates scored for one name, best first, and how much to trust them."""

    scored: list[Scored]
    quality: float
    decided: bool = False       # evidence beyond the name (nearby places, front, district)
    #: the scores before :func:`prefer_main_names` dropped former names, when it dropped
    #: any: a name ambiguous among all its bearers stays so however the list is cut down
    unfiltered: tuple[Scored, ...] = ()


def place_of(gazetteer: Gazetteer, query: str, pick: Pick, name: str) -> Place:
    """The resolved place of ``pick``, or unresolved with the rivals as alternatives.

    Parameters
    ----------
    gazetteer : Gazetteer
    query : str
        The query as given (kept in the result).
    pick : Pick
        The scored candidates of the name that answers the query.
    name : str
        The name as written, for the reason when ambiguous.
    """
    scored = pick.scored
    rivals, listed = pick_rivals(gazetteer, scored, pick.unfiltered, pick.decided)
    if rivals:
        others = tuple(gazetteer.candidate(s.row, 0.0) for s in listed[:MAX_ALTERNATIVES])
        return Place(query=query, status="unresolved", alternatives=others,
                     reason=_ambiguous_reason(name, rivals + 1, others))
    best = scored[0]
    quality = pick.quality * KIND_QUALITY[best.kind] * (0.9 if best.inflected else 1.0)
    score = round(probability(scored) * quality, 4)
    alternatives = tuple(gazetteer.candidate(s.row, 0.0)
                         for s in scored[1:1 + MAX_ALTERNATIVES])
    return Place(query=query, status="resolved", candidate=gazetteer.candidate(best.row, score),
                 alternatives=alternatives)


def _ambiguous_reason(name: str, count: int, candidates: tuple[Candidate, ...]) -> str:
    regions = list(dict.fromkeys(c.admin1 or c.country_code for c in candidates[:count]))
    where = f" in {regions[0]}" if len(regions) == 1 else f" ({', '.join(regions[:3])} ...)"
    hint = ("name the district or a place nearby" if len(regions) == 1
            else "add the region (e.g. 'Name, Donetsk Oblast')")
    return f"ambiguous: {count} places named {name!r}{where} rank alike; {hint}"


def nothing_found(ignored: Sequence[NameHit]) -> str:
    """Why a text whose names are all ignored (:data:`~geo.geocoding.query.IGNORED`)
    resolves to nothing."""
    plant = next((h for h in ignored if h.plant), None)
    if plant is not None:
        return (f"the gazetteer lists no power plant named after {plant.text!r}; a plant "
                f"is not placed at its namesake town, which may be far from it")
    return "no gazetteer name found in the query"
