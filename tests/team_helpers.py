"""Shared pieces of the team desk's tests: a real redis-server per test, clients, waiting for a condition."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import until  # noqa: F401  (the team tests import it from here)
from tests.fakes.redisd import REDIS_SERVER, SKIP_REASON, RedisServer, run_redis

needs_redis = pytest.mark.skipif(REDIS_SERVER is None, reason=SKIP_REASON)


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of this test's own (random free port, temp dir), stopped after it."""
    directory = tmp_path / "redis"
    directory.mkdir()
    with run_redis(directory) as server:
        yield server
    gc.collect()  # a connection left unclosed warns now, in the test that left it


@pytest.fixture
async def redis_client(redis_server: RedisServer) -> AsyncIterator[Any]:
    """A raw client of the test's Redis (to look at what the desks wrote, or write hostile entries)."""
    from castguard.integrations.team.link import connect

    client = connect(redis_server.url)
    yield client
    await client.aclose()
