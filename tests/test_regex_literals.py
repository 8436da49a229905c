"""The literal gate in front of the risk rules: it may open too often, never close on a match."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from castguard.filters import risk, risk_lexicon
from castguard.filters.normalize import deobfuscate
from castguard.filters.regex_literals import required

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def test_a_pattern_needs_one_string_of_each_clause() -> None:
    clauses = required(r"\b(?:i'll|i will) (?:kill|stab) (?:you|u)\b", re.IGNORECASE)
    assert clauses and all(any(w in "i'll kill you" for w in clause) for clause in clauses)
    assert not any(all(any(w in text for w in c) for c in clauses) for text in ("i will hug you", "kill time"))


def test_alternatives_need_one_of_their_own_strings() -> None:
    clauses = required(r"tea\w* cures|\bbleach heals", re.IGNORECASE)
    for text in ("teas cures", "bleach heals"):
        assert all(any(w in text for w in c) for c in clauses)
    assert not all(any(w in "honey helps" for w in c) for c in clauses)


def test_short_or_open_patterns_give_no_clause() -> None:
    assert required(r"\b(?:i|u)\b") == []  # "i", "u": in nearly every message, not worth gating on
    assert required(r"\w+ing") == [frozenset({"ing"})]
    assert required(r"(?:kill)?") == []


def test_every_composition_is_gated() -> None:
    for _, _, name, pattern in risk_lexicon.COMPOSITIONS:
        assert required(pattern, re.IGNORECASE), name


@functools.cache
def _lines() -> list[str]:
    texts = []
    for path in [*sorted((DATA / "detection" / "train").rglob("*.jsonl")), DATA / "filters_labelled.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    return texts


#: The check below runs every composition over every training line (about 70 million searches): it is cut into
#: this many parts, each its own test, so that the parts run side by side and none nears the per-test time limit.
_PARTS = 8


@pytest.mark.parametrize("part", range(_PARTS))
def test_the_gate_never_hides_a_match_of_a_composition(part: int) -> None:
    compiled = risk._compile()
    first = len(compiled.rules)
    for text in _lines()[part::_PARTS]:
        norm = deobfuscate(text).text
        units = set(compiled.gates.units(risk.candidates(norm)))
        for i, (_, _, rule_id, pattern) in enumerate(compiled.concepts):
            if first + i not in units and pattern.search(norm) is not None:
                raise AssertionError(f"the gate hides {rule_id} on {text!r}")


def test_a_short_alternative_does_not_void_its_alternation() -> None:
    # "bp" alone would gate nothing, but beside "cancer" the alternation still needs one of the two.
    clauses = required(r"\bcures? (?:cancer\w*|bp\b|ms\b)", re.IGNORECASE)
    assert frozenset({"cancer", "bp", "ms"}) in clauses
    assert not all(any(w in "this cures my boredom" for w in c) for c in clauses)
    assert all(any(w in "it cures bp" for w in c) for c in clauses)


def test_a_look_ahead_needs_its_own_strings() -> None:
    clauses = required(r"\bofficial support\b(?=.*\b(?:dm|whatsapp)\b)", re.IGNORECASE)
    assert frozenset({"dm", "whatsapp"}) in clauses
    assert not all(any(w in "official support says hi" for w in c) for c in clauses)


def test_a_pictograph_is_as_rare_as_a_word() -> None:
    # "🔪" is one character, but no rarer string stands for a weapon: the weapon clause must not
    # lose its place to the clause of places, whose "er" (the emergency room) is in most messages.
    clauses = required(r"\b(?:gun\w*|knife\w*|🔪)[^.]{0,40}?\b(?:clinic|school|er\b)", re.IGNORECASE)
    assert clauses[0] == frozenset({"gun", "knife", "🔪"})


def test_a_place_without_a_weapon_does_not_run_the_weapon_place_threat() -> None:
    compiled = risk._compile()
    first = len(compiled.rules)
    unit = next(
        first + i for i, (_, lang, rule_id, _) in enumerate(compiled.concepts) if rule_id.endswith("en.weapon-place")
    )
    for text in ("whatever, the doctor said the ER was packed", "my sister works at the clinic near school"):
        assert unit not in compiled.gates.units(risk.candidates(text.lower())), text
    assert unit in compiled.gates.units(risk.candidates("bringing my gun to the clinic tomorrow"))


def test_a_pattern_reads_the_same_whatever_was_read_before() -> None:
    # What is remembered while one pattern is read (nested alternations, clause rarity) is forgotten after it.
    nested = r"\b(?:(?:i'll|i will) (?:kill|stab|shoot)|(?:gonna|going to) (?:hurt|kill)) (?:you|him|her)\b"
    alone = required(nested, re.IGNORECASE)
    for _, _, _, pattern in risk_lexicon.COMPOSITIONS[:40]:
        required(pattern, re.IGNORECASE)
    assert required(nested, re.IGNORECASE) == alone
    assert alone and all(any(w in "gonna hurt him" for w in c) for c in alone)
    assert not all(any(w in "gonna hug him" for w in c) for c in alone)
