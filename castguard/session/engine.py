"""The headless session engine: sources → filters → store → subscribers, and actions back.

The TUI is one subscriber; ``castguard record``, ``scan`` and ``report`` use
the same engine with no UI. A source that fails is reported as a connection
event and the others go on; when the session's own work fails (the store
cannot be written, a service or an automatic action crashes) the session stops
at once with :class:`SessionFailed` rather than going on without durability.
This module holds the ingestion; the session's moderation actions are carried out by the
:class:`~castguard.session.actions.ActionService` it holds (``session.actions``; the public names of
:mod:`castguard.session.actions` are re-exported here).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from castguard.connectors.base import Source, SourceEvent
from castguard.core.model import (
    ActionKind,
    ActionRecord,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    Decision,
    EscalationState,
    Finding,
    MessageRecord,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
    Severity,
    Verdict,
    normalise,
    platform_hold,
)
from castguard.core.policy import Policy
from castguard.core.recent import RecentKeys
from castguard.core.text import clean_id
from castguard.filters.pipeline import Pipeline
from castguard.session import queries, transitions
from castguard.session.actions import (
    ACTION_TIMEOUT,
    POLICY_ACTOR,
    UNDO_GRACE,
    ActionError,
    ActionService,
    LockdownChanged,
    StateChange,
)
from castguard.session.aecases import CATEGORY as ADVERSE_EVENT
from castguard.session.aecases import CaseBook
from castguard.session.errors import SessionFailed as SessionFailed
from castguard.session.links import Account, AccountLinks, follow_everywhere
from castguard.session.memory import RecentRecords
from castguard.session.sanctions import EVASION, Sanction, Sanctions
from castguard.session.store import Store
from castguard.session.strikes import StrikePlan, plan_strike
from castguard.session.transitions import KEEP
from castguard.session.trust import FIRST_TIME, Standing, TrustBook, is_first_message, says_nothing

__all__ = [
    "ACTION_TIMEOUT",
    "BATCH",
    "INBOX",
    "POLICY_ACTOR",
    "SEEN_KEYS",
    "UNDO_GRACE",
    "ActionError",
    "ActionService",
    "LockdownChanged",
    "Service",
    "Session",
    "SessionFailed",
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
#: At most this many waiting messages are judged together (Pipeline.evaluate_many); at 32 a
#: message waits for its batch well under 1 ms (benchmarks/bench_filters.py prints the batch duration).
BATCH = 32
#: Events the sources may hand in ahead of the session's judging (then they wait: memory stays bounded).
INBOX = 1024
#: Messages kept off the on-air view while their first-time flag may follow, at most (the oldest go on air).
FLAG_WAITS = 10_000


@dataclass(frozen=True, slots=True)
class _Ended:
    """A source has no more events (``failure``: what it raised, if it failed)."""

    source: Source
    failure: Exception | None


_Inbound = tuple[str, SourceEvent | _Ended]
"""What the sources hand in to the session's inbox: the source's key and its event (or its end)."""


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


class Session:
    """One moderated broadcast: ingestion here, moderation actions by the :class:`.actions.ActionService` it holds."""

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
        self.flush_interval = flush_interval
        self.auto_actions = auto_actions
        """Carry out the policy's automatic hides (off for replay and import: history is not re-enacted)."""
        self._subscribers: list[Subscriber] = []
        self.memory = RecentRecords(store, cache_size)
        """The current records of the session's messages."""
        self._seen: RecentKeys[tuple[str, str], int] = RecentKeys(SEEN_KEYS)
        self._tasks: list[asyncio.Task[None]] = []
        self._background: set[asyncio.Task[None]] = set()
        self._failed: asyncio.Future[None] | None = None
        self.failure: SessionFailed | None = None
        """Why the session stopped, when its own work failed (``None`` while all is well)."""
        self._services: list[Service] = []
        self.cases = CaseBook(store, clock=clock)
        """Adverse-event cases opened by this session (set ``cases.seal_key`` to keep originals under redaction)."""
        # Resuming a recording: platform ids already recorded are duplicates.
        for source_key, msg_id, seq in store.recent_keys(SEEN_KEYS):
            self._seen.add((source_key, msg_id), seq)
        self.counts: dict[str, int] = {"messages": 0, "duplicates": 0, "flagged": 0}
        self.sanctions = Sanctions(clock)
        """Who is banned or timed out, and until when (resuming a recording keeps its bans)."""
        self.trust = TrustBook()
        """What the platforms say of the authors: first-time or returning chatter, suspicious status."""
        self.links = AccountLinks()
        """One person's accounts on several platforms, as moderators linked them (resuming keeps the links)."""
        self._flag_waits: OrderedDict[int, float] = OrderedDict()
        """Messages kept off the on-air view until their first-time flag may have arrived: seq → until when."""
        for action in store.actions():
            self.sanctions.on_action(action)
            follow_everywhere(self.sanctions, action)
            self.links.on_action(action)
        self.actions = ActionService(
            store, self.sources, self.memory, self.sanctions, self._publish,
            moderator=moderator, clock=clock, lockdown=store.lockdown_state(), links=self.links,
        )  # fmt: skip
        """The moderation actions on this session's messages (resuming a recording keeps its lockdown)."""
        store.record_policy(pipeline.policy.version, pipeline.policy.name, pipeline.policy.source_text)
        for source in sources:
            self.add_source(source)

    @property
    def clock(self) -> Callable[[], float]:
        """The session's clock (Unix time), which its actions are stamped with."""
        return self.actions.clock

    @clock.setter
    def clock(self, clock: Callable[[], float]) -> None:
        self.actions.clock = clock
        self.cases.clock = clock

    @property
    def moderator(self) -> str:
        """Who acts when no actor is given."""
        return self.actions.moderator

    @moderator.setter
    def moderator(self, name: str) -> None:
        self.actions.moderator = name

    @property
    def lockdown(self) -> bool:
        """Every new message at or above warn is held until a moderator decides (trusted authors excepted)."""
        return self.actions.lockdown

    @lockdown.setter
    def lockdown(self, on: bool) -> None:
        self.actions.lockdown = on

    def duplicates_dropped(self) -> int:
        """Messages dropped as repeats of one already delivered (same source, same platform id).

        Counts the session's own drops and the sources' (re-sends after a reconnect that a
        source recognises before they reach the session).
        """
        by_sources = sum(int(getattr(s, "duplicates", 0)) for s in self.sources.values())
        return self.counts["duplicates"] + by_sources

    # -- wiring ------------------------------------------------------------------------------

    def add_source(self, source: Source) -> None:
        """Register a source (before or while running).

        A source is known by its key as the model cleans it (a key is often a file name or a URL),
        which is the key its messages and events carry.
        """
        key = clean_id(source.key)
        if key in self.sources:
            raise ValueError(f"source {key!r} added twice")
        self.sources[key] = source
        self.store.record_source(key, clean_id(source.platform), frozenset(k.value for k in source.capabilities))

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
        """Run every source until all have ended (or until cancelled), flushing the store.

        Raises :class:`SessionFailed` as soon as the session's own work fails: the store's flush,
        judging and recording what the sources hand in (a failing source is only reported, as its
        connection event), a service, an automatic action. Everything still running is stopped, and what can be
        written is written, first.
        """
        self._failed = asyncio.get_running_loop().create_future()
        flusher = self._watched(self._flush_loop(), "castguard-flush", "writing the recording")
        services = [self._watched(s.run(), f"service-{type(s).__name__}", type(s).__name__) for s in self._services]
        # Each source feeds the session's one inbox; one pump judges and records what arrives, in order.
        inbox: asyncio.Queue[_Inbound] = asyncio.Queue(INBOX)
        self._tasks = [
            self._watched(self._read(key, s, inbox), f"source-{key}", f"reading {key}")
            for key, s in self.sources.items()
        ]
        if self._tasks:
            self._tasks.append(self._watched(self._pump(inbox, len(self._tasks)), "castguard-pump", "recording"))
        work = asyncio.ensure_future(self._until_ended())
        try:
            await asyncio.wait({work, self._failed}, return_when=asyncio.FIRST_COMPLETED)
            if work.done() and not work.cancelled() and (error := work.exception()) is not None:
                self._fail("ending the session", error)
        finally:
            work.cancel()
            await self._settle_background()
            flusher.cancel()
            for task in (*self._tasks, *services):
                task.cancel()
            await asyncio.gather(work, flusher, *self._tasks, *services, return_exceptions=True)
            if self.failure is None:
                try:
                    self._drain(inbox)  # stopped from outside: what the sources already handed in is kept
                except Exception as exc:
                    self._fail("recording", exc)
            for source in self.sources.values():
                try:
                    await source.aclose()
                except Exception:
                    log.exception("closing source %s failed", source.key)
            try:
                self.store.flush()
            except Exception as exc:
                self._fail("writing the recording", exc)
        if self.failure is not None:
            raise self.failure

    async def _until_ended(self) -> None:
        """Every source has ended, the automatic actions they caused are recorded, the services drained."""
        if self._tasks:
            await asyncio.wait(self._tasks)
        if self._background:
            await asyncio.wait(set(self._background))
        for service in self._services:
            await service.drain()

    def _watched(self, work: Coroutine[Any, Any, None], name: str, what: str) -> asyncio.Task[None]:
        """Start a task of the session's own: if it dies with an error, the session stops with that error."""
        task = asyncio.get_running_loop().create_task(work, name=name)
        task.add_done_callback(lambda done: self._task_done(done, what))
        return task

    def _task_done(self, task: asyncio.Task[None], what: str) -> None:
        if not task.cancelled() and (error := task.exception()) is not None:
            self._fail(what, error)

    def _fail(self, what: str, exc: BaseException) -> None:
        """Stop the session because ``what`` failed with ``exc`` (the first failure is the one reported)."""
        if self.failure is None:
            log.error("session stopped: %s failed", what, exc_info=exc)
            failure = SessionFailed(f"session stopped: {what} failed: {_describe(exc)}")
            failure.__cause__ = exc
            self.failure = failure
        else:
            log.error("after the session failed, %s failed too", what, exc_info=exc)
        if self._failed is not None and not self._failed.done():
            self._failed.set_result(None)

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

    async def _read(self, key: str, source: Source, inbox: asyncio.Queue[_Inbound]) -> None:
        """Hand every event of ``source`` to the session's inbox, then say that it ended (and why, if it failed).

        What the source raises is the source failing: reported in its place, after the events it yielded.
        A full inbox makes the source wait: a source never gets further ahead of the session than that.
        """
        failure: Exception | None = None
        try:
            async for event in source.events():
                await inbox.put((key, event))
        except Exception as exc:
            failure = exc
        await inbox.put((key, _Ended(source, failure)))

    async def _pump(self, inbox: asyncio.Queue[_Inbound], sources: int) -> None:
        """Judge and record what the sources hand in, in arrival order, until all ``sources`` have ended.

        Messages already waiting in the inbox (a burst, a backlog after a slow moment) are taken without
        awaiting, up to :data:`BATCH` of them, and judged together (Pipeline.evaluate_many: filter by filter,
        faster than one message at a time); a quiet chat still goes one message at a time. When the session's
        own work fails (judging, recording), the session stops, naming the source whose events it was handling.
        """
        ended = 0
        batch: list[ChatMessage] = []
        handling: dict[str, None] = {}  # the sources of the messages in ``batch`` and of the event being applied
        try:
            while ended < sources:
                key, item = await inbox.get()
                while True:
                    if isinstance(item, ChatMessage):
                        batch.append(item)
                        handling[key] = None
                        if len(batch) >= BATCH:
                            self._ingest_batch(batch)
                            handling.clear()
                            # A backlog never makes the pump wait: give the loop (the desk's keys and redraws,
                            # the sources) a turn after every full batch.
                            await asyncio.sleep(0)
                    else:
                        self._ingest_batch(batch)  # events keep their place between messages
                        handling.clear()
                        handling[key] = None
                        ended += self._take(item)
                        handling.clear()
                    try:
                        key, item = inbox.get_nowait()
                    except asyncio.QueueEmpty:
                        break
                self._ingest_batch(batch)
                handling.clear()
        except Exception as exc:
            self._fail(f"recording {', '.join(handling) or 'the sources'}", exc)

    def _take(self, item: SourceEvent | _Ended) -> int:
        """Apply one event from the inbox (not a message); 1 when it says a source ended, else 0."""
        if isinstance(item, _Ended):
            if item.failure is not None:
                self._source_failed(item.source, item.failure)
            return 1
        if isinstance(item, ConnectionEvent | PlatformEvent):
            self.observe(item)
        else:
            self.control(item)
        return 0

    def _drain(self, inbox: asyncio.Queue[_Inbound]) -> None:
        """Record what the sources handed in that the pump had not taken yet (the session is stopping)."""
        batch: list[ChatMessage] = []
        while not inbox.empty():
            _key, item = inbox.get_nowait()
            if isinstance(item, ChatMessage):
                batch.append(item)
                continue
            self._ingest_batch(batch)
            if not isinstance(item, _Ended):
                self._take(item)
        self._ingest_batch(batch)

    def _source_failed(self, source: Source, exc: Exception) -> None:
        log.error("source %s failed", source.key, exc_info=exc)
        self.observe(ConnectionEvent(source.key, ConnectionState.FAILED, _describe(exc)))

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

    def _record(self, message: ChatMessage, verdict: Verdict, *, recorded: bool = False) -> MessageRecord:
        """Record and publish a normalised, judged message (not a duplicate), and carry out an auto-hide.

        ``recorded``: the verdict is the one a recording kept (already with any ban evasion).
        """
        if self.sanctions and not recorded:
            verdict = self._evasion(message, verdict)
        standing = self.trust.on_message(message)
        if not recorded and (platform_hold(message) is not None or self._holds_first(message, verdict, standing)):
            # Held on the platform (Twitch AutoMod), or a newcomer's first message the policy holds: it waits
            # in the queue like the policy's own holds (a held message is a flagged one: see queries.missed).
            verdict = replace(verdict, decision=max(verdict.decision, Decision.HOLD, key=lambda d: d.rank))
        state = MessageState.VISIBLE
        escalation = None
        decision = verdict.decision
        if self.lockdown and verdict.severity is not None and verdict.severity >= Severity.WARN:
            author = message.author
            # The host and the brand's own moderators keep talking during a lockdown (trusted in the policy).
            if not self.pipeline.policy.is_trusted(author.id, author.name, author.roles):
                decision = max(decision, Decision.HOLD, key=lambda d: d.rank)
        if decision in (Decision.HOLD, Decision.ESCALATE, Decision.HIDE):
            state = MessageState.HELD
        if verdict.escalate or verdict.decision is Decision.ESCALATE:
            escalation = EscalationState.OPEN
        record = MessageRecord(self.store.next_seq(), message, verdict, state, escalation)
        if not recorded and state is MessageState.VISIBLE:
            self._wait_for_flags(record, standing)
        self.store.add_message(record)
        if ADVERSE_EVENT in verdict.categories:
            self.cases.intake(record, self.pipeline.policy)
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
            task = self._watched(
                self.actions.auto_hide(record.seq), f"auto-hide-{record.seq}", f"the automatic hide of #{record.seq}"
            )
            self._background.add(task)
            task.add_done_callback(self._background.discard)
        return record

    def _holds_first(
        self, message: ChatMessage, verdict: Verdict, standing: Standing | None, *, first: bool | None = None
    ) -> bool:
        """The policy's ``[trust] hold_first_message`` holds this message of a first-time chatter.

        ``first``: the platform flags it as the author's first message (by default: the message's own flags).
        """
        policy = self.pipeline.policy
        mode = policy.hold_first_message
        if mode == "off" or standing is None or not standing.first_time:
            return False
        author = message.author
        if policy.is_trusted(author.id, author.name, author.roles):
            return False
        if mode == "message":
            return is_first_message(message) if first is None else first
        if standing.link_held or "spam.link" not in verdict.categories:
            return False
        standing.link_held = True  # their first link: later ones are the moderator's call, as for anyone
        return True

    def _wait_for_flags(self, record: MessageRecord, standing: Standing | None) -> None:
        """Keep a message off the on-air view for ``[trust] flag_wait`` while a first-time flag that would hold it
        may still come on another copy (its source says whether one may: Twitch EventSub beside its IRC reader)."""
        policy = self.pipeline.policy
        mode = policy.hold_first_message
        if mode == "off" or policy.flag_wait <= 0:
            return
        m = record.message
        may_follow = getattr(self.sources.get(m.source), "flags_may_follow", None)
        if may_follow is None or not may_follow(m) or policy.is_trusted(m.author.id, m.author.name, m.author.roles):
            return
        known_new = standing is not None and standing.first_time
        if mode == "message" and known_new:
            return  # their first message was flagged already: a later one carries no flag to wait for
        if mode == "link" and ("spam.link" not in record.verdict.categories or (standing and standing.link_held)):
            return  # only a link would be held, and only their first one
        now = self.clock()
        waits = self._flag_waits
        while waits and next(iter(waits.values())) <= now:
            waits.popitem(last=False)
        waits[record.seq] = now + policy.flag_wait
        if len(waits) > FLAG_WAITS:
            waits.popitem(last=False)

    def flags_due(self, seq: int) -> float | None:
        """Until when message ``seq`` stays off the on-air view for a first-time flag that may still come (session
        clock); ``None`` when it does not wait (no flag to wait for, the other copy arrived, the wait is over, or
        someone decided on it meanwhile: a late flag no longer changes it)."""
        until = self._flag_waits.get(seq)
        if until is None:
            return None
        record = self.memory.record(seq)
        if until <= self.clock() or record is None or record.state is not MessageState.VISIBLE:
            del self._flag_waits[seq]
            return None
        return until

    def _other_copy(self, event: PlatformEvent) -> None:
        """The other copy of a message arrived: its wait for flags ends, and a first-time flag on it holds the
        message now when the policy would have held it on arrival (``hold`` by the policy, one entry).

        A message already held, approved or taken off, or one a moderator acted on, is left as it is; a replay or
        an import (no automatic actions) shows the hold the recording has, never a new one.
        """
        if not event.message_id:
            return
        key = (event.source, event.message_id)
        seq = self._seen.get(key)
        if seq is not None:
            self._flag_waits.pop(seq, None)
        if event.status != FIRST_TIME or not self.auto_actions:
            return
        seq = seq if seq is not None else self.store.seq_of(*key)
        record = self.record(seq) if seq is not None else None
        if record is None or record.state is not MessageState.VISIBLE or self._acted_on(record.seq):
            return
        standing = self.trust.of(record.message.source, record.message.author.id)
        if not self._holds_first(record.message, record.verdict, standing, first=True):
            return
        what = "message" if self.pipeline.policy.hold_first_message == "message" else "link"
        reason = f"policy: first {what} of a first-time chatter (the platform's flag came after the message)"
        self.actions.hold(record.seq, reason)

    def _acted_on(self, seq: int) -> bool:
        """A person already did something about message ``seq`` (a note aside): the policy does not overrule it."""
        return any(
            a.actor != POLICY_ACTOR and a.kind is not ActionKind.NOTE for a in self.store.actions(message_seq=seq)
        )

    def _evasion(self, message: ChatMessage, verdict: Verdict) -> Verdict:
        """``verdict`` with a ban-evasion finding when the author is banned or timed out (the policy's rule)."""
        author = message.author
        sanction = self.sanctions.of(message.source, author.id, message.received_at) or self.sanctions.of(
            message.source, author.name, message.received_at
        )
        via = ""
        if sanction is None and self.links:
            # One person's other account: a banned person posting from any of their linked accounts evades the ban.
            for account in self.links.linked(message.source, author.id):
                sanction = self.sanctions.of(account.source, account.author_id, message.received_at)
                if sanction is not None:
                    via = f" on linked account {account.describe()}"
                    break
        rule = self.pipeline.policy.rule(EVASION)
        if sanction is None or not rule.enabled:
            return verdict
        what = "banned" if sanction.until is None else "timed out"
        rule_id = "sanction.linked" if via else "sanction.active"
        finding = Finding(EVASION, rule.severity, 0, 0, rule_id, f"posted while {what}{via} (by {sanction.by})")
        severity = rule.severity if verdict.severity is None else max(verdict.severity, rule.severity)
        decision = max(verdict.decision, rule.decision, key=lambda d: d.rank)
        return replace(verdict, findings=(*verdict.findings, finding), severity=severity, decision=decision)

    def sanction_of(self, record: MessageRecord) -> Sanction | None:
        """The ban or timeout in force on the author of ``record`` now, if any."""
        if not self.sanctions:
            return None
        author = record.message.author
        return self.sanctions.of(record.message.source, author.id) or self.sanctions.of(
            record.message.source, author.name
        )

    def _remember(self, record: MessageRecord) -> None:
        self.memory.remember(record)

    def record(self, seq: int) -> MessageRecord | None:
        """The current record of a message (recent ones from memory, older from the store)."""
        return self.memory.record(seq)

    def observe(self, event: ConnectionEvent | PlatformEvent) -> None:
        """Record and publish a connection or platform event.

        A trust signal that says nothing (the other copy of a message, without a flag) only ends that message's
        wait for flags: it is neither recorded nor published.
        """
        if isinstance(event, PlatformEvent) and says_nothing(event):
            self._other_copy(event)
            return
        self.store.add_event(event)
        if isinstance(event, PlatformEvent):
            self.trust.on_event(event)
        if isinstance(event, PlatformEvent) and event.author_id and self.sanctions.on_event(event) is not None:
            self.actions.settle_sanctioned(event.source, event.author_id)
        if isinstance(event, PlatformEvent) and event.kind is PlatformEventKind.HOLD_RESOLVED:
            self._hold_resolved(event)
        if isinstance(event, PlatformEvent) and event.kind is PlatformEventKind.TRUST:
            self._other_copy(event)
        if isinstance(event, PlatformEvent):
            for record in self._removed_by(event):
                if record.state not in (MessageState.HIDDEN, MessageState.REMOVED):
                    record = replace(record, state=MessageState.REMOVED)
                    self.store.set_state(record.seq, MessageState.REMOVED)
                    self._remember(record)
                    self._publish(StateChange(record))
        self._publish(event)

    def _hold_resolved(self, event: PlatformEvent) -> None:
        """A message the platform held was decided there (another moderator, or it expired): the desk follows.

        Allowed is approved; denied or expired is removed. A message a moderator of this desk already decided
        keeps its state (the platform's update then only confirms it).
        """
        if not event.message_id:
            return
        seq = self._seen.get((event.source, event.message_id)) or self.store.seq_of(event.source, event.message_id)
        record = self.record(seq) if seq is not None else None
        if record is None or record.state is not MessageState.HELD:
            return
        state = MessageState.APPROVED if event.status == "allowed" else MessageState.REMOVED
        record = replace(record, state=state)
        self.store.set_state(record.seq, state)
        self._remember(record)
        self._publish(StateChange(record))

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
                r for r in self.memory.recent()
                if r.message.source == event.source and event.author_id in (r.message.author.id, r.message.author.name)
            ]  # fmt: skip
        if event.kind is PlatformEventKind.CLEARED:
            return [r for r in self.memory.recent() if r.message.source == event.source]
        return []

    def control(self, event: object) -> None:
        """Apply a control event a source yielded (replay's recorded messages, actions and seeks), then publish it.

        A control event has an ``apply_to(session)`` method; anything else is ignored with a log line.
        """
        apply = getattr(event, "apply_to", None)
        if not callable(apply):
            log.warning("ignoring unknown event %r", type(event).__name__)
            return
        apply(self)
        self._publish(event)  # type: ignore[arg-type]

    def start_over(self) -> None:
        """Start again from another point of a recording (replay after a seek).

        The session forgets the messages it has seen, their bans and the lockdown (a lifted lockdown
        is published), and a scratch store is emptied; what was in force at the new point comes next.
        """
        self.store.flush()
        self.memory.clear()
        self._seen.clear()
        self.counts = dict.fromkeys(self.counts, 0)
        was_locked = self.lockdown
        self.actions.forget()
        self.trust.clear()
        self.links.clear()
        self._flag_waits.clear()
        if self.store.scratch:
            self.store.reset()
        if was_locked:
            self._publish(LockdownChanged(False, self.moderator))

    # -- moderation actions: carried out by the session's action service ----------------------

    async def act(
        self, kind: ActionKind, seq: int, *, actor: str | None = None, reason: str = "", duration: int | None = None
    ) -> ActionRecord:
        """Carry out a moderator action on message ``seq`` and record it (durably) before returning."""
        return await self.actions.act(kind, seq, actor=actor, reason=reason, duration=duration)

    async def undo(self, seq: int, *, actor: str | None = None) -> ActionRecord:
        """Reverse the last action on message ``seq`` (within :data:`UNDO_GRACE`)."""
        return await self.actions.undo(seq, actor=actor)

    def undoable(self, seq: int) -> ActionRecord | None:
        """The last action on a message that undo would reverse, if still within the grace period."""
        return self.actions.undoable(seq)

    async def act_many(
        self,
        kind: ActionKind,
        seqs: Iterable[int],
        *,
        actor: str | None = None,
        reason: str = "",
        duration: int | None = None,
        concurrency: int = 8,
    ) -> list[ActionRecord]:
        """Carry out one action on several messages (all of an author's, a raid's), a few at a time.

        Each goes through :meth:`act` and is recorded on its own, so each can be undone on its own; a
        message that cannot be acted on is skipped and the others go on.
        """
        limit = asyncio.Semaphore(concurrency)
        done: list[ActionRecord] = []

        async def one(seq: int) -> None:
            async with limit:
                try:
                    done.append(await self.act(kind, seq, actor=actor, reason=reason, duration=duration))
                except ActionError as exc:
                    log.info("bulk %s skipped message %s: %s", kind.value, seq, exc)

        # Every action is attempted (each is recorded on its own); then an unexpected error is not left unseen.
        outcomes = await asyncio.gather(*(one(seq) for seq in dict.fromkeys(seqs)), return_exceptions=True)
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                raise outcome
        return sorted(done, key=lambda a: a.id)

    async def send_reply(self, seq: int, text: str, *, actor: str, reason: str) -> ActionRecord:
        """Post ``text`` on the platform as a reply to message ``seq`` and record it (see :class:`ActionService`)."""
        return await self.actions.send_reply(seq, text, actor=actor, reason=reason)

    def record_reply(self, kind: ActionKind, seq: int, *, actor: str, reason: str) -> ActionRecord:
        """Record a step of the reply workflow that sends nothing (queued, blocked, rejected)."""
        return self.actions.record_reply(kind, seq, actor=actor, reason=reason)

    def author_messages(self, source: str, author_id: str, *, active_only: bool = True) -> list[int]:
        """Sequence numbers of an author's messages in this session (still on the chat, by default)."""
        return self.actions.author_messages(source, author_id, active_only=active_only)

    async def set_lockdown(self, on: bool, *, actor: str | None = None) -> ActionRecord | None:
        """Hold every new message at or above warn until lifted, and switch the platforms' own controls as the
        policy's ``[lockdown]`` says (see :meth:`ActionService.set_lockdown`)."""
        return await self.actions.set_lockdown(on, actor=actor, plan=self.pipeline.policy.lockdown)

    def linked_accounts(self, source: str, author_id: str) -> list[Account]:
        """The other accounts a moderator linked to this one (the same person elsewhere)."""
        return self.links.linked(source, author_id)

    def find_accounts(self, wanted: str) -> list[Account]:
        """Accounts of this session whose id or name is ``wanted`` (``SOURCE NAME`` narrows to one source)."""
        wanted = wanted.strip()
        source, _, rest = wanted.partition(" ")
        known = {row.key for row in queries.sources(self.store)} if rest else set()
        if rest and source in known:
            return [Account(*found) for found in queries.authors_named(self.store, rest.strip()) if found[0] == source]
        return [Account(*found) for found in queries.authors_named(self.store, wanted)]

    def link_accounts(self, seq: int, other: Account, *, actor: str | None = None) -> ActionRecord:
        """Link the author of message ``seq`` to ``other`` (recorded); :class:`LinkError` when it cannot be."""
        record = self.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        m = record.message
        self.links.check(Account(m.source, m.author.id, m.author.name), other)
        return self.actions.record_link(seq, other, actor=actor)

    async def act_everywhere(
        self, kind: ActionKind, seq: int, *, actor: str | None = None, reason: str = "", duration: int | None = None
    ) -> ActionRecord:
        """Ban or time out the author of message ``seq`` on every linked account in one step (one recorded action,
        one outcome per platform; undo on the message lifts them all)."""
        record = self.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        accounts = self.links.linked(record.message.source, record.message.author.id)
        return await self.actions.act_everywhere(kind, seq, accounts, actor=actor, reason=reason, duration=duration)

    def plan_strike(self, seq: int) -> StrikePlan | None:
        """What the strike key would do to the author of message ``seq`` now (``None``: no ladder applies)."""
        record = self.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        m = record.message
        source = self.sources.get(m.source)
        capabilities = source.capabilities if source is not None else frozenset()
        actions = queries.author_actions(self.store, m.source, m.author.id)
        return plan_strike(self.pipeline.policy, record, actions, capabilities)

    async def strike(self, plan: StrikePlan, *, actor: str | None = None) -> ActionRecord:
        """Apply a planned strike (recorded with its reason; undo on the message reverts it)."""
        return await self.act(plan.kind, plan.seq, actor=actor, reason=plan.reason, duration=plan.duration)

    def absorb(self, action: ActionRecord) -> None:
        """Take in an action another process appended to this session's log (``castguard follow``)."""
        self.actions.absorb(action)

    def ingest_recorded(self, message: ChatMessage, verdict: Verdict) -> MessageRecord | None:
        """Record and publish a message with the verdict it was given when it was recorded (replay).

        Nothing judges it again, and nothing is added to that verdict (a ban evasion found live is
        already in it). ``None`` for a duplicate.
        """
        if message.key in self._seen:
            self.counts["duplicates"] += 1
            return None
        record = self._record(normalise(message), verdict, recorded=True)
        if self.store.pending >= 1000:
            self.store.flush()
        return record

    def apply_recorded_action(
        self, action: ActionRecord, message_key: tuple[str, str] | None, undone: ActionRecord | None = None
    ) -> ActionRecord | None:
        """Show an action taken in a recording as it happened, without performing it on any platform (replay).

        ``message_key`` is the (source, platform id) of the message it was taken on, ``undone`` the
        action an undo reversed. The action keeps its recorded time, actor, outcome and platform
        response; what it does to the message is what it did live (:func:`.transitions.effect`).
        ``None`` when the message is not in this session.
        """
        if action.kind is ActionKind.LOCKDOWN:
            return self.actions.apply_recorded(action, None, None, KEEP)
        seq = (self._seen.get(message_key) or self.store.seq_of(*message_key)) if message_key is not None else None
        record = self.record(seq) if seq is not None else None
        if record is None:
            return None
        if action.prev_state is None and action.kind is not ActionKind.UNDO:
            action = replace(action, prev_state=record.state)  # an older recording: the state it met here
        state, escalation = transitions.effect(action, undone)
        return self.actions.apply_recorded(action, seq, state, escalation)


def _loop_running() -> bool:
    """Whether there is a running event loop to start work on (ingest is also called without one)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _describe(exc: BaseException) -> str:
    """``Type: message`` of an error, on one line."""
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
