"""Escalations reach a Slack-compatible webhook, redacted, retried, never blocking the session."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from castguard.core.model import ActionKind
from castguard.integrations.webhook import EscalationWebhook, WebhookSettings, escalation_payload
from castguard.session.engine import Session
from tests.conftest import FakeSource, MakeSession, chat, until
from tests.test_cli import castguard


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


async def test_policy_and_moderator_escalations_are_posted_redacted(make_session: MakeSession) -> None:
    server, received = await fake_slack([503, 200])  # the first attempt fails and is retried
    try:
        source = FakeSource("fake", [chat("I want to kill myself, call my mom 415-555-2671", msg_id="a"),
                                     chat("is this legit?", msg_id="b")], hold_open=True)  # fmt: skip
        session: Session = make_session(source)
        webhook = EscalationWebhook(WebhookSettings(url=str(server.make_url("/hook"))), sleep=no_sleep)
        session.add_service(webhook)
        task = asyncio.create_task(session.run())
        await until(lambda: session.record(2) is not None, what="both messages recorded")
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


async def test_a_dead_webhook_costs_nothing_but_a_count(make_session: MakeSession) -> None:
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


async def test_authors_are_pseudonymous_in_a_redacted_escalation(make_session: MakeSession) -> None:
    server, received = await fake_slack([])
    try:
        session: Session = make_session(FakeSource("fake"))
        webhook = EscalationWebhook(WebhookSettings(url=str(server.make_url("/hook"))), sleep=no_sleep)
        session.add_service(webhook)
        runner = asyncio.create_task(webhook.run())
        for text in ("is this dose safe?", "my chest hurts"):
            record = session.ingest(chat(text, author="u-4242", name="Jane_Smith_RN"))
            assert record is not None
            await session.act(ActionKind.ESCALATE, record.seq)
        await webhook.drain(2)
        runner.cancel()
    finally:
        await server.close()
    first, second = (r["castguard"] for r in received)
    for body in received:
        assert "Jane_Smith_RN" not in str(body) and "u-4242" not in str(body)
    assert first["author"].startswith("viewer-") and first["author"] == first["author_id"] == second["author"]
    assert first["author"] in received[0]["text"]
    # Unredacted (the producer chose it in the config): the real name and id go out.
    plain = escalation_payload(session.record(1), redacted=False)  # type: ignore[arg-type]
    assert plain["castguard"]["author"] == "Jane_Smith_RN" and plain["castguard"]["author_id"] == "u-4242"


async def test_a_redirect_is_refused_not_followed(make_session: MakeSession, caplog: pytest.LogCaptureFixture) -> None:
    elsewhere: list[dict[str, Any]] = []

    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPTemporaryRedirect("/elsewhere")  # a 307 would re-post the body

    async def record(request: web.Request) -> web.Response:
        elsewhere.append(await request.json())
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", moved)
    app.router.add_post("/elsewhere", record)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        session: Session = make_session(FakeSource("fake"))
        webhook = EscalationWebhook(WebhookSettings(url=str(server.make_url("/hook"))), sleep=no_sleep)
        session.add_service(webhook)
        runner = asyncio.create_task(webhook.run())
        record_ = session.ingest(chat("help"))
        assert record_ is not None
        await session.act(ActionKind.ESCALATE, record_.seq)
        await webhook.drain(2)
        runner.cancel()
    finally:
        await server.close()
    assert elsewhere == [] and webhook.failed == 1 and webhook.sent == 0
    assert "HTTP 307 redirect, not followed" in caplog.text


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://hooks.slack.com/services/T000/B000/SECRETTOKEN", True),
        ("http://127.0.0.1:8080/hook", True),
        ("http://localhost/hook", True),
        ("http://[::1]:9/hook", True),
        ("http://hooks.slack.com/services/T000/B000/SECRETTOKEN", False),
        ("http://10.0.0.7/hook", False),
        ("ftp://example.org/SECRETTOKEN", False),
        ("https:///SECRETTOKEN", False),
    ],
)
def test_the_webhook_must_be_https_except_to_this_machine(url: str, allowed: bool) -> None:
    if allowed:
        assert WebhookSettings(url=url).url == url
        return
    with pytest.raises(ValueError, match="must start with https://") as error:
        WebhookSettings.from_config({"url": url})
    assert "SECRETTOKEN" not in str(error.value)  # a webhook URL is a secret: never echoed


def test_record_refuses_a_plain_http_webhook(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[webhook]\nurl = "http://hooks.example.org/services/SECRETTOKEN"\n')
    config.chmod(0o600)
    chat_file = tmp_path / "chat.jsonl"
    chat_file.write_text('{"id": "1", "author": "ann", "text": "hi"}\n')
    done = castguard("--config", str(config), "record", str(chat_file), "-o", str(tmp_path / "s.db"), tmp=tmp_path)
    assert done.returncode == 2 and "must start with https://" in done.stderr
    assert "SECRETTOKEN" not in done.stderr
