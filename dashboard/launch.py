"""``python -m dashboard.launch run APP [options]``: Streamlit's command line, offline.

Streamlit looks up the machine's external address at checkip.amazonaws.com to
print an "External URL" when bound to every interface, and to widen its allowed
origins whenever a page from a foreign origin connects. That is a request to
the outside nobody asked for; strikemap makes none unless the user asks for an
online source. This launcher records the external address as unknown before
Streamlit starts, so the lookup never runs (origins from this machine's own
names and addresses stay allowed; any other origin is refused, as before).
"""
from __future__ import annotations

import sys


def forbid_external_ip_lookup() -> None:
    """Make Streamlit's external-address lookup answer "unknown" without asking."""
    from streamlit import net_util

    net_util._external_ip = ""     # its cache: a value other than None is never refreshed


def main() -> int:
    """Run Streamlit's CLI with the arguments given to this module."""
    forbid_external_ip_lookup()
    from streamlit.web import cli

    sys.argv = ["streamlit", *sys.argv[1:]]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
