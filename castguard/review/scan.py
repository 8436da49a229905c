"""Headless scanning: JSON lines in, one JSON verdict per message out.

Accepted input, one JSON object per line and/or JSON arrays of them (read item by item by
:mod:`castguard.review.jsoninput`), mapped by the same code as the generic feed connectors
(:mod:`castguard.connectors.jsonfeed`):
- castguard's simple form ``{"id": ..., "author": "name" | {"id", "name"}, "text": ...}``;
- chat-downloader's export (``message_id``, ``message``, ``author{id,name}``,
  ``timestamp`` in microseconds);
- any other JSON chat with ``--fields text=payload.body,author=user.name``.

Every input line gets a verdict or a numbered note on stderr, and the run goes on:
a line that cannot be read is reported with its number and reason; an item that is not a
chat message and holds no text (a ban or deletion event, a banner) is named as such; text
anywhere an item keeps it is judged, whatever its ``message_type`` says.

Messages are judged in batches (``Pipeline.evaluate_many``, the same verdicts as one at a time) on
the broadcast's own clock: a message arrives at its timestamp, one without a timestamp
:data:`UNTIMED_STEP` after the message before it, so raid and spike detection give the same answer
on every run, at any reading speed and with any ``--jobs`` (:mod:`castguard.review.scanpool`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from castguard.connectors.jsonfeed import FeedError, FieldMap, json_event
from castguard.core.model import ChatMessage, Decision, Severity, Verdict, normalise
from castguard.core.text import safe_json
from castguard.review.jsoninput import BadInput, Item, NotJsonInput, read_json

if TYPE_CHECKING:
    from castguard.filters.pipeline import Pipeline

log = logging.getLogger(__name__)

#: Exit statuses of ``castguard scan`` (also listed in its ``--help``).
EXIT_OK = 0
"""Every input line was read; every message has its verdict."""
EXIT_BAD_INPUT = 1
"""Some input lines could not be read (each named on stderr); every other line was judged."""
EXIT_USAGE = 2
"""Nothing was scanned: the file cannot be opened, is not JSON, or an option is wrong."""
EXIT_FAILED = 3
"""castguard itself failed: on some lines (each named on stderr, the others judged), or it could
not read on or write its output."""

EXIT_HELP = """exit status:
  0  every input line was read and every message judged
  1  some input lines could not be read: each is named on stderr, the others were judged
  2  nothing was scanned: the file cannot be opened, is empty or not JSON, or an option is wrong
  3  castguard failed on some lines (named on stderr, the others judged) or could not read on
     or write its output"""


class OutputError(Exception):
    """The verdicts cannot be written (a closed pipe, a full disk)."""


#: Messages judged together (``Pipeline.evaluate_many``): large enough to amortise the per-call
#: work, small enough that a batch of 1 MiB lines stays a bounded amount of memory.
BATCH = 128
#: A message without a timestamp is taken to arrive this long after the one before it (a busy
#: chat's 200 messages/s), so windowed detectors see the same stream on every run.
UNTIMED_STEP = 0.005


@dataclass
class Tally:
    """What a scan met, for the summary and the exit status."""

    bad: int = 0
    """Lines or items that could not be read (the input's fault)."""
    failed: int = 0
    """Lines castguard failed on (its own fault)."""
    read: int = 0
    """Input lines or items met, whatever became of them."""

    @property
    def status(self) -> int:
        """The exit status (castguard's own failures first; input without a single item scanned nothing)."""
        if self.failed:
            return EXIT_FAILED
        if self.bad:
            return EXIT_BAD_INPUT
        return EXIT_OK if self.read else EXIT_USAGE


def verdict_json(message: ChatMessage, verdict: Verdict) -> dict[str, Any]:
    """The scan output for one message."""
    return {
        "id": message.id,
        "categories": verdict.categories,
        "findings": [
            {"category": f.category, "severity": f.severity.label, "start": f.start, "end": f.end, "rule": f.rule}
            for f in verdict.findings
        ],
        "decision": verdict.decision.value,
    }


_string = json.encoder.encode_basestring  # JSON string, non-ASCII kept (json.dumps' ensure_ascii=False)
#: The JSON around a finding's offsets, per (category, severity, rule): a scan writes the same few over and over.
_FINDING_JSON: dict[tuple[str, Severity, str], tuple[str, str]] = {}
_FINDING_JSON_KEPT = 4096
_DECISION_JSON = {d: f'"decision": "{d.value}"}}' for d in Decision}


def _finding_json(category: str, severity: Severity, rule: str) -> tuple[str, str]:
    """(the JSON of a finding before its start offset, after its end offset), worked out once."""
    key = (category, severity, rule)
    parts = _FINDING_JSON.get(key)
    if parts is None:
        if len(_FINDING_JSON) >= _FINDING_JSON_KEPT:
            _FINDING_JSON.clear()
        head = f'{{"category": {_string(category)}, "severity": "{severity.label}", "start": '
        parts = _FINDING_JSON[key] = (head, f', "rule": {_string(rule)}}}')
    return parts


def verdict_line(message: ChatMessage, verdict: Verdict) -> str:
    """``json.dumps(verdict_json(message, verdict))`` as one line, written without the intermediate dicts.

    Byte for byte what :func:`json.dumps` writes (``tests/test_scan.py`` checks it); a lone surrogate
    in an id, which UTF-8 cannot carry, is written as a JSON escape instead.
    """
    findings = verdict.findings
    if findings:
        categories: dict[str, None] = {}
        parts: list[str] = []
        for f in findings:
            categories[f.category] = None
            head, tail = _finding_json(f.category, f.severity, f.rule)
            parts.append(f'{head}{f.start}, "end": {f.end}{tail}')
        listed = ", ".join(map(_string, categories))
        line = (
            f'{{"id": {_string(message.id)}, "categories": [{listed}], "findings": [{", ".join(parts)}], '
            + _DECISION_JSON[verdict.decision]
        )
    else:
        line = f'{{"id": {_string(message.id)}, "categories": [], "findings": [], ' + _DECISION_JSON[verdict.decision]
    if not line.isascii():
        # Safe for a terminal and writable as UTF-8: control, bidi and lone surrogate characters (from a
        # "\ud800" escape in the input) become \u escapes, so the verdict still goes out and reads back the same.
        line = safe_json(verdict_json(message, verdict))
    return line


def message_of(item: Item, fields: FieldMap | None, received_at: float | None = None) -> ChatMessage | str:
    """The chat message an item holds, or why it holds none (an event or banner without text).

    With ``received_at``, the message arrives at its own timestamp (the broadcast's clock), or at
    ``received_at`` when it has none; without, at the time of the call.
    Raises :class:`FeedError` for an item that cannot be chat at all (not an object, no text).
    """
    fallback_id = f"line-{item.line}" if item.index is None else f"line-{item.line}-item-{item.index}"
    clock = received_at is not None
    at = received_at if received_at is not None else time.time()
    event = json_event(
        item.value, source="scan", platform="jsonl", channel="", received_at=at, fields=fields,
        fallback_id=fallback_id, allow_empty=True, arrives_when_sent=clock,
    )  # fmt: skip
    if isinstance(event, ChatMessage):
        return event
    # Not chat by its own account (a platform event, a banner): whatever text it carries is
    # judged all the same, so nothing a viewer typed passes unscanned.
    try:
        generic = json_event(
            item.value, source="scan", platform="jsonl", channel="", received_at=at, fields=fields or FieldMap(),
            fallback_id=fallback_id, allow_empty=True, arrives_when_sent=clock,
        )  # fmt: skip
    except FeedError:
        kind = item.value.get("message_type") if isinstance(item.value, dict) else None
        return f"not a chat message ({kind or type(event).__name__}) and no text to judge: no verdict"
    assert isinstance(generic, ChatMessage)
    return generic


@dataclass(slots=True)
class Note:
    """A line that gets no verdict: what stderr says about it."""

    text: str
    bad: bool
    """The input's fault (exit status 1); False for an item that is simply not chat."""
    failed: bool = False
    """castguard's own fault (exit status 3)."""


class Failed:
    """The verdict castguard could not reach for one message (its own fault)."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


def entries(
    items: Iterator[Item | BadInput], fields: FieldMap | None
) -> Iterator[list[tuple[str, ChatMessage | Note]]]:
    """The input in batches of up to :data:`BATCH` messages, each line with its message or its note, in order.

    Messages are read on the broadcast's clock (see :func:`message_of`): the verdicts depend on
    the input alone, never on how fast it is read.
    """
    batch: list[tuple[str, ChatMessage | Note]] = []
    messages = 0
    clock = 0.0
    for item in items:
        if isinstance(item, BadInput):
            batch.append((item.where, Note(item.reason, bad=True)))
            continue
        try:
            found = message_of(item, fields, clock + UNTIMED_STEP)
            if isinstance(found, str):
                batch.append((item.where, Note(found, bad=False)))
                continue
            clock = found.received_at
            batch.append((item.where, normalise(found)))
        except FeedError as exc:
            batch.append((item.where, Note(str(exc), bad=True)))
            continue
        except RecursionError:
            batch.append((item.where, Note("nested too deeply", bad=True)))
            continue
        except Exception as exc:
            log.debug("scan failed on %s", item.where, exc_info=True)
            batch.append((item.where, Note(_failure(exc), bad=False, failed=True)))
            continue
        messages += 1
        if messages >= BATCH:
            yield batch
            batch, messages = [], 0
    if batch:
        yield batch


def _failure(exc: BaseException) -> str:
    return f"castguard failed on this line ({type(exc).__name__}): no verdict"


def judge(pipeline: Pipeline, messages: list[ChatMessage]) -> list[Verdict | Failed]:
    """The verdicts of a batch, in order (``evaluate_many``); a message castguard fails on gets :class:`Failed`.

    When the batch fails, it is judged again message by message, so only the line at fault loses
    its verdict (a windowed filter may then have seen the messages before it twice).
    """
    many = getattr(pipeline, "evaluate_many", None)
    if many is not None and len(messages) > 1:
        try:
            verdicts: list[Verdict | Failed] = list(many(messages))
            return verdicts
        except Exception:
            log.debug("a batch failed: judged again one by one", exc_info=True)
    judged: list[Verdict | Failed] = []
    for message in messages:
        try:
            judged.append(pipeline.evaluate(message))
        except Exception as exc:
            judged.append(Failed(exc))
    return judged


def scan(
    stream: BinaryIO, out: IO[str], errors: IO[str], pipeline: Pipeline, fields: FieldMap | None = None, jobs: int = 1
) -> int:
    """Scan every message; return the exit status (see :data:`EXIT_HELP`).

    With ``jobs`` > 1, the filters that look at one message at a time run in that many worker
    processes (:mod:`castguard.review.scanpool`); the output is the same, in the same order.
    Raises :class:`OutputError` when ``out`` cannot be written and :class:`OSError` when
    ``stream`` cannot be read.
    """
    batches = entries(read_json(stream), fields)
    tally = Tally()
    if jobs > 1:
        from castguard.review.scanpool import judged_in_pool

        for batch, verdicts in judged_in_pool(pipeline, batches, jobs):
            write(batch, verdicts, out, errors, tally)
    else:
        for batch in batches:
            messages = [entry for _, entry in batch if not isinstance(entry, Note)]
            write(batch, judge(pipeline, messages), out, errors, tally)
    try:
        out.flush()
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc)) from None
    if tally.bad:
        errors.write(f"{tally.bad} input line(s) could not be read and were skipped\n")
    if tally.failed:
        errors.write(f"castguard failed on {tally.failed} line(s)\n")
    if not tally.read:
        errors.write("nothing scanned: the input holds no messages\n")
    return tally.status


def write(
    batch: list[tuple[str, ChatMessage | Note]], verdicts: list[Verdict | Failed], out: IO[str], errors: IO[str],
    tally: Tally,
) -> None:  # fmt: skip
    """Write a batch's verdicts (one write) and its notes, each stream in input order."""
    lines: list[str] = []
    judged = iter(verdicts)
    for where, entry in batch:
        tally.read += 1
        if isinstance(entry, Note):
            tally.bad += entry.bad
            tally.failed += entry.failed
            errors.write(f"{where}: {entry.text}\n")
            continue
        verdict = next(judged)
        if isinstance(verdict, Failed):
            # castguard's fault, not the input's: name the line, keep going, exit with its own status.
            tally.failed += 1
            log.debug("scan failed on %s", where, exc_info=verdict.error)
            errors.write(f"{where}: {_failure(verdict.error)}\n")
            continue
        try:
            lines.append(verdict_line(entry, verdict))
        except Exception as exc:
            tally.failed += 1
            log.debug("scan failed on %s", where, exc_info=True)
            errors.write(f"{where}: {_failure(exc)}\n")
    if lines:
        lines.append("")
        try:
            out.write("\n".join(lines))
        except OSError as exc:
            raise OutputError(exc.strerror or str(exc)) from None


def main(path: str, pipeline: Pipeline, fields: FieldMap | None = None, jobs: int = 1) -> int:
    """``castguard scan FILE|-``."""
    name = "standard input" if path == "-" else path
    try:
        opened = contextlib.nullcontext(sys.stdin.buffer) if path == "-" else open(path, "rb")
    except OSError as exc:
        sys.stderr.write(f"castguard scan: {path}: {exc.strerror or exc}\n")
        return EXIT_USAGE
    try:
        with opened as stream:
            return scan(stream, sys.stdout, sys.stderr, pipeline, fields, jobs)
    except NotJsonInput as exc:
        sys.stderr.write(f"castguard scan: {name}: {exc}\n")
        return EXIT_USAGE
    except OutputError as exc:
        _silence_stdout()
        sys.stderr.write(f"castguard scan: cannot write the verdicts: {exc}\n")
    except OSError as exc:
        sys.stderr.write(f"castguard scan: cannot read {name}: {exc.strerror or exc}\n")
    except Exception:
        log.exception("castguard scan failed")
    return EXIT_FAILED


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush of a closed pipe stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
