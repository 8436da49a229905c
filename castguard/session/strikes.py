"""The strike key: an author's next step on the policy's ladder, planned (and shown) before it is applied.

An earlier strike is any warning, timeout or ban of the author in this session that did not fail and
was not undone, so undoing a step takes it off the count. A warning on a platform that cannot warn
(YouTube, Facebook) is a short timeout with the reason (:data:`castguard.core.ladder.WARN_TIMEOUT`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from castguard.core.ladder import STRIKE_KINDS, WARN_TIMEOUT, Step, ladder_for, next_step
from castguard.core.model import ActionKind, ActionRecord, ActionResult, MessageRecord
from castguard.core.policy import Policy


@dataclass(frozen=True, slots=True)
class StrikePlan:
    """What the strike key will do to the author of message ``seq``."""

    seq: int
    author: str
    category: str
    """The category whose ladder applies (``*`` for the catch-all on a message without findings)."""
    strikes: int
    """The author's earlier strikes in this session."""
    step: Step
    kind: ActionKind
    """What is done on the platform: ``warn``, ``timeout`` or ``ban``."""
    duration: int | None
    note: str = ""
    """How the platform carries it out, when not as the step says (a warning as a timeout)."""

    @property
    def reason(self) -> str:
        """The recorded reason: ``strike 2 (risk.harassment): timeout 10m``."""
        return f"strike {self.strikes + 1} ({self.category}): {self.step.text}"

    def describe(self) -> str:
        """One line for the confirmation: who, which strike, what it does."""
        earlier = "no earlier strike" if not self.strikes else f"{self.strikes} earlier strike(s)"
        line = f"{self.author}: {earlier} → strike {self.strikes + 1} on the {self.category} ladder: {self.step.text}"
        return f"{line} ({self.note})" if self.note else line


def earlier_strikes(actions: Iterable[ActionRecord]) -> int:
    """Warnings, timeouts and bans among an author's actions that did not fail and were not undone."""
    actions = list(actions)
    undone = {a.undoes for a in actions if a.kind is ActionKind.UNDO and a.result is not ActionResult.FAILED}
    return sum(
        1 for a in actions if a.kind in STRIKE_KINDS and a.result is not ActionResult.FAILED and a.id not in undone
    )


def plan_strike(
    policy: Policy, record: MessageRecord, actions: Iterable[ActionRecord], capabilities: frozenset[ActionKind]
) -> StrikePlan | None:
    """The author's next step for ``record``'s category, or ``None`` when the policy has no ladder for it.

    ``actions`` are the author's entries of the action log; ``capabilities`` those of the message's source.
    """
    found = ladder_for(policy.ladder, record.verdict.categories)
    if found is None:
        return None
    category, steps = found
    strikes = earlier_strikes(actions)
    step = next_step(steps, strikes)
    kind, duration, note = step.kind, step.duration, ""
    if step.kind is ActionKind.WARN and ActionKind.WARN not in capabilities and ActionKind.TIMEOUT in capabilities:
        kind, duration = ActionKind.TIMEOUT, WARN_TIMEOUT
        note = f"this platform cannot warn: a {WARN_TIMEOUT}s timeout with the reason"
    m = record.message
    return StrikePlan(record.seq, m.author.name, category, strikes, step, kind, duration, note)
