"""A report's dateline: the publication date written on its first line.

Reports pasted from news sites or bulletins often open with their date
("Date: 2026-11-20", "20 November 2026", "Опубліковано: 20.11.2026"). When
neither ``--published`` nor a sidecar gives the publication date, that first
line does, so "overnight" and "yesterday" in the report can be dated. Only a
line that is nothing but a full date (with its year, optionally after a label
and a weekday) counts: a first sentence that merely mentions a date does not.
"""
from __future__ import annotations

import re
from datetime import date

from geo.extract.dates import WEEKDAY_ALT, best_date, find_date_expressions, resolve
from geo.extract.figure_words import TOLL, TOLL_BROUGHT

#: an optional label before the date: "Date:", "Published -", "Дата:", "Опубліковано:"
_LABEL = re.compile(r"^(?:(?:date|dated|published|posted|updated|дата|опубліковано|"
                    r"оновлено|опубликовано|обновлено)\s*[:\-–—]?\s*)?", re.IGNORECASE)
#: an optional weekday before the date ("Thursday, 20 November 2026")
_WEEKDAY = re.compile(rf"^(?:{WEEKDAY_ALT})\s*,?\s*", re.IGNORECASE)
#: what may follow the date on its line: a time ("14:05"), a zone, punctuation
_TRAILER = re.compile(r"^[\s,.]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:utc|gmt|eet|eest|kyiv time)?)?"
                      r"[\s.]*$", re.IGNORECASE)
#: a wire-style dateline's place before the date: "Dnipro, 3 August 2025. A missile ..."
_PLACE = re.compile(r"^[A-ZА-ЯІЇЄҐЁ][\w'’ʼ.-]*(?:[ -][A-ZА-ЯІЇЄҐЁ][\w'’ʼ.-]*){0,2}\s*,\s*")
#: what ends such a dateline's date: a full stop, a dash or the agency in brackets
_WIRE_END = re.compile(r"^\s*(?:року|рік|года|г\.|р\.)?\s*(?:\.(?:\s|$)|[—–]|-\s|\()",
                       re.IGNORECASE)
#: only the first lines are read (the date is the report's first non-empty line)
_HEAD_CHARS = 400


def dateline(text: str) -> str | None:
    """The ISO date a report's first non-empty line states, when it states only a full
    date, or opens with a wire-style dateline ("Dnipro, 3 August 2025. ..."), else None.

    Examples
    --------
    >>> dateline("Date: 2026-11-20\\n\\nOvernight, drones hit Kyiv."), dateline("20 November 2026")
    ('2026-11-20', '2026-11-20')
    >>> dateline("Thursday, November 20, 2026 14:05"), dateline("Дата: 20.11.2026")
    ('2026-11-20', '2026-11-20')
    >>> dateline("On 20 November 2026 drones hit Kyiv."), dateline("20 November") is None
    (None, True)
    >>> dateline("Dnipro, 3 August 2025. A missile hit Kamianske on Saturday.")
    '2025-08-03'
    >>> dateline("Дніпро, 3 серпня 2025 року. У суботу ракета влучила в Кам'янське.")
    '2025-08-03'
    >>> dateline("Kyiv, Kharkiv and Odesa were attacked on 3 August 2025.") is None
    True
    """
    line = next((ln.strip() for ln in text[:_HEAD_CHARS].splitlines() if ln.strip()), "")
    place = _PLACE.match(line)
    rest = _WEEKDAY.sub("", _LABEL.sub("", line[place.end():] if place else line, count=1),
                        count=1)
    exprs = find_date_expressions(rest)
    if not exprs or exprs[0].start != 0:
        return None
    tail = rest[exprs[0].end:]
    if not (len(exprs) == 1 and _TRAILER.match(tail) or place and _WIRE_END.match(tail)):
        return None
    day, precision = resolve(exprs[0], None)
    return day if precision == "day" else None


#: a report opening with its place and day only: "Одесса, 21 сентября.", "КИЇВ, 20 вересня."
DATELINE_SENTENCE = re.compile(
    r"^\s*[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*(?:[ -][A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*)?"
    r"(?:\s+(?:район|районі|область|громада|округ|district|oblast|raion))?"   # "Куп'янський
    r"\s*,\s*\d{1,2}\s+[^\W\d_]+"                                         # район, 5 жовтня"
    r"(?:\s+\d{4}(?:\s+(?:року|года|г\.|р\.))?)?\s*\.?\s*$")


#: a wire story's dateline: "KYIV, Sept 19 (Reuters) -", "DNIPRO, Ukraine, Sept. 20 (AP) —",
#: "TALLINN/KYIV, Oct 5 (Reuters) -", a sentence of its own "Донецк, 19 октября."
_WIRE_DATELINE = re.compile(
    r"^[A-ZА-ЯІЇЄҐЁ][\w'’ʼ.-]*(?:[ /-][A-ZА-ЯІЇЄҐЁ][\w'’ʼ.-]*){0,2}\s*,\s*"
    r"(?:[A-Z][a-z]+\s*,\s*)?(?P<date>[^()—–\n]{3,25}?)\s*(?:\([^)\n]{2,30}\)\s*)?"
    r"(?:[—–]|-\s|\.\s*$)")                    # ("Донецк, 19 октября." alone on its line)


def wire_dateline(sentence: str, exprs: list, published: date | None
                  ) -> tuple[date, object] | None:
    """The day a wire story's dateline gives ("KYIV, Sept 19 (Reuters) - ...") and its
    date expression among the first sentence's ``exprs``, else None. The story's weekdays
    and "yesterday" count from that day, and the dateline's date is not the event's.

    Examples
    --------
    >>> from geo.extract.dates import find_date_expressions
    >>> text = "KYIV, Sept 19 (Reuters) - A strike on Wednesday hit Kharkiv."
    >>> day, expr = wire_dateline(text, find_date_expressions(text), date(2025, 9, 22))
    >>> day.isoformat(), text[expr.start:expr.end]
    ('2025-09-19', 'Sept 19')
    """
    match = _WIRE_DATELINE.match(sentence)
    if match is None:
        return None
    for expr in exprs:
        if match.start("date") <= expr.start and expr.end <= match.end("date") + 1:   # ("окт.")
            day, precision = resolve(expr, published)
            if precision == "day" and day is not None:
                return date.fromisoformat(day), expr
    return None


def toll_day(sentence: str, exprs: list, published: date | None):
    """The day told inside a toll's update ("raising the death toll from Friday's strike on
    the city to three", "the toll from the Sept. 17 attack has risen to 15"): the strike's,
    not the day the news came; None when the sentence tells no other day, or no toll.

    Examples
    --------
    >>> from geo.extract.dates import find_date_expressions
    >>> text = "On Monday the death toll from Friday's strike rose to 3."
    >>> toll_day(text, find_date_expressions(text), date(2025, 9, 22))
    ('2025-09-19', 'day')
    """
    if len(exprs) < 2 or "toll" not in sentence:
        return None
    for pattern in (TOLL, TOLL_BROUGHT):
        for match in pattern.finditer(sentence):
            inside = [d for d in exprs if match.start() <= d.start < match.end()]
            if inside:
                return best_date(inside, published)
    return None


#: a weekday told of a statement: "DTEK said on Sunday", "повідомили в неділю"
_SAID_ON_WEEKDAY = re.compile(
    rf"\b(?:said|says|told|stated|announced|reported|added|wrote|confirmed|заявив|заявила|"
    rf"заявили|повідомив|повідомила|повідомили|сказав|сказала|заявил|сообщил|сообщила|"
    rf"сообщили|сказал)(?:\s+\w+)?\s+(?:on\s+|у\s+|в\s+)?({WEEKDAY_ALT})\b", re.IGNORECASE)


def speech_day(sentence: str, published: date | None):
    """The day of a statement a sentence with no event day tells ("the operator said on
    Sunday that ... was struck", published on Monday): what it tells happened by then, so
    that day, not the publication's; None when there is no such day or it is today.

    Examples
    --------
    >>> speech_day("Strikes hit the plant, DTEK said on Sunday.", date(2025, 9, 22))
    ('2025-09-21', 'day')
    """
    if published is None or "said" not in sentence and not any(
            w in sentence for w in ("повідом", "заяв", "сообщ", "сказ", "told", "stated",
                                    "announced", "reported", "wrote", "confirmed", "added")):
        return None
    match = _SAID_ON_WEEKDAY.search(sentence)
    if match is None:
        return None
    told = find_date_expressions(match.group(1))
    day = resolve(told[0], published) if told else None
    return day if day and day[0] != published.isoformat() else None
