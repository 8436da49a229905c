"""Bans and timeouts stick: the demo platform enforces them, the session knows them, the desk shows them."""

from __future__ import annotations

import asyncio

import pytest

from castguard.model import ActionKind, ActionRequest, ActionResult, Author, ChatMessage
from connectors.demo import DemoBroadcast


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
