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
    r"(?:\W+[\w'’]+){0,3}?\W+(?:"
    r"(?:made|makes|making|make|gave|gives|given|give|giving|left|leaves|leaving|caused|causes|causing|killed|kills"
    r"|ruined|ruins|wrecked|wrecks|messed up|screwed up|thinned|thins|stained|stains|burned|burnt|burns|rubbed"
    r"|turned|turns|is giving|are giving|has given|have given|is making|are making)"
    r"\s+(?:me|my|him|his|her|them|their|us|our|mine|the|a|an|some|such|so|this|two|three|\d+)\b"
    r"|(?:has|have|had|got|gets|is getting|are getting)\s+(?:me|him|her|them)\s+\w+ing\b"
    r"|(?:is|are|was|were)\s+doing\s+(?:something|things|stuff)\b"
    r"|(?:me|le|les|nos|te)\s+(?:(?:ha|han|había)\s+)?(?:dio|dieron|dejó|dejo|dejaron|puso|pusieron|hizo|hicieron"
    r"|provocó|provoco|provocaron|caus[óo]|causaron|arruin[óo]|arruinaron|quem[óo]|quemaron|da|dan|deja|dejan"
    r"|pone|ponen|tiene|tienen|dado|dejado|puesto|hecho|provocado|causado|quemado|arruinado)\b"
    r"|(?:is|are|was|were) (?:killing|wrecking|destroying|messing with|doing a number on) (?:me|my|him|his|her)\b"
    r"|(?:me|le|les)\s+(?:sienta|sientan|sent[óo]|sentaron)\b"
    r"|(?:me|le|les)\s+est[áa]n? (?:dando|matando|haciendo|provocando|dejando|destrozando)\b"
    # Russian: the person in the accusative and a verb of what the product does to them ("меня вырубают",
    # "его тошнит от них" reads through от); being made to take it is no effect
    r"|(?:меня|его|её|ее|нас|ребёнка|ребенка)\s+(?!заставл|заставил|попросил|уговорил|научил)"
    r"\w+(?:ет|ют|ит|ят|ло|ла|ли|ал|ил)\b"
    r"|(?:вызвал\w*|испортил\w*|посадил\w*|сжёг|сжег|сожгл\w*|натёр\w*|натер\w*)\b"
    r")"
)
#: Time or cause before the product: "since", "ever since", "after", "the day after", "on ... for", "desde",
#: "después de", "tras", "con", "после", "с тех пор как", "от", "из-за", "на".
LINK_BEFORE = _rx(
    r"(?:\b(?:ever )?since|\bafter|\bday after|\bfrom|\bbecause of|\bdue to|\bon|\bstarted (?:me|him|her|them) on"
    r"|\bwhen (?:i|she|he|they|we) (?:started|began|went on)"
    r"|\bdesde|\bdespu[ée]s de(?:l)?|\btras|\bpor|\bcon|\bdel|\bcuando (?:empec[ée]|empez[óo]|me pus\w+|tom[ée])"
    r"|\bпосле|\bс тех пор,? как|\bкак (?:начал\w*|стал\w*|поставил\w*)|\bот|\bиз-за|\bна|\bс)"
    # up to four words between the link and the product: a start, an article or possessive, a dose or a kind
    r"(?:\s+[\w'’-]+){0,4}?"
    r"\s+$"
)
#: A change for the better or a return to normal: "my skin is clear", "mi piel está mejor", "давление в норме".
GOOD = _rx(
    r"\b(?:better|great|good|fine|well|ok|okay|lighter|regular|easier|stronger|thicker|shinier|clear|clearer|cleared|improv\w+|normal|perfect|amazing|awesome|healthier"
    r"|stable|under control|glow\w*|smooth\w*|happier|calmer|relie\w+|back to|no more|less|fewer|finally|nice"
    r"|helped|helps|love|loving|like a baby|no longer|doesn'?t (?:hurt|ache)"
    r"|encantad\w*|enamorad\w*|feliz|content[oa]s?|suave|ayud\w+|no (?:me |le )?duele|como un beb[ée]"
    r"|помога\w*|помогл\w*|не бол\w+|ясн\w*|в порядке|спас\w*|saved|salv[óo]"
    r"|mejor\w*|bien|genial|perfect\w*|estable|controlad\w*|sin |ya no|menos"
    r"|лучше|хорош\w*|отличн\w*|норм\w*|налади\w*|улучши\w*|стабильн\w*|чист\w*|меньше|больше не|прошл\w*)\b"
)
#: What a product gives that is no harm: a life back, confidence, peace, a laugh, a thought.
_GIFT = _rx(
    r"\b(?:life|confidence|peace|hope|energy|day|laugh\w*|smile\w*|think\w*|wonder\w*|reali[sz]e\w*|want\w*|chance"
    r"|option|idea|sense|freedom|courage|relief|efecto|vida|energ[ií]a|ganas|confianza|alivio|paz|esperanza|жизн\w*|энерги\w*"
    r"|надежд\w*|уверенност\w*|облегчени\w*|спокойстви\w*)\b"
)
#: A modal or an aim between the product and its verb: the cause is supposed or asked.
_SUPPOSED = _rx(
    r"\b(?:would|could|will|might|may|can|should|gonna|to|does|do|did|puede|pueden|podr[ií]a|va a|vaya a|"
    r"может|могут|будет|бы)\b|'ll\b"
)
#: Clause ends: the link and the body word must stand in one clause.
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\bbut\b|\bpero\b|\bно\b")


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
    if cause is None:
        if LINK_BEFORE.search(lower[max(start, product_start - 50) : product_start]) is None:
            return None
    tail_end = end
    if cause is None:
        m = _CLAUSE_END.search(lower, product_end, end)
        # A clause break right after the product ("since the implant, my period ...") keeps the next clause.
        if m is not None and m.start() - product_end <= 2:
            m = _CLAUSE_END.search(lower, m.end(), end)
        if m is not None:
            tail_end = m.start()
    body = BODY.search(lower, product_end, tail_end)
    if cause is not None:
        # What a product named as the cause gave or made is the effect itself ("gave me awful reflux"), unless
        # it is praise or a gift ("made my skin glow", "gave me my life back").
        stretch = lower[product_end:end]
        if GOOD.search(stretch) is not None or _GIFT.search(stretch) is not None:
            return None
        return (body.start(), body.end()) if body is not None else (cause.end() - 1, cause.end())
    if body is None:
        # the body word may come first when the time link follows ("my period came early after the jab")
        body = BODY.search(lower, start, product_start)
        if body is None or _CLAUSE_END.search(lower, body.end(), product_start) is not None:
            return None
        stretch = lower[body.start() : end]
    else:
        stretch = lower[product_end:end]
    if GOOD.search(stretch) is not None:
        return None
    return body.start(), body.end()
