"""Reading a WebSocket in its own task, with a keepalive that tells a dead server from a busy desk.

websockets stops reading the socket once a few received frames wait unread (``max_queue``), so
when the desk falls behind a flood of chat, the pong that answers its keepalive ping sits unread
behind the flood and the library's keepalive closes a healthy connection (every message sent
while reconnecting is lost). Here a task keeps reading frames into a bounded buffer of our own
(frames and bytes), so pongs keep being read while the consumer catches up, and our keepalive
only gives up on a connection that neither answers its pings nor sends anything, and never while
it is the desk that is behind (the buffer is full).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Callable
from types import TracebackType
from typing import Any

import websockets.exceptions as ws_exc

#: Frames read ahead of the consumer at most (a chat frame is a few hundred bytes).
MAX_BUFFERED_FRAMES = 100_000
#: Bytes of frames read ahead of the consumer at most.
MAX_BUFFERED_BYTES = 64 << 20
#: Keepalive defaults (seconds): a ping this often, dead when neither a pong nor any frame came back in time.
PING_INTERVAL = 20.0
PING_TIMEOUT = 20.0


class FrameReader:
    """``async with FrameReader(ws) as frames: async for frame in frames`` — with keepalive.

    Iteration ends when the server closes normally and raises ``ConnectionClosed`` otherwise;
    :attr:`failure` then says whether our keepalive gave up on the connection.
    """

    def __init__(
        self,
        ws: Any,
        *,
        ping_interval: float | None = PING_INTERVAL,
        ping_timeout: float = PING_TIMEOUT,
        max_frames: int = MAX_BUFFERED_FRAMES,
        max_bytes: int = MAX_BUFFERED_BYTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ws = ws
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.max_frames = max_frames
        self.max_bytes = max_bytes
        self.clock = clock
        self.failure: str | None = None
        """Why the keepalive closed the connection, if it did."""
        self.last_frame_at = clock()
        """When the last frame arrived (``clock`` time)."""
        self.behind = False
        """True while the buffer is full: the consumer, not the server, is the slow side."""
        self._frames: deque[str | bytes] = deque()
        self._bytes = 0
        self._readable = asyncio.Event()
        self._room = asyncio.Event()
        self._room.set()
        self._ended = False
        self._error: BaseException | None = None
        self._tasks: list[asyncio.Task[None]] = []

    async def __aenter__(self) -> FrameReader:
        self._tasks.append(asyncio.create_task(self._read(), name="websocket-reader"))
        if self.ping_interval is not None:
            self._tasks.append(asyncio.create_task(self._keepalive(), name="websocket-keepalive"))
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def heard_since(self, moment: float) -> bool:
        """True when a frame arrived at or after ``moment``, or the consumer is behind (``clock`` time)."""
        return self.behind or self.last_frame_at >= moment

    def __aiter__(self) -> FrameReader:
        return self

    async def __anext__(self) -> str | bytes:
        while not self._frames:
            if self._ended:
                if self._error is not None:
                    raise self._error
                raise StopAsyncIteration
            self._readable.clear()
            await self._readable.wait()
        frame = self._frames.popleft()
        self._bytes -= len(frame)
        if not self._full():
            self._room.set()
        return frame

    def _full(self) -> bool:
        return len(self._frames) >= self.max_frames or self._bytes >= self.max_bytes

    async def _read(self) -> None:
        try:
            async for frame in self.ws:
                self.last_frame_at = self.clock()
                while self._full():
                    self.behind = True
                    self._room.clear()
                    await self._room.wait()
                self.behind = False
                self._frames.append(frame)
                self._bytes += len(frame)
                self._readable.set()
        except Exception as exc:  # handed to the consumer, in order, after the frames read before it
            self._error = exc
        finally:
            self._ended = True
            self._readable.set()

    async def _keepalive(self) -> None:
        assert self.ping_interval is not None
        while True:
            await asyncio.sleep(self.ping_interval)
            sent = self.clock()
            try:
                pong = asyncio.ensure_future(await self.ws.ping())
            except ws_exc.ConnectionClosed:
                return
            await asyncio.wait({pong}, timeout=self.ping_timeout)
            if pong.done() or self.heard_since(sent):
                continue
            self.failure = f"no answer to a keepalive ping within {self.ping_timeout:g}s"
            self.ws.transport.abort()
            return
