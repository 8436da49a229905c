"""Redaction: replace the spans of findings with their category, for reports, webhooks and redact-at-rest."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from castguard.core.model import Finding


def label(category: str) -> str:
    """The placeholder for a category: ``privacy.phone`` → ``[phone]``, ``profanity`` → ``[profanity]``."""
    return f"[{category.rsplit('.', 1)[-1]}]"


def merged_spans(
    text: str, findings: Iterable[Finding], only: Collection[str] | None = None
) -> list[tuple[int, int, Finding]]:
    """The regions to replace: (start, end, finding naming the label), sorted and without overlaps.

    Overlapping or touching spans are merged into one region, named after the most
    severe finding among them (the longest on a tie), so no fragment of a redacted
    value survives between two labels. Whole-message findings (empty spans) and
    spans outside the text are ignored. ``only`` restricts the regions to the given
    categories or families (``{"privacy"}``).
    """
    n = len(text)
    spans: list[tuple[int, int, Finding]] = []
    for f in findings:
        if only is not None and f.category not in only and f.category.split(".", 1)[0] not in only:
            continue
        start, end = max(0, f.start), min(n, f.end)
        if end > start:
            spans.append((start, end, f))
    spans.sort(key=lambda s: (s[0], -s[1]))
    merged: list[tuple[int, int, Finding]] = []
    for start, end, f in spans:
        if merged and start <= merged[-1][1]:
            m_start, m_end, m_f = merged[-1]
            stronger = f if (f.severity, end - start) > (m_f.severity, m_end - m_start) else m_f
            merged[-1] = (m_start, max(m_end, end), stronger)
        else:
            merged.append((start, end, f))
    return merged


def redact(text: str, findings: Iterable[Finding], only: Collection[str] | None = None) -> str:
    """``text`` with every finding's span replaced by its category label (regions as in :func:`merged_spans`).

    ``only`` restricts redaction to the given categories or families (``{"privacy"}``
    redacts personal data and leaves profanity visible).
    """
    merged = merged_spans(text, findings, only)
    if not merged:
        return text
    out: list[str] = []
    pos = 0
    for start, end, f in merged:
        out.append(text[pos:start])
        out.append(label(f.category))
        pos = end
    out.append(text[pos:])
    return "".join(out)
