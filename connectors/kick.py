"""Kick through its official public API: chat read from webhooks, moderation through the API.

Kick delivers events by webhook: an HTTPS POST to the URL set in the app's
settings on kick.com. ``kick:CHANNEL`` runs a small receiver (aiohttp, on
``127.0.0.1:8787`` by default) that the user exposes (a tunnel or a reverse
proxy) and names as the webhook URL. Every delivery is checked before it is
believed:

- the signature: Kick signs ``<Kick-Event-Message-Id>.<Kick-Event-Message-Timestamp>.<raw body>``
  with RSA (PKCS#1 v1.5, SHA-256) and sends it base64 in ``Kick-Event-Signature``;
  it is verified with Kick's public key (fetched from ``/public-key`` or configured);
- the time: a timestamp more than ``max_skew`` seconds (300) from now is refused,
  so a recorded delivery cannot be replayed later;
- the channel: every app gets the same signatures, so a delivery for another
  broadcaster is dropped;
- the size: bodies over 64 KiB are refused before they are read whole.

Deliveries are at least once: a message id seen before is acknowledged and
dropped. ``chat.message.sent`` becomes a chat message, ``moderation.banned`` a
ban or timeout seen on the platform; other event types are acknowledged and
ignored. Kick's read-only Pusher feed is not used.

With a user token the source deletes messages (``moderation:chat_message:manage``),
bans, times out and unbans (``moderation:ban``; timeouts in whole minutes, up to
a week) and replies (``chat:write``); with ``events:subscribe`` it subscribes the
app to the two events it reads when it starts.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import math
import time
from collections.abc import Mapping
from typing import Any

from aiohttp import web
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from castguard.connectors.api import ApiClient, ApiReply, Judgement, Verdict
from castguard.connectors.jsonfeed import parse_timestamp
from castguard.connectors.runtime import (
    MAX_MESSAGE_BYTES,
    Backoff,
    FatalSourceError,
    LiveSource,
    RetryableSourceError,
    Sleep,
    redact,
)
from castguard.connectors.settings import platform_settings, secrets_of
from castguard.core.lockdown import Control, PlatformLock
from castguard.core.model import (
    ActionKind,
    ActionOutcome,
    ActionRequest,
    ActionResult,
    Author,
    ChatMessage,
    PlatformEvent,
    PlatformEventKind,
    SourceEvent,
)
from castguard.core.recent import RecentKeys
from castguard.core.text import clean_text

log = logging.getLogger(__name__)

#: Scope each moderator action needs (Kick's public API scopes).
SCOPES: dict[ActionKind, str] = {
    ActionKind.DELETE: "moderation:chat_message:manage",
    ActionKind.TIMEOUT: "moderation:ban",
    ActionKind.BAN: "moderation:ban",
    ActionKind.UNBAN: "moderation:ban",
    ActionKind.REPLY: "chat:write",
}
#: Scope the app needs to subscribe to the events the source reads.
READ_SCOPE = "events:subscribe"
#: The events read, with their versions.
EVENTS = (("chat.message.sent", 1), ("moderation.banned", 1))
#: Longest timeout Kick accepts (minutes: one week).
MAX_TIMEOUT_MINUTES = 10_080
#: Longest ban reason Kick accepts (characters).
MAX_REASON_CHARS = 100
#: Longest chat message Kick accepts (characters).
MAX_CHAT_CHARS = 500
DEFAULT_TIMEOUT = 600
#: Largest webhook body accepted (bytes).
MAX_BODY_BYTES = MAX_MESSAGE_BYTES
#: Delivery ids remembered to drop repeats.
SEEN_DELIVERIES = 20_000
#: Default tolerance between a delivery's timestamp and our clock (seconds).
MAX_SKEW = 300.0
#: What the source says when lockdown is switched (Kick's public API has no chat modes).
KICK_SAYS = "Kick's public API has no chat modes: lockdown holds messages on the desk only"

_HEADERS = ("Kick-Event-Message-Id", "Kick-Event-Message-Timestamp", "Kick-Event-Signature", "Kick-Event-Type")


class DeliveryRefused(Exception):
    """A webhook delivery that is not believed; ``status`` is the HTTP answer."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


def load_public_key(pem: str) -> rsa.RSAPublicKey:
    """Kick's RSA public key from PEM text; ValueError when it is not one."""
    try:
        key = serialization.load_pem_public_key(pem.strip().encode())
    except (ValueError, TypeError) as exc:
        raise ValueError(f"not a PEM public key ({exc})") from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("the public key is not an RSA key")
    return key


def verify_signature(key: rsa.RSAPublicKey, message_id: str, timestamp: str, body: bytes, signature: str) -> bool:
    """True when ``signature`` (base64) is Kick's RSA-SHA256 signature of ``id.timestamp.body``."""
    try:
        raw = base64.b64decode(signature.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    signed = f"{message_id}.{timestamp}.".encode() + body
    try:
        key.verify(raw, signed, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def check_delivery(
    key: rsa.RSAPublicKey, headers: Mapping[str, str], body: bytes, now: float, max_skew: float = MAX_SKEW
) -> tuple[str, str]:
    """``(message id, event type)`` of a delivery whose signature and time hold; raises DeliveryRefused."""
    missing = [name for name in _HEADERS if not headers.get(name)]
    if missing:
        raise DeliveryRefused(400, f"missing header {missing[0]}")
    message_id, stamp = headers["Kick-Event-Message-Id"], headers["Kick-Event-Message-Timestamp"]
    if len(message_id) > 100 or len(stamp) > 60:
        raise DeliveryRefused(400, "oversized header")
    if not verify_signature(key, message_id, stamp, body, headers["Kick-Event-Signature"]):
        raise DeliveryRefused(401, "bad signature")
    sent = parse_timestamp(stamp)
    if sent is None or abs(now - sent) > max_skew:
        raise DeliveryRefused(401, f"timestamp {clean_text(stamp, 40)!r} is not within {max_skew:.0f}s of now")
    return message_id, clean_text(headers["Kick-Event-Type"], 60)


def _user(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _user_id(user: Mapping[str, Any]) -> str | None:
    value = user.get("user_id")
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).isdigit():
        return None
    return str(value)


def _roles(sender: Mapping[str, Any]) -> frozenset[str]:
    identity = _user(sender.get("identity"))
    badges = identity.get("badges")
    roles: set[str] = set()
    for badge in badges if isinstance(badges, list) else []:
        kind = _user(badge).get("type")
        if kind == "broadcaster":
            roles.update(("owner", "broadcaster"))
        elif kind == "moderator":
            roles.add("moderator")
        elif kind == "vip":
            roles.add("vip")
        elif kind in ("subscriber", "founder", "og"):
            roles.add("member")
        elif kind == "verified":
            roles.add("verified")
    if sender.get("is_verified") is True:
        roles.add("verified")
    return frozenset(roles)


def channel_of(body: Mapping[str, Any]) -> tuple[str | None, str]:
    """``(broadcaster user id, channel slug)`` a delivery is about."""
    broadcaster = _user(body.get("broadcaster"))
    slug = broadcaster.get("channel_slug")
    return _user_id(broadcaster), slug.lower() if isinstance(slug, str) else ""


def kick_event(event_type: str, body: Any, *, source: str, channel: str, received_at: float) -> SourceEvent | None:
    """Map one delivery's body; ``None`` for event types the desk does not read. ValueError when unusable."""
    if not isinstance(body, Mapping):
        raise ValueError(f"delivery body is {type(body).__name__}, not an object")
    if event_type == "chat.message.sent":
        message_id = body.get("message_id")
        sender = _user(body.get("sender"))
        author_id = _user_id(sender)
        if not isinstance(message_id, str) or not message_id or author_id is None:
            raise ValueError("chat message without message_id or sender")
        name = sender.get("username")
        content = body.get("content")
        extra: dict[str, Any] = {}
        replies_to = _user(body.get("replies_to"))
        if isinstance(replies_to.get("message_id"), str):
            extra["reply_to"] = replies_to["message_id"]
        return ChatMessage(
            source=source,
            platform="kick",
            channel=channel,
            id=message_id,
            author=Author(author_id, name if isinstance(name, str) and name else author_id, _roles(sender)),
            text=content if isinstance(content, str) else "",
            sent_at=parse_timestamp(body.get("created_at")) or received_at,
            received_at=received_at,
            extra=extra,
        )
    if event_type == "moderation.banned":
        banned = _user(body.get("banned_user"))
        author_id = _user_id(banned)
        if author_id is None:
            raise ValueError("ban without banned_user")
        moderator = _user(body.get("moderator")).get("username")
        meta = _user(body.get("metadata"))
        created = parse_timestamp(meta.get("created_at")) or received_at
        expires = parse_timestamp(meta.get("expires_at"))
        reason = meta.get("reason")
        by = f" by {moderator}" if isinstance(moderator, str) and moderator else ""
        because = f": {reason}" if isinstance(reason, str) and reason else ""
        name = banned.get("username") or author_id
        if expires is not None and expires > created:
            return PlatformEvent(
                source, PlatformEventKind.TIMED_OUT, author_id=author_id, duration=round(expires - created),
                detail=f"{name} timed out on Kick{by}{because}", at=created,
            )  # fmt: skip
        return PlatformEvent(
            source, PlatformEventKind.BANNED, author_id=author_id, detail=f"{name} banned on Kick{by}{because}",
            at=created,
        )  # fmt: skip
    return None


def judge_kick(reply: ApiReply) -> Judgement:
    """Success; retry on rate limits and server errors; refuse with Kick's message otherwise."""
    if 200 <= reply.status < 300:
        return Judgement(Verdict.OK)
    message = reply.body.get("message") if isinstance(reply.body, Mapping) else None
    text = str(message) if message else reply.text[:200]
    if reply.status == 429 or reply.status >= 500:
        return Judgement(Verdict.RETRY, text)
    if reply.status in (401, 403):
        return Judgement(Verdict.FAIL, f"{text} (check the token and its scopes)")
    return Judgement(Verdict.FAIL, text)


def parse_listen(value: str) -> tuple[str, int]:
    """``host:port`` of the receiver; ValueError when it is not one."""
    host, sep, port = value.strip().rpartition(":")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise ValueError(f"[kick] listen {value[:40]!r}: expected HOST:PORT (e.g. 127.0.0.1:8787)")
    return host.strip("[]"), int(port)


class KickSource(LiveSource):
    """``kick:CHANNEL``: receives the channel's webhooks; acts through Kick's API with a user token."""

    platform = "kick"
    gap_on_reconnect = True  # a receiver that was down missed what Kick sent meanwhile

    def __init__(
        self,
        channel: str,
        settings: Mapping[str, Any] | None = None,
        *,
        backoff: Backoff | None = None,
        sleep: Sleep | None = None,
        action_backoff: Backoff | None = None,
        clock: Any = time.time,
    ) -> None:
        channel = channel.strip().lower()
        if not channel or len(channel) > 60 or not all(c.isalnum() or c in "-_" for c in channel):
            raise ValueError(f"{channel[:60]!r} is not a Kick channel (its slug, as in kick.com/SLUG)")
        self.channel = channel
        self.config = platform_settings(settings, "kick")
        self.token = self.config.get("token") or None
        secrets = secrets_of(self.config)
        super().__init__(f"kick:{channel}", backoff=backoff, sleep=sleep, secrets=secrets)
        self.capabilities = frozenset(SCOPES) if self.token else frozenset()
        self.host, self.port = parse_listen(self.config.get("listen", "127.0.0.1:8787"))
        self.path = "/" + self.config.get("webhook_path", "/kick/webhook").lstrip("/")
        self.max_skew = float(self.config.get("max_skew") or MAX_SKEW)
        self.broadcaster_id: str | None = self.config.get("broadcaster_id") or None
        """Kick's user id of the channel's broadcaster: configured, or learned from the first delivery."""
        self.api = ApiClient("kick", judge=judge_kick, secrets=secrets, backoff=action_backoff, sleep=sleep)
        self.clock = clock
        self._key: rsa.RSAPublicKey | None = None
        if self.config.get("public_key"):
            self._key = load_public_key(self.config["public_key"])
        self._deliveries: RecentKeys[str, None] = RecentKeys(SEEN_DELIVERIES)
        self.webhook_url: str | None = None
        """Where the receiver listens, once it does (``http://127.0.0.1:8787/kick/webhook``)."""
        self.refused = 0
        """Deliveries refused (bad signature, stale, malformed, oversized)."""
        self.other_channels = 0
        """Signed deliveries about another broadcaster, dropped."""

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    async def _public_key(self) -> rsa.RSAPublicKey:
        if self._key is None:
            reply = await self.api.request("GET", self.config["api_url"] + "/public-key")
            data = reply.body.get("data") if isinstance(reply.body, Mapping) else None
            pem = data.get("public_key") if isinstance(data, Mapping) else None
            if reply.status != 200 or not isinstance(pem, str):
                raise RetryableSourceError(f"Kick's public key could not be fetched (HTTP {reply.status})")
            try:
                self._key = load_public_key(pem)
            except ValueError as exc:
                raise RetryableSourceError(f"Kick's public key is unusable: {exc}") from None
        return self._key

    async def _run_once(self) -> None:
        key = await self._public_key()
        app = web.Application(client_max_size=MAX_BODY_BYTES)
        self._key = key
        app.router.add_post(self.path, self._receive)
        runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port)
            try:
                await site.start()
            except OSError as exc:
                raise FatalSourceError(f"cannot listen for Kick webhooks on {self.host}:{self.port}: {exc}") from None
            host, port = runner.addresses[0][:2]
            self.webhook_url = f"http://{host}:{port}{self.path}"
            subscribed = await self._subscribe()
            await self._connected(
                f"listening for Kick webhooks on {self.webhook_url} (expose it as the app's webhook URL){subscribed}"
            )
            await asyncio.Event().wait()  # deliveries arrive through _receive until the source is closed
        finally:
            await runner.cleanup()

    async def _subscribe(self) -> str:
        """Subscribe the app to the events read (with a token); the outcome in words for the connection detail."""
        if not self.token or self.config.get("subscribe", "on").lower() in ("off", "no", "false", "0"):
            return ""
        payload: dict[str, Any] = {"events": [{"name": n, "version": v} for n, v in EVENTS], "method": "webhook"}
        if self.broadcaster_id and self.broadcaster_id.isdigit():
            payload["broadcaster_user_id"] = int(self.broadcaster_id)
        try:
            reply = await self.api.request(
                "POST", self.config["api_url"] + "/events/subscriptions", json=payload, headers=self._headers()
            )
        except (OSError, TimeoutError) as exc:
            return f"; subscribing failed ({type(exc).__name__})"
        if 200 <= reply.status < 300:
            return "; subscribed to " + ", ".join(n for n, _ in EVENTS)
        judged = judge_kick(reply)
        log.warning("%s: subscribing to events failed: %s", self.key, redact(judged.message, self._secrets))
        return f"; subscribing failed (HTTP {reply.status}): subscribe the app to chat.message.sent on kick.com"

    async def _receive(self, request: web.Request) -> web.Response:
        """One delivery: 200 once it is believed (or known already), 4xx when it is not."""
        key = self._key
        assert key is not None  # set before the receiver starts
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            self.refused += 1
            self._skip(f"Kick delivery over {MAX_BODY_BYTES} bytes refused")
            return web.Response(status=413, text="too large")
        try:
            message_id, event_type = check_delivery(key, request.headers, body, self.clock(), self.max_skew)
        except DeliveryRefused as exc:
            self.refused += 1
            self._skip(f"Kick delivery refused: {exc}")
            return web.Response(status=exc.status, text=str(exc))
        if message_id in self._deliveries:
            self.duplicates += 1
            return web.Response(status=200, text="duplicate")
        try:
            payload = json.loads(body)
        except ValueError:
            self.refused += 1
            self._skip("Kick delivery is not JSON")
            return web.Response(status=400, text="not JSON")
        broadcaster_id, slug = channel_of(payload) if isinstance(payload, Mapping) else (None, "")
        if slug and slug != self.channel:
            self.other_channels += 1
            log.info("%s: delivery about channel %s dropped", self.key, clean_text(slug, 60))
            self._deliveries.add(message_id, None)
            return web.Response(status=200, text="other channel")
        if broadcaster_id and not self.broadcaster_id:
            self.broadcaster_id = broadcaster_id
        try:
            event = kick_event(event_type, payload, source=self.key, channel=self.channel, received_at=time.time())
        except ValueError as exc:
            self.refused += 1
            self._skip(f"Kick {event_type}: {exc}")
            return web.Response(status=400, text="unusable event")
        self._deliveries.add(message_id, None)
        if event is not None:
            await self._emit(event)
        return web.Response(status=200, text="ok")

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        """Delete a message, time out or ban its author, or lift a ban."""
        if not self.token:
            return await super().perform(request)
        api = self.config["api_url"]
        kind = request.kind
        if kind is ActionKind.DELETE:
            if request.message is None:
                return ActionOutcome(ActionResult.FAILED, "kick: no message to delete")
            message_id = request.message.id
            if not all(c.isalnum() or c in "-_" for c in message_id):
                return ActionOutcome(ActionResult.FAILED, "kick: the message id is not one Kick gave")
            return await self.api.act(
                "DELETE", f"{api}/chat/{message_id}", headers=self._headers(), success="message deleted"
            )
        author = request.author or (request.message.author if request.message else None)
        if author is None or not author.id.isdigit():
            return ActionOutcome(ActionResult.FAILED, f"kick: no Kick user to {kind.value}")
        if not self.broadcaster_id or not self.broadcaster_id.isdigit():
            return ActionOutcome(
                ActionResult.FAILED,
                "kick: the broadcaster's user id is not known yet (set [kick] broadcaster_id, or wait for a message)",
            )
        target = {"broadcaster_user_id": int(self.broadcaster_id), "user_id": int(author.id)}
        if kind in (ActionKind.TIMEOUT, ActionKind.BAN):
            body: dict[str, Any] = dict(target)
            if request.reason:
                body["reason"] = request.reason[:MAX_REASON_CHARS]
            what = "banned"
            if kind is ActionKind.TIMEOUT:
                minutes = min(MAX_TIMEOUT_MINUTES, max(1, math.ceil((request.duration or DEFAULT_TIMEOUT) / 60)))
                body["duration"] = minutes
                what = f"timed out for {minutes} min"
            return await self.api.act(
                "POST", f"{api}/moderation/bans", json=body, headers=self._headers(), success=what
            )
        if kind is ActionKind.UNBAN:
            return await self.api.act(
                "DELETE", f"{api}/moderation/bans", json=target, headers=self._headers(), success="ban lifted"
            )
        return ActionOutcome(ActionResult.FAILED, f"Kick cannot {kind.value}")

    async def lock(self, controls: tuple[Control, ...]) -> PlatformLock:
        """Kick's public API has no chat modes: the desk holds the messages, and says so."""
        return PlatformLock(ActionResult.LOCAL, KICK_SAYS)

    async def unlock(self, before: Mapping[str, Any]) -> ActionOutcome:
        """Nothing was changed on Kick: nothing to restore."""
        return ActionOutcome(ActionResult.LOCAL, KICK_SAYS)

    async def reply(self, message: ChatMessage, text: str) -> ActionOutcome:
        """Post ``text`` in the channel's chat as a reply to ``message`` (``POST /chat``)."""
        if not self.token:
            return await super().reply(message, text)
        if not self.broadcaster_id or not self.broadcaster_id.isdigit():
            return ActionOutcome(ActionResult.FAILED, "kick: the broadcaster's user id is not known yet")
        body = {
            "broadcaster_user_id": int(self.broadcaster_id),
            "content": text[:MAX_CHAT_CHARS],
            "type": "user",
            "reply_to_message_id": message.id,
        }
        return await self.api.act(
            "POST", self.config["api_url"] + "/chat", json=body, headers=self._headers(), success="reply posted"
        )

    async def _release(self) -> None:
        await self.api.close()
