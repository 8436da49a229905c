"""YouTube Live chat: ``streamList`` (gRPC) or polling, moderation, and the quota both spend.

The source reads with ``liveChatMessages.streamList`` by default: one
server-streaming gRPC call (see :mod:`castguard.connectors.youtube_stream`)
that pushes pages as the chat moves, resumed from the last ``nextPageToken``
after a dropped stream, with backoff. It falls back to polling
``liveChat/messages`` (``pageToken``, waiting ``pollingIntervalMillis``) when
the server answers ``UNIMPLEMENTED``, after ``stream_failures`` failed streams
in a row without a page, or when ``[youtube] reader = "poll"``; the fallback
lasts as long as the source.

Both readers feed the same mapping. Bans and timeouts by other moderators
(``userBannedEvent``) become platform events; ``offlineAt``, ``chatEndedEvent``
and ``liveChatEnded`` end the source cleanly. **Removals are not assumed to
arrive as deletion events**: the current ``stream_list.proto`` has no
``messageDeletedEvent`` (Google's docs say the API does not return deletions),
so a message another moderator removes on YouTube stays on the desk as it was
unless YouTube says otherwise (a ``messageDeletedEvent`` or ``tombstone`` item,
which are still mapped when they come, or a ban of its author); the desk's own
deletions are known from their action's outcome.

Every call is counted against the daily quota (:class:`~castguard.connectors.quota.QuotaBudget`):
the units used and the projection per hour are shown in the status line, with a
``!`` when the projection would spend more than ``[youtube] daily_quota`` in a day.
With an OAuth token the source can delete messages, ban (temporarily or for
good), unban authors, and post replies.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

import grpc

from castguard.connectors import youtube_stream as stream
from castguard.connectors.api import ApiClient, ApiReply, Judgement, Verdict, header
from castguard.connectors.jsonfeed import parse_timestamp
from castguard.connectors.quota import DEFAULT_DAILY_QUOTA, QuotaBudget, projected_per_hour
from castguard.connectors.runtime import (
    Backoff,
    FatalSourceError,
    LiveSource,
    RetryableSourceError,
    Sleep,
    SourceEnded,
    retry_after,
)
from castguard.connectors.settings import platform_settings, secrets_of
from castguard.core.lockdown import YOUTUBE_SAYS, Control, PlatformLock
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

log = logging.getLogger(__name__)

#: Quota units per call (Data API v3 defaults). ``stream`` is one ``streamList`` call, however long it lasts
#: (5 units, as ``list``); a stream the server ends is reopened from the page token, at the same cost.
QUOTA_COST = {"list": 5, "stream": 5, "delete": 50, "ban": 200, "unban": 200, "insert": 50}
#: The readers: ``stream`` (``streamList`` over gRPC, polling as the fallback) or ``poll`` only.
READERS = ("stream", "poll")
#: Failed streams in a row (no page received) after which the source polls instead.
STREAM_FAILURES = 3
#: Least time between two status-line quota readings (seconds); a change of warning is shown at once.
GAUGE_INTERVAL = 30.0
#: Longest chat message YouTube accepts (characters).
MAX_CHAT_CHARS = 200
#: How long to wait after ``quotaExceeded`` before polling again (the daily quota resets at midnight Pacific).
QUOTA_RETRY = 600.0
DEFAULT_TIMEOUT = 300
SCOPE = "https://www.googleapis.com/auth/youtube.force-ssl"

_FATAL_REASONS = {
    "liveChatDisabled": "live chat is disabled for this broadcast",
    "liveChatNotFound": "live chat not found (check the live chat id)",
    "forbidden": "not allowed to read this live chat",
    "insufficientPermissions": "the token lacks the youtube.force-ssl scope",
    "authError": "token rejected",
}


def google_error(reply: ApiReply) -> tuple[str, str]:
    """(reason, message) from a Google error body; empty strings when absent."""
    error = reply.body.get("error") if isinstance(reply.body, Mapping) else None
    if not isinstance(error, Mapping):
        return "", ""
    errors = error.get("errors")
    reason = ""
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        reason = str(errors[0].get("reason") or "")
    return reason, str(error.get("message") or "")


def judge_youtube(reply: ApiReply) -> Judgement:
    """Success; retry on rate limits and server errors; refuse with Google's message otherwise."""
    if 200 <= reply.status < 300:
        return Judgement(Verdict.OK)
    reason, message = google_error(reply)
    text = f"{message} ({reason})" if reason else message or reply.text[:200]
    if reason in ("rateLimitExceeded", "userRateLimitExceeded") or reply.status == 429 or reply.status >= 500:
        return Judgement(Verdict.RETRY, text)
    if reason in ("quotaExceeded", "dailyLimitExceeded"):
        return Judgement(Verdict.FAIL, f"YouTube API quota exhausted for today: {text}")
    return Judgement(Verdict.FAIL, text)


def _roles(details: Mapping[str, Any]) -> frozenset[str]:
    roles: set[str] = set()
    if details.get("isChatOwner"):
        roles.update(("owner", "broadcaster"))
    if details.get("isChatModerator"):
        roles.add("moderator")
    if details.get("isChatSponsor"):
        roles.add("member")
    if details.get("isVerified"):
        roles.add("verified")
    return frozenset(roles)


_SYSTEM_TYPES = {
    "newSponsorEvent",
    "membershipGiftingEvent",
    "giftMembershipReceivedEvent",
    "sponsorOnlyModeStartedEvent",
    "sponsorOnlyModeEndedEvent",
    "pollEvent",
    "fanFundingEvent",
}


class ChatEnded(Exception):
    """The page said the chat is over (``chatEndedEvent``)."""


def youtube_item(item: Any, *, source: str, live_chat_id: str, received_at: float) -> SourceEvent | None:
    """Map one ``liveChatMessage`` resource; raises ValueError when it is unusable, ChatEnded at the end."""
    if not isinstance(item, Mapping):
        raise ValueError(f"chat item is {type(item).__name__}, not an object")
    snippet = item.get("snippet")
    if not isinstance(snippet, Mapping) or not item.get("id"):
        raise ValueError("chat item without id or snippet")
    kind = str(snippet.get("type") or "")
    item_id = str(item["id"])
    at = parse_timestamp(snippet.get("publishedAt")) or received_at
    if kind == "messageDeletedEvent":
        details = snippet.get("messageDeletedDetails") or {}
        target = details.get("deletedMessageId") if isinstance(details, Mapping) else None
        return PlatformEvent(
            source,
            PlatformEventKind.DELETED,
            message_id=str(target) if target else None,
            detail="message deleted on YouTube",
            at=at,
        )
    if kind == "tombstone":
        return PlatformEvent(
            source, PlatformEventKind.DELETED, message_id=item_id, detail="message removed on YouTube", at=at
        )
    if kind == "userBannedEvent":
        details = snippet.get("userBannedDetails") or {}
        if not isinstance(details, Mapping):
            details = {}
        banned = details.get("bannedUserDetails") or {}
        user_id = banned.get("channelId") if isinstance(banned, Mapping) else None
        name = banned.get("displayName") if isinstance(banned, Mapping) else None
        if details.get("banType") == "temporary":
            duration = int(details.get("banDurationSeconds") or 0) or None
            return PlatformEvent(
                source,
                PlatformEventKind.TIMED_OUT,
                author_id=user_id,
                duration=duration,
                detail=f"{name or user_id} timed out on YouTube",
                at=at,
            )
        return PlatformEvent(
            source, PlatformEventKind.BANNED, author_id=user_id, detail=f"{name or user_id} banned on YouTube", at=at
        )
    if kind == "chatEndedEvent":
        raise ChatEnded("the live chat ended")
    author_details = item.get("authorDetails")
    if not isinstance(author_details, Mapping):
        author_details = {}
    author_id = str(author_details.get("channelId") or snippet.get("authorChannelId") or "")
    if not author_id:
        raise ValueError(f"chat item {item_id} without author")
    author = Author(author_id, str(author_details.get("displayName") or author_id), _roles(author_details))
    display = str(snippet.get("displayMessage") or "")
    extra: dict[str, Any] = {"type": kind}
    message_kind = "text"
    if kind == "textMessageEvent":
        details = snippet.get("textMessageDetails")
        text = str(details.get("messageText") or display) if isinstance(details, Mapping) else display
    elif kind == "superChatEvent":
        details = snippet.get("superChatDetails") or {}
        text = str(details.get("userComment") or "") if isinstance(details, Mapping) else ""
        message_kind = "paid"
        if isinstance(details, Mapping):
            extra.update(
                amount=details.get("amountDisplayString"),
                currency=details.get("currency"),
                amount_micros=details.get("amountMicros"),
                tier=details.get("tier"),
            )
    elif kind == "superStickerEvent":
        details = snippet.get("superStickerDetails") or {}
        meta = details.get("superStickerMetadata") if isinstance(details, Mapping) else None
        text = str(meta.get("altText") or display) if isinstance(meta, Mapping) else display
        message_kind = "paid"
        if isinstance(details, Mapping):
            extra.update(amount=details.get("amountDisplayString"), currency=details.get("currency"))
    elif kind == "memberMilestoneChatEvent":
        details = snippet.get("memberMilestoneChatDetails") or {}
        text = str(details.get("userComment") or display) if isinstance(details, Mapping) else display
        message_kind = "system" if not (isinstance(details, Mapping) and details.get("userComment")) else "text"
        if isinstance(details, Mapping):
            extra.update(member_months=details.get("memberMonth"), member_level=details.get("memberLevelName"))
    elif kind in _SYSTEM_TYPES or snippet.get("hasDisplayContent"):
        text = display
        message_kind = "system"
    else:
        return None  # types without anything to show (e.g. future internal events)
    return ChatMessage(
        source=source,
        platform="youtube",
        channel=live_chat_id,
        id=item_id,
        author=author,
        text=text,
        sent_at=at,
        received_at=received_at,
        kind=message_kind,
        extra={k: v for k, v in extra.items() if v is not None},
    )


class YouTubeSource(LiveSource):
    """``youtube:LIVE_CHAT_ID``: polls one live chat; acts with an OAuth token."""

    platform = "youtube"
    gap_on_reconnect = False  # pageToken resumes exactly where we stopped

    def __init__(
        self,
        live_chat_id: str,
        settings: Mapping[str, Any] | None = None,
        *,
        backoff: Backoff | None = None,
        sleep: Sleep | None = None,
        min_poll_interval: float | None = None,
        action_backoff: Backoff | None = None,
        gauge_interval: float = GAUGE_INTERVAL,
    ) -> None:
        live_chat_id = live_chat_id.strip()
        if not live_chat_id or any(c.isspace() or c in "/?#&" for c in live_chat_id):
            raise ValueError(f"{live_chat_id!r} is not a YouTube live chat id")
        self.live_chat_id = live_chat_id
        self.config = platform_settings(settings, "youtube")
        self.token = self.config.get("token") or None
        self.api_key = self.config.get("api_key") or None
        secrets = secrets_of(self.config)
        super().__init__(f"youtube:{live_chat_id}", backoff=backoff, sleep=sleep, secrets=secrets)
        self.capabilities = (
            frozenset({ActionKind.DELETE, ActionKind.TIMEOUT, ActionKind.BAN, ActionKind.UNBAN, ActionKind.REPLY})
            if self.token
            else frozenset()
        )
        self.min_poll_interval = (
            min_poll_interval if min_poll_interval is not None else float(self.config.get("min_poll_interval", 1.0))
        )
        self.api = ApiClient("youtube", judge=judge_youtube, secrets=secrets, backoff=action_backoff, sleep=sleep)
        self.page_token: str | None = None
        self.reader = self.config.get("reader", "stream").strip().lower()
        """``stream`` or ``poll``: how the chat is read now (``stream`` turns into ``poll`` on fallback)."""
        if self.reader not in READERS:
            raise ValueError(f"[youtube] reader {self.reader[:20]!r}: expected stream or poll")
        self.stream_url = self.config.get("stream_url") or stream.DEFAULT_URL
        stream.parse_url(self.stream_url)  # a bad URL is a configuration error now, not a retry loop later
        self.max_stream_failures = max(1, _int_setting(self.config, "stream_failures", STREAM_FAILURES))
        self.stream_failures = 0
        """Streams in a row that failed before their first page."""
        self.budget = QuotaBudget(daily=max(1, _int_setting(self.config, "daily_quota", DEFAULT_DAILY_QUOTA)))
        """Quota units spent by this source (reading and actions) and the projection per hour."""
        self.gauge_interval = gauge_interval
        self._gauge_at: float | None = None
        self._gauge_warned = False
        self.ban_ids: dict[str, str] = {}
        """Author channel id → ban resource id returned by the API, so that unban can find the ban."""

    def _auth(self) -> tuple[dict[str, str], dict[str, str]]:
        if self.token:
            return {"Authorization": f"Bearer {self.token}"}, {}
        if self.api_key:
            return {}, {"key": self.api_key}
        return {}, {}

    @property
    def quota_used(self) -> int:
        """Quota units spent by this source so far."""
        return self.budget.used

    def _spend(self, purpose: str, *, planned: bool = False) -> None:
        self.budget.spend(QUOTA_COST[purpose], purpose, planned=planned)

    async def _gauge(self, detail: str) -> None:
        """Show the quota reading in the status line: every ``gauge_interval`` seconds, or at once when the
        projection starts or stops overrunning the daily quota."""
        now = time.monotonic()
        warned = self.budget.warning() is not None
        due = self._gauge_at is None or now - self._gauge_at >= self.gauge_interval
        if due or warned != self._gauge_warned:
            if warned and not self._gauge_warned:
                log.warning("%s: %s", self.key, self.budget.warning())
            self._gauge_at, self._gauge_warned = now, warned
            await self._show_gauge(self.budget.gauge(), detail)

    async def _connected_with_gauge(self, detail: str) -> None:
        self._gauge_at, self._gauge_warned = time.monotonic(), self.budget.warning() is not None
        await self._connected(detail, resumed=self.page_token is not None, gauge=self.budget.gauge())

    async def _run_once(self) -> None:
        if not self.token and not self.api_key:
            raise FatalSourceError("no YouTube token or API key configured (CASTGUARD_YOUTUBE_TOKEN)")
        if self.reader == "stream":
            await self._stream()
        else:
            await self._poll()

    async def _stream(self) -> None:
        """Read with ``streamList``: one call after another, each resumed from the last page token."""
        detail = f"streaming live chat {self.live_chat_id} (streamList)"
        async with stream.open_channel(self.stream_url) as channel:
            call_list = stream.stream_list(channel)
            reported = False
            while True:
                self._spend("stream")
                call = call_list(
                    stream.request(self.live_chat_id, self.page_token, 2000),
                    metadata=stream.metadata(self.token, self.api_key),
                )
                pages = 0
                try:
                    async for response in call:
                        pages += 1
                        if not reported:
                            reported = True
                            self.stream_failures = 0
                            await self._connected_with_gauge(detail)
                        await self._page(stream.response_body(response), time.time())
                        await self._gauge(detail)
                except grpc.aio.AioRpcError as exc:
                    self._stream_failed(exc.code(), exc.details() or "")
                if pages == 0:
                    # A stream that ends at once, without a page, is a failure, not a reason to spin.
                    self._stream_failed(grpc.StatusCode.UNAVAILABLE, "the stream ended without a page")

    def _stream_failed(self, code: grpc.StatusCode, details: str) -> None:
        """Raise what a failed stream means for the source (see :func:`youtube_stream.classify`)."""
        text = "YouTube " + stream.describe_error(code, details)
        outcome = stream.classify(code, details)
        if outcome is stream.StreamOutcome.ENDED:
            raise SourceEnded("YouTube: the live chat ended")
        if outcome is stream.StreamOutcome.FATAL:
            raise FatalSourceError(text)
        if outcome is stream.StreamOutcome.QUOTA:
            raise RetryableSourceError(
                f"YouTube API quota exhausted ({self.quota_used} units used here): {text}", delay=QUOTA_RETRY
            )
        if outcome is stream.StreamOutcome.LOST_POSITION:
            self.page_token = None
            self.gap_on_reconnect = True
            raise RetryableSourceError(text, delay=0.0)
        if outcome is stream.StreamOutcome.FALL_BACK:
            self.reader = "poll"
            raise RetryableSourceError(f"{text}: the server does not offer streamList, polling instead", delay=0.0)
        self.stream_failures += 1
        if self.stream_failures >= self.max_stream_failures:
            self.reader = "poll"
            raise RetryableSourceError(
                f"{text} ({self.stream_failures} failed streams in a row): polling instead", delay=0.0
            )
        raise RetryableSourceError(text)

    async def _page(self, body: Mapping[str, Any], now: float) -> None:
        """Deliver one page's items and keep its page token; raises SourceEnded at the chat's end."""
        items = body.get("items")
        ended: str | None = None
        for item in items if isinstance(items, list) else []:
            try:
                event = youtube_item(item, source=self.key, live_chat_id=self.live_chat_id, received_at=now)
            except ChatEnded as exc:
                ended = str(exc)
                continue
            except (ValueError, TypeError) as exc:
                self._skip(f"YouTube item: {exc}")
                continue
            if event is not None:
                await self._emit(event)
        token = body.get("nextPageToken")
        if isinstance(token, str) and token:
            self.page_token = token
        if ended:
            raise SourceEnded(f"YouTube: {ended}")
        if body.get("offlineAt"):
            raise SourceEnded(f"YouTube: broadcast went offline at {str(body['offlineAt'])[:40]}")

    async def _poll(self) -> None:
        """Read by polling ``liveChat/messages``, waiting the interval the server asks for between calls."""
        headers, auth_params = self._auth()
        url = self.config["api_url"] + "/liveChat/messages"
        reported = False
        while True:
            params = {
                "liveChatId": self.live_chat_id,
                "part": "id,snippet,authorDetails",
                "maxResults": "2000",
                **auth_params,
            }
            if self.page_token:
                params["pageToken"] = self.page_token
            reply = await self.api.request("GET", url, params=params, headers=headers)
            self._spend("list", planned=True)
            if reply.status != 200:
                self._poll_error(reply)
            body = reply.body
            if not isinstance(body, Mapping):
                # A proxy's HTML page or a truncated answer: log it and poll again.
                self._skip(f"YouTube answered HTTP 200 without a JSON object ({reply.text[:80]!r})")
                await self._sleep(max(self.min_poll_interval, 1.0))
                continue
            interval = body.get("pollingIntervalMillis")
            delay = interval / 1000.0 if isinstance(interval, int | float) and interval > 0 else 5.0
            delay = max(self.min_poll_interval, min(delay, 60.0))
            # Polling's cost is known in advance: one list call per interval (at least a second apart).
            self.budget.planned_per_hour = projected_per_hour(QUOTA_COST["list"], max(delay, 1.0))
            detail = f"polling live chat {self.live_chat_id}"
            if not reported:
                reported = True
                await self._connected_with_gauge(detail)
            await self._page(body, time.time())
            await self._gauge(detail)
            await self._sleep(delay)

    def _poll_error(self, reply: ApiReply) -> None:
        reason, message = google_error(reply)
        text = f"YouTube HTTP {reply.status}: {message or reply.text[:120]}" + (f" ({reason})" if reason else "")
        if reason == "liveChatEnded":
            raise SourceEnded("YouTube: the live chat ended")
        if reason in ("quotaExceeded", "dailyLimitExceeded"):
            raise RetryableSourceError(
                f"YouTube API quota exhausted ({self.quota_used} units used here): {message}", delay=QUOTA_RETRY
            )
        if reason == "pageTokenInvalid" or (reply.status == 400 and self.page_token and "pageToken" in message):
            # The position is lost: start again without it (duplicates are dropped, a gap is possible).
            self.page_token = None
            self.gap_on_reconnect = True
            raise RetryableSourceError(text, delay=0.0)
        if reply.status in (401, 404) or reason in _FATAL_REASONS:
            raise FatalSourceError(f"{text}: {_FATAL_REASONS.get(reason, 'check the token and live chat id')}")
        if reply.status == 403 and reason not in ("rateLimitExceeded", "userRateLimitExceeded"):
            raise FatalSourceError(text)
        raise RetryableSourceError(text, retry_after=retry_after(header(reply, "Retry-After")))

    async def lock(self, controls: tuple[Control, ...]) -> PlatformLock:
        """YouTube has no API for chat modes: the desk holds the messages, and says so."""
        return PlatformLock(ActionResult.LOCAL, YOUTUBE_SAYS)

    async def unlock(self, before: Mapping[str, Any]) -> ActionOutcome:
        """Nothing was changed on YouTube: nothing to restore."""
        return ActionOutcome(ActionResult.LOCAL, YOUTUBE_SAYS)

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        """Delete a message, ban an author for a while or for good, or lift a ban made from this desk."""
        if not self.token:
            return await super().perform(request)
        headers = {"Authorization": f"Bearer {self.token}"}
        api = self.config["api_url"]
        kind = request.kind
        author = request.author or (request.message.author if request.message else None)
        if kind is ActionKind.DELETE:
            if request.message is None:
                return ActionOutcome(ActionResult.FAILED, "youtube: no message to delete")
            self._spend("delete")
            return await self.api.act(
                "DELETE",
                api + "/liveChat/messages",
                params={"id": request.message.id},
                headers=headers,
                success="message deleted",
            )
        if author is None:
            return ActionOutcome(ActionResult.FAILED, f"youtube: no author to {kind.value}")
        if kind in (ActionKind.TIMEOUT, ActionKind.BAN):
            snippet: dict[str, Any] = {
                "liveChatId": self.live_chat_id,
                "type": "temporary" if kind is ActionKind.TIMEOUT else "permanent",
                "bannedUserDetails": {"channelId": author.id},
            }
            if kind is ActionKind.TIMEOUT:
                snippet["banDurationSeconds"] = max(1, request.duration or DEFAULT_TIMEOUT)
            self._spend("ban")
            return await self.api.act(
                "POST",
                api + "/liveChat/bans",
                params={"part": "snippet"},
                json={"snippet": snippet},
                headers=headers,
                success=lambda r: self._remember_ban(r, author.id, kind),
            )
        if kind is ActionKind.UNBAN:
            ban_id = self.ban_ids.get(author.id)
            if ban_id is None:
                return ActionOutcome(
                    ActionResult.FAILED,
                    "youtube: no ban id known for this author (the ban was not made from this desk); "
                    "lift it in YouTube Studio",
                )
            self._spend("unban")
            outcome = await self.api.act(
                "DELETE", api + "/liveChat/bans", params={"id": ban_id}, headers=headers, success=f"ban {ban_id} lifted"
            )
            if outcome.result is ActionResult.DONE:
                self.ban_ids.pop(author.id, None)
            return outcome
        return ActionOutcome(ActionResult.FAILED, f"YouTube cannot {kind.value}")

    async def reply(self, message: ChatMessage, text: str) -> ActionOutcome:
        """Post ``text`` to the live chat (``liveChatMessages.insert``); YouTube has no threads, so the text
        names the viewer itself (templates start with ``{author}``)."""
        if not self.token:
            return await super().reply(message, text)
        snippet = {
            "liveChatId": self.live_chat_id,
            "type": "textMessageEvent",
            "textMessageDetails": {"messageText": text[:MAX_CHAT_CHARS]},
        }
        self._spend("insert")
        return await self.api.act(
            "POST",
            self.config["api_url"] + "/liveChat/messages",
            params={"part": "snippet"},
            json={"snippet": snippet},
            headers={"Authorization": f"Bearer {self.token}"},
            success=_inserted_text,
        )

    def _remember_ban(self, reply: ApiReply, author_id: str, kind: ActionKind) -> str:
        ban_id = reply.body.get("id") if isinstance(reply.body, Mapping) else None
        if isinstance(ban_id, str) and ban_id:
            self.ban_ids[author_id] = ban_id
        what = "timed out" if kind is ActionKind.TIMEOUT else "banned"
        return f"{what} (ban id {ban_id})" if ban_id else what

    async def _release(self) -> None:
        await self.api.close()


def _inserted_text(reply: ApiReply) -> str:
    message_id = reply.body.get("id") if isinstance(reply.body, Mapping) else None
    return f"reply posted (message {message_id})" if message_id else "reply posted"


def _int_setting(config: Mapping[str, str], name: str, default: int) -> int:
    """A whole-number setting; a value that is not one is a configuration error."""
    value = config.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"[youtube] {name} {value[:20]!r}: expected a whole number") from None
