"""``castguard ae``: the adverse-event cases of a recording (list, edit, open, forward, ack, export)."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

from castguard.core.config import Config
from castguard.core.text import clean_text
from castguard.session.aecases import ELEMENTS, AdverseCase, CaseBook, CaseError, countdown

EXIT_HELP = """exit status: 0 done, 1 the case could not be forwarded, 2 a usage error (unknown case, no key...)"""


class AeError(Exception):
    """A case command that cannot be done (exit status 2)."""


def add_parser(sub: Any) -> None:
    """Add ``ae`` and its actions to the CLI's subparsers."""
    p = sub.add_parser("ae", help="adverse-event cases of a session (list, edit, open, forward, ack, export)",
                       epilog=EXIT_HELP)  # fmt: skip
    asub = p.add_subparsers(dest="ae_command", required=True, metavar="ACTION")

    a = asub.add_parser("list", help="every case: day 0, elements, deadline, status")
    a.add_argument("session", metavar="SESSION")

    a = asub.add_parser("edit", help="correct or complete a minimum element (recorded with who)")
    a.add_argument("session", metavar="SESSION")
    a.add_argument("case", type=int, metavar="CASE")
    for name in ELEMENTS:
        a.add_argument(f"--{name}", metavar="TEXT", help=f"the {ELEMENTS[name]}")

    a = asub.add_parser("open", help="show a case's original text (the opening is recorded with who and why)")
    a.add_argument("session", metavar="SESSION")
    a.add_argument("case", type=int, metavar="CASE")
    a.add_argument("--reason", required=True, help="why the original is opened (recorded)")

    a = asub.add_parser("forward", help="send a case to the safety team (.eml export, and the safety webhook if set)")
    a.add_argument("session", metavar="SESSION")
    a.add_argument("case", type=int, metavar="CASE")
    a.add_argument("--outbox", metavar="DIR", help="folder for the .eml file (default: [adverse_events] outbox, "
                   "else the data dir's outbox)")  # fmt: skip

    a = asub.add_parser("ack", help="record the safety team's acknowledgement of a forwarded case")
    a.add_argument("session", metavar="SESSION")
    a.add_argument("case", type=int, metavar="CASE")
    a.add_argument("--note", default="", help="the safety team's reference")

    a = asub.add_parser("export", help="every case with E2B(R3)-aligned field names")
    a.add_argument("session", metavar="SESSION")
    a.add_argument("--format", choices=["json", "csv", "xml"], default="json")
    a.add_argument("-o", "--output", metavar="FILE", help="write to FILE (owner-only) instead of stdout")
    p.set_defaults(func=cmd_ae)


def cmd_ae(args: argparse.Namespace, config: Config) -> int:
    """Run one ``castguard ae`` action."""
    from castguard.cli import UsageError, _open_store, _private_output

    readonly = args.ae_command in ("list", "export")
    store = _open_store(args.session, readonly=readonly)
    book = CaseBook(store, seal_key=config.ae_key)
    actor = config.moderator
    try:
        if not book.available:
            version = store.schema_version
            raise UsageError(f"{args.session}: recorded before adverse-event cases existed (schema {version})")
        if args.ae_command == "list":
            _list(book)
        elif args.ae_command == "edit":
            changes = {name: getattr(args, name) for name in ELEMENTS if getattr(args, name) is not None}
            if not changes:
                raise UsageError("say what to change: --patient, --reporter, --product or --event")
            for name, value in changes.items():
                case = book.edit(args.case, name, value, actor=actor)
            print(_describe(case, time.time()))
        elif args.ae_command == "open":
            original = book.open_original(args.case, actor=actor, reason=args.reason)
            print(f"case #{args.case}, opened by {actor} (recorded): {clean_text(args.reason, 200)}")
            print(f"author: {clean_text(original.get('author_name', ''), 200)}")
            print(f"text:   {clean_text(original.get('text', ''), 4000)}")
        elif args.ae_command == "forward":
            return _forward(args, config, book, actor)
        elif args.ae_command == "ack":
            case = book.acknowledge(args.case, actor=actor, note=args.note)
            print(f"case #{case.id} acknowledged by {actor}")
        else:
            _export(args, book, _private_output)
    except CaseError as exc:
        raise UsageError(str(exc)) from None
    finally:
        store.close()
    return 0


def _region(book: CaseBook) -> str:
    policy = book.store.recorded_policy()
    return policy.default_region if policy is not None else "US"


def _forward(args: argparse.Namespace, config: Config, book: CaseBook, actor: str) -> int:
    from castguard.cli import UsageError
    from castguard.integrations.aeforward import ForwardError, SafetySettings, forward

    policy = book.store.recorded_policy()
    try:
        settings = SafetySettings.from_config(
            config.safety, default_outbox=config.data_dir / "outbox", to=policy.ae_safety_email if policy else ""
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.outbox:
        settings = SafetySettings(settings.webhook_url, Path(args.outbox), settings.to)
    try:
        case, path = asyncio.run(forward(book, args.case, settings, actor=actor, region=_region(book)))
    except ForwardError as exc:
        print(f"castguard: {clean_text(str(exc), 500)}", file=sys.stderr)
        return 1
    print(f"case #{case.id} forwarded by {actor} via {case.forwarded_via}")
    print(f"e-mail export: {path}")
    return 0


def _export(args: argparse.Namespace, book: CaseBook, private_output: Any) -> None:
    from castguard.integrations.aeforward import narratives
    from castguard.review import e2b

    cases = book.all()
    recs = e2b.records(cases, session_id=book.store.session_id, region=_region(book),
                       narratives=narratives(book, cases))  # fmt: skip
    text = e2b.render(recs, args.format)
    if args.output:
        with private_output(args.output) as out:
            out.write(text)
        print(f"{len(recs)} case(s) exported to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)


def _describe(case: AdverseCase, now: float) -> str:
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(case.day0))
    status = case.status.value + (f" ({countdown(case.remaining(now))})" if case.status.value == "open" else "")
    lines = [f"case #{case.id}  message #{case.message_seq}  day 0 {when}  {status}"]
    if case.duplicate_of is not None:
        lines[0] += f"  duplicate of #{case.duplicate_of}"
    for key, label in ELEMENTS.items():
        value = case.elements.get(key, "")
        lines.append(f"  [{'x' if value else ' '}] {label}: {clean_text(value, 200) or '(not known yet)'}")
    if case.seal_note:
        lines.append(f"  ! {case.seal_note}")
    return "\n".join(lines)


def _list(book: CaseBook) -> None:
    cases = book.all()
    if not cases:
        print("no adverse-event cases")
    now = time.time()
    for case in cases:
        print(_describe(case, now))
