"""Russian towns as Ukrainian reports spell them: "Рыльск" is "Рильськ", "Шебекино" is
"Шебекине" or "Шебекіне", "Новороссийск" is "Новоросійськ", "Тёткино" is "Тьоткіне".

GeoNames lists Russian places under their Russian names; a report in Ukrainian names them
the Ukrainian way, and the finder, which knows only listed names, missed them ("Вночі дрони
атакували Новоросійськ" gave nothing at all). :func:`ukrainian_spellings` writes the
Ukrainian forms of a Russian name by the regular correspondences of the two spellings; the
index adds them as spellings (the lowest kind) of the places of the Russian regions reports
name (:data:`geo.gazetteer.regions.RU_REGIONS`), so a Ukrainian place of the same name
keeps its rank.
"""
from __future__ import annotations

import re

__all__ = ["ukrainian_spellings"]

#: letters that are spelt another way in Ukrainian, whatever their place
_LETTERS = str.maketrans({"ы": "и", "Ы": "И", "э": "е", "Э": "Е", "ъ": "'", "Ъ": "'"})
#: word endings: a town's "-ск" ("Рыльск"), an adjective's ("Приморский", "Красная"), a
#: neuter village's ("-ово", "-ево", "-ино": "Глушково", "Шебекино"), "-шь" ("Россошь"),
#: "-цы" ("Клинцы": "Клинці") and an adjective before a noun ("Красная Яруга": "Красна")
_ENDINGS = ((re.compile(r"ск(?=$|[\s-])"), "ськ"), (re.compile(r"ск[иі]й(?=$|[\s-])"), "ський"),
            (re.compile(r"ская(?=$|[\s-])"), "ська"), (re.compile(r"ское(?=$|[\s-])"), "ське"),
            (re.compile(r"([ое])во(?=$|[\s-])"), r"\1ве"), (re.compile(r"([иі])но(?=$|[\s-])"), r"\1не"),
            (re.compile(r"шь(?=$|[\s-])"), "ш"), (re.compile(r"ци(?=$|[\s-])"), "ці"),
            (re.compile(r"ая(?=\s)"), "а"), (re.compile(r"ое(?=\s)"), "е"))
_VOWELS = "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯ"


def _yo(text: str) -> str:
    """"ё" as Ukrainian writes it: "ьо" after a consonant ("Тёткино": "Тьоткино"), "йо"
    elsewhere."""
    out = []
    for i, ch in enumerate(text):
        if ch in "ёЁ":
            after_consonant = i > 0 and text[i - 1].isalpha() and text[i - 1] not in _VOWELS
            out.append(("ьо" if after_consonant else "йо") if ch == "ё"
                       else ("ЬО" if after_consonant else "Йо"))
        else:
            out.append(ch)
    return "".join(out)


def _converted(name: str) -> str:
    """``name`` with the letters and endings Ukrainian spells otherwise."""
    text = _yo(name).translate(_LETTERS)
    for pattern, replacement in _ENDINGS:
        text = pattern.sub(replacement, text)
    return text


def ukrainian_spellings(name: str) -> set[str]:
    """The Ukrainian spellings of a Russian place name in Cyrillic (none but the name's own
    letters changed; the name itself is left out).

    Russian "и" is Ukrainian "и" in some names and "і" in others ("Климово": "Климове";
    "Шебекино": "Шебекіне" as often as "Шебекине"), so both are written; so are a doubled
    "сс" and a single one ("Россошь": "Россош"; "Новороссийск": "Новоросійськ").

    Examples
    --------
    >>> sorted(ukrainian_spellings("Рыльск"))
    ['Рильськ']
    >>> "Новоросійськ" in ukrainian_spellings("Новороссийск")
    True
    >>> sorted(ukrainian_spellings("Шебекино"))
    ['Шебекине', 'Шебекіне']
    >>> ukrainian_spellings("Суджа")
    set()
    """
    forms = {_converted(name), _converted(name.replace("и", "і").replace("И", "І"))}
    forms |= {form.replace("сс", "с") for form in forms}
    if name[:1] == "Е":
        forms |= {"Є" + form[1:] for form in forms}      # "Ейск": "Єйськ"
    forms.discard(name)
    return forms
