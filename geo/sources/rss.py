"""RSS and Atom feeds (a saved file, or one fetched on request) to reports.

Parsed with ``feedparser`` from the file's bytes (feedparser is never given a
URL or a path, only a stream, so reading a feed file never reaches the network). Each item
is a :class:`~geo.sources.text.Report`:

* text: the item's title, a blank line, then its summary (or content) with the
  HTML tags stripped and entities decoded;
* source: the item's link (else its id/guid), so an item read again (the same
  feed fetched twice) adds nothing;
* published: its published date (else its updated date), turned into a day in
  the reports' time zone (Europe/Kyiv unless told); without either, relative
  dates stay ``unknown``.

Items with neither a link nor an id, or with no text, are skipped and counted.
A file that is no feed at all is an :class:`~geo.errors.InputError`.
"""
from __future__ import annotations

import calendar
import html
import io
import os
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timezone
from html.parser import HTMLParser

from geo.errors import InputError
from geo.sources.text import Report

MAX_FEED_BYTES = 64 << 20
_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """Text of an HTML fragment: tags removed, entities decoded, white space tidied.

    >>> strip_html("<p>A drone hit <b>Kharkiv</b> &amp; Izium</p>")
    'A drone hit Kharkiv & Izium'
    """
    parser = _Stripper()
    parser.feed(text)
    parser.close()
    joined = html.unescape("".join(parser.parts))
    lines = (" ".join(line.split()) for line in joined.splitlines())
    return "\n".join(line for line in lines if line).strip()


def read_feed_reports(path: str | os.PathLike, *, tz: str | None = None,
                      skipped: Counter | None = None, data: bytes | None = None,
                      label: str | None = None) -> Iterator[Report]:
    """The reports of a saved RSS/Atom feed (or of its ``data``, when fetched).

    Parameters
    ----------
    path : path-like
        The feed file (read unless ``data`` is given).
    tz : str, optional
        The reports' time zone (default Europe/Kyiv).
    skipped : collections.Counter, optional
        Counts items skipped (``"no link"``, ``"empty"``).
    data : bytes, optional
        The feed's content, already downloaded.
    label : str, optional
        The name errors use (default: ``path``).

    Raises
    ------
    InputError
        Not a feed, or unreadable.
    """
    import feedparser

    from geo.sources.telegram import time_zone

    zone = time_zone(tz)
    label = label or str(path)
    skipped = Counter() if skipped is None else skipped
    if data is None:
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_FEED_BYTES + 1)
        except OSError as error:
            raise InputError(f"cannot read ({error.strerror or error})", file=label) from None
    if len(data) > MAX_FEED_BYTES:
        raise InputError(f"a feed larger than {MAX_FEED_BYTES >> 20} MiB", file=label)
    # a stream: feedparser would take a short bytes string for a file name or a URL
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(problem).split())[:80]})" if problem else ""
        raise InputError(f"not an RSS or Atom feed{detail}", file=label,
                         line=getattr(problem, "getLineNumber", lambda: None)())
    for number, entry in enumerate(parsed.entries, start=1):
        report = _item(entry, zone)
        if isinstance(report, str):
            skipped[report] += 1
            continue
        yield report


def _item(entry, zone) -> Report | str:
    source = str(entry.get("link") or entry.get("id") or "").strip()
    if not source:
        return "no link"
    title = strip_html(str(entry.get("title") or ""))
    body = entry.get("summary") or ""
    if not body and entry.get("content"):
        body = " ".join(str(part.get("value") or "") for part in entry["content"])
    summary = strip_html(str(body))
    text = "\n\n".join(part for part in (title, summary) if part)
    if not text.strip():
        return "empty"
    # plain dict lookups: feedparser's own get() maps one date onto the other, with a warning
    when = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    day = None
    if when is not None:
        try:
            moment = datetime.fromtimestamp(calendar.timegm(when), tz=timezone.utc)
            day = moment.astimezone(zone).date().isoformat()
        except (OverflowError, ValueError, OSError, TypeError):
            day = None
    return Report(text, source, day, title)
