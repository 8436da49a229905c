"""The browser desk's gate: the token once, then a cookie; any other request gets 403 and nothing of the desk.

The token is random, made when the server starts, unless ``CASTGUARD_WEB_TOKEN`` or the config file's
``[web] token`` gives one (never the command line: it shows in the process list). The address to open
carries it in its query string once: the answer sets a cookie (``HttpOnly``, ``SameSite=Strict``, ``Secure``
over TLS) and sends the browser on to the same address without it, so the token leaves the address bar and
the history. The cookie holds a value derived from the token, not the token. Both are compared in constant
time. A WebSocket must also come from the desk's own page (its ``Origin``): another page on the same
machine cannot drive a desk through the browser's cookie.

The access log names the method, the path (never the query string) and the status: the token is printed
once, when the server starts, and nowhere after.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import os
import re
import secrets
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

log = logging.getLogger("castguard.web")

#: Where a preset token comes from (else the config file's ``[web] token``, else a random one).
TOKEN_ENV = "CASTGUARD_WEB_TOKEN"
#: A preset token: URL-safe characters, long enough not to be guessed.
_TOKEN = re.compile(r"[A-Za-z0-9_.~-]{24,256}\Z")
#: What a refused request gets: no page, no script, nothing of the desk.
FORBIDDEN = "403: forbidden. Open the address castguard printed when it started (it carries the token).\n"
#: A ``Host`` header the page may name (the WebSocket's address is built from it).
_HOST = re.compile(r"[A-Za-z0-9.\-]{1,253}(:[0-9]{1,5})?\Z|\[[0-9A-Fa-f:.]{2,45}\](:[0-9]{1,5})?\Z")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class WebError(ValueError):
    """A ``--web`` option that cannot work (a bad address, a weak token, plain HTTP off this machine)."""


def web_token(settings: Mapping[str, Any] | None = None) -> tuple[str, bool]:
    """The token and whether it was made here: ``CASTGUARD_WEB_TOKEN``, ``[web] token``, else a random one."""
    preset = os.environ.get(TOKEN_ENV) or (settings or {}).get("token")
    if preset:
        if not _TOKEN.match(str(preset)):
            raise WebError(f"{TOKEN_ENV} / [web] token: 24 to 256 letters, digits, '_', '.', '~' or '-'")
        return str(preset), False
    return secrets.token_urlsafe(32), True


@dataclass(frozen=True, slots=True)
class Listen:
    """The address the desk is served on."""

    host: str
    port: int

    @property
    def loopback(self) -> bool:
        """Whether only this machine can reach it (every address the name stands for is a loopback one)."""
        return is_loopback(self.host)

    def url(self, tls: bool, port: int | None = None) -> str:
        """The address to open (``port`` once the system chose one for port 0)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'https' if tls else 'http'}://{host}:{self.port if port is None else port}/"


def parse_listen(text: str) -> Listen:
    """``127.0.0.1:8080``, ``[::1]:8080`` or ``localhost:8080`` (port 0: any free port)."""
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isascii() or not port.isdigit() or int(port) > 65535:
        raise WebError("--web: expected ADDRESS:PORT (127.0.0.1:8080, [::1]:8080)")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not _HOST.match(host if ":" not in host else f"[{host}]"):
        raise WebError("--web: the address is not a host name or an IP address")
    return Listen(host, int(port))


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or a name) means this machine only."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError:
        return False
    addresses = {info[4][0] for info in found}
    return bool(addresses) and all(ipaddress.ip_address(str(a).split("%")[0]).is_loopback for a in addresses)


def cookie_name(port: int) -> str:
    """The cookie of the desk on ``port`` (cookies do not keep ports apart: two desks on one machine would
    overwrite each other's)."""
    return f"castguard_web_{port}"


class Gate:
    """Lets in the requests that carry the token or the cookie, and nothing else."""

    def __init__(self, token: str, *, port: int, tls: bool) -> None:
        self._token = token.encode()
        self._cookie = hmac.new(self._token, b"castguard web desk cookie", hashlib.sha256).hexdigest().encode()
        self.port = port
        """The port the desk listens on (it names the cookie); set again once a port 0 is chosen."""
        self.tls = tls

    def token_ok(self, given: str | None) -> bool:
        """Whether ``given`` is the token (constant time)."""
        return given is not None and hmac.compare_digest(given.encode("utf-8", "replace"), self._token)

    def cookie_ok(self, given: str | None) -> bool:
        """Whether ``given`` is the cookie this gate set (constant time)."""
        return given is not None and hmac.compare_digest(given.encode("utf-8", "replace"), self._cookie)

    def origin_ok(self, request: web.Request) -> bool:
        """A WebSocket comes from the desk's own page (browsers always send ``Origin`` with one).

        The page's host and port are compared, not its scheme: behind a TLS proxy the page is https while
        this server speaks plain HTTP to the proxy (which must pass the ``Host`` header on)."""
        origin = request.headers.get("Origin")
        if origin is None:
            return True  # not a browser: a script holding the token or the cookie
        try:
            return urlsplit(origin).netloc == request.host
        except ValueError:
            return False

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """The gate itself (an aiohttp middleware)."""
        by_cookie = self.cookie_ok(request.cookies.get(cookie_name(self.port)))
        by_token = not by_cookie and self.token_ok(request.query.get("token"))
        if not (by_cookie or by_token) or not _HOST.match(request.host):
            log.info("refused %s %s from %s", request.method, request.path[:200], request.remote)
            return web.Response(status=403, text=FORBIDDEN)
        if request.headers.get("Upgrade", "").lower() == "websocket" and not self.origin_ok(request):
            log.warning("refused a WebSocket from another page (%s)", request.headers.get("Origin", "")[:200])
            return web.Response(status=403, text=FORBIDDEN)
        if by_token and request.method == "GET" and request.path == "/":
            # The token leaves the address: the cookie stands for it from now on.
            query = {k: v for k, v in request.query.items() if k != "token"}
            onward = web.HTTPSeeOther(request.rel_url.with_query(query))
            self._with_cookie(onward)
            raise onward
        response = await handler(request)
        if by_token and not response.prepared:
            self._with_cookie(response)
        return response

    def _with_cookie(self, response: web.StreamResponse) -> web.StreamResponse:
        response.set_cookie(cookie_name(self.port), self._cookie.decode(), path="/", httponly=True,
                            samesite="Strict", secure=self.tls)  # fmt: skip
        return response


#: Headers on every answer: no framing (a framed desk could be fed keystrokes), nothing loaded from
#: elsewhere, nothing cached, no referrer.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; "
        "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


async def add_security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """``on_response_prepare``: :data:`SECURITY_HEADERS` on every answer, a 403 and a 404 included."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")


class AccessLog(AbstractAccessLogger):
    """One line per request: method, path, status, time. Never the query string (the token travels there)."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info("%s %s %s %.0fms", request.method, request.path[:200], response.status, time * 1000)
