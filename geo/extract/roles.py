"""What a place mention is doing in its sentence.

Only a mention with the role :data:`PLACE` can be an attack location (and only
when its clause says an attack happened: see :mod:`geo.extract.pipeline`).
The other roles are:

* ``actor``  - a capital or state speaking or acting ("Moscow said", "warning to
  Moscow", "Moscow's position", "the Kremlin");
* ``venue``  - a meeting place ("talks in Istanbul", "the Istanbul meetings"), or a town's
  hospital where the wounded were taken ("больницу Скадовска", "Kharkiv regional hospital");
* ``title``  - part of an official's title ("Kharkiv Mayor Ihor Terekhov", "the
  governor of Belgorod region", "мер Харкова"); it becomes the location only
  when its sentence names no other place;
* ``trap``   - a name that is not the place here: a river ("the Dnipro river",
  "the Dnipro", "на Дніпрі"), a nuclear plant ("the Zaporizhzhia nuclear power
  plant"), a district or street named after another city ("Kyivskyi district",
  "Київському районі");
* ``launch`` - where weapons came from ("drones launched from Kursk region");
* ``media``  - a newspaper ("Kyiv Independent", "Kyiv Post");
* ``dateline`` - where a wire story was filed ("KYIV, July 22 (Reuters) -");
* ``unit``   - a military unit or a weapon named after a place ("the Khortytsia group
  of forces", "РСЗО «Град»");
* ``qualifier`` - a region written with a place to say where it is ("Kupiansk, Kharkiv
  Oblast"; set once the place is found in it, see :mod:`geo.extract.qualifiers`).
* ``raion`` - a town's adjective before "район" with no city named beside it ("у
  Лубенському районі", "в Рыльском районе"): an oblast's raion or a city's district;
  once resolved, an attack location at raion precision when its town is the raion's
  seat and no city is named nearby, else a trap (see :mod:`geo.extract.analysis`).

"The Pokrovsk direction", "the Pokrovsk region", "near Pokrovsk" keep the role
PLACE: they are about Pokrovsk.
"""
from __future__ import annotations

import re

from geo.extract.gate import search_gated as _before
from geo.extract.gate import sentence_words
from geo.extract.journeys import (aimed_or_left, ends_of_a_service, launched_from, may_be_journey,
                                  taken_there)
from geo.extract.not_hit import only_locates

_WINDOW = 80
PLACE, ACTOR, VENUE, TITLE, TRAP, LAUNCH, MEDIA, DATELINE, UNIT, QUALIFIER, RAION = (
    "place", "actor", "venue", "title", "trap", "launch", "media", "dateline", "unit",
    "qualifier", "raion")

_I = re.IGNORECASE

_RIVER_AFTER = re.compile(
    r"^\s+(?:river|riverbank|river bank|reservoir|estuary|delta|valley|basin|sea|bridge|"
    r"річк\w*|рік\w*|рек\w*|водосховищ\w*|водохранилищ\w*|мор[еяюі]|морем|мост\w*|міст)\b",
    _I)                                  # (a bridge named after a town: "Антонівського мосту")
#: a street named after a place: "Tykha Street", "вулиця Шевченка", "на ул. Харьковской"
_STREET_AFTER = re.compile(r"^\s+(?:Street|St\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.?)(?!\w)")
_STREET_BEFORE = re.compile(
    r"(?:\bвул\.|\bвулиц[яіюе]|\bул\.|\bулиц[аеуы]|\bпросп\.|\bпроспект[іеу]?|"
    r"\bбульвар[іеу]?|\bпровулк[уі]|\bпереулк[еу]|\bstreet|\bплощ[аіеу])"
    r"(?:\s+(?:Героїв|Героев|Захисників|Защитников|Визволителів|Освободителей|Академіка|"
    r"Академика|Генерала|Маршала|Гетьмана|Князя|Святого|Адмірала|Адмирала|Професора|"
    r"Профессора|Полтавський|Харківський|Київський|Старий|Новий|Великий|Мала|Велика|"
    # a first name in the genitive before the surname: "вулиці Богдана Хмельницького"
    r"(?-i:[А-ЯІЇЄҐЁ])[а-яіїєґё'’]{2,}(?:а|я|и|і)))?\s*$|"
    r"\b(?:Героїв|Героев|Heroes\s+of(?:\s+the)?)\s+$", _I)    # "... и Героев Бреста"
#: a quote closing right after a name or a few words after it («Азов», «Білі янголи»)
_QUOTE_CLOSES = re.compile(r"^(?:\s+[\w'’ʼ-]+){0,3}\s*[»”]")
_QUOTE_OPENS = re.compile(r"[«“](?:[\w'’ʼ]+-)?$")          # («ВНИИР-Прогресс»)
#: where a speaker spoke from: "сообщил из Курска", "said from Kyiv"
_SAID_FROM_BEFORE = re.compile(
    r"\b(?:сообщил\w*|заявил\w*|сказал\w*|рассказал\w*|повідомил\w*|повідомив|заявив|"
    r"сказав|розповів|said|told reporters|spoke|speaking|reported|wrote)\s+(?:из|з|із|зі|from)\s+$|"
    # "in his nightly address from Kyiv", "Speaking to reporters in Odesa"
    r"\b(?:address|statement|speech|briefing|remarks)\s+(?:from|in)\s+$|"
    r"\bspeaking\s+(?:to\s+(?:\w+\s+){1,2})?(?:in|from)\s+$|"
    # "виступаючи в ефірі з Одеси", "выступая в эфире из Одессы": where the speaker was
    r"\b(?:виступаючи|выступая|говорячи|говоря)\s+(?:\w+\s+){0,3}?(?:з|із|зі|из)\s+$|"
    r"\b(?:в|у)\s+(?:ефірі|эфире)\s+(?:\w+\s+)?(?:з|із|зі|из)\s+$|"
    # "Губернатор, находившийся в этот момент в Инкермане, ...": where the official was
    r"\b(?:губернатор|глав[аы]|голов[аи]|мэр|мер|начальник|президент|министр|міністр|governor|"
    r"mayor|president|minister)\w*\b[^.;]{0,40}?\b(?:находивш\w+|находясь|перебуваючи|"
    r"перебував\w*|who\s+was)\s+(?:в\s+(?:этот|тот)\s+момент\s+|в\s+цей\s+момент\s+|"
    r"at\s+the\s+time\s+)?(?:в|у|во|in)\s+$|"
    # "officials initially said the missile struck Kramatorsk, but later clarified ..."
    r"\binitial(?:ly)?\s+(?:said|reported|claimed|reports?\s+said)\s+(?:that\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:struck|hit|targeted|landed\s+in|was\s+in)\s+$", _I)
#: where fire came from: "обстріл окупантами Запоріжжя з Василівки", "в'їзд з боку Семенівки"
#: (not a person's town: "загинула жінка з Покровська")
_FIRED_FROM_BEFORE = re.compile(
    r"\b(?:обстріл\w*|обстрел\w*|вогонь|огонь|стріля\w*|стреля\w*|гатил\w*|били|бьют)\s+"
    r"(?:(?!загин|погиб|поранен|ранен|жін|жен|чолов|мужч|мешкан|жител|дит|люд|хлоп|дівч|девоч|"
    r"пенсіонер|пенсионер)[\w'’-]+\s+){0,3}?(?:з|із|зі|из|со|с)\s+$|"
    r"\b(?:з|із|зі|со|с)\s+(?:боку|сторони|стороны)\s+$", _I)
#: a ship's flag: "судно під прапором Панами", "под флагом Либерии", "flying the flag of"
_FLAG_BEFORE = re.compile(r"(?:\bпід\s+прапором|\bпод\s+флагом|\bflag\s+of)\s+(?:the\s+)?$", _I)
#: a facility named after a city, told where it is: "Bryansk chemical plant in Seltso", "the
#: Kharkiv Tractor Plant ... in" (the city names the plant, the other place is hit)
_FACILITY_ELSEWHERE_AFTER = re.compile(
    r"^\s+(?:[A-Za-z-]+\s+){0,2}?(?:plant|refinery|factory|works|depot|airfield|air base|airbase|"
    r"terminal|combine)\s+(?:in|near|at|outside)\s+(?:the\s+(?:village|town|city)\s+of\s+)?"
    r"(?!(?:[\w'’-]+\s+){1,2}(?:Oblast|oblast|region|Region|Krai|krai|Republic|province))"
    r"[A-ZА-ЯІЇЄҐЁ]")
_NUCLEAR_AFTER = re.compile(
    r"^\s+(?:nuclear|NPP|N\.P\.P|atomic|АЕС|АЭС|атомн\w*)", _I)
_ADJECTIVE_NAME = re.compile(
    r"(?:s[kc]yi|s[kc]yy|s[kc]iy|s[kc]ij|s[kc]y|s[kc]a|s[kc]e|s[kc]oye|s[kc]aya|zkyi|ckyi|"
    r"ськ\w{1,3}|цьк\w{1,3}|зьк\w{1,3}|ск(?:ий|ая|ое|ого|ом|ому|ой|ую)|"
    r"цк(?:ий|ая|ое|ого|ом|ому|ой)|"
    # the city districts' adjectives not in -ський: "Центральному", "Корабельний", "Соборному",
    # "Металургійному", "Индустриальном", "Tsentralnyi", "Korabelnyi"
    r"(?:альн|ельн|ійн|орн|ийн|ічн|ечн)(?:ий|ого|ому|ім|ий|ый|ом|ой|ая|ое)|"
    r"(?:aln|eln|iin|orn)(?:yi|yy|iy|ij|y)|s[kc]oy|s[kc]oi)$",
    _I)
#: a place the text only locates another by: "Nikopol, across the Dnipro from the
#: Russian-occupied Zaporizhzhia nuclear plant", "opposite Enerhodar"
_ACROSS_FROM = re.compile(
    r"\b(?:across\s+(?:[\w'’-]+\s+){0,4}?from|opposite|навпроти|напротив)\s+(?:the\s+)?"
    r"(?:(?:Russian|Ukrainian)[- ](?:occupied|held|controlled)\s+|окупован\w+\s+|"
    r"оккупированн\w+\s+)?$", _I)
_DISTRICT_AFTER = re.compile(
    r"^\s+(?:district|raion|rayon|neighbou?rhood|microdistrict|street|avenue|highway|road|"
    r"square|bridge|boulevard|lane|market|park|station|район\w*|р-н\w*|округ\w*|мікрорайон\w*|"
    r"микрорайон\w*|вулиц\w*|улиц\w*|проспект\w*|шосе|шоссе|площ\w*|бульвар\w*|узвіз\w*|"
    r"ринк\w*|рынк\w*|вокзал\w*)\b", _I)
#: "Nikopol district", "the Nikopol and Synelnykove districts": a raion named by its seat
_LATIN_RAION_AFTER = re.compile(
    r"^(?:\s+(?:(?:urban|municipal)\s+)?(?:district|raion|rayon|okrug)s?\b|"
    r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]*)+\s+(?:districts|raions|rayons)\b)", _I)
#: "у Лубенському районі"; "округ": Belgorod Oblast's raions became municipal okrugs
#: ("Грайворонского округа", "Грайворонского городского округа"); a list needs the plural ("у Кременчуцькому й Лубенському районах")
_RAION_AFTER = re.compile(
    r"^(?:\s+(?:district|raion|rayon|район\w*|р-н\w*|округ\w*|"
    r"(?:городск|муниципальн|міськ)\w*\s+округ\w*)\b|"
    r"(?:(?:\s*,\s*|\s+(?:та|і|й|и|and)\s+)[A-ZА-ЯІЇЄҐ][\w'’ʼ-]*)+\s+"
    r"(?:districts|raions|районах|районів|райони|районы|районов|районами|округах|округов|"
    r"району|района)\b)",
    _I)
#: after "район": a region's adjective ("районе Курской области") or an acronym ("районі КАБ"),
#: not the city whose district it would be
_REGION_OR_ACRONYM = re.compile(
    r"^\s+(?:[A-ZА-ЯІЇЄҐЁ]{2,}(?:[а-яіїєґё]{1,4})?\b|(?:БпЛА|FPV)\b|"
    r"[\w'’-]+\s+(?i:област|облас|oblast|region|регіон|регион|"
    r"кра[йюя]|республік|республик)|[А-ЯІЇЄҐЁ][\w'’-]*(?:щин|чин)[иіуаою]\b)")  # "Київщини"
#: "Kharkiv Oblast's Kupiansk district", "the Kupiansk district of Kharkiv Oblast": a raion
#: of the region, not a city's district
_REGION_OWNS_BEFORE = re.compile(r"\b(?:oblast|region|province)['’]s\s+$", _I)
_REGION_AFTER_OF = re.compile(
    r"^\s+of\s+(?:the\s+)?[A-Z][\w'’-]*\s+(?:oblast|region|province)\b", _I)
_DISTRICT_NAME = re.compile(r"\s(?:district|raion|rayon|район\w*|р-н)$", _I)
_POSSESSIVE_END = re.compile(r"['’]s\s+$")
_CITY_AFTER = re.compile(r"^\s+(?:of\s+(?:the\s+city\s+of\s+)?)?[A-ZА-ЯІЇЄҐ]")
_TITLE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:mayor|governor|head|chief|deputy|city council|city hall|regional|"
    r"oblast (?:military |state )?administration|military administration|authorities|"
    r"officials?|police|prosecutors?|RMA|OVA|MVA|CMA|ODA|emergency|mayor['’]s|"
    r"military-civilian|administration|council|ОВА|МВА|ОДА|РВА|ВЦА|ГВА|ГВА|міськ\w+ голов\w*|"
    r"міськрад\w*|обласн\w+ (?:військов\w+ |державн\w+ )?адміністрац\w*|адміністрац\w*|"
    r"администрац\w*|городск\w+ глав\w*|облвоенадминистрац\w*|влад\w*|власт\w*|поліці\w*|"
    r"полици\w*|прокуратур\w*|(?:обласн|областн|міськ|городск|окружн|районн)\w+ (?:прокуратур|"
    r"поліці|полици|рад|управлінн|управлени|енерг|энерг)\w*|райуправлінн\w*|райуправлени\w*|"
    r"(?:районн\w+ )?(?:управлінн|управлени)\w* (?:поліці|полици)\w*)", _I)
    # "Донецька обласна прокуратура:", "Краматорська окружна прокуратура", "Чернігівського
    # райуправління поліції"
_TITLE_BEFORE = re.compile(
    r"(?:\bmayor|\bgovernor|\bhead|\bchief|\badministration|\badministrator|\bauthorities|"
    r"\bofficials?|"
    r"\bpolice|\bcouncil|\bprosecutor['’]?s?)\s+(?:office\s+)?(?:of|in|for)\s+(?:the\s+)?"
    r"(?:(?:Russian-|Russia-)?occupied\s+)?$|"      # "officials in occupied Donetsk said"
    r"(?:\bмер(?:а|у|ом)?|\bміськ\w+ голов\w*|\bголов(?:а|и|і|ою)|\bначальник\w*|\bочільник\w*|"
    r"\bгубернатор\w*|\bглав(?:а|ы|е|у)|\bмэр\w*|\bкерівник\w*|\bруководител\w*|"
    r"\bадміністрац\w*|\bадминистрац\w*|\bполіці\w*|\bполици\w*|\bвлад(?:а|и|і)|"
    r"\bвласт(?:и|ей))\s+(?:\w+\s+)?$|"
    r"\b(?:глав(?:а|ы|е|у)|голов(?:а|и|і|ою))\s+(?:муниципальн\w+|городск\w+|сельск\w+|"
    r"міськ\w+|сільськ\w+|селищн\w+)\s+(?:округ\w*|поселени\w*|громад\w*|рад\w*)\s+$", _I)
    # "Глава муниципального округа Ясиноватая сообщил"
_ATTRIBUTION_BEFORE = re.compile(r"(?:[:]|\s[-–—])\s*$")
#: the words of a road named by its ends ("the Kursk-Rylsk highway", "трасса Рыльск – Дурово";
#: :mod:`geo.extract.roads`)
ROAD_WORDS = (r"highway|road|motorway|route|трас\w*|автодорог\w*|автомобильн\w+ дорог\w*|"
              r"автомобільн\w+ дорог\w*|автошлях\w*|шосе|шоссе|дорог\w*|дорозі")
#: "the road between Kupiansk and Kurylivka": the road's ends, no parties to talks
ROAD_BETWEEN_BEFORE = re.compile(
    rf"\b(?:{ROAD_WORDS})\s+(?:between|між|между)\s+(?:\S+\s+){{0,3}}?"
    r"(?:(?:and|та|і|й|и)\s+)?$", _I)
#: "на трассе Алешки — Мелитополь.": a road's far end after its dash, no attribution
_ROAD_END_BEFORE = re.compile(rf"\b(?:{ROAD_WORDS})\s+[\w’'-]+\s+[-–—]\s*$", _I)
_ATTRIBUTION_AFTER = re.compile(
    r"^\s*(?:(?:military|officials?|government|says|said|reports?|ministry|army|authorities)\b"
    r"[\w\s]*)?[.!?\"”]*\s*$", re.IGNORECASE)
_ACTOR_AFTER = re.compile(
    r"^(?:['’]s\s+(?:position|actions?|forces|army|military|government|officials?|leadership|"
    r"spokes\w+|president|foreign|defen[cs]e|demands?|goals?|strategic|delegation|war|"
    r"invasion|aggression|response|ambassador|envoy|negotiators?|representatives?|"
    r"regime|troops|propaganda|news|media|state|allies|proposal|plan|terms|sanctions?|"
    r"economy|oil|stance|claims?|narrative|decision|refusal|readiness|intentions?|push|"
    r"offensive|advance|campaign|gains?)\b|"
    r"[-‐‑](?:annexed|occupied|controlled|held|backed|installed|appointed|allied|friendly|"
    r"led|based|adjacent|bound|born)\b|"   # "Moscow-annexed Crimea": who holds it, not a place
    r"\s+(?:military|forces|troops|army|government|regime|leadership)\b(?!\s+(?:base|bases|"
    r"facilit\w+|hospital|airfield|unit|units|positions?|depot|warehouse|target|targets))|"
    r"\s+(?:has\s+|have\s+|had\s+|does\s+|did\s+|is\s+|was\s+|will\s+|would\s+|could\s+|may\s+|"
    r"also\s+|already\s+|again\s+|now\s+|not\s+|n['’]t\s+|never\s+)*"
    r"(?:said|says|say|warned|warns|claimed|claims|accused|accuses|denied|denies|announced|"
    r"insisted|insists|rejected|rejects|responded|demanded|demands|wants|want|hopes|believes|"
    r"expects|threatened|threatens|called|calls|urged|urges|stated|vowed|agreed|agrees|"
    r"refused|refuses|told|considers|argues|signal\w*|tempered|foresee\w*|sees|blamed|blames|"
    r"points|"
    r"insists|seeks|sought|offered|proposed|proposes|insist|reacted|condemned|condemns|"
    r"welcomed|welcomes|ruled|confirmed|confirms|responded|retaliated|promised|launched|"
    r"sent|hopes|is ready|is prepared|is willing|remains|continues)\b|"
    r"\s+(?:заяв\w*|повідоми\w*|сообщи\w*|вважа\w*|считает|наполяга\w*|настаива\w*|"
    r"попереди\w*|предупреди\w*|звинува\w*|обвини\w*|відкида\w*|отверга\w*|хоче\w*|хочет|"
    r"погоди\w*|соглас\w*|відповів|ответил\w*|запусти\w*|випусти\w*|выпусти\w*)\b)", _I)
_ACTOR_BEFORE = re.compile(
    r"(?:\bwarnings?|\bpressure|\bsanctions|\btalks|\bnegotiations|\brelations|\bdeal|\bties|"
    r"\benvoys?|\bambassadors?|\bmessage|\bultimatum|\bcalls?|\bletter|\bappeal|\bdemands?|"
    r"\bdialogue|\bcontacts?|\bagreement|\bconflict|\bdeadline|\bimpatience|\bsupport|"
    r"\bleverage|\bconcessions?|\bcriticism|\brhetoric|\bpromises?|\bsignal\w*|\bofficials|"
    r"\bleaders|\bpropaganda)\s+(?:\w+\s+)?(?:to|on|with|against|from|between|for|by|in)\s+$|"
    r"\b(?:victory|win|defeat|setback|blow|success|boost)\s+(?:\w+\s+)?(?:for|to)\s+$|"
    r"\b(?:accus\w+|blam\w+|urg\w+|called on|asked|pressed|pressured|warned|told|condemned|"
    r"points? at|pointed at|points the finger at|"
    r"звинува\w*|обвиня\w*|обвини\w*|закликал\w*|призвал\w*)\s+$|"
    r"\bbetween\s+(?:\S+\s+){0,2}?(?:and\s+)?$|\bміж\s+(?:\S+\s+)?(?:і\s+|та\s+)?$|"
    r"\bмежду\s+(?:\S+\s+)?(?:и\s+)?$|"
    # "в результате террористических действий Киева", "злочинних дій Москви": its government
    r"\b(?:действи[йяе]|режима|властей|провокаци[йи]|дій|режиму|влади|провокаці[йї])\s+$|"
    # "як зазначає Кім", "сообщил Гладков": who speaks (a governor whose name a village bears)
    r"\b(?:зазнача\w*|зазначи\w*|повідоми\w*|повідомля\w*|каже|сказа(?:в|ла)|заяви(?:в|ла)|"
    r"написа(?:в|ла)|пише|уточни(?:в|ла)|дода(?:в|ла)|наголоси(?:в|ла)|сообщи(?:л|ла)|сообщает|"
    r"заяви(?:л|ла)|написа(?:л|ла)|пишет|уточни(?:л|ла)|добави(?:л|ла)|отмети(?:л|ла)|"
    r"подчеркну(?:л|ла))\s+$", _I)
#: "Жители Альметьевска", "мешканці Сум", "residents of Engels": the town's people
_RESIDENTS_BEFORE = re.compile(r"\b(?:жител\w*|мешканц\w*|жительниц\w*|residents\s+of)\s+$", _I)
_VENUE_BEFORE = re.compile(
    r"(?:\btalks|\bnegotiations|\bmeetings?|\bsummit|\bconference|\bconsultations|\bround|"
    r"\bforum|\bsigning|\bceremony|\bvisit(?:ed|ing|s)?|\btrip|\bdelegations?|\bheld|\bhosted|"
    r"\bgathered|\bmet|\bmeet|\barrived|\bflew|\btravel(?:l?ed)?|\breturned|"
    r"\bpress conference|\bbriefing|\bvenue|\btook place|\btake place|\bdiscuss\w*|"
    r"\bcounterparts?|\bобговори\w*|\bобговорю\w*|\bобсуди\w*|\bобсужда\w*|"
    r"\bпереговор\w*|\bзустріч\w*|\bвстреч\w*|\bсаміт\w*|\bсаммит\w*|\bделегац\w*|\bвізит\w*|"
    r"\bвизит\w*|\bпрова\w*|\bпроведут\w*|\bпройдут|\bвідбудут\w*|\bвідбул\w*|\bсостоял\w*|"
    r"\bсостоит\w*|\bприбу\w*|\bприлеті\w*|\bприлете\w*|\bбрифінг\w*|\bбрифинг\w*|"
    r"\bпресконференц\w*|\bпрес-конференц\w*|\bпресс-конференц\w*|\bнаходясь|\bперебуваючи)"
    r"(?:\s+[\w’'-]+){0,6}?\s+(?:in|at|to|from|у|в|во|до|на)\s+(?:the\s+)?$|"
    r"\b(?:visited|visiting|toured|touring|відвідав\w*|відвідує|посетил\w*|посещает)\s+$|"
    # where witnesses were interviewed, people went to, rescuers came from
    r"\b(?:interview\w*|опитал\w*|опросил\w*)\s+(?:\w+\s+){0,3}?(?:in|у|в)\s+$|"
    r"\b(?:виїхал\w*|выехал\w*|евакуйован\w*|эвакуирован\w*|евакуювал\w*|эвакуировал\w*|"
    r"evacuated|fled|relocated|переїхал\w*|переехал\w*)(?:\s+[\w’'-]+){0,4}?\s+"
    r"(?:to|до|в|у|во)\s+(?:the\s+)?$|"
    r"\b(?:рятувальник\w*|спасател\w*|rescuers|загін\w*|отряд\w*)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:з|із|зі|из|from)\s+(?:the\s+)?(?:[\w'’ʼ-]+(?:\s*,\s*|\s+(?:and|та|і|й|и)\s+))*$|"
    r"\b(?:said|speaking|spoke|told reporters|заявив|заявил|сказав|сказал)\s+"
    r"(?:in|at|from|у|в)\s+$",
    _I)
_VENUE_AFTER = re.compile(
    r"^\s+(?:talks|meetings?|summit|format|agreements?|accords?|process|negotiations|"
    r"platform|communiqu\w*|declaration|memorandum|talks|peace\b|round|переговор\w*|"
    r"зустріч\w*|встреч\w*|домовленост\w*|соглашени\w*|угод\w*|формат\w*|саміт\w*|"
    r"саммит\w*)|"
    # "In Brussels, EU ministers discussed ...": where they met
    r"^,\s+(?:[\w-]+\s+){1,4}?(?:discussed|met|debated|agreed|held\s+talks|convened)\b", _I)
#: weapons that "arrived": "Storm Shadow прилетіли в Бердянськ" (a hit, no visit)
_WEAPONS_FLEW = re.compile(
    r"(?:ракет\w*|дрон\w*|шахед\w*|снаряд\w*|КАБ\w*|бомб\w*|Shadow|ATACMS|HIMARS|Калібр\w*|"
    r"Калибр\w*|Іскандер\w*|Искандер\w*|БпЛА|БПЛА|безпілотник\w*|беспилотник\w*)\s+"
    r"(?:\w+\s+)?(?:прилеті\w*|прилете\w*)\s+(?:в|у|во|до|на)\s+$", _I)
#: a name something is named after ("шахты им. Гагарина", "вулиця імені Шевченка", "named
#: after Kyiv"), or a housing estate's or business's name in quotes ("массив «Солнечный»")
_NAMED_AFTER_BEFORE = re.compile(
    r"(?:\bим\.\s*|\bімені\s+|\bимени\s+|\bnamed after\s+|(?:масив\w*|массив\w*|"
    r"мікрорайон\w*|микрорайон\w*|ЖК|ТЦ|ТРЦ|агрофірм\w*|агрофирм\w*|завод\w*|шахт\w*|"
    r"підприємств\w*|предприяти\w*)\s*[«\"“„])$", _I)
#: "the toll does not include Mariupol and Volnovakha", "без урахування Маріуполя та
#: Волновахи": places left out of a count are no places hit
_EXCLUDED_BEFORE = re.compile(
    r"(?:\bexcluding|\bnot including|\bdoes not include|\bdo not include|\bwithout counting|"
    r"\bбез урахування|\bне враховуючи|\bне включаючи|\bбез учета|\bне считая|\bне включая)\s+"
    r"(?:the\s+)?(?:[\w'’ʼ-]+(?:\s*,\s*|\s+(?:and|or|та|і|й|и|або|или)\s+))*$", _I)
#: the attack told before, placed: "The incident took place in", "Інцидент відбувся у"
_INCIDENT_TOOK_PLACE = re.compile(
    r"\b(?:incident|attack|strike|explosion|shelling|інцидент|вибух|удар|обстріл)\s+"
    r"(?:t(?:ook|ake)\s+place|відбу\w*)\s+(?:in|at|у|в|на)\s+(?:the\s+)?$", _I)
#: whose workers they are: "ранена сотрудница ЗАЭС", "a worker of the Zaporizhzhia NPP" (the
#: employer, not the place hit)
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:сотрудни\w*|работни\w*|працівни\w*|співробітни\w*|employees?|workers?|"
    r"staff(?:\s+members?)?)\s+(?:of\s+(?:the\s+)?)?$", _I)
#: "Kharkiv's residential Kyiv District": a district of the city named before it
_CITY_OWNS_BEFORE = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}$")
#: a hospital named after its town ("больницу Скадовска", "Курскую областную больницу",
#: "the Kharkiv regional hospital"): where the wounded were taken, not where the attack was
_HOSPITAL_BEFORE = re.compile(
    r"\b(?:лікар(?:н|ен)\w*|больниц\w*|госпітал\w*|госпитал\w*|клінік\w*|клиник\w*|hospitals?|"
    r"clinics?|морг(?:а|у|ом|е)?(?:\s+(?:у|в))?|morgue|mortuary)\s+"
    r"(?:(?:№|No\.?|N)\s*\d+\s+)?(?:(?:міста|города|of)\s+|[гм]\.\s*)?$",
    _I)                                 # "больницу №2 Белгорода", "больницу № 2 г. Белгорода"
_HOSPITAL_AFTER = re.compile(
    r"^\s+(?:(?:обласн\w+|областн\w+|міськ\w+|городск\w+|центральн\w+|районн\w+|regional|"
    r"city|central|district|clinical|клінічн\w+|клиническ\w+)\s+){0,2}(?:лікар(?:н|ен)\w*|"
    r"больниц\w*|госпітал\w*|госпитал\w*|клінік\w*|клиник\w*|hospitals?|clinics?|"
    r"облбольниц\w*|обллікар(?:н|ен)\w*|ЦРБ|CRH)", _I)          # "в Курскую облбольницу"
#: a district's or region's hospital: "the Klintsy district hospital", "Курскую облбольницу"
_AREA_HOSPITAL_AFTER = re.compile(
    r"^\s+(?:(?:обласн\w+|областн\w+|центральн\w+|районн\w+|regional|central|district)\s+)"
    r"{1,2}(?:clinical\s+|клінічн\w+\s+|клиническ\w+\s+)?(?:лікар(?:н|ен)\w*|больниц\w*|"
    r"госпітал\w*|госпитал\w*|hospitals?)|^\s+(?:облбольниц\w*|обллікар(?:н|ен)\w*|ЦРБ|CRH)", _I)
_MEDIA_AFTER = re.compile(
    r"^\s+(?:Independent|Post|Times|Herald|Pravda|Daily|News|Telegraph|Observer|Inform)\b")
#: a newsroom named after its city: "Suspilne Sumy reported", "Суспільне Черкаси:"
_MEDIA_BEFORE = re.compile(r"\b(?:Suspilne|Суспільне|Суспильне|Общественное|"
                           r"ДТЕК|DTEK)\s+$", _I)     # "ДТЕК Київські електромережі": a company
_UNIT_AFTER = re.compile(
    r"^\s+(?:(?:operational[- ](?:strategic\s+)?|tactical\s+)?(?:group|grouping)\s+of\s+forces|"
    r"group\b|brigade|battalion|regiment|division|corps|operational|grouping|fleet|флот\w*|"
    r"оперативн\w*|угрупован\w*|бригад\w*|батальйон\w*|батальон\w*|полк\w*|дивізі\w*|"
    r"дивизи\w*|группировк\w*|групи військ|группы войск)", _I)
_WEAPON_NAME = re.compile(
    r"^(?:Grad|Hrad|Smerch|Uragan|Tornado|Iskander|Kalibr|Kinzhal|Shahed|Geran|Lancet|Tochka|"
    r"Pion|Msta|Akatsiya|Gvozdika|Solntsepyok|Buratino|Krasnopol|Bayraktar|Caesar|Krab|"
    r"Bohdana|Neptune|Neptun|Град\w*|Смерч\w*|Ураган\w*|Торнадо|Іскандер\w*|Искандер\w*|"
    r"Калібр\w*|Калибр\w*|Кинджал\w*|Кинжал\w*|Шахед\w*|Герань|Ланцет\w*|Точка|Піон|Пион|"
    r"Мста|Гвоздика|Солнцепек|Буратино|Краснопіль|Краснополь|Байрактар|Богдана|Нептун\w*|"
    r"Pantsir|Панцир\w*|Панцирь)$")              # (an air-defence system)
_WEAPON_BEFORE = re.compile(
    r"(?<!\bиз )(?<!\bз )(?<!\bіз )(?<!\bfrom )(?<!\bwith )"    # ("обстрелял из РСЗО Новую
    r"(?:MLRS|РСЗО|РСЗВ|system|системи|системы|комплекс\w*)\s*[«\"“]?\s*$", _I)  # Каховку")
_DATELINE_CAPS = re.compile(r"^(?:,|\s*\(|\s+[-—–]|/[A-ZА-ЯІЇЄҐЁ])")
#: the cities of a dateline before a name: "TALLINN/" of "TALLINN/KYIV, Oct 5 (Reuters)"
_DATELINE_CITIES_BEFORE = re.compile(r"^\s*(?:[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ'’. -]+/)+$")
_DATELINE_AFTER = re.compile(
    r"^(?:,\s*[A-Z][\w .]{0,30}?)?,?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})?"
    r"\s*\((?:Reuters|AP|AFP|Bloomberg|dpa|UNIAN|Ukrinform|Interfax|TASS|RIA)[^)]*\)\s*[-—–]")
_THE_BEFORE = re.compile(r"\bthe\s+$", _I)


def is_adjective_name(name: str) -> bool:
    """True for a place name in adjective form ("Lubenskyi", "Лубенському")."""
    return _ADJECTIVE_NAME.search(name) is not None


def mention_role(sentence: str, start: int, end: int) -> str:
    """The role of the mention ``sentence[start:end]`` (see the module docstring).

    Parameters
    ----------
    sentence : str
    start, end : int
        The mention's offsets inside ``sentence``.
    """
    # every rule looks at a few words on either side: bound the text the patterns scan
    before = sentence[max(0, start - _WINDOW):start]
    after = sentence[end:end + _WINDOW]
    name = sentence[start:end]
    if _MEDIA_AFTER.match(after) or _MEDIA_BEFORE.search(before):
        return MEDIA
    if _UNIT_AFTER.match(after) or _WEAPON_NAME.match(name) or _WEAPON_BEFORE.search(before):
        return UNIT
    if (not before.strip() or _DATELINE_CITIES_BEFORE.match(before)) and (
            name.isupper() and len(name) > 3 and _DATELINE_CAPS.match(after)
            or _DATELINE_AFTER.match(after)):
        return DATELINE                # ("TALLINN/KYIV, Oct 5 (Reuters) -": both)
    if _STREET_AFTER.match(after) or _STREET_BEFORE.search(before) \
            or _SAID_FROM_BEFORE.search(before) or _QUOTE_OPENS.search(before) \
            and _QUOTE_CLOSES.match(after):
        return TRAP                    # "along Tykha Street", "сообщил из Курска", a quoted
        # name ("корпусі НГУ «Азов»", "агрофирмы «Рыльская»"): a unit's or a firm's
    if _NUCLEAR_AFTER.match(after) or _RIVER_AFTER.match(after) or _ACROSS_FROM.search(before) \
            or _NAMED_AFTER_BEFORE.search(before) or _EXCLUDED_BEFORE.search(before) \
            or _EMPLOYER_BEFORE.search(before) or only_locates(sentence, start, after) \
            or _FIRED_FROM_BEFORE.search(before) or _FLAG_BEFORE.search(before):
        return TRAP
    if _FACILITY_ELSEWHERE_AFTER.match(after):
        return QUALIFIER               # "Bryansk chemical plant in Seltso": where Seltso is
    if _AREA_HOSPITAL_AFTER.match(after):
        return TITLE                   # "the Klintsy district hospital": no raion hit, but
        # the area the report speaks of, as an official's title says
    region_owns = bool(_REGION_OWNS_BEFORE.search(before))   # "Kharkiv Oblast's Kupiansk
    if _DISTRICT_AFTER.match(after) and _CITY_OWNS_BEFORE.search(before) and not region_owns:
        return TRAP                    # "Kharkiv's residential Kyiv District"
    raion = _RAION_AFTER.match(after)
    if (raion or _DISTRICT_AFTER.match(after)) and _ADJECTIVE_NAME.search(name):
        rest = after[raion.end():] if raion else ""
        city_after = _CITY_AFTER.match(rest) and not _REGION_OR_ACRONYM.match(rest)
        if raion and not city_after and (region_owns or not _POSSESSIVE_END.search(before)):
            return RAION               # "у Лубенському районі": a raion, or a city's district
        return TRAP
    latin = _LATIN_RAION_AFTER.match(after) if name.isascii() else None
    if latin and (region_owns or _REGION_AFTER_OF.match(after[latin.end():]) or not (
            _CITY_AFTER.match(after[latin.end():]) or _POSSESSIVE_END.search(before))):
        return RAION                   # "the Nikopol and Synelnykove districts", "the Kupiansk
        # district of Kharkiv Oblast"
    if _DISTRICT_NAME.search(name) and (_CITY_AFTER.match(after) or _POSSESSIVE_END.search(before)
                                        or _ADJECTIVE_NAME.search(name.split()[0])):
        return TRAP                    # a city district ("Солом'янському районі")
    if _is_river_use(before, after, name):
        return TRAP
    words = sentence_words(before)
    if _ATTRIBUTION_BEFORE.search(before) and _ATTRIBUTION_AFTER.match(after) \
            and not _ROAD_END_BEFORE.search(before) and len(words) > 2 \
            or before.endswith(("pro-", "anti-", "про-", "анти")):
        return ACTOR                   # "...: Kiev military", "pro-Kyiv"
    journey = may_be_journey(words)
    if journey and aimed_or_left(before, words):
        return TRAP                    # "a missile flying towards Zaporizhzhia": its aim;
        # "під час евакуації з Куп'янська": where people were taken from
    if _HOSPITAL_AFTER.match(after) or _HOSPITAL_BEFORE.search(before) \
            or journey and taken_there(before, words) or ends_of_a_service(before, after):
        return TRAP                    # the hospital of a town, where the wounded were taken:
        # the sentence still tells of the strike in focus ("Поранено чоловіка, його
        # госпіталізовано до Миколаєва": Ochakiv's)
    if _VENUE_AFTER.match(after) or _before(_VENUE_BEFORE, before, words) \
            and not _INCIDENT_TOOK_PLACE.search(before) and not _WEAPONS_FLEW.search(before):
        return VENUE                   # a meeting's place (not "the incident took place in")
    title_before = _before(_TITLE_BEFORE, before, words)
    if title_before and not before.rstrip().endswith(("'s", "’s")):
        return TITLE                   # "the administrator in Dnipro said": the official's city
    if (_ACTOR_AFTER.match(after) and not _RESIDENTS_BEFORE.search(before)
            or _before(_ACTOR_BEFORE, before, words)) \
            and not ROAD_BETWEEN_BEFORE.search(before):
        return ACTOR                   # not "the road between Kupiansk and Kurylivka"; not
        # "Жители Альметьевска сообщили о взрывах" (the town's people tell of its blasts)
    if _TITLE_AFTER.match(after) or title_before:
        return TITLE
    if launched_from(sentence, sentence[max(0, start - 2 * _WINDOW):start], after, words):
        return LAUNCH                  # "shelled Nikopol from Enerhodar": where they fired from
    return PLACE


_AUXILIARY = r"(?:has|have|had|is|was|were|will|would|could|can|may|might|must|should|does|did|" \
             r"also|already|again|now|still|not|never|reportedly|n['’]t)"
_CAPITAL_VERB = re.compile(rf"^\s+((?:{_AUXILIARY}\s+)*)([a-z]+)\b", _I)
_BE = re.compile(r"\b(?:is|was|were|been|be)\s+$", _I)
_RECEIVING = frozenset("""
attacked hit struck shelled targeted rocked shaken bombed pounded damaged came suffered saw
woke endured faced experienced was under again heard plunged left hit
""".split())
_ACTIVE_VERBS = frozenset("""
said says say warned warns claimed claims accused accuses denied denies announced insists
insisted rejected rejects responded demanded demands wants hopes believes expects threatened
threatens called calls urged urges stated vowed agreed refused told considers argues blamed
blames seeks sought offered proposed welcomed condemned confirmed confirms promised
retaliated launched launches fired fires sent sends intensified intensifies escalated
escalates continued continues stepped keeps kept carried carries targeted targets used uses
struck strikes hit hits deployed deploys ordered orders plans planned tried tries sees saw
""".split())


#: "Moscow's attacks": the capital's own war, not a place hit
_CAPITAL_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:(?:latest|massive|overnight|nightly|daily|continued|new|combined|renewed|"
    r"ongoing)\s+)*(?:attacks?|strikes?|war|invasion|aggression|offensive|assaults?|"
    r"bombardments?|shelling|forces|troops|army|drones?|missiles?)\b", _I)


def capital_owns_attack(sentence: str, end: int) -> bool:
    """True when a capital named just before ``end`` owns the attack ("in Moscow's
    attacks over the past day"): the attacker, not a place that was hit."""
    return _CAPITAL_POSSESSIVE.match(sentence[end:end + 60]) is not None


def capital_acts(sentence: str, end: int) -> bool:
    """True when a capital named just before ``end`` is the subject of an action ("Moscow
    has intensified its strikes", "Washington sent"), not a place that was hit ("Kyiv was
    hit", "Kyiv came under fire")."""
    match = _CAPITAL_VERB.match(sentence[end:end + 80])
    if match is None:
        return False
    auxiliaries, verb = match.group(1), match.group(2).lower()
    if _BE.search(auxiliaries) or verb in ("came", "woke", "suffered", "endured"):
        return False
    if auxiliaries:
        return verb not in _RECEIVING or verb in _ACTIVE_VERBS
    return verb in _ACTIVE_VERBS


_RIVER_NAMES = frozenset({"dnipro", "дніпро", "дніпра", "дніпрі", "днепр", "днепра", "днепре",
                          "donets", "oskil", "оскіл", "осколу", "оскол", "inhulets", "desna",
                          "десна", "десни", "dniester", "дністер", "днестр", "дністра",
                          "днестра", "дністрі", "днестре", "siverskyi donets", "volga", "волга",
                          "волги", "волге", "волгу", "волзі"})
_RIVER_WORD_BEFORE = re.compile(r"(?:\briver|\bріч\w*|\bрік\w*|\bр\.|\bрек\w*)\s+(?:the\s+)?$", _I)
#: "across the Dnipro", "на березі Дніпра": the river (English needs its "the": "a strike on
#: Dnipro" is the city)
_RIVER_CONTEXT_BEFORE = re.compile(
    r"(?:\bacross|\bon|\bover|\bberg\w*|\bbanks?|\bshores?|\bcoast)\s+the\s+$|"
    r"(?:\bберег\w*|\bберез\w*|\bлівобереж\w*|"
    r"\bузбережж\w*|\bпобережь\w*|\bпобережж\w*|"
    r"\bлевобереж\w*|\bправобереж\w*|\bчерез|\bза|\bуздовж|\bвдоль)\s+$|"
    r"\bof\s+the\s+$", _I)
_NOT_RIVER_AFTER = re.compile(
    r"^\s+(?:region|oblast|province|direction|axis|city|town|residents?|hospital|airport|"
    r"metro|port|railway|station|district|suburbs?|outskirts|mayor|governor|officials?)\b", _I)


def _is_river_use(before: str, after: str, name: str) -> bool:
    """ "the Dnipro", "across the Dnipro", "на Дніпрі", "river Donets": not the city."""
    if _RIVER_WORD_BEFORE.search(before):
        return True
    key = name.lower()
    if key not in _RIVER_NAMES:
        return False
    if _NOT_RIVER_AFTER.match(after):
        return False
    if _RIVER_CONTEXT_BEFORE.search(before):
        return True
    if key in ("дніпрі", "днепре") and re.search(r"\bна\s+$", before, _I):
        return True
    if key in ("дніпра", "днепра", "дністра", "днестра", "десни", "осколу") and re.search(
            r"\b(?:у|біля|поблизу|вздовж|уздовж|вдоль|возле|около|до)\s+$", before, _I):
        return True                    # "села у Днепра": by the river
    return bool(_THE_BEFORE.search(before))
