"""``strikemap rules list | add NAME GEONAMEID [--region R] | remove NAME [--region R] |
export FILE | import FILE``: the analyst's place rules (this name, in this region context,
means this place), which ``strikemap ingest`` and the dashboard apply to new reports.
A rules file (JSON) lets a team share its decisions. See ``docs/review.md``.
"""
from __future__ import annotations

import argparse
import json
import sys

from geo.commands import add_gazetteer_option
from geo.commands.review import _store_option, default_reviewer, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``rules`` subcommand."""
    parser = subparsers.add_parser("rules", help="list, add, remove, export or import place rules",
                                   description="Place rules: a name, in a region context, means "
                                               "a place (docs/review.md).")
    sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    listing = sub.add_parser("list", help="print the rules as JSON lines")
    _store_option(listing)
    listing.set_defaults(func=run_list)
    adding = sub.add_parser("add", help="add or replace a rule")
    adding.add_argument("name", metavar="NAME", help="the name as reports write it")
    adding.add_argument("geonameid", type=int, metavar="GEONAMEID", help="the place it means")
    adding.add_argument("--region", default="", help="only in reports naming this region")
    adding.add_argument("--who", default=None, metavar="NAME")
    adding.add_argument("--note", default=None, metavar="TEXT")
    add_gazetteer_option(adding)
    _store_option(adding)
    adding.set_defaults(func=run_add)
    removing = sub.add_parser("remove", help="remove a rule")
    removing.add_argument("name", metavar="NAME")
    removing.add_argument("--region", default="")
    removing.add_argument("--who", default=None, metavar="NAME")
    _store_option(removing)
    removing.set_defaults(func=run_remove)
    exporting = sub.add_parser("export", help="write the rules to a file (JSON)")
    exporting.add_argument("file", metavar="FILE")
    _store_option(exporting)
    exporting.set_defaults(func=run_export)
    importing = sub.add_parser("import", help="add the rules of a file (all or none)")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--who", default=None, metavar="NAME")
    _store_option(importing)
    importing.set_defaults(func=run_import)


def run_list(args: argparse.Namespace) -> int:
    """One JSON line per rule."""
    from geo.store.rules import list_rules

    for rule in list_rules(open_store(args, must_exist=False)):
        print(json.dumps(rule, ensure_ascii=False))
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Look the place up in the gazetteer and add the rule."""
    from geo.errors import InputError
    from geo.gazetteer import load_gazetteer
    from geo.gazetteer.areas import candidate_by_geonameid
    from geo.store.rules import add_rule

    place = candidate_by_geonameid(load_gazetteer(args.gazetteer), args.geonameid)
    if place is None:
        raise InputError(f"no place with GeoNames id {args.geonameid} in the gazetteer",
                         field="geonameid")
    text = add_rule(open_store(args, must_exist=False), args.name, place, region=args.region,
                    who=args.who or default_reviewer(), note=args.note)
    print(f"added {text}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove the rule; exit 2 when there was none."""
    from geo.errors import InputError
    from geo.store.rules import remove_rule

    if not remove_rule(open_store(args), args.name, region=args.region,
                       who=args.who or default_reviewer()):
        raise InputError(f"no rule for {args.name!r}"
                         + (f" in {args.region!r}" if args.region else ""), field="name")
    print(f"removed the rule for {args.name!r}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the rules file (atomically: a temporary file renamed over the target)."""
    import os
    import tempfile
    from pathlib import Path

    from geo.errors import InputError
    from geo.store.rules import export_rules, list_rules

    store = open_store(args, must_exist=False)
    text = export_rules(store)
    target = Path(args.file)
    if target.is_dir() or not target.parent.is_dir():
        raise InputError("not a file in an existing folder", file=str(target))
    fd, tmp = tempfile.mkstemp(prefix=".strikemap-rules-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write it ({error.strerror or error})", file=str(target)) from None
    print(f"{len(list_rules(store))} rule(s) written to {args.file}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Add the file's rules in one transaction."""
    from geo.store.rules import import_rules

    count = import_rules(open_store(args, must_exist=False), args.file,
                         who=args.who or default_reviewer())
    print(f"{count} rule(s) imported from {args.file}")
    return 0
