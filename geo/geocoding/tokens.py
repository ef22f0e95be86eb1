"""Words of a location text, with the comma-separated part each belongs to.

A text splits into segments at commas, semicolons, colons, brackets, slashes
and spaced dashes ("Siversk town, Donetsk oblast" has two); the scanner
(:mod:`geo.geocoding.query`) reads names word by word within them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo.gazetteer import Gazetteer, fast_key

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-‐–][^\W\d_]+)*", re.UNICODE)
_SEGMENT_BREAK = re.compile(r"[,;:()\[\]\n/]|\s[-–—]\s|\.\s")
POSSESSIVE = re.compile(r"['’ʼ]s$", re.IGNORECASE)
_HYPHENS = re.compile(r"[\-‐–]")


@dataclass(frozen=True)
class Token:
    """One word of a text."""

    text: str           # without a possessive 's
    low: str
    segment: int
    possessive: bool
    raw: str            # as written ("People's")

    @property
    def raw_low(self) -> str:
        return self.raw.lower()


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` (hyphenated and apostrophised words whole), each with the
    index of its segment and whether it ends in a possessive 's."""
    breaks = [m.start() for m in _SEGMENT_BREAK.finditer(text)]
    out: list[Token] = []
    seg_i = 0
    for m in _TOKEN_RE.finditer(text):
        while seg_i < len(breaks) and breaks[seg_i] < m.start():
            seg_i += 1
        raw = word = m.group(0)
        possessive = bool(POSSESSIVE.search(word)) and len(word) > 3
        if possessive:
            word = word[:-2]
        out.append(Token(word, word.lower(), seg_i, possessive, raw))
    return out


def split_compounds(gazetteer: Gazetteer, tokens: list[Token]) -> list[Token]:
    """"Pokrovsk-Myrnohrad": a hyphenated word that is no name but whose capitalised parts
    all are stands for those names (Kupiansk-Vuzlovyi, a name, stays whole; "war-torn"
    is no place)."""
    out: list[Token] = []
    for token in tokens:
        parts = _HYPHENS.split(token.text)
        if (len(parts) > 1 and all(len(p) > 2 and p[:1].isupper() for p in parts)
                and not gazetteer.is_name(fast_key(token.low))
                and all(gazetteer.is_name(fast_key(p.lower())) for p in parts)):
            out += [Token(p, p.lower(), token.segment, False, p) for p in parts]
        else:
            out.append(token)
    return out
