"""Reading a source's events in tests, with timeouts so a broken connector fails fast."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

from castguard.core.model import ChatMessage, ConnectionEvent, ConnectionState, SourceEvent

T = TypeVar("T")
_END = object()


class EventReader:
    """Runs ``source.events()`` in the background (like the session does) and hands events out in order.

    Every event read is kept in :attr:`seen`.
    """

    def __init__(self, source: Any) -> None:
        self.source = source
        self.seen: list[SourceEvent] = []
        self._queue: asyncio.Queue[Any] = asyncio.Queue()
        self._task = asyncio.create_task(self._pump())
        self.ended = False

    async def _pump(self) -> None:
        try:
            async for event in self.source.events():
                await self._queue.put(event)
        finally:
            await self._queue.put(_END)

    async def next(self, timeout: float = 5.0) -> SourceEvent:
        """The next event (fails the test after ``timeout``); raises StopAsyncIteration at the end."""
        if self.ended:
            raise StopAsyncIteration
        item = await asyncio.wait_for(self._queue.get(), timeout)
        if item is _END:
            self.ended = True
            raise StopAsyncIteration
        self.seen.append(item)
        return item

    async def until(self, predicate: Callable[[SourceEvent], bool], timeout: float = 5.0) -> SourceEvent:
        """Read until an event matches ``predicate``; returns it."""

        async def loop() -> SourceEvent:
            while True:
                event = await self.next(timeout)
                if predicate(event):
                    return event

        return await asyncio.wait_for(loop(), timeout)

    async def state(self, state: ConnectionState, timeout: float = 5.0) -> ConnectionEvent:
        """Read until the source reports ``state``."""
        event = await self.until(lambda e: isinstance(e, ConnectionEvent) and e.state is state, timeout)
        assert isinstance(event, ConnectionEvent)
        return event

    async def messages(self, count: int, timeout: float = 5.0) -> list[ChatMessage]:
        """Read until ``count`` more chat messages arrived."""
        found: list[ChatMessage] = []
        while len(found) < count:
            event = await self.until(lambda e: isinstance(e, ChatMessage), timeout)
            assert isinstance(event, ChatMessage)
            found.append(event)
        return found

    async def rest(self, timeout: float = 5.0) -> list[SourceEvent]:
        """Everything until the source stops."""
        out: list[SourceEvent] = []

        async def loop() -> None:
            while True:
                try:
                    out.append(await self.next(timeout))
                except StopAsyncIteration:
                    return

        await asyncio.wait_for(loop(), timeout)
        return out

    def of(self, kind: type[T]) -> list[T]:
        """Seen events of one type."""
        return [e for e in self.seen if isinstance(e, kind)]

    def states(self) -> list[ConnectionState]:
        """Connection states seen so far, in order."""
        return [e.state for e in self.seen if isinstance(e, ConnectionEvent)]

    async def close(self) -> None:
        """Stop the source."""
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        await self.source.aclose()
