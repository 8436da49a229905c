"""One action state machine: every action on a message in every state ends as the transition table says,
live, undone, followed and replayed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from castguard.core.model import (
    ActionKind,
    ActionRecord,
    ActionResult,
    EscalationState,
    MessageRecord,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
)
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.follow import SessionTail
from castguard.session.replay import RecordingReader, ReplayController, ReplaySource
from castguard.session.store import Store
from castguard.session.transitions import (
    INVERSES,
    KEEP,
    TABLE,
    Escalation,
    Transition,
    effect,
    inverse,
    settled_state,
    transition,
    undo_transition,
    unsettled_state,
)
from tests.conftest import FakeSource, chat

H, V, A, X, R = (MessageState.HELD, MessageState.VISIBLE, MessageState.APPROVED, MessageState.HIDDEN,
                 MessageState.REMOVED)  # fmt: skip
OPEN, ACK, DONE = EscalationState.OPEN, EscalationState.ACKNOWLEDGED, EscalationState.RESOLVED

#: What the product promises, written out by hand: kind → {prior state: (state after, escalation after)}.
#: ``None`` state: unchanged; KEEP escalation: unchanged.
EXPECTED: dict[ActionKind, dict[MessageState, tuple[MessageState | None, Escalation]]] = {
    ActionKind.HIDE: dict.fromkeys(MessageState, (X, KEEP)),
    ActionKind.DELETE: dict.fromkeys(MessageState, (X, KEEP)),
    ActionKind.UNHIDE: dict.fromkeys(MessageState, (A, KEEP)),
    ActionKind.APPROVE: dict.fromkeys(MessageState, (A, KEEP)),
    ActionKind.ESCALATE: {V: (H, OPEN), H: (None, OPEN), A: (None, OPEN), X: (None, OPEN), R: (None, OPEN)},
    ActionKind.ACKNOWLEDGE: dict.fromkeys(MessageState, (None, ACK)),
    ActionKind.RESOLVE: dict.fromkeys(MessageState, (None, DONE)),
    # A late hold takes a message off air; one already held, approved or taken off keeps its state.
    ActionKind.HOLD: {V: (H, KEEP), H: (None, KEEP), A: (None, KEEP), X: (None, KEEP), R: (None, KEEP)},
    **{
        kind: dict.fromkeys(MessageState, (None, KEEP))
        for kind in (
            ActionKind.TIMEOUT,
            ActionKind.BAN,
            ActionKind.UNBAN,
            ActionKind.WARN,
            ActionKind.NOTE,
            ActionKind.LOCKDOWN,
            ActionKind.REPLY,
            ActionKind.REPLY_QUEUED,
            ActionKind.REPLY_BLOCKED,
            ActionKind.REPLY_REJECTED,
            ActionKind.PIN,
            ActionKind.UNPIN,
            ActionKind.LINK,
        )
    },
}

#: Undoing an action of each kind: (what the platform is asked, escalation after, the sanction lifted).
EXPECTED_UNDO: dict[ActionKind, tuple[ActionKind | None, Escalation, bool] | None] = {
    ActionKind.HIDE: (ActionKind.UNHIDE, KEEP, False),
    ActionKind.DELETE: (ActionKind.UNHIDE, KEEP, False),
    ActionKind.UNHIDE: (None, KEEP, False),
    ActionKind.APPROVE: (None, KEEP, False),
    ActionKind.ESCALATE: (None, None, False),
    ActionKind.ACKNOWLEDGE: (None, OPEN, False),
    ActionKind.RESOLVE: (None, ACK, False),
    ActionKind.TIMEOUT: (ActionKind.UNBAN, KEEP, True),
    ActionKind.BAN: (ActionKind.UNBAN, KEEP, True),
    ActionKind.UNBAN: (None, KEEP, False),
    ActionKind.WARN: (None, KEEP, False),
    ActionKind.HOLD: (None, KEEP, False),
    **dict.fromkeys(
        (
            ActionKind.UNDO,
            ActionKind.NOTE,
            ActionKind.LOCKDOWN,
            ActionKind.REPLY,
            ActionKind.REPLY_QUEUED,
            ActionKind.REPLY_BLOCKED,
            ActionKind.REPLY_REJECTED,
            ActionKind.PIN,
            ActionKind.UNPIN,
            ActionKind.LINK,
        ),
        None,
    ),
}

#: Kinds a moderator takes on one message through ``session.act`` (undo, lockdown and replies have their own paths).
MESSAGE_ACTIONS = [
    ActionKind.HIDE, ActionKind.DELETE, ActionKind.UNHIDE, ActionKind.APPROVE, ActionKind.ESCALATE,
    ActionKind.ACKNOWLEDGE, ActionKind.RESOLVE, ActionKind.TIMEOUT, ActionKind.BAN, ActionKind.UNBAN,
    ActionKind.WARN, ActionKind.NOTE,
]  # fmt: skip

LINK = "check out statin-truth.info/exposed for the truth"  # held by the default policy
CAPS = "THIS CLINIC KILLS PATIENTS BOYCOTT NOW"  # flagged, left on air


def test_the_table_covers_every_kind_but_undo_in_every_state() -> None:
    kinds = {kind for kind in ActionKind if kind is not ActionKind.UNDO}
    assert set(TABLE) == {(kind, state) for kind in kinds for state in MessageState}
    assert set(EXPECTED) == kinds  # a new kind needs a decision here too
    assert set(INVERSES) == set(ActionKind) == set(EXPECTED_UNDO)
    with pytest.raises(ValueError, match="undo"):
        transition(ActionKind.UNDO, MessageState.VISIBLE)


@pytest.mark.parametrize("kind", [k for k in ActionKind if k is not ActionKind.UNDO], ids=str)
@pytest.mark.parametrize("prior", list(MessageState), ids=str)
def test_each_action_in_each_state_ends_as_promised(kind: ActionKind, prior: MessageState) -> None:
    found = transition(kind, prior)
    assert (found.state, found.escalation) == EXPECTED[kind][prior]
    assert found.settles_author is (kind in (ActionKind.BAN, ActionKind.TIMEOUT))
    assert found.opens_escalation is (kind is ActionKind.ESCALATE)
    assert found.closes_escalation is (kind is ActionKind.RESOLVE)
    # What a recording says the action did is the same table.
    recorded = _action(kind, prior)
    assert effect(recorded, None) == EXPECTED[kind][prior]
    assert effect(_action(kind, prior, result=ActionResult.FAILED), None) == (None, KEEP)


@pytest.mark.parametrize("kind", list(ActionKind), ids=str)
@pytest.mark.parametrize("prior", list(MessageState), ids=str)
def test_undo_of_each_action_restores_the_state_before_it(kind: ActionKind, prior: MessageState) -> None:
    reverse = inverse(kind)
    expected = EXPECTED_UNDO[kind]
    if expected is None:
        assert not reverse.undoable
        return
    platform, escalation, lifts = expected
    assert reverse.undoable and reverse.platform is platform and reverse.lifts_sanction is lifts
    assert reverse.escalation == escalation
    assert reverse.platform_restores is (kind is not ActionKind.DELETE)
    target = _action(kind, prior)
    assert undo_transition(target) == Transition(prior, escalation)
    assert effect(_action(ActionKind.UNDO, EXPECTED[kind][prior][0] or prior, undoes=target.id), target) == (
        prior,
        escalation,
    )


def test_a_recording_without_the_prior_state_changes_only_what_every_state_would() -> None:
    older = _action(ActionKind.ESCALATE, None)
    assert effect(older, None) == (None, OPEN)  # held only if it was on air: unknown, so left alone
    assert effect(_action(ActionKind.HIDE, None), None) == (X, KEEP)


@pytest.mark.parametrize(
    ("state", "flagged", "escalation", "settled"),
    [
        (H, True, None, R), (V, True, None, R), (V, False, None, None), (A, True, None, None),
        (X, True, None, None), (R, True, None, None), (H, True, OPEN, None), (V, True, ACK, None),
    ],
)  # fmt: skip
def test_a_sanction_settles_only_messages_still_waiting_for_a_moderator(
    state: MessageState, flagged: bool, escalation: EscalationState | None, settled: MessageState | None
) -> None:
    message = chat(CAPS if flagged else "hello", author="troll")
    verdict = Pipeline(load_policy()).evaluate(message)
    assert verdict.flagged is flagged
    assert settled_state(MessageRecord(1, message, verdict, state, escalation)) is settled
    assert unsettled_state(R, state) is state  # undone: back to what it was
    assert unsettled_state(A, state) is None  # unless a moderator decided on it since


# -- the live session follows the table --------------------------------------------------------------------


@pytest.mark.parametrize("kind", MESSAGE_ACTIONS, ids=str)
@pytest.mark.parametrize("prior", list(MessageState), ids=str)
async def test_the_session_acts_and_undoes_as_the_table_says(
    tmp_path: Path, kind: ActionKind, prior: MessageState
) -> None:
    session = _session(tmp_path)
    record = await _in_state(session, prior)
    before = session.record(record.seq)
    assert before is not None and before.state is prior

    action = await session.act(kind, record.seq, duration=60 if kind is ActionKind.TIMEOUT else None)
    assert action.result is not ActionResult.FAILED
    change = transition(kind, prior)
    after = session.record(record.seq)
    assert after is not None
    if kind not in (ActionKind.BAN, ActionKind.TIMEOUT):  # a sanction may settle the message itself: below
        assert after.state is (change.state or prior)
    assert after.escalation == (before.escalation if change.escalation is KEEP else change.escalation)

    if not inverse(kind).undoable:
        return
    undo = await session.undo(record.seq)
    assert undo.undoes == action.id
    undone = session.record(record.seq)
    assert undone is not None and undone.state is prior  # exactly the state before the action
    expected_escalation = inverse(kind).escalation
    assert undone.escalation == (after.escalation if expected_escalation is KEEP else expected_escalation)
    session.store.flush()
    stored = session.store.message(record.seq)
    assert stored is not None and (stored.state, stored.escalation) == (undone.state, undone.escalation)


@pytest.mark.parametrize("kind", [ActionKind.BAN, ActionKind.TIMEOUT], ids=str)
async def test_undoing_a_ban_or_timeout_gives_back_the_messages_it_settled(tmp_path: Path, kind: ActionKind) -> None:
    session = _session(tmp_path)
    held = [session.ingest(chat(LINK + f" {i}", author="troll")) for i in range(2)]
    flagged = session.ingest(chat(CAPS, author="troll"))
    calm = session.ingest(chat("hello", author="troll"))
    approved = session.ingest(chat(LINK + " !", author="troll"))
    await session.act(ActionKind.APPROVE, approved.seq)
    decided_later = session.ingest(chat(LINK + " ?", author="troll"))
    someone_else = session.ingest(chat(LINK, author="someone_else"))
    waiting = [*held, flagged, decided_later]

    ban = await session.act(kind, calm.seq, duration=600 if kind is ActionKind.TIMEOUT else None)
    assert [_state(session, r) for r in waiting] == [R, R, R, R]
    await session.act(ActionKind.APPROVE, decided_later.seq)  # a moderator decided on one after the ban

    undo = await session.undo(calm.seq)

    assert calm is not None and undo.undoes == ban.id and session.sanction_of(calm) is None
    assert [_state(session, r) for r in (*held, flagged)] == [H, H, V]  # back in the queue, as before the ban
    assert _state(session, decided_later) is A  # the decision taken since stands
    assert _state(session, approved) is A and _state(session, calm) is V and _state(session, someone_else) is H
    session.store.flush()
    assert [session.store.message(r.seq).state for r in (*held, flagged)] == [H, H, V]
    asked = [r.kind for r in session.sources["fake"].requests]  # type: ignore[attr-defined]
    assert asked == [kind, ActionKind.UNBAN]


async def test_an_undone_ban_is_followed_and_replayed_as_it_happened(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    live = _session(tmp_path, path=path)
    held = [live.ingest(chat(LINK + f" {i}", author="troll")) for i in range(3)]
    assert all(r is not None for r in held)
    live.store.flush()
    tail = SessionTail(path, actor="producer")
    tail.start()

    await live.act(ActionKind.BAN, held[0].seq)
    batch = tail.poll()
    assert {r.seq: r.state for r in batch.changed} == {r.seq: R for r in held}
    await live.undo(held[0].seq)
    batch = tail.poll()
    assert {r.seq: r.state for r in batch.changed} == {r.seq: H for r in held}
    tail.close()
    live.store.flush()

    original = Store(path, readonly=True)
    source = ReplaySource(original, controller=ReplayController(RecordingReader(original), speed=None))
    replay = Session(Store(Store.MEMORY), source.pipeline(original.recorded_policy() or load_policy()), [source],
                     auto_actions=False)  # fmt: skip
    await asyncio.wait_for(replay.run(), 30)
    replayed = [replay.record(replay.store.seq_of(r.message.source, r.message.id) or 0) for r in held]
    assert [r.state if r is not None else None for r in replayed] == [H, H, H]
    assert [(r.state, r.escalation) for r in original.messages()] == [(H, None)] * 3


# -- helpers ---------------------------------------------------------------------------------------------------


def _action(
    kind: ActionKind, prior: MessageState | None, *, result: ActionResult = ActionResult.DONE, undoes: int | None = None
) -> ActionRecord:
    return ActionRecord(
        id=7 if undoes is None else undoes + 1, at=1.0, actor="alex", kind=kind, result=result, message_seq=1,
        source="fake", author_id="troll", reason="", duration=None, response="", undoes=undoes, prev_state=prior,
    )  # fmt: skip


def _session(tmp_path: Path, *, path: Path | None = None) -> Session:
    return Session(Store(path or tmp_path / "s.db"), Pipeline(load_policy()), [FakeSource("fake")],
                   moderator="alex", flush_interval=0.01)  # fmt: skip


async def _in_state(session: Session, state: MessageState) -> MessageRecord:
    """A flagged message brought to ``state`` the way the desk gets it there."""
    if state is MessageState.VISIBLE:
        return session.ingest(chat(CAPS, author="troll"))  # type: ignore[return-value]
    record = session.ingest(chat(LINK, author="troll", msg_id="m1"))
    assert record is not None and record.state is MessageState.HELD
    if state is MessageState.APPROVED:
        await session.act(ActionKind.APPROVE, record.seq)
    elif state is MessageState.HIDDEN:
        await session.act(ActionKind.HIDE, record.seq)
    elif state is MessageState.REMOVED:
        session.observe(PlatformEvent("fake", PlatformEventKind.DELETED, message_id="m1"))
    return record


def _state(session: Session, record: MessageRecord | None) -> MessageState:
    assert record is not None
    found = session.record(record.seq)
    assert found is not None
    return found.state
