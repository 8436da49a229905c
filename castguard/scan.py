"""Headless scanning: JSON lines in, one JSON verdict per message out.

Accepted input, one JSON object per line (or one JSON array of them):
- castguard's simple form ``{"id": ..., "author": "name" | {"id", "name"}, "text": ...}``;
- chat-downloader's export (``message_id``, ``message``, ``author{id,name}``,
  ``timestamp`` in microseconds); non-text events (bans, deletions) are skipped.
A malformed line is reported on stderr with its line number and skipped.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from castguard.engine import normalise
from castguard.model import Author, ChatMessage, Verdict
from filters.pipeline import Pipeline

#: Longest input line accepted (bytes of UTF-8); longer lines are reported and skipped.
MAX_LINE = 1 << 20


class LineError(ValueError):
    """One input line that is not a usable message."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A well-formed record that is not a chat message (a ban or deletion event in an export)."""

    kind: str


def message_from_json(obj: Any, *, source: str = "scan", fallback_id: str = "") -> ChatMessage | Skipped:
    """Build a :class:`ChatMessage` from a decoded JSON object; raise :class:`LineError` when unusable."""
    if not isinstance(obj, dict):
        raise LineError(f"expected a JSON object, got {type(obj).__name__}")
    kind = obj.get("message_type")
    if kind is not None and kind not in ("text_message", "paid_message", "paid_sticker", "membership_item"):
        return Skipped(str(kind))
    text = obj.get("text", obj.get("message"))
    if text is None:
        raise LineError('missing "text" (or chat-downloader "message")')
    if not isinstance(text, str):
        raise LineError('"text" must be a string')
    msg_id = obj.get("id", obj.get("message_id", fallback_id))
    if not isinstance(msg_id, (str, int)) or msg_id == "":
        raise LineError('missing "id" (or chat-downloader "message_id")')
    author_obj = obj.get("author", "")
    if isinstance(author_obj, dict):
        name = str(author_obj.get("display_name") or author_obj.get("name") or author_obj.get("id") or "")
        author_id = str(author_obj.get("id") or name)
        roles = frozenset({"moderator"}) if author_obj.get("is_moderator") else frozenset()
    elif isinstance(author_obj, str):
        name, author_id, roles = author_obj, author_obj, frozenset()
    else:
        raise LineError('"author" must be a string or an object')
    stamp = obj.get("timestamp", obj.get("time"))
    now = time.time()
    sent = now
    if isinstance(stamp, (int, float)) and not isinstance(stamp, bool):
        # chat-downloader writes microseconds; accept milliseconds and seconds too.
        sent = stamp / 1e6 if stamp > 1e14 else stamp / 1e3 if stamp > 1e11 else float(stamp)
    return ChatMessage(
        source=source,
        platform=str(obj.get("platform", "jsonl")),
        channel=str(obj.get("channel", "")),
        id=str(msg_id),
        author=Author(author_id, name, roles),
        text=text,
        sent_at=sent,
        received_at=now,
        kind="paid" if kind in ("paid_message", "paid_sticker") else "text",
    )


def read_messages(
    stream: IO[str], errors: IO[str], source: str = "scan"
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
        yield from _objects(enumerate(items, start=1), errors, source, label="item")
        return
    yield from _objects(_decode_lines(_lines(first, stream), errors), errors, source, label="line")


def _lines(first: str, stream: IO[str]) -> Iterator[tuple[int, str]]:
    yield 1, first
    for number, line in enumerate(stream, start=2):
        yield number, line


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
    items: Iterable[tuple[int, Any]], errors: IO[str], source: str, label: str
) -> Iterator[tuple[int, ChatMessage | None]]:
    for number, obj in items:
        if obj is _BAD:
            yield number, None
            continue
        try:
            message = message_from_json(obj, source=source, fallback_id=f"{label}-{number}")
        except LineError as exc:
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


def scan(stream: IO[str], out: IO[str], errors: IO[str], pipeline: Pipeline) -> int:
    """Scan every message; return the exit status (0 all good, 1 some input was bad)."""
    bad = 0
    try:
        for _number, message in read_messages(stream, errors):
            if message is None:
                bad += 1
                continue
            message = normalise(message)
            out.write(json.dumps(verdict_json(message, pipeline.evaluate(message)), ensure_ascii=False) + "\n")
    except LineError:
        return 1
    except UnicodeDecodeError as exc:
        errors.write(f"input is not UTF-8 text: {exc.reason} at byte {exc.start}\n")
        return 1
    out.flush()
    if bad:
        errors.write(f"{bad} bad input line(s) skipped\n")
    return 1 if bad else 0


def main(path: str, pipeline: Pipeline) -> int:
    """``castguard scan FILE|-``."""
    if path == "-":
        return scan(sys.stdin, sys.stdout, sys.stderr, pipeline)
    try:
        with open(path, encoding="utf-8") as stream:
            return scan(stream, sys.stdout, sys.stderr, pipeline)
    except OSError as exc:
        sys.stderr.write(f"castguard scan: {path}: {exc.strerror or exc}\n")
        return 2
