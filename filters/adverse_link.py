"""An effect told through its link to a product: cause or time, with a body system in lay words.

The adverse-event gate needs an effect word from its lists. Many reports name no listed symptom but tie a
change in the body to a product, either as its cause ("the steroids made my dad paranoid", "turmeric capsules
gave me awful reflux", "el parche me dejó la piel en carne viva", "от таблеток у меня выпадают волосы") or by
time ("since the implant my period has been going for 3 weeks", "desde el DIU la regla me dura dos semanas",
"после прививки месячные пришли раньше"). Either link, composed in one clause with a part of the body or a
function of it (skin, period, sodium, mood, sleep, weight... by system, EN/ES/RU with their inflections), reads
as the effect, unless what follows is praise or a return to normal ("since the pills my skin is clear").
"""

from __future__ import annotations

import re

from castguard.filters.adverse_words import BODY_SYSTEMS


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _alternation(entries: tuple[str, ...]) -> str:
    """Regex alternation of lexicon entries; a trailing ``*`` lets a stem take an inflection."""
    parts = sorted({e.lower() for e in entries}, key=len, reverse=True)
    return "|".join(re.escape(p[:-1]) + r"\w*" if p.endswith("*") else re.escape(p) for p in parts)


#: A part of the body or a function of it, by system (skin, circulation, digestion, mind, sex, limbs, weight).
BODY = _rx(rf"(?<![\w-])(?:{_alternation(BODY_SYSTEMS)})(?![\w-])")

#: The product as the cause, right after it (up to three words between): "made me", "gave my mum", "left two
#: burns", "has me shitting", "killed my sex drive", "me dejó", "le provocó", "вызвал у меня".
CAUSE_AFTER = _rx(
    # up to three words between the product and its verb, in one clause (no comma, colon or dash between)
    r"(?:[^\w,;:()\u2014\u2013'’]{1,8}[\w'’]+){0,3}?[^\w,;:()\u2014\u2013'’]{1,8}(?:"
    r"(?:made|makes|making|make|gave|gives|given|give|giving|left|leaves|leaving|caused|causes|causing|killed|kills"
    r"|ruined|ruins|wrecked|wrecks|messed up|screwed up|thinned|thins|stained|stains|burned|burnt|burns|rubbed"
    r"|turned|turns|is giving|are giving|has given|have given|is making|are making)"
    r"\s+(?:me|my|him|his|her|them|their|us|our|mine|the|a|an|some|such|so|this|two|three|\d+)\b"
    r"|(?:has|have|had|got|gets|is getting|are getting)\s+(?:me|him|her|them)\s+\w+ing\b"
    r"|(?:is|are|was|were)\s+doing\s+(?:something|things|stuff)\b"
    r"|(?:is|are|was|were) (?:killing|wrecking|destroying|messing with|doing a number on) (?:me|my|him|his|her)\b"
    r"|(?:numbed|stung|irritated|dried|cracked|blistered|scarred|bloated|swelled|inflamed|knocked|wiped|floored)"
    r"\s+(?:me|my|him|his|her|them|their|out)\b"
    # Spanish: a clitic of the person and a verb of what the product did or does to them ("me dejó", "le mancharon
    # los dientes", "me quema", "me sientan fatal", "me está matando")
    r"|(?:me|le|les|nos)\s+(?:(?:ha|han|había|habían)\s+)?(?:dio|dieron|dej[óo]|dejaron|puso|pusieron|hizo|hicieron"
    r"|provoc[óo]|provocaron|caus[óo]|causaron|arruin[óo]|arruinaron|quem[óo]|quemaron|manch[óo]|mancharon"
    r"|durmi[óo]|durmieron|hinch[óo]|hincharon|irrit[óo]|irritaron|inflam[óo]|sec[óo]|tumb[óo]|tumbaron"
    r"|destroz[óo]|destrozaron|revolvi[óo]|alter[óo]|afect[óo]|afectaron|jodi[óo]|jodieron|fastidi[óo]"
    r"|da|dan|deja|dejan|pone|ponen|tiene|tienen|dado|dejado|puesto|hecho|provocado|causado|quemado|arruinado"
    r"|quema|queman|pica|pican|irrita|irritan|hincha|hinchan|mancha|manchan|arde|arden"
    r"|sienta|sientan|sent[óo]|sentaron)\b"
    r"|(?:me|le|les)\s+est[áa]n? (?:dando|matando|haciendo|provocando|dejando|destrozando)\b"
    # Russian: the person in the accusative and a present or past verb of what the product does to them ("меня
    # вырубают", "его трясёт"), being made to take it excepted; a verb of harm with the person in the dative
    # ("натёр мне", "онемил ей рот"); a verb of harm alone ("вызвал", "испортил")
    r"|(?:меня|его|её|ее|нас|ребёнка|ребенка)\s+(?:выруба\w*|вырубил\w*|рубит|рубят|крутит|крутило"
    r"|ломает|ломало|колбас\w+|плющ\w+|трясёт|трясет|трясло|знобит|знобило|морозит|выворачива\w+|вывернуло"
    r"|мутит|мутило|шатает|шатало|кидает|накрыва\w+|накрыло|скрутило|сморило|развезло|обсыпало|раздуло|убива\w+"
    r"|убил[аи]?|доконал\w*|валит|свалил\w*)\b"
    r"|(?:натёр\w*|натер\w*|сжёг|сжег|сожгл\w*|испортил\w*|посадил\w*|онемил\w*|разъел\w*|обжёг|обжег|обожгл\w*"
    r"|угробил\w*|довёл|довел|довела|довели|подняли?|подняла|сбил\w*|убил\w*)\s+(?:мне|ей|ему|им|нам|ребёнку"
    r"|ребенку)\b"
    r"|(?:вызвал\w*|испортил\w*|посадил\w*|сжёг|сжег|сожгл\w*|натёр\w*|натер\w*)\b"
    r")"
)
#: Time or cause before the product: "since", "ever since", "after", "the day after", "on ... for", "desde",
#: "después de", "tras", "con", "после", "с тех пор как", "от", "из-за", "на".
LINK_BEFORE = _rx(
    r"(?:\b(?:ever )?since|\bafter|\bday after|\bfrom|\bbecause of|\bdue to|\bstarted (?:me|him|her|them) on"
    r"|\bwhen (?:i|she|he|they|we) (?:started|began|went on)"
    r"|\bdesde|\bdespu[ée]s de(?:l)?|\btras|\bcuando (?:empec[ée]|empez[óo]|me pus\w+|tom[ée])"
    r"|\ba ra[íi]z de(?:l)?|\ba partir de(?:l)?|\bal (?:tomar|usar|ponerme|empezar)|\bwhile (?:on|taking|using)"
    r"|\bпосле|\bс тех пор,? как|\bкак (?:начал\w*|стал\w*|поставил\w*)|\bиз-за|\bна фоне|\bпри при[её]ме"
    r"|\bв связи с|\bпропил[аи]? (?:курс)?)"
    # up to four words between the link and the product: a start, an article or possessive, a dose or a kind
    r"(?:\s+[\w'’-]+){0,4}?\s+$"
    # words of being on or taking a product link it only from close by ("on the new pill", "con la crema")
    r"|(?:\bon|\btook|\btaking|\bbeen taking|\bbeen on|\bcon|\bdel|\bpor|\btom[ée]|\btomando"
    r"|\bна|\bс|\bот|\bпил[аи]?|\bпью|\bпринима\w*|\bколю|\bколол[аи]?)(?:\s+[\w'’-]+){0,2}?\s+$"
)
#: The strong links alone: a body word before the product is tied to it only through one of them, close by
#: ("my period came early after the jab", "la regla se me adelantó desde la vacuna").
LINK_BEFORE_STRONG = _rx(
    r"(?:\b(?:ever )?since|\bafter|\bday after|\bfrom|\bbecause of|\bdue to|\bdesde|\bdespu[ée]s de(?:l)?|\btras"
    r"|\bpor|\ba ra[íi]z de(?:l)?|\bпосле|\bс тех пор,? как|\bиз-за|\bна фоне|\bпри при[её]ме)"
    r"(?:\s+[\w'’-]+){0,4}?\s+$"
)
#: Time after the product, right after it: "booster shot and now ...", "y ahora", "и теперь", "теперь".
LINK_AFTER = _rx(
    r"(?:[^\w'’]{1,8}[\w'’]+)?"
    r"(?:[^\w'’]{1,8}(?:and now|y ahora|и теперь)|\s{0,4},\s{0,4}(?:and )?(?:now|ahora|теперь))\b"
)
#: A change for the better or a return to normal: "my skin is clear", "mi piel está mejor", "давление в норме".
GOOD = _rx(
    r"\b(?:better|great|good|fine|well|ok|okay|lighter|regular|easier|stronger|thicker|shinier|clear|clearer|cleared|improv\w+|normal|perfect|amazing|awesome|healthier"
    r"|stable|under control|glow\w*|smooth\w*|happier|calmer|relie\w+|back to|finally|nice"
    r"|helped|helps|love|loving|like a baby|doesn'?t (?:hurt|ache)"
    r"|encantad\w*|enamorad\w*|feliz|content[oa]s?|suave|ayud\w+|no (?:me |le )?duele|como un beb[ée]"
    r"|помога\w*|помогл\w*|не бол\w+|ясн\w*|в порядке|спас\w*|saved|salv[óo]|cur[óo]|quit[óo]|вылечил\w*"
    r"|thank\w*|agradec\w*|благодар\w*|gracias|спасибо|happy|pleased|maravilla|de lujo|довольн\w*|идеальн\w*"
    r"|снизил\w*|снизи\w*|ha bajado|baj[óo] (?:la|el) (?:tensi|presi|az[uú]car)|went from|came down|down to"
    r"|cur(?:aron|ado|ada)"
    r"|mejor\w*|bien|genial|perfect\w*|estable|controlad\w*"
    r"|лучше|хорош\w*|отличн\w*|норм\w*|налади\w*|улучши\w*|стабильн\w*|чист\w*)\b"
)
#: What a product gives that is no harm: a life back, confidence, peace, a laugh, a thought.
_GIFT = _rx(
    r"\b(?:life|confidence|peace|hope|energy|day|laugh\w*|smile\w*|think\w*|wonder\w*|reali[sz]e\w*|want\w*|chance"
    r"|option|idea|sense|freedom|courage|relief|germs|bacteria|virus\w*|bugs|gérmenes|bacterias|бактери\w*|микроб\w*"
    r"|efecto|vida|energ[ií]a|ganas|confianza|alivio|paz|esperanza|жизн\w*|энерги\w*"
    r"|надежд\w*|уверенност\w*|облегчени\w*|спокойстви\w*)\b"
)
#: A modal or an aim between the product and its verb: the cause is supposed or asked.
_SUPPOSED = _rx(
    r"\b(?:would|could|will|might|may|can|should|gonna|to|does|do|did|puede|pueden|podr[ií]a|va a|vaya a|"
    r"может|могут|будет|бы)\b|'ll\b"
)
#: The second person before a body word: the body of anyone, or a taunt.
_YOURS = _rx(r"\b(?:your|ur|yours|tu|tus|su|sus|твой|твоя|твои|твоё|ваш\w*)\s+$")
#: What joins a product to what it treats: "la pastilla de la tensión", "крем для лица", "drops for the eyes".
_NAMED_FOR = _rx(r"\s{1,4}(?:de|del|para|for|для|от)(?:\s{1,4}(?:la|el|los|las|my|the|his|her|мо\w+))?\s{1,4}")
#: A negator or a relative pronoun between the product and its verb: denied, or a clause of who gave it.
_CAUSE_DENIED = _rx(r"\b(?:no|not|never|nunca|jam[áa]s|не|ни|никогда|que|that|which|who|котор\w+)\b|n'?t\b")
#: A meal the time is told from.
_MEAL = _rx(
    r"\b(?:breakfast|lunch|dinner|supper|meal|meals|eating|desayuno|almuerzo|comida|comer|cena|cenar|завтрака|обеда"
    r"|ужина|еды)\b"
)
#: Clause ends: the link and the body word must stand in one clause.
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\bbut\b|\bpero\b|\bно\b")


def may_link(lower: str, product_start: int, product_end: int) -> bool:
    """A cheap first look: the product is followed by a verb of cause, or stands after or before a word of time,
    and (for time) a body word is somewhere in the text. :func:`linked_body` decides."""
    n = len(lower)
    if CAUSE_AFTER.match(lower, product_end, min(n, product_end + 60)) is not None:
        return True
    if (
        LINK_BEFORE.search(lower, max(0, product_start - 50), product_start) is None
        and LINK_AFTER.match(lower, product_end, min(n, product_end + 20)) is None
    ):
        return False
    return BODY.search(lower) is not None


def linked_body(lower: str, start: int, end: int, product_start: int, product_end: int) -> tuple[int, int] | None:
    """The span of a body word linked to the product at ``product_start:product_end`` within
    ``lower[start:end]`` (a sentence), or None.

    The product must be the cause named right after it, or follow a word of time or cause; the body word
    stands after the product in the same clause (or, for a product named as the cause, anywhere after it in
    the sentence), and no word of improvement stands in that stretch.
    """
    cause = CAUSE_AFTER.match(lower, product_end, min(end, product_end + 60))
    if cause is not None and _SUPPOSED.search(lower, product_end, cause.end()) is not None:
        cause = None  # "would make me", "to give me", "puede dejarte": a cause supposed, not told
    if cause is not None and _CAUSE_DENIED.search(lower, product_end, cause.end()) is not None:
        return None  # "nunca me ha hecho daño", "que me dio el cardiólogo": denied, or who gave it
    if GOOD.search(lower, start, end) is not None:
        return None
    link_start = product_start
    strong = None
    if cause is None:
        window = max(start, product_start - 50)
        before = LINK_BEFORE.search(lower[window:product_start])
        if before is not None and _MEAL.search(before.group()) is not None:
            return None  # "sugar 290 after breakfast": the time is a meal's, not the product's
        if before is not None:
            link_start = window + before.start()
            strong = LINK_BEFORE_STRONG.search(lower[window:product_start])
        elif LINK_AFTER.match(lower, product_end, min(end, product_end + 20)) is None:
            return None
    tail_end = end
    if cause is None:
        m = _CLAUSE_END.search(lower, product_end, end)
        # A clause break soon after the product ("since the implant, my period ...", "on X for two months, my
        # mood ...", "на роаккутане второй месяц, настроение ...") keeps the next clause.
        if m is not None and m.start() - product_end <= 25:
            m = _CLAUSE_END.search(lower, m.end(), end)
        if m is not None:
            tail_end = m.start()
    body = BODY.search(lower, product_end if cause is None else cause.end(), tail_end)
    if cause is not None:
        # What a product named as the cause gave or made is the effect itself ("gave me awful reflux"), unless
        # it is a gift ("gave me my life back") or kills what it should ("kills the bacteria").
        if _GIFT.search(lower, product_end, end) is not None:
            return None
        return (body.start(), body.end()) if body is not None else (cause.end() - 1, cause.end())
    if body is None:
        # the body word may come first when a strong time link follows ("my period came early after the jab")
        if strong is None:
            return None
        body = BODY.search(lower, start, link_start)
        if body is None or _CLAUSE_END.search(lower, body.end(), product_start) is not None:
            return None
    if body.start() > product_end and _NAMED_FOR.fullmatch(lower, product_end, body.start()) is not None:
        return None  # "la pastilla de la presión", "the blood pressure pill": the body is what it is for
    if _YOURS.search(lower, max(start, body.start() - 8), body.start()) is not None:
        return None  # "your hair", "tu piel": a body in general or an insult, nobody's case
    return body.start(), body.end()
