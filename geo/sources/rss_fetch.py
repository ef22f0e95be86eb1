"""Downloading RSS/Atom feeds, only when the user asks (``strikemap fetch-feed``).

Nothing here runs unless called with a URL; ``$STRIKEMAP_OFFLINE`` forbids it
(:class:`~geo.errors.NetworkDisabledError`). The feed's bytes are read into
memory (at most :data:`~geo.sources.rss.MAX_FEED_BYTES`) and handed to
:class:`~geo.sources.report_sources.ReportSource`; nothing is written to disk.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from geo.errors import FetchError, InputError, NetworkDisabledError
from geo.network import offline_requested
from geo.sources.rss import MAX_FEED_BYTES

TIMEOUT_S = 30.0
_AGENT = "strikemap/0.1 (+feed reader)"


def check_feed_url(url: str) -> str:
    """``url`` when it is an http(s) URL with a host.

    Raises
    ------
    InputError
        Any other scheme (file:, ftp:, a path), or no host.
    """
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InputError(f"not an http(s) feed URL: {url!r:.80}", field="url")
    return url.strip()


def fetch_feed(url: str, *, timeout: float = TIMEOUT_S) -> bytes:
    """The content of the feed at ``url``.

    Raises
    ------
    NetworkDisabledError
        ``$STRIKEMAP_OFFLINE`` is set.
    InputError
        Not an http(s) URL.
    FetchError
        The download failed, or the feed is larger than the limit.
    """
    url = check_feed_url(url)
    if offline_requested():
        raise NetworkDisabledError(f"STRIKEMAP_OFFLINE is set: not fetching {url}")
    request = urllib.request.Request(url, headers={"User-Agent": _AGENT,
                                                   "Accept": "application/rss+xml, "
                                                   "application/atom+xml, application/xml, "
                                                   "text/xml;q=0.9, */*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_FEED_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise FetchError(f"cannot fetch {url}: HTTP {error.code} {error.reason}") from error
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise FetchError(f"cannot fetch {url}: {reason}") from error
    if len(data) > MAX_FEED_BYTES:
        raise FetchError(f"{url}: the feed is larger than {MAX_FEED_BYTES >> 20} MiB")
    return data
