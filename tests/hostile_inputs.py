"""Regression inputs of issue 25: hostile strings and hostile files, written once, used by
every test that checks the product's promises against them.

``HOSTILE_STRINGS`` are built from each output context's special characters: HTML text
and attributes, JavaScript strings and template literals, JSON in ``<script>``, Jinja
(folium renders its scripts as templates), Markdown (Streamlit) and CSV (spreadsheets).
Each one tries to run ``window.__pwned = ...`` or ``alert(...)``, to fetch something from
outside (``example.invalid``), or to break the script that draws a map layer.
"""
from __future__ import annotations

#: one string per trick; tests put each in every text field
HOSTILE_STRINGS: tuple[str, ...] = (
    "${window.__pwned='template'}",
    "${alert(1)}",
    "${alert('x')}",
    "`;window.__pwned='backtick';`",
    "\\`${window.__pwned='escaped-backtick'}",
    "\\u{41}\\x4 \\",                                   # invalid escapes in a template literal
    "</script><script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "<img src=\"http://example.invalid/pixel.png\">",
    "\" onmouseover=\"window.__pwned='attr'\" x=\"",
    "' onmouseover='window.__pwned=1' x='",
    "');window.__pwned='js-single';('",
    "\");window.__pwned='js-double';(\"",
    "{{ 7*7 }}{% if 1 %}jinja{% endif %}{# c #}",
    "{{ cycler.__init__.__globals__.os.getcwd() }}",
    "<!-- <script>",
    "\u2028\u2029 line separators",
    "](http://example.invalid/) ![t](http://example.invalid/i.png)",
    "`code` **bold** :red[red] $x^2$ <b>b</b> [l](javascript:alert(1))",
    "javascript:window.__pwned='link'",
    "&lt;script&gt;&#96;&amp;",
    "=HYPERLINK(\"http://example.invalid/\",\"x\")",
    "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR",
)

#: everything at once, for single-field checks
ALL_IN_ONE = " | ".join(HOSTILE_STRINGS)

#: JavaScript that is true when none of the strings ran
NOT_PWNED_JS = "window.__pwned === undefined"
