"""GeoJSON features as text, a column at a time (for :func:`geo.export.write_geojson`).

Each column of a chunk of events becomes JSON value texts at once (each distinct text,
list or float encoded once; strings with the json module's own encoder), and one
``%``-template per chunk joins them into features: the same text ``json.dumps`` would
give for each value, in a fraction of the time.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring  # type: ignore[attr-defined]

import numpy as np
import pandas as pd

from geo.errors import SchemaError
from geo.schema import EVENT_COLUMNS

#: events turned into feature text at a time
CHUNK = 100_000

_FEATURE_HEAD = '{"type":"Feature","id":%s,"geometry":{"type":"Point","coordinates":[%s,%s]},'


def _feature_template(null_columns: set[str]) -> str:
    """The feature text with a slot per property; columns null in the whole chunk are inlined."""
    props = ",".join(f"{json.dumps(name)}:{'null' if name in null_columns else '%s'}"
                     for name in EVENT_COLUMNS)
    return _FEATURE_HEAD + '"properties":{' + props + "}}"


def feature_chunks(events) -> Iterator[str]:
    """Chunks of ``,\\n``-joined GeoJSON feature texts of a validated events frame (the
    features of :func:`geo.export.write_geojson`).

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Validated events.

    Yields
    ------
    str
        The features of up to :data:`CHUNK` events.
    """
    import shapely

    geoms = events.geometry.values
    x, y = shapely.get_x(geoms), shapely.get_y(geoms)
    for start in range(0, len(events), CHUNK):
        stop = start + CHUNK
        nulls = {name for name in EVENT_COLUMNS if events[name].iloc[start:stop].isna().all()}
        texts = {name: _json_column(events[name].iloc[start:stop], kind)
                 for name, kind in EVENT_COLUMNS.items() if name not in nulls}
        columns = list(texts.values())
        ids = texts["event_id"] if "event_id" in texts else \
            _json_column(events["event_id"].iloc[start:stop], "str")
        template = _feature_template(nulls)
        yield ",\n".join(template % row for row in zip(ids, _json_floats(x[start:stop]),
                                                        _json_floats(y[start:stop]), *columns))


def _json_column(values: pd.Series, kind: str) -> list[str]:
    """One column as JSON value texts (``null`` where missing)."""
    if kind == "Int64":
        return ["null" if v is None else str(v)
                for v in values.astype("Int64").to_numpy(dtype=object, na_value=None).tolist()]
    if kind == "float":
        return _json_floats(values.to_numpy(dtype="float64", na_value=np.nan))
    if kind == "list":                  # rows read from the store share their list objects
        seen: dict[int, str] = {}
        return [seen[key] if (key := id(items)) in seen else seen.setdefault(key, _json_list(items))
                for items in values.tolist()]
    codes, uniques = pd.factorize(values.astype("object"), use_na_sentinel=True)
    uniques = uniques.tolist()
    try:
        encoded = list(map(encode_basestring, uniques))
    except TypeError:                               # a non-text value in a text column
        encoded = [_json_string(u) for u in uniques]
    return np.array([*encoded, "null"], dtype=object)[codes].tolist()


def _json_list(items) -> str:
    if items is None:
        return "[]"
    try:
        return "[" + ",".join(map(encode_basestring, items)) + "]"
    except TypeError:
        return json.dumps([str(item) for item in items], ensure_ascii=False)


def _json_string(value: object) -> str:
    if isinstance(value, (bytes, bytearray, memoryview)):        # a damaged store's BLOB
        raise SchemaError(f"a text value is bytes ({bytes(value)[:16]!r}...), not text")
    return encode_basestring(value) if isinstance(value, str) else json.dumps(value)


def _json_floats(values: np.ndarray) -> list[str]:
    """Floats as shortest round-trip text (each distinct value once), ``null`` if not finite."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    text = ["null" if v in (np.inf, -np.inf) else repr(v) for v in uniques.tolist()]
    out = np.array([*text, "null"], dtype=object)[codes]
    zero = values == 0                             # one unique for 0.0 and -0.0: each its sign
    if zero.any():
        out[zero] = np.where(np.signbit(values[zero]), "-0.0", "0.0")
    return out.tolist()
