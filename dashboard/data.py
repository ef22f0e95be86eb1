"""Loading and caching for the dashboard: the only module that uses st.cache_*.

Loads are keyed on the store's version (its file's size and mtime), so an
ingest shows up on the next run without a restart, and a run never sees half a
write (the store reads one consistent snapshot).
"""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from geo.store import EventStore, default_store_dir


def store_dir() -> Path:
    """The store this dashboard shows: ``$STRIKEMAP_STORE`` or the project's ``data/``."""
    return default_store_dir()


def tiles(choice: str = "offline") -> str:
    """The base map for the sidebar's ``choice`` ("offline" or "osm"): ``none`` when
    ``$STRIKEMAP_TILES`` is ``none`` (a plain background), else the choice. OpenStreetMap
    tiles are requested only when the user picked them."""
    return "none" if os.environ.get("STRIKEMAP_TILES", "").lower() == "none" else choice


@st.cache_resource(show_spinner=False)
def pmtiles_basemap() -> tuple[str, int] | None:
    """``$STRIKEMAP_BASEMAP`` (a PMTiles file, ``strikemap dashboard --basemap``) served on
    127.0.0.1 by a range-capable handler: its URL and top zoom, or None when unset."""
    path = os.environ.get("STRIKEMAP_BASEMAP", "").strip()
    if not path:
        return None
    from geo.basemap.pmtiles import read_header, serve_pmtiles

    return serve_pmtiles(path), read_header(path).max_zoom


def store_version(path: Path) -> tuple:
    """A cheap fingerprint of the store folder's files: changes when anything is written."""
    if not path.is_dir():
        return ()
    return tuple(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns)
                        for p in path.rglob("*") if p.is_file()))


@st.cache_resource(show_spinner="Loading events…", max_entries=4)
def load_events(path: str, version: tuple):
    """All events of the store (validated GeoDataFrame, EPSG:4326). Shared: never mutate it.

    A resource cache, not a data cache: st.cache_data would unpickle 100k rows on
    every run. When the store has frontline layers, every event gets ``front_km``
    and ``side`` from the layer in force on its date.
    """
    events = EventStore(path).read(rejected=True)     # the sidebar hides rejected ones
    frontlines = load_frontlines(path, version)
    if frontlines is not None and len(events):
        from geo.frontline import annotate_front
        events = annotate_front(events, frontlines)
    return events


@st.cache_resource(show_spinner=False, max_entries=4)
def oblast_options(path: str, version: tuple) -> list[str]:
    """The oblasts of the store's events, one spelling each (bundled polygons, else admin1)."""
    from geo.filters import event_oblasts

    return sorted(str(v) for v in event_oblasts(load_events(path, version)).dropna().unique() if v)


@st.cache_resource(show_spinner=False, max_entries=32)
def filtered_events(path: str, version: tuple, flt):
    """The events of one filter (a frozen, hashable EventFilter). Shared: never mutate it."""
    from geo.filters import apply_filter

    return apply_filter(load_events(path, version), flt)


@st.cache_resource(show_spinner=False, max_entries=4)
def map_summary(path: str, version: tuple):
    """The base map's attack types, feed credits and bounds, those of the whole store
    (:func:`geo.maps.map_summary`): the base map stays the same whatever the filters, and
    a filter change only swaps the events drawn on it."""
    from geo.maps import map_summary as summarize

    return summarize(load_events(path, version))


@st.cache_resource(show_spinner=False, max_entries=32)
def view_types(path: str, version: tuple, flt) -> tuple[str, ...]:
    """The attack types of one filter's events, which the map's legend lists."""
    from geo.event_layers import present_types

    return tuple(present_types(filtered_events(path, version, flt)))


@st.cache_resource(show_spinner=False, max_entries=4)
def rejected_count(path: str, version: tuple) -> int:
    """How many of the store's events a reviewer rejected."""
    return int((load_events(path, version)["review_status"] == "rejected").sum())


@st.cache_resource(show_spinner=False, max_entries=4)
def store_choices(path: str, version: tuple) -> dict:
    """The sidebar's choices drawn from the whole store (:func:`dashboard.sidebar.store_choices`)."""
    from dashboard.sidebar import store_choices as choices

    return choices(load_events(path, version))


@st.cache_resource(show_spinner=False, max_entries=32)
def view_bounds(path: str, version: tuple, flt) -> tuple:
    """The first and last day of one filter's events (:func:`dashboard.timeline_data.bounds`)."""
    from dashboard.timeline_data import bounds

    return bounds(filtered_events(path, version, flt))


@st.cache_resource(show_spinner=False, max_entries=32)
def table_rows(path: str, version: tuple, flt):
    """The rows the table shows for one filter (:func:`dashboard.panels.table_rows`)."""
    from dashboard.panels import table_rows as rows

    return rows(filtered_events(path, version, flt))


@st.cache_resource(show_spinner=False, max_entries=64)
def chart_tables(path: str, version: tuple, flt, period: str | None) -> dict:
    """The charts' figures for one filter (:func:`dashboard.chart_data.chart_tables`); the
    period None is the view's default period."""
    from dashboard.chart_data import chart_tables as tables

    return tables(filtered_events(path, version, flt), period)


@st.cache_resource(show_spinner="Loading frontline layers…", max_entries=4)
def load_frontlines(path: str, version: tuple):
    """The frontline layers the user added to the store (``<store>/frontline/``), or None."""
    del version
    from geo.frontline.annotate import store_frontlines

    # with a boundary file in <store>/boundaries/ the contact line leaves out border and coast
    return store_frontlines(path)


@st.cache_resource(show_spinner=False, max_entries=4)
def load_boundaries(path: str, version: tuple):
    """The boundary file the user added to the store (``<store>/boundaries/``) in
    EPSG:4326, or None; an unreadable one raises :class:`~geo.errors.InputError`."""
    del version
    from geo.aggregate import load_boundaries as read_boundaries
    from geo.frontline.contact import store_boundary_file

    boundary_file = store_boundary_file(path)
    if boundary_file is None or not boundary_file.is_file():
        return None
    return read_boundaries(boundary_file)


@st.cache_resource(show_spinner="Loading the gazetteer…", max_entries=2)
def load_geocoder(path: str, version: tuple):
    """The offline geocoder (the name index is cached on disk by geo.gazetteer). It ranks
    namesakes by the store's frontline layers, the layer in force on each report's date,
    as ``strikemap ingest`` does; ``version`` is that of ``<store>/frontline``."""
    from geo.geocoding import OfflineGeocoder
    return OfflineGeocoder(frontline=load_frontlines(path, version))


def ingest_geocoder():
    """:func:`load_geocoder` for the store this dashboard shows, with the store's place
    rules (read afresh: a rule made on the Review page applies to the next report)."""
    from geo.store.rules import load_rules

    path = store_dir()
    geocoder = load_geocoder(str(path), store_version(path / "frontline"))
    rules = load_rules(EventStore(path))
    geocoder.rules = rules if len(rules) else None
    return geocoder


@st.cache_resource(show_spinner="Loading the gazetteer…", max_entries=1)
def _gazetteer():
    from geo.gazetteer import load_gazetteer
    return load_gazetteer()


@st.cache_data(show_spinner=False, max_entries=256)
def find_place(name: str) -> tuple[str, str, float, float] | None:
    """The gazetteer place a search box names: (name, oblast, lat, lon), Ukraine's and the
    most populous first; None when the gazetteer knows no such name."""
    candidates = _gazetteer().candidates(name)
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (c.country_code != "UA", -(c.population or 0)))
    return best.name, best.admin1, float(best.lat), float(best.lon)
