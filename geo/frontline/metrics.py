"""Occupied area and territory change, in an equal-area projection (never square degrees).

Areas are computed in :data:`geo.schema.EQUAL_AREA_CRS` (EPSG:6933). The change
between two layers is ``gained`` (newly occupied: in the new layer, not the old),
``lost`` (occupied before, not any more) and ``net = gained - lost``; all in km²,
in total and, with a boundary file, per region (oblast).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from geo.errors import FrontlineError
from geo.frontline.contact import existing_boundary_file, project
from geo.frontline.layers import M2_PER_KM2, FrontlineLayer, equal_area
from geo.schema import EQUAL_AREA_CRS, STORAGE_CRS

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry.base import BaseGeometry

#: Property names tried, in order, for a region's name in a boundary file.
REGION_NAME_FIELDS: tuple[str, ...] = ("shapeName", "name", "NAME_1", "name_en", "admin1",
                                       "oblast", "region", "NAME")
OUTSIDE_REGIONS = "(outside the boundary file)"
_NOISE_KM2 = 1e-3                    # below this an area is overlay noise (1,000 m²)


@dataclass(frozen=True)
class TerritoryChange:
    """Change of occupied territory between two layers, km² (gained = newly occupied)."""

    old_date: str
    new_date: str
    gained_km2: float
    lost_km2: float

    @property
    def net_km2(self) -> float:
        """Gained minus lost."""
        return self.gained_km2 - self.lost_km2

    def to_json(self, digits: int = 1) -> dict:
        """The ``strikemap frontline change`` record."""
        return {"old_date": self.old_date, "new_date": self.new_date,
                "gained_km2": round(self.gained_km2, digits),
                "lost_km2": round(self.lost_km2, digits), "net_km2": round(self.net_km2, digits)}


def _gained_lost(old: FrontlineLayer,
                 new: FrontlineLayer) -> tuple[BaseGeometry, BaseGeometry]:
    import shapely

    old_m, new_m = equal_area(old), equal_area(new)
    return shapely.difference(new_m, old_m), shapely.difference(old_m, new_m)


def territory_change(old: FrontlineLayer, new: FrontlineLayer) -> TerritoryChange:
    """Gained, lost and net occupied area from ``old`` to ``new``.

    Raises
    ------
    FrontlineError
        When either layer has no area (lines only).
    """
    import shapely

    gained, lost = _gained_lost(old, new)
    return TerritoryChange(old_date=old.date, new_date=new.date,
                           gained_km2=float(shapely.area(gained)) / M2_PER_KM2,
                           lost_km2=float(shapely.area(lost)) / M2_PER_KM2)


def load_regions(path: str | os.PathLike,
                 name_field: str | None = None) -> gpd.GeoDataFrame:
    """Region polygons (e.g. oblasts) from a boundary file: a GeoDataFrame ``region, geometry``.

    Parameters
    ----------
    path : str or PathLike
        Any polygon file; reprojected to EPSG:4326 if needed.
    name_field : str, optional
        The property holding the region name; by default the first of
        :data:`REGION_NAME_FIELDS` present.

    Raises
    ------
    FrontlineError
        Missing file, no name property, or no polygons.
    """
    import geopandas as gpd
    import shapely

    from geo.frontline.read import POLYGONAL_TYPES, read_features

    frame = read_features(existing_boundary_file(path))
    field = name_field or next((f for f in REGION_NAME_FIELDS if f in frame.columns), None)
    if field is None or field not in frame.columns:
        raise FrontlineError(f"{path}: no region name property (tried "
                             f"{', '.join([name_field] if name_field else REGION_NAME_FIELDS)})")
    polygonal = np.isin(shapely.get_type_id(frame.geometry.values), POLYGONAL_TYPES)
    if not polygonal.any():
        raise FrontlineError(f"{path}: a boundary file needs polygons")
    frame = frame[polygonal]
    return gpd.GeoDataFrame({"region": frame[field].astype(str).to_numpy()},
                            geometry=frame.geometry.to_numpy(), crs=STORAGE_CRS)


def _areas_by_region(geoms: dict[str, BaseGeometry],
                     regions: gpd.GeoDataFrame) -> pd.DataFrame:
    """km² of each named geometry inside each region, plus what falls outside every region."""
    import pandas as pd
    import shapely

    regions_m = project(regions.geometry.values, STORAGE_CRS, EQUAL_AREA_CRS)
    columns = {}
    outside = {}
    for key, geom in geoms.items():
        inside = shapely.area(shapely.intersection(regions_m, geom)) / M2_PER_KM2
        inside = np.where(inside < _NOISE_KM2, 0.0, inside)
        columns[key] = inside
        outside[key] = max(float(shapely.area(geom)) / M2_PER_KM2 - float(inside.sum()), 0.0)
    table = pd.DataFrame({"region": regions["region"].to_numpy(), **columns})
    table = table.groupby("region", as_index=False, sort=True).sum()
    if any(v >= _NOISE_KM2 for v in outside.values()):
        table.loc[len(table)] = {"region": OUTSIDE_REGIONS, **outside}
    return table


def area_by_region(layer: FrontlineLayer, regions: gpd.GeoDataFrame) -> pd.DataFrame:
    """Occupied km² per region: a DataFrame ``region, area_km2`` (regions with area only)."""
    table = _areas_by_region({"area_km2": equal_area(layer)}, regions)
    return table[table["area_km2"] > 0].reset_index(drop=True)


def change_by_region(old: FrontlineLayer, new: FrontlineLayer,
                     regions: gpd.GeoDataFrame) -> pd.DataFrame:
    """Gained, lost and net km² per region: a DataFrame (regions with any change only)."""
    gained, lost = _gained_lost(old, new)
    table = _areas_by_region({"gained_km2": gained, "lost_km2": lost}, regions)
    table["net_km2"] = table["gained_km2"] - table["lost_km2"]
    changed = (table["gained_km2"] > 0) | (table["lost_km2"] > 0)
    return table[changed].reset_index(drop=True)
