"""The ``castguard`` command line."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from castguard import __version__
from castguard.config import Config, ConfigError, load_config
from castguard.policy import Policy, PolicyError, check_policy_main, load_policy

if TYPE_CHECKING:
    from castguard.engine import Session
    from castguard.store import Store
    from connectors.base import Source

log = logging.getLogger("castguard")


class UsageError(Exception):
    """A command-line mistake: printed without a traceback, exit status 2."""


def parse_duration(text: str) -> float:
    """``90``, ``90s``, ``5m``, ``1h30m`` → seconds."""
    parts = re.fullmatch(r"\s*(?:(\d+(?:\.\d+)?)h)?\s*(?:(\d+(?:\.\d+)?)m)?\s*(?:(\d+(?:\.\d+)?)s?)?\s*", text)
    if not parts or not any(parts.groups()):
        raise argparse.ArgumentTypeError(f"invalid duration {text!r} (examples: 30s, 5m, 1h30m)")
    h, m, s = (float(g) if g else 0.0 for g in parts.groups())
    return h * 3600 + m * 60 + s


def _policy(args: argparse.Namespace, config: Config) -> Policy:
    path = getattr(args, "policy", None) or config.policy
    return load_policy(path)


def _record_path(args: argparse.Namespace, config: Config, label: str) -> Path:
    explicit = getattr(args, "record", None) or getattr(args, "output", None)
    if explicit:
        return Path(explicit)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", label)[:40]
    return config.sessions_dir / f"{stamp}-{slug}.db"


def _sources(specs: Sequence[str], config: Config, args: argparse.Namespace) -> list[Source]:
    from connectors import SourceError, open_source

    options = {
        "seed": getattr(args, "seed", None),
        "rate": getattr(args, "rate", None),
        "follow": getattr(args, "follow", False),
        "fields": getattr(args, "fields", None),
    }
    sources = []
    seen = set()
    for spec in specs:
        if spec in seen:
            raise UsageError(f"source {spec!r} given twice")
        seen.add(spec)
        try:
            sources.append(open_source(spec, config.platforms, **options))
        except SourceError as exc:
            raise UsageError(str(exc)) from None
    return sources


def _session(args: argparse.Namespace, config: Config, specs: Sequence[str]) -> Session:
    from castguard.engine import Session
    from castguard.store import Store
    from castguard.webhook import EscalationWebhook, WebhookSettings
    from filters.pipeline import Pipeline

    policy = _policy(args, config)
    sources = _sources(specs, config, args)
    path = _record_path(args, config, "+".join(specs))
    store = Store(path)
    store.set_meta("sources", " ".join(specs))
    session = Session(store, Pipeline(policy), sources, moderator=args.moderator or config.moderator)
    try:
        webhook = WebhookSettings.from_config(config.webhook)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if webhook is not None:
        session.add_service(EscalationWebhook(webhook))
    return session


def cmd_desk(args: argparse.Namespace, config: Config) -> int:
    """``demo`` and ``watch``: the TUI on live sources."""
    specs = ["demo"] if args.command == "demo" else args.sources
    session = _session(args, config, specs)
    from tui.app import DeskApp

    policy_path = getattr(args, "policy", None) or config.policy
    _desk_logging(args, config)
    app = DeskApp(
        session,
        config=config,
        policy_path=Path(policy_path) if policy_path else None,
        role=args.role,
        on_air_delay=args.on_air_delay,
    )
    app.run()
    session.store.close()
    print(f"session recorded to {session.store.path}")
    return 0


def _desk_logging(args: argparse.Namespace, config: Config) -> None:
    """The screen belongs to the app: log to a file beside the recordings instead of stderr."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    logging.basicConfig(
        filename=config.data_dir / "castguard.log",
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def cmd_follow(args: argparse.Namespace, config: Config) -> int:
    """The producer view of a session another castguard process is recording."""
    from castguard.follow import SessionTail
    from castguard.store import StoreError

    path = Path(args.session)
    if not path.exists() and not path.suffix and (config.sessions_dir / f"{args.session}.db").exists():
        path = config.sessions_dir / f"{args.session}.db"
    try:
        tail = SessionTail(path, actor=args.moderator or config.moderator)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    from tui.follow import FollowApp

    _desk_logging(args, config)
    app = FollowApp(tail, config=config)
    app.run()
    tail.close()
    return 0


def _non_negative(text: str) -> float:
    value = parse_duration(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def cmd_record(args: argparse.Namespace, config: Config) -> int:
    """Headless recording for a fixed time (or until every source ends)."""
    session = _session(args, config, args.sources)

    async def run() -> None:
        task = asyncio.create_task(session.run())
        if args.duration:
            done, _ = await asyncio.wait({task}, timeout=args.duration)
            if not done:
                task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass
    finally:
        counts = session.counts
        session.store.close()
    print(
        f"recorded {counts['messages']} messages ({counts['flagged']} flagged, {counts['duplicates']} duplicates "
        f"dropped) to {session.store.path}",
        file=sys.stderr,
    )
    return 0


def cmd_scan(args: argparse.Namespace, config: Config) -> int:
    """One JSON verdict per input message."""
    from castguard import scan
    from connectors.jsonfeed import FeedError, FieldMap
    from filters.pipeline import Pipeline

    try:
        fields = FieldMap.parse(args.fields) if args.fields else None
    except FeedError as exc:
        raise UsageError(f"--fields: {exc}") from None
    return scan.main(args.file, Pipeline(_policy(args, config)), fields)


def _open_store(path: str) -> Store:
    from castguard.store import Store, StoreError

    try:
        return Store(path, create=False)
    except StoreError as exc:
        raise UsageError(str(exc)) from None


def cmd_report(args: argparse.Namespace, config: Config) -> int:
    """Audit report of a recording."""
    from castguard.report import RENDERERS, build_report

    store = _open_store(args.session)
    fmt = args.format or (Path(args.output).suffix.lstrip(".") if args.output else "md")
    fmt = {"markdown": "md", "htm": "html"}.get(fmt, fmt)
    if fmt not in RENDERERS:
        raise UsageError(f"unknown report format {fmt!r} (json, md, html)")
    text = RENDERERS[fmt](build_report(store, redact=not args.unredacted))
    store.close()
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"report written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_sessions(args: argparse.Namespace, config: Config) -> int:
    """List recordings in the data dir."""
    from castguard.store import Store, StoreError

    folder = config.sessions_dir
    files = sorted(folder.glob("*.db")) if folder.exists() else []
    if not files:
        print(f"no recordings in {folder}")
        return 0
    for path in files:
        try:
            store = Store(path, create=False, readonly=True)
            count = store.count()
            store.close()
            print(f"{path}  {count} messages")
        except StoreError as exc:
            print(f"{path}  unreadable: {exc}")
    return 0


def cmd_policy(args: argparse.Namespace, config: Config) -> int:
    """``policy check FILE``: a summary of the policy, or the line at fault."""
    return check_policy_main(args.file)


def cmd_doctor(args: argparse.Namespace, config: Config) -> int:
    """Check platform credentials and scopes."""
    from connectors.doctor import doctor_main

    return doctor_main(config.platforms)


FIELDS_HELP = "where generic JSON keeps each field, e.g. text=payload.body,author=user.name,id=uuid"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and the help screen)."""
    parser = argparse.ArgumentParser(prog="castguard", description="A terminal moderation desk for live broadcasts.")
    parser.add_argument("--version", action="version", version=f"castguard {__version__}")
    parser.add_argument("--config", type=Path, help="config file (default: $XDG_CONFIG_HOME/castguard/config.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser, record: bool = True) -> None:
        p.add_argument("--policy", help="policy file (default: the shipped healthcare policy)")
        p.add_argument("--moderator", help="name recorded as the actor of this desk's actions")
        if record:
            p.add_argument("--record", metavar="PATH", help="session file (default: a new file under the data dir)")

    def desk_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--role", choices=["moderator", "producer"], default="moderator",
                       help="which view the desk opens on (the producer's risk view or the moderator's feed)")
        p.add_argument("--on-air-delay", type=_non_negative, default=0.0, metavar="SECONDS",
                       help="keep every message off the on-air view this long so moderators see it first (e.g. 10s)")

    p = sub.add_parser("demo", help="the desk on a built-in simulated healthcare broadcast (no network)")
    common(p)
    desk_options(p)
    p.add_argument("--seed", type=int, default=7, help="random seed of the simulated chat")
    p.add_argument("--rate", type=float, default=4.0, help="messages per second (default 4)")
    p.set_defaults(func=cmd_desk)

    p = sub.add_parser("watch", help="the desk on live sources")
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="twitch:CHANNEL, youtube:LIVE_CHAT_ID, facebook:LIVE_VIDEO_ID, ws(s)://..., "
                        "sse+http(s)://..., FILE.jsonl, - (stdin), demo")  # fmt: skip
    common(p)
    p.add_argument("--follow", action="store_true", help="keep reading a JSONL file as it grows")
    p.add_argument("--fields", metavar="MAP", help=FIELDS_HELP)
    desk_options(p)
    p.set_defaults(func=cmd_desk)

    p = sub.add_parser("follow", help="the producer view of a session another castguard is recording (live)")
    p.add_argument("session", metavar="SESSION", help="session file (or its name in the data dir)")
    p.add_argument("--moderator", help="name recorded with acknowledgements written from here")
    p.set_defaults(func=cmd_follow)

    p = sub.add_parser("record", help="record sources headless (no UI)")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--for", dest="duration", type=parse_duration, help="stop after this long (30s, 5m, 1h)")
    p.add_argument("-o", "--output", metavar="FILE", help="session file to write")
    p.add_argument("--seed", type=int, default=7, help="seed of the demo source")
    p.add_argument("--rate", type=float, help="rate of the demo source (messages/s)")
    p.add_argument("--follow", action="store_true", help="keep reading a JSONL file as it grows")
    p.add_argument("--fields", metavar="MAP", help=FIELDS_HELP)
    common(p, record=False)
    p.set_defaults(func=cmd_record)

    p = sub.add_parser("scan", help="one JSON verdict per input message (JSONL or chat-downloader export)")
    p.add_argument("file", metavar="FILE", help="JSONL file, chat-downloader .json/.jsonl, or - for stdin")
    p.add_argument("--policy", help="policy file")
    p.add_argument("--fields", metavar="MAP", help=FIELDS_HELP)
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("report", help="audit report of a recorded session")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--format", choices=["json", "md", "html"], help="output format (default: from -o, else md)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--unredacted", action="store_true", help="keep personal data in the report")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("sessions", help="list recordings")
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("doctor", help="check platform credentials and their scopes")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("policy", help="policy tools")
    psub = p.add_subparsers(dest="policy_command", required=True, metavar="ACTION")
    pc = psub.add_parser("check", help="validate a policy file")
    pc.add_argument("file", metavar="FILE")
    pc.set_defaults(func=cmd_policy)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``castguard`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        config = load_config(args.config)
        return int(args.func(args, config))
    except (UsageError, ConfigError, PolicyError) as exc:
        print(f"castguard: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
