"""Headless Chromium for the tests, driven through the DevTools protocol (no browser download, no Playwright).

Debian's ``chromium`` (``.ci/run`` installs it); tests that need it skip when it is missing. A page is one
DevTools target, spoken to over its WebSocket with the ``websockets`` client castguard already depends on.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import shutil
import struct
import subprocess
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import websockets

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SKIP_REASON = "Chromium is not installed (apt-get install chromium)"
_LISTENING = re.compile(rb"DevTools listening on (ws://\S+)")


class Page:
    """One browser tab: commands by name, answers by id (events are dropped)."""

    def __init__(self, socket: Any) -> None:
        self.socket = socket
        self._ids = itertools.count(1)

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Run one DevTools command and return its result."""
        ident = next(self._ids)
        await self.socket.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            answer = json.loads(await asyncio.wait_for(self.socket.recv(), 30))
            if answer.get("id") == ident:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return dict(answer.get("result", {}))

    async def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    async def screenshot(self, path: Path) -> bytes:
        """A PNG of what the tab shows, also written to ``path``."""
        data = base64.b64decode((await self.send("Page.captureScreenshot", format="png"))["data"])
        path.write_bytes(data)
        return data


def png_pixels(png: bytes) -> list[list[tuple[int, int, int]]]:
    """The RGB pixels of a screenshot (Chromium's PNG: 8-bit RGB or RGBA, not interlaced), row by row."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, compressed, width, height, step = 8, b"", 0, 0, 4
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        body = png[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            step = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            compressed += body
    raw, stride = zlib.decompress(compressed), width * step
    rows: list[list[tuple[int, int, int]]] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):  # the PNG filters: none, sub, up, average, Paeth
            a = line[x - step] if x >= step else 0
            b, c = previous[x], previous[x - step] if x >= step else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                nearest = (
                    a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else b if abs(p - b) <= abs(p - c) else c
                )
                line[x] = (line[x] + nearest) & 255
        rows.append([(line[x], line[x + 1], line[x + 2]) for x in range(0, stride, step)])
        previous = line
    return rows


class Browser:
    """A headless Chromium process of the test's own."""

    def __init__(self, process: subprocess.Popen[bytes], endpoint: str) -> None:
        self.process = process
        self.endpoint = endpoint
        """``http://127.0.0.1:PORT`` of its DevTools."""

    @asynccontextmanager
    async def page(self, width: int = 1400, height: int = 800) -> AsyncIterator[Page]:
        """A new tab, closed on exit."""
        async with aiohttp.ClientSession() as http:
            async with http.put(f"{self.endpoint}/json/new?about:blank") as answer:
                target = await answer.json()
            try:
                async with websockets.connect(target["webSocketDebuggerUrl"], max_size=64 * 2**20) as socket:
                    page = Page(socket)
                    await page.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                                    deviceScaleFactor=1, mobile=False)  # fmt: skip
                    yield page
            finally:
                async with http.get(f"{self.endpoint}/json/close/{target['id']}") as answer:
                    await answer.read()


@asynccontextmanager
async def chromium(profile: Path) -> AsyncIterator[Browser]:
    """Start headless Chromium with a fresh profile in ``profile``; stop it on exit."""
    assert CHROMIUM is not None
    process = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-extensions", "--no-first-run", "--disable-dev-shm-usage", "--remote-debugging-port=0",
         "--remote-debugging-address=127.0.0.1", f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stderr is not None
        seen = b""
        while (found := _LISTENING.search(seen)) is None:
            line = await asyncio.wait_for(asyncio.to_thread(process.stderr.readline), 30)
            if not line:
                raise RuntimeError(f"chromium did not start: {seen.decode(errors='replace')[-2000:]}")
            seen += line
        port = found.group(1).decode().split("/")[2].rsplit(":", 1)[1]
        yield Browser(process, f"http://127.0.0.1:{port}")
    finally:
        process.kill()
        process.wait(10)
        if process.stderr is not None:
            process.stderr.close()
