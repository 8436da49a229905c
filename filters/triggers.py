"""One Aho-Corasick pass for two filters: the privacy keywords and the risk rule triggers.

The privacy filter looks for context words ("dob", "mrn", "insulin"...) in the
lower-cased message and the risk filter for the trigger substrings that unlock
its phrase rules ("kill", "cure", "sue"...). Both read the same lower-cased
text, so the pipeline walks it once through an automaton holding both sets of
words and keeps the two answers on the message's :class:`~castguard.filters.prepass.Prepared`.
Each answer is exactly what the filter's own automaton gives: the privacy
filter's whole-word checks are applied to its matches, and a text whose
lower-cased form changes length (``İ``) is matched by the two filters'
own automatons, as before.
"""

from __future__ import annotations

from functools import cache

import ahocorasick

from castguard.filters.prepass import Prepared
from castguard.filters.privacy.keywords import ENTRIES, Entry, Keyword, find_keywords, same_length_lower


@cache
def _automaton() -> ahocorasick.Automaton:
    """The merged automaton: each word maps to (privacy entry or None, risk rule indexes or None)."""
    from castguard.filters.risk import trigger_table

    merged: dict[str, tuple[Entry | None, tuple[int, ...] | None]] = {w: (e, None) for w, e in ENTRIES.items()}
    for word, indexes in trigger_table().items():
        merged[word] = (merged.get(word, (None, None))[0], indexes)
    automaton = ahocorasick.Automaton()
    for word, value in merged.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


def shared(prepared: Prepared) -> tuple[list[Keyword], set[int]]:
    """(privacy keywords, risk rule candidates) of a prepared message; computed once, then kept on it."""
    keywords, candidates = prepared.keywords, prepared.risk_candidates
    if keywords is not None and candidates is not None:
        return keywords, candidates
    text, lower = prepared.text, prepared.lower
    if len(lower) != len(text):
        # Rare: lower-casing changed the length, and the privacy filter needs offsets into the text.
        from castguard.filters.risk import candidates as risk_candidates

        keywords = find_keywords(same_length_lower(text))
        candidates = risk_candidates(lower)
    else:
        keywords = []
        candidates = set()
        n = len(lower)
        # Padded for the risk triggers written with a leading or trailing space (" sue "); a
        # privacy match is kept only when it lies inside the text, as in its own unpadded pass.
        for last, (entry, indexes) in _automaton().iter(f" {lower} "):
            if indexes is not None:
                candidates.update(indexes)
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
    prepared.keywords = keywords
    prepared.risk_candidates = candidates
    return keywords, candidates
