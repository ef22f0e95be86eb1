"""The contact line: occupied boundary without the international border and the coast."""
from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Geod
from shapely.geometry import LineString, box

from geo.errors import FrontlineError
from geo.frontline import (NOTE_NO_SEA_MASK, NOTE_TRIMMED, NOTE_WHOLE, CountryOutline,
                           FrontlineSet, contact_line, load_outline)
from geo.frontline.sea import load_sea_mask
from tests.conftest import shared_path

GEOD = Geod(ellps="WGS84")
# A hand-made "country" in western Ukraine (all land, inside the sea mask's region).
COUNTRY = CountryOutline(box(24.0, 48.0, 30.0, 52.0))


def km_to(line, lon: float, lat: float) -> float:
    """Geodesic distance (km) from a point to the nearest vertex of a densified line."""
    dense = shapely.segmentize(line, 0.002)
    coords = shapely.get_coordinates(dense)
    _, _, metres = GEOD.inv(np.full(len(coords), lon), np.full(len(coords), lat),
                            coords[:, 0], coords[:, 1])
    return float(metres.min()) / 1000


def geodesic_km(line) -> float:
    return GEOD.geometry_length(line) / 1000


@pytest.fixture(scope="module")
def fronts_2025(outline):
    path = shared_path("frontline", "deepstatemap_data_20250701.geojson")
    return FrontlineSet.from_paths([path], outline=outline)


def test_without_outline_the_whole_boundary_and_says_so():
    occupied = box(28.0, 50.0, 30.5, 52.5)
    line, note = contact_line(occupied, None)
    assert note == NOTE_WHOLE and "international border and the coast" in note
    assert line.equals(occupied.boundary)


def test_border_stretches_are_dropped_on_a_hand_made_country():
    occupied = box(28.0, 50.0, 30.5, 52.5)      # overshoots the border on the east and north
    line, note = contact_line(occupied, COUNTRY)
    assert note == NOTE_TRIMMED
    expected = LineString([(28.0, 52.0), (28.0, 50.0), (30.0, 50.0)])   # inside the country
    assert shapely.hausdorff_distance(line, expected) < 0.02  # ends stop ~1 km short of the border
    assert geodesic_km(line) == pytest.approx(geodesic_km(expected), rel=0.02)


def test_a_thin_sliver_along_the_border_is_border_not_front():
    occupied = box(28.0, 50.0, 29.994, 51.994)  # drawn ~450 m short of the east and north border
    line, _ = contact_line(occupied, COUNTRY)
    expected = LineString([(28.0, 52.0), (28.0, 50.0), (30.0, 50.0)])
    assert shapely.hausdorff_distance(line, expected) < 0.02
    assert km_to(line, 29.994, 51.0) > 50      # the east edge is not front


def test_a_free_enclave_inside_the_occupied_area_is_front():
    hole = box(28.8, 50.8, 29.0, 51.0)
    occupied = box(28.0, 50.0, 30.5, 52.5).difference(hole)
    line, _ = contact_line(occupied, COUNTRY)
    assert km_to(line, 28.9, 50.8) < 0.5      # the enclave's edge is part of the front


def test_outside_the_sea_masks_region_the_note_says_the_coast_stays():
    country = CountryOutline(box(10.0, 0.0, 20.0, 10.0))
    line, note = contact_line(box(15.0, 5.0, 21.0, 11.0), country)
    assert note == NOTE_NO_SEA_MASK and not line.is_empty


def test_sea_mask_knows_the_azov_sea_and_the_land():
    mask = load_sea_mask()
    lon = np.array([36.5, 30.52, 34.5, 37.55, 60.0])
    lat = np.array([46.0, 50.45, 47.45, 48.72, 46.0])
    # Azov sea, Kyiv, the former Kakhovka reservoir (counted as land), Kramatorsk, outside
    assert mask.is_sea(lon, lat).tolist() == [True, False, False, False, False]
    assert mask.covers(lon, lat).tolist() == [True, True, True, True, False]


def test_real_contact_line_drops_coast_and_russian_border(fronts_2025):
    layer = fronts_2025.layer(0)
    assert layer.contact_note == NOTE_TRIMMED
    whole = layer.occupied.boundary
    length = geodesic_km(layer.contact_line)
    assert 1100 < length < 1400 < geodesic_km(whole)
    # Crimea's south coast (Yalta), the Azov coast (Berdiansk), the Luhansk-Russia border
    for lon, lat in [(34.17, 44.50), (36.78, 46.76), (39.95, 48.30)]:
        assert km_to(whole, lon, lat) < 8
        assert km_to(layer.contact_line, lon, lat) > 90
    # ...while the Dnipro front stays: Kherson city and Nikopol across the river/reservoir
    for lon, lat in [(32.62, 46.64), (34.40, 47.57)]:
        assert km_to(layer.contact_line, lon, lat) == pytest.approx(km_to(whole, lon, lat),
                                                                    abs=0.5)
        assert km_to(layer.contact_line, lon, lat) < 12


def test_full_and_simplified_boundary_files_give_the_same_front(fronts_2025):
    full = load_outline(shared_path("boundaries", "geoBoundaries-UKR-ADM1.geojson"))
    layer = fronts_2025.with_outline(full).layer(0)
    simple = fronts_2025.layer(0)
    assert geodesic_km(layer.contact_line) == pytest.approx(geodesic_km(simple.contact_line),
                                                            rel=0.02)
    assert shapely.hausdorff_distance(layer.contact_line, simple.contact_line) < 0.05


def test_every_shared_date_has_a_long_single_front(outline, shared_data):
    fronts = FrontlineSet.from_folder(shared_data / "frontline", outline=outline)
    for layer in fronts:
        parts = shapely.get_parts(layer.contact_line)
        longest = max(geodesic_km(p) for p in parts)
        assert 1000 < geodesic_km(layer.contact_line) < 1500, layer.date
        assert longest > 300, layer.date


def test_default_outline_from_env_or_store(tmp_path, monkeypatch):
    from geo.frontline import default_outline

    monkeypatch.delenv("STRIKEMAP_BOUNDARIES", raising=False)
    assert default_outline(tmp_path) is None
    boundaries = shared_path("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson")
    (tmp_path / "boundaries").mkdir()
    (tmp_path / "boundaries" / "ukraine.geojson").write_bytes(boundaries.read_bytes())
    found = default_outline(tmp_path)
    assert found is not None and found.geometry.contains(shapely.Point(30.52, 50.45))
    monkeypatch.setenv("STRIKEMAP_BOUNDARIES", str(tmp_path / "missing.geojson"))
    with pytest.raises(FrontlineError, match="no such boundary file"):
        default_outline(tmp_path)
