"""Query-side spelling variants: Russian romanisations mapped to Ukrainian KMU forms.

Machine-translated reports (UCDP descriptions among them) romanise the Russian
names of Ukrainian places: Avdeevka, Nevelskoye, Gorlovka, Novoolexandrivka.
:func:`russian_variants` rewrites such a key by general rules (endings, ``x``,
``g``, ``ee``) into the forms the gazetteer indexes (Avdiivka, Nevelske,
Horlivka, Novooleksandrivka). The variants are looked up exactly, after the
query itself and before any spelling-insensitive fallback.
"""
from __future__ import annotations

import re
from functools import lru_cache

from geo.gazetteer.names import bgn_to_kmu

#: word-final Russian adjective and neuter endings -> the Ukrainian KMU ones
_ENDINGS = (
    (("sk", "ck"), re.compile(r"(?<=sk|ck)(?:oye|oie|oje|oe|aya|aja|ya|iy|ii|ij|yy|y)\b"),
     lambda m: {"oye": "e", "oie": "e", "oje": "e", "oe": "e"}.get(m.group(0), "a"
                if m.group(0) in ("aya", "aja", "ya") else "yi")),
    (("iy", "ii", "ij", "yy"), re.compile(r"(?<=[^aeiouy ])(?:iy|ii|ij|yy)\b"),
     lambda m: "yi"),
    (("oye", "oie", "oje"), re.compile(r"(?<=[^aeiouy ])(?:oye|oie|oje)\b"), lambda m: "e"),
    (("aya", "aja"), re.compile(r"(?<=[^aeiouy ])(?:aya|aja)\b"), lambda m: "a"),
    (("ovo", "evo"), re.compile(r"(?<=[^aeiouy ])(?:ovo|evo)\b"),
     lambda m: m.group(0)[0] + "ve"),
)
_INNER = (
    (("x",), re.compile(r"x"), "ks"),
    (("vk",), re.compile(r"(?:eye|ee|eie)vk"), "iivk"),
    (("vka",), re.compile(r"(?<=[^aeiouy ])(?:ov|ev)k(?=a\b)"), "ivk"),
)
_G_TO_H = re.compile(r"(?<!k)g")
_I_TO_Y = re.compile(r"(?<=[bdfklmnprstvz])i(?=[bdfklmnprstz]|v(?!ka\b))")


def russian_variants(key: str) -> tuple[str, ...]:
    """Ukrainian-style rewrites of a Latin key, most conservative first (no duplicates,
    never the key itself).

    Examples
    --------
    >>> russian_variants("avdeevka")[0], russian_variants("nevelskoye")[0]
    ('avdiivka', 'nevelske')
    >>> russian_variants("novoolexandrivka")[0], russian_variants("gorlovka")[-1]
    ('novooleksandrivka', 'horlivka')
    >>> russian_variants("kramatorsk")
    ()
    """
    if not key.isascii():
        return ()
    if " " not in key:
        forms = _word_forms(key)
    else:          # no rule matches across a space, so words are rewritten one by one
        per_word = [_word_forms(word) for word in key.split(" ")]
        forms = tuple(" ".join(word[i] for word in per_word) for i in range(3))
    if "x" in key:                    # Alexandrovka: first as Aleksandrovka, a listed name
        forms = (key.replace("x", "ks"), *forms)
    return tuple(f for f in dict.fromkeys(forms) if f != key)


@lru_cache(maxsize=1 << 16)
def _word_forms(word: str) -> tuple[str, str, str]:
    """One word's rewrite, with g made h, and with i made y (cached: "oblast", "donetsk"
    recur in many keys)."""
    base = word
    for needles, pattern, repl in _INNER:        # (a rule runs only when its letters occur)
        if any(needle in base for needle in needles):
            base = pattern.sub(repl, base)
    base = bgn_to_kmu(base)
    for needles, pattern, fn in _ENDINGS:
        if any(needle in base for needle in needles):
            base = pattern.sub(fn, base)
    with_h = _G_TO_H.sub("h", base) if "g" in base else base
    return base, with_h, _I_TO_Y.sub("y", with_h) if "i" in with_h else with_h


_GLIDE_I = re.compile(r"(?<=[aeou])i(?![aeiouy])")


def glide_variant(key: str) -> str | None:
    """The BGN spelling of a key that writes й as "i" after a vowel, or None.

    Ukrainian-style romanisations of Russian names write й as "i" (Graivoron,
    Valuiki); GeoNames writes Russian names with "y" (Grayvoron, Valuyki).

    Examples
    --------
    >>> glide_variant("graivoron"), glide_variant("valuiki"), glide_variant("kyiv")
    ('grayvoron', 'valuyki', None)
    """
    if not key.isascii() or "i" not in key:
        return None
    form = _GLIDE_I.sub("y", key)
    return form if form != key else None
