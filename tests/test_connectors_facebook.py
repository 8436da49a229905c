"""Facebook Live connector against a fake Graph API (SSE stream, comments edge, moderation) on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import time
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
from tests.fakes.facebook import PAGE_ID, VIDEO_ID, FakeFacebook, comment, graph_error
from tests.fakes.http import serve

TOKEN = "EAAB-page-secret"
#: Reconnect options that keep a test in milliseconds, passed as ``**FAST`` to a source's constructor.
FAST: dict[str, Any] = {"backoff": Backoff(initial=0.01, cap=0.05), "poll_interval": 0.01}


@pytest.fixture
async def facebook() -> AsyncIterator[tuple[FakeFacebook, dict[str, dict[str, str]]]]:
    fake = FakeFacebook(token=TOKEN)
    async with serve(fake.app) as base:
        yield fake, {"facebook": {"token": TOKEN, "page_id": PAGE_ID, "graph_url": base + "/v26.0", "stream_url": base}}


async def test_stream_reads_comments_reconnects_with_gap_and_ends(
    facebook: tuple[FakeFacebook, dict], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    fake, settings = facebook
    first = comment("1", "This is such a great live stream.")
    fake.stream(
        first,
        b": keepalive\n\n",
        comment("2", "my DOB is 04/12/1985"),
        b"data: [1, 2]\n\n",
        b"data: {not json\n\n",
        b'data: {"message": "no id"}\n\n',
        b"data: \xff\xfe\n\n",
        b"data: " + b"x" * 70_000 + b"\n\n",
    )
    fake.stream(first, comment("3", "after the reconnect"))  # the stream repeats a comment: de-duplicated
    source = open_source(f"facebook:{VIDEO_ID}", settings, **FAST)
    assert source.capabilities == {
        ActionKind.HIDE,
        ActionKind.UNHIDE,
        ActionKind.REPLY,
        ActionKind.DELETE,
        ActionKind.BAN,
        ActionKind.UNBAN,
    }
    reader = EventReader(source)
    await reader.messages(3)
    fake.status = "VOD"
    await reader.rest()
    messages = reader.of(ChatMessage)
    assert [m.id.split("_")[1] for m in messages] == ["1", "2", "3"]
    assert messages[0].author == Author("552524095105158", "Steph C.")
    assert messages[0].sent_at == pytest.approx(1535654822.0)
    gaps = [e for e in reader.of(PlatformEvent) if e.kind is PlatformEventKind.GAP]
    assert len(gaps) == 1
    assert reader.states()[-1] is ConnectionState.ENDED
    logged = caplog.text
    assert "not an object" in logged.replace("expected a JSON object", "not an object")
    assert "invalid JSON" in logged and "comment without id" in logged and "invalid UTF-8" in logged
    assert "larger than" in logged
    call = fake.recorder.of("GET", f"/{VIDEO_ID}/live_comments")[0]
    assert call.query["comment_rate"] == "one_hundred_per_second" and call.query["access_token"] == TOKEN
    assert "from{id,name}" in call.query["fields"] and "message" in call.query["fields"]
    assert TOKEN not in repr(reader.seen)
    await reader.close()


async def test_expired_token_is_fatal(facebook: tuple[FakeFacebook, dict]) -> None:
    fake, settings = facebook
    fake.stream_error(400, graph_error(190, "Error validating access token: Session has expired", 463))
    reader = EventReader(open_source(f"facebook:{VIDEO_ID}", settings, **FAST))
    await reader.rest()
    assert reader.states() == [ConnectionState.CONNECTING, ConnectionState.FAILED]
    assert "expired" in reader.seen[-1].detail and TOKEN not in reader.seen[-1].detail
    await reader.close()


async def test_falls_back_to_polling_when_the_stream_is_unavailable(facebook: tuple[FakeFacebook, dict]) -> None:
    fake, settings = facebook
    for _ in range(3):
        fake.stream_error(503, graph_error(2, "Service temporarily unavailable"))
    # The comments edge lists newest first; pages overlap.
    fake.comment_pages = [
        [comment("2", "second"), comment("1", "first")],
        [comment("3", "third"), comment("2", "second")],
    ]
    reader = EventReader(open_source(f"facebook:{VIDEO_ID}", settings, **FAST))
    messages = await reader.messages(3)
    assert [m.text for m in messages] == ["first", "second", "third"]
    assert any("switching to polling" in getattr(e, "detail", "") for e in reader.seen)
    polls = fake.recorder.of("GET", f"/v26.0/{VIDEO_ID}/comments")
    assert polls[0].query["order"] == "reverse_chronological" and polls[0].query["filter"] == "stream"
    await reader.close()


async def test_moderation_calls(facebook: tuple[FakeFacebook, dict]) -> None:
    fake, settings = facebook
    source = open_source(f"facebook:{VIDEO_ID}", settings, **FAST)
    author = Author("552524095105158", "Steph C.")
    message = ChatMessage(source.key, "facebook", VIDEO_ID, f"{VIDEO_ID}_77", author, "x", 0.0, 0.0)
    outcomes = [
        await source.perform(ActionRequest(kind, message, author))
        for kind in (ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.DELETE, ActionKind.BAN, ActionKind.UNBAN)
    ]
    assert [o.result for o in outcomes] == [ActionResult.DONE] * 5, outcomes
    calls = fake.recorder.calls
    assert [(c.method, c.path) for c in calls] == [
        ("POST", f"/v26.0/{VIDEO_ID}_77"),
        ("POST", f"/v26.0/{VIDEO_ID}_77"),
        ("DELETE", f"/v26.0/{VIDEO_ID}_77"),
        ("POST", f"/v26.0/{VIDEO_ID}/blocked_users"),
        ("POST", f"/v26.0/{PAGE_ID}/blocked"),
        ("DELETE", f"/v26.0/{VIDEO_ID}/blocked_users"),
        ("DELETE", f"/v26.0/{PAGE_ID}/blocked"),
    ]
    assert calls[0].form == {"access_token": TOKEN, "is_hidden": "true"}
    assert calls[1].form["is_hidden"] == "false"
    assert calls[2].query == {"access_token": TOKEN}
    assert calls[3].form == {"access_token": TOKEN, "uid": "552524095105158"}
    assert json.loads(calls[4].form["user"]) == ["552524095105158"]
    assert calls[5].query == {"access_token": TOKEN, "uid": "552524095105158"}
    assert json.loads(calls[6].query["user"]) == ["552524095105158"]
    assert outcomes[3].response == (
        "facebook 200: blocked from commenting on the live video; facebook 200: blocked from the page"
    )
    assert fake.blocked_users == set()  # blocked by the ban, unblocked by the unban
    assert all(TOKEN not in o.response for o in outcomes)
    await source.aclose()


async def test_throttling_usage_headers_and_refusals(facebook: tuple[FakeFacebook, dict]) -> None:
    fake, settings = facebook
    delays: list[float] = []

    async def sleep(delay: float) -> None:
        delays.append(delay)

    source = open_source(f"facebook:{VIDEO_ID}", settings, sleep=sleep, **FAST)
    author = Author("552524095105158", "Steph C.")
    message = ChatMessage(source.key, "facebook", VIDEO_ID, f"{VIDEO_ID}_77", author, "x", 0.0, 0.0)
    path = f"/v26.0/{VIDEO_ID}_77"
    # Throttled (code 32) with page usage at 100% for a few seconds: waited out, retried, done.
    usage = {
        PAGE_ID: [
            {
                "type": "pages",
                "call_count": 100,
                "total_cputime": 20,
                "total_time": 20,
                "estimated_time_to_regain_access": 0.05,
            }
        ]
    }
    fake.recorder.script(
        "POST",
        path,
        400,
        graph_error(32, "Page request limit reached"),
        {"X-Business-Use-Case-Usage": json.dumps(usage)},
    )
    outcome = await source.perform(ActionRequest(ActionKind.HIDE, message, author))
    assert outcome.result is ActionResult.DONE
    assert len(fake.recorder.of("POST", path)) == 2 and 2.9 < delays[0] <= 3.0
    # Permission refused: failed with Facebook's words, not retried.
    fake.recorder.script("DELETE", path, 403, graph_error(200, "Permissions error"))
    refused = await source.perform(ActionRequest(ActionKind.DELETE, message, author))
    assert refused.result is ActionResult.FAILED and "Permissions error" in refused.response
    assert "pages_manage_engagement" in refused.response
    # App usage at 100% for an hour: the next call is refused locally without reaching Facebook.
    fake.recorder.script(
        "POST",
        path,
        200,
        {"success": True},
        {"X-App-Usage": json.dumps({"call_count": 100, "total_time": 40, "total_cputime": 40})},
    )
    assert (await source.perform(ActionRequest(ActionKind.UNHIDE, message, author))).result is ActionResult.DONE
    before = len(fake.recorder.calls)
    blocked = await source.perform(ActionRequest(ActionKind.HIDE, message, author))
    assert blocked.result is ActionResult.FAILED and "rate limit" in blocked.response
    assert len(fake.recorder.calls) == before
    assert source.api.not_before > time.time() + 30  # type: ignore[attr-defined]
    await source.aclose()


async def test_without_page_id_a_ban_blocks_on_the_live_video_only(facebook: tuple[FakeFacebook, dict]) -> None:
    fake, settings = facebook
    del settings["facebook"]["page_id"]
    source = open_source(f"facebook:{VIDEO_ID}", settings, **FAST)
    assert source.capabilities == {
        ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.DELETE, ActionKind.REPLY, ActionKind.BAN, ActionKind.UNBAN
    }  # fmt: skip
    outcome = await source.perform(ActionRequest(ActionKind.BAN, None, Author("552524095105158", "Steph C.")))
    assert (outcome.result, outcome.response) == (
        ActionResult.DONE,
        "facebook 200: blocked from commenting on the live video",
    )
    assert fake.blocked_users == {"552524095105158"}
    assert [c.path for c in fake.recorder.calls] == [f"/v26.0/{VIDEO_ID}/blocked_users"]
    await source.aclose()


@pytest.mark.parametrize(
    ("status", "body", "says"),
    [
        (403, graph_error(200, "(#200) Permissions error"), "the token lacks pages_manage_engagement or publish_video"),
        (400, graph_error(190, "Error validating access token", 463), "the page token expired or was revoked"),
        (400, graph_error(100, "(#100) Param uid must be a valid user id"), "Facebook does not know this user id"),
        (400, graph_error(210, "User not visible"), "the user is not visible to the page"),
    ],
    ids=["permission", "expired", "unknown-user", "not-visible"],
)
async def test_a_refused_block_is_a_clear_failed_outcome(
    facebook: tuple[FakeFacebook, dict], status: int, body: dict[str, Any], says: str
) -> None:
    fake, settings = facebook
    del settings["facebook"]["page_id"]
    source = open_source(f"facebook:{VIDEO_ID}", settings, **FAST)
    fake.recorder.script("POST", f"/v26.0/{VIDEO_ID}/blocked_users", status, body)
    outcome = await source.perform(ActionRequest(ActionKind.BAN, None, Author("552524095105158", "Steph C.")))
    assert outcome.result is ActionResult.FAILED and says in outcome.response, outcome.response
    assert TOKEN not in outcome.response and fake.blocked_users == set()
    assert len(fake.recorder.calls) == 1  # refusals are not retried
    await source.aclose()


async def test_with_a_page_id_either_block_taking_is_done_and_the_response_says_both(
    facebook: tuple[FakeFacebook, dict],
) -> None:
    fake, settings = facebook
    source = open_source(f"facebook:{VIDEO_ID}", settings, **FAST)
    fake.unknown_users.add("4040")  # the live video's edge refuses the id; the page's block still takes
    outcome = await source.perform(ActionRequest(ActionKind.BAN, None, Author("4040", "Ghost")))
    assert outcome.result is ActionResult.DONE
    assert "does not know this user id" in outcome.response and "blocked from the page" in outcome.response
    fake.recorder.script("POST", f"/v26.0/{VIDEO_ID}/blocked_users", 400, graph_error(190, "Error validating"))
    fake.recorder.script("POST", f"/v26.0/{PAGE_ID}/blocked", 400, graph_error(190, "Error validating"))
    both = await source.perform(ActionRequest(ActionKind.BAN, None, Author("552524095105158", "Steph C.")))
    assert both.result is ActionResult.FAILED and both.response.count("expired or was revoked") == 2
    await source.aclose()
