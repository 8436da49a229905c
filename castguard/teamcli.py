"""``castguard team``: a team session from scripts, bots and operations (status, tail, act), and a standby host.

* ``status URL SESSION [--json]``: who hosts, the desks on the roster (role, idle time), the claims, the
  stream's length and age, the intents waiting for the host.
* ``tail URL SESSION [--flagged] [--json]``: one line per message as it arrives, with its reference (the
  message's number, what ``act`` takes) and its verdict. Text from chat is never written raw: JSON lines are
  ASCII (every other character escaped), text lines go through :func:`castguard.core.text.printable`.
* ``act URL SESSION ACTION REF --moderator NAME [--reason TEXT]``: one intent, carried out by the host;
  the exit status says whether it was done.
* ``standby URL SESSION --moderator NAME``: wait headless for the host to die and take over
  (:mod:`castguard.integrations.team.takeover`), then host the session until Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import time
import uuid
from typing import Any

from castguard.core.config import Config
from castguard.core.model import ActionKind, ActionRecord, ActionResult, MessageRecord
from castguard.core.text import printable

EXIT_HELP = """exit status:
  0  done (act: the host carried the action out)
  1  act: refused, failed on the platform, or its outcome is unknown (the reason is printed)
  2  a usage error (bad URL, session name, action or reference)
  3  the team could not be reached, or the host did not answer in time"""

#: What ``team act`` can ask for (lockdown takes ``on`` or ``off`` as its REF).
ACTIONS = ("hide", "unhide", "delete", "approve", "escalate", "acknowledge", "resolve", "timeout", "ban", "unban",
           "warn", "undo", "note", "pin", "unpin", "lockdown")  # fmt: skip
#: How long ``team act`` waits for the outcome by default (seconds).
ACT_TIMEOUT = 20.0


class TeamUnreachable(Exception):
    """Redis could not be reached, or the host did not answer (exit status 3)."""


def add_parser(sub: Any) -> None:
    """Add ``team`` and its commands to the CLI's subparsers."""
    p = sub.add_parser("team", help="a team session from scripts: status, tail, act; or stand by to host it",
                       epilog=EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    tsub = p.add_subparsers(dest="team_command", required=True, metavar="ACTION")

    def target(a: argparse.ArgumentParser) -> None:
        a.add_argument("url", metavar="URL", help="the team's Redis: redis://HOST:PORT/DB or rediss://... "
                       "(credentials from CASTGUARD_REDIS_USERNAME/PASSWORD or the config's [team])")  # fmt: skip
        a.add_argument("session", metavar="SESSION", help="the session name the host gave with --session")

    a = tsub.add_parser("status", help="host, desks (role, idle), claims, stream length and lag")
    target(a)
    a.add_argument("--json", action="store_true", help="one JSON object")

    a = tsub.add_parser("tail", help="one line per message as it arrives, with its reference and verdict")
    target(a)
    a.add_argument("--flagged", action="store_true", help="only messages the filters flagged")
    a.add_argument("--json", action="store_true", help="JSON lines")
    a.add_argument("--role", choices=["moderator", "producer", "observer"], default="moderator",
                   help="an observer reads the redacted view when the host publishes one")  # fmt: skip

    a = tsub.add_parser("act", help="ask the host to carry out an action (exit status 0 only when done)",
                        epilog=EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    target(a)
    a.add_argument("action", choices=ACTIONS, metavar="ACTION", help=", ".join(ACTIONS))
    a.add_argument("ref", metavar="REF", help="the message's reference (its number, as tail shows it; "
                   "on or off for lockdown)")  # fmt: skip
    a.add_argument("--moderator", required=True, help="who acts (recorded with the action)")
    a.add_argument("--role", choices=["moderator", "producer", "observer"], default="moderator")
    a.add_argument("--reason", default="", help="recorded with the action")
    a.add_argument("--duration", type=int, metavar="SECONDS", help="for timeout: how long")
    a.add_argument("--timeout", type=float, default=ACT_TIMEOUT, metavar="SECONDS",
                   help=f"how long to wait for the outcome (default {ACT_TIMEOUT:g})")  # fmt: skip

    a = tsub.add_parser("standby", help="wait for the host to die, then host the session (headless)")
    target(a)
    a.add_argument("--moderator", help="this desk's name (shown as the host once it takes over)")
    a.add_argument("--policy", help="policy file of the session once this desk hosts it")
    a.add_argument("--record", metavar="PATH",
                   help="recording to write when the dead host's file is not on this machine "
                        "(default: a new file under the data dir)")  # fmt: skip
    a.add_argument("--source", dest="sources", action="append", metavar="SOURCE",
                   help="run these sources instead of the ones the dead host ran (repeatable)")  # fmt: skip
    p.set_defaults(func=cmd_team)


def cmd_team(args: argparse.Namespace, config: Config) -> int:
    """Run one ``team`` command."""
    from castguard.cli import UsageError
    from castguard.integrations.team.link import Keys, TeamError, check_session, check_url, connect

    try:
        keys = Keys(check_session(args.session))
        url = check_url(args.url)
    except TeamError as exc:
        raise UsageError(str(exc)) from None
    if args.team_command == "standby":
        from castguard.teamstandby import standby

        return standby(args, config, url, keys)
    work = {"status": _status, "tail": _tail, "act": _act}[args.team_command]
    client = connect(url, config.team)
    try:
        return asyncio.run(_closing(client, work(args, client, keys)))
    except TeamUnreachable as exc:
        print(f"castguard team: {printable(str(exc), 500)}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 0


async def _closing(client: Any, work: Any) -> int:
    from castguard.integrations.team.link import redis_errors

    try:
        return int(await work)
    except redis_errors() as exc:
        raise TeamUnreachable(f"the team's Redis is unreachable ({type(exc).__name__}: {exc})") from None
    finally:
        await client.aclose()


def _line(value: dict[str, Any]) -> str:
    # ASCII only: control, escape and bidi characters from chat arrive escaped, never raw, on the terminal.
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


# -- status -------------------------------------------------------------------------------------------


async def _status(args: argparse.Namespace, client: Any, keys: Any) -> int:
    from castguard.integrations.team.lease import decode_hosting
    from castguard.integrations.team.link import read_roster
    from castguard.integrations.team.wire import WireError, decode_snapshot

    now = time.time()
    hosting = decode_hosting(await client.get(keys.hosting))
    holder = await client.get(keys.lease)
    roster = await read_roster(client, keys, now)
    length = await client.xlen(keys.updates)
    newest = await client.xrevrange(keys.updates, count=1)
    age = max(0.0, now - int(newest[0][0].split(b"-")[0]) / 1000) if newest else None
    claims: list[dict[str, Any]] = []
    raw = await client.get(keys.snapshot)
    if raw is not None:
        try:
            claims = [{"ref": c.seq, "actor": c.actor, "kind": c.kind.value} for c in decode_snapshot(raw).claims]
        except WireError:
            claims = []
    pending = lag = 0
    try:
        for group in await client.xinfo_groups(keys.intents):
            if group.get("name") in (keys.group, keys.group.encode()):
                pending, lag = int(group.get("pending") or 0), int(group.get("lag") or 0)
    except Exception as exc:  # no intents stream yet: nothing waits
        if "no such key" not in str(exc).lower():
            raise
    host = None
    if hosting is not None:
        alive = holder is not None and holder.decode("ascii", "replace") == hosting.token
        host = {"name": hosting.name, "machine": hosting.machine, "since": hosting.since, "lease": alive,
                "ended": hosting.ended, "sources": list(hosting.sources)}  # fmt: skip
    status = {
        "session": keys.session, "host": host,
        "members": [{"name": m.name, "role": m.role, "host": m.host, "idle": round(m.idle(now), 1),
                     "selected": m.selected} for m in roster],
        "claims": claims,
        "stream": {"length": int(length), "age": None if age is None else round(age, 3)},
        "intents": {"pending": pending, "lag": lag},
    }  # fmt: skip
    if args.json:
        print(_line(status))
        return 0
    if host is None:
        print(f"session {keys.session}: no host has published")
    else:
        state = "ended" if host["ended"] else "hosting" if host["lease"] else "lease expired: host gone"
        print(f"session {keys.session}: host {printable(str(host['name']), 64)} on "
              f"{printable(str(host['machine']), 64)} ({state})")  # fmt: skip
    for m in roster:
        idle = m.idle(now)
        print(f"  {printable(m.name, 64)}{' (host)' if m.host else ''}  {m.role}  idle {idle:.0f}s"
              + (f"  on #{m.selected}" if m.selected else ""))  # fmt: skip
    for c in claims:
        print(f"  claim #{c['ref']}: {printable(str(c['actor']), 64)} {c['kind']}")
    shown_age = "empty" if age is None else f"newest {age:.1f}s ago"
    print(f"stream: {int(length):,} entries, {shown_age}; intents: {pending} being carried out, {lag} waiting")
    return 0


# -- tail ---------------------------------------------------------------------------------------------


def message_line(record: MessageRecord) -> dict[str, Any]:
    """What ``team tail --json`` prints of a message."""
    m, v = record.message, record.verdict
    return {
        "ref": record.seq, "source": m.source, "platform": m.platform, "channel": m.channel, "id": m.id,
        "author": m.author.name, "author_id": m.author.id, "text": m.text, "at": m.received_at,
        "decision": v.decision.value, "severity": v.severity.name.lower() if v.severity is not None else None,
        "categories": list(v.categories), "flagged": v.flagged, "state": record.state.value,
    }  # fmt: skip


async def _tail(args: argparse.Namespace, client: Any, keys: Any) -> int:
    from castguard.integrations.team.link import entry_text, redis_errors, stream_for
    from castguard.integrations.team.wire import WireError, decode_update

    while (stream := await stream_for(client, keys, args.role)) is None:
        await asyncio.sleep(0.5)  # an observer reads nothing until a host says whether it redacts
    newest = await client.xrevrange(stream, count=1)
    last = newest[0][0].decode() if newest else "0-0"
    print(f"castguard team tail: following {keys.session} from now (Ctrl-C stops)", file=sys.stderr, flush=True)
    errors = redis_errors()
    while True:
        try:
            got = await client.xread({stream: last}, count=1000, block=1000)
        except errors as exc:
            print(f"castguard team: tail: Redis unreachable ({type(exc).__name__}): trying again", file=sys.stderr)
            await asyncio.sleep(1.0)
            continue
        for _stream, entries in got or []:
            for entry_id, fields in entries:
                last = entry_text(entry_id)
                try:
                    update = decode_update((fields or {}).get(b"w", b""))
                except WireError:
                    continue
                if not isinstance(update, MessageRecord) or (args.flagged and not update.verdict.flagged):
                    continue
                if args.json:
                    print(_line(message_line(update)), flush=True)
                else:
                    v = update.verdict
                    print(f"#{update.seq} [{v.decision.value}] {printable(update.message.author.name, 64)}: "
                          f"{printable(update.message.text, 500)}", flush=True)  # fmt: skip


# -- act ----------------------------------------------------------------------------------------------


async def _act(args: argparse.Namespace, client: Any, keys: Any) -> int:
    from castguard.cli import UsageError
    from castguard.integrations.team.claims import allowed, refusal
    from castguard.integrations.team.link import entry_text
    from castguard.integrations.team.wire import Intent, Outcome, WireError, decode_update, encode_intent

    kind = ActionKind(args.action)
    seq: int | None = None
    on = False
    if kind is ActionKind.LOCKDOWN:
        if args.ref not in ("on", "off"):
            raise UsageError("lockdown takes on or off")
        on = args.ref == "on"
    else:
        ref = args.ref.removeprefix("#")
        if not ref.isascii() or not ref.isdigit() or not 0 < int(ref) < 2**53:
            raise UsageError(f"{printable(args.ref, 40)!r} is not a message reference (a number, as tail shows)")
        seq = int(ref)
    if kind is ActionKind.TIMEOUT and not args.duration:
        raise UsageError("timeout needs --duration SECONDS")
    if not allowed(args.role, kind, producer_can_ban=True):  # the host applies its policy's rule
        raise UsageError(refusal(args.role, kind))
    intent = Intent(uuid.uuid4().hex, args.moderator, args.role, kind, seq, args.reason, args.duration, on)
    # Read from the stream's end as it is before the intent goes out: its outcome comes after.
    newest = await client.xrevrange(keys.updates, count=1)
    last = newest[0][0].decode() if newest else "0-0"
    from castguard.integrations.team.member import INTENTS_WINDOW

    await client.xadd(keys.intents, {b"w": encode_intent(intent)}, maxlen=INTENTS_WINDOW, approximate=True)
    actions: dict[int, ActionRecord] = {}
    deadline = time.monotonic() + max(0.1, args.timeout)
    while (left := deadline - time.monotonic()) > 0:
        got = await client.xread({keys.updates: last}, count=1000, block=max(1, int(min(left, 1.0) * 1000)))
        for _stream, entries in got or []:
            for entry_id, fields in entries:
                last = entry_text(entry_id)
                try:
                    update = decode_update((fields or {}).get(b"w", b""))
                except WireError:
                    continue
                if isinstance(update, ActionRecord):
                    actions[update.id] = update
                elif isinstance(update, Outcome) and update.intent == intent.id:
                    return _report(args, kind, seq, update, actions.get(update.action_id or 0))
    raise TeamUnreachable(f"the host did not answer within {args.timeout:g}s: {kind.value} may still be "
                          "carried out (check with castguard team tail or the desk)")  # fmt: skip


def _report(args: argparse.Namespace, kind: ActionKind, seq: int | None, outcome: Any, action: Any) -> int:
    what = f"{kind.value} #{seq}" if seq is not None else f"lockdown {args.ref}"
    if not outcome.ok:
        print(f"castguard team: {what} not done: {printable(outcome.error, 500)}", file=sys.stderr)
        return 1
    if action is not None and action.result is ActionResult.FAILED:
        print(f"castguard team: {what} failed on the platform: {printable(action.response, 500)}", file=sys.stderr)
        return 1
    local = " (recorded; the platform is read-only)" if action is not None and action.result is ActionResult.LOCAL \
        else ""  # fmt: skip
    number = f" (action {outcome.action_id})" if outcome.action_id is not None else ""
    print(f"{what}: done{number}{local}")
    return 0


def install_stop_signals(task: asyncio.Task[Any]) -> None:
    """SIGTERM stops ``task`` as Ctrl-C does (a service manager stopping the standby closes its recording)."""
    loop = asyncio.get_running_loop()
    try:
        loop.add_signal_handler(signal.SIGTERM, task.cancel)
    except (NotImplementedError, RuntimeError):
        pass
