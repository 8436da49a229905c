"""``castguard join URL SESSION --web ADDRESS:PORT``: check the options, say where to go once, serve."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import Any

from castguard.web.desk import DeskCommand, WebDesk, desk_environment, serve, tls_context
from castguard.web.gate import TOKEN_ENV, Gate, WebError, parse_listen, web_token


def web_join(args: argparse.Namespace, config: Any, url: str, session: str, *, moderator: str, role: str) -> int:
    """Serve the member desk of ``session`` in browsers until Ctrl-C; :class:`WebError` for options that
    cannot work."""
    from castguard.integrations.team.link import credentials

    listen = parse_listen(args.web)
    settings = dict(getattr(config, "web", {}) or {})
    tls = tls_context(args.web_cert or settings.get("tls_cert"), args.web_key or settings.get("tls_key"))
    if tls is None and not listen.loopback and not args.web_plain_http:
        raise WebError(f"--web {args.web}: other machines can reach this address, and plain HTTP would carry "
                       "the token and the desk readable: give --web-cert and --web-key (TLS), or say "
                       "--web-plain-http (behind a TLS proxy only)")  # fmt: skip
    token, made = web_token(settings)
    os.environ.pop(TOKEN_ENV, None)  # read once; nothing started from here inherits it
    command = DeskCommand(url, session, moderator, role, policy=args.policy,
                          config=str(args.config) if args.config else None)  # fmt: skip
    desk = WebDesk(command, Gate(token, port=listen.port, tls=tls is not None),
                   desk_environment(os.environ, credentials(config.team)), proxied=args.web_plain_http)  # fmt: skip

    def ready(address: str) -> None:
        # The only place the token is ever written (a preset one is not: whoever set it knows it).
        where = f"{address}?token={token}" if made else f"{address}?token=<{TOKEN_ENV} or [web] token>"
        print(f"castguard: the {role} desk of team session {session} is served at\n  {where}\n"
              f"open it in a browser (the token is needed once: the browser then keeps a cookie); each tab "
              f"joins as {moderator}-webN. Ctrl-C stops.", flush=True)  # fmt: skip

    try:
        asyncio.run(serve(desk, listen, tls=tls, ready=ready))
    except OSError as exc:
        raise WebError(f"--web {args.web}: {exc.strerror or exc}") from None
    except KeyboardInterrupt:
        pass
    print("castguard: web desk stopped", file=sys.stderr)
    return 0
