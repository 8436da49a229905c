"""Candidate spans and how overlapping candidates are settled."""

from __future__ import annotations

from typing import NamedTuple

# Priorities: when two candidates overlap, the one backed by stronger evidence wins.
# An identifier announced by its context ("MRN 48213377") beats a format-only reading
# of the same digits (a phone number), and checksummed formats beat loose ones.
P_CONTEXT = 90
P_CHECKSUM = 70
P_FORMAT = 50
P_PHONE = 40
P_LOOSE = 30


class Hit(NamedTuple):
    """A candidate finding before overlaps are settled."""

    category: str
    start: int
    end: int
    rule: str
    priority: int
    detail: str = ""


#: Categories that describe a whole statement and may overlap identifier spans.
STATEMENT_CATEGORIES = frozenset({"privacy.health_disclosure", "privacy.self_disclosure"})


def settle(hits: list[Hit]) -> list[Hit]:
    """Drop identifier candidates that overlap a stronger one; statements are kept as they are."""
    if len(hits) < 2:
        return hits
    kept: list[Hit] = []
    statements: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.priority, h.start, -(h.end - h.start))):
        if hit.category in STATEMENT_CATEGORIES:
            if not any(s.category == hit.category and s.start < hit.end and hit.start < s.end for s in statements):
                statements.append(hit)
            continue
        if any(k.start < hit.end and hit.start < k.end for k in kept):
            continue
        kept.append(hit)
    return sorted(kept + statements, key=lambda h: (h.start, h.end))


def near_before(keywords_at: list[tuple[int, int]], start: int, window: int) -> bool:
    """True when a keyword (given as (start, end)) ends within ``window`` characters before ``start``."""
    return any(0 <= start - end <= window for _, end in keywords_at)
