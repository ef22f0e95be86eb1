"""The ``strikemap`` command (also ``python -m geo``).

Each subcommand lives in ``geo/commands/<name>.py`` (``fetch-feed`` in ``fetch_feed.py``) and exposes
``register(subparsers)``, which adds its parser and sets ``func`` to a handler
``run(args) -> int``. Command modules import heavy libraries inside ``run`` so
that start-up stays fast. Any :class:`~geo.errors.StrikemapError` becomes one
line on stderr and exit status 2; see the CLI contract in ``DESIGN.md``.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from geo.errors import StrikemapError

COMMANDS: tuple[str, ...] = ("geocode", "extract", "ingest", "fetch-feed", "export", "frontline",
                             "gazetteer", "render", "dashboard", "review", "history", "rules")


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors follow the exit-2, one-line rule."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"strikemap: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The full ``strikemap`` argument parser with every subcommand."""
    parser = _Parser(prog="strikemap",
                     description="Conflict reports to mapped, traceable events (offline first).")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f"geo.commands.{name.replace('-', '_')}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status (0 ok, 2 bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except StrikemapError as error:
        print(f"strikemap: error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
