"""Places where weapons were only brought down or heard, with no damage told.

"Сили ППО працювали у районі Мукачева, збито 2 дрони. Пошкоджень немає.", "Над Белгородом
ночью сбиты три беспилотника. Пострадавших и повреждений нет.", "explosions were heard over
the city but air defence intercepted the targets. There was no damage.": nothing was hit
there. A place whose every hit comes from such a sentence (or from the "no damage, nobody
hurt" sentence after it), when the report says within two sentences that there was no damage
or no hit, is no event. A place where debris fell or something burned is still one.
"""
from __future__ import annotations

import re

from geo.extract.lexicon import has_attack_cue
from geo.extract.scope import DOWNING

#: what tells only that weapons were brought down, air defence worked or blasts were heard
_PASSAGE_WORDS = re.compile(
    DOWNING.pattern + r"|\b(?:air defen[cs]e|ППО|ПВО|працювал\w*|працює|работал\w*|"
    r"отраж\w* (?:\w+ )?атак\w*|атак\w* (?:\w+ )?отраж\w*|відбит\w* атак\w*|"
    r"(?:explosions?|blasts?)(?: \w+){0,2} (?:heard|reported)|heard (?:\w+ ){0,2}explosions?|"
    r"вибух\w* (?:\w+ )?(?:лунал\w*|чул\w*|пролунал\w*)|(?:лунал\w*|чул\w*|пролунал\w*) "
    r"(?:\w+ )?вибух\w*|взрыв\w* (?:\w+ )?(?:слышал\w*|прогремел\w*)|(?:слышал\w*|прогремел\w*) "
    r"(?:\w+ )?взрыв\w*|громки\w* взрыв\w*|drones?|БпЛА|БПЛА|дрон\w*|беспилотник\w*|"
    r"безпілотник\w*|ракет\w*|missiles?)", re.IGNORECASE)
#: the report's word that nothing was damaged or hit
_NO_DAMAGE = re.compile(
    r"\bпошкоджень (?:немає|нема|не зафіксовано)\b|\bбез (?:наслідків|пошкоджень|руйнувань)\b|"
    r"\bнаслідків (?:немає|нема)\b|\bвлучань (?:немає|нема|не зафіксовано|не було)\b|"
    r"\bповреждений (?:нет|не зафиксировано)\b|\bбез (?:последствий|повреждений|разрушений)\b|"
    r"\bпоследствий нет\b|\bпопаданий (?:нет|не зафиксировано)\b|\bno damage\b|"
    r"\bwithout (?:damage|consequences)\b|\bno hits? (?:was|were)? ?(?:recorded|reported)\b|"
    r"\bnothing was hit\b|\bcaused no damage\b|\bwith no damage\b|"
    # "уламків та руйнувань не зафіксовано", "обломков и разрушений не обнаружено"
    r"\b(?:уламків|руйнувань|обломков|разрушений)(?:\s+(?:та|і|й|и)\s+(?:пошкоджень|руйнувань|"
    r"повреждений|разрушений))?\s+(?:немає|нема|не зафіксовано|не виявлено|не було|нет|"
    r"не зафиксировано|не обнаружено|не было)\b|\bno (?:debris|damage) or (?:damage|casualties)\b|"
    r"\b(?:повреждений|пошкоджень|разрушений|руйнувань)\s+(?:и|і|та|й)\s+(?:пострадавших|"
    r"постраждалих|жертв)\s+(?:нет|немає|нема)\b|"
    # "гражданские объекты не пострадали", "объекты инфраструктуры не повреждены"
    r"\bоб(?:ъ|'|’)?(?:е|є)кт\w*\s+(?:\w+\s+)?не\s+(?:пострадали|повреждены|постраждали|"
    r"пошкоджен\w*|зазнали)",
    re.IGNORECASE)

#: the report's word that nobody was hurt (no attack told by it)
_NOBODY_HURT = re.compile(
    r"\b(?:постраждалих|пострадавших|загиблих|погибших|жертв)\s+(?:немає|нема|нет|не(?:ма)?\s+"
    r"(?:виявлено|зафіксовано|зафиксировано|было|було))\b|\bбез\s+(?:постраждалих|пострадавших|"
    r"жертв)\b|\bno\s+(?:one|casualties|injuries)\s+(?:was\s+|were\s+)?(?:hurt|injured|reported)\b",
    re.IGNORECASE)

#: debris that fell, in a sentence that says it did no damage ("Debris fell in the Obukhiv
#: district, with no damage reported")
_HARMLESS_DEBRIS = re.compile(
    _PASSAGE_WORDS.pattern + r"|\bdebris\b|\bwreckage\b|\bfell\b|\bуламк\w*|\bобломк\w*|"
    r"\bвпал\w*|\bупал\w*|\bпадінн\w*|\bпадени\w*", re.IGNORECASE)


def passage_only(sentence: str) -> bool:
    """Whether a sentence tells an attack only by weapons brought down, air defence at work
    or blasts heard (no hit, no damage, no debris unless it says the debris did no harm)."""
    words = _PASSAGE_WORDS
    if _NO_DAMAGE.search(sentence):
        words, sentence = _HARMLESS_DEBRIS, _NO_DAMAGE.sub(" ", sentence)
    sentence = _NOBODY_HURT.sub(" ", sentence)
    return words.search(sentence) is not None and not has_attack_cue(words.sub(" ", sentence))


def says_no_damage(sentence: str) -> bool:
    """Whether a sentence says nothing was damaged or hit."""
    return _NO_DAMAGE.search(sentence) is not None


def no_damage_near(texts: list[str], index: int) -> bool:
    """Whether sentence ``index`` of ``texts`` or one of the two after it says nothing was
    damaged or hit."""
    return any(_NO_DAMAGE.search(text) for text in texts[index:index + 3])


def without_passages(hits: list, infos: list, named: tuple[str, ...]) -> list:
    """``hits`` (:class:`geo.extract.pipeline.Hit`) without the places where weapons were only
    brought down or heard, when the report says nothing was damaged. ``named``: the ways a
    hit names its place itself (its own sentence tells the attack there)."""
    texts = [info.sentence.text for info in infos]
    passing: dict[str, bool] = {}
    for hit in hits:
        i = hit.info.sentence.index
        told = passage_only(texts[i]) if hit.via in named \
            else not any(f.value for f in hit.figures      # ("Пострадавших нет.")
                         if f.kind != "count_weapon")      # ("Збито 8 дронів")
        passing[hit.mention.key] = passing.get(hit.mention.key, True) and told \
            and no_damage_near(texts, i)
    places = {hit.mention.key for hit in hits if hit.via in named
              or passage_only(texts[hit.mention.found.sentence.index])}   # "Над Київщиною
    # працювала ППО. Збито 8 дронів, руйнувань не зафіксовано": the sentence that named it
    return [hit for hit in hits if not (passing[hit.mention.key] and hit.mention.key in places)]
