"""Occupied area and territory change in an equal-area projection, in total and per region."""
from __future__ import annotations

import geopandas as gpd
import pytest
import shapely
from pyproj import Geod
from shapely.geometry import LineString, box

from geo.errors import FrontlineError
from geo.frontline import (OUTSIDE_REGIONS, FrontlineLayer, FrontlineSet, area_by_region,
                           change_by_region, load_regions, territory_change)
from tests.conftest import shared_path

GEOD = Geod(ellps="WGS84")


def layer(date: str, occupied) -> FrontlineLayer:
    return FrontlineLayer(date=date, occupied=occupied, contact_line=occupied.boundary,
                          source="hand-made")


def geodesic_km2(geom) -> float:
    """Independent check: area on the ellipsoid of a densified polygon."""
    area, _ = GEOD.geometry_area_perimeter(shapely.segmentize(geom, 0.01))
    return abs(area) / 1e6


def test_area_is_km2_on_the_ellipsoid_not_square_degrees():
    square = box(37.0, 48.0, 38.0, 49.0)          # one square degree near Donetsk
    area = layer("2025-01-01", square).area_km2()
    assert area == pytest.approx(geodesic_km2(square), rel=0.005)
    assert 8_000 < area < 8_400


def test_change_gained_lost_net_on_hand_made_layers():
    old = layer("2025-01-01", box(37.0, 48.0, 38.0, 49.0))
    new = layer("2025-02-01", box(37.5, 48.0, 38.5, 49.0))
    change = territory_change(old, new)
    assert change.gained_km2 == pytest.approx(geodesic_km2(box(38.0, 48.0, 38.5, 49.0)), rel=0.005)
    assert change.lost_km2 == pytest.approx(geodesic_km2(box(37.0, 48.0, 37.5, 49.0)), rel=0.005)
    assert change.net_km2 == pytest.approx(new.area_km2() - old.area_km2(), abs=0.01)
    assert change.to_json()["net_km2"] == round(change.net_km2, 1)


def test_line_layer_has_no_area_for_change():
    line = FrontlineLayer(date="2025-01-01", occupied=None,
                          contact_line=LineString([(37, 48), (38, 49)]), source="lines.kml")
    with pytest.raises(FrontlineError, match="line layer has no area"):
        territory_change(line, layer("2025-02-01", box(37, 48, 38, 49)))


def test_change_per_region_adds_up_and_reports_what_falls_outside():
    regions = gpd.GeoDataFrame({"region": ["West", "East", "Untouched"]},
                               geometry=[box(37.0, 48.0, 38.2, 49.0), box(38.2, 48.0, 39.0, 49.0),
                                         box(30.0, 48.0, 31.0, 49.0)], crs="EPSG:4326")
    old = layer("2025-01-01", box(37.0, 48.0, 38.0, 49.0))
    new = layer("2025-02-01", box(37.5, 48.0, 39.5, 49.0))  # gains past the East region
    table = change_by_region(old, new, regions)
    assert table["region"].tolist() == ["East", "West", OUTSIDE_REGIONS]
    total = territory_change(old, new)
    assert table["gained_km2"].sum() == pytest.approx(total.gained_km2, rel=1e-9)
    assert table["lost_km2"].sum() == pytest.approx(total.lost_km2, rel=1e-9)
    west = table.set_index("region").loc["West"]
    assert west["lost_km2"] == pytest.approx(geodesic_km2(box(37.0, 48.0, 37.5, 49.0)), rel=0.005)
    assert west["net_km2"] == pytest.approx(west["gained_km2"] - west["lost_km2"])


@pytest.fixture(scope="module")
def fronts():
    return FrontlineSet.from_folder(shared_path("frontline"))


def test_reference_areas_within_one_percent(fronts):
    assert fronts.layer_for("2025-01-02").area_km2() == pytest.approx(111_886, rel=0.01)
    assert fronts.layer_for("2025-07-01").area_km2() == pytest.approx(113_655, rel=0.01)


def test_reference_change_within_one_percent(fronts):
    change = territory_change(fronts.layer_for("2025-01-02"), fronts.layer_for("2025-07-01"))
    assert change.gained_km2 == pytest.approx(1_778, rel=0.01)
    assert change.lost_km2 == pytest.approx(9, abs=0.5)
    assert change.net_km2 == pytest.approx(1_769, rel=0.01)


def test_reference_change_per_oblast(fronts):
    regions = load_regions(shared_path("boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson"))
    assert len(regions) == 27 and "Donetsk Oblast" in set(regions["region"])
    table = change_by_region(fronts.layer_for("2025-01-02"), fronts.layer_for("2025-07-01"),
                             regions).set_index("region")
    assert table.loc["Donetsk Oblast", "gained_km2"] > 1_000          # Pokrovsk direction
    assert set(table.index) <= set(regions["region"]) | {OUTSIDE_REGIONS}
    assert "Lviv Oblast" not in table.index
    assert table["net_km2"].sum() == pytest.approx(1_769, rel=0.01)
    areas = area_by_region(fronts.layer_for("2025-07-01"), regions).set_index("region")
    assert areas.loc["Autonomous Republic of Crimea", "area_km2"] == pytest.approx(26_000, rel=0.05)
    assert areas["area_km2"].sum() == pytest.approx(113_655, rel=0.001)


def test_regions_need_a_name_property(tmp_path):
    path = tmp_path / "regions.geojson"
    gpd.GeoDataFrame({"code": [1]}, geometry=[box(0, 0, 1, 1)], crs="EPSG:4326").to_file(path)
    with pytest.raises(FrontlineError, match="no region name property"):
        load_regions(path)
    assert load_regions(path, name_field="code")["region"].tolist() == ["1"]
