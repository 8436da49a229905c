"""Headless scanning: JSON lines in, one JSON verdict per message out.

Accepted input, one JSON object per line (or one JSON array of them), mapped
by the same code as the generic feed connectors (:mod:`connectors.jsonfeed`):
- castguard's simple form ``{"id": ..., "author": "name" | {"id", "name"}, "text": ...}``;
- chat-downloader's export (``message_id``, ``message``, ``author{id,name}``,
  ``timestamp`` in microseconds); non-text events (bans, deletions) are skipped;
- any other JSON chat with ``--fields text=payload.body,author=user.name``.
A malformed line is reported on stderr with its line number and skipped.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO, Any

from castguard.engine import normalise
from castguard.model import ChatMessage, Verdict
from castguard.text import safe_json
from connectors.jsonfeed import FeedError, FieldMap, json_event
from filters.pipeline import Pipeline

#: Longest input line accepted (characters); longer lines are reported and skipped.
MAX_LINE = 1 << 20


class LineError(ValueError):
    """The input as a whole cannot be read."""


def read_messages(
    stream: IO[str], errors: IO[str], source: str = "scan", fields: FieldMap | None = None
) -> Iterator[tuple[int, ChatMessage | None]]:
    """Messages with their line numbers; a bad line is reported on ``errors`` and yields ``None``."""
    first = stream.readline()
    if first.lstrip().startswith("["):
        rest = first + stream.read()
        try:
            items = json.loads(rest)
        except json.JSONDecodeError as exc:
            errors.write(f"line {exc.lineno}: invalid JSON array: {exc.msg}\n")
            raise LineError("input is not valid JSON") from None
        if not isinstance(items, list):
            items = [items]
        yield from _objects(enumerate(items, start=1), errors, source, "item", fields)
        return
    yield from _objects(_decode_lines(_lines(first, stream), errors), errors, source, "line", fields)


def _lines(first: str, stream: IO[str]) -> Iterator[tuple[int, str]]:
    yield 1, first
    yield from enumerate(stream, start=2)


def _decode_lines(lines: Iterable[tuple[int, str]], errors: IO[str]) -> Iterator[tuple[int, Any]]:
    for number, line in lines:
        if not line.strip():
            continue
        if len(line) > MAX_LINE:
            errors.write(f"line {number}: longer than {MAX_LINE} characters, skipped\n")
            yield number, _BAD
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            errors.write(f"line {number}: invalid JSON: {exc.msg} at column {exc.colno}\n")
            yield number, _BAD


_BAD = object()


def _objects(
    items: Iterable[tuple[int, Any]], errors: IO[str], source: str, label: str, fields: FieldMap | None
) -> Iterator[tuple[int, ChatMessage | None]]:
    for number, obj in items:
        if obj is _BAD:
            yield number, None
            continue
        try:
            message = json_event(
                obj, source=source, platform="jsonl", channel="", received_at=time.time(), fields=fields,
                fallback_id=f"{label}-{number}",
            )  # fmt: skip
        except FeedError as exc:
            errors.write(f"{label} {number}: {exc}\n")
            yield number, None
            continue
        if isinstance(message, ChatMessage):
            yield number, message


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


def scan(
    stream: IO[str], out: IO[str], errors: IO[str], pipeline: Pipeline, fields: FieldMap | None = None
) -> int:
    """Scan every message; return the exit status (0 all good, 1 some input was bad)."""
    bad = 0
    try:
        for _number, message in read_messages(stream, errors, fields=fields):
            if message is None:
                bad += 1
                continue
            message = normalise(message)
            out.write(safe_json(verdict_json(message, pipeline.evaluate(message))) + "\n")
    except LineError:
        return 1
    except UnicodeDecodeError as exc:
        errors.write(f"input is not UTF-8 text: {exc.reason} at byte {exc.start}\n")
        return 1
    out.flush()
    if bad:
        errors.write(f"{bad} bad input line(s) skipped\n")
    return 1 if bad else 0


def main(path: str, pipeline: Pipeline, fields: FieldMap | None = None) -> int:
    """``castguard scan FILE|-``."""
    if path == "-":
        return scan(sys.stdin, sys.stdout, sys.stderr, pipeline, fields)
    try:
        with open(path, encoding="utf-8") as stream:
            return scan(stream, sys.stdout, sys.stderr, pipeline, fields)
    except OSError as exc:
        sys.stderr.write(f"castguard scan: {path}: {exc.strerror or exc}\n")
        return 2
