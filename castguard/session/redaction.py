"""Redaction for recordings and reports, with finding spans kept pointing at the right text.

:func:`castguard.filters.redact.redact` replaces spans with ``[category]`` labels; a
recording made in redact-at-rest mode also needs the findings' offsets moved so
that the desk, replay and reports still highlight the right characters in the
redacted text. :func:`redact_findings` does both, with the same merging rules.
Text that people type (reasons, notes) has no findings of its own:
:func:`free_text_redactor` runs the privacy filter over it first. Authors'
display names are replaced by a stable :func:`pseudonym`.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from castguard.core.model import Finding
from castguard.core.policy import Policy
from castguard.filters.redact import label, merged_spans, redact

#: The category families whose spans are personal data.
PRIVACY = frozenset({"privacy"})

#: Fields of a message's platform extras that name a person (Twitch's login when it differs from the
#: display name, the display name of the author replied to): dropped where names are pseudonymised.
NAME_EXTRAS = frozenset({"login", "reply_to_name"})


def pseudonym(source: str, author_id: str, key: bytes = b"castguard") -> str:
    """A stable stand-in for an author's name: ``viewer-`` and 10 hex digits of a keyed hash of their account.

    The same account gets the same pseudonym wherever the same ``key`` is used, so a reviewer can still
    follow one person through a recording. With a secret ``key`` (a webhook's, random per run) the
    pseudonym cannot be traced back by hashing candidate names.
    """
    digest = hmac.new(key, f"{source}\0{author_id}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return f"viewer-{digest[:10]}"


def without_names(extra: Mapping[str, object]) -> dict[str, object]:
    """Platform extras without the fields that name a person."""
    return {k: v for k, v in extra.items() if k not in NAME_EXTRAS}


def is_private(finding: Finding) -> bool:
    """True for findings whose span is personal data."""
    return finding.category.split(".", 1)[0] in PRIVACY


def redact_findings(text: str, findings: Iterable[Finding]) -> tuple[str, tuple[Finding, ...]]:
    """``text`` with privacy spans replaced by labels, and every finding's span moved onto the new text.

    A privacy finding's span becomes its label; other findings keep covering the
    same characters (clamped to a label when they overlapped personal data).
    """
    findings = tuple(findings)
    merged = merged_spans(text, findings, PRIVACY)
    if not merged:
        return text, findings
    # (old start, old end, new start, new end) of each replaced region.
    regions: list[tuple[int, int, int, int]] = []
    out: list[str] = []
    pos = shift = 0
    for start, end, f in merged:
        out.append(text[pos:start])
        placeholder = label(f.category)
        new_start = start + shift
        out.append(placeholder)
        regions.append((start, end, new_start, new_start + len(placeholder)))
        shift += len(placeholder) - (end - start)
        pos = end
    out.append(text[pos:])
    redacted = "".join(out)

    def move(p: int, *, is_end: bool) -> int:
        delta = 0
        for old_start, old_end, new_start, new_end in regions:
            if p >= old_end:
                delta = new_end - old_end
                continue
            if p > old_start:  # inside a replaced region: cover the whole label
                return new_end if is_end else new_start
            break
        return p + delta

    moved = []
    for f in findings:
        if f.end <= f.start:
            moved.append(f)  # whole-message finding: no span to move
            continue
        start, end = move(f.start, is_end=False), move(f.end, is_end=True)
        if (start, end) != (f.start, f.end):
            f = replace(f, start=start, end=max(start, end))
        moved.append(f)
    return redacted, tuple(moved)


def redact_text(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with personal data (privacy spans) replaced by labels."""
    return redact(text, findings, only=PRIVACY)


def free_text_redactor(policy: Policy) -> Callable[[str], str]:
    """A function redacting personal data in text people typed: action reasons, notes, platform responses.

    The privacy filter reads the text as it would a chat message under ``policy`` (its region,
    allow-lists, and the privacy categories it keeps enabled), and the spans are replaced as in
    messages (``caller 555-123-4567`` → ``caller [phone]``).
    """
    # The filter's lexicons load on first use: only processes that redact free text pay for them.
    from castguard.filters.privacy import SEVERITY, PrivacyFilter

    privacy = PrivacyFilter(policy)

    def clean(text: str) -> str:
        if not text:
            return text
        findings = [
            Finding(h.category, SEVERITY[h.category], h.start, h.end, h.rule)
            for h in privacy.hits(text)
            if policy.rule(h.category).enabled
        ]
        return redact_text(text, findings)

    return clean
