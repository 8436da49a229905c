"""A member of the team desk: the same session, fed from the host's stream, acting through intents.

:class:`MemberSession` is a :class:`~castguard.session.engine.Session` with no sources: the desk subscribes to it
and draws it exactly as it draws the host's. Its store is a private mirror (a temporary file) of what the
stream brought, so search and the author card work over the stream's window; the recording itself is the
host's. An action is an :class:`~castguard.integrations.team.wire.Intent` on the intents stream; :meth:`act` waits
for its outcome, which the host publishes to every desk.

On start, and whenever the link comes back after an outage, the member reads from where it stopped; when
the stream no longer holds that point (trimmed, or the host reported a gap) it starts again from the
snapshot and says so: a member that fell behind is told, never silently short.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from castguard.core.model import (
    ActionKind,
    ActionRecord,
    ConnectionEvent,
    ConnectionState,
    EscalationState,
    MessageRecord,
    PlatformEvent,
)
from castguard.core.policy import Policy
from castguard.integrations.team.claims import allowed, refusal
from castguard.integrations.team.link import (
    Keys,
    TeamLink,
    cancelled_inside,
    entry_text,
    finish,
    reconnect_backoff,
    redis_errors,
    stream_for,
)
from castguard.integrations.team.wire import (
    Claim,
    Gap,
    Intent,
    Outcome,
    WireError,
    decode_snapshot,
    decode_update,
    encode_intent,
    stream_id_key,
)
from castguard.session.actions import ActionError, LockdownChanged, StateChange
from castguard.session.engine import Session
from castguard.session.store import Store

log = logging.getLogger(__name__)

#: How long a member waits for the host to carry out an intent (seconds).
INTENT_TIMEOUT = 20.0
#: How often an observer looks for a host that says whether it redacts (seconds).
HOST_WAIT = 0.5
#: Entries read from the stream per round trip at most.
READ_BATCH = 1000
#: Intents kept on the intents stream (approximately).
INTENTS_WINDOW = 10_000


class _PolicyOnly:
    """What a member's session needs of a pipeline: the policy (the host judges the messages)."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy

    def reload(self, policy: Policy) -> None:
        self.policy = policy


class MemberSession(Session):
    """The session as a member desk sees it: read from the team's stream, acted on through intents."""

    def __init__(
        self, client: Any, keys: Keys, policy: Policy, *, moderator: str, role: str = "moderator",
        clock: Callable[[], float] = time.time, mirror_dir: Path | None = None, intent_timeout: float = INTENT_TIMEOUT,
        producer_can_ban: bool = False, standby: Callable[[Any, TeamLink], Awaitable[None]] | None = None,
    ) -> None:  # fmt: skip
        self._tmp = None if mirror_dir is not None else tempfile.TemporaryDirectory(prefix="castguard-member-")
        folder = mirror_dir if mirror_dir is not None else Path(self._tmp.name)  # type: ignore[union-attr]
        # Personal data crosses the wire: the mirror is owner-only (Store) and removed when the desk closes.
        super().__init__(Store(folder / f"{keys.session}.mirror.db"), _PolicyOnly(policy), (),  # type: ignore[arg-type]
                         moderator=moderator, clock=clock, auto_actions=False)  # fmt: skip
        self.client = client
        self.keys = keys
        self.role = role
        self.intent_timeout = intent_timeout
        self.producer_can_ban = producer_can_ban
        self.link = TeamLink(client, keys, name=moderator, role=role, host=False, clock=clock)
        """This desk's presence, and the roster and claims it shows."""
        self.standby = standby
        """With ``join --standby``: stands by for the host and hosts the session in this process once it is gone
        (given this desk's client and link: the roster then shows this desk as the host)."""
        self.stream, self.snapshot_key = keys.updates, keys.snapshot
        """The view this desk reads (an observer's is the redacted one when the host publishes it)."""
        self.last_id = "0-0"
        """The last stream entry applied."""
        self.last_seq = 0
        self.resyncs = 0
        """Times the member started again from the snapshot after falling behind or an outage."""
        self.applied = 0
        self._waiting: dict[str, asyncio.Future[Outcome]] = {}
        self._asked: set[asyncio.Task[Outcome]] = set()  # lockdown requests on their way (the loop holds tasks weakly)
        self._actions: dict[int, ActionRecord] = {}
        self._ready = asyncio.Event()

    # -- what the desk calls ---------------------------------------------------------------------

    async def act(
        self, kind: ActionKind, seq: int, *, actor: str | None = None, reason: str = "", duration: int | None = None
    ) -> ActionRecord:
        """Ask the host to carry out ``kind`` on message ``seq``; the action as the host recorded it."""
        outcome = await self.intend(Intent(uuid.uuid4().hex, actor or self.moderator, self.role, kind, seq, reason,
                                           duration))  # fmt: skip
        if not outcome.ok or outcome.action_id is None:
            raise ActionError(outcome.error or f"{kind.value} #{seq} was not carried out")
        # The action itself comes on the stream before its outcome (the host publishes both in order).
        action = self._actions.get(outcome.action_id)
        if action is None:
            raise ActionError(f"{kind.value} #{seq} done by the host (action #{outcome.action_id})")
        return action

    async def undo(self, seq: int, *, actor: str | None = None) -> ActionRecord:
        """Ask the host to undo the last action on message ``seq``."""
        return await self.act(ActionKind.UNDO, seq, actor=actor)

    async def set_lockdown(self, on: bool, *, actor: str | None = None) -> ActionRecord | None:
        """Ask the host to switch lockdown (the change shows when the host has made it): ``None`` at once."""
        if not allowed(self.role, ActionKind.LOCKDOWN):
            raise ActionError(refusal(self.role, ActionKind.LOCKDOWN))
        intent = Intent(uuid.uuid4().hex, actor or self.moderator, self.role, ActionKind.LOCKDOWN, on=on)
        task = asyncio.get_running_loop().create_task(self.intend(intent))
        self._asked.add(task)
        task.add_done_callback(self._answered)
        return None

    def _answered(self, task: asyncio.Task[Outcome]) -> None:
        self._asked.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            log.warning("team: the lockdown request failed: %s", error)

    def absorb(self, action: ActionRecord) -> None:
        """Nothing to absorb: every action comes on the stream."""

    async def intend(self, intent: Intent) -> Outcome:
        """Put ``intent`` on the intents stream and wait for its outcome."""
        if intent.kind is not ActionKind.LOCKDOWN and not allowed(
            self.role, intent.kind, producer_can_ban=self.producer_can_ban
        ):
            raise ActionError(refusal(self.role, intent.kind))
        if not self.link.connected:
            raise ActionError("not connected to the team: the action was not sent")
        waiter = asyncio.get_running_loop().create_future()
        self._waiting[intent.id] = waiter
        self.link.touch()
        try:
            await self.client.xadd(self.keys.intents, {b"w": encode_intent(intent)}, maxlen=INTENTS_WINDOW,
                                   approximate=True)  # fmt: skip
            return await asyncio.wait_for(waiter, self.intent_timeout)
        except TimeoutError:
            raise ActionError(f"the host did not answer within {self.intent_timeout:.0f}s") from None
        except redis_errors() as exc:
            raise ActionError(f"the team is unreachable ({type(exc).__name__}): not sent") from None
        finally:
            self._waiting.pop(intent.id, None)

    # -- running ---------------------------------------------------------------------------------

    async def run(self) -> None:
        """Follow the stream until cancelled; Redis outages are shown and waited out."""
        errors = redis_errors()
        heartbeat = asyncio.ensure_future(self.link.run())
        flusher = asyncio.ensure_future(self._flush_loop())
        background: list[asyncio.Future[Any]] = [heartbeat, flusher]
        if self.standby is not None:
            successor = asyncio.ensure_future(self.standby(self.client, self.link))
            successor.add_done_callback(self._standby_ended)
            background.append(successor)
        retry = reconnect_backoff()
        try:
            while True:
                try:
                    await self._catch_up()
                    self.link.set_connected(True, "connected")
                    retry.reset()
                    await self._follow()
                except errors as exc:
                    cancelled_inside()
                    self.link.set_connected(False, f"disconnected ({type(exc).__name__}): will resync")
                    await asyncio.sleep(retry.next_delay())
        finally:
            await finish(self._stop(*background))

    async def _stop(self, *tasks: asyncio.Future[Any]) -> None:
        tasks += tuple(self._asked)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        # Off the roster first: the others see it at once, while the private mirror's flush is local work.
        try:
            await self.link.close()
        finally:
            self.store.flush()

    def _standby_ended(self, task: asyncio.Future[None]) -> None:
        if task.cancelled():
            return
        error = task.exception()
        detail = f"this desk stopped hosting: {error}" if error is not None else "this desk stopped hosting"
        log.warning("team: %s", detail, exc_info=error)
        self._publish(ConnectionEvent("team", ConnectionState.FAILED, detail[:500]))

    async def wait_ready(self) -> None:
        """Until the first catch-up is done."""
        await self._ready.wait()

    async def _catch_up(self) -> None:
        """Start from where this desk stopped, or from the snapshot when the stream no longer holds that point."""
        while (stream := await stream_for(self.client, self.keys, self.role)) is None:
            self.link.set_connected(True, "waiting for a host")
            await asyncio.sleep(HOST_WAIT)
        if stream != self.stream:
            self.stream, self.snapshot_key = self.keys.view(stream == self.keys.redacted)
            self.last_id = "0-0"  # another stream: its ids say nothing of this one
        first = await self.client.xrange(self.stream, count=1)
        first_id = first[0][0].decode() if first else None
        behind = self.last_id == "0-0" or (first_id is not None and stream_id_key(first_id) > stream_id_key(
            self.last_id))  # fmt: skip
        if behind:
            await self._resync(told=self.last_id != "0-0")
        self._ready.set()

    async def _resync(self, *, told: bool) -> None:
        raw = await self.client.get(self.snapshot_key)
        if raw is None:
            return  # a fresh session: everything is still on the stream
        try:
            snap = decode_snapshot(raw)
        except WireError as exc:
            log.warning("team: snapshot refused: %s", exc)
            self._publish(ConnectionEvent("team", ConnectionState.FAILED, f"the host's snapshot was refused: {exc}"))
            return
        for record in snap.records:
            self._apply(StateChange(record) if record.seq <= self.last_seq else record)
        for claim in snap.claims:
            self.link.apply_claim(claim)
        for event in snap.connections:
            self._publish(event)
        for standing in snap.platform:  # Shield Mode and chat settings as the host last saw them
            self._publish(standing)
        if snap.lockdown != self.lockdown:
            self._apply(LockdownChanged(snap.lockdown, "host"))
        self.counts.update({k: v for k, v in snap.counts.items() if k in self.counts})
        if stream_id_key(snap.stream_id) > stream_id_key(self.last_id):
            self.last_id = snap.stream_id
        if told:
            self.resyncs += 1
            self._publish(ConnectionEvent("team", ConnectionState.RECONNECTING,
                                          "fell behind the team stream: resynced from the host's snapshot "
                                          "(messages in between are in the host's recording)"))  # fmt: skip

    async def _follow(self) -> None:
        while True:
            cancelled_inside()
            got = await self.client.xread({self.stream: self.last_id}, count=READ_BATCH, block=500)
            for _stream, entries in got or []:
                for entry_id, fields in entries:
                    self.last_id = entry_text(entry_id)
                    try:
                        update = decode_update((fields or {}).get(b"w", b""))
                    except WireError as exc:
                        log.warning("team: entry %s refused: %s", self.last_id, exc)
                        continue
                    if isinstance(update, Gap):
                        await self._resync(told=True)
                        continue
                    self._apply(update)
            if self.store.pending >= 1000:
                self.store.flush()

    def _apply(self, update: object) -> None:
        """Take in one update from the host: mirror it, then hand it to the desk."""
        self.applied += 1
        if isinstance(update, MessageRecord):
            if update.seq <= self.last_seq:
                update = StateChange(update)  # seen already (a snapshot after an outage): a change, not a new row
            else:
                self.last_seq = update.seq
                self.store.add_message(update)
                self._remember(update)
                self.counts["messages"] += 1
                if update.verdict.flagged:
                    self.counts["flagged"] += 1
                self._publish(update)
                return
        if isinstance(update, StateChange):
            self.store.flush()
            known = self.record(update.record.seq)
            if known is None:
                self.store.add_message(update.record)
            else:
                self.store.set_state(update.record.seq, update.record.state)
            self._remember(update.record)
            self._publish(update)
        elif isinstance(update, ActionRecord):
            self._actions[update.id] = update
            if len(self._actions) > 10_000:
                self._actions.pop(next(iter(self._actions)))
            self._mirror_action(update)
            self._publish(update)
        elif isinstance(update, ConnectionEvent | PlatformEvent):
            self._publish(update)
        elif isinstance(update, LockdownChanged):
            self.lockdown = update.on
            self._publish(update)
        elif isinstance(update, Claim):
            self.link.apply_claim(update)
        elif isinstance(update, Outcome):
            waiter = self._waiting.get(update.intent)
            if waiter is not None and not waiter.done():
                waiter.set_result(update)

    def _mirror_action(self, action: ActionRecord) -> None:
        """Keep the host's action in the mirror (the detail pane and the author card read it there)."""
        escalation: tuple[int, EscalationState | None] | None = None
        record = self.record(action.message_seq) if action.message_seq is not None else None
        if record is not None:
            escalation = (record.seq, record.escalation)
        self.store.add_action(
            actor=action.actor, kind=action.kind, result=action.result, message_seq=action.message_seq,
            source=action.source, author_id=action.author_id, reason=action.reason, duration=action.duration,
            response=action.response, undoes=action.undoes, prev_state=action.prev_state, at=action.at,
            escalation=escalation,
        )  # fmt: skip

    def close(self) -> None:
        """Close and remove the mirror."""
        try:
            self.store.close()
        finally:
            if self._tmp is not None:
                self._tmp.cleanup()
