"""Twitch EventSub: the sans-I/O parser, and the connector against a fake EventSub server and fake Helix."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from castguard.connectors import open_source
from castguard.connectors.eventsub import (
    CostBudget,
    EventSubParser,
    Keepalive,
    Reconnect,
    Revocation,
    Subscription,
    Welcome,
    plan,
)
from castguard.connectors.runtime import Backoff
from castguard.connectors.twitch_eventsub import TwitchEventSubSource
from castguard.core.model import (
    HOLD_REASON,
    ActionKind,
    ActionRequest,
    ActionResult,
    Author,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    PlatformEvent,
    PlatformEventKind,
    platform_hold,
)
from tests.conftest import until
from tests.fakes.events import EventReader
from tests.fakes.eventsub import ALL_SCOPES, FakeEventSub, frame
from tests.fakes.http import serve
from tests.fakes.twitch import ROOM_ID, FakeHelix, FakeTwitchChat, privmsg

TOKEN = "tok-secret-123"
#: Reconnect options that keep a test in milliseconds, passed as ``**FAST`` to a source's constructor.
FAST: dict[str, Any] = {"backoff": Backoff(initial=0.01, cap=0.05)}
HOSTILE = "\x1b[31mEvil\u202e\u200bMod[/]"


def chat_event(msg_id: str, text: str, *, user_id: str = "42", name: str = "Viewer", **extra: Any) -> dict[str, Any]:
    """A ``channel.chat.message`` event as Twitch sends it."""
    return {
        "broadcaster_user_id": ROOM_ID,
        "broadcaster_user_login": "clinic",
        "broadcaster_user_name": "Clinic",
        "chatter_user_id": user_id,
        "chatter_user_login": name.lower(),
        "chatter_user_name": name,
        "message_id": msg_id,
        "message": {"text": text, "fragments": [{"type": "text", "text": text}]},
        "message_type": "text",
        "badges": [{"set_id": "subscriber", "id": "12", "info": "16"}],
        "color": "#00FF7F",
        "cheer": None,
        "reply": None,
        "channel_points_custom_reward_id": None,
        **extra,
    }


def moderate(action: str, target: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """A ``channel.moderate`` v2 event: ``action`` by moderator OtherMod."""
    event: dict[str, Any] = {
        "broadcaster_user_id": ROOM_ID,
        "broadcaster_user_login": "clinic",
        "broadcaster_user_name": "Clinic",
        "source_broadcaster_user_id": None,
        "moderator_user_id": "777",
        "moderator_user_login": "othermod",
        "moderator_user_name": "OtherMod",
        "action": action,
        **extra,
    }
    if target is not None:
        event[action] = target
    return event


def notification(sub_type: str, event: dict[str, Any], *, message_id: str = "m-1", version: str = "1") -> str:
    payload = {"subscription": {"id": "s", "type": sub_type, "version": version}, "event": event}
    return frame("notification", payload, message_id=message_id, subscription_type=sub_type)


# -- the parser --------------------------------------------------------------------------------------


def parser() -> EventSubParser:
    return EventSubParser(source="twitch+eventsub:clinic", channel="clinic", dedup_size=4)


def test_session_frames_become_controls() -> None:
    p = parser()
    welcome = {"session": {"id": "AQoQexAWVYKSTIu4ec_2VAxyuhAB", "keepalive_timeout_seconds": 10}}
    assert p.receive(frame("session_welcome", welcome), 0.0) == [Welcome("AQoQexAWVYKSTIu4ec_2VAxyuhAB", 10.0)]
    assert p.receive(frame("session_keepalive", {}), 0.0) == [Keepalive()]
    url = "wss://eventsub.wss.twitch.tv/ws?id=abc"
    assert p.receive(frame("session_reconnect", {"session": {"id": "x", "reconnect_url": url}}), 0.0) == [
        Reconnect(url)
    ]
    revoked = {"subscription": {"type": "channel.moderate", "status": "moderator_removed"}}
    assert p.receive(frame("revocation", revoked, message_id="r1", subscription_type="channel.moderate"), 0.0) == [
        Revocation("channel.moderate", "moderator_removed")
    ]


def test_a_hostile_welcome_cannot_make_every_moment_a_timeout() -> None:
    welcome = {"session": {"id": "s1", "keepalive_timeout_seconds": 0}}
    assert parser().receive(frame("session_welcome", welcome), 0.0) == [Welcome("s1", 1.0)]


def test_chat_notification_becomes_a_chat_message() -> None:
    p = parser()
    event = chat_event("b1", "hello", reply={"parent_message_id": "p1", "parent_user_name": "Host"})
    [msg] = p.receive(notification("channel.chat.message", event), 1000.0)
    assert isinstance(msg, ChatMessage)
    assert (msg.id, msg.text, msg.author) == ("b1", "hello", Author("42", "Viewer", frozenset({"subscriber"})))
    assert msg.source == "twitch+eventsub:clinic" and msg.platform == "twitch" and msg.reply_to == "p1"
    assert msg.extra["room_id"] == ROOM_ID and msg.extra["via"] == "eventsub"
    assert msg.received_at == 1000.0 and msg.sent_at > 1_600_000_000  # the server's message_timestamp


def test_the_same_notification_delivered_twice_counts_once_in_bounded_memory() -> None:
    p = parser()
    first = notification("channel.chat.message", chat_event("b1", "hi"), message_id="dup")
    assert len(p.receive(first, 0.0)) == 1
    assert p.receive(first, 0.0) == [] and p.duplicates == 1
    for i in range(10):  # memory is bounded: old ids are forgotten
        p.receive(notification("channel.chat.message", chat_event(f"x{i}", "hi"), message_id=f"n{i}"), 0.0)
    assert len(p._seen) <= 4


def test_a_ban_by_another_moderator_shows_the_actor_and_the_reason() -> None:
    ban = moderate("ban", {"user_id": "42", "user_login": "viewer", "user_name": "Viewer", "reason": "spam links"})
    [event] = parser().receive(notification("channel.moderate", ban, version="2"), 0.0)
    assert isinstance(event, PlatformEvent) and event.kind is PlatformEventKind.BANNED
    assert event.author_id == "42" and event.detail == "Viewer banned by OtherMod: spam links"


def test_timeout_delete_clear_warn_and_modes_from_channel_moderate() -> None:
    p = parser()
    timeout = moderate(
        "timeout",
        {
            "user_id": "42",
            "user_login": "viewer",
            "user_name": "Viewer",
            "reason": "",
            "expires_at": "2030-01-01T00:10:00Z",
        },
    )
    delete = moderate(
        "delete",
        {"user_id": "42", "user_login": "viewer", "user_name": "Viewer", "message_id": "b1", "message_body": "bad"},
    )
    slow = moderate("slow", slow={"wait_time_seconds": 30})
    warn = moderate("warn", {"user_id": "42", "user_login": "viewer", "user_name": "Viewer", "reason": "be kind"})
    frames = [timeout, delete, moderate("clear"), slow, warn]
    events = [p.receive(notification("channel.moderate", e, message_id=f"m{i}"), 0.0)[0] for i, e in enumerate(frames)]
    assert all(isinstance(e, PlatformEvent) for e in events)
    kinds = [e.kind for e in events if isinstance(e, PlatformEvent)]
    assert kinds == [
        PlatformEventKind.TIMED_OUT,
        PlatformEventKind.DELETED,
        PlatformEventKind.CLEARED,
        PlatformEventKind.CHAT_SETTINGS,
        PlatformEventKind.WARNED,
    ]
    t, d, c, s, w = (e for e in events if isinstance(e, PlatformEvent))
    assert t.detail.startswith("Viewer timed out by OtherMod until 2030-01-01") and t.duration and t.duration > 0
    assert (d.message_id, d.author_id) == ("b1", "42") and "deleted by OtherMod" in d.detail
    assert c.detail == "chat cleared by OtherMod"
    assert s.detail == "slow mode on by OtherMod (30s)"
    assert w.detail == "Viewer warned by OtherMod: be kind"


def test_automod_shield_suspicious_unban_request_and_shared_chat() -> None:
    p = parser()
    hold = {
        "broadcaster_user_id": ROOM_ID, "user_id": "42", "user_login": "viewer", "user_name": "Viewer",
        "message_id": "h1", "message": {"text": "buy followers", "fragments": []}, "reason": "automod",
        "automod": {"category": "swearing", "level": 4, "boundaries": []}, "held_at": "2026-01-01T00:00:00Z",
    }  # fmt: skip
    update = {**hold, "moderator_user_id": "777", "moderator_user_name": "OtherMod", "status": "Denied"}
    shield = {"broadcaster_user_id": ROOM_ID, "moderator_user_id": "777", "moderator_user_name": "OtherMod"}
    suspicious = {
        "user_id": "66", "user_name": "Evader", "low_trust_status": "restricted", "types": ["ban_evader"],
        "message": {"message_id": "s1", "text": "hi again"},
    }  # fmt: skip
    unban = {"user_id": "13", "user_name": "Banned", "text": "sorry"}
    shared = {"participants": [{"broadcaster_user_id": "1", "broadcaster_user_name": "Partner"}]}
    got = []
    for i, (sub_type, event) in enumerate(
        [
            ("automod.message.hold", hold),
            ("automod.message.update", update),
            ("channel.shield_mode.begin", shield),
            ("channel.suspicious_user.message", suspicious),
            ("channel.unban_request.create", unban),
            ("channel.shared_chat.begin", shared),
        ]
    ):
        assert isinstance(event, dict)
        event_out, *_held_message = p.receive(notification(sub_type, event, message_id=f"k{i}"), 0.0)
        assert isinstance(event_out, PlatformEvent)
        got.append((event_out.kind, event_out.detail))
    assert got == [
        (PlatformEventKind.HELD, "AutoMod held a message by Viewer (AutoMod category swearing level 4): buy followers"),
        (PlatformEventKind.HOLD_RESOLVED, "held message by Viewer denied by OtherMod"),
        (PlatformEventKind.SHIELD_MODE, "Shield Mode on, by OtherMod"),
        (PlatformEventKind.SUSPICIOUS, "suspicious user Evader (restricted; ban_evader) wrote: hi again"),
        (PlatformEventKind.UNBAN_REQUEST, "Banned asks to be unbanned: sorry"),
        (PlatformEventKind.SHARED_CHAT, "shared chat began with Partner"),
    ]


def test_shared_chat_messages_name_the_channel_they_come_from() -> None:
    event = chat_event(
        "b9", "hi from next door", source_broadcaster_user_id="1", source_broadcaster_user_login="partner"
    )
    [msg] = parser().receive(notification("channel.chat.message", event), 0.0)
    assert isinstance(msg, ChatMessage)
    assert msg.extra["source_room_id"] == "1" and msg.extra["source_channel"] == "partner"


@pytest.mark.parametrize(
    "bad",
    [
        "not json",
        "[1, 2]",
        json.dumps({"metadata": "x"}),
        frame("session_welcome", {"session": {"id": "bad id with spaces"}}),
        frame("session_reconnect", {"session": {"reconnect_url": "file:///etc/passwd"}}),
        frame("mystery", {}),
        frame("notification", {"event": {}}, message_id="../../etc"),
        notification("channel.chat.message", chat_event("id with space", "hi")),
        notification("channel.chat.message", {**chat_event("b1", "hi"), "message": {"text": 5}}),
        notification("channel.unknown.type", {}),
        "x" * 300_000,
    ],
)
def test_malformed_frames_are_skipped_with_a_reason(bad: str) -> None:
    p = parser()
    assert p.receive(bad, 0.0) == []
    assert len(p.skipped) == 1 and len(p.skipped[0]) < 200


def test_hostile_names_and_reasons_are_cleaned() -> None:
    ban = moderate(
        "ban",
        {"user_id": "42", "user_name": HOSTILE, "reason": "x" * 5000 + "\x1b]0;title\x07"},
        moderator_user_name=HOSTILE,
    )
    [event] = parser().receive(notification("channel.moderate", ban, version="2"), 0.0)
    assert isinstance(event, PlatformEvent)
    assert "\x1b" not in event.detail and "\u202e" not in event.detail and "\u200b" not in event.detail
    assert event.detail.startswith("[31mEvil") is False and len(event.detail) <= 400


# -- the subscription plan ---------------------------------------------------------------------------


def test_a_moderator_token_gets_channel_moderate_instead_of_the_plain_chat_events() -> None:
    chosen, notes = plan(set(ALL_SCOPES))
    types = [s.type for s in chosen]
    assert types[0] == "channel.chat.message" and "channel.moderate" in types and notes == []
    # channel.moderate reports deletes, clears, warnings with the moderator: no second copy of each
    assert "channel.chat.message_delete" not in types and "channel.warning.send" not in types
    assert "automod.message.hold" in types and "channel.shield_mode.begin" in types


def test_a_chat_only_token_gets_deletes_and_clears_and_a_note_per_missing_scope() -> None:
    chosen, notes = plan({"user:read:chat"})
    types = [s.type for s in chosen]
    assert "channel.chat.message_delete" in types and "channel.chat.clear" in types
    assert "channel.moderate" not in types
    assert "automod.message.hold: missing scope moderator:manage:automod" in notes


def test_cost_budget_refuses_what_would_exceed_max_total_cost() -> None:
    budget = CostBudget()
    budget.update({"total": 3, "total_cost": 10, "max_total_cost": 10})
    assert budget.refusal(Subscription("channel.shared_chat.begin", "1", "broadcaster", cost=1)) is not None
    assert budget.refusal(Subscription("channel.chat.message", "1", "user")) is None


# -- the connector -----------------------------------------------------------------------------------


@pytest.fixture
async def twitch() -> AsyncIterator[tuple[FakeEventSub, str]]:
    async with FakeEventSub() as fake, serve(fake.helix_app) as base:
        yield fake, base


def settings(fake: FakeEventSub, base: str, **more: str) -> dict[str, dict[str, str]]:
    cfg = {
        "token": TOKEN,
        "eventsub_url": fake.url,
        "api_url": base + "/helix",
        "auth_url": base + "/oauth2",
        "eventsub_irc": "off",
        **more,
    }
    return {"twitch": cfg}


async def started(fake: FakeEventSub, base: str, **options: Any) -> tuple[TwitchEventSubSource, EventReader]:
    source = open_source("twitch+eventsub:Clinic", settings(fake, base), **FAST, **options)
    assert isinstance(source, TwitchEventSubSource)
    reader = EventReader(source)
    await reader.state(ConnectionState.CONNECTED)
    return source, reader


async def test_subscribes_with_the_session_id_and_reads_chat_and_moderation(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    source, reader = await started(fake, base)
    assert source.key == "twitch+eventsub:clinic" and ActionKind.BAN in source.capabilities
    chat = next(s for s in fake.subscriptions if s["type"] == "channel.chat.message")
    assert chat["session_id"] == "session-1"
    assert chat["condition"] == {"broadcaster_user_id": ROOM_ID, "user_id": "9001"}
    moderate_sub = next(s for s in fake.subscriptions if s["type"] == "channel.moderate")
    assert moderate_sub["version"] == "2" and moderate_sub["condition"]["moderator_user_id"] == "9001"
    await fake.notify("channel.chat.message", chat_event("b1", "hello"))
    [msg] = await reader.messages(1)
    assert (msg.id, msg.text, msg.source) == ("b1", "hello", "twitch+eventsub:clinic")
    ban = moderate("ban", {"user_id": "42", "user_login": "viewer", "user_name": "Viewer", "reason": "spam"})
    await fake.notify("channel.moderate", ban, version="2")
    event = await reader.until(lambda e: isinstance(e, PlatformEvent))
    assert isinstance(event, PlatformEvent) and event.kind is PlatformEventKind.BANNED
    assert event.detail == "Viewer banned by OtherMod: spam"
    await reader.close()


async def test_a_notification_delivered_twice_reaches_the_desk_once(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    source, reader = await started(fake, base)
    again = await fake.notify("channel.chat.message", chat_event("b1", "once"))
    await fake.notify("channel.chat.message", chat_event("b1", "once"), message_id=again)
    await fake.notify("channel.chat.message", chat_event("b2", "twice"))
    assert [m.id for m in await reader.messages(2)] == ["b1", "b2"]
    assert source.parser.duplicates == 1
    await reader.close()


async def test_silence_past_the_keepalive_means_a_new_session(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    fake.keepalive = 1
    fake.send_keepalives = False
    _source, reader = await started(fake, base, keepalive_grace=0.1)
    event = await reader.state(ConnectionState.RECONNECTING)
    assert "keepalive" in event.detail
    await reader.state(ConnectionState.CONNECTED)
    sessions = {s["session_id"] for s in fake.subscriptions if s["type"] == "channel.chat.message"}
    assert sessions == {"session-1", "session-2"}  # the new session subscribed again
    await reader.close()


async def test_keepalives_keep_a_quiet_session_open(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    fake.keepalive = 1
    _source, reader = await started(fake, base, keepalive_grace=0.1)
    await fake.wait_keepalives(6)  # three keepalive periods with nothing else to read
    await fake.notify("channel.chat.message", chat_event("b1", "still here"))
    await reader.messages(1)
    assert len(fake.connections) == 1 and ConnectionState.RECONNECTING not in reader.states()
    await reader.close()


async def test_session_reconnect_connects_the_new_url_before_closing_the_old(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    _source, reader = await started(fake, base)
    created = len(fake.subscriptions)
    await fake.ask_reconnect()
    await fake.wait_connections(2)
    moved = await reader.until(lambda e: isinstance(e, ConnectionEvent) and "session_reconnect" in e.detail)
    assert isinstance(moved, ConnectionEvent) and moved.state is ConnectionState.CONNECTED
    assert fake.closed_before_welcome == [False]
    assert len(fake.subscriptions) == created  # the session keeps its subscriptions
    await fake.notify("channel.chat.message", chat_event("b1", "on the new server"))
    [msg] = await reader.messages(1)
    assert msg.text == "on the new server"
    assert not any(isinstance(e, PlatformEvent) and e.kind is PlatformEventKind.GAP for e in reader.seen)
    await reader.close()


async def test_a_revocation_is_shown_with_twitchs_reason(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    source, reader = await started(fake, base)
    await fake.revoke("channel.moderate", "moderator_removed")
    event = await reader.until(lambda e: isinstance(e, ConnectionEvent) and "revoked" in e.detail)
    assert isinstance(event, ConnectionEvent)
    assert event.detail == "Twitch revoked the channel.moderate subscription: moderator_removed"
    assert "channel.moderate" not in source.subscribed
    await fake.revoke("channel.chat.message", "authorization_revoked")
    failed = await reader.state(ConnectionState.FAILED)
    assert "authorization_revoked" in failed.detail
    await reader.close()


async def test_a_dropped_socket_is_retried(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    _source, reader = await started(fake, base)
    await fake.drop()
    await reader.state(ConnectionState.RECONNECTING)
    await reader.state(ConnectionState.CONNECTED)
    await fake.notify("channel.chat.message", chat_event("b1", "back"))
    await reader.messages(1)
    await reader.close()


async def test_a_rejected_token_is_fatal_and_never_shown(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    fake.helix.recorder.script("POST", "/helix/eventsub/subscriptions", 401, {"status": 401, "message": "bad"})
    source = open_source("twitch+eventsub:clinic", settings(fake, base), **FAST)
    reader = EventReader(source)
    failed = await reader.state(ConnectionState.FAILED)
    assert "401" in failed.detail and TOKEN not in failed.detail
    await reader.close()


async def test_a_rate_limited_subscription_waits_for_ratelimit_reset(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    import time

    reset = str(int(time.time()) + 5)
    headers = {"Ratelimit-Remaining": "0", "Ratelimit-Reset": reset}
    fake.helix.recorder.script("POST", "/helix/eventsub/subscriptions", 429, {"message": "slow down"}, headers)
    source, reader = await started(fake, base, sleep=sleep)
    assert waits and 3.0 < waits[0] <= 5.0
    assert "channel.chat.message" in source.subscribed
    await reader.close()


async def test_exceeding_the_cost_limit_is_a_clear_error(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    fake.max_total_cost = 1  # the fake charges 1 per shared-chat subscription, like Twitch
    source, reader = await started(fake, base)
    connected = next(e for e in reader.seen if isinstance(e, ConnectionEvent) and e.state is ConnectionState.CONNECTED)
    assert "channel.shared_chat.update: cost 1 + 1 would exceed max_total_cost 1" in connected.detail
    assert "channel.shared_chat.begin" in source.subscribed
    await reader.close()


async def test_a_refused_chat_subscription_explains_the_limits(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    fake.helix.recorder.script(
        "POST",
        "/helix/eventsub/subscriptions",
        429,
        {"message": "too many subscriptions"},
        {"Ratelimit-Remaining": "790"},
    )
    reader = EventReader(open_source("twitch+eventsub:clinic", settings(fake, base), **FAST))
    failed = await reader.state(ConnectionState.FAILED)
    assert "channel.chat.message" in failed.detail and "3 WebSocket connections per user" in failed.detail
    await reader.close()


async def test_a_token_without_user_read_chat_is_refused_clearly() -> None:
    helix = FakeHelix(scopes=("moderator:manage:banned_users",))
    async with FakeEventSub(helix=helix) as fake, serve(fake.helix_app) as base:
        reader = EventReader(open_source("twitch+eventsub:clinic", settings(fake, base), **FAST))
        failed = await reader.state(ConnectionState.FAILED)
        assert "user:read:chat" in failed.detail
        await reader.close()


def test_eventsub_needs_a_token() -> None:
    from castguard.connectors.base import SourceError

    with pytest.raises(SourceError, match="user token"):
        open_source("twitch+eventsub:clinic", {"twitch": {"eventsub_url": "ws://127.0.0.1:9"}})


async def test_actions_go_through_helix(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    source, reader = await started(fake, base)
    await fake.notify("channel.chat.message", chat_event("b1", "bad"))
    [msg] = await reader.messages(1)
    outcome = await source.perform(ActionRequest(ActionKind.DELETE, message=msg))
    assert outcome.result is ActionResult.DONE
    [call] = fake.helix.recorder.of("DELETE", "/helix/moderation/chat")
    assert call.query["message_id"] == "b1" and call.query["broadcaster_id"] == ROOM_ID
    await reader.close()


async def test_irc_and_eventsub_together_deliver_each_message_once(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    async with FakeTwitchChat() as irc:
        cfg = settings(fake, base, eventsub_irc="on", irc_url=irc.url)
        source = open_source("twitch+eventsub:clinic", cfg, **FAST)
        reader = EventReader(source)
        await reader.state(ConnectionState.CONNECTED)
        await irc.wait_joined()
        assert any(line.startswith("NICK justinfan") for line in irc.received)  # IRC reads anonymously
        await irc.send(privmsg("same-id", "seen on both"))
        await fake.notify("channel.chat.message", chat_event("same-id", "seen on both"))
        await fake.notify("channel.chat.message", chat_event("only-es", "eventsub only"))
        await irc.send(privmsg("only-irc", "irc only"))
        got = await reader.messages(3)
        assert sorted(m.id for m in got) == ["only-es", "only-irc", "same-id"]
        assert all(m.source == "twitch+eventsub:clinic" for m in got)
        assert isinstance(source, TwitchEventSubSource) and source.duplicates == 1
        await reader.close()


async def test_a_reconnect_url_to_another_host_is_not_followed(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    _source, reader = await started(fake, base)
    session = {"id": "session-1", "status": "reconnecting", "reconnect_url": "ws://evil.example:1/ws"}
    await fake.send(frame("session_reconnect", {"session": session}))
    event = await reader.state(ConnectionState.RECONNECTING)
    assert "another server" in event.detail
    await reader.state(ConnectionState.CONNECTED)  # a fresh session on the configured server
    await fake.wait_connections(2)
    await reader.close()


def _hold_event(msg_id: str, text: str, **extra: Any) -> dict[str, Any]:
    """An ``automod.message.hold`` v2 event as Twitch sends it."""
    return {
        "broadcaster_user_id": ROOM_ID, "broadcaster_user_login": "clinic", "broadcaster_user_name": "Clinic",
        "user_id": "42", "user_login": "viewer", "user_name": "Viewer", "message_id": msg_id,
        "message": {"text": text, "fragments": [{"type": "text", "text": text}]}, "reason": "automod",
        "automod": {"category": "swearing", "level": 4, "boundaries": []}, "blocked_term": None,
        "held_at": "2026-01-01T00:00:00.123456789Z", **extra,
    }  # fmt: skip


def test_a_message_automod_holds_becomes_a_held_message_with_automods_reason() -> None:
    event, held = parser().receive(notification("automod.message.hold", _hold_event("h1", "buy followers")), 0.0)
    assert isinstance(event, PlatformEvent) and event.kind is PlatformEventKind.HELD and event.status == "held"
    assert isinstance(held, ChatMessage)
    assert (held.id, held.text, held.author.id, held.author.name) == ("h1", "buy followers", "42", "Viewer")
    assert platform_hold(held) == "Twitch AutoMod"
    assert held.extra[HOLD_REASON] == "AutoMod category swearing level 4"


def test_a_blocked_term_hold_names_the_term_and_a_decision_elsewhere_says_who_and_what() -> None:
    p = parser()
    blocked = _hold_event(
        "h2", "you idiot", reason="blocked_term", automod=None,
        blocked_term={"terms_found": [{"term_id": "t1", "boundary": {"text": "idiot"}}]},
    )  # fmt: skip
    _, held = p.receive(notification("automod.message.hold", blocked, message_id="n1"), 0.0)
    assert isinstance(held, ChatMessage) and held.extra[HOLD_REASON] == "a blocked term (idiot)"
    update = {**blocked, "moderator_user_id": "777", "moderator_user_name": "OtherMod", "status": "Approved"}
    [resolved] = p.receive(notification("automod.message.update", update, message_id="n2"), 0.0)
    assert isinstance(resolved, PlatformEvent) and resolved.kind is PlatformEventKind.HOLD_RESOLVED
    assert (resolved.message_id, resolved.status) == ("h2", "allowed")
    assert resolved.detail == "held message by Viewer allowed by OtherMod"


async def test_automod_holds_are_allowed_and_denied_through_helix(twitch: tuple[FakeEventSub, str]) -> None:
    fake, base = twitch
    source, reader = await started(fake, base)
    assert "automod.message.hold" in source.subscribed
    fake.helix.held.update({"h1", "h2"})
    await fake.notify("automod.message.hold", _hold_event("h1", "buy followers"), version="2")
    await fake.notify("automod.message.hold", _hold_event("h2", "more followers"), version="2")
    first, second = await reader.messages(2)
    assert platform_hold(first) == "Twitch AutoMod"
    allow = await source.perform(ActionRequest(ActionKind.APPROVE, message=first, held=True))
    deny = await source.perform(ActionRequest(ActionKind.DELETE, message=second, held=True))
    assert (allow.result, allow.response) == (ActionResult.DONE, "twitch 204: AutoMod: allowed")
    assert (deny.result, deny.response) == (ActionResult.DONE, "twitch 204: AutoMod: denied")
    assert fake.helix.automod == {"h1": "ALLOW", "h2": "DENY"}
    calls = fake.helix.recorder.of("POST", "/helix/moderation/automod/message")
    assert [c.json for c in calls] == [
        {"user_id": "9001", "msg_id": "h1", "action": "ALLOW"},
        {"user_id": "9001", "msg_id": "h2", "action": "DENY"},
    ]
    assert fake.helix.recorder.of("DELETE", "/helix/moderation/chat") == []  # a held message is denied, not deleted
    again = await source.perform(ActionRequest(ActionKind.APPROVE, message=first, held=True))
    assert again.result is ActionResult.FAILED and "already decided" in again.response
    await reader.close()


async def test_the_irc_copy_of_a_message_eventsub_delivered_first_adds_its_newcomer_flags(
    twitch: tuple[FakeEventSub, str],
) -> None:
    fake, base = twitch
    async with FakeTwitchChat() as irc:
        source = open_source("twitch+eventsub:clinic", settings(fake, base, eventsub_irc="on", irc_url=irc.url), **FAST)
        reader = EventReader(source)
        await reader.state(ConnectionState.CONNECTED)
        await irc.wait_joined()
        await fake.notify("channel.chat.message", chat_event("new-1", "hello, first time here"))
        [first] = await reader.messages(1)
        assert "first-time" not in first.author.roles  # EventSub does not say
        await irc.send(privmsg("new-1", "hello, first time here", extra=";first-msg=1"))
        await irc.send(privmsg("back-1", "back again", user_id="43", extra=";returning-chatter=1"))
        signal = await reader.until(lambda e: isinstance(e, PlatformEvent))
        assert isinstance(signal, PlatformEvent) and signal.kind is PlatformEventKind.TRUST
        assert (signal.message_id, signal.author_id, signal.status) == ("new-1", "42", "first-time")
        [back] = await reader.messages(1)  # the one only IRC delivered keeps its flag on the message
        assert back.id == "back-1" and "returning-chatter" in back.author.roles
        assert isinstance(source, TwitchEventSubSource) and source.duplicates == 1
        await reader.close()


async def test_the_irc_copy_without_flags_says_so_and_flags_may_follow_only_while_irc_reads(
    twitch: tuple[FakeEventSub, str],
) -> None:
    fake, base = twitch
    async with FakeTwitchChat() as irc:
        source = open_source("twitch+eventsub:clinic", settings(fake, base, eventsub_irc="on", irc_url=irc.url), **FAST)
        assert isinstance(source, TwitchEventSubSource)
        reader = EventReader(source)
        await reader.state(ConnectionState.CONNECTED)
        await irc.wait_joined()
        await fake.notify("channel.chat.message", chat_event("plain-1", "hello again"))
        [first] = await reader.messages(1)
        await until(lambda: source.flags_may_follow(first), what="the IRC reader connected")
        await irc.send(privmsg("plain-1", "hello again"))
        signal = await reader.until(lambda e: isinstance(e, PlatformEvent))
        assert isinstance(signal, PlatformEvent) and signal.kind is PlatformEventKind.TRUST
        assert (signal.message_id, signal.status) == ("plain-1", "none")
        await irc.send(privmsg("irc-1", "only on irc", user_id="43"))
        [irc_only] = await reader.messages(1)
        assert not source.flags_may_follow(irc_only)  # it came with its own flags
        await reader.close()
        assert not source.flags_may_follow(first)  # no IRC reader: nothing more will come
