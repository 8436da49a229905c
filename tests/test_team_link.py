"""A desk's Redis connections: a cancelled command gives its connection back; a desk that stops closes them all."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path
from typing import Any

import pytest

from castguard.core.policy import Policy
from castguard.integrations.team.host import TeamHost
from castguard.integrations.team.link import Keys, TeamLink, connect, credentials
from castguard.integrations.team.member import MemberSession
from tests.conftest import FakeSource, MakeSession
from tests.fakes.redisd import RedisServer
from tests.team_helpers import needs_redis, redis_client, redis_server, until

pytestmark = needs_redis
__all__ = ["redis_client", "redis_server"]


async def clients(redis_client: Any) -> int:
    """Connections the server has open (the test's own client included)."""
    return len(await redis_client.client_list())


async def test_commands_cancelled_mid_flight_leave_no_connection_behind(
    redis_server: RedisServer, redis_client: Any
) -> None:
    client = connect(redis_server.url)
    link = TeamLink(client, Keys("cancel"), name="ana", role="moderator", host=False)
    rng = random.Random(7)
    for i in range(200):
        work = link.beat() if i % 2 else client.xread({b"castguard:cancel:updates": "$"}, block=100)
        task = asyncio.ensure_future(work)
        await asyncio.sleep(rng.random() * 0.003)  # lands before, during or after the reply
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    # The pool reuses what it has: cancelled commands neither pile up connections nor keep any checked out.
    assert await clients(redis_client) <= 3
    await link.close()
    assert await clients(redis_client) == 1  # only the test's own


@pytest.mark.parametrize("pause", [0.0, 0.001, 0.005, 0.02])
async def test_a_desk_cancelled_again_on_its_way_out_still_closes_its_connections(
    make_session: MakeSession, redis_server: RedisServer, redis_client: Any, policy: Policy, tmp_path: Path,
    pause: float,
) -> None:  # fmt: skip
    # Textual cancels the desk's session worker, then the event loop cancels what is left: the desk's last
    # words to Redis (leaving the roster) are interrupted, and its client must be closed all the same.
    session = make_session(FakeSource(hold_open=True))
    host = TeamHost(session, connect(redis_server.url), Keys("twice"), name="alex")
    member = MemberSession(connect(redis_server.url), Keys("twice"), policy, moderator="ana", mirror_dir=tmp_path)
    session.add_service(host)
    tasks = [asyncio.create_task(session.run()), asyncio.create_task(member.run())]
    try:
        await until(lambda: host.link.connected and member.link.connected, what="both desks connected")
        assert await clients(redis_client) > 1
        for task in tasks:
            task.cancel()
        await asyncio.sleep(pause)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        assert all(t.cancelled() for t in tasks)  # the cancellation still reaches the caller
        assert await clients(redis_client) == 1
    finally:
        member.close()


def test_credentials_come_from_the_environment_before_the_config_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASTGUARD_REDIS_USERNAME", raising=False)
    monkeypatch.delenv("CASTGUARD_REDIS_PASSWORD", raising=False)
    monkeypatch.delenv("CASTGUARD_REDIS_CA", raising=False)
    settings = {"username": "desk", "password": "from-file", "ca_file": "/etc/ca.pem"}
    assert credentials(settings) == {"username": "desk", "password": "from-file", "ca_file": "/etc/ca.pem"}
    monkeypatch.setenv("CASTGUARD_REDIS_PASSWORD", "from-env")
    assert credentials(settings)["password"] == "from-env"
    assert credentials(None) == {"username": None, "password": "from-env", "ca_file": None}


def test_rediss_is_tls_and_checks_the_certificate() -> None:
    import redis.asyncio as aioredis

    client = connect("rediss://redis.example:6380/0", {"ca_file": "/etc/castguard/ca.pem"})
    pool = client.connection_pool
    assert pool.connection_class is aioredis.SSLConnection
    assert pool.connection_kwargs["ssl_ca_certs"] == "/etc/castguard/ca.pem"
    assert pool.connection_kwargs.get("ssl_cert_reqs", "required") == "required"
