"""Headless scanning: JSON lines in, one JSON verdict per message out.

Accepted input, one JSON object per line and/or JSON arrays of them (read item by item by
:mod:`castguard.jsoninput`), mapped by the same code as the generic feed connectors
(:mod:`connectors.jsonfeed`):
- castguard's simple form ``{"id": ..., "author": "name" | {"id", "name"}, "text": ...}``;
- chat-downloader's export (``message_id``, ``message``, ``author{id,name}``,
  ``timestamp`` in microseconds);
- any other JSON chat with ``--fields text=payload.body,author=user.name``.

Every input line gets a verdict or a numbered note on stderr, and the run goes on:
a line that cannot be read is reported with its number and reason; an item that is not a
chat message and holds no text (a ban or deletion event, a banner) is named as such; text
anywhere an item keeps it is judged, whatever its ``message_type`` says.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from castguard.jsoninput import BadInput, Item, read_json
from castguard.model import ChatMessage, SourceEvent, Verdict
from castguard.text import safe_json
from connectors.jsonfeed import FeedError, FieldMap, json_event

if TYPE_CHECKING:
    from filters.pipeline import Pipeline

log = logging.getLogger(__name__)

#: Exit statuses of ``castguard scan`` (also listed in its ``--help``).
EXIT_OK = 0
"""Every input line was read; every message has its verdict."""
EXIT_BAD_INPUT = 1
"""Some input lines could not be read (each named on stderr); every other line was judged."""
EXIT_USAGE = 2
"""Nothing was scanned: the file cannot be opened, or an option is wrong."""
EXIT_FAILED = 3
"""castguard itself failed: on some lines (each named on stderr, the others judged), or it could
not read on or write its output."""

EXIT_HELP = """exit status:
  0  every input line was read and every message judged
  1  some input lines could not be read: each is named on stderr, the others were judged
  2  nothing was scanned: the file cannot be opened or an option is wrong
  3  castguard failed on some lines (named on stderr, the others judged) or could not read on
     or write its output"""


class OutputError(Exception):
    """The verdicts cannot be written (a closed pipe, a full disk)."""


@dataclass
class Tally:
    """What a scan met, for the summary and the exit status."""

    bad: int = 0
    """Lines or items that could not be read (the input's fault)."""
    failed: int = 0
    """Lines castguard failed on (its own fault)."""

    @property
    def status(self) -> int:
        """The exit status (castguard's own failures first)."""
        return EXIT_FAILED if self.failed else EXIT_BAD_INPUT if self.bad else EXIT_OK


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


def _dump(value: dict[str, Any]) -> str:
    # Safe for a terminal, and writable as UTF-8: control, bidi and lone surrogate characters (from a
    # "\ud800" escape in the input) become \u escapes, so the verdict still goes out and reads back the same.
    return safe_json(value)


def _event(item: Item, fields: FieldMap | None, fallback_id: str) -> SourceEvent | None:
    return json_event(
        item.value, source="scan", platform="jsonl", channel="", received_at=time.time(), fields=fields,
        fallback_id=fallback_id, allow_empty=True,
    )  # fmt: skip


def message_of(item: Item, fields: FieldMap | None) -> ChatMessage | str:
    """The chat message an item holds, or why it holds none (an event or banner without text).

    Raises :class:`FeedError` for an item that cannot be chat at all (not an object, no text).
    """
    fallback_id = f"line-{item.line}" if item.index is None else f"line-{item.line}-item-{item.index}"
    event = _event(item, fields, fallback_id)
    if isinstance(event, ChatMessage):
        return event
    # Not chat by its own account (a platform event, a banner): whatever text it carries is
    # judged all the same, so nothing a viewer typed passes unscanned.
    try:
        generic = _event(item, fields or FieldMap(), fallback_id)
    except FeedError:
        kind = item.value.get("message_type") if isinstance(item.value, dict) else None
        return f"not a chat message ({kind or type(event).__name__}) and no text to judge: no verdict"
    assert isinstance(generic, ChatMessage)
    return generic


def scan(stream: BinaryIO, out: IO[str], errors: IO[str], pipeline: Pipeline, fields: FieldMap | None = None) -> int:
    """Scan every message; return the exit status (see :data:`EXIT_HELP`).

    Raises :class:`OutputError` when ``out`` cannot be written and :class:`OSError` when
    ``stream`` cannot be read.
    """
    from castguard.engine import normalise  # the engine is heavy: the parser's --help only needs EXIT_HELP

    tally = Tally()
    for item in read_json(stream):
        if isinstance(item, BadInput):
            tally.bad += 1
            errors.write(f"{item.where}: {item.reason}\n")
            continue
        try:
            found = message_of(item, fields)
            if isinstance(found, str):
                errors.write(f"{item.where}: {found}\n")
                continue
            message = normalise(found)
            line = _dump(verdict_json(message, pipeline.evaluate(message)))
        except FeedError as exc:
            tally.bad += 1
            errors.write(f"{item.where}: {exc}\n")
            continue
        except RecursionError:
            tally.bad += 1
            errors.write(f"{item.where}: nested too deeply\n")
            continue
        except Exception as exc:
            # castguard's fault, not the input's: name the line, keep going, exit with its own status.
            tally.failed += 1
            log.debug("scan failed on %s", item.where, exc_info=True)
            errors.write(f"{item.where}: castguard failed on this line ({type(exc).__name__}): no verdict\n")
            continue
        try:
            out.write(line + "\n")
        except OSError as exc:
            raise OutputError(exc.strerror or str(exc)) from None
    try:
        out.flush()
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc)) from None
    if tally.bad:
        errors.write(f"{tally.bad} input line(s) could not be read and were skipped\n")
    if tally.failed:
        errors.write(f"castguard failed on {tally.failed} line(s)\n")
    return tally.status


def main(path: str, pipeline: Pipeline, fields: FieldMap | None = None) -> int:
    """``castguard scan FILE|-``."""
    name = "standard input" if path == "-" else path
    try:
        opened = contextlib.nullcontext(sys.stdin.buffer) if path == "-" else open(path, "rb")
    except OSError as exc:
        sys.stderr.write(f"castguard scan: {path}: {exc.strerror or exc}\n")
        return EXIT_USAGE
    try:
        with opened as stream:
            return scan(stream, sys.stdout, sys.stderr, pipeline, fields)
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
