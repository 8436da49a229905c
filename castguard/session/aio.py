"""Asyncio helpers for the session's pumps: taking a source's next event without waiting when it is ready.

:func:`_poll_next` lets :meth:`castguard.session.engine.Session._pump` collect a burst of messages a source already
has buffered without a trip through the event loop per message; :class:`_Resumed` finishes a fetch that did
have to wait, :func:`_abandon` unwinds one nobody will wait for, and :func:`_loop_running` tells whether
there is a running loop to schedule work on. They are private to the engine (hence the underscores).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Generator
from typing import Any

from castguard.connectors.base import SourceEvent


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _poll_next(events: AsyncIterator[SourceEvent]) -> tuple[bool, Any]:
    """Start fetching the next event without waiting for it.

    ``(True, event)`` when the source had it ready (its ``__anext__`` finished
    without suspending: a burst already buffered), else ``(False, fetch)``, an
    awaitable that finishes this same fetch (awaiting it is exactly awaiting
    ``anext(events)``). The end of the source and its errors are raised as
    ``anext`` raises them.
    """
    awaitable = events.__anext__()
    steps = awaitable.__await__()
    if not hasattr(steps, "send"):
        return False, awaitable  # an unusual awaitable that cannot be driven by hand: just wait for it
    try:
        yielded = steps.send(None)
    except StopIteration as done:
        return True, done.value
    return False, _Resumed(steps, yielded)


class _Resumed:
    """The rest of a fetch :func:`_poll_next` started: hands on what it was waiting for, then drives it.

    What the source's coroutine yielded (the future it waits on) is passed up to the task awaiting
    this, and what the task sends or throws back (the wake-up, a cancellation) is passed down, as
    ``await`` would have done had it run the coroutine from the start.
    """

    __slots__ = ("_steps", "_yielded")

    def __init__(self, steps: Generator[Any, Any, Any], yielded: Any) -> None:
        self._steps = steps
        self._yielded = yielded

    def __await__(self) -> Generator[Any, Any, Any]:
        steps, yielded = self._steps, self._yielded
        while True:
            try:
                sent = yield yielded
            except GeneratorExit:
                steps.close()
                raise
            except BaseException as exc:  # a cancellation (or anything else thrown in) goes to the source
                try:
                    yielded = steps.throw(exc)
                except StopIteration as done:
                    return done.value
                continue
            try:
                yielded = steps.send(sent)
            except StopIteration as done:
                return done.value


_abandoned: set[asyncio.Task[None]] = set()
"""Fetches being unwound (the event loop keeps only weak references to tasks)."""


def _abandon(fetch: Awaitable[Any]) -> None:
    """Cancel a started fetch nobody will wait for (the pump failed), so that the source unwinds cleanly.

    What the source raises while it unwinds is dropped on purpose: the pump's own failure, which
    stops the session, is the error that is reported.
    """

    async def finish() -> None:
        with contextlib.suppress(BaseException):
            await fetch

    task = asyncio.get_running_loop().create_task(finish())
    _abandoned.add(task)
    task.add_done_callback(_abandoned.discard)
    # Cancelled once it has started waiting, so the cancellation reaches the source's own await.
    asyncio.get_running_loop().call_soon(task.cancel)
