"""Dashboard logic through Streamlit's AppTest (no browser): filters, URL state, empty store."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest


APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")


def _run(query: dict[str, str] | None = None) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        app.query_params[key] = value
    return app.run()


def _caption(app: AppTest) -> str:
    return next(c.value for c in app.caption if " of " in c.value and "events" in c.value)


def test_all_events_are_shown_by_default(small_store: Path) -> None:
    app = _run()
    assert not app.exception
    assert _caption(app).startswith("3 of 3 events")


def test_url_parameters_restore_a_filtered_view(small_store: Path) -> None:
    app = _run({"type": "drone", "from": "2025-07-10", "to": "2025-07-31"})
    assert _caption(app).startswith("1 of 3 events")
    assert app.sidebar.multiselect(key="f_types").value == ["drone"]


def test_changing_a_filter_rewrites_the_url(small_store: Path) -> None:
    app = _run()
    app.sidebar.multiselect(key="f_types").set_value(["glide_bomb"]).run()
    assert _caption(app).startswith("1 of 3 events")
    assert app.query_params["type"] in ("glide_bomb", ["glide_bomb"])


def test_minimum_casualties_and_oblast_filters(small_store: Path) -> None:
    app = _run({"min_casualties": "1"})
    assert _caption(app).startswith("1 of 3 events")
    app = _run({"oblast": "Kharkiv Oblast"})
    assert _caption(app).startswith("1 of 3 events")


def test_empty_store_says_how_to_add_data(store_dir: Path) -> None:
    app = _run()
    assert not app.exception
    assert any("No events in this store yet" in i.value for i in app.info)


def test_event_details_list_sources_escaped_and_never_none() -> None:
    import pandas as pd

    from dashboard.map_page import all_sources_html

    assert all_sources_html(pd.Series({"sources": ["a<b", "https://x.example/1"],
                                       "source": "a<b"})) == "a&lt;b, https://x.example/1"
    assert all_sources_html(pd.Series({"sources": [], "source": "report.txt"})) == "report.txt"
    assert all_sources_html(pd.Series({"sources": [], "source": None})) == "not recorded"
    assert all_sources_html(pd.Series({"sources": None, "source": float("nan")})) == "not recorded"


def test_an_unreadable_boundary_file_is_a_warning_not_a_crash(small_store: Path) -> None:
    """A broken file in ``<store>/boundaries/`` used to stop the map page with a traceback;
    now the map is drawn without outlines and one line names the file."""
    from geo.escape import markdown_text

    folder = small_store / "boundaries"
    folder.mkdir()
    (folder / "oblasts.geojson").write_text("{not json", encoding="utf-8")
    app = _run()
    assert not app.exception
    assert _caption(app).startswith("3 of 3 events")
    warning = next(w.value for w in app.warning if "boundaries" in w.value)
    assert markdown_text("oblasts.geojson") in warning and "\n" not in warning   # shown as text
