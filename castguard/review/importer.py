"""Importing past broadcasts: chat-downloader exports and generic JSON lines into a session file.

Each imported message goes through the same engine as live chat (normalised,
judged by the policy, recorded), with its original time as the arrival time so
that windowed detectors (raids, floods), replay and report timelines follow the
broadcast as it happened. Deletions and bans in a chat-downloader export are
recorded as platform events. Nothing is acted on: an import never contacts a
platform and the policy's automatic hides are not carried out.

Files are read as a stream (JSON lines one by one, JSON arrays item by item),
so a multi-gigabyte export does not need to fit in memory. A bad line is
reported with its number and skipped; importing the same file twice adds
nothing (messages are keyed by source and platform id, or, without an id, by
their line or array item number: never by their content, so identical messages
stay distinct).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from castguard.connectors.jsonfeed import FeedError, FieldMap, json_event
from castguard.core.model import ChatMessage, PlatformEvent
from castguard.core.text import clean_id
from castguard.session.engine import Session

#: Longest JSON line or array item accepted (characters).
MAX_ITEM = 1 << 20
_CHUNK = 1 << 16


class ImportError_(ValueError):
    """A file that cannot be imported at all (unreadable, not JSON)."""


@dataclass
class ImportResult:
    """What an import did."""

    files: int = 0
    messages: int = 0
    duplicates: int = 0
    flagged: int = 0
    events: int = 0
    bad: int = 0
    skipped: int = 0
    """Items that are deliberately not chat (placeholders, banners)."""
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Problem:
    """An item that could not be decoded (reported, then skipped)."""

    message: str


def read_items(stream: IO[str]) -> Iterator[tuple[int, Any]]:
    """Decoded JSON values with their line (or array item) numbers; undecodable ones come as a :class:`Problem`."""
    first = ""
    while True:
        first = stream.read(1)
        if not first or not first.isspace():
            break
    if first == "[":
        yield from _array_items(stream)
        return
    number = 0
    pending = first
    for line in stream:
        number += 1
        line = pending + line
        pending = ""
        if not line.strip():
            continue
        if len(line) > MAX_ITEM:
            yield number, Problem(f"line {number}: longer than {MAX_ITEM} characters, skipped")
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, Problem(f"line {number}: invalid JSON: {exc.msg} at column {exc.colno}")
    if pending.strip():
        yield number + 1, Problem(f"line {number + 1}: invalid JSON")


def _array_items(stream: IO[str]) -> Iterator[tuple[int, Any]]:
    """Items of a JSON array read incrementally (the opening bracket already consumed)."""
    decoder = json.JSONDecoder()
    buf, pos, index, eof = "", 0, 0, False
    while True:
        while pos < len(buf) and (buf[pos].isspace() or buf[pos] == ","):
            pos += 1
        if pos >= len(buf):
            if eof:
                yield index + 1, Problem("the JSON array is not closed (file cut short?)")
                return
            buf, pos = buf[pos:] + stream.read(_CHUNK), 0
            eof = pos >= len(buf)
            continue
        if buf[pos] == "]":
            return
        try:
            obj, end = decoder.raw_decode(buf, pos)
        except json.JSONDecodeError as exc:
            if not eof and len(buf) - pos < MAX_ITEM:
                more = stream.read(_CHUNK)
                eof = not more
                buf, pos = buf[pos:] + more, 0
                continue
            yield (
                index + 1,
                Problem(f"item {index + 1}: invalid JSON ({exc.msg}); the rest of the array cannot be read"),
            )
            return
        index += 1
        # A number cut at a chunk boundary decodes "successfully" as a shorter number: read on first.
        if end == len(buf) and not eof:
            more = stream.read(_CHUNK)
            eof = not more
            buf, pos = buf[pos:] + more, 0
            index -= 1
            continue
        yield index, obj
        pos = end
        if pos > _CHUNK:
            buf, pos = buf[pos:], 0


def import_file(
    path: Path,
    session: Session,
    result: ImportResult,
    *,
    platform: str = "jsonl",
    source: str | None = None,
    fields: FieldMap | None = None,
    errors: IO[str] | None = None,
) -> None:
    """Import one file into ``session`` (messages judged and recorded, platform events observed)."""
    key = clean_id(source or f"import:{path.name}")  # the key its messages carry (a file name is hostile)
    session.store.record_source(key, platform, frozenset())
    last_time: float | None = None
    try:
        stream = open(path, encoding="utf-8", errors="strict")
    except OSError as exc:
        raise ImportError_(f"{path}: {exc.strerror or exc}") from None
    with stream:
        try:
            for number, obj in read_items(stream):
                if isinstance(obj, Problem):
                    result.bad += 1
                    _report(errors, result, f"{path.name}: {obj.message}")
                    continue
                try:
                    event = json_event(
                        obj, source=key, platform=platform, channel=path.stem, received_at=0.0, fields=fields,
                        fallback_id=f"L{number}",
                    )  # fmt: skip
                except FeedError as exc:
                    result.bad += 1
                    _report(errors, result, f"{path.name}: item {number}: {exc}")
                    continue
                if event is None:
                    result.skipped += 1
                    continue
                if isinstance(event, ChatMessage):
                    # The broadcast's own clock: arrival = sending time (files without times keep their order).
                    at = event.sent_at if event.sent_at > 0 else (last_time if last_time is not None else time.time())
                    last_time = at
                    record = session.ingest(replace(event, sent_at=at, received_at=at))
                    if record is None:
                        result.duplicates += 1
                    else:
                        result.messages += 1
                        result.flagged += int(record.verdict.flagged)
                    if session.store.pending >= 1000:
                        session.store.flush()
                elif isinstance(event, PlatformEvent):
                    at = event.at if event.at > 0 else (last_time if last_time is not None else time.time())
                    session.observe(replace(event, at=at))
                    result.events += 1
        except UnicodeDecodeError as exc:
            raise ImportError_(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    session.store.flush()
    result.files += 1


def _report(errors: IO[str] | None, result: ImportResult, message: str) -> None:
    if len(result.problems) < 1000:
        result.problems.append(message)
    if errors is not None:
        errors.write(message + "\n")
