"""Cheap word-prefix pre-checks in front of large regular expressions.

Python's ``re`` tries every alternative of a big pattern at every position, so
running dozens of attack and date patterns over every sentence costs
milliseconds. A :class:`Gate` collects the literal word start of each
alternative ("struck", "удар", "каб") and answers, from a sentence's words,
whether any alternative *could* match. A closed gate is exact (the patterns
cannot match); an open one means "run the pattern".
"""
from __future__ import annotations

import re
from collections.abc import Iterable

_WORD_RE = re.compile(r"\w+")
_COMPOUND_RE = re.compile(r"\w+(?:-\w+)+")


def sentence_words(text: str) -> list[str]:
    """The lower-cased words of a text, and its hyphenated compounds (for :meth:`Gate.open`)."""
    low = text.lower().replace("ё", "е")
    words = _WORD_RE.findall(low)
    if "-" in low:
        words.extend(_COMPOUND_RE.findall(low))
    return words


def _literal_start(pattern: str) -> str:
    """The literal letters a group-free alternative must start with ("" when unknown)."""
    out = []
    for i, ch in enumerate(pattern):
        nxt = pattern[i + 1] if i + 1 < len(pattern) else ""
        if not (ch.isalnum() or ch == "_" or ch == "-" and out) or nxt in ("?", "*", "{"):
            break
        out.append(ch)
    return "".join(out).lower().replace("ё", "е")


def _closing(pattern: str, start: int) -> int:
    """Index of the parenthesis closing the group opened at ``start``."""
    depth, escaped = 0, False
    for i in range(start, len(pattern)):
        ch = pattern[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(pattern)


def literal_starts(pattern: str) -> list[str]:
    """Every literal word start an alternative can begin with ([""] when unknown).

    Leading groups are expanded: ``\\b(?:drone|missile)s?`` -> ``drone``, ``missile``.
    """
    body = pattern
    while True:
        stripped = re.sub(r"^(?:\\b|\^)+", "", body)
        if stripped == body:
            break
        body = stripped
    if not body.startswith("("):
        return [_literal_start(body)]
    close = _closing(body, 0)
    head = re.sub(r"^\((?:\?[-a-zA-Z]*:|\?:)?", "", body[:close])
    rest = body[close + 1:]
    optional = rest[:1] in ("?", "*")
    if optional or rest[:1] == "{":
        return [""]
    return [literal for alternative in split_alternatives(head)
            for literal in literal_starts(alternative + rest)]


def split_alternatives(pattern: str) -> list[str]:
    """Top-level ``|`` alternatives of a pattern (``(?:a)|(?:b)`` -> ``a``, ``b``)."""
    parts, depth, start, escaped = [], 0, 0, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    out = []
    for part in parts:
        if part.startswith("(?:") and part.endswith(")") and _balanced(part[3:-1]):
            out.extend(split_alternatives(part[3:-1]))
        else:
            out.append(part)
    return out


def _balanced(text: str) -> bool:
    depth, escaped = 0, False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


class Gate:
    """Whether any of some patterns could match, judged from word starts.

    Parameters
    ----------
    patterns : iterable of str
        Regular-expression sources; each top-level alternative should start
        with a literal word start (after ``\\b`` or an inline flag group).
        An alternative without one keeps the gate always open.
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        prefixes: set[str] = set()
        self.always = False
        for pattern in patterns:
            for alternative in split_alternatives(pattern):
                for literal in literal_starts(alternative):
                    if not literal:
                        self.always = True
                    prefixes.add(literal)
        self._short = frozenset(p for p in prefixes if len(p) == 1)
        heads: dict[str, set[str]] = {}
        for prefix in prefixes:
            if len(prefix) >= 2:
                heads.setdefault(prefix[:2], set()).add(prefix)
        self._by_head = {head: tuple(sorted(group, key=len)) for head, group in heads.items()}

    def open(self, words: list[str]) -> bool:
        """True when some pattern could match a text with these words."""
        if self.always:
            return True
        by_head, short = self._by_head, self._short
        for word in words:
            group = by_head.get(word[:2])
            if group is not None and word.startswith(group):
                return True
            if short and word[:1] in short:
                return True
        return False


_GATES: dict[str, Gate] = {}


def search_gated(pattern: re.Pattern[str], text: str, words: list[str]) -> bool:
    """``pattern.search(text)``, skipped when none of the pattern's word starts is among
    ``words`` (the words of the sentence ``text`` is cut from); each pattern's
    :class:`Gate` is built once."""
    gate = _GATES.get(pattern.pattern)
    if gate is None:
        gate = _GATES[pattern.pattern] = Gate([pattern.pattern])
    return gate.open(words) and pattern.search(text) is not None
