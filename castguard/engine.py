"""The headless session engine: sources → filters → store → subscribers, and actions back.

The TUI is one subscriber; ``castguard record``, ``scan`` and ``report`` use
the same engine with no UI. A source that fails is reported as a connection
event and the others go on. This module holds the ingestion half of
:class:`Session`; its moderation actions are in :mod:`castguard.actions` (their
public names are re-exported here) and the pump's asyncio helpers in :mod:`castguard.aio`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import replace
from typing import Protocol

from castguard.actions import (
    ACTION_TIMEOUT,
    POLICY_ACTOR,
    UNDO_GRACE,
    ActionError,
    LockdownChanged,
    SessionActions,
    StateChange,
)
from castguard.aio import _abandon, _loop_running, _poll_next
from castguard.model import (
    ActionKind,
    ActionOutcome,
    ActionRecord,
    ActionResult,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    Decision,
    EscalationState,
    MessageRecord,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
    Severity,
    Verdict,
)
from castguard.policy import Policy
from castguard.recent import RecentKeys
from castguard.store import Store
from castguard.text import clean_text, clip_raw
from connectors.base import Source, SourceEvent
from filters.pipeline import Pipeline

__all__ = [
    "ACTION_TIMEOUT",
    "BATCH",
    "POLICY_ACTOR",
    "SEEN_KEYS",
    "UNDO_GRACE",
    "ActionError",
    "LockdownChanged",
    "Service",
    "Session",
    "SessionUpdate",
    "StateChange",
    "Subscriber",
    "normalise",
]

log = logging.getLogger(__name__)

#: Platform events that take every recent message of one author off the chat.
_AUTHOR_REMOVALS = (PlatformEventKind.TIMED_OUT, PlatformEventKind.BANNED, PlatformEventKind.USER_CLEARED)

#: Platform ids remembered for de-duplication (reconnects re-send recent messages).
SEEN_KEYS = 200_000
#: When the session stops, automatic hides under way get this long to finish and be recorded (seconds).
BACKGROUND_GRACE = 2.0
#: At most this many waiting messages of one source are judged together (Pipeline.evaluate_many); at 32 a
#: message waits for its batch well under 1 ms (benchmarks/bench_filters.py prints the batch duration).
BATCH = 32


SessionUpdate = MessageRecord | ActionRecord | StateChange | ConnectionEvent | PlatformEvent | LockdownChanged
Subscriber = Callable[[SessionUpdate], None]


class Service(Protocol):
    """Background work tied to a session's life (the escalation webhook)."""

    def on_update(self, update: SessionUpdate) -> None:
        """Called for every session update (must not block)."""

    async def run(self) -> None:
        """Work until cancelled."""

    async def drain(self, timeout: float = 5.0) -> None:
        """Finish pending work, in bounded time, before the session ends."""


class Session(SessionActions):
    """One moderated broadcast: ingestion here, moderation actions from :class:`~castguard.actions.SessionActions`."""

    def __init__(
        self,
        store: Store,
        pipeline: Pipeline,
        sources: Iterable[Source] = (),
        *,
        moderator: str = "moderator",
        clock: Callable[[], float] = time.time,
        flush_interval: float = 0.05,
        cache_size: int = 10_000,
        auto_actions: bool = True,
    ) -> None:
        self.store = store
        self.pipeline = pipeline
        self.sources: dict[str, Source] = {}
        self.moderator = moderator
        self.clock = clock
        self.flush_interval = flush_interval
        self.lockdown = store.lockdown_state()
        """Resuming a recording keeps the lockdown that was on when it stopped."""
        self.auto_actions = auto_actions
        """Carry out the policy's automatic hides (off for replay and import: history is not re-enacted)."""
        self._subscribers: list[Subscriber] = []
        self._recent: OrderedDict[int, MessageRecord] = OrderedDict()
        self._seen: RecentKeys[tuple[str, str], int] = RecentKeys(SEEN_KEYS)
        self._cache_size = cache_size
        self._tasks: list[asyncio.Task[None]] = []
        self._background: set[asyncio.Task[None]] = set()
        self._services: list[Service] = []
        # Resuming a recording: platform ids already recorded are duplicates.
        for source_key, msg_id, seq in store.recent_keys(SEEN_KEYS):
            self._seen.add((source_key, msg_id), seq)
        self.counts: dict[str, int] = {"messages": 0, "duplicates": 0, "flagged": 0}
        store.record_policy(pipeline.policy.version, pipeline.policy.name, pipeline.policy.source_text)
        for source in sources:
            self.add_source(source)

    def duplicates_dropped(self) -> int:
        """Messages dropped as repeats of one already delivered (same source, same platform id).

        Counts the session's own drops and the sources' (re-sends after a reconnect that a
        source recognises before they reach the session).
        """
        by_sources = sum(int(getattr(s, "duplicates", 0)) for s in self.sources.values())
        return self.counts["duplicates"] + by_sources

    # -- wiring ------------------------------------------------------------------------------

    def add_source(self, source: Source) -> None:
        """Register a source (before or while running)."""
        if source.key in self.sources:
            raise ValueError(f"source {source.key!r} added twice")
        self.sources[source.key] = source
        self.store.record_source(source.key, source.platform, frozenset(k.value for k in source.capabilities))

    def add_service(self, service: Service) -> None:
        """Run ``service`` alongside the sources and feed it every update."""
        self._services.append(service)
        self.subscribe(service.on_update)

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback`` with every update; returns a function that unsubscribes."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def _publish(self, update: SessionUpdate) -> None:
        for callback in list(self._subscribers):
            try:
                callback(update)
            except Exception:  # a broken view must not stop the recording
                log.exception("subscriber failed")

    def reload_policy(self, policy: Policy) -> None:
        """Judge new messages with another policy; windowed filter state is kept."""
        self.pipeline.reload(policy)
        self.store.record_policy(policy.version, policy.name, policy.source_text)

    # -- running -----------------------------------------------------------------------------

    async def run(self) -> None:
        """Run every source until all have ended (or until cancelled), flushing the store."""
        flusher = asyncio.create_task(self._flush_loop(), name="castguard-flush")
        services = [asyncio.create_task(s.run(), name=f"service-{type(s).__name__}") for s in self._services]
        self._tasks = [asyncio.create_task(self._pump(s), name=f"source-{s.key}") for s in self.sources.values()]
        try:
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            if self._background:
                await asyncio.gather(*self._background, return_exceptions=True)
            for service in self._services:
                await service.drain()
        finally:
            await self._settle_background()
            flusher.cancel()
            for task in (*self._tasks, *services):
                task.cancel()
            await asyncio.gather(flusher, *self._tasks, *services, return_exceptions=True)
            for source in self.sources.values():
                try:
                    await source.aclose()
                except Exception:
                    log.exception("closing source %s failed", source.key)
            self.store.flush()

    async def _settle_background(self) -> None:
        """Give automatic hides already sent to a platform a moment to record their outcome, then stop them."""
        if not self._background:
            return
        _, pending = await asyncio.wait(set(self._background), timeout=BACKGROUND_GRACE)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def _flush_loop(self) -> None:
        while True:
            await asyncio.sleep(self.flush_interval)
            self.store.flush()

    async def _pump(self, source: Source) -> None:
        # Messages the source already has waiting (a burst, a backlog after a slow moment) are
        # collected without awaiting, up to BATCH of them, and judged together (Pipeline.evaluate_many:
        # filter by filter, faster than one message at a time). A quiet chat still goes one message
        # at a time: the batch is judged as soon as the source would make the pump wait. Nothing
        # awaits between collecting a batch and recording it, so the loop sees what it saw before.
        batch: list[ChatMessage] = []
        fetch: Awaitable[SourceEvent] | None = None
        try:
            events = aiter(source.events())
            while True:
                try:
                    ready, got = _poll_next(events)
                except StopAsyncIteration:
                    break
                except BaseException:
                    self._ingest_batch(batch)
                    raise
                if ready:
                    event = got
                else:
                    fetch = got
                    self._ingest_batch(batch)
                    try:
                        event = await fetch
                    except StopAsyncIteration:
                        fetch = None
                        break
                    fetch = None
                if isinstance(event, ChatMessage):
                    batch.append(event)
                    if len(batch) >= BATCH:
                        self._ingest_batch(batch)
                        # A source with a backlog never makes the pump wait: give the loop (the desk's
                        # keys and redraws, the other sources) a turn after every full batch.
                        await asyncio.sleep(0)
                    continue
                self._ingest_batch(batch)  # events keep their place between messages
                if isinstance(event, ConnectionEvent | PlatformEvent):
                    self.observe(event)
                else:
                    self.control(event)
            self._ingest_batch(batch)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if fetch is not None:
                _abandon(fetch)
            log.exception("source %s failed", source.key)
            self.observe(ConnectionEvent(source.key, ConnectionState.FAILED, f"{type(exc).__name__}: {exc}"))

    def _ingest_batch(self, batch: list[ChatMessage]) -> None:
        """Judge and record the collected messages in order, then empty ``batch``."""
        if not batch:
            return
        messages = batch[:]
        batch.clear()
        if len(messages) == 1:
            self.ingest(messages[0])
            if self.store.pending >= 1000:
                self.store.flush()
            return
        for message, verdict in self.judge_many(messages):
            if verdict is None:
                self.counts["duplicates"] += 1
            else:
                self._record(message, verdict)
            if self.store.pending >= 1000:
                self.store.flush()

    # -- messages ----------------------------------------------------------------------------

    def judge_many(self, messages: list[ChatMessage]) -> list[tuple[ChatMessage, Verdict | None]]:
        """Normalise and judge messages in arrival order, as :meth:`ingest` would one by one.

        A duplicate (already recorded, or earlier in ``messages``) is paired with
        ``None`` and never reaches the filters, so the stream the stateful
        filters see is the same as with :meth:`ingest`.
        """
        out: list[tuple[ChatMessage, Verdict | None]] = []
        fresh: list[ChatMessage] = []
        where: list[int] = []
        keys: set[tuple[str, str]] = set()
        seen = self._seen
        for message in messages:
            key = message.key
            if key in seen or key in keys:
                out.append((message, None))
                continue
            keys.add(key)
            message = normalise(message)
            where.append(len(out))
            fresh.append(message)
            out.append((message, None))
        evaluate_many = getattr(self.pipeline, "evaluate_many", None)
        if evaluate_many is not None:
            verdicts = evaluate_many(fresh)
        else:  # a pipeline without batches (a test double): one at a time
            verdicts = [self.pipeline.evaluate(m) for m in fresh]
        for i, message, verdict in zip(where, fresh, verdicts, strict=True):
            out[i] = (message, verdict)
        return out

    def ingest(self, message: ChatMessage) -> MessageRecord | None:
        """Judge, record and publish one message; ``None`` for a duplicate."""
        key = message.key
        if key in self._seen:
            self.counts["duplicates"] += 1
            return None
        message = normalise(message)
        return self._record(message, self.pipeline.evaluate(message))

    def _record(self, message: ChatMessage, verdict: Verdict) -> MessageRecord:
        """Record and publish a normalised, judged message (not a duplicate), and carry out an auto-hide."""
        state = MessageState.VISIBLE
        escalation = None
        decision = verdict.decision
        if self.lockdown and verdict.severity is not None and verdict.severity >= Severity.WARN:
            decision = max(decision, Decision.HOLD, key=lambda d: d.rank)
        if decision in (Decision.HOLD, Decision.ESCALATE, Decision.HIDE):
            state = MessageState.HELD
        if verdict.escalate or verdict.decision is Decision.ESCALATE:
            escalation = EscalationState.OPEN
        record = MessageRecord(self.store.next_seq(), message, verdict, state, escalation)
        self.store.add_message(record)
        self._remember(record)
        key = message.key
        # Platforms re-send within minutes (reconnects); older duplicates are caught by the store's unique key.
        self._seen.add(key, record.seq)
        self.counts["messages"] += 1
        if verdict.flagged:
            self.counts["flagged"] += 1
        self._publish(record)
        if decision is Decision.HIDE and self.auto_actions and _loop_running():
            # Auto-hide goes through the same path as a moderator's key, as the policy actor.
            task = asyncio.get_running_loop().create_task(self._auto_hide(record.seq))
            self._background.add(task)
            task.add_done_callback(self._background.discard)
        return record

    def _remember(self, record: MessageRecord) -> None:
        self._recent[record.seq] = record
        self._recent.move_to_end(record.seq)
        if len(self._recent) > self._cache_size:
            self._recent.popitem(last=False)

    def record(self, seq: int) -> MessageRecord | None:
        """The current record of a message (recent ones from memory, older from the store)."""
        found = self._recent.get(seq)
        if found is None:
            self.store.flush()
            found = self.store.message(seq)
        return found

    def observe(self, event: ConnectionEvent | PlatformEvent) -> None:
        """Record and publish a connection or platform event."""
        self.store.add_event(event)
        if isinstance(event, PlatformEvent):
            for record in self._removed_by(event):
                if record.state not in (MessageState.HIDDEN, MessageState.REMOVED):
                    record = replace(record, state=MessageState.REMOVED)
                    self.store.set_state(record.seq, MessageState.REMOVED)
                    self._remember(record)
                    self._publish(StateChange(record))
        self._publish(event)

    def _removed_by(self, event: PlatformEvent) -> list[MessageRecord]:
        """Messages a platform-side deletion, timeout, ban or clear took off the chat."""
        if event.kind is PlatformEventKind.DELETED and event.message_id:
            seq = self._seen.get((event.source, event.message_id)) or self.store.seq_of(event.source, event.message_id)
            record = self.record(seq) if seq is not None else None
            return [record] if record is not None else []
        # Twitch removes a user's messages on timeout and ban, and every message on a clear;
        # only recent messages (the in-memory window) are still on anyone's screen.
        if event.kind in _AUTHOR_REMOVALS and event.author_id:
            return [
                r for r in self._recent.values()
                if r.message.source == event.source and event.author_id in (r.message.author.id, r.message.author.name)
            ]  # fmt: skip
        if event.kind is PlatformEventKind.CLEARED:
            return [r for r in self._recent.values() if r.message.source == event.source]
        return []

    def control(self, event: object) -> None:
        """Apply a control event a source yielded (replay's recorded actions and seeks), then publish it.

        A control event has an ``apply_to(session)`` method; anything else is ignored with a log line.
        """
        apply = getattr(event, "apply_to", None)
        if not callable(apply):
            log.warning("ignoring unknown event %r", type(event).__name__)
            return
        apply(self)
        self._publish(event)  # type: ignore[arg-type]

    def forget(self) -> None:
        """Drop what the session remembers of earlier messages (replay starting over after a seek)."""
        self.store.flush()
        self._recent.clear()
        self._seen.clear()
        self.counts = dict.fromkeys(self.counts, 0)
        self.lockdown = False

    def apply_recorded(
        self,
        action: ActionRecord,
        seq: int | None,
        state: MessageState | None,
        escalation: EscalationState | bool | None,
    ) -> ActionRecord | None:
        """Show an action taken in a recording as it happened, without performing it on any platform.

        ``seq`` is the message's sequence number in this session; ``state`` and
        ``escalation`` are what the action did (``escalation=False``: unchanged).
        The action keeps its recorded time, actor, outcome and platform response.
        """
        if action.kind is ActionKind.LOCKDOWN:
            on = action.reason == "on"
            self.lockdown = on
            recorded = self.store.add_action(
                actor=action.actor, kind=action.kind, result=action.result, reason=action.reason, at=action.at
            )
            self._publish(recorded)
            self._publish(LockdownChanged(on, action.actor))
            return recorded
        record = self.record(seq) if seq is not None else None
        if record is None:
            return None
        outcome = ActionOutcome(action.result, action.response)
        if action.result is ActionResult.FAILED:
            state, escalation = None, False
        return self._commit(
            action.kind, record, action.actor, outcome, action.reason, action.duration, state, escalation,
            action.undoes, at=action.at,
        )  # fmt: skip


def normalise(message: ChatMessage) -> ChatMessage:
    """The display-safe form of a message (original kept in ``raw`` when it differs)."""
    text = clean_text(message.text)
    if text == message.text:
        return message
    return replace(message, text=text, raw=clip_raw(message.raw or message.text))
