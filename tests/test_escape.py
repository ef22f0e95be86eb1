"""geo.escape: each output context's helper keeps any text inert and gives it back unchanged.

Properties over arbitrary text (hypothesis) plus the fixed regression strings of
:mod:`tests.hostile_inputs`. Markdown is checked by rendering it with markdown-it
(CommonMark, tables and strikethrough on), as a browser would show it.
"""
from __future__ import annotations

import html
import json
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from geo.escape import FORMULA_STARTS, csv_cell, csv_cell_value, html_text, markdown_text, script_json
from tests.fuzz_support import FUZZ
from tests.hostile_inputs import HOSTILE_STRINGS

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=200)
SPECIAL = st.text(alphabet="<>&\"'`${}\\%#!*_[]()=+-@\t\r\n\u2028:|~^.;/ ax", max_size=60)
ANY_TEXT = st.one_of(TEXT, SPECIAL, st.sampled_from(HOSTILE_STRINGS))


@FUZZ
@given(ANY_TEXT)
def test_html_text_is_inert_in_html_attributes_and_template_literals(text: str) -> None:
    out = html_text(text)
    assert not set(out) & set("<>\"'`${}\\")
    assert html.unescape(out) == text


@FUZZ
@given(st.recursive(st.none() | st.booleans() | st.integers() | ANY_TEXT,
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
                    max_leaves=12))
def test_script_json_round_trips_and_cannot_leave_its_script(value) -> None:
    out = script_json(value)
    assert json.loads(out) == value
    for bad in ("<", ">", "&", "'", "\u2028", "\u2029", "{{", "{%", "{#"):
        assert bad not in out


def _render_markdown(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


@FUZZ
@given(ANY_TEXT)
@example("`x` ![t](http://example.invalid/i.png)")
@example("    indented code\n# heading\n- list")
def test_markdown_text_renders_as_the_same_characters_and_no_markup(text: str) -> None:
    rendered = _render_markdown(markdown_text(text)).strip()
    flat = " ".join(text.split())
    if not flat:
        assert rendered == ""
        return
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    inner = rendered[3:-4]
    assert not re.search(r"<[a-z/]", inner), inner          # no tag of any kind inside the paragraph
    assert html.unescape(inner) == flat


@FUZZ
@given(ANY_TEXT)
@example("'=1+1")
@example("''-x")
@example("-3.5")
def test_csv_cells_never_start_a_formula_and_read_back_exactly(text: str) -> None:
    cell = csv_cell(text)
    if cell.startswith(FORMULA_STARTS):
        assert re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", cell), cell   # a plain number
    assert csv_cell_value(cell) == text


@pytest.mark.parametrize("value", [3, 2.5, None, -7])
def test_csv_cell_leaves_non_strings_alone(value) -> None:
    assert csv_cell(value) == value and csv_cell_value(value) == value
