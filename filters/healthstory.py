"""Health stories: whether a message speaks of someone's health, whatever the policy's flags say.

The producer's amplify lane is one key from the air. A message that nothing flagged can still be
a health story that must not be read out on a healthcare brand's broadcast:

* a personal health disclosure ("my mom has AFib", "tengo diabetes", "у меня давление"),
  including a happy one ("since I started Lipitor I feel great");
* an adverse-event report, even one the policy does not flag;
* a medical claim the claim rules leave below their bar ("turmeric fixed my blood pressure",
  "Lipitor changed my life");
* any privacy span (a phone number, an e-mail address) even where the policy turned its rule off.

:class:`HealthStory` answers with the reasons (empty: nothing of the kind) for a message the
pipeline found nothing in. It reruns the privacy, adverse-event and risk filters whose categories
the policy turned off (the others already said nothing), then reads the text for a person
(I, my, mi, у меня...) or a benefit ("helped", "me ayudó", "помогло") in the same sentence as a
health word: a medicine or health product, a symptom or effect, or a condition (the lists of
:mod:`castguard.filters.adverse_words` and :mod:`castguard.filters.privacy.lexicon`). General
questions ("does fish oil help the heart?") stay good questions; a question that tells someone's
health ("my dad has heart failure, is keto safe?") does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from castguard.core.model import ChatMessage
from castguard.core.policy import Policy
from castguard.filters.adverse import CATEGORY as ADVERSE_EVENT
from castguard.filters.adverse import AdverseFilter, gate_entries
from castguard.filters.prepass import prepare
from castguard.filters.privacy import SEVERITY as PRIVACY_SEVERITY
from castguard.filters.privacy import PrivacyFilter
from castguard.filters.privacy import lexicon as lx
from castguard.filters.risk import RiskFilter

__all__ = ["HealthStory"]

#: Longest text read (a chat message is shorter; the rest cannot change the answer much).
MAX_CHARS = 2_000
#: Texts whose answer is kept (the cache is emptied when full).
_KNOWN_TEXTS = 4_096
_STEM = 1_000

# Someone's own health: the writer or a person close to them, in EN/ES/RU.
_PERSON = re.compile(
    r"(?<!\w)(?:i|i'm|im|i’m|i've|ive|i’ve|i'd|me|my|mine|myself|we|we're|our|us|he|she|his|her|him|they|their"
    r"|yo|me|mi|mis|tengo|tomo|tomaba|estoy|estuve|nos|nuestro|nuestra|le|su|sus"
    r"|я|мне|меня|мной|мой|моя|моё|мое|мои|моего|моей|моему|мы|нам|нас|наш|наша|его|её|ее|ему|ей|у\s+них)(?!\w)",
    re.IGNORECASE,
)
# In a question, only what tells someone's own health ("my dad has...", "I'm on...", "tengo..."), not a
# question's subject ("how long should I wait after the first dose?").
_OWN = re.compile(
    r"(?<!\w)(?:my|mine|our|i\s+have|i've\s+had|i\s+had|i'm\s+on|i\s+am\s+on|i\s+take|i\s+took|i\s+started"
    r"|i\s+got|i\s+was\s+diagnosed|mi|mis|nuestr[oa]s?|tengo|tomo|tomaba|empecé|me\s+diagnosticaron"
    r"|мой|моя|моё|мое|мои|моего|моей|моему|наш\w*|у\s+меня|я\s+принима\w*|мне\s+постави\w*)(?!\w)",
    re.IGNORECASE,
)
# A product or remedy credited with a benefit: a testimonial that is a claim.
_BENEFIT = re.compile(
    r"(?<!\w)(?:help(?:s|ed|ing)?|cur(?:e|es|ed|ing)|fix(?:es|ed)?|heal(?:s|ed)?|sav(?:e|es|ed)|changed\s+my\s+life"
    r"|work(?:s|ed)\s+(?:wonders|great|for\s+me)|miracle|lower(?:s|ed)|reverse[sd]?|feel(?:ing)?\s+(?:better|great)"
    r"|ayud(?:a|ó|o|aron)|cur(?:a|ó|aron)|san(?:a|ó)|salv(?:a|ó)|me\s+siento\s+mejor|milagro|baj(?:a|ó)"
    r"|помог\w*|вылечи\w*|излечи\w*|спас\w*|чувствую\s+себя\s+лучше|снизил\w*|чудо\w*)(?!\w)",
    re.IGNORECASE,
)
# Treatments and procedures that tell a condition ("had a stent put in", "после операции").
_TREATMENTS = (
    "stent*", "bypass", "valve replacement", "surgery", "surgeries", "pacemaker*", "defibrillator", "ablation",
    "angioplasty",
    "chemo*", "radiation therapy", "dialysis", "transplant*", "heart attack*", "stroke*", "hospitali*",
    "cirugía", "cirugia", "operación", "operacion", "operaron", "marcapasos", "quimio*", "diálisis", "dialisis",
    "trasplante*", "infarto*", "операци*", "стент*", "шунтирован*", "кардиостимулятор*", "химиотерап*", "диализ*",
    "инфаркт*", "инсульт*", "больниц*",
)  # fmt: skip
_SENTENCE = re.compile(r"[^.!?¡¿\n]+[.!?\n]*")
_QUESTION = re.compile(r"\?\s*$")
#: Filter findings that make a message a health story (any privacy span, any health finding, claims).
_STORY_FAMILIES = ("privacy.", "health.")
_STORY_CATEGORIES = frozenset({"risk.medical_claim", "risk.advice_request", "risk.self_harm"})


@lru_cache(maxsize=8)
def _health_words(products: tuple[str, ...]) -> ahocorasick.Automaton:
    """Every health word: the adverse-event gate's products and effects, and the privacy lexicon's conditions."""
    automaton = ahocorasick.Automaton()
    entries: dict[str, int] = {}
    for key, (_, suffix, _, _) in gate_entries(products).items():
        entries[key] = suffix
    for word in lx.CONDITIONS:
        entries.setdefault(word.lower(), 0)
    for stem in lx.CONDITION_STEMS:
        entries[stem.lower()] = _STEM
    for word in _TREATMENTS:
        entries[word.rstrip("*")] = _STEM if word.endswith("*") else 0
    for key, suffix in entries.items():
        if key:
            automaton.add_word(key, (len(key), suffix))
    automaton.make_automaton()
    return automaton


def _words_at(lower: str, automaton: ahocorasick.Automaton) -> list[tuple[int, int]]:
    """Spans of health words standing as words in ``lower`` (a stem may take any ending)."""
    spans: list[tuple[int, int]] = []
    n = len(lower)
    for last, (length, suffix) in automaton.iter(lower):
        start, end = last - length + 1, last + 1
        if start > 0 and lower[start - 1].isalnum():
            continue
        if suffix:
            limit = min(n, end + suffix)
            while end < limit and lower[end].isalnum():
                end += 1
        if end < n and lower[end].isalnum():
            continue
        spans.append((start, end))
    return spans


class HealthStory:
    """Says whether a message is a health story (see the module's docstring), under ``policy``'s lists."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        # A filter whose categories the policy keeps on already left its findings in the verdict, and a message
        # with findings never reaches this screen: only the filters of categories turned off are run again.
        off = {c for c in (*PRIVACY_SEVERITY, ADVERSE_EVENT, *_STORY_CATEGORIES) if not policy.rule(c).enabled}
        self._filters: list[PrivacyFilter | AdverseFilter | RiskFilter] = []
        if off & set(PRIVACY_SEVERITY):
            self._filters.append(PrivacyFilter(policy))
        if ADVERSE_EVENT in off:
            self._filters.append(AdverseFilter(policy))
        if off & _STORY_CATEGORIES:
            self._filters.append(RiskFilter(policy))
        self._words = _health_words(policy.products)
        self._known: dict[str, list[str]] = {}
        """Answers by text: a chat repeats itself ("great show, thanks!"), and the answer is the text's alone."""

    def reasons(self, message: ChatMessage) -> list[str]:
        """Why ``message`` is a health story, one short reason each; empty when it is not one."""
        known = self._known.get(message.text)
        if known is None:
            known = self._reasons(message)
            if len(self._known) >= _KNOWN_TEXTS:
                self._known.clear()
            self._known[message.text] = known
        return list(known)

    def _reasons(self, message: ChatMessage) -> list[str]:
        text = message.text[:MAX_CHARS]
        if text != message.text:
            message = ChatMessage(message.source, message.platform, message.channel, message.id, message.author,
                                  text, message.sent_at, message.received_at)  # fmt: skip
        out: list[str] = []
        prepared = prepare(text) if self._filters else None
        for filt in self._filters:
            assert prepared is not None
            for finding in filt.scan_prepared(message, prepared):
                category = finding.category
                if category.startswith(_STORY_FAMILIES) or category in _STORY_CATEGORIES:
                    out.append(category)
        lower = text.lower()
        if len(lower) != len(text):
            lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        words = _words_at(lower, self._words)
        if words:
            for sentence in _SENTENCE.finditer(lower):
                inside = [w for w in words if sentence.start() <= w[0] < sentence.end()]
                if not inside:
                    continue
                part = sentence.group(0)
                asked = _QUESTION.search(part) is not None
                if (_OWN if asked else _PERSON).search(part):
                    out.append("personal health story")
                elif _BENEFIT.search(part) and not asked:
                    out.append("health benefit claimed")
        return list(dict.fromkeys(out))
