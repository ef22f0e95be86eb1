"""``strikemap dashboard [--store DIR] [--port N]``: run the Streamlit app on a store."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys

from geo import PROJECT_DIR
from geo.errors import InputError

APP_PATH = PROJECT_DIR / "dashboard" / "app.py"

#: server settings that hold whatever the user's own Streamlit config says
SERVER_FLAGS: tuple[str, ...] = (
    "--server.headless=true",
    "--server.enableStaticServing=true",
    "--server.enableXsrfProtection=true",
    # CORS *protection* on (Streamlit's enableCORS=false sends "Access-Control-Allow-Origin: *"
    # and accepts a WebSocket from any web site, which could then drive the app)
    "--server.enableCORS=true",
    "--server.maxUploadSize=50",
    "--server.fileWatcherType=none",
    "--browser.gatherUsageStats=false",
    "--global.developmentMode=false",
    "--client.toolbarMode=viewer",
    # no full garbage collection after every run: with 100,000 events loaded it took a
    # quarter of each run's time (py-spy), and Python still collects as it goes
    "--runner.postScriptGC=false",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``dashboard`` subcommand."""
    parser = subparsers.add_parser("dashboard", help="open the Streamlit dashboard on a store")
    parser.add_argument("--store", help="store folder (default $STRIKEMAP_STORE, else data/)")
    parser.add_argument("--port", type=int, default=8501, help="port (default 8501)")
    parser.add_argument("--address", default="localhost", help="address to bind (default localhost)")
    parser.add_argument("--basemap", metavar="FILE.pmtiles", default=None,
                        help="a Protomaps/PMTiles extract to draw as the offline basemap (default "
                             "$STRIKEMAP_BASEMAP, else the built-in one); served on 127.0.0.1 only")
    parser.set_defaults(func=run)


#: host names the app answers to on loopback
LOOPBACK_HOSTS: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")


def allowed_hosts(address: str) -> tuple[str, ...]:
    """Host names the app's WebSocket accepts: a guard against DNS rebinding.

    Loopback names plus the address bound to; none (any host) when bound to
    every interface, where the user chose to serve whatever names reach it.
    """
    if address in ("", "0.0.0.0", "::"):
        return ()
    return tuple(dict.fromkeys([*LOOPBACK_HOSTS, address]))


def dashboard_command(port: int, address: str = "localhost") -> list[str]:
    """The ``streamlit run`` command line for the app (through :mod:`dashboard.launch`,
    which keeps Streamlit from looking up the machine's external address online)."""
    return [sys.executable, "-m", "dashboard.launch", "run", str(APP_PATH),
            f"--server.port={port}", f"--server.address={address}", *SERVER_FLAGS,
            *(f"--server.allowedHosts={host}" for host in allowed_hosts(address))]


def run(args: argparse.Namespace) -> int:
    """Start Streamlit in the foreground; returns its exit status."""
    from geo.store import default_store_dir

    if not 0 < args.port < 65536:
        raise InputError(f"port {args.port} is out of range", field="--port")
    env = dict(os.environ)
    env["STRIKEMAP_STORE"] = str(os.path.abspath(args.store) if args.store else default_store_dir())
    basemap = args.basemap or env.get("STRIKEMAP_BASEMAP", "").strip()
    if basemap:
        from geo.basemap.pmtiles import read_header

        read_header(basemap)                       # a bad file fails here, in one line
        env["STRIKEMAP_BASEMAP"] = os.path.abspath(basemap)
    return subprocess.call(dashboard_command(args.port, args.address), env=env)
