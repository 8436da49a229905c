"""Who is banned or timed out, and until when: the session's own actions and what the platforms report.

A sanction is kept per source and author (a ban on Twitch says nothing about the same name on YouTube).
It is imposed by a successful ``ban`` or ``timeout`` (the session's own or one seen on the platform) and
lifted by an ``unban``, by undoing the action that imposed it, or, for a timeout, by time passing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from castguard.core.model import (
    ActionKind,
    ActionRecord,
    ActionResult,
    MessageRecord,
    PlatformEvent,
    PlatformEventKind,
)
from castguard.session.transitions import settled_state

#: The category of the finding a message from a banned or timed-out author gets.
EVASION = "crowd.ban_evasion"
#: Row marks: banned, timed out.
BANNED_MARK = "⛔"
TIMED_OUT_MARK = "⏳"
#: Authors remembered per session at most (a raid's accounts are many, never this many).
MAX_SANCTIONS = 100_000


def settled_by_sanction(record: MessageRecord) -> bool:
    """Whether a ban or timeout of its author settles this message (:func:`.transitions.settled_state`)."""
    return settled_state(record) is not None


@dataclass(frozen=True, slots=True)
class Sanction:
    """One author's ban or timeout."""

    kind: ActionKind
    """``ban`` or ``timeout``."""
    at: float
    until: float | None
    """When a timeout ends (Unix time); ``None`` for a ban."""
    by: str
    """Who imposed it: a moderator, or ``platform`` for one seen on the platform."""
    action_id: int | None = None
    """The session's action that imposed it (undoing that action lifts it)."""

    @property
    def mark(self) -> str:
        """The row mark: banned or timed out."""
        return BANNED_MARK if self.kind is ActionKind.BAN else TIMED_OUT_MARK

    def describe(self, clock: Callable[[float], str]) -> str:
        """``banned`` or ``timed out until 14:05:00`` (``clock`` formats a Unix time)."""
        if self.until is None:
            return "banned"
        return f"timed out until {clock(self.until)}"


class Sanctions:
    """Bans and timeouts in force in one session, by (source, author id)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self._by_author: dict[tuple[str, str], Sanction] = {}

    def __len__(self) -> int:
        return len(self._by_author)

    def of(self, source: str, author_id: str, now: float | None = None) -> Sanction | None:
        """The sanction in force on an author at ``now`` (default: the session's clock), if any."""
        key = (source, author_id)
        found = self._by_author.get(key)
        if found is None:
            return None
        if found.until is not None and (self.clock() if now is None else now) >= found.until:
            del self._by_author[key]  # the timeout is over
            return None
        return found

    def in_force(self, now: float | None = None) -> frozenset[tuple[str, str]]:
        """The (source, author id) of every author banned or timed out at ``now`` (default: the session's clock)."""
        at = self.clock() if now is None else now
        return frozenset(key for key, s in self._by_author.items() if s.until is None or at < s.until)

    def impose(self, source: str, author_id: str, sanction: Sanction) -> None:
        """Record a ban or timeout (a later one replaces an earlier one)."""
        key = (source, author_id)
        self._by_author.pop(key, None)
        if len(self._by_author) >= MAX_SANCTIONS:
            del self._by_author[next(iter(self._by_author))]  # the oldest goes first
        self._by_author[key] = sanction

    def clear(self) -> None:
        """Forget every sanction (replay starting over)."""
        self._by_author.clear()

    def lift(self, source: str, author_id: str) -> Sanction | None:
        """End an author's ban or timeout; the one lifted, if any."""
        return self._by_author.pop((source, author_id), None)

    def lift_by(self, action_id: int) -> int:
        """End every sanction the session's action ``action_id`` imposed (its undo); how many ended."""
        keys = [key for key, s in self._by_author.items() if s.action_id == action_id]
        for key in keys:
            del self._by_author[key]
        return len(keys)

    def on_action(self, action: ActionRecord) -> Sanction | None:
        """Follow one of the session's actions; the sanction it imposed, if it imposed one."""
        if action.result is ActionResult.FAILED or action.source is None or action.author_id is None:
            return None
        if action.kind in (ActionKind.BAN, ActionKind.TIMEOUT):
            until = action.at + action.duration if action.kind is ActionKind.TIMEOUT and action.duration else None
            kind = ActionKind.TIMEOUT if until is not None else ActionKind.BAN
            sanction = Sanction(kind, action.at, until, action.actor, action.id)
            self.impose(action.source, action.author_id, sanction)
            return sanction
        if action.kind is ActionKind.UNBAN:
            self.lift(action.source, action.author_id)
        elif action.kind is ActionKind.UNDO and action.undoes is not None:
            current = self._by_author.get((action.source, action.author_id))
            if current is not None and current.action_id == action.undoes:
                self.lift(action.source, action.author_id)
        return None

    def on_event(self, event: PlatformEvent) -> Sanction | None:
        """Follow a ban, timeout or unban seen on the platform; the sanction it imposed, if it imposed one."""
        if event.author_id is None:
            return None
        if event.kind is PlatformEventKind.UNBANNED:
            self.lift(event.source, event.author_id)
            return None
        if event.kind is PlatformEventKind.BANNED:
            sanction = Sanction(ActionKind.BAN, event.at, None, "platform")
        elif event.kind is PlatformEventKind.TIMED_OUT and event.duration:
            sanction = Sanction(ActionKind.TIMEOUT, event.at, event.at + event.duration, "platform")
        else:
            return None  # a timeout of unknown length says nothing about when the author may post again
        self.impose(event.source, event.author_id, sanction)
        return sanction
