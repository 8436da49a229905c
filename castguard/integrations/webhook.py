"""Escalations to a webhook (Slack-compatible JSON), retried, personal data redacted by default.

The webhook is a session service: it subscribes to the engine's updates, queues
each newly opened escalation (bounded queue, oldest dropped first and counted)
and posts it with aiohttp, retrying transient failures (timeouts, 429, 5xx) with
exponential backoff. Nothing here blocks the session: a dead webhook costs a log
line, never a message.

Escalations leave the machine, so the URL must be ``https`` (plain ``http`` only to this
machine), a redirect is refused rather than followed (it would re-post the escalation to
wherever it points), and by default the author is a pseudonym and the text's personal data
is replaced by labels.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from castguard.core.backoff import Backoff
from castguard.core.model import EscalationState, MessageRecord
from castguard.filters.redact import redact
from castguard.session.engine import StateChange
from castguard.session.redaction import pseudonym

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WebhookSettings:
    """Where and how escalations are posted."""

    url: str
    redact: bool = True
    """Replace personal data (privacy findings) with ``[phone]``, ``[email]``... before sending."""
    retries: int = 4
    timeout: float = 5.0
    queue_size: int = 500

    def __post_init__(self) -> None:
        check_url(self.url)

    @classmethod
    def from_config(cls, section: dict[str, Any]) -> WebhookSettings | None:
        """Read ``[webhook]`` from the config file; ``CASTGUARD_WEBHOOK_URL`` wins. ``None`` when not configured."""
        url = os.environ.get("CASTGUARD_WEBHOOK_URL") or section.get("url")
        if not url:
            return None
        return cls(url=str(url), redact=bool(section.get("redact", True)), retries=int(section.get("retries", 4)))


def check_url(url: str) -> None:
    """Refuse a webhook URL escalations could leak from: not https, unless it stays on this machine.

    The error never quotes the URL: a webhook URL is usually a secret (Slack's carry their token).
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise ValueError("the webhook url cannot be read as a URL") from None
    if parts.scheme == "https" and host:
        return
    if parts.scheme == "http" and _loopback(host):
        return
    raise ValueError(
        "the webhook url must start with https:// (plain http:// is allowed only to this machine: "
        "localhost, 127.0.0.1, [::1])"
    )


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def escalation_payload(
    record: MessageRecord, *, redacted: bool, note: str = "", key: bytes = b"castguard"
) -> dict[str, Any]:
    """Slack-compatible body for one escalation (``text`` plus structured fields).

    Redacted: personal data in the text becomes labels, and the author's name and id one pseudonym
    (keyed with ``key``, so the same author reads the same in every escalation of the run).
    """
    m, v = record.message, record.verdict
    text = redact(m.text, v.findings, only={"privacy"}) if redacted else m.text
    if redacted:
        name = author_id = pseudonym(m.source, m.author.id, key)
    else:
        name, author_id = m.author.name, m.author.id
    categories = ", ".join(v.categories) or "moderator escalation"
    summary = f"castguard escalation on {m.platform}: {categories} — {name}: {text}"
    if note:
        summary += f" (note: {note})"
    return {
        "text": summary,
        "castguard": {
            "seq": record.seq,
            "source": m.source,
            "platform": m.platform,
            "message_id": m.id,
            "author": name,
            "author_id": author_id,
            "text": text,
            "categories": v.categories,
            "severity": v.severity.label if v.severity is not None else None,
            "decision": v.decision.value,
            "redacted": redacted,
        },
    }


class EscalationWebhook:
    """Posts every escalation opened in a session."""

    def __init__(
        self,
        settings: WebhookSettings,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.settings = settings
        self.queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(settings.queue_size)
        self.sent = 0
        self.failed = 0
        self.dropped = 0
        self._sleep = sleep
        self._announced: set[int] = set()
        # Pseudonyms are keyed with a secret of this run: nobody reading the channel can hash names to match.
        self._key = secrets.token_bytes(16)

    def on_update(self, update: object) -> None:
        """Session subscriber: queue escalations as they open (from the policy or a moderator)."""
        record = update.record if isinstance(update, StateChange) else update
        if not isinstance(record, MessageRecord) or record.escalation is not EscalationState.OPEN:
            return
        if record.seq in self._announced:
            return
        self._announced.add(record.seq)
        payload = escalation_payload(record, redacted=self.settings.redact, key=self._key)
        if self.queue.full():
            self.queue.get_nowait()
            self.dropped += 1
            log.warning("webhook queue full: oldest escalation dropped")
        self.queue.put_nowait(payload)

    async def run(self) -> None:
        """Send queued escalations until cancelled."""
        timeout = aiohttp.ClientTimeout(total=self.settings.timeout)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            while True:
                payload = await self.queue.get()
                await self._send(http, payload)
                self.queue.task_done()

    async def _send(self, http: aiohttp.ClientSession, payload: dict[str, Any]) -> None:
        retry = Backoff(initial=1.0, factor=2.0, cap=60.0, jitter=0.5)
        for attempt in range(1, self.settings.retries + 2):
            try:
                # Never follow a redirect: it would post the escalation again, wherever it points.
                async with http.post(self.settings.url, json=payload, allow_redirects=False) as response:
                    if response.status < 300:
                        self.sent += 1
                        return
                    retryable = response.status == 429 or response.status >= 500
                    detail = f"HTTP {response.status}"
                    if 300 <= response.status < 400:
                        detail += " redirect, not followed (set the webhook url to where it should post)"
                    retry_after = response.headers.get("Retry-After", "")
            except (aiohttp.ClientError, TimeoutError) as exc:
                retryable, detail, retry_after = True, f"{type(exc).__name__}: {exc}", ""
            if not retryable or attempt > self.settings.retries:
                self.failed += 1
                log.error("webhook gave up on escalation #%s: %s", payload["castguard"]["seq"], detail)
                return
            wait = float(retry_after) if retry_after.isdigit() else retry.next_delay()
            log.warning("webhook attempt %d failed (%s); retrying in %.1fs", attempt, detail, wait)
            await self._sleep(min(wait, 60.0))

    async def drain(self, timeout: float = 5.0) -> None:
        """Wait (bounded) for queued escalations to be sent, e.g. when a recording ends."""
        try:
            await asyncio.wait_for(self.queue.join(), timeout)
        except TimeoutError:
            log.warning("webhook: %d escalation(s) not sent before shutdown", self.queue.qsize())
