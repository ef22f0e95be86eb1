"""The dashboard's server, attacked from outside: XSRF, CORS, foreign WebSockets, upload limits, paths.

Runs the real server (``strikemap dashboard`` through ``running_dashboard``) on
loopback with an empty temporary store and talks to it as a hostile page or
client would: no browser is needed. A Streamlit session is opened over its
WebSocket (the same protobuf messages the web client sends), so the upload
route can be exercised with a real session id.
"""
from __future__ import annotations

import contextlib
import http.client
import socket
import string
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.browser_support import running_dashboard

XSRF_COOKIE = "_streamlit_xsrf"
EVIL_ORIGIN = "http://evil.example"
MAX_UPLOAD_MB = 50


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def request(url: str, *, method: str = "GET", headers: dict[str, str] | None = None,
            data: bytes | None = None) -> Reply:
    """One HTTP request; error statuses are returned, not raised."""
    req = urllib.request.Request(url, method=method, headers=headers or {}, data=data)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return Reply(response.status, {k.lower(): v for k, v in response.headers.items()},
                         response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, {k.lower(): v for k, v in error.headers.items()}, error.read())


def xsrf_cookie(base_url: str) -> str:
    """The XSRF cookie value the server hands out (double-submit token)."""
    reply = request(f"{base_url}/_stcore/health")
    cookies = [v for k, v in reply.headers.items() if k == "set-cookie"]
    for header in cookies:
        name, _, rest = header.partition("=")
        if name.strip() == XSRF_COOKIE:
            return rest.split(";", 1)[0]
    raise AssertionError(f"no {XSRF_COOKIE} cookie in {cookies}")


@contextlib.contextmanager
def streamlit_session(base_url: str, *, origin: str | None = None,
                      host: str | None = None) -> Iterator[str]:
    """A Streamlit session opened over the WebSocket as the web client does; yields its id.

    The session lives while the block runs. Raises websockets' InvalidStatus
    when the server refuses the handshake.
    """
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.sync.client import connect

    address = urlparse(base_url)
    # the Host header comes from the URL; the socket always goes to the local server
    ws_url = f"ws://{host or address.netloc}/_stcore/stream"
    sock = socket.create_connection((address.hostname, address.port), timeout=10)
    with connect(ws_url, sock=sock, origin=origin or base_url, subprotocols=["streamlit"],
                 open_timeout=10) as ws:
        back = BackMsg()
        back.rerun_script.query_string = ""
        back.rerun_script.page_script_hash = ""
        ws.send(back.SerializeToString())
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            message = ForwardMsg()
            message.ParseFromString(ws.recv(timeout=30))
            if message.WhichOneof("type") == "new_session":
                yield message.new_session.initialize.session_id
                return
    raise AssertionError("the server opened no session")


def refused_status(base_url: str, **kwargs: str | None) -> int | None:
    """The HTTP status of a refused WebSocket handshake, or None when the session opened."""
    from websockets.exceptions import InvalidStatus

    try:
        with streamlit_session(base_url, **kwargs):
            return None
    except InvalidStatus as error:
        return error.response.status_code


def put_headers_only(base_url: str, path: str, headers: dict[str, str]) -> int:
    """Send a PUT's headers (announcing a large body) and return the status the server answers with."""
    host, port = urlparse(base_url).hostname, urlparse(base_url).port
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        connection.putrequest("PUT", path)
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


def multipart(filename: str, payload: bytes) -> tuple[bytes, str]:
    """A multipart/form-data body with one file, as the file uploader sends it."""
    boundary = "strikemapboundary7d1f"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"{filename}\"\r\nContent-Type: text/plain\r\n\r\n").encode()
    return head + payload + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("hardening_store")
    with running_dashboard(store) as url:
        yield url


# --- XSRF ----------------------------------------------------------------------------------

def test_xsrf_cookie_is_set(server: str) -> None:
    reply = request(f"{server}/_stcore/health")
    cookie = next((v for k, v in reply.headers.items() if k == "set-cookie"), "")
    assert cookie.startswith(f"{XSRF_COOKIE}=")
    assert "samesite=lax" in cookie.lower() or "samesite=strict" in cookie.lower()


def test_upload_without_xsrf_token_is_refused(server: str) -> None:
    body, kind = multipart("report.txt", b"Drones hit Kyiv.")
    with streamlit_session(server) as session:
        url = f"{server}/_stcore/upload_file/{session}/file-1"
        assert request(url, method="PUT", data=body, headers={"Content-Type": kind}).status == 403
        # the cookie alone (what a cross-site form would carry) is not enough either
        cookie = xsrf_cookie(server)
        assert request(url, method="PUT", data=body, headers={
            "Content-Type": kind, "Cookie": f"{XSRF_COOKIE}={cookie}"}).status == 403
        # nor a header token that does not match the cookie
        other = xsrf_cookie(server)
        assert other != cookie
        assert request(url, method="PUT", data=body, headers={
            "Content-Type": kind, "Cookie": f"{XSRF_COOKIE}={cookie}", "X-Xsrftoken": other}).status == 403


def test_upload_with_the_token_is_accepted(server: str) -> None:
    """The control for the refusals above: the same request with a valid double-submit token."""
    body, kind = multipart("report.txt", b"Drones hit Kyiv.")
    cookie = xsrf_cookie(server)
    with streamlit_session(server) as session:
        reply = request(f"{server}/_stcore/upload_file/{session}/file-2", method="PUT", data=body,
                        headers={"Content-Type": kind, "Cookie": f"{XSRF_COOKIE}={cookie}",
                                 "X-Xsrftoken": cookie})
    assert reply.status == 204


@pytest.mark.parametrize("megabytes, expected", [(MAX_UPLOAD_MB + 1, 413), (2000, 413)])
def test_upload_size_limit(server: str, megabytes: int, expected: int) -> None:
    """A body over the limit is refused from its Content-Length, before it is read."""
    cookie = xsrf_cookie(server)
    with streamlit_session(server) as session:
        status = put_headers_only(server, f"/_stcore/upload_file/{session}/file-3", {
            "Content-Type": "multipart/form-data; boundary=b", "Cookie": f"{XSRF_COOKIE}={cookie}",
            "X-Xsrftoken": cookie, "Content-Length": str(megabytes * 1024 * 1024)})
    assert status == expected


# --- cross-origin -----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/_stcore/health", "/_stcore/host-config", "/"])
def test_no_permissive_cors_for_a_foreign_origin(server: str, path: str) -> None:
    reply = request(f"{server}{path}", headers={"Origin": EVIL_ORIGIN})
    allowed = reply.headers.get("access-control-allow-origin")
    assert allowed not in ("*", EVIL_ORIGIN), f"{path} lets {EVIL_ORIGIN} read it: {allowed!r}"


def test_foreign_origin_websocket_is_refused(server: str) -> None:
    """A page on another site must not drive the app (paste a report, press Save) over the socket."""
    assert refused_status(server, origin=EVIL_ORIGIN) == 403


def test_dns_rebinding_host_is_refused(server: str) -> None:
    """A foreign name resolved to 127.0.0.1 (DNS rebinding) looks same-origin; the Host check stops it."""
    port = urlparse(server).port
    assert refused_status(server, origin=f"http://rebind.evil.example:{port}",
                          host=f"rebind.evil.example:{port}") == 403


def test_same_origin_websocket_works(server: str) -> None:
    """The control for the refusals above (also with the Host a browser sends for localhost)."""
    port = urlparse(server).port
    assert refused_status(server) is None
    assert refused_status(server, origin=f"http://localhost:{port}", host=f"localhost:{port}") is None


# --- uploaded file names never become paths ----------------------------------------------------

HOSTILE_NAMES = ["../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/cron.d/evil.csv",
                 "report.csv/../../../tmp/x", "a.csv\x00.sh", "~/.bashrc", "", ".", "..",
                 "x" * 5000 + ".geojson", "CON.txt", "évènement.JSON", "name.csv ", "a.py"]


def test_safe_suffix_is_one_of_the_known_suffixes() -> None:
    from dashboard.ingest_page import SUFFIXES, _safe_suffix

    for name in HOSTILE_NAMES:
        assert _safe_suffix(name) in set(SUFFIXES.values())
    assert _safe_suffix("../../etc/passwd") == ".txt"
    assert _safe_suffix("a/../../b.CSV") == ".csv"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_safe_suffix_for_any_name(name: str) -> None:
    from dashboard.ingest_page import SUFFIXES, _safe_suffix

    suffix = _safe_suffix(name)
    assert suffix in set(SUFFIXES.values())
    assert set(suffix[1:]) <= set(string.ascii_lowercase)


@pytest.mark.parametrize("label", ["../../etc/passwd", "/tmp/evil.csv", "..", "a/../../b.csv"])
def test_upload_is_written_only_inside_a_temporary_folder(label: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The ingest page reads an upload from a generated name in a fresh temp folder, then removes it."""
    import tempfile

    import geo.sources
    from dashboard import ingest_page

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    seen: list[Path] = []
    real_read_source = geo.sources.read_source

    def recording_read_source(path, **kwargs):
        seen.append(Path(path))
        assert Path(path).read_bytes() == payload
        return real_read_source(path, **kwargs)

    monkeypatch.setattr(geo.sources, "read_source", recording_read_source)
    monkeypatch.setattr(ingest_page.data, "ingest_geocoder", lambda: None)
    payload = b"date,latitude,longitude,attack_type\n2025-07-22,50.45,30.52,drone\n"
    events = ingest_page._read_one(payload, label, ingest_page._safe_suffix(label), "csv", None)
    assert len(events) == 1
    assert len(seen) == 1
    written = seen[0].resolve()
    assert written.parent.parent == scratch.resolve()
    assert written.parent.name.startswith("strikemap-upload-")
    assert written.name in {f"upload{s}" for s in ingest_page.SUFFIXES.values()}
    assert label not in str(written)
    assert list(scratch.iterdir()) == []               # the temp folder is gone afterwards


@contextlib.contextmanager
def recording_proxy() -> Iterator[tuple[list[bytes], int]]:
    """A local TCP listener posing as the HTTP(S) proxy; yields the list that collects the
    first bytes of every connection made to it (any request the server tries to send
    out) and its port."""
    import threading

    seen: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                with contextlib.suppress(OSError):
                    seen.append(conn.recv(200))

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield seen, listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def test_the_server_never_looks_up_its_external_ip(tmp_path: Path) -> None:
    """Streamlit asks checkip.amazonaws.com for the machine's address when bound to every
    interface and whenever a foreign origin knocks: a request to the outside nobody asked
    for. Every outbound HTTP(S) request of the server goes through a local recording proxy
    here; none may be made."""
    with recording_proxy() as (seen, port):
        proxy = f"http://127.0.0.1:{port}"
        env = {"HTTP_PROXY": proxy, "HTTPS_PROXY": proxy, "http_proxy": proxy,
               "https_proxy": proxy, "NO_PROXY": "", "no_proxy": ""}
        with running_dashboard(tmp_path / "store", env=env, address="0.0.0.0") as url:
            assert refused_status(url, origin=EVIL_ORIGIN) == 403
            time.sleep(1.0)
        assert seen == []
