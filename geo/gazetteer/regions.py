"""Oblasts, regions and countries: the non-settlement entries of the gazetteer.

Each Ukrainian region carries its GeoNames admin1 code, ISO 3166-2 code,
GeoNames id, modern English name and a representative point (the centroid of
its geoBoundaries ADM1 polygon, or a point on its surface when the centroid
falls outside). Name variants are generated in English ("Donetsk Oblast",
"Donetsk region", "Donetsk obl"), Ukrainian (Донецька область, Донеччина, and
their case forms) and Russian (Донецкая область).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from geo.text import normalize_name
from geo.translit import kmu2010


@dataclass(frozen=True)
class Region:
    """One first-level region (oblast, autonomous republic or city with oblast status)."""

    admin1_code: str
    iso: str
    geonameid: int | None
    name: str
    lat: float
    lon: float
    en_bases: tuple[str, ...]
    uk_adjective: str = ""
    ru_adjective: str = ""
    extra_names: tuple[str, ...] = ()
    country_code: str = "UA"
    point_from_capital: str = ""
    #: a self-proclaimed "people's republic" bears the oblast's name (Donetsk, Luhansk)
    republic: bool = False


def _r(code: str, iso: str, gid: int, name: str, lat: float, lon: float, bases: str,
       uk: str, ru: str, extra: str = "", republic: bool = False) -> Region:
    return Region(code, iso, gid, name, lat, lon, tuple(b for b in bases.split("|") if b),
                  uk, ru, tuple(e for e in extra.split("|") if e), republic=republic)


UA_REGIONS: tuple[Region, ...] = (
    _r("01", "UA-71", 710802, "Cherkasy Oblast", 49.2602, 31.3526, "Cherkasy|Cherkassy",
       "Черкаська", "Черкасская", "Черкащина"),
    _r("02", "UA-74", 710734, "Chernihiv Oblast", 51.3549, 32.0046, "Chernihiv|Chernigov",
       "Чернігівська", "Черниговская", "Чернігівщина|Черниговщина"),
    _r("03", "UA-77", 710720, "Chernivtsi Oblast", 48.2684, 25.9773, "Chernivtsi|Chernovtsy",
       "Чернівецька", "Черновицкая", "Буковина|Bukovyna|Bukovina"),
    _r("04", "UA-12", 709929, "Dnipropetrovsk Oblast", 48.3009, 34.8437,
       "Dnipropetrovsk|Dnepropetrovsk|Dnipro|Dnepr|Sicheslav",
       "Дніпропетровська", "Днепропетровская",
       "Дніпропетровщина|Днепропетровщина|Січеславщина|Дніпровщина|Днепровщина"),
    _r("05", "UA-14", 709716, "Donetsk Oblast", 47.9554, 37.6756, "Donetsk",
       "Донецька", "Донецкая",
       "Донеччина|Донетчина|Donetsk People's Republic|Donetsk People’s Republic|DPR|DNR|ДНР",
       republic=True),
    _r("06", "UA-26", 707470, "Ivano-Frankivsk Oblast", 48.7011, 24.6194,
       "Ivano-Frankivsk|Ivano-Frankovsk", "Івано-Франківська", "Ивано-Франковская",
       "Прикарпаття|Prykarpattia|Івано-Франківщина|Ивано-Франковщина|Франківщина"),
    _r("07", "UA-63", 706482, "Kharkiv Oblast", 49.6150, 36.5048, "Kharkiv|Kharkov",
       "Харківська", "Харьковская", "Харківщина|Харьковщина|Slobozhanshchyna"),
    _r("08", "UA-65", 706442, "Kherson Oblast", 46.5496, 33.4653, "Kherson",
       "Херсонська", "Херсонская", "Херсонщина"),
    _r("09", "UA-68", 706370, "Khmelnytskyi Oblast", 49.5075, 26.9296,
       "Khmelnytskyi|Khmelnytskyy|Khmelnytsky|Khmelnitsky|Khmelnitskiy",
       "Хмельницька", "Хмельницкая", "Хмельниччина"),
    _r("10", "UA-35", 705811, "Kirovohrad Oblast", 48.4723, 32.0819,
       "Kirovohrad|Kirovograd|Kropyvnytskyi", "Кіровоградська", "Кировоградская",
       "Кіровоградщина"),
    _r("11", "UA-43", 703883, "Autonomous Republic of Crimea", 45.2658, 34.4272, "Crimea",
       "", "", "Crimea|Crimean peninsula|Krym|Крим|Крым|Автономна Республіка Крим|"
       "Республика Крым|Republic of Crimea|Autonomous Republic of Crimea|АР Крим"),
    _r("12", "UA-30", 703447, "Kyiv", 50.4486, 30.5480, "",
       "", "", "Kyiv City|City of Kyiv|Kiev City|місто Київ|город Киев"),
    _r("13", "UA-32", 703446, "Kyiv Oblast", 50.2994, 30.4558, "Kyiv|Kiev",
       "Київська", "Киевская", "Київщина|Киевщина|Kyivshchyna"),
    _r("14", "UA-09", 702657, "Luhansk Oblast", 48.9856, 39.0180, "Luhansk|Lugansk",
       "Луганська", "Луганская",
       "Луганщина|Luhansk People's Republic|Lugansk People's Republic|"
       "Luhansk People’s Republic|Lugansk People’s Republic|LPR|LNR|ЛНР", republic=True),
    _r("15", "UA-46", 702549, "Lviv Oblast", 49.7173, 23.9169, "Lviv|Lvov",
       "Львівська", "Львовская", "Львівщина"),
    _r("16", "UA-48", 700567, "Mykolaiv Oblast", 47.3943, 31.7660,
       "Mykolaiv|Mykolayiv|Nikolaev|Nikolayev", "Миколаївська", "Николаевская",
       "Миколаївщина"),
    _r("17", "UA-51", 698738, "Odesa Oblast", 46.6433, 30.5679, "Odesa|Odessa",
       "Одеська", "Одесская", "Одещина"),
    _r("18", "UA-53", 696634, "Poltava Oblast", 49.7325, 33.7785, "Poltava",
       "Полтавська", "Полтавская", "Полтавщина"),
    _r("19", "UA-56", 695592, "Rivne Oblast", 51.0403, 26.3918, "Rivne|Rovno",
       "Рівненська", "Ровенская", "Рівненщина"),
    _r("20", "UA-40", 694422, "Sevastopol", 44.5545, 33.4742, "",
       "", "", "Sevastopol City|City of Sevastopol|місто Севастополь"),
    _r("21", "UA-59", 692196, "Sumy Oblast", 51.1061, 34.1239, "Sumy",
       "Сумська", "Сумская", "Сумщина"),
    _r("22", "UA-61", 691649, "Ternopil Oblast", 49.4019, 25.6481, "Ternopil|Ternopol",
       "Тернопільська", "Тернопольская", "Тернопільщина"),
    _r("23", "UA-05", 689559, "Vinnytsia Oblast", 48.9206, 28.6855,
       "Vinnytsia|Vinnytsya|Vinnitsa", "Вінницька", "Винницкая", "Вінниччина"),
    _r("24", "UA-07", 689064, "Volyn Oblast", 51.1909, 24.8705, "Volyn|Volhynia",
       "Волинська", "Волынская", "Волинь|Volyn|Volhynia"),
    _r("25", "UA-21", 687869, "Zakarpattia Oblast", 48.4038, 23.2760,
       "Zakarpattia|Zakarpattya|Transcarpathia|Transcarpathian", "Закарпатська",
       "Закарпатская", "Закарпаття|Zakarpattia|Transcarpathia"),
    _r("26", "UA-23", 687699, "Zaporizhzhia Oblast", 47.1683, 35.7726,
       "Zaporizhzhia|Zaporizhia|Zaporizhzhya|Zaporozhye|Zaporozhe|Zaporizhzhe",
       "Запорізька", "Запорожская", "Запоріжчина"),
    _r("27", "UA-18", 686966, "Zhytomyr Oblast", 50.6402, 28.4761, "Zhytomyr|Zhitomir",
       "Житомирська", "Житомирская", "Житомирщина"),
)


def _ru(code: str, iso: str, name: str, bases: str, ru: str, uk: str, capital: str,
        extra: tuple[str, ...] = ()) -> Region:
    return Region(code, iso, None, name, 0.0, 0.0, tuple(bases.split("|")), uk, ru,
                  extra_names=extra, country_code="RU", point_from_capital=capital)


def _krai(ru_stem: str, uk_stem: str) -> tuple[str, ...]:
    """A krai's Russian and Ukrainian names in their cases ("Краснодарском крае")."""
    return (*(f"{ru_stem}{a} {k}" for a, k in (("ий", "край"), ("ого", "края"), ("ому", "краю"),
                                                ("ом", "крае"), ("им", "краем"))),
            *(f"{uk_stem}{a} {k}" for a, k in (("ий", "край"), ("ого", "краю"), ("ому", "краю"),
                                                ("ому", "краї"), ("им", "краєм"))))


def _republic(english: str, *names: str) -> tuple[str, ...]:
    """A republic's names: English (bare and "Republic of ..."), then the given Russian and
    Ukrainian forms as they are (their cases written out)."""
    return (english, f"Republic of {english}", *names)


#: Russian regions that reports about the war name often; their point is the
#: regional capital's (taken from the loaded gazetteer). GeoNames admin1 codes.
RU_REGIONS: tuple[Region, ...] = (
    _ru("09", "RU-BEL", "Belgorod Oblast", "Belgorod|Bilhorod", "Белгородская", "Бєлгородська",
        "Belgorod", ("Бєлгородщина", "Білгородщина", "Белгородчина", "Белгородщина")),
    _ru("41", "RU-KRS", "Kursk Oblast", "Kursk", "Курская", "Курська", "Kursk",
        ("Курщина",)),
    _ru("10", "RU-BRY", "Bryansk Oblast", "Bryansk", "Брянская", "Брянська", "Bryansk",
        ("Брянщина",)),
    _ru("61", "RU-ROS", "Rostov Oblast", "Rostov", "Ростовская", "Ростовська", "Rostov-na-Donu",
        ("Ростовщина",)),
    _ru("86", "RU-VOR", "Voronezh Oblast", "Voronezh", "Воронежская", "Воронезька", "Voronezh",
        ("Воронежчина",)),
    _ru("38", "RU-KDA", "Krasnodar Krai", "Krasnodar", "", "", "Krasnodar",
        _krai("Краснодарск", "Краснодарськ")),
    _ru("47", "RU-MOS", "Moscow Oblast", "Moscow", "Московская", "Московська", "Moscow"),
    # the regions further in that Ukrainian drones reach (refineries, airfields, plants)
    _ru("67", "RU-SAR", "Saratov Oblast", "Saratov", "Саратовская", "Саратовська", "Saratov"),
    _ru("43", "RU-LIP", "Lipetsk Oblast", "Lipetsk", "Липецкая", "Липецька", "Lipetsk"),
    _ru("62", "RU-RYA", "Ryazan Oblast", "Ryazan", "Рязанская", "Рязанська", "Ryazan’"),
    _ru("84", "RU-VGG", "Volgograd Oblast", "Volgograd", "Волгоградская", "Волгоградська",
        "Volgograd"),
    _ru("72", "RU-TAM", "Tambov Oblast", "Tambov", "Тамбовская", "Тамбовська", "Tambov"),
    _ru("56", "RU-ORL", "Oryol Oblast", "Oryol|Orel", "Орловская", "Орловська", "Orël"),
    _ru("76", "RU-TUL", "Tula Oblast", "Tula", "Тульская", "Тульська", "Tula"),
    _ru("25", "RU-KLU", "Kaluga Oblast", "Kaluga", "Калужская", "Калузька", "Kaluga"),
    _ru("69", "RU-SMO", "Smolensk Oblast", "Smolensk", "Смоленская", "Смоленська", "Smolensk"),
    _ru("51", "RU-NIZ", "Nizhny Novgorod Oblast", "Nizhny Novgorod|Nizhniy Novgorod",
        "Нижегородская", "Нижньогородська", "Nizhniy Novgorod"),
    _ru("65", "RU-SAM", "Samara Oblast", "Samara", "Самарская", "Самарська", "Samara"),
    _ru("07", "RU-AST", "Astrakhan Oblast", "Astrakhan", "Астраханская", "Астраханська",
        "Astrakhan"),
    _ru("57", "RU-PNZ", "Penza Oblast", "Penza", "Пензенская", "Пензенська", "Penza"),
    _ru("77", "RU-TVE", "Tver Oblast", "Tver", "Тверская", "Тверська", "Tver"),
    _ru("88", "RU-YAR", "Yaroslavl Oblast", "Yaroslavl", "Ярославская", "Ярославська",
        "Yaroslavl"),
    _ru("42", "RU-LEN", "Leningrad Oblast", "Leningrad", "Ленинградская", "Ленінградська",
        "Gatchina"),
    _ru("23", "RU-KGD", "Kaliningrad Oblast", "Kaliningrad", "Калининградская",
        "Калінінградська", "Kaliningrad"),
    _ru("55", "RU-ORE", "Orenburg Oblast", "Orenburg", "Оренбургская", "Оренбурзька",
        "Orenburg"),
    _ru("81", "RU-ULY", "Ulyanovsk Oblast", "Ulyanovsk", "Ульяновская", "Ульяновська",
        "Ulyanovsk"),
    _ru("60", "RU-PSK", "Pskov Oblast", "Pskov", "Псковская", "Псковська", "Pskov"),
    _ru("49", "RU-MUR", "Murmansk Oblast", "Murmansk", "Мурманская", "Мурманська", "Murmansk"),
    _ru("70", "RU-STA", "Stavropol Krai", "Stavropol", "", "", "Stavropol",
        _krai("Ставропольск", "Ставропольськ")),
    _ru("73", "RU-TA", "Republic of Tatarstan", "Tatarstan", "", "", "Kazan", _republic(
        "Tatarstan", "Татарстан", "Татарстана", "Татарстану", "Татарстане", "Татарстаном",
        "Татарстані", "Республика Татарстан", "Республіка Татарстан")),
    _ru("08", "RU-BA", "Republic of Bashkortostan", "Bashkortostan|Bashkiria", "", "", "Ufa",
        _republic("Bashkortostan", "Bashkiria", "Башкортостан", "Башкортостана",
                  "Башкортостане", "Башкортостані", "Башкирия", "Башкирии", "Башкирию",
                  "Башкирії", "Башкирію")),
    _ru("16", "RU-CU", "Chuvash Republic", "Chuvashia", "", "", "Cheboksary", _republic(
        "Chuvashia", "Чувашия", "Чувашии", "Чувашию", "Чувашія", "Чувашії", "Чувашію")),
    _ru("12", "RU-CE", "Chechen Republic", "Chechnya", "", "", "Grozny", _republic(
        "Chechnya", "Чечня", "Чечни", "Чечне", "Чечню", "Чечні")),
    _ru("01", "RU-AD", "Republic of Adygea", "Adygea", "", "", "Maykop", _republic(
        "Adygea", "Адыгея", "Адыгеи", "Адыгее", "Адыгею", "Адигея", "Адигеї", "Адигею")),
    _ru("46", "RU-MO", "Republic of Mordovia", "Mordovia", "", "", "Saransk", _republic(
        "Mordovia", "Мордовия", "Мордовии", "Мордовию", "Мордовія", "Мордовії", "Мордовію")),
    _ru("80", "RU-UD", "Udmurt Republic", "Udmurtia", "", "", "Izhevsk", _republic(
        "Udmurtia", "Удмуртия", "Удмуртии", "Удмуртию", "Удмуртія", "Удмуртії", "Удмуртію")),
)

#: the Russian regions where reports name raions (the border oblasts, Rostov, Krasnodar,
#: Moscow); a raion's adjective is never read as a town's of the regions further in
#: ("Куйбышевского района" of Donetsk is no raion of Samara, once called Kuybyshev)
RU_RAION_REGIONS: frozenset[str] = frozenset(r.name for r in RU_REGIONS[:7])

#: a region's capital where it is not the region's first English base name
_CAPITAL_NOT_BASE = {"Dnipropetrovsk Oblast": "Dnipro", "Kirovohrad Oblast": "Kropyvnytskyi",
                     "Volyn Oblast": "Lutsk", "Zakarpattia Oblast": "Uzhhorod",
                     "Autonomous Republic of Crimea": "Simferopol"}
#: regions with no one capital "the regional centre" means (occupied, or a city itself)
_NO_CAPITAL = frozenset({"Donetsk Oblast", "Luhansk Oblast", "Kyiv", "Sevastopol"})


def regional_capital(region_name: str) -> str | None:
    """The name of the capital of a region of :data:`UA_REGIONS` or :data:`RU_REGIONS`
    (by its English name: "Zaporizhzhia Oblast" -> "Zaporizhzhia"), or None when it has
    none that "the regional centre" could mean (occupied Donetsk and Luhansk, whose
    administrations sit elsewhere; the cities Kyiv and Sevastopol; unknown regions)."""
    if region_name in _NO_CAPITAL:
        return None
    if region_name in _CAPITAL_NOT_BASE:
        return _CAPITAL_NOT_BASE[region_name]
    for region in (*UA_REGIONS, *RU_REGIONS):
        if region.name == region_name and region.en_bases:
            return region.point_from_capital or region.en_bases[0]
    return None


_EN_SUFFIXES = ("oblast", "region", "obl", "province", "oblast'")
_UK_FEM_ADJ = ("а", "ої", "ій", "у", "ою")
_RU_FEM_ADJ = ("ая", "ой", "ую", "ою")
_UK_OBLAST = ("область", "області", "областю", "обл")
_RU_OBLAST = ("область", "области", "областью", "обл")
_UK_COLLOQ = ("а", "и", "і", "у", "ою")


def region_names(region: Region) -> Iterator[str]:
    """Every name variant of a region, in English, Ukrainian and Russian."""
    for base in region.en_bases:
        for suffix in _EN_SUFFIXES:
            yield f"{base} {suffix}"
            if suffix == "oblast":
                yield f"{base} Oblast"
        yield f"region of {base}"
        yield f"{base}ska oblast"
        yield f"{base}s'ka oblast"
    if region.en_bases:               # not "Kyiv" or "Sevastopol": those are the cities
        yield region.name
    if region.uk_adjective:
        stem = region.uk_adjective[:-1]
        for ending in _UK_FEM_ADJ:
            for word in _UK_OBLAST:
                yield f"{stem}{ending} {word}"
        yield f"{kmu2010(region.uk_adjective)} oblast"
    if region.ru_adjective:
        stem = region.ru_adjective[:-2]
        for ending in _RU_FEM_ADJ:
            for word in _RU_OBLAST:
                yield f"{stem}{ending} {word}"
    if region.republic:
        yield from _republic_names(region)
    for extra in region.extra_names:
        yield extra
        if extra.endswith("на") and extra[0].isupper() and "\u0400" <= extra[0] <= "\u04ff":
            for ending in _UK_COLLOQ:
                yield extra[:-1] + ending


#: "Донецька Народна Республіка" in its cases: (adjective, "народн-", "республі-") endings
_UK_REPUBLIC = (("а", "а", "ка"), ("ої", "ої", "ки"), ("ій", "ій", "ці"), ("у", "у", "ку"),
                ("ою", "ою", "кою"))
_RU_REPUBLIC = (("ая", "ая", "ка"), ("ой", "ой", "ки"), ("ой", "ой", "ке"), ("ую", "ую", "ку"),
                ("ой", "ой", "кой"))


def _republic_names(region: Region) -> Iterator[str]:
    """The self-proclaimed "people's republic" named after the oblast, in Ukrainian and
    Russian case forms ("Донецкой Народной Республики"): the oblast it claims."""
    for adjective, stem_len, word, republic, endings in (
            (region.uk_adjective, 1, "Народн", "Республі", _UK_REPUBLIC),
            (region.ru_adjective, 2, "Народн", "Республи", _RU_REPUBLIC)):
        if adjective:
            for adj_end, word_end, rep_end in endings:
                yield f"{adjective[:-stem_len]}{adj_end} {word}{word_end} {republic}{rep_end}"


#: Countries that reports name often, with their Ukrainian and Russian names;
#: every other country is known by its GeoNames English name.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "UA": ("Ukraine", "Україна", "Украина", "Україні", "Украине", "України", "Украины"),
    "RU": ("Russia", "Russian Federation", "Росія", "Россия", "РФ", "Росії", "России",
           "Російська Федерація", "Российская Федерация"),
    "BY": ("Belarus", "Білорусь", "Беларусь", "Belorussia", "Byelorussia"),
    "PL": ("Poland", "Польща", "Польша"),
    "MD": ("Moldova", "Молдова", "Moldavia"),
    "RO": ("Romania", "Румунія", "Румыния"),
    "HU": ("Hungary", "Угорщина", "Венгрия"),
    "SK": ("Slovakia", "Словаччина", "Словакия"),
    "TR": ("Turkey", "Türkiye", "Turkiye", "Туреччина", "Турция", "Туреччині", "Турции"),
    "US": ("United States", "USA", "U.S.", "U.S.A.", "United States of America", "США",
           "Сполучені Штати", "Соединенные Штаты"),
    "GB": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "Велика Британія",
           "Великобритания"),
    "DE": ("Germany", "Німеччина", "Германия"),
    "FR": ("France", "Франція", "Франция"),
    "IR": ("Iran", "Іран", "Иран"),
    "KP": ("North Korea", "DPRK", "КНДР", "Північна Корея", "Северная Корея"),
    "CN": ("China", "Китай"),
    "GE": ("Georgia", "Грузія", "Грузия"),
    "KZ": ("Kazakhstan", "Казахстан"),
    "LT": ("Lithuania", "Литва"),
    "LV": ("Latvia", "Латвія", "Латвия"),
    "EE": ("Estonia", "Естонія", "Эстония"),
    "FI": ("Finland", "Фінляндія", "Финляндия"),
    "IL": ("Israel", "Ізраїль", "Израиль"),
    "SY": ("Syria", "Сирія", "Сирия"),
}


def admin1_names() -> dict[tuple[str, str], str]:
    """``(country_code, admin1_code) -> English region name`` for the known regions."""
    return {(r.country_code, r.admin1_code): r.name for r in (*UA_REGIONS, *RU_REGIONS)}


#: regions that common usage counts in the one around them, though each is a region of its
#: own (ISO 3166-2, GeoNames): Sevastopol and Balaklava are "in Crimea", Kyiv "in Kyiv region"
ENCLOSED: dict[tuple[str, str], tuple[str, str]] = {("UA", "11"): ("UA", "20"),
                                                    ("UA", "13"): ("UA", "12")}


def with_enclosed(regions: frozenset[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """``regions`` ((country, admin1 code) pairs) and the regions they enclose.

    Examples
    --------
    >>> sorted(with_enclosed(frozenset({("UA", "11")})))
    [('UA', '11'), ('UA', '20')]
    """
    return regions | {ENCLOSED[r] for r in regions if r in ENCLOSED}



_CITY_WORDS = re.compile(r"\s+((special\s+)?(republican\s+)?city|municipality)$")


@lru_cache(maxsize=1)
def _spelling_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for region in (*UA_REGIONS, *RU_REGIONS):
        for variant in (region.name, *region_names(region)):
            table.setdefault(normalize_name(variant), region.name)
    for region in (*UA_REGIONS, *RU_REGIONS):     # an admin1 column's bare "Odesa": the oblast
        for base in region.en_bases:              # (a bare "Kyiv" stays the city, named above)
            table.setdefault(normalize_name(base), region.name)
    return table


def oblast_spelling(name: object) -> str | None:
    """One spelling per oblast: the region's English name from this table, whatever a
    source writes; a name the table does not know comes back stripped; empty is None.

    Examples
    --------
    >>> oblast_spelling("Zaporizhzhya oblast"), oblast_spelling("Zaporizhzhia Oblast")
    ('Zaporizhzhia Oblast', 'Zaporizhzhia Oblast')
    >>> oblast_spelling("Kiev Special Republican city"), oblast_spelling("Odessa oblast")
    ('Kyiv', 'Odesa Oblast')
    >>> oblast_spelling("Odesa"), oblast_spelling("Kyiv City")
    ('Odesa Oblast', 'Kyiv')
    >>> oblast_spelling("Somewhere Else"), oblast_spelling("")
    ('Somewhere Else', None)
    """
    if not isinstance(name, str) or not name.strip():
        return None
    table = _spelling_table()
    key = normalize_name(name)
    city = _CITY_WORDS.sub("", key)
    for variant in ((f"{city} city", key) if city != key else (key,)):
        if variant in table:
            return table[variant]
    return name.strip()


def oblast_spellings(names: Iterable[object]) -> list[str | None]:
    """:func:`oblast_spelling` of each name (each distinct name looked up once); missing
    and blank values are kept as they are."""
    names = list(names)
    known = {name: oblast_spelling(name) for name in set(n for n in names if isinstance(n, str))}
    return [known.get(n) or n if isinstance(n, str) else n for n in names]
