"""Local copies of every JS/CSS file the folium maps load.

The files come from the npm registry at set-up (``dashboard/static/package.json``
and its lockfile; ``make setup`` runs ``npm ci``) into the ignored folder
``dashboard/static/node_modules``. Streamlit serves that folder at
``/app/static/`` (``server.enableStaticServing``); an exported HTML map gets a
copy beside it. Folium's assets are named; :data:`LOCAL_JS` and
:data:`LOCAL_CSS` map each name to its file, and :func:`localize_map` points
every element of a map at them through the instance's ``default_js`` /
``default_css`` lists (never folium's module-global lists). An element that
asks for an asset we do not have raises :class:`AssetError` instead of
quietly loading it from the internet.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from geo import PROJECT_DIR
from geo.errors import StrikemapError

#: where ``npm ci`` puts the packages
ASSET_ROOT = Path(os.environ.get("STRIKEMAP_ASSETS",
                                 PROJECT_DIR / "dashboard" / "static" / "node_modules"))
#: the URL prefix under which Streamlit's static serving exposes ASSET_ROOT
STREAMLIT_ASSET_URL = "/app/static/node_modules/"
MANIFEST_PATH = Path(__file__).with_name("asset_manifest.json")

LOCAL_JS: dict[str, str] = {
    "leaflet": "leaflet/dist/leaflet.js",
    "jquery": "jquery/dist/jquery.min.js",
    "bootstrap": "bootstrap/dist/js/bootstrap.bundle.min.js",
    "awesome_markers": "leaflet.awesome-markers/dist/leaflet.awesome-markers.min.js",
    "markerclusterjs": "leaflet.markercluster/dist/leaflet.markercluster.js",
    "leaflet-heat.js": "leaflet.heat/dist/leaflet-heat.js",
    "protomaps_leaflet": "protomaps-leaflet/dist/protomaps-leaflet.js",
}
LOCAL_CSS: dict[str, str] = {
    "leaflet_css": "leaflet/dist/leaflet.css",
    "bootstrap_css": "bootstrap/dist/css/bootstrap.min.css",
    "awesome_markers_font_css": "@fortawesome/fontawesome-free/css/all.min.css",
    "awesome_markers_css": "leaflet.awesome-markers/dist/leaflet.awesome-markers.css",
    "markerclustercss": "leaflet.markercluster/dist/MarkerCluster.css",
    "markerclusterdefaultcss": "leaflet.markercluster/dist/MarkerCluster.Default.css",
}
#: folium assets we deliberately leave out, with the reason (our maps do not use them)
OMITTED: dict[str, str] = {
    "glyphicons_css": "Bootstrap 3 glyphicons: not on npm as a separate file; no map uses glyphicon icons",
    "awesome_rotate_css": "folium's own rotate CSS (not on npm); no map uses rotated icons",
}
#: map data the built-in basemap reads on the server (Natural Earth via world-atlas; see
#: :mod:`geo.basemap`): verified with the rest, never copied beside an exported HTML map
MAP_DATA: dict[str, str] = {
    "land50": "world-atlas/land-50m.json",
    "land110": "world-atlas/land-110m.json",
    "countries50": "world-atlas/countries-50m.json",
}
#: folders whose files CSS refers to (marker images, web fonts); copied with an HTML export
ASSET_SUPPORT_DIRS: tuple[str, ...] = (
    "leaflet/dist/images", "leaflet.awesome-markers/dist/images",
    "@fortawesome/fontawesome-free/webfonts",
)


class AssetError(StrikemapError):
    """A map asset is missing, altered, or has no local copy."""


def _localized(pairs: list[tuple[str, str]], table: dict[str, str],
               base_url: str, owner: str) -> list[tuple[str, str]]:
    out = []
    for name, _url in pairs:
        if name in OMITTED:
            continue
        if name not in table:
            raise AssetError(f"{owner} needs asset {name!r}, which has no local copy "
                             "(add it to dashboard/static/package.json and geo/assets.py)")
        out.append((name, base_url + table[name]))
    return out


def _walk(element) -> Iterator:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def localize_map(folium_map, base_url: str = STREAMLIT_ASSET_URL):
    """Point every element of a folium map at the local assets.

    Parameters
    ----------
    folium_map : folium.Map
        Changed in place (instance attributes only) and returned.
    base_url : str
        Prefix of the local asset URLs: ``/app/static/node_modules/`` under
        Streamlit, a relative folder for an exported HTML file.

    Raises
    ------
    AssetError
        When an element needs an asset that has no local copy.
    """
    for element in _walk(folium_map):
        owner = type(element).__name__
        if getattr(element, "default_js", None):
            element.default_js = _localized(list(element.default_js), LOCAL_JS, base_url, owner)
        if getattr(element, "default_css", None):
            element.default_css = _localized(list(element.default_css), LOCAL_CSS, base_url, owner)
    return folium_map


def asset_files(include_data: bool = True) -> list[str]:
    """Every file (relative to :data:`ASSET_ROOT`) that a map may load, with the basemap's
    data files (:data:`MAP_DATA`) unless ``include_data`` is False."""
    files = list(LOCAL_JS.values()) + list(LOCAL_CSS.values())
    if include_data:
        files += list(MAP_DATA.values())
    for folder in ASSET_SUPPORT_DIRS:
        base = ASSET_ROOT / folder
        if base.is_dir():
            files += sorted(str(p.relative_to(ASSET_ROOT)) for p in base.iterdir() if p.is_file())
    return files


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify_assets(root: Path = ASSET_ROOT) -> list[str]:
    """Check the installed assets against the committed manifest.

    Returns
    -------
    list of str
        One line per problem (missing file, wrong size or hash); empty when all is well.
    """
    manifest = json.loads(MANIFEST_PATH.read_text())
    problems = []
    for rel, expected in manifest["files"].items():
        path = root / rel
        if not path.is_file():
            problems.append(f"missing: {path}")
        elif path.stat().st_size != expected["size"] or _sha256(path) != expected["sha256"]:
            problems.append(f"altered: {path} (size or sha256 differs from {MANIFEST_PATH.name})")
    return problems


def write_manifest(root: Path = ASSET_ROOT) -> None:
    """Record size and sha256 of every asset file (run after changing package.json)."""
    files = {rel: {"size": (root / rel).stat().st_size, "sha256": _sha256(root / rel)}
             for rel in asset_files()}
    MANIFEST_PATH.write_text(json.dumps({"root": "dashboard/static/node_modules",
                                         "files": files}, indent=1, sort_keys=True) + "\n")


def copy_assets(target: Path) -> None:
    """Copy every asset file under ``target`` (for an exported HTML map)."""
    import shutil

    for rel in asset_files(include_data=False):
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ASSET_ROOT / rel, dest)


def main(argv: list[str] | None = None) -> int:
    """``python -m geo.assets verify|manifest``: used by ``make setup``."""
    command = (argv if argv is not None else sys.argv[1:]) or ["verify"]
    if command[0] == "manifest":
        write_manifest()
        print(f"wrote {MANIFEST_PATH}")
        return 0
    problems = verify_assets()
    for problem in problems:
        print(f"map assets: {problem}", file=sys.stderr)
    if problems:
        print("map assets: run 'make setup' (npm ci in dashboard/static) to install them", file=sys.stderr)
        return 1
    print(f"map assets: {len(json.loads(MANIFEST_PATH.read_text())['files'])} files verified")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
