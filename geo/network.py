"""The one switch that forbids network access: ``$STRIKEMAP_OFFLINE``.

Everything that may reach the network (``gazetteer download``, ``frontline
download``, Nominatim through ``geocode --online``) asks :func:`offline_requested`
first, so the variable means the same everywhere and wins over an explicit request.
"""
from __future__ import annotations

import os

OFFLINE_ENV = "STRIKEMAP_OFFLINE"
#: values that leave the network allowed; any other value forbids it (fail safe)
_ONLINE_VALUES = ("", "0", "false", "no", "off")


def offline_requested() -> bool:
    """True when ``$STRIKEMAP_OFFLINE`` is set to anything but empty, 0, false, no or off."""
    return os.environ.get(OFFLINE_ENV, "").strip().lower() not in _ONLINE_VALUES
