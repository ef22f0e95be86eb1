"""The words casualty and count phrases are made of (English, Ukrainian, Russian).

Keywords for killed, injured and counted actions or weapons, person nouns
(plural, and singular ones that count as one), filler words allowed between a
number and its keyword, qualifiers ("more than" -> "more than", "понад" ->
"more than", "щонайменше" -> "at least"), and the fixed phrases of "no
casualties" and death tolls. Used by :mod:`geo.extract.figures`.
"""
from __future__ import annotations

import re

KILLED = re.compile(
    r"^(?:killed|dead|died|dies|kills|killing|deaths?|fatalities|lives|bodies|perished|загин\w*|"
    r"загибл\w*|вбит\w*|вбили|вбив|вбила|погиб\w*|убит\w*|убили|жертв\w*|смерт\w*|помер|померл[аои]|"
    r"помира\w*|умер|умерл[аои]|скончал\w*)$")
INJURED = re.compile(
    r"^(?:injured|wounded|hurt|injuring|wounding|injuries|injures|wounds|hospitali[sz]ed|"
    r"поранен\w*|поранил\w*|поранив|постражд\w*|госпіталіз\w*|госпитализ\w*|"
    r"травмован\w*|травм\w*|ранен\w*|ранил\w*|пострада\w*|травмирова\w*|burns|опік\w*|ожог\w*|"
    r"amputations?|ампутац\w*|wound|injury|concussions?|контуз\w*|контуж\w*|баротравм\w*)$")
COUNTED_ACTIONS = re.compile(
    r"^(?:assaults?|attacks?|attempts?|strikes?|airstrikes?|shellings?|clashes|engagements?|"
    r"bombardments?|times|атак\w*|штурм\w*|удар\w*|обстріл\w*|обстрел\w*|боєзіткнен\w*|"
    r"боестолкновен\w*|боїв|боев|разів|раз|рази|раза|авіаудар\w*|авиаудар\w*|зіткнен\w*|"
    r"столкновен\w*)$")
COUNTED_WEAPONS = re.compile(
    r"^(?:drones?|uavs?|shaheds?|missiles?|rockets?|shells?|bombs?|kabs?|munitions|"
    r"дрон\w*|бпла|безпілотник\w*|беспилотник\w*|шахед\w*|ракет\w*|снаряд\w*|бомб\w*|каб\w*|"
    r"авіабомб\w*|авиабомб\w*|мін|мин|боеприпас\w*|боєприпас\w*|communities|settlements|"
    r"villages|towns|localities|"
    r"населених|населенных|громад|сіл|сел|селищ|поселков)$")

PERSON_PLURAL = frozenset("""
ukrainians russians foreigners nationals citizens seafarers громадян громадяни іноземців
іноземці граждан граждане иностранцев иностранцы
people persons civilians residents children kids men women boys girls teenagers teens adults
soldiers servicemen troops rescuers firefighters medics officers workers pensioners others
individuals infants babies journalists volunteers passengers drivers employees locals
inhabitants minors victims elderly policemen paramedics them more sons daughters grandchildren
parents brothers sisters relatives teachers doctors nurses farmers fishermen них сини синів доньок
conductors engineers electricians linemen sailors seamen members assistants guards miners
моряки моряків інженери інженерів енергетики енергетиків моряков инженеры инженеров
энергетики энергетиков
водії водіїв водители водителей пасажири пасажирів пассажиры пассажиров пассажирки пассажирок
пассажира водителя жителя работника сотрудника
пасажирки пасажирок работников
работники сотрудников сотрудники пациентов пацієнтів
онуків батьків сыновей дочерей внуков
люди людей людини осіб особи потерпілих потерпілі потерпевших потерпевшие цивільних цивільні мешканців мешканці дітей діти чоловіків жінок жінки
чоловіки підлітки підлітків пенсіонерів рятувальників рятувальники військових військові
поліцейських медиків працівників жителів дорослих дорослі мирних громадян бійців бійці
patients колег колеги
коллег коллеги пацієнти пациенты електромонтери електромонтерів электромонтеры листоноші
бойцов бойца бойцы военнослужащего
человек человека мирных жителей жители детей дети мужчин женщин мужчины женщины подростков
подростки пенсионеров спасателей военных военнослужащих взрослых взрослые граждан
""".split())
PERSON_SINGULAR = frozenset("""
person civilian resident child kid man woman boy girl teenager teen adult soldier serviceman
rescuer firefighter medic officer worker pensioner individual infant baby toddler journalist
volunteer passenger driver employee local inhabitant minor policeman paramedic
людина людину особа особу цивільний цивільна мешканець мешканка мешканця дитина дитину
дитини чоловік чоловіка жінка жінку хлопчик хлопчика дівчинка дівчину підліток підлітка
пенсіонер пенсіонерка пенсіонерку рятувальник військовий військового водій водія поліцейський
медик працівник працівниця жителька пасажир пасажира пасажирка пасажирку мешканку
husband wife son daughter mother father brother sister grandson granddaughter grandmother
grandfather teacher doctor nurse farmer fisherman онук онука онуку онучка онучку внук внука
внучка внучку дружина дружину син сина донька доньку дочка дочку мати матір батько батька брат
брата сестра сестру муж мужа жена жену сын сына дочь мать отец отца
мужчина мужчину женщина женщину ребенок ребенка мальчик мальчика девочка девочку подросток
подростка пенсионер пенсионерка пенсионерку спасатель военный военнослужащий водитель
житель жительница пассажир пассажирка пассажирку водителя жителя жительницу
потерпілий потерпілого потерпіла потерпілу потерпевший потерпевшего потерпевшая потерпевшую
гражданский гражданская гражданин гражданина гражданку жителька жительку хлопець хлопця юнак юнака дівчина дівчину парень парня девушка девушку
супруг супруга супругу
дівчинку мама маму бабуся бабусю бабця бабцю дідусь дідуся тато тата малюк малюка немовля
школяр школяра школярка школярку студент студента студентка студентку
мама маму папа папу бабушка бабушку дедушка дедушку младенец младенца школьник школьника
школьница школьницу студентку
mom mum dad grandma grandpa schoolboy schoolgirl student
фельдшер фельдшера фельдшерка фельдшерку лікар лікаря лікарка лікарку медсестра медсестру
медика працівника співробітник співробітника співробітниця співробітницю охоронець охоронця
продавчиня продавчиню тракторист тракториста електрик електрика енергетик енергетика
врач врача медсестру работник работника сотрудник сотрудника сотрудница сотрудницу
охранник охранника продавец продавца продавщица продавщицу электрик электрика
watchman shopkeeper electrician lineman engineer sailor seaman member assistant guard miner
моряк моряка інженер інженера инженер инженера энергетик энергетика
громадянин громадянина громадянка громадянку citizen national foreigner seafarer
пенсіонера пенсіонерки пенсионера пенсионерки
машиніст машиніста машинист машиниста помічник помічника помощник помощника вчитель вчителя
вчителька вчительку учитель учителя учительница учительницу покупець покупця покупниця
покупницю покупатель покупателя покупательница покупательницу рятувальника спасателя
поліцейського поліцейська поліцейську полицейский полицейского таксист таксиста волонтер
волонтера волонтерка волонтерку журналіст журналіста журналістка журналістку журналист
журналиста фермер фермера комбайнер комбайнера conductor кондуктор кондуктора провідник
провідника провідниця провідницю проводник проводника проводница проводницу пациент
пациента пациентка пациентку пацієнт пацієнта пацієнтка пацієнтку пара пару
patient електромонтер електромонтера електромонтерка электромонтер электромонтера листоноша
листоношу почтальон почтальона почтальонша слюсар слюсаря слесарь слесаря оператор оператора
колега колегу коллега коллегу
мужчине женщине ребенке ребёнке жителе жительнице человеке пенсионере пенсионерке подростке
""".split())
FILLERS = frozenset("""
was were is are been be being has have had reportedly also later fatally seriously severely
critically slightly lightly badly reported were confirmed now rose risen climbed increased
reached stands stood to at more others other another additional further total overall
all in total of them including toll the lost their claimed among known believed feared
thought presumed to стали серед среди
ще також тоже також еще ещё було були був була є есть дістали отримали отримав отримала
зазнав зазнала зазнали зазнало дістав дістала shrapnel minor serious осколочные осколочное
осколочных осколкові осколкове уламкові уламкове уламкових тяжкі тяжелые легкі легкие
был была было были оказались оказался оказалась sustained suffered received blast вибухову вибухові вибухових взрывные взрывную
traumatic травматичну травматическую a an
росіяни окупанти рашисти россияне оккупанты
light легке легку легкое легкую тяжке тяжку тяжкое тяжелое тяжелую
минно-взрывную минно-взрывные мінно-вибухову мінно-вибухові слепые сліпі слепое сліпе
получили получил получила зазнали зросла зросло зріс сягнула становить вирос выросло выросла
возросло возросла достигло составляет до вже уже щонайменше ранее раніше
тоді тогда тепер теперь
mortally смертельно смертельне смертельні смертельные extensive multiple numerous severe обширные обширных множественные многочисленные численні
множинні сильні сильные
серьезные серьёзные серьезную серьёзную серйозні серйозну серйозних важкі важку важке важких
тяжёлые тяжёлую тяжких
""".split())
QUALIFIERS: list[tuple[tuple[str, ...], str]] = [
    (("more", "than"), "more than"), (("no", "fewer", "than"), "at least"),
    (("not", "less", "than"), "at least"), (("at", "least"), "at least"), (("over",), "more than"),
    (("up", "to"), "up to"), (("about",), "about"), (("around",), "about"),
    (("nearly",), "about"), (("almost",), "about"), (("approximately",), "about"),
    (("roughly",), "about"), (("some",), "about"),
    (("понад",), "more than"), (("більше",), "more than"), (("більш", "ніж"), "more than"),
    (("більш", "як"), "more than"), (("щонайменше",), "at least"), (("принаймні",), "at least"),
    (("не", "менше"), "at least"), (("не", "менш", "як"), "at least"), (("близько",), "about"),
    (("майже",), "about"), (("приблизно",), "about"), (("более",), "more than"),
    (("больше",), "more than"), (("свыше",), "more than"), (("не", "менее"), "at least"),
    (("по", "меньшей", "мере"), "at least"), (("как", "минимум"), "at least"),
    (("около",), "about"), (("почти",), "about"), (("примерно",), "about"),
]
CONJUNCTIONS = frozenset({"and", ",", "і", "та", "й", "и"})
BOUNDARY_WORDS = frozenset("""
in on at near when after as by from while but during into onto with where which who that
в у на під біля коли після внаслідок від під час через по за при около возле после когда
""".split())
SKIP_OPENERS = frozenset({"including", "among", "зокрема", "серед", "в тому", "в том",
                           "среди", "включая", "з", "із", "of"})

SKIP_PHRASES = frozenset({("в", "том", "числе"), ("у", "тому", "числі"), ("в", "тому", "числі"),
                           ("among", "them", "a"), ("among", "them", "two")})

ZERO_BOTH = re.compile(
    r"\bno (?:casualties|victims|one was (?:hurt|harmed|killed or (?:injured|wounded|hurt)))\b|"
    r"\bnobody was (?:hurt|harmed|killed or (?:injured|wounded))\b|\bwithout casualties\b|"
    r"\bno (?:deaths|one killed) or injur\w+|\bno casualties\b|\bcasualties were not reported\b|"
    r"\bбез жертв\b|\bбез постраждалих\b|\bбез пострадавших\b|\bніхто не постраждав\b|"
    r"\bникто не пострадал\b|\bжертв (?:немає|нема|нет)\b|\bпостраждалих (?:немає|нема)\b|"
    r"\bпострадавших нет\b|\bне постраждав ніхто\b|\bне пострадал никто\b|"
    r"\bзагиблих (?:і|та|й) поранених (?:немає|нема)\b|\bпогибших и раненых нет\b|"
    r"\bбез загиблих (?:і|та|й) поранених\b|\bбез погибших и раненых\b|"
    r"\bno (?:one|body) was (?:killed|hurt) or (?:injured|wounded|hurt)\b|\bnobody was hurt\b|"
    r"\bpeople were not (?:injured|hurt|harmed)\b|"
    r"\bлюди не (?:постраждали|пострадали)\b|\bобійшлося без (?:жертв|постраждалих|потерпілих)\b|"
    r"\bбез потерпілих\b|\bпотерпілих (?:немає|нема)\b|"
    r"\bобошлось без (?:жертв|пострадавших)\b|"
    # "Пострадавших и разрушений нет", "постраждалих та руйнувань немає"
    r"\b(?:пострадавших|постраждалих|потерпілих|жертв)\s+(?:и|та|і|й)\s+"
    r"(?:разрушений|руйнувань|повреждений|пошкоджень)\s+(?:нет|немає|нема)\b|"
    # "There were no reports of casualties", "no casualties have been reported"
    r"\bno (?:immediate )?reports? of (?:any )?(?:casualties|victims|injuries)\b|"
    r"\bno casualties (?:were|have been|had been) reported\b|"
    r"\bінформаці\w* про (?:постраждалих|жертв|потерпілих) не надход\w*|"
    r"\bпро (?:постраждалих|жертв|потерпілих) не повідомля\w*|"
    r"\bинформаци\w* о (?:пострадавших|жертвах) не поступ\w*|"
    r"\bо (?:пострадавших|жертвах) не сообща\w*|"
    # "No staff were hurt", "Працівники не постраждали", "Пассажиры не пострадали"
    r"\bno (?:staff|employees|workers|personnel|passengers|residents|civilians|crew)"
    r"(?:\s+members)?\s+(?:were|was)\s+(?:hurt|harmed|injured)\b|"
    r"\b(?:працівники|співробітники|пасажири|мешканці|сотрудники|работники|пассажиры|жители)"
    r"\s+не\s+(?:постраждали|пострадали)\b|"
    # "Загиблих та постраждалих серед працівників залізниці немає"
    r"\b(?:загиблих|постраждалих)\s+(?:і|та|й)\s+(?:постраждалих|поранених)\s+серед\s+"
    r"(?:[\w'’-]+\s+){1,3}?(?:немає|нема)\b",
    re.IGNORECASE)
ZERO_KILLED = re.compile(
    r"\bno (?:one|body) was killed\b|\bnobody was killed\b|\bno deaths\b|\bno fatalities\b|"
    r"\bзагиблих (?:немає|нема)\b|\bпогибших нет\b|\bбез загиблих\b|\bбез погибших\b|"
    r"\bніхто не загинув\b|\bникто не погиб\b", re.IGNORECASE)
ZERO_INJURED = re.compile(
    r"\bno (?:one|body) was (?:injured|wounded)\b|\bnobody was (?:injured|wounded)\b|"
    r"\bno injuries\b|\bпоранених (?:немає|нема)\b|\bраненых нет\b|\bбез поранених\b|"
    r"\bбез раненых\b|\bніхто не (?:був )?поранений\b|\bникто не (?:был )?ранен\b|"
    r"\bтравмованих (?:немає|нема)\b|\bтравмированных нет\b",
    re.IGNORECASE)



#: month words: a number beside one is a day of the month ("Dec. 15", "23 лютого")
MONTHS = frozenset("""
january february march april may june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec січня лютого березня квітня травня червня липня серпня
вересня жовтня листопада грудня січень лютий березень квітень травень червень липень серпень
вересень жовтень листопад грудень января февраля марта апреля мая июня июля августа сентября
октября ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь
декабрь
""".split())
#: a number after one of these is an age: "aged 64 and 68", "віком 45", "в возрасте 70"
AGE_BEFORE = frozenset({"aged", "age", "ages", "віком", "возрасте", "вік"})
#: a number before one of these is an age or a year: "45 років", "1957 года рождения"
YEAR_AFTER = frozenset("""
years year yrs років роки рік року р лет года год г
""".split())

#: what may follow a year of birth or an age: "1974 року народження", "70 years old"
AGE_TAIL = frozenset({"народження", "рождения", "old", "р", "г", "н", "."})
#: a relative pronoun after a person: "a woman, who was 64, was hurt", "жінка, яка загинула"
RELATIVES = frozenset("""
who який яка яке які котрий котра которая который которые кто
""".split())

#: things a number may count that are no people: "пострадали 11 автомобилей", "5 houses hit"
THINGS = re.compile(
    r"^(?:cars?|vehicles?|buildings?|houses?|homes?|apartments?|flats?|windows?|garages?|"
    r"schools?|shops?|trucks?|buses|автомоб\w*|авто|автівк\w*|машин\w*|будин\w*|будівл\w*|"
    r"домів|домов|дома|квартир\w*|здани\w*|вікон|окон|гараж\w*|об'єкт\w*|объект\w*|"
    r"споруд\w*|сооружени\w*|магазин\w*|шк[оі]л\w*|вантажів\w*|грузовик\w*)$")

#: taken to hospital or treated, said as one word ("hospitalized"): "was taken to hospital",
#: "received medical help", "доправили до лікарні", "доставлен в больницу"
TO_HOSPITAL = re.compile(
    r"\b(?:taken|rushed|brought|admitted|evacuated) to (?:a |the )?(?:hospital|medical facility)|"
    r"\b(?:доставил\w*|доправил\w*|відвезл\w*|доставлен\w*|доправлен\w*) (?:до|в|у) (?:лікарн\w*|"
    r"медзаклад\w*|больниц\w*)|\b(?:доставили|доставлен\w*|увезли) в (?:больниц\w*|"
    r"медучрежден\w*|стационар)|\b(?:received|sought|needed|required) (?:medical |first )?"
    r"(?:help|assistance|treatment|aid|care)\b|\b(?:звернул\w*|звернув\w*) (?:по|за) (?:медичн\w* )?"
    r"допомог\w*|\bобратил\w* за (?:медицинской )?помощью", re.IGNORECASE)
#: a death told as lives taken: "claimed the lives of two", "забрав життя двох людей",
#: "унес жизни трёх человек" (one word, "killed", for the figure reader)
TOOK_LIVES = re.compile(
    r"\b(?:claimed|took|cost) the li(?:fe|ves) of|\b(?:забра\w*|обірва\w*|вкоротив\w*) житт\w*|"
    r"\b(?:унес\w*|забра\w*|оборва\w*) жизн\w*", re.IGNORECASE)
#: a possessive before a listed person: "a woman and her two children"
POSSESSIVES = frozenset("her his their its його її їхні їхню їхніх его ее её их".split())

#: word starts of casualty words: a sentence without one has no casualty figure
CASUALTY_STARTS = (
    "hospital", "injur", "wound", "hurt", "died", "dead", "kill", "perish", "casualt", "victim",
    "госпітал", "госпитал", "лікарн", "больниц", "ранен", "поранен", "загин", "загибл", "погиб",
    "помер", "умер", "скончал", "постражд", "пострада", "травм", "жертв", "вбит", "убит",
    # every other start of a KILLED or INJURED word, and of the zero phrases' words
    "die", "death", "fatalit", "lives", "bodies", "вбил", "убил", "смерт", "помира", "поранил",
    "ранил", "burn", "опік", "ожог", "потерпіл", "потерпевш", "поранив", "вбив", "житт", "жизн",
    "amputat", "ампутац", "concuss", "контуз", "контуж", "спасти", "врятув", "save", "toll",
    "баротравм")

#: a singular victim noun after "there is" stands for one: "є загиблий", "есть погибший"
ONE_VICTIM = frozenset("""
загиблий загибла поранений поранена постраждалий постраждала потерпілий потерпіла погибший
погибшая раненый раненая пострадавший пострадавшая
""".split())
THERE_IS = frozenset({"є", "есть", "имеется", "маємо", "имеем"})
#: a pair of people said as one noun: "a married couple", "подружжя пенсіонерів"
COUPLES = frozenset({"couple", "подружжя", "супруги", "супругов", "пара"})

#: words between a number and its person noun: "27 other people", "two more civilians"
OTHER_WORDS = frozenset("""
other more additional further інших інші інша інший других другие другой ещё еще
""".split())

#: after a figure: it is spread over several places ("in different settlements")
SPREAD = re.compile(
    r"^\s*(?:in|across) (?:different|various|several|multiple) (?:settlements|places|towns|"
    r"villages|communities|districts)\b|^\s*(?:у|в) (?:різних|кількох|декількох|разных|"
    r"нескольких) (?:населених|населенных|громадах|селах|селах|містах|городах|районах)",
    re.IGNORECASE)
#: dashes that may stand between an elided figure and its place ("одна людина – в X")
DASHES = frozenset({"-", "–", "—"})

ELISION_PREPOSITIONS = frozenset("""
near in at around on outside by у в біля під поблизу на неподалік возле около под
""".split())

_TOLL_RISE = (
    r"(?:\b(?:rose|risen|climbed|reached|increased|jumped|grew|stands at|stood at|is now|is|"
    r"зросла|зросло|сягнула|досягла|становить|выросло|выросла|возросло|возросла|достигло|"
    r"составляет|увеличил(?:ось|ась)|збільшил(?:ася|ось))\s+(?:to\s+|до\s+|at\s+)?(?:(?:from|з|с)\s+[\w'’-]+\s+(?:to|до)\s+)?|"
    r"(?<=\w):\s*|[—–]\s*(?:вже|уже)\s+)"  # "rose from 11 to 15", "кількість поранених у Сумах:
    # 10", "зросла кількість загиблих внаслідок удару по Києву — вже 7"
    r"(?:(at least|more than|over|понад|щонайменше|более|не менее)\s+)?([\w'’-]+)")
#: what may stand between a toll's noun and its figure: no sentence end (a dot after an
#: abbreviation before a number may: "the Sept. 17 attack")
_TOLL_GAP = r"(?:[^.;]|\.(?= \d)){0,140}?"
TOLL = re.compile(
    r"\b(?:(?:death )?toll|number of (?:the |people |those )?(?:dead|killed|fatalities)|"
    r"кількість загиблих|число погибших|количество погибших|кількість жертв|число жертв)\b"
    + _TOLL_GAP + _TOLL_RISE, re.IGNORECASE)
#: "victims now number four": in these reports a victim is someone hurt
TOLL_INJURED = re.compile(
    r"\b(?:number of (?:the |people |those )?(?:injured|wounded|victims)|"
    r"кількість (?:поранених|постраждалих)|число (?:раненых|пострадавших)|"
    r"количество (?:раненых|пострадавших))\b" + _TOLL_GAP + _TOLL_RISE, re.IGNORECASE)
#: "bringing the death toll from Wednesday's strike to 34": the toll now
TOLL_BROUGHT = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|pushing|pushes)\s+the\s+"
    r"(?:overall\s+|total\s+)?(?:(?:death\s+)?toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+"
    r"(?:the\s+|people\s+)?(?:dead|killed))\b[^.;]{0,60}?\bto\s+"
    r"(?:(at least|more than|over)\s+)?([\w'’-]+)", re.IGNORECASE)
#: a death told as news after the strike: "later died in hospital", "пізніше у лікарні помер"
_DIED = r"(?:died|dies|passed away|succumbed|помер\w*|помира\w*|умер\w*|скончал\w*|загинул\w*)"
_LATER = (r"(?:later|subsequently|in (?:the )?hospital|пізніше|згодом|позже|позднее|"
          r"впоследствии|(?:у|в) лікарні|в больнице|of (?:his|her|their) (?:injuries|wounds)|"
          r"від (?:отриманих )?(?:поранень|травм)|от (?:полученных )?(?:ранений|травм))")
LATER_DEATH = re.compile(rf"\b{_LATER}\b[^.;]{{0,60}}?\b{_DIED}|\b{_DIED}\b[^.;]{{0,40}}?\b{_LATER}",
                         re.IGNORECASE)

#: a qualifier as written (lower case, e.g. TOLL's) -> its normalised English label
QUALIFIER_WORDS = {" ".join(words): label for words, label in QUALIFIERS}
