"""YouTube connector against a fake Data API v3 on 127.0.0.1."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest

from castguard.connectors import open_source
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
from tests.fakes.youtube import CHAT_ID, FakeYouTube, text_item

TOKEN = "ya29.secret-token"
#: Reconnect options that keep a test in milliseconds, passed as ``**FAST`` to a source's constructor.
FAST: dict[str, Any] = {"backoff": Backoff(initial=0.01, cap=0.05), "min_poll_interval": 0.0}


@pytest.fixture
async def youtube() -> AsyncIterator[tuple[FakeYouTube, dict[str, dict[str, str]]]]:
    fake = FakeYouTube(token=TOKEN)
    async with serve(fake.app) as base:
        yield fake, {"youtube": {"token": TOKEN, "api_url": base + "/youtube/v3", "reader": "poll"}}


async def test_polls_with_page_tokens_maps_every_type_and_ends_offline(youtube: tuple[FakeYouTube, dict]) -> None:
    fake, settings = youtube
    superchat = text_item("LCC.super", "", channel="UCfan", name="Fan")
    superchat["snippet"].update(
        type="superChatEvent",
        displayMessage="$5.00 from Fan: my SSN is 078-05-1120",
        superChatDetails={
            "amountMicros": "5000000",
            "currency": "USD",
            "amountDisplayString": "$5.00",
            "userComment": "my SSN is 078-05-1120",
            "tier": 2,
        },
    )
    sponsor = text_item("LCC.member", "", channel="UCnew", name="New member")
    sponsor["snippet"].update(type="newSponsorEvent", displayMessage="Welcome to the clinic club!")
    deleted = {
        "id": "LCC.del",
        "snippet": {
            "type": "messageDeletedEvent",
            "liveChatId": CHAT_ID,
            "publishedAt": "2024-05-01T12:00:03Z",
            "messageDeletedDetails": {"deletedMessageId": "LCC.1"},
        },
    }
    banned = {
        "id": "LCC.ban",
        "snippet": {
            "type": "userBannedEvent",
            "liveChatId": CHAT_ID,
            "publishedAt": "2024-05-01T12:00:04Z",
            "userBannedDetails": {
                "banType": "temporary",
                "banDurationSeconds": 300,
                "bannedUserDetails": {"channelId": "UCviewer", "displayName": "Viewer"},
            },
        },
    }
    fake.page(text_item("LCC.1", "hello", moderator=True), superchat)
    fake.page(text_item("LCC.1", "hello", moderator=True), sponsor, deleted, banned)  # LCC.1 again: de-duplicated
    fake.page(text_item("LCC.2", "bye"), offline=True)
    source = open_source(f"youtube:{CHAT_ID}", settings, **FAST)
    assert source.capabilities == {
        ActionKind.DELETE, ActionKind.TIMEOUT, ActionKind.BAN, ActionKind.UNBAN, ActionKind.REPLY
    }  # fmt: skip
    reader = EventReader(source)
    await reader.rest()
    messages = reader.of(ChatMessage)
    assert [(m.id, m.kind, m.text) for m in messages] == [
        ("LCC.1", "text", "hello"),
        ("LCC.super", "paid", "my SSN is 078-05-1120"),
        ("LCC.member", "system", "Welcome to the clinic club!"),
        ("LCC.2", "text", "bye"),
    ]
    assert "moderator" in messages[0].author.roles and messages[1].extra["amount"] == "$5.00"
    events = reader.of(PlatformEvent)
    assert [(e.kind, e.message_id, e.author_id, e.duration) for e in events] == [
        (PlatformEventKind.DELETED, "LCC.1", None, None),
        (PlatformEventKind.TIMED_OUT, None, "UCviewer", 300),
    ]
    assert reader.states()[-1] is ConnectionState.ENDED and "offline" in reader.seen[-1].detail
    polls = fake.recorder.of("GET", "/youtube/v3/liveChat/messages")
    assert "pageToken" not in polls[0].query
    assert [p.query["pageToken"] for p in polls[1:]] == ["page-1", "page-2"]
    assert polls[0].query["liveChatId"] == CHAT_ID and polls[0].query["part"] == "id,snippet,authorDetails"
    await reader.close()


async def test_live_chat_ended_error_ends_cleanly(youtube: tuple[FakeYouTube, dict]) -> None:
    fake, settings = youtube
    fake.page(text_item("LCC.1", "last words"))
    fake.error(403, "liveChatEnded", "The live chat is no longer live.")
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    await reader.rest()
    assert reader.states() == [ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.ENDED]
    assert [m.text for m in reader.of(ChatMessage)] == ["last words"]
    await reader.close()


async def test_transient_errors_resume_from_the_page_token_without_gap(youtube: tuple[FakeYouTube, dict]) -> None:
    fake, settings = youtube
    fake.page(text_item("LCC.1", "one"))
    fake.error(503, "backendError", "Backend Error")
    fake.error(403, "rateLimitExceeded", "Rate limit exceeded")
    fake.raw(200, "<html>proxy says hi</html>")
    fake.page(text_item("LCC.2", "two"), offline=True)
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    await reader.rest()
    assert [m.id for m in reader.of(ChatMessage)] == ["LCC.1", "LCC.2"]
    assert reader.states().count(ConnectionState.RECONNECTING) == 2
    assert not [e for e in reader.of(PlatformEvent) if e.kind is PlatformEventKind.GAP]
    polls = fake.recorder.of("GET", "/youtube/v3/liveChat/messages")
    assert [p.query.get("pageToken") for p in polls] == [None, "page-1", "page-1", "page-1", "page-1"]
    await reader.close()


async def test_quota_exhaustion_is_shown_as_a_connection_event(youtube: tuple[FakeYouTube, dict]) -> None:
    fake, settings = youtube
    fake.error(403, "quotaExceeded", "The request cannot be completed because you have exceeded your quota.")
    delays: list[float] = []

    async def sleep(delay: float) -> None:
        delays.append(delay)

    fake.page(offline=True)
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, sleep=sleep, **FAST))
    event = await reader.state(ConnectionState.RECONNECTING)
    assert "quota exhausted" in event.detail and "retrying in 600" in event.detail
    await reader.rest()
    assert delays[0] == 600.0
    await reader.close()


@pytest.mark.parametrize(
    ("status", "reason", "expected"),
    [(401, "authError", "token"), (404, "liveChatNotFound", "not found"), (403, "liveChatDisabled", "disabled")],
)
async def test_fatal_errors_stop_the_source(
    youtube: tuple[FakeYouTube, dict], status: int, reason: str, expected: str
) -> None:
    fake, settings = youtube
    fake.error(status, reason, "nope")
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    await reader.rest()
    assert reader.states() == [ConnectionState.CONNECTING, ConnectionState.FAILED]
    assert expected in reader.seen[-1].detail
    assert TOKEN not in reader.seen[-1].detail
    await reader.close()


async def test_malformed_items_are_skipped(youtube: tuple[FakeYouTube, dict], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    fake, settings = youtube
    fake.page(
        "not an object",
        {"id": "x"},
        {"id": "y", "snippet": {"type": "textMessageEvent"}},
        text_item("LCC.ok", "fine"),
        offline=True,
    )
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    await reader.rest()
    assert [m.id for m in reader.of(ChatMessage)] == ["LCC.ok"]
    assert "not an object" in caplog.text and "without id or snippet" in caplog.text and "without author" in caplog.text
    await reader.close()


async def test_actions_delete_ban_and_unban_with_the_returned_ban_id(youtube: tuple[FakeYouTube, dict]) -> None:
    fake, settings = youtube
    source = open_source(f"youtube:{CHAT_ID}", settings, **FAST)
    message = ChatMessage(source.key, "youtube", CHAT_ID, "LCC.9", Author("UCbad", "Bad"), "x", 0.0, 0.0)
    delete = await source.perform(ActionRequest(ActionKind.DELETE, message, message.author))
    timeout = await source.perform(ActionRequest(ActionKind.TIMEOUT, message, message.author, duration=120))
    unban = await source.perform(ActionRequest(ActionKind.UNBAN, message, message.author))
    ban = await source.perform(ActionRequest(ActionKind.BAN, message, message.author))
    assert [o.result for o in (delete, timeout, unban, ban)] == [ActionResult.DONE] * 4
    assert "ban-1" in timeout.response and "ban-1" in unban.response and "ban-2" in ban.response
    calls = [c for c in fake.recorder.calls if c.method != "GET"]
    assert [(c.method, c.path) for c in calls] == [
        ("DELETE", "/youtube/v3/liveChat/messages"),
        ("POST", "/youtube/v3/liveChat/bans"),
        ("DELETE", "/youtube/v3/liveChat/bans"),
        ("POST", "/youtube/v3/liveChat/bans"),
    ]
    assert calls[0].query == {"id": "LCC.9"}
    assert calls[1].query == {"part": "snippet"} and calls[1].json == {
        "snippet": {
            "liveChatId": CHAT_ID,
            "type": "temporary",
            "bannedUserDetails": {"channelId": "UCbad"},
            "banDurationSeconds": 120,
        }
    }
    assert calls[2].query == {"id": "ban-1"}
    assert calls[3].json["snippet"]["type"] == "permanent" and "banDurationSeconds" not in calls[3].json["snippet"]
    assert all(c.headers["Authorization"] == f"Bearer {TOKEN}" for c in calls)
    # An author banned elsewhere: no ban id, a clear refusal instead of a wrong call.
    other = await source.perform(ActionRequest(ActionKind.UNBAN, message, Author("UCother", "Other")))
    assert other.result is ActionResult.FAILED and "no ban id" in other.response
    await source.aclose()


@pytest.mark.parametrize(
    ("status", "reason", "expected", "calls"),
    [
        (403, "forbidden", "not allowed", 1),
        (403, "quotaExceeded", "quota exhausted", 1),
        (401, "authError", "Invalid Credentials", 1),
        (403, "rateLimitExceeded", "gave up after 3 attempts", 3),
    ],
)
async def test_action_failures_carry_the_platform_message(
    youtube: tuple[FakeYouTube, dict], status: int, reason: str, expected: str, calls: int
) -> None:
    fake, settings = youtube
    for _ in range(3):
        fake.recorder.script(
            "DELETE",
            "/youtube/v3/liveChat/messages",
            status,
            {
                "error": {
                    "code": status,
                    "message": f"The caller is not allowed ({reason})",
                    "errors": [{"reason": reason}],
                }
            }
            if reason == "forbidden"
            else {
                "error": {
                    "code": status,
                    "message": "Invalid Credentials" if status == 401 else reason,
                    "errors": [{"reason": reason}],
                }
            },
        )

    async def sleep(delay: float) -> None:
        return None

    source = open_source(f"youtube:{CHAT_ID}", settings, sleep=sleep, **FAST)
    message = ChatMessage(source.key, "youtube", CHAT_ID, "LCC.9", Author("UCbad", "Bad"), "x", 0.0, 0.0)
    outcome = await source.perform(ActionRequest(ActionKind.DELETE, message, message.author))
    assert outcome.result is ActionResult.FAILED
    assert expected in outcome.response or (reason == "forbidden" and "not allowed" in outcome.response)
    assert len(fake.recorder.of("DELETE", "/youtube/v3/liveChat/messages")) == calls
    await source.aclose()


async def test_api_key_only_is_read_only() -> None:
    source = open_source(f"youtube:{CHAT_ID}", {"youtube": {"api_key": "AIza-key"}})
    assert source.capabilities == frozenset()
    message = ChatMessage(source.key, "youtube", CHAT_ID, "LCC.9", Author("UCbad", "Bad"), "x", 0.0, 0.0)
    assert (await source.perform(ActionRequest(ActionKind.DELETE, message))).result is ActionResult.LOCAL
    await source.aclose()
