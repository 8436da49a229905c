"""A fake Kick: the public API on 127.0.0.1 (public key, token introspection, moderation, chat, subscriptions)
and a signer that delivers webhooks the way Kick does (RSA-SHA256 over ``id.timestamp.body``)."""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
from typing import Any

import aiohttp
from aiohttp import web
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from tests.fakes.http import Recorder

BROADCASTER = {"is_anonymous": False, "user_id": 123456789, "username": "Clinic", "is_verified": True,
               "profile_picture": "", "channel_slug": "clinic", "identity": None}  # fmt: skip
ALL_SCOPES = ("user:read", "chat:write", "events:subscribe", "moderation:ban", "moderation:chat_message:manage")


def key_pair() -> tuple[rsa.RSAPrivateKey, str]:
    """A fresh RSA key (2048 bits, like Kick's) and its public half as PEM."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, pem.decode()


def chat_body(message_id: str, text: str, *, user_id: int = 987654321, name: str = "viewer", **extra: Any) -> dict:
    """A ``chat.message.sent`` body as Kick documents it."""
    body: dict[str, Any] = {
        "message_id": message_id,
        "broadcaster": BROADCASTER,
        "sender": {"is_anonymous": False, "user_id": user_id, "username": name, "is_verified": False,
                   "profile_picture": "", "channel_slug": name.lower(),
                   "identity": {"username_color": "#FF5733", "badges": [{"text": "Subscriber", "type": "subscriber",
                                                                        "count": 3}]}},
        "content": text,
        "emotes": [],
        "created_at": "2026-11-30T12:00:00Z",
    }  # fmt: skip
    body.update(extra)
    return body


def ban_body(user_id: int, *, expires_at: str | None, reason: str = "spam") -> dict:
    """A ``moderation.banned`` body (``expires_at`` None for a permanent ban)."""
    return {
        "broadcaster": BROADCASTER,
        "moderator": {"user_id": 555, "username": "modjane", "channel_slug": "modjane"},
        "banned_user": {"user_id": user_id, "username": "spammer", "channel_slug": "spammer"},
        "metadata": {"reason": reason, "created_at": "2026-11-30T12:00:00Z", "expires_at": expires_at},
    }


class Signer:
    """Delivers webhooks signed with ``private`` (or a signature of one's choosing)."""

    def __init__(self, private: rsa.RSAPrivateKey) -> None:
        self.private = private
        self._ids = itertools.count(1)

    def sign(self, message_id: str, timestamp: str, body: bytes) -> str:
        signed = f"{message_id}.{timestamp}.".encode() + body
        return base64.b64encode(self.private.sign(signed, padding.PKCS1v15(), hashes.SHA256())).decode()

    async def deliver(
        self,
        url: str,
        event_type: str,
        body: Any,
        *,
        message_id: str | None = None,
        timestamp: str | None = None,
        signature: str | None = None,
        raw: bytes | None = None,
        drop: str | None = None,
    ) -> int:
        """POST one delivery; returns the receiver's status."""
        data = raw if raw is not None else json.dumps(body).encode()
        message_id = message_id or f"01KDELIVERY{next(self._ids):015d}"
        timestamp = timestamp or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        headers = {
            "Content-Type": "application/json",
            "Kick-Event-Message-Id": message_id,
            "Kick-Event-Message-Timestamp": timestamp,
            "Kick-Event-Signature": signature if signature is not None else self.sign(message_id, timestamp, data),
            "Kick-Event-Type": event_type,
            "Kick-Event-Version": "1",
        }
        if drop:
            headers.pop(drop)
        async with aiohttp.ClientSession() as session, session.post(url, data=data, headers=headers) as response:
            return response.status


class FakeKickApi:
    """``/public/v1``: the public key, introspection, bans, message deletion, chat, event subscriptions."""

    def __init__(self, public_pem: str, *, token: str = "kick-user-token", scopes: tuple[str, ...] = ALL_SCOPES):
        self.public_pem = public_pem
        self.token = token
        self.scopes = scopes
        self.recorder = Recorder()
        self.app = web.Application()
        base = "/public/v1"
        self.app.router.add_get(base + "/public-key", self._public_key)
        self.app.router.add_post(base + "/token/introspect", self._introspect)
        self.app.router.add_post(base + "/events/subscriptions", self._act)
        self.app.router.add_post(base + "/moderation/bans", self._act)
        self.app.router.add_delete(base + "/moderation/bans", self._act)
        self.app.router.add_delete(base + "/chat/{message_id}", self._act)
        self.app.router.add_post(base + "/chat", self._act)

    def _authorised(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {self.token}"

    async def _public_key(self, request: web.Request) -> web.Response:
        await self.recorder.record(request)
        return web.json_response({"data": {"public_key": self.public_pem}, "message": "OK"})

    async def _introspect(self, request: web.Request) -> web.Response:
        await self.recorder.record(request)
        if not self._authorised(request):
            return web.json_response({"data": {"active": False}, "message": "OK"})
        data = {"active": True, "client_id": "app", "exp": 1_900_000_000, "scope": " ".join(self.scopes),
                "token_type": "user"}  # fmt: skip
        return web.json_response({"data": data, "message": "OK"})

    async def _act(self, request: web.Request) -> web.Response:
        await self.recorder.record(request)
        canned = self.recorder.scripted(request.method, request.path)
        if canned is not None:
            return canned
        if not self._authorised(request):
            return web.json_response({"data": {}, "message": "Unauthorized"}, status=401)
        if request.method == "DELETE":
            return web.Response(status=204)
        return web.json_response({"data": {}, "message": "OK"})
