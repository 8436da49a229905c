"""Health disclosures: an identifiable third person linked to a condition, diagnosis, pregnancy or treatment.

"my coworker Jane Smith has HIV", "mi vecina Ana López tiene cáncer", "у Анны
Ивановой рак" and "@mike_r just got diagnosed with leukemia" are disclosures,
and so is a first name that the message makes identifiable: by a relation
("my roommate Priya"), a group ("Tom from church", "Rocío de contabilidad",
"Катя из универа"), a bracket or an aside ("Jenny (my sister)", "Zoe, my 6
yo,"), a title ("Grandpa Joe", "дедушка Коля"), or the condition named first
("lupus, that's what Kelly from my yoga class has").

"my coworker has the flu" names nobody; "Dr. Jane Smith is an expert on
diabetes" links no condition to her; "Jane Smith doesn't have cancer" and
"does Jane Smith have diabetes?" disclose nothing; "our cat Milo has kidney
disease" is about a pet; "Stephen Hawking lived with ALS for decades" and a
character's illness in "season 2" are public figures and fiction. A viewer
speaking of their own condition ("I have diabetes", "tengo diabetes", "у меня
диабет") is reported separately as a self-disclosure at info level.

The filter only gets here when the keyword pass found a condition word, so
the regular expressions below run on a small share of messages.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from castguard.filters.privacy import lexicon as lx
from castguard.filters.privacy.keywords import Keyword
from castguard.filters.privacy.spans import P_CONTEXT, Hit
from castguard.filters.regex_gate import gated

_UP = "A-ZÁÉÍÓÚÑÜ"
_LO = "a-záéíóúñü"
_LATIN_NAME = re.compile(
    rf"(?<![\w@])(?P<w1>[{_UP}][{_LO}]+(?:['’](?!s\b)[{_LO}]+)?(?:-[{_UP}][{_LO}]+)?)\s+"
    rf"(?P<w2>(?:(?:de la|de|del|van|von|da|di|le|st\.|mc|o')\s+)?"
    rf"[{_UP}][{_LO}]+(?:['’](?!s\b)[{_LO}]+)?(?:-[{_UP}][{_LO}]+)?)"
    rf"(?:\s+(?P<w3>[{_UP}][{_LO}]+))?"
)
_CYR_NAME = re.compile(r"(?<![\w@])(?P<w1>[А-ЯЁ][а-яё]+)\s+(?P<w2>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)")
_HONORIFIC = re.compile(
    rf"\b(?P<h>Mr|Mrs|Ms|Miss|Dr|Sr|Sra|Srta|Prof|Don|Doña)\.?\s+(?P<w2>[{_UP}][{_LO}]+)(?:\s+(?P<w3>[{_UP}][{_LO}]+))?"
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){1,30}")
_RU_SURNAME = re.compile(
    r"(?:ов|ова|ову|овой|овым|ев|ева|евой|евым|ёв|ёва|ин|ина|иной|иным|ину|ский|ская|ской|ского|цкий|цкая|цкой|"
    r"ович|овна|евич|евна|ук|юк|ко)$"
)
_NAME1 = rf"(?:[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?|[А-ЯЁ][а-яё]+)"
# A word and the capitalised name after it; whether the word is a relation ("my roommate Priya") or a title
# ("Grandpa Joe", "дедушка Коля") is a set lookup (cheaper than a 300-word alternation at every position).
_WORD_THEN_NAME = re.compile(
    rf"(?<![\w])(?P<word>[^\W\d_][\w\-]{{1,20}})(?:['’]s|\.)?[ \t]{{1,2}}"
    rf"(?P<name>{_NAME1}(?:[ \t]{_NAME1}){{0,2}})(?![\w])"
)
# "Tom from church", "Kevin in accounting", "Bobby T. from the VFW", "Rocío de contabilidad", "Катя из универа".
_QUALIFIED = re.compile(
    rf"(?<![\w@])(?P<name>{_NAME1}(?:[ \t]{_NAME1})?(?:[ \t][A-Z]\.)?)[ \t]{{1,2}}"
    r"(?:from|in|at|down|de la|del|de los|de|da|do|das|dos|из|с|со|aus|vom|von)[ \t]"
)
_LOWER_QUALIFIED = re.compile(r"(?<![\w@])(?P<name>[a-z]{2,12})[ \t]{1,2}(?:from|at|in)[ \t]{1,2}[a-z]")
# A relation and a first name typed in lower case, as chat is ("my sister-in-law kelly", "мой сосед игорь").
_LOWER_RELATION_NAME = re.compile(
    r"(?<![\w@])(?P<word>[a-zа-яё][a-zа-яё'\-]{1,20})(?=[ \t]{1,2}(?P<name>[a-zа-яё]{2,12})(?![\w]))"
)
# A name with a bracket or a descriptor between commas after it ("Jenny (my sister)", "Tito, mi hermano,").
_NAME_THEN_ASIDE = re.compile(rf"(?<![\w@])(?P<name>{_NAME1}(?:[ \t]{_NAME1})?)(?=[ \t]{{0,2}}\(|,)")
_BRACKET_AFTER = re.compile(r"[ \t]{0,2}\((?P<inside>[^()\n]{1,60})\)")
_DESCRIPTOR_AFTER = re.compile(r",[ \t]{0,2}(?P<inside>[^,\n()]{2,40}),")
_ASIDE_OPENERS = re.compile(
    r"(?:my|our|his|her|their|the one|that['’]s what|a friend|mi|mis|nuestr[oa]|su|la de|el de|la del|el del|"
    r"un amigo|una amiga|ma|mon|mes|notre|mein|meine|unser|unsere|meu|minha|nosso|nossa|мой|моя|мои|наш|наша|"
    r"его|её|ее|сын|дочь)(?!\w)"
)
# Messages about public figures, fiction and history: a full name there is a celebrity, a character or an
# eponym, not a viewer's acquaintance ("Stephen Hawking lived with ALS for decades").
_PUBLIC = re.compile(
    r"(?<!\w)(?:announc\w*|publicly|news|documentary|interview|foundation|open about|opened up|"
    r"revealed|reportedly|famous|celebrity|actor|actress|singer|rapper|king|queen|prince|princess|president|"
    r"senator|minister|governor|pope|legend|icon|olympian|athlete|season|episode|movie|film|"
    r"series|character|novel|album|biography|wiki\w*|scandal|decades|history|historical|"
    r"noticias?|famos[oa]|actriz|cantante|rey|reina|presidente|serie|pel[ií]cula|"
    r"известн\w*|новост\w*|акт[её]р\w*|актрис\w*|певиц\w*|певец|президент\w*|сериал\w*|фильм\w*)(?!\w)",
    re.IGNORECASE,
)
# Questions about a person ("does Jane have diabetes?", "¿tiene Ana cáncer?") ask; they do not disclose.
_ASKING_BEFORE = re.compile(
    r"(?:(?:^|[\s¿])(?:does|did|do|is|was|has|have|can|could|will|would|tiene|tuvo|está|es|у)[ \t]{1,2}|¿[ \t]{0,2})$",
    re.IGNORECASE,
)
_PETS_BEFORE = re.compile(rf"(?i:{'|'.join(sorted(lx.PETS, key=len, reverse=True))})[ \t]{{1,2}}$")
_GROUP_WORDS = re.compile(r"[ \t]{0,3}\S{1,30}[ \t]{1,3}\S{1,30}")
_RELATION_POSSESSIVE = re.compile(r"['’]s(?!\w)")
_THATS_WHAT = re.compile(
    r"[ \t]{0,2}[,—–\-:]?[ \t]{0,2}(?:that['’]s what|that is what|es lo que|eso es lo que|вот что|это то,? что)[ \t]",
    re.IGNORECASE,
)
_HAS = re.compile(r"(?<!\w)(?:has|have|had|tiene|tenía|tuvo|tem|hat|a|есть|был|была)(?!\w)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\wáéíóúñü]{1,30})[\s,]{0,4}$")

# What links the person to the condition (English, Spanish, Russian).
_PREDICATE = re.compile(
    r"['’]s(?!\w)|(?<!\w)(?:has|had|have|having|got|gets|getting|caught|contracted|developed|diagnosed|diagnosis|positive|"
    r"suffers|suffering|suffered|battling|fighting|undergoing|recovering|died|dying|passed|treated|hospitali[sz]ed|"
    r"admitted|pregnant|is|was|with|on|in|from|who|beat|beats|survived|surviving|lost|lives|living|going|goes|"
    r"tested|found|told|struggles|struggling|deals|dealing|being|been|hat|ist|leidet|a|est|souffre|tem|teve|"
    r"takes|took|taking|started|toma|tomaba|tom[oó]|empez[oó]|принимает|пь[её]т|колет|"
    r"está|esta|estava|"
    r"tiene|tenía|tenia|tuvo|padece|padecía|sufre|sufría|diagnostic\w*|positivo|positiva|está|esta|estaba|con|"
    r"contrajo|contagi\w*|lucha|luchando|recibe|murió|murio|falleció|enferm\w*|internad\w*|hospitalizad\w*|le|es|"
    r"боле\w*|болен|больна|заболел\w*|заразил\w*|лечится|диагност\w*|поставили|нашли|обнаружили|беремен\w*|"
    r"на|в|умер|умерла|страдает|подхватил\w*|перен[её]с\w*|с|есть|лежит|у него|у неё|у нее|жив[её]т|живут|"
    r"лечится|лечат)(?!\w)",
)
# What shows the condition is a topic, not a person's state.
_BLOCKER = re.compile(
    r"(?<!\w)(?:expert|experts|specialist|research\w*|study|studies|talk|talks|talking|talked|lecture|webinar|"
    r"podcast|book|article|paper|video|awareness|about|explain\w*|says|said|thinks|treats|treating|cures?|"
    r"prevent\w*|does|do|can|could|should|would|what|how|why|ask|asked|asking|question|questions|works?|"
    r"working|studied|covers?|wrote|writes|mentioned|reading|read|know|knows|if|whether|"
    r"experta|especialista|habla|hablar|habló|investiga\w*|charla|sobre|acerca|libro|artículo|médica|médico|"
    r"trata|cura|previene|qué|cómo|pregunta|"
    r"эксперт|специалист|врач|рассказ\w*|говорит|лечит|про|об?|статья|книга|видео|вопрос|как|почему|что|"
    # negation: "Jane doesn't have HIV", "Ana no tiene cáncer", "у Анны нет рака"
    r"not|never|doesn['’]t|don['’]t|didn['’]t|isn['’]t|wasn['’]t|hasn['’]t|no|nunca|не|нет|nicht|kein\w*|pas|jamais)(?!\w)"
    r"|\?"
)
# Words right after the condition that make it a topic ("diabetes educator", "flu shot", "HIV test").
_AFTER_BLOCKER = re.compile(
    r"\s{0,3}(?:educator|expert|specialist|researcher|doctor|nurse|advocate|awareness|research|prevention|foundation|"
    r"association|charity|clinic|center|centre|program|programme|walk|month|day|unit|department|talk|webinar|"
    r"study|studies|trial|vaccine|test|testing|screening|shot|shots|season|patients|drug|medication|meds|"
    r"research|survivors?|support|group|ward|doctors|nurses|cases|rates?|risk|myths?|facts|"
    r"vaccine|prueba|vacuna|pacientes|investigación|prevención|прививк\w*|тест|анализ\w*|пациент\w*)(?!\w)",
    re.IGNORECASE,
)
_SELF = re.compile(
    r"(?<!\w)(?:i|i'm|i’m|im|i've|ive|i'd|me|my|mi|yo|tengo|padezco|sufro|estoy|soy|у меня|я|мне|мой|моя|мою|моего|"
    r"моей)(?!\w)"
)
_POSSESSIVE_SELF = frozenset({"my", "mi", "мой", "моя", "мою", "моего", "моей"})
_VERB_SELF = frozenset({"i'm", "i’m", "im", "tengo", "padezco", "sufro", "estoy", "soy", "у меня", "я", "мне", "me"})
_SELF_SUBJECT = re.compile(r"(?<!\w)(?:i|i'm|i’m|im|i've|ive|yo|tengo|padezco|sufro|estoy|у меня|я)(?!\w)")
_RELATION_IN_GAP = re.compile(r"(?<!\w)(?:my|mi|mis|моя|мой|моего|моей|his|her|their|su)\s+([\wáéíóúñüа-яё\-]+)(?!,)")
# A sentence ends at . ! ? ; (not after "St.", "Dr.", "Mrs." or an initial: "Jake M. from 3rd period").
_SENTENCE_END = re.compile(
    r"(?<!\bst)(?<!\bdr)(?<!\bmr)(?<!\bms)(?<!\bjr)(?<!\bsr)(?<!\bmrs)(?<![\s.][a-z])(?<!^[a-z])[.!?;](?:\s|$)|\n",
    re.IGNORECASE,
)
_PREDICATIVE = (
    "pregnant",
    "hiv+",
    "hiv positive",
    "hiv-positive",
    "covid positive",
    "diagnosed",
    "hospitali",
    "embarazad",
    "беремен",
    "diagnosticad",
    "hospitalizad",
    "internad",
    "overdosed",
    "od'd",
    "alcoholic",
    "an alcoholic",
    "diabetic",
    "autistic",
    "bipolar",
    "epileptic",
    "schizophrenic",
    "anorexic",
    "bulimic",
    "diabétic",
    "diabético",
    "diabética",
    "diabetico",
    "diabetica",
    "autista",
    "alcohólic",
    "esquizofréni",
    "аутист",
    "диабетик",
    "алкоголик",
    "эпилептик",
    "вич-",
    "наркоман",
    "grávida",
    "gravida",
)
_MAX_GAP = 60

# Same matches, faster searches: each pattern gets a first-character gate (castguard.filters.regex_gate).
# They run on every message that mentions a health word.
(
    _BLOCKER,
    _CYR_NAME,
    _HANDLE,
    _HONORIFIC,
    _LATIN_NAME,
    _PREDICATE,
    _RELATION_IN_GAP,
    _SELF,
    _SELF_SUBJECT,
    _SENTENCE_END,
    _WORD_THEN_NAME,
    _QUALIFIED,
    _LOWER_QUALIFIED,
    _NAME_THEN_ASIDE,
    _PUBLIC,
) = (
    gated(p.pattern, p.flags)
    for p in (
        _BLOCKER,
        _CYR_NAME,
        _HANDLE,
        _HONORIFIC,
        _LATIN_NAME,
        _PREDICATE,
        _RELATION_IN_GAP,
        _SELF,
        _SELF_SUBJECT,
        _SENTENCE_END,
        _WORD_THEN_NAME,
        _QUALIFIED,
        _LOWER_QUALIFIED,
        _NAME_THEN_ASIDE,
        _PUBLIC,
    )
)
_CONDITION_WORDS = frozenset(w for c in lx.CONDITIONS for w in c.split())


class Person(NamedTuple):
    """A reference to an identifiable person: a full name, an honorific and surname, or a handle."""

    start: int
    end: int
    kind: str


def persons(text: str) -> list[Person]:
    """Everyone ``text`` names or makes identifiable: full names, honorific or title and name ("Mrs. Patel",
    "Grandpa Joe", "дедушка Коля"), a relation and a name ("my roommate Priya"), a name and the group that
    identifies it ("Tom from church", "Rocío de contabilidad", "Катя из универа"), a name and a relation in
    brackets or commas ("Jenny (my sister)", "Zoe, my 6 yo,"), and @handles.

    A bracket or descriptor right after a person becomes part of its span, so what it says ("my sister") is
    read as who the person is, not as someone else the condition might belong to.
    """
    found: list[Person] = [Person(m.start(), m.end(), "handle") for m in _HANDLE.finditer(text)] if "@" in text else []
    if " from " in text or " at " in text or " in " in text:
        for m in _LOWER_QUALIFIED.finditer(text):
            if m.group("name") in lx.FIRST_NAMES:
                found.append(Person(m.start(), m.end("name"), "qualified"))
    for m in _LOWER_RELATION_NAME.finditer(text):
        if m.group("word") in lx.RELATIONS and m.group("name") in lx.FIRST_NAMES:
            found.append(Person(m.start("name"), m.end("name"), "relation"))
    if text.lower() == text:
        # Names and honorifics start with a capital letter (the patterns are case-sensitive):
        # a text that lower-casing leaves unchanged has none.
        return found
    for h in _HONORIFIC.finditer(text):
        end = h.end("w3") if h.group("w3") and _namelike(h.group("w3")) else h.end("w2")
        if _namelike(h.group("w2")):
            found.append(Person(h.start(), end, "honorific"))
    for pattern in (_LATIN_NAME, _CYR_NAME):
        pos = 0
        while True:
            full = pattern.search(text, pos)
            if full is None:
                break
            w1, w2 = full.group("w1"), full.group("w2")
            if _is_name(text, full.start(), w1, w2):
                w3 = full.groupdict().get("w3")
                end = full.end("w3") if w3 and _namelike(w3) else full.end("w2")
                found.append(Person(full.start(), end, "name"))
                pos = end
            else:
                pos = full.start("w2")  # "Pray for Jane Smith": retry from the second word
    for m in _WORD_THEN_NAME.finditer(text):
        word = m.group("word").lower()
        words = m.group("name").split()
        keep = 0
        while keep < len(words) and _namelike(words[keep]):
            keep += 1
        if not keep:
            continue
        end = m.start("name") + len(" ".join(words[:keep]))
        if word in lx.PERSON_TITLES:
            found.append(Person(m.start(), end, "title"))
        elif word in lx.RELATIONS:
            found.append(Person(m.start("name"), m.start("name") + len(" ".join(words[: min(keep, 2)])), "relation"))
    for m in _QUALIFIED.finditer(text):
        name = m.group("name")
        words = name.split()
        if not all(_namelike(w) and w.lower() not in lx.NOT_PERSON_HEADS for w in words if not w.endswith(".")):
            continue
        if len(words) == 1 and _plural_noun(name):
            continue  # "Doctors at the clinic", "Nurses in my ward": people, but nobody in particular
        found.append(Person(m.start("name"), m.end("name"), "qualified"))
    for m in _NAME_THEN_ASIDE.finditer(text):
        words = m.group("name").split()
        if all(_namelike(w) and w.lower() not in lx.NOT_PERSON_HEADS for w in words):
            found.append(Person(m.start("name"), m.end("name"), "aside"))
        elif len(words) == 1 and (words[0].lower() in lx.RELATIONS or words[0].lower() in lx.PERSON_TITLES):
            inside = _BRACKET_AFTER.match(text, m.end("name"))
            said = inside.group("inside") if inside is not None else ""
            if said[:1].isupper() and _namelike(said.split()[0]):
                found.append(Person(m.start("name"), m.end("name"), "aside"))  # "Gramps (Harold)", not "Mom (my hero)"
    return [_with_aside(text, p) for p in found]


def _plural_noun(word: str) -> bool:
    """A capitalised plural noun opening a sentence ("Doctors", "Friends"), not a name ending in s ("Marcus")."""
    low = word.lower()
    if low in lx.FIRST_NAMES or not low.endswith("s"):
        return False
    return low[:-1] in lx.RELATIONS or low.endswith(_PLURAL_ENDINGS)


_PLURAL_ENDINGS = ("ors", "ers", "ists", "ents", "ants", "ians", "ees", "ses", "ies", "kids", "guys", "folks")


def _with_aside(text: str, person: Person) -> Person:
    """``person`` with the bracket or the descriptor between commas that says who they are, when one follows."""
    m = _BRACKET_AFTER.match(text, person.end)
    if m is not None and _identifies(m.group("inside")):
        return Person(person.start, m.end(), person.kind)
    m = _DESCRIPTOR_AFTER.match(text, person.end)
    if m is not None and _describes(m.group("inside")):
        return Person(person.start, m.end(), person.kind)
    if person.kind == "aside":
        return Person(person.start, person.start, person.kind)  # no aside after all: not a person
    return person


def _identifies(inside: str) -> bool:
    """Whether a bracket after a name says who the person is ("my sister", "the one who...", "Harold")."""
    low = inside.lower()
    if _ASIDE_OPENERS.match(low) is not None or any(w.strip("'’s,") in lx.RELATIONS for w in low.split()):
        return True
    first = inside.split()[0] if inside.split() else ""
    return first[:1].isupper() and _namelike(first)


def _describes(inside: str) -> bool:
    """Whether a descriptor between commas says who the person is ("my 6 yo", "la de la panadería")."""
    low = inside.lower().strip()
    return _ASIDE_OPENERS.match(low) is not None or any(w.strip("'’s,") in lx.RELATIONS for w in low.split()[:3])


def _namelike(word: str) -> bool:
    low = word.lower()
    return low not in lx.NOT_NAMES and low not in lx.RELATIONS and low not in _CONDITION_WORDS


def _is_name(text: str, start: int, w1: str, w2: str) -> bool:
    if not (_namelike(w1) and _namelike(w2.split()[-1])):
        return False
    if w1.lower() in lx.FIRST_NAMES:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before and before.group(1).lower() in lx.RELATIONS:
        return True
    last = w2.split()[-1]
    if "а" <= last[-1] <= "я" or last[-1] == "ё":
        return _RU_SURNAME.search(last) is not None
    return last.endswith("ez") and len(last) > 4


def health_findings(text: str, lower: str, conditions: list[Keyword]) -> list[Hit]:
    """Third-person disclosures (``privacy.health_disclosure``) and self-disclosures (``privacy.self_disclosure``)."""
    people = persons(text)
    found: list[Hit] = []
    for cond in conditions:
        if cond.word in _ACRONYMS and not text[cond.start : cond.end].isupper():
            continue  # "50 ms of lag", "M&Ms", "als ob": the acronym of a condition is written in capitals
        after = _AFTER_BLOCKER.match(text, cond.end)
        if after and cond.word not in _PREDICATIVE_WORDS:
            continue
        person = _linked_person(text, lower, people, cond)
        if person is not None:
            found.append(Hit("privacy.health_disclosure", person.start, cond.end, f"health.{person.kind}", P_CONTEXT))
            continue
        end = _named_after(text, people, cond)
        if end is not None:
            found.append(Hit("privacy.health_disclosure", cond.start, end, "health.condition_first", P_CONTEXT))
            continue
        start = _self_subject(lower, people, cond)
        if start is not None:
            found.append(Hit("privacy.self_disclosure", start, cond.end, "health.self", P_CONTEXT))
    return found


#: Conditions known by an acronym that is also an everyday word or unit.
_ACRONYMS = frozenset({"ms", "als", "aa", "tb", "did"})
_PREDICATIVE_WORDS = frozenset(w for w in lx.CONDITIONS + lx.CONDITION_STEMS if w.startswith(_PREDICATIVE))


def _linked_person(text: str, lower: str, people: list[Person], cond: Keyword) -> Person | None:
    best: Person | None = None
    for p in people:
        if p.end <= p.start or p.end > cond.start or cond.start - p.end > _MAX_GAP:
            continue
        if best is None or p.end > best.end or (p.end == best.end and p.start < best.start):
            best = p
    if best is None:
        return None
    gap = lower[best.end : cond.start]
    # After "Steph from book club", "Rachel from work" the group's words are part of who she is: topic words
    # ("book", "works") only count after the predicate.
    said = gap
    if best.kind == "qualified":
        group = _GROUP_WORDS.match(gap)  # "from work", "from book", "de la": the group named after the person
        predicate = _PREDICATE.search(gap, group.end() if group else 0)
        said = gap[predicate.start() :] if predicate else gap
    if _SENTENCE_END.search(gap) or _BLOCKER.search(said) or _SELF_SUBJECT.search(gap):
        return None
    for rel in _RELATION_IN_GAP.finditer(gap):
        if rel.group(1) in lx.RELATIONS and not _RELATION_POSSESSIVE.match(gap, rel.end()):
            return None  # "@nurse_amy my dad has diabetes": the condition is someone else's ("my son's school" is not)
    if not _about_a_person(text, lower, best, cond):
        return None
    if len(gap) <= 30 and _ru_has(lower, best.start):
        return best  # Russian "у Анны Ивановой рак", "у моего соседа Игоря Петрова ВИЧ"
    if _PREDICATE.search(gap):
        return best
    if cond.word.startswith(_PREDICATIVE) and (not gap.strip(" ,:—-") or (best.kind == "qualified" and len(gap) <= 40)):
        return best  # "Ana López embarazada", "Саша (мой брат) диабетик", "Витя из нашего подъезда ВИЧ-положительный"
    return None


#: Russian possession before a person: "у Анны ...", "у моего соседа Игоря ...", "у нашей Марины ...".
_RU_HAS = re.compile(
    r"(?:^|\s)у(?:\s+(?:моего|моей|нашего|нашей|своего|своей|его|её|ее|этого|этой))?(?:\s+(?P<rel>[а-яё]+))?\s+$"
)


def _ru_has(lower: str, start: int) -> bool:
    """True when ``lower`` says "у (моего соседа) ..." just before ``start``: the person who has the condition."""
    m = _RU_HAS.search(lower, max(0, start - 40), start)
    return m is not None and (m.group("rel") is None or m.group("rel") in lx.RELATIONS)


def _named_after(text: str, people: list[Person], cond: Keyword) -> int | None:
    """The end of "..., that's what Marco from the kitchen has" after a condition (the condition named first)."""
    m = _THATS_WHAT.match(text, cond.end)
    if m is None:
        return None
    for p in people:
        if m.end() <= p.start <= m.end() + 20 and p.end > p.start:
            has = _HAS.search(text, p.end, p.end + 34)
            if has is not None and not _SENTENCE_END.search(text, p.end, has.start()):
                return has.end()
    return None


def _about_a_person(text: str, lower: str, person: Person, cond: Keyword) -> bool:
    """False when the "person" is a pet, is asked about, or is a public figure, a character or an eponym."""
    if _PETS_BEFORE.search(lower, max(0, person.start - 20), person.start):
        return False  # "our cat Milo has kidney disease"
    if _ASKING_BEFORE.search(lower, max(0, person.start - 12), person.start):
        clause_end = _SENTENCE_END.search(text, cond.end)
        if "?" in text[cond.end : clause_end.end() if clause_end else len(text)]:
            return False  # "does Jane Smith have diabetes?"
    if person.kind == "name" and _PUBLIC.search(text) is not None:
        before = _WORD_BEFORE.search(text, max(0, person.start - 24), person.start)
        if not (before and before.group(1).lower() in lx.RELATIONS):
            return False  # "Stephen Hawking lived with ALS for decades", "the news said..."
    return True


def _self_subject(lower: str, people: list[Person], cond: Keyword) -> int | None:
    lo = max(0, cond.start - _MAX_GAP)
    clause_start = lo
    for m in _SENTENCE_END.finditer(lower, lo, cond.start):
        clause_start = m.end()
    subject = None
    for m in _SELF.finditer(lower, clause_start, cond.start):
        subject = m
    if subject is None:
        return None
    if any(subject.end() <= p.start < cond.start for p in people):
        return None
    segment = lower[subject.end() : cond.start]
    if _BLOCKER.search(segment):
        return None
    words = segment.split()
    if any(w.strip(",").split("'")[0].split("’")[0] in lx.RELATIONS for w in words):
        return None  # "my coworker has the flu" is about someone else, unnamed
    token = subject.group(0)
    if token in _POSSESSIVE_SELF:
        return subject.start() if len(words) <= 2 and not _PREDICATE.search(segment) else None
    if _PREDICATE.search(segment) or (token in _VERB_SELF and len(words) <= 2):
        return subject.start()
    return None
