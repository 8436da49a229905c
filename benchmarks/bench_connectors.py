"""Connector throughput: sans-I/O parsers, and a Twitch source reading a local tmi over WebSocket.

Run: ``python benchmarks/bench_connectors.py`` (from the repository root).
Prints messages per second for each stage on this machine; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from castguard.connectors.irc import IrcChat
from castguard.connectors.jsonfeed import json_event
from castguard.connectors.runtime import Backoff
from castguard.connectors.sse import SseDecoder
from castguard.connectors.twitch import TwitchSource
from castguard.core.model import ChatMessage, ConnectionEvent, ConnectionState

N = 100_000
LINE = (
    "@badge-info=subscriber/22;badges=moderator/1,subscriber/12;color=#19E6E6;display-name=randers;emotes=;flags=;"
    "id={id};mod=1;room-id=11148817;subscriber=1;tmi-sent-ts=1594555275886;turbo=0;user-id=40286300;user-type=mod "
    ":randers!randers@randers.tmi.twitch.tv PRIVMSG #clinic :is the clinic open on saturday\\s? call 555-0100"
)


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>12,.0f} msg/s"


def bench_irc() -> None:
    chat = IrcChat(source="twitch:clinic", platform="twitch", channel="clinic", nick="justinfan1")
    frames = ["\r\n".join(LINE.format(id=f"{i}-{j}") for j in range(10)) for i in range(N // 10)]
    start = time.perf_counter()
    count = sum(len(chat.receive(frame, 0.0)) for frame in frames)
    print(f"IRC frame → ChatMessage (10 lines/frame) {rate(count, time.perf_counter() - start)}")


def bench_sse() -> None:
    payload = b"".join(
        b"id: %d\ndata: %s\n\n"
        % (i, json.dumps({"id": f"c{i}", "from": {"id": "1", "name": "A"}, "message": "hello there"}).encode())
        for i in range(N)
    )
    decoder = SseDecoder()
    start = time.perf_counter()
    count = 0
    for offset in range(0, len(payload), 16384):
        count += len(decoder.feed(payload[offset : offset + 16384]))
    print(f"SSE bytes → events (16 KiB chunks)       {rate(count, time.perf_counter() - start)}")


def bench_json() -> None:
    objs = [
        {"id": f"m{i}", "author": {"id": "u", "name": "Ann"}, "text": "hello", "timestamp": 1714564800}
        for i in range(N)
    ]
    start = time.perf_counter()
    for obj in objs:
        json_event(obj, source="f", platform="jsonl", channel="c", received_at=0.0, fallback_id="x")
    print(f"JSON object → ChatMessage                {rate(N, time.perf_counter() - start)}")


async def bench_twitch_socket(count: int = 50_000) -> None:
    ready = asyncio.Event()

    async def handler(ws: ServerConnection) -> None:
        try:
            async for frame in ws:
                for line in str(frame).split("\r\n"):
                    if line.startswith("NICK"):
                        await ws.send(":tmi.twitch.tv 001 justinfan1 :Welcome")
                    elif line.startswith("JOIN"):
                        await ws.send("@room-id=1 :tmi.twitch.tv ROOMSTATE #clinic")
                        await ready.wait()
                        for i in range(0, count, 20):
                            await ws.send("\r\n".join(LINE.format(id=f"s{i + j}") for j in range(20)))
        except ConnectionClosed:
            pass  # the source hung up once it had read enough

    async with serve(handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        source = TwitchSource("clinic", {"twitch": {"irc_url": f"ws://127.0.0.1:{port}"}}, backoff=Backoff())
        received = 0
        start = 0.0
        async for event in source.events():
            if isinstance(event, ConnectionEvent) and event.state is ConnectionState.CONNECTED:
                start = time.perf_counter()
                ready.set()
            elif isinstance(event, ChatMessage):
                received += 1
                if received == count:
                    break
        elapsed = time.perf_counter() - start
        await source.aclose()
    print(f"Twitch source over loopback WebSocket    {rate(received, elapsed)}")


def main() -> None:
    print(f"python {platform.python_version()} on {platform.machine()} {platform.processor() or ''}".strip())
    bench_irc()
    bench_sse()
    bench_json()
    asyncio.run(bench_twitch_socket())


if __name__ == "__main__":
    main()
