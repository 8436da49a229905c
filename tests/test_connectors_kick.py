"""Kick: the webhook receiver with deliveries signed by a key made in the test, and moderation through a fake API."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from castguard.connectors import open_source
from castguard.connectors.base import LockdownSource
from castguard.connectors.doctor import check_kick
from castguard.connectors.kick import KickSource
from castguard.connectors.runtime import Backoff
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
from tests.fakes.kick import FakeKickApi, Signer, ban_body, chat_body, key_pair

TOKEN = "kick-user-token"
FAST: dict[str, Any] = {"backoff": Backoff(initial=0.01, cap=0.05)}


@pytest.fixture(scope="module")
def keys() -> tuple[Any, str]:
    return key_pair()


@pytest.fixture
async def kick(keys: tuple[Any, str]) -> AsyncIterator[tuple[FakeKickApi, Signer, dict[str, dict[str, str]]]]:
    private, public_pem = keys
    api = FakeKickApi(public_pem, token=TOKEN)
    async with serve(api.app) as base:
        settings = {"kick": {"token": TOKEN, "api_url": base + "/public/v1", "listen": "127.0.0.1:0"}}
        yield api, Signer(private), settings


async def listening(source: Any) -> tuple[EventReader, str]:
    reader = EventReader(source)
    await reader.state(ConnectionState.CONNECTED)
    assert source.webhook_url is not None
    return reader, source.webhook_url


async def test_signed_chat_and_bans_reach_the_desk_once(kick: Any) -> None:
    api, signer, settings = kick
    source = open_source("kick:Clinic", settings, **FAST)
    assert isinstance(source, KickSource)
    reader, url = await listening(source)
    body = chat_body("msg-1", "my number is 555-0100", replies_to={"message_id": "msg-0", "content": "hi"})
    assert await signer.deliver(url, "chat.message.sent", body, message_id="01KDUP") == 200
    assert await signer.deliver(url, "chat.message.sent", body, message_id="01KDUP") == 200  # redelivered
    timeout = ban_body(42, expires_at="2026-11-30T12:10:00Z")
    assert await signer.deliver(url, "moderation.banned", timeout) == 200
    assert await signer.deliver(url, "moderation.banned", ban_body(43, expires_at=None, reason="")) == 200
    assert await signer.deliver(url, "channel.followed", {"broadcaster": {"channel_slug": "clinic"}}) == 200
    [message] = await reader.messages(1)
    assert (message.id, message.text, message.author.id, message.author.name) == (
        "msg-1", "my number is 555-0100", "987654321", "viewer",
    )  # fmt: skip
    assert message.platform == "kick" and message.channel == "clinic" and "member" in message.author.roles
    assert message.extra == {"reply_to": "msg-0"}
    timed_out = await reader.until(lambda e: isinstance(e, PlatformEvent))
    banned = await reader.until(lambda e: isinstance(e, PlatformEvent))
    assert isinstance(timed_out, PlatformEvent) and isinstance(banned, PlatformEvent)
    assert (timed_out.kind, timed_out.author_id, timed_out.duration) == (PlatformEventKind.TIMED_OUT, "42", 600)
    assert "by modjane: spam" in timed_out.detail
    assert (banned.kind, banned.author_id) == (PlatformEventKind.BANNED, "43")
    assert source.duplicates == 1 and len(reader.of(ChatMessage)) == 1
    assert source.broadcaster_id == "123456789"  # learned from the first delivery
    # The app subscribed to the two events it reads when the receiver started.
    [subscribe] = api.recorder.of("POST", "/public/v1/events/subscriptions")
    assert subscribe.json["events"] == [{"name": "chat.message.sent", "version": 1},
                                        {"name": "moderation.banned", "version": 1}]  # fmt: skip
    assert subscribe.json["method"] == "webhook"
    await reader.close()


async def test_deliveries_that_are_not_kicks_are_refused_and_lose_nothing(kick: Any, keys: Any) -> None:
    _api, signer, settings = kick
    source = open_source("kick:clinic", settings, **FAST)
    assert isinstance(source, KickSource)
    reader, url = await listening(source)
    body = chat_body("msg-1", "hello")
    other_private, _ = key_pair()
    forger = Signer(other_private)
    raw = json.dumps(body).encode()
    stale = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert await forger.deliver(url, "chat.message.sent", body) == 401  # signed with another key
    tampered = signer.sign("01KTAMPER", "2026-11-30T12:00:00Z", raw)
    assert await signer.deliver(
        url, "chat.message.sent", chat_body("msg-1", "changed"), message_id="01KTAMPER",
        timestamp="2026-11-30T12:00:00Z", signature=tampered,
    ) == 401  # fmt: skip
    assert await signer.deliver(url, "chat.message.sent", body, signature="not base64!") == 401
    assert await signer.deliver(url, "chat.message.sent", body, timestamp=stale) == 401  # a replay
    assert await signer.deliver(url, "chat.message.sent", body, drop="Kick-Event-Signature") == 400
    assert await signer.deliver(url, "chat.message.sent", None, raw=b"{not json") == 400
    assert await signer.deliver(url, "chat.message.sent", None, raw=b"x" * (65 * 1024)) == 413
    other = chat_body("msg-9", "hello", broadcaster={"user_id": 1, "channel_slug": "elsewhere"})
    assert await signer.deliver(url, "chat.message.sent", other) == 200  # signed, but about another channel
    assert await signer.deliver(url, "chat.message.sent", body) == 200
    [message] = await reader.messages(1)
    assert message.id == "msg-1" and message.text == "hello"
    assert source.refused == 7 and source.other_channels == 1
    await reader.close()


async def test_the_public_key_is_fetched_when_not_configured_and_a_configured_one_is_used(kick: Any, keys: Any) -> None:
    api, _signer, settings = kick
    reader, _url = await listening(open_source("kick:clinic", settings, **FAST))
    assert len(api.recorder.of("GET", "/public/v1/public-key")) == 1
    await reader.close()
    settings["kick"]["public_key"] = keys[1]
    reader, _url = await listening(open_source("kick:clinic", settings, **FAST))
    assert len(api.recorder.of("GET", "/public/v1/public-key")) == 1
    await reader.close()
    with pytest.raises(ValueError, match="not a PEM public key"):
        KickSource("clinic", {"kick": {"public_key": "-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----"}})


async def test_moderation_goes_through_kicks_api(kick: Any) -> None:
    api, _signer, settings = kick
    settings["kick"]["broadcaster_id"] = "123456789"
    source = open_source("kick:clinic", settings, **FAST)
    assert isinstance(source, KickSource)
    assert source.capabilities == {
        ActionKind.DELETE, ActionKind.TIMEOUT, ActionKind.BAN, ActionKind.UNBAN, ActionKind.REPLY
    }  # fmt: skip
    message = ChatMessage(source.key, "kick", "clinic", "msg-7", Author("987", "viewer"), "x", 0.0, 0.0)
    delete = await source.perform(ActionRequest(ActionKind.DELETE, message, message.author))
    timeout = await source.perform(ActionRequest(ActionKind.TIMEOUT, message, message.author, duration=90,
                                                 reason="r" * 300))  # fmt: skip
    ban = await source.perform(ActionRequest(ActionKind.BAN, message, message.author))
    unban = await source.perform(ActionRequest(ActionKind.UNBAN, message, message.author))
    reply = await source.reply(message, "Please keep personal details out of the chat.")
    assert [o.result for o in (delete, timeout, ban, unban, reply)] == [ActionResult.DONE] * 5
    assert "timed out for 2 min" in timeout.response
    calls = [c for c in api.recorder.calls if c.path != "/public/v1/public-key"]
    assert [(c.method, c.path) for c in calls] == [
        ("DELETE", "/public/v1/chat/msg-7"),
        ("POST", "/public/v1/moderation/bans"),
        ("POST", "/public/v1/moderation/bans"),
        ("DELETE", "/public/v1/moderation/bans"),
        ("POST", "/public/v1/chat"),
    ]
    assert calls[1].json == {"broadcaster_user_id": 123456789, "user_id": 987, "duration": 2, "reason": "r" * 100}
    assert calls[2].json == {"broadcaster_user_id": 123456789, "user_id": 987}
    assert calls[3].json == {"broadcaster_user_id": 123456789, "user_id": 987}
    assert calls[4].json["reply_to_message_id"] == "msg-7" and calls[4].json["type"] == "user"
    assert all(c.headers["Authorization"] == f"Bearer {TOKEN}" for c in calls)
    await source.aclose()


async def test_a_ban_before_the_broadcaster_is_known_says_why_and_a_refusal_carries_kicks_message(kick: Any) -> None:
    api, _signer, settings = kick
    source = open_source("kick:clinic", settings, **FAST)
    message = ChatMessage(source.key, "kick", "clinic", "msg-7", Author("987", "viewer"), "x", 0.0, 0.0)
    early = await source.perform(ActionRequest(ActionKind.BAN, message, message.author))
    assert early.result is ActionResult.FAILED and "broadcaster_id" in early.response
    api.recorder.script("DELETE", "/public/v1/chat/msg-7", 403, {"data": {}, "message": "Forbidden"})
    refused = await source.perform(ActionRequest(ActionKind.DELETE, message, message.author))
    assert refused.result is ActionResult.FAILED and "Forbidden" in refused.response and "scopes" in refused.response
    assert TOKEN not in refused.response
    await source.aclose()


async def test_without_a_token_kick_is_read_only(keys: Any) -> None:
    source = open_source("kick:clinic", {"kick": {"public_key": keys[1]}})
    assert source.capabilities == frozenset()
    message = ChatMessage(source.key, "kick", "clinic", "m", Author("1", "a"), "x", 0.0, 0.0)
    assert (await source.perform(ActionRequest(ActionKind.DELETE, message))).result is ActionResult.LOCAL
    await source.aclose()


async def test_lockdown_on_kick_holds_on_the_desk_and_says_why(keys: Any) -> None:
    source = open_source("kick:clinic", {"kick": {"public_key": keys[1], "token": TOKEN}})
    assert isinstance(source, LockdownSource)
    locked = await source.lock(())
    assert locked.result is ActionResult.LOCAL and "no chat modes" in locked.says
    assert (await source.unlock({})).result is ActionResult.LOCAL
    await source.aclose()


@pytest.mark.parametrize("spec", ["kick:", "kick:bad/slug", "kick:" + "x" * 61])
def test_a_bad_channel_is_refused(spec: str) -> None:
    from castguard.connectors.base import SourceError

    with pytest.raises(SourceError, match="Kick channel"):
        open_source(spec)


async def test_doctor_reports_kick_scopes_per_action(keys: Any) -> None:
    api = FakeKickApi(keys[1], token=TOKEN, scopes=("user:read", "events:subscribe", "moderation:ban"))
    async with serve(api.app) as base, aiohttp.ClientSession() as session:
        cfg = {"token": TOKEN, "api_url": base + "/public/v1", "listen": "127.0.0.1:8787", "webhook_path": "/kick"}
        check = await check_kick(session, cfg)
        bad = await check_kick(session, {**cfg, "token": "expired"})
    lines = {a.action: (a.mark, a.detail) for a in check.actions}
    assert lines["read"][0] == "yes" and lines["ban"] == ("yes", "moderation:ban")
    assert lines["hide"] == ("NO", "missing moderation:chat_message:manage (Kick deletes: it cannot hide)")
    assert lines["reply"] == ("NO", "missing chat:write")
    assert lines["lockdown"][0] == "n/a"
    assert "missing scope chat:write" in check.problems and "webhook public key available from Kick" in check.ok
    assert any("webhooks received on http://127.0.0.1:8787/kick" in line for line in check.api)
    assert bad.problems == ["token invalid or expired"]
