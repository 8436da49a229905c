"""Facebook Live: comments from the Graph API's live_comments stream, moderation with a page token.

The source reads the Server-Sent Events stream at the highest comment rate
(Facebook drops lower-ranked comments above the rate, and a moderation tool
must see them all). When the stream cannot be opened a few times in a row it
falls back to polling the video's comments edge. With a page token it can
hide, unhide and delete comments, and a ban blocks the author on the live
video (its ``blocked_users`` edge) and, when ``[facebook] page_id`` is set,
from the page too; undo unblocks both.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Mapping
from typing import Any

import aiohttp

from castguard.connectors.api import ApiClient, ApiReply, Judgement, Verdict, header, read_reply
from castguard.connectors.jsonfeed import FeedError, decode_json, parse_timestamp
from castguard.connectors.runtime import (
    MAX_FRAME_BYTES,
    MAX_MESSAGE_BYTES,
    Backoff,
    FatalSourceError,
    LiveSource,
    RetryableSourceError,
    Sleep,
    SourceEnded,
    retry_after,
)
from castguard.connectors.settings import platform_settings, secrets_of
from castguard.connectors.sse import SSE_REQUEST_HEADERS, SseDecoder
from castguard.core.lockdown import FACEBOOK_MODES, Control, PlatformLock
from castguard.core.model import ActionKind, ActionOutcome, ActionRequest, ActionResult, Author, ChatMessage

log = logging.getLogger(__name__)

FIELDS = "id,created_time,from{id,name},message,parent{id},attachment"
COMMENT_RATES = ("one_per_two_seconds", "ten_per_second", "one_hundred_per_second")
#: Graph error codes that mean "slow down".
THROTTLE_CODES = {4, 17, 32, 613, 80001, 80002, 80004}
#: Graph error codes that mean "try again".
TRANSIENT_CODES = {1, 2}
#: Consecutive stream failures before switching to polling.
STREAM_FAILURES_BEFORE_POLL = 3
#: Longest reply sent as a comment (a chat answer, far below Facebook's own limit).
MAX_COMMENT_CHARS = 2000
#: Permissions a page token needs: to moderate comments, to read them, and to act on the page's live videos
#: (blocking a user on one: the Live Video API's permission for a page's live videos).
SCOPES = ("pages_manage_engagement", "pages_read_engagement", "publish_video")
#: What a refusal for a missing permission says (blocking on a live video adds the live-video permission).
_LACKS = f": the token lacks {SCOPES[0]}"
_LACKS_TO_BLOCK = f": the token lacks {SCOPES[0]} or {SCOPES[2]}"
#: Graph error codes of a block refused for its user, and what they mean for the moderator.
_USER_REFUSALS = {
    100: "Facebook does not know this user id (or it is not a person who can be blocked)",
    803: "Facebook does not know this user id",
    210: "the user is not visible to the page",
}
_CODE = re.compile(r"\(code (\d+)")
_ENDED_STATUSES = {"VOD", "LIVE_STOPPED", "PROCESSING", "UNPUBLISHED"}


def graph_error(reply: ApiReply) -> tuple[int, int, str]:
    """(code, subcode, message) of a Graph error body (zeros and "" when absent)."""
    error = reply.body.get("error") if isinstance(reply.body, Mapping) else None
    if not isinstance(error, Mapping):
        return 0, 0, ""
    code = error.get("code")
    subcode = error.get("error_subcode")
    return (
        code if isinstance(code, int) else 0,
        subcode if isinstance(subcode, int) else 0,
        str(error.get("message") or ""),
    )


def usage_wait(reply: ApiReply) -> float | None:
    """Seconds to wait when a usage header says a limit is reached (100%), else ``None``.

    ``X-App-Usage`` / ``X-Page-Usage`` hold percentages (``call_count``,
    ``total_cputime``, ``total_time``); ``X-Business-Use-Case-Usage`` maps an id
    to a list of such objects with ``estimated_time_to_regain_access`` in minutes.
    """
    worst: float | None = None
    for name in ("X-App-Usage", "X-Page-Usage", "X-Ad-Account-Usage", "X-Business-Use-Case-Usage"):
        raw = header(reply, name)
        if not raw:
            continue
        try:
            value = json.loads(raw)
        except ValueError:
            log.debug("unreadable %s header", name)
            continue
        entries: list[Any] = []
        if isinstance(value, Mapping) and name == "X-Business-Use-Case-Usage":
            for items in value.values():
                if isinstance(items, list):
                    entries.extend(items)
        else:
            entries.append(value)
        for entry in entries:
            if not isinstance(entry, Mapping):
                continue
            percent = max(
                (
                    v
                    for k, v in entry.items()
                    if k in ("call_count", "total_cputime", "total_time") and isinstance(v, int | float)
                ),
                default=0,
            )
            if percent >= 100:
                minutes = entry.get("estimated_time_to_regain_access")
                wait = float(minutes) * 60.0 if isinstance(minutes, int | float) and minutes > 0 else 60.0
                worst = max(worst or 0.0, wait)
            elif percent >= 90:
                log.warning("Facebook usage at %s%% of the limit (%s)", percent, name)
    return worst


def judge_graph(reply: ApiReply) -> Judgement:
    """Success (``{"success": true}`` or 2xx); retry throttling and transient errors; refuse the rest."""
    code, subcode, message = graph_error(reply)
    if 200 <= reply.status < 300 and not code:
        if isinstance(reply.body, Mapping) and reply.body.get("success") is False:
            return Judgement(Verdict.FAIL, "Facebook answered success=false")
        return Judgement(Verdict.OK)
    text = f"{message} (code {code}{f'/{subcode}' if subcode else ''})" if code else reply.text[:200]
    if code in THROTTLE_CODES or reply.status == 429:
        return Judgement(Verdict.RETRY, text, usage_wait(reply))
    if code in TRANSIENT_CODES or reply.status >= 500:
        return Judgement(Verdict.RETRY, text)
    if code == 190:
        text += ": the page token expired or was revoked"
    elif code == 10 or 200 <= code <= 299:
        text += _LACKS
    return Judgement(Verdict.FAIL, text)


def observe_graph(reply: ApiReply) -> float | None:
    """Stop calling until the usage headers say access is regained."""
    wait = usage_wait(reply)
    return time.time() + wait if wait is not None else None


def facebook_comment(obj: Any, *, source: str, video_id: str, received_at: float) -> ChatMessage:
    """Map one comment object; raises :class:`FeedError` when it has no id."""
    if not isinstance(obj, Mapping):
        raise FeedError(f"comment is {type(obj).__name__}, not an object")
    comment_id = obj.get("id")
    if not isinstance(comment_id, str) or not comment_id:
        raise FeedError("comment without id")
    sender = obj.get("from")
    if isinstance(sender, Mapping) and sender.get("id"):
        author = Author(str(sender["id"]), str(sender.get("name") or sender["id"]))
    else:
        # Without page permissions Facebook leaves out who wrote it: keep the comment, act on the id.
        author = Author("", "Facebook user")
    message = obj.get("message")
    text = message if isinstance(message, str) else ""
    extra: dict[str, Any] = {}
    attachment = obj.get("attachment")
    if isinstance(attachment, Mapping):
        extra["attachment"] = str(attachment.get("type") or "attachment")
    parent = obj.get("parent")
    return ChatMessage(
        source=source,
        platform="facebook",
        channel=video_id,
        id=comment_id,
        author=author,
        text=text,
        sent_at=parse_timestamp(obj.get("created_time")) or received_at,
        received_at=received_at,
        reply_to=str(parent["id"]) if isinstance(parent, Mapping) and parent.get("id") else None,
        kind="text" if text else "system",
        extra=extra,
    )


class FacebookSource(LiveSource):
    """``facebook:LIVE_VIDEO_ID``: live comments of one live video; moderation with a page token."""

    platform = "facebook"

    def __init__(
        self,
        video_id: str,
        settings: Mapping[str, Any] | None = None,
        *,
        backoff: Backoff | None = None,
        sleep: Sleep | None = None,
        poll_interval: float = 2.0,
        action_backoff: Backoff | None = None,
    ) -> None:
        video_id = video_id.strip()
        if not video_id or not all(c.isalnum() or c == "_" for c in video_id):
            raise ValueError(f"{video_id!r} is not a Facebook live video id")
        self.video_id = video_id
        self.config = platform_settings(settings, "facebook")
        self.token = self.config.get("token") or None
        self.page_id = self.config.get("page_id") or None
        secrets = secrets_of(self.config)
        super().__init__(f"facebook:{video_id}", backoff=backoff, sleep=sleep, secrets=secrets)
        caps = {ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.DELETE, ActionKind.REPLY} if self.token else set()
        if self.token:
            caps |= {ActionKind.BAN, ActionKind.UNBAN}  # on the live video; from the page too with a page id
        self.capabilities = frozenset(caps)
        rate = self.config.get("comment_rate", "one_hundred_per_second")
        self.comment_rate = rate if rate in COMMENT_RATES else "one_hundred_per_second"
        self.polling = self.config.get("mode") == "poll"
        self.poll_interval = poll_interval
        self.api = ApiClient(
            "facebook", judge=judge_graph, observe=observe_graph, secrets=secrets, backoff=action_backoff, sleep=sleep
        )
        self._stream_failures = 0

    async def _run_once(self) -> None:
        if not self.token:
            raise FatalSourceError("no Facebook page token configured (CASTGUARD_FACEBOOK_TOKEN)")
        if self.polling:
            await self._poll()
            return
        try:
            await self._stream()
        except (FatalSourceError, SourceEnded):
            raise
        except Exception as exc:
            if await self._video_ended():
                raise SourceEnded("Facebook: the live video ended") from None
            self._stream_failures += 1
            if self._stream_failures >= STREAM_FAILURES_BEFORE_POLL and not self._was_connected:
                log.warning("%s: comment stream unavailable %d times: polling instead", self.key, self._stream_failures)
                self.polling = True
                raise RetryableSourceError(
                    f"comment stream unavailable ({exc}): switching to polling", delay=0.0
                ) from exc
            raise

    async def _stream(self) -> None:
        params = {"access_token": self.token or "", "comment_rate": self.comment_rate, "fields": FIELDS}
        url = f"{self.config['stream_url']}/{self.video_id}/live_comments"
        session = self.api.session()
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=15, sock_read=120)
        async with session.get(
            url, params=params, headers=SSE_REQUEST_HEADERS, timeout=timeout, allow_redirects=False
        ) as response:
            if response.status != 200:
                self._refused(await read_reply(response), "comment stream")
            await self._connected(f"streaming comments of live video {self.video_id} ({self.comment_rate})")
            self._stream_failures = 0
            decoder = SseDecoder(max_event_bytes=MAX_MESSAGE_BYTES)
            async for chunk in response.content.iter_chunked(MAX_FRAME_BYTES):
                for event in decoder.feed(chunk):
                    await self._comment_json(event.data)
                for error in decoder.errors:
                    self._skip(error)
                decoder.errors.clear()
        if await self._video_ended():
            raise SourceEnded("Facebook: the live video ended")
        raise RetryableSourceError("comment stream closed by the server")

    async def _comment_json(self, data: str) -> None:
        try:
            obj = decode_json(data, max_bytes=MAX_MESSAGE_BYTES)
            if isinstance(obj, Mapping) and "error" in obj and "id" not in obj:
                code, _, message = graph_error(ApiReply(200, {}, obj, data))
                if code == 190:
                    raise FatalSourceError(f"Facebook: {message} (code 190): the page token expired")
                self._skip(f"Facebook stream error event: {message or data[:120]}")
                return
            comment = facebook_comment(obj, source=self.key, video_id=self.video_id, received_at=time.time())
        except FeedError as exc:
            self._skip(f"Facebook comment: {exc}")
            return
        await self._emit(comment)

    async def _poll(self) -> None:
        url = f"{self.config['graph_url']}/{self.video_id}/comments"
        params = {
            "access_token": self.token or "",
            "fields": FIELDS,
            "order": "reverse_chronological",
            "filter": "stream",
            "live_filter": "no_filter",
            "limit": "100",
        }
        reported = False
        while True:
            reply = await self.api.request("GET", url, params=params)
            if reply.status != 200:
                self._refused(reply, "comments")
            data = reply.body.get("data") if isinstance(reply.body, Mapping) else None
            if not isinstance(data, list):
                self._skip(f"Facebook comments page without data list ({reply.text[:80]!r})")
            else:
                if not reported:
                    reported = True
                    await self._connected(f"polling comments of live video {self.video_id}")
                now = time.time()
                for obj in reversed(data):  # newest first on the wire; deliver in order
                    try:
                        comment = facebook_comment(obj, source=self.key, video_id=self.video_id, received_at=now)
                    except FeedError as exc:
                        self._skip(f"Facebook comment: {exc}")
                        continue
                    await self._emit(comment)
                if await self._video_ended():
                    raise SourceEnded("Facebook: the live video ended")
            await self._sleep(self.poll_interval)

    async def _video_ended(self) -> bool:
        try:
            reply = await self.api.request(
                "GET",
                f"{self.config['graph_url']}/{self.video_id}",
                params={"access_token": self.token or "", "fields": "status"},
            )
        except (aiohttp.ClientError, OSError, TimeoutError):
            return False
        status = reply.body.get("status") if isinstance(reply.body, Mapping) else None
        return reply.status == 200 and status in _ENDED_STATUSES

    def _refused(self, reply: ApiReply, what: str) -> None:
        code, _subcode, message = graph_error(reply)
        text = self.api.clean(
            f"Facebook {what}: HTTP {reply.status} {message or reply.text[:120]}" + (f" (code {code})" if code else "")
        )
        if code == 190 or reply.status == 401:
            raise FatalSourceError(text + ": the page token expired or was revoked")
        if code == 10 or 200 <= code <= 299:
            raise FatalSourceError(text + ": the token lacks pages_read_engagement")
        if code == 100 or reply.status == 404:
            raise FatalSourceError(text + ": check the live video id")
        asked = retry_after(header(reply, "Retry-After"))
        if code in THROTTLE_CODES:
            raise RetryableSourceError(text, delay=usage_wait(reply), retry_after=asked)
        raise RetryableSourceError(text, retry_after=asked)

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        """Hide, unhide or delete a comment; block or unblock its author on the live video (and the page)."""
        if not self.token:
            return await super().perform(request)
        kind = request.kind
        graph = self.config["graph_url"]
        token = {"access_token": self.token}
        if kind in (ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.DELETE):
            if request.message is None:
                return ActionOutcome(ActionResult.FAILED, f"facebook: no comment to {kind.value}")
            url = f"{graph}/{request.message.id}"
            if kind is ActionKind.DELETE:
                return await self.api.act("DELETE", url, params=token, success="comment deleted")
            hidden = "true" if kind is ActionKind.HIDE else "false"
            return await self.api.act(
                "POST",
                url,
                data={**token, "is_hidden": hidden},
                success="comment hidden" if hidden == "true" else "comment visible again",
            )
        if kind in (ActionKind.BAN, ActionKind.UNBAN):
            author = request.author or (request.message.author if request.message else None)
            if author is None or not author.id:
                return ActionOutcome(
                    ActionResult.FAILED, "facebook: the comment's author is unknown (no page permission to see it)"
                )
            return await self._block(author.id, block=kind is ActionKind.BAN)
        return ActionOutcome(ActionResult.FAILED, f"Facebook cannot {kind.value}")

    async def _block(self, user_id: str, *, block: bool) -> ActionOutcome:
        """Block (or unblock) a user on this live video, and from the page too when ``page_id`` is set.

        The live video's ``blocked_users`` (``uid``) stops them commenting on this broadcast, the moment it
        matters, and needs no page id; the page's ``blocked`` list, where a page id is configured, also keeps
        them off the page's later posts and live videos. Done when either took; the response says both.
        """
        graph, token = self.config["graph_url"], {"access_token": self.token or ""}
        url = f"{graph}/{self.video_id}/blocked_users"
        if block:
            on_video = await self.api.act(
                "POST", url, data={**token, "uid": user_id}, success="blocked from commenting on the live video"
            )
        else:
            on_video = await self.api.act(
                "DELETE", url, params={**token, "uid": user_id}, success="unblocked on the live video"
            )
        outcomes = [_block_refusal(on_video)]
        if self.page_id:
            url, users = f"{graph}/{self.page_id}/blocked", json.dumps([user_id])
            if block:
                on_page = await self.api.act(
                    "POST", url, data={**token, "user": users}, success="blocked from the page"
                )
            else:
                on_page = await self.api.act(
                    "DELETE", url, params={**token, "user": users}, success="unblocked on the page"
                )
            outcomes.append(_block_refusal(on_page))
        took = any(o.result is ActionResult.DONE for o in outcomes)
        return ActionOutcome(
            ActionResult.DONE if took else ActionResult.FAILED, "; ".join(o.response for o in outcomes)
        )

    async def reply(self, message: ChatMessage, text: str) -> ActionOutcome:
        """Reply to a comment (``POST /{comment-id}/comments`` with ``message``), as the page."""
        if not self.token:
            return await super().reply(message, text)
        return await self.api.act(
            "POST",
            f"{self.config['graph_url']}/{message.id}/comments",
            data={"access_token": self.token, "message": text[:MAX_COMMENT_CHARS]},
            success=_comment_text,
        )

    # -- lockdown -------------------------------------------------------------------------------

    async def lock(self, controls: tuple[Control, ...]) -> PlatformLock:
        """Add ``controls`` to the live video's ``live_comment_moderation_setting``, keeping the modes before."""
        if not self.token:
            return PlatformLock(ActionResult.LOCAL, "facebook: no page token: lockdown holds messages on the desk only")
        if not controls:
            return PlatformLock(ActionResult.LOCAL, "facebook: the policy sets no Facebook modes: desk only")
        current = await self._moderation_setting()
        if isinstance(current, str):
            return PlatformLock(ActionResult.FAILED, f"facebook: comment modes not read: {current}")
        modes = list(dict.fromkeys([*current, *(c.name for c in controls)]))
        outcome = await self._set_moderation(modes, "comment modes " + ", ".join(modes))
        if outcome.result is not ActionResult.DONE:
            return PlatformLock(ActionResult.FAILED, outcome.response)
        return PlatformLock(ActionResult.DONE, outcome.response, {"modes": current})

    async def unlock(self, before: Mapping[str, Any]) -> ActionOutcome:
        """Put back the comment modes :meth:`lock` found."""
        if not self.token:
            return ActionOutcome(ActionResult.FAILED, "facebook: no page token to restore the comment modes with")
        saved = before.get("modes")
        if not isinstance(saved, list):
            return ActionOutcome(ActionResult.FAILED, "facebook: the recorded comment modes are unreadable")
        modes = [m for m in saved if m in FACEBOOK_MODES]
        return await self._set_moderation(modes or ["DEFAULT"], "comment modes restored")

    async def _moderation_setting(self) -> list[str] | str:
        """The live video's comment modes (empty when none is set), or why they could not be read."""
        try:
            reply = await self.api.request(
                "GET",
                f"{self.config['graph_url']}/{self.video_id}",
                params={"access_token": self.token or "", "fields": "live_comment_moderation_setting"},
            )
        except Exception as exc:
            return self.api.clean(f"{type(exc).__name__}: {exc}")
        judgement = judge_graph(reply)
        if judgement.verdict is not Verdict.OK or not isinstance(reply.body, Mapping):
            return self.api.clean(f"HTTP {reply.status}: {judgement.message or reply.text[:200]}")
        modes = reply.body.get("live_comment_moderation_setting", [])
        if not isinstance(modes, list):
            return f"HTTP {reply.status}: live_comment_moderation_setting is not a list"
        return [m for m in modes if m in FACEBOOK_MODES]

    async def _set_moderation(self, modes: list[str], success: str) -> ActionOutcome:
        return await self.api.act(
            "POST",
            f"{self.config['graph_url']}/{self.video_id}",
            data={"access_token": self.token or "", "live_comment_moderation_setting": json.dumps(modes)},
            success=success,
        )

    async def _release(self) -> None:
        await self.api.close()


def _block_refusal(outcome: ActionOutcome) -> ActionOutcome:
    """A refused block, said for the moderator: the permissions blocking needs, or why the user cannot be blocked."""
    if outcome.result is not ActionResult.FAILED:
        return outcome
    response = outcome.response.replace(_LACKS, _LACKS_TO_BLOCK)
    found = _CODE.search(response)
    meaning = _USER_REFUSALS.get(int(found.group(1))) if found else None
    if meaning and meaning not in response:
        response += f": {meaning}"
    return ActionOutcome(outcome.result, response)


def _comment_text(reply: ApiReply) -> str:
    comment_id = reply.body.get("id") if isinstance(reply.body, Mapping) else None
    return f"reply posted (comment {comment_id})" if comment_id else "reply posted"
