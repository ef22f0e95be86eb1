"""Dated frontline layers and the set of them: which line is in force on a given day.

A :class:`FrontlineSet` holds the layers read from files, sorted by date; the
layer in force on a date is the latest one on or before it. Contact lines are
computed when a layer is first asked for (and then kept), using the set's
country outline when it has one.
"""
from __future__ import annotations

import bisect
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import FrontlineError
from geo.frontline.contact import (NOTE_LINES, CountryOutline, as_outline, contact_line,
                                   project)
from geo.frontline.read import (SUPPORTED_SUFFIXES, LayerData, parse_date,
                                read_frontline_file)
from geo.schema import EQUAL_AREA_CRS, STORAGE_CRS

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

#: square metres in a square kilometre
M2_PER_KM2 = 1e6


@dataclass(frozen=True, eq=False)
class FrontlineLayer:
    """The front on one date, in EPSG:4326.

    Attributes
    ----------
    date : str
        ``YYYY-MM-DD``: the layer is in force from this day until the next layer.
    occupied : shapely Polygon / MultiPolygon or None
        Occupied territory; None for a layer drawn only as lines (it has no area).
    contact_line : shapely LineString / MultiLineString
        The front: see :mod:`geo.frontline.contact` and ``contact_note``.
    source : str
        The file it came from.
    attribution : str
        Credit line to show on a map using this layer ("" when none is known).
    contact_note : str
        How the contact line was made (trimmed, whole boundary, or drawn lines).
    """

    date: str
    occupied: BaseGeometry | None
    contact_line: BaseGeometry
    source: str
    attribution: str = ""
    contact_note: str = ""

    @property
    def has_area(self) -> bool:
        """True when the layer has occupied polygons (a line layer has no area)."""
        return self.occupied is not None

    def area_km2(self) -> float | None:
        """Occupied area in km², in the equal-area CRS; None for a line layer."""
        return occupied_area_km2(self) if self.has_area else None

    def to_geojson(self, tolerance: float = 0.001, precision: float = 1e-5) -> dict:
        """A GeoJSON FeatureCollection for a map: occupied area and contact line, simplified.

        Parameters
        ----------
        tolerance : float
            Simplification tolerance in degrees (0.001 is about 100 m); 0 keeps every vertex.
        precision : float
            Coordinate grid in degrees (1e-5 is about 1 m).

        Returns
        -------
        dict
            Features with ``kind`` ("occupied" / "contact_line"), ``date``, ``source``,
            ``attribution`` and ``note`` properties; lon/lat order (RFC 7946).
        """
        import json

        import shapely

        features = []
        for kind, geom in (("occupied", self.occupied), ("contact_line", self.contact_line)):
            if geom is None or shapely.is_empty(geom):
                continue
            if tolerance > 0:
                geom = shapely.simplify(geom, tolerance, preserve_topology=True)
            if precision > 0:
                geom = shapely.set_precision(geom, precision)
            features.append({"type": "Feature", "geometry": json.loads(shapely.to_geojson(geom)),
                             "properties": {"kind": kind, "date": self.date,
                                            "source": self.source,
                                            "attribution": self.attribution,
                                            "note": self.contact_note if kind == "contact_line"
                                            else ""}})
        return {"type": "FeatureCollection", "features": features}


def build_layer(data: LayerData, outline: CountryOutline | None) -> FrontlineLayer:
    """A :class:`FrontlineLayer` from what a file says, with its contact line."""
    if data.lines is not None:
        line, note = data.lines, NOTE_LINES
    else:
        line, note = contact_line(data.occupied, outline)
    return FrontlineLayer(date=data.date, occupied=data.occupied, contact_line=line,
                          source=data.source, attribution=data.attribution, contact_note=note)


class FrontlineSet:
    """Frontline layers by date; the latest layer on or before a date is the one in force.

    Parameters
    ----------
    data : sequence of LayerData
        What the files say (see :func:`geo.frontline.read.read_frontline_file`).
    outline : CountryOutline, path or polygon, optional
        The country outline used to trim contact lines (border and coast).

    Raises
    ------
    FrontlineError
        When two files give a layer for the same date.
    """

    def __init__(self, data: Sequence[LayerData], outline: object = None) -> None:
        ordered = sorted(data, key=lambda d: d.date)
        for before, after in zip(ordered, ordered[1:]):
            if before.date == after.date:
                raise FrontlineError(f"two frontline layers for {after.date}: "
                                     f"{before.source} and {after.source}; keep one")
        self._data: tuple[LayerData, ...] = tuple(ordered)
        self._dates: tuple[str, ...] = tuple(d.date for d in ordered)
        self._outline = as_outline(outline)
        self._layers: dict[int, FrontlineLayer] = {}
        self._trimmed: dict[int, tuple[CountryOutline, FrontlineSet]] = {}

    @classmethod
    def from_paths(cls, paths: Iterable[str | os.PathLike], *, outline: object = None,
                   date: str | None = None) -> FrontlineSet:
        """Read frontline files (DeepStateMap daily files, GeoJSON, GeoPackage, KML).

        ``date`` applies to every file (for files with no date property or name date).
        """
        data = [layer for path in paths for layer in read_frontline_file(path, date=date)]
        return cls(data, outline=outline)

    @classmethod
    def from_folder(cls, folder: str | os.PathLike, *, outline: object = None) -> FrontlineSet:
        """Every frontline file (``.geojson``, ``.json``, ``.gpkg``, ``.kml``) in a folder.

        Raises
        ------
        FrontlineError
            When the folder does not exist or a file in it cannot be used.
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise FrontlineError(f"{folder}: no such frontline folder")
        paths = sorted(p for p in folder.iterdir()
                       if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        return cls.from_paths(paths, outline=outline)

    def with_outline(self, outline: object) -> FrontlineSet:
        """The same layers, with contact lines trimmed by another country outline (kept)."""
        outline = as_outline(outline)
        if outline is self._outline:
            return self
        if outline is None:
            return FrontlineSet(self._data)
        if id(outline) not in self._trimmed:
            self._trimmed[id(outline)] = (outline, FrontlineSet(self._data, outline=outline))
        return self._trimmed[id(outline)][1]

    @property
    def outline(self) -> CountryOutline | None:
        """The country outline used for contact lines (None: whole boundaries)."""
        return self._outline

    @property
    def dates(self) -> tuple[str, ...]:
        """The layers' dates, ascending."""
        return self._dates

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self) -> Iterator[FrontlineLayer]:
        return (self.layer(i) for i in range(len(self._data)))

    def layer(self, index: int) -> FrontlineLayer:
        """The layer at ``index`` in date order (built on first use, then kept)."""
        if index not in self._layers:
            self._layers[index] = build_layer(self._data[index], self._outline)
        return self._layers[index]

    def index_for(self, date: str | _date) -> int | None:
        """Index of the layer in force on ``date`` (latest on or before it), or None."""
        day = date.isoformat() if isinstance(date, _date) else parse_date(date, field="date")
        position = bisect.bisect_right(self._dates, day) - 1
        return position if position >= 0 else None

    def layer_for(self, date: str | _date) -> FrontlineLayer | None:
        """The layer in force on ``date``: the latest on or before it; None before the first."""
        index = self.index_for(date)
        return None if index is None else self.layer(index)

    def __repr__(self) -> str:
        span = f"{self._dates[0]}..{self._dates[-1]}" if self._dates else "empty"
        return f"FrontlineSet({len(self)} layers, {span})"


def equal_area(layer: FrontlineLayer) -> BaseGeometry:
    """The layer's occupied area in the equal-area CRS (EPSG:6933).

    Raises
    ------
    FrontlineError
        For a layer drawn as lines only (it has no area).
    """
    if not layer.has_area:
        raise FrontlineError(f"{layer.source} ({layer.date}): a line layer has no area")
    return project(layer.occupied, STORAGE_CRS, EQUAL_AREA_CRS)


def occupied_area_km2(layer: FrontlineLayer) -> float:
    """Occupied area of a polygon layer in km² (EPSG:6933).

    Raises
    ------
    FrontlineError
        For a layer drawn as lines only (it has no area).
    """
    import shapely

    return float(shapely.area(equal_area(layer))) / M2_PER_KM2
