"""``twitch+eventsub:CHANNEL``: Twitch chat and moderation through EventSub over WebSocket.

Needs a user token with ``user:read:chat``; each moderation subscription is
created when the token carries its scopes (see ``castguard doctor``). The
flow, per Twitch's documentation: connect, read ``session_welcome``, create
the subscriptions through Helix with the session id, then read notifications.
Silence longer than the welcome's keepalive is a dead connection (reconnect
with a new session); ``session_reconnect`` moves to the given URL, which is
connected and welcomed before the old connection is closed (the session and
its subscriptions carry over, nothing is missed). A revoked subscription is
shown as a connection event with Twitch's reason; losing the chat one ends
the source.

Alongside, unless ``[twitch] eventsub_irc = "off"``, an anonymous IRC reader
of the same channel runs for the first-time and returning-chatter tags that
EventSub lacks; a message seen on both is delivered once (same Twitch message
id), whichever arrives first. When EventSub's comes first, the IRC copy follows
as a trust signal on it (its flags, or ``none``), and while the IRC reader is
connected :meth:`TwitchEventSubSource.flags_may_follow` tells the session that
such a signal may still come. Actions go through Helix as for ``twitch:``.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import websockets
import websockets.exceptions as ws_exc

from castguard.connectors.api import ApiClient, ApiReply, header
from castguard.connectors.eventsub import (
    CostBudget,
    EventSubParser,
    Keepalive,
    Reconnect,
    Revocation,
    Subscription,
    Welcome,
    clean_name,
    plan,
)
from castguard.connectors.runtime import (
    MAX_FRAME_BYTES,
    Backoff,
    FatalSourceError,
    LiveSource,
    RetryableSourceError,
    Sleep,
)
from castguard.connectors.settings import platform_settings, secrets_of
from castguard.connectors.twitch import TwitchSource, judge_helix, normalise_channel, observe_helix
from castguard.core.model import (
    ActionOutcome,
    ActionRequest,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    PlatformEvent,
    PlatformEventKind,
)

log = logging.getLogger(__name__)

#: Longest wait for a welcome after connecting (seconds).
WELCOME_TIMEOUT = 10.0
#: Longest wait a Helix rate limit may impose while subscribing (seconds); longer is a reconnect later.
MAX_RATE_WAIT = 30.0
#: ``extra["via"]`` of a message the IRC reader delivered (its flags are on it: none will follow).
IRC = "irc"
#: The status of a trust signal for an IRC copy that carried no newcomer flag.
NO_FLAGS = "none"


class TwitchEventSubSource(LiveSource):
    """Live chat and moderation events of one Twitch channel over EventSub, with Helix moderation."""

    platform = "twitch"

    def __init__(
        self,
        channel: str,
        settings: Mapping[str, Any] | None = None,
        *,
        backoff: Backoff | None = None,
        sleep: Sleep | None = None,
        action_backoff: Backoff | None = None,
        welcome_timeout: float = WELCOME_TIMEOUT,
        keepalive_grace: float = 1.0,
        irc: bool | None = None,
        irc_backoff: Backoff | None = None,
    ) -> None:
        self.channel = normalise_channel(channel)
        self.config = platform_settings(settings, "twitch")
        if not self.config.get("token"):
            raise ValueError(
                "EventSub needs a Twitch user token with user:read:chat (CASTGUARD_TWITCH_TOKEN);"
                " use twitch:CHANNEL to read anonymously"
            )
        secrets = secrets_of(self.config)
        super().__init__(f"twitch+eventsub:{self.channel}", backoff=backoff, sleep=sleep, secrets=secrets)
        # Helix actions and the token's identity are the IRC source's: one implementation of each.
        self.helix = TwitchSource(channel, settings, sleep=sleep, action_backoff=action_backoff)
        self.capabilities = self.helix.capabilities
        self.api = ApiClient("twitch", judge=judge_helix, observe=observe_helix, secrets=secrets, sleep=sleep)
        self.welcome_timeout = welcome_timeout
        self.keepalive_grace = keepalive_grace
        use_irc = self.config.get("eventsub_irc", "on").lower() not in ("off", "0", "false", "no")
        self.companion: TwitchSource | None = None
        if use_irc if irc is None else irc:
            self.companion = TwitchSource(channel, settings, backoff=irc_backoff or backoff, sleep=sleep)
            # The companion reads anonymously even when a token is configured: reading is all it does.
            self.companion.token = None
            self.companion.capabilities = frozenset()
        self._irc_connected = False
        """The IRC reader is connected: the IRC copy of each EventSub message is expected."""
        self.parser = EventSubParser(source=self.key, channel=self.channel)
        self.session_id: str | None = None
        self.subscribed: list[str] = []
        """Subscription types created on the current session."""
        self.notes: list[str] = []
        """Why some subscriptions were not created (missing scopes, limits), shown when connected."""

    # -- connecting and subscribing ------------------------------------------------------------------

    async def _connect(self, url: str) -> Any:
        return await websockets.connect(
            url,
            max_size=MAX_FRAME_BYTES,
            proxy=None,
            open_timeout=15,
            ping_interval=None,  # EventSub's keepalive messages tell a live session from a dead one
            compression=None,
        )

    async def _welcome(self, ws: Any) -> Welcome:
        try:
            frame = await asyncio.wait_for(ws.recv(), self.welcome_timeout)
        except TimeoutError:
            raise RetryableSourceError(f"no session_welcome within {self.welcome_timeout:g}s") from None
        for item in self.parser.receive(frame, time.time()):
            if isinstance(item, Welcome):
                return item
        self._report_skipped()
        raise RetryableSourceError("EventSub did not open with session_welcome")

    async def _broadcaster_id(self, headers: Mapping[str, str]) -> str:
        if self.helix.room_id:
            return self.helix.room_id
        reply = await self.api.request(
            "GET", self.config["api_url"] + "/users", params={"login": self.channel}, headers=headers
        )
        self._raise_for_auth(reply)
        data = reply.body.get("data") if isinstance(reply.body, Mapping) else None
        if reply.status == 200 and isinstance(data, list) and data and isinstance(data[0], Mapping):
            found = data[0].get("id")
            if isinstance(found, str) and found.isdigit():
                self.helix.room_id = found
                return found
            raise FatalSourceError(f"Twitch has no channel {self.channel}")
        if reply.status == 200:
            raise FatalSourceError(f"Twitch has no channel {self.channel}")
        raise RetryableSourceError(f"cannot find the id of channel {self.channel} (HTTP {reply.status})")

    def _raise_for_auth(self, reply: ApiReply) -> None:
        if reply.status == 401:
            raise FatalSourceError("Twitch refused the token (HTTP 401): check the token, its scopes and the Client-Id")

    async def _subscribe(self, session_id: str) -> None:
        ident = await self.helix.identity()
        user_id = str(ident.get("user_id"))
        scopes = {str(s) for s in ident.get("scopes") or []}
        chosen, notes = plan(scopes)
        if not chosen or not chosen[0].required:
            raise FatalSourceError(f"the Twitch token cannot read chat through EventSub: {notes[0]}")
        headers = await self.helix._headers()
        broadcaster = await self._broadcaster_id(headers)
        budget = CostBudget()
        self.subscribed = []
        for sub in chosen:
            refusal = budget.refusal(sub)
            if refusal is None:
                refusal = await self._create(sub, session_id, broadcaster, user_id, headers, budget)
            if refusal is None:
                self.subscribed.append(sub.type)
                continue
            if sub.required:
                raise FatalSourceError(
                    f"EventSub refused {sub.type}: {refusal}. Twitch allows 3 WebSocket connections per user,"
                    " 300 subscriptions per connection and a total cost of 10: close other EventSub clients of"
                    " this account"
                )
            notes.append(f"{sub.type}: {refusal}")
        self.notes = notes

    async def _create(
        self,
        sub: Subscription,
        session_id: str,
        broadcaster: str,
        user_id: str,
        headers: Mapping[str, str],
        budget: CostBudget,
    ) -> str | None:
        """Create one subscription; ``None`` when it exists, else why not (fatal and retryable cases raise)."""
        url = self.config["api_url"] + "/eventsub/subscriptions"
        body = sub.body(session_id, broadcaster, user_id)
        for _attempt in range(2):
            reply = await self.api.request("POST", url, json=body, headers=dict(headers))
            self._raise_for_auth(reply)
            message = ""
            if isinstance(reply.body, Mapping):
                message = clean_name(reply.body.get("message") or reply.body.get("error"), 200)
            if reply.status in (200, 202):
                budget.update(reply.body)
                return None
            if reply.status == 409:  # already subscribed on this session (a retried request)
                return None
            if reply.status == 429:
                wait = self._rate_wait(reply)
                if wait is None:  # not the token bucket: a subscription limit
                    return f"limit reached (HTTP 429{': ' + message if message else ''})"
                if wait > MAX_RATE_WAIT:
                    raise RetryableSourceError(f"Helix rate limit while subscribing: reset in {wait:.0f}s", delay=wait)
                await self._sleep(wait)
                continue
            if reply.status >= 500:
                raise RetryableSourceError(f"Helix answered {reply.status} while subscribing to {sub.type}")
            return f"refused (HTTP {reply.status}{': ' + message if message else ''})"
        return "still rate limited after waiting for Ratelimit-Reset"

    def _rate_wait(self, reply: ApiReply) -> float | None:
        """Seconds until Helix's token bucket refills, when this 429 is the rate limit; ``None`` otherwise."""
        remaining = header(reply, "Ratelimit-Remaining")
        reset = header(reply, "Ratelimit-Reset")
        if remaining is None or remaining.strip() != "0" or not reset or not reset.strip().isdigit():
            return None
        return max(0.0, float(reset) - time.time())

    # -- reading ---------------------------------------------------------------------------------------

    async def _run_once(self) -> None:
        ws = await self._connect(self.config["eventsub_url"])
        companion: asyncio.Task[None] | None = None
        try:
            welcome = await self._welcome(ws)
            self.session_id = welcome.session_id
            await self._subscribe(welcome.session_id)
            ident = await self.helix.identity()
            detail = f"EventSub as {clean_name(ident.get('login'))}: {len(self.subscribed)} subscriptions"
            if self.notes:
                detail += "; not subscribed: " + "; ".join(self.notes)
            await self._connected(detail)
            if self.companion is not None:
                companion = asyncio.create_task(self._pump_companion(self.companion), name=f"{self.key}-irc")
            keepalive = welcome.keepalive_timeout
            while True:
                try:
                    frame = await asyncio.wait_for(ws.recv(), keepalive + self.keepalive_grace)
                except TimeoutError:
                    raise RetryableSourceError(
                        f"no EventSub message within the {keepalive:g}s keepalive: reconnecting", delay=0.0
                    ) from None
                for item in self.parser.receive(frame, time.time()):
                    if isinstance(item, Reconnect):
                        ws = await self._move(ws, item.url)
                    elif isinstance(item, Revocation):
                        await self._revoked(item)
                    elif isinstance(item, Welcome | Keepalive):
                        continue
                    else:
                        await self._emit(item)
                self._report_skipped()
        finally:
            if companion is not None:
                companion.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await companion
            with contextlib.suppress(Exception):
                await ws.close()

    async def _move(self, old: Any, url: str) -> Any:
        """``session_reconnect``: connect and read the welcome on ``url``, still reading ``old``, then close it."""
        base, target = urlsplit(self.config["eventsub_url"]), urlsplit(url)
        if (target.scheme, target.hostname) != (base.scheme, base.hostname):
            raise RetryableSourceError(f"ignored a reconnect_url to another server ({clean_name(url, 80)})")
        new = await self._connect(url)
        try:
            welcome = asyncio.ensure_future(self._welcome(new))
            while not welcome.done():
                reading = asyncio.ensure_future(old.recv())
                await asyncio.wait({welcome, reading}, return_when=asyncio.FIRST_COMPLETED)
                if not reading.done():
                    reading.cancel()
                    with contextlib.suppress(asyncio.CancelledError, ws_exc.ConnectionClosed):
                        await reading
                    break
                try:
                    frame = reading.result()
                except ws_exc.ConnectionClosed:
                    break  # the old server left first: the new one's welcome is all we wait for
                for item in self.parser.receive(frame, time.time()):
                    if not isinstance(item, Welcome | Keepalive | Reconnect | Revocation):
                        await self._emit(item)
            session = await welcome
        except BaseException:
            with contextlib.suppress(Exception):
                await new.close()
            raise
        with contextlib.suppress(Exception):
            await old.close()
        if session.session_id != self.session_id:
            # A new session has no subscriptions: create them (rare; Twitch keeps the session).
            self.session_id = session.session_id
            await self._subscribe(session.session_id)
        await self._connected("moved to a new EventSub server (session_reconnect)", resumed=True)
        return new

    async def _revoked(self, revocation: Revocation) -> None:
        text = f"Twitch revoked the {revocation.subscription_type} subscription: {revocation.status}"
        if revocation.subscription_type == "channel.chat.message":
            raise FatalSourceError(text)
        log.warning("%s: %s", self.key, text)
        with contextlib.suppress(ValueError):
            self.subscribed.remove(revocation.subscription_type)
        await self._put(ConnectionEvent(self.key, ConnectionState.CONNECTED, text))

    async def _pump_companion(self, companion: TwitchSource) -> None:
        """Chat from the anonymous IRC reader, as this source's own (de-duplicated by Twitch message id).

        The IRC copy of a message EventSub delivered first still says what EventSub cannot: a first-time or
        returning chatter. That reaches the desk as a trust signal on the message, not as a second message.
        """
        try:
            async for event in companion.events():
                if isinstance(event, ChatMessage):
                    if self.seen(event.id):
                        for signal in _trust_signals(self.key, event):
                            await self._put(signal)
                    await self._emit(dataclasses.replace(event, source=self.key, extra={**event.extra, "via": IRC}))
                elif isinstance(event, ConnectionEvent):
                    self._irc_connected = event.state is ConnectionState.CONNECTED
                    if event.state is ConnectionState.FAILED:
                        log.warning("%s: IRC reader stopped: %s", self.key, event.detail)
        finally:
            self._irc_connected = False

    def flags_may_follow(self, message: ChatMessage) -> bool:
        """The first-time / returning flags of ``message`` may still come, on its IRC copy (a trust signal).

        True for a chat message EventSub delivered while the IRC reader is connected; the copy usually
        follows within a second. The session keeps such a message off the on-air view a moment (``[trust]
        flag_wait``) so that a first-time chatter's message the policy holds is held before it goes on air.
        """
        return self._irc_connected and message.extra.get("via") != IRC

    def _report_skipped(self) -> None:
        for reason in self.parser.skipped:
            self._skip(reason)
        self.parser.skipped.clear()

    # -- acting ----------------------------------------------------------------------------------------

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        """Delete, time out, ban, unban or warn through Helix (as ``twitch:`` does)."""
        return await self.helix.perform(request)

    async def reply(self, message: ChatMessage, text: str) -> ActionOutcome:
        """Send Chat Message through Helix as a reply (as ``twitch:`` does)."""
        return await self.helix.reply(message, text)

    async def _release(self) -> None:
        await self.api.close()
        await self.helix.aclose()
        if self.companion is not None:
            await self.companion.aclose()


def _trust_signals(source: str, message: ChatMessage) -> list[PlatformEvent]:
    """The newcomer flags of an IRC copy, as trust signals on the message EventSub delivered.

    A copy without flags is one signal with status ``none``: the copy came, and the author is not new.
    """
    said = {"first-time": "first message in this channel", "returning-chatter": "returning chatter"}
    if said.keys().isdisjoint(message.author.roles):
        return [PlatformEvent(source, PlatformEventKind.TRUST, message.id, message.author.id, status=NO_FLAGS)]
    return [
        PlatformEvent(
            source,
            PlatformEventKind.TRUST,
            message_id=message.id,
            author_id=message.author.id,
            detail=f"{message.author.name}: {what} (IRC tags)",
            status=role,
            at=message.received_at,
        )
        for role, what in said.items()
        if role in message.author.roles
    ]
