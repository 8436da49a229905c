"""The team host publishes every update of its session to Redis, and keeps a snapshot for late joiners."""

from __future__ import annotations

import asyncio
from typing import Any

from castguard.core.model import ActionKind, ActionRecord, MessageRecord, MessageState
from castguard.integrations.team.host import TeamHost
from castguard.integrations.team.link import Keys
from castguard.integrations.team.wire import Claim, decode_snapshot, decode_update
from castguard.session.engine import LockdownChanged, Session, StateChange
from castguard.session.store import Store
from tests.conftest import FakeSource, chat
from tests.fakes.redisd import RedisServer
from tests.team_helpers import needs_redis, redis_client, redis_server, until

pytestmark = needs_redis
__all__ = ["redis_client", "redis_server"]


async def stream(client: Any, keys: Keys) -> list[object]:
    entries = await client.xrange(keys.updates)
    return [decode_update(fields[b"w"]) for _id, fields in entries]


async def test_host_publishes_messages_actions_claims_and_lockdown(
    make_session: Any, redis_client: Any, redis_server: RedisServer
) -> None:
    source = FakeSource(events=[chat("hello"), chat("what a fucking joke of a stream", author="troll")], hold_open=True)
    session: Session = make_session(source)
    keys = Keys("show1")
    host = TeamHost(session, redis_client, keys, name="alex", snapshot_interval=0.05)
    session.add_service(host)
    task = asyncio.create_task(session.run())
    try:
        await until(lambda: session.counts["messages"] == 2, what="two messages")
        leak = session.record(2)
        assert leak is not None
        await session.act(ActionKind.HIDE, 2, actor="alex")
        await session.set_lockdown(True)
        await until(lambda: not host.outbox and host.published >= 7, what="everything published")
        updates = await stream(redis_client, keys)
        messages = [u for u in updates if isinstance(u, MessageRecord)]
        assert [m.message.text for m in messages] == ["hello", "what a fucking joke of a stream"]
        hide = next(u for u in updates if isinstance(u, ActionRecord))
        assert (hide.kind, hide.actor, hide.message_seq) == (ActionKind.HIDE, "alex", 2)
        assert hide.hash == session.store.actions(message_seq=2)[-1].hash  # the chained entry, as recorded
        assert any(isinstance(u, StateChange) and u.record.state is MessageState.HIDDEN for u in updates)
        assert [c for c in updates if isinstance(c, Claim)] == [
            Claim(2, "alex", ActionKind.HIDE, True),
            Claim(2, "alex", ActionKind.HIDE, False),
        ]
        assert LockdownChanged(True, "alex") in updates
        await until(lambda: host._dirty is False, what="a fresh snapshot")
        await asyncio.sleep(0.1)
        snap = decode_snapshot(await redis_client.get(keys.snapshot))
        assert snap.lockdown is True
        assert snap.counts["messages"] == 2
        assert [r.seq for r in snap.records] == [1, 2]
        assert snap.records[1].state is MessageState.HIDDEN
        assert snap.stream_id == host.last_id
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_the_stream_is_trimmed_to_its_window(make_session: Any, redis_client: Any) -> None:
    source = FakeSource(events=[chat(f"message {i}") for i in range(3000)], hold_open=True)
    session: Session = make_session(source)
    host = TeamHost(session, redis_client, Keys("trim"), name="alex", window=500)
    session.add_service(host)
    task = asyncio.create_task(session.run())
    try:
        await until(
            lambda: session.counts["messages"] == 3000 and not host.outbox, timeout=60, what="the burst published"
        )
        length = await redis_client.xlen(Keys("trim").updates)
        assert 500 <= length < 1500  # MAXLEN ~ trims whole nodes: about the window, never the whole history
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_host_goes_on_alone_while_redis_is_down_and_publishes_a_gap_when_back(
    store: Store, make_session: Any, redis_server: RedisServer, redis_client: Any
) -> None:
    from castguard.integrations.team.wire import Gap

    source = FakeSource(events=[chat("before")], hold_open=True)
    session: Session = make_session(source)
    host = TeamHost(session, redis_client, Keys("outage"), name="alex")
    session.add_service(host)
    task = asyncio.create_task(session.run())
    try:
        await until(lambda: host.published >= 1 and host.link.connected, what="first publish")
        redis_server.stop()
        # The session records on: a message ingested while Redis is down is recorded at once.
        session.ingest(chat("during the outage"))
        session.store.flush()
        await until(lambda: not host.link.connected, what="the outage noticed")
        assert "Redis unreachable" in host.link.detail
        assert store.count() == 2
        host.lost = 3  # as if the outbox had overflowed during the outage
        redis_server.start()
        await until(lambda: host.link.connected and not host.outbox, timeout=15, what="back and published")
        updates = await stream(redis_client, Keys("outage"))
        assert Gap(3) in updates
        assert [u.message.text for u in updates if isinstance(u, MessageRecord)] == ["during the outage"]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
