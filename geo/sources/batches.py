"""Many reports (a Telegram export, a feed, JSON lines) to events, in parallel processes.

:func:`report_frames` reads reports from any iterable in blocks, extracts each
block across worker processes (forked, so they share the parent's loaded
gazetteer and geocoder) and yields one validated events frame per block, in
the reports' order. Extraction of one report does not depend on any other, so
the events are the same as in one process (``workers=1``). Only one block of
reports is in memory at a time, so an export of any size streams through.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from geo.sources.text import Report

#: reports extracted per block (the progress line moves once per block)
BLOCK = 512
#: a block smaller than this is extracted in the calling process
_POOL_FROM = 64
_WORKER_GEOCODER = None


def default_workers() -> int:
    """The CPUs this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _extract_one(report: Report):
    """Events (records) and unresolved places (dicts) of one report, in a worker or here."""
    from geo.extract import extract_report

    result = extract_report(report.text, source=report.source, published=report.published,
                            geocoder=_WORKER_GEOCODER)
    return result.events, [u.to_json() for u in result.unresolved]


def _frame(reports: list[Report], results: list):
    from geo.schema import records_to_frame

    records, names, unresolved = [], [], []
    for report, (events, missed) in zip(reports, results):
        records.extend(events)
        names.extend([report.source_name or None] * len(events))
        unresolved.extend({**u, "source": report.source} for u in missed)
    frame = records_to_frame(records)
    frame["source_name"] = names
    # last: pandas deep-copies attrs into every frame derived from this one
    frame.attrs["unresolved"] = unresolved
    return frame


def report_frames(reports: Iterable[Report], *, geocoder=None, workers: int | None = None,
                  progress: Callable[[int], None] | None = None, block: int | None = None) -> Iterator:
    """Extract every report; one validated events GeoDataFrame per block of reports.

    Parameters
    ----------
    reports : iterable of Report
        Read lazily, one block at a time.
    geocoder : OfflineGeocoder, optional
        Default: the offline geocoder over the default gazetteer.
    workers : int, optional
        Processes (default: the CPUs available). 1, or a platform without
        ``fork``, extracts in this process.
    progress : callable, optional
        Called with the number of reports done after each block.
    block : int, optional
        Reports per block (default :data:`BLOCK`).

    Yields
    ------
    geopandas.GeoDataFrame
        The events of one block, with ``attrs["unresolved"]`` (each with its source).
        Pop it before working on the frame: pandas deep-copies ``attrs`` into every
        frame derived from it, which costs more than the extraction for a large block.
    """
    global _WORKER_GEOCODER

    workers = default_workers() if workers is None else max(1, int(workers))
    block = block or BLOCK
    if workers > 1 and "fork" not in multiprocessing.get_all_start_methods():
        workers = 1
    iterator = iter(reports)
    done = 0
    pool = None
    pending: tuple[list[Report], object] | None = None     # a block being extracted
    _WORKER_GEOCODER = geocoder
    try:
        while True:
            chunk = list(islice(iterator, block))
            if chunk and workers > 1 and len(chunk) >= _POOL_FROM and pool is None:
                from geo.extract import default_extractor

                default_extractor(geocoder)          # load the gazetteer once, before forking
                pool = multiprocessing.get_context("fork").Pool(workers)
            submitted = None
            if chunk and pool is not None and len(chunk) >= _POOL_FROM:
                # the workers extract this block while the caller stores the one before
                submitted = (chunk, pool.map_async(
                    _extract_one, chunk, chunksize=max(1, len(chunk) // (4 * workers))))
            if pending is not None:
                finished, job = pending
                pending = None
                done += len(finished)
                frame = _frame(finished, job.get())
                if progress is not None:
                    progress(done)
                yield frame
            if not chunk:
                break
            if submitted is not None:
                pending = submitted
                continue
            done += len(chunk)
            frame = _frame(chunk, [_extract_one(r) for r in chunk])
            if progress is not None:
                progress(done)
            yield frame
    finally:
        _WORKER_GEOCODER = None
        if pool is not None:
            pool.terminate()
            pool.join()
