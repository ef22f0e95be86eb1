"""What the rest of a report says, used to rank a name's candidates."""
from __future__ import annotations

from dataclasses import dataclass

from geo.model import Candidate


@dataclass(frozen=True)
class ResolveContext:
    """Regions and places named elsewhere in the same report.

    Attributes
    ----------
    regions : tuple of str
        GeoNames admin1 codes ("05") or region names ("Donetsk Oblast",
        "Донецька область") named in the report.
    places : tuple of Candidate
        Places already resolved in the report; candidates near them rank higher.
    frontline : optional
        A frontline layer (an object with ``contact_line`` or ``occupied``
        geometry in EPSG:4326) or a shapely geometry; candidates near it rank
        higher. Overrides the geocoder's own frontline.
    date : str, optional
        The report's or event's day (``YYYY-MM-DD``). When the geocoder's
        frontline is a set of dated layers, the layer in force on that day ranks
        the candidates, and none does before the first layer (a 2014 report is
        not placed by the 2024 line). Without a date, the latest layer.
    """

    regions: tuple[str, ...] = ()
    places: tuple[Candidate, ...] = ()
    frontline: object | None = None
    date: str | None = None


def date_matters(geocoder: object) -> bool:
    """True when the day a name is resolved on may change the answer: the geocoder ranks
    by a frontline (a dated set picks its layer by :attr:`ResolveContext.date`). Without
    one, resolutions can be shared across days."""
    return getattr(geocoder, "frontline", None) is not None
