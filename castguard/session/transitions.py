"""The action state machine: what an action does to its message, and what undoing it does.

Pure data and functions, no I/O. The live session (:mod:`castguard.session.actions`), its undo, a follower
of another desk's recording, the team host (through the session) and replay all ask this module, so a
message ends in the same state whichever of them applied the action.

- :data:`TABLE`: action kind × prior message state → :class:`Transition` (new state, new escalation, whether
  the author's waiting messages are settled). Undo is not in it: what an undo does depends on the action
  it reverses, not on the message's state.
- :data:`INVERSES`: action kind → :class:`Inverse` (what undoing it asks the platform, whether the message's
  state and escalation go back, whether the sanction is lifted and the messages it settled come back).
- :func:`settled_state` / :func:`unsettled_state`: what a ban or timeout does to the author's *other*
  messages, and what undoing it does to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from castguard.core.model import ActionKind, ActionRecord, ActionResult, EscalationState, MessageRecord, MessageState

__all__ = [
    "INVERSES",
    "KEEP",
    "SANCTIONS",
    "TABLE",
    "Escalation",
    "Inverse",
    "Transition",
    "effect",
    "inverse",
    "settled_state",
    "transition",
    "undo_transition",
    "unsettled_state",
]

#: The escalation is left as it was (the store's and replay's convention for "unchanged").
KEEP: Final = False

Escalation = EscalationState | bool | None
"""An escalation after an action: a state, ``None`` (no escalation: withdrawn) or :data:`KEEP` (unchanged)."""

#: Actions that sanction the message's author (and settle their messages still waiting for a moderator).
SANCTIONS: Final = frozenset({ActionKind.BAN, ActionKind.TIMEOUT})


@dataclass(frozen=True, slots=True)
class Transition:
    """What one action does to its message."""

    state: MessageState | None = None
    """The message's state afterwards (``None``: unchanged)."""
    escalation: Escalation = KEEP
    """The message's escalation afterwards (:data:`KEEP`: unchanged; ``None``: withdrawn)."""
    settles_author: bool = False
    """The author is sanctioned: their messages still waiting for a moderator are settled (:func:`settled_state`)."""

    @property
    def opens_escalation(self) -> bool:
        """The action puts the message in the producer's inbox."""
        return self.escalation is EscalationState.OPEN

    @property
    def closes_escalation(self) -> bool:
        """The action takes the message out of the inbox (resolved, or the escalation withdrawn)."""
        return self.escalation is None or self.escalation is EscalationState.RESOLVED


@dataclass(frozen=True, slots=True)
class Inverse:
    """What undoing an action of one kind does."""

    undoable: bool = True
    """Undo reverses it (a sent reply, a note or the lockdown switch is never undone)."""
    platform: ActionKind | None = None
    """What the platform is asked to do to reverse it (``None``: nothing, the desk alone reverses it)."""
    platform_restores: bool = True
    """The platform can restore what it did (a deleted message cannot be brought back: restored on the desk)."""
    escalation: Escalation = KEEP
    """The escalation afterwards (:data:`KEEP`: unchanged)."""
    lifts_sanction: bool = False
    """The ban or timeout ends, and the messages it settled go back to their state (:func:`unsettled_state`)."""


UNCHANGED = Transition()
_NOT_UNDONE = Inverse(undoable=False)


def _build_table() -> dict[tuple[ActionKind, MessageState], Transition]:
    table: dict[tuple[ActionKind, MessageState], Transition] = {}
    for kind in ActionKind:
        if kind is ActionKind.UNDO:
            continue
        for prior in MessageState:
            if kind in (ActionKind.HIDE, ActionKind.DELETE):
                found = Transition(MessageState.HIDDEN)
            elif kind in (ActionKind.UNHIDE, ActionKind.APPROVE):
                found = Transition(MessageState.APPROVED)
            elif kind is ActionKind.ESCALATE:
                # An escalated message leaves the on-air view until someone decides; one already
                # held, approved or taken off keeps its state.
                held = MessageState.HELD if prior is MessageState.VISIBLE else None
                found = Transition(held, EscalationState.OPEN)
            elif kind is ActionKind.ACKNOWLEDGE:
                found = Transition(escalation=EscalationState.ACKNOWLEDGED)
            elif kind is ActionKind.RESOLVE:
                found = Transition(escalation=EscalationState.RESOLVED)
            elif kind in SANCTIONS:
                found = Transition(settles_author=True)
            elif kind is ActionKind.HOLD:
                # Only a message still shown is held: one a moderator (or the policy) already decided keeps its state.
                found = Transition(MessageState.HELD) if prior is MessageState.VISIBLE else UNCHANGED
            else:  # unban, warn, note, lockdown and the reply workflow leave the message as it is
                found = UNCHANGED
            table[kind, prior] = found
    return table


TABLE: Final[dict[tuple[ActionKind, MessageState], Transition]] = _build_table()
"""Every action kind but undo × every prior message state."""

INVERSES: Final[dict[ActionKind, Inverse]] = {
    ActionKind.HIDE: Inverse(platform=ActionKind.UNHIDE),
    ActionKind.DELETE: Inverse(platform=ActionKind.UNHIDE, platform_restores=False),
    ActionKind.UNHIDE: Inverse(),
    ActionKind.APPROVE: Inverse(),
    ActionKind.ESCALATE: Inverse(escalation=None),
    ActionKind.ACKNOWLEDGE: Inverse(escalation=EscalationState.OPEN),
    ActionKind.RESOLVE: Inverse(escalation=EscalationState.ACKNOWLEDGED),
    ActionKind.TIMEOUT: Inverse(platform=ActionKind.UNBAN, lifts_sanction=True),
    ActionKind.BAN: Inverse(platform=ActionKind.UNBAN, lifts_sanction=True),
    ActionKind.UNBAN: Inverse(),
    ActionKind.WARN: Inverse(),
    ActionKind.UNDO: _NOT_UNDONE,
    ActionKind.NOTE: _NOT_UNDONE,
    ActionKind.LOCKDOWN: _NOT_UNDONE,
    ActionKind.REPLY: _NOT_UNDONE,
    ActionKind.REPLY_QUEUED: _NOT_UNDONE,
    ActionKind.REPLY_BLOCKED: _NOT_UNDONE,
    ActionKind.REPLY_REJECTED: _NOT_UNDONE,
    ActionKind.PIN: _NOT_UNDONE,
    ActionKind.LINK: _NOT_UNDONE,
    ActionKind.UNPIN: _NOT_UNDONE,
    ActionKind.HOLD: Inverse(),
}
"""Every action kind → what undoing it does."""


def transition(kind: ActionKind, prior: MessageState) -> Transition:
    """What a successful action of ``kind`` does to a message in state ``prior`` (not for undo)."""
    if kind is ActionKind.UNDO:
        raise ValueError("an undo's effect depends on the action it reverses: use undo_transition()")
    return TABLE[kind, prior]


def inverse(kind: ActionKind) -> Inverse:
    """What undoing an action of ``kind`` does."""
    return INVERSES[kind]


def undo_transition(target: ActionRecord) -> Transition:
    """What a successful undo of ``target`` does to its message: back to the state before it, escalation reversed."""
    return Transition(target.prev_state, INVERSES[target.kind].escalation)


def effect(action: ActionRecord, target: ActionRecord | None) -> tuple[MessageState | None, Escalation]:
    """What a recorded action did to its message: (new state or ``None``, new escalation or :data:`KEEP`).

    ``target`` is the action an undo reversed. A failed action did nothing.
    """
    if action.result is ActionResult.FAILED:
        return None, KEEP
    if action.kind is ActionKind.UNDO:
        if target is None:
            return None, KEEP
        found = undo_transition(target)
    elif action.prev_state is not None:
        found = transition(action.kind, action.prev_state)
    else:  # an older recording that does not say: only what the action does whatever the message's state
        rows = {TABLE[action.kind, prior] for prior in MessageState}
        escalation = TABLE[action.kind, MessageState.VISIBLE].escalation
        found = rows.pop() if len(rows) == 1 else Transition(escalation=escalation)
    return found.state, found.escalation


def settled_state(record: MessageRecord) -> MessageState | None:
    """What a ban or timeout of its author does to this (other) message: ``REMOVED``, or ``None`` for unchanged.

    A message held or flagged that nobody decided on yet (not approved, hidden, removed nor escalated) is the
    review queue's "pending" and the report's "missed risks"; the platform takes a banned author's messages off
    the chat, so it is settled as removed. Approved and escalated ones keep their state.
    """
    if record.escalation is not None:
        return None
    if record.state is MessageState.HELD or (record.state is MessageState.VISIBLE and record.verdict.flagged):
        return MessageState.REMOVED
    return None


def unsettled_state(current: MessageState, before: MessageState) -> MessageState | None:
    """What undoing a ban or timeout does to a message it settled (``before``: its state then).

    It goes back to ``before`` unless someone decided on it since (it is no longer removed).
    """
    return before if current is MessageState.REMOVED else None
