"""Connection life shared by every live connector: reconnect, backoff, de-duplication, limits.

Modelled on the websockets library's reconnecting client: each connector
implements one connection attempt (:meth:`LiveSource._run_once`); the loop here
classifies what went wrong (a bad token is fatal, a dropped socket is not),
waits with jittered exponential backoff (reset after a successful connection),
at least as long as the server's ``Retry-After`` asks, and reports every state
change as a :class:`ConnectionEvent`. Delays and the
sleep function are injectable so tests run in milliseconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from http import HTTPStatus

import aiohttp
import websockets.exceptions as ws_exc

from castguard.core.backoff import Backoff
from castguard.core.model import (
    ActionKind,
    ActionOutcome,
    ActionRequest,
    ActionResult,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    PlatformEvent,
    PlatformEventKind,
    SourceEvent,
)
from castguard.core.recent import RecentKeys

log = logging.getLogger(__name__)

#: Largest WebSocket frame or HTTP chunk accepted (bytes); bigger ones drop the connection.
MAX_FRAME_BYTES = 1 << 20
#: Largest single chat line / JSON object accepted (bytes); bigger ones are skipped with a log line.
MAX_MESSAGE_BYTES = 64 * 1024
#: Events buffered between a connection and the session before the reader waits (backpressure, not loss).
QUEUE_SIZE = 10_000
#: Platform message ids remembered for de-duplication after reconnects.
DEDUP_SIZE = 50_000
#: Longest wait a server's ``Retry-After`` can impose on a reconnect (seconds).
MAX_RETRY_AFTER = 300.0

Sleep = Callable[[float], Awaitable[None]]


class FatalSourceError(Exception):
    """The source cannot go on: bad token, channel or chat not found, permission denied."""


class RetryableSourceError(Exception):
    """The connection broke in a way a reconnect may cure.

    ``delay`` overrides the backoff (``0`` for a server-requested reconnect,
    minutes for an exhausted quota); ``retry_after`` is the least wait the
    server asked for (its ``Retry-After``, see :func:`retry_after`).
    """

    def __init__(self, message: str, *, delay: float | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.delay = delay
        self.retry_after = retry_after


def retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delay seconds or an HTTP date), capped.

    ``None`` when the header is absent or unreadable; a date in the past is ``0``.
    """
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        seconds = float(text)
    else:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def server_wait(exc: BaseException) -> float | None:
    """The least wait before reconnecting that the server asked for with this failure, if any."""
    if isinstance(exc, RetryableSourceError):
        return exc.retry_after
    if isinstance(exc, ws_exc.InvalidStatus):
        return retry_after(exc.response.headers.get("Retry-After"))
    return None


class SourceEnded(Exception):
    """The broadcast ended normally (stream offline, chat closed, end of file)."""


def classify(exc: BaseException) -> bool:
    """True when ``exc`` is worth a reconnect, False when the source should stop."""
    if isinstance(exc, FatalSourceError | SourceEnded):
        return False
    if isinstance(exc, ws_exc.InvalidStatus):
        status = exc.response.status_code
        return status == 429 or status >= 500
    if isinstance(exc, ws_exc.InvalidURI | ws_exc.InvalidProxy):
        return False
    return isinstance(
        exc,
        RetryableSourceError
        | OSError
        | EOFError
        | TimeoutError
        | aiohttp.ClientError
        | ws_exc.ConnectionClosed
        | ws_exc.InvalidHandshake
        | ws_exc.InvalidMessage,
    )


def describe(exc: BaseException, secrets: Iterable[str] = ()) -> str:
    """A one-line description of ``exc`` for the UI and the log, with credentials removed."""
    if isinstance(exc, ws_exc.InvalidStatus):
        status = exc.response.status_code
        try:
            phrase = f" {HTTPStatus(status).phrase}"
        except ValueError:
            phrase = ""
        text = f"server refused the connection: HTTP {status}{phrase}"
    elif isinstance(exc, ws_exc.ConnectionClosed):
        frame = exc.rcvd or exc.sent
        text = "connection dropped" if frame is None else f"connection closed ({frame.code} {frame.reason})".strip()
    elif isinstance(exc, RetryableSourceError | FatalSourceError | SourceEnded):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return redact(text, secrets)


def expected_failure(exc: BaseException) -> bool:
    """True for failures a source meets in normal life (refusals, network errors): one line, no traceback.

    Anything else is a bug in a connector, logged with its traceback.
    """
    return isinstance(
        exc,
        FatalSourceError
        | RetryableSourceError
        | SourceEnded
        | OSError
        | TimeoutError
        | aiohttp.ClientError
        | ws_exc.WebSocketException,
    )


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every credential in ``text`` by ``***``."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


class _Stop:
    """Queue marker: the source has finished."""


_STOP = _Stop()


class _Died:
    """Queue marker: the reader task died of an error its own handling did not catch."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class LiveSource:
    """Base of the network and file sources: an async iterator of events with reconnects.

    Subclasses implement :meth:`_run_once` (one connection, from connect to
    drop) and call :meth:`_connected` when the connection is usable and
    :meth:`_emit` for each event. ``_run_once`` returns normally or raises
    :class:`SourceEnded` when the broadcast is over.
    """

    platform: str = "live"
    capabilities: frozenset[ActionKind] = frozenset()
    #: Whether a reconnect can miss messages (reported as a GAP event); cleared by subclasses that resume.
    gap_on_reconnect: bool = True

    def __init__(
        self,
        key: str,
        *,
        backoff: Backoff | None = None,
        sleep: Sleep | None = None,
        queue_size: int = QUEUE_SIZE,
        dedup_size: int = DEDUP_SIZE,
        secrets: Iterable[str] = (),
    ) -> None:
        self.key = key
        self.backoff = backoff or Backoff()
        self._sleep: Sleep = sleep or asyncio.sleep
        self._queue_size = queue_size
        self._seen: RecentKeys[str, None] = RecentKeys(dedup_size)
        self._secrets = tuple(s for s in secrets if s)
        self._queue: asyncio.Queue[SourceEvent | _Stop | _Died] | None = None
        self._runner: asyncio.Task[None] | None = None
        self._mourner: asyncio.Task[None] | None = None
        self._was_connected = False
        self._disconnected_at: float | None = None
        self.duplicates = 0
        """Messages dropped because their platform id was already delivered."""
        self.skipped = 0
        """Frames or lines skipped as malformed or oversized."""

    # -- the iterator ------------------------------------------------------------------------

    async def events(self) -> AsyncIterator[SourceEvent]:
        """Yield messages, platform events and connection events until the source ends."""
        queue: asyncio.Queue[SourceEvent | _Stop | _Died] = asyncio.Queue(self._queue_size)
        self._queue = queue
        self._runner = asyncio.create_task(self._supervise(), name=f"connector-{self.key}")
        self._runner.add_done_callback(self._runner_done)
        try:
            while True:
                item = await queue.get()
                if isinstance(item, _Stop):
                    return
                if isinstance(item, _Died):
                    raise item.error  # the session reports this source as failed
                yield item
        finally:
            await self._stop_runner()

    def _runner_done(self, runner: asyncio.Task[None]) -> None:
        """A reader that died without saying so must not leave the iterator waiting forever: pass its error on."""
        if runner.cancelled() or (error := runner.exception()) is None:
            return
        queue, died = self._queue, _Died(error)
        assert queue is not None
        try:
            queue.put_nowait(died)
        except asyncio.QueueFull:
            # The consumer is behind: it gets the error after the events already queued.
            self._mourner = asyncio.get_running_loop().create_task(queue.put(died))

    async def _stop_runner(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None and not runner.done():
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner

    async def aclose(self) -> None:
        """Stop reading and release sockets and files."""
        await self._stop_runner()
        await self._release()

    async def _release(self) -> None:
        """Close long-lived resources (HTTP sessions); connections close in ``_run_once``."""
        return None

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        """Read-only by default: the desk applies the action locally."""
        return ActionOutcome(ActionResult.LOCAL, f"{self.platform} source is read-only: applied on the desk only")

    async def reply(self, message: ChatMessage, text: str) -> ActionOutcome:
        """Read-only by default: a reply cannot be sent (platform sources override this)."""
        return ActionOutcome(ActionResult.FAILED, f"{self.platform} source is read-only: it cannot send a reply")

    # -- for subclasses ----------------------------------------------------------------------

    async def _run_once(self) -> None:
        raise NotImplementedError

    async def _put(self, event: SourceEvent) -> None:
        assert self._queue is not None
        await self._queue.put(event)

    async def _emit(self, event: SourceEvent) -> None:
        """Deliver one event; chat messages already delivered (same platform id) are dropped."""
        if isinstance(event, ChatMessage):
            if event.id in self._seen:
                self.duplicates += 1
                log.debug("%s: duplicate message %s dropped", self.key, event.id)
                return
            self._seen.add(event.id, None)
        await self._put(event)

    def seen(self, message_id: str) -> bool:
        """True when a message with this platform id was already delivered."""
        return message_id in self._seen

    async def _connected(self, detail: str = "", *, resumed: bool = False, gauge: str = "") -> None:
        """Report a usable connection; reset the backoff; report a gap after a lossy reconnect."""
        self.backoff.reset()
        if self._was_connected and self.gap_on_reconnect and not resumed:
            since = self._disconnected_at or time.time()
            await self._put(
                PlatformEvent(
                    self.key,
                    PlatformEventKind.GAP,
                    detail=f"reconnected after {time.time() - since:.1f}s: messages sent meanwhile may be missing",
                )
            )
        self._was_connected = True
        self._disconnected_at = None
        await self._put(ConnectionEvent(self.key, ConnectionState.CONNECTED, detail, gauge=gauge))

    async def _show_gauge(self, gauge: str, detail: str = "") -> None:
        """Report a new status-line reading (a quota budget) of a connection that is still up."""
        await self._put(ConnectionEvent(self.key, ConnectionState.CONNECTED, detail, gauge=gauge))

    def _skip(self, reason: str) -> None:
        """Log a frame or line that cannot be used; the source keeps going."""
        self.skipped += 1
        log.warning("%s: skipped input: %s", self.key, redact(reason, self._secrets))

    # -- the loop ----------------------------------------------------------------------------

    async def _supervise(self) -> None:
        try:
            await self._loop()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug in a connector still ends the stream visibly
            log.exception("%s: connector crashed", self.key)
            await self._put(ConnectionEvent(self.key, ConnectionState.FAILED, describe(exc, self._secrets)))
        assert self._queue is not None
        await self._queue.put(_STOP)

    async def _loop(self) -> None:
        await self._put(ConnectionEvent(self.key, ConnectionState.CONNECTING))
        while True:
            try:
                await self._run_once()
            except SourceEnded as exc:
                await self._put(ConnectionEvent(self.key, ConnectionState.ENDED, describe(exc, self._secrets)))
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                text = describe(exc, self._secrets)
                if not classify(exc):
                    if expected_failure(exc):
                        log.error("%s: %s", self.key, text)
                    else:
                        log.error("%s: stopped by %s", self.key, text, exc_info=exc)
                    await self._put(ConnectionEvent(self.key, ConnectionState.FAILED, text))
                    return
                if self._disconnected_at is None:
                    self._disconnected_at = time.time()
                delay = exc.delay if isinstance(exc, RetryableSourceError) and exc.delay is not None else None
                if delay is None:
                    delay = self.backoff.next_delay()
                asked = server_wait(exc)
                if asked is not None and asked > delay:
                    delay = asked
                    text += " (the server asked to wait: Retry-After)"
                detail = f"{text}; retrying in {delay:.1f}s"
                log.warning("%s: %s", self.key, detail)
                await self._put(ConnectionEvent(self.key, ConnectionState.RECONNECTING, detail))
                await self._sleep(delay)
            else:
                await self._put(ConnectionEvent(self.key, ConnectionState.ENDED, "source finished"))
                return
