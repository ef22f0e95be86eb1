"""``strikemap history EVENT_ID [--store DIR] [--json]``: an event's audit trail, oldest first.

One line per decision: time (UTC), who, the field, old -> new value, and the note
(``--json``: one JSON object per line). See ``docs/review.md``.
"""
from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``history`` subcommand."""
    parser = subparsers.add_parser("history", help="print an event's audit trail",
                                   description="Every review decision on an event, oldest first.")
    parser.add_argument("event_id", metavar="EVENT_ID")
    parser.add_argument("--json", action="store_true", help="JSON lines instead of text")
    parser.add_argument("--store", metavar="DIR", default=None,
                        help="store folder (default $STRIKEMAP_STORE, else data/ of the project)")
    parser.set_defaults(func=run)


def _value(value: object) -> str:
    return "-" if value is None else json.dumps(value, ensure_ascii=False)


def run(args: argparse.Namespace) -> int:
    """Print the trail; a message on stderr-free stdout when there is none."""
    from geo.commands.review import open_store
    from geo.store.review import history

    rows = history(open_store(args), args.event_id)
    if not rows:
        print(f"{args.event_id}: no decisions recorded")
        return 0
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
            continue
        note = f"  ({' '.join(str(row['note']).split())})" if row["note"] else ""
        print(f"{row['at']}  {row['who']}  {row['field']}: {_value(row['old'])} -> "
              f"{_value(row['new'])}{note}")
    return 0
