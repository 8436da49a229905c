"""Replay: the recording comes back in order, at the pace asked, with live actions at their moment."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from castguard.core.model import (
    ActionKind,
    ActionRecord,
    ActionResult,
    EscalationState,
    MessageRecord,
    MessageState,
)
from castguard.core.policy import load_policy
from castguard.session.engine import LockdownChanged, Session, StateChange
from castguard.session.replay import (
    CONTEXT,
    RecordingReader,
    ReplayController,
    ReplaySource,
    Seeked,
    parse_position,
)
from castguard.session.store import Store
from tests.recordings import T0, TEXTS, make_recording


@pytest.fixture
async def recording(tmp_path: Path) -> Path:
    path = tmp_path / "broadcast.db"
    await make_recording(path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def replay_session(path: Path, **controller: object) -> tuple[Session, ReplaySource, list[object]]:
    original = Store(path, readonly=True)
    ctl = ReplayController(RecordingReader(original), **controller)  # type: ignore[arg-type]
    source = ReplaySource(original, controller=ctl)
    session = Session(Store(Store.MEMORY), source.pipeline(original.recorded_policy() or load_policy()), [source],
                      auto_actions=False, clock=ctl.clock)  # fmt: skip
    updates: list[object] = []
    session.subscribe(updates.append)
    return session, source, updates


async def until(condition: Callable[[], bool], what: str) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.002)
    raise AssertionError(f"timed out waiting for {what}")


async def test_replay_matches_the_live_session_and_never_acts_on_a_platform(recording: Path) -> None:
    before = digest(recording)
    session, source, updates = replay_session(recording, speed=None)
    await session.run()

    messages = [u for u in updates if isinstance(u, MessageRecord)]
    assert [m.message.id for m in messages] == [f"m{i}" for i in range(1, len(TEXTS) + 1)]
    # Same verdicts as live, and the same arrival times.
    original = Store(recording, readonly=True)
    for replayed, live in zip(messages, original.messages(), strict=True):
        assert replayed.verdict == live.verdict
        assert replayed.message.received_at == live.message.received_at

    # Each recorded action shows right after the message it followed in time, with its recorded outcome.
    order = [(type(u).__name__, getattr(u, "kind", None) or getattr(getattr(u, "message", None), "id", None))
             for u in updates if isinstance(u, MessageRecord | ActionRecord)]  # fmt: skip
    assert order.index(("ActionRecord", ActionKind.HIDE)) == order.index(("MessageRecord", "m2")) + 1
    kim_hide = next(i for i, u in enumerate(updates) if isinstance(u, ActionRecord) and u.actor == "kim")
    assert updates.index(next(m for m in messages if m.message.id == "m5")) < kim_hide
    assert updates.index(next(m for m in messages if m.message.id == "m6")) > kim_hide
    assert any(isinstance(u, LockdownChanged) and u.on for u in updates)

    # The scratch session ends in the state the live one ended in.
    live_actions = original.actions()
    replayed_actions = session.store.actions()
    assert [(a.kind, a.actor, a.at, a.result, a.response) for a in replayed_actions] == [
        (a.kind, a.actor, a.at, a.result, a.response) for a in live_actions
    ]
    for live in original.messages():
        seq = session.store.seq_of(live.message.source, live.message.id)
        assert seq is not None
        now = session.record(seq)
        assert now is not None
        assert (now.state, now.escalation) == (live.state, live.escalation), live.message.text
    assert session.record(session.store.seq_of("fake", "m3") or 0).state is MessageState.HIDDEN
    assert session.record(session.store.seq_of("fake", "m4") or 0).escalation is EscalationState.RESOLVED

    # Nothing was sent anywhere: the replay source has no capabilities, and the recording is untouched.
    assert source.capabilities == frozenset()
    original.close()
    assert digest(recording) == before


async def test_pace_follows_the_chosen_speed(recording: Path) -> None:
    for speed, expected in ((1.0, 9.75), (2.0, 9.75 / 2), (10.0, 0.975)):
        wall = [0.0]

        async def sleep(seconds: float, wall: list[float] = wall) -> None:
            wall[0] += seconds
            await asyncio.sleep(0)

        session, _source, _updates = replay_session(
            recording, speed=speed, monotonic=lambda wall=wall: wall[0], sleep=sleep
        )
        await session.run()
        # The recording spans 9.75 s from the first message to the last action.
        assert wall[0] == pytest.approx(expected, rel=0.02), speed


async def test_pause_step_and_seek(recording: Path) -> None:
    session, source, updates = replay_session(recording, speed=None, paused=True)
    ctl = source.controller
    source.stop_at_end = False
    task = asyncio.create_task(session.run())
    try:
        await asyncio.sleep(0.02)
        assert not any(isinstance(u, MessageRecord) for u in updates), "paused: nothing plays"

        def shown() -> list[str]:
            return [u.message.id for u in updates if isinstance(u, MessageRecord)]

        ctl.step()
        await until(lambda: len(shown()) == 1, "one step")
        ctl.step()
        await until(lambda: len(shown()) == 2, "a second step")
        await asyncio.sleep(0.02)
        assert shown() == ["m1", "m2"] and ctl.paused
        # The policy's hide came just after message 2; it arrives with the next step.
        ctl.step()
        await until(lambda: len(shown()) == 3, "a third step")
        assert any(isinstance(u, ActionRecord) and u.actor == "policy" for u in updates)

        # Seek to a time: the desk starts over with the messages up to then, actions taken by then applied.
        updates.clear()
        ctl.seek(T0 + 5.2)
        await until(lambda: any(isinstance(u, Seeked) for u in updates) and len(shown()) == 6, "seek to a time")
        assert shown() == ["m1", "m2", "m3", "m4", "m5", "m6"]
        m3 = session.record(session.store.seq_of("fake", "m3") or 0)
        assert m3 is not None and m3.state is MessageState.HIDDEN  # hidden at 4.5, before the target
        m4 = session.record(session.store.seq_of("fake", "m4") or 0)
        assert m4 is not None and m4.escalation is EscalationState.OPEN  # acknowledged only at 6.0
        assert session.store.count() == 6  # the scratch store started over

        # Next flag from there: message 8 (m6 and earlier are behind the cursor).
        updates.clear()
        record = ctl.seek_flag(1)
        assert record is not None and record.message.id == "m8"
        await until(lambda: "m8" in shown(), "seek to the next flag")
        assert shown()[-1] == "m8" and ctl.focus == ("fake", "m8")

        # Previous action from there is kim's undo at 6.75; next action after it is the lockdown.
        updates.clear()
        action = ctl.seek_action(-1)
        assert action is not None and action.kind is ActionKind.UNDO
        await until(lambda: any(isinstance(u, ActionRecord) and u.kind is ActionKind.UNDO for u in updates), "undo")
        m6 = session.record(session.store.seq_of("fake", "m6") or 0)
        assert m6 is not None and m6.state is MessageState.HELD
        action = ctl.seek_action(1)
        assert action is not None and action.kind is ActionKind.LOCKDOWN
        await until(lambda: session.lockdown, "lockdown at its moment")

        # Back to the start, then play everything at full speed to the end.
        updates.clear()
        ctl.seek(T0 - 100)
        await until(lambda: any(isinstance(u, Seeked) for u in updates), "seek back")
        assert not session.lockdown
        ctl.resume()
        await until(lambda: len(shown()) == len(TEXTS), "the rest of the recording")
        assert shown() == [f"m{i}" for i in range(1, len(TEXTS) + 1)]
        await until(lambda: ctl.at_end, "the end")
        changes = [u for u in updates if isinstance(u, StateChange)]
        assert changes, "recorded actions change states in the replay"
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_seeking_shows_a_bounded_window_and_reaches_old_targets(tmp_path: Path) -> None:
    store = Store(tmp_path / "long.db")
    from tests.conftest import chat

    session = Session(store, __import__("castguard.filters.pipeline", fromlist=["Pipeline"]).Pipeline(load_policy()),
                      auto_actions=False, clock=lambda: T0 + 2000)  # fmt: skip
    for i in range(1000):
        text = "this is crap" if i == 10 else f"message {i}"
        session.ingest(chat(text, msg_id=f"x{i}", at=T0 + i))
    await session.act(ActionKind.HIDE, 11)  # long after the message: its target is far behind the action
    store.close()

    replay, source, updates = replay_session(tmp_path / "long.db", speed=None, paused=True)
    source.stop_at_end = False
    task = asyncio.create_task(replay.run())
    try:
        source.controller.seek_action(1)
        await until(lambda: any(isinstance(u, ActionRecord) for u in updates), "the action")
        ids = [u.message.id for u in updates if isinstance(u, MessageRecord)]
        assert len(ids) == CONTEXT + 1 and ids[0] == "x10"  # the window plus the action's message
        assert source.controller.focus == ("fake", "x10")
        hidden = replay.record(replay.store.seq_of("fake", "x10") or 0)
        assert hidden is not None and hidden.state is MessageState.HIDDEN
        assert [a.result for a in replay.store.actions()] == [ActionResult.LOCAL]  # as recorded, not performed
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_a_seek_keeps_the_inbox_escalations_opened_before_its_window(tmp_path: Path) -> None:
    """The inbox after a seek is the inbox at that moment: escalations older than the messages shown stay."""
    store = Store(tmp_path / "long.db")
    from tests.conftest import chat

    now = [T0]
    session = Session(store, __import__("castguard.filters.pipeline", fromlist=["Pipeline"]).Pipeline(load_policy()),
                      auto_actions=False, clock=lambda: now[0])  # fmt: skip
    for i in range(CONTEXT + 300):
        now[0] = T0 + i
        text = "I will kill you" if i in (10, 30) else f"message {i}"
        session.ingest(chat(text, msg_id=f"x{i}", at=T0 + i))
        if i == 25:
            await session.act(ActionKind.ESCALATE, 21)  # a moderator escalates message x20
        if i == 45:
            await session.act(ActionKind.ACKNOWLEDGE, 31)
            await session.act(ActionKind.RESOLVE, 31)
    store.close()

    replay, source, _ = replay_session(tmp_path / "long.db", speed=None, paused=True)
    source.stop_at_end = False
    task = asyncio.create_task(replay.run())
    try:
        source.controller.seek(T0 + CONTEXT + 299)
        await until(lambda: replay.store.seq_of("fake", "x30") is not None, "the escalations before the window")
        rows = replay.store.db.execute(
            "SELECT msg_id, escalation FROM messages WHERE escalation IS NOT NULL ORDER BY seq"
        ).fetchall()
        assert rows == [("x10", "open"), ("x20", "open"), ("x30", "resolved")]
        assert replay.store.seq_of("fake", "x11") is None  # only the escalations come back, not the chat around them

        source.controller.seek(T0 + 27)  # before the resolution: x30 is not escalated yet, x20 is
        await until(lambda: replay.store.seq_of("fake", "x30") is None, "the seek back")
        await until(lambda: replay.store.seq_of("fake", "x27") is not None, "the seek back")
        rows = replay.store.db.execute(
            "SELECT msg_id, escalation FROM messages WHERE escalation IS NOT NULL"
        ).fetchall()
        assert sorted(rows) == [("x10", "open"), ("x20", "open")]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def test_the_replay_clock_stops_at_the_end_of_the_recording(recording: Path) -> None:
    """Ages and waiting times shown at the end are the recording's, however long the desk stays open."""
    wall = [100.0]
    original = Store(recording, readonly=True)
    controller = ReplayController(RecordingReader(original), speed=1.0, monotonic=lambda: wall[0])
    wall[0] += 3600
    assert controller.clock() == original.recording_span().end
    original.close()


def test_typed_positions() -> None:
    start, end = T0, T0 + 3600
    assert parse_position("+30s", start=start, end=end, current=T0 + 60) == T0 + 90
    assert parse_position("-1m", start=start, end=end, current=T0 + 90) == T0 + 30
    assert parse_position("@1h", start=start, end=end, current=start) == T0 + 3600
    assert parse_position("50%", start=start, end=end, current=start) == T0 + 1800
    import datetime as dt

    later = dt.datetime.fromtimestamp(T0 + 600)
    assert parse_position(later.strftime("%H:%M:%S"), start=start, end=end, current=start) == T0 + 600
    for bad in ("", "soon", "25:00", "+", "x%"):
        with pytest.raises(ValueError):
            parse_position(bad, start=start, end=end, current=start)


async def test_an_escalation_that_lost_to_a_hide_replays_as_it_was(tmp_path: Path) -> None:
    from castguard.filters.pipeline import Pipeline
    from tests.conftest import chat

    store = Store(tmp_path / "both.db")
    session = Session(store, Pipeline(load_policy()), auto_actions=False)
    record = session.ingest(chat("call me at 415-555-0132 or I will kill you", msg_id="b1", at=T0))
    assert record is not None and record.escalation is EscalationState.OPEN
    assert record.verdict.decision.value == "hide" and record.verdict.escalate  # the hide won; escalation kept
    store.close()

    replay, _source, _updates = replay_session(tmp_path / "both.db", speed=None)
    await replay.run()
    replayed = replay.record(replay.store.seq_of("fake", "b1") or 0)
    assert replayed is not None and replayed.verdict == record.verdict
    assert (replayed.state, replayed.escalation) == (record.state, EscalationState.OPEN)


async def test_a_message_posted_while_banned_replays_with_the_one_evasion_finding_it_had_live(tmp_path: Path) -> None:
    from castguard.filters.pipeline import Pipeline
    from castguard.session.sanctions import EVASION
    from tests.conftest import FakeSource, chat

    store = Store(tmp_path / "evasion.db")
    now = [T0]
    session = Session(store, Pipeline(load_policy()), [FakeSource("fake")], clock=lambda: now[0], auto_actions=False)
    session.ingest(chat("first", author="spammer", msg_id="e1", at=T0))
    now[0] = T0 + 1
    await session.act(ActionKind.BAN, 1, reason="spam")
    live = session.ingest(chat("back again", author="spammer", msg_id="e2", at=T0 + 2))
    assert live is not None and [f.category for f in live.verdict.findings].count(EVASION) == 1
    store.close()

    replay, _source, _updates = replay_session(tmp_path / "evasion.db", speed=None)
    await replay.run()
    replayed = replay.record(replay.store.seq_of("fake", "e2") or 0)
    # The recorded verdict already says "posted while banned": the replay shows it, and adds nothing.
    assert replayed is not None and replayed.verdict == live.verdict
    assert (replayed.state, replayed.escalation) == (live.state, live.escalation)


async def test_a_message_held_by_a_late_first_time_flag_replays_with_the_one_hold_it_had_live(tmp_path: Path) -> None:
    from castguard.core.model import PlatformEvent, PlatformEventKind
    from castguard.core.policy import parse_policy
    from castguard.filters.pipeline import Pipeline
    from tests.conftest import FakeSource, chat

    store = Store(tmp_path / "late.db")
    now = [T0]
    policy = parse_policy('[trust]\nhold_first_message = "message"\n', "p.toml", inherit=True)
    session = Session(store, Pipeline(policy), [FakeSource("fake")], clock=lambda: now[0])
    shown = session.ingest(chat("hi all, first time here", author="newbie", msg_id="f1", at=T0))
    now[0] = T0 + 1
    session.observe(PlatformEvent("fake", PlatformEventKind.TRUST, "f1", "newbie", status="first-time", at=T0 + 1))
    assert shown is not None and session.record(shown.seq).state is MessageState.HELD
    store.close()

    replay, _source, _updates = replay_session(tmp_path / "late.db", speed=None)
    await replay.run()
    replayed = replay.record(replay.store.seq_of("fake", "f1") or 0)
    assert replayed is not None and replayed.state is MessageState.HELD
    assert [a.kind for a in replay.store.actions()] == [ActionKind.HOLD]  # shown as recorded, not held again


async def test_seeking_back_before_a_lockdown_lifts_it_for_every_subscriber(recording: Path) -> None:
    session, source, updates = replay_session(recording, speed=None)
    ctl = source.controller
    source.stop_at_end = False
    task = asyncio.create_task(session.run())
    try:
        await until(lambda: ctl.at_end, "the end of the recording")
        assert session.lockdown
        ctl.pause()
        updates.clear()
        ctl.seek(T0 + 2)
        await until(lambda: any(isinstance(u, Seeked) for u in updates), "the seek")
        assert not session.lockdown
        lifted = [u for u in updates if isinstance(u, LockdownChanged)]
        assert [u.on for u in lifted] == [False], "the desk and other subscribers hear that lockdown is off"
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def test_typed_positions_read_durations_as_the_command_line_does() -> None:
    from castguard.cli import parse_duration

    start, end = T0, T0 + 7200
    for typed in ("1h 30m", "1h30m", "90m", " 5400 "):
        assert parse_position(f"@{typed}", start=start, end=end, current=start) == start + parse_duration(typed)
    assert parse_position("+2m 5s", start=start, end=end, current=start) == start + 125
    # Hostile input is refused at once, and the error quotes only a bounded part of it.
    with pytest.raises(ValueError) as refused:
        parse_position("@" + " " * 5000 + "x", start=start, end=end, current=start)
    assert len(str(refused.value)) < 200


async def test_events_a_newer_castguard_wrote_are_passed_over_without_stalling_the_replay(recording: Path) -> None:
    import sqlite3

    db = sqlite3.connect(recording)
    db.executemany(
        "INSERT INTO events (at, source, kind, state, detail) VALUES (?, 'fake', 'poll_started', NULL, 'later kind')",
        [(T0 + 3.5,)] * 1200,  # more than one chunk of the read model
    )
    db.commit()
    db.close()
    store = Store(recording, readonly=True)
    rows = store.events_from(T0 + 3, -1, limit=2000)
    assert len(rows) == 1201 and {r.event for r in rows[:1200]} == {None} and rows[-1].event is not None
    assert store.recording_span().messages == len(TEXTS)
    store.close()

    session, _source, updates = replay_session(recording, speed=None)
    await session.run()
    assert [u.message.id for u in updates if isinstance(u, MessageRecord)] == [f"m{i}" for i in range(1, 11)]
    m8 = session.record(session.store.seq_of("fake", "m8") or 0)
    assert m8 is not None and m8.state is MessageState.REMOVED  # the deletion after the unknown events still plays
