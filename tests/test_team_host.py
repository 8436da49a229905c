"""The team host publishes every update of its session to Redis, and keeps a snapshot for late joiners."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from castguard.core.model import (
    ActionKind,
    ActionOutcome,
    ActionRecord,
    ActionRequest,
    MessageRecord,
    MessageState,
    SourceEvent,
)
from castguard.core.policy import Policy
from castguard.integrations.team.host import TeamHost
from castguard.integrations.team.link import Keys, connect
from castguard.integrations.team.member import MemberSession
from castguard.integrations.team.wire import Claim, Snapshot, decode_snapshot, decode_update
from castguard.session.engine import LockdownChanged, Session, StateChange
from castguard.session.store import Store
from tests.conftest import FakeSource, chat
from tests.fakes.redisd import RedisServer, distant
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


class Steady:
    """A busy chat that never pauses: ``rate`` messages a second, in the small bursts a socket delivers, until
    :attr:`stop` is set."""

    key = "steady"
    platform = "twitch"
    capabilities: frozenset[ActionKind] = frozenset()

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.stop = asyncio.Event()

    async def events(self) -> AsyncIterator[SourceEvent]:
        loop = asyncio.get_running_loop()
        start, sent = loop.time(), 0
        while not self.stop.is_set():
            due = int((loop.time() - start) * self.rate) + 1
            while sent < due:
                sent += 1
                yield chat(f"what a great show, greetings from town {sent}", author=f"viewer{sent % 300}")
            await asyncio.sleep(0.005)  # the chat's own pace
        await asyncio.Event().wait()

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        raise NotImplementedError

    async def aclose(self) -> None:
        pass


async def fresh_snapshot(client: Any, keys: Keys, *, after: float, timeout: float = 10.0) -> Snapshot:
    """The host's snapshot once it is one taken after ``after`` (wall clock)."""
    deadline = time.monotonic() + timeout
    while True:
        raw = await client.get(keys.snapshot)
        if raw is not None and (snap := decode_snapshot(raw)).at >= after:
            return snap
        assert time.monotonic() < deadline, f"no snapshot taken within {timeout} s under load"
        await asyncio.sleep(0.02)


async def newest_message_at(client: Any, keys: Keys, entry_id: str) -> int:
    """The seq of the newest message on the stream at or before ``entry_id``."""
    for _id, fields in await client.xrevrange(keys.updates, max=entry_id, count=50):
        update = decode_update(fields[b"w"])
        if isinstance(update, MessageRecord):
            return update.seq
    raise AssertionError(f"no message at or before {entry_id}")


async def test_a_late_joiner_during_a_sustained_chat_starts_from_a_recent_snapshot_that_matches_its_stream_id(
    make_session: Any, redis_server: RedisServer, redis_client: Any, policy: Policy, tmp_path: Path
) -> None:
    # Redis across a network (10 ms each way) and a chat that never pauses: the publisher always has a batch in
    # flight, so its outbox is never empty. The host used to wait for an empty outbox to take its snapshot,
    # and a late joiner started from a snapshot taken before the rush (or none) and read the whole stream.
    source = Steady(rate=400)
    session: Session = make_session(source)
    keys = Keys("busy")
    async with distant(redis_server, 0.01) as url:
        client = connect(url)
        host = TeamHost(session, client, keys, name="host", snapshot_interval=0.1)
        session.add_service(host)
        task = asyncio.create_task(session.run())
        joiner = None
        try:
            await until(lambda: host.published >= 2400, timeout=60, what="a sustained publish")
            # A snapshot taken under that load holds exactly the updates up to the entry it names.
            for _ in range(3):
                snap = await fresh_snapshot(redis_client, keys, after=time.time())
                newest = max(r.seq for r in snap.records)
                assert newest == snap.counts["messages"] == await newest_message_at(redis_client, keys, snap.stream_id)
                after = await redis_client.xrange(keys.updates, min=f"({snap.stream_id}", count=1)
                if after:
                    following = decode_update(after[0][1][b"w"])
                    assert not isinstance(following, MessageRecord) or following.seq == newest + 1
            # A desk joining now is ready from a snapshot of the last second, not from the start of the chat.
            joiner = MemberSession(connect(redis_server.url), keys, policy, moderator="late", mirror_dir=tmp_path)
            joined = time.time()
            follower = asyncio.create_task(joiner.run())
            await asyncio.wait_for(joiner.wait_ready(), 30)
            ready_from = joiner.last_id
            assert ready_from != "0-0", "the joiner found no snapshot: it read the whole stream"
            # Snapshots are taken every 0.1 s; on a busy machine one may come late, never from the chat's start.
            began = int((await redis_client.xrange(keys.updates, count=1))[0][0].split(b"-")[0]) / 1000
            age = joined - int(ready_from.split("-")[0]) / 1000
            assert age < (joined - began) / 2, (joined, began, ready_from)
            first = min(r.seq for r in decode_snapshot(await redis_client.get(keys.snapshot)).records)
            # The chat stops; the joiner ends with every message from its snapshot on, none missed or twice.
            source.stop.set()
            await until(lambda: not host.outbox and joiner.counts["messages"] == session.counts["messages"],
                        timeout=60, what="the joiner caught up")  # fmt: skip
            assert all(joiner.record(seq) is not None for seq in range(first, session.counts["messages"] + 1))
            follower.cancel()
            await asyncio.gather(follower, return_exceptions=True)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            if joiner is not None:
                joiner.close()
            await client.aclose()
