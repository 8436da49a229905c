"""A fake Facebook Graph API: the live_comments SSE stream, the comments edge, comment moderation, and blocking on
the live video (``blocked_users``) and from the page (``blocked``)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web

from tests.fakes.http import Call, Recorder

VIDEO_ID = "911936075671494"
PAGE_ID = "552524000000001"


def comment(comment_id: str, text: str, *, user: str = "552524095105158", name: str = "Steph C.") -> dict[str, Any]:
    """A comment object as the stream sends it."""
    return {
        "id": f"{VIDEO_ID}_{comment_id}",
        "created_time": "2018-08-30T18:47:02+0000",
        "from": {"id": user, "name": name},
        "message": text,
    }


def graph_error(code: int, message: str, subcode: int | None = None) -> dict[str, Any]:
    """Graph's error body."""
    error: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "AbC"}
    if subcode:
        error["error_subcode"] = subcode
    return {"error": error}


class FakeFacebook:
    """Each stream connection plays the next script: a list of raw SSE chunks (bytes) or an error (status, body)."""

    def __init__(self, *, token: str = "EAAB-page-secret") -> None:
        self.token = token
        self.streams: list[list[bytes] | tuple[int, Any]] = []
        self.comment_pages: list[list[dict[str, Any]]] = []
        self.status = "LIVE"
        self.moderation: list[str] = []
        """The live video's ``live_comment_moderation_setting`` (empty: Facebook's default)."""
        self.blocked_users: set[str] = set()
        """Users blocked from commenting on the live video (its ``blocked_users`` edge)."""
        self.unknown_users: set[str] = set()
        """User ids Facebook does not know (blocking one is refused with code 100)."""
        self.permissions = ["pages_manage_engagement", "pages_read_engagement", "publish_video"]
        """The permissions ``/me/permissions`` says the token was granted."""
        self.recorder = Recorder()
        self.app = web.Application()
        self.app.router.add_get(f"/{VIDEO_ID}/live_comments", self._stream)
        self.app.router.add_get(f"/v26.0/{VIDEO_ID}/comments", self._comments)
        self.app.router.add_get(f"/v26.0/{VIDEO_ID}", self._video)
        self.app.router.add_get("/v26.0/me/permissions", self._permissions)
        self.app.router.add_route("*", "/v26.0/{object_id}", self._object)
        self.app.router.add_route("*", "/v26.0/{object_id}/blocked", self._object)
        self.app.router.add_route("*", "/v26.0/{object_id}/blocked_users", self._blocked_users)
        self.app.router.add_post("/v26.0/{object_id}/comments", self._reply)

    def stream(self, *events: dict[str, Any] | bytes) -> None:
        """Queue a stream connection sending these events (dicts become ``data:`` lines) and then closing."""
        chunks = [e if isinstance(e, bytes) else f"data: {json.dumps(e)}\n\n".encode() for e in events]
        self.streams.append(chunks)

    def stream_error(self, status: int, body: Any) -> None:
        """Queue a refused stream connection."""
        self.streams.append((status, body))

    def _token_ok(self, request: web.Request, form: dict[str, str] | None = None) -> bool:
        return (request.query.get("access_token") or (form or {}).get("access_token")) == self.token

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        await self.recorder.record(request)
        if not self._token_ok(request):
            return web.json_response(graph_error(190, "Error validating access token", 460), status=400)
        script = self.streams.pop(0) if self.streams else (503, graph_error(2, "Service temporarily unavailable"))
        if isinstance(script, tuple):
            return web.json_response(script[1], status=script[0])
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for chunk in script:
            await response.write(chunk)
            await asyncio.sleep(0)
        return response

    async def _comments(self, request: web.Request) -> web.Response:
        await self.recorder.record(request)
        if not self._token_ok(request):
            return web.json_response(graph_error(190, "Error validating access token"), status=400)
        data = self.comment_pages.pop(0) if self.comment_pages else []
        return web.json_response(
            {"data": data, "paging": {"cursors": {"before": "b", "after": "a"}}},
            headers={"X-App-Usage": json.dumps({"call_count": 5, "total_time": 2, "total_cputime": 1})},
        )

    async def _video(self, request: web.Request) -> web.Response:
        await self.recorder.record(request)
        canned = self.recorder.scripted(request.method, request.path)
        if canned is not None:
            return canned
        fields = request.query.get("fields", "").split(",")
        if "live_comment_moderation_setting" in fields:
            if not self._token_ok(request):
                return web.json_response(graph_error(190, "Error validating access token"), status=400)
            # Facebook leaves the field out when no mode is set.
            body: dict[str, Any] = {"id": VIDEO_ID}
            if self.moderation:
                body["live_comment_moderation_setting"] = list(self.moderation)
            return web.json_response(body)
        return web.json_response({"id": VIDEO_ID, "status": self.status})

    def _set_moderation(self, raw: str) -> web.Response:
        try:
            modes = json.loads(raw)
        except ValueError:
            modes = None
        known = {"DEFAULT", "FOLLOWER", "SLOW", "DISCUSSION", "RESTRICTED", "PROTECTED_MODE", "SUPPORTER",
                 "NO_HYPERLINK", "FOLLOWED", "TAGGED"}  # fmt: skip
        if not isinstance(modes, list) or not modes or not set(modes) <= known:
            message = "(#100) Param live_comment_moderation_setting must be an array of known values"
            return web.json_response(graph_error(100, message), status=400)
        self.moderation = [m for m in modes if m != "DEFAULT"]
        return web.json_response({"success": True})

    async def _permissions(self, request: web.Request) -> web.Response:
        if not self._token_ok(request):
            return web.json_response(graph_error(190, "Error validating access token"), status=400)
        return web.json_response({"data": [{"permission": p, "status": "granted"} for p in self.permissions]})

    async def _answerable(self, request: web.Request) -> tuple[Call, web.Response | None]:
        """Record a write call; the answer instead of Graph's when it is scripted or its token is refused."""
        call = await self.recorder.record(request)
        canned = self.recorder.scripted(request.method, request.path)
        if canned is not None:
            return call, canned
        if not self._token_ok(request, call.form):
            return call, web.json_response(graph_error(190, "Error validating access token", 463), status=400)
        return call, None

    async def _reply(self, request: web.Request) -> web.Response:
        _, refused = await self._answerable(request)
        if refused is not None:
            return refused
        return web.json_response({"id": f"{request.match_info['object_id']}_reply{len(self.recorder.calls)}"})

    async def _blocked_users(self, request: web.Request) -> web.Response:
        """``POST`` / ``DELETE /{live-video-id}/blocked_users`` with ``uid``, as Graph answers them."""
        call, refused = await self._answerable(request)
        if refused is not None:
            return refused
        if request.match_info["object_id"] != VIDEO_ID:
            message = f"(#100) Unsupported request: object {request.match_info['object_id']} does not exist"
            return web.json_response(graph_error(100, message, 33), status=400)
        uid = (call.form if request.method == "POST" else call.query).get("uid", "")
        if not uid.isdigit() or uid in self.unknown_users:
            return web.json_response(graph_error(100, "(#100) Param uid must be a valid user id"), status=400)
        if request.method == "POST":
            self.blocked_users.add(uid)
        elif request.method == "DELETE":
            self.blocked_users.discard(uid)
        else:
            return web.json_response({"data": [{"id": u} for u in sorted(self.blocked_users)]})
        return web.json_response({"success": True})

    async def _object(self, request: web.Request) -> web.Response:
        call, refused = await self._answerable(request)
        if refused is not None:
            return refused
        if request.method == "POST" and request.match_info["object_id"] == VIDEO_ID:
            if "live_comment_moderation_setting" in call.form:
                return self._set_moderation(call.form["live_comment_moderation_setting"])
        return web.json_response({"success": True})
