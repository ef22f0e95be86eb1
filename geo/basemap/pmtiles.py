"""A PMTiles basemap a user downloaded once (``--basemap FILE.pmtiles``), served on loopback.

PMTiles needs HTTP range requests, and Streamlit's static serving cannot host such a file
(404 over 200 MB, non-images as text/plain). :func:`serve_pmtiles` therefore serves the one
file from the dashboard process through a small range-capable HTTP server bound to
127.0.0.1 only, and the page draws it with ``protomaps-leaflet`` (npm, local asset).
"""
from __future__ import annotations

import os
import re
import struct
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from geo.basemap.layers import BasemapError

__all__ = ["PmtilesInfo", "read_header", "serve_pmtiles", "LOOPBACK"]

LOOPBACK = "127.0.0.1"
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_SERVED: dict[str, tuple[ThreadingHTTPServer, str]] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class PmtilesInfo:
    """What the page needs from a PMTiles v3 header."""

    min_zoom: int
    max_zoom: int
    tile_type: int        # 1 MVT, 2 PNG, 3 JPEG, 4 WebP


def read_header(path: str | os.PathLike) -> PmtilesInfo:
    """Check that ``path`` is a PMTiles v3 file and read its zoom range and tile type.

    Raises
    ------
    BasemapError
        When the file is missing or not PMTiles v3.
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(127)
    except OSError as error:
        raise BasemapError(f"{path}: cannot read the basemap file ({error.strerror})") from error
    if len(header) < 127 or header[:7] != b"PMTiles" or header[7] != 3:
        raise BasemapError(f"{path}: not a PMTiles version 3 file")
    tile_type, min_zoom, max_zoom = struct.unpack_from("<BBB", header, 99)
    return PmtilesInfo(min_zoom=min_zoom, max_zoom=max_zoom, tile_type=tile_type)


def _handler(path: Path, name: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        """GET/HEAD of the one file, whole or one byte range; CORS for the map's page."""

        def log_message(self, *args) -> None:      # quiet
            return

        def _cors(self) -> None:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Headers", "Range, If-Match")
            self.send_header("Access-Control-Expose-Headers", "Content-Range, Content-Length, ETag")

        def do_OPTIONS(self) -> None:  # noqa: N802
            self.send_response(204)
            self._cors()
            self.end_headers()

        def do_HEAD(self) -> None:  # noqa: N802
            self._serve(body=False)

        def do_GET(self) -> None:  # noqa: N802
            self._serve(body=True)

        def _serve(self, body: bool) -> None:
            if self.path.split("?")[0] != f"/{name}":
                self.send_error(404)
                return
            size = path.stat().st_size
            start, end, status = 0, size - 1, 200
            wanted = self.headers.get("Range")
            if wanted:
                match = _RANGE.match(wanted.strip())
                if not match or not (match.group(1) or match.group(2)):
                    self._unsatisfiable(size)
                    return
                if match.group(1):
                    start = int(match.group(1))
                    end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
                else:                                   # the last N bytes
                    start = max(0, size - int(match.group(2)))
                if start >= size or start > end:
                    self._unsatisfiable(size)
                    return
                status = 206
            self.send_response(status)
            self._cors()
            self.send_header("Content-Type", "application/vnd.pmtiles")
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Length", str(end - start + 1))
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
            self.end_headers()
            if body:
                with open(path, "rb") as handle:
                    handle.seek(start)
                    left = end - start + 1
                    while left > 0:
                        chunk = handle.read(min(left, 1 << 20))
                        if not chunk:
                            break
                        self.wfile.write(chunk)
                        left -= len(chunk)

        def _unsatisfiable(self, size: int) -> None:
            self.send_response(416)
            self._cors()
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


def serve_pmtiles(path: str | os.PathLike) -> str:
    """Serve ``path`` on 127.0.0.1 (a free port, a daemon thread; once per file and process).

    Returns
    -------
    str
        The file's URL, ``http://127.0.0.1:PORT/NAME.pmtiles``.

    Raises
    ------
    BasemapError
        When the file is not PMTiles v3.
    """
    file = Path(path).resolve()
    read_header(file)
    with _LOCK:
        if str(file) in _SERVED:
            return _SERVED[str(file)][1]
        name = re.sub(r"[^A-Za-z0-9._-]", "_", file.name)
        server = ThreadingHTTPServer((LOOPBACK, 0), _handler(file, name))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, name="strikemap-pmtiles", daemon=True).start()
        url = f"http://{LOOPBACK}:{server.server_address[1]}/{name}"
        _SERVED[str(file)] = (server, url)
        return url
