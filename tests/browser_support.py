"""Starting the dashboard on a free port and driving it in headless Debian Chromium."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    """Wait until Streamlit answers its health check (or fail with its output)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dashboard exited early:\n{process.stdout.read() if process.stdout else ''}")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        time.sleep(0.3)
    raise RuntimeError(f"dashboard did not answer at {url} within {timeout:.0f} s")


@contextlib.contextmanager
def running_dashboard(store: Path, env: dict | None = None,
                      address: str = "127.0.0.1") -> Iterator[str]:
    """Run ``strikemap dashboard --store STORE --port N --address A``; yield its base URL
    (on 127.0.0.1, which a wildcard address also serves)."""
    port = free_port()
    full_env = {**os.environ, **(env or {})}
    process = subprocess.Popen([sys.executable, "-m", "geo", "dashboard", "--store", str(store),
                                "--port", str(port), "--address", address],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=full_env,
                               start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url
    finally:
        _stop_group(process)


def _stop_group(process: subprocess.Popen) -> None:
    """SIGKILL the dashboard's process group (``strikemap dashboard`` and the streamlit
    server it starts) and reap our child. Nothing of a test server is read after its test,
    and Streamlit's own shutdown on SIGTERM takes about 2 s; a killed process frees its
    port and CPU at once (its zombie is reaped by init, sometimes a second later)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, 9)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


def is_local(url: str) -> bool:
    """True for URLs served by this machine (or inline data/blob/about URLs)."""
    parsed = urlparse(url)
    if parsed.scheme in {"data", "blob", "about", "file"}:
        return True
    return parsed.hostname in LOCAL_HOSTS


@contextlib.contextmanager
def offline_browser() -> Iterator[tuple[object, list[tuple[str, str]]]]:
    """A headless Chromium page on which every non-local request fails, as with no network.

    Yields the page and the list of (resource type, URL) of every request that tried to leave.
    """
    outside: list[tuple[str, str]] = []

    def route(request_route) -> None:
        request = request_route.request
        if is_local(request.url):
            request_route.continue_()
        else:
            outside.append((request.resource_type, request.url))
            request_route.abort("internetdisconnected")

    with _chromium_context() as context:
        context.route("**/*", route)
        yield context.new_page(), outside


@contextlib.contextmanager
def offline_cached_browser() -> Iterator[tuple[object, list[tuple[str, str]]]]:
    """As :func:`offline_browser`, but keeping the browser's HTTP cache, as a user's browser
    does on a second visit (Playwright turns the cache off on a page whose requests it
    routes): every non-local request goes to a proxy that is not there (loopback's
    discard port) and fails, and is recorded in the yielded list."""
    outside: list[tuple[str, str]] = []

    def record(request) -> None:
        if not is_local(request.url):
            outside.append((request.resource_type, request.url))

    with _chromium_context(proxy={"server": "http://127.0.0.1:9",
                                  "bypass": "127.0.0.1,localhost,[::1]"}) as context:
        context.on("request", record)
        yield context.new_page(), outside


@contextlib.contextmanager
def _chromium_context(**launch) -> Iterator[object]:
    """A browser context of headless Debian Chromium (skips when it is missing), closed after."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True,
                                     **launch)
        context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                      accept_downloads=True)
        try:
            yield context
        finally:
            context.close()
            browser.close()


def map_frame(page, timeout_ms: int = 45_000):
    """The st_folium iframe's frame, once its Leaflet map is visible."""
    page.wait_for_selector("iframe[title*='st_folium']", timeout=timeout_ms)
    frame = page.frame_locator("iframe[title*='st_folium']").first
    frame.locator(".leaflet-container").first.wait_for(state="visible", timeout=timeout_ms)
    return frame


def event_marker_count(frame) -> int:
    """Event markers drawn on the map (SVG circles, or markers inside clusters)."""
    frame.locator("path.leaflet-interactive, .marker-cluster").first.wait_for(timeout=30_000)
    return frame.locator("path.leaflet-interactive").count()
