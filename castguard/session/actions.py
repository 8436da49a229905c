"""Moderation actions on recorded messages: act, undo, bulk actions, lockdown and the policy's auto-hide.

:class:`SessionActions` is the half of :class:`castguard.session.engine.Session` that acts on the messages its
other half ingested. An action is carried out on the platform when the message's source can do it (else
on the desk only; its intent is committed before the platform is asked, so a process killed
during the call leaves a trace), recorded durably in the store's action log, and published to the session's subscribers
as an :class:`~castguard.core.model.ActionRecord` and, when a message changed, a :class:`StateChange`.
:mod:`castguard.session.engine` re-exports the public names, and the rest of the project imports them from there.
"""

from __future__ import annotations

import asyncio
import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Protocol

from castguard.connectors.base import Replier, Source
from castguard.core.model import (
    PLATFORM_ACTIONS,
    POLICY_ACTOR,
    REPLY_ACTIONS,
    ActionKind,
    ActionOutcome,
    ActionRecord,
    ActionRequest,
    ActionResult,
    EscalationState,
    MessageRecord,
    MessageState,
)
from castguard.session import queries
from castguard.session.store import Store

log = logging.getLogger(__name__)

#: How long after an action it can still be undone (seconds).
UNDO_GRACE = 600.0
#: How long a platform may take to answer an action before it counts as failed.
ACTION_TIMEOUT = 15.0


@dataclass(frozen=True, slots=True)
class StateChange:
    """A message's state or escalation changed (after an action or a platform event)."""

    record: MessageRecord


@dataclass(frozen=True, slots=True)
class LockdownChanged:
    """Lockdown was switched on or off."""

    on: bool
    actor: str


class ActionError(Exception):
    """An action that cannot be attempted (unknown message, nothing to undo, another moderator's claim)."""


class ActionGate(Protocol):
    """What every action passes before it starts (the team desk's hard claims)."""

    def enter(self, kind: ActionKind, seq: int, actor: str) -> int:
        """Claim message ``seq`` for the action, or raise :class:`ActionError` saying who holds it."""

    def leave(self, seq: int, action: ActionRecord | None) -> None:
        """The action on ``seq`` ended (``action`` recorded, or ``None`` when it was not attempted)."""


class SessionActions(ABC):
    """What a moderator (or the policy) does to a session's messages.

    :class:`~castguard.session.engine.Session` inherits it.

    The session provides the attributes and the three methods declared below; its ingestion half
    starts :meth:`_auto_hide` when the policy decides to hide a message.
    """

    store: Store
    sources: dict[str, Source]
    moderator: str
    clock: Callable[[], float]
    lockdown: bool
    gate: ActionGate | None = None
    """When set, every action on a message enters it first (the team host's claims)."""

    @abstractmethod
    def record(self, seq: int) -> MessageRecord | None:
        """The current record of message ``seq``, or ``None`` if this session has none."""

    @abstractmethod
    def _remember(self, record: MessageRecord) -> None:
        """Keep ``record`` as the current record of its message."""

    @abstractmethod
    def _followed(self, action: ActionRecord, *, settle: bool = True) -> None:
        """After an action is recorded and published: what else it changes in the session (bans).

        ``settle``: the session may change other messages' states because of it.
        """

    @abstractmethod
    def _publish(self, update: ActionRecord | StateChange | LockdownChanged) -> None:
        """Hand ``update`` to every subscriber."""

    async def act(
        self,
        kind: ActionKind,
        seq: int,
        *,
        actor: str | None = None,
        reason: str = "",
        duration: int | None = None,
    ) -> ActionRecord:
        """Carry out a moderator action on message ``seq`` and record it (durably) before returning."""
        if self.gate is None:
            return await self._act(kind, seq, actor=actor, reason=reason, duration=duration)
        self.gate.enter(kind, seq, actor or self.moderator)
        action: ActionRecord | None = None
        try:
            action = await self._act(kind, seq, actor=actor, reason=reason, duration=duration)
        finally:
            self.gate.leave(seq, action)
        return action

    async def _act(
        self, kind: ActionKind, seq: int, *, actor: str | None, reason: str, duration: int | None
    ) -> ActionRecord:
        if kind is ActionKind.UNDO:
            return await self.undo(seq, actor=actor)
        record = self.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        actor = actor or self.moderator
        outcome = ActionOutcome(ActionResult.DONE)
        new_state: MessageState | None = None
        new_escalation: EscalationState | bool | None = False  # False: unchanged
        intent: int | None = None
        if kind in PLATFORM_ACTIONS:
            outcome, intent = await self._perform(kind, record, actor, reason, duration)
        if outcome.result is not ActionResult.FAILED:
            if kind in (ActionKind.HIDE, ActionKind.DELETE):
                new_state = MessageState.HIDDEN
            elif kind is ActionKind.UNHIDE or kind is ActionKind.APPROVE:
                new_state = MessageState.APPROVED
            elif kind is ActionKind.ESCALATE:
                new_escalation = EscalationState.OPEN
                if record.state is MessageState.VISIBLE:
                    new_state = MessageState.HELD
            elif kind is ActionKind.ACKNOWLEDGE:
                new_escalation = EscalationState.ACKNOWLEDGED
            elif kind is ActionKind.RESOLVE:
                new_escalation = EscalationState.RESOLVED
        return self._commit(kind, record, actor, outcome, reason, duration, new_state, new_escalation, intent=intent)

    async def _perform(
        self, kind: ActionKind, record: MessageRecord, actor: str, reason: str, duration: int | None
    ) -> tuple[ActionOutcome, int | None]:
        """Ask the message's platform to act; the outcome and the id of the intent committed first.

        The intent is durable before the platform is called: if the process dies during the call,
        the recording still says what was asked (and that its outcome is unknown).
        """
        source = self.sources.get(record.message.source)
        if source is None:
            local = "source not connected in this session: applied on the desk only"
            return ActionOutcome(ActionResult.LOCAL, local), None
        platform_kind = kind
        if kind is ActionKind.HIDE and ActionKind.HIDE not in source.capabilities:
            platform_kind = ActionKind.DELETE  # Twitch and YouTube cannot hide, only delete
        if platform_kind not in source.capabilities:
            return ActionOutcome(ActionResult.LOCAL, f"{source.platform} source cannot {kind.value}: desk only"), None
        request = ActionRequest(platform_kind, record.message, record.message.author, duration, reason)
        intent = self.store.add_intent(
            actor=actor, kind=platform_kind, message_seq=record.seq, source=source.key,
            author_id=record.message.author.id, reason=reason, duration=duration, at=self.clock(),
        )  # fmt: skip
        try:
            return await asyncio.wait_for(source.perform(request), ACTION_TIMEOUT), intent.id
        except TimeoutError:
            silent = f"{source.platform} did not answer within {ACTION_TIMEOUT:.0f}s"
            return ActionOutcome(ActionResult.FAILED, silent), intent.id
        except Exception as exc:
            log.exception("action %s on %s failed", kind.value, source.key)
            return ActionOutcome(ActionResult.FAILED, f"{type(exc).__name__}: {exc}"), intent.id

    def _commit(
        self,
        kind: ActionKind,
        record: MessageRecord,
        actor: str,
        outcome: ActionOutcome,
        reason: str,
        duration: int | None,
        new_state: MessageState | None,
        new_escalation: EscalationState | bool | None,
        undoes: int | None = None,
        at: float | None = None,
        intent: int | None = None,
    ) -> ActionRecord:
        action = self.store.add_action(
            actor=actor,
            kind=kind,
            result=outcome.result,
            message_seq=record.seq,
            source=record.message.source,
            author_id=record.message.author.id,
            reason=reason,
            duration=duration,
            response=outcome.response,
            undoes=undoes,
            prev_state=record.state,
            at=self.clock() if at is None else at,
            state=(record.seq, new_state) if new_state is not None else None,
            escalation=(record.seq, new_escalation) if new_escalation is not False else None,  # type: ignore[arg-type]
            intent=intent,
        )
        changed = record
        if new_state is not None:
            changed = replace(changed, state=new_state)
        if new_escalation is not False:
            changed = replace(changed, escalation=new_escalation)  # type: ignore[arg-type]
        self._remember(changed)
        self._publish(action)
        if changed is not record:
            self._publish(StateChange(changed))
        self._followed(action)
        return action

    async def send_reply(self, seq: int, text: str, *, actor: str, reason: str) -> ActionRecord:
        """Post ``text`` on the platform as a reply to message ``seq`` and record it (``reason`` says what it is).

        The caller has screened the text (:mod:`castguard.session.replies`); like every platform action, the intent
        is committed before the platform is asked.
        """
        record = self.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        source = self.sources.get(record.message.source)
        intent: int | None = None
        if source is None:
            outcome = ActionOutcome(ActionResult.FAILED, "source not connected in this session: reply not sent")
        elif ActionKind.REPLY not in source.capabilities or not isinstance(source, Replier):
            outcome = ActionOutcome(ActionResult.FAILED, f"{source.platform} source cannot send replies: not sent")
        else:
            intent = self.store.add_intent(
                actor=actor, kind=ActionKind.REPLY, message_seq=seq, source=source.key,
                author_id=record.message.author.id, reason=reason, at=self.clock(),
            ).id  # fmt: skip
            try:
                outcome = await asyncio.wait_for(source.reply(record.message, text), ACTION_TIMEOUT)
            except TimeoutError:
                silent = f"{source.platform} did not answer within {ACTION_TIMEOUT:.0f}s"
                outcome = ActionOutcome(ActionResult.FAILED, silent)
            except Exception as exc:
                log.exception("reply on %s failed", source.key)
                outcome = ActionOutcome(ActionResult.FAILED, f"{type(exc).__name__}: {exc}")
        return self._commit(ActionKind.REPLY, record, actor, outcome, reason, None, None, False, intent=intent)

    def record_reply(self, kind: ActionKind, seq: int, *, actor: str, reason: str) -> ActionRecord:
        """Record a step of the reply workflow that sends nothing (queued, blocked, rejected)."""
        record = self.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        return self._commit(kind, record, actor, ActionOutcome(ActionResult.DONE), reason, None, None, False)

    def undoable(self, seq: int) -> ActionRecord | None:
        """The last action on a message that undo would reverse, if still within the grace period."""
        undone = set()
        for action in reversed(self.store.actions(message_seq=seq)):
            if action.kind is ActionKind.UNDO:
                if action.undoes is not None:
                    undone.add(action.undoes)
                continue
            if action.id in undone or action.result is ActionResult.FAILED or action.kind is ActionKind.NOTE:
                continue
            if action.kind in REPLY_ACTIONS:  # a reply once sent cannot be unsent
                continue
            if self.clock() - action.at > UNDO_GRACE:
                return None
            return action
        return None

    async def undo(self, seq: int, *, actor: str | None = None) -> ActionRecord:
        """Reverse the last action on message ``seq`` (within :data:`UNDO_GRACE`)."""
        record = self.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        target = self.undoable(seq)
        if target is None:
            raise ActionError("nothing to undo on this message")
        outcome = ActionOutcome(ActionResult.DONE, f"reverses {target.kind.value} #{target.id}")
        inverse = {
            ActionKind.HIDE: ActionKind.UNHIDE,
            ActionKind.DELETE: ActionKind.UNHIDE,
            ActionKind.TIMEOUT: ActionKind.UNBAN,
            ActionKind.BAN: ActionKind.UNBAN,
        }.get(target.kind)
        intent: int | None = None
        actor = actor or self.moderator
        if inverse is not None and target.result is ActionResult.DONE:
            outcome, intent = await self._perform(inverse, record, actor, f"undo #{target.id}", None)
            if target.kind is ActionKind.DELETE or (
                inverse is ActionKind.UNHIDE and outcome.result is ActionResult.LOCAL
            ):
                outcome = ActionOutcome(
                    ActionResult.LOCAL, "a deleted message cannot be restored on the platform: restored on the desk"
                )
        if outcome.result is ActionResult.FAILED:
            return self._commit(
                ActionKind.UNDO, record, actor, outcome, "", None, None, False, target.id, intent=intent
            )
        new_escalation: EscalationState | bool | None = False
        if target.kind is ActionKind.ESCALATE:
            new_escalation = None
        elif target.kind in (ActionKind.ACKNOWLEDGE, ActionKind.RESOLVE):
            new_escalation = (
                EscalationState.OPEN if target.kind is ActionKind.ACKNOWLEDGE else EscalationState.ACKNOWLEDGED
            )
        return self._commit(
            ActionKind.UNDO,
            record,
            actor,
            outcome,
            f"undo {target.kind.value}",
            None,
            target.prev_state,
            new_escalation,
            target.id,
            intent=intent,
        )

    def absorb(self, action: ActionRecord) -> None:
        """Take in an action another process appended to this session's log (``castguard follow``).

        The message's state is re-read from the store, which that process updated in the same transaction.
        """
        if action.kind is ActionKind.LOCKDOWN:
            return  # lockdown is this desk's switch; a follower cannot change it
        record = self.record(action.message_seq) if action.message_seq is not None else None
        stored = self.store.message(action.message_seq) if action.message_seq is not None else None
        self._publish(action)
        self._followed(action, settle=False)  # the other process already settled the messages it bans
        if record is not None and stored is not None:
            changed = replace(record, state=stored.state, escalation=stored.escalation)
            if changed != record:
                self._remember(changed)
                self._publish(StateChange(changed))

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

        Each action is recorded on its own, so each can be undone on its own; a message that cannot be
        acted on is skipped and the others go on.
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

    def author_messages(self, source: str, author_id: str, *, active_only: bool = True) -> list[int]:
        """Sequence numbers of an author's messages in this session (still on the chat, by default)."""
        self.store.flush()
        return queries.author_seqs(self.store, source, author_id, on_chat_only=active_only)

    def set_lockdown(self, on: bool, *, actor: str | None = None) -> None:
        """Hold every new message at or above warn until lifted (recorded in the action log)."""
        self.lockdown = on
        actor = actor or self.moderator
        self.store.add_action(
            actor=actor,
            kind=ActionKind.LOCKDOWN,
            result=ActionResult.DONE,
            reason="on" if on else "off",
            at=self.clock(),
        )
        self._publish(LockdownChanged(on, actor))

    async def _auto_hide(self, seq: int) -> None:
        # A platform that refuses is a failed action, recorded by act(); an error escaping act() is the
        # session's own (the action log cannot be written) and stops the session (Session._watched).
        try:
            await self.act(ActionKind.HIDE, seq, actor=POLICY_ACTOR, reason="policy: auto-hide")
        except ActionError as exc:
            log.warning("auto-hide of message %s not attempted: %s", seq, exc)
