"""``castguard team standby``: a headless desk that waits for the team session's host to die, then hosts it.

It builds its filters first (the slow part), then asks for the session's lease a few times a second. Once
the dead host's lease has expired it takes it, reads the stream, and resumes the recording and the sources
as :mod:`castguard.integrations.team.takeover` describes (the same file on the same machine, a new one
that names the old one elsewhere), then hosts the session like ``castguard record --team`` until Ctrl-C or
SIGTERM, and prints the recording's head.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from typing import Any

from castguard.core.config import Config
from castguard.core.text import printable


def standby(args: argparse.Namespace, config: Config, url: str, keys: Any) -> int:
    """Stand by, take over, host; the exit status of ``castguard record``."""
    from castguard.cli import UsageError, _close_recording, _policy, _session, _source_options
    from castguard.filters.pipeline import Pipeline
    from castguard.integrations.team.host import TeamHost
    from castguard.integrations.team.lease import Lease
    from castguard.integrations.team.link import connect
    from castguard.integrations.team.redact import Redactor
    from castguard.integrations.team.takeover import (
        read_window,
        recover,
        same_recording,
        unpublished,
        wait_for_lease,
    )
    from castguard.session.engine import Session, SessionFailed
    from castguard.session.redaction import free_text_redactor
    from castguard.teamcli import install_stop_signals

    started = time.monotonic()
    moderator = args.moderator or config.moderator

    def say(line: str) -> None:
        print(f"castguard team standby: {printable(line, 500)}", file=sys.stderr, flush=True)

    policy = _policy(args, config)
    pipeline = Pipeline(policy)  # before standing by: a takeover must not wait for the filters to load
    session: Session | None = None

    async def run() -> None:
        nonlocal session
        install_stop_signals(asyncio.current_task())  # type: ignore[arg-type]
        client = connect(url, config.team)
        lease = Lease(client, keys.lease)
        try:
            dead = await wait_for_lease(client, keys, lease, say=say)
        except BaseException:
            await client.aclose()
            raise
        noticed = time.monotonic()
        say(f"{dead.name}'s lease expired: taking the session over")
        updates = await read_window(client, keys)
        await lease.renew()
        same = same_recording(dead)
        host_args = argparse.Namespace(**vars(args))
        host_args.team = None  # the host service is added below, with the lease this desk holds
        host_args.moderator = moderator
        host_args.resume = str(same) if same is not None else None
        host_args.record = None if same is not None else args.record
        options = _source_options(argparse.Namespace(**dead.options))
        for key, value in options.items():
            setattr(host_args, key, value)
        specs = [s for s in (args.sources or dead.sources) if s != "-"]  # stdin was the dead host's own
        if not specs:
            raise UsageError("the dead host ran no source this desk can open: give --source")
        recovered = 0

        def prepare(store: Any) -> None:
            nonlocal recovered
            recovered = recover(store, updates, continues=None if same is not None else dead)

        session = _session(host_args, config, specs, pipeline=pipeline, prepare=prepare)
        redactor = Redactor(free_text_redactor(policy)) if policy.team_redact else None
        host = TeamHost(session, client, keys, name=moderator, lease=lease, sources=specs, source_options=options,
                        producer_can_ban=policy.team_producer_can_ban, redactor=redactor)  # fmt: skip
        missing = unpublished(session.store, updates)
        for update in missing:
            host.on_update(update)  # what the dead host recorded and never published goes out first
        session.add_service(host)
        how = "continuing the same recording" if same is not None else "in a new recording (the old one is on " \
            f"{dead.machine})"  # fmt: skip
        say(f"hosting {keys.session} {how}: {session.store.path}")
        say(
            f"{recovered} message(s) recovered from the stream, {len(missing)} update(s) published from the "
            f"recording; sources {' '.join(specs)}; {time.monotonic() - noticed:.1f}s after the lease expired"
        )
        await session.run()

    code = 0
    try:
        asyncio.run(run())
    except (KeyboardInterrupt, asyncio.CancelledError):
        pass
    except SessionFailed:
        code = 1
    finally:
        if session is not None:
            head = _close_recording(session, config)
            print(f"recorded {session.counts['messages']} messages to {session.store.path} "
                  f"(hosted for {time.monotonic() - started:.0f}s)", file=sys.stderr)  # fmt: skip
            print(head, file=sys.stderr)
    return code
