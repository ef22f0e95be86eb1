"""A small TopoJSON reader: the world-atlas files as shapely geometries.

Only what world-atlas uses: quantized, delta-encoded arcs and Polygon,
MultiPolygon and GeometryCollection objects. :func:`mesh` gives the arcs
shared by two different objects (the borders between countries), as
topojson-client's ``mesh(topology, object, (a, b) => a !== b)`` does.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

__all__ = ["read_topology", "decode_arcs", "object_geometries", "mesh"]


def read_topology(path: str | Path) -> dict:
    """Parse a TopoJSON file (a ``Topology`` object)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def decode_arcs(topology: dict) -> list[np.ndarray]:
    """Every arc as an (n, 2) array of lon/lat, delta-decoded and de-quantized."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points = np.asarray(arc, dtype=float).reshape(-1, 2)
        if transform:
            points = np.cumsum(points, axis=0) * transform["scale"] + transform["translate"]
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[np.ndarray]) -> np.ndarray:
    parts = []
    for k, index in enumerate(indexes):
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        parts.append(points if k == 0 else points[1:])
    return np.concatenate(parts)


def _polygon(rings: list[list[int]], arcs: list[np.ndarray]) -> BaseGeometry:
    coords = [_ring(r, arcs) for r in rings]
    coords = [c for c in coords if len(c) >= 4]
    if not coords:
        return shapely.Polygon()
    return shapely.make_valid(shapely.Polygon(coords[0], coords[1:]))


def _geometry(obj: dict, arcs: list[np.ndarray]) -> BaseGeometry:
    kind = obj.get("type")
    if kind == "Polygon":
        return _polygon(obj["arcs"], arcs)
    if kind == "MultiPolygon":
        return shapely.union_all([_polygon(p, arcs) for p in obj["arcs"]])
    if kind == "GeometryCollection":
        return shapely.union_all([_geometry(g, arcs) for g in obj.get("geometries", [])])
    return shapely.GeometryCollection()


def _members(obj: dict) -> Iterator[dict]:
    if obj.get("type") == "GeometryCollection":
        for child in obj.get("geometries", []):
            yield from _members(child)
    else:
        yield obj


def object_geometries(topology: dict, name: str) -> list[tuple[dict, BaseGeometry]]:
    """The (properties, geometry) of each member of the object ``name``."""
    arcs = decode_arcs(topology)
    return [(member.get("properties") or {}, _geometry(member, arcs))
            for member in _members(topology["objects"][name])]


def _arc_owners(obj: dict, owners: dict[int, list[int]], member: int) -> None:
    polygons = obj["arcs"] if obj["type"] == "MultiPolygon" else [obj["arcs"]]
    for polygon in polygons:
        for ring in polygon:
            for index in ring:
                owners.setdefault(index if index >= 0 else ~index, []).append(member)


def mesh(topology: dict, name: str,
         keep: Callable[[dict, dict], bool] | None = None) -> shapely.MultiLineString:
    """The arcs shared by two different members of ``name`` (their common borders).

    ``keep(a_properties, b_properties)`` may drop some of them.
    """
    arcs = decode_arcs(topology)
    members = [m for m in _members(topology["objects"][name])
               if m.get("type") in ("Polygon", "MultiPolygon")]
    owners: dict[int, list[int]] = {}
    for number, member in enumerate(members):
        _arc_owners(member, owners, number)
    lines = []
    for index, who in owners.items():
        if len(who) < 2 or who[0] == who[-1]:
            continue
        a, b = members[who[0]].get("properties") or {}, members[who[-1]].get("properties") or {}
        if keep is None or keep(a, b):
            lines.append(shapely.LineString(arcs[index]))
    return shapely.MultiLineString(lines)
