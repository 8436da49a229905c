"""A fake Twitch: IRC over WebSocket (tmi) and the Helix moderation API, on 127.0.0.1.

The chat side answers the real handshake (``CAP REQ`` → ``CAP * ACK``,
``PASS``/``NICK`` → ``001``, ``JOIN`` → ``JOIN`` + ``ROOMSTATE``), answers
``PING``, can refuse a token, and lets the test push raw lines, packed frames,
``RECONNECT``, invalid bytes and oversized frames, or drop the connection.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiohttp import web
from websockets.asyncio.server import Server, ServerConnection, serve

from castguard.connectors.irc import parse_line, split_frame
from tests.fakes.http import Recorder

ROOM_ID = "713936733"


def privmsg(
    msg_id: str, text: str, *, nick: str = "viewer", user_id: str = "42", channel: str = "clinic", extra: str = ""
) -> str:
    """A Twitch PRIVMSG line with realistic tags."""
    tags = (
        f"@badge-info=;badges=;color=#0000FF;display-name={nick.title()};emotes=;first-msg=0;flags=;id={msg_id};"
        f"mod=0;room-id={ROOM_ID};subscriber=0;tmi-sent-ts={int(time.time() * 1000)};turbo=0;user-id={user_id};"
        f"user-type={extra}"
    )
    return f"{tags} :{nick}!{nick}@{nick}.tmi.twitch.tv PRIVMSG #{channel} :{text}"


class FakeTwitchChat:
    """The tmi side: a websockets server speaking Twitch IRC."""

    def __init__(self, *, token: str | None = None, respond_to_ping: bool = True) -> None:
        self.token = token
        """When set, only ``PASS oauth:<token>`` (or an anonymous justinfan) may log in."""
        self.respond_to_ping = respond_to_ping
        self.received: list[str] = []
        self.connections: list[ServerConnection] = []
        self.joins = 0
        self._joined = asyncio.Condition()
        self._server: Server | None = None
        self.url = ""

    async def __aenter__(self) -> FakeTwitchChat:
        self._server = await serve(self._handler, "127.0.0.1", 0, max_size=None, compression=None)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"ws://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _handler(self, ws: ServerConnection) -> None:
        nick = password = None
        async for frame in ws:
            text = frame if isinstance(frame, str) else frame.decode()
            for line in split_frame(text):
                self.received.append(line)
                msg = parse_line(line)
                if msg.verb == "CAP" and msg.params[:1] == ("REQ",):
                    await ws.send(f":tmi.twitch.tv CAP * ACK :{msg.params[-1]}")
                elif msg.verb == "PASS":
                    password = msg.params[0]
                elif msg.verb == "NICK":
                    nick = msg.params[0]
                    anonymous = nick.startswith("justinfan")
                    if self.token is not None and not anonymous and password != f"oauth:{self.token}":
                        await ws.send(":tmi.twitch.tv NOTICE * :Login authentication failed")
                        await ws.close()
                        return
                    # Twitch packs the welcome burst into one frame with CRLF between lines.
                    await ws.send(
                        "\r\n".join(f":tmi.twitch.tv {n} {nick} :Welcome, GLHF!" for n in ("001", "002", "003", "004"))
                        + "\r\n"
                    )
                elif msg.verb == "JOIN":
                    channel = msg.params[0]
                    await ws.send(
                        f":{nick}!{nick}@{nick}.tmi.twitch.tv JOIN {channel}\r\n"
                        f"@emote-only=0;room-id={ROOM_ID};slow=0 :tmi.twitch.tv ROOMSTATE {channel}\r\n"
                    )
                    self.connections.append(ws)
                    async with self._joined:
                        self.joins += 1
                        self._joined.notify_all()
                elif msg.verb == "PING" and self.respond_to_ping:
                    await ws.send(f":tmi.twitch.tv PONG tmi.twitch.tv :{msg.params[-1]}")

    async def wait_joined(self, count: int = 1, timeout: float = 5.0) -> None:
        """Wait until ``count`` JOINs were answered in total."""
        async with self._joined:
            await asyncio.wait_for(self._joined.wait_for(lambda: self.joins >= count), timeout)

    async def send(self, *lines: str, packed: bool = False) -> None:
        """Send lines to the latest client, one frame each or all in one CRLF-packed frame."""
        ws = self.connections[-1]
        if packed:
            await ws.send("\r\n".join(lines) + "\r\n")
        else:
            for line in lines:
                await ws.send(line)

    async def send_raw(self, data: str | bytes) -> None:
        """Send one frame exactly as given (binary frames for bytes)."""
        await self.connections[-1].send(data)

    async def drop(self) -> None:
        """Cut the latest connection without a closing handshake."""
        ws = self.connections[-1]
        ws.transport.abort()


class FakeHelix:
    """Helix moderation endpoints and the OAuth validate endpoint, recording every call."""

    def __init__(
        self,
        *,
        token: str = "tok-secret-123",
        user_id: str = "9001",
        login: str = "moddy",
        client_id: str = "client-abc",
        scopes: tuple[str, ...] | None = None,
    ) -> None:
        self.token = token
        self.user_id = user_id
        self.login = login
        self.client_id = client_id
        self.scopes = list(
            scopes
            if scopes is not None
            else (
                "chat:read",
                "moderator:manage:chat_messages",
                "moderator:manage:banned_users",
                "moderator:manage:warnings",
                "moderator:manage:automod",
                "user:write:chat",
            )
        )
        self.recorder = Recorder()
        self.shield_active = False
        """Shield Mode, as ``PUT /moderation/shield_mode`` left it."""
        self.chat_settings: dict[str, Any] = {
            "emote_mode": False, "follower_mode": False, "follower_mode_duration": None,
            "non_moderator_chat_delay": False, "non_moderator_chat_delay_duration": None, "slow_mode": False,
            "slow_mode_wait_time": None, "subscriber_mode": False, "unique_chat_mode": False,
        }  # fmt: skip
        """The channel's chat settings, as ``PATCH /chat/settings`` left them."""
        self.sent = 0
        """Chat messages sent (Send Chat Message)."""
        self.held: set[str] = set()
        """Message ids AutoMod holds (``POST /moderation/automod/message`` decides them once)."""
        self.automod: dict[str, str] = {}
        """Message id → ``ALLOW`` or ``DENY``, as moderators decided them."""
        self.app = web.Application()
        self.app.router.add_get("/oauth2/validate", self._validate)
        self.app.router.add_route("*", "/helix/{tail:.*}", self._helix)

    async def _validate(self, request: web.Request) -> web.Response:
        await self.recorder.record(request)
        if request.headers.get("Authorization") != f"OAuth {self.token}":
            return web.json_response({"status": 401, "message": "invalid access token"}, status=401)
        return web.json_response(
            {
                "client_id": self.client_id,
                "login": self.login,
                "scopes": self.scopes,
                "user_id": self.user_id,
                "expires_in": 5_000_000,
            }
        )

    async def _helix(self, request: web.Request) -> web.Response:
        call = await self.recorder.record(request)
        canned = self.recorder.scripted(request.method, request.path)
        if canned is not None:
            return canned
        if (
            call.headers.get("Authorization") != f"Bearer {self.token}"
            or call.headers.get("Client-Id") != self.client_id
        ):
            return web.json_response(
                {"error": "Unauthorized", "status": 401, "message": "Invalid OAuth token"}, status=401
            )
        headers = {
            "Ratelimit-Limit": "800",
            "Ratelimit-Remaining": "799",
            "Ratelimit-Reset": str(int(time.time()) + 60),
        }
        path, method = request.path, request.method
        if path == "/helix/users" and method == "GET":
            return web.json_response({"data": [{"id": ROOM_ID, "login": call.query.get("login")}]}, headers=headers)
        if path == "/helix/moderation/bans" and method == "POST":
            data: dict[str, Any] = (call.json or {}).get("data", {})
            end = None if "duration" not in data else "2026-01-01T00:10:00Z"
            return web.json_response(
                {
                    "data": [
                        {
                            "broadcaster_id": call.query["broadcaster_id"],
                            "moderator_id": call.query["moderator_id"],
                            "user_id": data.get("user_id"),
                            "end_time": end,
                        }
                    ]
                },
                headers=headers,
            )
        if path == "/helix/chat/messages" and method == "POST":
            self.sent += 1
            sent = {"message_id": f"sent-{self.sent}", "is_sent": True, "drop_reason": None}
            return web.json_response({"data": [sent]}, headers=headers)
        if path == "/helix/moderation/warnings" and method == "POST":
            return web.json_response({"data": [call.json["data"]]}, headers=headers)
        if path == "/helix/moderation/automod/message" and method == "POST":
            return self._automod(call, headers)
        if path == "/helix/moderation/shield_mode":
            return self._shield(call, method, headers)
        if path == "/helix/chat/settings":
            return self._settings(call, method, headers)
        if path in ("/helix/moderation/chat", "/helix/moderation/bans") and method == "DELETE":
            return web.Response(status=204, headers=headers)
        return web.json_response({"error": "Not Found", "status": 404, "message": "no such endpoint"}, status=404)

    def _automod(self, call: Any, headers: dict[str, str]) -> web.Response:
        """Twitch's answers: 204 once; 400 for a bad action or another user; 404 for a message not held."""
        body = call.json or {}
        if body.get("action") not in ("ALLOW", "DENY"):
            return _bad_request("The action field must be ALLOW or DENY", headers)
        if body.get("user_id") != self.user_id:
            return web.json_response(
                {"error": "Forbidden", "status": 403, "message": "user_id must match the token's user"}, status=403
            )
        msg_id = body.get("msg_id")
        if msg_id not in self.held:
            return web.json_response(
                {"error": "Not Found", "status": 404, "message": "The message is not held or was already decided"},
                status=404, headers=headers,
            )  # fmt: skip
        self.held.discard(msg_id)
        self.automod[msg_id] = body["action"]
        return web.Response(status=204, headers=headers)

    def _shield(self, call: Any, method: str, headers: dict[str, str]) -> web.Response:
        if method == "PUT":
            active = (call.json or {}).get("is_active")
            if not isinstance(active, bool):
                return _bad_request("The is_active field is required", headers)
            self.shield_active = active
        elif method != "GET":
            return _bad_request("method not allowed", headers)
        status = {"is_active": self.shield_active, "moderator_id": self.user_id, "moderator_login": self.login,
                  "moderator_name": self.login, "last_activated_at": ""}  # fmt: skip
        return web.json_response({"data": [status]}, headers=headers)

    def _settings(self, call: Any, method: str, headers: dict[str, str]) -> web.Response:
        if method == "PATCH":
            body = call.json or {}
            unknown = set(body) - set(self.chat_settings)
            if unknown:
                return _bad_request(f"unknown field {sorted(unknown)[0]}", headers)
            wait = body.get("slow_mode_wait_time")
            if wait is not None and not 3 <= wait <= 120:
                return _bad_request("slow_mode_wait_time must be between 3 and 120", headers)
            delay = body.get("non_moderator_chat_delay_duration")
            if delay is not None and delay not in (2, 4, 6):
                return _bad_request("non_moderator_chat_delay_duration must be 2, 4 or 6", headers)
            self.chat_settings.update(body)
            for flag, value in (("slow_mode", "slow_mode_wait_time"), ("follower_mode", "follower_mode_duration"),
                                ("non_moderator_chat_delay", "non_moderator_chat_delay_duration")):  # fmt: skip
                if value in body and body[value] is not None and flag not in body:
                    self.chat_settings[flag] = True  # Twitch: setting a duration switches the mode on
                if not self.chat_settings[flag]:
                    self.chat_settings[value] = None
        elif method != "GET":
            return _bad_request("method not allowed", headers)
        data = {"broadcaster_id": call.query.get("broadcaster_id"), **self.chat_settings}
        return web.json_response({"data": [data]}, headers=headers)


def _bad_request(message: str, headers: dict[str, str]) -> web.Response:
    return web.json_response({"error": "Bad Request", "status": 400, "message": message}, status=400, headers=headers)
