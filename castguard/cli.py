"""The ``castguard`` command line.

Everything it prints is safe for a terminal: reports and verdicts are made safe
by their renderers, and :func:`main` routes standard output and error through
:class:`TerminalSafe` (control, escape and bidi characters shown as visible
escapes), so a file name, URL or platform error quoted in a message cannot
act on the terminal. Log lines get the same treatment (:class:`SafeFormatter`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import logging
import os
import re
import shlex
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from castguard import __version__
from castguard.connectors.platforms import config_tables, specs_help
from castguard.core import durations
from castguard.core.config import Config, ConfigError, load_config
from castguard.core.policy import Policy, PolicyError, check_policy_main, load_policy
from castguard.core.text import printable

if TYPE_CHECKING:
    from castguard.connectors.base import Source
    from castguard.connectors.jsonfeed import FieldMap
    from castguard.filters.pipeline import Pipeline
    from castguard.session.engine import Session
    from castguard.session.ledger import Head
    from castguard.session.store import Store

log = logging.getLogger("castguard")


class UsageError(Exception):
    """A command-line mistake: printed without a traceback, exit status 2."""


class TerminalSafe:
    """A text stream that writes unsafe characters (ESC, C1 controls, bidi overrides...) as visible escapes."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        """The stream written to."""

    def write(self, text: str) -> int:
        """Write ``text`` with line breaks and tabs kept and every other unsafe character escaped."""
        self.stream.write(printable(text, lines=True))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class SafeFormatter(logging.Formatter):
    """Log lines (and their tracebacks) with unsafe characters shown as escapes, for the terminal and the log file."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record), lines=True)


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def parse_duration(text: str) -> float:
    """``90``, ``90s``, ``5m``, ``1h30m`` → seconds (a command-line argument)."""
    try:
        return durations.parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _policy(args: argparse.Namespace, config: Config) -> Policy:
    path = getattr(args, "policy", None) or config.policy
    return load_policy(path)


def _fields(args: argparse.Namespace) -> FieldMap | None:
    """The ``--fields`` mapping of JSON chat (``None`` when not given); a bad one is a usage error."""
    from castguard.connectors.jsonfeed import FeedError, FieldMap

    try:
        return FieldMap.parse(args.fields) if args.fields else None
    except FeedError as exc:
        raise UsageError(f"--fields: {exc}") from None


def _record_path(args: argparse.Namespace, config: Config, label: str) -> Path:
    explicit = getattr(args, "record", None) or getattr(args, "output", None)
    if explicit:
        return Path(explicit)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", label)[:40]
    return config.sessions_dir / f"{stamp}-{slug}.db"


def _source_options(args: argparse.Namespace) -> dict[str, Any]:
    """The command-line options the sources take (a team host publishes them for a successor)."""
    options: dict[str, Any] = {
        "seed": getattr(args, "seed", None),
        "rate": getattr(args, "rate", None),
        "follow": getattr(args, "follow", False),
        "fields": getattr(args, "fields", None),
    }
    if getattr(args, "fast", False):
        # The demo's script as fast as it is recorded, on its own clock: --for counts the demo's seconds.
        options.update(paced=False, duration=args.duration)
    return options


def _sources(specs: Sequence[str], config: Config, args: argparse.Namespace) -> list[Source]:
    from castguard.connectors import SourceError, open_source

    options = _source_options(args)
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


def _redact_at_rest(args: argparse.Namespace, policy: Policy) -> bool:
    """The command-line flag or the policy's ``[recording] redact_at_rest``."""
    return bool(getattr(args, "redact_at_rest", False) or policy.redact_at_rest)


def _recording(
    args: argparse.Namespace, config: Config, label: str, policy: Policy, *, add_to_existing: bool = False
) -> Store:
    """The session file to record into: a new one, or an existing one with ``--resume``.

    An existing session named as the output is refused (it would silently become a continuation)
    unless ``add_to_existing`` (``import`` adds to a session by design).
    """
    from castguard.session.store import Store, StoreError

    resume = getattr(args, "resume", None)
    explicit = getattr(args, "record", None) or getattr(args, "output", None)
    if resume and explicit and Path(explicit).resolve() != Path(resume).resolve():
        raise UsageError("--resume names the session to continue: do not give another output file")
    if not resume and explicit and not add_to_existing and _holds_data(Path(explicit)):
        raise UsageError(
            f"{explicit} already exists: continue that session with --resume {explicit}, or name a new file"
        )
    try:
        if resume:
            store = Store(resume, create=False, redact_at_rest=_redact_at_rest(args, policy))
            _warn_unknown_outcomes(store)
            store.log_session("resumed", label)
        else:
            store = Store(_record_path(args, config, label), redact_at_rest=_redact_at_rest(args, policy))
            store.log_session("started", label)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    return store


def _holds_data(path: Path) -> bool:
    """True when ``path`` exists and is anything but an empty file (an empty one, e.g. from ``mktemp``, is fine)."""
    try:
        if not path.exists():
            return False
        return not path.is_file() or path.stat().st_size > 0
    except OSError:
        return True


def _warn_unknown_outcomes(store: Store) -> None:
    """Say which platform actions of an interrupted session have no recorded outcome."""
    for intent in store.unresolved_intents():
        print(
            f"castguard: outcome unknown: {intent.describe()}: the platform may have acted "
            "(the recording stopped during the call)",
            file=sys.stderr,
        )


def _head_line(store: Store, config: Config) -> str:
    """The line that ends a session: the recording's head, to be kept somewhere else for ``verify --head``."""
    head = store.head(config.head_key)
    if head is None:
        return f"{store.path}: schema {store.schema_version} recording, no ledger head"
    signed = " (signed)" if head.signature else ""
    verify = printable(shlex.quote(str(store.path)), 300)
    return f"session head{signed}: {head}  (keep it elsewhere; castguard verify {verify} --head HEAD)"


def _close_recording(session: Session, config: Config) -> str:
    """Flush and close the session's recording; the head line that ends it.

    When the session already stopped with a failure, that failure is raised (the recording is closed first);
    a recording that cannot be written raises :class:`StoreWriteError`.
    """
    from castguard.session.queries import STOPPED

    head = ""
    try:
        try:
            session.store.log_session(STOPPED)  # a desk following the recording shows it finished
            session.store.flush()
            head = _head_line(session.store, config)
        finally:
            session.store.close()
    except Exception:
        if session.failure is None:
            raise  # else the session's failure already says what could not be written
    if session.failure is not None:
        raise session.failure
    return head


def _session(
    args: argparse.Namespace, config: Config, specs: Sequence[str], *, pipeline: Pipeline | None = None,
    prepare: Callable[[Store], object] | None = None,
) -> Session:  # fmt: skip
    """The session of ``demo``, ``watch`` and ``record`` (and of a team standby taking over: ``pipeline`` built
    beforehand, ``prepare`` given the recording before the session reads it)."""
    from castguard.filters.pipeline import Pipeline
    from castguard.integrations.webhook import EscalationWebhook, WebhookSettings
    from castguard.session.engine import Session

    policy = pipeline.policy if pipeline is not None else _policy(args, config)
    sources = _sources(specs, config, args)
    store = _recording(args, config, "+".join(specs), policy)
    if prepare is not None:
        prepare(store)
    previous = store.meta().get("sources")
    store.set_meta("sources", " ".join(dict.fromkeys([*(previous or "").split(), *specs])))
    session = Session(store, pipeline or Pipeline(policy), sources, moderator=args.moderator or config.moderator)
    _keep_adverse_events(session, config)
    _demo_crew(session, config)
    try:
        webhook = WebhookSettings.from_config(config.webhook)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if webhook is not None:
        session.add_service(EscalationWebhook(webhook))
    if getattr(args, "team", None):
        _team_host(args, config, session, specs)
    return session


def _demo_crew(session: Session, config: Config) -> None:
    """The demo's scripted second moderator and producer, on the session of a demo broadcast."""
    from castguard.connectors.demo import DemoBroadcast

    demo = next((s for s in session.sources.values() if isinstance(s, DemoBroadcast)), None)
    if demo is None:
        return
    from castguard.integrations.democrew import DemoCrew

    if not demo.paced:
        session.clock = demo.now  # actions and cases on the demo's clock, like its messages
    crew = DemoCrew(session, demo, outbox=config.data_dir / "outbox", think=2.0 if demo.paced else 0.0,
                    safety_to=session.pipeline.policy.ae_safety_email)  # fmt: skip
    session.add_service(crew)


def _keep_adverse_events(session: Session, config: Config) -> None:
    """Give the session the key that seals adverse-event originals; say so when they cannot be kept."""
    session.cases.seal_key = config.ae_key
    if session.store.redact_at_rest and config.ae_key is None:
        print(
            "castguard: warning: redact-at-rest without an adverse-event sealing key: adverse-event reports "
            "will be kept redacted only (set CASTGUARD_AE_KEY or [adverse_events] seal_key)",
            file=sys.stderr,
        )


def _team_host(args: argparse.Namespace, config: Config, session: Session, specs: Sequence[str]) -> None:
    """``--team URL --session NAME``: publish the session to the team and carry out its members' intents."""
    from castguard.integrations.team.host import TeamHost
    from castguard.integrations.team.link import Keys, TeamError, check_session, check_url, connect

    if not args.team_session:
        raise UsageError("--team needs --session NAME (the name members join)")
    try:
        keys = Keys(check_session(args.team_session))
        client = connect(check_url(args.team), config.team)
    except TeamError as exc:
        raise UsageError(str(exc)) from None
    policy = session.pipeline.policy
    redactor = None
    if policy.team_redact:
        from castguard.integrations.team.redact import Redactor
        from castguard.session.redaction import free_text_redactor

        redactor = Redactor(free_text_redactor(policy))
    host = TeamHost(session, client, keys, name=session.moderator, sources=specs, source_options=_source_options(args),
                    producer_can_ban=policy.team_producer_can_ban, redactor=redactor)  # fmt: skip
    session.add_service(host)
    args.team_link = host.link  # the desk shows the roster and the claims


def cmd_desk(args: argparse.Namespace, config: Config) -> int:
    """``demo`` and ``watch``: the TUI on live sources."""
    specs = ["demo"] if args.command == "demo" else args.sources
    session = _session(args, config, specs)
    from castguard.tui.app import DeskApp

    policy_path = getattr(args, "policy", None) or config.policy
    _desk_logging(args, config)
    app = DeskApp(
        session,
        config=config,
        policy_path=Path(policy_path) if policy_path else None,
        role=args.role,
        on_air_delay=args.on_air_delay,
        team=getattr(args, "team_link", None),
    )
    app.run()
    head = _close_recording(session, config)
    print(f"session recorded to {session.store.path}")
    print(head)
    return 0


def _desk_logging(args: argparse.Namespace, config: Config) -> None:
    """The screen belongs to the app: log to a file beside the recordings instead of stderr."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    path = config.data_dir / "castguard.log"
    # The log names authors and quotes platform errors: owner-only, like recordings (an older 0644 one too).
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    os.chmod(path, 0o600)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(SafeFormatter(LOG_FORMAT))
    logging.basicConfig(handlers=[handler], level=logging.DEBUG if args.verbose else logging.INFO)


def cmd_follow(args: argparse.Namespace, config: Config) -> int:
    """The producer view of a session another castguard process is recording."""
    from castguard.session.follow import SessionTail
    from castguard.session.store import StoreError

    try:
        tail = SessionTail(Path(args.session), actor=args.moderator or config.moderator)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    from castguard.tui.follow import FollowApp

    _desk_logging(args, config)
    app = FollowApp(tail, config=config)
    app.run()
    tail.close()
    return 0


def cmd_join(args: argparse.Namespace, config: Config) -> int:
    """The desk of a team session another castguard hosts (``--team``), through Redis."""
    from castguard.integrations.team.link import Keys, TeamError, check_session, check_url, connect
    from castguard.integrations.team.member import MemberSession

    try:
        keys = Keys(check_session(args.session))
        url = check_url(args.url)
    except TeamError as exc:
        raise UsageError(str(exc)) from None
    moderator = args.moderator or config.moderator
    # A desk served to browsers opens as a viewer unless told otherwise: the least a browser tab needs.
    args.role = args.role or ("observer" if args.web else "moderator")
    if args.web:
        return _join_web(args, config, url, keys.session, moderator)
    client = connect(url, config.team)
    policy = _policy(args, config)
    standby = None
    if args.standby:
        if args.role == "observer":
            raise UsageError("--standby: an observer's desk cannot host the session")
        from castguard.teamstandby import Successor

        standby = Successor(args, config, keys, moderator=moderator, say=lambda line: log.warning("team: %s", line)).run
    session = MemberSession(client, keys, policy, moderator=moderator, role=args.role,
                            producer_can_ban=policy.team_producer_can_ban,
                            standby=None if standby is None else lambda c, link: standby(c, link=link))  # fmt: skip
    from castguard.tui.app import DeskApp

    _desk_logging(args, config)
    app = DeskApp(session, config=config, role="producer" if args.role == "producer" else "moderator",
                  team=session.link)  # fmt: skip
    try:
        app.run()
    finally:
        session.close()
    return 0


def _join_web(args: argparse.Namespace, config: Config, url: str, session: str, moderator: str) -> int:
    """``join --web ADDRESS:PORT``: the member desk served to browsers, one desk process per tab."""
    if args.standby:
        raise UsageError("--standby: a desk served to browsers does not host the session (run one in a terminal)")
    _policy(args, config)  # a policy that cannot load is said here, not in every tab
    from castguard.web.gate import WebError
    from castguard.web.run import web_join

    try:
        return web_join(args, config, url, session, moderator=moderator, role=args.role)
    except WebError as exc:
        raise UsageError(str(exc)) from None


def _positive(text: str) -> float:
    value = parse_duration(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{printable(text, 40)!r} is no time at all: give a length such as 30s or 5m")
    return value


def _non_negative(text: str) -> float:
    value = parse_duration(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


RECORD_EXIT_HELP = """exit status:
  0  recorded until --for ran out or every source ended
  1  a source failed (its error is printed; what the other sources sent is recorded)
  2  nothing was recorded: a usage error (unknown source, existing output file without --resume)"""


def cmd_record(args: argparse.Namespace, config: Config) -> int:
    """Headless recording for a fixed time (or until every source ends); exit status 1 when a source failed."""
    from castguard.core.model import ConnectionEvent, ConnectionState
    from castguard.session.engine import SessionFailed

    if args.fast and (args.sources != ["demo"] or not args.duration):
        raise UsageError("--fast plays the demo's script on its own clock: give the demo source alone, with --for")
    session = _session(args, config, args.sources)
    last_state: dict[str, ConnectionEvent] = {}
    started = time.time()

    def say(line: str, at: float | None = None) -> None:
        # A connection event says when it happened on its source's clock (a fast demo's own seconds).
        elapsed = max(0, int((time.time() if at is None else at) - started))
        print(
            f"castguard record: {elapsed // 3600}:{elapsed // 60 % 60:02d}:{elapsed % 60:02d} {line}", file=sys.stderr
        )

    def track(update: object) -> None:
        if isinstance(update, ConnectionEvent):
            previous = last_state.get(update.source)
            last_state[update.source] = update
            if previous is None or previous.state is not update.state:
                detail = f" ({printable(update.detail, 200)})" if update.detail else ""
                say(f"{printable(update.source, 200)} {update.state.value}{detail}", update.at)

    async def progress() -> None:
        while True:
            await asyncio.sleep(args.progress)
            counts = session.counts
            say(f"{counts['messages']:,} messages, {counts['flagged']:,} flagged")

    session.subscribe(track)
    ends = f"stops after {durations.spoken(args.duration)} or with Ctrl-C" if args.duration else "Ctrl-C stops"
    print(f"castguard record: recording to {printable(str(session.store.path), 300)} ({ends})", file=sys.stderr)

    async def run() -> None:
        task = asyncio.create_task(session.run())
        ticker = asyncio.create_task(progress()) if args.progress > 0 else None
        try:
            if args.duration and not args.fast:  # a fast demo ends itself after --for of its own seconds
                done, _ = await asyncio.wait({task}, timeout=args.duration)
                if not done:
                    task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        finally:
            if ticker is not None:
                ticker.cancel()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass
    except SessionFailed:
        pass  # session.failure says why; the file is closed below first
    finally:
        counts = session.counts
        duplicates = session.duplicates_dropped()
        head = _close_recording(session, config)
    print(
        f"recorded {counts['messages']} messages ({counts['flagged']} flagged, {duplicates} duplicates "
        f"dropped) to {session.store.path}",
        file=sys.stderr,
    )
    print(head, file=sys.stderr)
    failed = [e for e in last_state.values() if e.state is ConnectionState.FAILED]
    for event in failed:
        print(f"castguard record: {event.source} failed: {event.detail or 'no reason given'}", file=sys.stderr)
    if failed:
        everything = len(failed) == len(session.sources)
        print(
            "castguard record: "
            + ("every source failed" if everything else f"{len(failed)} of {len(session.sources)} sources failed"),
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_scan(args: argparse.Namespace, config: Config) -> int:
    """One JSON verdict per input message."""
    from castguard.filters.pipeline import Pipeline
    from castguard.review import scan

    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (every core) or more")
    from castguard.review.scanpool import jobs_for

    return scan.main(args.file, Pipeline(_policy(args, config)), _fields(args), jobs_for(args.jobs))


def recording_path(name: str, config: Config) -> str:
    """A recording named as a file, or by its name in the sessions folder (``castguard sessions`` lists them).

    ``2026-11-30-demo`` and ``2026-11-30-demo.db`` find ``SESSIONS_DIR/2026-11-30-demo.db`` when there is no
    such file here; a path that exists, or one with a folder in it, is taken as it is.
    """
    path = Path(name)
    if path.exists() or len(path.parts) > 1:
        return name
    for candidate in (config.sessions_dir / name, config.sessions_dir / f"{name}.db"):
        if candidate.is_file():
            return str(candidate)
    return name


#: Commands whose SESSION argument is a recording (``join``'s is a team session's name).
_RECORDING_COMMANDS = frozenset({"follow", "report", "replay", "verify", "ae"})


def _open_store(path: str, *, readonly: bool = False) -> Store:
    from castguard.session.store import Store, StoreError

    try:
        return Store(path, create=False, readonly=readonly)
    except StoreError as exc:
        raise UsageError(str(exc)) from None


@contextlib.contextmanager
def _private_output(path: str) -> Iterator[TextIO]:
    """A file for output that may hold personal data: owner-only, like recordings.

    Written to a new owner-only file beside ``path`` and moved over it when complete, so an existing
    file readable by others is replaced, not reused, and a failed report leaves the old one whole.
    A device or pipe (``-o /dev/stdout``) is written in place.
    """
    target = Path(path)
    in_place = target.exists() and not target.is_file()
    try:
        if in_place:
            device = open(target, "w", encoding="utf-8", newline="")
        else:
            fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise UsageError(f"{path}: {exc.strerror or exc}") from None
    if in_place:
        with device:
            yield device
        return
    try:
        with open(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def cmd_report(args: argparse.Namespace, config: Config) -> int:
    """Audit report of a recording (read-only: a live recording can be reported while it is written)."""
    from castguard.review.report import FORMATS, render

    fmt = args.format or (Path(args.output).suffix.lstrip(".").lower() if args.output else "md")
    fmt = {"markdown": "md", "htm": "html"}.get(fmt, fmt)
    if fmt not in FORMATS:
        raise UsageError(f"unknown report format {fmt!r} ({', '.join(FORMATS)})")
    store = _open_store(args.session, readonly=True)
    redact, key = not args.unredacted, config.head_key
    try:
        if args.output:
            with _private_output(args.output) as out:
                render(store, fmt, redact=redact, limit=args.limit, out=out, head_key=key)
            print(f"report written to {args.output}", file=sys.stderr)
        else:
            render(store, fmt, redact=redact, limit=args.limit, out=sys.stdout, head_key=key)
    finally:
        store.close()
    return 0


#: Largest file ``verify --head FILE`` reads (a report holding the head can be large).
MAX_HEAD_FILE = 256 * 1024 * 1024


def _exported_head(text: str) -> Head | str:
    """The head given to ``verify --head``: a head, a file holding one, or a bare hash (an action-log head)."""
    from castguard.session.ledger import Head

    if re.fullmatch(r"[0-9a-fA-F]{64}", text):
        return text.lower()
    found = Head.find(text)
    if not found:
        path = Path(text)
        if not path.is_file():
            raise UsageError("--head: give a head (castguard-head:N:HASH...) or a file that holds one")
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                found = Head.find(f.read(MAX_HEAD_FILE))
        except OSError as exc:
            raise UsageError(f"--head: {exc.strerror or exc}") from None
        if not found:
            raise UsageError("--head: the file holds no castguard head")
    if len(found) > 1:
        raise UsageError(f"--head: {len(found)} different heads given: keep the one written down when it ended")
    return found[0]


def cmd_verify(args: argparse.Namespace, config: Config) -> int:
    """Check a recording against its ledger and action log (and a head kept elsewhere); 1 when anything is wrong."""
    from castguard.session import queries
    from castguard.session.ledger import Head

    name = args.session
    exported = _exported_head(args.head) if args.head else None
    store = _open_store(name, readonly=True)
    try:
        legacy_missing = False
        if isinstance(exported, str):
            # A bare hash: an entry of the ledger, or (recordings before the ledger) of the action log.
            entry = queries.ledger_entry(store, exported) if store.schema_version >= 3 else None
            if entry is not None:
                exported = Head(entry, exported)
            else:
                legacy_missing = not store.has_hash(exported)
                exported = None
        check = store.check(head=exported, key=config.head_key)
    finally:
        store.close()
    chain, ledger = check.action_chain, check.ledger
    if chain is not None:
        print(f"{name}: action log BROKEN at entry #{chain.action_id}: {chain.reason}")
    else:
        print(f"{name}: action log intact, {check.actions} entries")
    if ledger is None:
        print(f"{name}: not covered: {check.not_covered}")
    elif ledger.intact:
        covered = ", ".join(f"{what} {n:,}" for what, n in ledger.checked.items() if n)
        print(f"{name}: recording intact, every row matches its ledger ({covered})")
    else:
        print(f"{name}: recording TAMPERED: it differs from its ledger:")
        for problem in ledger.problems:
            print(f"  - {problem}")
        if ledger.more:
            print(f"  - and {ledger.more} more")
    if ledger is not None:
        for line in ledger.sealed_late:
            print(f"{name}: note: {line}")
    if check.damage is not None:
        print(f"{name}: the file is damaged: {check.damage}")
    for problem in check.head_problems:
        print(f"{name}: against the exported head: {problem}")
    if legacy_missing:
        print(f"{name}: {args.head} is not in the action log (entries were removed from the end?)")
    for intent in check.unknown_outcomes:
        print(f"{name}: outcome unknown: {intent.describe()}: the platform may have acted (the recording "
              "stopped during the call)")  # fmt: skip
    if exported is not None and not check.head_problems:
        signed = ", signature checked" if exported.signature else ""
        print(f"{name}: matches the exported head ({exported}{signed})")
    if check.head is not None:
        print(f"{name}: head {check.head}")
    return 0 if check.intact and not legacy_missing else 1


def cmd_import(args: argparse.Namespace, config: Config) -> int:
    """Import chat exports into a session file, judged by the policy."""
    from castguard.filters.pipeline import Pipeline
    from castguard.review.importer import ImportError_, ImportResult, import_file
    from castguard.session.engine import Session

    fields = _fields(args)
    if args.source and len(args.files) > 1:
        raise UsageError("--source names one file's chat: import several files one by one")
    for name in args.files:
        if not Path(name).is_file():
            raise UsageError(f"{name}: no such file")
    policy = _policy(args, config)
    args.record = args.output
    existed = bool(args.output) and Path(args.output).exists()
    store = _recording(args, config, "import", policy, add_to_existing=True)
    session = Session(store, Pipeline(policy), moderator=args.moderator or config.moderator, auto_actions=False)
    _keep_adverse_events(session, config)
    result = ImportResult()
    try:
        for name in args.files:
            try:
                import_file(
                    Path(name), session, result, platform=args.platform, source=args.source, fields=fields,
                    errors=sys.stderr,
                )  # fmt: skip
                store.log_session("imported", name)
            except ImportError_ as exc:
                print(f"castguard import: {exc}", file=sys.stderr)
                result.bad += 1
    finally:
        store.flush()
        head = _head_line(store, config)
        store.close()
    if not existed and not result.messages and not result.events:
        # Nothing came in: a new, empty session would only be mistaken for a recording of a silent broadcast.
        for leftover in (store.path, *(Path(f"{store.path}{suffix}") for suffix in ("-wal", "-shm"))):
            Path(leftover).unlink(missing_ok=True)
        print(f"castguard import: nothing to import from {', '.join(args.files)}: no session written", file=sys.stderr)
        return 1
    print(
        f"imported {result.messages} messages ({result.flagged} flagged, {result.duplicates} already in the session, "
        f"{result.events} platform events, {result.bad} bad items) from {result.files} file(s) into {store.path}",
        file=sys.stderr,
    )
    print(head, file=sys.stderr)
    return 1 if result.bad else 0


def cmd_replay(args: argparse.Namespace, config: Config) -> int:
    """The desk on a recording, or ``--rescan``: what another policy would flag differently."""
    if args.rescan:
        return _rescan(args, config)
    from castguard.session.engine import Session
    from castguard.session.replay import RecordingReader, ReplayController, ReplaySource, parse_position
    from castguard.session.store import Store

    original = _open_store(args.session, readonly=True)
    if original.count() == 0:
        raise UsageError(f"{args.session}: the recording has no messages")
    reader = RecordingReader(original)
    controller = ReplayController(reader, speed=args.speed, paused=args.paused)
    if args.start:
        try:
            controller.seek(parse_position(args.start, start=reader.start, end=reader.end, current=reader.start))
        except ValueError as exc:
            raise UsageError(f"--start: {exc}") from None
    source = ReplaySource(original, controller=controller, stop_at_end=False)
    policy = original.recorded_policy() or _policy(args, config)
    # Replay writes to a scratch store: the recording under review is never modified (notes aside).
    session = Session(
        Store(Store.MEMORY), source.pipeline(policy), [source], moderator=args.moderator or config.moderator,
        clock=controller.clock, auto_actions=False,
    )  # fmt: skip
    _desk_logging(args, config)
    from castguard.tui.replay import ReplayApp

    app = ReplayApp(session, controller, notes_path=Path(args.session), config=config)
    before = original.head()
    try:
        app.run()
    finally:
        app.close_notes()
        original.close()
    # Reviewers' notes are appended to the ledger: a head written down earlier no longer covers them.
    after = _open_store(args.session, readonly=True)
    try:
        head = after.head()
        if head is not None and (before is None or head.hash != before.hash):
            print(f"notes added; new {_head_line(after, config)}")
    finally:
        after.close()
    return 0


def _rescan(args: argparse.Namespace, config: Config) -> int:
    from castguard.filters.pipeline import Pipeline
    from castguard.review.rescan import render_json, render_text, rescan

    if not args.policy:
        raise UsageError("--rescan needs --policy NEW.toml (the policy to compare with the recording)")
    store = _open_store(args.session, readonly=True)
    try:
        diff = rescan(store, Pipeline(_policy(args, config)), examples=args.examples, redact=not args.unredacted)
    finally:
        store.close()
    sys.stdout.write(render_json(diff) if args.json else render_text(diff))
    return 0


def _speed(text: str) -> float | None:
    if text.lower() in ("max", "fast", "0"):
        return None
    try:
        value = float(text.lower().rstrip("x×"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid speed {text!r} (1, 2, 10, max)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("speed must be positive")
    return value


def cmd_sessions(args: argparse.Namespace, config: Config) -> int:
    """List recordings in the data dir: name, start, duration, messages, flagged, platforms, title (read-only)."""
    from castguard.session.queries import recording_summary
    from castguard.session.store import Store, StoreError

    folder = config.sessions_dir
    files = sorted(folder.glob("*.db")) if folder.exists() else []
    if not files:
        print(f"no recordings in {printable(str(folder))}")
        return 0
    rows: list[tuple[str, ...]] = []
    for path in files:
        name = printable(path.stem, 60)
        try:
            store = Store(path, create=False, readonly=True)
            try:
                summary = recording_summary(store)
            finally:
                store.close()
        except (StoreError, sqlite3.Error) as exc:
            rows.append((name, "unreadable:", printable(str(exc), 200)))
            continue
        started = (
            dt.datetime.fromtimestamp(summary.started_at).strftime("%Y-%m-%d %H:%M") if summary.started_at else "—"
        )
        platforms = printable(",".join(summary.platforms), 60) or "—"
        title = printable(summary.title, 120) or "—"
        rows.append(
            (name, started, _span(summary.duration), str(summary.messages), str(summary.flagged), platforms, title)
        )
    header = ("NAME", "STARTED", "DURATION", "MESSAGES", "FLAGGED", "PLATFORMS", "TITLE")
    table = [header, *(r for r in rows if len(r) == len(header))]
    widths = [max(len(r[i]) for r in table) for i in range(len(header) - 1)]
    right = {2, 3, 4}
    for row in [header, *rows]:
        if len(row) != len(header):
            print("  ".join(row))
            continue
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=False))]
        print("  ".join([*cells, row[-1]]).rstrip())
    print(f"{len(files)} recording(s) in {printable(str(folder))}; open one by its NAME (replay, report, follow)")
    return 0


def _span(seconds: float) -> str:
    """A recording's length: ``45s``, ``12m``, ``1h05m``."""
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def cmd_policy(args: argparse.Namespace, config: Config) -> int:
    """``policy check FILE``: a summary of the policy, or the line at fault."""
    return check_policy_main(args.file)


def cmd_doctor(args: argparse.Namespace, config: Config) -> int:
    """Check platform credentials and scopes, and that the file holding them is private."""
    from castguard.connectors.doctor import doctor_main

    for warning in config.warnings:
        print(f"config:\n  PROBLEM  {warning}")
    status = doctor_main(config.platforms)
    return 1 if config.warnings else status


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
        recording(p)
        team(p)

    def team(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--team",
            metavar="URL",
            help="share the session with a team through Redis "
            "(redis://HOST:PORT/DB or rediss://; credentials from CASTGUARD_REDIS_USERNAME/PASSWORD)",
        )
        p.add_argument("--session", dest="team_session", metavar="NAME", help="with --team: the name members join")

    def recording(p: argparse.ArgumentParser) -> None:
        p.add_argument("--resume", metavar="SESSION", help="continue recording into an existing session file")
        p.add_argument("--redact-at-rest", action="store_true",
                       help="store personal data (privacy spans) redacted in the session file")  # fmt: skip

    def desk_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--role",
            choices=["moderator", "producer"],
            default="moderator",
            help="which view the desk opens on (the producer's risk view or the moderator's feed)",
        )
        p.add_argument(
            "--on-air-delay",
            type=_non_negative,
            default=0.0,
            metavar="SECONDS",
            help="keep every message off the on-air view this long so moderators see it first (e.g. 10s)",
        )

    p = sub.add_parser("demo", help="the desk on a built-in simulated healthcare broadcast (no network)")
    common(p)
    desk_options(p)
    p.add_argument("--seed", type=int, default=7, help="random seed of the simulated chat")
    p.add_argument("--rate", type=float, default=4.0, help="messages per second (default 4)")
    p.set_defaults(func=cmd_desk)

    p = sub.add_parser("watch", help="the desk on live sources")
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help=specs_help() + " (- is stdin)")  # fmt: skip
    common(p)
    p.add_argument("--follow", action="store_true", help="keep reading a JSONL file as it grows")
    p.add_argument("--fields", metavar="MAP", help=FIELDS_HELP)
    desk_options(p)
    p.set_defaults(func=cmd_desk)

    p = sub.add_parser("follow", help="the producer view of a session another castguard is recording (live)")
    p.add_argument("session", metavar="SESSION", help="session file (or its name in the data dir)")
    p.add_argument("--moderator", help="name recorded with acknowledgements written from here")
    p.set_defaults(func=cmd_follow)

    p = sub.add_parser("join", help="the desk of a team session hosted elsewhere (castguard demo|watch --team)")
    p.add_argument("url", metavar="URL", help="the team's Redis: redis://HOST:PORT/DB or rediss://...")
    p.add_argument("session", metavar="SESSION", help="the session name the host gave with --session")
    p.add_argument("--moderator", help="your name, shown to the team and recorded with your actions")
    p.add_argument(
        "--role",
        choices=["moderator", "producer", "observer"],
        help="what this desk may do: a producer does not ban, an observer only watches "
        "(default: moderator; observer with --web)",
    )
    p.add_argument("--policy", help="policy file (the crisis guidance shown beside findings; once this desk hosts, "
                   "the session's policy)")  # fmt: skip
    p.add_argument("--standby", action="store_true",
                   help="take over as the host when the host dies (its sources and recording resume here)")  # fmt: skip
    p.add_argument("--record", metavar="PATH", help="with --standby: the recording to write when the dead host's "
                   "file is not on this machine")  # fmt: skip
    p.add_argument("--web", metavar="ADDRESS:PORT",
                   help="serve this desk to browsers on ADDRESS:PORT (e.g. 127.0.0.1:8080) behind a token "
                        "(printed once; or CASTGUARD_WEB_TOKEN); each tab is a member of its own")  # fmt: skip
    p.add_argument("--web-cert", metavar="FILE", help="with --web: serve HTTPS with this certificate chain")
    p.add_argument("--web-key", metavar="FILE", help="with --web: the certificate's private key")
    p.add_argument("--web-plain-http", action="store_true",
                   help="with --web on an address other machines reach: serve plain HTTP anyway "
                        "(only behind a TLS proxy: the token and the desk cross the network readable)")  # fmt: skip
    p.set_defaults(func=cmd_join)

    p = sub.add_parser("record", help="record sources headless (no UI)", epilog=RECORD_EXIT_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--for", dest="duration", type=_positive, help="stop after this long (30s, 5m, 1h)")
    p.add_argument("-o", "--output", metavar="FILE", help="session file to write")
    p.add_argument("--seed", type=int, default=7, help="seed of the demo source")
    p.add_argument("--rate", type=float, help="rate of the demo source (messages/s)")
    p.add_argument(
        "--fast", action="store_true",
        help="demo only: record the script as fast as it is judged, on the demo's own clock (--for counts its seconds)",
    )  # fmt: skip
    p.add_argument("--follow", action="store_true", help="keep reading a JSONL file as it grows")
    p.add_argument("--fields", metavar="MAP", help=FIELDS_HELP)
    p.add_argument(
        "--progress", type=parse_duration, default=30.0, metavar="EVERY",
        help="print the counts this often on stderr (default 30s; 0 for never); connection changes always",
    )  # fmt: skip
    common(p, record=False)
    p.set_defaults(func=cmd_record)

    from castguard.review.scan import EXIT_HELP as SCAN_EXIT_HELP

    p = sub.add_parser("scan", help="one JSON verdict per input message (JSONL or chat-downloader export)",
                       epilog=SCAN_EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("file", metavar="FILE", help="JSONL file, chat-downloader .json/.jsonl, or - for stdin")
    p.add_argument("--policy", help="policy file")
    p.add_argument("--fields", metavar="MAP", help=FIELDS_HELP)
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes for the per-message filters (default 1; 0: every core). Spam "
                        "repeats, raids and spikes are still judged in input order in one process: same output "
                        "as --jobs 1")  # fmt: skip
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("report", help="audit report of a recorded session (html, md, json, csv)")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--format", choices=["html", "md", "json", "csv"], help="output format (default: from -o, else md)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--unredacted", action="store_true", help="keep personal data in the report")
    p.add_argument("--limit", type=int, default=1000, metavar="N",
                   help="rows in each listing (flagged messages, missed risks...); default 1000")  # fmt: skip
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("verify", help="check a session against its hash-chained ledger (exit status 1 when not intact)")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--head", metavar="HEAD|FILE",
                   help="the head printed when the session ended (or a file holding it, e.g. the report): "
                        "fail if entries were cut off the end or added after it")  # fmt: skip
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("import", help="import chat-downloader .json/.jsonl or generic JSONL into a session")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-o", "--output", metavar="SESSION", help="session file to create or add to")
    p.add_argument("--platform", default="jsonl", help="platform the chat came from (youtube, twitch...)")
    p.add_argument("--source", metavar="KEY", help="source key of the imported chat (default: import:FILENAME)")
    p.add_argument("--fields", metavar="MAP", help=FIELDS_HELP)
    p.add_argument("--policy", help="policy to judge the messages with")
    p.add_argument("--moderator", help=argparse.SUPPRESS)
    p.add_argument("--redact-at-rest", action="store_true", help="store personal data redacted")
    p.set_defaults(func=cmd_import, resume=None)

    p = sub.add_parser("replay", help="the desk on a recording (speed, pause, seek, notes), or --rescan")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--speed", type=_speed, default=1.0, help="1, 2, 10 or max (default 1)")
    p.add_argument("--start", metavar="WHEN", help="start at +5m, @1h20m, 42%% or 14:05:30")
    p.add_argument("--paused", action="store_true", help="start paused (step with '.')")
    p.add_argument("--moderator", help="reviewer name recorded with notes")
    p.add_argument("--rescan", action="store_true", help="headless: what --policy would flag differently")
    p.add_argument("--policy", help="with --rescan: the policy to compare with the recording")
    p.add_argument("--json", action="store_true", help="with --rescan: print JSON")
    p.add_argument("--examples", type=int, default=20, help="with --rescan: changed messages to show")
    p.add_argument("--unredacted", action="store_true", help="with --rescan: show personal data in examples")
    p.set_defaults(func=cmd_replay)

    p = sub.add_parser("sessions", help="list recordings")
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("doctor", help="check platform credentials and their scopes")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("policy", help="policy tools")
    psub = p.add_subparsers(dest="policy_command", required=True, metavar="ACTION")
    pc = psub.add_parser("check", help="validate a policy file")
    pc.add_argument("file", metavar="FILE")
    pc.set_defaults(func=cmd_policy)

    from castguard.aecli import add_parser as add_ae_parser
    from castguard.teamcli import add_parser as add_team_parser

    add_ae_parser(sub)
    add_team_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``castguard`` console script."""
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafe(sys.stdout), TerminalSafe(sys.stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = streams


def _main(argv: Sequence[str] | None) -> int:
    # Not from the engine and the store: importing them costs every command, --help too, a second.
    from castguard.session.errors import SessionFailed, StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(SafeFormatter(LOG_FORMAT))
    logging.basicConfig(handlers=[handler], level=logging.DEBUG if args.verbose else logging.WARNING)
    try:
        config = load_config(args.config, platforms=config_tables())
        if config.keymap and args.func in (cmd_desk, cmd_follow, cmd_join, cmd_replay, cmd_doctor):
            # Only where the keymap applies (and the doctor): the binding ids come from the desk, whose
            # import costs the other commands a second.
            from castguard.tui.keymap import binding_ids

            config.check_keymap(binding_ids())
        if args.command in _RECORDING_COMMANDS and getattr(args, "session", None):
            args.session = recording_path(args.session, config)
        if args.func is not cmd_doctor:  # the doctor reports them itself
            for warning in config.warnings:
                print(f"castguard: warning: {warning}", file=sys.stderr)
        return int(args.func(args, config))
    except (UsageError, ConfigError, PolicyError) as exc:
        print(f"castguard: {printable(str(exc))}", file=sys.stderr)
        return 2
    except (SessionFailed, StoreError) as exc:
        # The session stopped, or the recording could not be written: one line, and a failing status.
        print(f"castguard: {printable(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
