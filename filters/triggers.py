"""One Aho-Corasick pass for three filters: the privacy keywords, the risk rule triggers and the adverse-event gate.

The privacy filter looks for context words ("dob", "mrn", "insulin"...) in the
lower-cased message, the risk filter for the literal strings that unlock its
rules ("kill", "cure", "sue"...) and the adverse-event filter for products and
effects ("metformin", "rash"). All three read the same lower-cased text, so the
pipeline walks it once through an automaton holding every set of words and
keeps the answers on the message's :class:`~castguard.filters.prepass.Prepared`.
Each answer is exactly what the filter's own automaton gives: the privacy
filter's whole-word checks are applied to its matches, the adverse-event
matches are handed over as its own automaton yields them (for the built-in
lists; a policy that names its own products keeps its own automaton), and a
text whose lower-cased form changes length (``İ``) is matched by the filters'
own automatons, as before.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import ahocorasick

from castguard.filters.prepass import Prepared
from castguard.filters.privacy.keywords import ENTRIES, Keyword, find_keywords, same_length_lower


@cache
def _automaton() -> ahocorasick.Automaton:
    """The merged automaton: each word maps to (privacy entry, risk literal ids, adverse gate entry), each or None;
    a risk literal that is nothing else maps to its ids alone, as a frozenset."""
    from castguard.filters.adverse import gate_entries
    from castguard.filters.risk import trigger_table

    merged: dict[str, list[Any]] = {w: [e, None, None] for w, e in ENTRIES.items()}
    for word, indexes in trigger_table().items():
        merged.setdefault(word, [None, None, None])[1] = indexes
    for word, entry in gate_entries(()).items():
        merged.setdefault(word, [None, None, None])[2] = entry
    automaton = ahocorasick.Automaton()
    for word, value in merged.items():
        entry, indexes, gate = value
        # A risk literal alone (most matches) is stored as its ids, a frozenset: one type test reads it.
        automaton.add_word(word, frozenset(indexes) if entry is None and gate is None else tuple(value))
    automaton.make_automaton()
    return automaton


@cache
def _openers() -> frozenset[int]:
    """Risk literal ids that can open a rule (a rule is looked up from its first clause), and the obfuscation hint."""
    from castguard.filters.risk import _OBFUSCATION_HINT, _compile

    return frozenset(_compile().gates.first) | {_OBFUSCATION_HINT}


def warm() -> None:
    """Build the merged automaton and the risk openers now (once per process), so that the first message a pipeline
    judges does not wait for them (about 0.3 s for the hundred thousand words of the built-in lists)."""
    _automaton()
    _openers()


def shared(prepared: Prepared) -> tuple[list[Keyword], set[int]]:
    """(privacy keywords, risk rule candidates) of a prepared message; computed once, then kept on it.

    The candidates are empty when none of the literals found can open a risk rule (most of them
    are a rule's second or third clause: "in", "at", "men"), so the risk filter stops at once
    rather than look up rules it would not run.
    """
    keywords, candidates = prepared.keywords, prepared.risk_candidates
    if keywords is not None and candidates is not None:
        return keywords, candidates
    text, lower = prepared.text, prepared.lower
    adverse: list[tuple[int, Any]] | None = None
    if len(lower) != len(text):
        # Rare: lower-casing changed the length, and the privacy filter needs offsets into the text.
        from castguard.filters.risk import candidates as risk_candidates

        keywords = find_keywords(same_length_lower(text))
        candidates = risk_candidates(lower)
    else:
        keywords = []
        candidates = set()
        adverse = []
        n = len(lower)
        # Padded for the risk triggers written with a leading or trailing space (" sue "); a
        # privacy match is kept only when it lies inside the text, as in its own unpadded pass.
        for last, value in _automaton().iter(f" {lower} "):
            if value.__class__ is frozenset:
                candidates.update(value)  # a risk literal alone (most matches)
                continue
            entry, indexes, gate = value
            if indexes is not None:
                candidates.update(indexes)
            if gate is not None and 0 < last <= n:
                # The adverse gate's words hold no spaces: inside the text, moved back by the padding.
                adverse.append((last - 1, gate))
            if entry is not None:
                # keep() of castguard.filters.privacy.keywords, inlined, with offsets moved back by the padding.
                length, kinds, check_left, check_right, stem, word = entry
                end = last  # one past the last character, in the unpadded text
                start = end - length
                if start < 0 or end > n:
                    continue
                if check_left and start > 0:
                    before = lower[start - 1]
                    if before.isalnum() or before == "_":
                        continue
                if check_right and end < n:
                    after = lower[end]
                    if after.isalnum() or after == "_":
                        continue
                if stem:
                    while end < n and lower[end].isalnum():
                        end += 1
                for kind in kinds:
                    keywords.append(Keyword(kind, start, end, word))
    if candidates and _openers().isdisjoint(candidates):
        candidates = set()
    prepared.keywords = keywords
    prepared.risk_candidates = candidates
    prepared.adverse_matches = adverse
    return keywords, candidates
