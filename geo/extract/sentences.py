"""Sentence splitting with character offsets (English, Ukrainian, Russian).

A light rule-based splitter: a sentence ends at ``.``, ``!``, ``?`` or ``…``
followed by white space and an upper-case letter, digit or quote, unless the
dot ends a known abbreviation ("U.S.", "Dr.", "обл.", "м.", "с." ...), and
always at a blank line. Every sentence keeps its offsets in the document and
the number of the paragraph it stands in, so an excerpt can be traced back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: the marks that open a line of a bulleted list ("• Суми", "- Білопільська")
BULLET_MARKS = "•▪◾◽▫·*–—-"

#: lower-cased words that end with a dot without ending the sentence
ABBREVIATIONS: frozenset[str] = frozenset({
    # English
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "sgt", "prof", "rep",
    "sen", "gov", "pres", "jr", "sr", "no", "vs", "etc", "approx", "dept", "est", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g",
    "i.e", "a.m", "p.m", "km", "mt", "ft", "ave", "blvd", "reg", "obl", "vil",
    # Ukrainian / Russian
    "м", "с", "смт", "пгт", "обл", "р", "ім", "им", "вул", "ул", "просп", "пр", "т.зв", "т.д",
    "т.п", "тис", "тыс", "млн", "млрд", "ген", "див", "см", "ст", "г", "гг", "рр", "пос", "сщ",
    "п", "д", "км", "тощо", "напр", "т", "кв", "куб", "р.п", "с.п", "с.т", "н.п", "нп",
})
#: abbreviations that end a sentence only before a capital: a birth year ("женщина 1968 г.р.
#: и ребёнок 2015 г.р.", "чоловік 1954 р.н. та жінка") is often the last word of a sentence
BEFORE_LOWER_CASE: frozenset[str] = frozenset({"г.р", "р.н", "гр", "рн"})

#: pictographs and arrows that open a line or item in Telegram posts ("🔹 Нікополь", "➡️ Суми")
_PICTOGRAPHS = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_BOUNDARY_RE = re.compile(
    rf"[.!?…]+[\"'”»)\]]*(?=\s+(?:[\"'“«(\[]?[\w\d]|[{_PICTOGRAPHS}]))|\n[ \t]*\n\s*")
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")
_LINE_END_RE = re.compile(r"(?<=[^\s.!?…:;,])[ \t]*\n(?=[ \t]*\S)")
#: a list item starts a sentence of its own ("• Куп'янськ — поранено 2 людей;")
_LIST_ITEM_RE = re.compile(
    rf"\n(?=[ \t]*(?:[•▪◦‣●○■□*{_PICTOGRAPHS}]|[-–—]\s|\d{{1,2}}[.)]\s))|(?<=[;:])[ \t]*\n")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)\.$")
#: a toll's breakdown by place told as a sentence of its own ("поранено 9 людей. Зокрема, у
#: Харкові — 3, у Лозовій — 4"): read with the toll it breaks down, as after a colon
_BREAKDOWN_AFTER = re.compile(
    r"\s+(?:Зокрема|У тому числі|В тому числі|З них|Із них|Из них|В том числе|В частности|"
    r"Among them|In particular|Including)\s*[,:]?\s+(?:у|в|in)\s+[^.;]{2,60}?\s[—–-]\s*\d")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document.

    Attributes
    ----------
    text : str
        The sentence, stripped of surrounding white space.
    start, end : int
        Its character offsets in the document (``doc[start:end] == text``).
    paragraph : int
        0-based number of the paragraph (blank-line separated block).
    index : int
        0-based number of the sentence in the document.
    """

    text: str
    start: int
    end: int
    paragraph: int
    index: int


def _is_abbreviation(text: str, dot_end: int) -> bool:
    """True when the dot ending at ``dot_end`` closes an abbreviation or an initial."""
    head = text[max(0, dot_end - 12):dot_end]
    match = _WORD_BEFORE_RE.search(head)
    if not match:
        return False
    word = match.group(1)
    lowered = word.lower().rstrip(".")
    if lowered in ABBREVIATIONS:
        return True
    if lowered in BEFORE_LOWER_CASE:
        after = text[dot_end:dot_end + 3].lstrip()
        return not after[:1].isupper()
    # an initial ("V. Zelensky") or a dotted acronym ("U.S.")
    last = lowered.rsplit(".", 1)[-1]
    return len(last) == 1 and last.isalpha() and word[-1:].isupper() if last else False


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in _PARAGRAPH_RE.finditer(text))
    return starts


def _looks_hard_wrapped(text: str) -> bool:
    """True when most lines are cut at a fixed width (then a newline is just a space)."""
    lines = [len(line) for line in text.splitlines() if line.strip()]
    if len(lines) < 6:
        return False
    wrapped = sum(1 for n in lines if 50 <= n <= 100)
    return wrapped >= 0.6 * len(lines)


def _line_cuts(text: str) -> list[int]:
    """Offsets after single newlines that end a line without punctuation (titles)."""
    return [m.end() for m in _LINE_END_RE.finditer(text)]


def _list_cuts(text: str) -> list[int]:
    """Offsets after newlines that start a list item or follow a ';' or ':'."""
    return [m.end() for m in _LIST_ITEM_RE.finditer(text)]


#: a stretch longer than this with no sentence end is cut at a comma or space before it: no
#: report's sentence is that long, and a run-on text then costs time in proportion to its length
MAX_SENTENCE_CHARS = 2_000


def _bounded(text: str, cuts: list[int]) -> list[int]:
    """``cuts`` with more cuts in every stretch over :data:`MAX_SENTENCE_CHARS`."""
    out: list[int] = []
    begin = 0
    for cut in [*cuts, len(text)]:
        while cut - begin > MAX_SENTENCE_CHARS:
            window = text[begin:begin + MAX_SENTENCE_CHARS]
            at = max(window.rfind(", "), window.rfind("; "))
            at = at + 2 if at > MAX_SENTENCE_CHARS // 2 else window.rfind(" ") + 1
            begin += at if at > 0 else MAX_SENTENCE_CHARS
            out.append(begin)
        if cut < len(text):
            out.append(cut)
        begin = cut
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split a document into sentences with offsets and paragraph numbers.

    Parameters
    ----------
    text : str
        The whole document.

    Returns
    -------
    list of Sentence
        In document order; blank stretches produce no sentence.

    Examples
    --------
    >>> [s.text for s in split_sentences("Drones hit Kyiv. Two were hurt.")]
    ['Drones hit Kyiv.', 'Two were hurt.']
    """
    cuts: list[int] = []
    for match in _BOUNDARY_RE.finditer(text):
        if match.group(0).startswith("\n"):
            cuts.append(match.end())
            continue
        dots = match.group(0).rstrip("\"'”»)]")
        if dots == "." and (_is_abbreviation(text, match.start() + 1)
                            or _BREAKDOWN_AFTER.match(text, match.end())):
            continue
        cuts.append(match.end())
    if not _looks_hard_wrapped(text):
        cuts = sorted(set(cuts).union(_line_cuts(text)))
    if "\n" in text:
        cuts = sorted(set(cuts).union(_list_cuts(text)))
    cuts = _bounded(text, cuts)
    paragraphs = _paragraph_starts(text)
    sentences: list[Sentence] = []
    begin = 0
    para = 0
    for cut in [*cuts, len(text)]:
        chunk = text[begin:cut]
        stripped = chunk.strip()
        if stripped:
            start = begin + (len(chunk) - len(chunk.lstrip()))
            while para + 1 < len(paragraphs) and paragraphs[para + 1] <= start:
                para += 1
            sentences.append(Sentence(stripped, start, start + len(stripped), para,
                                      len(sentences)))
        begin = cut
    return sentences


#: apostrophes typed with another mark between two letters ("Куп‘янськ", "Куп`янськ",
#: "Куп´янськ"): the rules and the dictionaries read ’ and '
_ODD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[‘`´ʹ′](?=[^\W\d_])")


def with_plain_apostrophes(text: str) -> str:
    """``text`` with every apostrophe-like mark between two letters written ``’``.

    The text keeps its length, so the offsets of the sentences, names and figures read
    from it are the original's.
    """
    return _ODD_APOSTROPHE.sub("’", text)
