"""The words a location text's names are read by: what the word after a name, or
before it, makes of it (:mod:`geo.geocoding.query`).

"Kurakhove direction" is context, "Viktor Isakov Street" no place, "Siversk town"
a town, "8 km south of Ilovaisk" a reference, "Shakhtersky district" a raion.
"""
from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: words after a name that make it a reference point, not the place itself
CONTEXT_AFTER = _words("""
district districts raion rayon region direction directions axis front sector bridgehead
municipality agglomeration suburbs stronghold strongpoint platoon op outpost
район району районі районе напрямок напрямку напрямі направление направлении
""")
#: words after a name that make it something else (a street, a river, a station)
IGNORED_AFTER = _words("""
street st avenue ave prospekt lane highway road river reservoir canal sea bay lake square
basin nuclear npp hpp tpp monument memorial mound height hill
вулиця вулиці улица улице проспект проспекті проспекте річка река
""")
#: compass words before "of" that make the next name a reference ("north of X")
#: the compass points, with their bearings in degrees from north
COMPASS_BEARINGS = {point: 45.0 * i for i, point in enumerate((
    "north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"))}
DIRECTIONS = frozenset(COMPASS_BEARINGS) | frozenset(f"{point}ern" for point in COMPASS_BEARINGS)
#: distance units that make the next name after "from"/"of" a reference ("5 km from X")
DISTANCES = _words("km kilometres kilometers kilometre kilometer miles mile meters metres")
#: words after a name that make it the name of a district (raion)
DISTRICT_AFTER = _words("district raion rayon район району районі районе")
#: words after a town's adjective that name its district, or its oblast ("Donetsky region")
ADMIN_AFTER = DISTRICT_AFTER - {"районе"} | {"region"}
#: a hromada (the community around a town): "Huliaipole hromada", "Сумська громада"
HROMADA_WORDS = _words("""hromada hromady громада громади громаді громаду громадою
община общины общине общину""")
#: words after a town's adjective that name the area around it ("Kupiansky direction",
#: "Сумська громада")
DIRECTION_WORDS = _words("""direction directions axis напрямок напрямку напрямі напрямках
направление направлении направлению направления""") | HROMADA_WORDS
#: words after a town's adjective that make it the town ("Lymanskyi direction")
CENTRE_AFTER = ADMIN_AFTER | DIRECTION_WORDS
#: single words never taken as names in running text
STOPWORDS = _words("""
a an the of in on at by to from near and or but with without into onto over under
north south east west northern southern eastern western central northeast northwest
southeast southwest center centre outskirts outskirt village villages town towns city
cities settlement settlements area areas region regions oblast district districts direction
directions suburb suburbs airport station border front line community council
street road highway bridge river sea lake market plant factory mine port military
positions position base unit units army forces troops people republic rebel rebels
held stronghold small large big new old upper lower great little greater km kilometres
kilometers miles between around close across along against several some many
morning evening night day today yesterday monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october
november december attack attacks strike strikes shelling shelled drone drones missile
missiles russian russians ukrainian ukrainians enemy hromada urban type territory
territories administration regional local security service victory checkpoint
obl oblt reg international bay reservoir canal basin square avenue lane harbour harbor dam
raion raions rayon rayons район району районі районе района police dacha dachas
громада громади громаді громаду громадою община общины общине
село селище місто міста місті город города районі області область
""")
#: words after a name that call it a landmark: the name's landmarks are meant, if it has any
LANDMARK_AFTER = _words("height heights hill mound monument memorial airport airfield")
#: "<name> district of X": the place is part of X, as in "X's <name> district"
CITY_PART_WORDS = _words("district districts microdistrict")
#: a Ukrainian or Russian district word in an oblique case, before its city in the
#: genitive: "у Дніпровському районі Херсона", "в Киевском районе Донецка"
CITY_PART_CASES = _words("районі району районе района мікрорайоні микрорайоне")
#: words that call the name beside them a town or city
TOWN_WORDS = _words("town city township smt pgt місто міста місті м смт город города городе пгт")


def _forms(stems: str, endings: str) -> frozenset[str]:
    return frozenset(stem + ending for stem in stems.split() for ending in endings.split())


#: the first words of two-word settlement names (Nova Kakhovka, Velyka Novosilka, Нижня
#: Кринка), in every gender and number, and in the Cyrillic cases ("у Великій
#: Комишуватці"): one before another name is part of a name
NAME_MODIFIERS = _forms(
    "nov star velyk velik mal verkhn nyzhn nizhn seredn sredn krasn chervon zelen bil chorn "
    "sukh",
    "a e i y yi yy iy ij ii ia ie iaia yaya aya oye oe eye ye") | _forms(
    "нов стар велик больш мал верхн нижн середн средн красн червон зелен біл чорн сух",
    "а е є і и я ий ій ый ая ое ее яя у ю ої ого ому ім ій ую ой ом ей юю ьої")
