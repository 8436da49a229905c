"""Bans and timeouts stick: the demo platform enforces them, the session knows them, the desk shows them."""

from __future__ import annotations

import asyncio

import pytest

from castguard.connectors.demo import DemoBroadcast
from castguard.core.model import (
    ActionKind,
    ActionRequest,
    ActionResult,
    Author,
    ChatMessage,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
)
from castguard.core.policy import Policy
from castguard.filters.pipeline import Pipeline
from castguard.review.report import build_report
from castguard.session.engine import Session
from castguard.session.sanctions import EVASION
from castguard.session.store import Store
from castguard.tui.views import handled, in_queue
from tests.conftest import FakeSource, MakeSession, chat


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


async def _messages(demo: DemoBroadcast, on_message: object = None) -> list[ChatMessage]:
    got: list[ChatMessage] = []
    async for event in demo.events():
        if isinstance(event, ChatMessage):
            got.append(event)
            if callable(on_message):
                await on_message(len(got))
    return got


def _frequent_author() -> Author:
    """The host: posts every 97 lines of the script, on any seed."""
    return DemoBroadcast.host


def test_demo_banned_viewer_never_posts_again() -> None:
    clock = Clock()
    demo = DemoBroadcast(rate=20_000.0, count=1000, action_latency=0.0, clock=clock)
    host = _frequent_author()

    async def ban_after_first(n: int) -> None:
        if n == 50:
            outcome = await demo.perform(ActionRequest(ActionKind.BAN, author=host))
            assert outcome.result is ActionResult.DONE

    messages = asyncio.run(_messages(demo, ban_after_first))
    after = [m for m in messages[50:] if m.author.id == host.id]
    assert after == []
    assert demo.silenced >= 5  # the script had the host speak about every 97 lines: each was refused


def test_demo_timeout_silences_until_it_ends_on_the_demo_clock() -> None:
    clock = Clock()
    demo = DemoBroadcast(rate=20_000.0, count=1500, action_latency=0.0, clock=clock)
    host = _frequent_author()

    async def timeout_then_wait(n: int) -> None:
        if n == 50:
            await demo.perform(ActionRequest(ActionKind.TIMEOUT, author=host, duration=600))
        if n == 600:
            clock.now += 601  # the demo's clock passes the end of the timeout

    messages = asyncio.run(_messages(demo, timeout_then_wait))
    during = [m for m in messages[50:600] if m.author.id == host.id]
    later = [m for m in messages[600:] if m.author.id == host.id]
    assert during == []
    assert later, "the host posts again once the timeout is over"


def test_demo_unban_lifts_the_ban() -> None:
    demo = DemoBroadcast(rate=20_000.0, count=1200, action_latency=0.0, clock=Clock())
    host = _frequent_author()

    async def ban_then_unban(n: int) -> None:
        if n == 50:
            await demo.perform(ActionRequest(ActionKind.BAN, author=host))
        if n == 500:
            outcome = await demo.perform(ActionRequest(ActionKind.UNBAN, author=host))
            assert outcome.result is ActionResult.DONE

    messages = asyncio.run(_messages(demo, ban_then_unban))
    assert not [m for m in messages[50:500] if m.author.id == host.id]
    assert [m for m in messages[500:] if m.author.id == host.id]


def test_demo_unban_of_someone_not_banned_fails() -> None:
    demo = DemoBroadcast(action_latency=0.0, clock=Clock())
    outcome = asyncio.run(demo.perform(ActionRequest(ActionKind.UNBAN, author=Author("u1", "someone"))))
    assert outcome.result is ActionResult.FAILED


@pytest.mark.parametrize("kind", [ActionKind.BAN, ActionKind.TIMEOUT])
def test_demo_unban_after_expiry_says_not_banned(kind: ActionKind) -> None:
    clock = Clock()
    demo = DemoBroadcast(action_latency=0.0, clock=clock)
    viewer = Author("u1", "someone")
    asyncio.run(demo.perform(ActionRequest(kind, author=viewer, duration=60 if kind is ActionKind.TIMEOUT else None)))
    clock.now += 61
    outcome = asyncio.run(demo.perform(ActionRequest(ActionKind.UNBAN, author=viewer)))
    assert outcome.result is (ActionResult.FAILED if kind is ActionKind.TIMEOUT else ActionResult.DONE)


# -- the session ------------------------------------------------------------------------------------

LINK = "check out statin-truth.info/exposed for the truth"
CLAIM = "this cures diabetes, stop your insulin"
CAPS = "THIS CLINIC KILLS PATIENTS BOYCOTT NOW"


def _session(make_session: MakeSession, clock: Clock | None = None) -> Session:
    session = make_session(FakeSource("fake"))
    if clock is not None:
        session.clock = clock
        session.sanctions.clock = clock
    return session


def _queue_pending(session, seqs: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """What the review queue counts as pending among ``seqs``."""
    records = [session.record(s) for s in seqs]
    return [r.seq for r in records if in_queue(r) and not handled(r)]


async def test_a_ban_settles_the_authors_waiting_messages_for_the_queue_and_the_report(
    make_session: MakeSession,
) -> None:
    session = _session(make_session)
    raider = [session.ingest(chat(text, author="raider")) for text in (LINK, CLAIM, CAPS, LINK + " !")]
    other = session.ingest(chat(LINK, author="someone_else"))
    approved = session.ingest(chat(CLAIM + " really", author="raider"))
    await session.act(ActionKind.APPROVE, approved.seq)

    await session.act(ActionKind.BAN, raider[0].seq, reason="raid")

    assert _queue_pending(session, [r.seq for r in raider]) == []
    assert all(session.record(r.seq).state is MessageState.REMOVED for r in raider)
    assert session.record(approved.seq).state is MessageState.APPROVED  # a moderator's decision stands
    assert _queue_pending(session, [other.seq]) == [other.seq]
    session.store.flush()
    report = build_report(session.store)
    assert [m["seq"] for m in report["missed_risks"]] == [other.seq]


async def test_a_timeout_settles_the_authors_waiting_messages_too(make_session: MakeSession) -> None:
    session = _session(make_session)
    first = session.ingest(chat(LINK, author="troll"))
    assert first is not None
    second = session.ingest(chat(CLAIM, author="troll"))
    await session.act(ActionKind.TIMEOUT, second.seq, duration=600)
    assert _queue_pending(session, [first.seq, second.seq]) == []
    session.store.flush()
    assert build_report(session.store)["totals"]["missed_risks"] == 0


async def test_the_session_knows_who_is_banned_or_timed_out_and_until_when(make_session: MakeSession) -> None:
    clock = Clock()
    session = _session(make_session, clock)
    banned = session.ingest(chat("hello", author="banned"))
    timed = session.ingest(chat("hello", author="timed"))
    assert banned is not None and timed is not None
    await session.act(ActionKind.BAN, banned.seq)
    await session.act(ActionKind.TIMEOUT, timed.seq, duration=300)

    ban = session.sanction_of(banned)
    timeout = session.sanction_of(timed)
    assert ban is not None and ban.kind is ActionKind.BAN and ban.until is None and ban.by == "alex"
    assert timeout is not None and timeout.kind is ActionKind.TIMEOUT and timeout.until == clock.now + 300

    clock.now += 301
    assert session.sanction_of(timed) is None  # the timeout is over
    assert session.sanction_of(banned) is not None


async def test_unban_and_undo_lift_the_sanction(make_session: MakeSession) -> None:
    session = _session(make_session)
    one = session.ingest(chat("hello", author="one"))
    assert one is not None
    two = session.ingest(chat("hello", author="two"))
    assert two is not None
    await session.act(ActionKind.BAN, one.seq)
    await session.act(ActionKind.TIMEOUT, two.seq, duration=60)
    await session.act(ActionKind.UNBAN, one.seq)
    await session.act(ActionKind.UNDO, two.seq)
    assert session.sanction_of(one) is None and session.sanction_of(two) is None


async def test_a_failed_ban_is_no_ban(make_session: MakeSession) -> None:
    session = make_session(FakeSource("fake", fail_with="403 missing scope"))
    record = session.ingest(chat(LINK, author="troll"))
    assert record is not None
    await session.act(ActionKind.BAN, record.seq)
    assert session.sanction_of(record) is None
    assert session.record(record.seq).state is MessageState.HELD


async def test_bans_and_timeouts_seen_on_the_platform_count_and_unban_lifts_them(make_session: MakeSession) -> None:
    clock = Clock()
    session = _session(make_session, clock)
    held = session.ingest(chat(LINK, author="troll", at=clock.now))
    assert held is not None
    session.observe(PlatformEvent("fake", PlatformEventKind.TIMED_OUT, author_id="troll", duration=120, at=clock.now))
    sanction = session.sanction_of(held)
    assert sanction is not None and sanction.until == clock.now + 120 and sanction.by == "platform"
    assert session.record(held.seq).state is MessageState.REMOVED

    session.observe(PlatformEvent("fake", PlatformEventKind.UNBANNED, author_id="troll"))
    assert session.sanction_of(held) is None
    session.observe(PlatformEvent("fake", PlatformEventKind.BANNED, author_id="troll"))
    assert (again := session.sanction_of(held)) is not None and again.until is None


async def test_a_message_from_a_banned_author_is_flagged_as_ban_evasion(make_session: MakeSession) -> None:
    clock = Clock()
    session = _session(make_session, clock)
    first = session.ingest(chat("hello", author="troll", at=clock.now))
    assert first is not None
    await session.act(ActionKind.BAN, first.seq)

    again = session.ingest(chat("hello again", author="troll", at=clock.now + 5))
    assert again.verdict.flagged and EVASION in again.verdict.categories
    assert again.state is MessageState.HELD  # kept off air until a moderator looks at it
    (finding,) = [f for f in again.verdict.findings if f.category == EVASION]
    assert "banned" in finding.detail

    innocent = session.ingest(chat("hello", author="someone_else", at=clock.now + 5))
    assert EVASION not in innocent.verdict.categories


async def test_after_a_timeout_ends_the_author_may_post_again(make_session: MakeSession) -> None:
    clock = Clock()
    session = _session(make_session, clock)
    first = session.ingest(chat("hello", author="troll", at=clock.now))
    assert first is not None
    await session.act(ActionKind.TIMEOUT, first.seq, duration=60)
    during = session.ingest(chat("still here", author="troll", at=clock.now + 30))
    after = session.ingest(chat("back again", author="troll", at=clock.now + 61))
    assert EVASION in during.verdict.categories and "timed out" in during.verdict.findings[-1].detail
    assert not after.verdict.flagged


async def test_a_resumed_recording_keeps_its_bans(store: Store, policy: Policy, make_session: MakeSession) -> None:
    session = _session(make_session)
    first = session.ingest(chat("hello", author="troll"))
    assert first is not None
    await session.act(ActionKind.BAN, first.seq)
    session.store.flush()
    resumed = Session(store, Pipeline(policy), [FakeSource("fake")])
    assert resumed.sanction_of(first) is not None
