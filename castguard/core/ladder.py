"""The policy's strike ladder: per category, the steps a repeat offender climbs (warn, timeout, ban).

``[ladder]`` maps a category (``risk.harassment``), a family (``risk``) or ``"*"`` (any other) to its
steps, e.g. ``["warn", "timeout:10m", "ban"]``. An author's next step is the one after the strikes
they already had in the session (the last step repeats). Pure data, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from castguard.core.lockdown import LockdownError, parse_duration
from castguard.core.model import CATEGORIES, ActionKind

#: Most steps in one ladder.
MAX_STEPS = 10
#: Longest timeout a step may give (Twitch's limit: two weeks).
MAX_STEP_TIMEOUT = 1_209_600
#: The ladder used for a category without its own (nor its family's).
ANY = "*"
#: A warning on a platform that cannot warn is a timeout this long, with the reason.
WARN_TIMEOUT = 60
#: The actions a strike can be (and that count as an earlier strike).
STRIKE_KINDS = frozenset({ActionKind.WARN, ActionKind.TIMEOUT, ActionKind.BAN})


class LadderError(ValueError):
    """A ``[ladder]`` entry that is not a valid ladder."""


@dataclass(frozen=True, slots=True)
class Step:
    """One rung: a warning, a timeout of ``duration`` seconds, or a ban."""

    kind: ActionKind
    duration: int | None = None

    @property
    def text(self) -> str:
        """``warn``, ``timeout 10m`` or ``ban``."""
        if self.kind is ActionKind.TIMEOUT and self.duration:
            return f"timeout {_short(self.duration)}"
        return self.kind.value


def _short(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def parse_step(item: Any) -> Step:
    """``"warn"``, ``"ban"`` or ``"timeout:10m"`` → a :class:`Step`."""
    if not isinstance(item, str):
        raise LadderError(f'steps are strings such as "warn", "timeout:10m" or "ban", not {type(item).__name__}')
    name, _, value = item.strip().lower().partition(":")
    if name in ("warn", "ban") and not value:
        return Step(ActionKind(name))
    if name == "timeout":
        try:
            seconds = parse_duration(value) if value else 0
        except LockdownError as exc:
            raise LadderError(str(exc)) from None
        if not 1 <= seconds <= MAX_STEP_TIMEOUT:
            raise LadderError('a timeout step needs a duration from 1s to 14d, such as "timeout:10m"')
        return Step(ActionKind.TIMEOUT, seconds)
    raise LadderError(f"unknown step {item[:40]!r} (known: warn, timeout:DURATION, ban)")


def _families() -> frozenset[str]:
    return frozenset(c.split(".", 1)[0] for c in CATEGORIES)


def parse_ladder(table: Mapping[str, Any]) -> dict[str, tuple[Step, ...]]:
    """The ``[ladder]`` table, checked; raises :class:`LadderError` naming the entry at fault."""
    ladder: dict[str, tuple[Step, ...]] = {}
    families = _families()
    for key, items in table.items():
        if key != ANY and key not in CATEGORIES and key not in families:
            raise LadderError(f'{key!r}: unknown category (a category such as risk.harassment, a family, or "*")')
        if not isinstance(items, list) or not items:
            raise LadderError(f"{key!r}: a ladder is a non-empty list of steps")
        if len(items) > MAX_STEPS:
            raise LadderError(f"{key!r}: at most {MAX_STEPS} steps")
        try:
            steps = tuple(parse_step(item) for item in items)
        except LadderError as exc:
            raise LadderError(f"{key!r}: {exc}") from None
        if any(step.kind is ActionKind.BAN for step in steps[:-1]):
            raise LadderError(f"{key!r}: a ban ends the ladder (the steps after it are never reached)")
        ladder[key] = steps
    return ladder


def ladder_for(
    ladder: Mapping[str, tuple[Step, ...]], categories: Iterable[str]
) -> tuple[str, tuple[Step, ...]] | None:
    """The ladder that applies to a message with ``categories`` (its first category with one, then its family's,
    then ``"*"``), with the category it is for; ``None`` when the policy has none."""
    categories = list(categories)
    for category in categories:
        if category in ladder:
            return category, ladder[category]
    for category in categories:
        family = category.split(".", 1)[0]
        if family in ladder:
            return category, ladder[family]
    if ANY in ladder:
        return (categories[0] if categories else ANY), ladder[ANY]
    return None


def next_step(steps: tuple[Step, ...], strikes: int) -> Step:
    """The step after ``strikes`` earlier strikes (the last step repeats)."""
    return steps[min(max(strikes, 0), len(steps) - 1)]
