"""The offline promise, checked on every run: no socket may leave this machine.

pyproject's pytest ``addopts`` turns on pytest-socket with only loopback hosts
allowed. These tests prove that the guard is really active in the suite: an
outside connection fails (before any packet is sent), loopback still works,
and the guard also covers the libraries the product uses to reach the
network (urllib, geopy's HTTP adapter).
"""
from __future__ import annotations

import socket
import threading
import urllib.error
import urllib.request

import pytest
from pytest_socket import SocketBlockedError, SocketConnectBlockedError

BLOCKED = (SocketBlockedError, SocketConnectBlockedError)

# documentation/test-net addresses (RFC 5737 / RFC 3849): never routed, so even a broken guard cannot
# leak to a real host
OUTSIDE_V4 = ("192.0.2.1", 80)
OUTSIDE_V6 = ("2001:db8::1", 80)


def _chain(error: BaseException | None) -> list[BaseException]:
    """An exception with its causes and contexts."""
    chain: list[BaseException] = []
    while error is not None and len(chain) < 20:
        chain.append(error)
        error = error.__cause__ or error.__context__
    return chain


def test_pytest_socket_guard_is_configured(pytestconfig: pytest.Config) -> None:
    """The allow-list is loopback only, as pyproject says."""
    hosts = pytestconfig.getoption("allow_hosts")
    assert hosts, "pytest-socket's --allow-hosts is not set: the offline promise is unchecked"
    allowed = {h.strip() for h in (hosts if isinstance(hosts, str) else ",".join(hosts)).split(",")}
    assert allowed <= {"127.0.0.1", "::1", "localhost"}


def test_outside_ipv4_connect_fails() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(BLOCKED):
            sock.connect(OUTSIDE_V4)


def test_outside_ipv6_connect_fails() -> None:
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
        with pytest.raises(BLOCKED):
            sock.connect(OUTSIDE_V6)


def test_create_connection_fails() -> None:
    with pytest.raises(BLOCKED):
        socket.create_connection(OUTSIDE_V4, timeout=2)


def test_urllib_to_outside_fails() -> None:
    # urllib wraps the socket error in URLError; either way, nothing leaves the machine
    with pytest.raises((*BLOCKED, urllib.error.URLError)) as info:
        urllib.request.urlopen("http://192.0.2.1/", timeout=2)
    assert any(isinstance(e, BLOCKED) for e in _chain(info.value))


def test_geopy_online_geocoder_cannot_reach_out() -> None:
    """geopy's adapters (the opt-in Nominatim path) are blocked by the same guard."""
    from geopy.exc import GeopyError
    from geopy.geocoders import Nominatim

    # an IP-address domain, so the check does not depend on whether this machine has DNS
    geocoder = Nominatim(user_agent="strikemap-test", domain="192.0.2.1", scheme="http", timeout=2)
    with pytest.raises((*BLOCKED, GeopyError)) as info:
        geocoder.geocode("Kyiv")
    assert any(isinstance(e, BLOCKED) for e in _chain(info.value))


def test_loopback_still_works() -> None:
    """Tests may talk to servers they start on this machine (the dashboard, a dask cluster)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    received: list[bytes] = []

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            received.append(conn.recv(16))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
            client.sendall(b"ping")
        thread.join(timeout=5)
    finally:
        server.close()
    assert received == [b"ping"]


def test_unix_sockets_still_work() -> None:
    """Unix sockets (local only) stay allowed for multiprocessing and similar."""
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"


GUARDED_CLI = """
import sys
import pytest_socket
pytest_socket.disable_socket(allow_unix_socket=True)     # any INET socket raises from here on
from geo.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_cli_works_with_every_inet_socket_disabled(tmp_path) -> None:
    """The offline promise for the product itself: geocode, extract, ingest and export of the seed
    report run in a process where creating any internet socket raises (not only outside ones)."""
    import subprocess
    import sys
    from pathlib import Path

    project = Path(__file__).resolve().parent.parent
    seeds = sorted(str(p) for p in (project / "seeds").glob("*.txt"))
    store = tmp_path / "store"
    runs = [["geocode", "Kyiv", "Kramatorsk"], ["extract", *seeds],
            ["ingest", *seeds, "--store", str(store)],
            ["export", "--store", str(store), "-o", str(tmp_path / "out.geojson")]]
    for args in runs:
        done = subprocess.run([sys.executable, "-c", GUARDED_CLI, *args], capture_output=True,
                              text=True, timeout=300, cwd=project)
        assert done.returncode == 0, f"strikemap {' '.join(args[:1])}: {done.stderr[-2000:]}"
    assert (tmp_path / "out.geojson").stat().st_size > 100
