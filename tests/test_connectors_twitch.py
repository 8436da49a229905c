"""Twitch connector against a fake tmi (IRC over WebSocket) and a fake Helix, both on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest

from castguard.connectors import open_source
from castguard.connectors.runtime import Backoff
from castguard.connectors.twitch import TwitchSource
from castguard.core.model import (
    ActionKind,
    ActionRequest,
    ActionResult,
    Author,
    ChatMessage,
    ConnectionState,
    PlatformEvent,
    PlatformEventKind,
)
from tests.fakes.events import EventReader
from tests.fakes.http import serve
from tests.fakes.twitch import ROOM_ID, FakeHelix, FakeTwitchChat, privmsg

TOKEN = "tok-secret-123"
#: Reconnect options that keep a test in milliseconds, passed as ``**FAST`` to a source's constructor.
FAST: dict[str, Any] = {"backoff": Backoff(initial=0.01, cap=0.05)}


@pytest.fixture
async def chat() -> AsyncIterator[FakeTwitchChat]:
    async with FakeTwitchChat(token=TOKEN) as fake:
        yield fake


@pytest.fixture
async def helix() -> AsyncIterator[tuple[FakeHelix, str]]:
    fake = FakeHelix(token=TOKEN)
    async with serve(fake.app) as base:
        yield fake, base


def settings(chat: FakeTwitchChat, base: str | None = None, token: str | None = None) -> dict[str, dict[str, str]]:
    cfg = {"irc_url": chat.url}
    if base:
        cfg.update(api_url=base + "/helix", auth_url=base + "/oauth2")
    if token:
        cfg["token"] = token
    return {"twitch": cfg}


async def test_anonymous_login_reads_packed_frames_and_actions(chat: FakeTwitchChat) -> None:
    source = open_source("twitch:Clinic", settings(chat), **FAST)
    assert source.key == "twitch:clinic" and source.capabilities == frozenset()
    reader = EventReader(source)
    await reader.state(ConnectionState.CONNECTED)
    await chat.wait_joined()
    assert chat.received[0] == "CAP REQ :twitch.tv/tags twitch.tv/commands"
    assert not any(line.startswith("PASS") for line in chat.received)
    assert any(line.startswith("NICK justinfan") for line in chat.received)
    assert "JOIN #clinic" in chat.received
    await chat.send(
        privmsg("m1", "hello there"),
        privmsg("m2", "\x01ACTION waves\x01", nick="waver", user_id="43"),
        privmsg("m1", "hello there"),  # Twitch may deliver twice
        privmsg("m3", "third"),
        packed=True,
    )
    first, action, third = await reader.messages(3)
    assert (first.id, first.text, first.author.id, first.author.name) == ("m1", "hello there", "42", "Viewer")
    assert first.extra["room_id"] == ROOM_ID and first.platform == "twitch" and first.channel == "clinic"
    assert (action.kind, action.text) == ("action", "waves")
    assert third.id == "m3"
    assert source.duplicates == 1  # type: ignore[attr-defined]
    outcome = await source.perform(ActionRequest(ActionKind.DELETE, first, first.author))
    assert outcome.result is ActionResult.LOCAL
    await reader.close()


async def test_platform_moderation_becomes_events(chat: FakeTwitchChat) -> None:
    reader = EventReader(open_source("twitch:clinic", settings(chat), **FAST))
    await chat.wait_joined()
    await chat.send(
        "@login=viewer;room-id=1;target-msg-id=m1;tmi-sent-ts=1642720582342 :tmi.twitch.tv CLEARMSG #clinic :bad words",
        "@ban-duration=350;room-id=1;target-user-id=42;tmi-sent-ts=1642719320727 "
        ":tmi.twitch.tv CLEARCHAT #clinic :viewer",
        "@room-id=1;target-user-id=43;tmi-sent-ts=1642715756806 :tmi.twitch.tv CLEARCHAT #clinic :waver",
        "@room-id=1;tmi-sent-ts=1642715695392 :tmi.twitch.tv CLEARCHAT #clinic",
    )
    kinds: list[tuple[object, ...]] = []
    while len(kinds) < 4:
        event = await reader.until(lambda e: isinstance(e, PlatformEvent))
        assert isinstance(event, PlatformEvent)
        kinds.append((event.kind, event.message_id, event.author_id, event.duration))
    assert kinds == [
        (PlatformEventKind.DELETED, "m1", "viewer", None),
        (PlatformEventKind.TIMED_OUT, None, "42", 350),
        (PlatformEventKind.BANNED, None, "43", None),
        (PlatformEventKind.CLEARED, None, None, None),
    ]
    await reader.close()


async def test_reconnect_request_resumes_without_duplicates_and_reports_gap(chat: FakeTwitchChat) -> None:
    reader = EventReader(open_source("twitch:clinic", settings(chat), **FAST))
    await chat.wait_joined()
    await chat.send(privmsg("a1", "before"))
    await reader.messages(1)
    await chat.send(":tmi.twitch.tv RECONNECT")
    await reader.state(ConnectionState.RECONNECTING)
    await chat.wait_joined(2)
    gap = await reader.until(lambda e: isinstance(e, PlatformEvent) and e.kind is PlatformEventKind.GAP)
    assert "missing" in gap.detail
    await chat.send(privmsg("a1", "before"), privmsg("a2", "after"))
    (after,) = await reader.messages(1)
    assert after.id == "a2"
    assert [m.id for m in reader.of(ChatMessage)] == ["a1", "a2"]
    await reader.close()


async def test_dropped_socket_is_retried_with_backoff(chat: FakeTwitchChat) -> None:
    reader = EventReader(open_source("twitch:clinic", settings(chat), **FAST))
    await chat.wait_joined()
    await chat.drop()
    event = await reader.state(ConnectionState.RECONNECTING)
    assert "retrying in" in event.detail
    await reader.state(ConnectionState.CONNECTED)
    await chat.send(privmsg("b1", "still here"))
    assert (await reader.messages(1))[0].text == "still here"
    await reader.close()


async def test_bad_input_is_logged_and_skipped(chat: FakeTwitchChat, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    reader = EventReader(open_source("twitch:clinic", settings(chat), **FAST))
    await chat.wait_joined()
    await chat.send_raw(b"@id=x :a!a@a PRIVMSG #clinic :\xff\xfe broken")  # binary frame, invalid UTF-8
    await chat.send_raw("@badges=;id=")  # tags but no command
    await chat.send_raw(":viewer!viewer@viewer PRIVMSG #clinic :no id tag")
    await chat.send_raw(privmsg("big", "x" * 100_000))  # a line over the 64 KiB limit
    await chat.send(privmsg("ok1", "fine"))
    (message,) = await reader.messages(1)
    assert message.id == "ok1"
    logged = caplog.text
    assert "invalid UTF-8" in logged and "no command" in logged and "without id" in logged and "exceeds" in logged
    # A frame over the 1 MiB frame limit: the WebSocket layer drops the connection, the source comes back.
    await chat.send_raw(privmsg("huge", "y" * (1 << 20)))
    event = await reader.state(ConnectionState.RECONNECTING)
    assert "1009" in event.detail
    await chat.wait_joined(2)
    await chat.send(privmsg("ok2", "after the flood"))
    assert (await reader.messages(1))[0].id == "ok2"
    await reader.close()


async def test_server_ping_is_answered(chat: FakeTwitchChat) -> None:
    reader = EventReader(open_source("twitch:clinic", settings(chat), **FAST))
    await chat.wait_joined()
    await chat.send("PING :tmi.twitch.tv")
    await chat.send(privmsg("p1", "after ping"))
    await reader.messages(1)
    assert "PONG :tmi.twitch.tv" in chat.received
    await reader.close()


async def test_client_keepalive_detects_a_silent_server() -> None:
    async with FakeTwitchChat(respond_to_ping=False) as chat:
        source = TwitchSource("clinic", settings(chat), ping_interval=0.05, ping_timeout=0.05, **FAST)
        reader = EventReader(source)
        await chat.wait_joined()
        event = await reader.state(ConnectionState.RECONNECTING)
        assert "no PONG" in event.detail
        assert any(line.startswith("PING :castguard") for line in chat.received)
        await reader.close()


async def test_refused_login_is_fatal(chat: FakeTwitchChat, helix: tuple[FakeHelix, str]) -> None:
    _fake, base = helix
    cfg = settings(chat, base, TOKEN)
    cfg["twitch"]["login"] = "someone"
    chat.token = "another-token"  # tmi refuses what Helix accepts: login authentication failed
    reader = EventReader(open_source("twitch:clinic", cfg, **FAST))
    rest = await reader.rest()
    failed = [e for e in reader.seen if getattr(e, "state", None) is ConnectionState.FAILED]
    assert failed and "Login authentication failed" in failed[0].detail
    assert TOKEN not in repr(rest)
    await reader.close()


async def test_invalid_token_fails_before_connecting(chat: FakeTwitchChat, helix: tuple[FakeHelix, str]) -> None:
    _fake, base = helix
    reader = EventReader(open_source("twitch:clinic", settings(chat, base, "wrong-token"), **FAST))
    await reader.rest()
    assert reader.states() == [ConnectionState.CONNECTING, ConnectionState.FAILED]
    assert "invalid or expired" in reader.seen[-1].detail
    assert chat.joins == 0
    await reader.close()


@pytest.fixture
async def moderated(
    chat: FakeTwitchChat, helix: tuple[FakeHelix, str]
) -> AsyncIterator[tuple[TwitchSource, EventReader, FakeHelix, ChatMessage]]:
    fake, base = helix
    delays: list[float] = []

    async def fast_sleep(delay: float) -> None:
        delays.append(delay)
        await asyncio.sleep(0)

    source = TwitchSource("clinic", settings(chat, base, TOKEN), sleep=fast_sleep, **FAST)
    assert source.capabilities == {
        ActionKind.DELETE,
        ActionKind.TIMEOUT,
        ActionKind.BAN,
        ActionKind.UNBAN,
        ActionKind.WARN,
        ActionKind.REPLY,
        ActionKind.APPROVE,
    }
    reader = EventReader(source)
    await chat.wait_joined()
    assert f"PASS oauth:{TOKEN}" in chat.received and "NICK moddy" in chat.received
    await chat.send(privmsg("msg-1", "call me at 555-0100", user_id="777"))
    (message,) = await reader.messages(1)
    yield source, reader, fake, message
    await reader.close()


async def test_helix_actions_reach_the_api(moderated: tuple[TwitchSource, EventReader, FakeHelix, ChatMessage]) -> None:
    source, _reader, fake, message = moderated
    author = message.author
    ids = {"broadcaster_id": ROOM_ID, "moderator_id": "9001"}
    outcomes = [
        await source.perform(ActionRequest(ActionKind.DELETE, message, author)),
        await source.perform(ActionRequest(ActionKind.TIMEOUT, message, author, duration=300, reason="phone number")),
        await source.perform(ActionRequest(ActionKind.BAN, message, author, reason="doxxing")),
        await source.perform(ActionRequest(ActionKind.UNBAN, message, author)),
        await source.perform(ActionRequest(ActionKind.WARN, message, author, reason="no personal data")),
    ]
    assert [o.result for o in outcomes] == [ActionResult.DONE] * 5, outcomes
    assert "timed out until" in outcomes[1].response
    calls = [c for c in fake.recorder.calls if c.path.startswith("/helix/")]
    assert [(c.method, c.path) for c in calls] == [
        ("DELETE", "/helix/moderation/chat"),
        ("POST", "/helix/moderation/bans"),
        ("POST", "/helix/moderation/bans"),
        ("DELETE", "/helix/moderation/bans"),
        ("POST", "/helix/moderation/warnings"),
    ]
    assert calls[0].query == {**ids, "message_id": "msg-1"}
    assert calls[1].query == ids and calls[1].json == {
        "data": {"user_id": "777", "duration": 300, "reason": "phone number"}
    }
    assert calls[2].json == {"data": {"user_id": "777", "reason": "doxxing"}}
    assert calls[3].query == {**ids, "user_id": "777"}
    assert calls[4].json == {"data": {"user_id": "777", "reason": "no personal data"}}
    for call in calls:
        assert call.headers["Authorization"] == f"Bearer {TOKEN}" and call.headers["Client-Id"] == "client-abc"
    assert all(TOKEN not in o.response for o in outcomes)


async def test_helix_rate_limit_is_waited_out_and_retried(
    moderated: tuple[TwitchSource, EventReader, FakeHelix, ChatMessage],
) -> None:
    import time

    source, _reader, fake, message = moderated
    reset = str(int(time.time()) + 2)
    fake.recorder.script(
        "DELETE",
        "/helix/moderation/chat",
        429,
        {"error": "Too Many Requests", "status": 429, "message": "rate limit exceeded"},
        {"Ratelimit-Limit": "800", "Ratelimit-Remaining": "0", "Ratelimit-Reset": reset},
    )
    outcome = await source.perform(ActionRequest(ActionKind.DELETE, message, message.author))
    assert outcome.result is ActionResult.DONE
    assert len(fake.recorder.of("DELETE", "/helix/moderation/chat")) == 2
    # An exhausted bucket far in the future: fail fast without calling.
    fake.recorder.script(
        "POST",
        "/helix/moderation/bans",
        200,
        {"data": [{"user_id": "777", "end_time": None}]},
        {"Ratelimit-Remaining": "0", "Ratelimit-Reset": str(int(time.time()) + 3600)},
    )
    assert (await source.perform(ActionRequest(ActionKind.BAN, message, message.author))).result is ActionResult.DONE
    blocked = await source.perform(ActionRequest(ActionKind.UNBAN, message, message.author))
    assert blocked.result is ActionResult.FAILED and "rate limit" in blocked.response
    assert not fake.recorder.of("DELETE", "/helix/moderation/bans")


@pytest.mark.parametrize(
    ("status", "message", "expected"),
    [
        (401, "Missing scope: moderator:manage:chat_messages", "Missing scope"),
        (403, "The user in moderator_id is not one of the broadcaster's moderators.", "not one of"),
        (400, "The message is too old to be deleted.", "too old"),
    ],
)
async def test_helix_refusals_are_failed_actions(
    moderated: tuple[TwitchSource, EventReader, FakeHelix, ChatMessage], status: int, message: str, expected: str
) -> None:
    source, _reader, fake, chat_message = moderated
    fake.recorder.script(
        "DELETE", "/helix/moderation/chat", status, {"error": "x", "status": status, "message": message}
    )
    outcome = await source.perform(ActionRequest(ActionKind.DELETE, chat_message, chat_message.author))
    assert outcome.result is ActionResult.FAILED
    assert expected in outcome.response and f"twitch {status}" in outcome.response
    assert len(fake.recorder.of("DELETE", "/helix/moderation/chat")) == 1  # refusals are not retried


async def test_server_errors_are_retried_then_reported(
    moderated: tuple[TwitchSource, EventReader, FakeHelix, ChatMessage],
) -> None:
    source, _reader, fake, message = moderated
    for _ in range(3):
        fake.recorder.script("POST", "/helix/moderation/warnings", 503, {"error": "Service Unavailable", "status": 503})
    outcome = await source.perform(ActionRequest(ActionKind.WARN, message, Author("777", "viewer")))
    assert outcome.result is ActionResult.FAILED and "gave up after 3 attempts" in outcome.response
    assert len(fake.recorder.of("POST", "/helix/moderation/warnings")) == 3
