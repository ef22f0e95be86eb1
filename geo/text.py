"""Text normalisation shared by the gazetteer, the geocoder and extraction."""
from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’ʼ`´‘ʹ′"
_DASHES = "-‐‑‒–—―"
_APOS_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_SEP_RE = re.compile(f"[{re.escape(_DASHES)}\\s_.]+")


def normalize_name(name: str) -> str:
    """Fold a place name to its lookup key.

    Lower case, diacritics removed (Latin only: Cyrillic й and ї are kept),
    apostrophes dropped, hyphens, dots and runs of spaces made one space.

    Examples
    --------
    >>> normalize_name("Kryvyi  Rih")
    'kryvyi rih'
    >>> normalize_name("Bila Tserkva") == normalize_name("bila-tserkva")
    True
    >>> normalize_name("Мар’їнка")
    'марїнка'
    """
    text = unicodedata.normalize("NFC", name).casefold()
    text = _APOS_RE.sub("", text)
    decomposed = unicodedata.normalize("NFD", text)
    kept = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            base = kept[-1] if kept else ""
            # keep the breve of й and the diaeresis of ї/ё: they are letters in Cyrillic
            if "\u0400" <= base <= "\u04ff":
                kept.append(ch)
            continue
        kept.append(ch)
    text = unicodedata.normalize("NFC", "".join(kept)).replace("ё", "е")
    return _SEP_RE.sub(" ", text).strip()
