"""Words that are no place here though a place bears the name, and first names.

Kept by hand only where the dictionaries (:mod:`~geo.extract.morphology`) cannot tell:
institutions and media, officials' surnames that GeoNames lists as villages, English words
that are towns somewhere, and the few first names the dictionaries read as common nouns.
"""
from __future__ import annotations

__all__ = ["FIRST_NAMES", "NOT_PLACES"]

#: capitalised words that name no attack location even when a place bears the name
NOT_PLACES: frozenset[str] = frozenset({
    "kremlin", "white house", "pentagon", "bankova", "кремль", "кремля", "кремлі", "кремле",
    # "Ударный БпЛА попал ...", "Ударні дрони": the weapon's adjective, no village Udarnyi
    "ударный", "ударная", "ударные", "ударных", "ударний", "ударна", "ударні", "ударних",
    # "Cars were damaged": no Kars of Turkey
    "cars",
    "europe", "european", "nato", "ukrinform", "interfax", "reuters", "tass", "тасс",
    "укрінформ", "укринформ", "интерфакс", "інтерфакс", "сили", "силы", "сил", "силами", "збройні",
    "вооруженные", "оборони", "обороны", "генштаб", "генштабу", "генштаба", "міноборони",
    "минобороны", "повітряні", "воздушно", "служба", "службы", "служби", "ппо", "пво",
    # capitalised at a sentence start: words the morphology does not read as function words
    # (the others are: geo.extract.morphology.is_function_word)
    "під", "вже", "ще", "серед", "як", "вона", "ворог", "враг", "армія", "армия", "росія",
    "россия", "україна", "украина", "понад", "результате", "результаті", "усі", "всі",
    # an official's title opening a sentence ("Голова ОВА ...", "Глава региона ...")
    "голова", "голови", "глава", "главы", "начальник", "мер", "мэр",
    # the word for "settlement" opening a sentence ("Селище зазнало удару"), not Selyshche;
    # "Посёлок атакован дроном", not Posolok of Zhytomyr Oblast
    "селище", "селища", "селищі", "посёлок", "поселок", "посёлка", "поселка", "посёлке",
    "поселке",
    "пожежа", "пожежу", "пожежі", "пожежею", "пожар", "пожара", "пожару", "пожаром",
    # weapons and attacks opening a sentence ("Дрони атакували ...", "Атаки тривали")
    "дрони", "дронів", "дронами", "атаки", "атак", "атака",
    # the troops ("Військові РФ обстріляли ...": not the village Viiskove)
    "військові", "військових", "военные", "военных", "окупанти", "оккупанты", "росіяни",
    "россияне",
    # surnames that GeoNames lists as villages' other names, and of officials reports quote
    # ("Гладков: ...", "said Tkachenko"): Gladkov and Tkachenko are villages too
    "путин", "путін", "путина", "путіна", "putin",
    "гладков", "гладкова", "гладкову", "гладковым", "gladkov", "ткаченко", "tkachenko",
    "федоров", "федорова", "fedorov", "терехов", "терехова", "terekhov", "чаус", "chaus",
    "песков", "пєсков", "peskov", "белоусов", "бєлоусов", "belousov", "герасимов", "gerasimov",
    "хинштейн", "khinshtein", "развожаев", "razvozhaev", "богомаз", "bogomaz", "старовойт",
    "starovoit", "синєгубов", "синегубов", "syniehubov", "філашкін", "филашкин", "filashkin",
    "кіпер", "кипер", "kiper", "прокудін", "прокудин", "prokudin", "лисак", "лысак", "lysak",
    "гусев", "гусева", "gusev", "слюсарь", "slyusar", "аксенов", "аксёнов", "aksyonov",
    "пасечник", "pasechnik", "пушилин", "pushilin", "сальдо", "saldo", "балицкий", "balitsky",
    "малков", "malkov", "лунін", "лунин", "lunin", "когут", "kohut", "кім", "kim",
    "садовий", "садовый", "sadovyi", "sadovyy",
    # the glide bombs' and drones' names ("атакували Суми КАБами", "дронами Гербера")
    "каб", "каби", "кабів", "кабами", "кабом", "кабах", "фаб", "фабами", "фабів",
    "гербера", "гербери", "герберами", "герберою", "gerbera", "gerberas",
    # "Ночью Герани атаковали ...": the drones, no village Hyryne
    "герани", "герань", "геранями", "геранью", "гераней", "герані", "геранів",
    # English words that are also the names of small places somewhere
    "man", "men", "woman", "male", "bar", "ban", "bat", "bath", "best", "bay", "battle", "bad",
    "hope", "mobile", "reading", "split", "nice", "sale", "orange", "buy", "mission", "union",
    "independence", "liberty", "victory", "commerce", "deal", "dover", "eagle", "early",
    "energy", "enterprise", "fame", "fork", "friendship", "gas", "globe", "harmony", "hazard",
    "ideal", "joy", "justice", "lead", "lone", "love", "mark", "march", "may", "mercy", "mount",
    "normal", "ocean", "office", "pace", "paradise", "peace", "plain", "pleasant", "power",
    "progress", "prosperity", "protection", "providence", "reform", "republic", "rescue",
    "rich", "rising", "rock", "rome", "royal", "rush", "security", "sentinel", "shelter",
    "sky", "spring", "star", "state", "strike", "success", "summit", "sun", "superior", "today",
    "trust", "truth", "unity", "university", "valley", "venus", "vienna", "village", "wall",
    "war", "warren", "welfare", "west", "east", "north", "south", "white", "wise", "wood",
    "york", "zero", "update", "breaking", "live", "news", "video", "photo", "photos",
    # English words a sentence may open with that are towns somewhere ("Most of the drones":
    # Most, Czechia; "Police said": Police, Poland)
    "most", "over", "one", "many", "more", "since", "from", "she", "but", "still", "just",
    "police", "drone", "thursday", "june", "august", "air", "front", "line", "sector", "area",
    "force", "forces", "command", "guard", "navy", "staff",
    # "Per the governor, ...": no Per of Hungary; "The city of Lviv itself"
    "per", "the city", "the town", "the village",
    # a street named after heroes ("улица Героев Севастополя"): no Gera of Germany
    "героев", "героїв",
    # "Решта влучили в ...": the rest, not Rasht; an outlet's name (Pravda is a village too)
    "решта", "решти", "рештою", "pravda", "ukrainska pravda", "українська правда",
    "украинская правда",
    # a region's everyday name that a village bears (Kuban, Luhansk Oblast; Kryvorizhzhia,
    # Donetsk Oblast): the area, not one point
    "кубань", "кубані", "кубани", "кубанью", "kuban", "криворіжжя", "криворіжжі", "криворіжжю",
    "криворожье", "криворожья", "криворожье",
    # a number of people opening a sentence ("Троє постраждалих": no Troy), a port's word
    "двоє", "троє", "четверо", "п'ятеро", "п’ятеро", "шестеро", "семеро", "двое", "трое",
    "пятеро", "port",
    # a preposition opening a sentence ("Біля Дачного — 3 атаки": not "Біля Дачного")
    "біля", "поблизу", "неподалік", "возле", "около", "вблизи",
    # fire opening a sentence ("Вогонь ліквідовано": no Vohni)
    "вогонь", "вогню", "огонь", "огня",
    # the word for a community, a rescue team or partisans opening a sentence ("Громада щодня
    # під обстрілами", "Загін рятувальників ..."): not Hromada nor Zahin
    "громада", "громаду", "громади", "громаді", "громадою", "загін", "загону", "загоном",
    "партизани", "партизаны",
    # Kyiv's people ("Киян просять не підходити до уламків"): not the village Kyiany
    "киян", "кияни", "киянам", "киянин", "киянка", "киянами",
    # the Danube ("атака на Дунаї"): the river, not Dunay of Primorsky Krai
    "дунай", "дунаї", "дунаю", "дунаєм", "дунае", "дуная", "дунаем",
    # times of day opening a sentence ("Ранок почався з атаки"): not the village Ranok
    "ранок", "ранку", "вечір", "вечора", "утро", "вечер",
    # month abbreviations ("Jan. 5": no Dschang, Cameroon)
    "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
})


#: common first names in Latin letters, and the few Cyrillic ones the dictionaries read as
#: common nouns first (Cyrillic first names in every case are :func:`is_first_name`'s):
#: followed by a capitalised word they start a person's name ("Serhii Lysak", "Мэр Андрей
#: Садовый"), not a place
FIRST_NAMES: frozenset[str] = frozenset("""
volodymyr vladimir oleksandr alexander aleksandr oleksii oleksiy alexei alexey aleksei andrii
andriy andrey andrei serhii serhiy sergei sergey sergiy ihor igor oleh oleg ivan vadym vadim
dmytro dmitry dmitri mykola nikolai nikolay mykhailo mikhail yurii yuriy yuri viktor victor
vitalii vitaliy vitali vitaly vyacheslav viacheslav petro pyotr pavlo pavel roman ruslan rustem
maksym maxim denys denis bohdan taras yevhen yevgeny evgeny anatolii anatoly valerii valery
hennadii gennady kyrylo kirill stepan oleksandra yulia yuliia iryna irina olena elena tetiana
tatiana natalia nataliia svitlana svetlana olha olga kateryna ekaterina mariia maria anna ganna
hanna liudmyla lyudmila volodymyra donald joe emmanuel olaf keir recep timur vladyslav
vladislav artem vyacheslav viacheslav illia ilya vasyl vasily yaroslav kostiantyn konstantin
stanislav fedir fedor hryhorii grigory nazar rostyslav rostislav sviatoslav svyatoslav oksana
марія станіслав роман олена ірина володимир владимир
андрій андрей олександр александр сергій сергей ігор игорь олег іван иван вадим віталій виталий
віктор виктор юрій юрий дмитро дмитрий микола николай павло павел максим михайло михаил тарас
богдан євген евгений анатолій анатолий геннадій геннадий денис артем артём руслан ярослав
олексій алексей вячеслав в'ячеслав костянтин константин ілля илья василь василий леонід леонид
наталія наталья світлана светлана ольга тетяна татьяна юлія юлия оксана людмила вікторія виктория
""".split())
