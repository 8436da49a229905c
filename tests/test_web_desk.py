"""The member desk in a real browser: headless Chromium opens ``castguard join --web`` on a host running the demo."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from castguard.connectors.demo import DemoBroadcast
from castguard.core.policy import Policy
from castguard.filters.pipeline import Pipeline
from castguard.integrations.team.claims import PRESENCE_TTL
from castguard.integrations.team.host import TeamHost
from castguard.integrations.team.link import Keys, connect, read_roster
from castguard.session.engine import Session
from castguard.session.store import Store
from tests.browser import CHROMIUM, SKIP_REASON, Page, chromium, png_pixels
from tests.conftest import MakeSession
from tests.fakes.redisd import RedisServer
from tests.team_helpers import needs_redis, redis_client, redis_server, until
from tests.test_team_desk import hosted

# Each test starts a browser and desk processes: quick on an idle machine (about 15 s), slow on a loaded one.
pytestmark = [needs_redis, pytest.mark.skipif(CHROMIUM is None, reason=SKIP_REASON), pytest.mark.timeout(240)]
__all__ = ["redis_client", "redis_server"]
ROOT = Path(__file__).resolve().parent.parent

#: Keeps what the desk's WebSocket brought to the page (xterm.js draws it on a canvas, out of the DOM's text).
RECORD_THE_TERMINAL = """
window.__desk = [];
const Native = window.WebSocket;
window.WebSocket = function (url, protocols) {
  const socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
  const decoder = new TextDecoder();
  socket.addEventListener("message", (e) => {
    if (typeof e.data !== "string") window.__desk.push(decoder.decode(e.data, {stream: true}));
  });
  return socket;
};
window.WebSocket.prototype = Native.prototype;
"""
_ESCAPES = re.compile(r"\x1b\[[0-9;?$<>=]*[A-Za-z~]|\x1b[()][A-Za-z0-9]|\x1b[=>78]")


#: One drawing step of the desk's output: a colour change (SGR), another escape sequence, or a character drawn.
_DRAWN = re.compile(
    r"\x1b\[([0-9;]*)m|\x1b\[[0-9;?$<>=]*[A-Za-z~]|\x1b\][^\x07]*\x07|\x1b[()][A-Za-z0-9]|\x1b[=>78]|([^\x1b\x07\r\n])"
)


def on_default_background(stream: str) -> str:
    """The characters of the desk's output drawn with no background colour of its own: the terminal's shows."""
    drawn, painted = [], False
    for step in _DRAWN.finditer(stream):
        sgr, char = step.group(1), step.group(2)
        if sgr is not None:
            codes = sgr.split(";")
            i = 0
            while i < len(codes):
                code = int(codes[i] or 0)
                if code in (38, 48):  # 38;5;N or 38;2;R;G;B (foreground), 48;... (background)
                    painted = painted or code == 48
                    i += 2 if codes[i + 1 : i + 2] == ["5"] else 4
                elif code in (0, 49):
                    painted = False
                elif 40 <= code <= 47 or 100 <= code <= 107:
                    painted = True
                i += 1
        elif char is not None and not painted:
            drawn.append(char)
    return "".join(drawn)


def black_bands(png: bytes, rows: int) -> list[int]:
    """The columns of a screenshot with at least ``rows`` pixels of pure black (xterm.js's default) in a row."""
    pixels = png_pixels(png)
    bands = []
    for x in range(len(pixels[0])):
        run = longest = 0
        for line in pixels:
            run = run + 1 if line[x] == (0, 0, 0) else 0
            longest = max(longest, run)
        if longest >= rows:
            bands.append(x)
    return bands


async def terminal_text(page: Page) -> str:
    """What the desk drew in the page so far, without its escape sequences."""
    return _ESCAPES.sub("", "".join(await page.evaluate("window.__desk") or []))


@asynccontextmanager
async def demo_host(redis_server: RedisServer, store: Store, policy: Policy) -> AsyncIterator[Session]:
    """A host running the demo broadcast, publishing to the test's Redis as session ``show``."""
    session = Session(store, Pipeline(policy), [DemoBroadcast(seed=7, rate=20.0)], moderator="host",
                      flush_interval=0.01)  # fmt: skip
    client = connect(redis_server.url)
    host = TeamHost(session, client, Keys("show"), name="host", snapshot_interval=0.1)
    session.add_service(host)
    task = asyncio.create_task(session.run())
    try:
        await until(lambda: session.counts["messages"] > 0 and not host.outbox, what="the host published")
        yield session
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await client.aclose()


@asynccontextmanager
async def web_join(tmp_path: Path, url: str, *args: str) -> AsyncIterator[tuple[asyncio.subprocess.Process, str]]:
    """``castguard join URL show --web 127.0.0.1:0 ...`` and the address it printed; SIGINT on exit."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASTGUARD_")}
    env.update(CASTGUARD_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "castguard", "join", url, "show", "--web", "127.0.0.1:0", *args, cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    try:
        await asyncio.wait_for(process.stdout.readline(), 60)
        address = (await asyncio.wait_for(process.stdout.readline(), 10)).decode().strip()
        yield process, address
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
            await asyncio.wait_for(process.wait(), 60)


def desk_processes(name: str) -> list[int]:
    """Processes running the desk of the member ``name``."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"--moderator={name}".encode() in argv:
            found.append(int(proc.name))
    return found


async def test_the_producer_desk_in_headless_chromium_behind_its_token(
    redis_server: RedisServer, redis_client: Any, store: Store, policy: Policy, tmp_path: Path
) -> None:
    async with demo_host(redis_server, store, policy) as host, chromium(tmp_path / "profile") as browser:
        async with web_join(tmp_path, redis_server.url, "--moderator", "pat", "--role", "producer") as (server, url):
            base, token = url.split("?token=")
            # Without the token: 403 and nothing of the desk, for the page and for the desk's WebSocket.
            async with aiohttp.ClientSession() as http:
                refused = await http.get(base)
                assert refused.status == 403 and "textual" not in await refused.text()
                with pytest.raises(aiohttp.WSServerHandshakeError) as handshake:
                    await http.ws_connect(f"{base}ws")
                assert handshake.value.status == 403
            async with browser.page(1400, 800) as page:
                await page.send("Page.enable")
                await page.send("Page.addScriptToEvaluateOnNewDocument", source=RECORD_THE_TERMINAL)
                await page.send("Page.navigate", url=url)
                await poll(page, "document.body && document.body.classList.contains('-first-byte')", "the desk drew")
                assert await page.evaluate("location.href") == base  # the token left the address bar
                # The tab is a member of its own, with the producer's role.
                keys = Keys("show")
                await until_async(lambda: roster_has(redis_client, keys, "pat-web1", "producer"), "pat-web1 on")
                # The producer's desk opens on the producer's view; "1" typed in the page shows the feed.
                await page.send("Input.dispatchMouseEvent", type="mousePressed", x=700, y=400, button="left",
                                clickCount=1)  # fmt: skip
                await page.send("Input.dispatchMouseEvent", type="mouseReleased", x=700, y=400, button="left",
                                clickCount=1)  # fmt: skip
                await page.evaluate("window.__desk = []")
                await page.send("Input.insertText", text="1")

                async def chat_shown() -> bool:
                    text = await terminal_text(page)
                    recent = [host.record(s) for s in range(max(1, host.counts["messages"] - 40),
                                                            host.counts["messages"] + 1)]  # fmt: skip
                    return sum(r is not None and r.message.text[:16] in text for r in recent) >= 3

                await until_async(chat_shown, "the demo's chat in the page's feed")
                # The footer offers the producer's keys: hide and escalate, not ban or time out.
                text = await terminal_text(page)
                assert re.search(r"\bh +Hide\b", text) and re.search(r"\be +Escalate\b", text)
                assert not re.search(r"\bb +Ban\b", text) and not re.search(r"\bt +Timeout\b", text)
                shot = await page.screenshot(tmp_path / "desk.png")
                assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 50_000  # far from a blank page
                # The theme's colours edge to edge: nothing drawn on the terminal's default background, and no
                # black band down the feed (its scrollbar's track was pure black in textual-dark).
                drawn = "".join(await page.evaluate("window.__desk") or [])
                assert on_default_background(drawn) == ""
                assert black_bands(shot, rows=200) == []
                assert desk_processes("pat-web1")

            # The tab closed: its desk process ends, and has left the roster by then (its presence would
            # otherwise outlive it by the heartbeat's time to live).
            async def desk_ended() -> bool:
                return not desk_processes("pat-web1")

            await until_async(desk_ended, "its desk process ended")

            # Leaving is bounded best effort: a desk that could not say so in time (a busy machine) is gone
            # when its heartbeat expires, never later.
            async def left() -> bool:
                return await redis_client.get(keys.presence("pat-web1")) is None

            await until_async(left, "its presence gone", timeout=PRESENCE_TTL)
            assert await roster_has(redis_client, keys, "pat-web1", None, present=False)
            server.send_signal(signal.SIGINT)
            out, err = await asyncio.wait_for(server.communicate(), 60)
            assert server.returncode == 0 and err.decode().strip() == "castguard: web desk stopped"  # no warning
            assert token.encode() not in out + err  # printed once, before what communicate() read


async def roster_has(client: Any, keys: Keys, name: str, role: str | None, *, present: bool = True) -> bool:
    members = {m.name: m.role for m in await read_roster(client, keys, time.time())}
    return (members.get(name) == role) if present else name not in members


async def poll(page: Page, expression: str, what: str, timeout: float = 60.0) -> None:
    await until_async(lambda: page.evaluate(expression), what, timeout)


async def until_async(condition: Callable[[], Awaitable[object]], what: str, timeout: float = 45.0) -> None:
    """Wait until ``condition()`` comes back true."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


async def test_a_web_viewer_reads_only_the_redacted_view_when_the_host_redacts(
    make_session: MakeSession, redis_server: RedisServer, policy: Policy, tmp_path: Path
) -> None:
    from castguard.integrations.team.redact import Redactor
    from castguard.session.redaction import free_text_redactor

    messages = [f"call me at 212-555-0147 about my chemo ({i})" for i in range(5)]
    redactor = Redactor(free_text_redactor(policy))
    async with (
        hosted(make_session, redis_server, messages, redactor=redactor),
        chromium(tmp_path / "profile") as browser,
    ):
        # No --role: a desk served to browsers opens as a viewer (an observer).
        async with web_join(tmp_path, redis_server.url, "--moderator", "olga") as (server, url):
            async with browser.page(1400, 800) as page:
                await page.send("Page.enable")
                await page.send("Page.addScriptToEvaluateOnNewDocument", source=RECORD_THE_TERMINAL)
                await page.send("Page.navigate", url=url)

                async def feed_shown() -> bool:
                    return (await terminal_text(page)).count("[phone]") >= 3

                await until_async(feed_shown, "the redacted chat in the page", timeout=60)
                text = await terminal_text(page)
                assert "212-555-0147" not in text and "555" not in text
                assert "viewer-" in text and not re.search(r"\bviewer[0-4]\b", text)  # authors pseudonymised
                assert not re.search(r"\bh +Hide\b", text)  # and a viewer's desk offers no key that acts
                # Ctrl-C with the tab still open: the server stops, and the tab's desk process with it.
                assert desk_processes("olga-web1")
                server.send_signal(signal.SIGINT)
                await asyncio.wait_for(server.wait(), 60)
                assert server.returncode == 0 and not desk_processes("olga-web1")
                await until_async(lambda: page.evaluate("document.body.classList.contains('-closed')"), "closed")
