"""Rebuild ``labelled.csv`` from the UCDP files in ../shared/data/events.

Only rows with ``where_prec`` 1 or 2 (exact place, or within about 25 km) are
settlement-level truth. Two kinds of query come out of them:

* ``region_string``: ``"<where_coordinates>, <adm_1>"``, e.g.
  "Bakhmut town, Donetsk oblast";
* ``free_text``: the ``where_description`` as written, e.g. "near the village
  of Prokhorivka (Volnovakha district), Donetsk region".

A query whose UCDP rows sit at different points more than 25 km apart (a
description that lists several places) has no single answer and is left out.
Run: ``.venv/bin/python tests/data/geocode/build_labelled.py``.
"""
from __future__ import annotations

import csv
import math
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENTS = HERE.parents[2].parent / "shared" / "data" / "events"
FILES = {"ucdp_ged221": "ucdp_ged221_ukraine_2014-01_2022-02.csv",
         "ucdp_candidate": "ucdp_candidate_ukraine_2022-02_2022-09.csv"}
SPREAD_KM = 25.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _collect() -> dict[tuple[str, str], dict]:
    groups: dict[tuple[str, str], dict] = {}
    for label, name in FILES.items():
        with open(EVENTS / name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["where_prec"].strip() not in ("1", "2"):
                    continue
                point = (float(row["latitude"]), float(row["longitude"]))
                place, region = row["where_coordinates"].strip(), row["adm_1"].strip()
                queries = [("free_text", " ".join(row["where_description"].split()))]
                if place and region:
                    queries.append(("region_string", f"{place}, {region}"))
                for kind, query in queries:
                    if not query:
                        continue
                    group = groups.setdefault((kind, query), {"points": [], "source": set()})
                    group["points"].append(point)
                    group["source"].add(f"{label}:{row['id']}")
    return groups


def main() -> None:
    rows = []
    for (kind, query), group in sorted(_collect().items()):
        points = group["points"]
        first = points[0]
        if any(_km(first, p) > SPREAD_KM for p in points[1:]):
            continue
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        source = sorted(group["source"])[0]
        rows.append({"query": query, "lat": round(lat, 6), "lon": round(lon, 6),
                     "kind": kind, "source": source})
    with open(HERE / "labelled.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["query", "lat", "lon", "kind", "source"])
        writer.writeheader()
        writer.writerows(rows)
    kinds = {k: sum(r["kind"] == k for r in rows) for k in ("region_string", "free_text")}
    print(f"wrote {len(rows)} queries: {kinds}")


if __name__ == "__main__":
    main()
