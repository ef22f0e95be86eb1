"""RSS and Atom feeds: saved files, HTML stripped, dates in Kyiv, and fetch-feed against a
local server (127.0.0.1 only), refused offline, adding nothing the second time."""
from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.sources import detect_stream_format, read_source
from geo.sources.rss import read_feed_reports, strip_html
from tests.conftest import run_strikemap

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test news</title><link>https://news.example/</link>
<description>invented items for tests</description>
<item><title>Drone strike on Kharkiv</title><link>https://news.example/kharkiv</link>
<description>&lt;p&gt;Yesterday a &lt;b&gt;drone&lt;/b&gt; struck Kharkiv, injuring two people.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</description>
<pubDate>Thu, 19 Nov 2026 22:30:00 GMT</pubDate><guid>kharkiv-1</guid></item>
<item><title>Weather</title><description>Sunny.</description></item>
<item><title></title><link>https://news.example/empty</link></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom test</title><id>urn:x</id>
<updated>2026-11-20T10:00:00Z</updated>
<entry><title>Missile attack</title><link href="https://atom.example/odesa"/><id>urn:1</id>
<published>2026-11-20T06:00:00+02:00</published><updated>2026-11-20T07:00:00+02:00</updated>
<summary type="html">A missile hit &lt;i&gt;Odesa&lt;/i&gt; this morning, one person was killed.</summary>
</entry></feed>
"""


def test_strip_html() -> None:
    assert strip_html("<p>A &amp; B</p><script>x()</script><p>C</p>") == "A & B\nC"


def test_a_saved_rss_file(tmp_path: Path, geocoder) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    assert detect_stream_format(path) == "rss"
    [report] = read_feed_reports(path)
    assert report.source == "https://news.example/kharkiv"
    assert report.published == "2026-11-20"                   # 00:30 in Kyiv
    assert report.text == ("Drone strike on Kharkiv\n\nYesterday a drone struck Kharkiv, "
                           "injuring two people.")
    events = read_source(path, geocoder=geocoder)
    assert list(events["place"]) == ["Kharkiv"] and list(events["date"]) == ["2026-11-19"]
    assert events.attrs["skipped"] == {"empty": 1, "no link": 1}


def test_a_saved_atom_file(tmp_path: Path, geocoder) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    events = read_source(path, geocoder=geocoder)
    assert list(events["place"]) == ["Odesa"]
    assert list(events["source"]) == ["https://atom.example/odesa"]
    assert list(events["date"]) == ["2026-11-20"]


def test_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<rss><channel><item>", encoding="utf-8")
    result = read_source(path, format="rss")                   # lenient: an empty feed
    assert len(result) == 0
    path.write_text("plain words, no XML", encoding="utf-8")
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        read_source(path, format="rss")


class _Feed(http.server.BaseHTTPRequestHandler):
    body = RSS.encode("utf-8")

    def do_GET(self) -> None:  # noqa: N802
        if self.path != "/feed.xml":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def feed_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_feed_ingests_once(tmp_path: Path, feed_server: str) -> None:
    store = tmp_path / "store"
    url = f"{feed_server}/feed.xml"
    first = run_strikemap("fetch-feed", url, "--store", store, env={"STRIKEMAP_OFFLINE": ""})
    assert first.returncode == 0, first.stderr
    assert f"{url}: 1 added" in first.stdout and "2 skipped" in first.stdout
    again = run_strikemap("fetch-feed", url, "--store", store, env={"STRIKEMAP_OFFLINE": ""})
    assert "0 added, 1 already stored" in again.stdout
    from geo.store import EventStore
    assert list(EventStore(store).read()["source"]) == ["https://news.example/kharkiv"]


def test_fetch_feed_errors(tmp_path: Path, feed_server: str) -> None:
    store = tmp_path / "store"
    offline = run_strikemap("fetch-feed", f"{feed_server}/feed.xml", "--store", store,
                            env={"STRIKEMAP_OFFLINE": "1"})
    assert offline.returncode == 2 and "STRIKEMAP_OFFLINE is set" in offline.stderr
    missing = run_strikemap("fetch-feed", f"{feed_server}/nothing.xml", "--store", store,
                            env={"STRIKEMAP_OFFLINE": ""})
    assert missing.returncode == 2 and "HTTP 404" in missing.stderr
    local = run_strikemap("fetch-feed", "file:///etc/passwd", "--store", store,
                          env={"STRIKEMAP_OFFLINE": ""})
    assert local.returncode == 2 and "not an http(s) feed URL" in local.stderr
    assert not (store / "events.sqlite").exists()
