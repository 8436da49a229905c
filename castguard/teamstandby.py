"""A standby host: ``castguard team standby`` (headless) and ``castguard join --standby`` (a member desk).

It builds its filters first (the slow part), then asks for the session's lease a few times a second. Once
the dead host's lease has expired it takes it, reads the stream, and resumes the recording and the sources
as :mod:`castguard.integrations.team.takeover` describes (the same file on the same machine, a new one
that names the old one elsewhere), then hosts the session like ``castguard record --team``. The headless
standby runs until Ctrl-C or SIGTERM and prints the recording's head; a member desk goes on showing the
stream, which its own process now publishes, and the roster shows it as the host.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from castguard.core.config import Config
from castguard.core.text import printable
from castguard.session.engine import Session

#: A successor takes over the intents the dead host had read after this long idle (milliseconds): it holds
#: the lease, so no other host is working on them, and the members waiting for them hear back in time.
SUCCESSOR_RECLAIM_MS = 1000


class Successor:
    """Stands by for a team session's host and hosts the session once the host is gone."""

    def __init__(
        self, args: argparse.Namespace, config: Config, keys: Any, *, moderator: str, say: Callable[[str], None],
    ) -> None:  # fmt: skip
        from castguard.cli import _policy
        from castguard.filters.pipeline import Pipeline

        self.args = args
        self.config = config
        self.keys = keys
        self.moderator = moderator
        self.say = say
        self.policy = _policy(args, config)
        self.pipeline = Pipeline(self.policy)  # before standing by: a takeover must not wait for the filters
        self.session: Session | None = None
        """The session this desk hosts, once it took over."""
        self.head = ""
        """The recording's head line, once the hosted session ended."""

    async def run(self, client: Any, *, link: Any = None) -> None:
        """Stand by, take over, host until cancelled (the recording is closed before this returns)."""
        from castguard.integrations.team.lease import Lease, encode_hosting
        from castguard.integrations.team.takeover import read_window, same_recording, wait_for_lease

        lease = Lease(client, self.keys.lease)
        dead = await wait_for_lease(client, self.keys, lease, say=self.say)
        noticed = time.monotonic()
        self.say(f"{dead.name}'s lease expired: taking the session over")
        # Say who hosts now at once (desks and team status show it); the full record follows when hosting starts.
        same = same_recording(dead)  # the file a successor of this desk continues, should this desk die now
        taking = replace(dead, token=lease.token, name=self.moderator, machine=socket.gethostname()[:255],
                         recording=str(same) if same is not None else "", since=time.time(), ended=False)  # fmt: skip
        await client.set(self.keys.hosting, encode_hosting(taking))
        updates = await read_window(client, self.keys)
        await lease.renew()
        session = self._build(client, lease, dead, updates, link=link)
        self.say(f"hosting {self.keys.session}: {time.monotonic() - noticed:.1f}s after the lease expired")
        try:
            await session.run()
        finally:
            from castguard.cli import _close_recording

            self.head = _close_recording(session, self.config)

    def _build(self, client: Any, lease: Any, dead: Any, updates: list[object], *, link: Any) -> Session:
        from castguard.cli import UsageError, _session, _source_options
        from castguard.integrations.team.host import TeamHost
        from castguard.integrations.team.redact import Redactor
        from castguard.integrations.team.takeover import recover, same_recording, unpublished
        from castguard.session.redaction import free_text_redactor

        same = same_recording(dead)
        host_args = argparse.Namespace(**vars(self.args))
        host_args.team = None  # the host service is added below, with the lease this desk holds
        host_args.moderator = self.moderator
        host_args.resume = str(same) if same is not None else None
        host_args.record = None if same is not None else getattr(self.args, "record", None)
        options = _source_options(argparse.Namespace(**dead.options))
        for key, value in options.items():
            setattr(host_args, key, value)
        specs = [s for s in (getattr(self.args, "sources", None) or dead.sources) if s != "-"]  # stdin was its own
        if not specs:
            raise UsageError("the dead host ran no source this desk can open: give --source")
        recovered = 0

        def prepare(store: Any) -> None:
            nonlocal recovered
            recovered = recover(store, updates, continues=None if same is not None else dead)

        session = _session(host_args, self.config, specs, pipeline=self.pipeline, prepare=prepare)
        policy = self.policy
        redactor = Redactor(free_text_redactor(policy)) if policy.team_redact else None
        host = TeamHost(session, client, self.keys, name=self.moderator, lease=lease, link=link, sources=specs,
                        source_options=options, producer_can_ban=policy.team_producer_can_ban,
                        redactor=redactor, reclaim_idle_ms=SUCCESSOR_RECLAIM_MS)  # fmt: skip
        missing = unpublished(session.store, updates)
        for update in missing:
            host.on_update(update)  # what the dead host recorded and never published goes out first
        session.add_service(host)
        self.session = session
        how = "continuing the same recording" if same is not None else f"in a new recording (the old one is on " \
            f"{dead.machine})"  # fmt: skip
        self.say(f"{how}: {session.store.path}; {recovered} message(s) recovered from the stream, {len(missing)} "
                 f"update(s) published from the recording; sources {' '.join(specs)}")  # fmt: skip
        return session


def standby(args: argparse.Namespace, config: Config, url: str, keys: Any) -> int:
    """``castguard team standby``: stand by, take over, host; the exit status of ``castguard record``."""
    from castguard.integrations.team.link import connect
    from castguard.session.engine import SessionFailed
    from castguard.teamcli import install_stop_signals

    started = time.monotonic()

    def say(line: str) -> None:
        print(f"castguard team standby: {printable(line, 500)}", file=sys.stderr, flush=True)

    successor = Successor(args, config, keys, moderator=args.moderator or config.moderator, say=say)

    async def run() -> None:
        install_stop_signals(asyncio.current_task())  # type: ignore[arg-type]
        client = connect(url, config.team)
        try:
            await successor.run(client)
        finally:
            await client.aclose()

    code = 0
    try:
        asyncio.run(run())
    except (KeyboardInterrupt, asyncio.CancelledError):
        pass
    except SessionFailed:
        code = 1
    session = successor.session
    if session is not None:
        print(f"recorded {session.counts['messages']} messages to {session.store.path} "
              f"(up {time.monotonic() - started:.0f}s)", file=sys.stderr)  # fmt: skip
        print(successor.head, file=sys.stderr)
    return code
