"""End to end: a Session running real connectors against the fake platforms; actions land in the Store.

Also the command line: ``castguard record`` with every kind of source at once,
base URLs and tokens from the environment, then ``castguard report --format json``.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from aiohttp import web
from websockets.asyncio.server import ServerConnection
from websockets.asyncio.server import serve as ws_serve

from castguard.connectors import open_source
from castguard.connectors.runtime import Backoff
from castguard.core.model import ActionKind, ActionResult, MessageRecord, MessageState
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.store import Store
from tests.fakes.facebook import PAGE_ID, VIDEO_ID, FakeFacebook, comment
from tests.fakes.http import serve
from tests.fakes.twitch import FakeHelix, FakeTwitchChat, privmsg
from tests.fakes.youtube import CHAT_ID, FakeYouTube, text_item

TWITCH_TOKEN = "tok-secret-123"
YOUTUBE_TOKEN = "ya29.secret-token"
FACEBOOK_TOKEN = "EAAB-page-secret"
FAST = Backoff(initial=0.01, cap=0.05)


async def _wait(predicate: Callable[[], object], timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.01)


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[Callable[..., Session]]:
    """Build a session around given sources and run it in the background until the test ends."""
    sessions: list[tuple[Session, asyncio.Task[None]]] = []

    def start(*sources: object) -> Session:
        session = Session(
            Store(tmp_path / f"s{len(sessions)}.db"),
            Pipeline(load_policy()),
            sources,  # type: ignore[arg-type]
            moderator="mod-ann",
        )
        sessions.append((session, asyncio.create_task(session.run())))
        return session

    yield start
    for session, task in sessions:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        session.store.close()


def _record(session: Session, source: str, msg_id: str) -> MessageRecord:
    seq = session.store.seq_of(source, msg_id)
    assert seq is not None
    record = session.record(seq)
    assert record is not None
    return record


def twitch_settings(irc_url: str, base: str) -> dict[str, dict[str, str]]:
    """A moderator's Twitch settings pointing at the fake chat and the fake Helix/OAuth server."""
    return {
        "twitch": {"token": TWITCH_TOKEN, "irc_url": irc_url, "api_url": base + "/helix", "auth_url": base + "/oauth2"}
    }


async def test_twitch_session_actions_reach_helix_and_are_recorded(running: Callable[..., Session]) -> None:
    helix = FakeHelix(token=TWITCH_TOKEN)
    async with FakeTwitchChat(token=TWITCH_TOKEN) as chat, serve(helix.app) as base:
        session = running(open_source("twitch:clinic", twitch_settings(chat.url, base), backoff=FAST))
        await chat.wait_joined()
        await chat.send(
            privmsg("t-1", "great stream today", user_id="501"),
            privmsg("t-2", "second message", user_id="502"),
            privmsg("t-3", "third message", user_id="503"),
        )
        await _wait(lambda: session.counts["messages"] == 3)
        first = _record(session, "twitch:clinic", "t-1")
        hide = await session.act(ActionKind.HIDE, first.seq, reason="off topic")
        assert hide.result is ActionResult.DONE and hide.actor == "mod-ann"
        second = _record(session, "twitch:clinic", "t-2")
        timeout = await session.act(ActionKind.TIMEOUT, second.seq, duration=60, reason="spam")
        assert timeout.result is ActionResult.DONE
        undo = await session.undo(second.seq)
        assert undo.result is ActionResult.DONE
        # Another moderator deletes the third message on Twitch: the desk marks it removed.
        await chat.send("@login=viewer;target-msg-id=t-3;tmi-sent-ts=1 :tmi.twitch.tv CLEARMSG #clinic :third message")
        third = _record(session, "twitch:clinic", "t-3")
        await _wait(lambda: session.record(third.seq).state is MessageState.REMOVED)

    calls = [(c.method, c.path) for c in helix.recorder.calls if c.path.startswith("/helix/")]
    assert calls == [
        ("DELETE", "/helix/moderation/chat"),
        ("POST", "/helix/moderation/bans"),
        ("DELETE", "/helix/moderation/bans"),
    ]
    assert helix.recorder.of("DELETE", "/helix/moderation/chat")[0].query["message_id"] == "t-1"
    assert helix.recorder.of("POST", "/helix/moderation/bans")[0].json == {
        "data": {"user_id": "502", "duration": 60, "reason": "spam"}
    }
    session.store.flush()
    log = session.store.actions()
    assert [(a.kind, a.result) for a in log] == [
        (ActionKind.HIDE, ActionResult.DONE),
        (ActionKind.TIMEOUT, ActionResult.DONE),
        (ActionKind.UNDO, ActionResult.DONE),
    ]
    assert "message deleted" in log[0].response and TWITCH_TOKEN not in " ".join(a.response for a in log)
    assert session.record(first.seq).state is MessageState.HIDDEN


async def test_refused_action_is_recorded_as_failed(running: Callable[..., Session]) -> None:
    helix = FakeHelix(token=TWITCH_TOKEN)
    async with FakeTwitchChat(token=TWITCH_TOKEN) as chat, serve(helix.app) as base:
        session = running(open_source("twitch:clinic", twitch_settings(chat.url, base), backoff=FAST))
        await chat.wait_joined()
        await chat.send(privmsg("t-9", "hello", user_id="509"))
        await _wait(lambda: session.counts["messages"] == 1)
        helix.recorder.script(
            "DELETE",
            "/helix/moderation/chat",
            403,
            {
                "error": "Forbidden",
                "status": 403,
                "message": "The user in moderator_id is not one of the broadcaster's moderators.",
            },
        )
        record = _record(session, "twitch:clinic", "t-9")
        action = await session.act(ActionKind.DELETE, record.seq)
    assert action.result is ActionResult.FAILED and "not one of the broadcaster's moderators" in action.response
    assert session.store.actions()[-1].result is ActionResult.FAILED
    assert session.record(record.seq).state is MessageState.VISIBLE


async def test_youtube_ban_and_undo_use_the_ban_id(running: Callable[..., Session]) -> None:
    fake = FakeYouTube(token=YOUTUBE_TOKEN)
    fake.page(text_item("LCC.1", "hello", channel="UCbad"))
    async with serve(fake.app) as base:
        settings = {"youtube": {"token": YOUTUBE_TOKEN, "api_url": base + "/youtube/v3"}}
        session = running(open_source(f"youtube:{CHAT_ID}", settings, backoff=FAST, min_poll_interval=0.01))
        await _wait(lambda: session.counts["messages"] == 1)
        record = _record(session, f"youtube:{CHAT_ID}", "LCC.1")
        ban = await session.act(ActionKind.BAN, record.seq, reason="abuse")
        undo = await session.undo(record.seq)
    assert ban.result is ActionResult.DONE and "ban-1" in ban.response
    assert undo.result is ActionResult.DONE
    assert fake.recorder.of("DELETE", "/youtube/v3/liveChat/bans")[0].query == {"id": "ban-1"}


async def test_facebook_hide_and_undo_unhide(running: Callable[..., Session]) -> None:
    fake = FakeFacebook(token=FACEBOOK_TOKEN)
    fake.stream(comment("1", "hello from facebook"))
    async with serve(fake.app) as base:
        settings = {
            "facebook": {"token": FACEBOOK_TOKEN, "page_id": PAGE_ID, "graph_url": base + "/v26.0", "stream_url": base}
        }
        session = running(open_source(f"facebook:{VIDEO_ID}", settings, backoff=FAST))
        await _wait(lambda: session.counts["messages"] == 1)
        record = _record(session, f"facebook:{VIDEO_ID}", f"{VIDEO_ID}_1")
        hide = await session.act(ActionKind.HIDE, record.seq)
        undo = await session.undo(record.seq)
    assert hide.result is ActionResult.DONE and undo.result is ActionResult.DONE
    forms = [c.form.get("is_hidden") for c in fake.recorder.of("POST", f"/v26.0/{VIDEO_ID}_1")]
    assert forms == ["true", "false"]


async def test_facebook_ban_blocks_on_the_live_video_is_recorded_and_undo_unblocks(
    running: Callable[..., Session],
) -> None:
    fake = FakeFacebook(token=FACEBOOK_TOKEN)
    fake.stream(comment("1", "buy followers at spam.example", user="552524095105158"))
    async with serve(fake.app) as base:
        settings = {"facebook": {"token": FACEBOOK_TOKEN, "graph_url": base + "/v26.0", "stream_url": base}}
        session = running(open_source(f"facebook:{VIDEO_ID}", settings, backoff=FAST))
        await _wait(lambda: session.counts["messages"] == 1)
        record = _record(session, f"facebook:{VIDEO_ID}", f"{VIDEO_ID}_1")
        ban = await session.act(ActionKind.BAN, record.seq, reason="spam")
        assert fake.blocked_users == {"552524095105158"}
        undo = await session.undo(record.seq)
        assert fake.blocked_users == set()
        fake.recorder.script("POST", f"/v26.0/{VIDEO_ID}/blocked_users", 403, {"error": {"code": 200, "message": "no"}})
        refused = await session.act(ActionKind.BAN, record.seq)
    assert (ban.result, ban.response) == (ActionResult.DONE, "facebook 200: blocked from commenting on the live video")
    assert undo.result is ActionResult.DONE and undo.response == "facebook 200: unblocked on the live video"
    assert (
        refused.result is ActionResult.FAILED and "lacks pages_manage_engagement or publish_video" in refused.response
    )
    recorded = [(a.kind, a.result) for a in session.store.actions()]
    assert recorded == [
        (ActionKind.BAN, ActionResult.DONE), (ActionKind.UNDO, ActionResult.DONE), (ActionKind.BAN, ActionResult.FAILED)
    ]  # fmt: skip
    assert session.store.verify_chain() is None


async def test_cli_records_every_kind_of_source(tmp_path: Path) -> None:
    """``castguard record`` with twitch, youtube, facebook, ws, sse and jsonl at once; then the JSON report."""
    chat = FakeTwitchChat()
    youtube = FakeYouTube(token=YOUTUBE_TOKEN)
    youtube.page(text_item("LCC.1", "youtube says hi"))
    facebook = FakeFacebook(token=FACEBOOK_TOKEN)
    facebook.stream(comment("1", "facebook says hi"))
    jsonl = tmp_path / "chat.jsonl"
    jsonl.write_text(json.dumps({"id": "j1", "author": "ann", "text": "jsonl says hi"}) + "\n")

    async def ws_handler(ws: ServerConnection) -> None:
        await ws.send(json.dumps({"id": "w1", "author": "bob", "text": "websocket says hi"}))
        await ws.wait_closed()

    release = asyncio.Event()

    async def sse_handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(b'data: {"id": "s1", "author": "cy", "text": "sse says hi"}\n\n')
        await release.wait()
        return response

    sse_app = web.Application()
    sse_app.router.add_get("/events", sse_handler)
    async with (
        chat,
        serve(youtube.app) as yt_base,
        serve(facebook.app) as fb_base,
        serve(sse_app) as sse_base,
        ws_serve(ws_handler, "127.0.0.1", 0) as ws_server,
    ):
        ws_port = ws_server.sockets[0].getsockname()[1]
        env = {k: v for k, v in os.environ.items() if not k.startswith("CASTGUARD_")}
        env.update(
            CASTGUARD_CONFIG=str(tmp_path / "none.toml"),
            CASTGUARD_DATA_DIR=str(tmp_path / "data"),
            CASTGUARD_TWITCH_IRC_URL=chat.url,
            CASTGUARD_YOUTUBE_TOKEN=YOUTUBE_TOKEN,
            CASTGUARD_YOUTUBE_API_URL=yt_base + "/youtube/v3",
            CASTGUARD_FACEBOOK_TOKEN=FACEBOOK_TOKEN,
            CASTGUARD_FACEBOOK_GRAPH_URL=fb_base + "/v26.0",
            CASTGUARD_FACEBOOK_STREAM_URL=fb_base,
        )
        out = tmp_path / "t.db"
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "castguard",
            "record",
            "twitch:clinic",
            f"youtube:{CHAT_ID}",
            f"facebook:{VIDEO_ID}",
            f"ws://127.0.0.1:{ws_port}/",
            f"sse+{sse_base}/events",
            str(jsonl),
            "--for",
            "3s",
            "-o",
            str(out),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        await chat.wait_joined(timeout=20)
        await chat.send(privmsg("tw-1", "twitch says hi"))
        _stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
        release.set()
    assert process.returncode == 0, stderr.decode()
    assert YOUTUBE_TOKEN not in stderr.decode() and FACEBOOK_TOKEN not in stderr.decode()
    report = subprocess.run(
        [sys.executable, "-m", "castguard", "report", str(out), "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(report.stdout)
    assert data["totals"]["messages"] == 6, data
    connected = {e["source"] for e in data["connection_events"] if e["state"] == "connected"}
    assert connected == {
        "twitch:clinic",
        f"youtube:{CHAT_ID}",
        f"facebook:{VIDEO_ID}",
        f"ws://127.0.0.1:{ws_port}/",
        f"sse+{sse_base}/events",
        str(jsonl),
    }
    store = Store(out, readonly=True)
    try:
        texts = sorted(r.message.text for r in store.messages())
    finally:
        store.close()
    assert texts == sorted(
        ["twitch says hi", "youtube says hi", "facebook says hi", "websocket says hi", "sse says hi", "jsonl says hi"]
    )
    assert YOUTUBE_TOKEN.encode() not in out.read_bytes() and FACEBOOK_TOKEN.encode() not in out.read_bytes()
