"""Column-wise reading of event feeds (UCDP, ACLED): table, numbers, dates, errors.

Every parser takes a whole column and raises :class:`~geo.errors.InputError`
for the first bad cell, naming the file, its line (header = line 1; quoted
line breaks are counted) and the field. Nothing is skipped silently.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from geo.errors import InputError
from geo.sources.detect import record_line

_DATE_SHAPES = re.compile(
    r"^\s*(?:\d{4}-\d{1,2}-\d{1,2}(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?|"
    r"\d{1,2}/\d{1,2}/\d{4}(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?|"
    r"\d{1,2} [A-Za-z]{3,9},? \d{4}|\d{1,2}-[A-Za-z]{3,9}-\d{4}|[A-Za-z]{3,9} \d{1,2},? \d{4})\s*$")


class FeedTable:
    """A feed's cells as text, with the file lines of its records."""

    def __init__(self, text: str, label: str) -> None:
        self.label = label
        self.text = text
        self.frame = self._read()

    def _read(self) -> pd.DataFrame:
        try:
            frame = pd.read_csv(io.StringIO(self.text), dtype=str, keep_default_na=False,
                                na_filter=False, skip_blank_lines=True, engine="c")
        except pd.errors.ParserError as error:
            match = re.search(r"line (\d+)", str(error))
            raise InputError(f"not a readable CSV ({' '.join(str(error).split())[:100]})",
                             file=self.label, line=int(match.group(1)) if match else None) from None
        except (pd.errors.EmptyDataError, UnicodeError, ValueError) as error:
            raise InputError(f"not a readable CSV ({' '.join(str(error).split())[:100]})",
                             file=self.label) from None
        frame.columns = [str(c).strip().lower() for c in frame.columns]
        if frame.columns.duplicated().any():
            name = frame.columns[frame.columns.duplicated()][0]
            raise InputError("column appears twice in the header", file=self.label, line=1,
                             field=name)
        return frame.fillna("").astype(str)

    def require(self, names: Iterable[str]) -> None:
        """Raise InputError naming the first of ``names`` missing from the header."""
        for name in names:
            if name not in self.frame.columns:
                raise InputError("missing required column", file=self.label, line=1, field=name)
        if not len(self.frame):
            raise InputError("no rows under the header", file=self.label, line=2)

    def column(self, name: str) -> pd.Series:
        """A column's stripped text ("" where the column is absent)."""
        if name not in self.frame.columns:
            return pd.Series([""] * len(self.frame), index=self.frame.index, dtype=object)
        return self.frame[name].str.strip()

    def line_of(self, row: int) -> int:
        """The file line where record ``row`` (0-based, after the header) starts."""
        return record_line(self.text, row)

    def fail(self, mask: np.ndarray | pd.Series, field: str, message: str) -> None:
        """Raise for the first row where ``mask`` is True (if any)."""
        bad = np.flatnonzero(np.asarray(mask, dtype=bool))
        if len(bad):
            row = int(bad[0])
            value = str(self.frame[field].iloc[row])[:40] if field in self.frame.columns else ""
            raise InputError(f"{message} ({value!r})" if value else message, file=self.label,
                             line=self.line_of(row), field=field)

    # --- typed columns -------------------------------------------------------------
    def integers(self, name: str, *, required: bool = True, minimum: int = 0) -> pd.Series:
        """Whole numbers (Int64); blank cells are NA unless ``required``."""
        text = self.column(name)
        blank = text.eq("")
        numbers = pd.to_numeric(text.where(~blank, None), errors="coerce")
        whole = numbers.notna() & np.isfinite(numbers.astype(float)) & (numbers % 1 == 0)
        self.fail(~blank & ~whole, name, "not a whole number")
        if required:
            self.fail(blank, name, "empty value")
        values = numbers.astype("Float64")
        self.fail(values.fillna(minimum).lt(minimum) | values.fillna(0).gt(10**9), name,
                  f"out of range (must be {minimum} or more)")
        return values.round().astype("Int64")

    def floats(self, name: str, low: float, high: float) -> np.ndarray:
        """Numbers within [low, high] (e.g. latitudes); blank or bad cells raise."""
        text = self.column(name)
        numbers = pd.to_numeric(text.where(text.ne(""), None), errors="coerce").astype(float)
        self.fail(np.isnan(numbers.to_numpy()), name, "not a number")
        array = numbers.to_numpy()
        self.fail((array < low) | (array > high), name, f"out of range ({low:g} to {high:g})")
        return array

    def dates(self, name: str, *, required: bool = True) -> pd.Series:
        """Dates (datetime64) in ISO, US month-first, "24 February 2022" or "24-February-2022" form.

        Blank cells raise when ``required``, else they are NaT.
        """
        text = self.column(name)
        blank = text.eq("")
        self.fail(~blank & ~text.str.match(_DATE_SHAPES), name, "not a date")
        if required:
            self.fail(blank, name, "empty date")
        # the date as written: a time zone suffix is dropped (mixing zones makes pandas raise)
        local = text.str.replace(r"(?<=\d)(?:Z|[+-]\d\d:?\d\d)\s*$", "", regex=True)
        try:
            parsed = pd.to_datetime(local.where(~blank, None), format="mixed", dayfirst=False,
                                    errors="coerce")
        except (ValueError, OverflowError) as error:
            raise InputError(f"dates that cannot be read together ({error})", file=self.label,
                             field=name) from None
        self.fail(~blank & parsed.isna(), name, "not a date")
        years = parsed.dt.year
        self.fail((years < 1900) | (years > 2100), name, "date out of range (1900-2100)")
        return parsed.dt.normalize()


def country_codes(names: pd.Series, iso: pd.Series | None = None) -> pd.Series:
    """ISO alpha-2 codes from country names (and ACLED's numeric ISO codes)."""
    by_name = {"ukraine": "UA", "russia": "RU", "russia (soviet union)": "RU", "belarus": "BY",
               "moldova": "MD", "poland": "PL", "romania": "RO", "georgia": "GE",
               "hungary": "HU", "slovakia": "SK", "turkey": "TR", "türkiye": "TR"}
    by_iso = {"804": "UA", "643": "RU", "112": "BY", "498": "MD", "616": "PL", "642": "RO"}
    codes = names.str.strip().str.lower().map(by_name)
    if iso is not None:
        codes = codes.fillna(iso.str.strip().map(by_iso))
    return codes.fillna("").astype(object)


def iso_days(values: pd.Series) -> list[str]:
    """datetime64 values as ``YYYY-MM-DD`` strings."""
    return values.dt.strftime("%Y-%m-%d").tolist()


def types_from_text(texts: pd.Series) -> pd.Series:
    """Attack types named in each text (once per distinct text), as tuples."""
    from geo.extract.lexicon import attack_types

    unique = pd.unique(texts)
    table = {t: attack_types(t) for t in unique}
    return texts.map(table)
