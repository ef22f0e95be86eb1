"""What every export writes from: the events as one validated frame or as a stream of
chunks (:class:`EventStream`), and the attribution their metadata carry (see
:mod:`geo.export`)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import pandas as pd

from geo.schema import EVENT_COLUMNS, validate_events


def attribution_lines(gdf) -> list[str]:
    """Who the exported data come from, for file metadata and the README.

    Mentions GeoNames when events carry GeoNames ids, UCDP / ACLED when a
    source names them, and the frontline data when ``front_km`` is filled.
    ``gdf`` is an events frame, or an :class:`EventStream` (its summary says).
    """
    return summary_lines(gdf.summary if isinstance(gdf, EventStream)
                         else summarize([gdf]))


def summarize(frames: Iterable) -> dict:
    """What the exports' metadata say about the events of ``frames`` (all of them), as
    :meth:`geo.store.EventStore.summary` says it about a store."""
    sources: set[str] = set()
    out = {"events": 0, "geonames": False, "front": False}
    for frame in frames:
        out["events"] += len(frame)
        sources.update(str(s) for s in pd.unique(frame["source"].dropna().to_numpy(dtype=object)))
        out["geonames"] = out["geonames"] or bool(frame["geonameid"].notna().any())
        out["front"] = out["front"] or bool(frame["front_km"].notna().any())
    lowered = " ".join(s.lower() for s in sources)
    return {**out, "sources": len(sources), "ucdp": "ucdp" in lowered, "acled": "acled" in lowered}


def summary_lines(summary: dict) -> list[str]:
    """The attribution lines for a :func:`summarize` (or ``EventStore.summary``) result."""
    lines = [f"Events compiled with strikemap from {summary['sources']} source(s); each event names "
             "its sources in the 'source' and 'sources' fields."]
    if summary["geonames"]:
        lines.append("Place coordinates: GeoNames (geonames.org), CC BY 4.0.")
    if summary["ucdp"]:
        lines.append("UCDP Georeferenced Event Dataset (ucdp.uu.se), CC BY 4.0: Sundberg & "
                     "Melander (2013), Journal of Peace Research 50(4); Hogbladh (2022), UCDP GED "
                     "Codebook 22.1.")
    if summary["acled"]:
        lines.append("ACLED (acleddata.com): use subject to ACLED's terms of use and attribution "
                     "requirements.")
    if summary["front"]:
        lines.append("front_km/side: computed against dated frontline layers (default: "
                     "DeepStateMap.Live via github.com/cyterat/deepstate-map-data, GPL-3.0).")
    return lines


@dataclass(frozen=True)
class EventStream:
    """Events too many to hold at once: validated frames read a chunk at a time.

    Attributes
    ----------
    chunks : callable
        Returns a fresh iterator over the events' validated frames, in order
        (e.g. ``lambda: store.read_chunks()``); each writer calls it once.
    summary : dict or None
        What the metadata say about all of them (:func:`summarize`, or
        :meth:`geo.store.EventStore.summary`); None for a CSV export, which has no
        metadata.
    features : callable, optional
        Returns a fresh iterator over the same events' GeoJSON feature texts, written
        faster than from the frames (``,\\n``-joined chunks, as
        :func:`geo.export_json.feature_chunks` gives them; e.g.
        :meth:`geo.store.EventStore.feature_texts`); the GeoJSON writer uses it when given.
    tables : callable, optional
        Returns a fresh iterator over the same events a chunk at a time, each an Arrow
        table of the schema's columns (lists as JSON text) plus ``lon``/``lat`` (e.g.
        :meth:`geo.store.EventStore.arrow_chunks`); the CSV and GeoPackage writers use
        it when given.
    """

    chunks: Callable[[], Iterator]
    summary: dict
    features: Callable[[], Iterator[str]] | None = None
    tables: Callable[[], Iterator] | None = None


def checked(gdf, validate: bool = True):
    """``gdf`` as a validated events frame.

    ``validate=False`` skips the full value check for a frame that already came
    out of :func:`~geo.schema.validate_events` (e.g. ``EventStore.read()``
    filtered by :func:`~geo.filters.apply_filter`); its columns and CRS are
    still checked, and anything else is validated in full.
    """
    if not validate and list(gdf.columns) == [*EVENT_COLUMNS, "geometry"] \
            and gdf.crs is not None and gdf.crs.to_epsg() == 4326:
        return gdf
    return validate_events(gdf)


def chunks_of(gdf, validate: bool) -> tuple[Iterator, dict]:
    """The validated frames of an events frame (one) or of an :class:`EventStream`, and
    their summary (see :func:`summarize`)."""
    if isinstance(gdf, EventStream):
        return gdf.chunks(), gdf.summary
    events = checked(gdf, validate)
    return iter([events]), summarize([events])


def table_chunks(gdf, chunks: Iterator) -> Iterator:
    """An :class:`EventStream`'s Arrow tables when it has them, else ``chunks``."""
    if isinstance(gdf, EventStream) and gdf.tables is not None:
        return gdf.tables()
    return chunks
