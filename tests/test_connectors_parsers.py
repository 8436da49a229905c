"""Sans-I/O parsers: IRC (community test vectors + Twitch lines), SSE, generic JSON, YouTube and Facebook items."""

from __future__ import annotations

from typing import Any

import pytest

from castguard.connectors.api import ApiReply
from castguard.connectors.facebook import facebook_comment, usage_wait
from castguard.connectors.irc import IrcChat, chat_event, format_line, parse_line, split_frame, unescape_tag_value
from castguard.connectors.jsonfeed import FeedError, FieldMap, json_event, parse_timestamp
from castguard.connectors.runtime import MAX_RETRY_AFTER, retry_after
from castguard.connectors.sse import SseDecoder
from castguard.connectors.youtube import ChatEnded, youtube_item
from castguard.core.model import ChatMessage, PlatformEvent, PlatformEventKind

parser_tests = pytest.importorskip("parser_tests.data", reason="irc-parser-tests (test extra) is not installed")


@pytest.mark.parametrize("case", parser_tests.msg_split["tests"], ids=lambda c: c["input"][:40])
def test_irc_parser_passes_the_community_split_vectors(case: dict[str, Any]) -> None:
    msg = parse_line(case["input"])
    atoms = case["atoms"]
    assert msg.tags == (atoms.get("tags") or {})
    assert msg.source == atoms.get("source")
    assert msg.verb == atoms["verb"]
    assert list(msg.params) == (atoms.get("params") or [])


@pytest.mark.parametrize("case", parser_tests.msg_join["tests"], ids=lambda c: c.get("desc", "")[:40])
def test_irc_formatter_passes_the_community_join_vectors(case: dict[str, Any]) -> None:
    atoms = case["atoms"]
    line = format_line(atoms["verb"], *(atoms.get("params") or []), tags=atoms.get("tags"), source=atoms.get("source"))
    assert line in case["matches"]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("a\\sb", "a b"),
        ("a\\:b", "a;b"),
        ("a\\\\b", "a\\b"),
        ("a\\rb\\nc", "a\rb\nc"),
        ("a\\xb", "axb"),
        ("ab\\", "ab"),
        ("", ""),
    ],
)
def test_tag_unescaping(raw: str, value: str) -> None:
    assert unescape_tag_value(raw) == value


REAL_LINES = [
    "@badge-info=;badges=broadcaster/1;client-nonce=459e3142897c7a22b7d275178f2259e0;color=#0000FF;display-name=lovingt3s;"
    "emote-only=1;emotes=62835:0-10;first-msg=0;flags=;id=885196de-cb67-427a-baa8-82f9b0fcd05f;mod=0;room-id=713936733;"
    "subscriber=0;tmi-sent-ts=1643904084794;turbo=0;user-id=713936733;user-type= "
    ":lovingt3s!lovingt3s@lovingt3s.tmi.twitch.tv PRIVMSG #lovingt3s :bleedPurple",
    "@badge-info=subscriber/22;badges=moderator/1,subscriber/12;color=#19E6E6;display-name=randers;emotes=;flags=;"
    "id=d831d848-b7c7-4559-ae3a-2cb88f4dbfed;mod=1;room-id=11148817;subscriber=1;tmi-sent-ts=1594555275886;turbo=0;"
    "user-id=40286300;user-type=mod :randers!randers@randers.tmi.twitch.tv PRIVMSG #pajlada :\x01ACTION -tags\x01",
    "@badge-info=;badges=;color=;display-name=LeftSwing;emotes=;first-msg=0;flags=;id=5b4f63a9-776f-4fce-bf3c-d9707f52e32d;"
    "mod=0;reply-parent-display-name=Retoon;reply-parent-msg-body=hello;"
    "reply-parent-msg-id=6b13e51b-7ecb-43b5-ba5b-2bb5288df696;"
    "reply-parent-user-id=37940952;reply-parent-user-login=retoon;returning-chatter=0;room-id=37940952;subscriber=0;"
    "tmi-sent-ts=1673925983585;turbo=0;user-id=133651738;user-type= "
    ":leftswing!leftswing@leftswing.tmi.twitch.tv PRIVMSG #retoon :@Retoon yes",
]


def test_real_twitch_privmsgs() -> None:
    events = [
        chat_event(parse_line(line), source="twitch:x", platform="twitch", received_at=1.0) for line in REAL_LINES
    ]
    assert all(isinstance(e, ChatMessage) for e in events)
    broadcaster, action, reply = events
    assert isinstance(broadcaster, ChatMessage) and isinstance(action, ChatMessage) and isinstance(reply, ChatMessage)
    assert broadcaster.author.roles == {"broadcaster"} and broadcaster.sent_at == 1643904084.794
    assert (action.kind, action.text, action.author.roles) == ("action", "-tags", {"moderator", "subscriber"})
    assert reply.reply_to == "6b13e51b-7ecb-43b5-ba5b-2bb5288df696" and reply.extra["reply_to_name"] == "Retoon"
    assert reply.text == "@Retoon yes" and reply.author.name == "LeftSwing"


def test_empty_display_name_falls_back_to_the_login() -> None:
    line = "@display-name=;id=abc;user-id=5 :someone!someone@someone.tmi.twitch.tv PRIVMSG #c :hi"
    event = chat_event(parse_line(line), source="t", platform="twitch", received_at=1.0)
    assert isinstance(event, ChatMessage) and event.author.name == "someone"


def test_usernotice_and_server_time_from_a_standard_ircd() -> None:
    sub = (
        "@badges=subscriber/0;display-name=Fan;id=n1;login=fan;msg-id=resub;room-id=1;system-msg=Fan\\ssubscribed"
        "\\sfor\\s3\\smonths!;tmi-sent-ts=1507246572675;user-id=7 :tmi.twitch.tv USERNOTICE #c :Great stream"
    )
    event = chat_event(parse_line(sub), source="t", platform="twitch", received_at=1.0)
    assert isinstance(event, ChatMessage) and event.kind == "system" and event.text == "Great stream"
    assert event.extra["system_msg"] == "Fan subscribed for 3 months!"
    ircd = "@time=2024-05-01T12:00:00.500Z;msgid=abc :poster!poster@127.0.0.1 PRIVMSG #live :hello"
    event = chat_event(parse_line(ircd), source="irc", platform="twitch", received_at=1.0)
    assert isinstance(event, ChatMessage) and event.id == "abc" and event.author.id == "poster"
    assert event.sent_at == pytest.approx(1714564800.5)


def test_irc_client_state_machine() -> None:
    chat = IrcChat(source="twitch:c", platform="twitch", channel="#C", nick="justinfan1", caps=("twitch.tv/tags",))
    assert chat.start() == ["CAP REQ :twitch.tv/tags", "NICK justinfan1", "USER justinfan1 0 * :justinfan1"]
    events = chat.receive(
        ":tmi.twitch.tv CAP * ACK :twitch.tv/tags\r\n:tmi.twitch.tv 001 justinfan1 :Welcome\r\nPING :tmi.twitch.tv\r\n",
        5.0,
    )
    assert events == [] and chat.outgoing() == ["CAP END", "JOIN #c", "PONG :tmi.twitch.tv"]
    chat.receive("@room-id=99 :tmi.twitch.tv ROOMSTATE #c", 6.0)
    assert chat.joined and chat.room_id == "99"
    events = chat.receive(
        "@id=1 :a!a@a PRIVMSG #c :one\r\n:tmi.twitch.tv RECONNECT\r\n@id=2 :a!a@a PRIVMSG #c :two", 7.0
    )
    assert [e.id for e in events if isinstance(e, ChatMessage)] == ["1"] and chat.closing is not None
    other = IrcChat(source="s", platform="twitch", channel="c", nick="n", password="secret")
    assert other.start()[1] == "PASS oauth:secret"
    other.receive(":tmi.twitch.tv NOTICE * :Login authentication failed", 1.0)
    assert "refused the login" in str(other.closing)


def test_split_frame_accepts_crlf_lf_and_single_lines() -> None:
    assert split_frame("a\r\nb\r\n") == ["a", "b"]
    assert split_frame("a\nb") == ["a", "b"]
    assert split_frame("single") == ["single"]


def test_clearchat_variants() -> None:
    def event(line: str) -> PlatformEvent:
        result = chat_event(parse_line(line), source="t", platform="twitch", received_at=1.0)
        assert isinstance(result, PlatformEvent)
        return result

    assert event("@room-id=1 :tmi.twitch.tv CLEARCHAT #c").kind is PlatformEventKind.CLEARED
    timeout = event("@ban-duration=60;target-user-id=9 :tmi.twitch.tv CLEARCHAT #c :bob")
    assert (timeout.kind, timeout.author_id, timeout.duration) == (PlatformEventKind.TIMED_OUT, "9", 60)
    assert event("@target-user-id=9 :tmi.twitch.tv CLEARCHAT #c :bob").kind is PlatformEventKind.BANNED


# -- SSE -----------------------------------------------------------------------------------------


def test_sse_decoder_handles_split_chunks_line_endings_and_fields() -> None:
    decoder = SseDecoder()
    stream = (
        b': hi\r\nevent: update\r\nid: 7\r\ndata: {"a":\r\ndata: 1}\r\n\r\ndata: two\rdata: lines\r\r'
        b"retry: 3000\ndata:nospace\n\n"
    )
    events = []
    for i in range(len(stream)):  # one byte at a time: every split point
        events.extend(decoder.feed(stream[i : i + 1]))
    # The last event id carries over for reconnecting, but names only the event that set it.
    assert [(e.event, e.data, e.id) for e in events] == [
        ("update", '{"a":\n1}', "7"),
        ("message", "two\nlines", None),
        ("message", "nospace", None),
    ]
    assert decoder.retry_ms == 3000 and decoder.last_event_id == "7"


@pytest.mark.parametrize("split", [0, 1, 2, 3, 4])
def test_sse_decoder_ignores_a_leading_byte_order_mark(split: int) -> None:
    stream = b"\xef\xbb\xbfdata: first\n\ndata: second\n\n"
    decoder = SseDecoder()
    events = decoder.feed(stream[:split]) + decoder.feed(stream[split:])
    assert [e.data for e in events] == ["first", "second"] and decoder.errors == []
    # Only at the start of the stream: later, the same bytes are data.
    assert [e.data for e in SseDecoder().feed(b"data: \xef\xbb\xbfx\n\n")] == ["\ufeffx"]


def test_sse_decoder_drops_oversized_and_invalid_events_and_goes_on() -> None:
    decoder = SseDecoder(max_event_bytes=100)
    events = decoder.feed(b"data: " + b"x" * 300 + b"\n\ndata: \xff\n\ndata: ok\n\n")
    assert [e.data for e in events] == ["ok"]
    assert any("larger than" in e or "longer than" in e for e in decoder.errors)
    assert any("invalid UTF-8" in e for e in decoder.errors)
    # A line that never ends is cut off; the next event survives.
    decoder = SseDecoder(max_event_bytes=100)
    assert decoder.feed(b"data: " + b"y" * 500) == []
    assert [e.data for e in decoder.feed(b"yyy\n\ndata: next\n\n")] == ["next"]


# -- generic JSON and chat-downloader --------------------------------------------------------


def _event(obj: Any, fields: FieldMap | None = None, fallback_id: str = "L1") -> Any:
    return json_event(
        obj, source="feed", platform="jsonl", channel="c", received_at=100.0, fields=fields, fallback_id=fallback_id
    )


def test_generic_defaults_and_configured_paths() -> None:
    message = _event(
        {"id": 5, "author": {"id": "u1", "name": "Ann", "roles": ["moderator"]}, "text": "hi", "sent_at": 1714564800}
    )
    assert (message.id, message.author.id, message.author.name, message.text, message.sent_at) == (
        "5",
        "u1",
        "Ann",
        "hi",
        1714564800.0,
    )
    assert message.author.roles == {"moderator"}
    fields = FieldMap.parse("text=payload.body,author=payload.user.nick,id=payload.uid,timestamp=payload.at")
    message = _event(
        {"payload": {"body": "yo", "user": {"nick": "zed"}, "uid": "q", "at": "2024-05-01T12:00:00Z"}}, fields
    )
    assert (message.text, message.author.name, message.id, message.sent_at) == ("yo", "zed", "q", 1714564800.0)
    no_id = _event({"text": "same"}, fallback_id="L7")
    assert no_id.id == "L7" and no_id.sent_at == 100.0  # the reader's id for it, the receive time


def test_identical_messages_without_ids_stay_distinct() -> None:
    """Ten viewers typing the same "lol" are ten messages: an id-less message is never named by its content."""
    lols = [_event({"author": "ann", "text": "lol"}, fallback_id=f"a.{n}") for n in range(10)]
    assert len({m.id for m in lols}) == 10
    export_items = [_event({"message_type": "text_message", "message": "lol", "timestamp": 1}, fallback_id=f"L{n}")
                    for n in range(3)]  # fmt: skip
    assert [m.id for m in export_items] == ["L0", "L1", "L2"]


def test_a_message_type_never_hides_text() -> None:
    """An item with a message_type whose text is under another name is still chat (it once held an SSN)."""
    message = _event({"message_type": "text_message", "text": "my ssn is 536-22-8941", "author": "x"})
    assert isinstance(message, ChatMessage) and message.text == "my ssn is 536-22-8941"
    assert _event({"message_type": "placeholder", "timestamp": 1}) is None  # still nothing to show


@pytest.mark.parametrize("bad", [[1, 2], "text", 3, None, {"author": "x"}])
def test_generic_rejects_non_objects_and_missing_text(bad: Any) -> None:
    with pytest.raises(FeedError):
        _event(bad)


def test_field_map_errors_are_clear() -> None:
    with pytest.raises(FeedError, match="unknown field"):
        FieldMap.parse("colour=x")
    with pytest.raises(FeedError, match="name=path"):
        FieldMap.parse("text")


@pytest.mark.parametrize(
    ("value", "unit", "seconds"),
    [
        (1714564800, "auto", 1714564800.0),
        (1714564800123, "auto", 1714564800.123),
        (1714564800123456, "auto", 1714564800.123456),
        (1714564800123456789, "auto", 1714564800.1234567),
        ("2018-08-30T18:47:02+0000", "auto", 1535654822.0),
        ("1714564800", "s", 1714564800.0),
        ("yesterday", "auto", None),
        (True, "auto", None),
    ],
)
def test_timestamps(value: Any, unit: str, seconds: float | None) -> None:
    result = parse_timestamp(value, unit)
    assert result == (pytest.approx(seconds) if seconds is not None else None)


def test_chat_downloader_items() -> None:
    text = _event(
        {
            "message_id": "m1",
            "message": "hello",
            "timestamp": 1714564800123456,
            "message_type": "text_message",
            "author": {"id": "UC1", "name": "Ann", "is_moderator": True},
        }
    )
    assert (text.id, text.text, text.author.id, text.sent_at) == (
        "m1",
        "hello",
        "UC1",
        pytest.approx(1714564800.123456),
    )
    assert "moderator" in text.author.roles
    paid = _event(
        {
            "message_id": "m2",
            "message": "take my money",
            "timestamp": 1714564800000000,
            "message_type": "paid_message",
            "money": {"text": "$5.00"},
            "author": {"id": "UC2", "name": "B"},
        }
    )
    assert paid.kind == "paid" and paid.extra["amount"] == "$5.00"
    deleted = _event({"message_type": "delete_message", "target_message_id": "m1", "timestamp": 1714564801000000})
    assert isinstance(deleted, PlatformEvent) and (deleted.kind, deleted.message_id) == (
        PlatformEventKind.DELETED,
        "m1",
    )
    ban = _event({"message_type": "ban_user", "timestamp": 1714564802000000, "author": {"id": "UC2", "name": "B"}})
    assert isinstance(ban, PlatformEvent) and (ban.kind, ban.author_id) == (PlatformEventKind.BANNED, "UC2")
    timeout = _event({"message_type": "ban_user", "ban_duration": 60, "timestamp": 1, "author": {"id": "UC3"}})
    assert timeout.kind is PlatformEventKind.TIMED_OUT and timeout.duration == 60
    assert _event({"message_type": "placeholder", "timestamp": 1}) is None
    # An endless timeout (1e999 reads as infinity) is a ban, not a crash of the feed.
    endless = _event({"message_type": "ban_user", "ban_duration": float("inf"), "author": {"id": "UC4"}})
    assert endless.kind is PlatformEventKind.BANNED


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("Wed, 01 May 2024 12:01:00 GMT", 60.0),  # an HTTP date, a minute from "now"
        ("Wed, 01 May 2024 11:00:00 GMT", 0.0),  # already past
        ("86400", MAX_RETRY_AFTER),  # capped: a desk never waits a day
        ("soon", None),
        (None, None),
    ],
)
def test_retry_after_in_seconds_or_as_an_http_date(value: str | None, seconds: float | None) -> None:
    assert retry_after(value, now=1714564800.0) == seconds


# -- YouTube and Facebook items --------------------------------------------------------------


def test_youtube_items() -> None:
    with pytest.raises(ChatEnded):
        youtube_item({"id": "e", "snippet": {"type": "chatEndedEvent"}}, source="y", live_chat_id="c", received_at=1.0)
    banned = youtube_item(
        {
            "id": "b",
            "snippet": {
                "type": "userBannedEvent",
                "userBannedDetails": {"banType": "permanent", "bannedUserDetails": {"channelId": "UC9"}},
            },
        },
        source="y",
        live_chat_id="c",
        received_at=1.0,
    )
    assert isinstance(banned, PlatformEvent) and (banned.kind, banned.author_id) == (PlatformEventKind.BANNED, "UC9")
    milestone = youtube_item(
        {
            "id": "m",
            "snippet": {
                "type": "memberMilestoneChatEvent",
                "displayMessage": "x",
                "memberMilestoneChatDetails": {"userComment": "a year!", "memberMonth": 12},
            },
            "authorDetails": {"channelId": "UC1", "displayName": "A", "isChatSponsor": True},
        },
        source="y",
        live_chat_id="c",
        received_at=1.0,
    )
    assert isinstance(milestone, ChatMessage) and milestone.text == "a year!" and "member" in milestone.author.roles


def test_facebook_comment_without_author_or_text() -> None:
    anonymous = facebook_comment(
        {"id": "1_2", "created_time": "2018-08-30T18:47:02+0000", "message": "hi"},
        source="f",
        video_id="1",
        received_at=1.0,
    )
    assert anonymous.author.id == "" and anonymous.author.name == "Facebook user"
    sticker = facebook_comment(
        {"id": "1_3", "from": {"id": "9", "name": "N"}, "attachment": {"type": "sticker"}},
        source="f",
        video_id="1",
        received_at=1.0,
    )
    assert sticker.kind == "system" and sticker.text == "" and sticker.extra["attachment"] == "sticker"
    with pytest.raises(FeedError):
        facebook_comment({"message": "x"}, source="f", video_id="1", received_at=1.0)


def test_facebook_usage_headers() -> None:
    def reply(headers: dict[str, str]) -> ApiReply:
        return ApiReply(200, headers, None, "")

    assert usage_wait(reply({"X-App-Usage": '{"call_count": 50, "total_time": 10, "total_cputime": 5}'})) is None
    assert usage_wait(reply({"x-app-usage": '{"call_count": 100}'})) == 60.0
    business = '{"1": [{"type": "pages", "call_count": 100, "estimated_time_to_regain_access": 5}]}'
    assert usage_wait(reply({"X-Business-Use-Case-Usage": business})) == 300.0
    assert usage_wait(reply({"X-App-Usage": "not json"})) is None
