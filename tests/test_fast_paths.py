"""The pipeline's shortcuts change no verdict: each fast path against the full path, on real and benchmark chat.

The corpora are the development split of the independently written lines, every third line of the privacy
evaluation set (phones of many regions, cards, addresses...) and the benchmark's realistic chat stream. Each
test runs the same text through the shortcut the pipeline takes (the shared pre-pass, the risk gate, the speech
acts read once per span, the adverse filter's leetspeak test) and through the path that takes none, and
compares the results.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

import pytest

from castguard.core.model import ChatMessage, Finding
from castguard.core.policy import load_policy
from castguard.filters import default_factories, risk_rules, speech, triggers
from castguard.filters.adverse import _automaton as adverse_automaton
from castguard.filters.base import Filter
from castguard.filters.normalize import deobfuscate
from castguard.filters.pipeline import Pipeline, Scorer
from castguard.filters.prepass import Prepared, prepare
from castguard.filters.privacy.keywords import find_keywords
from castguard.filters.risk import _OBFUSCATION_HINT, ADVICE_GATE, RiskFilter, _compile
from castguard.filters.risk import candidates as risk_candidates
from tests.filter_helpers import msg

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "benchmarks" / "data" / "detection" / "dev"
PRIVACY = ROOT / "benchmarks" / "data" / "privacy_eval.jsonl"


@cache
def dev_lines() -> tuple[str, ...]:
    """Every line of the development split (never the frozen ones), then a third of the privacy lines."""
    lines: list[str] = []
    for path in sorted(DEV.glob("*/*.jsonl")):
        lines += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines += [json.loads(line)["text"] for line in PRIVACY.read_text(encoding="utf-8").splitlines()[::3]]
    return tuple(lines)


@cache
def chat_stream(count: int) -> tuple[ChatMessage, ...]:
    """The benchmark's realistic chat (90% ordinary lines, 10% labelled problems), as bench_filters builds it."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from benchmarks.bench_filters import DATA, load, pipeline_stream
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return tuple(pipeline_stream(load(DATA), count))


def corpus(stream: int) -> list[ChatMessage]:
    """The labelled lines as messages of distinct authors, then ``stream`` messages of benchmark chat."""
    dev = [msg(text, author=f"dev{i}", at=1_600_000_000.0 + i, mid=f"d{i}") for i, text in enumerate(dev_lines())]
    return dev + list(chat_stream(stream))


def test_the_corpora_are_there_and_hold_findings_of_every_kind() -> None:
    pipeline = Pipeline(load_policy())
    messages = corpus(3000)
    assert len(dev_lines()) > 2000
    categories = {c for v in pipeline.evaluate_many(messages) for c in v.categories}
    assert {"risk.threat", "risk.self_harm", "risk.medical_claim", "privacy.phone", "profanity"} <= categories
    assert {"health.adverse_event", "spam.link", "risk.harassment", "spam.scam"} <= categories


class _HandGate:
    """The risk gate with only what a rule's author wrote: a phrase rule's own triggers, the advice check's words.

    Those lists are part of the rules (a rule runs only with one of its triggers in the message); every other
    clause of the real gate is derived from the patterns (:func:`castguard.filters.regex_literals.required`)
    and must never skip a rule that would match. Compositions have no triggers of their own: here they run
    on every message.
    """

    def __init__(self) -> None:
        compiled = _compile()
        self.count = compiled.advice_unit + 1
        self.triggers = {i: [k.lower() for k in keys] for i, (_, _, keys, _, _) in enumerate(risk_rules.RULES) if keys}
        self.triggers[compiled.advice_unit] = [k.lower() for k in ADVICE_GATE]
        self.texts: tuple[str, ...] = ()

    def read(self, text: str) -> None:
        """The message the next :meth:`units` call is about (its lower-cased and readable copies, padded)."""
        self.texts = (f" {text.lower()} ", f" {deobfuscate(text).text} ")

    def units(self, found: set[int]) -> list[int]:
        triggers = self.triggers
        return [
            u
            for u in range(self.count)
            if u not in triggers or any(k in padded for k in triggers[u] for padded in self.texts)
        ]


def _ungated(filt: RiskFilter, gate: _HandGate, message: ChatMessage) -> list[Finding]:
    """What the risk filter finds when the derived gate skips nothing, and the obfuscation check is always made."""
    gate.read(message.text)
    prepared = prepare(message.text)
    prepared.risk_candidates = {_OBFUSCATION_HINT}
    return filt.scan_prepared(message, prepared)


GATE_PARTS = 4  # every rule is tried on every message: the check is cut in parts that run apart


@pytest.mark.parametrize("part", range(GATE_PARTS))
def test_the_risk_gate_skips_no_rule_that_would_match(part: int) -> None:
    policy = load_policy()
    gated, full = RiskFilter(policy), RiskFilter(policy)
    gate = _HandGate()
    full._gates = gate  # type: ignore[assignment]
    flagged = 0
    for message in corpus(1500)[part::GATE_PARTS]:
        expected = _ungated(full, gate, message)
        assert gated.scan(message) == expected, message.text
        flagged += bool(expected)
    assert flagged > 250 // GATE_PARTS  # the comparison covers real hits, not only clean lines


def test_the_risk_rules_find_the_same_searched_case_sensitively_on_folded_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from castguard.filters import risk

    messages = corpus(1500)
    filt = RiskFilter(load_policy())
    tried: list[bool] = []
    fold = risk.folded

    def counted(text: str) -> bool:
        tried.append(fold(text))
        return tried[-1]

    monkeypatch.setattr(risk, "folded", counted)
    fast = [filt.scan(m) for m in messages]
    monkeypatch.setattr(risk, "folded", lambda text: False)  # every rule searched case-insensitively, as written
    plain = [filt.scan(m) for m in messages]
    for message, a, b in zip(messages, fast, plain, strict=True):
        assert a == b, message.text
    assert sum(map(bool, plain)) > 250  # real hits compared, not only clean lines
    assert tried.count(True) > 0.9 * len(tried)  # and the fast path is the one most messages take


def test_the_shared_pass_finds_what_each_filter_finds_alone() -> None:
    gates = _compile().gates
    for message in corpus(6000):
        text = message.text
        prepared = prepare(text)
        keywords, candidates = triggers.shared(prepared)
        lower = prepared.lower
        if len(lower) != len(text):
            continue  # such a text is read by the filters' own automatons (test_pipeline covers it)
        assert keywords == find_keywords(lower), text
        own = risk_candidates(lower)
        assert gates.units(candidates) == gates.units(own), text
        assert prepared.adverse_matches == list(adverse_automaton(()).iter(lower)), text


class _Alone:
    """A filter called on the message alone (``scan``): no shared pre-pass, every filter preparing its own."""

    def __init__(self, filt: Filter) -> None:
        self.filt = filt
        self.name = filt.name

    def scan(self, message: ChatMessage) -> list[Finding]:
        return self.filt.scan(message)


class _ScoreAlone:
    """The sentiment scorer called on the message alone (``score``)."""

    def __init__(self, scorer: Scorer) -> None:
        self.scorer = scorer

    def score(self, message: ChatMessage) -> float:
        return self.scorer.score(message)


def test_the_pipeline_judges_alike_with_and_without_the_shared_pre_pass() -> None:
    messages = corpus(6000)
    fast = Pipeline(load_policy())
    expected = [v for i in range(0, len(messages), 32) for v in fast.evaluate_many(messages[i : i + 32])]
    plain = Pipeline(load_policy())
    plain.filters = [_Alone(f) for f in plain.filters]
    assert plain.scorer is not None
    plain.scorer = _ScoreAlone(plain.scorer)
    assert [plain.evaluate(m) for m in messages] == expected
    assert len(plain.filters) == len(default_factories())


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("turmeric cures cancer", "risk.medical_claim"),
        ("im gonna sue you", "risk.legal"),
        ("te voy a matar", "risk.threat"),
        ("i want to kill myself", "risk.self_harm"),
    ],
)
def test_a_span_hit_by_several_rules_has_its_speech_act_read_once(
    monkeypatch: pytest.MonkeyPatch, text: str, category: str
) -> None:
    calls: list[tuple[int, int]] = []
    read = speech.any_of

    def counting(flags: frozenset[str], text: str, start: int, end: int) -> bool:
        calls.append((start, end))
        return read(flags, text, start, end)

    monkeypatch.setattr(speech, "any_of", counting)
    # A phrase rule and one or more compositions hit the very same words: one reading of their speech act.
    assert [f.category for f in RiskFilter(load_policy()).scan(msg(text))] == [category]
    assert calls and len(calls) == len(set(calls)), calls


def test_leetspeak_reports_of_side_effects_are_still_read() -> None:
    from castguard.filters.adverse import AdverseFilter

    filt = AdverseFilter(load_policy())
    for text in ("s1nce th3 n3w m3ds i c4nt f33l my f33t", "since the new meds i cant feel my feet"):
        assert [f.category for f in filt.scan(msg(text))] == ["health.adverse_event"], text


def test_prepared_message_reused_by_a_second_shared_pass_is_not_read_again() -> None:
    prepared = Prepared("bringing my gun to the clinic")
    first = triggers.shared(prepared)
    assert triggers.shared(prepared) == first
    assert first[0] is prepared.keywords and first[1] is prepared.risk_candidates


@pytest.mark.parametrize(
    ("text", "digit"),
    [
        ("no numbers here", False),
        ("call 555 0100", True),
        ("телефон ٣٤٥", True),  # Arabic-Indic digits are digits too
        ("ｃａｌｌ １２３", True),  # fullwidth
        ("x² and ½", False),  # a superscript or a fraction is not a digit to a pattern's \d
        ("", False),
    ],
)
def test_the_pre_pass_says_whether_a_text_holds_a_digit_as_a_patterns_digit_class_does(text: str, digit: bool) -> None:
    assert prepare(text).digit is digit
    assert (re.search(r"\d", text) is not None) is digit


def test_the_pre_pass_digit_fact_agrees_with_the_digit_class_on_every_line() -> None:
    for message in corpus(3000):
        assert prepare(message.text).digit == (re.search(r"\d", message.text) is not None), message.text


def test_privacy_skips_only_messages_no_detector_can_read() -> None:
    """No digit, no "@" and no context word: the filter stops at once, and its full path finds nothing there."""
    from castguard.filters.privacy import PrivacyFilter

    filt = PrivacyFilter(load_policy())
    skipped = 0
    for message in corpus(6000):
        prepared = prepare(message.text)
        keywords, _ = triggers.shared(prepared)
        full = filt.hits(message.text)
        if not keywords and not prepared.digit and "@" not in message.text:
            skipped += 1
            assert full == [], message.text
        shown = [(f.category, f.start, f.end, f.rule, f.detail) for f in filt.scan_prepared(message, prepared)]
        assert shown == [(h.category, h.start, h.end, h.rule, h.detail) for h in full], message.text
    assert skipped > 3000  # most ordinary chat takes the shortcut


def test_the_adverse_filter_skips_only_messages_with_no_product_effect_or_leetspeak() -> None:
    """No gate word and no digit, "@" or "$": the filter stops at once, and its full search finds nothing there."""
    from castguard.filters.adverse import AdverseFilter, _find

    filt = AdverseFilter(load_policy())
    automaton = adverse_automaton(())
    skipped = 0
    for message in corpus(6000):
        prepared = prepare(message.text)
        triggers.shared(prepared)
        lower = prepared.lower
        full = None if len(lower) != len(message.text) else _find(lower, automaton)
        if prepared.adverse_matches == [] and not prepared.digit and "@" not in lower and "$" not in lower:
            skipped += 1
            assert full is None, message.text
        assert filt.scan_prepared(message, prepared) == filt.scan(message), message.text
    assert skipped > 3000
