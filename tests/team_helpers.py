"""Shared pieces of the team desk's tests: a real redis-server per test, clients, waiting for a condition."""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.redisd import REDIS_SERVER, SKIP_REASON, RedisServer, run_redis

needs_redis = pytest.mark.skipif(REDIS_SERVER is None, reason=SKIP_REASON)


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of this test's own (random free port, temp dir), stopped after it."""
    directory = tmp_path / "redis"
    directory.mkdir()
    with run_redis(directory) as server:
        yield server
    # redis-py can leave a connection behind when a task is cancelled in the middle of a command (the team desk
    # guards its own loops against it: castguard/team/link.py). Collect such leftovers here, with this test,
    # rather than in whichever later test the garbage collector happens to run in.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.fixture
async def redis_client(redis_server: RedisServer) -> AsyncIterator[Any]:
    """A raw client of the test's Redis (to look at what the desks wrote, or write hostile entries)."""
    from castguard.integrations.team.link import connect

    client = connect(redis_server.url)
    yield client
    await client.aclose()


async def until(condition: Callable[[], object], timeout: float = 10.0, what: str = "condition") -> None:
    """Wait until ``condition()`` is true (polling the event loop), or fail saying what did not happen."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)
