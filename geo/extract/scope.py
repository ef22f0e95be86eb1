"""What a sentence speaks of, beyond its places: the place in focus again, the whole country,
a region's or a day's toll, a running toll, or weapons brought down over a region.

The reading of a report (:mod:`~geo.extract.pipeline`) asks these of each sentence before it
gives the sentence's figures to a place.
"""
from __future__ import annotations

import re

from geo.extract.sentence_info import MentionInfo, SentenceInfo

__all__ = ["ANAPHOR", "AREA_TOTAL", "COUNTRY_OR_PERIOD", "CUMULATIVE", "IN_TOTAL_WORDS",
           "MANY_AREAS", "NATIONWIDE", "DOWNING", "downed_over"]

#: words that point back at the place in focus ("the city", "there", "місто", "там")
ANAPHOR = re.compile(
    r"\b(?:the (?:city|town|village|region|area|settlement|community|oblast)|there|its|"
    r"місто|міста|місті|містом|селище|селища|селищі|село|села|селі|громад\w*|област\w*|"
    r"регіон\w*|там|тут|город|города|городе|поселок|поселке|посёлок|посёлке|районе|районі|"
    r"місцев\w*|местн\w*|local)\b", re.IGNORECASE)
#: a sentence about the whole country adds nothing to the place in focus
NATIONWIDE = re.compile(
    r"\b(?:across|throughout|all over) (?:the country|Ukraine|Russia)\b|\bnationwide\b|"
    r"\bin total\b|\boverall\b|\bпо всій (?:країні|Україні|території)\b|\bзагалом\b|"
    r"\bусього\b|\bвсього\b|\bпо всей (?:стране|Украине|России|территории)\b|\bвсего\b|"
    r"\bв целом\b|"
    # weapons downed over many regions: "167 drones shot down over 12 regions"
    r"\bover (?:\d+|several|multiple|various) (?:Russian )?regions\b|"
    r"\bнад \d+ (?:регіонами|областями|регионами)\b", re.IGNORECASE)
#: the words of NATIONWIDE that only say "in total" (of what was told, when that is one place)
IN_TOTAL_WORDS = frozenset({"in total", "overall", "загалом", "усього", "всього", "всего",
                            "в целом"})
#: "in total" of the rounds fired at the place ("Всего было выпущено три снаряда",
#: "In total, 12 shells were fired"): the strike's count, no country's or region's total
_TOTAL_OF_ROUNDS = re.compile(
    r"\b(?:in total|overall|загалом|усього|всього|всего)\b,?[^,;.:]{0,40}?\b(?:снаряд\w*|мин[аыи]?|"
    r"прил[её]т\w*|прильот\w*|боеприпас\w*|боєприпас\w*|shells?|rounds|projectiles|munitions)\b",
    re.IGNORECASE)


def total_of_rounds_only(text: str) -> bool:
    """Whether every "in total" of :data:`NATIONWIDE` in ``text`` counts the rounds fired
    ("Всего было выпущено три снаряда, пострадали двое"), so the sentence still tells of the
    place in focus."""
    rounds = [m.span() for m in _TOTAL_OF_ROUNDS.finditer(text)]
    return bool(rounds) and not AREA_TOTAL.search(text) and all(
        any(start <= m.start() < end for start, end in rounds) for m in NATIONWIDE.finditer(text))


#: a lead's toll over several regions ("attacks against 11 of Ukraine's oblasts, killing
#: one"), which the first place named after it does not take
MANY_AREAS = re.compile(
    r"\b(?:\d+|several|many|multiple|a number of)\s+(?:of\s+(?:Ukraine['’]s\s+|the\s+)?)?"
    r"(?:oblasts|regions|provinces)\b|\b(?:\d+|кільк\w+|декількох|нескольких|ряд\w*)\s+"
    r"(?:областей|регіонів|регионов|областях|регіонах|регионах)\b", re.IGNORECASE)
#: a week's or a month's toll: "за прошлую неделю", "over the past week"
_PAST_PERIOD = (
    r"\b(?:за|протягом|в течение|на) (?:прошл\w+ |минул\w+ |последн\w+ |останн\w+ )?"
    r"(?:недел\w+|тиждень|тижня|месяц\w*|місяц\w*)\b|"
    r"\b(?:over|during|in) the (?:past|last) (?:week|month|seven days|30 days)\b|"
    # a month's or a year's toll, or one since a day: "за вересень", "від початку року",
    # "з 1 вересня у громаді загинули 7"
    r"\bза (?:січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|"
    r"листопад|грудень|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|"
    r"ноябрь|декабрь)\b|"
    r"\b(?:від|з) початку (?:\d{4} )?(?:року|місяця|тижня)\b|"
    r"\bс начала (?:\d{4} )?(?:года|месяца|недели)\b|"
    r"\bsince the (?:start|beginning) of (?:the )?(?:year|month|week|\d{4}|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b|"
    r"\bз початку (?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|"
    r"листопада|грудня)\b|\bс начала (?:января|февраля|марта|апреля|мая|июня|июля|августа|"
    r"сентября|октября|ноября|декабря)\b|"
    r"\b(?:з|с|since) \d{1,2} (?:січня|лютого|березня|квітня|травня|червня|липня|серпня|"
    r"вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|"
    r"сентября|октября|ноября|декабря)\b(?! по\b)|"
    # a stretch of days or a report's period: "Between 1 and 15 October", "з 1 по 15 жовтня",
    # "in the first half of October", "during the reporting period"
    r"\b(?:between|from) \d{1,2}(?: \w+)? (?:and|to) \d{1,2} (?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b|"
    r"\b(?:з|с) \d{1,2} (?:по|до) \d{1,2} (?:січня|лютого|березня|квітня|травня|червня|липня|"
    r"серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|"
    r"августа|сентября|октября|ноября|декабря)\b|"
    r"\b(?:in|during) the (?:first|second|last) half of (?:the month|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b|"
    r"\b(?:during|in|over) the reporting period\b")
PAST_PERIOD = re.compile(_PAST_PERIOD, re.IGNORECASE)
#: words without one of which :data:`PAST_PERIOD` cannot match (a cheap pre-check), and the
#: months it may name after "за" or a day's number
_PERIOD_WORDS = ("недел", "тижд", "тижн", "місяц", "месяц", "week", "month", "days", "року",
                 "года", "year", "period")
_DIGIT = re.compile(r"\d")
_MONTH_STEMS = re.compile(r"січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|"
                          r"январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|"
                          r"ноябр|декабр|january|february|march|april|may|june|july|august|"
                          r"september|october|november|december")


def _names_a_period(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _PERIOD_WORDS) or (
        "за " in low or _DIGIT.search(low) is not None) and _MONTH_STEMS.search(low) is not None


class _OrPeriod:
    """A pattern, or a week's, a month's or a year's toll (:data:`PAST_PERIOD`), the latter
    tried only when the text names a period (its alternatives open on common words, so
    folding them into every search would cost each sentence)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        """The first match of the pattern, else of a period's toll, else None."""
        found = self.pattern.search(text)
        if found is None and _names_a_period(text):
            found = PAST_PERIOD.search(text)
        return found


#: a toll of the whole country or of a period ("across Ukraine", "Between 1 and 15
#: September"): no strike's, whichever place is named next
_COUNTRY_OR_DATES = re.compile(
    r"\b(?:across|throughout|all over) (?:the country|Ukraine)\b|\bnationwide\b|"
    r"\bпо всій (?:країні|Україні)\b|\bпо всей (?:стране|Украине)\b|"
    r"\bbetween \d{1,2}(?: \w+)? and \d{1,2} \w+|\bз \d{1,2}(?: \w+)? по \d{1,2} \w+|"
    r"\bс \d{1,2}(?: \w+)? по \d{1,2} \w+|\b(?:in|during|over) (?:the )?(?:month|week) of\b",
    re.IGNORECASE)
COUNTRY_OR_PERIOD = _OrPeriod(_COUNTRY_OR_DATES)
#: a toll for the whole region or the whole day belongs to no single town in focus
AREA_TOTAL = re.compile(
    r"\b(?:in|across|throughout) the (?:region|oblast|province)\b|\b(?:в|у|по) (?:області|"
    r"регіоні|области|регионе)\b|\bнад (?:областю|регіоном|областью|регионом)\b|"
    r"\bover the (?:region|oblast)\b|\bминулої доби\b|\bза минулу добу\b|\bover the past (?:day|24 "
    r"hours)\b|\bза (?:минувшие|прошедшие) сутки\b|\b(?:упродовж|протягом|за) доби\b|"
    r"\bза добу\b|\bза сутки\b|\bв течение суток\b|"
    # an oblast administration's formula for the day's toll of the region
    r"\bчерез російську агресію\b|\bвнаслідок російської агресії\b|"
    r"\bиз-за российской агрессии\b|\bв результате российской агрессии\b|"
    r"\b(?:due to|as a result of) (?:the )?Russian aggression\b", re.IGNORECASE)
#: a region's roundup of the day ("36 settlements of Kherson Oblast came under fire over the
#: day"): the figures after it are the region's, not the place in focus before it
ROUNDUP = re.compile(
    r"\b(?:населен\w+|settlements|localities|towns and villages|громад\w* област\w*|"
    r"громад\w* (?:\w+щини|\w+чини))\b", re.IGNORECASE)
#: a running or cumulative toll, or a caveat about one, tells of no strike: "since the start of
#: the invasion N civilians were killed in X", "the figures do not include the dead in X", "it is
#: impossible to know how many died in X"; its places are no events and its figures no event's
_RUNNING_TOLL = re.compile(
    r"\bsince the (?:start|beginning|outbreak) of (?:the |Russia's )?(?:full[- ]scale |large[- ]scale )?"
    r"(?:war|invasion|aggression|hostilities)\b|"
    r"\bsince the (?:full[- ]scale |large[- ]scale )(?:war|invasion|aggression)\b|\bsince (?:February 24|24 February|Feb\.? 24)\b|"
    r"\bsince (?:(?:early|late|February)\s+)?20(?:14|22)\b|\bз (?:лютого )?20(?:14|22) року\b|"
    r"\bс (?:февраля )?20(?:14|22) года\b|\bsince the war (?:began|started)\b|"
    r"\bdo(?:es)? not (?:include|take into account|account for|cover)\b|"
    r"\b(?:are|is|were|was|have not been|has not been) not (?:counted|included)\b|"
    r"\bas of [^.;]{0,40}?\bha(?:ve|s) (?:\w+ ){0,3}?(?:killed|wounded|injured)\b|"
    r"\b(?:have|has) not been (?:counted|included)\b|\b(?:toll|figures?|count) excludes?\b|"
    r"\b(?:impossible|not possible|too early) to (?:know|establish|determine|say|count)\b|"
    r"\b(?:з|від) початку (?:повномасштабного |широкомасштабного )?(?:вторгнення|війни|агресії)\b|"
    r"\bз 24 лютого\b|\bне (?:враховує|враховують|включає|включають|враховано|враховані|"
    r"включено|включені|пораховано|пораховані)\b|"
    r"\b(?:неможливо|поки що не(?:можливо)?) (?:встановити|підрахувати|визначити)\b|"
    r"\bс начала (?:специальной военной операции|СВО|войны|вторжения|агрессии|боевых действий)\b|"
    r"\bс 24 февраля\b|\bне (?:учитывает|учитывают|включает|включают|учтены|учитываются|"
    r"включены|посчитаны)\b|"
    r"\bневозможно (?:установить|подсчитать|определить)\b",
    re.IGNORECASE)
CUMULATIVE = _OrPeriod(_RUNNING_TOLL)


def only_a_period(text: str) -> bool:
    """Whether the cumulative toll :data:`CUMULATIVE` finds in ``text`` is only a week's, a
    month's or one since a day ("за минулий тиждень у Херсоні загинули 6"): its place may
    still be where the next sentence's strike is, unlike a toll since the invasion began."""
    return _RUNNING_TOLL.search(text) is None and _names_a_period(text) \
        and PAST_PERIOD.search(text) is not None


#: "shot down over the Bryansk region", "збили над Сумщиною": a region where weapons were only
#: brought down is no attack location (a town hit by the debris is named as such)
_DOWNED_OVER = re.compile(
    r"\b(?:over|above|над|(?<=defen[cs]e systems )in|(?<=defen[cs]e )in)\s+(?:the\s+)?"
    # "downed over several regions, including Ryazan, Tula and Lipetsk"
    r"(?:(?:several|multiple|various|\d+|a\s+number\s+of)\s+(?:Russian\s+)?regions?,?\s+"
    r"(?:including|among\s+them|such\s+as)\s+(?:the\s+)?)?"
    r"(?:territor(?:y|ies)\s+of\s+(?:the\s+)?|територією\s+|територіями\s+|"
    r"территорией\s+|территориями\s+)?(?:(?:occupied|annexed)\s+|окупован\w+\s+|"
    r"оккупированн\w+\s+)?"
    r"(?:[A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:\s+(?:region|oblast)s?|\s+(?:област\w*|краю|края|"
    r"республік\w*|республик\w*))?(?:\s*,\s*(?:and\s+)?|\s+(?:and|і|та|й|и)\s+))"
    r"{0,12}$",
    re.IGNORECASE)
#: weapons brought down: "shot down", "збито", "сбиты", "уничтожены"
DOWNING = re.compile(
    r"\b(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|brought down|збит\w*|збил\w*|"
    r"збива\w*|сбива\w*|"
    r"знищен\w*|знищил\w*|перехоплен\w*|знешкод\w*|сбит\w*|сбил\w*|уничтожен\w*|уничтожил\w*|"
    r"перехвачен\w*|перехватил\w*|подавлен\w*)", re.IGNORECASE)


#: right after "shot down": near a town ("were downed near Voznesensk", "збито поблизу Ніжина")
_DOWNED_BY = re.compile(
    r"(?:shot down|downed|intercepted|збит\w*|збил\w*|сбит\w*|сбил\w*|знищен\w*|уничтожен\w*)"
    r"\s+(?:(?!упал|впал|упав|впав|fell|crash|попал|потрапи|влуч|обломк|уламк|debris)[\w-]+\s+)"
    r"{0,5}?(?:near|close to|outside|поблизу|біля|неподалік|возле|около|"
    r"недалеко от|в районе)\s+"
    r"(?:[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*(?:\s*,\s*|\s+(?:and|і|та|й|и)\s+))*$",   # (each of a list)
    re.IGNORECASE)
#: the regions weapons flew over on their way: "flew over Zhytomyr and Chernihiv oblasts",
#: "пролетіли над Житомирщиною"
_PASSED_OVER = re.compile(
    r"(?:\b(?:flew|flying|flies|passed|passing)\s+(?:over|across|through)|"
    r"\b(?:пролеті\w*|пролета\w*|пролете\w*|пролітал\w*)\s+(?:над|через))\s+(?:the\s+)?"
    r"(?:[A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:\s+(?:region|oblast)s?)?(?:\s*,\s*|\s+(?:and|і|та|й|и)\s+))"
    r"{0,12}$",
    re.IGNORECASE)
#: a count of weapons brought down over a place, in a list of such counts: "18 над Курской",
#: "12 over the Belgorod region", "21 – над территорией Брянской области"
_COUNT_OVER = re.compile(r"\b\d+\s*(?:[–—-]\s*)?(?:над|over)\s+(?:the\s+)?(?:территорией\s+|"
                         r"територією\s+|territory\s+of\s+)?$", re.IGNORECASE)
#: a region's or a district's word after a name: "the Kursk and Oryol regions", "Тульской
#: области", "over the Odesa district", "над Одеським районом"
_REGION_WORD_AFTER = re.compile(
    r"^(?:(?:\s*,\s*|\s+(?:and|і|та|й|и)\s+)[A-ZА-ЯІЇЄҐЁ][\w'’-]*)*\s+"
    r"(?:regions?|oblasts?|districts?|raions?|област\w*|облас\w*|район\w*)\b", re.IGNORECASE)


#: "in" before a region where weapons were brought down
_IN_BEFORE = re.compile(r"\b(?:in|в|у|во)\s+(?:the\s+)?(?:[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*"
                        r"(?:\s*,\s*|\s+(?:and|і|та|й|и)\s+))*$", re.IGNORECASE)   # (a list)
#: what air defence brings down
_AERIAL = re.compile(r"дрон|беспилотн|безпілотн|БПЛА|БпЛА|ракет|шахед|\bdrones?\b|\bUAVs?\b|"
                     r"\bmissiles?\b|\bShaheds?\b|\brockets?\b", re.IGNORECASE)
#: what was hit or hurt besides the weapons brought down
_HARM = re.compile(
    r"пострада|поврежд|пошкодж|постражд|ранен|поранен|погиб|загин|обломк|уламк|руйнув|"
    r"разруш|пожар|пожеж|возгоран|загоран|упал|впал|\bdebris\b|damag|injur|\bkill|wound|"
    r"\bfire\b|\bfell\b|destroyed (?:a|the|two|\d)", re.IGNORECASE)


def downed_over(m: MentionInfo, info: SentenceInfo) -> bool:
    """True for a region named only as where weapons were brought down ("drones were shot
    down over the Kursk and Bryansk regions", "над Курской областью сбиты 18 беспилотников"),
    each region of such a list included.

    Parameters
    ----------
    m : MentionInfo
        A resolved mention of ``info``'s sentence.
    info : SentenceInfo
        The sentence, with its clauses.
    """
    text, start = info.sentence.text, m.found.start - info.sentence.start
    end = m.found.end - info.sentence.start
    a, b = info.clauses[m.clause]
    if (_DOWNED_NEAR.search(text, max(0, start - 60), start)
            or _DOWNED_BY.search(text, max(0, start - 60), start)) and DOWNING.search(text[a:b]):
        return True             # "shot down 5 km south of Nizhyn": only where it fell
    if m.feature == "region" and _HEADING_THEN_OVER_IT.match(text, end) \
            and DOWNING.search(text):
        return True             # "Миколаївщина: вночі над областю збито 8 шахедів"
    if _OVER_SEA_NEAR.search(text, max(0, start - 90), start) and DOWNING.search(text):
        return True             # "над морем в районе Любимовки и Качи сбиты шесть дронов"
    if m.feature == "settlement" and _HEADING_THEN_OVER_TOWN.match(text, end) \
            and DOWNING.search(text) and not _HARM.search(text):
        return True             # "Odesa: air defence destroyed drones over the city"
    if m.feature == "region" and _PASSED_OVER.search(text[max(0, start - 120):start]):
        return True             # "Drones also flew over Ternopil and Rivne oblasts"
    if _COUNT_OVER.search(text, max(0, start - 40), start) and DOWNING.search(text, 0, start):
        return True             # "уничтожены 75 БПЛА — 31 над Брянской областью, 18 над Курской"
    if _IN_BEFORE.search(text, max(0, start - 60), start) \
            and DOWNING.search(text[a:b] if m.feature != "region" else text) \
            and _AERIAL.search(text) and not _HARM.search(text) \
            and not any(f.kind in ("killed", "injured") and f.value for f in info.figures):
        return True             # "Также в Орловской области сбиты еще 5 дронов", "В Рубежном
        # сбиты 3 дрона": nothing hit
    if m.feature != "region" and not _REGION_WORD_AFTER.match(text[end:end + 40]) and (
            m.feature != "settlement" or _HARM.search(text)
            or any(f.kind in ("killed", "injured") and f.value for f in info.figures)):
        return False            # a city, unless a region's or district's word follows, or the
        # sentence tells nothing but the downing ("Ще одну ракету збили над Кам'янським")
    return bool(_DOWNED_OVER.search(text[max(0, start - 120):start]) and DOWNING.search(text[a:b]))


#: a region heading its sentence, which then tells what was brought down "over the oblast"
_HEADING_THEN_OVER_IT = re.compile(
    r"\s*[:.—–-]\s*(?:[\w'’-]+\s+){0,5}?(?:над|over)\s+(?:the\s+)?(?:областю|областью|"
    r"регіоном|регионом|oblast|region)\b", re.IGNORECASE)
#: over the sea near a place (or each place of a list): only where weapons came down
_OVER_SEA_NEAR = re.compile(
    r"(?:над\s+(?:Ч[её]рным\s+|Азовским\s+|Чорним\s+|Азовським\s+)?(?:морем|акваторией|"
    r"акваторією)|over\s+the\s+(?:Black\s+|Azov\s+)?[Ss]ea)\s+(?:в\s+районе|у\s+районі|"
    r"поблизу|біля|около|возле|у\s+берегов|near|off)\s+"
    r"(?:[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*(?:\s*,\s*|\s+(?:and|і|та|й|и)\s+))*$", re.IGNORECASE)
#: a town heading its sentence, which then tells what was brought down "over the city"
_HEADING_THEN_OVER_TOWN = re.compile(
    r"\s*[:—–-]\s*(?:[\w'’-]+\s+){0,5}?(?:над|over)\s+(?:the\s+)?(?:містом|городом|"
    r"city|town)\b", re.IGNORECASE)
#: right after "shot down" (and its object): a distance or bearing from a town, which is not
#: where anything hit ("shot down 5 km south of Nizhyn", "збито за 10 км від Ніжина")
_DOWNED_NEAR = re.compile(
    r"(?:shot down|downed|intercepted|збит\w*|збил\w*|сбит\w*|сбил\w*|знищен\w*|уничтожен\w*)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:about\s+|some\s+|за\s+|в\s+|около\s+)?\d+\s*(?:km|kilomet\w+|"
    r"miles|км|кілометр\w*|километр\w*)\s+(?:(?:to the\s+)?(?:north|south)?-?(?:east|west)?"
    r"(?:ern)?\s+of|from|від|от)\s+$", re.IGNORECASE)


#: words that point back at the town in focus, not at its region
TOWN_ANAPHOR = re.compile(
    r"\b(?:the (?:city|town|village|settlement)|there|місто|міста|місті|селище|селищі|село|"
    r"селі|там|тут|город|города|городе|поселке|посёлке|селе)\b", re.IGNORECASE)
