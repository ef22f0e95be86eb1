""""The regional capital", "в обласному центрі", "областной центр": the capital of the region
the report speaks of.

Administrations rarely repeat their city's name: "Росіяни атакували обласний центр" on the
Zaporizhzhia administration's page is Zaporizhzhia. The phrase is found with the names
(:func:`centre_mentions`) and placed once the report's places are resolved
(:func:`place_regional_centres`): at the capital of the region named last before it (or of
the one region the report names), or reported unresolved when no region is named. "The
raion centre" ("райцентр", "районный центр") is the seat of the raion named before it
(:func:`place_raion_centres`, once the raions are read).
"""
from __future__ import annotations

import re
from dataclasses import replace

from geo.extract import roles
from geo.extract.sentences import Sentence
from geo.gazetteer.regions import regional_capital
from geo.model import Place

#: the words that name a region's capital (not "regional capitals", not "the regional centre
#: of emergency medicine", "обласного центру крові": an institution)
_CENTRE = re.compile(
    r"\b(?:(?:regional|oblast)\s+(?:capital|centre|center)|region['’]s\s+capital"
    r"|обласн(?:ий|ого|ому|им)\s+центр(?:у|і|ом|а)?|облцентр(?:у|і|ом|а|е)?"
    r"|областн(?:ой|ого|ому|ым)\s+центр(?:а|е|у|ом)?)"
    r"(?![\w-])(?!\s+(?:(?:of|for|з|із|зі|по|для|при|у\s+справах)\b|екстрен|медичн|медицин|крові|"
    r"крови|зайнят|занятост|соціальн|социальн|реабіліт|реабилит|служб|надання|оказани|"
    r"здоров|онкол|кардіол|кардиол|психі|психи|дитяч|детск|туберкул|гематол|гідромет|гидромет|"
    r"професійн|профессион|культур|туризм|молод|спорт|ТЦК|комплектув|комплектов))",
    re.IGNORECASE)
#: the words that name the seat of a raion ("райцентр", "районный центр")
_RAION_CENTRE = re.compile(
    r"\b(?:райцентр(?:у|і|ом|а|е)?|районн(?:ий|ого|ому|им)\s+центр(?:у|і|ом|а)?|"
    r"районн(?:ый|ого|ому|ым)\s+центр(?:а|е|у|ом)?)(?![\w-])", re.IGNORECASE)
#: Ukraine's capital told as such in a Ukrainian report ("атака на столицю") or in English
#: ("the Ukrainian capital"): Kyiv (not Russia's, a region's or a "cultural" capital)
_CAPITAL = re.compile(
    r"(?<![\w-])столиц(?:я|і|ю|ею)(?![\w-])"
    r"(?!\s+(?:Росії|рф|країни-агресора|області|регіону|Європи|світу|\w+ської))|"
    r"\b(?:the\s+)?(?:Ukrainian|Ukraine['’]s)\s+capital\b", re.IGNORECASE)
#: a word before "столиця" that makes it another one: "російську столицю", "обласної столиці"
_OTHER_CAPITAL_BEFORE = re.compile(
    r"(?:російськ|росій|московськ|обласн|культурн|ворож|європейськ|світов|регіональн|"
    r"молодіжн|туристичн|північн|південн|східн|західн)\w*\s+$", re.IGNORECASE)
#: the role a centre's mention takes when it is the place of an attack
_PLACE_ROLES = frozenset({roles.PLACE})


def centre_mentions(sentence: Sentence, found_type: type) -> list:
    """The regional-centre phrases of ``sentence``, as mentions to place later
    (``found_type``: :class:`~geo.extract.mentions.Found`)."""
    text = sentence.text
    if not any(word in text for word in ("центр", "capital", "centre", "center", "столиц",
                                         "Столиц", "Capital")):
        return []                       # ("Столиця під атакою дронів")
    return [found_type(match.group(0), "", sentence.start + match.start(),
                       sentence.start + match.end(), sentence, match.group(0), centre=True)
            for pattern in (_CENTRE, _RAION_CENTRE, _CAPITAL) for match in pattern.finditer(text)
            if pattern is not _CAPITAL
            or not _OTHER_CAPITAL_BEFORE.search(text, max(0, match.start() - 20), match.start())]


def _of_capital(found) -> bool:
    """Whether a centre's mention names Ukraine's capital ("столицю", "the Ukrainian
    capital")."""
    return bool(_CAPITAL.fullmatch(found.text))


def _of_raion(found) -> bool:
    """Whether a centre's mention names a raion's seat ("райцентр"), not a region's."""
    return bool(_RAION_CENTRE.fullmatch(found.text))


def unplaced(found) -> Place:
    """A centre's place (``found``: its :class:`~geo.extract.mentions.Found`) before the
    report's regions are known."""
    if _of_raion(found):
        return Place(query=found.text, status="unresolved",
                     reason="a raion centre, and the report names no raion before it")
    return Place(query=found.text, status="unresolved",
                 reason="a regional centre: placed at the capital of the report's region")


def place_raion_centres(mentions: list) -> None:
    """Place each raion-centre mention ("райцентр") at the seat of the raion named last
    before it (a raion mention read as the raion: "у Нікопольському районі",
    "Нікопольщину"), else of the one raion the report names; unresolved otherwise.
    Updated in place."""
    raions = [m for m in mentions if m.raion and m.place is not None and m.place.resolved]
    for m in mentions:
        if not m.found.centre or not _of_raion(m.found):
            continue
        before = [r for r in raions if r.found.start < m.found.start]
        seats = {r.place.candidate.geonameid: r for r in raions}
        raion = before[-1] if before else next(iter(seats.values())) if len(seats) == 1 else None
        if raion is not None:
            m.place = replace(raion.place, query=m.found.text)


def place_regional_centres(mentions: list, resolve, dated) -> None:
    """Place each regional-centre mention (``mentions``: the report's
    :class:`~geo.extract.sentence_info.MentionInfo`, in text order) at its region's capital: the region named last
    before it, else the one region the report names; unresolved (and said why) when there
    is none, or the region has no one capital reports mean (occupied Donetsk, Luhansk).
    ``resolve(name, context)`` is the first pass's resolver. Updated in place."""
    regions = [(m.found.start, m.place.candidate.name) for m in mentions
               if not m.found.centre and m.place is not None and m.place.resolved
               and m.place.candidate.feature == "region"]
    for m in mentions:
        if not m.found.centre or _of_raion(m.found):
            continue
        if _of_capital(m.found):
            kyiv = resolve("Kyiv", dated)
            m.place = replace(kyiv, query=m.found.text) if kyiv.resolved else unplaced(m.found)
            continue
        before = [name for start, name in regions if start < m.found.start]
        named = dict.fromkeys(name for _, name in regions)
        region = before[-1] if before else next(iter(named)) if len(named) == 1 else None
        m.place = _capital_place(m.found.text, region, resolve, dated)


def _capital_place(phrase: str, region: str | None, resolve, dated) -> Place:
    if region is None:
        return Place(query=phrase, status="unresolved",
                     reason="a regional centre, and the report names no region")
    capital = regional_capital(region)
    place = resolve(capital, dated) if capital else None
    if place is None or not place.resolved or place.candidate.feature != "settlement":
        return Place(query=phrase, status="unresolved",
                     reason=f"a regional centre of {region}, which has no one capital "
                            f"reports mean")
    return replace(place, query=phrase)
