"""Fetching a DeepStateMap daily file from its public mirror (online only).

``strikemap frontline download --date D`` saves
``deepstatemap_data_YYYYMMDD.geojson`` into ``<store>/frontline/``. The file is
checked (it must read as an occupied-area layer) before it replaces anything.
Set ``STRIKEMAP_OFFLINE=1`` to refuse every network access up front.
"""
from __future__ import annotations

import os
import urllib.error
import urllib.request
from pathlib import Path

from geo.errors import FrontlineError, NetworkDisabledError
from geo.frontline.read import parse_date, read_frontline_file
from geo.network import OFFLINE_ENV, offline_requested

DEEPSTATE_MIRROR = "https://raw.githubusercontent.com/cyterat/deepstate-map-data/main/data/"
MAX_BYTES = 64 * 1024 * 1024
USER_AGENT = "strikemap (frontline download)"


def deepstate_file_name(date: str) -> str:
    """``deepstatemap_data_YYYYMMDD.geojson`` for a ``YYYY-MM-DD`` date."""
    return f"deepstatemap_data_{parse_date(date, field='--date').replace('-', '')}.geojson"


def frontline_dir(store: str | os.PathLike | None = None) -> Path:
    """``<store>/frontline``: ``store``, else :func:`geo.store.default_store_dir`."""
    if store is None:
        from geo.store import default_store_dir

        store = default_store_dir()
    return Path(store) / "frontline"


def download_deepstate(date: str, folder: str | os.PathLike, *,
                       mirror: str = DEEPSTATE_MIRROR, timeout: float = 30.0) -> Path:
    """Download the DeepStateMap layer of ``date`` into ``folder``; return the file's path.

    Parameters
    ----------
    date : str
        ``YYYY-MM-DD``.
    folder : str or PathLike
        Created when missing; an existing file for that date is replaced.
    mirror : str
        Base URL the file name is appended to.
    timeout : float
        Seconds to wait for the server.

    Raises
    ------
    NetworkDisabledError
        When ``$STRIKEMAP_OFFLINE`` is set.
    FrontlineError
        When the server has no such file, cannot be reached, or sends something
        that is not an occupied-area layer.
    """
    name = deepstate_file_name(date)
    if offline_requested():
        raise NetworkDisabledError(f"frontline download needs the network, and {OFFLINE_ENV} "
                                   "is set; unset it, or add the file to the frontline folder")
    url = mirror.rstrip("/") + "/" + name
    payload = _fetch(url, timeout)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / f".{name}.part"
    part.write_bytes(payload)
    try:
        layers = read_frontline_file(part, date=date)
        if len(layers) != 1 or layers[0].occupied is None:
            raise FrontlineError(f"{url}: not an occupied-area layer")
    except FrontlineError as error:
        part.unlink()
        raise FrontlineError(f"{url}: downloaded file is not a usable DeepStateMap layer: "
                             f"{error}") from None
    target = folder / name
    os.replace(part, target)
    return target


def _fetch(url: str, timeout: float) -> bytes:
    """The body of ``url``; FrontlineError with the status or reason when it fails."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        hint = " (no DeepStateMap file for that date)" if error.code == 404 else ""
        raise FrontlineError(f"{url}: HTTP {error.code}{hint}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise FrontlineError(f"{url}: cannot download ({reason})") from None
    if len(payload) > MAX_BYTES:
        raise FrontlineError(f"{url}: larger than {MAX_BYTES // 2**20} MB, not a daily layer")
    return payload
