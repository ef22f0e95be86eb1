"""A tiny PMTiles v3 file written by the tests: one vector tile whose "earth" layer is a polygon
over the whole tile, used for every tile from zoom 0 to :data:`MAX_ZOOM` (one run-length directory
entry), so a Protomaps basemap draws land everywhere."""
from __future__ import annotations

import struct
from pathlib import Path

MAX_ZOOM = 7


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field(number: int, wire: int, payload: bytes | int) -> bytes:
    key = _varint((number << 3) | wire)
    if wire == 0:
        return key + _varint(int(payload))
    return key + _varint(len(payload)) + payload        # type: ignore[arg-type]


def _zigzag(n: int) -> int:
    return (n << 1) ^ (n >> 31)


def earth_tile(extent: int = 4096) -> bytes:
    """A Mapbox Vector Tile with one layer, "earth", holding one square polygon."""
    commands = [(1 << 3) | 1, _zigzag(0), _zigzag(0),
                (3 << 3) | 2, _zigzag(extent), _zigzag(0), _zigzag(0), _zigzag(extent),
                _zigzag(-extent), _zigzag(0), (1 << 3) | 7]
    geometry = b"".join(_varint(c) for c in commands)
    feature = _field(1, 0, 1) + _field(3, 0, 3) + _field(4, 2, geometry)
    layer = (_field(15, 0, 2) + _field(1, 2, b"earth") + _field(2, 2, feature)
             + _field(5, 0, extent))
    return _field(3, 2, layer)


def write_pmtiles(path: Path) -> Path:
    """Write a PMTiles v3 file (no compression) holding :func:`earth_tile` as every tile of
    zooms 0 to :data:`MAX_ZOOM` (tile ids 0 to (4**(MAX_ZOOM+1)-1)/3 - 1, one run)."""
    tile = earth_tile()
    tiles = (4 ** (MAX_ZOOM + 1) - 1) // 3
    directory = _varint(1) + _varint(0) + _varint(tiles) + _varint(len(tile)) + _varint(0 + 1)
    metadata = b"{}"
    root_offset = 127
    meta_offset = root_offset + len(directory)
    data_offset = meta_offset + len(metadata)
    header = b"PMTiles" + bytes([3]) + struct.pack(
        "<QQQQQQQQQQQ", root_offset, len(directory), meta_offset, len(metadata), 0, 0,
        data_offset, len(tile), tiles, 1, 1)
    header += bytes([1, 1, 1, 1, 0, MAX_ZOOM])    # clustered, no compression, MVT, zooms
    header += struct.pack("<iiii", -1800000000, -850000000, 1800000000, 850000000)
    header += bytes([0]) + struct.pack("<ii", 0, 0)
    assert len(header) == 127
    path.write_bytes(header + directory + metadata + tile)
    return path
