"""Twitch: chat over IRC-over-WebSocket, moderation through the Helix API.

Without a token the source logs in anonymously (``justinfan<digits>``) and is
read-only. With a user token it logs in as that user and can delete, time out,
ban, unban and warn through Helix; the token's user is the moderator.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Mapping
from typing import Any

import websockets
import websockets.exceptions as ws_exc

from castguard.connectors.api import ApiClient, ApiReply, Judgement, Verdict, header
from castguard.connectors.irc import IrcChat, IrcFatal
from castguard.connectors.runtime import (
    MAX_FRAME_BYTES,
    MAX_MESSAGE_BYTES,
    Backoff,
    FatalSourceError,
    LiveSource,
    RetryableSourceError,
    Sleep,
    describe,
)
from castguard.connectors.settings import platform_settings, secrets_of
from castguard.connectors.wsframes import FrameReader
from castguard.core.lockdown import Control, PlatformLock, control_text
from castguard.core.model import ActionKind, ActionOutcome, ActionRequest, ActionResult, ChatMessage

log = logging.getLogger(__name__)

#: Helix scopes each action needs (checked by ``castguard doctor``).
SCOPES: dict[ActionKind, str] = {
    ActionKind.DELETE: "moderator:manage:chat_messages",
    ActionKind.TIMEOUT: "moderator:manage:banned_users",
    ActionKind.BAN: "moderator:manage:banned_users",
    ActionKind.UNBAN: "moderator:manage:banned_users",
    ActionKind.WARN: "moderator:manage:warnings",
    ActionKind.REPLY: "user:write:chat",
    ActionKind.APPROVE: "moderator:manage:automod",
}
"""(``approve`` is allowing a message AutoMod holds; denying one is the ``delete`` of a held message.)"""
#: Helix scopes lockdown needs (Shield Mode, and the chat settings it changes).
LOCKDOWN_SCOPES = ("moderator:manage:shield_mode", "moderator:manage:chat_settings")
#: Lockdown controls → (the chat setting that switches it, the setting holding its duration).
CHAT_CONTROLS: dict[str, tuple[str, str | None]] = {
    "followers_only": ("follower_mode", "follower_mode_duration"),
    "slow": ("slow_mode", "slow_mode_wait_time"),
    "chat_delay": ("non_moderator_chat_delay", "non_moderator_chat_delay_duration"),
    "subscribers_only": ("subscriber_mode", None),
    "emote_only": ("emote_mode", None),
    "unique_chat": ("unique_chat_mode", None),
}
#: Longest chat message Twitch accepts (characters).
MAX_CHAT_CHARS = 500
#: Scope to read chat as the token's user.
READ_SCOPE = "chat:read"
#: Longest timeout Helix accepts (two weeks).
MAX_TIMEOUT = 1_209_600
DEFAULT_TIMEOUT = 600


def normalise_channel(channel: str) -> str:
    """``#Clinic`` → ``clinic``; raises ValueError for an empty or malformed name."""
    name = channel.strip().lstrip("#").lower()
    if not name or not all(c.isalnum() or c == "_" for c in name) or len(name) > 25:
        raise ValueError(f"{channel!r} is not a Twitch channel name")
    return name


def judge_helix(reply: ApiReply) -> Judgement:
    """Success, retry (429, 5xx) or refusal with Helix's own message."""
    if 200 <= reply.status < 300:
        return Judgement(Verdict.OK)
    message = ""
    if isinstance(reply.body, Mapping):
        message = str(reply.body.get("message") or reply.body.get("error") or "")
    if reply.status == 429:
        reset = header(reply, "Ratelimit-Reset")
        wait = float(reset) - time.time() if reset and reset.isdigit() else None
        return Judgement(Verdict.RETRY, message or "rate limited", max(wait, 0.0) if wait is not None else None)
    if reply.status >= 500:
        return Judgement(Verdict.RETRY, message or "server error")
    if reply.status == 401 and not message:
        message = "token rejected: check the token, its scopes and the Client-Id"
    if reply.status == 403 and not message:
        message = "the token's user is not a moderator of this channel"
    return Judgement(Verdict.FAIL, message or reply.text[:200])


def observe_helix(reply: ApiReply) -> float | None:
    """Honour Helix's token bucket: when nothing remains, wait until ``Ratelimit-Reset``."""
    remaining = header(reply, "Ratelimit-Remaining")
    reset = header(reply, "Ratelimit-Reset")
    if remaining is not None and remaining.strip() == "0" and reset and reset.isdigit():
        return float(reset)
    return None


class TwitchSource(LiveSource):
    """``twitch:CHANNEL``: live chat of one channel, with Helix moderation when a token is configured."""

    platform = "twitch"

    def __init__(
        self,
        channel: str,
        settings: Mapping[str, Any] | None = None,
        *,
        backoff: Backoff | None = None,
        sleep: Sleep | None = None,
        ping_interval: float = 30.0,
        ping_timeout: float = 10.0,
        action_backoff: Backoff | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.channel = normalise_channel(channel)
        self.config = platform_settings(settings, "twitch")
        self.token = self.config.get("token") or None
        secrets = secrets_of(self.config)
        super().__init__(f"twitch:{self.channel}", backoff=backoff, sleep=sleep, secrets=secrets)
        self.capabilities = frozenset(SCOPES) if self.token else frozenset()
        self.caps = tuple(self.config.get("caps", "").replace(",", " ").split())
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self._rng = rng or random.Random()
        self.api = ApiClient(
            "twitch", judge=judge_helix, observe=observe_helix, secrets=secrets, backoff=action_backoff, sleep=sleep
        )
        self._identity: dict[str, Any] | None = None
        self.room_id: str | None = self.config.get("broadcaster_id") or None

    # -- identity ------------------------------------------------------------------------------

    async def identity(self) -> dict[str, Any]:
        """The token's user (``user_id``, ``login``, ``client_id``, ``scopes``) from the validate endpoint."""
        if self._identity is not None:
            return self._identity
        if not self.token:
            raise FatalSourceError("no Twitch token configured")
        reply = await self.api.request(
            "GET", self.config["auth_url"] + "/validate", headers={"Authorization": f"OAuth {self.token}"}
        )
        if reply.status == 401:
            raise FatalSourceError("Twitch token invalid or expired (validate answered 401)")
        if reply.status != 200 or not isinstance(reply.body, Mapping) or not reply.body.get("user_id"):
            raise RetryableSourceError(f"Twitch token validation failed (HTTP {reply.status})")
        self._identity = dict(reply.body)
        return self._identity

    # -- reading ---------------------------------------------------------------------------------

    async def _run_once(self) -> None:
        if self.token:
            ident = await self.identity()
            nick = self.config.get("login") or str(ident.get("login"))
        else:
            nick = f"justinfan{self._rng.randint(10_000, 99_999_999)}"
        proto = IrcChat(
            source=self.key,
            platform=self.platform,
            channel=self.channel,
            nick=nick,
            password=self.token,
            caps=self.caps,
            max_line=MAX_MESSAGE_BYTES,
        )
        async with (
            websockets.connect(
                self.config["irc_url"],
                origin=self.config.get("origin") or None,  # type: ignore[arg-type]
                max_size=MAX_FRAME_BYTES,
                proxy=None,
                open_timeout=15,
                ping_interval=None,  # the FrameReader's keepalive, aware of a busy desk
                compression=None,
            ) as ws,
            FrameReader(ws) as frames,
        ):
            for line in proto.start():
                await ws.send(line + "\r\n")
            stalled: list[str] = []
            keepalive = asyncio.create_task(self._keepalive(ws, proto, stalled, frames))
            reported = False
            try:
                try:
                    async for frame in frames:
                        if isinstance(frame, bytes):
                            try:
                                frame = frame.decode("utf-8")
                            except UnicodeDecodeError as exc:
                                self._skip(f"frame with invalid UTF-8 ({exc.reason} at byte {exc.start})")
                                continue
                        events = proto.receive(frame, time.time())
                        for line in proto.outgoing():
                            # The server may already be closing (after a refused login): read its last words.
                            with contextlib.suppress(ws_exc.ConnectionClosed):
                                await ws.send(line + "\r\n")
                        for reason in proto.skipped:
                            self._skip(reason)
                        proto.skipped.clear()
                        if proto.room_id:
                            self.room_id = proto.room_id
                        if proto.joined and not reported:
                            reported = True
                            mode = "as " + nick if self.token else "anonymously (read-only)"
                            await self._connected(f"joined #{self.channel} {mode}")
                        for event in events:
                            await self._emit(event)
                        if isinstance(proto.closing, IrcFatal):
                            raise FatalSourceError(str(proto.closing))
                        if proto.closing is not None:
                            raise RetryableSourceError(f"Twitch: {proto.closing}", delay=0.0)
                except ws_exc.ConnectionClosed:
                    if stalled or frames.failure:
                        raise RetryableSourceError(stalled[0] if stalled else str(frames.failure)) from None
                    raise
                if stalled:
                    raise RetryableSourceError(stalled[0])
                raise RetryableSourceError("chat server closed the connection")
            finally:
                keepalive.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await keepalive

    async def _keepalive(self, ws: Any, proto: IrcChat, stalled: list[str], frames: FrameReader) -> None:
        """Ping the chat server ourselves; a server that stops answering, and sends nothing else, is dead.

        A PONG behind a flood the desk has not read yet is not an unanswered PING: while frames keep
        arriving (or the desk is behind) the connection is alive. The keepalive never ends unseen: if it
        fails, the connection is closed with the reason, so the reading loop ends and reconnects instead of
        going on unwatched.
        """
        try:
            while True:
                await asyncio.sleep(self.ping_interval)
                sent = time.time()
                mark = frames.clock()
                await ws.send(proto.ping("castguard") + "\r\n")
                await asyncio.sleep(self.ping_timeout)
                if proto.last_pong < sent and not frames.heard_since(mark):
                    stalled.append(f"no PONG within {self.ping_timeout:g}s")
                    await ws.close(1011, "keepalive timeout")
                    return
        except ws_exc.ConnectionClosed:
            return  # the reading loop sees the same close
        except Exception as exc:
            stalled.append(f"keepalive failed: {describe(exc, self._secrets)}")
            with contextlib.suppress(Exception):
                await ws.close(1011, "keepalive failed")

    # -- acting ----------------------------------------------------------------------------------

    async def _broadcaster_id(self, request: ActionRequest) -> str:
        if request.message is not None and request.message.extra.get("room_id"):
            return str(request.message.extra["room_id"])
        if self.room_id:
            return self.room_id
        reply = await self.api.request(
            "GET", self.config["api_url"] + "/users", params={"login": self.channel}, headers=await self._headers()
        )
        data = reply.body.get("data") if isinstance(reply.body, Mapping) else None
        if reply.status == 200 and isinstance(data, list) and data and isinstance(data[0], Mapping):
            self.room_id = str(data[0].get("id"))
            return self.room_id
        raise FatalSourceError(f"cannot find the id of channel {self.channel} (HTTP {reply.status})")

    async def _headers(self) -> dict[str, str]:
        ident = await self.identity()
        client_id = self.config.get("client_id") or str(ident.get("client_id") or "")
        return {"Authorization": f"Bearer {self.token}", "Client-Id": client_id}

    async def _moderation(self, request: ActionRequest) -> tuple[dict[str, str], dict[str, str]]:
        """The headers and the ``broadcaster_id`` / ``moderator_id`` parameters of a moderation call."""
        headers = await self._headers()
        ident = await self.identity()
        moderator = self.config.get("moderator_id") or str(ident["user_id"])
        broadcaster = await self._broadcaster_id(request)
        return headers, {"broadcaster_id": broadcaster, "moderator_id": moderator}

    def _why(self, exc: Exception) -> str:
        """A failure before Helix was asked, bounded and redacted."""
        if isinstance(exc, FatalSourceError | RetryableSourceError):
            return self.api.clean(f"twitch: {exc}")
        return self.api.clean(f"twitch: {type(exc).__name__}: {exc}")

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        """Delete, time out, ban, unban or warn through Helix; allow or deny a message AutoMod holds."""
        if request.kind not in self.capabilities:
            if not self.token:
                return await super().perform(request)
            return ActionOutcome(ActionResult.FAILED, f"Twitch cannot {request.kind.value}")
        try:
            headers, params = await self._moderation(request)
        except Exception as exc:
            return ActionOutcome(ActionResult.FAILED, self._why(exc))
        api = self.config["api_url"]
        author = request.author or (request.message.author if request.message else None)
        kind = request.kind
        if request.held or kind is ActionKind.APPROVE:
            return await self._automod(request, headers, params["moderator_id"])
        if kind is ActionKind.DELETE:
            if request.message is None:
                return ActionOutcome(ActionResult.FAILED, "twitch: no message to delete")
            return await self.api.act(
                "DELETE",
                api + "/moderation/chat",
                params={**params, "message_id": request.message.id},
                headers=headers,
                success="message deleted",
            )
        if author is None:
            return ActionOutcome(ActionResult.FAILED, f"twitch: no author to {kind.value}")
        if kind in (ActionKind.TIMEOUT, ActionKind.BAN):
            data: dict[str, Any] = {"user_id": author.id}
            if kind is ActionKind.TIMEOUT:
                data["duration"] = max(1, min(MAX_TIMEOUT, request.duration or DEFAULT_TIMEOUT))
            if request.reason:
                data["reason"] = request.reason[:500]
            return await self.api.act(
                "POST",
                api + "/moderation/bans",
                params=params,
                json={"data": data},
                headers=headers,
                success=lambda r: _ban_text(r, kind),
            )
        if kind is ActionKind.UNBAN:
            return await self.api.act(
                "DELETE",
                api + "/moderation/bans",
                params={**params, "user_id": author.id},
                headers=headers,
                success="unbanned",
            )
        reason = request.reason[:500] or "Please follow the chat rules."
        body = {"data": {"user_id": author.id, "reason": reason}}
        return await self.api.act(
            "POST", api + "/moderation/warnings", params=params, json=body, headers=headers, success="warned"
        )

    async def _automod(self, request: ActionRequest, headers: dict[str, str], moderator: str) -> ActionOutcome:
        """Allow (``approve``) or deny (``delete``) a message AutoMod holds: ``POST /moderation/automod/message``."""
        if not request.held or request.message is None:
            return ActionOutcome(ActionResult.FAILED, "twitch: AutoMod holds no such message")
        action = "ALLOW" if request.kind is ActionKind.APPROVE else "DENY"
        body = {"user_id": moderator, "msg_id": request.message.id, "action": action}
        done = "AutoMod: allowed" if action == "ALLOW" else "AutoMod: denied"
        return await self.api.act(
            "POST", self.config["api_url"] + "/moderation/automod/message", json=body, headers=headers, success=done
        )

    async def reply(self, message: ChatMessage, text: str) -> ActionOutcome:
        """Send Chat Message (Helix ``POST /chat/messages``) as a reply to ``message``, as the token's user."""
        if ActionKind.REPLY not in self.capabilities:
            return ActionOutcome(ActionResult.FAILED, "twitch: no token to send chat messages with")
        try:
            headers = await self._headers()
            ident = await self.identity()
            broadcaster = await self._broadcaster_id(ActionRequest(ActionKind.REPLY, message))
        except (FatalSourceError, RetryableSourceError) as exc:
            return ActionOutcome(ActionResult.FAILED, self.api.clean(f"twitch: {exc}"))
        except Exception as exc:
            return ActionOutcome(ActionResult.FAILED, self.api.clean(f"twitch: {type(exc).__name__}: {exc}"))
        body = {
            "broadcaster_id": broadcaster,
            "sender_id": self.config.get("moderator_id") or str(ident["user_id"]),
            "message": text[:MAX_CHAT_CHARS],
            "reply_parent_message_id": message.id,
        }
        outcome = await self.api.act(
            "POST", self.config["api_url"] + "/chat/messages", json=body, headers=headers, success=_sent_text
        )
        if outcome.result is ActionResult.DONE and "not sent" in outcome.response:
            # Twitch answers 200 with is_sent=false when AutoMod or a chat setting drops the message.
            return ActionOutcome(ActionResult.FAILED, outcome.response)
        return outcome

    # -- lockdown -------------------------------------------------------------------------------

    async def lock(self, controls: tuple[Control, ...]) -> PlatformLock:
        """Switch on Shield Mode and the chat settings ``controls`` name, keeping what was set before."""
        if not self.token:
            return PlatformLock(ActionResult.LOCAL, "twitch: no token: lockdown holds messages on the desk only")
        if not controls:
            return PlatformLock(ActionResult.LOCAL, "twitch: the policy sets no Twitch controls: desk only")
        try:
            headers, params = await self._moderation(ActionRequest(ActionKind.LOCKDOWN))
        except Exception as exc:
            return PlatformLock(ActionResult.FAILED, self._why(exc))
        api = self.config["api_url"]
        done: list[str] = []
        failed: list[str] = []
        before: dict[str, Any] = {}
        if any(c.name == "shield_mode" for c in controls):
            shield = await self._read(api + "/moderation/shield_mode", params, headers)
            if isinstance(shield, str):
                failed.append(f"shield mode not read: {shield}")
            else:
                outcome = await self.api.act(
                    "PUT", api + "/moderation/shield_mode", params=params, headers=headers,
                    json={"is_active": True}, success="shield mode on",
                )  # fmt: skip
                if outcome.result is ActionResult.DONE:
                    before["shield_mode"] = bool(shield.get("is_active"))
                    done.append("shield mode on")
                else:
                    failed.append(f"shield mode refused: {outcome.response}")
        chat = [c for c in controls if c.name in CHAT_CONTROLS]
        if chat:
            current = await self._read(api + "/chat/settings", params, headers)
            if isinstance(current, str):
                failed.append(f"chat settings not read: {current}")
            else:
                body: dict[str, Any] = {}
                saved: dict[str, Any] = {}
                for control in chat:
                    flag, value = CHAT_CONTROLS[control.name]
                    body[flag] = True
                    saved[flag] = bool(current.get(flag))
                    if value is not None:
                        seconds = control.seconds or 0
                        body[value] = seconds // 60 if control.name == "followers_only" else seconds
                        was = current.get(value)
                        saved[value] = was if isinstance(was, int) and not isinstance(was, bool) else None
                outcome = await self.api.act(
                    "PATCH", api + "/chat/settings", params=params, headers=headers, json=body,
                    success="chat settings set",
                )  # fmt: skip
                if outcome.result is ActionResult.DONE:
                    before["chat"] = saved
                    done.append(", ".join(control_text(c) for c in chat))
                else:
                    failed.append(f"chat settings refused: {outcome.response}")
        says = "twitch: " + "; ".join(done + failed)
        return PlatformLock(ActionResult.DONE if done else ActionResult.FAILED, says, before or None)

    async def unlock(self, before: Mapping[str, Any]) -> ActionOutcome:
        """Put back the chat settings and Shield Mode :meth:`lock` found."""
        if not self.token:
            return ActionOutcome(ActionResult.FAILED, "twitch: no token to restore the chat settings with")
        try:
            headers, params = await self._moderation(ActionRequest(ActionKind.LOCKDOWN))
        except Exception as exc:
            return ActionOutcome(ActionResult.FAILED, self._why(exc))
        api = self.config["api_url"]
        done: list[str] = []
        failed: list[str] = []
        chat = before.get("chat")
        if isinstance(chat, Mapping):
            body = _restore_body(chat)
            if body:
                outcome = await self.api.act(
                    "PATCH", api + "/chat/settings", params=params, headers=headers, json=body,
                    success="chat settings restored",
                )  # fmt: skip
                (done if outcome.result is ActionResult.DONE else failed).append(
                    "chat settings restored" if outcome.result is ActionResult.DONE else outcome.response
                )
        shield = before.get("shield_mode")
        if isinstance(shield, bool):
            outcome = await self.api.act(
                "PUT", api + "/moderation/shield_mode", params=params, headers=headers,
                json={"is_active": shield}, success="shield mode " + ("left on" if shield else "off"),
            )  # fmt: skip
            (done if outcome.result is ActionResult.DONE else failed).append(
                ("shield mode " + ("left on" if shield else "off"))
                if outcome.result is ActionResult.DONE
                else outcome.response
            )
        if not done and not failed:
            return ActionOutcome(ActionResult.LOCAL, "twitch: nothing to restore")
        says = self.api.clean("twitch: " + "; ".join(done + [f"not restored: {f}" for f in failed]))
        return ActionOutcome(ActionResult.FAILED if failed else ActionResult.DONE, says)

    async def _read(self, url: str, params: Mapping[str, str], headers: Mapping[str, str]) -> dict[str, Any] | str:
        """The first ``data`` entry of a Helix GET, or why it could not be read."""
        try:
            reply = await self.api.request("GET", url, params=params, headers=headers)
        except Exception as exc:
            return self.api.clean(f"{type(exc).__name__}: {exc}")
        judgement = judge_helix(reply)
        if judgement.verdict is not Verdict.OK:
            return self.api.clean(f"HTTP {reply.status}: {judgement.message}")
        data = reply.body.get("data") if isinstance(reply.body, Mapping) else None
        if not isinstance(data, list) or not data or not isinstance(data[0], Mapping):
            return f"HTTP {reply.status} without data"
        return dict(data[0])

    async def _release(self) -> None:
        await self.api.close()


def _restore_body(saved: Mapping[str, Any]) -> dict[str, Any]:
    """The PATCH that puts saved chat settings back: a mode that was off is switched off, one that was on is
    switched on with its duration (a recorded value of the wrong type is left out)."""
    body: dict[str, Any] = {}
    for flag, value in CHAT_CONTROLS.values():
        was = saved.get(flag)
        if not isinstance(was, bool):
            continue
        body[flag] = was
        duration = saved.get(value) if value is not None else None
        if was and isinstance(duration, int) and not isinstance(duration, bool):
            body[value] = duration  # type: ignore[index]
    return body


def _sent_text(reply: ApiReply) -> str:
    data = reply.body.get("data") if isinstance(reply.body, Mapping) else None
    first = data[0] if isinstance(data, list) and data and isinstance(data[0], Mapping) else {}
    if first.get("is_sent") is False:
        drop = first.get("drop_reason")
        why = drop.get("message") if isinstance(drop, Mapping) else None
        return f"reply not sent: {why or 'dropped by Twitch'}"
    return f"reply sent (message {first.get('message_id', '?')})"


def _ban_text(reply: ApiReply, kind: ActionKind) -> str:
    data = reply.body.get("data") if isinstance(reply.body, Mapping) else None
    end = data[0].get("end_time") if isinstance(data, list) and data and isinstance(data[0], Mapping) else None
    if kind is ActionKind.TIMEOUT:
        return f"timed out until {end}" if end else "timed out"
    return "banned"
