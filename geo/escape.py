"""Making text from reports safe for the context it lands in.

Report text (a place, a source, an excerpt, a file's header) reaches HTML pages,
JavaScript embedded in them, Markdown rendered by the dashboard and CSV files
opened in spreadsheets. Each context has its own special characters; one helper
per context, used wherever text from data leaves the library:

- :func:`html_text`: HTML text and quoted attributes, and, because backquote,
  ``$``, braces and backslash become character references too, safe inside a
  JavaScript template literal (folium pastes some HTML into `` `...` ``).
- :func:`script_json`: a value as JSON that can sit inside a ``<script>``
  element (no ``</script>``, no ``<!--``, no U+2028/U+2029 surprises).
- :func:`markdown_text`: text shown through Markdown (Streamlit's ``st.error``,
  ``st.caption``...) as the same characters, never as markup, links or images.
- :func:`csv_cell`: a spreadsheet cell that is never read as a formula
  (OWASP CSV injection advice); :func:`csv_cell_value` undoes it on reading.

Imports nothing from ``geo``.
"""
from __future__ import annotations

import html
import json
import re
from typing import Any

#: characters that start a formula in common spreadsheets (OWASP): = + - @ tab CR
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
#: the prefix that makes such a cell text
FORMULA_GUARD = "'"

_TEMPLATE_CHARS = {"`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;", "\\": "&#92;"}
_TEMPLATE_RE = re.compile(r"[`${}\\]")
_MD_SPECIAL_RE = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")
_STRING_RE = re.compile(r'"(?:[^"\\]|\\.)*"')
_NUMBER_RE = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def html_text(value: Any) -> str:
    """Escape ``value`` for HTML text, a quoted attribute and a JS template literal.

    ``None`` becomes an empty string. ``& < > " '`` become character references
    (as :func:`html.escape`), and so do `` ` ``, ``$``, ``{``, ``}`` and ``\\``,
    which a browser shows unchanged but a template literal can no longer
    interpolate or end.

    Examples
    --------
    >>> html_text("<b>${alert(1)}</b>")
    '&lt;b&gt;&#36;&#123;alert(1)&#125;&lt;/b&gt;'
    >>> html_text(None)
    ''
    """
    if value is None:
        return ""
    escaped = html.escape(str(value), quote=True)
    return _TEMPLATE_RE.sub(lambda m: _TEMPLATE_CHARS[m.group(0)], escaped)


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>``, ``&``, ``'`` and the line separators U+2028/U+2029 are written
    as ``\\uXXXX`` escapes, so no string can close the script or open a comment;
    so are braces inside strings, so no string can hold a template engine's
    ``{{``, ``{%`` or ``{#`` (folium renders its scripts as Jinja templates twice).

    Examples
    --------
    >>> script_json({"a": "</script>"})
    '{"a": "\\\\u003c/script\\\\u003e"}'
    """
    text = _STRING_RE.sub(_braces_escaped, json.dumps(value, ensure_ascii=False, allow_nan=False))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def _braces_escaped(match: re.Match) -> str:
    return match.group(0).replace("{", "\\u007b").replace("}", "\\u007d")


def markdown_text(value: Any) -> str:
    """Text that Markdown (CommonMark, GFM, Streamlit's extensions) shows as itself.

    Every ASCII punctuation character gets a backslash (CommonMark allows it
    before any of them), so no code span, emphasis, link, image, LaTeX ``$``,
    ``:colour[...]`` directive or HTML tag can start; every run of white space
    (line breaks included) becomes one space, so no heading, list, quote or
    code block can start either.

    Examples
    --------
    >>> markdown_text("`x` ![t](http://e/i.png)")
    '\\\\`x\\\\` \\\\!\\\\[t\\\\]\\\\(http\\\\:\\\\/\\\\/e\\\\/i\\\\.png\\\\)'
    """
    if value is None:
        return ""
    return _MD_SPECIAL_RE.sub(r"\\\1", " ".join(str(value).split()))


def _formula_like(text: str) -> bool:
    """True when ``text``, past any leading ``'``, starts a formula and is no plain number."""
    bare = text.lstrip(FORMULA_GUARD)
    return bare.startswith(FORMULA_STARTS) and not _NUMBER_RE.fullmatch(bare)


def csv_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet never evaluates as a formula.

    A string starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
    leading ``'`` (OWASP's advice), except a plain number such as ``-3.5``, which
    stays a number. A string that already starts with ``'`` before such a
    character gets one more, so :func:`csv_cell_value` gives back every string
    exactly. Other values are returned unchanged.

    Examples
    --------
    >>> print(csv_cell('=HYPERLINK("http://x")'))
    '=HYPERLINK("http://x")
    >>> csv_cell("-3.5"), csv_cell(7), csv_cell("Kyiv")
    ('-3.5', 7, 'Kyiv')
    """
    if isinstance(value, str) and _formula_like(value):
        return FORMULA_GUARD + value
    return value


def csv_cell_value(cell: Any) -> Any:
    """Undo :func:`csv_cell`: the text a neutralised cell stood for.

    Examples
    --------
    >>> csv_cell_value(csv_cell("=1+1")), csv_cell_value("'quoted'")
    ('=1+1', "'quoted'")
    >>> csv_cell_value(csv_cell("'=x")) == "'=x"
    True
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_GUARD) and _formula_like(cell[1:]):
        return cell[1:]
    return cell
