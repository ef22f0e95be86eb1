"""The one error hierarchy of strikemap.

Every error the library raises on purpose derives from :class:`StrikemapError`.
The CLI turns any of them into a one-line message on stderr and exit status 2.
"""
from __future__ import annotations


#: the longest reason an InputError carries; longer ones lose their middle (a long quoted value)
MAX_MESSAGE_CHARS = 500


class StrikemapError(Exception):
    """Root of every error strikemap raises on purpose."""


class InputError(StrikemapError):
    """Bad input: a file, line or field that cannot be read.

    Parameters
    ----------
    message : str
        What is wrong, in one line.
    file, line, field : optional
        Where it is wrong; included in ``str(error)`` when given.
    """

    def __init__(self, message: str, *, file: str | None = None,
                 line: int | None = None, field: str | None = None) -> None:
        self.file = file
        self.line = line
        self.field = field
        message = " ".join(message.split())
        if len(message) > MAX_MESSAGE_CHARS:        # a quoted cell of 10 KB stays one short line
            message = f"{message[:350]} … {message[-(MAX_MESSAGE_CHARS - 353):]}"
        self.reason = message
        where = []
        if file is not None:
            where.append(str(file))
        if line is not None:
            where.append(f"line {line}")
        if field is not None:
            where.append(f"field {field!r}")
        text = f"{': '.join([', '.join(where), message]) if where else message}"
        super().__init__(" ".join(text.split()))


class SchemaError(StrikemapError):
    """An events table that does not follow the event schema."""


class GeocodingError(StrikemapError):
    """The geocoder could not work (not: a name that did not resolve)."""


class GazetteerError(GeocodingError):
    """The gazetteer file is missing or malformed."""


class StoreError(StrikemapError):
    """The event store cannot be opened, read or written."""


class ReviewConflictError(StoreError):
    """A review decision made on a state of the event that another reviewer has changed since.

    Attributes
    ----------
    event_id : str
        The event.
    seen, now : int
        The number of decisions on it the reviewer saw, and the number in the store.
    """

    def __init__(self, message: str, *, event_id: str = "", seen: int = 0, now: int = 0) -> None:
        super().__init__(message)
        self.event_id, self.seen, self.now = event_id, seen, now


class FrontlineError(StrikemapError):
    """A frontline layer that cannot be used."""


class NetworkDisabledError(StrikemapError):
    """An online source was needed but the user did not ask for one."""


class FetchError(StrikemapError):
    """An online source the user asked for could not be downloaded."""
