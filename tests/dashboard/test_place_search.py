"""The place search box: a gazetteer name centres the map; an unknown one says so."""
from __future__ import annotations

from pathlib import Path

from tests.dashboard.test_apptest import _run


def test_a_gazetteer_place_centres_the_map(small_store: Path) -> None:
    app = _run()
    app.text_input(key="place_query").set_value("Kramatorsk").run()
    assert not app.exception
    assert any(c.value.startswith("Map centred on Kramatorsk, Donetsk Oblast") for c in app.caption)
    app.text_input(key="place_query").set_value("Nowhereville Qzx").run()
    assert any("No place called" in c.value for c in app.caption)
