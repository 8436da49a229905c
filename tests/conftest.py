"""Shared fixtures: a scripted fake source, a fresh store, a session, the default risk and adverse-event filters."""

from __future__ import annotations

import asyncio
import gc
import itertools
import os
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol

import pytest

from castguard.connectors.base import Source
from castguard.core.model import (
    ActionKind,
    ActionOutcome,
    ActionRequest,
    ActionResult,
    Author,
    ChatMessage,
    SourceEvent,
)
from castguard.core.policy import Policy, load_policy
from castguard.filters.adverse import AdverseFilter
from castguard.filters.pipeline import Pipeline
from castguard.filters.risk import RiskFilter
from castguard.session.engine import Session
from castguard.session.store import Store

_ids = itertools.count(1)
HANG_REPORT_LEAD = 20.0  # seconds before pytest-timeout stops a test


def chat(
    text: str,
    *,
    author: str = "viewer1",
    name: str | None = None,
    source: str = "fake",
    msg_id: str | None = None,
    roles: frozenset[str] = frozenset(),
    platform: str = "twitch",
    at: float | None = None,
) -> ChatMessage:
    """A chat message as a connector would yield it."""
    now = time.time() if at is None else at
    display = name if name is not None else author.title()
    return ChatMessage(
        source=source, platform=platform, channel="clinic", id=msg_id or f"m{next(_ids)}",
        author=Author(author, display, roles), text=text, sent_at=now, received_at=now,
    )  # fmt: skip


async def until(condition: Callable[[], object], timeout: float = 10.0, what: str = "condition") -> None:
    """Wait until ``condition()`` is true (polling the event loop), or fail saying what did not happen."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


class FakeSource:
    """A source that yields scripted events and records the actions asked of it."""

    platform = "twitch"

    def __init__(
        self,
        key: str = "fake",
        events: Iterable[SourceEvent | Exception] = (),
        capabilities: frozenset[ActionKind] = frozenset(
            {ActionKind.DELETE, ActionKind.TIMEOUT, ActionKind.BAN, ActionKind.UNBAN}
        ),
        fail_with: str | None = None,
        hold_open: bool = False,
    ) -> None:
        self.key = key
        self.script = list(events)
        self.capabilities = capabilities
        self.fail_with = fail_with
        self.hold_open = hold_open
        self.requests: list[ActionRequest] = []
        self.closed = False

    async def events(self) -> AsyncIterator[SourceEvent]:
        for item in self.script:
            await asyncio.sleep(0)
            if isinstance(item, Exception):
                raise item
            yield item
        if self.hold_open:
            await asyncio.Event().wait()

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        self.requests.append(request)
        if self.fail_with:
            return ActionOutcome(ActionResult.FAILED, self.fail_with)
        return ActionOutcome(ActionResult.DONE, f"fake: {request.kind.value} ok")

    async def aclose(self) -> None:
        self.closed = True


def _report_event_loops(after: float) -> None:
    """Print what every task of every running event loop waits on (a hung test's story, before it is killed)."""
    loops = [o for o in gc.get_objects() if isinstance(o, asyncio.AbstractEventLoop) and o.is_running()]
    for loop in loops:
        tasks = list(asyncio.all_tasks(loop))
        print(f"--- {len(tasks)} task(s) of {loop!r}, {after:.0f}s into the test ---", file=sys.stderr)
        for task in tasks:
            print(f"{task!r}", file=sys.stderr)
            task.print_stack(limit=12, file=sys.stderr)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """A test still running shortly before pytest-timeout stops it has its asyncio tasks' stacks printed.

    The timeout's own dump shows only threads, where a hung asyncio test is always idle in ``select``.
    """
    after = max(float(item.config.getini("timeout") or 0) - HANG_REPORT_LEAD, 1.0)
    timer = threading.Timer(after, _report_event_loops, (after,))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


@pytest.fixture(autouse=True)
def _no_env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's own tokens, base URLs or config (``CASTGUARD_*``)."""
    for name in list(os.environ):
        if name.startswith("CASTGUARD_"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def risk() -> RiskFilter:
    """The risk filter on the default policy (filters keep no state between messages)."""
    return RiskFilter(load_policy())


@pytest.fixture(scope="session")
def adverse() -> AdverseFilter:
    """The adverse-event filter on the default policy."""
    return AdverseFilter(load_policy())


@pytest.fixture
def policy() -> Policy:
    return load_policy()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "session.db")
    yield s
    s.close()


class MakeSession(Protocol):
    """The ``make_session`` fixture: a session over the test's store and the default policy."""

    def __call__(self, *sources: Source, moderator: str = "alex") -> Session: ...


@pytest.fixture
def make_session(store: Store, policy: Policy) -> MakeSession:
    def make(*sources: Source, moderator: str = "alex") -> Session:
        return Session(store, Pipeline(policy), sources, moderator=moderator, flush_interval=0.01)

    return make
