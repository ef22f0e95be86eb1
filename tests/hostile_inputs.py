"""Regression inputs of issue 25: hostile strings and hostile files, written once, used by
every test that checks the product's promises against them.

``HOSTILE_STRINGS`` are built from each output context's special characters: HTML text
and attributes, JavaScript strings and template literals, JSON in ``<script>``, Jinja
(folium renders its scripts as templates), Markdown (Streamlit) and CSV (spreadsheets).
Each one tries to run ``window.__pwned = ...`` or ``alert(...)``, to fetch something from
outside (``example.invalid``), or to break the script that draws a map layer.
"""
from __future__ import annotations

import json
import os
import struct
import zipfile
from pathlib import Path

#: one string per trick; tests put each in every text field
HOSTILE_STRINGS: tuple[str, ...] = (
    "${window.__pwned='template'}",
    "${alert(1)}",
    "${alert('x')}",
    "`;window.__pwned='backtick';`",
    "\\`${window.__pwned='escaped-backtick'}",
    "\\u{41}\\x4 \\",                                   # invalid escapes in a template literal
    "</script><script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "<img src=\"http://example.invalid/pixel.png\">",
    "\" onmouseover=\"window.__pwned='attr'\" x=\"",
    "' onmouseover='window.__pwned=1' x='",
    "');window.__pwned='js-single';('",
    "\");window.__pwned='js-double';(\"",
    "{{ 7*7 }}{% if 1 %}jinja{% endif %}{# c #}",
    "{{ cycler.__init__.__globals__.os.getcwd() }}",
    "<!-- <script>",
    "\u2028\u2029 line separators",
    "](http://example.invalid/) ![t](http://example.invalid/i.png)",
    "`code` **bold** :red[red] $x^2$ <b>b</b> [l](javascript:alert(1))",
    "javascript:window.__pwned='link'",
    "&lt;script&gt;&#96;&amp;",
    "=HYPERLINK(\"http://example.invalid/\",\"x\")",
    "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR",
)

#: everything at once, for single-field checks
ALL_IN_ONE = " | ".join(HOSTILE_STRINGS)

#: JavaScript that is true when none of the strings ran
NOT_PWNED_JS = "window.__pwned === undefined"


# --- hostile files ---------------------------------------------------------------------------

_POINT = '{"type":"Point","coordinates":[30.5,50.4]}'
_GEONAMES_ROW = ("703448\tKyiv\tKyiv\tKiev,Kyjiw\t50.45466\t30.5238\tP\tPPLC\tUA\t\t12\t\t\t\t2797553\t\t187\t"
                 "Europe/Kyiv\t2024-01-01\n")
_FRONT_AREA = '{"type":"Polygon","coordinates":[[[36,47],[38,47],[38,48],[36,48],[36,47]]]}'


def _feature(properties: str, geometry: str = _POINT) -> str:
    return ('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":%s,"properties":%s}]}'
            % (geometry, properties))


def _zip(path: Path, payload: bytes | None = None, chunk: bytes = b"", repeat: int = 0) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("UA.txt", "w") as member:
            if payload is not None:
                member.write(payload)
            for _ in range(repeat):
                member.write(chunk)
    return path


def _bad_crc_zip(path: Path) -> Path:
    _zip(path, _GEONAMES_ROW.encode() * 50)
    crc = zipfile.ZipFile(path).infolist()[0].CRC
    path.write_bytes(path.read_bytes().replace(struct.pack("<I", crc), struct.pack("<I", crc ^ 0xFFFF)))
    return path


def write_hostile_files(folder: Path) -> list[tuple[str, list[str], set[int]]]:
    """Write the hostile input files of issue 25 into ``folder``.

    Returns (id, strikemap arguments, allowed exit statuses) for each: 0 where the input is
    valid and must give events, 2 where it must be refused in one line. The caller adds
    ``--store``/``--gazetteer`` folders where the command needs them.
    """
    f = folder
    cases: list[tuple[str, list[str], set[int]]] = []

    def ingest(name: str, content: bytes | str, expect: set[int]) -> None:
        path = f / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        cases.append((name, ["ingest", str(path), "--published", "2025-07-01"], expect))

    props = '{"date":"2025-07-01","attack_type":"drone","killed":%s}'
    ingest("bigint_killed.geojson", _feature(props % ("9" * 5000)), {2})
    ingest("bigint_coordinate.geojson", _feature(props % "1", '{"type":"Point","coordinates":[%s,50]}' % ("1" * 5000)), {2})
    ingest("bigfloat_killed.geojson", _feature(props % ("1" + "0" * 400 + ".5")), {2})
    ingest("deep_100000.geojson", "[" * 100_000 + "]" * 100_000, {2})
    ingest("deep_in_property.geojson", _feature('{"date":"2025-07-01","attack_type":"drone","x":%s1%s}'
                                                % ("[" * 50_000, "]" * 50_000)), {2})
    ingest("deep_attack_type.csv", "date,latitude,longitude,attack_type\n2025-07-01,50,30,\"%s\"\n"
           % ("[" * 5000 + "]" * 5000), {2})
    ingest("nul_escape.geojson", _feature('{"date":"2025-07-01","attack_type":"drone","notes":"a\\u0000b"}'), {2})
    ingest("nul_in_key.geojson", _feature('{"date":"2025-07-01","attack_type":"drone","n\\u0000":"x"}'), {2})
    ingest("nul_after_64k.txt", b"A drone hit Kharkiv. " * 4000 + b"\x00", {2})
    ingest("nul_in_cell.csv", b"date,latitude,longitude,attack_type,notes\n2025-07-01,50,30,drone,a\x00b\n", {2})
    ingest("latin1.txt", "Обстріл Харкова".encode("cp1251"), {2})
    ingest("utf16.txt", "A drone hit Kharkiv.".encode("utf-16"), {2})
    ingest("empty.txt", b"", {2})
    ingest("blank.txt", b" \n\t\n", {2})
    ingest("bignum_report.txt", "A drone hit Kharkiv, killing " + "7" * 5000 + " people.", {0})
    ingest("run_on_name.txt", "Kharkiv " * 2000, {0, 2})
    ingest("hostile_meta.txt", "A drone hit Kharkiv, injuring two.", {2})
    (f / "hostile_meta.txt.meta.json").write_text('{"published": %s}' % ("9" * 5000), encoding="utf-8")
    ingest("deep_meta.txt", "A drone hit Kharkiv, injuring two.", {2})
    (f / "deep_meta.txt.meta.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    cells = ",".join(json.dumps(s) for s in ("=1+1", "+1", "-2+3", "@SUM(A1)"))
    ingest("formula_cells.csv", f"date,latitude,longitude,attack_type,source,notes,place,query\n"
           f"2025-07-01,50,30,drone,{cells}\n", {0})
    header = ["date", "latitude", "longitude", "attack_type"] + [f"extra_column_{i}" for i in range(5000)]
    ingest("wide_5004_columns.csv", ",".join(header) + "\n" + ",".join(["2025-07-01", "50", "30", "drone"]
                                                                        + [""] * 5000) + "\n", {0})
    many = ",".join(["date", "latitude", "longitude", "attack_type"] + [f"c{i}" for i in range(10 ** 6)])
    ingest("million_columns.csv", many + "\n2025-07-01,50,30,drone\n", {2})
    ingest("million_columns_dup_at_end.csv", many + ",date\n2025-07-01,50,30,drone\n", {2})
    ingest("field_of_36mib.csv", "date,latitude,longitude,attack_type,notes\n2025-07-01,50,30,drone,"
           + "x" * (36 << 20) + "\n", {2})
    ingest("one_line_no_newline.txt", "x" * 300_000, {0, 2})
    ingest("hostile_strings.csv", _hostile_feed(), {0})
    for name, target in (("link_to_dev_zero.txt", "/dev/zero"), ("link_to_dev_null.csv", "/dev/null"),
                         ("dangling_link.txt", str(f / "nowhere"))):
        (f / name).symlink_to(target)
        cases.append((name, ["ingest", str(f / name)], {2}))
    os.mkfifo(f / "fifo.txt")
    cases.append(("fifo.txt", ["ingest", str(f / "fifo.txt")], {2}))
    (f / "folder.txt").mkdir()
    cases.append(("folder.txt", ["ingest", str(f / "folder.txt")], {2}))

    def front(name: str, dates: tuple[str, ...], expect: set[int]) -> None:
        features = ",".join('{"type":"Feature","properties":{"date":%s},"geometry":%s}'
                            % (json.dumps(d), _FRONT_AREA) for d in dates)
        (f / name).write_text('{"type":"FeatureCollection","features":[%s]}' % features, encoding="utf-8")
        cases.append((name, ["frontline", "stats", str(f / name)], expect))

    front("front_mixed_offsets.geojson", ("2025-07-01T00:00:00+03:00", "2025-07-02T00:00:00-05:00",
                                          "2025-07-03T12:00:00Z", "2025-07-04"), {0})
    front("front_bad_date.geojson", ("2025-07-01T00:00:00+03:00", "not a date"), {2})
    front("front_hostile_date.geojson", (ALL_IN_ONE,), {2})

    def gazetteer(name: str, expect: set[int] = frozenset({2})) -> None:
        cases.append((name, ["gazetteer", "info", "--gazetteer", str(f / name)], set(expect)))

    (f / "UA_cp1251.txt").write_bytes(_GEONAMES_ROW.encode() + _GEONAMES_ROW.replace("Kyiv", "Київ", 1)
                                      .encode("cp1251"))
    gazetteer("UA_cp1251.txt")
    _bad_crc_zip(f / "UA_bad_crc.zip")
    gazetteer("UA_bad_crc.zip")
    _zip(f / "UA_one_long_line.zip", chunk=b"a" * (1 << 20), repeat=8)
    gazetteer("UA_one_long_line.zip")
    _zip(f / "UA_newlines.zip", chunk=b"\n" * (1 << 20), repeat=8)
    gazetteer("UA_newlines.zip")
    whole = _zip(f / "UA_whole.zip", _GEONAMES_ROW.encode() * 500).read_bytes()
    (f / "UA_truncated.zip").write_bytes(whole[:len(whole) // 2])
    gazetteer("UA_truncated.zip")
    os.mkfifo(f / "UA_fifo.txt")
    gazetteer("UA_fifo.txt")
    return cases


def _hostile_feed() -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["date", "latitude", "longitude", "attack_type", "event_id", "place", "query", "source", "notes"])
    for i, text in enumerate(HOSTILE_STRINGS):
        writer.writerow(["2025-07-20", 47 + (i % 7) * 0.8, 25 + (i // 7) * 3, "drone", f"{i}:{text}",
                         f"P{i} {text}", f"Q{i} {text}", text, f"E{i} {text}"])
    return out.getvalue()
