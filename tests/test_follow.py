"""Following a recording another process writes, and acknowledging escalations back into it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from castguard.core.model import (
    ActionKind,
    ActionResult,
    ConnectionEvent,
    ConnectionState,
    EscalationState,
    MessageRecord,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
)
from castguard.session.engine import Session
from castguard.session.follow import ActionTail, FollowError, SessionTail
from castguard.session.stats import SessionStats
from castguard.session.store import Store
from tests.conftest import MakeSession, chat


def escalating(session: Session, text: str = "I want to die tonight") -> int:
    record = session.ingest(chat(text, author="sad"))
    assert record is not None and record.escalation is EscalationState.OPEN
    return record.seq


async def test_follower_sees_messages_actions_and_lockdown_as_they_are_written(make_session: MakeSession) -> None:
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
    await writer.set_lockdown(True)
    batch = tail.poll()
    assert [a.kind for a in batch.actions] == [ActionKind.HIDE, ActionKind.LOCKDOWN]
    assert batch.lockdown is True and tail.lockdown
    assert [(r.seq, r.state.value) for r in batch.changed] == [(seq + 1, "hidden")]
    tail.close()


async def test_acknowledge_is_written_back_and_the_chain_stays_valid(make_session: MakeSession) -> None:
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


async def test_stats_from_a_followed_session(make_session: MakeSession) -> None:
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


async def test_old_escalations_come_with_the_start_even_outside_the_history(
    make_session: MakeSession, store: Store
) -> None:
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


# -- platform-side moderation and connection states ---------------------------------------------


def started_tail(writer: Session) -> SessionTail:
    writer.store.flush()
    tail = SessionTail(writer.store.path, actor="producer")
    tail.start()
    return tail


def states(records: list[MessageRecord]) -> list[tuple[int, str]]:
    return [(r.seq, r.state.value) for r in records]


async def test_follower_sees_a_message_the_platform_deleted(make_session: MakeSession) -> None:
    writer: Session = make_session()
    deleted = writer.ingest(chat("call me at 555-123-4567", msg_id="abc"))
    kept = writer.ingest(chat("hello"))
    assert deleted is not None and kept is not None
    tail = started_tail(writer)

    event = PlatformEvent("fake", PlatformEventKind.DELETED, message_id="abc", detail="deleted by a mod")
    writer.observe(event)
    batch = tail.poll()
    assert batch.events == [event]
    assert states(batch.changed) == [(deleted.seq, "removed")]
    assert not tail.poll()  # reported once
    tail.close()


async def test_follower_sees_the_messages_of_a_timed_out_or_banned_author_removed(make_session: MakeSession) -> None:
    writer: Session = make_session()
    first = writer.ingest(chat("spam spam", author="troll"))
    other = writer.ingest(chat("hello", author="viewer"))
    second = writer.ingest(chat("more spam", author="troll"))
    elsewhere = writer.ingest(chat("same name, other source", author="troll", source="other"))
    named = writer.ingest(chat("hi", author="u42", name="Nasty"))
    assert first and other and second and elsewhere and named
    tail = started_tail(writer)

    writer.observe(PlatformEvent("fake", PlatformEventKind.TIMED_OUT, author_id="troll", duration=600))
    batch = tail.poll()
    assert states(batch.changed) == [(first.seq, "removed"), (second.seq, "removed")]
    # Twitch names the banned account by login: matched by display name as the recording desk does.
    writer.observe(PlatformEvent("fake", PlatformEventKind.BANNED, author_id="Nasty"))
    assert states(tail.poll().changed) == [(named.seq, "removed")]
    stored = {r.seq: r.state.value for r in writer.store.messages()}
    assert stored[other.seq] == stored[elsewhere.seq] == "visible"
    tail.close()


async def test_follower_sees_a_chat_clear(make_session: MakeSession) -> None:
    writer: Session = make_session()
    a = writer.ingest(chat("one"))
    hidden = writer.ingest(chat("two"))
    b = writer.ingest(chat("three", author="viewer2"))
    other = writer.ingest(chat("another source", source="other"))
    assert a and hidden and b and other
    await writer.act(ActionKind.HIDE, hidden.seq)
    tail = started_tail(writer)

    writer.observe(PlatformEvent("fake", PlatformEventKind.CLEARED))
    batch = tail.poll()
    # The hidden message stays hidden (the platform clear does not undo a moderator's hide).
    assert states(batch.changed) == [(a.seq, "removed"), (b.seq, "removed")]
    assert writer.store.message(other.seq).state.value == "visible"
    tail.close()


async def test_a_removal_read_before_the_desk_committed_its_effect_is_picked_up_later(
    make_session: MakeSession,
) -> None:
    """The desk commits the event row first, then the states (and messages still in its write buffer)."""
    writer: Session = make_session()
    early = writer.ingest(chat("first", author="troll"))
    assert early is not None
    tail = started_tail(writer)
    late = writer.ingest(chat("still in the desk's write buffer", msg_id="late"))
    assert late is not None
    store = writer.store

    timeout = PlatformEvent("fake", PlatformEventKind.TIMED_OUT, author_id="troll")
    delete = PlatformEvent("fake", PlatformEventKind.DELETED, message_id="late")
    store.add_event(timeout)
    store.add_event(delete)
    batch = tail.poll()
    assert batch.events == [timeout, delete] and not batch.changed and not batch.messages

    store.set_state(early.seq, MessageState.REMOVED)
    store.set_state(late.seq, MessageState.REMOVED)  # flushes the buffered message first
    batch = tail.poll()
    assert states(batch.changed) == [(early.seq, "removed")]
    assert states(batch.messages) == [(late.seq, "removed")]  # new, and already in its latest state
    assert not tail.poll()
    tail.close()


async def test_removals_stop_being_rechecked_once_settled(make_session: MakeSession) -> None:
    writer: Session = make_session()
    msg = writer.ingest(chat("hello", author="troll"))
    assert msg is not None
    writer.store.flush()
    now = [0.0]
    tail = SessionTail(writer.store.path, actor="producer", settle=2.0, monotonic=lambda: now[0])
    tail.start()
    writer.store.add_event(PlatformEvent("fake", PlatformEventKind.TIMED_OUT, author_id="troll"))
    assert not tail.poll().changed
    now[0] = 2.5
    # A state written long after the event is not the event's doing (and re-reading stops costing anything).
    writer.store.set_state(msg.seq, MessageState.REMOVED)
    assert not tail.poll()
    tail.close()


async def test_follower_sees_each_sources_connection_state(make_session: MakeSession) -> None:
    writer: Session = make_session()
    writer.observe(ConnectionEvent("twitch:clinic", ConnectionState.CONNECTED))
    writer.observe(ConnectionEvent("youtube:live", ConnectionState.CONNECTED))
    writer.observe(ConnectionEvent("twitch:clinic", ConnectionState.RECONNECTING, "connection dropped"))
    writer.store.log_session("started", "desk")  # the recording's own life is not a source
    tail = started_tail(writer)
    assert tail.connections == {
        "twitch:clinic": (ConnectionState.RECONNECTING, "connection dropped"),
        "youtube:live": (ConnectionState.CONNECTED, ""),
    }

    failed = ConnectionEvent("youtube:live", ConnectionState.FAILED, "quota exceeded")
    writer.observe(failed)
    writer.store.log_session("resumed", "desk")
    batch = tail.poll()
    assert batch.events == [failed]
    assert tail.connections["youtube:live"] == (ConnectionState.FAILED, "quota exceeded")
    assert not tail.poll()
    tail.close()


async def test_a_finished_recording_shows_its_sources_ended_live_or_opened_later(make_session: MakeSession) -> None:
    from castguard.session.queries import STOPPED

    writer: Session = make_session()
    writer.store.log_session("started", "desk")
    writer.observe(ConnectionEvent("demo", ConnectionState.CONNECTED, "simulated broadcast"))
    writer.observe(ConnectionEvent("youtube:live", ConnectionState.FAILED, "quota exceeded"))
    tail = started_tail(writer)
    assert tail.connections["demo"] == (ConnectionState.CONNECTED, "simulated broadcast")

    writer.store.log_session(STOPPED)  # the recording desk closed the recording (castguard record --for ran out)
    tail.poll()
    ended = {"demo": (ConnectionState.ENDED, "the recording desk stopped"),
             "youtube:live": (ConnectionState.FAILED, "quota exceeded")}  # fmt: skip
    assert tail.connections == ended
    tail.close()
    assert started_tail(writer).connections == ended  # followed after the end

    writer.store.log_session("resumed", "desk")
    writer.observe(ConnectionEvent("demo", ConnectionState.CONNECTED, "simulated broadcast"))
    assert started_tail(writer).connections["demo"] == (ConnectionState.CONNECTED, "simulated broadcast")
