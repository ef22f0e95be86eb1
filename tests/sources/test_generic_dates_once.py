"""Dates repeated down a file are checked once per distinct (date, precision) pair: the same
values, and the same first bad row, as checking every row."""
from __future__ import annotations

import pandas as pd
import pytest

from geo.errors import InputError
from geo.sources.generic_fields import Locator, _parse_dates, parse_dates

DAYS = ["2025-07-01", "2025-07", "", "2024-02-29", " 2025-06-30 "]
PRECISIONS = ["day", "month", "unknown", "", "week"]


def _where() -> Locator:
    return Locator("f.csv", line_of=lambda i: i + 2, field_of=lambda i, name: f"{name}@{i}")


def test_repeated_dates_give_what_every_row_gives():
    values = pd.Series([DAYS[i % len(DAYS)] for i in range(200)], index=range(5, 205))
    precision = pd.Series([PRECISIONS[i % len(PRECISIONS)] for i in range(200)], index=values.index)
    for a, b in zip(parse_dates(values, precision, _where()),
                    _parse_dates(values, precision, _where(), "date")):
        pd.testing.assert_series_equal(a, b)
    errors = []
    for check in (parse_dates, lambda *a: _parse_dates(*a, "date")):
        with pytest.raises(InputError) as caught:    # without precision the empty date is bad
            check(values, None, _where())
        errors.append(str(caught.value))
    assert errors[0] == errors[1] and "line 4" in errors[0]


@pytest.mark.parametrize("bad, message", [("2025-02-30", "impossible date"),
                                          ("01/07/2025", "not a date"),
                                          ("1850-01-01", "before 1900")])
def test_the_first_bad_row_is_named_as_when_every_row_is_checked(bad, message):
    cells = ["2025-07-01"] * 300
    cells[117] = cells[240] = bad
    values = pd.Series(cells)
    for check in (lambda: parse_dates(values, None, _where()),
                  lambda: _parse_dates(values, None, _where(), "date")):
        with pytest.raises(InputError, match=message) as caught:
            check()
        assert caught.value.line == 119 and caught.value.field == "date@117"
