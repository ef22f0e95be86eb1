"""Reading one sentence: its clauses, attack cues and types, figures, dates, and the
place names in it with their roles (not resolved yet); :func:`analyse` reads a report's
sentences so (:mod:`geo.extract.analysis` resolves the names).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from geo.extract import roles
from geo.extract.dates import find_date_expressions
from geo.extract.figures import find_figures, may_have_figures
from geo.extract.gate import sentence_words
from geo.extract.journeys import aimed_or_left, may_be_journey
from geo.extract.lexicon import attack_types, has_attack_cue, may_have_cue
from geo.extract.no_attack import may_tell_blasts_only
from geo.extract.mentions import COMPASS, SIDE_BEFORE, Found, MentionFinder
from geo.extract.qualifiers import join_partial_names
from geo.extract.sentence_info import MentionInfo, SentenceInfo
from geo.extract.sentences import BULLET_MARKS, Sentence, split_sentences
from geo.model import Place

_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|,\s+(?:while|whereas|but|meanwhile|and meanwhile|although|though|"
    r"а|але|проте|тоді як|в той час як|тогда как|но|однако|хотя|хоча)\b", re.IGNORECASE)
#: "west of Pokrovsk near Udachne": the compass reference frames the place after it
_NEAR_NEXT = re.compile(r"^(?:\s+[Cc]ity)?,?\s+(?:near|at|in|around)\s+[A-ZА-ЯІЇЄҐ]")  # ("Kharkiv City")
_PERSON_BEFORE = re.compile(
    r"(?:\b[Pp]resident|\b[Mm]inister|\b[Mm]ayor|\b[Gg]overnor|\bGen\.|\b[Gg]eneral|"
    r"\b[Ss]pokes\w+|\b[Cc]ommander|\b[Cc]olonel|\b[Cc]hancellor|\b[Ss]ecretary|\b[Ss]enator|"
    r"\b[Aa]mbassador|\b[Hh]ead|\b[Cc]hief|\b[Oo]fficial|\b[Pp]rosecutor|\b[Ee]nvoy|"
    r"\b[Пп]резидент\w*|\b[Мм]іністр\w*|\b[Мм]инистр\w*|\b[Гг]енерал\w*|\b[Рр]ечни\w*|"
    r"\b[Пп]редставни\w*|\b[Гг]убернатор\w*|\b[Мм]ер\w{0,2}|\b[Мм]эр\w{0,2}|"
    r"\b[Гг]олов[аиі]|\b[Гг]лав[аыеу]|\b[Нн]ачальник\w*|\b[Оо]чільник\w*|\b[Кк]омандувач\w*|"
    r"\b[Кк]омандующ\w*|\b[Сс]пікер\w*|\b[Сс]пикер\w*|\b[Сс]екретар\w*|\b[Дд]епутат\w*|"
    r"\b[Рр]адник\w*|\b[Сс]оветник\w*|\b[Ss]ecretary|\b[Aa]dviser|\b[Dd]eputy)"
    r"(?:\s+(?:міськради|сільради|селищради|ради|горсовета|совета|думи|думы))?\s+$")
#: "According to Kim", "За словами Чауса", "по словам Гладкова": who said it, a person
_SPEAKER_BEFORE = re.compile(
    r"(?:\b[Aa]ccording to|\b[Зз]а словами|\b[Пп]о словам|\b[Зз]а даними|\b[Пп]о данным|"
    r"\b[Сс]лова\w*)\s+$")
#: "Kim wrote", "Чаус повідомив", "Гладков сообщил": who said it, a person
_SPEAKER_AFTER = re.compile(
    r"^\s+(?:wrote|said|says|told|added|noted|posted|написав|написала|повідомив|повідомила|"
    r"зазначив|зазначила|додав|додала|написал|написала|сообщил|сообщила|заявил|заявила|"
    r"отметил|отметила|уточнил|уточнила)\b")
#: "Секретар міськради Артем Кобзар": a person named after a council's title
_PERSON_AFTER = re.compile(
    r"^\s+(?!(?:Oblast|Region|Raion|District|City|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Independent|Post|Times|People['’]s|National|State|University|"
    r"Polytechnic|Medical|Technical|Academy|Airport|Metro|Zoo|Theatre|Theater|Railway|Port|"
    r"Station|Hospital|Thermal|Power|Refinery|Oil|Шахед\w*|Герань\w*|Гераням\w*|"
    r"Ланцет\w*|Молні\w*|Молни\w*|Гербер\w*|Іскандер\w*|Искандер\w*|Калібр\w*|Калибр\w*|"
    r"Кинджал\w*|Кинжал\w*|Градами|Ураганами|Смерчами|Shahed\w*|Lancet\w*|Iskander\w*)\b)"
    r"([A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]+)\b"
    r"(?!\s+(?:(?:міськ|сільськ|селищн|городск|сельск|поселков|территориальн|територіальн|"
    r"urban|rural|city|village|settlement|territorial)\w*\s+)?(?:громад|район|област|округ|"
    r"district|raion|oblast|region|hromada|community|"
    r"(?:МО|МР|ГО|ТГ|ОТГ)\b))")          # "Алешкинского МО": a municipal okrug, no surname;
# "в Антонівці Херсонської міської громади": the village of a hromada
#: "the Pokrovsk direction", "the Kupiansk and Lyman directions", "на Лиманському та
#: Куп'янському напрямках": a sector of the front named after a town, not the town
_DIRECTION_AFTER = re.compile(
    r"^(?:\s*[-–]\s*[A-ZА-ЯІЇЄҐ][\w'’ʼ]*(?:\s+[A-ZА-ЯІЇЄҐ][\w'’ʼ]*)?)?"   # "Nikolaev-Krivoy Rog"
    r"(?:\s+(?:direction|axis|sector|front|(?:tactical|operational)\s+(?:area|direction)|"
    r"напрям\w*|направлени\w*|ділянц\w*|участк\w*)|"
    r"(?:(?:\s*,\s*|\s+(?:and|та|і|й|и)\s+)[A-ZА-ЯІЇЄҐ][\w'’ʼ]*)+\s+"      # a list: plural
    r"(?:directions|axes|sectors|fronts|напрямках|напрямків|напрямки|направлениях|"
    r"направлений|направления|ділянках|участках))",
    re.IGNORECASE)
#: "pushing on towards Toretsk", "driving a van towards the Khotin
#: hromada": where troops or people were heading, not where they fought or were hit
_TOWARDS_BEFORE = re.compile(
    r"\b(?:advanc\w*|push\w*|mov\w*|travel\w*|driv\w*|head\w*|просуну\w*|просуват\w*|"
    r"продвину\w*|продвигат\w*|рухал\w*|ехал\w*|їхал\w*)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:towards?|in the direction of|у напрямку|в напрямку|в сторону|в направлении|к)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE)
#: after a city's name, an oblast's administration or official: "Kherson Regional Military
#: Administration", "Kharkiv RMA", "Sumy Oblast State Administration"
_REGIONAL_AFTER = re.compile(r"^\s+(?:regional|oblast|RMA|OVA|ODA|RSA|OMA)\b", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|on|near|at|into|over|outside|around|towards?|of|hit|struck|targeted|shelled|"
    r"attacked|у|в|во|на|під|біля|поблизу|по|под|возле|около|неподалік|околиц\w+)\s+"
    r"(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+|settlement\s+of\s+|"
    r"місто\s+|місті\s+|селі\s+|село\s+|селищі\s+|селище\s+|город\w*\s+|сел\w+\s+|"
    r"пос[её]лк\w*\s+)?)$", re.IGNORECASE)


#: a clause after ";" or a dash that only goes on listing places under the verb before
#: it: "Russian forces attacked west of Pokrovsk near Udachne; southwest of Pokrovsk near
#: Novopavlivka; and east of Pokrovsk near Sukhyi Yar", "росіяни вбили 3 мешканців
#: області — у Костянтинівці, Дружківці та Миколаївці"
_LIST_GOES_ON = re.compile(
    rf"^\s*[;—–]\s*(?:and\s+|та\s+|і\s+|й\s+|и\s+)?(?:{COMPASS}\s+(?:of|from)\b|"
    r"near\b|in\b|at\b|around\b|towards?\b|"
    r"поблизу\b|біля\b|в районі\b|у районі\b|в районе\b|около\b|возле\b|у\s|в\s)|"
    # "по Константиновке, а также Дружковке", "Kupiansk, as well as Izium"
    r"^\s*,?\s*(?:а\s+также|а\s+також|as\s+well\s+as|and\s+also)\s+(?:по\s+|на\s+|в\s+|у\s+|"
    r"в\s+районе\s+|в\s+районі\s+|near\s+|in\s+)?(?=[A-ZА-ЯІЇЄҐ])",
    re.IGNORECASE)


#: the lower-case words a list item of places may hold ("Kozacha Lopan, Kharkiv district")
_LIST_ITEM_WORDS = frozenset("""
district districts raion raions community communities hromada hromadas region oblast of and
in near the village villages settlement settlements town city район району районі районах р-н громада
громади громаді громаду громадах область області село села селище селища та і й и
""".split())


def _names_only(clause: str) -> bool:
    """Whether a clause is only a list of places: "; Kozacha Lopan, Kharkiv district"."""
    words = re.findall(r"[\w'’-]+", clause)
    if words and words[0].lower() in ("and", "та", "і", "и"):
        words = words[1:]               # "; and Malynivka in Zaporizhzhia region"
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _LIST_ITEM_WORDS for w in words)


#: "... 5 людей: у Харкові – 3, у Куп'янську – 1", "у Мерефі — чоловіка, у Бабаях — ...": a
#: breakdown's next part
_BREAKDOWN_GOES_ON = re.compile(r"^\s*[—–]\s*(?:\d+|[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[,;]")


def _inherit_listed_cues(text: str, clauses: list[tuple[int, int]], cues: list[bool],
                         types: list[tuple[str, ...]]) -> None:
    """A clause that only continues a list of places (:data:`_LIST_GOES_ON`, or names alone
    after a semicolon) takes the attack cue and types of the clause before it; a clause of
    names alone before a list that goes on to its verb ("Fedorivka, Chuhuiv district;
    Tabaivka, Kupiansk district were struck") takes theirs (in place)."""
    for k in range(1, len(clauses)):
        a, b = clauses[k]
        clause = text[a:b]
        if not cues[k] and cues[k - 1] and (_LIST_GOES_ON.match(clause) or (
                clause.lstrip()[:1] in (";", "—", "–") and _names_only(clause))
                or _BREAKDOWN_GOES_ON.match(clause)):
            cues[k], types[k] = True, types[k - 1]
    for k in range(len(clauses) - 2, -1, -1):
        (a, b), (c, _) = clauses[k], clauses[k + 1]
        if not cues[k] and cues[k + 1] and text[c:].lstrip().startswith(";") \
                and _names_only(text[a:b]) and _names_only(text[c:].split(",")[0]):
            cues[k], types[k] = True, types[k + 1]


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a] or [(0, len(text))]


#: a sentence of what keeps happening: "майже щодня обстрілюють", "регулярно обстреливают",
#: "has been regularly targeted", "are subjected to near-daily attacks"
_HABITUAL = re.compile(
    r"(?:\b(?:майже\s+)?щодня|\bщоденно|\bщодоби|\bрегулярно|\bпостійно|\bежедневно|"
    r"\bпостоянно|\bсистематично|\bсистематически)\s+(?:\w+\s+){0,2}?"
    r"(?:обстрілю\w*|атаку\w*|б['’]ють|зазна\w*|обстрелива\w*|атаку\w*|бьют|подверга\w*)|"
    r"\b(?:ha(?:s|ve)\s+been|(?:is|are)(?:\s+being)?)\s+(?:regularly|routinely|constantly|"
    r"frequently|repeatedly|often)\s+(?:shelled|attacked|targeted|struck|hit|bombed)|"
    r"\bregularly\s+(?:shell|attack|target|strike|hit|bomb)s?\b|"
    r"\bsubjected\s+to\s+(?:near-|almost\s+)?daily\b|"
    # a trend over months: "Over the recent months, Russia has intensified assaults near X"
    r"\b(?:over|in|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?"
    r"(?:months|weeks)\b|\b(?:за|протягом|упродовж)\s+останні\s+(?:кілька\s+)?(?:місяці|тижні)\b|"
    r"\b(?:за|в|на\s+протяжении)\s+последние\s+(?:несколько\s+)?(?:месяцы|недели)\b",
    re.IGNORECASE)
#: a superlative that compares one attack with those of recent weeks: "the largest attack in
#: weeks", "наймасованішу атаку за останні тижні" (an attack told, no trend)
_SUPERLATIVE = re.compile(
    r"\bнай(?:більш|масован|потужн|сильн|жорсток|страшн|криваві)\w*|\bсам(?:ую|ой|ая|ый|ым)\s+"
    r"(?:массированн|мощн|крупн|сильн|жестк)\w*|\b(?:крупнейш|мощнейш|масштабнейш)\w*|"
    r"\b(?:largest|biggest|heaviest|deadliest|worst|most\s+(?:massive|intense|powerful|"
    r"extensive))\b", re.IGNORECASE)
#: a death or wound from an old munition, no attack: "взрыва неизвестного взрывоопасного
#: предмета", "unexploded ordnance"
_REMNANT = re.compile(
    r"взрывоопасн\w*\s+предмет\w*|вибухонебезпечн\w*\s+предмет\w*|\bunexploded\b|"
    r"\bexplosive\s+remnants?\b|нерозірван\w*\s+боєприпас\w*|неразорвавш\w*\s+боеприпас\w*|"
    r"\bсамовибух\w*|\bсамоподрыв\w*", re.IGNORECASE)
#: the words the patterns above need, checked first (cheaply) on every sentence
_REMNANT_WORDS = ("предмет", "unexploded", "remnant", "нерозірван", "неразорвавш", "самовибух",
                  "самоподрыв")
_HABIT_WORDS = ("months", "weeks", "місяці", "тижні", "месяцы", "недели", "щодня", "щоденно",
                "щодоби", "регулярно", "постійно", "ежедневно", "постоянно", "систематич",
                "regularly", "routinely", "constantly", "frequently", "repeatedly", "often",
                "daily")
#: a date a habit has lasted since, which is no day of an attack
_SINCE = re.compile(r"\b(?:since|з|із|с|від|от)\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)
#: words that tie such a sentence to the day told: then it tells an attack after all
_THIS_TIME = re.compile(
    r"\b(?:today|tonight|overnight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night|"
    r"сьогодні|вчора|учора|уночі|вночі|минулої\s+доби|за\s+добу|сегодня|вчера|ночью|"
    r"за\s+сутки|накануне|напередодні)\b", re.IGNORECASE)


def _sentence_info(sentence: Sentence, finder: MentionFinder) -> SentenceInfo:
    text = sentence.text
    words = sentence_words(text)
    if not may_have_cue(text, words):
        # no attack word at all: no cue, types or event date to look for; a figure may be
        # told of the strike before ("Another man was hospitalised.")
        figures = find_figures(text) if may_have_figures(text, words) else []
        info = SentenceInfo(sentence, [(0, len(text))], [False], [()], False, (), figures,
                            find_date_expressions(text, words)
                            if figures or text.rstrip().endswith(":") else [])
        # "Протягом 5 травня:" dates the list after it, "вчора ворог поранив 5 людей" what
        # the next sentence tells
    else:
        clauses = _clauses(text)
        cues = [has_attack_cue(text[a:b]) for a, b in clauses] if len(clauses) > 1 \
            else [has_attack_cue(text, words)]
        if len(clauses) > 1 and any(cues) and may_tell_blasts_only(words) \
                and not has_attack_cue(text, words):
            cues = [False] * len(clauses)   # "Вибухи у Кременчуці — ППО": what the whole
            # sentence says of its clauses (air defence at work, a strike denied)
        types = attack_types(text, words)
        clause_types = [attack_types(text[a:b]) for a, b in clauses] if len(clauses) > 1 \
            else [types]
        _inherit_listed_cues(text, clauses, cues, clause_types)
        low = text.lower()
        remnant = any(w in low for w in _REMNANT_WORDS) and _REMNANT.search(text) is not None
        if remnant:     # "в результате взрыва взрывоопасного предмета погиб": no attack there
            cues = [cue and not _REMNANT.search(text[a:b]) for (a, b), cue in zip(clauses, cues)]
        dates = find_date_expressions(text, words)
        habitual = any(w in low for w in _HABIT_WORDS) and bool(_HABITUAL.search(text)) \
            and not _THIS_TIME.search(text) and not _SUPERLATIVE.search(text) and not any(
            not _SINCE.search(text, 0, d.start) for d in dates)   # "since February 2022"
        if habitual:
            cues = [False] * len(clauses)  # "росіяни майже щодня обстрілюють ... обласний
            # центр", "X has been regularly targeted": what happens, not an attack told
        info = SentenceInfo(sentence, clauses, cues, clause_types, any(cues), types,
                            find_figures(text), dates,
                            no_strike=habitual or remnant and not any(cues))
    mentions = finder.find(sentence)
    starts = {found.start - sentence.start for found in mentions}
    for found in mentions:
        start = found.start - sentence.start
        end = found.end - sentence.start
        role = roles.mention_role(text, start, end)
        if found.area_word and role == roles.PLACE:
            role = roles.RAION          # "Нікопольщину": the raion, as "Нікопольський район"
        before = text[max(0, start - 60):start]
        surname = _PERSON_AFTER.match(text[end:end + 40])
        if role == roles.PLACE and (_PERSON_BEFORE.search(before) or surname is not None
                                    and end + surname.start(1) not in starts
                                    or _SPEAKER_BEFORE.search(before)
                                    or _SPEAKER_AFTER.match(text[end:end + 30])):
            role = "person"     # a place right after it is no surname ("Родинское Донецкой
            # Народной Республики")
        after = text[end:end + 60]
        if role == roles.TITLE and found.text.isascii() and _REGIONAL_AFTER.match(after):
            found = replace(found, query=f"{found.text} Oblast")   # "the Kherson Regional
            # Military Administration" speaks for the oblast, not the city
        heading = bool(_TOWARDS_BEFORE.search(before))
        info.mentions.append(MentionInfo(
            found, role, info.clause_of(start), locative=bool(_LOCATIVE_BEFORE.search(before)),
            direction=bool(heading or _DIRECTION_AFTER.match(after)
                           or SIDE_BEFORE.search(before) and _NEAR_NEXT.match(after)),
            heading=heading, aimed=_aimed_at(text, start)))
    info.mentions = join_partial_names(info.mentions, text, sentence.start)   # "Нова Балка"
    _hashtags_beside_places(info)
    _launch_lists(info)
    if info.cue:
        _unknown_settlements(info)
    return info


def _hashtags_beside_places(info: SentenceInfo) -> None:
    """A post's hashtags ("... пошкоджено адмінбудівлю. #Харківщина #обстріли", read with the
    post's last sentence) only say where, when the sentence names a place of its own; alone
    ("Загинула жінка. #Куп'янськ") they name the place. Updated in place."""
    text, s0 = info.sentence.text, info.sentence.start
    tagged = [m for m in info.mentions if m.role == roles.PLACE
              and text[max(0, m.found.start - s0 - 1):m.found.start - s0] == "#"]
    if tagged and any(m.role == roles.PLACE and m not in tagged for m in info.mentions):
        for m in tagged:
            m.role = roles.QUALIFIER


#: between the places of a list of launch sites: "from Kursk and Bryansk cities and ..."
_LAUNCH_LIST_GAP = re.compile(
    r"^(?:\s+(?:cities|city|towns|regions|oblasts|міст|областей|городов))?"
    r"(?:\s*,\s*(?:(?:and|та|і|й|и)\s+)?|\s+(?:and|та|і|й|и)\s+)$", re.IGNORECASE)
#: the place after a launch site is told as hit: "fired from Belgorod and Kharkiv was hit"
_TOLD_AS_HIT = re.compile(
    r"^\s+(?:was|were|is|has|had|came|got|suffered|був|була|було|були|зазнав|зазнала|"
    r"зазнало|был|была|было|были|подвергся|подверглась)\b", re.IGNORECASE)


def _launch_lists(info: SentenceInfo) -> None:
    """The places listed after a launch site are launch sites too: "launched 63 drones from
    Kursk and Bryansk cities and Primorsko-Akhtarsk" (Bryansk was a place hit)."""
    text, s0 = info.sentence.text, info.sentence.start
    for before, m in zip(info.mentions, info.mentions[1:]):
        if before.role == roles.LAUNCH and m.role == roles.PLACE \
                and _LAUNCH_LIST_GAP.match(text[before.found.end - s0:m.found.start - s0]) \
                and not _TOLD_AS_HIT.match(text[m.found.end - s0:]):
            m.role = roles.LAUNCH


_NAMED_SETTLEMENT = re.compile(
    r"\b(?:village|town|settlement|city|hamlet|township)\s+of\s+"
    r"([A-Z][\w'’]+(?:[- ][A-Z][\w'’]+)?)|"
    r"(?:\b(?:село|селище|селі|села|селищі|селища|смт|місто|місті|міста|селе|поселок|поселке|"
    r"посёлок|посёлке|деревн\w+|город|городе|пгт|станиц\w*|хутор\w*)|(?<!кв\. )(?<!куб\. )"
    r"(?<!\w)[мс]\.)\s+([А-ЯІЇЄҐЁ][\w'’ʼ-]+(?:\s[А-ЯІЇЄҐЁ][\w'’ʼ-]+)?)|"
    # "В Колотиловке ранен мужчина", "в Таврово", "в Сопычах": a Russian village's locative
    r"(?<![\w-])(?:[Вв]о?)\s+([А-ЯЁ][а-яё]+(?:овке|евке|ёвке|инке|ово|ево|ёво|ино|ыно|ичах|ищах|"
    r"цах|чах))\b(?!\s+(?:район|округ|област|край|городск|муниципальн))|"
    # "В Неклиновском районе": a Russian raion the gazetteer lacks
    r"(?<![\w-])[Вв]о?\s+([А-ЯЁ][а-яё]+(?:ском|цком))(?=\s+(?:районе|муниципальном округе|"
    r"городском округе)\b)")


def _aimed_at(text: str, start: int) -> bool:
    """Whether the name at ``text[start:]`` is where weapons head, fly or come from ("КАБи на
    Краснопілля", "курс на Оріхів"), as :func:`geo.extract.roles.mention_role` read it."""
    before = text[max(0, start - 80):start]
    words = sentence_words(before)
    return may_be_journey(words) and aimed_or_left(before, words)


def _unknown_settlements(info: SentenceInfo) -> None:
    """Add "the village of X" names the gazetteer lacks, so they are reported, not lost."""
    text, offset = info.sentence.text, info.sentence.start
    for match in _NAMED_SETTLEMENT.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if match.group(g))
        start, end = match.span(group)
        first_word = text.find(" ", start, end)
        if first_word > 0 and any(first_word < m.found.start - offset < end
                                  for m in info.mentions):
            end = first_word                # "село Тестове Вовчанської громади": the village
        if any(m.found.start - offset < end and start < m.found.end - offset
               for m in info.mentions):
            continue
        name = text[start:end]
        found = Found(name, name.lower(), offset + start, offset + end, info.sentence)
        place = Place(query=name, status="unresolved", reason="not in the gazetteer")
        info.mentions.append(MentionInfo(found, roles.PLACE, info.clause_of(start), place,
                                         unknown=True))
    info.mentions.sort(key=lambda m: m.found.start)


def analyse(text: str, finder: MentionFinder, memo=None) -> list[SentenceInfo]:
    """Split a report into sentences and analyse each (places not resolved yet).

    ``memo`` (a :class:`~geo.extract.sentence_memo.SentenceMemo`) keeps sentences already
    analysed, for the lines a channel repeats from post to post.
    """
    if not text.strip():
        return []
    if memo is None:
        return _arm_incidents(_arm_bullet_items(
            [_sentence_info(s, finder) for s in split_sentences(text)]))
    analyse_one = partial(_sentence_info, finder=finder)
    return _arm_incidents(_arm_bullet_items(
        [memo.info(s, analyse_one) for s in split_sentences(text)]))


#: a line of a bulleted list: "• Суми", "- Білопільська", "▪️ Kupiansk"
_BULLET_ITEM = re.compile(rf"^\s*[{BULLET_MARKS}]")


def _arm_bullet_items(infos: list[SentenceInfo]) -> list[SentenceInfo]:
    """The lines of a bulleted list under a heading that tells an attack and ends in ":"
    ("Під ударами були населені пункти таких громад:") take its attack cue and types
    (in place; each info is the report's own copy)."""
    for i, heading in enumerate(infos):
        if not heading.cue or not heading.sentence.text.rstrip().endswith(":"):
            continue
        for item in infos[i + 1:]:
            if not _BULLET_ITEM.match(item.sentence.text):
                break
            if not item.cue:
                item.cue, item.types = True, heading.types
                item.clause_cues = [True] * len(item.clauses)
                item.clause_types = [heading.types] * len(item.clauses)
    return infos


#: the attack told before, placed: "The incident took place in Rylsk", "Инцидент произошел на
#: трассе ...", "Інцидент стався в селі ..."
_INCIDENT_PLACED = re.compile(
    r"\bincident (?:\w+ ){0,2}?(?:occurred|took place|happened)\b|"
    r"\b(?:инцидент|происшествие) (?:\w+ ){0,2}?(?:произош\w*|случил\w*)|"
    r"\b(?:інцидент|подія) (?:\w+ ){0,2}?(?:стал\w*|стався|трапил\w*|відбу\w*)|"
    # "Це сталося в суботу", "Это произошло 10 октября": the day of the attack told before
    r"^(?:\w+ )?(?:це|это) (?:сталося|трапилося|відбулося|произошло|случилось)\b|"
    r"^(?:\w+ )?(?:it|this) (?:happened|occurred|took place)\b", re.IGNORECASE)


def _arm_incidents(infos: list[SentenceInfo]) -> list[SentenceInfo]:
    """A sentence that places "the incident" after an attack was told ("Дрон атаковал
    автомобиль, пострадали двое. Инцидент произошел в Рыльске") takes the attack cue, its
    types left to the report's topic (in place; each info is the report's own copy)."""
    told = False
    for info in infos:
        if not info.cue and told and _INCIDENT_PLACED.search(info.sentence.text):
            info.cue, info.clause_cues = True, [True] * len(info.clauses)
            info.dates = info.dates or find_date_expressions(info.sentence.text)
        told = told or info.cue
    return infos
