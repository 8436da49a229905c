"""A fake Twitch EventSub: the WebSocket server and Helix's subscription endpoint, on 127.0.0.1.

The WebSocket side sends ``session_welcome`` on connect (a connection to a
``reconnect_url`` is welcomed into the same session), keepalives when asked,
and lets the test push notifications (each with a message id, so the same one
can be delivered twice), ``session_reconnect``, revocations and raw frames,
fall silent, or drop the connection. The Helix side answers ``POST
/helix/eventsub/subscriptions`` for known sessions with Twitch's cost fields,
and the validate, users and moderation endpoints of :class:`FakeHelix`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from typing import Any

from aiohttp import web
from websockets.asyncio.server import Server, ServerConnection, serve

from tests.fakes.twitch import FakeHelix

ALL_SCOPES = (
    "user:read:chat",
    "moderator:manage:chat_messages",
    "moderator:manage:banned_users",
    "moderator:manage:warnings",
    "moderator:manage:automod",
    "moderator:read:blocked_terms",
    "moderator:read:chat_settings",
    "moderator:read:unban_requests",
    "moderator:read:chat_messages",
    "moderator:read:moderators",
    "moderator:read:vips",
    "moderator:read:suspicious_users",
    "moderator:read:shield_mode",
)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + ".123456789Z"


def frame(message_type: str, payload: dict[str, Any], *, message_id: str | None = None, **meta: str) -> str:
    """One EventSub frame as Twitch writes it."""
    metadata = {
        "message_id": message_id or str(uuid.uuid4()),
        "message_type": message_type,
        "message_timestamp": _now(),
    }
    metadata.update(meta)
    return json.dumps({"metadata": metadata, "payload": payload})


class FakeEventSub:
    """The WebSocket server (``url``) plus a Helix app (``helix_app``) that knows its sessions."""

    def __init__(self, *, keepalive: int = 10, helix: FakeHelix | None = None, max_total_cost: int = 10) -> None:
        self.keepalive = keepalive
        self.helix = helix or FakeHelix(scopes=ALL_SCOPES)
        self.max_total_cost = max_total_cost
        self.url = ""
        self.subscriptions: list[dict[str, Any]] = []
        """Every subscription created, in order (with its session id)."""
        self.connections: list[ServerConnection] = []
        self.sessions: dict[ServerConnection, str] = {}
        self.closed_before_welcome: list[bool] = []
        """For each reconnect: was the old connection already closed when the new one was welcomed?"""
        self.send_keepalives = True
        self.keepalives_sent = 0
        self._ids = itertools.count(1)
        self._server: Server | None = None
        self._changed = asyncio.Condition()
        self.helix_app = web.Application()
        self.helix_app.router.add_get("/oauth2/validate", self.helix._validate)
        self.helix_app.router.add_post("/helix/eventsub/subscriptions", self._create)
        self.helix_app.router.add_route("*", "/helix/{tail:.*}", self.helix._helix)

    async def __aenter__(self) -> FakeEventSub:
        self._server = await serve(self._handler, "127.0.0.1", 0, max_size=None, compression=None)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"ws://127.0.0.1:{port}/ws"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    # -- the WebSocket side ---------------------------------------------------------------------------

    async def _handler(self, ws: ServerConnection) -> None:
        path = ws.request.path if ws.request is not None else ""
        resumed = path.split("session=", 1)[1] if "session=" in path else None
        session = resumed or f"session-{next(self._ids)}"
        if resumed:
            old = [c for c, s in self.sessions.items() if s == resumed and c is not ws]
            self.closed_before_welcome.append(all(c.state.name == "CLOSED" for c in old))
        welcome = {
            "session": {
                "id": session,
                "status": "connected",
                "connected_at": _now(),
                "keepalive_timeout_seconds": self.keepalive,
                "reconnect_url": None,
            }
        }
        await ws.send(frame("session_welcome", welcome))
        self.sessions[ws] = session
        async with self._changed:
            self.connections.append(ws)
            self._changed.notify_all()
        keepalives = asyncio.create_task(self._keepalives(ws))
        try:
            async for _ in ws:
                pass  # Twitch closes a client that sends anything (4001); the fake just ignores it
        finally:
            keepalives.cancel()

    async def _keepalives(self, ws: ServerConnection) -> None:
        while True:
            await asyncio.sleep(self.keepalive * 0.5)
            if self.send_keepalives:
                await ws.send(frame("session_keepalive", {}))
                async with self._changed:
                    self.keepalives_sent += 1
                    self._changed.notify_all()

    async def wait_subscribed(self, count: int, timeout: float = 5.0) -> None:
        """Wait until ``count`` subscriptions were created in total."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: len(self.subscriptions) >= count), timeout)

    async def wait_keepalives(self, count: int, timeout: float = 10.0) -> None:
        """Wait until ``count`` keepalive frames were sent in total."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: self.keepalives_sent >= count), timeout)

    async def wait_connections(self, count: int, timeout: float = 5.0) -> None:
        """Wait until ``count`` WebSocket connections were welcomed in total."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: len(self.connections) >= count), timeout)

    async def notify(
        self, sub_type: str, event: dict[str, Any], *, version: str = "1", message_id: str | None = None
    ) -> str:
        """Deliver a notification on the latest connection; returns its message id (to deliver it again)."""
        message_id = message_id or str(uuid.uuid4())
        payload = {
            "subscription": {"id": str(uuid.uuid4()), "type": sub_type, "version": version, "status": "enabled"},
            "event": event,
        }
        await self.send(
            frame(
                "notification",
                payload,
                message_id=message_id,
                subscription_type=sub_type,
                subscription_version=version,
            )
        )
        return message_id

    async def revoke(self, sub_type: str, status: str) -> None:
        """Revoke a subscription with Twitch's status (authorization_revoked, user_removed, ...)."""
        payload = {"subscription": {"id": str(uuid.uuid4()), "type": sub_type, "version": "1", "status": status}}
        await self.send(frame("revocation", payload, subscription_type=sub_type, subscription_version="1"))

    async def ask_reconnect(self) -> None:
        """Send ``session_reconnect`` with a URL that welcomes the client into the same session."""
        ws = self.connections[-1]
        url = f"{self.url}?session={self.sessions[ws]}"
        session = {"id": self.sessions[ws], "status": "reconnecting", "reconnect_url": url}
        await ws.send(frame("session_reconnect", {"session": session}))

    async def send(self, data: str | bytes) -> None:
        """Send one frame exactly as given on the latest connection."""
        await self.connections[-1].send(data)

    async def drop(self) -> None:
        """Cut the latest connection without a closing handshake."""
        self.connections[-1].transport.abort()

    # -- the Helix side ---------------------------------------------------------------------------------

    async def _create(self, request: web.Request) -> web.Response:
        call = await self.helix.recorder.record(request)
        canned = self.helix.recorder.scripted(request.method, request.path)
        if canned is not None:
            return canned
        if call.headers.get("Authorization") != f"Bearer {self.helix.token}":
            return web.json_response(
                {"error": "Unauthorized", "status": 401, "message": "Invalid OAuth token"}, status=401
            )
        body = call.json or {}
        session = (body.get("transport") or {}).get("session_id")
        if session not in self.sessions.values():
            return web.json_response(
                {"error": "Bad Request", "status": 400, "message": "session does not exist"}, status=400
            )
        cost = 1 if body.get("type", "").startswith("channel.shared_chat.") else 0
        used = sum(s["cost"] for s in self.subscriptions if s["session_id"] == session)
        if used + cost > self.max_total_cost:
            return web.json_response(
                {"error": "Too Many Requests", "status": 429, "message": "subscription cost exceeds max_total_cost"},
                status=429,
            )
        sub = {"type": body.get("type"), "version": body.get("version"), "condition": body.get("condition"),
               "session_id": session, "cost": cost}  # fmt: skip
        async with self._changed:
            self.subscriptions.append(sub)
            self._changed.notify_all()
        data = {"id": str(uuid.uuid4()), "status": "enabled", "created_at": _now(), **sub}
        mine = [s for s in self.subscriptions if s["session_id"] == session]
        return web.json_response(
            {"data": [data], "total": len(mine), "total_cost": used + cost, "max_total_cost": self.max_total_cost},
            status=202,
        )
