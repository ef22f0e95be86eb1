"""Frontline by date: dated layers, contact line, distance to the front, territory change.

What it does: reads dated frontline files (DeepStateMap and other GeoJSON/GeoPackage layers),
derives the contact line, measures occupied area and its change, and gives each event its
distance to the front on its date. What it uses: the core modules (:mod:`geo.errors`,
:mod:`geo.schema`, :mod:`geo.network`) and :mod:`geo.store` for the store's folder.

The public face of the frontline modules::

    from geo.frontline import FrontlineSet, annotate_front, territory_change

    fronts = FrontlineSet.from_folder("data/frontline",
                                      outline="../shared/data/boundaries/geoBoundaries-UKR-ADM1.geojson")
    # or outline=default_outline(store): $STRIKEMAP_BOUNDARIES, else <store>/boundaries/
    layer = fronts.layer_for("2025-07-20")        # latest layer on or before the date
    layer.date, layer.area_km2(), layer.contact_note, layer.attribution
    layer.to_geojson(tolerance=0.002)             # simplified occupied area + contact line
    events = annotate_front(events, fronts)       # front_km and side per event

Where things live:

* :mod:`geo.frontline.read`: files to :class:`LayerData` (dates, CRS, repair).
* :mod:`geo.frontline.contact`: country outline and the contact line.
* :mod:`geo.frontline.sea`: the bundled land/sea raster used to drop the coast.
* :mod:`geo.frontline.layers`: :class:`FrontlineLayer` and :class:`FrontlineSet`.
* :mod:`geo.frontline.metrics`: equal-area occupied area and change, per region.
* :mod:`geo.frontline.annotate`: ``front_km`` / ``side`` for events, vectorised.
* :mod:`geo.frontline.download`: the DeepStateMap mirror (online only).
"""
from __future__ import annotations

from geo.frontline.annotate import annotate_front, front_distance_km, front_side
from geo.frontline.contact import (NOTE_LINES, NOTE_NO_SEA_MASK, NOTE_TRIMMED, NOTE_WHOLE,
                                   CountryOutline, as_outline, contact_line, default_outline,
                                   load_outline, metric_crs_for)
from geo.frontline.download import (DEEPSTATE_MIRROR, deepstate_file_name, download_deepstate,
                                    frontline_dir)
from geo.frontline.layers import FrontlineLayer, FrontlineSet, build_layer, occupied_area_km2
from geo.frontline.metrics import (OUTSIDE_REGIONS, TerritoryChange, area_by_region,
                                   change_by_region, load_regions, territory_change)
from geo.frontline.read import (DEEPSTATE_ATTRIBUTION, FrontlineFileError, FrontlineWarning,
                                LayerData, date_from_name, is_deepstate_file, parse_date,
                                read_frontline_file)

__all__ = [
    "DEEPSTATE_ATTRIBUTION", "DEEPSTATE_MIRROR", "NOTE_LINES", "NOTE_NO_SEA_MASK",
    "NOTE_TRIMMED", "NOTE_WHOLE", "OUTSIDE_REGIONS", "CountryOutline", "FrontlineFileError",
    "FrontlineLayer", "FrontlineSet", "FrontlineWarning", "LayerData", "TerritoryChange",
    "annotate_front", "area_by_region", "as_outline", "build_layer", "change_by_region",
    "contact_line", "date_from_name", "default_outline", "deepstate_file_name",
    "download_deepstate",
    "front_distance_km", "front_side", "frontline_dir", "is_deepstate_file", "load_outline",
    "load_regions", "metric_crs_for", "occupied_area_km2", "parse_date",
    "read_frontline_file", "territory_change",
]
