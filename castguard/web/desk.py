"""``castguard join ... --web ADDRESS:PORT``: the member desk in a browser, served through textual-serve.

Each browser tab is a desk of its own: a ``castguard join`` process running the same Textual desk with
textual-serve's web driver, connected to the tab by a WebSocket (textual-serve's ``AppService`` speaks the
driver's protocol; its page script draws the terminal). Each tab joins the team as a member of its own,
``NAME-web1``, ``NAME-web2``... (one name per tab: the roster keys presence by name, and two tabs under one
name would take each other off it), and leaving the tab ends its process, which leaves the roster.

The desk processes get the team's URL, session, role and name on their command line, and the Redis
credentials in their environment (never the command line: it shows in the process list); the web token is
not passed on at all. Ctrl-C (or SIGTERM) stops the server: every desk is asked to quit, and ended if it
has not within a few seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import logging
import os
import signal
import ssl
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import textual_serve
from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

from castguard.core.config import REDIS_CREDENTIAL_ENV
from castguard.core.text import clean_text
from castguard.web.gate import TOKEN_ENV, AccessLog, Gate, Listen, add_security_headers

log = logging.getLogger("castguard.web")

#: Browser tabs (each a desk process) served at once at most; one more is told to close one.
MAX_TABS = 8
#: Largest message a tab may send (keystrokes, a resize: a few bytes; a paste at most this).
MAX_MESSAGE = 64 * 1024
#: A tab's terminal size, in cells, at most.
MAX_COLUMNS, MAX_ROWS = 500, 200
#: How long a desk has to quit when asked (its last words to the team included) before it is ended (seconds).
QUIT_TIMEOUT = 10.0
#: After SIGTERM, how long before SIGKILL (seconds).
KILL_TIMEOUT = 5.0
#: textual-serve's page assets (the terminal's script, its style sheet and font).
STATIC = Path(textual_serve.__file__).resolve().parent / "static"


#: How the server runs the application: its access log never holds a query string (the token travels there).
RUNNER_OPTIONS: dict[str, Any] = {
    "access_log_class": AccessLog,
    "access_log": logging.getLogger("castguard.web.access"),
}


@dataclass(frozen=True, slots=True)
class DeskCommand:
    """What each tab runs: ``castguard join`` with this server's team, session, role and name."""

    url: str
    session: str
    name: str
    role: str
    policy: str | None = None
    config: str | None = None

    def member(self, tab: int) -> str:
        """The team member name of tab number ``tab``."""
        return f"{self.name}-web{tab}"

    def argv(self, tab: int) -> list[str]:
        """The desk process's command line: no credentials, and every value after ``=`` or ``--`` so that
        none can be read as an option."""
        argv = [sys.executable, "-m", "castguard"]
        if self.config:
            argv.append(f"--config={self.config}")
        argv += ["join", f"--moderator={self.member(tab)}", f"--role={self.role}"]
        if self.policy:
            argv.append(f"--policy={self.policy}")
        return [*argv, "--", self.url, self.session]


def desk_environment(base: Mapping[str, str], credentials: Mapping[str, str | None]) -> dict[str, str]:
    """The desk processes' environment: ``base`` without the web token, with the Redis credentials."""
    env = {k: v for k, v in base.items() if k != TOKEN_ENV}
    for key, value in credentials.items():
        if value and key in REDIS_CREDENTIAL_ENV:
            env[REDIS_CREDENTIAL_ENV[key]] = value
    return env


class TabDesk(AppService):
    """One tab's desk process, run by textual-serve's ``AppService`` (which speaks the web driver's protocol).

    It differs in how the process starts: from an argument list, not a shell command line; with the
    environment given (the credentials, never the web token); in a process group of its own, so that a
    Ctrl-C on the server's terminal reaches the server, which then stops each desk in order.
    """

    def __init__(self, argv: Sequence[str], env: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__("castguard join", **kwargs)
        self.argv = list(argv)
        self.env = dict(env)
        self.process: asyncio.subprocess.Process | None = None
        """The desk process, once started."""

    async def _open_app_process(self, width: int = 80, height: int = 24) -> asyncio.subprocess.Process:
        # textual-serve's own settings (the web driver, the size): what it adds to or changes in os.environ.
        driver = {k: v for k, v in self._build_environment(width, height).items() if os.environ.get(k) != v}
        env = {**self.env, **driver}
        self.process = self._process = await asyncio.create_subprocess_exec(
            *self.argv, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env=env, start_new_session=True,
        )  # fmt: skip
        assert self.process.stdin is not None
        self._stdin = self.process.stdin
        return self.process

    async def end(self) -> None:
        """Ask the desk to quit (it leaves the roster); end its process if it has not quit in time."""
        process = self.process
        try:
            await asyncio.wait_for(asyncio.shield(self._quit()), QUIT_TIMEOUT)
            return
        except Exception:
            log.warning("a desk did not quit within %.0fs: ending it", QUIT_TIMEOUT,
                        exc_info=log.isEnabledFor(logging.DEBUG))  # fmt: skip
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if process is None or process.returncode is not None:
                return
            # os.kill, not process.send_signal: the latter first polls, and so reaps, the process behind the
            # event loop's back (which then reports "unknown child process" and a made-up exit status).
            with contextlib.suppress(ProcessLookupError):
                os.kill(process.pid, sig)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), KILL_TIMEOUT)

    async def _quit(self) -> None:
        await self.stop()
        if self.process is not None:
            await self.process.wait()


class WebDesk:
    """The aiohttp application: the page, the tabs' WebSocket, textual-serve's assets, behind the gate."""

    def __init__(
        self, command: DeskCommand, gate: Gate, env: Mapping[str, str], *, max_tabs: int = MAX_TABS,
        proxied: bool = False,
    ) -> None:  # fmt: skip
        self.proxied = proxied
        """Served as plain HTTP to a TLS proxy (``--web-plain-http``): its ``X-Forwarded-Proto`` says whether the
        page is https, and so whether the page's WebSocket is wss."""
        self.command = command
        self.gate = gate
        self.env = dict(env)
        self.max_tabs = max_tabs
        self.tabs: set[TabDesk] = set()
        """The desks open now, one per tab."""
        self.opened = 0
        """Tabs opened since the server started (numbers the members: ``NAME-web3``)."""
        self.downloads = DownloadManager()

    def app(self) -> web.Application:
        """The application to serve."""
        app = web.Application(middlewares=[self.gate.middleware], client_max_size=MAX_MESSAGE)
        app.add_routes([
            web.get("/", self.index),
            web.get("/ws", self.websocket),
            web.get("/download/{key}", self.download),
            web.static("/static", STATIC, show_index=False, follow_symlinks=False),
        ])  # fmt: skip
        app.on_response_prepare.append(add_security_headers)
        app.on_shutdown.append(self.shutdown)
        return app

    async def index(self, request: web.Request) -> web.Response:
        """The page: textual-serve's terminal, pointed at this server's WebSocket."""
        try:
            font = min(32, max(8, int(request.query.get("fontsize", "16"))))
        except ValueError:
            font = 16
        secure = self.gate.tls or (self.proxied and request.headers.get("X-Forwarded-Proto", "").lower() == "https")
        scheme = "wss" if secure else "ws"
        return web.Response(text=page(title=self.title, websocket=f"{scheme}://{request.host}/ws", font_size=font),
                            content_type="text/html")  # fmt: skip

    @property
    def title(self) -> str:
        """What the page is called: the session, the name and the role."""
        c = self.command
        return clean_text(f"castguard · {c.session} · {c.name} ({c.role})", 200)

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        """One tab: a desk process of its own for as long as the tab's WebSocket is open."""
        if len(self.tabs) >= self.max_tabs:
            return web.Response(status=503, text=f"{self.max_tabs} desks are open: close one first.\n")
        socket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE)
        await socket.prepare(request)
        self.opened += 1
        tab = TabDesk(self.command.argv(self.opened), self.env, write_bytes=_sender(socket, socket.send_bytes),
                      write_str=_sender(socket, socket.send_str), close=socket.close,
                      download_manager=self.downloads)  # fmt: skip
        self.tabs.add(tab)
        log.info("tab %d opened: %s joins as %s", self.opened, request.remote, self.command.member(self.opened))
        try:
            await tab.start(_cells(request.query.get("width"), 80, MAX_COLUMNS),
                            _cells(request.query.get("height"), 24, MAX_ROWS))  # fmt: skip
            assert tab.process is not None
            exited = asyncio.ensure_future(tab.process.wait())
            reading = asyncio.ensure_future(self._read(socket, tab))
            try:
                await asyncio.wait({exited, reading}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in (exited, reading):
                    task.cancel()
                await asyncio.gather(exited, reading, return_exceptions=True)
        finally:
            await tab.end()
            self.tabs.discard(tab)
            await socket.close()
            log.info("tab closed (%d open)", len(self.tabs))
        return socket

    async def _read(self, socket: web.WebSocketResponse, tab: TabDesk) -> None:
        """The tab's keystrokes, resizes and focus, to its desk; anything else is dropped."""
        async for message in socket:
            if message.type is not WSMsgType.TEXT:
                continue
            try:
                envelope = json.loads(message.data)
            except ValueError:
                continue
            if not isinstance(envelope, list) or not envelope or not isinstance(envelope[0], str):
                continue
            kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
            if kind == "stdin" and isinstance(data, str):
                await tab.send_bytes(data.encode("utf-8", "replace"))
            elif kind == "resize" and isinstance(data, dict):
                await tab.set_terminal_size(_cells(data.get("width"), 80, MAX_COLUMNS),
                                            _cells(data.get("height"), 24, MAX_ROWS))  # fmt: skip
            elif kind == "ping":
                await socket.send_json(["pong", str(data)[:32]])
            elif kind == "blur":
                await tab.blur()
            elif kind == "focus":
                await tab.focus()

    async def download(self, request: web.Request) -> web.StreamResponse:
        """A file a desk hands to its tab (a screenshot of the desk)."""
        key = request.match_info["key"]
        try:
            meta = await self.downloads.get_download_metadata(key)
        except KeyError:
            raise web.HTTPNotFound(text="no such download\n") from None
        response = web.StreamResponse()
        response.content_type = meta.mime_type
        if meta.encoding:
            response.charset = meta.encoding
        disposition = "inline" if meta.open_method == "browser" else "attachment"
        response.headers["Content-Disposition"] = f'{disposition}; filename="{_file_name(meta.file_name)}"'
        await response.prepare(request)
        async for chunk in self.downloads.download(key):
            await response.write(chunk)
        await response.write_eof()
        return response

    async def shutdown(self, _app: web.Application) -> None:
        """Every desk asked to quit, and ended if it does not."""
        await asyncio.gather(*(tab.end() for tab in list(self.tabs)), return_exceptions=True)


def _sender(socket: web.WebSocketResponse, send: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``send`` that does nothing once the tab has gone (the desk may still be drawing its last frame)."""

    async def sender(data: Any) -> None:
        if socket.closed:
            return
        with contextlib.suppress(ConnectionError, RuntimeError):
            await send(data)

    return sender


def _cells(value: object, default: int, most: int) -> int:
    """A terminal dimension from the tab, bounded."""
    try:
        number = int(str(value)) if isinstance(value, int | str) else default
    except ValueError:
        number = default
    return min(most, max(1, number))


def _file_name(name: str) -> str:
    return "".join(c for c in name if c.isascii() and (c.isalnum() or c in "._- "))[:100] or "download"


def page(*, title: str, websocket: str, font_size: int) -> str:
    """The desk's page: textual-serve's terminal script and styles, and nothing loaded from elsewhere."""
    title, websocket = html.escape(title, quote=True), html.escape(websocket, quote=True)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/xterm.css">
<script src="/static/js/textual.js"></script>
<style>
@font-face {{ font-family: "Roboto Mono"; src: url("/static/fonts/RobotoMono-VariableFont_wght.ttf"); }}
body {{ background: #0c181f; color: #e8eef2; font-family: "Roboto Mono", monospace; margin: 0; }}
.notice {{ position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
           z-index: 10; background: #0c181f; }}
.notice div {{ padding: 2em 3em; background: #12232d; text-align: center; }}
.notice a {{ color: #8fd3ff; }}
body.-first-byte .opening, .closed {{ display: none; }}
body.-closed .closed {{ display: flex; }}
.textual-terminal {{ opacity: 0; }}
body.-first-byte .textual-terminal {{ opacity: 1; }}
</style>
</head>
<body>
<div class="notice opening"><div>{title}<br>opening the desk…</div></div>
<div class="notice closed"><div>This desk has closed.<br><a href="/">Open it again</a></div></div>
<div id="terminal" class="textual-terminal" data-session-websocket-url="{websocket}"
     data-font-size="{font_size}"></div>
</body>
</html>
"""


def tls_context(cert: str | None, key: str | None) -> ssl.SSLContext | None:
    """The server's TLS context from a certificate chain and its key (``None`` for neither)."""
    if not cert and not key:
        return None
    if not (cert and key):
        from castguard.web.gate import WebError

        raise WebError("--web-cert and --web-key go together (or [web] tls_cert and tls_key)")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as exc:
        from castguard.web.gate import WebError

        raise WebError(f"--web-cert/--web-key: {exc}") from None
    return context


async def serve(
    desk: WebDesk, listen: Listen, *, tls: ssl.SSLContext | None, ready: Callable[[str], None],
    stop: asyncio.Event | None = None,
) -> None:  # fmt: skip
    """Serve ``desk`` on ``listen`` until Ctrl-C, SIGTERM or ``stop``; ``ready`` gets the address to open."""
    runner = web.AppRunner(desk.app(), handle_signals=False, **RUNNER_OPTIONS)
    await runner.setup()
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        site = web.TCPSite(runner, listen.host, listen.port, ssl_context=tls, shutdown_timeout=QUIT_TIMEOUT + 5)
        await site.start()
        port = next((a[1] for a in runner.addresses if isinstance(a, tuple)), listen.port)
        desk.gate.port = port
        ready(listen.url(tls is not None, port))
        await stop.wait()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
        await runner.cleanup()
