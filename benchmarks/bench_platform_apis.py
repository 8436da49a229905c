"""YouTube's streamList reader and Kick's webhook receiver: how many chat messages a second each takes in.

Run: ``python benchmarks/bench_platform_apis.py`` (from the repository root).
Stages: a streamList page decoded and mapped (sans I/O); a YouTube source reading pages from a local gRPC
server; a Kick delivery checked (RSA signature) and mapped (sans I/O); a Kick source receiving signed deliveries
over HTTP from 16 concurrent senders. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import base64
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from castguard.connectors import open_source
from castguard.connectors import stream_list_pb2 as pb
from castguard.connectors.kick import check_delivery, kick_event, load_public_key
from castguard.connectors.youtube import youtube_item
from castguard.connectors.youtube_stream import response_body
from castguard.core.model import ChatMessage, ConnectionEvent, ConnectionState
from tests.fakes.kick import chat_body, key_pair
from tests.fakes.youtube_grpc import FakeStreamList, Page, serve_stream_list, text_message

PAGE = 2_000
PAGES = 25
DELIVERIES = 3_000


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>10,.0f} msg/s"


def page() -> pb.LiveChatMessageListResponse:
    items = [text_message(f"LCC.{i}", f"is the clinic open on saturday? call 555-0100 #{i}") for i in range(PAGE)]
    return pb.LiveChatMessageListResponse(items=items, next_page_token="tok")


def bench_stream_decode() -> None:
    wire = page().SerializeToString()
    started = time.perf_counter()
    count = 0
    for _ in range(10):
        body = response_body(pb.LiveChatMessageListResponse.FromString(wire))
        for item in body["items"]:
            if youtube_item(item, source="youtube:x", live_chat_id="x", received_at=0.0) is not None:
                count += 1
    print(f"streamList page decoded and mapped (sans I/O)      {rate(count, time.perf_counter() - started)}")


async def bench_stream_source() -> None:
    fake = FakeStreamList(token="t")
    base = page()
    steps: list[Any] = []
    for n in range(PAGES):
        items = []
        for i, item in enumerate(base.items):
            copy = pb.LiveChatMessage()
            copy.CopyFrom(item)
            copy.id = f"LCC.{n}.{i}"  # distinct ids: nothing is dropped as a duplicate
            items.append(copy)
        steps.append(Page(items))
    steps.append(Page(offline=True))
    fake.script(*steps)
    async with serve_stream_list(fake) as url:
        source = open_source("youtube:x", {"youtube": {"token": "t", "stream_url": url}})
        started = time.perf_counter()
        count = 0
        async for event in source.events():
            if isinstance(event, ChatMessage):
                count += 1
            elif isinstance(event, ConnectionEvent) and event.state is ConnectionState.ENDED:
                break
        elapsed = time.perf_counter() - started
        await source.aclose()
    print(f"YouTube source reading a local StreamList        {rate(count, elapsed)}  ({count:,} messages)")


def signed(private: Any, message_id: str, stamp: str, body: bytes) -> dict[str, str]:
    signature = private.sign(f"{message_id}.{stamp}.".encode() + body, padding.PKCS1v15(), hashes.SHA256())
    return {
        "Kick-Event-Message-Id": message_id,
        "Kick-Event-Message-Timestamp": stamp,
        "Kick-Event-Signature": base64.b64encode(signature).decode(),
        "Kick-Event-Type": "chat.message.sent",
        "Kick-Event-Version": "1",
    }


def bench_kick_check(private: Any, pem: str) -> None:
    key = load_public_key(pem)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    deliveries = []
    for i in range(DELIVERIES):
        body = json.dumps(chat_body(f"m{i}", "is the clinic open on saturday? call 555-0100")).encode()
        deliveries.append((signed(private, f"id{i}", stamp, body), body))
    started = time.perf_counter()
    for headers, body in deliveries:
        _id, kind = check_delivery(key, headers, body, time.time())
        kick_event(kind, json.loads(body), source="kick:clinic", channel="clinic", received_at=0.0)
    print(f"Kick delivery checked and mapped (sans I/O)       {rate(DELIVERIES, time.perf_counter() - started)}")


async def bench_kick_receiver(private: Any, pem: str) -> None:
    source = open_source("kick:clinic", {"kick": {"public_key": pem, "listen": "127.0.0.1:0"}})
    events = source.events()
    while not isinstance(event := await anext(events), ConnectionEvent) or event.state is not ConnectionState.CONNECTED:
        pass
    url = source.webhook_url  # type: ignore[attr-defined]
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    payloads = []
    for i in range(DELIVERIES):
        body = json.dumps(chat_body(f"m{i}", "is the clinic open on saturday? call 555-0100")).encode()
        payloads.append((signed(private, f"id{i}", stamp, body), body))
    queue: asyncio.Queue[tuple[dict[str, str], bytes]] = asyncio.Queue()
    for item in payloads:
        queue.put_nowait(item)

    async def sender(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            headers, body = queue.get_nowait()
            async with session.post(url, data=body, headers=headers) as response:
                assert response.status == 200, response.status

    async def drain() -> int:
        count = 0
        while count < DELIVERIES:
            if isinstance(await anext(events), ChatMessage):
                count += 1
        return count

    started = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        reader = asyncio.create_task(drain())
        await asyncio.gather(*(sender(session) for _ in range(16)))
        count = await reader
    elapsed = time.perf_counter() - started
    await events.aclose()
    await source.aclose()
    print(f"Kick source receiving signed deliveries (HTTP)    {rate(count, elapsed)}  ({count:,} deliveries)")


def main() -> None:
    print(f"{platform.python_implementation()} {platform.python_version()} on {platform.machine()}")
    bench_stream_decode()
    asyncio.run(bench_stream_source())
    private, pem = key_pair()
    bench_kick_check(private, pem)
    asyncio.run(bench_kick_receiver(private, pem))


if __name__ == "__main__":
    main()
