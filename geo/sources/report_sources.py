"""Files that hold many reports: Telegram exports, JSON lines, RSS/Atom feeds.

A :class:`ReportSource` reads its reports as a stream (:meth:`~ReportSource.reports`),
checks a whole file without extracting anything (:meth:`~ReportSource.check`,
so a bad message stops an ingest before anything is written), and extracts
them block by block in parallel (:meth:`~ReportSource.frames`,
:mod:`geo.sources.batches`). Skipped messages or items are counted by reason.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from geo.errors import InputError
from geo.sources.detect import REPORT_FORMATS
from geo.sources.text import Report


@dataclass
class ReportSource:
    """A file of many reports.

    Parameters
    ----------
    path : path-like
        The file.
    format : {"telegram", "jsonl", "rss"}
    channel : str, optional
        A Telegram channel's username (sources become ``https://t.me/<channel>/<id>``).
    tz : str, optional
        The reports' time zone (default Europe/Kyiv).
    data : bytes, optional
        A fetched feed's content (then ``path`` is only its label).
    """

    path: str | os.PathLike
    format: str
    channel: str | None = None
    tz: str | None = None
    data: bytes | None = None
    skipped: Counter = field(default_factory=Counter)
    chats: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.format not in REPORT_FORMATS:
            raise InputError(f"not a format of many reports: {self.format!r}", field="format")
        if self.channel and self.format != "telegram":
            raise InputError("--telegram-channel applies to Telegram exports only",
                             file=str(self.path), field="telegram-channel")

    @property
    def label(self) -> str:
        """The file's name in messages."""
        return str(self.path)

    def reports(self) -> Iterator[Report]:
        """Every report, in the file's order (skip counts start again at zero)."""
        self.skipped.clear()
        self.chats.clear()
        if self.format == "telegram":
            from geo.sources.telegram import TelegramStats, read_telegram_reports

            stats = TelegramStats(skipped=self.skipped, chats=self.chats)
            return read_telegram_reports(self.path, channel=self.channel, tz=self.tz, stats=stats)
        if self.format == "jsonl":
            from geo.sources.jsonl import read_jsonl_reports

            return read_jsonl_reports(self.path, tz=self.tz, skipped=self.skipped)
        from geo.sources.rss import read_feed_reports

        return read_feed_reports(self.path, tz=self.tz, skipped=self.skipped, data=self.data)

    def check(self) -> int:
        """Read every report without extracting (a fast first pass); their number.

        Raises
        ------
        InputError
            The first bad message, line or field.
        """
        return sum(1 for _ in self.reports())

    def frames(self, *, geocoder=None, workers: int | None = None,
               progress: Callable[[int], None] | None = None) -> Iterator:
        """Validated events frames, one per block of reports (see :func:`report_frames`)."""
        from geo.sources.batches import report_frames

        return report_frames(self.reports(), geocoder=geocoder, workers=workers,
                             progress=progress)

    def read(self, *, geocoder=None, workers: int | None = 1,
             progress: Callable[[int], None] | None = None):
        """All events in one validated frame (``attrs["unresolved"]``, ``attrs["skipped"]``).

        ``progress`` is called with the number of reports done after each block.
        """
        import pandas as pd

        from geo.schema import empty_events, validate_events

        frames, unresolved = [], []
        for frame in self.frames(geocoder=geocoder, workers=workers, progress=progress):
            unresolved.extend(frame.attrs.pop("unresolved", None) or [])
            frames.append(frame)
        if not frames:
            events = empty_events()
        else:
            import geopandas as gpd

            events = validate_events(gpd.GeoDataFrame(pd.concat(frames, ignore_index=True),
                                                      geometry="geometry", crs=frames[0].crs))
        events.attrs["unresolved"] = unresolved
        events.attrs["skipped"] = dict(self.skipped)
        return events

    def skipped_text(self) -> str:
        """``"3 skipped (1 service, 1 media-only, 1 poll)"``, or "" when none were."""
        total = sum(self.skipped.values())
        if not total:
            return ""
        order = ("service", "media-only", "poll", "empty", "no link")
        parts = ", ".join(f"{self.skipped[r]} {r}" for r in order if self.skipped[r])
        return f"{total} skipped ({parts})"
