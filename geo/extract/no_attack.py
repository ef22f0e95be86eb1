"""What a sentence with attack words may still tell instead of an attack: a hit denied or
negated ("was not hit", "ЗАЕС не постраждала"), explosions only with air defence at work,
help to the victims, mourning the dead, deminers at work, habitual or future attacks.
Used by :func:`geo.extract.lexicon.has_attack_cue`.
"""
from __future__ import annotations

import re

from geo.extract.gate import Gate, sentence_words

_FLAGS = re.IGNORECASE | re.UNICODE

#: a report of a hit said to be untrue: "Інформація про влучання ... не підтвердилася",
#: "Reports of a strike on Pavlohrad were not confirmed"
_DENIAL_WORDS = ("підтверд", "подтверд", "дійсност", "действительност", "confirmed", "false",
                 "untrue")
_DENIED = re.compile(
    r"\b(?:інформаці\w+|информаци\w+|повідомлен\w+|сообщени\w+|reports?|information|claims?)\b"
    r"[^.;]{0,80}?(?:\bне\s+підтверд\w+|\bне\s+подтверд\w+|\bне\s+відповіда\w+\s+дійсності|"
    r"\bне\s+соответству\w+\s+действительности|\b(?:was|were|is|are)\s+not\s+confirmed|"
    r"\b(?:has|have)\s+not\s+been\s+confirmed|\b(?:was|were|are|is)\s+(?:false|untrue))",
    re.IGNORECASE)


_NEGATED = re.compile(
    r"\b(?:was|were|is|are|has|have)\s+(?:not|never)\s+(?:been\s+)?(?:hit|struck|targeted|"
    r"attacked|shelled)\b|"           # "the city of Lviv itself was not hit"
    r"\bno (?:explosions?|blasts?|strikes?|hits?|impacts?|damage|attacks?)(?: (?:were|was) "
    r"(?:reported|heard|recorded))?\b|\bwithout (?:incident|explosions?)\b|"
    r"\bвибух\w* не (?:було|зафіксовано|чули)\b|\bвзрыв\w* не (?:было|зафиксировано|слышали)\b|"
    # "Ракетних ударів по Харкову не зафіксовано", "обстрелов не было"
    r"\b(?:\w+ )?(?:удар\w*|атак\w*|обстріл\w*|обстрел\w*|влучан\w*|попадан\w*|прил[іье]т\w*|"
    r"прил[её]т\w*)(?: по \w+| на \w+| \w+)?\s*[-–—]?\s*не (?:було|зафіксовано|фіксувал\w*|"
    r"було зафіксовано|было|зафиксировано|фиксировал\w*|было зафиксировано)\b|"
    # "Слов'янськ — без влучань", "без прилетов"
    # "Місто не зазнало ударів": no strike there
    r"\bне зазнал[аои]? (?:ударів|удару|обстрілів|обстрілу|атак|атаки|влучань)\b|"
    r"\bне (?:подвергал\w*|подверглось|подвергся|подверглась) (?:ударам|удару|обстрелам|"
    r"обстрелу|атакам)\b|"
    # "ЗАЕС не постраждала", "the plant was not damaged": no damage there
    r"\bне (?:постраждал[аои]?|пострадал[аои]?|пошкоджен[аоі]?|повреждён|повреждена|повреждено|"
    r"повреждены|зазнал[аои]? пошкоджень)\b|\b(?:was|were) (?:not|un)damaged\b|"
    r"\b(?:без|без жодних)\s+(?:влучан\w*|попадан\w*|прильот\w*|прил[іье]т\w*|прил[её]т\w*|"
    r"ударів|ударов)\b",
    _FLAGS)


#: explosions told with air defence at work: "Вибухи в Хмельницькому, працює ППО", "взрывы —
#: работает ПВО" (explosions only heard, "explosions were heard at the ammunition depot", may
#: be a strike's: they stay)
_BLASTS_ONLY = re.compile(
    r"\b(?:вибух\w*|взрыв\w*|explosions?|blasts?)\b(?:[^.;!?]{0,60}?(?:\bпрацю\w*\s+ППО|\bППО\b|"
    r"\bПВО\b|\bработа\w*\s+ПВО|air\s+defen[cs]es?\b))?(?=[^.;!?]{0,60}?(?:\bППО\b|\bПВО\b|"
    r"air\s+defen[cs]e))|"
    r"\b(?:ППО|ПВО|air\s+defen[cs]es?)\b[^.;!?]{0,40}?(?:вибух\w*|взрыв\w*|explosions?|blasts?)\b",
    re.IGNORECASE)
_BLAST_GATE = Gate([r"вибух", r"взрыв", r"explosion", r"blast"])
#: help given to the victims: "Допомогу постраждалим надають ...", "помощь пострадавшим
#: оказывают ...", "aid to the victims": no attack told by the victims named
_AID_TO_VICTIMS = re.compile(
    r"\b(?:допомог\w*|помощ\w*|виплат\w*|выплат\w*|компенсац\w*|aid|help|assistance)\s+"
    r"(?:(?:to|для)\s+)?(?:the\s+)?(?:постраждал\w*|пострадавш\w*|потерпіл\w*|потерпевш\w*|"
    r"victims|injured)\b", re.IGNORECASE)
_AID_GATE = Gate([r"допомог", r"помощ", r"виплат", r"выплат", r"компенсац", r"aid", r"help",
                  r"assistance"])

#: mourning, funerals and prayers for the dead ("Одеса прощається із загиблими", "День
#: жалоби за загиблими в X", "молитви за загиблих"): the dead named tell no attack
_MOURNING = re.compile(
    r"\b(?:жалоб\w*|траур\w*|mourn\w*|прощає\w*|прощают\w*|прощаєт\w*|прощаются|прощанн\w*|"
    r"прощани\w*|попрощал\w*|поховал\w*|похорон\w*|funerals?|burial|buried|молитв\w*|молеб\w*|"
    r"панахид\w*|вшанува\w*|почтил\w*|commemorat\w*|memorial)\b", re.IGNORECASE)
_MOURNING_GATE = Gate([_MOURNING.pattern])
_FOR_THE_DEAD = re.compile(
    r"\b(?:(?:за|із|з|зі|с|со|for|of|to)\s+)?(?:(?:всіма|всеми|всіх|всех|all|the)\s+)?"
    r"(?:загибл\w*|погибш\w*|жертв\w*|victims|dead|those killed)\b", re.IGNORECASE)

#: munitions made safe by deminers ("Піротехніки знешкодили авіабомбу ФАБ-250 у с. X",
#: "саперы обезвредили снаряд"): no attack on that day
_DEMINING = re.compile(
    r"\b(?:піротехнік\w*|пиротехник\w*|сапер\w*|сапёр\w*|pyrotechnic\w*|sappers?|deminers?|"
    r"bomb disposal|EOD)\b", re.IGNORECASE)
_DEMINING_GATE = Gate([_DEMINING.pattern])
#: a person harmed: then the sentence tells of a blast, not only of work
_PEOPLE_HARMED = re.compile(r"загин|погиб|kill|dead|died|поранен|ранен|injur|wound|травм|"
                            r"постражд|пострада|підірвав|подорвал", re.IGNORECASE)


def may_tell_blasts_only(words: list[str]) -> bool:
    """False when a sentence's words (:func:`geo.extract.gate.sentence_words`) name no blast,
    so no clause of it can be only air defence at work (a fast pre-check)."""
    return _BLAST_GATE.open(words)


#: what a blast did: then it is a strike's, not only heard
_BLAST_HARM = re.compile(
    r"пошкодж|поврежд|damag|destroy|зруйн|разруш|загин|погиб|kill|dead|поранен|ранен|injur|"
    r"wound|постражд|пострада|пожеж|пожар|fire|загор|влуч|попадан|прил[іеё]т|прильот|hit\b|"
    r"struck|уламк|обломк|debris", re.IGNORECASE)


_NEGATION_WORDS = ("no ", "No ", "without", "не ", "без ", "Без ", "not ")
#: habitual attacks ("constant shelling", "постійних обстрілів") are a situation, not an event
_HABITUAL = re.compile(
    r"\b(?:constant|regular|daily|frequent|ongoing|continuous|persistent|relentless|repeated|"
    r"near-daily|nightly|incessant|постійн\w*|регулярн\w*|щоденн\w*|систематичн\w*|"
    r"безперервн\w*|постоянн\w*|ежедневн\w*|систематическ\w*|непрерывн\w*)\s+(?:\w+\s+)?\w+",
    _FLAGS)
_HABITUAL_GATE = Gate([_HABITUAL.pattern])
#: an attack planned, feared or forecast ("could launch attacks on X", "in preparation for
#: offensive operations toward X", "ворог може атакувати X", "готовится к наступлению на X")
#: is no attack that happened
_FUTURE = re.compile(
    r"\b(?:could|would|may|might|will|plans? to|planning to|intends? to|aims? to|preparing to|"
    r"threatens? to|in preparation for|preparations? for|in order to|ready to|"
    r"може|можуть|планує|планують|готується до|готуються до|має намір|намагатиметься|"
    r"может|могут|планирует|планируют|готовится к|готовятся к|намерен\w*)\s+"
    r"(?:(?:\w+\s+){0,4})(?:attack|strike|launch|assault|advance|push|offensive|storm|"
    r"атакувати|наступ\w*|штурм\w*|удар\w*|атаковать|наступлени\w*|наступать)\w*"
    r"(?:\s+(?:\w+\s+){0,2}(?:attacks?|strikes?|offensives?|assaults?|operations?|атак\w*|"
    r"удар\w*|наступ\w*|операці\w*|операци\w*))?",
    _FLAGS)
_FUTURE_GATE = Gate([_FUTURE.pattern])



def without_non_attacks(text: str, words: list[str]) -> tuple[str, list[str]] | None:
    """``text`` and its words with what tells no attack blanked out, or None when the whole
    sentence tells none (a denied report, deminers at work)."""
    if any(word in text for word in _DENIAL_WORDS) and _DENIED.search(text):
        return None                      # "Інформація про влучання в Павлоград не підтвердилася"
    if any(word in text for word in _NEGATION_WORDS):
        text = _NEGATED.sub(" ", text)
        words = sentence_words(text)
    if _DEMINING_GATE.open(words) and _DEMINING.search(text) \
            and not _PEOPLE_HARMED.search(text):
        return None                      # "Піротехніки знешкодили авіабомбу у с. X"
    for gate, pattern, blank in _BLANKED:
        if gate.open(words) and pattern.search(text) and (
                pattern is not _BLASTS_ONLY or not _BLAST_HARM.search(text)):
            text = blank.sub(" ", text)
            words = sentence_words(text)
    return text, words


#: (gate, what shows it, what to blank): help to the victims ("Допомогу постраждалим надають
#: у X"), mourning ("Одеса прощається із загиблими"), explosions with air defence at work
#: ("Вибухи в Хмельницькому, працює ППО"), habitual and future attacks
_BLANKED = ((_AID_GATE, _AID_TO_VICTIMS, _AID_TO_VICTIMS),
            (_MOURNING_GATE, _MOURNING, _FOR_THE_DEAD),
            (_BLAST_GATE, _BLASTS_ONLY, _BLASTS_ONLY),
            (_HABITUAL_GATE, _HABITUAL, _HABITUAL),
            (_FUTURE_GATE, _FUTURE, _FUTURE))
