"""Districts (raions) from a GeoNames country dump, and the district phrases of a text.

Reports name villages by their district: "Hranitne (Volnovakha raion)",
"Troitske, Popasnyansky district", "Ясинуватського району". GeoNames lists the
current raions (``ADM2``, whose code settlements carry in ``admin2``) and the
pre-2020 ones (``ADM2H``, a representative point only), each with its names
in many languages and spellings. A district is matched by the *stem* of its
name: the type word and the adjective ending are dropped, Cyrillic is
romanised and the rest reduced to the spelling-insensitive key, so that
"Yasinovatsky district", "Yasynuvats'kyy Rayon" and "Ясиноватский район" meet.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from geo.gazetteer.names import fast_key, loose_key
from geo.translit import kmu2010

#: GeoNames feature codes read as districts
DISTRICT_CODES = frozenset({"ADM2", "ADM2H"})
_TYPE_WORDS = frozenset("""raion rayon rajon district districts region raioni
район району районі района районе районом р н""".split())
#: a district name must hold one of these (city councils and municipalities are not raions)
_RAION_WORDS = frozenset("raion rayon rajon district район".split())
#: an adjective's ending, romanised ("-skom": a Russian locative, "в Синельниковском районе";
#: "-skym", "-skim": an instrumental, a Ukrainian locative)
_ADJECTIVE = re.compile(
    r"(?:s?k(?:yi|iy|yy|ij|yj|ii|y|i|ogo|oho|omu|om|ym|im|oi|oy|a|e)|sk|ka|ke|ky)$")
_MIN_STEM = 3


def district_stem(phrase: str, loose: bool = True) -> str | None:
    """The matching key of a district phrase ("Popasnyansky district" -> its stem key).

    None when the phrase holds no name (only type words) or the stem is too short.
    ``loose=False`` gives the stem before the spelling-insensitive reduction.

    Examples
    --------
    >>> district_stem("Yasinovatsky district") == district_stem("Yasynuvats'kyy Rayon")
    True
    >>> district_stem("Ясиноватского района") == district_stem("Yasinovatskiy Rayon")
    True
    >>> district_stem("Maryinsky district") == district_stem("Marinka Raion")
    True
    """
    key = fast_key(phrase)
    words = [w for w in key.split() if w not in _TYPE_WORDS]
    if not words:
        return None
    text = " ".join(words)
    if not text.isascii():
        text = fast_key(kmu2010(text))
    text = _ADJECTIVE.sub("", text)
    if len(text.replace(" ", "")) < _MIN_STEM:
        return None
    return (loose_key(text) or text) if loose else text


@dataclass
class DistrictTable:
    """Districts as parallel arrays and a stem -> district rows map."""

    name: list[str] = field(default_factory=list)
    lat: np.ndarray = field(default_factory=lambda: np.zeros(0))
    lon: np.ndarray = field(default_factory=lambda: np.zeros(0))
    admin1: list[str] = field(default_factory=list)
    admin2: list[str] = field(default_factory=list)      # "" for a former (ADM2H) district
    stems: dict[str, tuple[int, ...]] = field(default_factory=dict)        # exact stems
    loose_stems: dict[str, tuple[int, ...]] = field(default_factory=dict)  # spelling-insensitive

    def __len__(self) -> int:
        return len(self.name)

    def lookup(self, phrase: str) -> tuple[int, ...]:
        """Rows of the districts a phrase may name (empty when none): those whose stem is
        spelt the same, else those whose stem matches spelling-insensitively."""
        stem = district_stem(phrase, loose=False)
        if stem is None:
            return ()
        return self.stems.get(stem) or self.loose_stems.get(loose_key(stem) or stem, ())


def read_geonames_districts(path: str | os.PathLike) -> DistrictTable:
    """The ADM2/ADM2H districts of a GeoNames dump (``UA.txt``; zip archives too).

    Rows the populated-place reader already validated are read again here; a
    malformed district row is skipped (the dump reader reports bad rows).
    """
    from geo.gazetteer.sources import dump_lines

    names, lats, lons, admin1, admin2 = [], [], [], [], []
    stems: dict[str, set[int]] = {}
    loose: dict[str, set[int]] = {}
    for _, line in dump_lines(Path(path)):
        cols = line.rstrip("\n").rstrip("\r").split("\t")
        if len(cols) != 19 or cols[6] != "A" or not (
                cols[7] in DISTRICT_CODES or _unplaced_former_raion(cols)):
            continue
        variants = [cols[1], cols[2]]
        if cols[7] in DISTRICT_CODES:    # (the unplaced ones' other names are older
            variants += cols[3].split(",")       # ones, such as "Voroshilovskiy Rayon")
        if not any(w in _RAION_WORDS for v in variants for w in fast_key(v).split()):
            continue
        try:
            lat, lon = float(cols[4]), float(cols[5])
        except ValueError:
            continue
        row = len(names)
        names.append(cols[1])
        lats.append(lat)
        lons.append(lon)
        admin1.append(cols[10])
        admin2.append(cols[11] if cols[7] == "ADM2" else "")
        for variant in variants:
            if variant and any(w in _RAION_WORDS for w in fast_key(variant).split()):
                stem = district_stem(variant, loose=False)
                if stem:
                    stems.setdefault(stem, set()).add(row)
                    loose.setdefault(loose_key(stem) or stem, set()).add(row)
    return DistrictTable(names, np.asarray(lats, dtype=np.float64),
                         np.asarray(lons, dtype=np.float64), admin1, admin2,
                         {k: tuple(sorted(v)) for k, v in stems.items()},
                         {k: tuple(sorted(v)) for k, v in loose.items()})


def _unplaced_former_raion(cols: list[str]) -> bool:
    """A pre-2020 raion GeoNames files as ``ADM3`` with no oblast ("Pereval'skiy Rayon",
    admin1 ``00``): a former district like the ``ADM2H`` ones."""
    return cols[7] == "ADM3" and cols[10] == "00" and cols[1].endswith(" Rayon")


_PHRASE = re.compile(
    r"([^\W\d_][\w'’ʼ\-]*(?:\s+[^\W\d_][\w'’ʼ\-]*)?)\s+"
    r"(district|raion|rayon|region|район\w*)\b", re.IGNORECASE)


def district_phrases(text: str) -> list[tuple[str, str]]:
    """``(name words, type word)`` of each "<name> district/raion/region" phrase in a text.

    Two words before the type word are offered first, then one, so that
    "Krasnyi Lyman district" and "in the Volnovakha district" both come out.
    """
    out = []
    for match in _PHRASE.finditer(text):
        words, kind = match.group(1), match.group(2).lower()
        parts = words.split()
        if len(parts) == 2:
            out.append((words, kind))
        out.append((parts[-1], kind))
    return out
