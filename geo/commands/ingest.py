"""``strikemap ingest FILE... [--format F] [--published D] [--store DIR] [--gazetteer PATH]
[--telegram-channel NAME] [--tz ZONE] [--workers N]``.

Names to geocode are ranked by the store's frontline layers (``<store>/frontline``),
the layer in force on each report's or row's date; ``--no-frontline`` turns that off.

Reads or checks every file first (reports, ACLED, UCDP, generic CSV or GeoJSON; see
:func:`geo.sources.read_source`), then ingests all files in one transaction, so
one bad file (or a bad row anywhere) leaves the store unchanged; prints one line
per file: events added, skipped (already stored) and merged (duplicates of an
event from another source). A bad row exits with status 2 and a one-line message
naming the file, line and field.

A generic CSV is streamed (:mod:`geo.sources.generic_stream`): its bytes and
header are checked first, then it is parsed, checked and stored a block of about
100,000 rows at a time, so a file of millions of events takes bounded memory.

Files of many reports (Telegram Desktop exports, JSON lines, RSS/Atom feeds) are
checked whole in a fast first pass, then read again as a stream: their reports are
extracted in parallel processes (``--workers``) and stored block by block in one
transaction, with a progress line on stderr; the output line also counts the
messages skipped (service messages, media-only posts, polls).
"""
from __future__ import annotations

import argparse
import os
import sys

from geo.commands import add_gazetteer_option
from geo.sources.detect import FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``ingest`` subcommand."""
    parser = subparsers.add_parser(
        "ingest", help="add events from reports or feeds to the store",
        description="Add events to the store, all or nothing per file. Ingesting the same file "
                    "again adds nothing.")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="report (.txt), Telegram export (result.json), JSON lines, "
                             "RSS/Atom feed, ACLED/UCDP/generic CSV or GeoJSON file")
    parser.add_argument("--format", choices=FORMATS, default="auto",
                        help="input format (default: recognised from the content)")
    parser.add_argument("--published", metavar="YYYY-MM-DD", default=None,
                        help="publication date of text reports (overrides X.txt.meta.json)")
    parser.add_argument("--store", metavar="DIR", default=None,
                        help="store folder (default $STRIKEMAP_STORE, else data/ of the project)")
    add_report_options(parser)
    add_gazetteer_option(parser)
    parser.add_argument("--no-frontline", action="store_true",
                        help="do not rank a name's namesakes by the store's frontline layers "
                             "(by default the layer in force on each report's or row's date)")
    parser.add_argument("--no-dedup", action="store_true",
                        help="do not merge duplicates across sources (see docs/store.md)")
    parser.add_argument("--dedup-km", type=float, default=5.0, metavar="KM",
                        help="largest distance between two reports of one event (default 5)")
    parser.set_defaults(func=run)


def add_report_options(parser: argparse.ArgumentParser) -> None:
    """``--telegram-channel``, ``--tz`` and ``--workers`` (files of many reports)."""
    parser.add_argument("--telegram-channel", metavar="NAME", default=None,
                        help="the exported Telegram channel's username: each event's source "
                             "becomes https://t.me/NAME/<message id> (else telegram:<id>/<id>)")
    parser.add_argument("--tz", metavar="ZONE", default=None,
                        help="time zone that Telegram, JSON-lines and feed reports are dated in "
                             "(default Europe/Kyiv)")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="processes extracting the reports of a Telegram export, JSON lines "
                             "or a feed (default: the CPUs available)")


def run(args: argparse.Namespace) -> int:
    """Read (or check) all files, then ingest them in one transaction; 0 on success."""
    from geo.store.dedup import DedupRule
    from geo.errors import InputError
    from geo.sources import open_reports, read_source
    from geo.sources.generic_stream import GenericCsvStream, looks_like_generic_csv
    from geo.store import EventStore, default_store_dir

    if not args.dedup_km > 0:
        raise InputError(f"--dedup-km must be positive, not {args.dedup_km}", field="dedup-km")
    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers must be 1 or more, not {args.workers}", field="workers")
    rule = False if args.no_dedup else DedupRule(km=args.dedup_km)
    folder = args.store or default_store_dir()
    store = EventStore(folder, dedup=rule)
    rules = store_rules(store)
    geocoder = _geocoder(args.gazetteer, None if args.no_frontline else _store_frontlines(folder),
                         rules)
    plans = []
    for name in args.files:
        many = open_reports(name, format=args.format, channel=args.telegram_channel, tz=args.tz)
        if many is not None:
            plans.append(_Reports(name, many, many.check(), geocoder, args.workers, rules))
        elif args.format == "csv" or (args.format == "auto" and looks_like_generic_csv(name)):
            stream = GenericCsvStream(name, geocoder=geocoder)
            stream.check()                     # the file and its header, before anything is written
            plans.append(_Frames(name, _noting_unresolved(name, stream.frames(), rules)))
        else:
            events = read_source(name, format=args.format, published=args.published,
                                 geocoder=geocoder)
            _warn_unresolved(name, events.attrs.get("unresolved"))
            plans.append(_Frames(name, [with_pending(events, rules)]))
    # readers' frames come validated (geo.sources): their values are not checked again
    results = store.ingest_many([(plan.name, plan.batches()) for plan in plans], validate=False)
    for plan, result in zip(plans, results):
        print(result_line(plan.name, result, plan.skipped()))
    return 0


class _Frames:
    """A file read as validated frames (a list, or a stream of blocks)."""

    def __init__(self, name: str, frames) -> None:
        self.name, self.frames = name, frames

    def batches(self):
        return self.frames

    def skipped(self) -> str:
        return ""


class _Reports:
    """A file of many reports, extracted block by block (see :func:`ingest_reports`)."""

    def __init__(self, name: str, source, total: int, geocoder, workers: int | None,
                 rules=None) -> None:
        self.name, self.source, self.total = name, source, total
        self.geocoder, self.workers, self.rules = geocoder, workers, rules

    def batches(self):
        progress = ProgressLine(self.name, self.total)
        try:
            yield from grouped(_noting_unresolved(
                self.name, self.source.frames(geocoder=self.geocoder, workers=self.workers,
                                              progress=progress), self.rules))
        finally:
            progress.close()

    def skipped(self) -> str:
        return self.source.skipped_text()


def _noting_unresolved(name: str, frames, rules=None):
    """``frames`` with their unplaced names as events waiting in the review queue and the
    notes of events ``rules`` placed (:func:`with_pending`), their unresolved places popped;
    one warning line at the end."""
    shown: list = []                 # the first few unresolved places, and how many in all
    missed = 0
    for frame in frames:
        unresolved = frame.attrs.get("unresolved") or []
        missed += len(unresolved)
        shown.extend(unresolved[:5 - len(shown)])
        if unresolved or rules is not None:
            frame = with_pending(frame, rules)
        frame.attrs.pop("unresolved", None)
        yield frame
    _warn_unresolved(name, shown, missed)


def result_line(name: str, result, skipped: str = "") -> str:
    """``"NAME: 3 added, 0 already stored, 1 merged ...; 2 skipped (...)"``."""
    merged = f", {result.merged} merged with events from other sources" if result.merged else ""
    tail = f"; {skipped}" if skipped else ""
    return f"{name}: {result.added} added, {result.skipped} already stored{merged}{tail}"


def store_rules(store):
    """The store's place rules (None when it has none): names a reviewer placed."""
    from geo.store.rules import load_rules

    rules = load_rules(store)
    return rules if len(rules) else None


def with_pending(events, rules=None):
    """The events and, as events waiting in the review queue, the names not placed
    (:func:`geo.extract.pending.with_pending`)."""
    from geo.extract.pending import with_pending as add_pending

    return add_pending(events, rules)


def ingest_reports(store, name: str, source, total: int, *, geocoder=None,
                   workers: int | None = None, rules=None):
    """Extract and store a file of many reports in one transaction, with a progress line.

    Returns
    -------
    (IngestResult, str)
        The counts, and the skipped messages as text ("" when none).
    """
    progress = ProgressLine(name, total)
    frames = source.frames(geocoder=geocoder, workers=workers, progress=progress)
    try:
        result = store.ingest_batches(grouped(_noting_unresolved(name, frames, rules)), label=name)
    finally:
        progress.close()
    return result, source.skipped_text()


#: events per store batch: each batch reads the store once for duplicates (a block at a time
#: slowed down as the store grew), and matches within a batch grow with its square (a
#: channel naming one city in every message), so a few thousand events balance the two
STORE_BATCH_EVENTS = 5_000


def grouped(frames, rows: int | None = None):
    """Consecutive frames joined until each holds at least ``rows`` events (the last may hold
    fewer), with their review queue entries and rule notes (``attrs``) joined too."""
    import geopandas as gpd
    import pandas as pd

    rows = rows or STORE_BATCH_EVENTS

    def joined(waiting: list):
        if len(waiting) == 1:
            return waiting[0]
        out = gpd.GeoDataFrame(pd.concat(waiting, ignore_index=True), geometry="geometry",
                               crs=waiting[0].crs)
        out.attrs = {}                # concat keeps attrs only when all agree: join the queues
        for key in ("review_queue", "rule_notes"):
            merged = {k: v for frame in waiting for k, v in (frame.attrs.get(key) or {}).items()}
            if merged:
                out.attrs[key] = merged
        return out

    waiting, count = [], 0
    for frame in frames:
        waiting.append(frame)
        count += len(frame)
        if count >= rows:
            yield joined(waiting)
            waiting, count = [], 0
    if waiting:
        yield joined(waiting)


class ProgressLine:
    """``NAME: 1024/50000 reports (2%), 980/s`` on stderr: rewritten in place on a terminal,
    else one line per tenth."""

    def __init__(self, name: str, total: int, stream=None) -> None:
        import time

        self.name, self.total = name, max(0, total)
        self.stream = stream or sys.stderr
        self.start = time.perf_counter()
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.shown_tenth = -1
        self.written = False

    def __call__(self, done: int) -> None:
        import time

        rate = done / max(time.perf_counter() - self.start, 1e-9)
        share = f" ({100 * done // self.total}%)" if self.total else ""
        text = f"{self.name}: {done}/{self.total} reports{share}, {rate:,.0f}/s"
        if self.tty:
            print(f"\r{text}", end="", file=self.stream, flush=True)
            self.written = True
            return
        tenth = 10 * done // self.total if self.total else 10
        if tenth != self.shown_tenth:
            self.shown_tenth = tenth
            print(text, file=self.stream, flush=True)

    def close(self) -> None:
        """End the line on a terminal."""
        if self.tty and self.written:
            print(file=self.stream, flush=True)


def _store_frontlines(store: str | os.PathLike):
    """The frontline layers in ``<store>/frontline`` (a FrontlineSet), or None when none."""
    from geo.commands.geocode import frontline_layers
    from geo.frontline import frontline_dir

    folder = frontline_dir(store)
    return frontline_layers(folder) if folder.is_dir() else None


def _geocoder(gazetteer: list[str] | None, frontline, rules=None):
    """An offline geocoder on ``--gazetteer`` ranking by ``frontline`` and applying the
    store's ``rules``; None (none of them given) lets the readers build the default lazily."""
    if gazetteer is None and frontline is None and rules is None:
        return None
    from geo.gazetteer import load_gazetteer
    from geo.geocoding import OfflineGeocoder

    return OfflineGeocoder(load_gazetteer(gazetteer), frontline=frontline, rules=rules)


def _warn_unresolved(name: str, unresolved, count: int | None = None) -> None:
    """One warning line: how many attack locations were not placed (they wait in the review
    queue), and the first five."""
    unresolved = list(unresolved or [])
    count = len(unresolved) if count is None else count
    if count:
        shown = ", ".join(str(u.get("query", u)) if isinstance(u, dict) else str(u)
                          for u in unresolved[:5])
        more = f" and {count - 5} more" if count > 5 else ""
        print(f"strikemap: warning: {name}: {count} attack location(s) not placed "
              f"(unresolved; see strikemap review list): {shown}{more}", file=sys.stderr)
