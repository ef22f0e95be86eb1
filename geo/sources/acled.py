"""ACLED CSV exports to events.

Field mapping (ACLED codebook). Both today's export (``event_id_cnty``,
``disorder_type``, ``civilian_targeting``, ``tags``, ``timestamp``, text ``inter1``/
``inter2``, ...) and older ones (``data_id``, ``event_id_no_cnty``, numeric
``inter1``/``inter2``, ``iso3``; before 2019 no ``sub_event_type`` and event types
such as "Remote violence" or "Battle-No change of territory"; dates written
``24-February-2022``) are read; columns not named here are ignored.

* ``event_date`` -> ``date`` (ISO ``2022-02-24`` or ``24 February 2022``);
  ``time_precision`` 1/2/3 -> ``date_start``/``date_end``: that day, three days either side
  of it, or its calendar month;
* ``admin1`` -> ``admin1``, one spelling per oblast (:func:`geo.gazetteer.regions.oblast_spelling`);
  ``time_precision`` 1 -> ``day``, 2 -> ``week``, 3 -> ``month``.
* ``geo_precision`` 1 -> ``settlement``; 2 and 3 (a nearby or larger area whose
  centroid stands for it) -> ``region``.
* ``fatalities`` -> ``killed`` (ACLED counts no injured: null).
* ``location`` -> ``place`` and ``query``; ``admin1``; ``notes`` -> ``excerpt``;
  ``source`` is ``acled:<event_id_cnty>`` and ``event_id`` =
  make_event_id("acled", event_id_cnty) (or of date, coordinates and notes when
  the export has no id column).
* Attack types come from ``sub_event_type`` (in an old export without it, from
  the old ``event_type``); where it lumps weapons together
  ("Shelling/artillery/missile attack", "Air/drone strike", "Remote violence") the
  weapon words of ``notes`` and ``tags`` decide, the sub-event's first weapon being
  the fallback.
* Only attacks are kept: rows of the event types Protests and Riots, and
  strategic developments other than "Disrupted weapons use" (interceptions), are
  not attacks and are left out (and so are the old "Riots/Protests",
  "Strategic development", "Headquarters or base established" and
  "Non-violent transfer of territory").
"""
from __future__ import annotations

import os

import numpy as np
import pandas as pd

from geo.gazetteer.regions import oblast_spellings
from geo.schema import make_event_id
from geo.sources.feed import FeedTable, country_codes, iso_days, types_from_text

REQUIRED = ("event_date", "event_type", "latitude", "longitude", "location")

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
    # the event types of exports before 2019, which had no sub-event type
    "remote violence": (("artillery", "missile", "drone", "glide_bomb", "airstrike"), "other"),
    "battle-no change of territory": ((), "ground_assault"),
    "battle-government regains territory": ((), "ground_assault"),
    "battle-non-state actor overtakes territory": ((), "ground_assault"),
    "violence against civilians": ((), "other"),
}
_NOT_ATTACKS = frozenset({"protests", "riots", "riots/protests", "strategic development",
                          "headquarters or base established", "non-violent transfer of territory"})


def _types(sub_event: pd.Series, notes: pd.Series) -> list[list[str]]:
    named = types_from_text(notes)
    out: list[list[str]] = []
    for sub, found in zip(sub_event.str.lower(), named):
        allowed, fallback = _SUB_EVENT_TYPES.get(sub, ((), "other"))
        picked = [t for t in found if t in allowed]
        out.append(picked or [fallback])
    return out


def _sub_events(table: FeedTable) -> pd.Series:
    """``sub_event_type``, or the event type of an old export that has none."""
    if "sub_event_type" in table.frame.columns:
        return table.column("sub_event_type")
    return table.column("event_type")


def _keep_rows(table: FeedTable) -> np.ndarray:
    event_type = table.column("event_type").str.lower()
    sub_event = _sub_events(table).str.lower()
    strategic = event_type.eq("strategic developments") & sub_event.ne("disrupted weapons use")
    return (~event_type.isin(_NOT_ATTACKS) & ~strategic).to_numpy()


def _spans(day: pd.Series, time_code: pd.Series) -> dict[str, list[str]]:
    """``date_start``/``date_end``: the day itself (time_precision 1), the week around it
    (2: three days either side) or its calendar month (3)."""
    code = time_code.to_numpy()
    start = day.where(code != 2, day - pd.Timedelta(days=3))
    start = start.where(code != 3, day.dt.to_period("M").dt.start_time)
    end = day.where(code != 2, day + pd.Timedelta(days=3))
    end = end.where(code != 3, day.dt.to_period("M").dt.end_time.dt.normalize())
    return {"date_start": iso_days(start), "date_end": iso_days(end)}


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
        **_spans(day, time_code),
        "attack_types": _types(_sub_events(table), (notes + " " + table.column("tags")).str.strip()),
        "place": table.column("location").tolist(),
        "query": table.column("location").tolist(),
        "country_code": country_codes(table.column("country"), table.column("iso")).tolist(),
        "admin1": oblast_spellings(table.column("admin1")),
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
