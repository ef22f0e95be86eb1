"""A small land/sea mask for the Black Sea and Azov region, to tell the coast from the front.

The contact line is the occupied area's boundary without the international border
and the coast. Administrative boundary files (geoBoundaries, OSM) run out to the
territorial-water limit, so they cannot say where the sea starts. This module
answers "is this point open sea?" from a 30 arc-second (~1 km) raster bundled as
``geo/frontline/seamask.npz`` (about 40 KB).

Provenance: the raster is a crop (lon 18..45 E, lat 40..56 N) of the GLOBE-based
global land mask of the ``global-land-mask`` package (Todd Karin, MIT licence;
GLOBE elevation data: NOAA NGDC, public domain). Most lakes and reservoirs count
as land there, so a front along the Dnipro or the former Kakhovka reservoir stays
a front. Rebuild it with ``python -m geo.frontline.sea`` after
``pip install global-land-mask``.
"""
from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MASK_PATH = Path(__file__).with_name("seamask.npz")
#: The region the bundled mask covers: (lon_min, lat_min, lon_max, lat_max).
MASK_BOUNDS: tuple[float, float, float, float] = (18.0, 40.0, 45.0, 56.0)


@dataclass(frozen=True)
class SeaMask:
    """A boolean raster: True where the cell is open sea.

    Attributes
    ----------
    sea : numpy.ndarray
        ``(rows, cols)`` booleans, row 0 at the north edge ``lat_top``.
    lon_left, lat_top : float
        Coordinates of the north-west corner of cell (0, 0).
    step : float
        Cell size in degrees.
    """

    sea: np.ndarray
    lon_left: float
    lat_top: float
    step: float

    def covers(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """True where a point lies inside the mask's region."""
        return self._inside(*self._cells(lon, lat))

    def is_sea(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """True where a point is open sea; False on land and outside the mask's region."""
        rows, cols = self._cells(lon, lat)
        inside = self._inside(rows, cols)
        out = np.zeros(rows.shape, dtype=bool)
        out[inside] = self.sea[rows[inside], cols[inside]]
        return out

    def any_sea_in(self, bounds: tuple[float, float, float, float]) -> bool:
        """True when any sea cell lies in the box ``(lon_min, lat_min, lon_max, lat_max)``."""
        lon_min, lat_min, lon_max, lat_max = bounds
        rows, cols = self._cells(np.array([lon_min, lon_max]), np.array([lat_max, lat_min]))
        rows = np.clip(rows, 0, self.sea.shape[0] - 1)
        cols = np.clip(cols, 0, self.sea.shape[1] - 1)
        return bool(self.sea[rows[0]:rows[1] + 1, cols[0]:cols[1] + 1].any())

    def _inside(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        return (rows >= 0) & (rows < self.sea.shape[0]) & (cols >= 0) & (cols < self.sea.shape[1])

    def _cells(self, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        rows = np.floor((self.lat_top - lat) / self.step)
        cols = np.floor((lon - self.lon_left) / self.step)
        rows = np.nan_to_num(rows, nan=-1).astype(np.int64)
        cols = np.nan_to_num(cols, nan=-1).astype(np.int64)
        return rows, cols


@functools.lru_cache(maxsize=1)
def load_sea_mask(path: str | Path = MASK_PATH) -> SeaMask:
    """The bundled sea mask (cached per process).

    Parameters
    ----------
    path : str or Path
        An ``.npz`` written by :func:`build_sea_mask`; the bundled one by default.
    """
    with np.load(Path(path)) as data:
        shape = tuple(int(v) for v in data["shape"])
        bits = np.unpackbits(data["sea_bits"], axis=1)[:, :shape[1]].astype(bool)
        return SeaMask(sea=bits, lon_left=float(data["lon_left"]),
                       lat_top=float(data["lat_top"]), step=float(data["step"]))


def build_sea_mask(out_path: str | Path = MASK_PATH,
                   bounds: tuple[float, float, float, float] = MASK_BOUNDS) -> Path:
    """Crop the ``global-land-mask`` raster to ``bounds`` and save it packed.

    Needs the optional ``global-land-mask`` package (about 1 GB of memory while it runs).
    """
    from global_land_mask import globe  # optional, only to rebuild the asset

    lon_min, lat_min, lon_max, lat_max = bounds
    lat_axis, lon_axis = globe._lat, globe._lon
    rows = np.flatnonzero((lat_axis <= lat_max) & (lat_axis > lat_min))
    cols = np.flatnonzero((lon_axis >= lon_min) & (lon_axis < lon_max))
    sea = globe._mask[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    out_path = Path(out_path)
    np.savez_compressed(out_path, sea_bits=np.packbits(sea, axis=1),
                        shape=np.array(sea.shape), lon_left=lon_axis[cols[0]],
                        lat_top=lat_axis[rows[0]], step=abs(lat_axis[1] - lat_axis[0]))
    return out_path


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    print(build_sea_mask(*sys.argv[1:2]))
