"""Helpers for the property-based (hypothesis) fuzz tests: profile, hang guard, outcome checks.

The contract every reader and parser is fuzzed against: any input gives a
result (valid events) or a :class:`~geo.errors.StrikemapError`; never another
exception, never a hang, never a point outside lon ±180 / lat ±90.

Profiles (``STRIKEMAP_FUZZ_PROFILE=...``): ``strikemap`` (default: few examples,
the whole fuzz suite in well under a minute) and ``strikemap-deep`` (for a
long local run).
"""
from __future__ import annotations

import contextlib
import faulthandler
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from hypothesis import HealthCheck, settings

from geo.errors import StrikemapError

settings.register_profile(
    "strikemap", max_examples=60, deadline=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture])
settings.register_profile(
    "strikemap-deep", max_examples=2000, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture])
#: decorate each fuzz test with ``@FUZZ`` (the profile is not loaded globally, so the
#: other modules' hypothesis tests keep their own settings)
FUZZ = settings(settings.get_profile(
    os.environ.get("STRIKEMAP_FUZZ_PROFILE", "strikemap")), database=None)

#: one call slower than this is a hang (a Python-level loop is interrupted by SIGALRM)
HANG_SECONDS = 10
#: a hang in C code (e.g. a regex backtracking forever) cannot be interrupted: dump and exit
HARD_HANG_SECONDS = 120


class Hang(AssertionError):
    """A reader or parser ran longer than :data:`HANG_SECONDS` on one input."""


@contextlib.contextmanager
def hang_guard(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Fail (Hang) when the block runs longer than ``seconds``.

    SIGALRM interrupts Python code; as a last resort, faulthandler dumps every
    thread's stack and ends the test run if even that does not return.
    """
    if sys.platform == "win32" or signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, None):
        yield
        return

    def alarm(signum: int, frame: Any) -> None:
        raise Hang(f"no result after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, alarm)
    faulthandler.dump_traceback_later(HARD_HANG_SECONDS, exit=True)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        faulthandler.cancel_dump_traceback_later()
        signal.signal(signal.SIGALRM, previous)


def outcome(call: Callable[[], Any]) -> Any:
    """Run ``call`` under the hang guard; a StrikemapError is a clean outcome (returned).

    Any other exception propagates, so hypothesis reports it with the input.
    """
    with hang_guard():
        try:
            return call()
        except StrikemapError as error:
            assert str(error).strip(), "an error without a message"
            assert "\n" not in " ".join(str(error).split()), "not a one-line message"
            return error


def assert_valid_events(result: Any) -> None:
    """A reader's result: a StrikemapError, or valid events with points in lon/lat range."""
    if isinstance(result, StrikemapError):
        return
    import geopandas as gpd
    import shapely

    from geo.schema import EVENT_COLUMNS, validate_events

    assert isinstance(result, gpd.GeoDataFrame), f"a reader returned {type(result).__name__}"
    assert result.crs is not None and result.crs.to_epsg() == 4326
    assert list(result.columns) == [*EVENT_COLUMNS, "geometry"]
    if len(result):
        geoms = result.geometry.values
        assert bool(np.all(shapely.get_type_id(geoms) == 0)), "a non-point event"
        x, y = shapely.get_x(geoms), shapely.get_y(geoms)
        assert np.all(np.isfinite(x)) and np.all(np.isfinite(y)), "a point with NaN/inf coordinates"
        assert np.all(np.abs(x) <= 180) and np.all(np.abs(y) <= 90), "a point outside lon/lat range"
    validate_events(result)          # raises SchemaError if the reader broke the schema


@contextlib.contextmanager
def temp_file(data: bytes | str, suffix: str) -> Iterator[Path]:
    """A temporary file holding ``data``, removed afterwards."""
    handle, name = tempfile.mkstemp(prefix="strikemap-fuzz-", suffix=suffix)
    with os.fdopen(handle, "wb") as out:
        out.write(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    path = Path(name)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
