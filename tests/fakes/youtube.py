"""A fake YouTube Data API v3 live chat: ``liveChat/messages`` pages with ``nextPageToken``, bans, errors."""

from __future__ import annotations

import itertools
from typing import Any

from aiohttp import web

from tests.fakes.http import Recorder

CHAT_ID = "Cg0KC2xpdmVjaGF0aWQ"


def text_item(
    msg_id: str, text: str, *, channel: str = "UCviewer", name: str = "Viewer", **author: bool
) -> dict[str, Any]:
    """A ``textMessageEvent`` resource as the API returns it."""
    return {
        "kind": "youtube#liveChatMessage",
        "id": msg_id,
        "snippet": {
            "type": "textMessageEvent",
            "liveChatId": CHAT_ID,
            "authorChannelId": channel,
            "publishedAt": "2024-05-01T12:00:00.123Z",
            "hasDisplayContent": True,
            "displayMessage": text,
            "textMessageDetails": {"messageText": text},
        },
        "authorDetails": {
            "channelId": channel,
            "displayName": name,
            "isChatModerator": author.get("moderator", False),
            "isChatOwner": author.get("owner", False),
            "isChatSponsor": author.get("sponsor", False),
            "isVerified": False,
        },
    }


def google_error(code: int, reason: str, message: str) -> dict[str, Any]:
    """Google's error body."""
    return {
        "error": {
            "code": code,
            "message": message,
            "errors": [{"message": message, "domain": "youtube.liveChat", "reason": reason}],
        }
    }


class FakeYouTube:
    """Serves scripted pages; each page is either a list of items or an error (status, body)."""

    def __init__(self, *, token: str = "ya29.secret-token", interval_ms: int = 10) -> None:
        self.token = token
        self.interval_ms = interval_ms
        self.pages: list[dict[str, Any] | tuple[int, Any]] = []
        """What the next polls return, in order; when empty, an empty page."""
        self.recorder = Recorder()
        self._tokens = itertools.count(1)
        self._bans = itertools.count(1)
        self.app = web.Application()
        self.app.router.add_get("/youtube/v3/liveChat/messages", self._messages)
        self.app.router.add_delete("/youtube/v3/liveChat/messages", self._action)
        self.app.router.add_post("/youtube/v3/liveChat/messages", self._action)
        self.app.router.add_post("/youtube/v3/liveChat/bans", self._action)
        self.app.router.add_delete("/youtube/v3/liveChat/bans", self._action)
        self.app.router.add_get("/tokeninfo", self._tokeninfo)

    def page(self, *items: object, offline: bool = False) -> None:
        """Queue a page of items (anything, so that tests can send malformed ones)."""
        body: dict[str, Any] = {"kind": "youtube#liveChatMessageListResponse", "items": list(items)}
        if offline:
            body["offlineAt"] = "2024-05-01T13:00:00Z"
        self.pages.append(body)

    def error(self, status: int, reason: str, message: str) -> None:
        """Queue an error answer."""
        self.pages.append((status, google_error(status, reason, message)))

    def raw(self, status: int, text: str) -> None:
        """Queue an answer with this exact body."""
        self.pages.append((status, text))

    async def _messages(self, request: web.Request) -> web.Response:
        await self.recorder.record(request)
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response(google_error(401, "authError", "Invalid Credentials"), status=401)
        if not self.pages:
            body: dict[str, Any] = {"items": []}
        else:
            page = self.pages.pop(0)
            if isinstance(page, tuple):
                status, content = page
                if isinstance(content, str):
                    return web.Response(status=status, text=content, content_type="text/html")
                return web.json_response(content, status=status)
            body = page
        body["nextPageToken"] = f"page-{next(self._tokens)}"
        body["pollingIntervalMillis"] = self.interval_ms
        return web.json_response(body)

    async def _action(self, request: web.Request) -> web.Response:
        call = await self.recorder.record(request)
        canned = self.recorder.scripted(request.method, request.path)
        if canned is not None:
            return canned
        if call.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response(google_error(401, "authError", "Invalid Credentials"), status=401)
        if request.method == "POST" and request.path.endswith("/messages"):
            snippet = (call.json or {}).get("snippet", {})
            return web.json_response({"kind": "youtube#liveChatMessage", "id": f"LCC.sent-{next(self._bans)}",
                                      "snippet": snippet})  # fmt: skip
        if request.method == "POST":
            snippet = (call.json or {}).get("snippet", {})
            return web.json_response(
                {"kind": "youtube#liveChatBan", "id": f"ban-{next(self._bans)}", "snippet": snippet}
            )
        return web.Response(status=204)

    async def _tokeninfo(self, request: web.Request) -> web.Response:
        if request.query.get("access_token") != self.token:
            return web.json_response({"error": "invalid_token"}, status=400)
        return web.json_response({"scope": "https://www.googleapis.com/auth/youtube.force-ssl", "expires_in": 3000})
