"""Case-insensitive patterns searched case-sensitively on folded text: the same matches, always."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from castguard.filters import regex_gate, risk, risk_lexicon, risk_rules
from castguard.filters.regex_gate import LazyPattern, case_free, folded

#: Characters that case-insensitive matching relates to others: upper case, the engine's extra case classes
#: (dotless i, long s, Kelvin sign, final sigma, the old Cyrillic letter forms), the dotted capital I.
TRICKY = "iIıİsSſkKKσςΣвᲀсᲃтᲄᲅоᲂдᲁµμßẞǆǅǄ"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


def test_no_character_past_the_scanned_range_changes_case() -> None:
    tolower = regex_gate._unicode_tolower
    assert not [c for c in range(regex_gate._CASED_BELOW, 0x110000) if tolower(c) != c]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i'll find you after the show 😂", True),
        ("я тебя найду, сволочь", True),
        ("la vacuna causa autismo, ¿sí?", True),
        ("Hello", False),  # an upper-case letter
        ("kıll", False),  # dotless i: the engine reads it as "i" when case is ignored
        ("ſtab", False),  # long s
        ("\u1c83мерть", False),  # an old form of "с"
        ("kİll", False),  # kept upper-case by the readable copy (its lower case is two characters)
        ("", True),
    ],
)
def test_a_folded_text_holds_no_character_that_ignoring_case_would_relate_to_another(text: str, expected: bool) -> None:
    assert folded(text) is expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:kill|stab)\w* (?:you|u)\b", True),
        (r"[а-яё]+ убью", True),
        (r"(?<!not )\bcures? [^.!?]{0,20}cancer", True),
        (r"\bKill\b", False),  # an upper-case letter in the pattern
        (r"[A-Z]{3}", False),
        (r"\bkıll", False),  # a second member of an extra case class
        (r"(\w)\1", False),  # back-references compare case-insensitively
        (r"(?x) kill \s you", False),  # global inline flags
        (r"(?-i:kill)", False),
    ],
)
def test_a_case_free_pattern_names_only_folded_characters(pattern: str, expected: bool) -> None:
    assert case_free(pattern) is expected


_PATTERNS = (
    r"\b(?:kill|stab|shoot)\w* (?:you|u|him)\b",
    r"[а-яё]{2,} (?:убью|убить)\b",
    r"\bс[мн]ерть\b",
    r"[^a-z ]+",
    r"\bας\b|ς",
    r"(?<=\bi )will\b",
    r"[\w-]+ is (?:dead|gone)",
    r"[kq][^i]ll",
    r"\bµg\b",
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(TRICKY + " .-abceglnorsuwyzадеилмнорстуьё")), max_size=24))
def test_on_a_folded_text_both_searches_find_the_same(text: str) -> None:
    lower = text.lower()
    for pattern in _PATTERNS:
        assert case_free(pattern), pattern
        insensitive, sensitive = re.compile(pattern, re.IGNORECASE), re.compile(pattern)
        for candidate in (text, lower):
            if folded(candidate):
                assert _spans(sensitive, candidate) == _spans(insensitive, candidate), (pattern, candidate)
        if folded(lower):
            lazy = LazyPattern(pattern, re.IGNORECASE)
            got = [(m.start(), m.end(), m.groups()) for m in lazy.folded_finditer(lower)]
            assert got == _spans(insensitive, lower)
            found, expected = lazy.folded_search(lower), insensitive.search(lower)
            assert (found and found.span()) == (expected and expected.span())


def test_every_built_in_risk_pattern_is_case_free() -> None:
    # Not a rule of the tables, a measure of the fast path: a pattern that is not case-free still matches
    # exactly, only slower (case-insensitively). Upper-case letters in a new rule show here.
    patterns = [risk._apostrophes(pattern) for _, _, _, pattern, _ in risk_rules.RULES]
    patterns += [pattern for _, _, _, pattern in risk_lexicon.COMPOSITIONS]
    assert [p[:60] for p in patterns if not case_free(p)] == []


def test_a_pattern_that_is_not_case_free_is_searched_as_it_was() -> None:
    lazy = LazyPattern(r"\bKILL\b", re.IGNORECASE)
    found = lazy.folded_search("i will kill")
    assert found is not None and found.span() == (7, 11)
