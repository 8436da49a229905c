"""Generic feeds: WebSocket and SSE servers on 127.0.0.1, JSONL files (read and followed), stdin; the registry."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from http import HTTPStatus
from pathlib import Path
from typing import Any

import pytest
from aiohttp import WSMsgType, web
from websockets.asyncio.server import ServerConnection
from websockets.asyncio.server import serve as ws_serve
from websockets.http11 import Request, Response

from castguard.connectors import SourceError, open_source
from castguard.connectors.runtime import Backoff
from castguard.core.model import (
    ActionKind,
    ActionRequest,
    ActionResult,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    PlatformEvent,
    PlatformEventKind,
    SourceEvent,
)
from tests.fakes.events import EventReader
from tests.fakes.http import serve

#: Reconnect options that keep a test in milliseconds, passed as ``**FAST`` to a source's constructor.
FAST: dict[str, Any] = {"backoff": Backoff(initial=0.01, cap=0.05)}


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
        assert "404" in reader.seen[-1].detail
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
    assert "truncated" in gap.detail
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


# -- SSE through proxies, stalls and servers that ask to wait -------------------------------------


def sse_app(handler: object) -> web.Application:
    app = web.Application()
    app.router.add_get("/events", handler)  # type: ignore[arg-type]
    return app


async def test_sse_is_requested_uncompressed_so_a_compressing_proxy_cannot_hold_it_back() -> None:
    seen: list[dict[str, str]] = []
    release = asyncio.Event()

    async def stream(request: web.Request) -> web.StreamResponse:
        seen.append(dict(request.headers))
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        if "gzip" in request.headers.get("Accept-Encoding", ""):
            response.enable_compression()  # like a compressing proxy: small events wait in its buffer
        await response.prepare(request)
        for i in range(10):
            await response.write(f"data: {json.dumps(line(i))}\n\n".encode())
        await release.wait()
        return response

    async with serve(sse_app(stream)) as base:
        reader = EventReader(open_source("sse+" + base + "/events", {}, **FAST))
        assert [m.id for m in await reader.messages(10, timeout=2.0)] == [f"m{i}" for i in range(10)]
        assert seen[0]["Accept-Encoding"] == "identity" and seen[0]["Cache-Control"] == "no-cache"
        release.set()
        await reader.close()


async def test_a_leading_byte_order_mark_does_not_cost_the_first_event() -> None:
    release = asyncio.Event()

    async def stream(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(b"\xef\xbb\xbf" + f"data: {json.dumps(line(1))}\n\n".encode())
        await response.write(f"data: {json.dumps(line(2))}\n\n".encode())
        await release.wait()
        return response

    async with serve(sse_app(stream)) as base:
        reader = EventReader(open_source("sse+" + base + "/events", {}, **FAST))
        assert [m.id for m in await reader.messages(2)] == ["m1", "m2"]
        release.set()
        await reader.close()


async def test_a_stalled_sse_stream_is_shown_and_reconnected() -> None:
    connections = 0
    release = asyncio.Event()

    async def stream(request: web.Request) -> web.StreamResponse:
        nonlocal connections
        connections += 1
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        if connections == 1:
            await response.write(f"id: 1\nretry: 5\ndata: {json.dumps(line(1))}\n\n".encode())
        else:
            await response.write(f"id: 2\ndata: {json.dumps(line(2))}\n\n".encode())
        await release.wait()  # then silence: the connection stays open and says nothing
        return response

    delays: list[float] = []

    async def sleep(delay: float) -> None:
        delays.append(delay)

    async with serve(sse_app(stream)) as base:
        source = open_source("sse+" + base + "/events", {}, idle_timeout=0.05, sleep=sleep, **FAST)
        reader = EventReader(source)
        assert [m.id for m in await reader.messages(2)] == ["m1", "m2"]
        stalled = [e for e in reader.of(ConnectionEvent) if e.state is ConnectionState.RECONNECTING]
        assert stalled and "stream stalled: nothing received for 0.05s" in stalled[0].detail
        assert delays[0] == 0.005  # the server's retry: 5 (ms)
        release.set()
        await reader.close()


async def test_keepalive_comments_keep_a_quiet_sse_stream_connected() -> None:
    quiet_for = asyncio.Event()
    release = asyncio.Event()

    async def stream(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(f"data: {json.dumps(line(1))}\n\n".encode())
        for _ in range(10):  # 10 x 20 ms of comments only: four times the idle timeout
            await asyncio.sleep(0.02)
            await response.write(b": keepalive\n")
        quiet_for.set()
        await response.write(f"data: {json.dumps(line(2))}\n\n".encode())
        await release.wait()
        return response

    async with serve(sse_app(stream)) as base:
        reader = EventReader(open_source("sse+" + base + "/events", {}, idle_timeout=0.05, **FAST))
        assert [m.id for m in await reader.messages(2)] == ["m1", "m2"]
        assert quiet_for.is_set() and ConnectionState.RECONNECTING not in reader.states()
        release.set()
        await reader.close()


async def test_sse_retry_after_is_honoured() -> None:
    answers = [web.Response(status=503, headers={"Retry-After": "7"})]
    release = asyncio.Event()

    async def stream(request: web.Request) -> web.StreamResponse:
        if answers:
            return answers.pop(0)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(f"data: {json.dumps(line(1))}\n\n".encode())
        await release.wait()
        return response

    delays: list[float] = []

    async def sleep(delay: float) -> None:
        delays.append(delay)

    async with serve(sse_app(stream)) as base:
        reader = EventReader(open_source("sse+" + base + "/events", {}, sleep=sleep, **FAST))
        await reader.messages(1)
        assert delays == [7.0]  # not the 10 ms backoff
        waiting = next(e for e in reader.of(ConnectionEvent) if e.state is ConnectionState.RECONNECTING)
        assert "503" in waiting.detail and "Retry-After" in waiting.detail and "retrying in 7.0s" in waiting.detail
        release.set()
        await reader.close()


async def test_sse_idle_timeout_comes_from_the_config_and_is_checked() -> None:
    source = open_source("sse+http://127.0.0.1:1/x", {"sse": {"idle_timeout": 45}})
    assert source.idle_timeout == 45.0  # type: ignore[attr-defined]
    assert open_source("sse+http://127.0.0.1:1/x", {}).idle_timeout == 60.0  # type: ignore[attr-defined]
    with pytest.raises(SourceError, match="positive number of seconds"):
        open_source("sse+http://127.0.0.1:1/x", {"sse": {"idle_timeout": "-3"}})


# -- WebSocket refusals and a desk that falls behind ----------------------------------------------


def refusing(status: HTTPStatus, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """A websockets ``process_request`` that answers the handshake with ``status`` once."""
    answered: list[int] = []

    def process_request(connection: ServerConnection, request: Request) -> Response | None:
        if answered:
            return None
        answered.append(1)
        response = connection.respond(status, f"{status.phrase}\n")
        for name, value in (headers or {}).items():
            response.headers[name] = value
        return response

    return process_request


async def test_a_refused_websocket_is_fatal_in_one_line(caplog: pytest.LogCaptureFixture) -> None:
    async def handler(ws: ServerConnection) -> None:
        await ws.wait_closed()

    async with ws_serve(handler, "127.0.0.1", 0, process_request=refusing(HTTPStatus.UNAUTHORIZED)) as server:
        port = server.sockets[0].getsockname()[1]
        reader = EventReader(open_source(f"ws://127.0.0.1:{port}/chat", {}, **FAST))
        await reader.rest()
        assert reader.states() == [ConnectionState.CONNECTING, ConnectionState.FAILED]
        assert reader.seen[-1].detail == "server refused the connection: HTTP 401 Unauthorized"
        assert all(record.exc_info is None for record in caplog.records)  # no traceback
        await reader.close()


async def test_a_websocket_retry_after_is_honoured() -> None:
    async def handler(ws: ServerConnection) -> None:
        await ws.send(json.dumps(line(1)))
        await ws.wait_closed()

    delays: list[float] = []

    async def sleep(delay: float) -> None:
        delays.append(delay)

    busy = refusing(HTTPStatus.SERVICE_UNAVAILABLE, {"Retry-After": "12"})
    async with ws_serve(handler, "127.0.0.1", 0, process_request=busy) as server:
        port = server.sockets[0].getsockname()[1]
        reader = EventReader(open_source(f"ws://127.0.0.1:{port}/chat", {}, sleep=sleep, **FAST))
        await reader.messages(1)
        assert delays == [12.0]
        await reader.close()


@pytest.mark.parametrize("buffer_frames", [100_000, 10], ids=["read-ahead", "read-ahead-full"])
async def test_keepalive_survives_a_desk_that_is_behind(buffer_frames: int) -> None:
    """A flood the desk has not read yet must not make an answered keepalive look unanswered."""
    flood = 300
    pinged = asyncio.Event()
    pings = 0

    async def handler(request: web.Request) -> web.WebSocketResponse:
        nonlocal pings
        ws = web.WebSocketResponse(autoping=False)  # the server sees the client's pings
        await ws.prepare(request)
        for i in range(flood):
            await ws.send_str(json.dumps(line(i)))
        async for msg in ws:
            if msg.type is WSMsgType.PING:
                await ws.pong(msg.data)
                pings += 1
                if pings >= 5:
                    pinged.set()
        return ws

    app = web.Application()
    app.router.add_get("/chat", handler)
    async with serve(app) as base:
        source = open_source(
            base.replace("http", "ws") + "/chat", {}, ping_interval=0.01, ping_timeout=0.02, queue_size=5,
            buffer_frames=buffer_frames, **FAST,
        )  # fmt: skip
        events = aiter(source.events())
        seen: list[SourceEvent] = []
        while not any(isinstance(e, ChatMessage) for e in seen):
            seen.append(await asyncio.wait_for(anext(events), 5))
        await asyncio.wait_for(pinged.wait(), 5)  # five keepalive rounds while the desk read nothing
        while sum(isinstance(e, ChatMessage) for e in seen) < flood:
            seen.append(await asyncio.wait_for(anext(events), 5))
        assert [e.id for e in seen if isinstance(e, ChatMessage)] == [f"m{i}" for i in range(flood)]
        assert not [e for e in seen if isinstance(e, ConnectionEvent) and e.state is ConnectionState.RECONNECTING]
        await events.aclose()  # type: ignore[attr-defined]
        await source.aclose()


async def test_keepalive_still_drops_a_server_that_went_silent() -> None:
    async def handler(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=False)  # and it never answers a ping
        await ws.prepare(request)
        await ws.send_str(json.dumps(line(1)))
        async for _msg in ws:
            pass
        return ws

    app = web.Application()
    app.router.add_get("/chat", handler)
    async with serve(app) as base:
        source = open_source(base.replace("http", "ws") + "/chat", {}, ping_interval=0.01, ping_timeout=0.02, **FAST)
        reader = EventReader(source)
        gone = await reader.state(ConnectionState.RECONNECTING)
        assert "no answer to a keepalive ping within 0.02s" in gone.detail
        await reader.close()


def test_any_mapping_maps_like_the_dict_json_gives() -> None:
    # Objects from json.loads take a shorter road through the mapping; any other mapping gives the same event.
    from types import MappingProxyType

    from castguard.connectors.jsonfeed import FeedError, FieldMap, json_event

    items: list[dict[str, Any]] = [
        {"id": "a1", "author": {"id": "u1", "name": "Ana", "roles": ["moderator"]}, "text": "hi", "timestamp": 1.7e9},
        {"message_id": "m1", "message": "yo", "timestamp": 1714564800000000, "author": {"id": "UC1", "name": "Bo"}},
        {
            "message_type": "text_message",
            "message": "x",
            "author": {"display_name": "Cy", "badges": [{"title": "Member"}]},
        },
        {"payload": {"body": "deep"}, "user": {"name": "Di"}, "text": ""},
    ]

    def frozen(value: Any) -> Any:
        if isinstance(value, dict):
            return MappingProxyType({k: frozen(v) for k, v in value.items()})
        return [frozen(v) for v in value] if isinstance(value, list) else value

    def mapped(item: Any, fields: FieldMap | None) -> object:
        try:
            return json_event(
                item, source="s", platform="jsonl", channel="", received_at=5.0, fields=fields, fallback_id="line-1",
                allow_empty=True, arrives_when_sent=True,
            )  # fmt: skip
        except FeedError as exc:
            return str(exc)

    for fields in (None, FieldMap.parse("text=payload.body|text,author=user.name|author.name")):
        for item in items:
            assert mapped(frozen(item), fields) == mapped(item, fields)
    assert isinstance(mapped(items[3], None), ChatMessage)
