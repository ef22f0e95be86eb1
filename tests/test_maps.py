"""Folium maps: local assets only, escaped report text, precision drawn honestly."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from geo.assets import OMITTED, AssetError, localize_map, verify_assets
from geo.maps import build_event_map, event_popup_html, save_map_html
from geo.model import EventRecord
from geo.schema import records_to_frame

HOSTILE = '<img src=x onerror="alert(1)"> </script><script>alert(2)</script>'


def _events():
    return records_to_frame([
        EventRecord(event_id="k", date="2025-07-21", date_precision="day", attack_types=("glide_bomb",),
                    place="Kramatorsk", query="Kramatorsk", lat=48.7232, lon=37.5563, killed=1,
                    source="javascript:alert(3)", excerpt=HOSTILE),
        EventRecord(event_id="r", date=None, date_precision="unknown", attack_types=("artillery",),
                    place="Donetsk Oblast", query="Donetsk region", lat=48.0, lon=37.8,
                    geo_precision="region", source="https://example.org/?a=1&b=2", excerpt="shelling"),
    ])


def test_popup_escapes_report_text_and_refuses_script_links() -> None:
    row = _events().iloc[0].to_dict()
    popup = event_popup_html(row)
    assert "<img" not in popup and "<script" not in popup
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in popup
    assert 'href="javascript' not in popup


def test_map_html_loads_nothing_from_outside() -> None:
    html = build_event_map(_events()).get_root().render()
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls, "the map must reference its assets"
    assert all(u.startswith("/app/static/node_modules/") for u in urls if not u.startswith("#")), urls
    assert "<script>alert(2)</script>" not in html


def test_region_precision_is_drawn_as_an_area_not_a_dot() -> None:
    html = build_event_map(_events()).get_root().render()
    assert "region-level location" in html
    assert re.search(r"L\.circle\(", html), "region events are drawn as metre-radius circles"


def test_the_map_opens_on_its_events_without_a_zoom_animation() -> None:
    """Leaflet drops a zoom asked while one animates: the fit to the events must not animate."""
    html = build_event_map(_events()).get_root().render()
    fits = re.findall(r"\.fitBounds\(\s*(\[\[.*?\]\]),\s*(\{.*?\})\s*\)", html, re.S)
    assert len(fits) == 1, fits
    assert '"animate": false' in fits[0][1] and '"maxZoom": 9' in fits[0][1]


def test_unknown_asset_fails_loudly() -> None:
    import folium

    fmap = folium.Map(tiles=None)
    fmap.default_js = [*fmap.default_js, ("some_plugin", "https://example.invalid/x.js")]
    with pytest.raises(AssetError, match="some_plugin"):
        localize_map(fmap)
    assert set(OMITTED) == {"glyphicons_css", "awesome_rotate_css"}


def test_installed_assets_match_the_manifest() -> None:
    assert verify_assets() == []


def test_exported_html_carries_its_assets(tmp_path: Path) -> None:
    out = save_map_html(build_event_map(_events()), tmp_path / "map.html")
    html = out.read_text()
    assert 'src="map_assets/leaflet/dist/leaflet.js"' in html
    assert (tmp_path / "map_assets" / "leaflet" / "dist" / "leaflet.js").is_file()
    assert (tmp_path / "map_assets" / "@fortawesome" / "fontawesome-free" / "webfonts").is_dir()


def test_many_events_are_aggregated_on_the_server() -> None:
    import numpy as np
    from geo import maps

    events = _events()
    many = events.iloc[np.zeros(maps.MAX_PLAIN_POINTS + 1, dtype=int)].copy()
    many["event_id"] = [str(i) for i in range(len(many))]
    many["geo_precision"] = "settlement"
    html = build_event_map(many, labels=None).get_root().render()   # labels name Kramatorsk too
    assert "counts per area" in html
    assert "Kramatorsk" not in html, "no per-event popups beyond the threshold"


def test_cluster_heatmap_and_hex_layers_use_local_plugins() -> None:
    html = build_event_map(_events(), layers=("cluster", "heatmap", "hex")).get_root().render()
    assert "markerClusterGroup" in html and "heatLayer" in html and "H3 hexagons" in html
    assert "/app/static/node_modules/leaflet.markercluster/dist/leaflet.markercluster.js" in html
    assert "/app/static/node_modules/leaflet.heat/dist/leaflet-heat.js" in html
