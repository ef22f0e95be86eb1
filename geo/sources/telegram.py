"""Telegram Desktop "Machine-readable JSON" exports (``result.json``) to reports.

The fields follow Telegram Desktop's own exporter
(``Telegram/SourceFiles/export/output/export_output_json.cpp``). A one-chat
export is an object ``{"name", "type", "id", "messages": [...]}``; a whole
account's export holds such chats under ``chats.list`` (and ``left_chats.list``).
Each message is an object with

* ``id`` (a whole number) and ``type``: ``"message"``, ``"service"`` (joins,
  pins, title changes: skipped) or ``"unsupported"`` (skipped as media);
* ``date_unixtime``: the time it was sent, seconds since 1970 (written as a
  string). ``date`` is the exporting computer's local time without an offset
  and is used only when an old export has no ``date_unixtime``;
* ``text``: a string, or an array mixing strings and entity objects
  ``{"type": "bold"|"link"|"hashtag"|..., "text": ...}``; ``text_entities``: always
  an array of entity objects. An edited message (``edited``,
  ``edited_unixtime``) holds its final text;
* ``forwarded_from`` (a name or null), ``reply_to_message_id``, and media fields
  (``photo``, ``file``, ``media_type``, ``poll``, ``location_information``, ...).

Every text message is a :class:`~geo.sources.text.Report`: its publication date
is ``date_unixtime`` turned into a date in the reports' time zone (Europe/Kyiv
unless told), so "this night" and "yesterday" resolve against the right day
for a message sent at 00:30 Kyiv time (22:30 UTC). Its source is
``https://t.me/<username>/<id>`` when the channel's username is given (the
export never holds it), else ``telegram:<chat id>/<id>``, with the channel's
name (and what the message was forwarded from or replies to) in ``source_name``.
Service messages, media-only posts and polls are skipped and counted.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from geo.errors import InputError
from geo.sources.jsonstream import JsonStream, open_stream
from geo.sources.text import Report

DEFAULT_TZ = "Europe/Kyiv"
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
_CHAT_LISTS = ("chats", "left_chats")
_MEDIA_FIELDS = ("photo", "file", "media_type", "sticker_emoji", "location_information",
                 "contact_information", "place_name", "game_title", "invoice_information")
_LOCAL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?$")


@dataclass
class TelegramStats:
    """What a reading of an export found: messages read and skipped (by reason), chats."""

    messages: int = 0
    reports: int = 0
    skipped: Counter = field(default_factory=Counter)
    chats: list[str] = field(default_factory=list)


def check_channel(name: str | None) -> str | None:
    """A channel username (``@name``, ``name`` or ``https://t.me/name``) as ``name``; None if not given.

    Raises
    ------
    InputError
        Not a Telegram username (5 to 32 letters, digits and underscores).
    """
    if name is None or not str(name).strip():
        return None
    text = str(name).strip()
    text = re.sub(r"^(?:https?://)?t\.me/", "", text).strip("/").removeprefix("@")
    if not _USERNAME.match(text):
        raise InputError(f"not a Telegram channel username: {name!r} (5-32 letters, digits, _)",
                         field="telegram-channel")
    return text


def time_zone(name: str | None):
    """The ``zoneinfo`` time zone called ``name`` (default Europe/Kyiv).

    Raises
    ------
    InputError
        Unknown time zone.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    key = (name or DEFAULT_TZ).strip()
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InputError(f"unknown time zone {key!r} (use a name such as Europe/Kyiv or UTC)",
                         field="tz") from None


def read_telegram_reports(path: str | os.PathLike, *, channel: str | None = None,
                          tz: str | None = None,
                          stats: TelegramStats | None = None) -> Iterator[Report]:
    """The reports of a Telegram Desktop export, read as a stream, in the export's order.

    Parameters
    ----------
    path : path-like
        ``result.json``.
    channel : str, optional
        The channel's username: sources become ``https://t.me/<channel>/<id>``.
    tz : str, optional
        The reports' time zone (default Europe/Kyiv).
    stats : TelegramStats, optional
        Filled in while reading (messages, reports, skipped by reason).

    Raises
    ------
    InputError
        Broken JSON (file, line) or a bad field (file, message id, field).
    """
    username = check_channel(channel)
    zone = time_zone(tz)
    stats = TelegramStats() if stats is None else stats
    handle, stream = open_stream(path)
    with handle:
        if stream.peek() != "{":
            raise InputError("not a Telegram Desktop export (no JSON object)", file=stream.label,
                             line=stream.line())
        found = False
        for key in stream.keys():
            if key in _CHAT_LISTS:
                for list_key in _object_keys(stream, key):
                    if list_key == "list":
                        for _ in _array_items(stream, f"{key}.list", lambda: None):
                            found = True
                            yield from _chat(stream, username, zone, stats)
            elif key == "messages":
                raise InputError("'messages' comes before the chat's 'id'", file=stream.label,
                                 field="messages")
            elif key in ("name", "type", "id"):
                found = True
                yield from _chat(stream, username, zone, stats, first_key=key)
                break
        stream.end()
    if not found:
        raise InputError("not a Telegram Desktop export (no 'messages' and no 'chats')",
                         file=str(path))


def _object_keys(stream: JsonStream, where: str) -> Iterator[str]:
    if stream.peek() != "{":
        raise InputError("must be a JSON object", file=stream.label, line=stream.line(),
                         field=where)
    return stream.keys()


def _array_items(stream: JsonStream, where: str, each) -> Iterator[None]:
    """Step into the array at ``where``; yields once per item, the caller reading the item."""
    if stream.peek() != "[":
        raise InputError("must be a JSON array", file=stream.label, line=stream.line(),
                         field=where)
    stream.expect("[")
    if stream.peek() == "]":
        stream.pos += 1
        return
    while True:
        yield each()
        follow = stream.peek()
        if follow == ",":
            stream.pos += 1
            continue
        if follow == "]":
            stream.pos += 1
            return
        raise stream.fail("expected ',' or ']' after a value")


def _chat(stream: JsonStream, username: str | None, zone, stats: TelegramStats,
          first_key: str | None = None) -> Iterator[Report]:
    """The reports of one chat object (its opening brace already read when ``first_key``)."""
    keys = _continue_keys(stream, first_key) if first_key else _object_keys(stream, "chats.list")
    chat: dict[str, Any] = {}
    for key in keys:
        if key == "messages":
            if not isinstance(chat.get("id"), int) or isinstance(chat.get("id"), bool):
                raise InputError("the chat has no whole-number 'id' before its messages",
                                 file=stream.label, line=stream.line(), field="id")
            name = chat.get("name") if isinstance(chat.get("name"), str) else ""
            stats.chats.append(name or str(chat["id"]))
            if stream.peek() != "[":
                raise InputError("must be a JSON array", file=stream.label, line=stream.line(),
                                 field="messages")
            for index, message in enumerate(stream.items()):
                stats.messages += 1
                report = message_report(message, chat_id=chat["id"], chat_name=name,
                                        username=username, zone=zone, label=stream.label,
                                        index=index, stats=stats)
                if report is not None:
                    stats.reports += 1
                    yield report
        else:
            chat[key] = stream.value()


def _continue_keys(stream: JsonStream, first_key: str) -> Iterator[str]:
    """Keys of an object whose first key has been read already (by an outer :meth:`keys`)."""
    yield first_key
    # the outer keys() generator is left after its yield; read the rest of this object here
    while True:
        follow = stream.peek()
        if follow == ",":
            stream.pos += 1
        elif follow == "}":
            stream.pos += 1
            return
        else:
            raise stream.fail("expected ',' or '}' after a value")
        if stream.peek() != '"':
            raise stream.fail("expected a key in double quotes")
        key = stream.value()
        stream.expect(":")
        yield key


def message_report(message: Any, *, chat_id: int, chat_name: str, username: str | None, zone,
                   label: str, index: int, stats: TelegramStats) -> Report | None:
    """One exported message as a report, or None (and counted) when it is skipped.

    Raises
    ------
    InputError
        A field of the wrong type or value (file, message id, field).
    """
    if not isinstance(message, dict):
        raise InputError(f"message {index + 1} of the chat is not a JSON object", file=label,
                         field="messages")
    mid = message.get("id")
    if not isinstance(mid, int) or isinstance(mid, bool) or mid < 0:
        raise InputError(f"message {index + 1} of the chat: no whole-number id ({mid!r:.40})",
                         file=label, field="id")
    where = f"message {mid}"
    kind = message.get("type", "message")
    if kind == "service":
        stats.skipped["service"] += 1
        return None
    if kind == "unsupported":
        stats.skipped["media-only"] += 1
        return None
    if kind != "message":
        raise _bad(label, where, "type", f"unknown message type {kind!r:.40}")
    if message.get("poll") is not None:
        stats.skipped["poll"] += 1
        return None
    text = message_text(message, label, where)
    if not text.strip():
        stats.skipped["media-only" if any(k in message for k in _MEDIA_FIELDS) else "service"] += 1
        return None
    published = message_day(message, zone, label, where)
    source = (f"https://t.me/{username}/{mid}" if username else f"telegram:{chat_id}/{mid}")
    return Report(text, source, published.isoformat() if published else None,
                  source_name=_provenance(message, chat_name, username, chat_id, label, where))


def _bad(label: str, where: str, field_name: str, message: str) -> InputError:
    return InputError(f"{where}: {message}", file=label, field=field_name)


def message_text(message: dict, label: str, where: str) -> str:
    """The text of a message from ``text_entities`` (preferred) or ``text``."""
    entities = message.get("text_entities")
    if entities is not None:
        if not isinstance(entities, list):
            raise _bad(label, where, "text_entities", "must be an array of entity objects")
        return "".join(_entity_text(e, label, where, "text_entities") for e in entities)
    text = message.get("text", "")
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(part if isinstance(part, str) else _entity_text(part, label, where, "text")
                       for part in text)
    raise _bad(label, where, "text", f"must be a string or an array, not {type(text).__name__}")


def _entity_text(entity: Any, label: str, where: str, field_name: str) -> str:
    if not isinstance(entity, dict) or not isinstance(entity.get("text", ""), str):
        raise _bad(label, where, field_name, "an entity must be an object with a string 'text'")
    return entity.get("text", "")


def message_day(message: dict, zone, label: str, where: str) -> date | None:
    """The day a message was sent, in ``zone``: from ``date_unixtime``, else ``date``'s day."""
    raw = message.get("date_unixtime")
    if raw is not None:
        if isinstance(raw, bool) or not isinstance(raw, (str, int)) or not str(raw).strip().isdigit():
            raise _bad(label, where, "date_unixtime", f"not a whole number of seconds ({raw!r:.40})")
        seconds = int(str(raw).strip())
        if seconds > 4_102_444_800:                       # 2100-01-01
            raise _bad(label, where, "date_unixtime", f"out of range ({seconds})")
        return datetime.fromtimestamp(seconds, tz=timezone.utc).astimezone(zone).date()
    local = message.get("date")
    if local is None:
        raise _bad(label, where, "date_unixtime", "missing (and no 'date')")
    match = _LOCAL_DATE.match(local) if isinstance(local, str) else None
    if match is None:
        raise _bad(label, where, "date", f"not a date and time ({local!r:.40})")
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise _bad(label, where, "date", f"not a date ({local!r:.40})") from None


def _provenance(message: dict, chat_name: str, username: str | None, chat_id: int, label: str,
                where: str) -> str:
    """The channel's name, what the message was forwarded from and what it replies to."""
    parts = [chat_name or (f"@{username}" if username else f"chat {chat_id}")]
    forwarded = message.get("forwarded_from", "")
    if "forwarded_from" in message:
        if forwarded is not None and not isinstance(forwarded, str):
            raise _bad(label, where, "forwarded_from", "must be a name (string) or null")
        parts.append(f"forwarded from {forwarded or 'a hidden account'}")
    reply = message.get("reply_to_message_id")
    if reply is not None:
        if not isinstance(reply, int) or isinstance(reply, bool):
            raise _bad(label, where, "reply_to_message_id", "must be a whole number")
        parts.append("in reply to " + (f"https://t.me/{username}/{reply}" if username
                                       else f"telegram:{chat_id}/{reply}"))
    return "; ".join(parts)
