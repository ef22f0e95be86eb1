"""Reading a free-form location text: which names it holds and what role each plays.

"Kurakhove direction: near the village of Dachne in the Donetsk region" holds
three names: Kurakhove (a *direction*, context only), Dachne (the *place*) and
Donetsk region (a *region* that constrains Dachne). :func:`scan` finds the
names (longest gazetteer match first, case forms included) and tags each with
its role from the words around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo.gazetteer import Gazetteer, fast_key

PLACE, CONTEXT, IGNORED = "place", "context", "ignored"

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-‐–][^\W\d_]+)*", re.UNICODE)
_SEGMENT_BREAK = re.compile(r"[,;:()\[\]\n/]|\s-\s|\.\s")
_POSSESSIVE = re.compile(r"['’ʼ]s$", re.IGNORECASE)

#: words after a name that make it a context reference, not the place itself
_CONTEXT_AFTER = frozenset("""
district districts raion rayon direction directions axis front sector bridgehead area
city-council municipality agglomeration outskirt suburbs
район району районі району напрямок напрямку напрямі направление направлении
""".split())
#: words after a name that make it something else entirely (a street, a river...)
_IGNORED_AFTER = frozenset("""
street st avenue ave prospekt lane highway road river reservoir canal sea bay lake
вулиця вулиці улица улице проспект проспекті проспекте річка река
""".split())
#: words before a name that make it a context reference ("km from X", "north of X")
_CONTEXT_BEFORE = frozenset("from towards toward beyond".split())
#: single words never taken as names in running text
STOPWORDS = frozenset("""
a an the of in on at by to from near and or but with without into onto over under
north south east west northern southern eastern western central northeast northwest
southeast southwest center centre outskirts outskirt village villages town towns city
cities settlement settlements area areas region regions oblast district districts direction
directions suburb suburbs airport station border front line village's community council
street road highway bridge river sea lake market plant factory mine port military
positions position base unit units army forces troops people republic rebel rebels
held stronghold small large big new old upper lower great little greater km kilometres
kilometers miles between around close across along against several some many
morning evening night day today yesterday monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october
november december attack attacks strike strikes shelling shelled drone drones missile
missiles russian russians ukrainian ukrainians enemy city's town's hromada urban
type urban-type territory territories administration regional local
село селище місто міста місті город города районі області область
""".split())


@dataclass(frozen=True)
class NameHit:
    """A gazetteer name found in a text."""

    text: str
    key: str
    start: int            # token index
    end: int              # token index, exclusive
    segment: int          # index of the comma/colon/bracket-separated part
    postings: tuple[int, ...]
    inflected: bool
    role: str = PLACE
    possessive: bool = False


@dataclass(frozen=True)
class _Token:
    text: str
    low: str
    start: int
    end: int
    segment: int
    possessive: bool


def _tokens(text: str) -> list[_Token]:
    breaks = [m.start() for m in _SEGMENT_BREAK.finditer(text)]
    out: list[_Token] = []
    seg_i = 0
    for m in _TOKEN_RE.finditer(text):
        while seg_i < len(breaks) and breaks[seg_i] < m.start():
            seg_i += 1
        word = m.group(0)
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 3
        if possessive:
            word = word[:-2]
        out.append(_Token(word, word.lower(), m.start(), m.end(), seg_i, possessive))
    return out


def _plural_to_singular(low: str) -> str:
    return {"regions": "region", "oblasts": "oblast", "областях": "областях"}.get(low, low)


def scan(gazetteer: Gazetteer, text: str) -> list[NameHit]:
    """Every gazetteer name in ``text``, longest match first, tagged with a role.

    When the text has capital letters, a name must start with one (Latin or
    Cyrillic), which keeps common words out; an all-lowercase text is taken
    as typed by a user and scanned without that rule.
    """
    tokens = _tokens(text)
    cased = any(ch.isupper() for ch in text)
    hits: list[NameHit] = []
    i, n_max = 0, max(1, gazetteer.max_name_words)
    while i < len(tokens):
        hit = _longest_at(gazetteer, tokens, i, n_max, cased)
        if hit is None:
            i += 1
            continue
        hits.append(_with_role(hit, tokens))
        i = hit.end
    return hits


def _longest_at(gazetteer: Gazetteer, tokens: list[_Token], i: int, n_max: int,
                cased: bool) -> NameHit | None:
    first = tokens[i]
    if cased and not first.text[:1].isupper():
        return None
    if first.low in STOPWORDS:
        return None
    segment = first.segment
    for n in range(min(n_max, len(tokens) - i), 0, -1):
        span = tokens[i:i + n]
        if any(t.segment != segment for t in span) or any(t.possessive for t in span[:-1]):
            continue
        phrase = " ".join(_plural_to_singular(t.low) for t in span)
        key = fast_key(phrase)
        if n == 1 and (len(key) < 3 or key in STOPWORDS):
            return None
        postings, inflected = gazetteer.lookup(key)
        if postings:
            return NameHit(" ".join(t.text for t in span), key, i, i + n, segment,
                           postings, inflected, possessive=span[-1].possessive)
    return None


def _with_role(hit: NameHit, tokens: list[_Token]) -> NameHit:
    after = tokens[hit.end].low if hit.end < len(tokens) else ""
    same_segment = hit.end < len(tokens) and tokens[hit.end].segment == hit.segment
    before = tokens[hit.start - 1].low if hit.start > 0 else ""
    role = PLACE
    if same_segment and after in _IGNORED_AFTER:
        role = IGNORED
    elif hit.possessive or (same_segment and after in _CONTEXT_AFTER) \
            or before in _CONTEXT_BEFORE or _is_district_adjective(hit.text):
        role = CONTEXT
    if role == PLACE:
        return hit
    return NameHit(hit.text, hit.key, hit.start, hit.end, hit.segment, hit.postings,
                   hit.inflected, role, hit.possessive)


def _is_district_adjective(text: str) -> bool:
    """Adjectival district names (Volnovakhskyi, Slavyanoserbsky) are not settlements."""
    low = text.lower()
    return low.endswith(("skyi", "skiy", "sky", "skyy", "ський", "ский"))
