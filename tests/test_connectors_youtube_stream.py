"""YouTube's streamList reader against a real gRPC server speaking ``stream_list.proto``, failures injected."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest

from castguard.connectors import open_source
from castguard.connectors import stream_list_pb2 as pb
from castguard.connectors.quota import QuotaBudget
from castguard.connectors.runtime import Backoff
from castguard.connectors.youtube_stream import StreamOutcome, classify, parse_url, response_body
from castguard.core.model import ChatMessage, ConnectionEvent, ConnectionState, PlatformEvent, PlatformEventKind
from tests.fakes.events import EventReader
from tests.fakes.http import serve
from tests.fakes.youtube import CHAT_ID, FakeYouTube, text_item
from tests.fakes.youtube_grpc import (
    HOLD,
    Fail,
    FakeStreamList,
    Page,
    Type,
    serve_stream_list,
    text_message,
    with_unknown_type,
)

TOKEN = "ya29.secret-token"
FAST: dict[str, Any] = {"backoff": Backoff(initial=0.01, cap=0.05), "min_poll_interval": 0.0, "gauge_interval": 0.0}


@pytest.fixture
async def youtube() -> AsyncIterator[tuple[FakeStreamList, FakeYouTube, dict[str, dict[str, str]]]]:
    """The stream on gRPC and the polled API on HTTP, both on 127.0.0.1."""
    stream, polled = FakeStreamList(token=TOKEN), FakeYouTube(token=TOKEN)
    async with serve_stream_list(stream) as grpc_url, serve(polled.app) as base:
        yield stream, polled, {"youtube": {"token": TOKEN, "stream_url": grpc_url, "api_url": base + "/youtube/v3"}}


def banned(msg_id: str, channel: str, seconds: int) -> pb.LiveChatMessage:
    details = pb.LiveChatUserBannedMessageDetails(
        banned_user_details=pb.ChannelProfileDetails(channel_id=channel, display_name="Spammer"),
        ban_type=pb.LiveChatUserBannedMessageDetails.BanTypeWrapper.TEMPORARY,
        ban_duration_seconds=seconds,
    )
    snippet = pb.LiveChatMessageSnippet(
        type=Type.USER_BANNED_EVENT, live_chat_id=CHAT_ID, published_at="2026-11-30T12:00:01Z",
        user_banned_details=details,
    )  # fmt: skip
    return pb.LiveChatMessage(id=msg_id, snippet=snippet)


async def test_streams_by_default_and_resumes_from_the_page_token_after_a_mid_stream_error(youtube: Any) -> None:
    stream, polled, settings = youtube
    superchat = text_message("LCC.super", "", channel="UCfan", name="Fan")
    superchat.snippet.type = Type.SUPER_CHAT_EVENT
    superchat.snippet.super_chat_details.CopyFrom(
        pb.LiveChatSuperChatDetails(amount_micros=5_000_000, currency="USD", amount_display_string="$5.00",
                                    user_comment="call me at 555-0100", tier=2)
    )  # fmt: skip
    stream.script(
        Page([text_message("LCC.1", "hello")]),
        Page([superchat, banned("LCC.ban", "UCspam", 300)]),
        Fail(grpc.StatusCode.UNAVAILABLE, "connection reset by peer"),
    )
    stream.script(Page([text_message("LCC.1", "hello"), text_message("LCC.2", "still here")]), Page(offline=True))
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    await reader.rest()
    assert [(m.id, m.kind, m.text) for m in reader.of(ChatMessage)] == [
        ("LCC.1", "text", "hello"),
        ("LCC.super", "paid", "call me at 555-0100"),
        ("LCC.2", "text", "still here"),  # LCC.1 again after the resume: de-duplicated
    ]
    assert reader.of(ChatMessage)[1].extra["amount"] == "$5.00"
    [ban] = [e for e in reader.of(PlatformEvent)]
    assert (ban.kind, ban.author_id, ban.duration) == (PlatformEventKind.TIMED_OUT, "UCspam", 300)
    states = reader.states()
    assert states.count(ConnectionState.RECONNECTING) == 1 and states[-1] is ConnectionState.ENDED
    reconnecting = next(e for e in reader.of(ConnectionEvent) if e.state is ConnectionState.RECONNECTING)
    assert "UNAVAILABLE" in reconnecting.detail
    # The second call carries the last token the first one delivered: nothing missed, no gap reported.
    assert [c.request.page_token for c in stream.calls] == ["", "tok-2"]
    assert not [e for e in reader.of(PlatformEvent) if e.kind is PlatformEventKind.GAP]
    first = stream.calls[0]
    assert first.request.live_chat_id == CHAT_ID and list(first.request.part) == ["id", "snippet", "authorDetails"]
    assert first.metadata["authorization"] == f"Bearer {TOKEN}"
    assert not polled.recorder.calls  # polling never started
    await reader.close()


async def test_unimplemented_falls_back_to_polling_from_the_same_page_token(youtube: Any) -> None:
    stream, polled, settings = youtube
    stream.script(Page([text_message("LCC.1", "streamed")]), Fail(grpc.StatusCode.UNIMPLEMENTED, "Method not found"))
    polled.page(text_item("LCC.2", "polled"), offline=True)
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    await reader.rest()
    assert [m.text for m in reader.of(ChatMessage)] == ["streamed", "polled"]
    assert len(stream.calls) == 1
    [poll] = polled.recorder.of("GET", "/youtube/v3/liveChat/messages")
    assert poll.query["pageToken"] == "tok-1"
    reconnecting = next(e for e in reader.of(ConnectionEvent) if e.state is ConnectionState.RECONNECTING)
    assert "polling instead" in reconnecting.detail
    await reader.close()


async def test_repeated_stream_failures_fall_back_to_polling(youtube: Any) -> None:
    stream, polled, settings = youtube
    for _ in range(3):
        stream.script(Fail(grpc.StatusCode.UNAVAILABLE, "upstream connect error"))
    polled.page(text_item("LCC.1", "polled"), offline=True)
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    await reader.rest()
    assert len(stream.calls) == 3
    assert [m.text for m in reader.of(ChatMessage)] == ["polled"]
    details = [e.detail for e in reader.of(ConnectionEvent) if e.state is ConnectionState.RECONNECTING]
    assert len(details) == 3 and "3 failed streams in a row" in details[-1]
    await reader.close()


async def test_a_stream_that_delivered_resets_the_failure_count(youtube: Any) -> None:
    stream, polled, settings = youtube
    stream.script(Fail(grpc.StatusCode.INTERNAL, "oops"))
    stream.script(Fail(grpc.StatusCode.UNAVAILABLE, "oops"))
    stream.script(Page([text_message("LCC.1", "one")]), Fail(grpc.StatusCode.UNAVAILABLE, "dropped"))
    stream.script(Fail(grpc.StatusCode.UNAVAILABLE, "oops"))
    stream.script(Page([text_message("LCC.2", "two")], offline=True))
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    await reader.rest()
    assert [m.text for m in reader.of(ChatMessage)] == ["one", "two"]
    assert len(stream.calls) == 5 and not polled.recorder.calls
    await reader.close()


@pytest.mark.parametrize(
    ("code", "details", "state", "expected"),
    [
        (grpc.StatusCode.UNAUTHENTICATED, "bad token ya29.secret-token", ConnectionState.FAILED, "UNAUTHENTICATED"),
        (grpc.StatusCode.NOT_FOUND, "liveChatNotFound", ConnectionState.FAILED, "NOT_FOUND"),
        (grpc.StatusCode.FAILED_PRECONDITION, "liveChatEnded: The live chat is no longer live.",
         ConnectionState.ENDED, "ended"),
    ],
)  # fmt: skip
async def test_refusals_stop_and_the_end_of_the_chat_ends(
    youtube: Any, code: grpc.StatusCode, details: str, state: ConnectionState, expected: str
) -> None:
    stream, polled, settings = youtube
    stream.script(Fail(code, details))
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    await reader.rest()
    assert reader.states()[-1] is state and expected in reader.seen[-1].detail
    assert TOKEN not in reader.seen[-1].detail
    assert len(stream.calls) == 1 and not polled.recorder.calls
    await reader.close()


async def test_quota_exhaustion_waits_long_before_the_next_stream(youtube: Any) -> None:
    stream, _polled, settings = youtube
    stream.script(Fail(grpc.StatusCode.RESOURCE_EXHAUSTED, "quotaExceeded: The request cannot be completed"))
    stream.script(Page(offline=True))
    delays: list[float] = []

    async def sleep(delay: float) -> None:
        delays.append(delay)

    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, sleep=sleep, **FAST))
    await reader.rest()
    assert delays == [600.0]
    await reader.close()


async def test_a_deletion_event_the_proto_no_longer_has_is_not_taken_for_a_removal(youtube: Any) -> None:
    stream, _polled, settings = youtube
    # MESSAGE_DELETED_EVENT (8) as an older server sent it: silent, naming the moderator as its author.
    silent = pb.LiveChatMessage(
        id="LCC.del",
        snippet=pb.LiveChatMessageSnippet(
            live_chat_id=CHAT_ID, author_channel_id="UCmod", published_at="2026-11-30T12:00:02Z"
        ),
        author_details=pb.LiveChatMessageAuthorDetails(channel_id="UCmod", display_name="Mod"),
    )
    deleted = with_unknown_type(silent, 8)
    assert not deleted.snippet.HasField("type")
    stream.script(Page([text_message("LCC.1", "hello"), deleted, text_message("LCC.2", "bye")], offline=True))
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    await reader.rest()
    assert [m.id for m in reader.of(ChatMessage)] == ["LCC.1", "LCC.2"]
    assert not reader.of(PlatformEvent)
    await reader.close()


async def test_the_status_line_gauge_shows_units_used_and_the_projection(youtube: Any) -> None:
    stream, _polled, settings = youtube
    stream.script(Page([text_message("LCC.1", "hello")]), HOLD)
    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, **FAST))
    connected = await reader.state(ConnectionState.CONNECTED)
    assert connected.gauge.startswith("quota 5u · ~") and not connected.gauge.endswith("!")
    await reader.close()


async def test_polling_projection_beyond_the_daily_quota_is_a_warning_in_the_gauge(youtube: Any) -> None:
    _stream, polled, settings = youtube
    settings["youtube"].update(reader="poll", daily_quota="5000")
    polled.interval_ms = 2000  # one list call every 2 s: 9,000 units an hour
    polled.page(text_item("LCC.1", "hello"))
    polled.page(offline=True)

    async def sleep(delay: float) -> None:
        return None

    reader = EventReader(open_source(f"youtube:{CHAT_ID}", settings, sleep=sleep, **FAST))
    await reader.rest()
    gauges = [e.gauge for e in reader.of(ConnectionEvent) if e.gauge]
    assert gauges[-1] == "quota 5u · ~9,000/h!"
    assert reader.source.budget.warning().startswith("at ~9,000 units/h the daily quota of 5,000 runs out")
    await reader.close()


def test_the_budget_projects_planned_reading_plus_recent_spending() -> None:
    now = [0.0]
    budget = QuotaBudget(daily=10_000, clock=lambda: now[0])
    budget.spend(5, "stream")
    assert budget.per_hour() == pytest.approx(5 * 3600 / 300)  # a rate is never taken over less than 5 minutes
    now[0] = 1800.0
    budget.spend(200, "ban")
    assert budget.per_hour() == pytest.approx(205 * 3600 / 1800)
    now[0] = 5000.0  # the first spending left the hour's window
    assert budget.per_hour() == pytest.approx(200.0)
    budget.planned_per_hour = 9000.0
    assert budget.warning() is not None and budget.gauge().endswith("!")
    assert budget.by_purpose == {"stream": 5, "ban": 200} and budget.used == 205


@pytest.mark.parametrize(
    ("code", "details", "outcome"),
    [
        (grpc.StatusCode.UNIMPLEMENTED, "", StreamOutcome.FALL_BACK),
        (grpc.StatusCode.UNAVAILABLE, "", StreamOutcome.RETRY),
        (grpc.StatusCode.DEADLINE_EXCEEDED, "", StreamOutcome.RETRY),
        (grpc.StatusCode.RESOURCE_EXHAUSTED, "rateLimitExceeded", StreamOutcome.RETRY),
        (grpc.StatusCode.RESOURCE_EXHAUSTED, "quotaExceeded", StreamOutcome.QUOTA),
        (grpc.StatusCode.PERMISSION_DENIED, "liveChatDisabled", StreamOutcome.FATAL),
        (grpc.StatusCode.PERMISSION_DENIED, "liveChatEnded", StreamOutcome.ENDED),
        (grpc.StatusCode.INVALID_ARGUMENT, "pageToken invalid: page token expired", StreamOutcome.LOST_POSITION),
    ],
)
def test_failures_are_classified(code: grpc.StatusCode, details: str, outcome: StreamOutcome) -> None:
    assert classify(code, details) is outcome


def test_responses_read_like_the_json_api() -> None:
    response = pb.LiveChatMessageListResponse(items=[banned("LCC.b", "UCx", 60)], next_page_token="t")
    body = response_body(response)
    assert body["nextPageToken"] == "t"
    snippet = body["items"][0]["snippet"]
    assert snippet["type"] == "userBannedEvent" and snippet["userBannedDetails"]["banType"] == "temporary"


@pytest.mark.parametrize("url", ["https://youtube.googleapis.com", "grpcs://", "youtube.googleapis.com:443"])
def test_a_stream_url_that_is_not_grpc_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="stream_url"):
        parse_url(url)
    assert parse_url("grpcs://youtube.googleapis.com:443") == ("youtube.googleapis.com:443", True)
