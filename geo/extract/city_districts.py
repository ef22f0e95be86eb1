"""A city's districts told one after another with the noun left out after the first:
"У Самарському районі поранено двох, в Індустріальному — ще одного", "в Куйбышевском
районе погибли двое, в Петровском ранен один". The second is a district of the same city
(no village elsewhere named like it: Pivneve, once Industrialne, of Luhansk Oblast); used
by :func:`geo.extract.analysis.resolve_mentions`, after the city districts are told from
raions.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.distance import haversine_km
from geo.extract import roles
from geo.extract.raion_seats import HROMADA_AFTER
from geo.extract.morphology import shared_stem

if TYPE_CHECKING:
    from geo.extract.sentence_info import SentenceInfo

#: a district's noun after its adjective: "Самарському районі", "Куйбышевском районе"
_DISTRICT_NOUN_AFTER = re.compile(r"\s+(?:район\w*|мікрорайон\w*|микрорайон\w*|округ\w*)\b",
                                  re.IGNORECASE)
#: the preposition before a district told without its noun, after a comma or "and"
_ELIDED_BEFORE = re.compile(r"(?:[,;]|\s(?:а|і|й|та|и))\s+(?:[ув]|во)\s+$", re.IGNORECASE)
#: a district told in full in the locative, known to the gazetteer or not: "в
#: Центрально-Городском районе", "у Шевченківському районі"
_CITY_DISTRICT_IN_FULL = re.compile(
    r"\b(?:в|у|во)\s+[А-ЯІЇЄҐ][\w'’-]*(?:ому|ом|ім)\s+(?:районе|районі)\b")
#: an adjective's locative ending: "Індустріальному", "Петровском"
_LOCATIVE_ADJECTIVE = re.compile(r"(?:ому|ім|ом|ій|ой)$")
#: what may follow a district told without its noun: a dash, a comma, a casualty or damage verb
_ELIDED_AFTER = re.compile(r"\s*(?:[—–-]\s|,|\s(?:поранен|загин|постражд|ранен|погиб|пострада|"
                           r"пошкодж|поврежд|вибит|выбит|зруйн|разруш|загор|виникл|влуч|попа))",
                           re.IGNORECASE)      # ("у Соборному вибито вікна")


def elided_city_districts(infos: list[SentenceInfo]) -> None:
    """Mark as traps the adjectives of a city's districts told without their noun after a
    district told in full that is a trap (a city's district, not a raion), in its sentence
    or in the three after it. Updated in place."""
    for i, info in enumerate(infos):
        text, s0 = info.sentence.text, info.sentence.start
        first = next((m.found.end for m in info.mentions if m.role == roles.TRAP
                      and roles.is_adjective_name(m.found.text)
                      and _DISTRICT_NOUN_AFTER.match(text, m.found.end - s0)), None)
        if first is None:               # a district the gazetteer does not name at all:
            told = _CITY_DISTRICT_IN_FULL.search(text)     # "в Центрально-Городском районе"
            first = s0 + told.end() if told else None
        if first is None:
            continue
        for m in info.mentions:
            start, end = m.found.start - s0, m.found.end - s0
            if m.role == roles.PLACE and m.found.start > first \
                    and _LOCATIVE_ADJECTIVE.search(m.found.text) \
                    and _ELIDED_BEFORE.search(text, max(0, start - 12), start) \
                    and not _DISTRICT_NOUN_AFTER.match(text, end) \
                    and _ELIDED_AFTER.match(text, end):
                m.role = roles.TRAP
        _named_again(info, infos[i + 1:i + 4])


def districts_listed_after_their_noun(infos: list[SentenceInfo]) -> None:
    """A city's districts listed after their noun ("Запоріжжя. Пошкодження у трьох районах:
    Хортицькому, Вознесенівському та Шевченківському"), a city named in the sentence or the
    three before: a town's adjective read there as a village (Shevchenkivske) is the
    district, no place hit. Updated in place."""
    for i, info in enumerate(infos):
        told = [m for earlier in infos[max(0, i - 3):i + 1] for m in earlier.mentions]
        if not any(m.role == roles.PLACE and m.feature == "settlement"
                   and m.place.candidate.population >= _CITY_PEOPLE
                   and m.place.candidate.feature_code != "PPLX" for m in told):
            continue
        text, s0 = info.sentence.text, info.sentence.start
        for m in info.mentions:
            if m.role == roles.PLACE and not m.raion and roles.is_adjective_name(m.found.text) \
                    and _DISTRICTS_NOUN_BEFORE.search(text, 0, m.found.start - s0):
                m.role = roles.TRAP


def _named_again(info: "SentenceInfo", after: list["SentenceInfo"]) -> None:
    """"Дрони влучили в Київський та Шевченківський райони. У Шевченківському пошкоджено
    адмінбудівлю": a city's district (a trap) told again in the next sentences without its
    noun is that district, not a village named like it (Luhansk Oblast's Shevchenkivskyi)."""
    told = [m.found.text.lower() for m in info.mentions if m.role == roles.TRAP
            and roles.is_adjective_name(m.found.text)]
    if not told:
        return
    for later in after:
        text, s0 = later.sentence.text, later.sentence.start
        for m in later.mentions:
            if m.role == roles.PLACE and _LOCATIVE_ADJECTIVE.search(m.found.text) \
                    and not _DISTRICT_NOUN_AFTER.match(text, m.found.end - s0) \
                    and any(_same_adjective(m.found.text.lower(), t) for t in told):
                m.role = roles.TRAP


def _same_adjective(one: str, other: str) -> bool:
    """Two case forms of one adjective ("шевченківському", "шевченківський")."""
    stem = shared_stem(one, other)
    return stem >= 6 and stem >= max(len(one), len(other)) - 4


#: a city's quarter lies within this distance of the city's point
QUARTER_KM = 25.0


#: a city this big (or an oblast's centre) has districts ("районы") of its own, and
#: microdistricts named like villages (Kherson's Komyshany)
_CITY_PEOPLE = 100_000
#: a microdistrict's word after a name (or the list it starts), or right before it
_MICRODISTRICT_AFTER = re.compile(
    r"(?:(?:\s*,\s*|\s+(?:and|і|та|й|и)\s+)[A-ZА-ЯІЇЄҐ][\w'’-]*)*\s+(?:microdistricts?|"
    r"neighbou?rhoods?|мікрорайон\w*|микрорайон\w*|житлов\w+ масив\w*|жилмассив\w*)\b",
    re.IGNORECASE)
_MICRODISTRICT_BEFORE = re.compile(
    r"(?:мікрорайон\w*|микрорайон\w*|житлов\w+ масив\w*|жилмассив\w*)\s+$", re.IGNORECASE)


def _told_as_microdistrict(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is told as a microdistrict."""
    return bool(_MICRODISTRICT_AFTER.match(text, end)
                or _MICRODISTRICT_BEFORE.search(text, max(0, start - 30), start))


def quarters_of_named_cities(infos: list[SentenceInfo]) -> None:
    """A city's quarter (GeoNames PPLX) told in a sentence that names its city, or right
    after one that does ("В Сумах ... пошкоджено багатоповерхівку в Зарічному районі"), is
    where in the city the strike was, not a second place hit: a qualifier. Updated in
    place."""
    cities: list = []
    for info in infos:
        text, s0 = info.sentence.text, info.sentence.start
        here = [m.place.candidate for m in info.mentions if m.role == roles.PLACE
                and m.place is not None and m.place.resolved
                and m.place.candidate.feature == "settlement"
                and m.place.candidate.feature_code != "PPLX"
                and not HROMADA_AFTER.match(text, m.found.end - s0)]   # (a hromada's
        # villages are places of their own: "In the Kramatorsk community, ... in Ivanivka")
        for m in info.mentions:
            c = m.place.candidate if m.role == roles.PLACE and m.place is not None \
                and m.place.resolved else None
            if c is not None and c.feature_code == "PPLX" and any(
                    city.geonameid != c.geonameid
                    and float(haversine_km(city.lat, city.lon, c.lat, c.lon)) <= QUARTER_KM
                    for city in here + cities):
                m.role = roles.QUALIFIER
            elif m.role == roles.PLACE and _told_as_microdistrict(text, m.found.start - s0,
                                                                  m.found.end - s0) \
                    and any((city.population >= _CITY_PEOPLE
                             or city.feature_code in ("PPLA", "PPLC"))
                            and (c is None or city.geonameid != c.geonameid)
                            for city in here + cities):   # ("Таврійський мікрорайон
                # Херсона": the city the microdistrict is of, not one of its microdistricts)
                m.role = roles.QUALIFIER      # "the Antonivka and Komyshany microdistricts" of
                # Kherson, "на Бабурці" told as "мікрорайон Бабурка": where in the city
        cities = here


#: an adjective's ending, in any case ("Індустріальний", "Корабельному", "Центральном")
_ADJECTIVE_FORM = re.compile(r"(?:ий|ій|ого|ому|им|ім|ом|ой|ая|ое|а|у|і)$")


def districts_named_like_villages(infos: list[SentenceInfo]) -> None:
    """A district of a city named in its sentence or the one before, told by an adjective
    that is no town's ("в Індустріальному районі" of Kharkiv; Pivneve of Luhansk Oblast was
    once Industrialne), is where in the city the strike was: a qualifier. Updated in
    place."""
    before: list = []
    for info in infos:
        text, s0 = info.sentence.text, info.sentence.start
        cities = [m for m in before + info.mentions if m.role == roles.PLACE
                  and m.place is not None and m.place.resolved
                  and m.place.candidate.feature == "settlement"
                  and m.place.candidate.population >= _CITY_PEOPLE]
        for m in info.mentions:
            if m.role == roles.PLACE and cities and not m.raion \
                    and m.found.text[:1].isupper() and " " not in m.found.text \
                    and _ADJECTIVE_FORM.search(m.found.text) \
                    and _DISTRICT_NOUN_AFTER.match(text, m.found.end - s0) \
                    and all(c is not m for c in cities):
                m.role = roles.QUALIFIER
        before = info.mentions


#: the districts only Kyiv has ("Солом'янський район: пожежа ..."): a post of the capital's
#: administration often names no city
_KYIV_ONLY_DISTRICT = re.compile(
    r"^(?:Голосіївськ|Дарницьк|Оболонськ|Печерськ|Святошинськ|Солом['’ʼ]янськ|Голосеевск|"
    r"Дарницк|Оболонск|Печерск|Святошинск|Соломенск)\w*$|^(?:Holosiivskyi|Darnytskyi|"
    r"Obolonskyi|Pecherskyi|Sviatoshynskyi|Solomianskyi)$", re.IGNORECASE)
#: Kyiv's districts that other cities or raions share a name with
_KYIV_SHARED_DISTRICT = re.compile(
    r"^(?:Дніпровськ|Деснянськ|Подільськ|Шевченківськ|Днепровск|Деснянск|Подольск|"
    r"Шевченковск)\w*$|^(?:Dniprovskyi|Desnianskyi|Podilskyi|Shevchenkivskyi)$", re.IGNORECASE)


def kyiv_districts_alone(infos: list[SentenceInfo], kyiv) -> None:
    """Kyiv's districts, in a report that names no other city: told beside Kyiv, each of
    its ten districts is the capital's, no raion or village elsewhere ("по Києву ...
    Пошкодження в Деснянському районі": not Desna of Chernihiv Oblast); told with Kyiv's
    administration only, or beside a district only Kyiv has ("Солом'янський район: ...
    Деснянський район: ..."), each is a place at ``kyiv`` (the city's
    :class:`~geo.model.Place`; None leaves them); a raion of Kyiv Oblast told with them is
    the raion, no district of the city ("Броварському районі"). Updated in place."""
    if kyiv is None or not kyiv.resolved:
        return
    capital = kyiv.candidate.geonameid
    mentions = [m for info in infos for m in info.mentions]
    cities = {m.place.candidate.geonameid for m in mentions
              if m.role in (roles.PLACE, roles.TITLE) and m.place is not None
              and m.place.resolved and m.place.candidate.feature == "settlement"
              and m.place.candidate.feature_code != "PPLX"     # (another city's district,
              and m.place.candidate.admin1 != "Kyiv"           # or a part of Kyiv's)
              and m.place.candidate.population >= _CITY_PEOPLE}
    placed = any(m.place is not None and m.place.resolved and m.role == roles.PLACE
                 and m.place.candidate.geonameid == capital for m in mentions)
    named = placed or any(
        m.place is not None and m.place.resolved and m.role in (roles.PLACE, roles.TITLE)
        and m.place.candidate.admin1 == "Kyiv" or _KYIV_CITY.match(m.found.text)
        for m in mentions)
    if cities - {capital}:
        return                          # another city's districts may bear these names
    named = named or any(m.role in (roles.TRAP, roles.PLACE, roles.RAION)
                         and _KYIV_ONLY_DISTRICT.match(m.found.text.split()[0])
                         for m in mentions)     # a district only Kyiv has names it
    for m in mentions:
        word = m.found.text.split()[0]
        at = m.found.start - m.found.sentence.start
        if not _NOUN_AFTER.match(m.found.sentence.text, at + len(word)) \
                and not _DISTRICTS_NOUN_BEFORE.search(m.found.sentence.text, 0, at):
            continue
        kyivs = _KYIV_ONLY_DISTRICT.match(word) or _KYIV_SHARED_DISTRICT.match(word)
        if placed and kyivs and m.role in (roles.PLACE, roles.RAION):
            m.role, m.raion = roles.TRAP, False        # the capital's, told with it
        elif named and not placed and kyivs:
            m.role, m.raion, m.place = roles.PLACE, False, kyiv   # "Kyiv City Military
            # Administration: ... in Podilskyi district", "Солом'янський район: ..."
        elif named and m.role == roles.TRAP and not _KYIV_ONLY_DISTRICT.match(word) \
                and not _KYIV_SHARED_DISTRICT.match(word) and m.place is not None \
                and m.place.resolved and m.place.candidate.admin1 == "Kyiv Oblast" \
                and m.place.candidate.feature == "settlement":
            m.role, m.raion = roles.PLACE, True        # "Броварському районі": no district
            # of Kyiv's, the raion of Kyiv Oblast


#: the districts' noun before a list of them: "в районах — Дніпровському та Деснянському"
_DISTRICTS_NOUN_BEFORE = re.compile(
    r"\b(?:районах|районів|райони|районами|районы|районов|districts)\s*[—–:-]?\s*"
    r"(?:[\w'’ʼ]+(?:\s*,\s*|\s+(?:і|й|та|и|and)\s+))*$", re.IGNORECASE)
#: a district's noun after its adjective
_NOUN_AFTER = re.compile(r"\s+(?:район\w*|district)\b", re.IGNORECASE)
#: the capital named by its administration: "Kyiv City Military Administration"
_KYIV_CITY = re.compile(r"^(?:Kyiv City|Kiev City|місто Київ|город Киев)$", re.IGNORECASE)
#: a city whose districts a report may name
_CITY_PEOPLE = 100_000
