"""``strikemap gazetteer download-osm``: OpenStreetMap settlements from Overpass, against a
local stand-in server (tests never reach the network)."""
from __future__ import annotations

import http.server
import json
import threading
import urllib.parse
from pathlib import Path

import pytest

from geo.errors import GazetteerError, NetworkDisabledError
from geo.gazetteer.osm import read_osm_settlements
from geo.gazetteer.osm_download import download_osm_settlements
from tests.conftest import run_strikemap

#: what Overpass answers for "out center tags": nodes carry lat/lon, ways and relations
#: a center; the suburb, the unnamed hamlet and the tagless node are left out
ANSWERS = {
    "UA-14": {"version": 0.6, "elements": [
        {"type": "node", "id": 256614700, "lat": 48.673584, "lon": 38.269118,
         "tags": {"name": "Трипілля", "place": "village"}},
        {"type": "relation", "id": 3586206, "center": {"lat": 48.67604, "lon": 38.259715},
         "tags": {"name": "Трипілля", "name:uk": "Трипілля", "name:en": "Trypillia",
                  "place": "village"}},
        {"type": "way", "id": 1098784379, "center": {"lat": 47.877977, "lon": 38.904959},
         "tags": {"name": "Червона Зоря", "place": "village"}},
        {"type": "node", "id": 1, "lat": 48.0, "lon": 37.8,
         "tags": {"name": "Центр", "place": "suburb"}},
        {"type": "node", "id": 2, "lat": 48.1, "lon": 37.9, "tags": {"place": "hamlet"}},
        {"type": "node", "id": 3, "lat": 48.2, "lon": 37.7},
    ]},
    "UA-43": {"version": 0.6, "elements": [
        {"type": "node", "id": 4, "lat": 45.0, "lon": 34.1,
         "tags": {"name": "Сімферополь", "name:en": "Simferopol", "place": "city"}},
    ]},
}


class _Overpass(http.server.BaseHTTPRequestHandler):
    queries: list[str] = []
    broken = False

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
        query = urllib.parse.parse_qs(body)["data"][0]
        type(self).queries.append(query)
        iso = query.split('"ISO3166-2"="')[1].split('"')[0]
        payload = b"<html>rate limited</html>" if self.broken else \
            json.dumps(ANSWERS.get(iso, {"elements": []})).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def overpass():
    _Overpass.queries, _Overpass.broken = [], False
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Overpass)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/api/interpreter"
    httpd.shutdown()
    httpd.server_close()


def test_the_regions_settlements_are_saved_as_a_table_the_gazetteer_reads(overpass: str,
                                                                          tmp_path: Path):
    path, count = download_osm_settlements(["UA-14", "ua-43"], dest=tmp_path, url=overpass,
                                           pause=0)
    assert path == tmp_path / "osm_settlements_UA-14_UA-43.csv" and count == 4
    assert len(_Overpass.queries) == 2
    assert 'nwr["place"~"^(city|town|village|hamlet)$"](area.region)' in _Overpass.queries[0]
    table = read_osm_settlements(path)
    # the relation before its node, which the reader then takes for the same place
    assert table.ref[:2] == ["OSM:relation/3586206", "OSM:way/1098784379"]
    assert table.name_uk == ["Трипілля", "Червона Зоря", "Трипілля", "Сімферополь"]
    assert table.admin1 == ["05", "05", "05", "11"]        # Crimea by its ISO code
    assert list(tmp_path.iterdir()) == [path]               # no partial file left


def test_an_answer_that_is_not_overpass_json_writes_nothing(overpass: str, tmp_path: Path):
    _Overpass.broken = True
    with pytest.raises(GazetteerError, match="cannot query Overpass at http://127.0.0.1"):
        download_osm_settlements(["UA-14"], dest=tmp_path, url=overpass, pause=0)
    assert list(tmp_path.iterdir()) == []


def test_offline_means_no_query(overpass: str, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("STRIKEMAP_OFFLINE", "1")
    with pytest.raises(NetworkDisabledError):
        download_osm_settlements(["UA-14"], dest=tmp_path, url=overpass)
    assert _Overpass.queries == []


def test_the_cli_saves_the_table_and_says_how_to_use_it(overpass: str, tmp_path: Path):
    result = run_strikemap("gazetteer", "download-osm", "--oblast", "UA-14",
                           "--dest", tmp_path, "--url", overpass)
    assert result.returncode == 0, result.stderr
    saved = tmp_path / "osm_settlements_UA-14.csv"
    assert f"saved {saved} (3 named points)" in result.stdout
    assert f"--gazetteer {saved}" in result.stdout
    bad = run_strikemap("gazetteer", "download-osm", "--oblast", "UA-99", "--url", overpass)
    assert bad.returncode == 2 and "'UA-99' is not a Ukrainian region" in bad.stderr
