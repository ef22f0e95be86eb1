"""The built-in basemap: Crimea is Ukraine, no border cuts Ukraine, land is not sea, no tiles
unless asked; the bundled oblasts and their one spelling; labels by rank and language."""
from __future__ import annotations

import re

import pytest
import shapely

from geo.basemap import load_basemap
from geo.gazetteer.boundaries import OBLAST_NAMES, oblast_polygons, ukraine_outline
from geo.gazetteer.labels import settlement_labels, ukrainian_name
from geo.maps import build_event_map
from geo.model import EventRecord
from geo.schema import records_to_frame

SIMFEROPOL = shapely.Point(34.1, 44.95)
SEVASTOPOL = shapely.Point(33.52, 44.6)
#: the Perekop isthmus, between Karkinit Bay and the Syvash (about 7 km wide)
PEREKOP = shapely.box(33.55, 46.05, 33.85, 46.25)


@pytest.fixture(scope="module")
def basemap():
    return load_basemap()


def test_crimea_lies_inside_the_outline_drawn_for_ukraine(basemap) -> None:
    assert ukraine_outline().contains(SIMFEROPOL) and ukraine_outline().contains(SEVASTOPOL)
    assert basemap.ukraine.contains(SIMFEROPOL)
    assert len(getattr(ukraine_outline(), "geoms", [ukraine_outline()])) == 1, \
        "Crimea and the mainland make one outline, no line between them"


def test_no_border_line_crosses_the_perekop_isthmus(basemap) -> None:
    assert not basemap.borders.intersects(PEREKOP)
    assert not basemap.ukraine_border.intersects(PEREKOP)
    assert basemap.ukraine.contains(shapely.Point(33.7, 46.15))


def test_other_borders_never_enter_ukraine(basemap) -> None:
    inside = basemap.borders.intersection(ukraine_outline().buffer(-0.01))
    assert inside.is_empty
    # Natural Earth's other countries still have their borders (e.g. Poland and Belarus)
    assert basemap.borders.intersects(shapely.box(23.0, 51.5, 24.5, 53.0))


def test_land_and_sea(basemap) -> None:
    assert basemap.land.contains(shapely.Point(31.5, 49.0))        # central Ukraine
    assert not basemap.land.contains(shapely.Point(31.3, 45.9))    # Black Sea off Odesa
    assert basemap.land.contains(shapely.Point(2.35, 48.85))       # Paris, beyond the detail box


def test_bundled_oblasts_have_one_spelling_each() -> None:
    frame = oblast_polygons()
    assert len(frame) == 27 and set(frame["shapeISO"]) == set(OBLAST_NAMES)
    names = dict(zip(frame["shapeName"], frame["name"]))
    assert names["Odessa Oblast"] == "Odesa Oblast"
    assert names["Zaporizhia Oblast"] == "Zaporizhzhia Oblast"
    assert frame.crs.to_epsg() == 4326


def _events():
    return records_to_frame([EventRecord(
        event_id="k", date="2025-07-21", date_precision="day", attack_types=("glide_bomb",),
        place="Kramatorsk", query="Kramatorsk", lat=48.7232, lon=37.5563, killed=1, source="s",
        excerpt="x")])


def test_default_map_requests_no_tiles_and_draws_the_basemap() -> None:
    html = build_event_map(_events()).get_root().render()
    assert "tile.openstreetmap.org" not in html and "L.tileLayer" not in html
    assert "Natural Earth" in html and "geoBoundaries" in html
    assert "strikemap-label" in html


def test_osm_tiles_only_when_asked_and_named_as_online() -> None:
    html = build_event_map(_events(), tiles="osm").get_root().render()
    assert "tile.openstreetmap.org" in html
    assert "needs the network" in html or "OpenStreetMap" in html


def test_labels_rank_oblast_centres_first_in_both_languages() -> None:
    labels = settlement_labels()
    first = {row[2]: row for row in labels if row[4] == 0}
    assert {"Kyiv", "Kharkiv", "Lviv"} <= set(first)
    assert first["Kharkiv"][3] == "Харків" and first["Lviv"][3] == "Львів"
    ranks = [row[4] for row in labels]
    assert ranks == sorted(ranks)
    assert ukrainian_name("Donetsk", "Donetsk,Донецк,Донецьк,Stalino") == "Донецьк"
    html = build_event_map(_events(), labels="uk").get_root().render()
    assert re.search(r'lang = "uk"', html)


def _prerendered(fmap) -> list:
    from geo.basemap.prerendered import PrerenderedScript

    def walk(element):
        for child in element._children.values():
            if isinstance(child, PrerenderedScript):
                yield child
            yield from walk(child)
    return list(walk(fmap))


def test_the_basemaps_scripts_are_made_once_and_shared_by_every_map() -> None:
    first = _prerendered(build_event_map(_events()))
    second = _prerendered(build_event_map(_events()))
    assert len(first) == len(second) == 6          # land, Ukraine, borders, oblasts, border, labels
    assert all(a.body is b.body for a, b in zip(first, second))


def test_the_page_draws_the_basemap_under_the_events_with_its_layers_in_order() -> None:
    fmap = build_event_map(_events())
    html = fmap.get_root().render()
    land, oblasts = html.index('"fillColor": "#ece6d6"'), html.index("Oblast boundaries")
    events = html.index("Kramatorsk")
    assert land < oblasts < events
    assert "{{" not in html and "{%" not in html               # no template text left over
    group = next(c for c in fmap._children.values() if getattr(c, "layer_name", "") ==
                 "Oblast boundaries")
    assert f"}})({group.get_name()});" in html                 # drawn on its own layer


def test_st_folium_gets_the_same_basemap_as_the_page() -> None:
    from streamlit_folium import _get_map_string

    fmap = build_event_map(_events(), draw_events=False)
    fmap.get_root().render()
    script = _get_map_string(fmap)
    assert script.count("L.geoJson(") == 5 and "strikemap-label" in script
    assert "Oblast boundaries" in script and "{{" not in script


def test_the_maps_bounds_still_cover_the_basemap(basemap) -> None:
    (south, west), (north, east) = build_event_map(_events()).get_bounds()
    minx, miny, maxx, maxy = basemap.land.bounds
    assert (south, west, north, east) == pytest.approx((miny, minx, maxy, maxx))
