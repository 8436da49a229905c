"""Risky statements: threats, self-harm, false medical claims, legal threats, advice requests.

Rules live in :mod:`filters.risk_rules` (English, Spanish, Russian). A single
Aho-Corasick pass over the lower-cased message finds which rules could apply;
only those regular expressions run, so ordinary chat costs about a
microsecond. Negation-aware rules look at the three words before a match in
the same clause ("I would never hurt you", "this tea does not cure cancer");
claim rules asked as a question ("does this tea cure cancer?") are not claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from castguard.model import ChatMessage, Finding, Severity
from castguard.policy import Policy
from filters import risk_rules, triggers
from filters.prepass import Prepared, prepare
from filters.regex_gate import gated

_SEVERITY = {
    "risk.threat": Severity.CRITICAL,
    "risk.self_harm": Severity.CRITICAL,
    "risk.medical_claim": Severity.WARN,
    "risk.legal": Severity.WARN,
    "risk.advice_request": Severity.WARN,
}
_NEGATOR = gated(risk_rules.NEGATORS, re.IGNORECASE)
_CLAUSE_BREAK = gated(r"[.,;:!?\u2026]|\bbut\b|\bpero\b|\bно\b", re.IGNORECASE)
_QUESTION_START = re.compile(
    r"^\s*(?:does|do|can|could|is|are|will|would|did|has|have|should|¿|puede|es|son|cura|правда|может|разве)\b",
    re.IGNORECASE,
)


def _apostrophes(pattern: str) -> str:
    """Let a plain ``'`` in a rule match a typographic apostrophe or none at all (``dont``, ``im``)."""
    return pattern.replace("'", "['’]?")


@dataclass(frozen=True, slots=True)
class _Rule:
    category: str
    lang: str
    pattern: re.Pattern[str]
    negatable: bool
    not_question: bool
    rule_id: str


@dataclass(frozen=True, slots=True)
class _Compiled:
    rules: tuple[_Rule, ...]
    automaton: ahocorasick.Automaton
    advice: tuple[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...]
    triggers: dict[str, tuple[int, ...]]
    """Trigger substring -> indexes of the rules it unlocks (``_ADVICE`` for the advice patterns)."""


_ADVICE = -1


@lru_cache(maxsize=1)
def _compile() -> _Compiled:
    """Compile every rule once per process (rules do not depend on the policy)."""
    automaton = ahocorasick.Automaton()
    triggers: dict[str, set[int]] = {}
    rules: list[_Rule] = []
    counters: dict[tuple[str, str], int] = {}
    for index, (category, lang, keys, pattern, flags) in enumerate(risk_rules.RULES):
        n = counters.get((category, lang), 0) + 1
        counters[(category, lang)] = n
        compiled = gated(_apostrophes(pattern), re.IGNORECASE)
        rules.append(_Rule(category, lang, compiled, "N" in flags, "Q" in flags, f"{category}.{lang}{n}"))
        for key in keys:
            triggers.setdefault(key.lower(), set()).add(index)
    for key in risk_rules.ADVICE_TRIGGERS:
        triggers.setdefault(key.lower(), set()).add(_ADVICE)
    frozen = {key: tuple(sorted(indexes)) for key, indexes in triggers.items()}
    for key, entry in frozen.items():
        automaton.add_word(key, entry)
    automaton.make_automaton()
    advice = tuple(
        (lang, *(gated(_apostrophes(p), re.IGNORECASE) for p in parts))
        for lang, parts in risk_rules.ADVICE.items()
    )
    return _Compiled(tuple(rules), automaton, advice, frozen)  # type: ignore[arg-type]


def trigger_table() -> dict[str, tuple[int, ...]]:
    """Trigger substrings and the rules they unlock (for the pipeline's shared automaton)."""
    return _compile().triggers


def candidates(lower: str) -> set[int]:
    """Indexes of the rules whose triggers occur in ``lower`` (``text.lower()``)."""
    found: set[int] = set()
    # Padded so that triggers written with a leading or trailing space (" sue ") also
    # match at the very start or end of the message.
    for _, indexes in _compile().automaton.iter(" " + lower + " "):
        found.update(indexes)
    return found


class RiskFilter:
    """``risk.threat``, ``risk.self_harm``, ``risk.medical_claim``, ``risk.legal``, ``risk.advice_request``."""

    name = "risk"

    def __init__(self, policy: Policy) -> None:
        compiled = _compile()
        self._rules = compiled.rules
        self._automaton = compiled.automaton
        self._advice = compiled.advice
        self.crisis_guidance = policy.crisis_guidance

    def update_policy(self, policy: Policy) -> None:
        """Only the crisis guidance text comes from the policy."""
        self.crisis_guidance = policy.crisis_guidance

    def scan(self, message: ChatMessage) -> list[Finding]:
        """Risk findings for one message."""
        return self.scan_prepared(message, prepare(message.text))

    def scan_prepared(self, message: ChatMessage, prepared: Prepared) -> list[Finding]:
        """:meth:`scan`, reading the lower-cased text from the pipeline's shared pre-pass."""
        candidates = prepared.risk_candidates
        if candidates is None:
            candidates = triggers.shared(prepared)[1]
        if not candidates:
            return []
        text = prepared.text
        found: list[Finding] = []
        for index in sorted(candidates):
            if index == _ADVICE:
                continue
            rule = self._rules[index]
            for m in rule.pattern.finditer(text):
                if m.end() == m.start():
                    continue
                start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                if rule.negatable and _negated(text, start):
                    continue
                if rule.not_question and _asked(text, start, m.end()):
                    continue
                detail = self.crisis_guidance if rule.category == "risk.self_harm" else ""
                found.append(Finding(rule.category, _SEVERITY[rule.category], start, m.end(), rule.rule_id, detail))
        if _ADVICE in candidates:
            self._advice_request(text, found)
        return _dedupe(found)

    def _advice_request(self, text: str, found: list[Finding]) -> None:
        ascii = text.isascii()
        for lang, personal, topic, intent in self._advice:
            if ascii and lang == "ru":
                continue  # every Russian topic word is written in Cyrillic: no ASCII text can match
            # Cheapest first: the topic alternation is by far the largest pattern.
            person_m = personal.search(text)
            if person_m is None:
                continue
            intent_m = intent.search(text)
            if intent_m is None:
                continue
            topic_m = topic.search(text)
            if topic_m is None:
                continue
            start = min(person_m.start(), topic_m.start(), intent_m.start())
            end = max(person_m.end(), topic_m.end(), intent_m.end())
            found.append(
                Finding("risk.advice_request", _SEVERITY["risk.advice_request"], start, end,
                        f"risk.advice_request.{lang}", "asks for individual medical advice")
            )
            return


def _clause_before(text: str, start: int) -> str:
    """The text of the current clause before ``start``."""
    before = text[max(0, start - 80) : start]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(before):
        cut = m.end()
    return before[cut:]


def _negated(text: str, start: int) -> bool:
    """A negator among the three words before ``start`` in the same clause, or inside the match's lead."""
    window = " ".join(_clause_before(text, start).split()[-3:])
    return bool(window) and _NEGATOR.search(window) is not None


def _asked(text: str, start: int, end: int) -> bool:
    """True when the sentence around the match is a question."""
    tail = text[end : end + 120]
    stop = re.search(r"[.!?\n]", tail)
    if stop is not None and stop.group(0) == "?":
        return True
    sentence_start = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start)) + 1
    head = text[sentence_start:start]
    return bool(_QUESTION_START.match(head)) and stop is None and text.rstrip().endswith("?")


def _dedupe(found: list[Finding]) -> list[Finding]:
    """One finding per category and span; overlapping spans of one category keep the first."""
    out: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.category, f.start, -f.end)):
        if out and out[-1].category == f.category and f.start < out[-1].end:
            continue
        out.append(f)
    return out
