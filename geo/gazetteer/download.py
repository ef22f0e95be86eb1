"""Fetch a GeoNames country dump (online, on the user's request only)."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from geo.errors import GazetteerError, InputError, NetworkDisabledError
from geo.network import offline_requested

GEONAMES_DUMP_URL = "https://download.geonames.org/export/dump/{cc}.zip"
_TIMEOUT_S = 60


def download_dump(country: str, *, dest: str | os.PathLike | None = None,
                  url: str | None = None) -> Path:
    """Download ``<CC>.zip`` from GeoNames into ``dest`` and check that it reads.

    Raises
    ------
    NetworkDisabledError
        When ``$STRIKEMAP_OFFLINE`` is set.
    GazetteerError
        When the download fails or the file is not a GeoNames dump.
    """
    cc = country.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", cc):
        raise InputError(f"{country!r} is not a two-letter ISO country code", field="country")
    if offline_requested():
        raise NetworkDisabledError("STRIKEMAP_OFFLINE is set: not downloading the "
                                   f"GeoNames {cc} dump")
    from geo.gazetteer.cache import cache_dir
    from geo.gazetteer.sources import read_geonames_dump

    folder = Path(dest) if dest else cache_dir() / "geonames"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{cc}.zip"
    source = url or GEONAMES_DUMP_URL.format(cc=cc)
    fd, tmp_name = tempfile.mkstemp(prefix=f"{cc}.", suffix=".part.zip", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            _fetch(source, out)
        read_geonames_dump(tmp)            # raises GazetteerError when malformed
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _fetch(url: str, out) -> None:
    request = urllib.request.Request(url, headers={"User-Agent": "strikemap/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT_S) as response:
            shutil.copyfileobj(response, out)
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise GazetteerError(f"cannot download {url}: {error}") from error
