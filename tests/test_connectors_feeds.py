"""Generic feeds: WebSocket and SSE servers on 127.0.0.1, JSONL files (read and followed), stdin; the registry."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from pathlib import Path

import pytest
from aiohttp import web
from websockets.asyncio.server import ServerConnection
from websockets.asyncio.server import serve as ws_serve

from castguard.model import (
    ActionKind,
    ActionRequest,
    ActionResult,
    ChatMessage,
    ConnectionState,
    PlatformEvent,
    PlatformEventKind,
)
from connectors import SourceError, open_source
from connectors.runtime import Backoff
from tests.fakes.events import EventReader
from tests.fakes.http import serve

FAST = {"backoff": Backoff(initial=0.01, cap=0.05)}


def line(i: int, text: str = "hello") -> dict[str, object]:
    return {
        "id": f"m{i}",
        "author": {"id": f"u{i}", "name": f"User {i}"},
        "text": f"{text} {i}",
        "timestamp": 1714564800,
    }


async def test_websocket_feed_survives_bad_frames_and_reconnects(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    connections: list[ServerConnection] = []

    async def handler(ws: ServerConnection) -> None:
        connections.append(ws)
        if len(connections) == 1:
            await ws.send(json.dumps(line(1)))
            await ws.send("[1, 2]")
            await ws.send("{broken")
            await ws.send(b"\xff\xfe{}")
            await ws.send(json.dumps({"id": "x", "author": "y"}))
            await ws.send(json.dumps({"text": "z" * 70_000}))
            await ws.send(json.dumps([line(2), line(3)]))
            ws.transport.abort()  # dropped without a close frame
            return
        await ws.send(json.dumps(line(3)))  # already seen before the drop
        await ws.send(json.dumps(line(4)))
        await ws.wait_closed()

    async with ws_serve(handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        source = open_source(f"ws://127.0.0.1:{port}/chat", {}, **FAST)
        assert source.platform == "websocket" and source.capabilities == frozenset()
        reader = EventReader(source)
        messages = await reader.messages(4)
        assert [m.id for m in messages] == ["m1", "m2", "m3", "m4"]
        assert ConnectionState.RECONNECTING in reader.states()
        assert any(isinstance(e, PlatformEvent) and e.kind is PlatformEventKind.GAP for e in reader.seen)
        outcome = await source.perform(ActionRequest(ActionKind.HIDE, messages[0]))
        assert outcome.result is ActionResult.LOCAL
        for fragment in ("expected a JSON object", "invalid JSON", "invalid UTF-8", "no text field", "exceeds"):
            assert fragment in caplog.text
        await reader.close()


async def test_sse_feed_resumes_with_last_event_id() -> None:
    seen_ids: list[str | None] = []
    release = asyncio.Event()

    async def stream(request: web.Request) -> web.StreamResponse:
        seen_ids.append(request.headers.get("Last-Event-ID"))
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        if len(seen_ids) == 1:
            await response.write(b"retry: 10\n: comment\n")
            await response.write(f"id: 1\ndata: {json.dumps(line(1))}\n\n".encode())
            await response.write(f"id: 2\nevent: chat\ndata: {json.dumps(line(2))}\n\n".encode())
            await response.write(b"id: 3\ndata: not json\n\n")
            return response
        await response.write(f"id: 4\ndata: {json.dumps(line(4))}\n\n".encode())
        await release.wait()
        return response

    app = web.Application()
    app.router.add_get("/events", stream)
    async with serve(app) as base:
        reader = EventReader(open_source("sse+" + base + "/events", {}, **FAST))
        messages = await reader.messages(3)
        assert [m.id for m in messages] == ["m1", "m2", "m4"] and messages[0].platform == "sse"
        assert seen_ids == [None, "3"]
        assert not [e for e in reader.of(PlatformEvent) if e.kind is PlatformEventKind.GAP]
        release.set()
        await reader.close()


async def test_sse_feed_not_found_is_fatal() -> None:
    app = web.Application()
    async with serve(app) as base:
        reader = EventReader(open_source("sse+" + base + "/missing", {}, **FAST))
        await reader.rest()
        assert reader.states() == [ConnectionState.CONNECTING, ConnectionState.FAILED]
        assert "404" in reader.seen[-1].detail  # type: ignore[union-attr]
        await reader.close()


async def test_jsonl_file_reads_to_the_end(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    path = tmp_path / "chat.jsonl"
    path.write_bytes(
        b"\n".join(
            [
                json.dumps(line(1)).encode(),
                b"",
                b"\xff\xfe not utf-8",
                b'"a string"',
                json.dumps({"text": "no id here", "user": "anon"}).encode(),
                b"{" + b" " * 70_000 + b"}",
                json.dumps(line(2)).encode(),  # last line without a newline
            ]
        )
    )
    reader = EventReader(open_source(str(path), {}))
    await reader.rest()
    messages = reader.of(ChatMessage)
    assert [m.text for m in messages] == ["hello 1", "no id here", "hello 2"]
    assert messages[1].id == "L5" and messages[1].author.name == "anon"
    assert reader.states() == [ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.ENDED]
    assert "line 3: invalid UTF-8" in caplog.text and "line 4: expected a JSON object" in caplog.text
    assert "line 6: JSON of" in caplog.text
    await reader.close()


async def test_chat_downloader_json_export(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps(
            [
                {
                    "message_id": "a",
                    "message": "first",
                    "timestamp": 1714564800000000,
                    "message_type": "text_message",
                    "author": {"id": "UC1", "name": "Ann"},
                },
                {"message_type": "delete_message", "target_message_id": "a", "timestamp": 1714564801000000},
            ]
        )
    )
    reader = EventReader(open_source(str(path), {}))
    await reader.rest()
    assert [m.sent_at for m in reader.of(ChatMessage)] == [1714564800.0]
    assert [e.kind for e in reader.of(PlatformEvent)] == [PlatformEventKind.DELETED]
    await reader.close()


async def test_jsonl_follow_tails_a_growing_file(tmp_path: Path) -> None:
    path = tmp_path / "live.jsonl"
    path.write_text(json.dumps(line(1)) + "\n" + json.dumps(line(2))[:10])  # second line half written
    reader = EventReader(open_source(str(path), {}, follow=True, sleep=lambda d: asyncio.sleep(0.005)))
    assert [m.id for m in await reader.messages(1)] == ["m1"]
    with path.open("a") as handle:
        handle.write(json.dumps(line(2))[10:] + "\n" + json.dumps(line(3)) + "\n")
    assert [m.id for m in await reader.messages(2)] == ["m2", "m3"]
    path.write_text(json.dumps({"text": "after rotation"}) + "\n")  # truncated and rewritten
    gap = await reader.until(lambda e: isinstance(e, PlatformEvent))
    assert "truncated" in gap.detail  # type: ignore[union-attr]
    assert (await reader.messages(1))[0].text == "after rotation"
    await reader.close()


async def test_stdin_reads_json_lines() -> None:
    read_fd, write_fd = os.pipe()
    with os.fdopen(read_fd, "rb") as stream, os.fdopen(write_fd, "wb") as writer:
        reader = EventReader(open_source("-", {}, stream=stream))
        writer.write((json.dumps(line(1)) + "\nnot json\n" + json.dumps(line(2)) + "\n").encode())
        writer.flush()
        assert [m.id for m in await reader.messages(2)] == ["m1", "m2"]
        writer.close()
        await reader.rest()
        assert reader.states()[-1] is ConnectionState.ENDED
        await reader.close()


@pytest.mark.parametrize(
    ("spec", "error"),
    [
        ("nope", "unknown source"),
        ("missing.jsonl", "no such file"),
        ("twitch:bad name!", "not a Twitch channel"),
        ("youtube:", "not a YouTube live chat id"),
        ("facebook:../x", "not a Facebook live video id"),
    ],
)
def test_registry_errors_are_clear(spec: str, error: str) -> None:
    with pytest.raises(SourceError, match=error):
        open_source(spec, {})


def test_registry_field_paths_option(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text("")
    with pytest.raises(SourceError, match="unknown field"):
        open_source(str(path), {}, fields="colour=x")


def test_environment_wins_over_the_config_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASTGUARD_TWITCH_TOKEN", "oauth:from-env")
    monkeypatch.setenv("CASTGUARD_TWITCH_IRC_URL", "ws://127.0.0.1:1/")
    source = open_source("twitch:c", {"twitch": {"token": "from-file", "irc_url": "ws://127.0.0.1:2"}})
    assert source.token == "from-env"  # type: ignore[attr-defined]
    assert source.config["irc_url"] == "ws://127.0.0.1:1"  # type: ignore[attr-defined]


# -- identity: nothing collapsed that is not a true duplicate -------------------------------------


def lol() -> dict[str, object]:
    return {"author": {"id": "u1", "name": "ann"}, "text": "lol"}  # no id, no timestamp


async def test_identical_messages_without_ids_are_all_kept() -> None:
    async def handler(ws: ServerConnection) -> None:
        for _ in range(10):
            await ws.send(json.dumps(lol()))
        await ws.wait_closed()

    async with ws_serve(handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        source = open_source(f"ws://127.0.0.1:{port}/chat", {}, **FAST)
        reader = EventReader(source)
        messages = await reader.messages(10)
        assert len({m.id for m in messages}) == 10 and source.duplicates == 0  # type: ignore[attr-defined]
        await reader.close()


async def test_an_sse_id_names_only_its_own_event() -> None:
    """One early ``id: 1`` is the stream's resume point, not the id of the nine events after it."""
    release = asyncio.Event()

    async def stream(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(f"id: 1\ndata: {json.dumps(lol())}\n\n".encode())
        for _ in range(9):
            await response.write(f"data: {json.dumps(lol())}\n\n".encode())
        await release.wait()
        return response

    app = web.Application()
    app.router.add_get("/events", stream)
    async with serve(app) as base:
        source = open_source("sse+" + base + "/events", {}, **FAST)
        reader = EventReader(source)
        messages = await reader.messages(10)
        assert messages[0].id == "1" and len({m.id for m in messages}) == 10
        assert source.last_event_id == "1"  # type: ignore[attr-defined]
        release.set()
        await reader.close()
