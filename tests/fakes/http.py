"""Shared pieces of the fake HTTP platforms: a loopback aiohttp server and a call recorder."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Call:
    """One request the fake received, as the platform would see it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any = None
    form: dict[str, str] = field(default_factory=dict)


@dataclass
class Scripted:
    """A canned answer for the next matching request."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def response(self) -> web.Response:
        """The aiohttp response."""
        if self.body is None:
            return web.Response(status=self.status, headers=self.headers)
        text = self.body if isinstance(self.body, str) else json.dumps(self.body)
        return web.Response(status=self.status, text=text, headers=self.headers, content_type="application/json")


class Recorder:
    """Records calls and hands out scripted answers (first in, first out) per (method, path)."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._scripts: dict[tuple[str, str], list[Scripted]] = {}

    def script(
        self, method: str, path: str, status: int, body: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        """Answer the next ``method path`` request with this status, body and headers."""
        self._scripts.setdefault((method, path), []).append(Scripted(status, body, headers or {}))

    async def record(self, request: web.Request) -> Call:
        """Store the request (JSON or form body decoded) and return it."""
        body_json = None
        form: dict[str, str] = {}
        if request.can_read_body:
            if request.content_type == "application/json":
                body_json = await request.json()
            elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = {k: str(v) for k, v in (await request.post()).items()}
        call = Call(request.method, request.path, dict(request.query), dict(request.headers), body_json, form)
        self.calls.append(call)
        return call

    def scripted(self, method: str, path: str) -> web.Response | None:
        """The next canned answer for this request, if any."""
        queue = self._scripts.get((method, path))
        if queue:
            return queue.pop(0).response()
        return None

    def of(self, method: str, path: str) -> list[Call]:
        """Recorded calls with this method and path."""
        return [c for c in self.calls if c.method == method and c.path == path]


@asynccontextmanager
async def serve(app: web.Application) -> AsyncIterator[str]:
    """Run ``app`` on 127.0.0.1 on a free port; yields its base URL."""
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()
