"""A host and member desks share one session through a real Redis: views, intents, claims, presence, roles."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from castguard.core.model import ActionKind, MessageState
from castguard.core.policy import Policy
from castguard.integrations.team.host import TeamHost
from castguard.integrations.team.link import Keys, connect
from castguard.integrations.team.member import MemberSession
from castguard.integrations.team.wire import Intent, encode_intent
from castguard.session.actions import ActionError
from castguard.session.engine import Session
from castguard.session.store import Store
from castguard.tui.app import DeskApp
from castguard.tui.views import QueueView
from tests.conftest import FakeSource, MakeSession, chat
from tests.fakes.redisd import RedisServer
from tests.team_helpers import needs_redis, redis_client, redis_server, until
from tests.test_tui_support import actions_done, screen_text

pytestmark = needs_redis
__all__ = ["redis_client", "redis_server"]
SIZE = (200, 40)
LEAK = "you are full of shit"  # held for review by the default policy


@asynccontextmanager
async def hosted(
    make_session: MakeSession, redis_server: RedisServer, messages: list[str], name: str = "show", **options: Any
) -> AsyncIterator[tuple[Session, TeamHost, FakeSource]]:
    """A host session on a fake source, publishing to the test's Redis."""
    source = FakeSource(events=[chat(t, author=f"viewer{i}") for i, t in enumerate(messages)], hold_open=True)
    session: Session = make_session(source)
    client = connect(redis_server.url)
    host = TeamHost(session, client, Keys(name), name="host", snapshot_interval=0.05, **options)
    host.link.interval = 0.05
    session.add_service(host)
    task = asyncio.create_task(session.run())
    try:
        await until(lambda: session.counts["messages"] == len(messages) and not host.outbox, what="host published")
        yield session, host, source
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await client.aclose()


def member(redis_server: RedisServer, policy: Policy, tmp_path: Path, name: str, role: str = "moderator",
           session: str = "show") -> MemberSession:  # fmt: skip
    folder = tmp_path / name
    folder.mkdir()
    m = MemberSession(connect(redis_server.url), Keys(session), policy, moderator=name, role=role, mirror_dir=folder)
    m.link.interval = 0.05
    return m


async def test_two_member_desks_one_hide_one_platform_call_and_the_second_sees_who(
    make_session: MakeSession, redis_server: RedisServer, redis_client: Any, policy: Policy, tmp_path: Path,
    store: Store,
) -> None:  # fmt: skip
    async with hosted(make_session, redis_server, ["hello doctor", LEAK]) as (session, _host, source):
        ana, ben = member(redis_server, policy, tmp_path, "ana"), member(redis_server, policy, tmp_path, "ben")
        desk_a, desk_b = DeskApp(ana, team=ana.link), DeskApp(ben, team=ben.link)
        async with desk_a.run_test(size=SIZE) as pilot_a, desk_b.run_test(size=SIZE) as pilot_b:
            await until(lambda: len(desk_a.feed.rows) == 2 and len(desk_b.feed.rows) == 2, what="both desks fed")
            # Both see the held leak in their queue; ana selects it: ben's row shows her soft lease.
            await pilot_a.press("2")
            await pilot_b.press("2")
            assert desk_a.desk_screen.query_one(QueueView).selected.message.text == LEAK
            await until(lambda: desk_b.desk_screen.query_one(QueueView).pending.get(2) == "⚑ ana",
                        what="ana's lease on ben's row")  # fmt: skip
            await until(lambda: "ana" in screen_text(desk_b) and "host★" in screen_text(desk_b), what="roster")
            # Both press hide at once: one platform call, one entry in the log; ben is told who did it.
            await pilot_a.press("h")
            await pilot_b.press("h")
            await actions_done(desk_a)
            await actions_done(desk_b)
            assert len(source.requests) == 1 and source.requests[0].kind is ActionKind.DELETE
            hides = [a for a in store.actions(message_seq=2) if a.kind is ActionKind.HIDE]
            assert [(a.actor, a.message_seq) for a in hides] == [("ana", 2)]
            notes = [str(n.message) for n in desk_b._notifications]
            assert any("ana" in n and "#2" in n for n in notes), notes
            # The outcome reaches every desk: the row is hidden on both members and on the host.
            for desk in (desk_a, desk_b):
                await until(lambda d=desk: d.session.record(2).state is MessageState.HIDDEN, what="hidden")  # type: ignore[misc]
            assert session.record(2).state is MessageState.HIDDEN
        # A closed desk has left the roster and closed its connections by the time its app is gone (Textual
        # does not wait for the session's worker; the connections were once left to the garbage collector).
        assert await redis_client.smembers(Keys("show").roster) == {b"host"}
        ana.close()
        ben.close()


async def test_duplicate_intents_are_carried_out_exactly_once(
    make_session: MakeSession, redis_server: RedisServer, redis_client: Any, store: Store
) -> None:
    async with hosted(make_session, redis_server, [LEAK]) as (_session, host, source):
        keys = Keys("show")
        intent = Intent("a1b2c3d4e5f60718", "ana", "moderator", ActionKind.HIDE, 1)
        for _ in range(3):  # a member retrying after a timeout sends the same intent again
            await redis_client.xadd(keys.intents, {b"w": encode_intent(intent)})
        await until(lambda: host.intents_done == 1 and host.published > 0, what="intent carried out")
        await until(lambda: not host.outbox, what="outcomes published")
        await asyncio.sleep(0.3)  # the two duplicates pass through the same path
        pending = await redis_client.xpending(keys.intents, keys.group)
        assert pending["pending"] == 0  # every copy acknowledged
        assert len(source.requests) == 1
        assert len([a for a in store.actions() if a.kind is ActionKind.HIDE]) == 1
        assert host.intents_done == 1


async def test_an_intent_a_dead_host_read_is_taken_over_and_carried_out_once(
    make_session: MakeSession, redis_server: RedisServer, redis_client: Any, store: Store
) -> None:
    keys = Keys("show")
    await redis_client.xgroup_create(keys.intents, keys.group, id="0", mkstream=True)
    intent = Intent("deadbeefdeadbeef", "ana", "moderator", ActionKind.HIDE, 1)
    await redis_client.xadd(keys.intents, {b"w": encode_intent(intent)})
    # A host read it and died before acknowledging it.
    got = await redis_client.xreadgroup(keys.group, "dead-host", {keys.intents: ">"}, count=10)
    assert len(got[0][1]) == 1
    async with hosted(make_session, redis_server, [LEAK], reclaim_idle_ms=300) as (_session, host, source):
        await until(lambda: host.intents_done == 1, what="reclaimed intent carried out")
        await until(lambda: not host.outbox, what="published")
        assert len(source.requests) == 1
        pending = await redis_client.xpending(keys.intents, keys.group)
        assert pending["pending"] == 0


async def test_an_intent_the_host_died_in_the_middle_of_is_not_risked_twice(
    make_session: MakeSession, redis_server: RedisServer, redis_client: Any, store: Store
) -> None:
    from castguard.integrations.team.host import INTENT_META

    store.set_meta(INTENT_META + "cafebabecafebabe", "started")  # the previous host stopped during this action
    async with hosted(make_session, redis_server, [LEAK]) as (_session, host, source):
        outcome = await host.carry_out(Intent("cafebabecafebabe", "ana", "moderator", ActionKind.HIDE, 1))
        assert not outcome.ok and "stopped during this action" in outcome.error
        assert source.requests == []


async def test_the_host_claims_an_intent_in_redis_before_the_platform_and_writes_its_outcome_after(
    make_session: MakeSession, redis_server: RedisServer, redis_client: Any, store: Store
) -> None:
    keys = Keys("show")
    async with hosted(make_session, redis_server, [LEAK, "hello"]) as (_session, host, source):
        claimed: list[bytes | None] = []
        perform = source.perform

        async def watched(request: Any) -> Any:  # what Redis says while the platform is being called
            claimed.append(await redis_client.get(keys.intent("feedfacefeedface")))
            return await perform(request)

        source.perform = watched  # type: ignore[method-assign]
        done = await host.carry_out(Intent("feedfacefeedface", "ana", "moderator", ActionKind.HIDE, 1))
        assert done.ok and claimed == [b"started"]
        assert await redis_client.get(keys.intent("feedfacefeedface")) == str(done.action_id).encode()
        # Another host finished this one (its recording is elsewhere): answered from Redis, not done again.
        await redis_client.set(keys.intent("0ddba11c0ddba11c"), "7")
        again = await host.carry_out(Intent("0ddba11c0ddba11c", "ana", "moderator", ActionKind.HIDE, 2))
        assert again.ok and again.action_id == 7
        # A claim whose outcome never came (the host died), or a record nobody wrote: unknown, not done.
        for intent_id, record in (("dead0000dead0000", "started"), ("f00df00df00df00d", "done\x1b[31m")):
            await redis_client.set(keys.intent(intent_id), record)
            unknown = await host.carry_out(Intent(intent_id, "ana", "moderator", ActionKind.HIDE, 2))
            assert not unknown.ok and "outcome unknown" in unknown.error
        assert len(source.requests) == 1
        assert len([a for a in store.actions() if a.kind is ActionKind.HIDE]) == 1


async def test_roles_gate_what_a_member_can_do(
    make_session: MakeSession,
    redis_server: RedisServer,
    redis_client: Any,
    policy: Policy,
    tmp_path: Path,
    store: Store,
) -> None:
    async with hosted(make_session, redis_server, [LEAK]) as (_session, host, source):
        watcher = member(redis_server, policy, tmp_path, "olga", role="observer")
        producer = member(redis_server, policy, tmp_path, "pat", role="producer")
        tasks = [asyncio.create_task(m.run()) for m in (watcher, producer)]
        try:
            await until(lambda: watcher.record(1) is not None and producer.link.connected, what="members fed")
            with pytest.raises(ActionError, match="observer"):
                await watcher.act(ActionKind.HIDE, 1)
            with pytest.raises(ActionError, match="producer cannot ban"):
                await producer.act(ActionKind.BAN, 1)
            # A forged intent claiming the observer role is refused by the host too.
            outcome = await host.carry_out(Intent("f0f0f0f0f0f0f0f0", "olga", "observer", ActionKind.HIDE, 1))
            assert not outcome.ok and "observer" in outcome.error
            escalated = await producer.act(ActionKind.ESCALATE, 1, reason="for legal")
            assert escalated.actor == "pat" and escalated.kind is ActionKind.ESCALATE
            assert source.requests == []
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            watcher.close()
            producer.close()


async def test_a_late_member_sees_the_open_queue_and_inbox_from_the_snapshot(
    make_session: MakeSession, redis_server: RedisServer, policy: Policy, tmp_path: Path
) -> None:
    chatter = [f"hello {i}" for i in range(1500)]
    async with hosted(make_session, redis_server, [LEAK, *chatter], window=200) as (session, host, _source):
        await session.act(ActionKind.ESCALATE, 1, actor="host", reason="legal")
        await until(lambda: not host.outbox, what="published")
        await asyncio.sleep(0.2)  # a snapshot after the escalation
        late = member(redis_server, policy, tmp_path, "late")
        task = asyncio.create_task(late.run())
        try:
            await late.wait_ready()
            first = late.record(1)
            assert first is not None and first.state is MessageState.HELD and first.escalation is not None
            assert late.counts["messages"] == 1501
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            late.close()


async def test_members_resync_without_duplicates_after_redis_comes_back(
    make_session: MakeSession, redis_server: RedisServer, policy: Policy, tmp_path: Path
) -> None:
    async with hosted(make_session, redis_server, ["one", "two"]) as (session, host, _source):
        m = member(redis_server, policy, tmp_path, "ana")
        seen: list[int] = []
        from castguard.core.model import MessageRecord

        m.subscribe(lambda u: seen.append(u.seq) if isinstance(u, MessageRecord) else None)
        task = asyncio.create_task(m.run())
        try:
            await until(lambda: seen == [1, 2], what="first two")
            redis_server.stop()
            await until(lambda: not m.link.connected and not host.link.connected, what="both see the outage")
            session.ingest(chat("three (during the outage)"))
            redis_server.start()  # empty: everything Redis held is gone
            await until(lambda: host.link.connected and m.link.connected, timeout=15, what="reconnected")
            session.ingest(chat("four"))
            await until(lambda: 4 in seen, timeout=15, what="news after the outage")
            assert sorted(seen) == seen and len(seen) == len(set(seen))  # no duplicates
            assert seen == [1, 2, 3, 4]  # no gap: the outbox kept "three" until Redis was back
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            m.close()


async def test_a_member_asks_the_host_to_switch_lockdown(
    make_session: MakeSession, redis_server: RedisServer, policy: Policy, tmp_path: Path
) -> None:
    async with hosted(make_session, redis_server, ["hello"]) as (session, _host, _source):
        mod = member(redis_server, policy, tmp_path, "mo")
        watcher = member(redis_server, policy, tmp_path, "olga", role="observer")
        tasks = [asyncio.create_task(m.run()) for m in (mod, watcher)]
        try:
            await until(lambda: mod.link.connected and watcher.link.connected, what="members connected")
            with pytest.raises(ActionError, match="observer"):
                await watcher.set_lockdown(True)
            assert await mod.set_lockdown(True) is None  # asked: the host switches it
            await until(lambda: session.lockdown and mod.lockdown, what="lockdown on at the host and the member")
            await mod.set_lockdown(False)
            await until(lambda: not session.lockdown and not mod.lockdown, what="lockdown lifted")
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            mod.close()
            watcher.close()


async def test_a_lockdown_request_no_host_answers_ends_with_the_member_that_asked(
    redis_server: RedisServer, policy: Policy, tmp_path: Path
) -> None:
    mod = member(redis_server, policy, tmp_path, "mo")  # no host: the request waits for its answer
    running = asyncio.create_task(mod.run())
    try:
        await until(lambda: mod.link.connected, what="the member connected")
        assert await mod.set_lockdown(True) is None
        asked = [t for t in asyncio.all_tasks() if "intend" in repr(t.get_coro())]
        await asyncio.sleep(0.1)  # the request is on the stream and waiting (the loop holds tasks only weakly)
        assert [t for t in asked if not t.done()], "the request is still waiting for the host"
    finally:
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
        mod.close()
    assert all(t.cancelled() for t in asked), "a request outlived its member (and its closed Redis client)"


async def test_a_member_desk_shows_the_hosts_platform_status_quota_gauge_and_automod_holds(
    make_session: MakeSession, redis_server: RedisServer, policy: Policy, tmp_path: Path
) -> None:
    from dataclasses import replace

    from castguard.core.model import (
        HOLD_REASON,
        PLATFORM_HOLD,
        ConnectionEvent,
        ConnectionState,
        PlatformEvent,
        PlatformEventKind,
    )
    from castguard.tui.marks import PLATFORM_HOLD_MARK

    automod = {PLATFORM_HOLD: "Twitch AutoMod", HOLD_REASON: "AutoMod category swearing level 4"}
    held = replace(chat("can I get the link", author="viewer7"), extra=automod)
    source = FakeSource(events=[
        ConnectionEvent("fake", ConnectionState.CONNECTED, "EventSub: 14 subscriptions", gauge="quota 120u · ~300/h"),
        PlatformEvent("fake", PlatformEventKind.SHIELD_MODE, detail="Shield Mode on, by mod_ana"),
        chat("hello doctor"), held,
    ], hold_open=True)  # fmt: skip
    session = make_session(source)
    host = TeamHost(session, connect(redis_server.url), Keys("show"), name="host", snapshot_interval=0.05)
    session.add_service(host)
    host_desk = DeskApp(session)
    async with host_desk.run_test(size=SIZE) as host_pilot:
        await until(lambda: session.counts["messages"] == 2 and not host.outbox, what="the host published")
        await until(lambda: host.snapshot().connections and not host._dirty, what="a snapshot with the status")
        # A member joining now reads it all from the snapshot; its status line is the host's, word for word.
        ana = member(redis_server, policy, tmp_path, "ana")
        member_desk = DeskApp(ana)
        async with member_desk.run_test(size=SIZE) as member_pilot:

            def status(desk: DeskApp) -> str:
                return screen_text(desk).splitlines()[0]

            await until(lambda: len(member_desk.feed.rows) == 2 and "quota" in status(member_desk), what="synced")
            await host_pilot.pause()
            assert "quota 120u · ~300/h" in status(host_desk)
            assert "2 Queue (1)" in status(host_desk)
            assert status(member_desk) == status(host_desk)
            notes = [str(n.message) for n in member_desk._notifications]
            assert any("Shield Mode on, by mod_ana" in n for n in notes), notes
            # The AutoMod hold is marked on the member's queue row as on the host's.
            await member_pilot.press("2")
            await host_pilot.press("2")
            assert PLATFORM_HOLD_MARK in screen_text(member_desk) and PLATFORM_HOLD_MARK in screen_text(host_desk)
            # Live: the next quota reading reaches the member's status line too.
            session.observe(ConnectionEvent("fake", ConnectionState.CONNECTED, "EventSub: 14 subscriptions",
                                            gauge="quota 450u · ~900/h!"))  # fmt: skip
            await until(lambda: "quota 450u" in status(member_desk), what="the new gauge at the member")
            await until(lambda: status(member_desk) == status(host_desk), what="the same status line")
        ana.close()
    await host.client.aclose()
