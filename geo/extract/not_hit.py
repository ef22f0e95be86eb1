"""Places a sentence names that were not hit: those left without power after a strike
elsewhere or supplied from what was hit, where blasts were also heard, airports closed while
drones flew, the airspace drones remain in, the reference of a distance or of a bearing, the
place an unnamed town or a named facility is near. :func:`geo.extract.roles.mention_role`
makes them traps.
"""
from __future__ import annotations

import re
from functools import lru_cache

_I = re.IGNORECASE
#: characters before a mention searched for the list it ends ("без света ... сёл А, Б, В")
_LIST_WINDOW = 320

#: places left without power are no attack locations: "без света остаются жители 6 населенных
#: пунктов: сёл А, Б ..." (the list after), "два села — А и Б — остались без света" (before)
_OUTAGE = (r"(?:без\s+(?:света|світла|электр\w*|електр\w*|газ\w*|тепла|водо\w*)|"
           r"знеструмлен\w*|обесточен\w*|without\s+(?:power|electricity|light)|"
           r"power\s+outages?\s+(?:in|hit)|blackouts?\s+in)")
_OUTAGE_HINT = re.compile(r"без\s|without|знеструм|обесточ|outage|blackout", _I)
_OUTAGE_LIST_BEFORE = re.compile(
    _OUTAGE + r"(?:\s+(?:остал\w*|остают\w*|залиши\w*|залишают\w*|лишил\w*|лишают\w*|"
    r"лишаєт\w*|жител\w*|мешкан\w*|"
    r"тисяч\w*|тысяч\w*|абонент\w*|споживач\w*|потребител\w*|домогосподарств\w*|родин|"
    r"customers|households|homes|thousand|subscribers|у|в|понад|близько|майже|більше|около|"
    r"более|свыше|почти|over|about|nearly|тис\.|тыс\.|"
    r"residents|\d+|[\w-]+\s+насел[её]н\w*\s+пункт\w*|насел[её]н\w*|район\w*|міст[аі]|"
    r"город\w*|а\s+також|а\s+также|as\s+well\s+as|"
    r"пункт\w*|сел\w*|сёл|сіл|villages?|of|in|the|nearby|towns?|city|cities|несколько|"
    r"кілька|декілька|улиц\w*|вулиц\w*|"
    r"дом(?:а|ов)|будинк\w*)|\s*[:,—–-])*\s*"
    r"(?:[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*(?:\s+[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*)?"
    r"(?:\s+(?:район\w*|міст[аі]|города|громад\w*|district\w*)){0,2}"
    r"(?:\s*,\s*|\s+(?:и|і|й|та|and)\s+)(?:(?:а\s+також|а\s+также|as\s+well\s+as)\s+)?"
    r"(?:(?:частин\w*|части|parts?\s+of)\s+)?)*"
    r"(?:[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*\s+)?$", _I)
_OUTAGE_LIST_AFTER = re.compile(
    r"^(?:(?:\s*,\s*|\s+(?:и|і|й|та|and)\s+)[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*(?:\s+[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*)?)*"
    r"(?:(?:\s+(?:район\w*|округ\w*|громад\w*|districts?|communit\w*|hromad\w*))?"
    r"\s*[—–-]?\s*(?:lost\s+power|(?:остал\w*|остают\w*|залиши\w*|залишают\w*|were\s+left|"
    r"are\s+left|remain\w*)\s*" + _OUTAGE + ")|"
    # "споживачів ... громад тимчасово без світла": the hromadas' own outage, no verb
    r"\s+(?:район\w*|округ\w*|громад\w*)\s+(?:(?:тимчасово|временно)\s+)?" + _OUTAGE + ")", _I)
#: "частина Ніжина та Бахмача знеструмлені": the names (capitalised) right before the cut-off
_CUT_OFF_AFTER = re.compile(
    r"^(?:(?:\s*,\s*|\s+(?:и|і|й|та)\s+)(?-i:[A-ZА-ЯІЇЄҐЁ])[\w'’ʼ-]*)*"
    r"(?:\s+(?:були|было|тимчасово|временно))?\s+(?:знеструмлен\w*|обесточен\w*)", _I)
#: "the strike left Hostre (and Zalizne) without electricity": the places cut off
_LEFT_BEFORE = re.compile(r"\b(?:left|leaving)\s+(?:[a-z]+\s+|\d[\d,.]*\s+){0,6}?(?:the\s+)?"
                          r"(?:(?:parts?|much|most)\s+of\s+(?:the\s+)?)?"
                          r"(?:(?:village|town|city|settlement)s?\s+of\s+)?"
                          r"(?:[A-Z][\w'’-]*(?:\s*,\s*|\s+and\s+))*$")
#: "cutting power to Antonivka", "the water supply system serving Sloviansk and Kramatorsk":
#: places supplied from what was hit, not hit themselves
_SUPPLIED_BEFORE = re.compile(
    r"(?:\b(?:cut(?:ting)?|knock(?:ed|ing)?\s+out|disrupt\w*)\s+(?:off\s+)?(?:the\s+)?"
    r"(?:power|electricity|heating|heat|gas|water)(?:\s+supply|\s+supplies)?\s+(?:to|in|for)|"
    r"\b(?:serving|supplying|that\s+(?:serves|supplies))|\bsupply\s+of|"
    r"\b(?:постача\w*|снабжа\w*|обслуговує|обслуговують|обслуживающ\w*)\s+(?:\w+\s+)?)"
    r"\s+(?:the\s+)?(?:(?:parts?|much|most)\s+of\s+(?:the\s+)?)?"
    r"(?:[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s*,\s*|\s+(?:and|та|і|и)\s+))*$")
#: "Blasts were also heard in Simferopol", "Взрывы были слышны и в Брянске", "Звуки взрывов
#: слышали и жители Энгельса", "долетали до соседнего Стаханова": heard there too, hit elsewhere
_ALSO_HEARD_BEFORE = re.compile(
    r"(?:\b(?:also\s+heard|heard\s+also|слышн\w*\s+(?:и|также)|слышал\w*\s+(?:и|также)|"
    r"чут[иь]\s+(?:й|і|також)|чул\w*\s+(?:й|і|також)|лунал\w*\s+(?:й|і|також))\s+"
    r"(?:(?:in|в|у|во|over|над|жител\w*|мешкан\w*|(?:the\s+)?residents\s+of)\s+)?|"
    r"\b(?:долетал\w*|доносил\w*|долітал\w*)\s+(?:и\s+|й\s+)?(?:до|в|у)\s+)"
    r"(?:(?:the\s+)?(?:neighbou?ring|nearby|соседн\w*|сусідн\w*)\s+)?$", _I)
#: "ограничения в аэропортах Сочи и Геленджика", "flights were suspended at Saratov's Gagarin
#: airport": the airports closed while drones flew, not places hit
_AIRPORT_LIMITS_BEFORE = re.compile(
    r"\b(?:ограничени\w*|обмежен\w*|restrictions?|закрыт\w*|закрит\w*|приостанов\w*|"
    r"призупин\w*|suspended|closed|halted)\b[^.;]{0,60}?(?:"
    r"\b(?:аэропорт\w*|аеропорт\w*|airports?)\s+(?:(?:of|in|at)\s+)?(?:г\.\s*|м\.\s*)?"
    r"(?:[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s*,\s*|\s+(?:and|и|і|та)\s+))*|"
    r"(?:[A-ZА-ЯІЇЄҐ][\w'’-]*['’]s\s+)?)$")
_AIRPORT_AFTER = re.compile(r"^(?:\s*,\s*|\s+(?:and|и|і|та)\s+|[A-ZА-ЯІЇЄҐ][\w'’-]*)*\s+"
                            r"(?:airports?|аэропорт\w*|аеропорт\w*)\b")
_AIRPORT_WORDS = ("аэропорт", "аеропорт", "airport")
#: "the Kstovo refinery near Nizhny Novgorod": the city only says where the named facility is
_FACILITY_NEAR_BEFORE = re.compile(
    r"\b(?!(?:Russian|Ukrainian|Soviet|Belarusian|Crimean|The|A|An|Its|Their|Main|Key|Large|"
    r"Major|Big|Military|Oil|Gas|Power|Air)\b)[A-Z][\w'’-]+\s+"
    r"(?:oil\s+|gas\s+|power\s+|thermal\s+|chemical\s+|military\s+|air\s+)?"
    r"(?:refinery|plant|depot|airfield|air\s+base|base|terminal|substation|factory|arsenal|"
    r"oil\s+depot|port)\s+(?:near|outside|close\s+to|not\s+far\s+from)\s+(?:the\s+city\s+of\s+)?$")
#: "drones remain in the airspace over Sumy and Chernihiv regions": where they fly, not hit
_AIRSPACE_BEFORE = re.compile(
    r"(?:\b(?:remain\w*|are\s+still|still|continu\w+\s+to\s+fly)\s+in\s+the\s+airspace\s+"
    r"(?:over|of)\s+(?:the\s+)?|\b(?:залишаю\w*|залиша\w*|перебува\w*|остаю\w*|наход\w*)\s+"
    r"(?:\w+\s+)?(?:у|в)\s+(?:повітряному\s+просторі|воздушном\s+пространстве)\s+(?:над\s+)?)"
    r"(?:[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s*,\s*|\s+(?:and|та|і|и)\s+))*$")
_HEARD_WORDS = ("heard", "слыш", "чут", "чул", "лунал", "долет", "донос", "долітал")
_SUPPLY_WORDS = ("power", "electric", "heat", "gas", "water", "serv", "suppl", "постача",
                 "снабжа", "обслуг")
_WITHOUT_AFTER = re.compile(
    r"^(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]*)*"
    r"(?:\s+(?:district|raion|community|hromada|region|oblast|Oblast)s?)?\s+without\s+"
    r"(?:power|electricity|light|heat\w*|"
    r"gas|water)", _I)
#: "26 km from the border with Ukraine's Sumy region": a distance's reference, no place hit
_BORDER_FROM_BEFORE = re.compile(
    r"(?:\bfrom\s+the\s+(?:border|frontier)\s+with|\bвід\s+(?:державного\s+)?кордону\s+з|"
    r"\bот\s+(?:государственной\s+)?границы\s+с)\s+(?:the\s+)?(?:(?:north|south)?(?:east|west)?"
    r"(?:ern)?\s+)?(?:Ukraine['’]s\s+|Russia['’]s\s+)?$",
    _I)
#: "near the Donetsk Oblast border", "біля межі з Донеччиною", "вблизи границы с Курской
#: областью": the region only says where the place hit lies (not "the Sumy Oblast border
#: areas", which were shelled)
_NEAR_BORDER_BEFORE = re.compile(
    r"\b(?:near|close\s+to|not\s+far\s+from|by|along)\s+the\s+$", _I)
_BORDER_AFTER = re.compile(
    r"^(?:\s+(?:Oblast|oblast|region|Region))?\s+(?:border|frontier|boundary)\b"
    r"(?!\s+(?:areas?|villages?|communit|settlements?|towns?|zones?|regions?|districts?|"
    r"hromadas?|strip|territor))")
_NEAR_BORDER_WITH_BEFORE = re.compile(
    r"(?:\b(?:біля|поблизу|неподалік\s+від|недалеко\s+від|на)\s+(?:адміністративн\w+\s+)?"
    r"(?:межі|кордону)\s+(?:з|із|зі)|\b(?:у|вблизи|около|возле|недалеко\s+от|на)\s+"
    r"(?:административн\w+\s+)?(?:границы|границе)\s+(?:с|со))\s+$", _I)

#: "Lyptsi, 20 km north of Kharkiv", "Липці на північ від Харкова", "Липцы севернее Харькова":
#: the town after the bearing only says where the place named before it lies
_BEARING_BEFORE = re.compile(
    r"[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]+(?:,?\s+|\s*\(\s*)"      # ("Stepnohirsk (west of Orikhiv)")
    r"(?:(?:which\s+is|that\s+is|located|situated|lying|що|яке|який|розташован\w*|что|которое|"
    r"который|расположенн\w*|(?:a|an|the)\s+(?:small\s+|large\s+|frontline\s+|border\s+)?"
    r"(?:city|town|village|settlement))\s+)?"
    r"(?:(?:about|some|around|roughly|за|в|около|приблизно)\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:re|er)s?|miles|км|кілометр\w*|километр\w*)\s+)?"
    r"(?:(?:to\s+the\s+)?(?:north|south)?-?(?:east|west)?(?<=[a-z])(?:ern)?\s+of|"
    r"на\s+(?:північ\w*|південь|південн\w*|схід|захід)(?:\s+(?:схід|захід))?\s+від|"
    r"к\s+(?:северу|югу|востоку|западу|северо-(?:востоку|западу)|юго-(?:востоку|западу))\s+от|"
    r"північніше|південніше|східніше|західніше|севернее|южнее|восточнее|западнее)"
    r"(?:\s+(?:the\s+)?(?:city|town)(?:\s+of)?|\s+(?:міста|города))?\s+$")
_BEARING_WORDS = ("north", "south", "east", "west", "півн", "півд", "схід", "захід", "сх", "зах",
                  "север", "юг", "восто", "запад")

#: "The town near Belgorod was attacked": an unnamed place X only locates (told before or not
#: at all); "near Belgorod" alone still is about Belgorod
_UNNAMED_NEAR_BEFORE = re.compile(
    r"\b(?:the|a|an|one)\s+(?:small\s+|border\s+|nearby\s+)?(?:town|village|settlement|hamlet|"
    r"city)\s+(?:near|outside|close\s+to|not\s+far\s+from)\s+$", _I)

#: a name and a comma: what an apposition after it is about ("Antonivka, a village near")
_NAME_COMMA_END = re.compile(r"[A-ZА-ЯІЇЄҐ][\w'’ʼ-]*\s*,\s*$")


def _unnamed_near(before: str) -> bool:
    """Whether ``before`` ends in "the town near" of a town it does not name ("Antonivka, a
    village near Kherson" names it: the village is read near the town, see
    :mod:`geo.extract.near_towns`)."""
    match = _UNNAMED_NEAR_BEFORE.search(before)
    return match is not None and not _NAME_COMMA_END.search(before, 0, match.start())


def _near_border(before: str) -> bool:
    """Whether ``before`` ends in the border with the region or country named after it ("from
    the border with", "біля межі з", "вблизи границы с"): that name only says where."""
    return _BORDER_FROM_BEFORE.search(before) is not None \
        or _NEAR_BORDER_WITH_BEFORE.search(before) is not None


def only_locates(sentence: str, start: int, after: str) -> bool:
    """Whether the mention at ``sentence[start:]`` (``after``: the text after it) names a
    place that was not hit: one left without power or supplied from what was hit ("cutting
    power to Antonivka"), a distance's reference ("26 km from the border with Ukraine's Sumy
    region"), the town a bearing from a place named before it is told from ("Lyptsi, 20 km
    north of Kharkiv"), what an unnamed town or a named facility is near ("the town near
    Belgorod", "the Kstovo refinery near Nizhny Novgorod"), where blasts were also heard, an
    airport closed, or the airspace drones remain in."""
    before = sentence[max(0, start - 80):start]
    low = before.lower()                 # cheap word checks first: this runs for every name
    return any(w in low for w in _BORDER_WORDS) and _near_border(before) \
        or _BORDER_AFTER.match(after) is not None and bool(_NEAR_BORDER_BEFORE.search(before)) \
        or any(w in low for w in _NEAR_WORDS) and (
            _unnamed_near(before) or _FACILITY_NEAR_BEFORE.search(before) is not None) \
        or any(w in low for w in _BEARING_WORDS) and _BEARING_BEFORE.search(before) is not None \
        or _left_without_power(sentence, start, after) \
        or any(w in low for w in _SUPPLY_WORDS) and _SUPPLIED_BEFORE.search(before) is not None \
        or any(w in low for w in _HEARD_WORDS) and _ALSO_HEARD_BEFORE.search(before) is not None \
        or _airport_closed(before, after) \
        or _SHELTER_AFTER.match(after) is not None or _SUBURB_AFTER.match(after) is not None \
        or ("airspace" in low or "простор" in low) and _AIRSPACE_BEFORE.search(before) is not None


#: "residents of Isaccea and Galati were told to take shelter": warned, not hit
_SHELTER_AFTER = re.compile(
    r"^(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]*)*\s+(?:were|was)\s+(?:told|urged|asked|advised|"
    r"warned)\s+to\s+(?:take\s+|seek\s+)?shelter")
#: "the Odesa suburb of Chornomorsk": the city only says where its suburb is
_SUBURB_AFTER = re.compile(r"^\s+(?:suburbs?|outskirts)\s+of\s+[A-Z]")

_BORDER_WORDS = ("border", "frontier", "кордон", "границ", "межі")
_NEAR_WORDS = ("near", "outside", "close", "far")
_OUTAGE_AFTER_WORDS = ("без", "without", "power", "знеструм", "обесточ")


@lru_cache(maxsize=64)
def _tells_an_outage(sentence: str) -> bool:
    """Whether a sentence speaks of power cuts at all (once per sentence, not per name)."""
    return _OUTAGE_HINT.search(sentence) is not None


def _airport_closed(before: str, after: str) -> bool:
    """Whether the name is of an airport closed or restricted (see
    :data:`_AIRPORT_LIMITS_BEFORE`): "в аэропортах Сочи и", "at Saratov's Gagarin airport"."""
    low = before.lower()
    if not any(w in low for w in _AIRPORT_WORDS) and not _AIRPORT_AFTER.match(after):
        return False
    match = _AIRPORT_LIMITS_BEFORE.search(before)
    return match is not None and (any(w in match.group(0).lower() for w in _AIRPORT_WORDS)
                                  or _AIRPORT_AFTER.match(after) is not None)


def _left_without_power(sentence: str, start: int, after: str) -> bool:
    """A place of a list of those left without power (see :data:`_OUTAGE_LIST_BEFORE`);
    the list before it may be long ("без света ... сёл А, Б, В, Г, Д и Е")."""
    if not _tells_an_outage(sentence):
        return False
    before = sentence[max(0, start - _LIST_WINDOW):start]
    if _OUTAGE_HINT.search(before) and _OUTAGE_LIST_BEFORE.search(before):
        return True
    low = after.lower()
    return any(w in low for w in _OUTAGE_AFTER_WORDS) and (
        _OUTAGE_LIST_AFTER.match(after) is not None or _CUT_OFF_AFTER.match(after) is not None
        or _LEFT_BEFORE.search(before) is not None and _WITHOUT_AFTER.match(after) is not None)
