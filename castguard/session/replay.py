"""Replay: a recording played back as a source, through the same engine and screens as live chat.

:class:`ReplaySource` reads a session file (read-only) and yields its messages,
platform events and connection changes at their recorded moments, and the
moderators' recorded actions as :class:`ReplayedAction` control events that the
session applies without performing anything on a platform (the source has no
capabilities; recorded actions are never sent again). :class:`ReplayController`
sets the pace (1×, 2×, 10×, max), pauses, steps and seeks: to a time, to the
next or previous flag or action. Seeks read only a window of the file through
its indexes, so they are instant on million-message recordings.

Messages keep the verdicts they had live (:class:`RecordedPipeline`), so the
replay shows what the moderators saw; ``castguard replay --rescan`` is the tool
for judging a recording again under another policy.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import heapq
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from castguard.connectors.base import ReadOnlySource
from castguard.core.model import (
    ActionRecord,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    Decision,
    EscalationState,
    MessageRecord,
    MessageState,
    SourceEvent,
    Verdict,
)
from castguard.core.policy import Policy
from castguard.filters.pipeline import Pipeline
from castguard.session import transitions
from castguard.session.store import EVENT_COLUMNS, FLAGGED_SQL, Store

if TYPE_CHECKING:
    from castguard.session.engine import Session

#: Speeds offered by the desk; ``None`` is "as fast as possible".
SPEEDS: tuple[float | None, ...] = (1.0, 2.0, 10.0, None)
#: Messages shown around the position after a seek (what was on screen at that moment).
CONTEXT = 200
#: Longest single sleep, so pace changes and wake-ups are never missed for long.
MAX_SLEEP = 0.5
_CHUNK = 500

# Order of items recorded at the same instant: a message, then what happened on the platform, then actions.
_MESSAGE, _EVENT, _ACTION = 0, 1, 2


@dataclass(frozen=True, slots=True)
class ReplayedAction:
    """A moderator's (or the policy's) recorded action, shown at its moment and never performed again."""

    action: ActionRecord
    message_key: tuple[str, str] | None
    """(source, platform id) of the message it was taken on, if any."""
    state: MessageState | None
    """The message state it led to (``None``: unchanged)."""
    escalation: EscalationState | bool | None
    """The escalation state it led to (``False``: unchanged)."""

    def apply_to(self, session: Session) -> None:
        """Record and show the action in the replay session (no platform is contacted)."""
        seq = session.store.seq_of(*self.message_key) if self.message_key else None
        session.apply_recorded(self.action, seq, self.state, self.escalation)


@dataclass(frozen=True, slots=True)
class Seeked:
    """The replay jumped: views start over from the messages around ``position``."""

    position: float
    focus: tuple[str, str] | None = None
    """(source, platform id) of the message the seek was aimed at (a flag, an action's target)."""

    def apply_to(self, session: Session) -> None:
        """Forget the messages shown so far (and empty the scratch store replay writes to)."""
        session.forget()
        if session.store.scratch:
            session.store.reset()


ReplayEvent = SourceEvent | ReplayedAction | Seeked


def effect(
    action: ActionRecord, target: ActionRecord | None
) -> tuple[MessageState | None, EscalationState | bool | None]:
    """What an action did to its message: (new state or ``None``, new escalation or ``False`` for unchanged).

    Mirrors :meth:`castguard.session.engine.Session.act` and ``undo``; ``target`` is the
    action an undo reversed.
    """
    return transitions.effect(action, target)


# -- reading the recording -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class Key:
    """Position of an item in the replay order: time, then messages before events before actions, then id."""

    at: float
    order: int
    id: int


class RecordingReader:
    """Windowed, index-backed reads of a recording in replay order (never the whole file at once)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        row = self.db.execute("SELECT MIN(received_at), MAX(received_at), COUNT(*) FROM messages").fetchone()
        actions = self.db.execute("SELECT MIN(at), MAX(at) FROM actions").fetchone()
        times = [t for t in (row[0], row[1], actions[0], actions[1]) if t is not None]
        self.start: float = min(times) if times else 0.0
        """Time of the first recorded item."""
        self.end: float = max(times) if times else 0.0
        """Time of the last recorded item."""
        self.total: int = int(row[2])
        """Messages in the recording."""
        self._actions: dict[int, ActionRecord] = {}

    # Items ---------------------------------------------------------------------------------

    def items(self, after: Key, others_after: Key | None = None) -> Iterator[tuple[Key, Any]]:
        """Every message after ``after`` and every event and action after ``others_after`` (default: the same),
        merged in replay order and read in chunks."""
        others = after if others_after is None else others_after
        return heapq.merge(self._messages(after), self._events(others), self._actions_after(others), key=lambda i: i[0])

    def _messages(self, after: Key) -> Iterator[tuple[Key, Any]]:
        # Messages at exactly after.at come after ``after`` only when ``after`` is not past them in order.
        at, seq = after.at, (after.id if after.order == _MESSAGE else (1 << 62) if after.order > _MESSAGE else -1)
        while True:
            rows = self.db.execute(
                "SELECT * FROM messages WHERE (received_at, seq) > (?, ?) ORDER BY received_at, seq LIMIT ?",
                (at, seq, _CHUNK),
            ).fetchall()
            if not rows:
                return
            findings = self.store.findings_of([r[0] for r in rows if r[17]])
            for r in rows:
                yield Key(r[14], _MESSAGE, r[0]), self.store.record_from_row(r, findings.get(r[0], ()))
            at, seq = rows[-1][14], rows[-1][0]

    def _events(self, after: Key) -> Iterator[tuple[Key, Any]]:
        at, last = after.at, (after.id if after.order == _EVENT else (1 << 62) if after.order > _EVENT else -1)
        while True:
            rows = self.db.execute(
                f"SELECT {EVENT_COLUMNS} FROM events"
                " WHERE (at, id) > (?, ?) AND kind != 'session' ORDER BY at, id LIMIT ?",
                (at, last, _CHUNK),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                event = Store.event_from_row(row)
                if event is not None:
                    yield Key(row[1], _EVENT, row[0]), event
            at, last = rows[-1][1], rows[-1][0]

    def _actions_after(self, after: Key) -> Iterator[tuple[Key, Any]]:
        at, last = after.at, (after.id if after.order == _ACTION else -1)
        while True:
            rows = self.db.execute(
                "SELECT * FROM actions WHERE (at, id) > (?, ?) ORDER BY at, id LIMIT ?", (at, last, _CHUNK)
            ).fetchall()
            if not rows:
                return
            for row in rows:
                action = Store.action_from_row(row)
                yield Key(action.at, _ACTION, action.id), self.replayed(action)
            at, last = rows[-1][1], rows[-1][0]

    def action(self, action_id: int) -> ActionRecord | None:
        """One entry of the action log."""
        found = self._actions.get(action_id)
        if found is None:
            row = self.db.execute("SELECT * FROM actions WHERE id = ?", (action_id,)).fetchone()
            if row is None:
                return None
            found = self._actions[action_id] = Store.action_from_row(row)
        return found

    def replayed(self, action: ActionRecord) -> ReplayedAction:
        """The control event that shows ``action`` in a replay session."""
        key = None
        if action.message_seq is not None:
            row = self.db.execute("SELECT source, msg_id FROM messages WHERE seq = ?", (action.message_seq,)).fetchone()
            key = (row[0], row[1]) if row else None
        target = self.action(action.undoes) if action.undoes is not None else None
        state, escalation = effect(action, target)
        return ReplayedAction(action, key, state, escalation)

    # Seeking -------------------------------------------------------------------------------

    def message_key_at(self, at: float) -> Key:
        """Key of the last message at or before ``at`` (or just before the first message)."""
        row = self.db.execute(
            "SELECT received_at, seq FROM messages WHERE received_at <= ? ORDER BY received_at DESC, seq DESC LIMIT 1",
            (at,),
        ).fetchone()
        return Key(row[0], _MESSAGE, row[1]) if row else Key(at, _MESSAGE, -1)

    def context(self, target: Key, at: float, focus_seq: int | None = None) -> list[tuple[Key, Any]]:
        """What was on screen at ``at``: the last :data:`CONTEXT` messages up to ``target``, with what had
        been done to them by then (actions, platform deletions) and the lockdown then in force."""
        rows = self.db.execute(
            "SELECT * FROM messages WHERE (received_at, seq) <= (?, ?) ORDER BY received_at DESC, seq DESC LIMIT ?",
            (target.at, target.id, CONTEXT),
        ).fetchall()[::-1]
        seqs = {r[0] for r in rows}
        if focus_seq is not None and focus_seq not in seqs:
            extra = self.db.execute("SELECT * FROM messages WHERE seq = ?", (focus_seq,)).fetchone()
            if extra is not None:
                rows.insert(0, extra)
                seqs.add(focus_seq)
        findings = self.store.findings_of([r[0] for r in rows if r[17]])
        out: list[tuple[Key, Any]] = [
            (Key(r[14], _MESSAGE, r[0]), self.store.record_from_row(r, findings.get(r[0], ()))) for r in rows
        ]
        lockdown = self.db.execute(
            "SELECT * FROM actions WHERE kind = 'lockdown' AND result != 'failed' AND at <= ? ORDER BY at DESC, id DESC"
            " LIMIT 1",
            (at,),
        ).fetchone()
        if lockdown is not None and lockdown[7] == "on":
            # Before the messages: lockdown is part of the state they arrived in.
            action = Store.action_from_row(lockdown)
            out.insert(0, (Key(action.at, _ACTION, action.id), self.replayed(action)))
        ordered = sorted(seqs)
        for i in range(0, len(ordered), 900):
            part = ordered[i : i + 900]
            marks = ",".join("?" * len(part))
            for row in self.db.execute(
                f"SELECT * FROM actions WHERE message_seq IN ({marks}) AND at <= ? ORDER BY at, id", (*part, at)
            ):
                action = Store.action_from_row(row)
                out.append((Key(action.at, _ACTION, action.id), self.replayed(action)))
        keys = {(r[1], r[4]): r[0] for r in rows}
        for row in self.db.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE kind = 'deleted' AND at <= ? AND at >= ? ORDER BY at, id",
            (at, out[0][0].at if out else at),
        ):
            if (row[2], row[5]) in keys:
                event = Store.event_from_row(row)
                if event is not None:
                    out.append((Key(row[1], _EVENT, row[0]), event))
        return out

    def next_flag(self, after: Key, direction: int) -> MessageRecord | None:
        """The next (``direction`` 1) or previous (-1) flagged message from ``after``."""
        op, order = (">", "ASC") if direction > 0 else ("<", "DESC")
        row = self.db.execute(
            f"SELECT * FROM messages WHERE (received_at, seq) {op} (?, ?) AND {FLAGGED_SQL}"
            f" ORDER BY received_at {order}, seq {order} LIMIT 1",
            (after.at, after.id if after.order == _MESSAGE else (1 << 62 if direction > 0 else -1)),
        ).fetchone()
        if row is None:
            return None
        return self.store.record_from_row(row, self.store.findings_of([row[0]]).get(row[0], ()))

    def next_action(self, after: Key, direction: int) -> ActionRecord | None:
        """The next or previous entry of the action log from ``after``."""
        op, order = (">", "ASC") if direction > 0 else ("<", "DESC")
        row = self.db.execute(
            f"SELECT * FROM actions WHERE (at, id) {op} (?, ?) ORDER BY at {order}, id {order} LIMIT 1",
            (after.at, after.id if after.order == _ACTION else (-1 if direction > 0 else 1 << 62)),
        ).fetchone()
        return Store.action_from_row(row) if row else None

    def message_key_of(self, seq: int) -> tuple[str, str] | None:
        """(source, platform id) of a recorded message."""
        row = self.db.execute("SELECT source, msg_id FROM messages WHERE seq = ?", (seq,)).fetchone()
        return (row[0], row[1]) if row else None


# -- pace and position -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Seek:
    at: float
    target: Key
    focus_seq: int | None
    action: ActionRecord | None = None


class ReplayController:
    """Pace and position of a replay; the desk's keys call these methods.

    The replay clock runs in recording time: ``clock()`` is the moment of the
    recording being shown. ``monotonic`` and ``sleep`` can be injected so tests
    run at any pace without waiting.
    """

    def __init__(
        self,
        reader: RecordingReader,
        *,
        speed: float | None = 1.0,
        paused: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.reader = reader
        self.speed: float | None = speed
        """Recording seconds per real second; ``None`` plays as fast as possible."""
        self.paused = paused
        self._monotonic = monotonic
        self._sleep = sleep
        # Just before the first item, so that a replay opened paused shows nothing until asked.
        self._anchor_at = reader.start - 0.001
        self._anchor_wall = monotonic()
        self._steps = 0
        self._seek: _Seek | None = None
        self._changed = asyncio.Event()
        self.cursor = Key(reader.start, _MESSAGE, -1)
        """Key of the last item delivered."""
        self.last_action = Key(reader.start, _ACTION, -1)
        """Key of the last action delivered (for next/previous action)."""
        self.delivered = 0
        """Messages delivered since the start or the last seek."""
        self.at_end = False
        """Everything has been played."""
        self.focus: tuple[str, str] | None = None
        """Message the last seek aimed at (the desk selects it)."""
        self.verdicts: dict[tuple[str, str], Verdict] = {}
        """Recorded verdicts of messages on their way to the session (read by :class:`RecordedPipeline`)."""

    # -- clock -------------------------------------------------------------------------------

    def clock(self) -> float:
        """The recording time being shown."""
        if self.paused or self.speed is None:
            return self._anchor_at
        return self._anchor_at + (self._monotonic() - self._anchor_wall) * self.speed

    @property
    def position(self) -> float:
        """The replay clock clamped to the recording."""
        return min(max(self.clock(), self.reader.start), self.reader.end)

    def _anchor(self, at: float) -> None:
        self._anchor_at = at
        self._anchor_wall = self._monotonic()

    def _wake(self) -> None:
        self._changed.set()

    # -- controls ----------------------------------------------------------------------------

    def set_speed(self, speed: float | None) -> None:
        """Play at ``speed`` × real time (``None``: as fast as possible)."""
        if speed is not None and speed <= 0:
            raise ValueError("speed must be positive")
        self._anchor(self.clock())
        self.speed = speed
        self._wake()

    def pause(self) -> None:
        """Stop the clock."""
        if not self.paused:
            self._anchor(self.clock())
            self.paused = True
            self._wake()

    def resume(self) -> None:
        """Start the clock again."""
        if self.paused:
            self._anchor(self._anchor_at)
            self.paused = False
            self._wake()

    def toggle(self) -> bool:
        """Pause or resume; returns True when now paused."""
        if self.paused:
            self.resume()
        else:
            self.pause()
        return self.paused

    def step(self) -> None:
        """While paused, play exactly the next message (and whatever happened just before it)."""
        self.pause()
        self._steps += 1
        self._wake()

    def seek(self, at: float) -> None:
        """Jump to a recording time: the messages just before it are shown, play goes on from there."""
        at = min(max(at, self.reader.start), self.reader.end)
        self._request(_Seek(at, self.reader.message_key_at(at), None))

    def seek_relative(self, seconds: float) -> None:
        """Jump forward (positive) or back (negative) from the current position."""
        self.seek(self.position + seconds)

    def seek_flag(self, direction: int = 1) -> MessageRecord | None:
        """Jump to the next (1) or previous (-1) flagged message; ``None`` when there is none."""
        record = self.reader.next_flag(self.cursor, direction)
        if record is not None:
            at = record.message.received_at
            self._request(_Seek(at, Key(at, _MESSAGE, record.seq), record.seq))
        return record

    def seek_action(self, direction: int = 1) -> ActionRecord | None:
        """Jump to the next (1) or previous (-1) recorded action; ``None`` when there is none."""
        action = self.reader.next_action(self.last_action, direction)
        if action is not None:
            self._request(_Seek(action.at, self.reader.message_key_at(action.at), action.message_seq, action))
        return action

    def _request(self, seek: _Seek) -> None:
        self._seek = seek
        self._steps = 0
        self._anchor(seek.at)
        self.at_end = False
        self._wake()

    # -- the stream --------------------------------------------------------------------------

    async def items(self, *, stop_at_end: bool = True) -> AsyncIterator[ReplayEvent]:
        """Everything in the recording, at the pace and position asked for."""
        stream = self.reader.items(Key(self.reader.start - 1, _MESSAGE, -1))
        while True:
            seek, self._seek = self._seek, None
            if seek is not None:
                for event in self._seek_events(seek):
                    yield event
                # Messages go on right after the target; events and actions after the moment sought
                # (those before it on the messages shown came with the context).
                stream = self.reader.items(seek.target, Key(seek.at, _ACTION, 1 << 62))
                continue
            item = next(stream, None)
            if item is None:
                self.at_end = True
                if stop_at_end:
                    return
                await self._wait(None)
                continue
            key, value = item
            if not await self._until(key):
                continue  # a seek arrived while waiting: the stream is rebuilt
            self._delivered(key, value)
            yield value.message if isinstance(value, MessageRecord) else value
            # Let the rest of the program run even at maximum speed.
            await asyncio.sleep(0)

    def _seek_events(self, seek: _Seek) -> Iterator[ReplayEvent]:
        focus = self.reader.message_key_of(seek.focus_seq) if seek.focus_seq is not None else None
        self.focus = focus
        self.delivered = 0
        self.verdicts.clear()
        yield Seeked(seek.at, focus)
        for key, value in self.reader.context(seek.target, seek.at, seek.focus_seq):
            self._delivered(key, value)
            yield value.message if isinstance(value, MessageRecord) else value
        self.cursor = seek.target
        if seek.action is not None:
            self.last_action = Key(seek.action.at, _ACTION, seek.action.id)
        else:
            self.last_action = Key(seek.at, _ACTION, 1 << 62)

    def _delivered(self, key: Key, value: Any) -> None:
        if isinstance(value, MessageRecord):
            self.cursor = key
            self.delivered += 1
            self.verdicts[(value.message.source, value.message.id)] = value.verdict
        elif isinstance(value, ReplayedAction):
            self.last_action = key

    async def _until(self, key: Key) -> bool:
        """Wait until the replay clock reaches ``key``; False when a seek interrupted the wait."""
        while True:
            if self._seek is not None:
                return False
            now = self.clock()
            if key.at <= now:
                return True
            if self.paused:
                if self._steps > 0 and key.order == _MESSAGE:
                    self._steps -= 1
                    self._anchor(key.at)
                    return True
                if self._steps > 0:
                    self._anchor(key.at)  # things that happened before the next message come with the step
                    return True
                await self._wait(None)
                continue
            if self.speed is None:
                self._anchor(key.at)
                return True
            await self._wait((key.at - now) / self.speed)

    async def _wait(self, timeout: float | None) -> None:
        self._changed.clear()
        waiter = asyncio.ensure_future(self._changed.wait())
        tasks: set[asyncio.Future[Any]] = {waiter}
        if timeout is not None:
            tasks.add(asyncio.ensure_future(self._sleep(min(timeout, MAX_SLEEP))))
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            outcomes = await asyncio.gather(*tasks, return_exceptions=True)
        # The waits cancelled above end in CancelledError; any other error (a broken sleep) is the replay's own.
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                raise outcome


class RecordedPipeline(Pipeline):
    """Judges replayed messages exactly as they were judged live (the recorded verdicts)."""

    def __init__(self, policy: Policy, verdicts: dict[tuple[str, str], Verdict]) -> None:
        super().__init__(policy, factories=[])
        self.verdicts = verdicts

    def evaluate(self, message: ChatMessage) -> Verdict:
        """The recorded verdict of ``message`` (a message the recording does not know passes)."""
        found = self.verdicts.pop(message.key, None)
        return found if found is not None else Verdict((), Decision.PASS, None, 0.0, self.policy.version)


class ReplaySource(ReadOnlySource):
    """A recording as a chat source. Read-only: no action taken during a replay reaches a platform."""

    platform = "replay"

    def __init__(self, store: Store, *, controller: ReplayController | None = None, stop_at_end: bool = True) -> None:
        self.store = store
        self.key = f"replay:{store.path.name}"
        self.controller = controller or ReplayController(RecordingReader(store))
        self.stop_at_end = stop_at_end

    def pipeline(self, policy: Policy) -> RecordedPipeline:
        """The pipeline a replay session must use with this source."""
        return RecordedPipeline(policy, self.controller.verdicts)

    async def events(self) -> AsyncIterator[SourceEvent]:
        """The recording's events (with :class:`ReplayedAction` and :class:`Seeked` control events)."""
        yield ConnectionEvent(self.key, ConnectionState.CONNECTED, f"replaying {self.store.path}")
        async for event in self.controller.items(stop_at_end=self.stop_at_end):
            yield event  # type: ignore[misc]  # control events ride along with source events
        yield ConnectionEvent(self.key, ConnectionState.ENDED, "end of the recording")


# -- typed positions ---------------------------------------------------------------------------

_DURATION = re.compile(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s?)?")


def _duration(text: str) -> float:
    m = _DURATION.fullmatch(text.strip())
    if not m or not any(m.groups()):
        raise ValueError(f"invalid duration {text!r} (examples: 30s, 5m, 1h30m)")
    h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    return h * 3600 + mi * 60 + s


def parse_position(text: str, *, start: float, end: float, current: float) -> float:
    """A typed seek target as a recording time.

    ``+30s`` / ``-5m`` relative to ``current``; ``@1h20m`` from the start of the
    recording; ``42%`` of the way through; ``14:05`` or ``14:05:30`` wall-clock
    time (local, as the desk shows it) during the recording.
    """
    text = text.strip()
    if not text:
        raise ValueError("type a time: +30s, -5m, @1h20m, 42% or 14:05:30")
    if text[0] in "+-":
        sign = 1 if text[0] == "+" else -1
        return current + sign * _duration(text[1:])
    if text[0] == "@":
        return start + _duration(text[1:])
    if text.endswith("%"):
        try:
            share = float(text[:-1])
        except ValueError:
            raise ValueError(f"invalid percentage {text!r}") from None
        return start + (end - start) * min(max(share, 0.0), 100.0) / 100.0
    m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", text)
    if not m:
        raise ValueError(f"cannot read {text!r}: use +30s, -5m, @1h20m, 42% or 14:05:30")
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"{text!r} is not a time of day")
    first = dt.datetime.fromtimestamp(start)
    candidate = first.replace(hour=hour, minute=minute, second=second, microsecond=0)
    # A broadcast that crosses midnight: the time belongs to the day after.
    while candidate.timestamp() < start - 1 and candidate.timestamp() + 86400 <= end + 1:
        candidate += dt.timedelta(days=1)
    return candidate.timestamp()


__all__ = [
    "CONTEXT",
    "SPEEDS",
    "RecordedPipeline",
    "RecordingReader",
    "ReplayController",
    "ReplaySource",
    "ReplayedAction",
    "Seeked",
    "effect",
    "parse_position",
]
