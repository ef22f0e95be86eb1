"""UCDP GED / Candidate Events CSV reader, on the real files of ../shared/data/events."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from geo.errors import InputError
from geo.sources import detect_format, read_source
from geo.sources.ucdp import read_ucdp
from tests.conftest import shared_path

CANDIDATE = ("events", "ucdp_candidate_ukraine_2022-02_2022-09.csv")
GED = ("events", "ucdp_ged221_ukraine_2014-01_2022-02.csv")


@pytest.fixture(scope="module")
def candidate():
    return read_ucdp(shared_path(*CANDIDATE)).set_index("source")


def test_candidate_file_reads_every_row_with_mixed_us_dates(candidate) -> None:
    assert len(candidate) == 536
    assert candidate["date"].notna().all()
    assert candidate["date"].min() == "2022-02-24" and candidate["date"].max() == "2022-09-30"
    row = candidate.loc["ucdp:446258"]          # "8/31/2022 12:00:00 AM" .. "09/01/2022 00:00"
    assert (row["date"], row["date_precision"]) == ("2022-08-31", "week")
    first = candidate.loc["ucdp:446152"]        # "09/01/2022 00:00", date_prec 1
    assert (first["date"], first["date_precision"]) == ("2022-09-01", "day")


def test_candidate_fields_map_to_the_schema(candidate) -> None:
    first = candidate.loc["ucdp:446152"]
    assert first["killed"] == 3
    assert pd.isna(first["injured"])                      # UCDP counts no injured
    assert first["place"] == "Enerhodar" and first["admin1"] == "Zaporizhzhia Oblast"
    assert first["geo_precision"] == "settlement"
    assert first["excerpt"].startswith("Russians fired on Energodar from helicopters and MLRS")
    assert sorted(first["attack_types"]) == ["airstrike", "artillery"]
    assert (first.geometry.x, first.geometry.y) == pytest.approx((34.623017, 47.498902))
    assert candidate.loc["ucdp:446272", "geo_precision"] == "region"      # where_prec 4
    assert candidate.loc["ucdp:446266", "geo_precision"] == "country"     # where_prec 5
    assert candidate["event_id"].is_unique
    assert set(candidate["country_code"]) == {"UA"}


def test_ged_file_reads_with_precisions_and_stable_ids() -> None:
    path = shared_path(*GED)
    events = read_ucdp(path)
    assert len(events) == 3077
    assert set(events["date_precision"]) == {"day", "week", "month", "unknown"}
    assert set(events["geo_precision"]) == {"settlement", "region", "country"}
    assert events["killed"].notna().all() and (events["killed"] >= 0).all()
    assert list(read_source(path)["event_id"]) == list(events["event_id"])
    assert detect_format(path) == "ucdp"


def _rows(path: Path, n: int) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        return header, [row for _, row in zip(range(n), reader)]


def _write(tmp_path: Path, header: list[str], rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    path = tmp_path / "ucdp.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_bad_cell_names_file_line_and_field(tmp_path: Path) -> None:
    header, rows = _rows(shared_path(*CANDIDATE), 3)
    rows[0][header.index("source_headline")] = "a headline\nwith a line break"
    rows[2][header.index("latitude")] = "north"
    path = _write(tmp_path, header, rows)
    with pytest.raises(InputError) as caught:
        read_ucdp(path)
    error = caught.value
    assert (error.file, error.line, error.field) == (str(path), 5, "latitude")


@pytest.mark.parametrize("field, value", [("date_start", "31/31/2022"), ("best", "-1"),
                                          ("where_prec", "x"), ("longitude", "200")])
def test_bad_values_are_input_errors(tmp_path: Path, field: str, value: str) -> None:
    header, rows = _rows(shared_path(*CANDIDATE), 2)
    rows[1][header.index(field)] = value
    with pytest.raises(InputError, match=field):
        read_ucdp(_write(tmp_path, header, rows))


def test_missing_column_is_named(tmp_path: Path) -> None:
    header, rows = _rows(shared_path(*CANDIDATE), 2)
    drop = header.index("best")
    path = _write(tmp_path, [h for i, h in enumerate(header) if i != drop],
                  [[c for i, c in enumerate(r) if i != drop] for r in rows])
    with pytest.raises(InputError, match="'best'"):
        read_ucdp(path)
