"""Claims, roles and presence of the team desk, without I/O (the clock is an argument).

A **hard claim** is taken when an action starts and keeps a second moderator's action on the same message
from reaching the platform: while it runs, any other actor is refused ("ana is hiding #42"), and for
:data:`DONE_HOLD` seconds after it the same action by someone else is refused too ("ana already hid #42"),
since two people pressing ``h`` on one message mean one hide. A **soft lease** is only a mark: a desk's
selection, carried by its heartbeat, shown to the others as "⚑ ana". The **roster** is the set of
heartbeats not older than their time to live.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from castguard.core.model import POLICY_ACTOR, ActionKind, ActionRecord, ActionResult
from castguard.core.text import MAX_NAME_CHARS, clean_text
from castguard.integrations.team.wire import ROLES, Claim
from castguard.session.actions import ActionError

#: After an action, the same action on the same message by someone else is refused this long (seconds).
DONE_HOLD = 30.0
#: A heartbeat is sent this often (seconds) ...
HEARTBEAT_INTERVAL = 1.0
#: ... and a desk whose last heartbeat is older than this is off the roster (seconds).
PRESENCE_TTL = 5.0
#: Largest heartbeat accepted (bytes).
MAX_HEARTBEAT_BYTES = 1024

#: What each role may do (a producer bans only when the policy allows it: see :func:`allowed`).
_OBSERVER: frozenset[ActionKind] = frozenset()
_PRODUCER = frozenset({
    ActionKind.ESCALATE, ActionKind.ACKNOWLEDGE, ActionKind.RESOLVE, ActionKind.NOTE, ActionKind.APPROVE,
    ActionKind.HIDE, ActionKind.UNDO, ActionKind.LOCKDOWN, ActionKind.PIN, ActionKind.UNPIN,
})  # fmt: skip
#: Actions that add rather than change: two moderators' notes on one message are two notes, so a note holds
#: nothing once written (the claim it took while being written gives way to the one it found).
_ADDITIVE = frozenset({ActionKind.NOTE})
_PAST = {ActionKind.HIDE: "hid", ActionKind.DELETE: "deleted", ActionKind.BAN: "banned", ActionKind.TIMEOUT:
         "timed out", ActionKind.APPROVE: "approved", ActionKind.UNHIDE: "unhid"}  # fmt: skip


def allowed(role: str, kind: ActionKind, *, producer_can_ban: bool = False) -> bool:
    """May a desk of ``role`` carry out ``kind``? Observers act on nothing; producers do not ban or time out."""
    if role == "moderator":
        return True
    if role == "producer":
        if kind in (ActionKind.BAN, ActionKind.TIMEOUT, ActionKind.UNBAN, ActionKind.DELETE):
            return producer_can_ban
        return kind in _PRODUCER
    return kind in _OBSERVER


def refusal(role: str, kind: ActionKind) -> str:
    """Why a desk of ``role`` may not carry out ``kind``, in words."""
    if role == "observer":
        return "an observer's desk cannot act"
    return f"a {role} cannot {kind.value} (the policy does not allow it)"


@dataclass(slots=True)
class _Held:
    actor: str
    kind: ActionKind
    since: float
    done: float | None = None
    before: _Held | None = None
    """The finished claim an additive action found (kept: "ana already hid #42" still holds after a note)."""


class ClaimTable:
    """Hard claims on messages, held by the process that carries out the actions (the host).

    It is the session's action gate (:attr:`castguard.session.actions.ActionService.gate`): every action, the
    host's own and the members' intents, enters it before the platform is called.
    """

    def __init__(
        self, *, clock: Callable[[], float] = time.monotonic, hold: float = DONE_HOLD,
        on_change: Callable[[Claim], None] | None = None,
    ) -> None:  # fmt: skip
        self.clock = clock
        self.hold = hold
        self.on_change = on_change
        """Called with every claim taken and released (the host publishes them)."""
        self._held: dict[int, _Held] = {}

    def enter(self, kind: ActionKind, seq: int, actor: str) -> int:
        """Claim message ``seq`` for ``actor``'s ``kind``; :class:`ActionError` naming who holds it otherwise."""
        now = self.clock()
        held = self._held.get(seq)
        if held is not None and held.done is not None and now - held.done > self.hold:
            del self._held[seq]
            held = None
        if held is not None and held.actor != actor and actor != POLICY_ACTOR:
            if held.done is None:
                raise ActionError(f"{held.actor} is already acting on #{seq} ({held.kind.value}…)")
            if held.kind is kind or (held.kind is ActionKind.DELETE and kind is ActionKind.HIDE):
                raise ActionError(f"{held.actor} already {_PAST.get(held.kind, held.kind.value)} #{seq}")
        if held is not None and held.done is None and actor == held.actor:
            raise ActionError(f"your {held.kind.value} of #{seq} is still under way")
        self._held[seq] = _Held(actor, kind, now, before=held if kind in _ADDITIVE else None)
        self._changed(Claim(seq, actor, kind, True))
        return seq

    def leave(self, seq: int, action: ActionRecord | None) -> None:
        """The action on ``seq`` ended: with ``action`` recorded (``None``: it could not be attempted)."""
        held = self._held.get(seq)
        if held is None:
            return
        if held.kind in _ADDITIVE:
            if held.before is not None:
                self._held[seq] = held.before
            else:
                del self._held[seq]
        elif action is None or action.result is ActionResult.FAILED or action.kind is ActionKind.UNDO:
            del self._held[seq]  # nothing was done: the next one may try
        else:
            held.done = self.clock()
        self._changed(Claim(seq, held.actor, held.kind, False))

    def active(self) -> list[Claim]:
        """Claims of actions under way."""
        return [Claim(seq, h.actor, h.kind) for seq, h in self._held.items() if h.done is None]

    def _changed(self, claim: Claim) -> None:
        if self.on_change is not None:
            self.on_change(claim)


@dataclass(frozen=True, slots=True)
class Member:
    """One desk on the roster."""

    name: str
    role: str
    host: bool
    selected: int | None
    """The message the desk has selected (its soft lease), if any."""
    active_at: float
    """When its moderator last did something (wall clock)."""
    seen_at: float
    """Its last heartbeat (wall clock)."""

    def idle(self, now: float) -> float:
        """Seconds since its moderator last did something."""
        return max(0.0, now - self.active_at)


def encode_heartbeat(member: Member) -> bytes:
    """A heartbeat as bytes."""
    return json.dumps({
        "name": member.name, "role": member.role, "host": member.host, "sel": member.selected,
        "active": member.active_at, "seen": member.seen_at,
    }).encode()  # fmt: skip


def decode_heartbeat(raw: Any) -> Member | None:
    """A heartbeat from Redis, or ``None`` when it is not a valid one (hostile input is dropped)."""
    if not isinstance(raw, bytes | str) or len(raw) > MAX_HEARTBEAT_BYTES:
        return None
    try:
        d = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(d, dict):
        return None
    name, role, host, sel = d.get("name"), d.get("role"), d.get("host"), d.get("sel")
    active: Any = d.get("active")
    seen: Any = d.get("seen")
    if not isinstance(name, str) or role not in ROLES or type(host) is not bool:
        return None
    if sel is not None and (type(sel) is not int or not 0 < sel < 2**53):
        return None
    if not all(type(t) in (int, float) and 0 <= t < 1e12 for t in (active, seen)):
        return None
    clean = clean_text(name, MAX_NAME_CHARS)
    if not clean:
        return None
    return Member(clean, role, host, sel, float(active), float(seen))


def marks(roster: list[Member], claims: dict[int, Claim], me: str) -> dict[int, str]:
    """What each row shows of other desks: a hard claim ("ana: hide…") or else a soft lease ("⚑ ana")."""
    out: dict[int, str] = {}
    for member in roster:
        if member.selected is not None and member.name != me:
            out[member.selected] = f"⚑ {member.name}"
    for claim in claims.values():
        if claim.on and claim.actor != me:
            out[claim.seq] = f"⚑ {claim.actor}: {claim.kind.value}…"
    return out
