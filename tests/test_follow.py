"""Following a recording another process writes, and acknowledging escalations back into it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from castguard.engine import Session
from castguard.follow import ActionTail, FollowError, SessionTail
from castguard.model import ActionKind, ActionResult, EscalationState
from castguard.stats import SessionStats
from castguard.store import Store
from tests.conftest import chat


def escalating(session: Session, text: str = "I want to die tonight") -> int:
    record = session.ingest(chat(text, author="sad"))
    assert record is not None and record.escalation is EscalationState.OPEN
    return record.seq


async def test_follower_sees_messages_actions_and_lockdown_as_they_are_written(make_session) -> None:  # type: ignore[no-untyped-def]
    writer: Session = make_session()
    writer.ingest(chat("hello"))
    writer.store.flush()
    tail = SessionTail(writer.store.path, actor="producer")
    first = tail.start()
    assert [r.message.text for r in first.messages] == ["hello"]

    assert not tail.poll()  # nothing new
    seq = escalating(writer)
    writer.ingest(chat("thanks doctor"))
    assert not tail.poll().messages  # not committed yet: the engine flushes every few ms
    writer.store.flush()
    batch = tail.poll()
    assert [r.seq for r in batch.messages] == [seq, seq + 1]

    await writer.act(ActionKind.HIDE, seq + 1)
    writer.set_lockdown(True)
    batch = tail.poll()
    assert [a.kind for a in batch.actions] == [ActionKind.HIDE, ActionKind.LOCKDOWN]
    assert batch.lockdown is True and tail.lockdown
    assert [(r.seq, r.state.value) for r in batch.changed] == [(seq + 1, "hidden")]
    tail.close()


async def test_acknowledge_is_written_back_and_the_chain_stays_valid(make_session) -> None:  # type: ignore[no-untyped-def]
    writer: Session = make_session()
    seq = escalating(writer)
    other = writer.ingest(chat("hello"))
    assert other is not None
    await writer.act(ActionKind.APPROVE, other.seq)
    desk_tail = ActionTail(writer.store)

    tail = SessionTail(writer.store.path, actor="producer")
    tail.start()
    ack = tail.act(ActionKind.ACKNOWLEDGE, seq, reason="calling the crisis line")
    # The recording desk appends right after, from its own connection, which had not seen the follower's row.
    await writer.act(ActionKind.ESCALATE, other.seq, reason="second opinion")
    assert writer.store.verify_chain() is None
    assert tail.store.verify_chain() is None

    foreign = [a for a in desk_tail.poll() if a.actor != writer.moderator]
    assert [(a.id, a.kind) for a in foreign] == [(ack.id, ActionKind.ACKNOWLEDGE)]
    seen: list[object] = []
    writer.subscribe(seen.append)
    writer.absorb(foreign[0])
    record = writer.record(seq)
    assert record is not None and record.escalation is EscalationState.ACKNOWLEDGED
    assert any(getattr(u, "record", None) == record for u in seen)

    with pytest.raises(FollowError, match="already acknowledged"):
        tail.act(ActionKind.ACKNOWLEDGE, seq)
    plain = writer.ingest(chat("just a question"))
    assert plain is not None
    writer.store.flush()
    with pytest.raises(FollowError, match="not escalated"):
        tail.act(ActionKind.RESOLVE, plain.seq)
    with pytest.raises(FollowError, match="no message"):
        tail.act(ActionKind.ACKNOWLEDGE, 10_000)
    with pytest.raises(FollowError, match="not hide"):
        tail.act(ActionKind.HIDE, plain.seq)
    tail.close()


def test_two_writers_interleaving_keep_one_chain(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    a, b = Store(path), Store(path)
    for i in range(20):
        (a if i % 3 else b).add_action(actor=f"w{i % 2}", kind=ActionKind.NOTE, result=ActionResult.DONE, reason=str(i))
    assert a.verify_chain() is None
    hashes = [x.hash for x in a.actions()]
    assert len(set(hashes)) == 20
    a.close()
    b.close()


async def test_stats_from_a_followed_session(make_session) -> None:  # type: ignore[no-untyped-def]
    writer: Session = make_session()
    seq = escalating(writer)
    for i in range(5):
        writer.ingest(chat(f"message {i}"))
    writer.store.flush()
    tail = SessionTail(writer.store.path, actor="producer")
    stats = SessionStats()
    batch = tail.start()
    for r in batch.messages:
        stats.add_message(r)
    tail.act(ActionKind.ACKNOWLEDGE, seq)
    for action in tail.poll().actions:
        stats.add_action(action)
    snap = stats.snapshot(time.time())
    assert snap.total_rate == 6
    assert [(e.seq, e.state) for e in snap.escalations] == [(seq, EscalationState.ACKNOWLEDGED)]
    assert snap.escalations[0].acknowledged_by == "producer"
    tail.close()


async def test_old_escalations_come_with_the_start_even_outside_the_history(make_session, store: Store) -> None:  # type: ignore[no-untyped-def]
    writer: Session = make_session()
    old = writer.ingest(chat("I want to die", author="sad", at=time.time() - 3600))
    writer.ingest(chat("recent", at=time.time()))
    writer.store.flush()
    assert old is not None
    tail = SessionTail(store.path, actor="producer", history=60)
    batch = tail.start()
    assert [r.seq for r in batch.changed] == [old.seq]
    assert [r.message.text for r in batch.messages] == ["recent"]
    tail.close()
