"""ACLED CSV exports to events.

Field mapping (ACLED codebook):

* ``event_date`` -> ``date`` (ISO ``2022-02-24`` or ``24 February 2022``);
  ``time_precision`` 1 -> ``day``, 2 -> ``week``, 3 -> ``month``.
* ``geo_precision`` 1 -> ``settlement``; 2 and 3 (a nearby or larger area whose
  centroid stands for it) -> ``region``.
* ``fatalities`` -> ``killed`` (ACLED counts no injured: null).
* ``location`` -> ``place`` and ``query``; ``admin1``; ``notes`` -> ``excerpt``;
  ``source`` is ``acled:<event_id_cnty>`` and ``event_id`` =
  make_event_id("acled", event_id_cnty) (or of date, coordinates and notes when
  the export has no id column).
* Attack types come from ``sub_event_type``; where it lumps weapons together
  ("Shelling/artillery/missile attack", "Air/drone strike") the weapon words of
  ``notes`` decide, the sub-event's first weapon being the fallback.
* Only attacks are kept: rows of the event types Protests and Riots, and
  strategic developments other than "Disrupted weapons use" (interceptions), are
  not attacks and are left out.
"""
from __future__ import annotations

import os

import numpy as np
import pandas as pd

from geo.schema import make_event_id
from geo.sources.feed import FeedTable, country_codes, iso_days, types_from_text

REQUIRED = ("event_date", "event_type", "sub_event_type", "latitude", "longitude", "location")

#: sub-event type (lower case) -> (types it may stand for, fallback type)
_SUB_EVENT_TYPES: dict[str, tuple[tuple[str, ...], str]] = {
    "shelling/artillery/missile attack": (("artillery", "missile", "drone", "glide_bomb"),
                                          "artillery"),
    "air/drone strike": (("drone", "airstrike", "glide_bomb", "missile"), "airstrike"),
    "armed clash": ((), "ground_assault"),
    "government regains territory": ((), "ground_assault"),
    "non-state actor overtakes territory": ((), "ground_assault"),
    "disrupted weapons use": (("drone", "missile", "glide_bomb", "airstrike", "artillery"),
                              "other"),
    "remote explosive/landmine/ied": ((), "other"),
    "grenade": ((), "other"),
    "suicide bomb": ((), "other"),
    "attack": ((), "other"),
    "abduction/forced disappearance": ((), "other"),
    "sexual violence": ((), "other"),
}
_NOT_ATTACKS = frozenset({"protests", "riots"})


def _types(sub_event: pd.Series, notes: pd.Series) -> list[list[str]]:
    named = types_from_text(notes)
    out: list[list[str]] = []
    for sub, found in zip(sub_event.str.lower(), named):
        allowed, fallback = _SUB_EVENT_TYPES.get(sub, ((), "other"))
        picked = [t for t in found if t in allowed]
        out.append(picked or [fallback])
    return out


def _keep_rows(table: FeedTable) -> np.ndarray:
    event_type = table.column("event_type").str.lower()
    sub_event = table.column("sub_event_type").str.lower()
    strategic = event_type.eq("strategic developments") & sub_event.ne("disrupted weapons use")
    return (~event_type.isin(_NOT_ATTACKS) & ~strategic).to_numpy()


def read_acled(path: str | os.PathLike, text: str | None = None):
    """Read an ACLED CSV export into a validated events GeoDataFrame.

    Raises
    ------
    InputError
        A missing required column, or the first bad cell (file, line, field).
    """
    import geopandas as gpd

    from geo.schema import STORAGE_CRS, validate_events
    from geo.sources.detect import read_text

    label = str(path)
    table = FeedTable(read_text(path) if text is None else text, label)
    table.require(REQUIRED)
    day = table.dates("event_date")
    lat = table.floats("latitude", -90, 90)
    lon = table.floats("longitude", -180, 180)
    killed = table.integers("fatalities", required=False)
    time_code = table.integers("time_precision", required=False, minimum=1).fillna(1)
    table.fail(time_code.gt(3).to_numpy(), "time_precision", "must be 1, 2 or 3")
    geo_code = table.integers("geo_precision", required=False, minimum=1).fillna(1)
    table.fail(geo_code.gt(3).to_numpy(), "geo_precision", "must be 1, 2 or 3")
    notes = table.column("notes")
    ids = table.column("event_id_cnty")
    dates = iso_days(day)
    event_ids = [make_event_id("acled", i) if i else make_event_id("acled", d, y, x, n)
                 for i, d, y, x, n in zip(ids, dates, lat, lon, notes)]
    source = ["acled:" + (i or e) for i, e in zip(ids, event_ids)]
    frame = pd.DataFrame({
        "event_id": event_ids,
        "date": dates,
        "date_precision": time_code.map({1: "day", 2: "week", 3: "month"}).tolist(),
        "attack_types": _types(table.column("sub_event_type"), notes),
        "place": table.column("location").tolist(),
        "query": table.column("location").tolist(),
        "country_code": country_codes(table.column("country"), table.column("iso")).tolist(),
        "admin1": table.column("admin1").tolist(),
        "geo_precision": np.where(geo_code.to_numpy() == 1, "settlement", "region"),
        "killed": killed,
        "source": source,
        "sources": [[s] for s in source],
        "excerpt": notes.tolist(),
        "confidence": 0.9,
    })
    geometry = gpd.points_from_xy(lon, lat, crs=STORAGE_CRS)
    gdf = gpd.GeoDataFrame(frame, geometry=geometry, crs=STORAGE_CRS)
    return validate_events(gdf[_keep_rows(table)].reset_index(drop=True))
