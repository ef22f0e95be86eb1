"""``strikemap geocode``'s JSON lines: the fast formatter writes exactly ``json.dumps(to_json())``."""
from __future__ import annotations

import json
import math

from hypothesis import given
from hypothesis import strategies as st

from geo.commands.geocode import json_line
from geo.model import Candidate, Place


def reference(place: Place) -> str:
    return json.dumps(place.to_json(), ensure_ascii=False)


def candidate(**fields) -> Candidate:
    base = dict(geonameid=704508, name="Kramatorsk", lat=48.72305, lon=37.55629,
                country_code="UA", admin1="Donetsk Oblast", admin1_code="05",
                feature="settlement", population=150_000, score=0.87654321)
    return Candidate(**{**base, **fields})


def test_resolved_unresolved_and_odd_shapes_match_json_dumps():
    places = [
        Place("Kramatorsk", "resolved", candidate()),
        Place("Крама\"торськ\\\n\t\x01", "resolved",
              candidate(name="Кра\u2028маторськ", admin1="", geonameid=None, lat=-0.0)),
        Place("Qwxzzy", "unresolved", reason="no gazetteer name found in the query"),
        Place("Донбас", "unresolved", reason="ambiguous: 'Донбас' \"quoted\" \u00e9",
              alternatives=(candidate(),)),
        # shapes the fast path hands to json.dumps: a candidate on an unresolved place,
        # non-finite or numpy-like numbers, a bool id, a status without a candidate
        Place("x", "unresolved", candidate(), reason="odd"),
        Place("x", "resolved", candidate(score=math.nan)),
        Place("x", "resolved", candidate(lat=math.inf)),
        Place("x", "resolved", candidate(geonameid=True)),
        Place("x", "resolved", candidate(score=1)),
        Place("x", "resolved", None, reason="no candidate"),
    ]
    for place in places:
        assert json_line(place) == reference(place)


finite = st.floats(allow_nan=False, allow_infinity=False)


@given(query=st.text(), name=st.text(), reason=st.text(), lat=finite, lon=finite,
       score=st.floats(), gid=st.none() | st.integers(min_value=-1, max_value=10**12))
def test_any_text_and_numbers_match_json_dumps(query, name, reason, lat, lon, score, gid):
    resolved = Place(query, "resolved", candidate(name=name, lat=lat, lon=lon, score=score,
                                                  geonameid=gid))
    unresolved = Place(query, "unresolved", reason=reason)
    assert json_line(resolved) == reference(resolved)
    assert json_line(unresolved) == reference(unresolved)
