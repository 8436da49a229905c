"""Moderation actions on recorded messages: act, undo, replies, lockdown and the policy's auto-hide.

:class:`ActionService` acts on the messages a :class:`castguard.session.engine.Session` ingested; the session
holds one (``session.actions``), built from the collaborators it needs: the store, the sources, the session's
message memory, its sanctions, a publish function and the clock. What an action does to a message (and what
undoing it does) is :mod:`castguard.session.transitions`.

An action is carried out on the platform when the message's source can do it (else on the desk only; its
intent is committed before the platform is asked, so a process killed during the call leaves a trace),
recorded durably in the store's action log, and published to the session's subscribers as an
:class:`~castguard.core.model.ActionRecord` and, when a message changed, a :class:`StateChange`.
:mod:`castguard.session.engine` re-exports the public names, and the rest of the project imports them from there.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

from castguard.connectors.base import LockdownSource, Replier, Source
from castguard.core.lockdown import Control, PlatformLock, format_response, saved_settings
from castguard.core.model import (
    PLATFORM_ACTIONS,
    POLICY_ACTOR,
    ActionKind,
    ActionOutcome,
    ActionRecord,
    ActionRequest,
    ActionResult,
    Author,
    MessageRecord,
    MessageState,
    platform_hold,
)
from castguard.session import queries
from castguard.session.links import (
    EVERYWHERE,
    Account,
    AccountLinks,
    everywhere_accounts,
    everywhere_response,
    follow_everywhere,
    is_everywhere,
)
from castguard.session.sanctions import Sanctions
from castguard.session.store import Store
from castguard.session.transitions import (
    KEEP,
    SANCTIONS,
    UNCHANGED,
    Escalation,
    inverse,
    settled_state,
    transition,
    undo_transition,
    unsettled_state,
)

log = logging.getLogger(__name__)

#: How long after an action it can still be undone (seconds).
UNDO_GRACE = 600.0
#: How long a platform may take to answer an action before it counts as failed.
ACTION_TIMEOUT = 15.0
#: How long a platform may take to switch its lockdown controls (a read and a few writes) or put them back.
LOCKDOWN_TIMEOUT = 2 * ACTION_TIMEOUT


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


class MessageMemory(Protocol):
    """The session's current records of its messages (recent ones in memory, older ones in the store)."""

    def record(self, seq: int) -> MessageRecord | None:
        """The current record of message ``seq``, or ``None`` if the session has none."""

    def remember(self, record: MessageRecord) -> None:
        """Keep ``record`` as the current record of its message."""


Publish = Callable[[ActionRecord | StateChange | LockdownChanged], None]
"""Hands an update to every subscriber of the session."""

#: Bans and timeouts whose settled messages are remembered for undo (far more than fit in the undo grace).
SETTLED_KEPT = 10_000

#: On a message the platform's filter holds, what each desk action asks of the platform: allow, or deny.
HOLD_DECISIONS: dict[ActionKind, ActionKind] = {
    ActionKind.APPROVE: ActionKind.APPROVE,
    ActionKind.HIDE: ActionKind.DELETE,
    ActionKind.DELETE: ActionKind.DELETE,
}


def held_on_platform(record: MessageRecord) -> bool:
    """The platform's own filter (Twitch AutoMod) still holds this message for a moderator's decision."""
    return record.state is MessageState.HELD and platform_hold(record.message) is not None


class ActionService:
    """What a moderator (or the policy) does to a session's messages.

    :class:`~castguard.session.engine.Session` holds one (``session.actions``) and offers its public methods.
    Every change of a message's state or escalation follows :mod:`castguard.session.transitions`.
    """

    def __init__(
        self,
        store: Store,
        sources: Mapping[str, Source],
        messages: MessageMemory,
        sanctions: Sanctions,
        publish: Publish,
        *,
        moderator: str,
        clock: Callable[[], float],
        lockdown: bool = False,
        links: AccountLinks | None = None,
    ) -> None:
        self.store = store
        self.sources = sources
        """The session's sources by key (the same mapping: a source added later is acted on too)."""
        self.messages = messages
        self.sanctions = sanctions
        self.publish = publish
        self.moderator = moderator
        """Who acts when no actor is given."""
        self.clock = clock
        self.lockdown = lockdown
        """Every new message at or above warn is held until a moderator decides."""
        self.links = links if links is not None else AccountLinks()
        """The session's linked accounts (a ``link`` action adds to them)."""
        self.gate: ActionGate | None = None
        """When set, every action on a message enters it first (the team host's claims)."""
        self._switching = asyncio.Lock()
        """One lockdown switch at a time: a switch-off restores what the switch-on before it saved."""
        self._settled: OrderedDict[int, tuple[tuple[int, MessageState], ...]] = OrderedDict()
        """By ban or timeout action id: the messages it settled and their states before (undo restores them)."""

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
        record = self.messages.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        actor = actor or self.moderator
        outcome = ActionOutcome(ActionResult.DONE)
        intent: int | None = None
        if kind in PLATFORM_ACTIONS or (kind is ActionKind.APPROVE and held_on_platform(record)):
            outcome, intent = await self._perform(kind, record, actor, reason, duration)
        change = UNCHANGED if outcome.result is ActionResult.FAILED else transition(kind, record.state)
        return self._commit(
            kind, record, actor, outcome, reason, duration, change.state, change.escalation, intent=intent
        )

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
        held = held_on_platform(record) and kind in HOLD_DECISIONS
        if held:
            # The platform's filter holds it: approve allows it there, hide or delete denies it.
            platform_kind = HOLD_DECISIONS[kind]
            if ActionKind.APPROVE not in source.capabilities:
                says = f"{source.platform} source cannot decide {platform_hold(record.message)}'s holds: desk only"
                return ActionOutcome(ActionResult.LOCAL, says), None
        elif kind is ActionKind.HIDE and ActionKind.HIDE not in source.capabilities:
            platform_kind = ActionKind.DELETE  # Twitch and YouTube cannot hide, only delete
        if platform_kind not in source.capabilities:
            return ActionOutcome(ActionResult.LOCAL, f"{source.platform} source cannot {kind.value}: desk only"), None
        request = ActionRequest(platform_kind, record.message, record.message.author, duration, reason, held=held)
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
        new_escalation: Escalation,
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
            escalation=(record.seq, new_escalation) if new_escalation is not KEEP else None,  # type: ignore[arg-type]
            intent=intent,
        )
        changed = record
        if new_state is not None:
            changed = replace(changed, state=new_state)
        if new_escalation is not KEEP:
            changed = replace(changed, escalation=new_escalation)  # type: ignore[arg-type]
        self.messages.remember(changed)
        self.publish(action)
        if changed is not record:
            self.publish(StateChange(changed))
        self._followed(action)
        return action

    def _followed(self, action: ActionRecord, *, settle: bool = True) -> None:
        """What else a recorded action changes in the session: a sanction imposed or lifted, and the messages
        it settles or gives back (``settle``: this session changes them; a follower only re-reads them)."""
        sanction = self.sanctions.on_action(action)
        linked = follow_everywhere(self.sanctions, action)
        if not settle or action.source is None or action.author_id is None:
            return
        if sanction is not None and sanction.action_id is not None:
            settled = self.settle_sanctioned(action.source, action.author_id)
            for source, author_id in linked:
                settled += self.settle_sanctioned(source, author_id)
            self._remember_settled(sanction.action_id, settled)
        elif action.kind is ActionKind.UNDO and action.result is not ActionResult.FAILED and action.undoes is not None:
            self._unsettle(self._settled.pop(action.undoes, ()))

    def settle_sanctioned(self, source: str, author_id: str) -> tuple[tuple[int, MessageState], ...]:
        """A ban or timeout landed: the author's messages still waiting for a moderator are settled.

        Returns the messages settled, each with its state before.
        """
        settled: list[tuple[int, MessageState]] = []
        for seq in self.author_messages(source, author_id):
            record = self.messages.record(seq)
            state = settled_state(record) if record is not None else None
            if record is not None and state is not None:
                settled.append((seq, record.state))
                self._set_state(record, state)
        return tuple(settled)

    def _remember_settled(self, action_id: int, settled: tuple[tuple[int, MessageState], ...]) -> None:
        if not settled:
            return
        self._settled[action_id] = settled
        if len(self._settled) > SETTLED_KEPT:
            self._settled.popitem(last=False)

    def _unsettle(self, settled: Iterable[tuple[int, MessageState]]) -> None:
        """An undone ban or timeout: the messages it settled go back (:func:`.transitions.unsettled_state`)."""
        for seq, before in settled:
            record = self.messages.record(seq)
            state = unsettled_state(record.state, before) if record is not None else None
            if record is not None and state is not None:
                self._set_state(record, state)

    def _set_state(self, record: MessageRecord, state: MessageState) -> None:
        changed = replace(record, state=state)
        self.store.set_state(record.seq, state)
        self.messages.remember(changed)
        self.publish(StateChange(changed))

    async def send_reply(self, seq: int, text: str, *, actor: str, reason: str) -> ActionRecord:
        """Post ``text`` on the platform as a reply to message ``seq`` and record it (``reason`` says what it is).

        The caller has screened the text (:mod:`castguard.session.replies`); like every platform action, the intent
        is committed before the platform is asked.
        """
        record = self.messages.record(seq)
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
        return self._commit(ActionKind.REPLY, record, actor, outcome, reason, None, None, KEEP, intent=intent)

    def record_reply(self, kind: ActionKind, seq: int, *, actor: str, reason: str) -> ActionRecord:
        """Record a step of the reply workflow that sends nothing (queued, blocked, rejected)."""
        record = self.messages.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        return self._commit(kind, record, actor, ActionOutcome(ActionResult.DONE), reason, None, None, KEEP)

    def undoable(self, seq: int) -> ActionRecord | None:
        """The last action on a message that undo would reverse, if still within the grace period."""
        undone = set()
        for action in reversed(self.store.actions(message_seq=seq)):
            if action.kind is ActionKind.UNDO:
                if action.undoes is not None:
                    undone.add(action.undoes)
                continue
            if action.id in undone or action.result is ActionResult.FAILED or not inverse(action.kind).undoable:
                continue  # a note, a reply (once sent it cannot be unsent)
            if self.clock() - action.at > UNDO_GRACE:
                return None
            return action
        return None

    async def undo(self, seq: int, *, actor: str | None = None) -> ActionRecord:
        """Reverse the last action on message ``seq`` (within :data:`UNDO_GRACE`)."""
        record = self.messages.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        target = self.undoable(seq)
        if target is None:
            raise ActionError("nothing to undo on this message")
        holder = platform_hold(record.message)
        decided = target.kind in HOLD_DECISIONS and target.prev_state is MessageState.HELD
        if holder and decided and target.result is ActionResult.DONE:
            # Allowed is posted and denied is gone: neither can be put back in the platform's queue.
            raise ActionError(f"{holder}'s decision cannot be taken back on the platform")
        outcome = ActionOutcome(ActionResult.DONE, f"reverses {target.kind.value} #{target.id}")
        reverse = inverse(target.kind)
        intent: int | None = None
        actor = actor or self.moderator
        if reverse.platform is not None and target.result is ActionResult.DONE:
            outcome, intent = await self._perform(reverse.platform, record, actor, f"undo #{target.id}", None)
            restored_locally = reverse.platform is ActionKind.UNHIDE and outcome.result is ActionResult.LOCAL
            if not reverse.platform_restores or restored_locally:
                outcome = ActionOutcome(
                    ActionResult.LOCAL, "a deleted message cannot be restored on the platform: restored on the desk"
                )
        if outcome.result is ActionResult.FAILED:
            return self._commit(ActionKind.UNDO, record, actor, outcome, "", None, None, KEEP, target.id, intent=intent)
        if is_everywhere(target) and target.result is not ActionResult.FAILED:
            outcome = await self._undo_everywhere(target, record, actor, outcome)
        change = undo_transition(target)
        return self._commit(
            ActionKind.UNDO,
            record,
            actor,
            outcome,
            f"undo {target.kind.value}",
            None,
            change.state,
            change.escalation,
            target.id,
            intent=intent,
        )

    async def _undo_everywhere(
        self, target: ActionRecord, record: MessageRecord, actor: str, own: ActionOutcome
    ) -> ActionOutcome:
        """Lift an everywhere ban or timeout on the linked accounts too; the undo's outcome, one line each."""
        main = Account(record.message.source, record.message.author.id, record.message.author.name)
        others = [
            Account(source, author_id)
            for source, author_id, result in everywhere_accounts(target.response)
            if (source, author_id) != main.key and result is not ActionResult.FAILED
        ]
        lifted = await asyncio.gather(
            *(self._perform_account(ActionKind.UNBAN, record.seq, a, actor, f"undo #{target.id}", None) for a in others)
        )
        lines = [
            (main, own.result, own.response),
            *((a, o.result, o.response) for a, o in zip(others, lifted, strict=True)),
        ]
        return ActionOutcome(own.result, everywhere_response(lines))

    async def act_everywhere(
        self,
        kind: ActionKind,
        seq: int,
        accounts: list[Account],
        *,
        actor: str | None = None,
        reason: str = "",
        duration: int | None = None,
    ) -> ActionRecord:
        """Ban or time out the author of message ``seq`` and each of ``accounts`` (their linked accounts) in one
        step: one recorded action whose response says what each platform did; undo lifts them all."""
        if kind not in SANCTIONS:
            raise ActionError(f"only a ban or a timeout applies everywhere, not {kind.value}")
        record = self.messages.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        actor = actor or self.moderator
        m = record.message
        main = Account(m.source, m.author.id, m.author.name)
        others = [a for a in accounts if a.key != main.key]
        performed = asyncio.ensure_future(self._perform(kind, record, actor, reason, duration))
        rest = await asyncio.gather(*(self._perform_account(kind, seq, a, actor, reason, duration) for a in others))
        outcome, intent = await performed
        lines = [(main, outcome.result, outcome.response)]
        lines += [(a, o.result, o.response) for a, o in zip(others, rest, strict=True)]
        results = {line[1] for line in lines}
        result = next(r for r in (ActionResult.DONE, ActionResult.LOCAL, ActionResult.FAILED) if r in results)
        change = UNCHANGED if result is ActionResult.FAILED else transition(kind, record.state)
        tagged = f"{reason} {EVERYWHERE}".strip()
        combined = ActionOutcome(result, everywhere_response(lines))
        return self._commit(
            kind, record, actor, combined, tagged, duration, change.state, change.escalation, intent=intent
        )

    async def _perform_account(
        self, kind: ActionKind, seq: int, account: Account, actor: str, reason: str, duration: int | None
    ) -> ActionOutcome:
        """Ask an account's platform to ban, time out or unban it (no message of theirs needed)."""
        source = self.sources.get(account.source)
        if source is None:
            return ActionOutcome(ActionResult.LOCAL, "source not connected in this session: desk only")
        if kind not in source.capabilities:
            return ActionOutcome(ActionResult.LOCAL, f"{source.platform} source cannot {kind.value}: desk only")
        author = Author(account.author_id, account.name or account.author_id)
        self.store.add_intent(
            actor=actor, kind=kind, message_seq=seq, source=source.key, author_id=account.author_id,
            reason=reason, duration=duration, at=self.clock(),
        )  # fmt: skip
        try:
            return await asyncio.wait_for(
                source.perform(ActionRequest(kind, None, author, duration, reason)), ACTION_TIMEOUT
            )
        except TimeoutError:
            return ActionOutcome(ActionResult.FAILED, f"{source.platform} did not answer within {ACTION_TIMEOUT:.0f}s")
        except Exception as exc:
            log.exception("action %s on %s failed", kind.value, source.key)
            return ActionOutcome(ActionResult.FAILED, f"{type(exc).__name__}: {exc}")

    def hold(self, seq: int, reason: str) -> ActionRecord:
        """Hold message ``seq`` on the desk as the policy, after it was shown (a first-time flag that came late).

        One entry in the action log, by the policy actor: an approve releases the message, undo puts it back.
        """
        record = self.messages.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        change = transition(ActionKind.HOLD, record.state)
        outcome = ActionOutcome(ActionResult.DONE, "held on the desk until a moderator approves it")
        return self._commit(
            ActionKind.HOLD, record, POLICY_ACTOR, outcome, reason, None, change.state, change.escalation
        )

    def record_link(self, seq: int, other: Account, *, actor: str | None = None) -> ActionRecord:
        """Record that the author of message ``seq`` and ``other`` are one person (a ``link`` action)."""
        record = self.messages.record(seq)
        if record is None:
            raise ActionError(f"no message #{seq} in this session")
        reason = f"linked to {other.describe()}"
        outcome = ActionOutcome(ActionResult.DONE, other.to_json())
        action = self._commit(ActionKind.LINK, record, actor or self.moderator, outcome, reason, None, None, KEEP)
        self.links.on_action(action, record.message.author.name)
        return action

    def absorb(self, action: ActionRecord) -> None:
        """Take in an action another process appended to this session's log (``castguard follow``).

        The message's state is re-read from the store, which that process updated in the same transaction.
        """
        if action.kind is ActionKind.LOCKDOWN:
            return  # lockdown is this desk's switch; a follower cannot change it
        record = self.messages.record(action.message_seq) if action.message_seq is not None else None
        stored = self.store.message(action.message_seq) if action.message_seq is not None else None
        self.publish(action)
        self._followed(action, settle=False)  # the other process already settled the messages it bans
        self.links.on_action(action)
        if record is not None and stored is not None:
            changed = replace(record, state=stored.state, escalation=stored.escalation)
            if changed != record:
                self.messages.remember(changed)
                self.publish(StateChange(changed))

    def author_messages(self, source: str, author_id: str, *, active_only: bool = True) -> list[int]:
        """Sequence numbers of an author's messages in this session (still on the chat, by default)."""
        self.store.flush()
        return queries.author_seqs(self.store, source, author_id, on_chat_only=active_only)

    async def set_lockdown(
        self, on: bool, *, actor: str | None = None, plan: Mapping[str, tuple[Control, ...]] | None = None
    ) -> ActionRecord | None:
        """Hold every new message at or above warn until lifted, and switch the platforms' own controls too.

        Switching on asks each connected source with controls of its own (:class:`LockdownSource`) to apply its
        platform's entry of ``plan`` (the policy's ``[lockdown]``), keeping the settings in force before;
        switching off puts back exactly those, as the last switch-on recorded them (a restarted desk too).
        The desk holds at once; the switch is recorded as one action whose response says what each platform
        did (a platform that refuses or fails does not stop the others). ``None`` when lockdown already was
        ``on`` (nothing is asked of the platforms twice).
        """
        async with self._switching:
            if on == self.lockdown:
                return None
            actor = actor or self.moderator
            at = self.clock()
            last_on = None if on else self.store.lockdown_switch_at(at)
            self.lockdown = on
            self.publish(LockdownChanged(on, actor))
            calls: dict[str, Awaitable[PlatformLock | tuple[ActionResult, str]]]
            if on:
                calls = {
                    s.key: s.lock((plan or {}).get(s.platform, ()))
                    for s in list(self.sources.values())
                    if isinstance(s, LockdownSource)
                }
            else:
                saved = saved_settings(last_on.response) if last_on is not None and last_on.reason == "on" else {}
                calls = {key: self._restore(key, before) for key, before in saved.items()}
            intent = None
            if calls:  # committed before any platform is asked, like every platform action
                intent = self.store.add_intent(
                    actor=actor, kind=ActionKind.LOCKDOWN, reason="on" if on else "off", at=at
                ).id
            outcomes = dict(
                zip(calls, await asyncio.gather(*(self._platform_lock(k, c) for k, c in calls.items())), strict=True)
            )
            done = any(
                (o.result if isinstance(o, PlatformLock) else o[0]) is ActionResult.DONE for o in outcomes.values()
            )
            # The desk holds whatever the platforms did: desk only when none of those asked did its part.
            result = ActionResult.DONE if done or not calls else ActionResult.LOCAL
            return self.store.add_action(
                actor=actor, kind=ActionKind.LOCKDOWN, result=result, reason="on" if on else "off",
                response=format_response(outcomes), at=at, intent=intent,
            )  # fmt: skip

    async def _restore(self, key: str, before: Mapping[str, Any]) -> tuple[ActionResult, str]:
        source = self.sources.get(key)
        if not isinstance(source, LockdownSource):
            return ActionResult.FAILED, "not connected in this session: its settings stay as lockdown left them"
        outcome = await source.unlock(before)
        return outcome.result, outcome.response

    async def _platform_lock(
        self, key: str, call: Awaitable[PlatformLock | tuple[ActionResult, str]]
    ) -> PlatformLock | tuple[ActionResult, str]:
        """One platform's part of a lockdown switch; a silent or failing platform is a failed outcome."""
        try:
            return await asyncio.wait_for(call, LOCKDOWN_TIMEOUT)
        except TimeoutError:
            return (
                ActionResult.FAILED,
                f"did not answer within {LOCKDOWN_TIMEOUT:.0f}s: check its settings on the platform",
            )
        except Exception as exc:
            log.exception("lockdown on %s failed", key)
            return ActionResult.FAILED, f"{type(exc).__name__}: {exc}"

    def forget(self) -> None:
        """Start over (replay after a seek): no lockdown, no sanction, nothing settled to give back."""
        self.lockdown = False
        self.sanctions.clear()
        self._settled.clear()

    async def auto_hide(self, seq: int) -> None:
        """Carry out the policy's automatic hide of message ``seq`` (as the policy actor)."""
        # A platform that refuses is a failed action, recorded by act(); an error escaping act() is the
        # session's own (the action log cannot be written) and stops the session (Session._watched).
        try:
            await self.act(ActionKind.HIDE, seq, actor=POLICY_ACTOR, reason="policy: auto-hide")
        except ActionError as exc:
            log.warning("auto-hide of message %s not attempted: %s", seq, exc)

    def apply_recorded(
        self, action: ActionRecord, seq: int | None, state: MessageState | None, escalation: Escalation
    ) -> ActionRecord | None:
        """Show an action taken in a recording as it happened, without performing it on any platform.

        ``seq`` is the message's sequence number in this session; ``state`` and ``escalation`` are what the
        action did (:func:`castguard.session.transitions.effect`; ``escalation=KEEP``: unchanged). The action
        keeps its recorded time, actor, outcome and platform response.
        """
        if action.kind is ActionKind.LOCKDOWN:
            on = action.reason == "on"
            self.lockdown = on
            recorded = self.store.add_action(
                actor=action.actor, kind=action.kind, result=action.result, reason=action.reason, at=action.at
            )
            self.publish(recorded)
            self.publish(LockdownChanged(on, action.actor))
            return recorded
        record = self.messages.record(seq) if seq is not None else None
        if record is None:
            return None
        outcome = ActionOutcome(action.result, action.response)
        if action.result is ActionResult.FAILED:
            state, escalation = None, KEEP
        return self._commit(
            action.kind, record, action.actor, outcome, action.reason, action.duration, state, escalation,
            action.undoes, at=action.at,
        )  # fmt: skip
