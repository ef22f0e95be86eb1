"""``strikemap review list [--status S] [--below C]`` and ``strikemap review set EVENT_ID
(--place GEONAMEID | --killed N | --injured N | --type T... | --date D | --reject | --confirm)
[--note TEXT] [--who NAME] [--seen N]``, ``strikemap review flag EVENT_ID``.

``list`` prints one JSON line per queue entry: ``{"event_id", "review_status", "reason",
"query", "place", "candidates": [{"geonameid", "name", "admin1", "lat", "lon",
"population"}]}``; with ``--status`` every event with that review status. ``set`` applies one
decision in one transaction and prints the new status; a place chosen by GeoNames id (one of
the event's candidates, else any gazetteer entry) also becomes a rule for the name
(``--no-rule`` to skip, ``--rule-region`` to limit it to a region). See ``docs/review.md``.
"""
from __future__ import annotations

import argparse
import json
import sys

from geo.commands import add_gazetteer_option


def default_reviewer() -> str:
    """The OS user's name (the reviewer when ``--who`` is not given)."""
    import getpass

    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):
        return "unknown"


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", metavar="DIR", default=None,
                        help="store folder (default $STRIKEMAP_STORE, else data/ of the project)")


def _who_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--who", default=None, metavar="NAME",
                        help="reviewer name kept in the audit trail (default: the OS user)")
    parser.add_argument("--note", default="", metavar="TEXT", help="why (kept in the audit trail)")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``review`` subcommand with ``list``, ``set`` and ``flag``."""
    from geo.schema import REVIEW_STATUSES

    parser = subparsers.add_parser("review", help="list the review queue, decide on events",
                                   description="The analyst's review queue and decisions "
                                               "(docs/review.md).")
    sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    listing = sub.add_parser("list", help="print the queue as JSON lines")
    listing.add_argument("--status", choices=REVIEW_STATUSES, default=None,
                         help="every event with this review status instead of the queue")
    listing.add_argument("--below", type=float, default=0.5, metavar="C",
                         help="undecided events below this confidence are queued (default 0.5)")
    _store_option(listing)
    listing.set_defaults(func=run_list)
    setting = sub.add_parser("set", help="decide on one event")
    setting.add_argument("event_id", metavar="EVENT_ID")
    setting.add_argument("--place", type=int, metavar="GEONAMEID", default=None,
                         help="move the event to this place (one of its candidates, or any "
                              "gazetteer entry); the name gets a rule")
    setting.add_argument("--killed", type=int, metavar="N", default=None)
    setting.add_argument("--injured", type=int, metavar="N", default=None)
    setting.add_argument("--type", dest="types", action="append", default=None, metavar="T",
                         help="attack types (repeatable or comma-separated): replace the event's")
    setting.add_argument("--date", metavar="YYYY-MM-DD", default=None)
    setting.add_argument("--reject", action="store_true", help="a false event: hide it")
    setting.add_argument("--confirm", action="store_true", help="the event is right as it is")
    setting.add_argument("--seen", type=int, metavar="N", default=None,
                         help="the number of decisions you saw on the event: refused if more "
                              "landed since (two reviewers)")
    setting.add_argument("--no-rule", action="store_true",
                         help="with --place: do not make a rule for the name")
    setting.add_argument("--rule-region", default="", metavar="REGION",
                         help="with --place: the rule holds only in reports naming this region")
    _who_options(setting)
    add_gazetteer_option(setting)
    _store_option(setting)
    setting.set_defaults(func=run_set)
    flagging = sub.add_parser("flag", help="put an event in the review queue")
    flagging.add_argument("event_id", metavar="EVENT_ID")
    _who_options(flagging)
    _store_option(flagging)
    flagging.set_defaults(func=run_flag)


def open_store(args: argparse.Namespace, *, must_exist: bool = True):
    """The store ``--store`` names; InputError when it must exist and does not."""
    from geo.errors import InputError
    from geo.store import EventStore, default_store_dir

    store = EventStore(args.store or default_store_dir())
    if must_exist and not store.file.exists():
        raise InputError("no event store here (run strikemap ingest first)", file=str(store.folder))
    return store


def run_list(args: argparse.Namespace) -> int:
    """Print the queue (or the events with ``--status``) as JSON lines."""
    from geo.store.queue import list_line, review_queue

    store = open_store(args)
    for entry in review_queue(store, status=args.status, threshold=args.below):
        print(json.dumps(list_line(entry), ensure_ascii=False))
    return 0


def place_choice(store, event_id: str, geonameid: int, gazetteer_paths=None):
    """The place a GeoNames id stands for: one of the event's candidates, else the gazetteer's
    entry; InputError when neither knows it."""
    from geo.errors import InputError
    from geo.store.queue import review_queue
    from geo.store.review import PlaceChoice

    for entry in review_queue(store, threshold=None):
        if entry["event_id"] != event_id:
            continue
        for c in entry["candidates"]:
            if c.get("geonameid") == geonameid:
                return PlaceChoice(c["name"], float(c["lat"]), float(c["lon"]), geonameid,
                                   c.get("country_code") or "", c.get("admin1") or "",
                                   c.get("feature") or "settlement")
    from geo.gazetteer import load_gazetteer
    from geo.gazetteer.areas import candidate_by_geonameid

    found = candidate_by_geonameid(load_gazetteer(gazetteer_paths), geonameid)
    if found is None:
        raise InputError(f"no place with GeoNames id {geonameid} in the gazetteer", field="place")
    return PlaceChoice(found.name, found.lat, found.lon, found.geonameid, found.country_code,
                       found.admin1, found.feature)


def run_set(args: argparse.Namespace) -> int:
    """Apply one decision; print the event's new status and what changed."""
    from geo.commands.export import parse_types
    from geo.store.review import Decision, decide

    store = open_store(args)
    place = None if args.place is None else place_choice(store, args.event_id, args.place,
                                                         args.gazetteer)
    decision = Decision(
        event_id=args.event_id, who=args.who or default_reviewer(), place=place,
        killed=args.killed, injured=args.injured,
        attack_types=None if args.types is None else tuple(parse_types(args.types)),
        date=args.date, reject=args.reject, confirm=args.confirm, note=args.note,
        seen=args.seen, rule_region=None if args.no_rule else args.rule_region.strip())
    result = decide(store, decision)
    changed = ", ".join(f for f in result.fields if f != "review_status") or "no field"
    print(f"{args.event_id}: {result.review_status} ({changed} changed; "
          f"{result.version} decision(s) in its history)")
    if result.rule:
        print(f"new {result.rule}", file=sys.stderr)
    return 0


def run_flag(args: argparse.Namespace) -> int:
    """Put the event in the queue."""
    from geo.store.review import flag

    flag(open_store(args), args.event_id, who=args.who or default_reviewer(), note=args.note)
    print(f"{args.event_id}: flagged for review")
    return 0
