"""strikemap's Streamlit dashboard. ``data.py`` is the only module that caches.

What it uses: the library's public faces (:mod:`geo.store`, :mod:`geo.maps`,
:mod:`geo.export`, :mod:`geo.frontline`, :mod:`geo.sources`, ...); nothing in ``geo``
imports it.
"""
