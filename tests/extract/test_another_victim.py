""""Killing one person and injuring another": the other one is counted too
(geo.extract.figures). Reports written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, killed, injured", [
    ("Russian forces shelled Kupiansk on Monday, killing one person and injuring another.", 1, 1),
    ("A drone hit a car in Kupiansk, wounding a man and killing another.", 1, 1),
    ("A drone killed one man in Kupiansk; another drone hit a car.", 1, None),
])
def test_another_victim_is_counted(extractor, text, killed, injured):
    [event] = extractor.extract(text, source="t", published="2025-05-01").events
    assert (event.place, event.killed, event.injured) == ("Kupiansk", killed, injured)
