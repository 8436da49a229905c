"""The team desk's host: publishes the session to Redis and carries out the members' intents.

The host is a :class:`~castguard.session.engine.Service` of the session that runs the sources and filters, so it
is the only writer of the recording. Every update goes, encoded (:mod:`castguard.integrations.team.wire`), to an
outbox that a publisher drains to the session's stream (a pipeline of ``XADD`` per batch, then ``XTRIM …
MAXLEN ~ window``); a snapshot key (open queue, inbox, recent messages, claims, lockdown, counts, connection
states and the platform's standing controls) is refreshed for late joiners. A snapshot is taken at a position
of the stream: it holds every update queued before it and names the entry of the last of them, which the
publisher writes before any later one (under a sustained chat the outbox is never empty, so the snapshot is
taken at once and written as soon as that entry is out, rather than waiting for a quiet moment).

Intents are read through a consumer group. Each is carried out **once**: before the action its id is
claimed in Redis (``SET NX`` on ``castguard:SESSION:intent:ID``) and written to the recording as "started",
after it the outcome is written to both, and the intent is acknowledged (``XACK``) only then. An intent
the recording or Redis already knows is not carried out again: its outcome is published again (a
duplicate), or, when a host died in the middle of it, it is reported as "outcome unknown" rather than
risked twice, by a successor on the same machine (the recording) or on another one (Redis). Intents a
dead host read but never acknowledged are taken over with ``XAUTOCLAIM``.

When Redis is unreachable the host goes on alone (the session never waits for Redis): the outbox keeps
the newest updates, and when Redis is back a gap marker tells the members to resync from the snapshot.

The host publishes only while it holds the session's lease (:mod:`castguard.integrations.team.lease`),
renewed several times per lease. A host that finds the lease taken (another desk took over while this one was
cut off or stalled) stops publishing and reading intents, says so on its status line, and records alone;
one that stops on purpose marks the session ended and gives the lease up, so no standby takes over a show
that is over.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import socket
import time
import uuid
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from castguard.core.model import (
    ActionKind,
    ConnectionEvent,
    EscalationState,
    MessageRecord,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
)
from castguard.core.text import clean_text
from castguard.integrations.team.claims import ClaimTable, allowed, refusal
from castguard.integrations.team.lease import Hosting, Lease, encode_hosting
from castguard.integrations.team.link import (
    LEAVE_TIMEOUT,
    Keys,
    TeamLink,
    cancelled_inside,
    entry_text,
    finish,
    reconnect_backoff,
    redis_errors,
)
from castguard.integrations.team.redact import Redactor
from castguard.integrations.team.wire import (
    MAX_SNAPSHOT_RECORDS,
    Claim,
    Gap,
    Intent,
    Outcome,
    Snapshot,
    WireError,
    WireUpdate,
    decode_intent,
    encode_record,
    encode_snapshot,
    encode_update,
)
from castguard.session.actions import ActionError, StateChange
from castguard.session.engine import Session, SessionUpdate

log = logging.getLogger(__name__)

#: Stream entries kept (approximately): the window a member can fall behind by before it must resync.
WINDOW = 100_000
#: Updates the host keeps while Redis is unreachable (the newest; the rest is a gap).
OUTBOX = 50_000
#: Entries sent to Redis in one round trip at most.
PUBLISH_BATCH = 500
#: How often the snapshot is refreshed (seconds).
SNAPSHOT_INTERVAL = 1.0
#: Recent messages a snapshot carries besides the open queue and inbox.
SNAPSHOT_RECENT = 500
#: An intent read by a host that has not acknowledged it for this long is taken over (milliseconds).
RECLAIM_IDLE_MS = 10_000
#: Intents kept in the stream (approximately).
INTENTS_WINDOW = 10_000
#: Times per ``reclaim_idle_ms`` the host looks for intents a dead host left.
RECLAIMS = 4
#: Longest wait of one read of the intents stream (milliseconds): it returns as soon as an intent arrives.
INTENT_BLOCK_MS = 250
#: Platform events that say how a control stands (on until another says otherwise): the snapshot keeps the latest.
STANDING = frozenset({PlatformEventKind.SHIELD_MODE, PlatformEventKind.CHAT_SETTINGS})
#: Prefix of the recording's meta keys that remember intents.
INTENT_META = "team.intent."
#: How long Redis remembers an intent's claim and outcome (seconds): far longer than any intent waits.
INTENT_MEMORY = 12 * 3600
#: Longest intent record read back from Redis (characters).
MAX_INTENT_RECORD = 1200


@dataclass(frozen=True, slots=True)
class _Tracked:
    """A message the snapshot may carry, with its JSON (and its redacted JSON, when the host redacts)."""

    record: MessageRecord
    json: bytes
    redacted: bytes | None


class LeaseLost(Exception):
    """Another desk holds the session's lease: this one must not publish or carry out intents."""


class TeamHost:
    """Publishes a session to a team and carries out its members' intents (a session service)."""

    def __init__(
        self, session: Session, client: Any, keys: Keys, *, name: str, window: int = WINDOW,
        snapshot_interval: float = SNAPSHOT_INTERVAL, reclaim_idle_ms: int = RECLAIM_IDLE_MS,
        consumer: str | None = None, producer_can_ban: bool = False, clock: Callable[[], float] = time.time,
        lease: Lease | None = None, link: TeamLink | None = None, sources: Sequence[str] = (),
        source_options: dict[str, Any] | None = None, redactor: Redactor | None = None,
    ) -> None:  # fmt: skip
        self.session = session
        self.client = client
        self.keys = keys
        self.window = window
        self.snapshot_interval = snapshot_interval
        self.reclaim_idle_ms = reclaim_idle_ms
        self.consumer = consumer or f"{socket.gethostname()[:40]}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        """This host's name in the intents' consumer group."""
        self.producer_can_ban = producer_can_ban
        self.clock = clock
        self.lease = lease or Lease(client, keys.lease)
        """The session's lease, held while this desk hosts."""
        self.hosting = Hosting(
            token=self.lease.token, name=name, machine=socket.gethostname()[:255],
            recording=str(Path(session.store.path).resolve()), session_id=session.store.session_id,
            sources=tuple(sources), options=dict(source_options or {}), redact=redactor is not None,
        )  # fmt: skip
        """What this host publishes about itself for a successor (the sources it runs and their options)."""
        self._own_link = link is None
        self.link = link or TeamLink(client, keys, name=name, role="moderator", host=False, clock=clock)
        """This desk's presence (★ on the roster only while it holds the lease), the roster and the claims it shows."""
        self.claims = ClaimTable(on_change=self._claim_changed)
        session.actions.gate = self.claims
        self.redactor = redactor
        """With ``[team] redact``: what makes the observers' view (published beside the raw one)."""
        self.outbox: deque[tuple[bytes, bytes | None]] = deque()
        """Encoded updates waiting for Redis: the raw one, and the redacted one when there is a redactor."""
        self.lost = 0
        """Updates dropped from a full outbox since the last publish (a gap the members must hear about)."""
        self.published = 0
        """Stream entries written."""
        self.last_id = "0-0"
        """Id of the newest entry written to the stream."""
        self.last_redacted_id = "0-0"
        """Id of the newest entry written to the redacted stream."""
        self._queued = 0
        """Updates ever put in the outbox: the next one's position."""
        self._boundary: int | None = None
        """A snapshot waits for the updates before this position to be out (see :meth:`_write_snapshot`)."""
        self._boundary_ids: tuple[str, str] | None = None
        """The stream ids (raw, redacted) of the last update before the boundary, once it is out."""
        self._at_boundary = asyncio.Event()
        self.intents_done = 0
        self._wake = asyncio.Event()
        self._open: dict[int, _Tracked] = {}
        """Held and escalated messages (the queue and the inbox a late joiner needs)."""
        self._recent: OrderedDict[int, _Tracked] = OrderedDict()
        self._connections: dict[str, ConnectionEvent] = {}
        self._standing: dict[tuple[str, PlatformEventKind], PlatformEvent] = {}
        """The latest event of each standing control of each source (what a late joiner must know is on)."""
        self._dirty = True

    # -- the session's side (no awaiting) --------------------------------------------------------

    def on_update(self, update: SessionUpdate) -> None:
        """Queue ``update`` for the stream and keep what the snapshot needs."""
        if isinstance(update, MessageRecord | StateChange):
            # Each record is encoded once (and redacted once): the update and every snapshot that holds it reuse it.
            record = update.record if isinstance(update, StateChange) else update
            redacted = encode_record(self.redactor.message(record)) if self.redactor is not None else None
            tracked = _Tracked(record, encode_record(record), redacted)
            self._publish(update, tracked)
            self._track(tracked)
        else:
            self._publish(update)
        if isinstance(update, ConnectionEvent):
            self._connections[update.source] = update
        elif isinstance(update, PlatformEvent) and update.kind in STANDING:
            self._standing[(update.source, update.kind)] = update
        self._dirty = True

    def _publish(self, update: WireUpdate, tracked: _Tracked | None = None) -> None:
        if tracked is not None:
            data = encode_update(update, tracked.json)
            redacted = encode_update(update, tracked.redacted) if tracked.redacted is not None else None
        else:
            data = encode_update(update)
            redacted = encode_update(self.redactor.update(update)) if self.redactor is not None else None
        if data is None:
            return
        if len(self.outbox) >= OUTBOX:
            self.outbox.popleft()
            self.lost += 1
            if self._boundary is not None and self._head <= self._boundary:
                # An update the waiting snapshot holds will never be on the stream: that snapshot is void.
                self._boundary = None
                self._at_boundary.set()
        self.outbox.append((data, redacted))
        self._queued += 1
        self._wake.set()

    @property
    def _head(self) -> int:
        """Position of the oldest update still in the outbox (every one before it is out, or was dropped)."""
        return self._queued - len(self.outbox)

    def _claim_changed(self, claim: Claim) -> None:
        self.link.apply_claim(claim)
        self._publish(claim)

    def _track(self, tracked: _Tracked) -> None:
        record = tracked.record
        waiting = record.state is MessageState.HELD or record.escalation in (
            EscalationState.OPEN,
            EscalationState.ACKNOWLEDGED,
        )
        if waiting:
            self._open[record.seq] = tracked
        else:
            self._open.pop(record.seq, None)
        self._recent[record.seq] = tracked
        self._recent.move_to_end(record.seq)
        while len(self._recent) > SNAPSHOT_RECENT:
            self._recent.popitem(last=False)

    def _tracked(self) -> list[_Tracked]:
        """The snapshot's records (open ones and recent ones), in seq order."""
        tracked = {**self._open, **self._recent}
        return [tracked[s] for s in sorted(tracked)][-MAX_SNAPSHOT_RECORDS:]

    def snapshot(self, tracked: list[_Tracked] | None = None) -> Snapshot:
        """The state a member joining now starts from."""
        records = [t.record for t in (tracked if tracked is not None else self._tracked())]
        return Snapshot(
            stream_id=self.last_id, records=records, lockdown=self.session.lockdown,
            counts=dict(self.session.counts), claims=self.claims.active(),
            connections=list(self._connections.values()), at=self.clock(), platform=list(self._standing.values()),
        )  # fmt: skip

    # -- the service ------------------------------------------------------------------------------

    async def run(self) -> None:
        """Publish and carry out intents until cancelled; Redis outages are waited out, never raised."""
        errors = redis_errors()
        retry = reconnect_backoff()
        heartbeat = asyncio.ensure_future(self.link.run()) if self._own_link else None
        try:
            while True:
                try:
                    if await self.lease.acquire():
                        await self._host()
                        retry.reset()
                    else:
                        self.link.host = False
                        self.link.set_connected(True, "another desk hosts this session: recording alone")
                except* errors as failed:
                    error = failed.exceptions[0]
                    self.link.set_connected(False, f"Redis unreachable ({type(error).__name__}): going on alone")
                    log.warning("team: Redis unreachable: %s", error)
                except* LeaseLost:
                    self.link.host = False
                    self.link.set_connected(True, "another desk took over hosting: recording alone")
                    log.warning("team: another desk holds the session's lease: no longer publishing")
                await asyncio.sleep(retry.next_delay())
        finally:
            await finish(self._stop(heartbeat))

    async def _stop(self, heartbeat: asyncio.Future[None] | None) -> None:
        if heartbeat is not None:
            heartbeat.cancel()
            await asyncio.gather(heartbeat, return_exceptions=True)
        if self._own_link:
            await self.link.close(self._step_down)
        else:
            await self._step_down()

    async def _host(self) -> None:
        """Host while the lease holds: publish, carry out intents, refresh the snapshot and the lease."""
        self.link.host = True
        await self._setup()
        self.link.set_connected(True, "connected")
        # A task group: when one part loses Redis (or the lease) the others stop too, and all start again together.
        async with asyncio.TaskGroup() as group:
            group.create_task(self._publisher())
            group.create_task(self._intents())
            group.create_task(self._snapshots())
            group.create_task(self._keep_lease())

    async def _keep_lease(self) -> None:
        while True:
            await asyncio.sleep(self.lease.interval)
            cancelled_inside()
            if not await self.lease.renew():
                raise LeaseLost

    async def _step_down(self) -> None:
        """Stopping on purpose: mark the session ended and give the lease up (best effort, bounded)."""
        if not self.lease.held:
            return
        try:
            await asyncio.wait_for(self._mark_ended(), LEAVE_TIMEOUT)
        except Exception:
            log.debug("team: marking the session ended failed (the lease expires anyway)", exc_info=True)

    async def drain(self, timeout: float = 5.0) -> None:
        """Publish what is still in the outbox, in bounded time, then take this desk off the roster."""
        errors: tuple[type[Exception], ...] = (*redis_errors(), TimeoutError)
        try:
            await asyncio.wait_for(self._flush_all(), timeout)
        except errors:
            log.warning("team: %d update(s) not published at the end", len(self.outbox))
        await self.link.leave()

    async def _flush_all(self) -> None:
        while self.outbox:
            await self._publish_batch()
        await self._write_snapshot()

    async def _mark_ended(self) -> None:
        await self.client.set(self.keys.hosting, encode_hosting(replace(self.hosting, ended=True)))
        await self.lease.release()

    async def _setup(self) -> None:
        self.hosting = replace(self.hosting, token=self.lease.token, since=self.hosting.since or self.clock())
        await self.client.set(self.keys.hosting, encode_hosting(self.hosting))
        try:
            await self.client.xgroup_create(self.keys.intents, self.keys.group, id="0", mkstream=True)
        except Exception as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        if self.lost:
            # Updates were dropped while Redis was away: members cannot trust the stream for that stretch.
            lost, self.lost = self.lost, 0
            self._publish(Gap(lost))
        self._dirty = True

    async def _publisher(self) -> None:
        while True:
            cancelled_inside()
            if not self.outbox:
                self._wake.clear()
                await self._wake.wait()
            await self._publish_batch()

    async def _publish_batch(self) -> None:
        size = min(PUBLISH_BATCH, len(self.outbox))
        boundary = self._boundary
        if boundary is not None and self._head < boundary:
            size = min(size, boundary - self._head)  # a batch ends at a waiting snapshot's position
        batch = [self.outbox[i] for i in range(size)]
        if not batch:
            return
        # One round trip for the whole batch, and one trim per stream after it (a MAXLEN on every XADD costs the
        # client a third more per update for the same bound).
        pipe = self.client.pipeline(transaction=False)
        redacting = False
        for data, redacted in batch:
            pipe.xadd(self.keys.updates, {b"w": data})
            if redacted is not None:
                pipe.xadd(self.keys.redacted, {b"w": redacted})
                redacting = True
        pipe.xtrim(self.keys.updates, maxlen=self.window, approximate=True)
        if redacting:
            pipe.xtrim(self.keys.redacted, maxlen=self.window, approximate=True)
        start = self._head
        ids = iter((await pipe.execute())[: -2 if redacting else -1])
        # Only now are they out: an outage above leaves them in the outbox for the next try.
        for position, (_data, redacted) in enumerate(batch, start):
            self.outbox.popleft()
            self.last_id = entry_text(next(ids))
            if redacted is not None:
                self.last_redacted_id = entry_text(next(ids))
            if position + 1 == self._boundary:  # the last update a waiting snapshot holds (read now: it may be new)
                self._boundary_ids = (self.last_id, self.last_redacted_id)
                self._at_boundary.set()
        self.published += len(batch)

    async def _snapshots(self) -> None:
        while True:
            await asyncio.sleep(self.snapshot_interval)
            if self._dirty:
                await self._write_snapshot()

    async def _write_snapshot(self) -> None:
        """Take the snapshot now and write it once the stream holds every update it includes.

        The state is what every update queued so far made it, so the snapshot names the entry of the last of
        them: a member reads on from there and misses nothing, sees nothing twice. While some of them are
        still in the outbox, the publisher stops its batch at that position and says which entry it was.
        """
        self._dirty = False
        tracked = self._tracked()
        snapshot = self.snapshot(tracked)
        ids = (self.last_id, self.last_redacted_id)
        if self.outbox:
            self._boundary, self._boundary_ids = self._queued, None
            self._at_boundary.clear()
            self._wake.set()
            try:
                await self._at_boundary.wait()
            finally:
                self._boundary = None
            if self._boundary_ids is None:  # some of its updates were dropped (Redis away): the next one, then
                self._dirty = True
                return
            ids = self._boundary_ids
        snapshot = replace(snapshot, stream_id=ids[0])
        await self.client.set(self.keys.snapshot, encode_snapshot(snapshot, [t.json for t in tracked]))
        if self.redactor is not None:
            # The records' redacted JSON was made when they were published; the rest is redacted here.
            observed = replace(self.redactor.snapshot(replace(snapshot, records=[])), stream_id=ids[1])
            await self.client.set(self.keys.redacted_snapshot,
                                  encode_snapshot(observed, [t.redacted for t in tracked if t.redacted]))  # fmt: skip

    # -- intents ----------------------------------------------------------------------------------

    async def _intents(self) -> None:
        # First what this consumer read before and did not acknowledge, then what dead hosts left behind.
        await self._read_pending("0")
        reclaimed = -math.inf
        while True:
            cancelled_inside()
            # What a dead host left is looked for a few times per idle period, not on every intent: an
            # XAUTOCLAIM round trip before each read delayed every intent of a busy desk.
            now = time.monotonic()
            if now - reclaimed >= self.reclaim_idle_ms / 1000 / RECLAIMS:
                reclaimed = now
                await self._reclaim()
            got = await self.client.xreadgroup(
                self.keys.group, self.consumer, {self.keys.intents: ">"}, count=100, block=INTENT_BLOCK_MS
            )
            for _stream, entries in got or []:
                for entry_id, fields in entries:
                    await self._handle(entry_id, fields)

    async def _read_pending(self, start: str) -> None:
        got = await self.client.xreadgroup(self.keys.group, self.consumer, {self.keys.intents: start}, count=1000)
        for _stream, entries in got or []:
            for entry_id, fields in entries:
                await self._handle(entry_id, fields)

    async def _reclaim(self) -> None:
        reply = await self.client.xautoclaim(
            self.keys.intents, self.keys.group, self.consumer, min_idle_time=self.reclaim_idle_ms,
            start_id="0-0", count=100,
        )  # fmt: skip
        for entry_id, fields in reply[1] if reply and len(reply) > 1 else []:
            if fields is not None:  # an entry trimmed since it was read comes back empty
                await self._handle(entry_id, fields)

    async def _handle(self, entry_id: bytes, fields: dict[bytes, bytes] | None) -> None:
        try:
            intent = decode_intent((fields or {}).get(b"w", b""))
        except WireError as exc:
            log.warning("team: intent %r dropped: %s", entry_id, exc)
        else:
            await self.carry_out(intent)
        # Acknowledged only once the outcome is in the recording (carry_out wrote it).
        pipe = self.client.pipeline(transaction=False)
        pipe.xack(self.keys.intents, self.keys.group, entry_id)
        pipe.xtrim(self.keys.intents, maxlen=INTENTS_WINDOW, approximate=True)
        await pipe.execute()

    async def carry_out(self, intent: Intent) -> Outcome:
        """Carry out an intent once, record it, and publish its outcome (again, for a duplicate).

        Once means across hosts too: before the platform is called the intent is claimed in Redis (``SET NX``)
        as well as in the recording, and its outcome is written there after. A successor on another machine,
        which does not have this recording, finds the claim: an intent this host finished gets its outcome
        again, and one it was in the middle of when it died is reported as unknown, never carried out twice.
        """
        store = self.session.store
        key = INTENT_META + intent.id
        known = store.meta_value(key)
        if known is None:
            known = await self._claim(intent)
            if known is not None:
                store.set_meta(key, known)  # another host's word on it: this recording remembers it too
        if known is not None:
            outcome = _remembered(intent, known)
        else:
            store.set_meta(key, "started")
            outcome = await self._execute(intent)
            done = "" if outcome.action_id is None else str(outcome.action_id)
            known = done if outcome.ok else "refused:" + outcome.error
            store.set_meta(key, known)
            self.intents_done += 1
            await self.client.set(self.keys.intent(intent.id), known[:MAX_INTENT_RECORD], ex=INTENT_MEMORY)
        self._publish(outcome)
        return outcome

    async def _claim(self, intent: Intent) -> str | None:
        """Claim ``intent`` in Redis for this host; ``None`` when claimed now, else what another host recorded."""
        key = self.keys.intent(intent.id)
        if await self.client.set(key, "started", nx=True, ex=INTENT_MEMORY):
            return None
        raw = await self.client.get(key)
        if not isinstance(raw, bytes):
            return "started"  # claimed, and expired since: nobody can say what became of it
        # Hostile like everything in Redis: bounded, cleaned, and only the forms this module writes are believed.
        known = clean_text(raw[:MAX_INTENT_RECORD].decode("utf-8", "replace"), MAX_INTENT_RECORD)
        if known.isdigit() or known == "" or known.startswith("refused:"):
            return known
        return "started"

    async def _execute(self, intent: Intent) -> Outcome:
        if not allowed(intent.role, intent.kind, producer_can_ban=self.producer_can_ban):
            return Outcome(intent.id, intent.actor, False, error=refusal(intent.role, intent.kind))
        session = self.session
        try:
            if intent.kind is ActionKind.LOCKDOWN:
                await session.set_lockdown(intent.on, actor=intent.actor)
                return Outcome(intent.id, intent.actor, True, action_id=None)
            if intent.seq is None:
                return Outcome(intent.id, intent.actor, False, error=f"{intent.kind.value} needs a message")
            if intent.kind is ActionKind.NOTE:
                action = await session.act(ActionKind.NOTE, intent.seq, actor=intent.actor, reason=intent.reason)
            else:
                action = await session.act(
                    intent.kind, intent.seq, actor=intent.actor, reason=intent.reason, duration=intent.duration
                )
        except ActionError as exc:
            return Outcome(intent.id, intent.actor, False, error=str(exc))
        return Outcome(intent.id, intent.actor, True, action_id=action.id)


def _remembered(intent: Intent, known: str) -> Outcome:
    """The outcome of an intent the recording already knows."""
    if known.isdigit():
        return Outcome(intent.id, intent.actor, True, action_id=int(known))
    if known.startswith("refused:"):
        return Outcome(intent.id, intent.actor, False, error=known.removeprefix("refused:"))
    if known == "":
        return Outcome(intent.id, intent.actor, True)
    # "started": a host stopped in the middle of it. Carrying it out again could act twice on the platform.
    return Outcome(intent.id, intent.actor, False,
                   error="outcome unknown: the host stopped during this action; check the platform before "
                         "trying again")  # fmt: skip
