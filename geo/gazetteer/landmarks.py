"""Landmarks from a GeoNames country dump: the places reports name that are not towns.

Conflict reports locate events at hills and mounds ("Savur-Mohyla height"),
airports and air bases ("Donetsk airport"), border crossings, power stations,
dams and bridges ("Crimean Bridge"). The dump lists them among its non-populated
features; these feature codes are read with the settlements, as points, and rank
below a settlement of the same name (see :mod:`geo.geocoding.ranking`).

GeoNames often writes the generic word into the name ("Hora Savur-Mohyla",
"Prykordonnyi Punkt Propusku Huta"); the name without it is added as an
alternate, because reports write "Savur-Mohyla".
"""
from __future__ import annotations

import re

#: (feature class, feature code) of the landmarks kept
LANDMARK_CODES = frozenset({
    ("T", "HLL"), ("T", "HLLS"), ("T", "MND"), ("T", "ISL"),
    ("S", "AIRP"), ("S", "AIRB"), ("S", "AIRF"), ("S", "AIRH"),
    ("S", "PSTB"), ("S", "PS"), ("S", "PSH"), ("S", "PSN"), ("S", "DAM"), ("S", "BDG"),
    ("S", "MN"), ("S", "MNC"),
})
#: their feature codes alone (as the index stores them)
LANDMARK_FEATURE_CODES = frozenset(code for _, code in LANDMARK_CODES)

_GENERIC_PREFIX = re.compile(
    r"^(?:hora|gora|гора|ostriv|ostrov|острів|остров|mys|мис|мыс|kurgan|курган|"
    r"prykordonnyi punkt propusku|pogranichnyy punkt propuska|prikordonnij punkt propusku)\s+",
    re.IGNORECASE)


def is_landmark(feature_class: str, feature_code: str) -> bool:
    """True for the non-populated features read as landmarks."""
    return (feature_class, feature_code) in LANDMARK_CODES


def landmark_names(name: str, ascii_name: str,
                   alternates: list[str]) -> tuple[str, str, list[str]]:
    """The landmark's name and ASCII name without the generic word, and its alternates
    with each of them also without it (the names as written stay alternates).

    Examples
    --------
    >>> landmark_names("Hora Savur-Mohyla", "Hora Savur-Mohyla", ["Gora Saur Mogila"])
    ('Savur-Mohyla', 'Savur-Mohyla', ['Gora Saur Mogila', 'Saur Mogila', 'Savur-Mohyla', 'Hora Savur-Mohyla'])
    """
    out = list(alternates)
    seen = {a.lower() for a in out}
    for variant in (*alternates, name):
        bare = bare_name(variant)
        for text in (bare, variant):
            if text and text.lower() not in seen:
                seen.add(text.lower())
                out.append(text)
    return bare_name(name) or name, bare_name(ascii_name) or ascii_name, out


def bare_name(name: str) -> str:
    """``name`` without a leading generic word ("Hora Savur-Mohyla" -> "Savur-Mohyla")."""
    return _GENERIC_PREFIX.sub("", name).strip()
