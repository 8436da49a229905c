"""An author's history in earlier recordings: the author card's "earlier sessions" (read-only, bounded).

The recordings folder may hold hundreds of sessions, some of them large: only the newest
:data:`MAX_SESSIONS` are read, within :data:`TIME_BUDGET` seconds, each opened read-only. A moderator's
note about an account is kept in the session it was written in; reading it back here is what makes notes
persist per author and platform across sessions.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from castguard.core.model import ActionRecord
from castguard.session import queries
from castguard.session.store import Store, StoreError

#: Earlier recordings read for an author card, newest first.
MAX_SESSIONS = 20
#: Seconds the reading may take in all; the sessions not read by then are counted as skipped.
TIME_BUDGET = 2.0


@dataclass(frozen=True, slots=True)
class PastSession:
    """One earlier recording in which the account appears."""

    name: str
    """The recording's file name without ``.db``."""
    title: str
    started_at: float | None
    figures: queries.AuthorPast


@dataclass(frozen=True, slots=True)
class AuthorPastHistory:
    """An account's standing across earlier recordings, newest recording first."""

    sessions: list[PastSession] = field(default_factory=list)
    """The recordings the account appears in."""
    read: int = 0
    """Recordings read (with or without the account)."""
    skipped: int = 0
    """Recordings not read: over the limit or the time budget, or unreadable."""

    @property
    def messages(self) -> int:
        """Messages of the account in every recording read."""
        return sum(s.figures.messages for s in self.sessions)

    @property
    def flagged(self) -> int:
        """Flagged messages of the account in every recording read."""
        return sum(s.figures.flagged for s in self.sessions)

    @property
    def sanctions(self) -> list[tuple[PastSession, ActionRecord]]:
        """Bans, timeouts and unbans, newest first, with their recording."""
        found = [(s, a) for s in self.sessions for a in s.figures.sanctions]
        return sorted(found, key=lambda pair: pair[1].at, reverse=True)

    @property
    def latest_note(self) -> tuple[PastSession, ActionRecord] | None:
        """The newest note about the account, with its recording."""
        notes = [(s, a) for s in self.sessions for a in s.figures.notes]
        return max(notes, key=lambda pair: pair[1].at, default=None)


def author_past_history(
    folder: Path,
    platform: str,
    author_id: str,
    *,
    exclude: Path | None = None,
    limit: int = MAX_SESSIONS,
    budget: float = TIME_BUDGET,
    clock: Callable[[], float] = time.monotonic,
) -> AuthorPastHistory:
    """The account ``author_id`` on ``platform`` in the newest ``limit`` recordings of ``folder``.

    ``exclude`` is the recording being made (its own history is the card's). Recordings are opened
    read-only; one that cannot be read is skipped, never an error.
    """
    try:
        files = [p for p in folder.glob("*.db") if p.is_file()]
    except OSError:
        return AuthorPastHistory()
    current = exclude.resolve() if exclude is not None else None
    files = [p for p in files if p.resolve() != current]
    files.sort(key=_modified, reverse=True)
    started = clock()
    sessions: list[PastSession] = []
    read = 0
    for path in files[:limit]:
        if clock() - started > budget:
            break
        try:
            store = Store(path, create=False, readonly=True)
        except (StoreError, sqlite3.Error, OSError):
            continue
        try:
            figures = queries.author_past(store, platform, author_id)
            found = bool(figures.messages or figures.sanctions or figures.notes)
            title, first = queries.recording_start(store) if found else ("", None)
        except sqlite3.Error:
            continue
        finally:
            store.close()
        read += 1
        if found:
            sessions.append(PastSession(path.stem, title, first, figures))
    return AuthorPastHistory(sessions, read, len(files) - read)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
