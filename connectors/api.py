"""HTTP calls to platform APIs: bounded reads, rate-limit gates, retries, redacted answers.

Every platform module supplies a ``judge`` (is this reply a success, worth a
retry, or a refusal?) and an ``observe`` hook that reads its rate-limit
headers. Moderator actions go through :meth:`ApiClient.act`, one at a time
(a queue), so a rate-limit answer to one delays the next instead of being
hammered by it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

import aiohttp

from castguard.connectors.runtime import Backoff, Sleep, redact
from castguard.core.model import ActionOutcome, ActionResult

log = logging.getLogger(__name__)

#: Largest API reply read (bytes); chat pages are far smaller.
MAX_REPLY_BYTES = 4 << 20
#: Longest platform answer kept in an action's recorded response.
MAX_RESPONSE_CHARS = 500


@dataclass(frozen=True, slots=True)
class ApiReply:
    """A platform's HTTP answer."""

    status: int
    headers: Mapping[str, str]
    body: Any
    """Decoded JSON, or ``None`` when the body is empty or not JSON."""
    text: str
    """The body as text (bounded), for error messages."""


class Verdict(Enum):
    """What to do with a reply."""

    OK = "ok"
    RETRY = "retry"
    FAIL = "fail"


@dataclass(frozen=True, slots=True)
class Judgement:
    """A platform module's reading of a reply."""

    verdict: Verdict
    message: str = ""
    wait: float | None = None
    """Seconds to wait before retrying (from rate-limit headers), when known."""


async def read_reply(response: aiohttp.ClientResponse, limit: int = MAX_REPLY_BYTES) -> ApiReply:
    """Read a response body up to ``limit`` bytes and decode JSON when it is JSON."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(65536):
        size += len(chunk)
        if size > limit:
            raise aiohttp.ClientPayloadError(f"reply larger than {limit} bytes")
        chunks.append(chunk)
    raw = b"".join(chunks)
    text = raw.decode("utf-8", "replace")
    body: Any = None
    if raw.strip():
        try:
            body = json.loads(text)
        except ValueError:
            body = None
    return ApiReply(response.status, dict(response.headers), body, text)


def header(reply: ApiReply, name: str) -> str | None:
    """A response header, case-insensitively."""
    lower = name.lower()
    for key, value in reply.headers.items():
        if key.lower() == lower:
            return value
    return None


class ApiClient:
    """One platform's API: a shared HTTP session, a rate-limit gate and the action queue."""

    def __init__(
        self,
        platform: str,
        *,
        judge: Callable[[ApiReply], Judgement],
        observe: Callable[[ApiReply], float | None] | None = None,
        secrets: tuple[str, ...] = (),
        max_attempts: int = 3,
        max_wait: float = 10.0,
        backoff: Backoff | None = None,
        sleep: Sleep | None = None,
        clock: Callable[[], float] = time.time,
        timeout: float = 10.0,
    ) -> None:
        self.platform = platform
        self.judge = judge
        self.observe = observe
        self.secrets = secrets
        self.max_attempts = max_attempts
        self.max_wait = max_wait
        self.backoff = backoff or Backoff(initial=0.5, cap=4.0)
        self._sleep: Sleep = sleep or asyncio.sleep
        self.clock = clock
        self.timeout = timeout
        self.not_before = 0.0
        """Unix time before which no call is sent (from rate-limit headers)."""
        self._session: aiohttp.ClientSession | None = None
        self._queue = asyncio.Lock()

    def session(self) -> aiohttp.ClientSession:
        """The shared HTTP session, created in the running loop on first use."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
        return self._session

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def request(self, method: str, url: str, **kwargs: Any) -> ApiReply:
        """One HTTP call, no retries; the rate-limit hook sees the reply."""
        async with self.session().request(method, url, allow_redirects=False, **kwargs) as response:
            reply = await read_reply(response)
        if self.observe is not None:
            until = self.observe(reply)
            if until is not None:
                self.not_before = max(self.not_before, until)
        return reply

    def clean(self, text: str) -> str:
        """Bound and redact a text that will be shown and recorded."""
        text = redact(text, self.secrets)
        return text if len(text) <= MAX_RESPONSE_CHARS else text[: MAX_RESPONSE_CHARS - 1] + "…"

    async def act(
        self, method: str, url: str, *, success: str | Callable[[ApiReply], str], **kwargs: Any
    ) -> ActionOutcome:
        """Perform a moderator action: wait for the rate-limit gate, retry transient failures, report."""
        async with self._queue:
            self.backoff.reset()
            last = "no attempt made"
            for attempt in range(self.max_attempts):
                wait = self.not_before - self.clock()
                if wait > 0:
                    if wait > self.max_wait:
                        return ActionOutcome(
                            ActionResult.FAILED,
                            f"{self.platform} rate limit reached: next call allowed in {wait:.0f}s",
                        )
                    await self._sleep(wait)
                try:
                    reply = await self.request(method, url, **kwargs)
                except (aiohttp.ClientError, OSError, TimeoutError) as exc:
                    last = self.clean(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
                    log.warning("%s action attempt %d failed: %s", self.platform, attempt + 1, last)
                    if attempt + 1 < self.max_attempts:
                        await self._sleep(self.backoff.next_delay())
                    continue
                judgement = self.judge(reply)
                if judgement.verdict is Verdict.OK:
                    text = success(reply) if callable(success) else success
                    return ActionOutcome(ActionResult.DONE, self.clean(f"{self.platform} {reply.status}: {text}"))
                message = self.clean(f"{self.platform} {reply.status}: {judgement.message or reply.text[:200]}")
                if judgement.verdict is Verdict.FAIL:
                    return ActionOutcome(ActionResult.FAILED, message)
                last = message
                log.warning("%s action attempt %d: %s", self.platform, attempt + 1, message)
                if attempt + 1 < self.max_attempts:
                    delay = judgement.wait if judgement.wait is not None else self.backoff.next_delay()
                    if delay > self.max_wait:
                        return ActionOutcome(ActionResult.FAILED, f"{message} (retry possible in {delay:.0f}s)")
                    await self._sleep(max(delay, 0.0))
            return ActionOutcome(ActionResult.FAILED, f"gave up after {self.max_attempts} attempts: {last}")
