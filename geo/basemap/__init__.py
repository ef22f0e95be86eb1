"""The built-in offline basemap: Natural Earth land and sea (npm ``world-atlas``), Ukraine's
internationally recognised outline and oblasts (bundled geoBoundaries), other countries'
borders that never cut Ukraine, and settlement labels from the gazetteer.

Uses :mod:`geo.gazetteer` (boundaries, labels) and :mod:`geo.assets` (where the npm files are).
:mod:`geo.basemap.layers` builds the geometry (shared by the folium map and the PNG
render), :mod:`geo.basemap.leaflet` draws it on a folium map.
"""
from geo.basemap.layers import Basemap, BasemapError, load_basemap

__all__ = ["Basemap", "BasemapError", "load_basemap"]
