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

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from castguard.connectors.jsonfeed import FeedError, FieldMap, json_event
from castguard.core.model import ChatMessage, PlatformEvent
from castguard.core.text import clean_id
from castguard.review.jsoninput import BadInput, NotJsonInput, read_json
from castguard.session.engine import Session


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
        stream = open(path, "rb")
    except OSError as exc:
        raise ImportError_(f"{path}: {exc.strerror or exc}") from None
    with stream:
        try:
            for item in read_json(stream):
                if isinstance(item, BadInput):
                    result.bad += 1
                    _report(errors, result, f"{path.name}: {item.where}: {item.reason}")
                    continue
                number = item.line if item.index is None else item.index
                try:
                    event = json_event(
                        item.value, source=key, platform=platform, channel=path.stem, received_at=0.0, fields=fields,
                        fallback_id=f"L{number}",
                    )  # fmt: skip
                except FeedError as exc:
                    result.bad += 1
                    _report(errors, result, f"{path.name}: {item.where}: {exc}")
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
        except NotJsonInput as exc:
            raise ImportError_(f"{path}: {exc}") from None
        except OSError as exc:
            raise ImportError_(f"{path}: cannot read: {exc.strerror or exc}") from None
    session.store.flush()
    result.files += 1


def _report(errors: IO[str] | None, result: ImportResult, message: str) -> None:
    if len(result.problems) < 1000:
        result.problems.append(message)
    if errors is not None:
        errors.write(message + "\n")
