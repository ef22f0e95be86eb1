"""Writing Telegram Desktop "Machine-readable JSON" exports for the tests.

The shapes follow Telegram Desktop's exporter (export_output_json.cpp): a
one-chat export ``{"name", "type", "id", "messages"}``; messages with ``id``,
``type`` ("message"/"service"), ``date`` (local time, no offset) and
``date_unixtime`` (a string), ``text`` (a string, or an array mixing strings
and entity objects) and ``text_entities`` (always an array). The texts are
invented for the tests.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

CHANNEL_ID = 1234567890
CHANNEL_NAME = "Test Oblast Military Administration"


def unixtime(text: str) -> str:
    """``"2026-11-19T22:30:00Z"`` as tdesktop writes ``date_unixtime`` (a string)."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return str(int(moment.astimezone(timezone.utc).timestamp()))


def entities(parts: list[Any]) -> list[dict]:
    """``text_entities`` for a ``text`` array (strings become "plain" entities)."""
    return [{"type": "plain", "text": p} if isinstance(p, str) else p for p in parts]


def message(mid: int, text: Any, when: str = "2026-11-20T08:00:00Z", **fields: Any) -> dict:
    """A text message as tdesktop writes it (``text`` a string or a mixed array)."""
    parts = text if isinstance(text, list) else [text] if text else []
    out: dict[str, Any] = {"id": mid, "type": "message",
                           "date": when.replace("Z", "")[:19],      # the exporter's local time
                           "date_unixtime": unixtime(when),
                           "from": CHANNEL_NAME, "from_id": f"channel{CHANNEL_ID}"}
    out.update(fields)
    out["text"] = text
    out["text_entities"] = entities(parts)
    return out


def service(mid: int, when: str = "2026-11-20T08:00:00Z") -> dict:
    """A service message (the channel was created)."""
    return {"id": mid, "type": "service", "date": when[:19], "date_unixtime": unixtime(when),
            "actor": CHANNEL_NAME, "actor_id": f"channel{CHANNEL_ID}", "action": "create_channel",
            "title": CHANNEL_NAME, "text": "", "text_entities": []}


def photo_only(mid: int, when: str = "2026-11-20T08:00:00Z") -> dict:
    """A post with a photo and no caption."""
    out = message(mid, "", when)
    out.update({"photo": "photos/photo_1@20-11-2026_10-00-00.jpg", "width": 1280, "height": 960})
    return out


def poll(mid: int, when: str = "2026-11-20T08:00:00Z") -> dict:
    """A poll (its question is no report)."""
    out = message(mid, "", when)
    out["poll"] = {"question": "Did you hear the sirens?", "closed": False, "total_voters": 3,
                   "answers": [{"text": "yes", "voters": 2, "chosen": False},
                               {"text": "no", "voters": 1, "chosen": False}]}
    return out


def export(messages: list[dict], *, name: str = CHANNEL_NAME, chat_id: int = CHANNEL_ID) -> dict:
    """A one-chat export document."""
    return {"name": name, "type": "public_channel", "id": chat_id, "messages": messages}


def write_export(path: Path, messages: list[dict], **chat: Any) -> Path:
    """Write a one-chat export with tdesktop's one-space indentation."""
    path.write_text(json.dumps(export(messages, **chat), ensure_ascii=False, indent=1),
                    encoding="utf-8")
    return path
