"""The opt-in online parts, without the network: Nominatim through geopy's adapter seam,
and the GeoNames dump download against a loopback HTTP server."""
from __future__ import annotations

import http.server
import threading
import zipfile
from pathlib import Path

import pytest
from geopy.adapters import BaseSyncAdapter
from geopy.extra.rate_limiter import RateLimiter

from geo.errors import GazetteerError, NetworkDisabledError, StrikemapError
from geo.gazetteer.download import download_dump
from geo.gazetteer.sources import read_geonames_dump
from geo.geocoding import OfflineGeocoder
from geo.geocoding.nominatim import NominatimBackend, with_online_fallback

MINI = Path(__file__).resolve().parents[1] / "data" / "geocode" / "mini_UA.txt"
SHCHASTIA = [{
    "place_id": 1, "osm_type": "relation", "osm_id": 2, "lat": "48.7398", "lon": "39.2319",
    "name": "Shchastia", "display_name": "Shchastia, Luhansk Oblast, Ukraine",
    "addresstype": "town", "importance": 0.45,
    "address": {"town": "Shchastia", "state": "Luhansk Oblast", "country_code": "ua"},
}]


class CannedAdapter(BaseSyncAdapter):
    """Answers every request with canned JSON and records the URLs asked."""

    calls: list[str] = []
    body: object = SHCHASTIA

    def get_json(self, url, *, timeout, headers):
        type(self).calls.append(url)
        return type(self).body

    def get_text(self, url, *, timeout, headers):  # pragma: no cover - not used
        raise AssertionError("unexpected text request")


@pytest.fixture
def canned(tmp_path: Path):
    CannedAdapter.calls = []
    CannedAdapter.body = SHCHASTIA
    return NominatimBackend(online=True, adapter_factory=CannedAdapter, min_delay_seconds=0,
                            cache_path=tmp_path / "nominatim.sqlite")


def test_nominatim_needs_explicit_permission(tmp_path: Path):
    with pytest.raises(NetworkDisabledError, match="--online"):
        NominatimBackend(cache_path=tmp_path / "n.sqlite")


def test_the_offline_switch_wins_over_online(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """``$STRIKEMAP_OFFLINE`` forbids Nominatim too, even with ``--online``: one switch
    for every network use."""
    monkeypatch.setenv("STRIKEMAP_OFFLINE", "1")
    with pytest.raises(NetworkDisabledError, match="STRIKEMAP_OFFLINE"):
        NominatimBackend(online=True, adapter_factory=CannedAdapter,
                         cache_path=tmp_path / "n.sqlite")
    monkeypatch.setenv("STRIKEMAP_OFFLINE", "0")
    NominatimBackend(online=True, adapter_factory=CannedAdapter, cache_path=tmp_path / "n.sqlite")


def test_nominatim_is_rate_limited_to_one_request_per_second(tmp_path: Path):
    backend = NominatimBackend(online=True, adapter_factory=CannedAdapter,
                               cache_path=tmp_path / "n.sqlite")
    assert isinstance(backend._geocode, RateLimiter)
    assert backend._geocode.min_delay_seconds == 1.0


def test_nominatim_result_becomes_a_place_and_is_cached(canned: NominatimBackend):
    place = canned.resolve("Shchastia")
    assert place.resolved and place.candidate.name == "Shchastia"
    assert (place.candidate.country_code, place.candidate.admin1) == ("UA", "Luhansk Oblast")
    assert place.candidate.geonameid is None and place.candidate.feature == "settlement"
    url = CannedAdapter.calls[0]
    assert "q=Shchastia" in url and "countrycodes=ua%2Cru" in url
    canned.resolve("Shchastia")
    assert len(CannedAdapter.calls) == 1                  # the second answer came from disk


def test_nominatim_not_found_is_unresolved_and_cached(canned: NominatimBackend):
    CannedAdapter.body = []
    place = canned.resolve("Nowhereville")
    assert place.status == "unresolved" and "Nominatim" in place.reason
    canned.resolve("Nowhereville")
    assert len(CannedAdapter.calls) == 1


def test_online_fallback_only_for_names_the_gazetteer_lacks(canned: NominatimBackend):
    offline = OfflineGeocoder()
    resolve = with_online_fallback(offline.resolve, canned)
    assert resolve("Kramatorsk").candidate.geonameid == 704508
    assert CannedAdapter.calls == []
    assert resolve("Shchastyaqq").candidate.name == "Shchastia"
    assert len(CannedAdapter.calls) == 1


def test_offline_geocoder_plugs_into_geopy_tooling():
    geocoder = OfflineGeocoder()
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    assert geocode("Kramatorsk").raw["geonameid"] == 704508
    locations = geocoder.geocode("Kostiantynivka", exactly_one=False)
    assert len(locations) > 1 and locations[0].raw["admin1"] == "Donetsk Oblast"


class _Handler(http.server.BaseHTTPRequestHandler):
    payload = b""

    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.payload)))
        self.end_headers()
        self.wfile.write(self.payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_download_saves_a_readable_dump(server, tmp_path: Path):
    archive = tmp_path / "src.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(MINI, "UA.txt")
    _Handler.payload = archive.read_bytes()
    url = f"http://127.0.0.1:{server.server_port}/UA.zip"
    saved = download_dump("ua", dest=tmp_path / "out", url=url)
    assert saved.name == "UA.zip" and len(read_geonames_dump(saved)) == 13
    assert sorted(p.name for p in saved.parent.iterdir()) == ["UA.zip"]


def test_download_of_something_else_is_refused(server, tmp_path: Path):
    _Handler.payload = b"<html>rate limited</html>"
    url = f"http://127.0.0.1:{server.server_port}/UA.zip"
    with pytest.raises(GazetteerError, match="zip"):
        download_dump("UA", dest=tmp_path / "out", url=url)
    assert list((tmp_path / "out").iterdir()) == []


def test_download_unreachable_server_is_a_clear_error(tmp_path: Path):
    with pytest.raises(GazetteerError, match="cannot download"):
        download_dump("UA", dest=tmp_path, url="http://127.0.0.1:9/UA.zip")


def test_download_respects_offline_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("STRIKEMAP_OFFLINE", "1")
    with pytest.raises(NetworkDisabledError):
        download_dump("UA", dest=tmp_path)


@pytest.mark.parametrize("value, offline", [
    ("", False), ("0", False), ("false", False), (" No ", False), ("off", False),
    ("1", True), ("true", True), ("yes", True), ("2", True), ("please", True)])
def test_both_downloads_read_the_offline_switch_alike(value: str, offline: bool, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch):
    """``$STRIKEMAP_OFFLINE`` means the same to the gazetteer and the frontline download:
    off only for empty, 0, false, no or off (any other value forbids the network)."""
    from geo.frontline.download import download_deepstate

    monkeypatch.setenv("STRIKEMAP_OFFLINE", value)
    unreachable = "http://127.0.0.1:9/"
    for download in (lambda: download_dump("UA", dest=tmp_path, url=unreachable + "UA.zip"),
                     lambda: download_deepstate("2025-07-01", tmp_path, mirror=unreachable)):
        with pytest.raises(NetworkDisabledError if offline else StrikemapError) as caught:
            download()
        assert isinstance(caught.value, NetworkDisabledError) == offline
