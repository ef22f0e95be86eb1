"""Places a sentence names on a journey, not as where the attack was: the town the wounded
were taken to or treated in, where a drone or missile was heading, where people were
evacuated from, and where weapons were launched or fired from (its region included).
:func:`geo.extract.roles.mention_role` gives them their roles.
"""
from __future__ import annotations

import re

from geo.extract.gate import Gate
from geo.extract.gate import search_gated as _before

_I = re.IGNORECASE

#: "перевели в медицинское учреждение в Белгороде": where the wounded were taken
_TAKEN_THERE = re.compile(
    r"(?:доставил\w*|доставлен\w*|перевел\w*|переведен\w*|госпитализир\w*|отправ\w*|доправ\w*|"
    r"госпіталізова\w*|шпиталізова\w*|"
    r"перевез\w*|евакуюва\w*|эвакуирова\w*|taken|transferred|brought|evacuated|airlifted)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:в|у|до|to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:медицинск\w+\s+учреждени\w+|медучреждени\w+|медичн\w+\s+заклад\w*|медзаклад\w*|"
    r"лікарн\w+|лікарен\w*|больниц\w+|госпітал\w+|госпитал\w+|hospitals?|medical\s+facilit\w+|"
    r"clinics?)\s+(?:в|у|во|in)\s+(?:[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s*,\s*|\s+(?:and|та|і|и)\s+))*$|"
    # "отримала допомогу в Бахмуті", "received treatment in Kramatorsk": where, not what, hit
    r"(?:отрима\w*|отримує|отримують|надал\w*|надано|получил\w*|получа\w*|оказа\w*|"
    r"received|receiving|given)\s+(?:[\w-]+\s+){0,2}?(?:допомог\w*|помощь|помощи|treatment|"
    r"care)\s+(?:в|у|во|in)\s+$|"
    # "The wounded were hospitalized in Sloviansk": where they are treated; "died in hospital
    # in Kramatorsk", "помер у лікарні в Краматорську": where they died of the wounds
    r"(?:hospitali[sz]ed|treated)\s+(?:in\s+(?:a\s+|the\s+)?hospital\s+)?in\s+$|"
    r"(?:died|passed\s+away|помер|померла|померли|помер\w*|скончал\w*|умер\w*)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:in|в|у)\s+(?:a\s+|the\s+)?(?:hospital|лікарні|больнице|"
    r"госпіталі|госпитале)\s+(?:in|в|у|во|г\.|м\.)\s+$|"
    # "евакуювали до Дніпра", "was evacuated to Kharkiv for treatment": a town they were taken to
    r"(?:доставил\w*|доставлен\w*|доправ\w*|госпіталізува\w*|госпіталізован\w*|шпиталізува\w*|"
    r"госпитализирова\w*|перевез\w*|евакуюва\w*|евакуйован\w*|эвакуирова\w*|transported|"
    r"transferred|evacuated|airlifted|rushed|flown)\s+(?:[\w'’-]+\s+){0,3}?(?:до|в|у|во|to)\s+$",
    _I)
_LAUNCH_BEFORE = re.compile(
    r"(?:\bfrom|\bз|\bіз|\bзі|\bс|\bсо|\bиз)\s+(?:the\s+)?(?:direction\s+of\s+|territory\s+of\s+|"
    r"areas?\s+of\s+|vicinity\s+of\s+|району\s+|района\s+|околиць\s+|окрестностей\s+|"
    r"пуску\s+|пуска\s+|запуску\s+|запуска\s+|launch\s+(?:area|site)s?\s+(?:of\s+)?|"
    r"airspace\s+of\s+|occupied\s+|temporarily\s+occupied\s+|russia['’]s\s+|напрямку:?\s+|"
    r"напрямків:?\s+|directions\s+of:?\s+|"
    r"[\w'’-]+\s+(?:моря|морем|sea)\s+(?:та|і|и|and)\s+(?:the\s+)?|"
    r"територі[їй]\s+|территори[ий]\s+|направлени\w+\s+|тимчасово\s+окупован\w+\s+|"
    r"окупован\w+\s+|оккупированн\w+\s+|временно\s+|боку\s+|стороны\s+){0,4}"
    r"(?:(?:російськ\w+|российск\w+|Russian)\s+)?(?:(?:сел[аоа]|селища|міста|поселка|посёлка|"
    r"города|village\s+of|town\s+of)\s+)?"
    # ("з напрямків: Курськ, Орел, Міллерово": each of a list after a colon)
    r"(?:(?<=:\s)(?:(?-i:[A-ZА-ЯІЇЄҐ])[\w'’ʼ-]+(?:\s*,\s*|\s+(?:and|і|та|й|и)\s+))*|"
    r"(?<=:)\s*(?:(?-i:[A-ZА-ЯІЇЄҐ])[\w'’ʼ-]+(?:\s*,\s*|\s+(?:and|і|та|й|и)\s+))+)?$", _I)
    # "З боку російського селища Знобь"
#: where the aircraft that fired flew: "a Kinzhal fired from a MiG-31 over Bryansk region",
#: "з літаків Ту-95 над Каспійським морем"
_AIRCRAFT_OVER = re.compile(
    r"\b(?:from|з|із|с|со)\s+(?:\w+\s+){0,3}?(?:MiG|Tu|Su|МіГ|МиГ|Ту|Су)-?\d+\w*\s+"
    r"(?:[\w-]+\s+){0,2}?(?:over|над)\s+(?:the\s+)?(?:territory\s+of\s+|територією\s+|"
    r"территорией\s+)?$", _I)
#: a place hit, then "from" another: "shelled Nikopol from (the occupied) Enerhodar", "shelled
#: Marhanets and Pokrovske communities across the Dnipro river from occupied Enerhodar"
_FIRED_FROM = re.compile(
    r"\b(?:shell\w*|attack\w*|struck|strikes?|hit|fire[sd]?|bomb\w*|обстріл\w*|обстрел\w*|"
    r"атаку\w*|атаков\w*|б['’]ють|бив|били|бьют|бил[аи]?)\s+[A-ZА-ЯІЇЄҐ][\w'’ʼ-]+\s+"
    r"(?:[\w'’ʼ-]+,?\s+){0,8}?"
    r"(?:from|з|із|зі|с|со|из)\s+(?:the\s+)?(?:occupied\s+|окупован\w+\s+|оккупированн\w+\s+)?$|"
    r"\b(?i:drones?|missiles?|rockets?|shells?|Shaheds?|дрон\w*|ракет\w*|БПЛА|шахед\w*)\s+"
    r"(?:[\"«“][^\"»”]{1,20}[\"»”]\s+)?"        # ('ракетами "Іскандер-М" з Курської')
    r"(?:from|з|із|зі|с|со|из)\s+(?:the\s+)?$|"   # "Drones from Belgorod attacked Kharkiv"
    # "удару по Харкову з (території) Бєлгородщини"
    r"\b(?i:удар\w*|обстріл\w*|обстрел\w*|атак\w*|strikes?|attacks?|shelling)\s+(?:по|на|on)\s+"
    r"[A-ZА-ЯІЇЄҐ][\w'’ʼ-]+\s+(?:from|з|із|зі|с|со|из)\s+(?:the\s+)?"
    r"(?:territory\s+of\s+|територі[їй]\s+|территори[ий]\s+|боку\s+|стороны\s+)?$")
#: where a drone or missile was flying or sent ("Ракету, що летіла на Запоріжжя", "скерував
#: БпЛА у напрямку Кременчука", "drones heading for Kyiv"): its aim, not a place hit
_HEADING_FOR = re.compile(
    # "detected a drone in its airspace near Tulcea", "monitored a drone flying over the Danube
    # near Galati": where a drone was seen
    r"\b(?:detected|spotted|monitored|tracked|observed)\s+(?:a\s+|the\s+|two\s+|several\s+)?"
    r"(?:\w+\s+)?(?:drones?|UAVs?|objects?)\b[^.;]{0,50}?\b(?:near|over|close\s+to)\s+$|"
    # "курс на Оріхів", "рух на Городню", "движется на Харьков со стороны Белгорода"
    r"\b(?:курс(?:ом)?|рух(?:ом)?)\s+на\s+$|"
    r"\b(?:движ\w+|рух\w*|летит|летять|летить|летят|летіл\w*|летел\w*)\b[^.;]{0,50}?\b"
    r"(?:со\s+стороны|з\s+боку|с\s+направления|з\s+напрямку)\s+$|"
    r"\b(?:летіл\w*|летів|летить|летять|летел\w*|летит|летят|рухал\w*|рухаються|рухається|"
    r"курсом|flying|flew|heading|headed)\s+(?:[\w'’-]+\s+){0,3}?(?:на|в|у|до|towards?|for|"
    r"(?:у|в)\s+напрямку|в\s+направлении|in\s+the\s+direction\s+of)\s+(?:the\s+)?$|"
    # "drones flew close to the border near Reni", "пролітали поблизу Рені": passing by
    r"\b(?:flew|flying|пролітал\w*|пролетал\w*)\s+(?:close\s+to\s+|near\s+|past\s+|поблизу\s+|"
    r"біля\s+|повз\s+|возле\s+|около\s+|мимо\s+)(?:the\s+border\s+(?:near|with)\s+)?$|"
    # "shot down 15 drones approaching Moscow", "на подлете к Москве"
    r"\b(?:approaching|на\s+подл[её]те\s+к|на\s+підльоті\s+до)\s+(?:the\s+)?$|"
    r"\b(?:скерува\w*|направ\w*|запусти\w*|випусти\w*|sent|launched)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:у|в)\s+напрямку|в\s+направлении|in\s+the\s+direction\s+of)\s+$|"
    # "на трасі ... в напрямку Межової", "on the road towards Kramatorsk": where it leads
    r"\b(?:трас\w*|автодорог\w*|дорог\w*|шосе|шоссе|road|highway)\b[^.;]{0,60}?"
    r"(?:(?:в|у)\s+напрямку|в\s+направлении|towards?|leading\s+to)\s+$|"
    # "trains to Odesa and Khmelnytskyi ran with delays", "the railway line to Poltava": where
    # they go
    r"\b(?:trains?|поїзд\w*|потяг\w*|поезд\w*|електричк\w*|электричк\w*|flights?|"
    r"(?:railway|rail)\s+line|(?:railway|rail)\s+route)\s+(?:[\w'’-]+\s+){0,2}?(?:to|до|"
    r"(?:в|у)\s+(?:сторону|напрямку|направлении)|(?:по\s+)?направлению\s+к|towards?)\s+"
    r"(?:(?-i:[A-ZА-ЯІЇЄҐ])[\w'’ʼ-]+(?:\s*,\s*|\s+(?:and|та|і|и)\s+))*$|"
    # "the train had been traveling from Shostka to Kyiv", "потяг прямував з Шостки до Києва":
    # where it was going
    r"\b(?:travel\w*|running|en\s+route|going|прямува\w*|курсува\w*|следова\w*|ехал\w*|"
    r"їха\w*|train|trains|поїзд\w*|потяг\w*|поезд\w*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:from|з|із|зі|из|с)\s+[A-ZА-ЯІЇЄҐ][\w'’ʼ-]+\s+(?:to|до|в|у|на)\s+$", _I)
#: an air-raid monitor's line: a weapon, then where it heads, flies over or comes from ("🛵
#: Шахеди курсом на Кременчук", "КАБи на Краснопілля", "Група БпЛА над Черкащиною", "Балістика
#: з Криму на Запоріжжя"), with no word of a hit between ("Ракетний удар на Харківщині" is one)
_MONITOR_WEAPONS = (r"шахед\w*|мопед\w*|бпла|бпла-\w+|дрон\w*|ракет\w*|каб\w*|балістик\w*|"
                    r"баллистик\w*|ціл[іь]|цел[иь]|крилат\w*|крылат\w*|безпілотник\w*|"
                    r"беспилотник\w*|гербер\w*|герань|герані|гераней")
_MONITOR_LINE = re.compile(
    r"^[^\w]*(?:(?:група|группа|ще|еще|ещё|also)\s+)?(?:\d+(?:\s*[-–]\s*\d+)?\s+(?:шт\.?\s+)?)?"
    r"(?:(?:ударн\w+|ворож\w+|вражеск\w+|нов\w+)\s+)?(?:" + _MONITOR_WEAPONS + r")"
    r"(?:\s+(?!удар|влуч|прил|атак|обстр|впал|упал|поц|скину|скинул|сброс|ураж|пораж|вдар|бьют|"
    r"б['’]ють|запуст|запущ|випуст|випущ|выпуст|выпущ|пуск|launch)[\w'’.-]+){0,5}?\s+"
    r"(?:на|над|з|із|зі|из|с|від|от|в\s+напрямку|в\s+направлении|у\s+напрямку|курсом\s+на|"
    r"курс\s+на)\s+$", _I)
_MONITOR_GATE = Gate([_MONITOR_WEAPONS])
#: where people were evacuated from ("Під час евакуації з Куп'янська волонтери потрапили під
#: обстріл у Ківшарівці"): not where the fire was
_EVACUATED_FROM = re.compile(
    r"\b(?:евакуаці\w+|евакуюва\w+|евакуйова\w+|эвакуаци\w+|эвакуирова\w+|evacuat\w+)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:з|із|зі|из|from)\s+(?:the\s+)?$", _I)
#: the region of the last launch site of a list: "launched from Kursk and Chauda in occupied
#: Crimea", "запустили з Брянська та Гвардійського в окупованому Криму"
_LAUNCH_SITE_IN = re.compile(
    r"(?:\bfrom|\bз|\bіз|\bс|\bиз)\s+(?:the\s+)?(?:directions?\s+of\s+|напрямк\w+\s+|"
    r"направлени\w+\s+|area\s+of\s+|району\s+|района\s+)?"
    r"(?:(?-i:[A-ZА-ЯІЇЄҐ])[\w'’ʼ-]+(?:\s*,\s*|\s+(?:and|і|та|и)\s+))*"
    r"(?-i:[A-ZА-ЯІЇЄҐ])[\w'’ʼ-]+(?:\s+(?:in|у|в)\s+(?:the\s+)?(?:(?:temporarily\s+)?occupied\s+|"
    r"(?:тимчасово\s+)?окупован\w+\s+|(?:временно\s+)?оккупированн\w+\s+)?|"
    # "Гвардійське – ТОТ АР Крим": the launch site, a dash and its (occupied) region
    r"\s*[-–—]\s*(?:ТОТ\s+|ТОТ\s+АР\s+|АР\s+|тимчасово\s+окупован\w+\s+)?)$", _I)
_LAUNCH_VERB = re.compile(
    # "атакував 2 ракетами Іскандер-М з Брянської області": weapons from a place
    r"\b(?:ракет\w*|дрон\w*|БпЛА|БПЛА|шахед\w*|Іскандер\w*|Искандер\w*|С-[34]00|КАБ\w*|"
    r"missiles?|drones?)(?:[\s-]+[\w-]+){0,2}?\s+(?:з|із|из|с|from)\s+(?:the\s+)?(?:території\s+|"
    r"территории\s+|territory\s+of\s+)?(?-i:[A-ZА-ЯІЇЄҐ])|"
    r"\blaunch\w*|\bfired\b|\btook off\b|\btake off\b|\btaking off\b|\bзапуск\w*|\bзапущ\w*|"
    r"\bзапусти\w*|\bвипусти\w*|\bвипущ\w*|\bвыпусти\w*|\bвыпущ\w*|\bпуск\w*|\bзлет\w*|"
    r"\bвзлет\w*|\bприлеті\w*|\bприлете\w*|\bз напрямку\b|\bз напрямків\b|"
    # "стріляли з артилерії з території ...", "дрони летіли з боку ...": where from
    r"\bстріля\w*|\bстреля\w*|\bлетіл[аи]?\b|\bлетели\b|"
    # "удары наносились из района Херсона", "вели огонь из ...": where the fire came from
    r"\bнанос\w*|\bнанес\w*|\bзавдава\w*|\bвели\s+(?:\w+\s+)?огонь|\bвед[её]т\s+огонь|"
    r"\bвели\s+(?:\w+\s+)?вогонь|"
    r"\bс направления\b|\bс направлений\b|"
    r"\bfrom the direction\b|"           # "З боку селища Х прилетіло 3 міни": fired from X
    # "рух ворожих безпілотників з боку ... територій": where they flew from
    r"\bрух\w*\s+(?:ворож\w+\s+)?(?:безпілотник|дрон|БпЛА|ударн)|"
    r"\bдвижени\w+\s+(?:вражеск\w+\s+)?(?:беспилотник|дрон|БПЛА|ударн)|"
    r"\bmovement\s+of\s+(?:enemy\s+)?(?:drones|UAVs)", _I)


_JOURNEY_GATE = Gate([_TAKEN_THERE.pattern, _HEADING_FOR.pattern, _EVACUATED_FROM.pattern])


#: "Kyiv–Fastiv suburban trains", "traffic on the Kharkiv–Poltava railway line": a service's
#: ends, not places hit (before: "traffic on the" and the first end; after: the rest)
_SERVICE_AFTER = re.compile(
    r"^(?:\s*[-‐‑–—]\s*[A-ZА-ЯІЇЄҐ][\w'’ʼ-]+)?\s+(?:(?:suburban|commuter|intercity|Intercity|"
    r"local|passenger|electric|приміськ\w+|пасажирськ\w+|пригородн\w+|пассажирск\w+)\s+)?"
    r"(?:(trains?|потяг\w*|поїзд\w*|поезд\w*|електрич\w*|электрич\w*)|"
    r"(?:railway|rail)\s+(?:line|route)|line)\b")
_TRAFFIC_ON_BEFORE = re.compile(
    r"\b(?:traffic|services?|рух\w*|движени\w*|сполучен\w*|сообщени\w*)\s+(?:on|along|на)\s+"
    r"(?:the\s+)?(?:[A-ZА-ЯІЇЄҐ][\w'’ʼ-]+\s*[-‐‑–—]\s*)?$")


def ends_of_a_service(before: str, after: str) -> bool:
    """Whether the name between ``before`` and ``after`` is an end of a train service or of
    a railway line whose traffic was stopped ("Kyiv–Fastiv suburban trains were canceled",
    "disrupted traffic on the Kharkiv–Poltava railway line"): no place hit."""
    match = _SERVICE_AFTER.match(after)
    return match is not None and (match.group(1) is not None or (
        (after.lstrip()[:1] in "-‐‑–—" or bool(re.search(r"[-‐‑–—]\s*$", before)))
        and _TRAFFIC_ON_BEFORE.search(before) is not None))


def may_be_journey(words: list[str]) -> bool:
    """False when none of the words a journey is told with is in ``words`` (a fast,
    exact pre-check for :func:`taken_there` and :func:`aimed_or_left`)."""
    return _JOURNEY_GATE.open(words) or _MONITOR_GATE.open(words)


def taken_there(before: str, words: list[str]) -> bool:
    """Whether the name after ``before`` is where the wounded were taken or treated
    ("перевели в медицинское учреждение в", "евакуювали до", "received treatment in").
    ``words`` are the sentence's words (:func:`geo.extract.gate.sentence_words`)."""
    return _before(_TAKEN_THERE, before, words)


def aimed_or_left(before: str, words: list[str]) -> bool:
    """Whether the name after ``before`` is a weapon's aim ("що летіла на", "у напрямку") or
    where people were evacuated from ("під час евакуації з")."""
    return _before(_HEADING_FOR, before, words) or _before(_EVACUATED_FROM, before, words) \
        or _MONITOR_GATE.open(words) and _MONITOR_LINE.search(before) is not None


#: the fire told right after where it came from: "З Бєлгородської області ворог обстріляв"
_FIRE_AFTER = re.compile(
    r"^\s*,?\s*(?:[\w'’-]+\s+){0,3}?(?:обстріл\w*|обстрел\w*|атакува\w*|атакова\w*|вдари\w*|"
    r"удари\w*|shelled|attacked|struck|fired|hit)\b", _I)


def launched_from(sentence: str, before: str, after: str, words: list[str]) -> bool:
    """Whether the name between ``before`` and ``after`` is where weapons were launched or
    fired from ("shelled Nikopol from", "з літаків Ту-95 над", "from Kursk and Chauda in
    occupied", "З Бєлгородської області ворог обстріляв")."""
    return _before(_LAUNCH_BEFORE, before, words) and (_LAUNCH_VERB.search(sentence)
                                                       or _FIRED_FROM.search(before)
                                                       or _FIRE_AFTER.match(after)) \
        or _AIRCRAFT_OVER.search(before) is not None \
        or _LAUNCH_SITE_IN.search(before) is not None and _LAUNCH_VERB.search(sentence) is not None
