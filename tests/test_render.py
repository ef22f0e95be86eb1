"""`strikemap render`: a PNG of the view with the basemap, events, frontline and credits."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from geo.basemap.layers import SEA_COLOR, UKRAINE_COLOR
from geo.frontline.bundled import install_demo_layers
from tests.conftest import run_strikemap

PROJECT = Path(__file__).resolve().parents[1]


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])


def _share(image: np.ndarray, hex_colour: str, tolerance: int = 6) -> float:
    return float((np.abs(image - _rgb(hex_colour)).max(axis=2) <= tolerance).mean())


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("render_demo")
    install_demo_layers(store)
    done = run_strikemap("ingest", *sorted((PROJECT / "seeds").glob("*.txt")), "--store", store)
    assert done.returncode == 0, done.stderr
    return store


def test_render_draws_land_sea_events_and_front(demo_store: Path, tmp_path: Path) -> None:
    from PIL import Image

    out = tmp_path / "map.png"
    done = run_strikemap("render", "-o", out, "--store", demo_store, "--bbox", "28,43.5,40,50.5",
                         "--width", "1000", "--height", "800")
    assert done.returncode == 0, done.stderr
    image = np.asarray(Image.open(out).convert("RGB")).astype(int)
    assert image.shape == (800, 1000, 3)
    assert _share(image, SEA_COLOR) > 0.05          # the Black Sea and the Sea of Azov
    assert _share(image, UKRAINE_COLOR) > 0.2       # Ukraine's land
    assert _share(image, "#ff7f0e", 30) > 0         # the seed's glide-bomb strike
    assert _share(image, "#67001f", 40) > 0         # the contact line of 2025-07-01
    assert 20_000 < out.stat().st_size < 3_000_000
    screenshots = PROJECT / "screenshots"
    screenshots.mkdir(exist_ok=True)
    (screenshots / "render_demo.png").write_bytes(out.read_bytes())


def test_render_needs_an_output_and_a_store(tmp_path: Path) -> None:
    assert run_strikemap("render", "--store", tmp_path).returncode == 2
    done = run_strikemap("render", "-o", tmp_path / "x.png", "--store", tmp_path / "none")
    assert done.returncode == 2 and "no event store" in done.stderr
