"""Health disclosures: an identifiable third person linked to a condition, diagnosis, pregnancy or treatment.

"my coworker Jane Smith has HIV", "mi vecina Ana López tiene cáncer", "у Анны
Ивановой рак" and "@mike_r just got diagnosed with leukemia" are disclosures.
"my coworker has the flu" names nobody; "Dr. Jane Smith is an expert on
diabetes" links no condition to her. A viewer speaking of their own condition
("I have diabetes", "tengo diabetes", "у меня диабет") is reported separately
as a self-disclosure at info level.

The filter only gets here when the keyword pass found a condition word, so
the regular expressions below run on a small share of messages.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from filters.privacy import lexicon as lx
from filters.privacy.keywords import Keyword
from filters.privacy.spans import P_CONTEXT, Hit
from filters.regex_gate import gated

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
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{2,30}\b")
_RU_SURNAME = re.compile(
    r"(?:ов|ова|ову|овой|овым|ев|ева|евой|евым|ёв|ёва|ин|ина|иной|иным|ину|ский|ская|ской|ского|цкий|цкая|цкой|"
    r"ович|овна|евич|евна|ук|юк|ко)$"
)
_WORD_BEFORE = re.compile(r"([\wáéíóúñü]+)[\s,]*$")

# What links the person to the condition (English, Spanish, Russian).
_PREDICATE = re.compile(
    r"['’]s(?!\w)|(?<!\w)(?:has|had|have|having|got|gets|getting|caught|contracted|developed|diagnosed|diagnosis|positive|"
    r"suffers|suffering|suffered|battling|fighting|undergoing|recovering|died|dying|passed|treated|hospitali[sz]ed|"
    r"admitted|pregnant|is|was|with|on|in|from|"
    r"tiene|tenía|tenia|tuvo|padece|padecía|sufre|sufría|diagnostic\w*|positivo|positiva|está|esta|estaba|con|"
    r"contrajo|contagi\w*|lucha|luchando|recibe|murió|murio|falleció|enferm\w*|internad\w*|hospitalizad\w*|le|es|"
    r"боле\w*|болен|больна|заболел\w*|заразил\w*|лечится|диагност\w*|поставили|нашли|обнаружили|беремен\w*|"
    r"на|в|умер|умерла|страдает|подхватил\w*|перен[её]с\w*|с|есть|лежит|у него|у неё|у нее)(?!\w)",
)
# What shows the condition is a topic, not a person's state.
_BLOCKER = re.compile(
    r"(?<!\w)(?:expert|experts|specialist|research\w*|study|studies|talk|talks|talking|talked|lecture|webinar|"
    r"podcast|book|article|paper|video|awareness|about|explain\w*|says|said|thinks|treats|treating|cures?|"
    r"prevent\w*|does|do|can|could|should|would|what|how|why|ask|asked|asking|question|questions|works?|"
    r"working|studied|covers?|wrote|writes|mentioned|reading|read|know|knows|if|whether|"
    r"experta|especialista|habla|hablar|habló|investiga\w*|charla|sobre|acerca|libro|artículo|médica|médico|"
    r"trata|cura|previene|qué|cómo|pregunta|"
    r"эксперт|специалист|врач|рассказ\w*|говорит|лечит|про|об?|статья|книга|видео|вопрос|как|почему|что)(?!\w)"
    r"|\?"
)
# Words right after the condition that make it a topic ("diabetes educator", "flu shot", "HIV test").
_AFTER_BLOCKER = re.compile(
    r"\s*(?:educator|expert|specialist|researcher|doctor|nurse|advocate|awareness|research|prevention|foundation|"
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
_SENTENCE_END = re.compile(r"[.!?;]\s|\n|[.!?;]$")
_PREDICATIVE = ("pregnant", "hiv+", "hiv positive", "hiv-positive", "covid positive", "diagnosed", "hospitali",
                "embarazad", "беремен", "diagnosticad", "hospitalizad", "internad", "overdosed", "od'd")
_MAX_GAP = 60

# Same matches, faster searches: each pattern gets a first-character gate (filters.regex_gate).
# They run on every message that mentions a health word.
(_BLOCKER, _CYR_NAME, _HANDLE, _HONORIFIC, _LATIN_NAME, _PREDICATE, _RELATION_IN_GAP, _SELF, _SELF_SUBJECT,
 _SENTENCE_END) = (
    gated(p.pattern, p.flags)
    for p in (_BLOCKER, _CYR_NAME, _HANDLE, _HONORIFIC, _LATIN_NAME, _PREDICATE, _RELATION_IN_GAP, _SELF,
              _SELF_SUBJECT, _SENTENCE_END)
)
_CONDITION_WORDS = frozenset(w for c in lx.CONDITIONS for w in c.split())


class Person(NamedTuple):
    """A reference to an identifiable person: a full name, an honorific and surname, or a handle."""

    start: int
    end: int
    kind: str


def persons(text: str) -> list[Person]:
    """Full names, honorific + surname and @handles in ``text``."""
    found: list[Person] = (
        [Person(m.start(), m.end(), "handle") for m in _HANDLE.finditer(text)] if "@" in text else []
    )
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
            m = pattern.search(text, pos)
            if m is None:
                break
            w1, w2 = m.group("w1"), m.group("w2")
            if _is_name(text, m.start(), w1, w2):
                w3 = m.groupdict().get("w3")
                end = m.end("w3") if w3 and _namelike(w3) else m.end("w2")
                found.append(Person(m.start(), end, "name"))
                pos = end
            else:
                pos = m.start("w2")  # "Pray for Jane Smith": retry from the second word
    return found


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
        after = _AFTER_BLOCKER.match(text, cond.end)
        if after and cond.word not in _PREDICATIVE_WORDS:
            continue
        person = _linked_person(text, lower, people, cond)
        if person is not None:
            found.append(Hit("privacy.health_disclosure", person.start, cond.end, f"health.{person.kind}", P_CONTEXT))
            continue
        start = _self_subject(lower, people, cond)
        if start is not None:
            found.append(Hit("privacy.self_disclosure", start, cond.end, "health.self", P_CONTEXT))
    return found


_PREDICATIVE_WORDS = frozenset(w for w in lx.CONDITIONS + lx.CONDITION_STEMS if w.startswith(_PREDICATIVE))


def _linked_person(text: str, lower: str, people: list[Person], cond: Keyword) -> Person | None:
    best: Person | None = None
    for p in people:
        if p.end <= cond.start and cond.start - p.end <= _MAX_GAP and (best is None or p.end > best.end):
            best = p
    if best is None:
        return None
    gap = lower[best.end : cond.start]
    if _SENTENCE_END.search(gap) or _BLOCKER.search(gap) or _SELF_SUBJECT.search(gap):
        return None
    for rel in _RELATION_IN_GAP.finditer(gap):
        if rel.group(1) in lx.RELATIONS:
            return None  # "@nurse_amy my dad has diabetes": the condition is someone else's
    if lower[max(0, best.start - 2) : best.start] == "у " and len(gap) <= 30:
        return best  # Russian "у Анны Ивановой рак"
    if _PREDICATE.search(gap):
        return best
    if not gap.strip(" ,:—-") and cond.word.startswith(_PREDICATIVE):
        return best  # "Ana López embarazada", "Анна Иванова беременна"
    return None


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
