"""Fuzzing every reader: text reports, Telegram exports, JSON lines, RSS/Atom feeds, ACLED, UCDP,
generic CSV, GeoJSON, frontline files, GeoNames dumps.

Inputs are built from the shapes real files have (headers, field names,
plausible and hostile cell values) so that hypothesis reaches deep into each
reader, plus plain random bytes. The contract (tests/fuzz_support.py): events
or a StrikemapError; never another exception, a hang, or a point outside
lon ±180 / lat ±90.
"""
from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from geo.errors import StrikemapError
from geo.sources import read_source
from tests.conftest import SHARED_DATA
from tests.fuzz_support import FUZZ, assert_valid_events, outcome, temp_file

# --- cell values ---------------------------------------------------------------------------------

NUMBER_TEXT = ["", " ", "0", "-0", "1", "50.45", "30.52", " 50.45 ", "50,45", "-91", "91", "180.0000001",
               "-180", "1e400", "-1e400", "1e-400", "nan", "NaN", "inf", "-Infinity", "NULL", "None",
               "N/A", "0x1F", "1_000", "٣٠", "3.5", "12abc", "99999999999999999999999", "--1", "+5"]
DATE_TEXT = ["", "2025-07-22", "2025-02-30", "2025-13-01", "0000-01-01", "9999-12-31", "22.07.2025",
             "07/22/2025", "22 July 2025", "2025-07-22T10:00:00Z", "2025-07-22 10:00", "2025",
             "2025-07", "yesterday", "22-Jul-25", "1/1/1", "-2025-01-01", "20250722", "2025-W30"]
TYPE_TEXT = ["drone", "missile", "glide_bomb", "airstrike", "artillery", "ground_assault", "other",
             "Drone strike", "shelling", "Shelling/artillery/missile attack", "Air/drone strike",
             "drone;missile", "drone, missile", "[\"drone\"]", "[", "UFO", "", "Explosions/Remote violence"]
TEXT = st.text(max_size=40)
numbers = st.one_of(st.sampled_from(NUMBER_TEXT), st.floats().map(repr),
                    st.integers(-10**20, 10**20).map(str), TEXT)
date_cells = st.one_of(st.sampled_from(DATE_TEXT), st.dates().map(lambda d: d.isoformat()), TEXT)
type_cells = st.one_of(st.sampled_from(TYPE_TEXT), TEXT)
choice_cells = st.one_of(st.sampled_from(["settlement", "region", "country", "day", "week", "month",
                                          "unknown", "occupied", "free", "", "town"]), TEXT)


def cells_for(column: str) -> st.SearchStrategy[str]:
    """A strategy of cell texts fitting a column's kind (with hostile values mixed in)."""
    low = column.lower()
    if low in {"latitude", "longitude", "lat", "lon", "lng", "killed", "injured", "count",
               "fatalities", "confidence", "front_km", "geonameid", "excerpt_start", "excerpt_end",
               "best", "low", "high", "where_prec", "deaths_civilians", "time_precision",
               "geo_precision_code", "year"}:
        return numbers
    if "date" in low or low in {"timestamp", "published"}:
        return date_cells
    if low in {"attack_type", "attack_types", "type", "event_type", "sub_event_type"}:
        return type_cells
    if low in {"geo_precision", "date_precision", "side"}:
        return choice_cells
    return st.one_of(TEXT, st.sampled_from(["Kyiv", "Kramatorsk", "Pokrovsk", "Donetsk", "Nowhere"]))


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@st.composite
def csv_files(draw: st.DrawFn, columns: list[str], required: list[str]) -> str:
    """A CSV with a header drawn from ``columns`` (usually with ``required``) and fuzzed rows."""
    picked = draw(st.lists(st.sampled_from(columns), unique=True, max_size=len(columns)))
    if draw(st.booleans()):
        picked = list(dict.fromkeys([*required, *picked]))
    if draw(st.integers(0, 9)) == 0:
        picked.append(draw(st.text(min_size=1, max_size=8)))
    if not picked:
        picked = list(required)
    n_rows = draw(st.integers(0, 6))
    rows = [[draw(cells_for(c)) for c in picked] for _ in range(n_rows)]
    if rows and draw(st.integers(0, 9)) == 0:                  # a ragged row
        rows[draw(st.integers(0, len(rows) - 1))].append("extra")
    return csv_text(picked, rows)


def raw_bytes() -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8")),
                     st.sampled_from([b"", b"\xef\xbb\xbf", b"\x00\x01", b"\n\n\n", b"\xff\xfe"]))


# --- generic CSV and GeoJSON ------------------------------------------------------------------------

GENERIC_COLUMNS = ["date", "latitude", "longitude", "attack_type", "killed", "injured", "source",
                   "notes", "event_id", "id", "count", "place", "admin1", "geo_precision",
                   "date_precision", "confidence", "front_km", "side", "lat", "lon", "type",
                   "excerpt_start", "excerpt_end", "sources", "geonameid"]
GENERIC_REQUIRED = ["date", "latitude", "longitude", "attack_type"]


@FUZZ
@given(csv_files(GENERIC_COLUMNS, GENERIC_REQUIRED))
@example("date,latitude,longitude,attack_type\n\r,,,drone\n")        # found: csv.Error escaped
@example("\r0\n")                                                   # found: csv.Error in the header
def test_generic_csv(text: str) -> None:
    from geo.sources.generic import read_generic_csv

    with temp_file(text, ".csv") as path:
        assert_valid_events(outcome(lambda: read_generic_csv(path)))


@FUZZ
@given(raw_bytes())
def test_generic_csv_raw_bytes(data: bytes) -> None:
    from geo.sources.generic import read_generic_csv

    with temp_file(data, ".csv") as path:
        assert_valid_events(outcome(lambda: read_generic_csv(path)))


@FUZZ
@given(csv_files(["date", "location", "attack_type", "killed", "notes"],
                 ["date", "location", "attack_type"]))
def test_generic_csv_with_locations_to_geocode(geocoder, text: str) -> None:
    from geo.sources.generic import read_generic_csv

    with temp_file(text, ".csv") as path:
        assert_valid_events(outcome(lambda: read_generic_csv(path, geocoder=geocoder)))


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(), TEXT)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(TEXT, inner, max_size=3)), max_leaves=6)
coordinate = st.one_of(st.floats(), st.integers(-10**6, 10**6), st.sampled_from([50.45, 30.52, 180.0, -90.0]))


@st.composite
def geojson_documents(draw: st.DrawFn) -> str:
    features = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["Point", "Point", "Point", "LineString", "Polygon", None, "Bogus"]))
        if kind == "Point":
            geometry: object = {"type": "Point",
                                "coordinates": draw(st.lists(coordinate, min_size=0, max_size=4))}
        elif kind is None:
            geometry = None
        else:
            geometry = {"type": kind, "coordinates": draw(json_values)}
        properties = {name: draw(st.one_of(cells_for(name), json_values))
                      for name in draw(st.lists(st.sampled_from(GENERIC_COLUMNS), unique=True,
                                                max_size=8))}
        feature = {"type": draw(st.sampled_from(["Feature", "Feature", "feature"])),
                   "geometry": geometry, "properties": draw(st.one_of(st.just(properties),
                                                                      json_values))}
        features.append(feature)
    document: dict = {"type": draw(st.sampled_from(["FeatureCollection", "FeatureCollection",
                                                    "Feature", "GeometryCollection"])),
                      "features": features}
    if draw(st.integers(0, 5)) == 0:
        document["crs"] = draw(st.one_of(json_values, st.just(
            {"type": "name", "properties": {"name": "EPSG:3857"}})))
    text = json.dumps(document, allow_nan=True)
    if draw(st.integers(0, 7)) == 0:
        text = text[:draw(st.integers(0, len(text)))]           # truncated
    return text


@FUZZ
@given(geojson_documents())
@example('{"type": "FeatureCollection", "features": [], "crs": true}')     # found: AttributeError
@example('{"type": "FeatureCollection", "features": [], "crs": {"properties": [1]}}')
def test_geojson_events(text: str) -> None:
    from geo.sources.generic import read_geojson_events

    with temp_file(text, ".geojson") as path:
        assert_valid_events(outcome(lambda: read_geojson_events(path)))


@FUZZ
@given(raw_bytes())
def test_geojson_events_raw_bytes(data: bytes) -> None:
    from geo.sources.generic import read_geojson_events

    with temp_file(data, ".geojson") as path:
        assert_valid_events(outcome(lambda: read_geojson_events(path)))


# --- text reports -------------------------------------------------------------------------------------

REPORT_WORDS = ["A glide bomb struck Kramatorsk, killing one person.", "Drones and missiles hit Kyiv",
                "overnight", "yesterday", "on Monday", "more than 50 assaults near Pokrovsk",
                "Russian forces shelled Kharkiv oblast", "Шахед атакував Одесу", "загинули 3 людини",
                "Обстріл Херсона", "Ракетный удар по Днепру", "Moscow", "Washington", "Istanbul",
                "in Donetsk region", "Kyiv Kyiv Kyiv", "\n\n", ".", "near", "killed", "injured"]
reports = st.one_of(
    st.lists(st.one_of(st.sampled_from(REPORT_WORDS), TEXT), max_size=30).map(" ".join),
    st.text(max_size=500))


@FUZZ
@given(reports, st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_text_reports(geocoder, text: str, published: str | None) -> None:
    with temp_file(text, ".txt") as path:
        assert_valid_events(outcome(lambda: read_source(path, format="text", published=published,
                                                        geocoder=geocoder)))


@FUZZ
@given(reports, st.one_of(json_values, st.fixed_dictionaries({
    "published": date_cells, "source": TEXT, "title": TEXT, "language": st.sampled_from(["en", "uk", "ru", "xx"])})))
def test_text_reports_with_sidecars(geocoder, text: str, meta: object) -> None:
    """A report with a hostile ``.meta.json`` sidecar: bad metadata is bad input, not a crash."""
    with temp_file(text, ".txt") as path:
        sidecar = path.with_name(path.name + ".meta.json")
        sidecar.write_text(json.dumps(meta, allow_nan=True), encoding="utf-8")
        try:
            assert_valid_events(outcome(lambda: read_source(path, format="text", geocoder=geocoder)))
        finally:
            sidecar.unlink(missing_ok=True)


# --- Telegram exports, JSON lines, RSS/Atom -------------------------------------------------------

TG_TEXT_PARTS = st.one_of(st.sampled_from(REPORT_WORDS), TEXT)
tg_entities = st.fixed_dictionaries({"type": st.sampled_from(["plain", "bold", "link", "hashtag",
                                                              "text_link", "mention", "x"]),
                                     "text": st.one_of(TG_TEXT_PARTS, json_values)})
tg_texts = st.one_of(TG_TEXT_PARTS, st.lists(st.one_of(TG_TEXT_PARTS, tg_entities), max_size=4),
                     json_values)
tg_times = st.one_of(st.integers(0, 2 * 10**9).map(str), st.integers(-10**12, 10**12),
                     st.sampled_from(["", "x", "1e9", "-5", "99999999999999999999"]), json_values)


@st.composite
def telegram_messages(draw: st.DrawFn) -> object:
    if draw(st.integers(0, 11)) == 0:
        return draw(json_values)
    message: dict = {"id": draw(st.one_of(st.integers(0, 10**6), st.integers(0, 10**6),
                                          json_values)),
                     "type": draw(st.sampled_from(["message", "message", "message", "service",
                                                   "unsupported", "bogus"])),
                     "date": draw(st.one_of(st.sampled_from(["2026-11-19T23:50:00", "2026-13-40T00:00"]),
                                            json_values)),
                     "date_unixtime": draw(tg_times)}
    message["text"] = draw(tg_texts)
    if draw(st.booleans()):
        message["text_entities"] = draw(st.one_of(st.lists(tg_entities, max_size=4), json_values))
    for name, values in (("forwarded_from", st.one_of(st.none(), TEXT, json_values)),
                         ("reply_to_message_id", st.one_of(st.integers(0, 99), json_values)),
                         ("edited_unixtime", tg_times), ("photo", TEXT),
                         ("poll", st.one_of(st.none(), json_values))):
        if draw(st.integers(0, 4)) == 0:
            message[name] = draw(values)
    for name in draw(st.lists(st.sampled_from(["id", "date_unixtime", "text", "type"]), max_size=2)):
        message.pop(name, None)
    return message


@st.composite
def telegram_exports(draw: st.DrawFn) -> str:
    chat: dict = {"name": draw(st.one_of(TEXT, json_values)),
                  "type": draw(st.sampled_from(["public_channel", "private_channel", "x"])),
                  "id": draw(st.one_of(st.integers(0, 10**12), json_values)),
                  "messages": draw(st.lists(telegram_messages(), max_size=5))}
    if draw(st.integers(0, 5)) == 0:
        document: object = {"about": "x", "chats": {"about": "y", "list": draw(st.one_of(
            st.just([chat]), json_values))}}
    else:
        document = chat
    text = json.dumps(document, allow_nan=True, indent=draw(st.sampled_from([None, 1])))
    if draw(st.integers(0, 7)) == 0:
        text = text[:draw(st.integers(0, len(text)))]
    return text


@FUZZ
@given(telegram_exports(), st.sampled_from([None, "test_channel"]))
@example('{"name": "x", "type": "public_channel", "id": 1, "messages": [{"id": 1, "text": "a"}]}',
         None)
def test_telegram_exports(geocoder, text: str, channel: str | None) -> None:
    with temp_file(text, ".json") as path:
        assert_valid_events(outcome(lambda: read_source(path, format="telegram", geocoder=geocoder,
                                                        channel=channel)))


@FUZZ
@given(raw_bytes())
def test_telegram_raw_bytes(data: bytes) -> None:
    with temp_file(data, ".json") as path:
        assert_valid_events(outcome(lambda: read_source(path, format="telegram")))


@st.composite
def jsonl_files(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 5))):
        if draw(st.integers(0, 7)) == 0:
            lines.append(draw(st.one_of(TEXT, json_values.map(json.dumps))))
            continue
        record = {"text": draw(st.one_of(reports, json_values)),
                  "published": draw(st.one_of(date_cells, st.sampled_from(
                      ["2026-11-19T22:30:00Z", "2026-11-19T22:30:00+02:00", "2026-11-19T25:00"]),
                      json_values)),
                  "source": draw(st.one_of(TEXT, json_values)),
                  "title": draw(st.one_of(TEXT, json_values))}
        for name in draw(st.lists(st.sampled_from(list(record)), max_size=2)):
            record.pop(name, None)
        lines.append(json.dumps(record, allow_nan=True))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\r\n"]))


@FUZZ
@given(st.one_of(jsonl_files(), raw_bytes()))
def test_json_lines(geocoder, text) -> None:
    with temp_file(text, ".jsonl") as path:
        assert_valid_events(outcome(lambda: read_source(path, format="jsonl", geocoder=geocoder)))


xml_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def feeds(draw: st.DrawFn) -> str:
    items = []
    for _ in range(draw(st.integers(0, 4))):
        parts = [f"<title>{draw(st.one_of(st.sampled_from(REPORT_WORDS), xml_text))}</title>"]
        if draw(st.booleans()):
            parts.append(f"<link>{draw(st.one_of(st.just('https://news.example/a'), xml_text))}</link>")
        parts.append(f"<description>{draw(st.one_of(reports, xml_text))}</description>")
        if draw(st.booleans()):
            parts.append(f"<pubDate>{draw(st.one_of(st.sampled_from(['Thu, 19 Nov 2026 22:30:00 GMT', 'x', 'Mon, 99 Foo 0000']), xml_text))}</pubDate>")
        items.append("<item>" + "".join(parts) + "</item>")
    body = "".join(items)
    if draw(st.booleans()):
        text = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'
    else:
        text = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
                + body.replace("item>", "entry>") + "</feed>")
    if draw(st.integers(0, 5)) == 0:
        text = text[:draw(st.integers(0, len(text)))]
    return text


@FUZZ
@given(st.one_of(feeds(), raw_bytes()))
def test_feeds(geocoder, text) -> None:
    with temp_file(text, ".xml") as path:
        assert_valid_events(outcome(lambda: read_source(path, format="rss", geocoder=geocoder)))


# --- ACLED and UCDP ------------------------------------------------------------------------------------

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                 "event_type", "sub_event_type", "actor1", "actor2", "interaction", "civilian_targeting",
                 "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
                 "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
                 "timestamp"]
ACLED_REQUIRED = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "latitude", "longitude",
                  "fatalities", "notes", "country", "admin1", "location", "geo_precision", "source"]


@FUZZ
@given(csv_files(ACLED_COLUMNS, ACLED_REQUIRED))
@example("event_id_cnty,event_date,event_type,sub_event_type,latitude,longitude,fatalities,notes,"
         "country,admin1,location,geo_precision,source\n,,drone,\r,,,,,,,,settlement,,extra\n")
def test_acled(text: str) -> None:
    with temp_file(text, ".csv") as path:
        assert_valid_events(outcome(lambda: read_source(path, format="acled")))


def _ucdp_sample() -> tuple[list[str], list[list[str]]]:
    path = SHARED_DATA / "events" / "ucdp_candidate_ukraine_2022-02_2022-09.csv"
    if not path.exists():
        return [], []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [row for _, row in zip(range(5), reader)]
    return header, rows


UCDP_HEADER, UCDP_ROWS = _ucdp_sample()
UCDP_FUZZED = ["date_start", "date_end", "latitude", "longitude", "where_prec", "best", "low", "high",
               "deaths_civilians", "type_of_violence", "where_coordinates", "adm_1", "geom_wkt",
               "source_headline", "id", "date_prec"]


@st.composite
def ucdp_files(draw: st.DrawFn) -> str:
    """Real UCDP rows with some fields replaced by fuzzed values (and sometimes a column dropped)."""
    header = list(UCDP_HEADER)
    rows = [list(r) for r in draw(st.lists(st.sampled_from(UCDP_ROWS), min_size=0, max_size=4))]
    for row in rows:
        for name in draw(st.lists(st.sampled_from(UCDP_FUZZED), unique=True, max_size=4)):
            row[header.index(name)] = draw(cells_for(name) if name != "geom_wkt" else st.one_of(
                TEXT, st.sampled_from(["POINT (30 50)", "POINT (300 500)", "POINT EMPTY", "LINESTRING (0 0, 1 1)"])))
    if rows and draw(st.integers(0, 7)) == 0:
        drop = header.index(draw(st.sampled_from(UCDP_FUZZED)))
        header.pop(drop)
        for row in rows:
            row.pop(drop)
    return csv_text(header, rows)


@pytest.mark.skipif(not UCDP_HEADER, reason="needs ../shared/data/events (UCDP sample rows)")
@FUZZ
@given(ucdp_files())
def test_ucdp(text: str) -> None:
    with temp_file(text, ".csv") as path:
        assert_valid_events(outcome(lambda: read_source(path, format="ucdp")))


@pytest.mark.skipif(not UCDP_HEADER, reason="needs ../shared/data/events (UCDP sample rows)")
@pytest.mark.parametrize("starts", [("2022-09-01T10:00:00Z", "09/01/2022 00:00"),
                                    ("2022-09-01T10:00:00+03:00", "2022-09-02T01:00:00-05:00")])
def test_ucdp_dates_with_and_without_time_zones(starts: tuple[str, str], tmp_path: Path) -> None:
    """Found by fuzzing: a zone on one date and none (or another) on the next made pandas raise."""
    column = UCDP_HEADER.index("date_start")
    rows = [list(UCDP_ROWS[0]), list(UCDP_ROWS[0])]
    for row, start in zip(rows, starts):
        row[column] = start
    path = tmp_path / "ucdp.csv"
    path.write_text(csv_text(UCDP_HEADER, rows), encoding="utf-8")
    assert_valid_events(outcome(lambda: read_source(path, format="ucdp")))


@FUZZ
@given(st.one_of(csv_files(GENERIC_COLUMNS, GENERIC_REQUIRED), csv_files(ACLED_COLUMNS, ACLED_REQUIRED),
                 geojson_documents(), reports, telegram_exports(), jsonl_files(), feeds()),
       st.sampled_from([".csv", ".geojson", ".json", ".txt", ".jsonl", ".xml", ""]))
def test_auto_detection(text: str, suffix: str) -> None:
    """format="auto" on any content under any suffix (detection itself must not crash)."""
    with temp_file(text, suffix) as path:
        assert_valid_events(outcome(lambda: read_source(path, format="auto")))


# --- frontline files ----------------------------------------------------------------------------------

ring_point = st.tuples(st.floats(-200, 200, allow_nan=False), st.floats(-100, 100, allow_nan=False))


@st.composite
def frontline_documents(draw: st.DrawFn) -> str:
    features = []
    for _ in range(draw(st.integers(0, 3))):
        ring = draw(st.lists(ring_point, min_size=0, max_size=7))
        if ring and draw(st.booleans()):
            ring = [*ring, ring[0]]
        kind = draw(st.sampled_from(["Polygon", "MultiPolygon", "LineString", "Point"]))
        coords: object = {"Polygon": [ring], "MultiPolygon": [[ring]], "LineString": ring,
                          "Point": ring[0] if ring else []}[kind]
        if draw(st.integers(0, 6)) == 0:
            coords = draw(json_values)
        props = draw(st.one_of(st.just({}), st.dictionaries(
            st.sampled_from(["date", "day", "valid_date", "timestamp", "begin", "name"]),
            st.one_of(date_cells, json_values), max_size=2)))
        features.append({"type": "Feature", "geometry": {"type": kind, "coordinates": coords},
                         "properties": props})
    document: dict = {"type": "FeatureCollection", "features": features}
    if draw(st.integers(0, 5)) == 0:
        document["crs"] = {"type": "name", "properties": {"name": draw(st.sampled_from(
            ["urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:3857", "urn:ogc:def:crs:EPSG::6381", "bogus"]))}}
    text = json.dumps(document, allow_nan=True)
    if draw(st.integers(0, 7)) == 0:
        text = text[:draw(st.integers(0, len(text)))]
    return text


def _assert_layer_in_range(layer) -> None:
    import shapely

    for geom in (getattr(layer, "occupied", None), getattr(layer, "contact_line", None),
                 getattr(layer, "lines", None)):
        if geom is None or geom.is_empty:
            continue
        west, south, east, north = geom.bounds
        assert all(math.isfinite(v) for v in (west, south, east, north))
        assert -180 <= west <= east <= 180 and -90 <= south <= north <= 90, geom.bounds
        assert shapely.is_valid(geom) or getattr(layer, "contact_line", None) is geom


@FUZZ
@given(frontline_documents(), st.sampled_from(["deepstatemap_data_20250701", "front_2025-07-01",
                                               "front", "x_20251399"]),
       st.sampled_from([".geojson", ".json"]))
def test_frontline_files(text: str, stem: str, suffix: str) -> None:
    import warnings

    from geo.frontline import FrontlineSet

    with temp_file(text, suffix) as tmp:
        path = tmp.with_name(f"{stem}{suffix}")
        tmp.rename(path)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                result = outcome(lambda: FrontlineSet.from_paths([path]))
                if isinstance(result, StrikemapError):
                    return
                for day in result.dates:
                    layer = outcome(lambda: result.layer_for(day))
                    if layer is not None and not isinstance(layer, StrikemapError):
                        _assert_layer_in_range(layer)
        finally:
            path.unlink(missing_ok=True)


# --- GeoNames dumps -----------------------------------------------------------------------------------

GEONAMES_FEATURE = ["P", "P", "P", "A", "H", "", "p"]


@st.composite
def geonames_dumps(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 5))):
        cols = ["461695", "Kramatorsk", "Kramatorsk", "Kramatorsk,Краматорськ", "48.72305", "37.55629",
                "P", "PPLA2", "UA", "", "05", "", "", "", "150000", "", "171", "Europe/Kyiv", "2024-01-01"]
        for i in draw(st.lists(st.integers(0, 18), unique=True, max_size=5)):
            cols[i] = draw(cells_for("latitude") if i in (0, 4, 5, 14) else
                           st.sampled_from(GEONAMES_FEATURE) if i == 6 else TEXT)
        cols = [c.replace("\t", " ").replace("\n", " ").replace("\r", " ") for c in cols]
        if draw(st.integers(0, 7)) == 0:
            cols = cols[:draw(st.integers(0, 18))]
        lines.append("\t".join(cols))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\r\n"]))


@FUZZ
@given(st.one_of(geonames_dumps(), st.text(max_size=200)))
def test_geonames_dump(text: str) -> None:
    from geo.gazetteer.sources import read_geonames_dump

    with temp_file(text, ".txt") as path:
        places = outcome(lambda: read_geonames_dump(path))
        if isinstance(places, StrikemapError):
            return
        for lat, lon in zip(places.lat, places.lon):
            assert -90 <= lat <= 90 and -180 <= lon <= 180


@pytest.mark.parametrize("content", ["", "garbage", "1\t2\t3", "x\t" * 18 + "x",
                                     "\t".join(["1", "A", "A", "", "95", "30", "P"] + [""] * 12)])
def test_load_gazetteer_rejects_a_broken_dump(tmp_path: Path, content: str) -> None:
    """The public entry point turns a broken dump into a GazetteerError before any index is built."""
    from geo.errors import GazetteerError
    from geo.gazetteer import load_gazetteer

    dump = tmp_path / "XX.txt"
    dump.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError):
        load_gazetteer(dump)
