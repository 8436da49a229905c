"""Escalations reach a Slack-compatible webhook, redacted, retried, never blocking the session."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer

from castguard.engine import Session
from castguard.model import ActionKind
from castguard.webhook import EscalationWebhook, WebhookSettings
from tests.conftest import FakeSource, chat


async def fake_slack(statuses: list[int]) -> tuple[TestServer, list[dict[str, Any]]]:
    received: list[dict[str, Any]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append(await request.json())
        status = statuses.pop(0) if statuses else 200
        return web.Response(status=status, text="ok" if status == 200 else "busy")

    app = web.Application()
    app.router.add_post("/hook", hook)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server, received


async def no_sleep(_: float) -> None:
    await asyncio.sleep(0)


async def test_policy_and_moderator_escalations_are_posted_redacted(make_session) -> None:
    server, received = await fake_slack([503, 200])  # the first attempt fails and is retried
    try:
        source = FakeSource("fake", [chat("I want to kill myself, call my mom 415-555-2671", msg_id="a"),
                                     chat("is this legit?", msg_id="b")], hold_open=True)  # fmt: skip
        session: Session = make_session(source)
        webhook = EscalationWebhook(WebhookSettings(url=str(server.make_url("/hook"))), sleep=no_sleep)
        session.add_service(webhook)
        task = asyncio.create_task(session.run())
        await asyncio.sleep(0.05)
        await session.act(ActionKind.ESCALATE, 2, reason="producer should check")
        await webhook.drain(2)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    finally:
        await server.close()
    bodies = [r["castguard"] for r in received]
    assert [b["seq"] for b in bodies] == [1, 1, 2]  # seq 1 retried once after the 503
    assert "415-555-2671" not in received[0]["text"] and "[phone]" in received[0]["text"]
    assert bodies[0]["redacted"] is True and "risk.self_harm" in bodies[0]["categories"]
    assert webhook.sent == 2 and webhook.failed == 0


async def test_a_dead_webhook_costs_nothing_but_a_count(make_session) -> None:
    session: Session = make_session(FakeSource("fake"))
    webhook = EscalationWebhook(WebhookSettings(url="http://127.0.0.1:9/hook", retries=1, timeout=0.5), sleep=no_sleep)
    session.add_service(webhook)
    runner = asyncio.create_task(webhook.run())
    record = session.ingest(chat("help"))
    await session.act(ActionKind.ESCALATE, record.seq)
    await webhook.drain(5)
    runner.cancel()
    assert webhook.failed == 1 and webhook.sent == 0
    assert session.store.count() == 1
