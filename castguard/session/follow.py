"""Following a session that another castguard process is recording.

SQLite in WAL mode lets one process write while others read: the follower
polls the session file for messages with a higher ``seq``, and actions and
events with a higher ``id``, than it has seen. Events bring the sources'
connection states and the platform's own moderation (deletions, timeouts,
bans, clears), after which the follower re-reads the state of the messages
concerned. A producer following the session may
acknowledge and resolve escalations: those are appended to the same
hash-chained action log through a second connection (:class:`Store` re-reads
the newest hash inside its write transaction, so two writers keep the chain
valid), and the recording desk picks them up with :class:`ActionTail`.

No UI here: ``tui/follow.py`` draws what :class:`SessionTail` reads.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from castguard.core.model import (
    ActionKind,
    ActionRecord,
    ActionResult,
    ConnectionEvent,
    ConnectionState,
    EscalationState,
    MessageRecord,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
)
from castguard.session import queries
from castguard.session.store import Store
from castguard.session.transitions import SANCTIONS

#: Messages read per poll at most; the rest come with the next polls (the view stays responsive).
POLL_BATCH = 20_000
#: On start, messages of this many recent seconds are read for the windowed figures.
HISTORY_SECONDS = 300.0
#: Newest messages whose state the follower keeps in mind, to find those a platform timeout or clear took
#: off. The recording desk removes messages from the same bounded window (its in-memory cache, 10,000).
TRACKED = 10_000
#: How long (seconds) a platform removal is re-checked. The recording desk commits the event before the
#: message states it implies, and before messages still waiting in its write buffer: a poll can fall between.
SETTLE_SECONDS = 2.0
#: Events read per poll at most.
EVENT_BATCH = 1000

_REMOVALS = frozenset({PlatformEventKind.DELETED, PlatformEventKind.TIMED_OUT, PlatformEventKind.BANNED,
                       PlatformEventKind.CLEARED})  # fmt: skip
_GONE = frozenset({MessageState.HIDDEN, MessageState.REMOVED})


class FollowError(Exception):
    """An action the follower cannot take (unknown message, nothing to acknowledge)."""


def actions_after(store: Store, after: int, limit: int = POLL_BATCH) -> list[ActionRecord]:
    """Entries of the action log with an id above ``after``, oldest first."""
    return queries.actions_after(store, after, limit)


def last_action_id(store: Store) -> int:
    """Id of the newest action in the log (0 when empty)."""
    return queries.last_action_id(store)


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
    """Current records of earlier messages touched by new actions or platform removals (on start: old escalations)."""
    events: list[ConnectionEvent | PlatformEvent] = field(default_factory=list)
    """New connection and platform events, in order."""
    lockdown: bool | None = None
    """Lockdown state when an entry changed it."""

    def __bool__(self) -> bool:
        return bool(self.messages or self.actions or self.changed or self.events or self.lockdown is not None)


@dataclass(frozen=True, slots=True)
class _Seen:
    """What a platform removal is matched against, and the state the follower last reported."""

    source: str
    author_id: str
    author_name: str
    state: MessageState


class SessionTail:
    """Reads a live recording as it grows, and writes acknowledgements back to it."""

    def __init__(
        self,
        path: str | Path,
        *,
        actor: str,
        history: float = HISTORY_SECONDS,
        clock: Callable[[], float] = time.time,
        settle: float = SETTLE_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = Store(path, create=False)
        self.actor = actor
        self.history = history
        self.clock = clock
        self.settle = settle
        self.monotonic = monotonic
        self.last_seq = 0
        self.last_action = 0
        self.last_event = 0
        self.lockdown = False
        self.connections: dict[str, tuple[ConnectionState, str]] = {}
        """Each source's latest connection state and its detail, as the recording desk last saw it."""
        self.started = False
        self._seen: OrderedDict[int, _Seen] = OrderedDict()
        self._removals: list[tuple[PlatformEvent, float]] = []
        """Platform removals still being re-checked, with the monotonic time they stop."""

    def start(self) -> TailBatch:
        """The recent past: messages of the last :attr:`history` seconds, every escalation, the whole log."""
        since = self.clock() - self.history
        # Events first: a removal committed after this point is read by the polls (the messages read
        # below already carry the states of everything before it).
        self.last_event = queries.last_event_id(self.store)
        self.connections = self._connection_states()
        first = queries.first_seq_since(self.store, since) or queries.last_seq(self.store) + 1
        batch = TailBatch()
        batch.changed = list(self.store.messages(where="escalation IS NOT NULL AND seq < ?", params=(first,)))
        self._track(batch.changed)
        self.last_seq = first - 1
        self.started = True
        more = self.poll()
        batch.messages, batch.actions, batch.lockdown = more.messages, more.actions, more.lockdown
        batch.changed.extend(more.changed)
        batch.events = more.events
        return batch

    def _connection_states(self) -> dict[str, tuple[ConnectionState, str]]:
        """The latest connection event of every source up to :attr:`last_event`, by source key."""
        states = {}
        stopped = queries.recording_stopped(self.store, self.last_event)
        for row in queries.connection_states(self.store, self.last_event):
            try:
                state = ConnectionState(row.state)
            except ValueError:
                continue  # a state a newer castguard wrote
            if stopped and state not in (ConnectionState.ENDED, ConnectionState.FAILED):
                # The desk stopped recording while the source was connected: nothing comes from it any more.
                states[row.source] = (ConnectionState.ENDED, "the recording desk stopped")
            else:
                states[row.source] = (state, row.detail)
        return states

    def poll(self) -> TailBatch:
        """Everything committed since the previous poll."""
        if not self.started:
            return self.start()
        batch = TailBatch()
        batch.messages = list(self.store.messages(after=self.last_seq, limit=POLL_BATCH))
        if batch.messages:
            self.last_seq = batch.messages[-1].seq
        self._track(batch.messages)
        batch.actions = actions_after(self.store, self.last_action)
        if batch.actions:
            self.last_action = batch.actions[-1].id
        last_event = self.last_event
        self.last_event, batch.events = self.store.events_after(self.last_event, EVENT_BATCH)
        touched: dict[int, None] = {}
        for action in batch.actions:
            if action.kind is ActionKind.LOCKDOWN:
                self.lockdown = batch.lockdown = action.reason == "on"
            elif action.message_seq is not None and action.message_seq <= self.last_seq:
                touched[action.message_seq] = None
        for event in batch.events:
            if isinstance(event, ConnectionEvent):
                self.connections[event.source] = (event.state, event.detail)
            elif event.kind in _REMOVALS:
                self._removals.append((event, self.monotonic() + self.settle))
        if self.last_event != last_event and queries.recording_stopped(self.store, self.last_event):
            self.connections = self._connection_states()
        touched.update(dict.fromkeys(self._removed()))
        touched.update(dict.fromkeys(self._settled(batch.actions)))
        self._report(batch, touched)
        return batch

    def _track(self, records: Iterable[MessageRecord]) -> None:
        """Remember the state reported for each record (the newest :data:`TRACKED` messages)."""
        seen = self._seen
        for r in records:
            author = r.message.author
            seen[r.seq] = _Seen(r.message.source, author.id, author.name, r.state)
            seen.move_to_end(r.seq)
        while len(seen) > TRACKED:
            seen.popitem(last=False)

    def _removed(self) -> list[int]:
        """Messages already read whose removal by a platform event the follower has not reported yet.

        The same messages as the recording desk's: the one deleted by id, and for a timeout or ban
        (matched by author id or name) or a clear, the recent messages of that source.
        """
        now = self.monotonic()
        self._removals = [(e, until) for e, until in self._removals if until >= now]
        if not self._removals:
            return []
        candidates: set[int] = set()
        authors: set[tuple[str, str]] = set()
        cleared: set[str] = set()
        for event, _until in self._removals:
            if event.kind is PlatformEventKind.DELETED and event.message_id:
                seq = self.store.seq_of(event.source, event.message_id)
                if seq is not None and seq <= self.last_seq:
                    candidates.add(seq)
            elif event.kind is PlatformEventKind.CLEARED:
                cleared.add(event.source)
            elif event.author_id:
                authors.add((event.source, event.author_id))
        if authors or cleared:
            for seq, s in self._seen.items():
                if s.source in cleared or (s.source, s.author_id) in authors or (s.source, s.author_name) in authors:
                    candidates.add(seq)
        seen = self._seen
        changed = []
        for seq, state in self._states(candidates).items():
            # Only removals are news here (an action's own change comes with the action).
            if state in _GONE and (seq not in seen or seen[seq].state is not state):
                changed.append(seq)
        return changed

    def _settled(self, actions: Iterable[ActionRecord]) -> list[int]:
        """Messages already read that a ban or timeout settled, or an undo of one gave back.

        A sanction settles the author's messages still waiting for a moderator, and undoing it gives them back
        (:mod:`castguard.session.transitions`): the recording desk changed them with the action, not one by one.
        """
        authors = {
            (a.source, a.author_id) for a in actions
            if a.source is not None and a.author_id is not None and a.result is not ActionResult.FAILED
            and (a.kind in SANCTIONS or a.kind is ActionKind.UNDO)
        }  # fmt: skip
        if not authors:
            return []
        seen = self._seen
        candidates = [seq for seq, s in seen.items() if (s.source, s.author_id) in authors]
        return [seq for seq, state in self._states(candidates).items() if seen[seq].state is not state]

    def _states(self, seqs: Iterable[int]) -> dict[int, MessageState]:
        """Current states of the given messages, read in chunks (SQLite limits bound parameters)."""
        return {seq: MessageState(state) for seq, state in queries.states_of(self.store, seqs).items()}

    def _report(self, batch: TailBatch, seqs: Iterable[int]) -> None:
        """Add the current records of ``seqs`` to ``batch``: as changes, or in place of a message read this poll."""
        new = {r.seq: i for i, r in enumerate(batch.messages)}
        ordered = sorted(seqs)
        for i in range(0, len(ordered), 900):
            part = ordered[i : i + 900]
            for record in self.store.messages(where=f"seq IN ({','.join('?' * len(part))})", params=tuple(part)):
                position = new.get(record.seq)
                if position is not None:
                    # A message read in this very poll: show it once, with its latest state.
                    batch.messages[position] = record
                else:
                    batch.changed.append(record)
                self._track([record])

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
