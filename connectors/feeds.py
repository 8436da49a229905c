"""Generic read-only feeds of JSON chat objects: WebSocket, Server-Sent Events, JSONL files and stdin.

Each frame, event or line is one JSON object (or an array of them) mapped by
:class:`~castguard.connectors.jsonfeed.FieldMap`. A line that is not valid UTF-8, not
JSON, not an object or too big is logged and skipped; the feed goes on.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, BinaryIO

import aiohttp
import websockets
import websockets.exceptions as ws_exc

from castguard.connectors.jsonfeed import FeedError, FieldMap, decode_json, json_event
from castguard.connectors.runtime import (
    MAX_FRAME_BYTES,
    MAX_MESSAGE_BYTES,
    MAX_RETRY_AFTER,
    QUEUE_SIZE,
    Backoff,
    FatalSourceError,
    LiveSource,
    RetryableSourceError,
    Sleep,
    SourceEnded,
    retry_after,
)
from castguard.connectors.sse import SSE_REQUEST_HEADERS, SseDecoder
from castguard.connectors.wsframes import MAX_BUFFERED_FRAMES, PING_INTERVAL, PING_TIMEOUT, FrameReader
from castguard.core.model import PlatformEvent, PlatformEventKind

log = logging.getLogger(__name__)

#: Largest ``.json`` array file read at once.
MAX_JSON_FILE_BYTES = 256 << 20
#: Default read-idle timeout of an SSE stream (seconds): nothing at all received for this long is a stall.
#: Servers send keepalive comments every 15-30 s; ``[sse] idle_timeout`` in the config changes it.
SSE_IDLE_TIMEOUT = 60.0


class JsonFeed(LiveSource):
    """Shared mapping of decoded JSON values to events for the generic feeds."""

    def __init__(
        self,
        key: str,
        *,
        platform: str,
        channel: str,
        fields: FieldMap | None = None,
        backoff: Backoff | None = None,
        sleep: Sleep | None = None,
        queue_size: int = QUEUE_SIZE,
    ) -> None:
        super().__init__(key, backoff=backoff, sleep=sleep, queue_size=queue_size)
        self.platform = platform
        self.channel = channel
        self.fields = fields
        self._run = f"{time.time_ns() // 1_000_000:x}"
        self._arrivals = itertools.count(1)

    def _arrival_id(self) -> str:
        """The id of a message that brings none: this run's start (ms) and its arrival number.

        Unique within the session even across a resume, and never derived from the content:
        two identical messages are two messages.
        """
        return f"a{self._run}.{next(self._arrivals)}"

    async def _deliver(self, data: bytes | str, where: str, stable_id: str | None = None) -> None:
        """Decode one frame/line/event and emit what it holds; problems are logged with ``where``.

        ``stable_id`` names the frame where the input has its own identity (a file's line
        number, an SSE event's ``id:``); items without an id of their own are named after it,
        or by arrival when there is none.
        """
        if isinstance(data, str | bytes) and not data.strip():
            return
        try:
            value = decode_json(data, max_bytes=MAX_MESSAGE_BYTES)
        except FeedError as exc:
            self._skip(f"{where}: {exc}")
            return
        values = value if isinstance(value, list) else [value]
        now = time.time()
        for index, item in enumerate(values):
            if stable_id is None:
                item_id = self._arrival_id()
            else:
                item_id = f"{stable_id}.{index}" if len(values) > 1 else stable_id
            try:
                event = json_event(
                    item,
                    source=self.key,
                    platform=self.platform,
                    channel=self.channel,
                    received_at=now,
                    fields=self.fields,
                    fallback_id=item_id,
                )
            except (ValueError, TypeError, ArithmeticError, RecursionError) as exc:
                # FeedError, or a value no mapping expected (a viewer's item must not stop the feed).
                self._skip(f"{where}: {exc}" if isinstance(exc, FeedError) else f"{where}: unusable item ({exc})")
                continue
            if event is not None:
                await self._emit(event)


class _NetworkFeed(JsonFeed):
    """A JSON feed read from a URL: the channel shown is the URL's host, extra headers are sent on connect.

    The source's key is the spec as given; a subclass names its platform and the spec prefix that is not
    part of the URL (``sse+``).
    """

    PLATFORM = ""
    """The platform name shown for this kind of feed."""
    SPEC_PREFIX = ""
    """What the spec has in front of the URL itself."""

    def __init__(
        self,
        spec: str,
        *,
        fields: FieldMap | None = None,
        backoff: Backoff | None = None,
        sleep: Sleep | None = None,
        headers: Mapping[str, str] | None = None,
        queue_size: int = QUEUE_SIZE,
    ) -> None:
        url = spec.removeprefix(self.SPEC_PREFIX)
        super().__init__(
            spec,
            platform=self.PLATFORM,
            channel=url.split("://", 1)[-1].split("/", 1)[0],
            fields=fields,
            backoff=backoff,
            sleep=sleep,
            queue_size=queue_size,
        )
        self.url = url
        self.headers = dict(headers or {})


class WebSocketFeed(_NetworkFeed):
    """``ws://`` / ``wss://``: every frame is a JSON object (or array) of chat messages.

    Frames are read in their own task (:class:`~castguard.connectors.wsframes.FrameReader`), so keepalive
    pings are answered while the desk works through a flood; a refused handshake (401, 403,
    404) is fatal, and a ``Retry-After`` on a 429 or 503 is honoured.
    """

    PLATFORM = "websocket"

    def __init__(
        self,
        spec: str,
        *,
        ping_interval: float = PING_INTERVAL,
        ping_timeout: float = PING_TIMEOUT,
        buffer_frames: int = MAX_BUFFERED_FRAMES,
        **options: Any,
    ) -> None:
        super().__init__(spec, **options)
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.buffer_frames = buffer_frames

    async def _run_once(self) -> None:
        async with websockets.connect(
            self.url, max_size=MAX_FRAME_BYTES, proxy=None, open_timeout=15, additional_headers=self.headers or None,
            ping_interval=None,  # our FrameReader keeps the connection alive, aware of a busy desk
        ) as ws:  # fmt: skip
            await self._connected(f"connected to {self.url}")
            reader = FrameReader(
                ws, ping_interval=self.ping_interval, ping_timeout=self.ping_timeout, max_frames=self.buffer_frames
            )
            frames = 0
            async with reader:
                try:
                    async for frame in reader:
                        frames += 1
                        await self._deliver(frame, f"frame {frames}")
                except ws_exc.ConnectionClosed:
                    if reader.failure:
                        raise RetryableSourceError(reader.failure) from None
                    raise
        raise RetryableSourceError("feed closed the connection")


class SseFeed(_NetworkFeed):
    """``sse+http(s)://``: a ``text/event-stream`` whose events carry JSON chat objects.

    Reconnects send ``Last-Event-ID`` when the stream numbers its events, so a
    server that supports it resumes without a gap. A stream that sends nothing,
    not even a keepalive comment, for ``idle_timeout`` seconds has stalled: it is
    shown as reconnecting and reconnected after the server's ``retry:`` time.
    """

    PLATFORM = "sse"
    SPEC_PREFIX = "sse+"
    last_event_id: str | None = None
    """The stream's last event id (sent back on reconnect)."""
    _session: aiohttp.ClientSession | None = None

    def __init__(self, spec: str, *, idle_timeout: float = SSE_IDLE_TIMEOUT, **options: Any) -> None:
        super().__init__(spec, **options)
        self.idle_timeout = idle_timeout
        self.retry_ms: int | None = None
        """The server's ``retry:`` (milliseconds), kept across connections."""

    async def _run_once(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        headers = {**SSE_REQUEST_HEADERS, **self.headers}
        if self.last_event_id:
            headers["Last-Event-ID"] = self.last_event_id
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=15)  # reads: our idle timeout below
        async with self._session.get(self.url, headers=headers, timeout=timeout, allow_redirects=True) as response:
            if response.status in (401, 403, 404, 410):
                raise FatalSourceError(f"{self.url} answered HTTP {response.status}")
            if response.status != 200:
                raise RetryableSourceError(
                    f"{self.url} answered HTTP {response.status}",
                    retry_after=retry_after(response.headers.get("Retry-After")),
                )
            encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
            if encoding not in ("", "identity"):
                log.warning("%s: the event stream is compressed (%s): a proxy may hold events back", self.key, encoding)
            await self._connected(f"streaming {self.url}", resumed=self.last_event_id is not None)
            await self._stream(response)
        raise RetryableSourceError("stream closed by the server", delay=self._retry_delay())

    async def _stream(self, response: aiohttp.ClientResponse) -> None:
        decoder = SseDecoder(max_event_bytes=MAX_MESSAGE_BYTES)
        while True:
            try:
                # Any byte counts as life, keepalive comments included.
                async with asyncio.timeout(self.idle_timeout):
                    chunk = await response.content.readany()
            except TimeoutError:
                raise RetryableSourceError(
                    f"stream stalled: nothing received for {self.idle_timeout:g}s", delay=self._retry_delay()
                ) from None
            if not chunk:
                return
            events = decoder.feed(chunk)
            if decoder.retry_ms is not None:
                self.retry_ms = decoder.retry_ms
            for event in events:
                await self._deliver(event.data, f"event {event.id or ''}".strip(), event.id)
            for error in decoder.errors:
                self._skip(error)
            decoder.errors.clear()
            if decoder.last_event_id is not None:
                self.last_event_id = decoder.last_event_id

    def _retry_delay(self) -> float | None:
        """The server's ``retry:`` in seconds, capped like a ``Retry-After``."""
        return min(self.retry_ms / 1000.0, MAX_RETRY_AFTER) if self.retry_ms is not None else None

    async def _release(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def _split_lines(buffer: bytearray, start_line: int) -> tuple[list[tuple[int, bytes]], int]:
    """Complete lines in ``buffer`` (removed from it) numbered from ``start_line``."""
    lines = []
    end = buffer.rfind(b"\n")
    if end < 0:
        return [], start_line
    for raw in bytes(buffer[: end + 1]).split(b"\n")[:-1]:
        start_line += 1
        lines.append((start_line, raw.rstrip(b"\r")))
    del buffer[: end + 1]
    return lines, start_line


class JsonlFile(JsonFeed):
    """``FILE.jsonl`` (or chat-downloader's ``.json`` array): read to the end, or tail it with ``follow``."""

    gap_on_reconnect = False

    def __init__(
        self,
        path: str,
        *,
        follow: bool = False,
        fields: FieldMap | None = None,
        poll_interval: float = 0.25,
        sleep: Sleep | None = None,
    ) -> None:
        super().__init__(path, platform="jsonl", channel=Path(path).name, fields=fields, sleep=sleep)
        self.path = Path(path)
        self.follow = follow
        self.poll_interval = poll_interval

    async def _run_once(self) -> None:
        try:
            handle = self.path.open("rb")
        except OSError as exc:
            raise FatalSourceError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        with handle:
            await self._connected(f"reading {self.path}" + (" (following)" if self.follow else ""))
            if self.path.suffix.lower() == ".json" and not self.follow:
                data = handle.read(MAX_JSON_FILE_BYTES + 1)
                if len(data) > MAX_JSON_FILE_BYTES:
                    raise FatalSourceError(f"{self.path} is larger than {MAX_JSON_FILE_BYTES >> 20} MiB")
                try:
                    values = decode_json(data, max_bytes=MAX_JSON_FILE_BYTES)
                except FeedError as exc:
                    raise FatalSourceError(f"{self.path}: {exc}") from None
                for index, item in enumerate(values if isinstance(values, list) else [values]):
                    await self._deliver_value(item, index + 1)
                raise SourceEnded(f"end of {self.path}")
            await self._read_lines(handle)

    async def _deliver_value(self, item: Any, number: int) -> None:
        try:
            event = json_event(
                item,
                source=self.key,
                platform=self.platform,
                channel=self.channel,
                received_at=time.time(),
                fields=self.fields,
                fallback_id=f"L{number}",
            )
        except FeedError as exc:
            self._skip(f"{self.path} item {number}: {exc}")
            return
        if event is not None:
            await self._emit(event)

    async def _read_lines(self, handle: BinaryIO) -> None:
        buffer = bytearray()
        line_no = 0
        skipping = False
        position = 0
        prefix = "L"
        while True:
            chunk = handle.read(MAX_FRAME_BYTES)
            if chunk:
                position += len(chunk)
                buffer += chunk
                lines, line_no = _split_lines(buffer, line_no)
                for number, raw in lines:
                    if skipping:  # the tail of an oversized line
                        skipping = False
                        continue
                    await self._deliver(raw, f"{self.path} line {number}", f"{prefix}{number}")
                if len(buffer) > MAX_MESSAGE_BYTES:
                    self._skip(f"{self.path} line {line_no + 1}: longer than {MAX_MESSAGE_BYTES} bytes")
                    buffer.clear()
                    skipping = True
                await asyncio.sleep(0)  # let the session breathe on big files
                continue
            if not self.follow:
                if buffer and not skipping:
                    await self._deliver(bytes(buffer), f"{self.path} line {line_no + 1}", f"{prefix}{line_no + 1}")
                raise SourceEnded(f"end of {self.path}")
            try:
                size = os.stat(self.path).st_size
            except OSError:
                size = position
            if size < position:
                # Truncated or replaced (log rotation): start again from the top.
                handle.seek(0)
                position, line_no, skipping = 0, 0, False
                prefix = f"T{time.time():.0f}L"  # new content: line numbers no longer identify old lines
                buffer.clear()
                await self._put(
                    PlatformEvent(
                        self.key,
                        PlatformEventKind.GAP,
                        detail=f"{self.path} was truncated: reading it again from the start",
                    )
                )
                continue
            await self._sleep(self.poll_interval)


class StdinFeed(JsonFeed):
    """``-``: JSON lines on standard input (or any binary stream given as ``stream``)."""

    gap_on_reconnect = False

    def __init__(self, *, stream: BinaryIO | None = None, fields: FieldMap | None = None) -> None:
        super().__init__("-", platform="jsonl", channel="stdin", fields=fields)
        self.stream = stream

    async def _run_once(self) -> None:
        import sys

        stream = self.stream or sys.stdin.buffer
        await self._connected("reading standard input")
        buffer = bytearray()
        line_no = 0
        skipping = False
        reader = getattr(stream, "read1", stream.read)
        while True:
            # A thread per chunk: stdin may be a pipe, a file or a terminal, and none of them may block the loop.
            chunk = await asyncio.to_thread(reader, 65536)
            if not chunk:
                if buffer and not skipping:
                    await self._deliver(bytes(buffer), f"stdin line {line_no + 1}")
                raise SourceEnded("end of standard input")
            buffer += chunk
            lines, line_no = _split_lines(buffer, line_no)
            for number, raw in lines:
                if skipping:
                    skipping = False
                    continue
                await self._deliver(raw, f"stdin line {number}")
            if len(buffer) > MAX_MESSAGE_BYTES:
                self._skip(f"stdin line {line_no + 1}: longer than {MAX_MESSAGE_BYTES} bytes")
                buffer.clear()
                skipping = True
