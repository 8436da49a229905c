"""Following a session that another castguard process is recording.

SQLite in WAL mode lets one process write while others read: the follower
polls the session file for messages with a higher ``seq`` and actions with a
higher ``id`` than it has seen. A producer following the session may
acknowledge and resolve escalations: those are appended to the same
hash-chained action log through a second connection (:class:`Store` re-reads
the newest hash inside its write transaction, so two writers keep the chain
valid), and the recording desk picks them up with :class:`ActionTail`.

No UI here: ``tui/follow.py`` draws what :class:`SessionTail` reads.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from castguard.model import ActionKind, ActionRecord, ActionResult, EscalationState, MessageRecord
from castguard.store import Store

#: Messages read per poll at most; the rest come with the next polls (the view stays responsive).
POLL_BATCH = 20_000
#: On start, messages of this many recent seconds are read for the windowed figures.
HISTORY_SECONDS = 300.0


class FollowError(Exception):
    """An action the follower cannot take (unknown message, nothing to acknowledge)."""


def actions_after(store: Store, after: int, limit: int = POLL_BATCH) -> list[ActionRecord]:
    """Entries of the action log with an id above ``after``, oldest first."""
    rows = store.db.execute("SELECT * FROM actions WHERE id > ? ORDER BY id LIMIT ?", (after, limit)).fetchall()
    return [Store._action(row) for row in rows]


def last_action_id(store: Store) -> int:
    """Id of the newest action in the log (0 when empty)."""
    return int(store.db.execute("SELECT COALESCE(MAX(id), 0) FROM actions").fetchone()[0])


class ActionTail:
    """New entries of a session's action log, for a process that also writes to it.

    The recording desk uses it to learn about acknowledgements written by a
    follower: every action it did not write itself is "foreign".
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.last_id = last_action_id(store)

    def poll(self) -> list[ActionRecord]:
        """Actions appended since the last poll (by anyone)."""
        new = actions_after(self.store, self.last_id)
        if new:
            self.last_id = new[-1].id
        return new


@dataclass(slots=True)
class TailBatch:
    """What changed in the recording since the previous poll."""

    messages: list[MessageRecord] = field(default_factory=list)
    """New messages, in arrival order."""
    actions: list[ActionRecord] = field(default_factory=list)
    """New action-log entries, in order."""
    changed: list[MessageRecord] = field(default_factory=list)
    """Current records of earlier messages that the new actions touched (or, on start, old escalations)."""
    lockdown: bool | None = None
    """Lockdown state when an entry changed it."""

    def __bool__(self) -> bool:
        return bool(self.messages or self.actions or self.changed or self.lockdown is not None)


class SessionTail:
    """Reads a live recording as it grows, and writes acknowledgements back to it."""

    def __init__(
        self,
        path: str | Path,
        *,
        actor: str,
        history: float = HISTORY_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = Store(path, create=False)
        self.actor = actor
        self.history = history
        self.clock = clock
        self.last_seq = 0
        self.last_action = 0
        self.lockdown = False
        self.started = False

    def start(self) -> TailBatch:
        """The recent past: messages of the last :attr:`history` seconds, every escalation, the whole log."""
        since = self.clock() - self.history
        row = self.store.db.execute("SELECT MIN(seq) FROM messages WHERE received_at >= ?", (since,)).fetchone()
        first = int(row[0]) if row and row[0] is not None else self._max_seq() + 1
        batch = TailBatch()
        batch.changed = list(self.store.messages(where="escalation IS NOT NULL AND seq < ?", params=(first,)))
        self.last_seq = first - 1
        self.started = True
        more = self.poll()
        batch.messages, batch.actions, batch.lockdown = more.messages, more.actions, more.lockdown
        batch.changed.extend(more.changed)
        return batch

    def _max_seq(self) -> int:
        return int(self.store.db.execute("SELECT COALESCE(MAX(seq), 0) FROM messages").fetchone()[0])

    def poll(self) -> TailBatch:
        """Everything committed since the previous poll."""
        if not self.started:
            return self.start()
        batch = TailBatch()
        batch.messages = list(self.store.messages(after=self.last_seq, limit=POLL_BATCH))
        if batch.messages:
            self.last_seq = batch.messages[-1].seq
        batch.actions = actions_after(self.store, self.last_action)
        if batch.actions:
            self.last_action = batch.actions[-1].id
        touched: dict[int, None] = {}
        for action in batch.actions:
            if action.kind is ActionKind.LOCKDOWN:
                self.lockdown = batch.lockdown = action.reason == "on"
            elif action.message_seq is not None and action.message_seq <= self.last_seq:
                touched[action.message_seq] = None
        new = {r.seq for r in batch.messages}
        for seq in touched:
            record = self.store.message(seq)
            if record is None:
                continue
            if seq in new:
                # A message read in this very poll already carries its latest state.
                batch.messages = [record if r.seq == seq else r for r in batch.messages]
            else:
                batch.changed.append(record)
        return batch

    def act(self, kind: ActionKind, seq: int, *, reason: str = "") -> ActionRecord:
        """Acknowledge or resolve an escalation, appended to the session's action log."""
        if kind not in (ActionKind.ACKNOWLEDGE, ActionKind.RESOLVE, ActionKind.NOTE):
            raise FollowError(f"a follower can acknowledge, resolve or note, not {kind.value}")
        record = self.store.message(seq)
        if record is None:
            raise FollowError(f"no message #{seq} in this session (yet)")
        escalation: tuple[int, EscalationState | None] | None = None
        if kind is not ActionKind.NOTE:
            if record.escalation is None:
                raise FollowError(f"message #{seq} is not escalated")
            target = EscalationState.ACKNOWLEDGED if kind is ActionKind.ACKNOWLEDGE else EscalationState.RESOLVED
            if record.escalation is target or record.escalation is EscalationState.RESOLVED:
                raise FollowError(f"message #{seq} is already {record.escalation.value}")
            escalation = (seq, target)
        return self.store.add_action(
            actor=self.actor, kind=kind, result=ActionResult.DONE, message_seq=seq, source=record.message.source,
            author_id=record.message.author.id, reason=reason, prev_state=record.state, at=self.clock(),
            escalation=escalation,
        )  # fmt: skip

    def close(self) -> None:
        """Close the follower's connection (the recording is not touched)."""
        self.store.close()
