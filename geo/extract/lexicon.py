"""Attack vocabulary: weapon words per attack type and the cues of an attack.

Patterns cover English, Ukrainian and Russian (Cyrillic stems match every
case form). :func:`attack_types` names the types a clause speaks of;
:func:`cue_spans` finds the words that say an attack happened (an impact, a
strike, casualties, damage) and, separately, the words of an air-raid alert or
a threat, which alone are not an event.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from geo.extract.gate import Gate, sentence_words
from geo.extract.no_attack import without_non_attacks
from geo.schema import ATTACK_TYPES

_FLAGS = re.IGNORECASE | re.UNICODE


def _union(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _FLAGS)



#: attack type -> pattern of the words that name it (checked in this order)
TYPE_PATTERNS: dict[str, re.Pattern[str]] = {
    "glide_bomb": _union(
        r"\bglid(?:e|ing)[- ]bombs?\b", r"\bguided (?:aerial |air )?bombs?\b",
        r"\b(?:aerial|air)[- ]bombs?\b", r"(?-i:\bKABs?\b)", r"(?-i:\bUMPKs?\b)",
        r"(?-i:\bFAB(?:-\d+)?s?\b)",
        r"(?-i:\bКАБ(?:и|ів|ами|ом|ах|ы|ов|у|а|ам|і)?\b)", r"(?-i:\bУМПК\b)", r"(?-i:\bФАБ\b)",
        r"\bкерован\w* авіа\w*бомб\w*",
        r"\bуправляем\w* авиа\w*бомб\w*", r"\bавіабомб\w*", r"\bавиабомб\w*",
        r"\bавіаційн\w* бомб\w*", r"\bавиационн\w* бомб\w*", r"\bкерованими бомбами\b"),
    "drone": _union(
        r"\bdrones?\b", r"\bUAVs?\b", r"\bFPVs?\b", r"\bShahed(?:s|-\d+)?\b",
        r"\bGeran(?:s|-\d+)?\b",
        r"(?-i:\bLancets?\b)", r"\bloitering munitions?\b", r"\bkamikaze\b", r"\bunmanned\b",
        r"\bдрон\w*", r"\bБПЛА\b", r"\bБпЛА\b", r"\bбезпілотн\w*", r"\bбеспилотн\w*",
        r"\bшахед\w*", r"\bгерань\w*", r"\bгеран(?:і|и|ей|ями|ям|ях|ів)\b",
        r"(?-i:\bЛан[цс]ет\w*)", r"(?-i:\bМолні[яюєї]\w*|\bМолни[яюей]\w*|\bMolniy?a\b)",
        r"(?-i:\bГербер\w*|\bGerbera\w*)",
        r"\bFPV-\w+", r"\bФПВ\b", r"\bФПВ-\w+"),
    "missile": _union(
        r"\bmissiles?\b", r"\bIskanders?(?:-[MK])?\b", r"\bKh-\d+\w*", r"\bKalibrs?\b",
        r"\bKinzhals?\b", r"\bTochka(?:-U)?\b", r"\bATACMS\b", r"\bStorm Shadows?\b",
        r"\bS-[34]00s?\b", r"\bOniks\b", r"\bZircons?\b",
        r"\bballistic\b", r"\bбалістик\w*", r"\bбаллистик\w*",
        r"\brockets?\b(?! (?:artillery|launchers?\b))",
        r"\bракет\w*", r"\bІскандер\w*", r"\bИскандер\w*", r"(?-i:\bКалібр\w*)",
        r"(?-i:\bКалибр\w*)",     # the missile, not "снарядов калибра 155 мм" (calibre)
        r"\bКинджал\w*", r"\bКинжал\w*", r"\bХ-\d+\w*", r"\bС-[34]00\b", r"\bбалістичн\w*",
        r"\bбаллистическ\w*", r"\bкрилат\w*", r"\bкрылат\w*", r"\bОнікс\w*", r"\bОникс\w*",
        r"\bЦиркон\w*"),
    "artillery": _union(
        r"\bshell(?:ing|ed|s)?\b", r"\bartillery\b", r"\bMLRS\b", r"(?-i:\bGrads?\b)",
        r"(?-i:\bUragans?\b)",
        r"\bSmerch\b", r"\bmortars?\b", r"\bhowitzers?\b", r"\brocket artillery\b",
        r"\bmultiple rocket launchers?\b", r"\btank fire\b", r"\bcannon\w*", r"\bHIMARS\b",
        r"(?-i:\bTornado-[SG]\b)", r"(?-i:\bТорнадо-[СГ]\b)", r"(?-i:\bBM-(?:21|27|30)\b)",
        r"(?-i:\bБМ-(?:21|27|30)\b)",
        r"\bобстріл\w*", r"\bобстрел\w*", r"\bобстрілю\w*", r"\bобстрелива\w*",
        r"\bартилер\w*", r"\bартиллер\w*", r"\bРСЗВ\b", r"\bРСЗО\b",
        r"\bартобстріл\w*", r"\bартобстрел\w*",
        r"(?-i:\bГрад(?:а|ом|ами|и|ів|ов|ах)?\b)",
        r"(?-i:\bУраган\w*)", r"(?-i:\bСмерч\w*)", r"\bміномет\w*", r"\bминомет\w*", r"\bснаряд\w*",
        r"\bгаубиц\w*",
        r"\bGradov\b",
        # "выпустили по Горловке 34 боеприпаса" (not "склад боеприпасов")
        r"\b(?:выпущен\w*|выпустил\w*|випущен\w*|випустил\w*)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:боеприпас\w*|боєприпас\w*)"),
    "airstrike": _union(
        r"\bair ?strikes?\b", r"\bair raids? (?:on|hit|struck|killed)\b", r"\baviation\b",
        r"\bwarplanes?\b", r"\bfighter jets?\b", r"\bSu-\d+\w*", r"\bbomb(?:ing|ed)\b",
        r"\bhelicopters?\b", r"\bavia(?:tion)? strikes?\b", r"\baerial bombardments?\b",
        r"\bdropp(?:ed|ing) (?:\w+ ){0,2}bombs\b", r"\bair-dropped bombs?\b",
        r"\bавіаудар\w*", r"\bавиаудар\w*", r"\bавіаці\w*", r"\bавиаци\w*", r"\bавіанальот\w*",
        r"\bавианалет\w*", r"\bСу-\d+\w*", r"\bвертоліт\w*", r"\bвертол[её]т\w*",
        r"\bбомбардуван\w*", r"\bбомбардировк\w*"),
    "ground_assault": _union(
        r"\bassaults?\b", r"\bstorm(?:ed|ing)\b", r"\bclash(?:es|ed)?\b",
        r"\bcombat engagements?\b", r"\bfirefights?\b", r"\boffensive actions?\b",
        r"\boffensives?\b",
        r"\battacks? (?:were |was |had been |have been )?(?:repelled|repulsed)\b",
        r"\b(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing)?) (?:\w+ ){0,4}(?:attacks?|assaults?|"
        r"attempts?)\b",
        r"\b(?:tried|attempted|attempts?|attempting|trying|sought) to (?:advance|push "
        r"(?:forward|through)|break through|wedge)\b", r"\binfantry\b",
        r"\bmechani[sz]ed (?:attack|assault)s?\b", r"\bground (?:attack|assault|offensive)s?\b",
        r"\bштурм\w*", r"\bнаступальн\w*", r"\bнаступательн\w*", r"\bбоєзіткнен\w*",
        r"\bбоестолкновен\w*", r"\bбойов\w* зіткнен\w*", r"\bбоев\w* столкновен\w*",
        r"\bзіткнен\w*", r"\bстолкновен\w*", r"\bвідбил\w* (?:\w+ ){0,3}атак\w*",
        r"\bотбил\w* (?:\w+ ){0,3}атак\w*", r"\bатак\w* (?:\w+ ){0,2}відбит\w*",
        r"\bотрази\w* (?:\w+ ){0,3}атак\w*", r"\bотраж\w* (?:\w+ ){0,3}атак\w*",
        r"\bатак\w* (?:\w+ ){0,2}отраж\w*",
        r"\b(?:намага|пробува|спроб)\w* (?:\w+ ){0,2}просунут\w*",
        # "намагався витіснити наші підрозділи з позицій", "пытался выбить"
        r"\b(?:намага|пробува|спроб|пыта|попыт)\w* (?:\w+ ){0,2}(?:витіснит\w*|вибит\w*|"
        r"вытеснит\w*|выбит\w*)",
        # the General Staff's "ворог 12 разів атакував біля X", "здійснили 22 атаки біля X",
        # "the enemy attacked once near X": attacks near a place are assaults
        r"\b(?:ворог|противник|агресор|окупант|загарбник|враг|оккупант)\w*\s+(?:[\w']+\s+){0,3}?"
        r"(?:атакува\w*|атакова\w*|здійснив\w*\s+\d+\s+атак\w*|совершил\w*\s+\d+\s+атак\w*)"
        r"\s+(?:[\w']+\s+)?(?:біля|поблизу|в районі|у районі|в районах|у районах|около|возле|"
        r"в районе)\b",
        r"\b(?:окупанти|ворог|противник|оккупанты|враг)\s+здійснил\w*\s+\d+\s+атак\w*\s+"
        r"(?:біля|поблизу|в районі|у районі|в районах|у районах)\b",
        r"\b(?:enemy|forces|troops|occupiers)\s+(?:\w+\s+){0,2}?attacked\s+(?:\w+\s+){0,3}?near\b",
        r"\b(?:пыта|попыт|пробова)\w* (?:\w+ ){0,2}продвинут\w*", r"\bвклини\w*",
        # "ВСУ контратаковали у X", "зачистка Купянска", "закрепились в X", "просочуватися",
        # "Освобождён населённый пункт X"
        r"\bконтратак\w*", r"\bcounter-?attack\w*", r"\bзачистк\w*", r"\bзачища\w*",
        r"\bзакрепил\w*", r"\bзакріпил\w*", r"\bпросоч\w*", r"\binfiltrat\w*",
        r"\b(?:освобожд[её]н\w*|освобождено|звільнено|звільнили)\s+(?:\w+\s+)?"
        r"(?:населенн\w+|населен\w+|насел[её]н\w+)\s+пункт\w*",
        r"\bвклинит\w*", r"\bпіхот\w*", r"\bпехот\w*",
        r"\bfighting\b", r"\bbattles?\b", r"\battack(?:ed|ing|s)? (?:\w+ ){0,2}positions\b",
        r"\battacks? near\b", r"\bатак\w* (?:\w+ ){0,4}[ув] район\w* населен\w*",
        r"\bатак\w* на позиці\w*", r"\bатак\w* на позици\w*",
        r"\b(?:troops|forces|units|army|soldiers|they) (?:\w+ )?(?:advanced|captured|seized|"
        r"took control of|pushed)\b",
        r"\b(?:captured|seized|took control of) the (?:village|town)\b",
        r"\bпросунул\w*", r"\bпродвинул\w*", r"\bзахопил\w*", r"\bзахватил\w*",
        # a village "liberated" (a capture claimed by either side)
        r"\bliberated the (?:village|town|settlement|city) of\b", r"\bосвободил\w*",
        r"\bзвільнил\w*", r"\bосвобожд(?:[её]н|ено|ена|ены)\b",
        r"\bокупувал\w*", r"\bвзял\w* под контроль\b", r"\bзайшли в\b", r"\bзашли в\b",
        # "атакував у районах Кучерівки", "9 атак поблизу Торецька", "attacks ... near"
        r"\bатак\w* (?:[\w'’-]+ ){0,3}(?:у|в) районах\b",
        r"\bатак(?!ован)\w* (?:\w+ ){0,2}поблизу\b",
        # (each starts with its telling word: a common one first would open the attack-word
        # gate for most sentences, geo.extract.gate)
        r"\battacks? (?!(?:on|against|at)\b)(?:\w+ ){1,5}near\b", r"\bпросунув\w*",
        r"\bgains? (?:near|in|around|towards?|west|east|north|south)\b",
        r"\b(?:advanced|pushed) (?:\w+ )?(?:near|in|into|towards?|to)\b",
        r"\b(?:taken|captured|seized)\b(?:(?<=have taken)|(?<=have captured)|(?<=have seized))"
        r"(?-i:(?= [A-Z]))",                 # "Russian forces claim to have taken Serebrianka"
        r"\bliberated\b(?<!\bthe liberated)(?<!\bin liberated)(?<!\bof liberated)"
        r"(?<!\bnewly liberated)(?<!\brecently liberated)(?-i:(?= [A-Z]))",
        r"\bатакува\w* (?:\w+ ){0,2}позиці\w*", r"\bатаковал\w* (?:\w+ ){0,2}позици\w*",
        r"\b(?:troops|forces|units|enemy|occupiers|invaders|russians|army) attacked "
        r"(?:(?:(?!(?:oblast|region|hromada|community|city|town|district)\b)\w+ ){0,3}times|"
        r"(?:north|south|east|west)\w* of|near|in the \w+ direction)\b",   # not "attacked
        # Sumy Oblast 94 times": an oblast's count of strikes
        r"\bground combat\b", r"\bбої\b", r"\bбоїв\b", r"\bбоях\b",
        r"\bбои\b", r"\bбоев\b",
        r"\bпрорва\w* оборон\w*", r"\bпрорвати оборону\b", r"\bвідбит\w* (?:\w+ ){0,3}атак\w*",
        r"\bотбит\w* (?:\w+ ){0,3}атак\w*", r"\bнаступ(?:у|ав|али|ає|ают|ает|ление|ления)?\b"),
}

#: words that say an attack hit, took place or was fought off at a place
_IMPACT = _union(
    # English
    r"\bstruck\b", r"\bstrikes?\b", r"\bhit(?:s|ting)?\b", r"\battack(?:s|ed|ing)?\b",
    r"\btargeted\b", r"\btargeting\b", r"\bexplosions?\b", r"\bblasts?\b", r"\bexploded\b",
    r"\bdamag(?:ed|ing|e)\b", r"\bdestroy(?:ed|ing)\b", r"\bkill(?:ed|ing|s)\b",
    r"\binjur(?:ed|ing|ies)\b", r"\bwound(?:ed|ing)\b", r"\bdead\b", r"\bdied\b", r"\bcasualties\b",
    r"\bdebris\b", r"\bwreckage\b", r"\bshot down\b", r"\bdowned\b", r"\bintercepted\b",
    r"\bpounded\b", r"\bbombard(?:ed|ment|ments)\b", r"\bunder fire\b",
    r"\bfired (?:on|at|upon)\b", r"\bopened fire\b", r"\bimpact\b",
    r"\bdropp(?:ed|ing) (?:\w+ ){0,3}(?:bombs?|explosives?|munitions?|grenades?)\b",
    r"\bfighting (?:in|near|around|for)\b", r"\bamong the (?:targets|places hit|areas hit)\b",
    r"\bablaze\b", r"\bfire broke out\b", r"\bhurt\b", r"\bdeaths?\b",
    r"\bkilling\b", r"\bvictims?\b", r"\brepell?ed\b", r"\brepulsed\b",
    r"\bfighting\b", r"\bbattles?\b", r"\bassaults?\b", r"\bclash(?:es|ed)?\b",
    r"\b(?:affected|targeted|attacked|shelled)\s+(?:settlements|villages|towns|communities)\b",
    r"\b(?:settlements|villages|towns|communities)\s+(?:were\s+)?(?:also\s+)?affected\b",
    # "The main targets were Odesa region and ...", "Основною ціллю була Одещина"
    r"\b(?:main|primary|principal) targets? (?:was|were)\b",
    r"\b(?:основн|головн)\w* ціл(?:лю|і|ями|ь)\b", r"\b(?:основн|главн)\w* цел(?:ью|и|ями|ь)\b",
    # Ukrainian
    r"\bудар\w*", r"\bвдари\w*", r"\bвдарил\w*", r"\bатак\w*", r"\bатакува\w*", r"\bвибух\w*",
    r"\bвлучан\w*", r"\bвлучил\w*", r"\bвлучив\w*", r"\bпоціли\w*", r"\bпошкодж\w*",
    r"\bзруйнов\w*", r"\bзагину\w*", r"\bзагибл\w*", r"\bзагинул\w*", r"\bзагинув\b",
    r"\bпоранен\w*", r"\bпоранил\w*", r"\bпостражд\w*", r"\bзнищен\w*", r"\bзбил\w*", r"\bзбит\w*",
    r"\bуламк\w*", r"\bуражен\w*", r"\bуразил\w*", r"\bприл(?:іт|ьот|ет|ёт)(?:и|ів|ы|ов|ом|а|у)?\b",
    r"\bжертв\w*",
    r"\bтравмован\w*", r"\bвідбил\w*", r"\bвідбито\b", r"\bзагорівся\b", r"\bзагорання\b",
    r"\bзагоріл(?:ася|ося|ися)\b", r"\bзайнял(?:ася|ося|ися|ся)\b", r"\bзагорел(?:ся|ась|ось|ись)\b",
    r"\bпожеж\w*", r"\bдістал\w* поранен\w*", r"\bвбит\w*", r"\bвбив\w*", r"\bвбил\w*",
    # "під (ворожим) вогнем перебували", "под (вражеским) огнем находились"
    r"\bпід (?:\w+ )?вогнем\b", r"\bпод (?:\w+ )?огн[её]м\b",
    # "ворог бив / гатив / цілив по Нікополю", "били у напрямку сіл": struck at
    r"\b(?:бив|била|били|б['’]є|б['’]ють|гатив|гатила|гатили|гатить|гатять|цілив|цілила|цілили|"
    r"бил|бьет|бьют|бьёт)\s+(?:по|у напрямку|в напрямку|в направлении)\b",
    r"\bвідкри\w* вогонь\b", r"\bоткры\w* огонь\b",
    # "Дісталося Нікополю, Марганецькій ... громадам": (the places) got hit
    r"\bдісталос[ья]\b", r"\bдосталос[ья]\b",
    # "Потерпали Нікополь, Марганецька громада", "Під прицілом були ... громади"
    r"\bпотерпал[аио]?\b", r"\bпід прицілом\b", r"\bпод прицелом\b",
    # Russian
    r"\bвзрыв\w*", r"\bпопадан\w*", r"\bпопал\w*", r"\bповрежд\w*", r"\bразруш\w*", r"\bпогиб\w*",
    r"\bранен\w*", r"\bранил\w*", r"\bпострада\w*", r"\bуничтож\w*", r"\bсбил\w*", r"\bсбит\w*",
    r"\bобломк\w*", r"\bпоражен\w*", r"\bпоразил\w*", r"\bотбил\w*", r"\bотбито\b", r"\bубит\w*",
    r"\bубил\w*", r"\bпожар\w*", r"\bатаковал\w*", r"\bбої\b", r"\bбоїв\b", r"\bбоях\b", r"\bбои\b",
    r"\bбоев\b",
    r"\bштурм\w*",
)

#: words of an air-raid alert or a threat (not an attack on their own)
_ALERT = _union(
    r"\bair[- ]raid alerts?\b", r"\balerts?\b", r"\balarms?\b", r"\bsirens?\b",
    r"\bthreat of\b", r"\bwarn(?:ed|ing)? of\b", r"\bshelters?\b",
    r"\b(?:missile|ballistic|drone|UAV|air) threat\b",
    # "режим беспилотной (ракетной) опасности", "ракетна небезпека"
    r"\b(?:беспилотн|ракетн|авиацион)\w* опасност\w*", r"\b(?:ракетн|авіаційн)\w* небезпек\w*",
    r"\bтривог\w*", r"\bтревог\w*", r"\bзагроз\w*", r"\bугроз\w*", r"\bсирен\w*", r"\bукритт\w*",
    r"\bукрыти\w*", r"\bукрыт\w*",
)

#: impact words that still count when an alert is mentioned (the alert was not all)
_STRONG_IMPACT = _union(
    r"\bstruck\b", r"\bhit\b", r"\bexplosions?\b", r"\bblasts?\b", r"\bdamaged\b",
    r"\bdestroyed\b", r"\bkill(?:ed|ing)\b", r"\binjur(?:ed|ing)\b", r"\bwound(?:ed|ing)\b",
    r"\bshot down\b", r"\bdowned\b", r"\bdebris\b", r"\bintercepted\b", r"\battacked\b",
    r"\bshelled\b", r"\bpounded\b",
    r"\bвибух\w*", r"\bвлучан\w*", r"\bпошкодж\w*", r"\bзагину\w*", r"\bзагибл\w*",
    r"\bпоранен\w*", r"\bпостражд\w*", r"\bзбил\w*", r"\bзбит\w*", r"\bуламк\w*",
    r"\bатакува\w*", r"\bвдарил\w*", r"\bобстріля\w*",
    r"\bвзрыв\w*", r"\bпопадан\w*", r"\bповрежд\w*", r"\bпогиб\w*", r"\bранен\w*",
    r"\bпострада\w*", r"\bсбил\w*", r"\bсбит\w*", r"\bобломк\w*", r"\bатаковал\w*",
    r"\bатакован\w*",
    r"\bударил\w*", r"\bобстреля\w*",
)

#: "X attacks" with X a weapon word: the ground type does not apply ("drone attacks")
_WEAPON_ATTACK = _union(
    r"\b(?:drone|missile|rocket|air|artillery|UAV|Shahed|combined|aerial)\s+attacks?\b",
    # "attacked Kostiantynivka 9 times with glide bombs", "атакував ... КАБами"
    r"\battack\w* (?:[\w-]+ ){0,5}with (?:\w+ )?(?:glide bombs|bombs|drones|missiles|rockets|"
    r"artillery|KABs|shells|MLRS)\b",
    r"\bатак\w* (?:[\w'’-]+ ){0,5}(?:КАБ\w*|дрон\w*|ракет\w*|авіабомб\w*|авиабомб\w*|БпЛА|"
    r"БПЛА|артилері\w*|артиллери\w*|безпілотн\w*|беспилотн\w*|шахед\w*)",
    # an air attack on a city repelled, or air defence repelling one: "атака на Севастополь
    # отражена", "ПВО отражала атаку на город"
    r"\bатак\w* на (?-i:[А-ЯІЇЄҐЁA-Z])[\w'’-]*\s+(?:\w+\s+)?(?:отраж\w*|відбит\w*|відбил\w*)",
    r"\b(?:ПВО|ППО|air defen[cs]e)\s+(?:\w+\s+){0,2}(?:отраж\w*|отрази\w*|отбил\w*|отбива\w*|"
    r"відбива\w*|відбил\w*|repell?\w*)\s+(?:\w+\s+){0,2}(?:атак\w*|attacks?)",
    r"\bатак\w* (?:дрон\w*|БПЛА|безпілотн\w*|беспилотн\w*|ракет\w*|шахед\w*)",
    # "отражена атака БЭК" (unmanned boats): no ground assault
    r"\bатак\w* (?:\w+ )?(?:БЭК\w*|БЕК\w*|безэкипажн\w*|безекіпажн\w*|катер\w*|USVs?)",
    r"\b(?:ракетн\w*|дронов\w*|комбінован\w*|комбинированн\w*|воздушн\w*|повітрян\w*) атак\w*",
    # "атака отражена в Аксайском районе" (a governor's post: an air attack)
    r"\bатак\w* (?:был\w* )?отражен\w* (?:в|над) (?-i:[А-ЯЁ])",
)


_TYPE_GATES: dict[str, Gate] = {name: Gate([p.pattern]) for name, p in TYPE_PATTERNS.items()}


def attack_types(text: str, words: list[str] | None = None) -> tuple[str, ...]:
    """The attack types a piece of text names, in canonical order.

    A glide bomb is dropped from an aircraft: when a glide bomb is named, the
    generic aviation words do not add ``airstrike``. ``words`` (from
    :func:`geo.extract.gate.sentence_words`) may be passed when already known.

    Examples
    --------
    >>> attack_types("combined drone and missile attacks")
    ('missile', 'drone')
    >>> attack_types("обстріл з РСЗВ")
    ('artillery',)
    """
    if words is None:
        words = sentence_words(text)
    if "#" in text:                     # "#Сумщина #обстріли": a channel's tag, no weapon
        text = _HASHTAG.sub("", text)
    if _UNIT_GATE.open(words):          # "the 47th Assault Brigade": a unit's name
        text = _ASSAULT_UNIT.sub(" ", text)
    if _DRONE_TARGET_GATE.open(words) and _DRONE_TARGET.search(text):
        text = _DRONE_TARGET.sub(" ", text)     # "struck a drone workshop": the target
    found = [name for name, pattern in TYPE_PATTERNS.items()
             if _TYPE_GATES[name].open(words) and pattern.search(text)]
    if "glide_bomb" in found and "airstrike" in found:
        found.remove("airstrike")
    if "ground_assault" in found and _only_weapon_attacks(text):
        found.remove("ground_assault")
    if "artillery" in found and len(found) > 1 and _SHELLING_WITH.search(text) \
            and not TYPE_PATTERNS["artillery"].search(_SHELLING_WITH.sub(" ", text)):
        found.remove("artillery")       # "обстріл КАБами": the shelling was by glide bombs
    return tuple(t for t in ATTACK_TYPES if t in found)


_HASHTAG = re.compile(r"#\w+")
#: "shelling" told with the weapon it was done with: "обстріл КАБами", "обстрелы из дронов",
#: "shelling with drones"
_SHELLING_WITH = re.compile(
    r"\b(?:обстріл|обстрел|shell)\w*\s+(?:(?:з|із|из|with)\s+)?(?:\w+\s+)?(?:КАБ|дрон|ракет|БпЛА|"
    r"БПЛА|безпілотн|беспилотн|авіабомб|авиабомб|шахед|drone|missile|glide)\w*", re.IGNORECASE)
#: a unit named for assaults, told as the source of a video or a claim: "the 3rd Assault
#: Brigade", "79th Air Assault Brigade", "3-тя окрема штурмова бригада"
_ASSAULT_UNIT = re.compile(
    r"\b(?:(?:separate|special|air|mechani[sz]ed|mountain|marine|airmobile)\s+)*assault\s+"
    r"(?:brigade|regiment|battalion|corps|forces|troops)s?\b|"
    r"\b(?:десантно-)?штурмов\w+\s+(?:бригад|полк|батальйон|батальон|корпус|військ|войск)\w*",
    re.IGNORECASE)
_UNIT_GATE = Gate([r"\b(?:brigade|regiment|battalion|corps|forces|troops|бригад|полк|батальйон|"
                   r"батальон|корпус|військ|войск)"])
#: drones as the target, not the weapon: "a drone workshop", "склад БпЛА", "цех дронов"
_DRONE_TARGET = re.compile(
    r"\b(?:drone|UAV)s?\s+(?:workshops?|factory|factories|plants?|production|assembly|"
    r"depots?|warehouses?|manufactur\w*|operators?|control)\b|"
    r"\b(?:завод\w*|цех\w*|склад\w*|виробництв\w*|производств\w*|майстерн\w*|мастерск\w*|"
    r"операторів|операторов|пункт\w* управління|пункт\w* управления)\s+"
    r"(?:ударних\s+|ударных\s+)?(?:дронів|дронов|БпЛА|БПЛА|безпілотників|беспилотников)\b",
    re.IGNORECASE)
_DRONE_TARGET_GATE = Gate([r"\b(?:workshop|factory|factories|plant|production|assembly|depot|"
                           r"warehouse|manufactur|operator|control|завод|цех|склад|виробництв|"
                           r"производств|майстерн|мастерск|операторів|операторов|пункт)"])


def _only_weapon_attacks(text: str) -> bool:
    """True when every ground-assault word is part of a weapon phrase ("drone attacks")."""
    stripped = _WEAPON_ATTACK.sub(" ", text)
    return not TYPE_PATTERNS["ground_assault"].search(stripped)


_ANY_ATTACK_WORD = Gate([_IMPACT.pattern, *(p.pattern for p in TYPE_PATTERNS.values())])


def may_have_cue(text: str, words: list[str] | None = None) -> bool:
    """False when the text has no attack word at all (a fast, exact pre-check)."""
    return _ANY_ATTACK_WORD.open(sentence_words(text) if words is None else words)


_ALERT_GATE = Gate([_ALERT.pattern])
_IMPACT_GATE = Gate([_IMPACT.pattern])


def has_attack_cue(text: str, words: list[str] | None = None) -> bool:
    """True when the text says an attack happened (not only an alert or a threat).

    Examples
    --------
    >>> has_attack_cue("An air-raid alert was declared in Kyiv over the threat of drones.")
    False
    >>> has_attack_cue("A glide bomb struck Kramatorsk.")
    True
    >>> has_attack_cue("Holding the ridge may let the enemy strike at Kostiantynivka.")
    False
    """
    if words is None:
        words = sentence_words(text)
    kept = without_non_attacks(text, words)
    if kept is None:
        return False
    text, words = kept
    if _ALERT_GATE.open(words) and _ALERT.search(text):
        return bool(_STRONG_IMPACT.search(_ALERT.sub(" ", text)))
    if _IMPACT_GATE.open(words) and _IMPACT.search(text):
        return True
    return any(_TYPE_GATES[name].open(words) and pattern.search(text)
               for name, pattern in TYPE_PATTERNS.items())


def cue_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the attack words (impact or weapon) in ``text``."""
    spans = [m.span() for m in _IMPACT.finditer(text)]
    for pattern in TYPE_PATTERNS.values():
        spans.extend(m.span() for m in pattern.finditer(text))
    return sorted(spans)


def merge_types(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """The union of several type tuples, in the canonical order (``ATTACK_TYPES``)."""
    seen = {t for g in groups for t in g}
    return tuple(t for t in ATTACK_TYPES if t in seen)
