"""Policy tuning on real data: judge a recording again under another policy and show what changes.

The recording is read as a stream and never modified. Each message goes through
a fresh pipeline in arrival order with its recorded arrival time, so windowed
detectors (raids, floods) see the broadcast as it happened.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from castguard.core.text import plain_output, safe_json
from castguard.filters.pipeline import Pipeline
from castguard.session import queries
from castguard.session.redaction import redact_text
from castguard.session.store import Store


@dataclass
class RescanDiff:
    """What a new policy would have flagged differently."""

    policy: str
    recorded_policies: list[str]
    scanned: int = 0
    flagged_before: int = 0
    flagged_after: int = 0
    changed: int = 0
    """Messages whose categories or decision changed."""
    before: Counter[str] = field(default_factory=Counter)
    """Messages per category as recorded."""
    after: Counter[str] = field(default_factory=Counter)
    """Messages per category under the new policy."""
    added: Counter[str] = field(default_factory=Counter)
    """Messages that gain a category."""
    removed: Counter[str] = field(default_factory=Counter)
    """Messages that lose a category."""
    decisions: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(recorded decision, new decision) for every message whose decision changed."""
    examples: list[dict[str, Any]] = field(default_factory=list)
    redacted_at_rest: bool = False

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        categories = sorted(set(self.before) | set(self.after))
        return {
            "policy": self.policy,
            "recorded_policies": self.recorded_policies,
            "scanned": self.scanned,
            "flagged_before": self.flagged_before,
            "flagged_after": self.flagged_after,
            "changed": self.changed,
            "categories": {
                c: {
                    "before": self.before[c],
                    "after": self.after[c],
                    "added": self.added[c],
                    "removed": self.removed[c],
                }
                for c in categories
            },
            "decision_changes": [{"from": a, "to": b, "messages": n} for (a, b), n in self.decisions.most_common()],
            "examples": self.examples,
            "redacted_at_rest": self.redacted_at_rest,
        }


def rescan(store: Store, pipeline: Pipeline, *, examples: int = 20, redact: bool = True) -> RescanDiff:
    """Re-run the filters of ``pipeline`` over every message of ``store`` and compare with the recording."""
    recorded = queries.policy_versions(store)
    diff = RescanDiff(pipeline.policy.version, recorded, redacted_at_rest=store.redact_at_rest)
    for record in store.messages():
        old, message = record.verdict, record.message
        new = pipeline.evaluate(message)
        diff.scanned += 1
        diff.flagged_before += old.flagged
        diff.flagged_after += new.flagged
        old_cats, new_cats = set(old.categories), set(new.categories)
        diff.before.update(old_cats)
        diff.after.update(new_cats)
        gained, lost = new_cats - old_cats, old_cats - new_cats
        diff.added.update(gained)
        diff.removed.update(lost)
        if old.decision is not new.decision:
            diff.decisions[(old.decision.value, new.decision.value)] += 1
        if gained or lost or old.decision is not new.decision:
            diff.changed += 1
            if len(diff.examples) < examples:
                findings = (*old.findings, *new.findings)
                diff.examples.append(
                    {"seq": record.seq, "author": message.author.name,
                     "text": redact_text(message.text, findings) if redact else message.text,
                     "decision": [old.decision.value, new.decision.value],
                     "added": sorted(gained), "removed": sorted(lost)}
                )  # fmt: skip
    return diff


def render_text(diff: RescanDiff) -> str:
    """A human summary of the diff."""
    lines = [
        f"rescanned {diff.scanned:,} messages with policy {diff.policy} "
        f"(recorded under {', '.join(diff.recorded_policies) or 'unknown'})",
        f"flagged: {diff.flagged_before:,} recorded -> {diff.flagged_after:,} under the new policy "
        f"({diff.flagged_after - diff.flagged_before:+,}); {diff.changed:,} messages judged differently",
    ]
    if diff.redacted_at_rest:
        lines.append(
            "note: this recording was redacted at rest: personal data was replaced by labels, so privacy "
            "categories cannot be found again"
        )
    categories = sorted(set(diff.before) | set(diff.after), key=lambda c: -(diff.added[c] + diff.removed[c]))
    changed = [c for c in categories if diff.added[c] or diff.removed[c]]
    if changed:
        lines += ["", f"{'category':<28}{'before':>9}{'after':>9}{'added':>9}{'removed':>9}"]
        for c in changed:
            lines.append(
                f"{c:<28}{diff.before[c]:>9,}{diff.after[c]:>9,}{'+' + format(diff.added[c], ','):>9}"
                f"{'-' + format(diff.removed[c], ','):>9}"
            )
    if diff.decisions:
        lines += ["", "decision changes:"]
        for (a, b), n in diff.decisions.most_common():
            lines.append(f"  {a:>8} -> {b:<8} {n:>9,}")
    if diff.examples:
        lines += ["", "examples:"]
        for ex in diff.examples:
            what = " ".join([*(f"+{c}" for c in ex["added"]), *(f"-{c}" for c in ex["removed"])])
            decision = f"{ex['decision'][0]}->{ex['decision'][1]}" if ex["decision"][0] != ex["decision"][1] else ""
            lines.append(f"  #{ex['seq']} {ex['author']}: {ex['text'][:100]!r} {what} {decision}".rstrip())
    if not diff.changed:
        lines += ["", "no difference: the new policy judges this recording exactly as it was judged live"]
    return plain_output("\n".join(lines)) + "\n"


def render_json(diff: RescanDiff) -> str:
    """The diff as JSON (control, escape and bidi characters written as ``\\u`` escapes)."""
    return safe_json(diff.as_dict(), indent=2) + "\n"
