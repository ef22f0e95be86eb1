"""The demo's frontline layer, bundled with the package (DeepStateMap, GPL-3.0).

``geo/frontline/data/deepstatemap_data_20250701.geojson.xz`` (licence and attribution in the
README beside it) is the layer in force on the seed report's date (2025-07-22).
``python -m geo.frontline.bundled STORE`` puts it in ``STORE/frontline/`` and the bundled
oblast boundaries in ``STORE/boundaries/`` (so the contact line leaves out the border and
the coast); ``make demo`` runs it before ingesting the seeds.
"""
from __future__ import annotations

import lzma
import os
import sys
from pathlib import Path

__all__ = ["DEMO_FRONTLINE", "install_demo_layers"]

DEMO_FRONTLINE = Path(__file__).with_name("data") / "deepstatemap_data_20250701.geojson.xz"


def _unpack(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        partial = target.with_name(target.name + ".part")
        with lzma.open(source, "rb") as handle:
            partial.write_bytes(handle.read())
        os.replace(partial, target)
    return target


def install_demo_layers(store: str | os.PathLike) -> list[Path]:
    """Put the bundled frontline layer and oblast boundaries in ``store`` (kept if present).

    Returns
    -------
    list of Path
        The frontline file and the boundary file in the store.
    """
    from geo.gazetteer.boundaries import BOUNDARIES_FILE

    folder = Path(store)
    front = _unpack(DEMO_FRONTLINE, folder / "frontline" / DEMO_FRONTLINE.name.removesuffix(".xz"))
    bounds = _unpack(BOUNDARIES_FILE, folder / "boundaries" / BOUNDARIES_FILE.name.removesuffix(".xz"))
    return [front, bounds]


def main(argv: list[str] | None = None) -> int:
    """``python -m geo.frontline.bundled STORE``."""
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m geo.frontline.bundled STORE", file=sys.stderr)
        return 2
    for path in install_demo_layers(args[0]):
        print(f"demo layer: {path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
