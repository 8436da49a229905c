"""The session engine: sources in, verdicts and actions recorded, failures contained."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Sequence

import pytest

from castguard.core.model import (
    ActionKind,
    ActionOutcome,
    ActionRecord,
    ActionRequest,
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
    SourceEvent,
    Verdict,
)
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import BATCH, INBOX, ActionError, Session, StateChange
from castguard.session.store import Store
from tests.conftest import FakeSource, MakeSession, chat


async def test_messages_from_every_source_are_judged_recorded_and_published(make_session: MakeSession) -> None:
    a = FakeSource("a", [chat("hello from a", source="a"), chat("call me at (415) 555-2671", source="a")])
    b = FakeSource("b", [chat("hi from b", source="b")])
    session: Session = make_session(a, b)
    seen: list[object] = []
    session.subscribe(seen.append)
    await session.run()
    records = [u for u in seen if isinstance(u, MessageRecord)]
    assert sorted(r.message.text for r in records) == ["call me at (415) 555-2671", "hello from a", "hi from b"]
    phone = next(r for r in records if "555" in r.message.text)
    assert phone.verdict.categories == ["privacy.phone"]
    assert session.store.count() == 3
    assert a.closed and b.closed


async def test_a_failing_source_is_reported_and_the_others_go_on(make_session: MakeSession) -> None:
    broken = FakeSource("broken", [chat("first", source="broken"), RuntimeError("socket exploded")])
    healthy = FakeSource("healthy", [chat(f"msg {i}", source="healthy") for i in range(20)])
    session: Session = make_session(broken, healthy)
    seen: list[object] = []
    session.subscribe(seen.append)
    await session.run()
    failures = [u for u in seen if isinstance(u, ConnectionEvent) and u.state is ConnectionState.FAILED]
    assert len(failures) == 1 and failures[0].source == "broken" and "socket exploded" in failures[0].detail
    assert session.store.count() == 21
    assert ("broken", "connection", "failed") in [(e[1], e[2], e[3]) for e in session.store.events()]


async def test_duplicates_from_a_reconnect_are_dropped(make_session: MakeSession) -> None:
    events = [chat("same", source="fake", msg_id="x1"), chat("same", source="fake", msg_id="x1")]
    session: Session = make_session(FakeSource("fake", events))
    await session.run()
    assert session.store.count() == 1
    assert session.counts["duplicates"] == 1


async def test_text_is_cleaned_and_the_original_kept(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake", [chat("hi\x1b[2J\u202ethere\u200b")]))
    await session.run()
    record = next(session.store.messages())
    assert record.message.text == "hithere"
    assert record.message.raw == "hi\x1b[2J\u202ethere\u200b"


async def test_hide_reaches_the_platform_and_is_durable_before_it_is_published(make_session: MakeSession) -> None:
    source = FakeSource("fake", hold_open=True)
    session: Session = make_session(source)
    record = session.ingest(chat("rude words here"))
    assert record is not None
    published: list[ActionRecord] = []

    def on_update(update: object) -> None:
        if isinstance(update, ActionRecord):
            # Durable first: the action is already in the store when subscribers hear of it.
            assert [a.id for a in session.store.actions()] == [update.id]
            published.append(update)

    session.subscribe(on_update)
    action = await session.act(ActionKind.HIDE, record.seq)
    assert action.result is ActionResult.DONE and action.actor == "alex"
    # Twitch-like sources cannot hide: the engine deletes instead.
    assert [r.kind for r in source.requests] == [ActionKind.DELETE]
    assert published == [action]
    assert session.record(record.seq).state is MessageState.HIDDEN
    assert session.store.message(record.seq).state is MessageState.HIDDEN


class WitnessPlatform(FakeSource):
    """A platform that, when asked, looks at the recording from another connection (as after a crash)."""

    def __init__(self, path: str, **kwargs: object) -> None:
        super().__init__("fake", **kwargs)  # type: ignore[arg-type]
        self.path = path
        self.intents_seen: list[list[tuple[object, ...]]] = []

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        self.intents_seen.append(db.execute("SELECT kind, message_seq, actor, reason FROM intents").fetchall())
        db.close()
        return await super().perform(request)


async def test_a_platform_action_is_committed_as_an_intent_before_the_platform_is_asked(
    make_session: MakeSession, store: Store
) -> None:
    source = WitnessPlatform(str(store.path))
    session: Session = make_session(source)
    record = session.ingest(chat("rude words here"))
    assert record is not None
    action = await session.act(ActionKind.HIDE, record.seq, reason="rude")
    # Already committed (another connection sees it) when the platform was asked.
    assert source.intents_seen == [[("delete", record.seq, "alex", "rude")]]
    (intent,) = session.store.db.execute("SELECT id FROM intents").fetchall()
    assert action.intent == intent[0] and session.store.actions()[-1].intent == intent[0]
    assert session.store.unresolved_intents() == []  # the outcome names its intent

    refused = FakeSource("other", fail_with="403: not a moderator")
    session.add_source(refused)
    other = session.ingest(chat("hello", source="other"))
    assert other is not None
    failed = await session.act(ActionKind.BAN, other.seq)
    assert failed.result is ActionResult.FAILED and failed.intent is not None
    local = await session.act(ActionKind.APPROVE, other.seq)  # nothing asked of a platform: no intent
    assert local.intent is None
    assert session.store.unresolved_intents() == [] and session.store.check().intact


async def test_undo_restores_the_previous_state(make_session: MakeSession) -> None:
    source = FakeSource("fake", capabilities=frozenset({ActionKind.HIDE, ActionKind.UNHIDE}))
    session: Session = make_session(source)
    record = session.ingest(chat("fine message"))
    await session.act(ActionKind.HIDE, record.seq)
    undo = await session.act(ActionKind.UNDO, record.seq)
    assert undo.kind is ActionKind.UNDO and undo.undoes is not None
    assert [r.kind for r in source.requests] == [ActionKind.HIDE, ActionKind.UNHIDE]
    assert session.record(record.seq).state is MessageState.VISIBLE
    with pytest.raises(ActionError):
        await session.undo(record.seq)  # the hide was already undone


async def test_escalate_opens_an_escalation_and_holds_the_message(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake"))
    record = session.ingest(chat("is this normal?"))
    changes: list[StateChange] = []
    session.subscribe(lambda u: changes.append(u) if isinstance(u, StateChange) else None)
    await session.act(ActionKind.ESCALATE, record.seq, reason="producer should see")
    current = session.record(record.seq)
    assert current.escalation is EscalationState.OPEN and current.state is MessageState.HELD
    assert changes[-1].record == current
    await session.act(ActionKind.ACKNOWLEDGE, record.seq, actor="producer")
    assert session.record(record.seq).escalation is EscalationState.ACKNOWLEDGED


async def test_a_refused_action_is_recorded_as_failed_with_the_platform_message(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake", fail_with="403: you are not a moderator"))
    record = session.ingest(chat("hello"))
    action = await session.act(ActionKind.HIDE, record.seq)
    assert action.result is ActionResult.FAILED and "not a moderator" in action.response
    assert session.record(record.seq).state is MessageState.VISIBLE


async def test_read_only_sources_hide_locally(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake", capabilities=frozenset()))
    record = session.ingest(chat("hello"))
    action = await session.act(ActionKind.HIDE, record.seq)
    assert action.result is ActionResult.LOCAL
    assert session.record(record.seq).state is MessageState.HIDDEN


async def test_policy_auto_hide_goes_through_the_platform(make_session: MakeSession) -> None:
    source = FakeSource("fake", [chat("my aunt's number is 415-555-2671")])
    session: Session = make_session(source)
    await session.run()
    actions = session.store.actions()
    assert [(a.kind, a.actor, a.result) for a in actions] == [(ActionKind.HIDE, "policy", ActionResult.DONE)]
    assert next(session.store.messages()).state is MessageState.HIDDEN


class SlowPlatform(FakeSource):
    """A platform that takes ``delay`` seconds to answer an action."""

    def __init__(self, *args: object, delay: float, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.delay = delay

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        await asyncio.sleep(self.delay)
        return await super().perform(request)


@pytest.mark.parametrize(("delay", "result"), [(0.2, ActionResult.DONE), (30.0, None)])
async def test_stopping_the_session_records_auto_hides_under_way_or_drops_them_cleanly(
    make_session: MakeSession, delay: float, result: ActionResult | None, caplog: pytest.LogCaptureFixture
) -> None:
    source = SlowPlatform("fake", [chat("my aunt's number is 415-555-2671")], hold_open=True, delay=delay)
    session: Session = make_session(source)
    run = asyncio.create_task(session.run())
    while not session._background:  # the auto-hide has been sent to the platform
        await asyncio.sleep(0.01)
    run.cancel()  # the moderator quits the desk
    await asyncio.gather(run, return_exceptions=True)
    assert not session._background  # nothing is left running against a store about to close
    actions = session.store.actions()
    assert [a.result for a in actions] == ([result] if result else [])
    # A hide dropped while the platform had it: its outcome is unknown, and the recording says so.
    assert len(session.store.unresolved_intents()) == (0 if result else 1)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_lockdown_holds_warn_and_above(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake"))
    await session.set_lockdown(True)
    held = session.ingest(chat("WHAT IS THIS bullshit"))
    clean = session.ingest(chat("thank you doctor"))
    assert held.state is MessageState.HELD
    assert clean.state is MessageState.VISIBLE
    assert session.store.actions()[-1].kind is ActionKind.LOCKDOWN


async def test_lockdown_lets_the_host_and_the_moderators_talk(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake"))
    await session.set_lockdown(True)
    host = session.ingest(chat("CLICK THE LINK BELOW TO BOOK: clinic.example/book", roles=frozenset({"broadcaster"})))
    viewer = session.ingest(chat("WHAT IS THIS bullshit"))
    assert host.state is MessageState.VISIBLE
    assert viewer.state is MessageState.HELD


async def test_trusted_authors_are_never_held_automatically(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake"))
    record = session.ingest(chat("call the clinic at 415-555-2671", roles=frozenset({"moderator"})))
    assert record.verdict.decision is Decision.FLAG
    assert record.state is MessageState.VISIBLE


async def test_deletion_seen_on_the_platform_marks_the_message_removed(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake"))
    record = session.ingest(chat("spam spam", msg_id="abc"))
    session.observe(PlatformEvent("fake", PlatformEventKind.DELETED, message_id="abc"))
    assert session.record(record.seq).state is MessageState.REMOVED


async def test_unknown_message_is_a_clear_error(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake"))
    with pytest.raises(ActionError, match="no message #99"):
        await session.act(ActionKind.HIDE, 99)


async def test_a_ban_seen_on_the_platform_removes_that_authors_messages(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake"))
    troll = [session.ingest(chat(f"troll {i}", author="troll")) for i in range(3)]
    other = session.ingest(chat("innocent", author="viewer"))
    session.observe(PlatformEvent("fake", PlatformEventKind.BANNED, author_id="troll"))
    assert {session.record(r.seq).state for r in troll} == {MessageState.REMOVED}
    assert session.record(other.seq).state is MessageState.VISIBLE
    session.observe(PlatformEvent("fake", PlatformEventKind.CLEARED))
    assert session.record(other.seq).state is MessageState.REMOVED


async def test_an_escalation_opens_even_when_hiding_wins(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake"))
    record = session.ingest(chat("I want to kill myself, here is my number 415-555-2671"))
    assert record.verdict.decision is Decision.HIDE
    assert record.escalation is EscalationState.OPEN


# -- batches: a burst of waiting messages is judged together, with the same results as one by one -------------


class BurstSource(FakeSource):
    """A source whose events are already buffered: each burst arrives without the pump having to wait."""

    def __init__(self, key: str, bursts: list[list[SourceEvent | Exception]]) -> None:
        super().__init__(key, [])
        self.bursts = bursts

    async def events(self) -> AsyncIterator[SourceEvent]:
        for burst in self.bursts:
            await asyncio.sleep(0)  # the pump waits here, between bursts
            for item in burst:
                if isinstance(item, Exception):
                    raise item
                yield item


class CountingPipeline(Pipeline):
    """The default pipeline, remembering the size of every batch it was asked to judge."""

    def __init__(self) -> None:
        super().__init__(load_policy())
        self.batches: list[int] = []

    def evaluate_many(self, messages: Sequence[ChatMessage]) -> list[Verdict]:
        self.batches.append(len(messages))
        return super().evaluate_many(messages)


def _burst_script() -> list[list[SourceEvent | Exception]]:
    t0 = 1_700_000_000.0
    burst: list[SourceEvent | Exception] = [
        chat(f"hello {i}", author=f"v{i % 7}", source="s", at=t0 + i / 100) for i in range(100)
    ]
    burst.insert(10, chat("call me at (415) 555-2671", author="leaky", source="s", msg_id="leak", at=t0 + 0.1))
    burst.insert(11, chat("call me at (415) 555-2671", author="leaky", source="s", msg_id="leak", at=t0 + 0.1))
    deletion = PlatformEvent("s", PlatformEventKind.DELETED, message_id="leak", detail="a platform deletion", at=0.0)
    burst.insert(40, deletion)
    burst += [chat(f"BUY FOLLOWERS NOW AT CHEAP-FOLLOWERS.RU {i}", author=f"bot{i % 3}", source="s",
                   at=t0 + 1 + i / 100) for i in range(150)]  # fmt: skip
    tail: list[SourceEvent | Exception] = [
        chat("what the fuck", author="late", source="s", at=t0 + 5),
        RuntimeError("socket gone"),
    ]
    return [burst, [chat("quiet now", source="s", at=t0 + 3)], tail]


def _summary(session: Session, updates: list[object]) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for u in updates:
        if isinstance(u, MessageRecord):
            out.append(("msg", u.seq, u.message.id, u.message.text, u.verdict, u.state, u.escalation))
        elif isinstance(u, StateChange):
            out.append(("state", u.record.seq, u.record.state))
        elif isinstance(u, ActionRecord):
            out.append(("action", u.kind, u.message_seq, u.actor))
        elif isinstance(u, ConnectionEvent):
            out.append(("conn", u.source, u.state, u.detail))
        else:
            out.append(("event", type(u).__name__))
    return out


async def test_a_burst_is_judged_in_batches_exactly_as_one_by_one(tmp_path, policy) -> None:  # type: ignore[no-untyped-def]
    from castguard.session.store import Store

    # Reference: the same events handed to ingest/observe one at a time.
    ref_store = Store(tmp_path / "ref.db")
    reference = Session(ref_store, Pipeline(policy), flush_interval=0.01)
    ref_updates: list[object] = []
    reference.subscribe(ref_updates.append)
    script = _burst_script()
    for burst in script:
        for item in burst:
            if isinstance(item, Exception):
                reference.observe(ConnectionEvent("s", ConnectionState.FAILED, f"{type(item).__name__}: {item}"))
            elif isinstance(item, PlatformEvent):
                reference.observe(item)
            else:
                reference.ingest(item)  # type: ignore[arg-type]
    await asyncio.sleep(0.05)  # the auto-hides the policy asked for

    store = Store(tmp_path / "batched.db")
    pipeline = CountingPipeline()
    session = Session(store, pipeline, [BurstSource("s", script)], flush_interval=0.01)
    updates: list[object] = []
    session.subscribe(updates.append)
    await session.run()
    try:
        # The burst really went through evaluate_many in bounded batches, the quiet message alone.
        assert pipeline.batches and max(pipeline.batches) == BATCH and sum(pipeline.batches) > 200
        records = _summary(session, [u for u in updates if isinstance(u, MessageRecord | ConnectionEvent)])
        expected = _summary(reference, [u for u in ref_updates if isinstance(u, MessageRecord | ConnectionEvent)])
        assert records == expected
        assert session.counts == reference.counts and session.counts["duplicates"] == 1
        assert any(r[0] == "msg" and r[4].decision is Decision.HIDE for r in records)  # type: ignore[attr-defined]
        # Same order of everything published: messages, the platform deletion, the auto-hide, the failure.
        kinds = [(r[0], r[1]) for r in _summary(session, updates) if r[0] in ("msg", "state", "action")]
        ref_kinds = [(r[0], r[1]) for r in _summary(reference, ref_updates) if r[0] in ("msg", "state", "action")]
        assert sorted(kinds, key=str) == sorted(ref_kinds, key=str)
        assert [k for k in kinds if k[0] == "msg"] == [k for k in ref_kinds if k[0] == "msg"]
        assert store.count() == ref_store.count() == len([r for r in records if r[0] == "msg"])
        hidden = [r for r in session.store.messages() if r.state is MessageState.HIDDEN]
        ref_hidden = [r for r in ref_store.messages() if r.state is MessageState.HIDDEN]
        assert [r.message.id for r in hidden] == [r.message.id for r in ref_hidden]
    finally:
        ref_store.close()
        store.close()


async def test_ingest_still_judges_single_messages(make_session: MakeSession) -> None:
    session: Session = make_session()
    first = session.ingest(chat("hello", msg_id="one"))
    assert first is not None and first.verdict.decision is Decision.PASS
    assert session.ingest(chat("hello", msg_id="one")) is None
    assert session.counts == {"messages": 1, "duplicates": 1, "flagged": 0}


async def test_messages_cleared_for_one_author_on_the_platform_leave_the_desk(make_session: MakeSession) -> None:
    session: Session = make_session(FakeSource("fake"))
    troll = session.ingest(chat("troll", author="troll"))
    other = session.ingest(chat("innocent", author="viewer"))
    session.observe(PlatformEvent("fake", PlatformEventKind.USER_CLEARED, author_id="troll"))
    assert session.record(troll.seq).state is MessageState.REMOVED
    assert session.record(other.seq).state is MessageState.VISIBLE


class Firehose(FakeSource):
    """A source with an endless backlog: every next message is ready at once, it never makes anyone wait."""

    def __init__(self, key: str = "fake") -> None:
        super().__init__(key)
        self.yielded = 0
        self.ahead = 0
        """The most messages it had handed over beyond those the session had recorded."""
        self.session: Session | None = None

    async def events(self) -> AsyncIterator[SourceEvent]:
        while self.yielded < 20 * INBOX:
            if self.session is not None:
                self.ahead = max(self.ahead, self.yielded - self.session.counts["messages"])
            self.yielded += 1
            yield chat(f"hello {self.yielded}", author=f"v{self.yielded % 50}", msg_id=f"m{self.yielded}")


async def test_a_source_never_gets_more_than_the_inbox_ahead_of_the_session(make_session: MakeSession) -> None:
    source = Firehose()
    session: Session = make_session(source)
    source.session = session
    await asyncio.wait_for(session.run(), 60)
    assert session.counts["messages"] == source.yielded == 20 * INBOX
    assert INBOX <= source.ahead <= INBOX + BATCH + 1  # the inbox filled up, then the source waited for the session


class HandsOverThenStops(FakeSource):
    """Hands over a few messages at once, then the moderator quits the desk before the session took them."""

    def __init__(self, count: int) -> None:
        super().__init__("fake")
        self.count = count
        self.run: asyncio.Task[None] | None = None

    async def events(self) -> AsyncIterator[SourceEvent]:
        for i in range(self.count):
            yield chat(f"hello {i}", msg_id=f"m{i}")
        assert self.run is not None
        self.run.cancel()
        await asyncio.Event().wait()


async def test_stopping_the_session_keeps_every_message_its_sources_handed_over(
    make_session: MakeSession,
) -> None:
    source = HandsOverThenStops(BATCH * 3 + 5)
    session: Session = make_session(source)
    source.run = asyncio.create_task(session.run())
    await asyncio.gather(source.run, return_exceptions=True)
    assert source.run.cancelled() and session.failure is None
    assert session.store.count() == BATCH * 3 + 5
