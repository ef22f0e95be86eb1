"""What the other names of a text say about one of them.

In "Georgievka, Krasnogorovka and Paraskovievka" each name is evidence for the
others: a clear pick is a nearby point, an ambiguous one a set of namesake
points. Some names are no nearby place at all: an oblast centre standing for
its oblast ("Borova, Kharkiv"), or the town a named raion is called after
("Shakhtersky district"). A city a district belongs to ("Kharkiv's Kyivskyi
district") is an owner: the district must lie near it. A reference ("south of
Avdiivka", "20 km from Kramatorsk") is an anchor: the place must lie near it,
and on the side the text states when the reference is next to the place's own
name ("Novopavlivka (southwest of Pokrovsk)", "southwest of Pokrovsk near
Novopavlivka": no Novopavlivka east of the city).
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from geo.gazetteer import Gazetteer
from geo.geocoding import query as q
from geo.distance import haversine_km
from geo.geocoding.words import COMPASS_BEARINGS

#: a part of a city ("Kharkiv's Kyivskyi district") lies within this distance of it
OWNER_KM = 30.0
#: a place located from a reference ("south of Avdiivka", "20 km from Kramatorsk") lies
#: within this distance of it
REFERENCE_KM = 60.0

#: a city this big may be located from a reference up to this far ("Bila Tserkva, south of
#: Kyiv": 80 km)
FAR_TOWN_PEOPLE, FAR_TOWN_KM = 50_000, 150.0
#: a place on a stated side ("southwest of X") lies within this many degrees of it
SIDE_TOLERANCE = 67.5
#: closer to the reference than this, any side will do (the points are settlements' centres)
SIDE_FREE_KM = 3.0

Point = tuple[float, float]


@dataclass(frozen=True)
class Neighbours:
    """The evidence the other names of a text give about one name."""

    points: tuple[Point, ...] = ()                      # clear picks
    namesakes: tuple[tuple[Point, ...], ...] = ()       # one tuple per ambiguous name
    references: frozenset[int] = frozenset()            # "west of Donetsk": not Donetsk
    owners: tuple[Point, ...] = ()                      # "Kharkiv's": within OWNER_KM
    anchors: tuple[Point, ...] = ()                     # "south of X": within REFERENCE_KM
    sides: tuple[tuple[Point, float], ...] = ()         # "Y (south of X)": Y south of X

    def allows(self, gazetteer: Gazetteer, row: int) -> bool:
        """False when the text names the city ``row`` must be part of, and it is not."""
        d = gazetteer.data

        def near(points: tuple[Point, ...], km: float) -> bool:
            return not points or any(haversine_km(d.lat[row], d.lon[row], lat, lon) <= km
                                     for lat, lon in points)

        return near(self.owners, OWNER_KM) and near(self.anchors, REFERENCE_KM)

    def allows_far_town(self, gazetteer: Gazetteer, row: int) -> bool:
        """True for a city (:data:`FAR_TOWN_PEOPLE`) told from a reference farther than
        :data:`REFERENCE_KM` but within :data:`FAR_TOWN_KM` ("Bila Tserkva, south of
        Kyiv", 80 km), when no owner is named: the city itself, not the reference."""
        d = gazetteer.data
        return not self.owners and bool(self.anchors) \
            and int(d.population[row]) >= FAR_TOWN_PEOPLE \
            and any(haversine_km(d.lat[row], d.lon[row], lat, lon) <= FAR_TOWN_KM
                    for lat, lon in self.anchors)

    def on_stated_side(self, gazetteer: Gazetteer, row: int) -> bool:
        """False when the text says on which side of a reference the place lies, and entry
        ``row`` is elsewhere ("Novopavlivka (southwest of Pokrovsk)")."""
        d = gazetteer.data
        lat, lon = float(d.lat[row]), float(d.lon[row])
        return all(haversine_km(lat, lon, *point) <= SIDE_FREE_KM
                   or _angle(_bearing(point, (lat, lon)), bearing) <= SIDE_TOLERANCE
                   for point, bearing in self.sides)


def neighbours(gazetteer: Gazetteer, main: q.NameHit, settlements: list[q.NameHit],
               entries_of: Callable[[q.NameHit], tuple[int, ...]],
               district_named: bool) -> Neighbours:
    """The :class:`Neighbours` of ``main`` among the text's ``settlements``.

    Parameters
    ----------
    entries_of : callable
        The entries another name may stand for (one when clear, its alike
        namesakes, or none).
    district_named : bool
        A district of the text was recognised: the towns districts are named
        after are then no nearby places.
    """
    d = gazetteer.data
    points: list[Point] = []
    namesakes: list[tuple[Point, ...]] = []
    references: set[int] = set()
    owners: list[Point] = []
    anchors: list[Point] = []
    sides: list[tuple[Point, float]] = []
    for other in settlements:
        if other is main or other.key == main.key or other.as_region or (
                other.names_district and district_named):
            continue
        if other.owns_previous and not _owns(other, main):
            continue            # "<X> district of Donetsk" says where X is, not the others
        rows = entries_of(other)
        if len(rows) == 1:
            points.append((float(d.lat[rows[0]]), float(d.lon[rows[0]])))
            if other.reference:
                references.add(rows[0])
                anchors.append(points[-1])
                if other.direction and _follows(main, other, settlements):
                    sides.append((points[-1],
                                  COMPASS_BEARINGS[other.direction.removesuffix("ern")]))
            if _owns(other, main):
                owners.append(points[-1])
        elif rows:
            namesakes.append(tuple((float(d.lat[r]), float(d.lon[r])) for r in rows))
    return Neighbours(tuple(points), tuple(namesakes), frozenset(references), tuple(owners),
                      tuple(anchors), tuple(sides))


def _follows(main: q.NameHit, reference: q.NameHit, settlements: list[q.NameHit]) -> bool:
    """True when ``reference`` is the first name after ``main``'s ("Udachne (southwest
    of Pokrovsk)", "Dachne, 5 km south of Kurakhove"), or comes just before it in the same
    part, one word apart ("southwest of Pokrovsk near Novopavlivka")."""
    if reference.segment == main.segment and 0 <= main.start - reference.end <= 1:
        return True
    after = [s for s in settlements if s.start >= main.end]
    return bool(after) and min(after, key=lambda s: s.start) is reference


def _bearing(a: Point, b: Point) -> float:
    """The initial bearing from ``a`` to ``b``, degrees from north (0 to 360)."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    y = math.sin(lo2 - lo1) * math.cos(la2)
    x = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(lo2 - lo1)
    return math.degrees(math.atan2(y, x)) % 360.0


def _angle(a: float, b: float) -> float:
    """The difference of two bearings in degrees (0 to 180)."""
    return abs((a - b + 180.0) % 360.0 - 180.0)


def _owns(owner: q.NameHit, hit: q.NameHit) -> bool:
    """True when ``owner`` names the city ``hit`` is part of: "Kharkiv's Kyivskyi
    district", "Kyivskyi district of Kharkiv"."""
    if owner.possessive and owner.role == q.CONTEXT:
        return owner.end == hit.start
    return owner.owns_previous and 0 <= owner.start - hit.end <= 2   # "Київському районі
    # Харкова": the district's name holds its district word


def ends_text(hit: q.NameHit, text: str) -> bool:
    """True when ``hit`` is all that follows the last comma ("Borova, Kharkiv")."""
    from geo.gazetteer.names import fast_key

    tail = text.rpartition(",")[2].strip(" .;)")
    return fast_key(tail) == hit.key
