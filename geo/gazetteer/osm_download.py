"""Fetch OpenStreetMap settlements from the Overpass API (online, on the user's request only).

One Overpass query per region (``place=city|town|village|hamlet`` inside the
region's ``ISO3166-2`` boundary), written as the OSM settlements table that
:mod:`geo.gazetteer.osm` reads: ``name_uk, name_en, place, oblast, lat, lon,
osm_id, osm_type``. Queries run one after another with a pause between them,
as the public Overpass servers ask.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path

from geo.errors import GazetteerError, InputError, NetworkDisabledError
from geo.gazetteer.osm import MATCH_KM, OSM_COLUMNS, read_osm_settlements
from geo.gazetteer.regions import UA_REGIONS, Region
from geo.network import offline_requested

OVERPASS_URL = "https://overpass-api.de/api/interpreter"
#: seconds between two queries (the public servers allow about one query at a time)
PAUSE_S = 1.0
_TIMEOUT_S = 300
_QUERY = ('[out:json][timeout:{timeout}];'
          'area["ISO3166-2"="{iso}"]["boundary"="administrative"]->.region;'
          'nwr["place"~"^({places})$"](area.region);'
          'out center tags;')
#: a relation is the place's outline, a node only its point: listed first, kept first
_TYPE_ORDER = {"relation": 0, "way": 1, "node": 2}


def overpass_query(region: Region) -> str:
    """The Overpass QL query for the settlements of ``region``."""
    return _QUERY.format(timeout=_TIMEOUT_S, iso=region.iso, places="|".join(MATCH_KM))


def regions_for(codes: Iterable[str] | None) -> list[Region]:
    """The Ukrainian regions of ISO 3166-2 ``codes`` (every region when None).

    Raises
    ------
    InputError
        For a code that is no Ukrainian region's.
    """
    if codes is None:
        return list(UA_REGIONS)
    by_iso = {region.iso: region for region in UA_REGIONS}
    out = []
    for code in codes:
        region = by_iso.get(code.strip().upper())
        if region is None:
            raise InputError(f"{code!r} is not a Ukrainian region's ISO 3166-2 code "
                             "(UA-14 is Donetsk Oblast)", field="oblast")
        out.append(region)
    return out


def download_osm_settlements(codes: Iterable[str] | None = None, *,
                             dest: str | os.PathLike | None = None, url: str | None = None,
                             pause: float = PAUSE_S) -> tuple[Path, int]:
    """Download the settlements of the regions ``codes`` (all of Ukraine by default).

    Returns
    -------
    (path, count)
        The table written (``<dest>/osm_settlements_UA.csv``, or ``..._UA-14_...``
        for chosen regions) and its number of named points (a place mapped both as
        an outline and as a point counts twice; the gazetteer takes it once).

    Raises
    ------
    NetworkDisabledError
        When ``$STRIKEMAP_OFFLINE`` is set.
    GazetteerError
        When a query fails or its answer is not Overpass JSON (nothing is written).
    """
    regions = regions_for(codes)
    if offline_requested():
        raise NetworkDisabledError("STRIKEMAP_OFFLINE is set: not querying Overpass for "
                                   "OpenStreetMap settlements")
    from geo.gazetteer.cache import cache_dir

    folder = Path(dest) if dest else cache_dir() / "osm"
    folder.mkdir(parents=True, exist_ok=True)
    label = "UA" if codes is None else "_".join(r.iso for r in regions)
    target = folder / f"osm_settlements_{label}.csv"
    rows = []
    for number, region in enumerate(regions):
        if number and pause:
            time.sleep(pause)
        rows += _settlement_rows(_query(url or OVERPASS_URL, overpass_query(region)), region)
    fd, tmp_name = tempfile.mkstemp(prefix=target.stem, suffix=".part.csv", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow((*OSM_COLUMNS, "osm_id", "osm_type"))
            writer.writerows(rows)
        count = len(read_osm_settlements(tmp))       # raises GazetteerError when unreadable
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target, count


def _query(url: str, query: str) -> dict:
    body = urllib.parse.urlencode({"data": query}).encode("utf-8")
    request = urllib.request.Request(url, data=body, headers={"User-Agent": "strikemap/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT_S + 30) as response:
            answer = json.load(response)
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise GazetteerError(f"cannot query Overpass at {url}: {error}") from error
    if not isinstance(answer, dict) or not isinstance(answer.get("elements"), list):
        raise GazetteerError(f"{url}: the answer is not Overpass JSON (no 'elements' list)")
    return answer


def _settlement_rows(answer: dict, region: Region) -> Iterator[tuple]:
    """Table rows for the named settlements of one Overpass answer, relations first."""
    oblast = region.uk_adjective or region.iso
    elements = [e for e in answer["elements"] if isinstance(e, dict)]
    elements.sort(key=lambda e: _TYPE_ORDER.get(str(e.get("type")), 3))
    for element in elements:
        tags = element.get("tags") or {}
        point = element if "lat" in element else element.get("center") or {}
        name_uk = tags.get("name:uk") or tags.get("name") or ""
        if tags.get("place") not in MATCH_KM or not name_uk or "lat" not in point:
            continue
        yield (name_uk, tags.get("name:en", ""), tags["place"], oblast, point["lat"],
               point["lon"], element.get("id", ""), element.get("type", ""))
