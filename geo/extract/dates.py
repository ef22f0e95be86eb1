"""Date expressions in report sentences and their resolution against the publication date.

Rules (the publication date is D):

* "today", "this morning", "overnight", "over the past day", "in the past 24
  hours", "сьогодні", "вночі", "за минулу добу", "сегодня", "ночью", "за сутки"
  -> D, ``day``. (A night attack is dated to the morning it is reported.)
* "yesterday", "вчора", "вчера", "напередодні", "накануне", "the day before" -> D - 1,
  ``day``; "the day before yesterday" -> D - 2.
  ("Last night", "минулої ночі", "прошлой ночью" are the night just ended: D.)
* a weekday ("on Friday", "у п'ятницю", "в пятницу", "overnight into Saturday")
  -> the latest such day on or before D (strictly before D with "last"), ``day``.
* "3 March", "March 3", "3 березня", "3 марта", "03.03.2025", "2025-03-03" -> that
  day, ``day``; without a year, the year of D, or the year before when that
  would put the day more than two days after D.
* "earlier in the week", "this week", "in recent days", "на цьому тижні", "на
  этой неделе" -> the Monday of D's ISO week, ``week``; "last week" -> the Monday
  of the week before; "at the weekend" -> the Monday of the week of the latest
  weekend on or before D. Week-precision dates are always a Monday.
* "in March", "у березні", "в марте" -> the first of that month, ``month``; "this
  month" / "last month" likewise.
* "hours earlier", "that day", "того ж дня" -> the date of the last dated sentence
  before it (resolved by :mod:`geo.extract.pipeline`; alone it is ``unknown``).
* Without D, only absolute dates with a year resolve; everything else is
  ``unknown`` with no date.

Weekdays used as adjectives ("his Monday address") or after a reporting verb
("Peskov said Tuesday") are speech dates, not event dates, and are ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from geo.errors import InputError
from geo.extract.gate import Gate, sentence_words
from geo.extract.numbers import fold_word, word_value

_I = re.IGNORECASE

_MONTHS: dict[str, int] = {}
for _n, _names in enumerate([
    ("january", "jan", "січня", "січень", "січні", "января", "январь", "январе"),
    ("february", "feb", "лютого", "лютий", "лютому", "февраля", "февраль", "феврале"),
    ("march", "mar", "березня", "березень", "березні", "марта", "март", "марте"),
    ("april", "apr", "квітня", "квітень", "квітні", "апреля", "апрель", "апреле"),
    ("may", "травня", "травень", "травні", "мая", "май", "мае"),
    ("june", "jun", "червня", "червень", "червні", "июня", "июнь", "июне"),
    ("july", "jul", "липня", "липень", "липні", "июля", "июль", "июле"),
    ("august", "aug", "серпня", "серпень", "серпні", "августа", "август", "августе"),
    ("september", "sep", "sept", "вересня", "вересень", "вересні", "сентября", "сентябрь",
     "сентябре"),
    ("october", "oct", "жовтня", "жовтень", "жовтні", "октября", "октябрь", "октябре"),
    ("november", "nov", "листопада", "листопад", "листопаді", "ноября", "ноябрь", "ноябре"),
    ("december", "dec", "грудня", "грудень", "грудні", "декабря", "декабрь", "декабре"),
], start=1):
    for _name in _names:
        _MONTHS[_name] = _n

_WEEKDAYS: dict[str, int] = {}
for _n, _names in enumerate([
    ("monday", "понеділок", "понеділка", "понедельник", "понедельника"),
    ("tuesday", "вівторок", "вівторка", "вторник", "вторника"),
    ("wednesday", "середа", "середу", "середи", "среда", "среду", "среды"),
    ("thursday", "четвер", "четверга", "четверг"),
    ("friday", "п'ятниця", "п'ятницю", "п'ятниці", "пятница", "пятницу", "пятницы"),
    ("saturday", "субота", "суботу", "суботи", "суббота", "субботу", "субботы"),
    ("sunday", "неділя", "неділю", "неділі", "воскресенье", "воскресенья"),
]):
    for _name in _names:
        _WEEKDAYS[_name] = _n

#: the weekday names without apostrophes: the pattern lets them be left out ("пятницю")
_WEEKDAY_NUMBER = {name.replace("'", ""): n for name, n in _WEEKDAYS.items()}

_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: a weekday name in any of its forms (English, Ukrainian, Russian), as a pattern
WEEKDAY_ALT = "|".join(sorted((w.replace("'", "['’ʼ]?") for w in _WEEKDAYS), key=len,
                              reverse=True))
_ORD = r"(?:st|nd|rd|th)?"

#: (pattern, kind); kinds are resolved by :func:`resolve`
#: a part of the day opening a post before its day and month ("Увечері 21.09 ...")
_PART_OF_DAY = ("Увечері", "Ввечері", "Вранці", "Уранці", "Вночі", "Уночі", "Вдень", "Вечером",
                "Утром", "Ночью", "Днем", "Днём")
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "iso"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy"),
    # "21.09 ворог атакував ...", "у ніч на 21.09": a day and month opening a post or after
    # "the night to" (not "о 21.09", a time)
    (re.compile(rf"(?:^(?:(?:{'|'.join(_PART_OF_DAY)})\s+)?|(?<=\bніч на )|(?<=\bночь на )|"
                r"(?<=\bnight of ))(\d{1,2})\.(\d{2})"
                r"(?=[\s,:)]|$)(?!\s*(?:год|hours|часов|р\b|г\b))", re.IGNORECASE), "dm"),
    # "on 10/18", "(18/10)", "10/18/2025:": a day and month with a slash, read as the one
    # that makes sense, or as the nearer past day when both do (:func:`_slash_date`)
    (re.compile(r"(?:(?<=\bon )|(?<=\bOn )|(?<=\()|(?<=\bfrom )|(?<=\bdated )|^)"
                r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])(?!\s+of\b)"
                rf"(?!\s*(?:{_MONTH_ALT})\b)", _I), "slash"),   # not "on 2/3 September"
    # "on the night of Oct. 10-11", "the night of 10-11 October": the night's morning
    (re.compile(rf"(?<=\bnight of )({_MONTH_ALT})\.? \d{{1,2}}\s*[-–]\s*(\d{{1,2}})\b"
                rf"(?:,? (\d{{4}}))?", _I), "month_day"),
    (re.compile(rf"(?<=\bnight of )\d{{1,2}}\s*[-–]\s*(\d{{1,2}}){_ORD}(?: of)? ({_MONTH_ALT})\b\.?"
                rf"(?:,? (\d{{4}}))?", _I), "day_month"),
    (re.compile(rf"\b(\d{{1,2}}){_ORD}(?: of)? ({_MONTH_ALT})\b\.?(?:,? (\d{{4}}))?", _I),
     "day_month"),
    (re.compile(rf"\b({_MONTH_ALT})\.? (\d{{1,2}}){_ORD}\b(?:,? (\d{{4}}))?", _I), "month_day"),
    (re.compile(r"\b(?:the )?day before yesterday\b|\bпозавчора\b|\bпозавчера\b", _I), "minus2"),
    # the day before or after the day the report told last ("On Friday ... A day earlier")
    (re.compile(r"\bthe (?:day|evening|night) before\b(?! yesterday)|\b(?:a|one) day earlier\b|"
                r"\bthe previous day\b", _I), "narrative_minus1"),
    (re.compile(r"\b(?:a|one) day later\b|\bthe (?:following|next) day\b|\bнаступного дня\b|"
                r"\bна наступний день\b|\bна следующий день\b|\bследующего дня\b|"
                r"\bднем позже\b|\bднём позже\b", _I), "narrative_plus1"),
    (re.compile(r"\byesterday\b|\bучора\b|\bвчора\b|\bвчера\b|\bнапередодні\b|\bнакануне\b|"
                r"\b(?:учорашн|вчорашн|вчерашн)\w+ (?:[\w'’-]+ )?(?:удар|обстріл|обстрел|атак|"
                r"нападі|напад)\w*|"     # "вчорашньої ракетної атаки"
                # "The raid came a day after an attack on Odesa"
                r"\b(?:a|one) day after (?:a|an|the) (?:[\w-]+ ){0,3}(?:attacks?|strikes?) on\b",
                _I), "minus1"),
    (re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven|a few|few|два|дві|три|чотири|п['’]ять|"
                r"пять|кілька|несколько|двома|двумя|трьома|тремя|чотирма|четырьмя)\s+"
                r"(days?|дн[іяе]\w*|дн\w*|weeks?|тижн\w*|недел\w*)\s+"
                r"(?:ago|тому|назад)\b", _I), "days_ago"),
    # "three days earlier": counted from the day the report told last (else the report's)
    (re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven|a few|few|два|дві|три|чотири|"
                r"п['’]ять|пять|кілька|несколько|двома|двумя|трьома|тремя|чотирма|четырьмя)\s+"
                r"(days?|дн[іяе]\w*|дн\w*|weeks?|тижн\w*|недел\w*)\s+"
                r"(?:earlier|before|раніше|ранее)\b", _I), "days_earlier"),
    # "two years ago", "рік тому", "полгода назад": the month, a whole month or year back
    (re.compile(r"\b(?:(\d{1,2}|an?|(?:a )?few|several|one|two|three|four|five|six|seven|"
                r"eight|nine|ten|кілька|один|одна|два|дві|три|чотири|п['’]ять|шість|несколько|"
                r"пять|шесть)\s+)?"
                r"(months?|years?|місяц\w*|рік|роки|років|месяц\w*|год|года|лет|півроку|"
                r"полгода)\s+(?:ago|тому|назад)\b", _I), "months_ago"),
    (re.compile(rf"\b(?:(last|this|on|early|late|on the night of|overnight into|overnight to|"
                rf"night to|у ніч на|в ніч на|в ночь на|вночі проти|у ніч проти|в ніч проти|"
                rf"в ночь против|ночью против|у|в|во|минулого|минулої|минулої|"
                rf"прошлого|прошлой|прошлую|минулу|в минулу|в минулий|в прошлое|в прошлую|"
                rf"в прошлый) )?({WEEKDAY_ALT})\b(?:['’]s)?(?: (\w+))?", _I), "weekday"),
    (re.compile(r"\btoday\b|\bthis (?:morning|afternoon|evening|night)\b|\btonight\b|"
                r"\bovernight\b|"
                r"\b(?:in the )?early hours\b|\bat dawn\b|\bна світанку\b|\bна рассвете\b|"
                r"\bduring the night\b|\bat night\b|\bearlier today\b|\bon the night\b|"
                r"\bover the (?:past|last) (?:day|24 hours)\b|"
                r"\bin the (?:past|last) (?:day|24 hours)\b|"
                r"\bсьогодні\b|\bсегодня\b|\bу?ночі\b|\bвночі\b|\bуночі\b|\bцієї ночі\b|\bночью\b|"
                r"\bэтой ночью\b|\bзранку\b|\bвранці\b|\bутром\b|\blast night\b|\bминулої ночі\b|"
                r"\bпрошлой ночью\b|\bминувшей ночью\b|\bпрошедшей ночью\b|"
                r"\bза (?:минулу |останню |попередню )?добу\b|\bпротягом (?:минулої )?доби\b|"
                r"\bза (?:прошедшие |минувшие |последние )?сутки\b|\bв течение суток\b", _I),
     "today"),
    (re.compile(r"\b(?:hours|minutes) (?:earlier|later)\b|\b(?:earlier|later) that (?:day|night)\b|"
                r"\b(?:on )?the same day\b|\bthat (?:day|night|evening|morning)\b|"
                r"\bтого ж дня\b|\bтого же дня\b|\bв тот же день\b|\bцього ж дня\b|"
                r"\bкількома годинами (?:раніше|пізніше)\b|\bнесколькими часами (?:ранее|позже)\b",
                _I), "same_day"),
    (re.compile(r"\blast week\b|\bthe previous week\b|\bминулого тижня\b|\bна минулому тижні\b|"
                # "The attack came a week after a similar assault on Lviv"
                r"\b(?:a|one) week after (?:a|an|the) (?:[\w-]+ ){0,3}(?:attacks?|strikes?|"
                r"assaults?) on\b|"
                r"\bна прошлой неделе\b|\bпрошлой неделей\b|"
                # "За тиждень ворог 1200 разів обстріляв ...", "over the past week": a week's
                # roundup, whose places were hit on some day of it
                r"\bза\s+(?:минулий\s+|останній\s+|прошедшую\s+|последнюю\s+)?(?:тиждень|неделю)\b|"
                r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:seven\s+days|week)\b", _I),
     "last_week"),
    (re.compile(r"\b(?:over |at |during )?the weekend\b|\bна вихідних\b|\bна выходных\b", _I),
     "weekend"),
    (re.compile(r"\b(?:earlier|later) (?:in|this) (?:the )?week\b|\bthis week\b|"
                r"\b(?:in|over) (?:the )?(?:recent|past|last) (?:few )?days\b|\brecent days\b|"
                r"\bцього тижня\b|\bна цьому тижні\b|\bна цьому ж тижні\b|\bостанніми днями\b|"
                r"\bза останні дні\b|\bв останні дні\b|\bна этой неделе\b|\bв последние дни\b|"
                r"\bза последние дни\b|\bна днях\b", _I), "this_week"),
    (re.compile(r"\blast month\b|\bминулого місяця\b|\bв прошлом месяце\b", _I), "last_month"),
    (re.compile(r"\b(?:earlier )?this month\b|\bцього місяця\b|\bв этом месяце\b", _I),
     "this_month"),
    # "In 2023, Russia captured ...": another year than the report's, its day unknown
    (re.compile(r"\b(?:in|during|у|в)\s+((?:19|20)\d\d)(?!\s*[-–.:/]\d)(?:\s+(?:році|році|"
                r"году|г\.|р\.))?\b", _I), "year"),
    (re.compile(rf"\b(?:in|during|у|в) ({_MONTH_ALT})\b(?: (\d{{4}}))?"
                r"(?:,? (last year|of last year|минулого року|прошлого года))?", _I), "month"),
]

#: a weekday told as the day something was said ("said Tuesday"); not after "said that"
#: ("said that on Saturday troops attacked": the day of what was said)
_SPEECH_BEFORE = re.compile(
    r"(?:said|says|told|stated|announced|reported|added|warned|wrote|confirmed|заявив|заявила|"
    r"повідомив|повідомила|сказав|сказала|заявил|заявила|сообщил|сообщила|сказал|сказала|"
    r"написав|написал)(?: (?!that\b|що\b|что\b)\w+)?(?: on)?\s*$", _I)
_FUTURE_BEFORE = re.compile(r"(?:next|coming|наступного|наступної|наступну|следующ\w*|"
                            r"scheduled for|until|by|till|до)\s*$", _I)
_NIGHT_WORDS = frozenset({"night", "morning", "evening", "afternoon", "overnight", "ночі",
                          "вранці", "ввечері", "ночью", "утром", "вечером", "днем", "вдень"})


@dataclass(frozen=True)
class DateExpr:
    """A date expression found in a sentence."""

    kind: str
    start: int
    end: int
    groups: tuple[str | None, ...]


#: what a weekday name starts with, whether written with its apostrophe or without
_WEEKDAY_STARTS = [*(w.replace("'", "") for w in _WEEKDAYS), *(w.split("'")[0] for w in _WEEKDAYS)]
#: word starts without which no date pattern can match (digits aside)
_DATE_GATE = Gate([
    *_MONTHS, *_WEEKDAY_STARTS,
    "today", "tonight", "yesterday", "overnight", "night", "morning", "afternoon", "evening",
    "earlier", "later", "week", "weekend", "month", "day", "past", "last", "recent", "this",
    "during", "over", "сьогодн", "сегодн", "вчора", "учора", "вчера", "позавчор", "позавчер",
    "ноч", "вноч", "уноч", "зранку", "вранці", "утром", "доб", "сутк", "суток", "тижн", "недел",
    "днями", "дні", "дни", "вихідн", "выходн", "місяц", "месяц", "минул", "прошл", "прошедш",
    "напередодні", "накануне", "останні", "последн", "протягом", "течение", "цієї", "этой", "цього",
    "этом", "днях", "early", "dawn", "світанк", "рассвет", "ago", "тому", "назад", "hours",
    "minutes", "same", "that", "того", "кількома", "несколькими", "previous", "one",
    "following", "next", "наступн", "следующ", "позже"])
_DIGIT = re.compile(r"\d")
_DIGIT_KINDS = frozenset({"iso", "dmy", "dm", "slash", "day_month", "month_day", "days_ago",
                          "days_earlier", "months_ago", "year", "month"})


def _pattern_gate(pattern: re.Pattern[str], kind: str) -> Gate | None:
    """The word gate of one date pattern (None: it needs digits)."""
    if kind in ("iso", "dmy", "dm", "slash", "day_month", "month_day"):
        return None
    if kind == "weekday":
        return Gate(_WEEKDAY_STARTS)
    if kind == "month":
        return Gate(list(_MONTHS))
    return Gate([pattern.pattern])


_PATTERN_GATES: list[Gate | None] = [_pattern_gate(p, k) for p, k in _PATTERNS]


def find_date_expressions(sentence: str, words: list[str] | None = None) -> list[DateExpr]:
    """Event-date expressions in a sentence, in text order (speech dates left out)."""
    found: list[DateExpr] = []
    has_digit = _DIGIT.search(sentence) is not None
    if words is None:
        words = sentence_words(sentence)
    if not has_digit and not _DATE_GATE.open(words):
        return found
    taken: list[tuple[int, int]] = []
    for (pattern, kind), gate in zip(_PATTERNS, _PATTERN_GATES):
        if not (has_digit and kind in _DIGIT_KINDS or gate is not None and gate.open(words)):
            continue
        for match in pattern.finditer(sentence):
            span = match.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            if kind == "weekday" and not _is_event_weekday(sentence, match):
                continue
            if kind in ("day_month", "month_day", "month") and not _plausible_month_words(match):
                continue
            if kind in _MOURNED_KINDS and _SINCE_BEFORE.search(sentence, 0, span[0]):
                continue                # "the 8th attack since October 1": a period's start
            if kind in _MOURNED_KINDS and _day_of_mourning(sentence, span):
                continue                # "declared Oct. 13 a day of mourning": no strike's day
            taken.append(span)
            found.append(DateExpr(kind, span[0], span[1], match.groups()))
    return sorted(found, key=lambda d: d.start)


#: a period's start before a date: "since October 1", "починаючи з 1 жовтня"
_SINCE_BEFORE = re.compile(r"\b(?:since|starting from|починаючи з|начиная с)\s+(?:the\s+)?$",
                           re.IGNORECASE)
#: a date footage or a post came out: "Geolocated footage published on October 17 indicates"
#: (it dates its own sentence, at the latest, and not the sentences after it)
PUBLISHED_BEFORE = re.compile(r"\b(?:published|posted|uploaded|опублікован\w*|опубликован\w*)"
                               r"\s+(?:on\s+)?$", re.IGNORECASE)
_MOURNED_KINDS = frozenset({"day_month", "month_day", "dm", "dmy", "slash", "iso", "weekday"})
#: a day of mourning: "declared Oct. 13 a day of mourning", "день жалоби 13 жовтня"
_MOURNING = re.compile(r"\bday of mourning\b|\bmourning day\b|\bдн\w* жалоби\b|"
                       r"\bдн\w* траура\b|\bжалоба\b|\bжалобу\b|\bтраур\b", re.IGNORECASE)
_MOURNING_REACH = 40


def _day_of_mourning(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the date at ``span`` is the day of mourning next to it (within a few words,
    before or after), not the day of a strike."""
    start, end = span
    near = sentence[max(0, start - _MOURNING_REACH):end + _MOURNING_REACH]
    if "mourn" not in near.lower() and "жалоб" not in near.lower() and "траур" not in near.lower():
        return False
    for m in _MOURNING.finditer(sentence):
        gap = sentence[m.end():start] if m.end() <= start else sentence[end:m.start()]
        if len(gap) <= _MOURNING_REACH and not re.search(r"\b(?:after|після|после)\b", gap):
            return True
    return False


def _plausible_month_words(match: re.Match[str]) -> bool:
    """'May' and 'March' are also words: keep 'may' only when capitalised."""
    text = match.group(0)
    for word in re.findall(r"[^\W\d_]+", text):
        if word.lower() in ("may", "mar", "march", "jun", "jan", "sep", "dec", "oct", "nov"):
            return word[0].isupper()
    return True


def _is_event_weekday(sentence: str, match: re.Match[str]) -> bool:
    """False for speech dates ("said Tuesday"), future ones and adjectives ("Monday address")."""
    before = sentence[:match.start()]
    if _SPEECH_BEFORE.search(before) or _FUTURE_BEFORE.search(before):
        return False
    if _NIGHT_FROM.search(before[-30:]) and _INTO_WEEKDAY.match(sentence, match.end(2)):
        return False                    # "у ніч з суботи на неділю": the night's morning
    if _NIGHT_FROM_TO.search(before[-40:]):
        return True
    if match.group(1) or sentence[match.end(2):match.end(2) + 1] in ("'", "’"):
        return True
    following = match.group(3)
    if not following:
        return True
    word = following.lower()
    if word in _NIGHT_WORDS or word in _CONNECTORS or word in _ATTACK_NOUNS \
            or word.endswith("ing"):
        return True                     # ("Russia's Sunday drone attack on Sumy")
    return not following[0].islower()


#: "в ночь с субботы на воскресенье": the first day of a night told from one day to the next
_NIGHT_FROM = re.compile(r"\b(?:ніч|ночь|night)\s+(?:з|із|зі|с|со|from)\s+$", re.IGNORECASE)
_NIGHT_FROM_TO = re.compile(
    r"\b(?:ніч|ночь|night)\s+(?:з|із|зі|с|со|from)\s+[\w'’ʼ]+\s+(?:на|to|into)\s+$", re.IGNORECASE)
_INTO_WEEKDAY = re.compile(rf"\s+(?:на|to|into)\s+(?:{WEEKDAY_ALT})\b", re.IGNORECASE)

#: the attack a weekday is the adjective of: "the Sunday drone attack", "a Friday strike"
_ATTACK_NOUNS = frozenset({"drone", "drones", "missile", "missiles", "strike", "strikes",
                           "attack", "attacks", "airstrike", "airstrikes", "barrage", "assault",
                           "rocket", "ballistic", "glide", "artillery", "combined", "massive"})
_CONNECTORS = frozenset({"and", "or", "that", "when", "as", "after", "in", "at", "on", "і", "та",
                         "и", "й", "коли", "когда", "у", "в", "на"})


def _week_monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _year_for(month: int, day: int, published: date) -> int:
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return published.year
    return published.year - 1 if candidate > published + timedelta(days=2) else published.year


def _slash_date(groups: tuple, published: date | None) -> tuple[str | None, str]:
    """"10/18" (month first, as US posts write it), "18/10" (day first): the reading that is a
    date; when both are, the one nearer before the publication day."""
    first, second = int(groups[0]), int(groups[1])
    year = int(groups[2]) + (2000 if len(groups[2]) == 2 else 0) if groups[2] else None
    days = []
    for month, day in {(first, second), (second, first)}:
        if not 1 <= month <= 12:
            continue
        if year is None and published is None:
            return None, "unknown"
        try:
            days.append(date(year or _year_for(month, day, published), month, day))
        except ValueError:
            continue
    if not days or len(days) > 1 and published is None:
        return None, "unknown"
    best = min(days, key=lambda d: abs((published - d).days) if published else 0)
    return best.isoformat(), "day"


def resolve(expr: DateExpr, published: date | None) -> tuple[str | None, str]:
    """The ISO date and precision an expression stands for (see the module rules)."""
    g = expr.groups
    try:
        if expr.kind == "iso":
            return date(int(g[0]), int(g[1]), int(g[2])).isoformat(), "day"
        if expr.kind == "dmy":
            return date(int(g[2]), int(g[1]), int(g[0])).isoformat(), "day"
        if expr.kind == "dm":
            month, day = int(g[1]), int(g[0])
            if published is None or not 1 <= month <= 12:
                return None, "unknown"
            return date(_year_for(month, day, published), month, day).isoformat(), "day"
        if expr.kind == "slash":
            return _slash_date(g, published)
        if expr.kind in ("day_month", "month_day"):
            day_s, month_s = (g[0], g[1]) if expr.kind == "day_month" else (g[1], g[0])
            month, day = _MONTHS[month_s.lower().rstrip(".")], int(day_s)
            if g[2]:
                return date(int(g[2]), month, day).isoformat(), "day"
            if published is None:
                return None, "unknown"
            return date(_year_for(month, day, published), month, day).isoformat(), "day"
        if expr.kind == "month":
            month = _MONTHS[g[0].lower()]
            if g[1]:
                return date(int(g[1]), month, 1).isoformat(), "month"
            if published is None:
                return None, "unknown"
            if g[2]:                    # "in April last year"
                return date(published.year - 1, month, 1).isoformat(), "month"
            return date(_year_for(month, 1, published), month, 1).isoformat(), "month"
    except (ValueError, KeyError, OverflowError):
        return None, "unknown"
    if published is None:
        return None, "unknown"
    try:
        return _resolve_relative(expr, published)
    except (OverflowError, ValueError):
        return None, "unknown"


def _resolve_relative(expr: DateExpr, published: date) -> tuple[str | None, str]:
    kind = expr.kind
    if kind == "today":
        return published.isoformat(), "day"
    if kind in ("minus1", "narrative_minus1"):
        return (published - timedelta(days=1)).isoformat(), "day"
    if kind == "narrative_plus1":       # (with no day told before: the report's own)
        return published.isoformat(), "day"
    if kind == "minus2":
        return (published - timedelta(days=2)).isoformat(), "day"
    if kind in ("days_ago", "days_earlier"):
        return _ago(expr, published)
    if kind == "months_ago":
        return _months_ago(expr, published)
    if kind == "year":                  # the report's own year tells nothing more
        return (None, "unknown") if int(expr.groups[0]) != published.year else (None, "")
    if kind == "weekday":
        prefix = (expr.groups[0] or "").lower()
        weekday = _WEEKDAY_NUMBER[fold_word(expr.groups[1]).replace("'", "")]
        back = (published.weekday() - weekday) % 7
        if back == 0 and prefix in ("last", "минулого", "минулої", "прошлого", "прошлой",
                                    "прошлую", "минулу", "в минулу", "в минулий",
                                    "в прошлое", "в прошлую", "в прошлый"):
            back = 7
        return (published - timedelta(days=back)).isoformat(), "day"
    if kind == "this_week":
        return _week_monday(published).isoformat(), "week"
    if kind == "last_week":
        return (_week_monday(published) - timedelta(days=7)).isoformat(), "week"
    if kind == "weekend":
        back = (published.weekday() - 5) % 7 if published.weekday() != 6 else 0
        saturday = published - timedelta(days=back)
        return _week_monday(saturday).isoformat(), "week"
    if kind == "this_month":
        return published.replace(day=1).isoformat(), "month"
    if kind == "last_month":
        first = published.replace(day=1) - timedelta(days=1)
        return first.replace(day=1).isoformat(), "month"
    return None, "unknown"


def _ago(expr: DateExpr, published: date) -> tuple[str | None, str]:
    """ "3 days ago" -> D - 3 (day); "a few days ago" -> week; "2 weeks ago" -> that week."""
    n, unit = word_value(expr.groups[0]), expr.groups[1].lower()
    weeks = unit.startswith(("week", "тижн", "недел"))
    if n is not None:
        if weeks:
            return _week_monday(published - timedelta(days=7 * n)).isoformat(), "week"
        return (published - timedelta(days=n)).isoformat(), "day"
    return _week_monday(published).isoformat(), "week"


def _months_ago(expr: DateExpr, published: date) -> tuple[str | None, str]:
    """ "two years ago" -> that month two years back, "a month ago" -> the month before
    (month precision: the day is not told); "a few months ago" -> unknown."""
    count, unit = (expr.groups[0] or "one").lower(), expr.groups[1].lower()
    if unit in ("півроку", "полгода"):
        count, unit = "6", "month"
    n = 1 if count in ("a", "an", "one", "один", "одна") else word_value(count)
    if n is None:
        return None, "unknown"
    months = n if unit.startswith(("month", "місяц", "месяц")) else 12 * n
    index = published.year * 12 + published.month - 1 - months
    return date(index // 12, index % 12 + 1, 1).isoformat(), "month"


PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "unknown": 3}


#: among expressions of the same precision, the more explicit wins ("overnight on Sunday")
#: date expressions that name a calendar day ("21 вересня", "Oct. 6", "2025-10-06")
CALENDAR_KINDS = frozenset({"iso", "dmy", "dm", "slash", "day_month", "month_day"})
#: date expressions that name a day: a calendar day or a weekday
NAMED_DAY_KINDS = CALENDAR_KINDS | {"weekday"}

_KIND_RANK: dict[str, int] = {"iso": 0, "dmy": 0, "dm": 0, "slash": 0, "day_month": 0,
                              "month_day": 0,
                              "weekday": 1,
                              "days_ago": 2, "days_earlier": 2, "months_ago": 2, "minus2": 2,
                              "minus1": 2,
                              "narrative_minus1": 2, "narrative_plus1": 2, "year": 2,
                              "today": 3}


def best_date(exprs: list[DateExpr], published: date | None) -> tuple[str | None, str] | None:
    """The most precise resolvable date among expressions, or None.

    On equal precision an explicit date beats a weekday, which beats "yesterday",
    which beats "today"/"overnight"; then the first one wins.
    """
    best: tuple[int, int, str | None, str] | None = None
    for expr in exprs:
        value = resolve(expr, published)
        if value[0] is None and not (expr.kind in ("months_ago", "year") and value[1]
                                     and published is not None):
            continue                    # ("a few months ago", "in 2023": not the report's day)
        rank = (PRECISION_RANK[value[1]], _KIND_RANK.get(expr.kind, 4))
        if best is None or rank < best[:2]:
            best = (*rank, *value)
    return None if best is None else (best[2], best[3])


def parse_published(value: object) -> date | None:
    """A ``YYYY-MM-DD`` publication date (a time part is ignored), or None when not given.

    Raises
    ------
    InputError
        When the value is not such a date (field ``published``).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if _PUBLISHED_RE.match(text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise InputError(f"{text[:40]!r} is not a YYYY-MM-DD date", field="published")


_PUBLISHED_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ]\d)")
