"""Replay: a recording played back as a source, through the same engine and screens as live chat.

:class:`ReplaySource` reads a session file (read-only, through the store's read model) and yields its
messages, platform events and connection changes at their recorded moments. Messages come as
:class:`ReplayedMessage` control events, which the session records with the verdict they had live
(:meth:`~castguard.session.engine.Session.ingest_recorded`: the replay shows what the moderators saw;
``castguard replay --rescan`` is the tool for judging a recording again under another policy). The
moderators' recorded actions come as :class:`ReplayedAction` control events, which the session applies
through its own action rules without performing anything on a platform
(:meth:`~castguard.session.engine.Session.apply_recorded_action`; the source has no capabilities).
:class:`ReplayController` sets the pace (1×, 2×, 10×, max), pauses, steps and seeks: to a time, to the
next or previous flag or action. Seeks read only a window of the file through its indexes, so they are
instant on million-message recordings.
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
from castguard.core.durations import parse_duration
from castguard.core.model import (
    ActionRecord,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    MessageRecord,
    PlatformEvent,
    SourceEvent,
    Verdict,
)
from castguard.core.policy import Policy
from castguard.filters.pipeline import Pipeline
from castguard.session.store import Store

if TYPE_CHECKING:
    from castguard.session.engine import Session

#: Speeds offered by the desk; ``None`` is "as fast as possible".
SPEEDS: tuple[float | None, ...] = (1.0, 2.0, 10.0, None)
#: Messages shown around the position after a seek (what was on screen at that moment).
CONTEXT = 200
#: Escalated messages from before the context window that a seek brings back for the inbox (the most recent).
ESCALATIONS = 200
#: Longest single sleep, so pace changes and wake-ups are never missed for long.
MAX_SLEEP = 0.5
_CHUNK = 500

# Order of items recorded at the same instant: a message, then what happened on the platform, then actions.
_MESSAGE, _EVENT, _ACTION = 0, 1, 2
# An id past every real one: a position after everything at its instant.
_LAST = 1 << 62


@dataclass(frozen=True, slots=True)
class ReplayedMessage:
    """A recorded message, with the verdict it was given live."""

    message: ChatMessage
    verdict: Verdict

    def apply_to(self, session: Session) -> None:
        """Record and show the message in the replay session (it is not judged again)."""
        session.ingest_recorded(self.message, self.verdict)


@dataclass(frozen=True, slots=True)
class ReplayedAction:
    """A moderator's (or the policy's) recorded action, shown at its moment and never performed again."""

    action: ActionRecord
    message_key: tuple[str, str] | None
    """(source, platform id) of the message it was taken on, if any."""
    undone: ActionRecord | None = None
    """The action an undo reversed."""

    def apply_to(self, session: Session) -> None:
        """Record and show the action in the replay session (no platform is contacted)."""
        session.apply_recorded_action(self.action, self.message_key, self.undone)


@dataclass(frozen=True, slots=True)
class Seeked:
    """The replay jumped: views start over from the messages around ``position``."""

    position: float
    focus: tuple[str, str] | None = None
    """(source, platform id) of the message the seek was aimed at (a flag, an action's target)."""

    def apply_to(self, session: Session) -> None:
        """The session starts over (what was in force at ``position`` comes next)."""
        session.start_over()


ReplayEvent = SourceEvent | ReplayedMessage | ReplayedAction | Seeked


# -- reading the recording -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class Key:
    """Position of an item in the replay order: time, then messages before events before actions, then id."""

    at: float
    order: int
    id: int


def _id_after(key: Key, order: int) -> int:
    """The id to read a stream of ``order`` items from, so that it resumes just after ``key``."""
    if key.order == order:
        return key.id
    return _LAST if key.order > order else -1


class RecordingReader:
    """Windowed, index-backed reads of a recording in replay order (never the whole file at once)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        span = store.recording_span()
        self.start: float = span.start
        """Time of the first recorded item."""
        self.end: float = span.end
        """Time of the last recorded item."""
        self.total: int = span.messages
        """Messages in the recording."""
        self._actions: dict[int, ActionRecord] = {}

    # Items ---------------------------------------------------------------------------------

    def items(self, after: Key, others_after: Key | None = None) -> Iterator[tuple[Key, ReplayEvent]]:
        """Every message after ``after`` and every event and action after ``others_after`` (default: the same),
        merged in replay order and read in chunks."""
        others = after if others_after is None else others_after
        return heapq.merge(self._messages(after), self._events(others), self._actions_after(others), key=lambda i: i[0])

    def _messages(self, after: Key) -> Iterator[tuple[Key, ReplayEvent]]:
        at, seq = after.at, _id_after(after, _MESSAGE)
        while records := self.store.messages_from(at, seq, limit=_CHUNK):
            for record in records:
                yield _message_key(record), ReplayedMessage(record.message, record.verdict)
            at, seq = records[-1].message.received_at, records[-1].seq

    def _events(self, after: Key) -> Iterator[tuple[Key, ReplayEvent]]:
        at, last = after.at, _id_after(after, _EVENT)
        while stored := self.store.events_from(at, last, limit=_CHUNK):
            for row in stored:
                if row.event is not None:
                    yield Key(row.at, _EVENT, row.id), row.event
            at, last = stored[-1].at, stored[-1].id

    def _actions_after(self, after: Key) -> Iterator[tuple[Key, ReplayEvent]]:
        at, last = after.at, (after.id if after.order == _ACTION else -1)
        while actions := self.store.actions_from(at, last, limit=_CHUNK):
            for action in actions:
                yield _action_key(action), self.replayed(action)
            at, last = actions[-1].at, actions[-1].id

    def action(self, action_id: int) -> ActionRecord | None:
        """One entry of the action log."""
        found = self._actions.get(action_id)
        if found is None:
            found = self.store.action(action_id)
            if found is not None:
                self._actions[action_id] = found
        return found

    def replayed(self, action: ActionRecord) -> ReplayedAction:
        """The control event that shows ``action`` in a replay session."""
        key = self.message_key_of(action.message_seq) if action.message_seq is not None else None
        undone = self.action(action.undoes) if action.undoes is not None else None
        return ReplayedAction(action, key, undone)

    # Seeking -------------------------------------------------------------------------------

    def message_key_at(self, at: float) -> Key:
        """Key of the last message at or before ``at`` (or just before the first message)."""
        place = self.store.message_place_at(at)
        return Key(place.at, _MESSAGE, place.seq) if place else Key(at, _MESSAGE, -1)

    def context(self, target: Key, at: float, focus_seq: int | None = None) -> list[tuple[Key, ReplayEvent]]:
        """What was on screen at ``at``: the last :data:`CONTEXT` messages up to ``target`` and the escalations
        opened before them (the inbox's), with what had been done to them by then (actions, platform deletions)
        and the lockdown then in force."""
        records = self.store.messages_until(target.at, target.id, limit=CONTEXT)
        seqs = {r.seq for r in records}
        # Escalations from before the window stay in the inbox, as they were on the desk at that moment.
        earlier = [r for r in self.store.escalated_until(target.at, target.id, limit=ESCALATIONS) if r.seq not in seqs]
        if focus_seq is not None and focus_seq not in seqs and all(r.seq != focus_seq for r in earlier):
            extra = self.store.message(focus_seq)
            if extra is not None:
                earlier.append(extra)
        if earlier:
            records = sorted(earlier + records, key=lambda r: (r.message.received_at, r.seq))
            seqs.update(r.seq for r in earlier)
        out: list[tuple[Key, ReplayEvent]] = [(_message_key(r), ReplayedMessage(r.message, r.verdict)) for r in records]
        switch = self.store.lockdown_switch_at(at)
        if switch is not None and switch.reason == "on":
            # Before the messages: lockdown is part of the state they arrived in.
            out.insert(0, (_action_key(switch), self.replayed(switch)))
        for action in self.store.actions_on(seqs, until=at):
            out.append((_action_key(action), self.replayed(action)))
        shown = {(r.message.source, r.message.id) for r in records}
        for row in self.store.deletions_between(out[0][0].at if out else at, at):
            event = row.event
            if isinstance(event, PlatformEvent) and (event.source, event.message_id) in shown:
                out.append((Key(row.at, _EVENT, row.id), event))
        return out

    def next_flag(self, after: Key, direction: int) -> MessageRecord | None:
        """The next (``direction`` 1) or previous (-1) flagged message from ``after``."""
        seq = after.id if after.order == _MESSAGE else (_LAST if direction > 0 else -1)
        return self.store.next_flagged(after.at, seq, backwards=direction < 0)

    def next_action(self, after: Key, direction: int) -> ActionRecord | None:
        """The next or previous entry of the action log from ``after``."""
        action_id = after.id if after.order == _ACTION else (-1 if direction > 0 else _LAST)
        return self.store.next_action(after.at, action_id, backwards=direction < 0)

    def message_key_of(self, seq: int) -> tuple[str, str] | None:
        """(source, platform id) of a recorded message."""
        place = self.store.message_place(seq)
        return (place.source, place.msg_id) if place else None


def _message_key(record: MessageRecord) -> Key:
    return Key(record.message.received_at, _MESSAGE, record.seq)


def _action_key(action: ActionRecord) -> Key:
    return Key(action.at, _ACTION, action.id)


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

    # -- clock -------------------------------------------------------------------------------

    def clock(self) -> float:
        """The recording time being shown."""
        if self.paused or self.speed is None:
            return self._anchor_at
        # Past the last item the recording has nothing more to show: its clock stops at the end.
        return min(self._anchor_at + (self._monotonic() - self._anchor_wall) * self.speed, self.reader.end)

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
                stream = self.reader.items(seek.target, Key(seek.at, _ACTION, _LAST))
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
            yield value
            # Let the rest of the program run even at maximum speed.
            await asyncio.sleep(0)

    def _seek_events(self, seek: _Seek) -> Iterator[ReplayEvent]:
        focus = self.reader.message_key_of(seek.focus_seq) if seek.focus_seq is not None else None
        self.focus = focus
        self.delivered = 0
        yield Seeked(seek.at, focus)
        for key, value in self.reader.context(seek.target, seek.at, seek.focus_seq):
            self._delivered(key, value)
            yield value
        self.cursor = seek.target
        if seek.action is not None:
            self.last_action = Key(seek.action.at, _ACTION, seek.action.id)
        else:
            self.last_action = Key(seek.at, _ACTION, _LAST)

    def _delivered(self, key: Key, value: ReplayEvent) -> None:
        if isinstance(value, ReplayedMessage):
            self.cursor = key
            self.delivered += 1
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


class ReplaySource(ReadOnlySource):
    """A recording as a chat source. Read-only: no action taken during a replay reaches a platform."""

    platform = "replay"

    def __init__(self, store: Store, *, controller: ReplayController | None = None, stop_at_end: bool = True) -> None:
        self.store = store
        self.key = f"replay:{store.path.name}"
        self.controller = controller or ReplayController(RecordingReader(store))
        self.stop_at_end = stop_at_end

    def pipeline(self, policy: Policy) -> Pipeline:
        """A pipeline for a replay session with this source: ``policy`` and no filters.

        Replayed messages keep their recorded verdicts (nothing is judged again); the session
        still reads the policy (trusted accounts under lockdown, the sentiment alert).
        """
        return Pipeline(policy, factories=[])

    async def events(self) -> AsyncIterator[SourceEvent]:
        """The recording's events, its messages and actions as control events, and :class:`Seeked` marks."""
        yield ConnectionEvent(self.key, ConnectionState.CONNECTED, f"replaying {self.store.path}")
        async for event in self.controller.items(stop_at_end=self.stop_at_end):
            yield event  # type: ignore[misc]  # control events ride along with source events
        yield ConnectionEvent(self.key, ConnectionState.ENDED, "end of the recording")


# -- typed positions ---------------------------------------------------------------------------


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
        return current + sign * parse_duration(text[1:])
    if text[0] == "@":
        return start + parse_duration(text[1:])
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
    "RecordingReader",
    "ReplayController",
    "ReplaySource",
    "ReplayedAction",
    "ReplayedMessage",
    "Seeked",
    "parse_position",
]
