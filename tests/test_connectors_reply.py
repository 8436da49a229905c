"""Replies on each platform, against the fake platforms: the real call, the reply's text, refusals."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from castguard.connectors import open_source
from castguard.connectors.base import Replier
from castguard.connectors.demo import DemoBroadcast
from castguard.connectors.runtime import Backoff
from castguard.connectors.twitch import TwitchSource
from castguard.core.model import ActionKind, ActionResult, Author, ChatMessage
from tests.fakes.facebook import PAGE_ID, VIDEO_ID, FakeFacebook, graph_error
from tests.fakes.http import serve
from tests.fakes.twitch import ROOM_ID, FakeHelix
from tests.fakes.youtube import CHAT_ID, FakeYouTube, google_error

#: Reconnect options that keep a test in milliseconds, passed as ``**FAST`` to a source's constructor.
FAST: dict[str, Any] = {"backoff": Backoff(initial=0.01, cap=0.05)}
VIEWER = Author("777", "Viewer")


def message(source: str, platform: str, msg_id: str, channel: str = "c") -> ChatMessage:
    return ChatMessage(source, platform, channel, msg_id, VIEWER, "what dose should I take?", 0.0, 0.0)


@pytest.fixture
async def helix() -> AsyncIterator[tuple[FakeHelix, dict[str, dict[str, str]]]]:
    fake = FakeHelix(token="tok-secret-123", scopes=("chat:read", "user:write:chat"))
    async with serve(fake.app) as base:
        cfg = {"token": "tok-secret-123", "api_url": base + "/helix", "auth_url": base + "/oauth2",
               "broadcaster_id": ROOM_ID, "irc_url": "ws://127.0.0.1:9"}  # fmt: skip
        yield fake, {"twitch": cfg}


async def test_twitch_sends_chat_message_as_a_reply(helix: tuple[FakeHelix, dict[str, dict[str, str]]]) -> None:
    fake, settings = helix
    source = TwitchSource("clinic", settings, **FAST)
    assert ActionKind.REPLY in source.capabilities and isinstance(source, Replier)
    outcome = await source.reply(message(source.key, "twitch", "msg-1"), "Thanks, Viewer!")
    assert outcome.result is ActionResult.DONE and "sent-1" in outcome.response
    (call,) = fake.recorder.of("POST", "/helix/chat/messages")
    assert call.json == {"broadcaster_id": ROOM_ID, "sender_id": "9001", "message": "Thanks, Viewer!",
                         "reply_parent_message_id": "msg-1"}  # fmt: skip
    assert call.headers["Authorization"] == "Bearer tok-secret-123" and call.headers["Client-Id"] == "client-abc"
    await source.aclose()


async def test_twitch_reply_dropped_by_automod_is_a_failure(
    helix: tuple[FakeHelix, dict[str, dict[str, str]]],
) -> None:
    fake, settings = helix
    drop_reason = {"code": "msg_rejected", "message": "AutoMod held it"}
    dropped = {"message_id": "", "is_sent": False, "drop_reason": drop_reason}
    fake.recorder.script("POST", "/helix/chat/messages", 200, {"data": [dropped]})
    source = TwitchSource("clinic", settings, **FAST)
    outcome = await source.reply(message(source.key, "twitch", "msg-1"), "hello")
    assert outcome.result is ActionResult.FAILED and "AutoMod held it" in outcome.response
    await source.aclose()


async def test_twitch_without_a_token_cannot_reply() -> None:
    source = TwitchSource("clinic", {"twitch": {}}, **FAST)
    assert ActionKind.REPLY not in source.capabilities
    outcome = await source.reply(message(source.key, "twitch", "m"), "hello")
    assert outcome.result is ActionResult.FAILED and "no token" in outcome.response


@pytest.fixture
async def youtube() -> AsyncIterator[tuple[FakeYouTube, dict[str, dict[str, str]]]]:
    fake = FakeYouTube(token="ya29.secret-token")
    async with serve(fake.app) as base:
        yield fake, {"youtube": {"token": "ya29.secret-token", "api_url": base + "/youtube/v3"}}


async def test_youtube_inserts_a_live_chat_message(youtube: tuple[FakeYouTube, dict[str, dict[str, str]]]) -> None:
    fake, settings = youtube
    source = open_source(f"youtube:{CHAT_ID}", settings, **FAST)
    assert ActionKind.REPLY in source.capabilities
    assert isinstance(source, Replier)
    outcome = await source.reply(message(source.key, "youtube", "LCC.1", CHAT_ID), "Viewer, " + "x" * 300)
    assert outcome.result is ActionResult.DONE and "LCC.sent" in outcome.response
    (call,) = fake.recorder.of("POST", "/youtube/v3/liveChat/messages")
    assert call.query == {"part": "snippet"}
    snippet = call.json["snippet"]
    assert snippet["liveChatId"] == CHAT_ID and snippet["type"] == "textMessageEvent"
    assert snippet["textMessageDetails"]["messageText"] == ("Viewer, " + "x" * 300)[:200]  # YouTube's limit
    await source.aclose()


async def test_youtube_refusal_is_reported_with_its_reason(
    youtube: tuple[FakeYouTube, dict[str, dict[str, str]]],
) -> None:
    fake, settings = youtube
    error = google_error(403, "liveChatEnded", "The live chat is no longer live.")
    fake.recorder.script("POST", "/youtube/v3/liveChat/messages", 403, error)
    source = open_source(f"youtube:{CHAT_ID}", settings, **FAST)
    assert isinstance(source, Replier)
    outcome = await source.reply(message(source.key, "youtube", "LCC.1", CHAT_ID), "hello")
    assert outcome.result is ActionResult.FAILED and "no longer live" in outcome.response
    await source.aclose()


@pytest.fixture
async def facebook() -> AsyncIterator[tuple[FakeFacebook, dict[str, dict[str, str]]]]:
    fake = FakeFacebook(token="EAAB-page-secret")
    async with serve(fake.app) as base:
        yield fake, {"facebook": {"token": "EAAB-page-secret", "page_id": PAGE_ID, "graph_url": base + "/v26.0",
                                  "stream_url": base}}  # fmt: skip


async def test_facebook_replies_under_the_comment(facebook: tuple[FakeFacebook, dict[str, dict[str, str]]]) -> None:
    fake, settings = facebook
    source = open_source(f"facebook:{VIDEO_ID}", settings, **FAST)
    assert ActionKind.REPLY in source.capabilities and isinstance(source, Replier)
    outcome = await source.reply(message(source.key, "facebook", f"{VIDEO_ID}_77", VIDEO_ID), "Thanks, Viewer!")
    assert outcome.result is ActionResult.DONE and "reply posted" in outcome.response
    (call,) = fake.recorder.of("POST", f"/v26.0/{VIDEO_ID}_77/comments")
    assert call.form == {"access_token": "EAAB-page-secret", "message": "Thanks, Viewer!"}
    await source.aclose()


async def test_facebook_permission_error_fails_without_leaking_the_token(
    facebook: tuple[FakeFacebook, dict[str, dict[str, str]]],
) -> None:
    fake, settings = facebook
    path = f"/v26.0/{VIDEO_ID}_77/comments"
    fake.recorder.script("POST", path, 403, graph_error(200, "Permissions error: EAAB-page-secret"))
    source = open_source(f"facebook:{VIDEO_ID}", settings, **FAST)
    assert isinstance(source, Replier)
    outcome = await source.reply(message(source.key, "facebook", f"{VIDEO_ID}_77", VIDEO_ID), "hello")
    assert outcome.result is ActionResult.FAILED and "Permissions error" in outcome.response
    assert "EAAB-page-secret" not in outcome.response
    await source.aclose()


async def test_demo_reply_arrives_in_the_feed_as_the_host() -> None:
    demo = DemoBroadcast(rate=200.0, count=40, action_latency=0.0)
    original = message("demo", "youtube", "demo-7-3")
    outcome = await demo.reply(original, "Thanks, Viewer!")
    assert outcome.result is ActionResult.DONE
    seen = [event async for event in demo.events() if isinstance(event, ChatMessage)]
    (reply,) = [m for m in seen if m.reply_to == "demo-7-3"]
    assert reply.author == DemoBroadcast.host and reply.text == "Thanks, Viewer!" and reply.platform == "youtube"


async def test_read_only_sources_say_they_cannot_reply(tmp_path: Path) -> None:
    path = tmp_path / "chat.jsonl"
    path.write_text("", encoding="utf-8")
    source = open_source(str(path), {})
    assert ActionKind.REPLY not in source.capabilities
    assert isinstance(source, Replier)
    outcome = await source.reply(message(source.key, "jsonl", "1"), "hello")
    assert outcome.result is ActionResult.FAILED and "cannot send a reply" in outcome.response
    await source.aclose()
    await asyncio.sleep(0)
