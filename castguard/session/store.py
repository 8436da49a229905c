"""The session recording: one SQLite file (WAL) per broadcast.

Messages are written in small batches (the engine flushes every few tens of
milliseconds); actions are written and committed one by one, before the
desk shows them as done, and an action on a platform is preceded by its
intent, committed before the platform is called. The action log is
append-only and each entry carries the SHA-256 of the previous entry
(:meth:`Store.verify_chain`); since schema 3 every write is also recorded in
the ledger (:mod:`castguard.session.ledger`), one hash chain over every row a
reviewer relies on (:meth:`Store.check`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from castguard.core.model import (
    ActionKind,
    ActionRecord,
    ActionResult,
    Author,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    Decision,
    EscalationState,
    Finding,
    MessageRecord,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
    Severity,
    Verdict,
)
from castguard.core.policy import Policy, PolicyError, load_policy, parse_policy
from castguard.core.text import clean_text
from castguard.session import aecases, ledger
from castguard.session.errors import StoreError as StoreError
from castguard.session.errors import StoreWriteError as StoreWriteError
from castguard.session.ledger import Head, Verification
from castguard.session.redaction import free_text_redactor, is_private, pseudonym, redact_findings, without_names

SCHEMA_VERSION = 4
"""Version 2 added reviewer notes, ``messages.escalate`` and the indexes replay seeks and reports rely on;
version 3 the ledger (every row chained) and action intents (written before a platform is called);
version 4 adverse-event cases and their history (:mod:`castguard.session.aecases`)."""

#: Message rows that need a moderator's eye: the SQL twin of ``Verdict.flagged``
#: (a partial index uses exactly this expression, so keep queries verbatim).
FLAGGED_SQL = "(decision != 'pass' OR severity >= 2)"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    key TEXT PRIMARY KEY, platform TEXT NOT NULL, capabilities TEXT NOT NULL, first_seen REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS policies (
    version TEXT PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL, loaded_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY,
    source TEXT NOT NULL, platform TEXT NOT NULL, channel TEXT NOT NULL, msg_id TEXT NOT NULL,
    author_id TEXT NOT NULL, author_name TEXT NOT NULL, roles TEXT NOT NULL,
    text TEXT NOT NULL, raw TEXT, kind TEXT NOT NULL, reply_to TEXT, extra TEXT,
    sent_at REAL NOT NULL, received_at REAL NOT NULL,
    decision TEXT NOT NULL, severity INTEGER, categories TEXT NOT NULL, sentiment REAL NOT NULL,
    policy_version TEXT NOT NULL,
    state TEXT NOT NULL, escalation TEXT,
    escalate INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source, msg_id)
);
CREATE INDEX IF NOT EXISTS messages_received ON messages (received_at);
CREATE INDEX IF NOT EXISTS messages_author ON messages (author_id);
CREATE TABLE IF NOT EXISTS findings (
    message_seq INTEGER NOT NULL REFERENCES messages (seq),
    category TEXT NOT NULL, severity INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    rule TEXT NOT NULL, detail TEXT NOT NULL, accounts TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_message ON findings (message_seq);
CREATE INDEX IF NOT EXISTS findings_category ON findings (category);
CREATE TABLE IF NOT EXISTS actions (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL,
    message_seq INTEGER, source TEXT, author_id TEXT, reason TEXT NOT NULL, duration INTEGER,
    result TEXT NOT NULL, response TEXT NOT NULL, undoes INTEGER, prev_state TEXT,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS actions_message ON actions (message_seq);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL,
    state TEXT, message_id TEXT, author_id TEXT, duration INTEGER, detail TEXT NOT NULL
);
"""

# Version 2: reviewer notes (kept apart from the live action log) and the indexes behind
# instant replay seeks and SQL-side report aggregates. Every statement is idempotent.
_SCHEMA_V2 = f"""
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, author TEXT NOT NULL, position REAL,
    message_seq INTEGER, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_message ON notes (message_seq);
CREATE INDEX IF NOT EXISTS messages_flagged ON messages (received_at) WHERE {FLAGGED_SQL};
CREATE INDEX IF NOT EXISTS actions_at ON actions (at);
CREATE INDEX IF NOT EXISTS events_at ON events (at);
"""

# Version 3: the ledger over every table, and the intent of each platform action (committed before the
# platform is called; the action row that records the outcome names its intent).
_SCHEMA_V3 = (
    ledger.SCHEMA
    + """
CREATE TABLE IF NOT EXISTS intents (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL,
    message_seq INTEGER, source TEXT, author_id TEXT, reason TEXT NOT NULL, duration INTEGER
);
"""
)

#: The columns :meth:`Store.event_from_row` reads, in order.
EVENT_COLUMNS = "id, at, source, kind, state, message_id, author_id, duration, detail"

#: Longest reviewer note kept (characters).
MAX_NOTE_CHARS = 4000

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """First entry of the action log whose hash does not match."""

    action_id: int
    reason: str


def _action_digest(prev_hash: str, row: dict[str, Any]) -> str:
    if row.get("intent", 0) is None:
        row = {k: v for k, v in row.items() if k != "intent"}  # entries without an intent hash as before schema 3
    body = json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Intent:
    """An action about to be asked of a platform, committed before the platform is called."""

    id: int
    at: float
    actor: str
    kind: str
    message_seq: int | None
    source: str | None
    author_id: str | None
    reason: str
    duration: int | None

    def describe(self) -> str:
        """One line for a person: what was asked, of which message, by whom, when."""
        try:
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(self.at)))
        except (TypeError, ValueError, OverflowError, OSError):
            when = "an unreadable time"  # the row was written outside castguard
        # Names and ids came from outside (a platform, a moderator's config): cleaned for a terminal.
        target = f"message #{self.message_seq}" if self.message_seq is not None else f"author {self.author_id}"
        return clean_text(f"{self.kind} of {target} on {self.source} by {self.actor} at {when} (intent #{self.id})")


#: What a check says about a file recorded before the ledger existed.
NOT_COVERED = (
    "schema {version} recording: only the action log is chained; messages, findings, events, notes, policies, "
    "sources and metadata are not covered (open it writable, e.g. with --resume, to seal them from now on)"
)


@dataclass(slots=True)
class RecordingCheck:
    """Everything :meth:`Store.check` found."""

    schema_version: int
    actions: int
    """Entries in the action log."""
    action_chain: ChainProblem | None
    """First broken entry of the action log's own chain."""
    ledger: Verification | None
    """The ledger's check (``None`` for a file recorded before the ledger existed)."""
    head_problems: list[str]
    """Differences from a head written down earlier."""
    damage: str | None
    """SQLite's own consistency check, when it fails."""
    unknown_outcomes: list[Intent]
    """Platform actions whose outcome was never recorded (the process died during the call)."""

    @property
    def intact(self) -> bool:
        """Nothing edited, removed, added behind castguard's back, or different from the head given."""
        ledger_ok = self.ledger is None or self.ledger.intact
        return self.action_chain is None and ledger_ok and not self.head_problems and self.damage is None

    @property
    def head(self) -> Head | None:
        """The recording's head as found (``None`` before the ledger existed)."""
        return self.ledger.head if self.ledger is not None else None

    @property
    def not_covered(self) -> str | None:
        """What this file's check cannot vouch for."""
        return NOT_COVERED.format(version=self.schema_version) if self.ledger is None else None


class Store:
    """A session file. Not thread-safe: use it from the event loop's thread.

    ``Store(":memory:")`` is a scratch store (replay writes there, so a recording
    under review is never modified). ``redact_at_rest`` stores privacy spans
    redacted, in messages and in what people type (reasons, notes, platform
    responses), and authors' display names as pseudonyms; the choice is remembered
    in the file, so a resumed session keeps it.
    """

    MEMORY = ":memory:"

    def __init__(
        self, path: str | Path, *, create: bool = True, readonly: bool = False, redact_at_rest: bool = False
    ) -> None:
        self.scratch = str(path) == self.MEMORY
        self.path = Path(path)
        self.readonly = readonly
        exists = self.scratch or self.path.exists()
        if not exists and not create:
            raise StoreError(f"{self.path}: no such session")
        fresh = self.scratch or not exists or self.path.stat().st_size == 0
        if not exists:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Recordings hold personal data: owner-only from the first byte.
            fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        if self.scratch:
            uri = "file::memory:"
        else:
            uri = f"file:{quote(str(self.path))}" + ("?mode=" + self._read_mode() if readonly else "")
        try:
            self.db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA busy_timeout = 5000")
            if readonly:
                self.db.execute("PRAGMA query_only = ON")
            found = self._stored_version()
            if found is None and not fresh:
                # Never turn somebody else's database into a castguard session.
                raise StoreError(f"{self.path}: not a castguard session (no schema version)")
            if found is not None and found > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: recorded by a newer castguard (schema {found} > {SCHEMA_VERSION})")
            if not readonly:
                if not self.scratch:
                    self.db.execute("PRAGMA journal_mode = WAL")
                # NORMAL in WAL mode survives a killed process; each commit is one WAL append.
                self.db.execute("PRAGMA synchronous = NORMAL")
                self._migrate(found)
            elif found is None:
                raise StoreError(f"{self.path}: not a castguard session (empty file)")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a castguard session ({exc})") from None
        self.schema_version = self._stored_version() or SCHEMA_VERSION
        """Schema of the file as opened (a read-only open of an older file does not migrate it)."""
        self._sealing = not self.scratch and not readonly and self.schema_version >= 3
        # Every write also goes to the ledger (a scratch store is never checked: replay stays fast).
        meta = self.meta()
        if redact_at_rest and not readonly and meta.get("redact_at_rest") != "1":
            self.set_meta("redact_at_rest", "1")
            meta["redact_at_rest"] = "1"
        self.redact_at_rest = meta.get("redact_at_rest") == "1"
        """Privacy spans are redacted before they reach the file (set once, kept for the file's life)."""
        self._policy_text = ""
        self._free_text: Callable[[str], str] | None = None
        self._pending_messages: list[tuple[Any, ...]] = []
        self._pending_findings: list[tuple[Any, ...]] = []
        row = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM messages").fetchone()
        self._next_seq = int(row[0]) + 1
        last = self.db.execute("SELECT hash FROM actions ORDER BY id DESC LIMIT 1").fetchone()
        self._last_hash = last[0] if last else GENESIS_HASH

    # -- set-up ------------------------------------------------------------------------------

    def _read_mode(self) -> str:
        """How a read-only open opens the file. SQLite's own read-only mode makes a WAL file's ``-wal`` and
        ``-shm`` and, unable to checkpoint, leaves them behind. When no ``-wal`` is there (no writer has the
        recording open), a read-write connection that refuses every write (``query_only``) is the last one
        to close, and SQLite removes both files; while a writer runs, or when the file is not writable,
        SQLite's read-only mode reads next to it."""
        wal = self.path.with_name(self.path.name + "-wal")
        writable = os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
        return "ro" if wal.exists() or not writable else "rw"

    def _stored_version(self) -> int | None:
        has_meta = self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
        if not has_meta:
            return None
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            raise StoreError(f"{self.path}: not a castguard session (no schema version)")
        return int(row[0])

    def _migrate(self, found: int | None) -> None:
        """Create a new file, or bring an older one up to :data:`SCHEMA_VERSION` (one transaction)."""
        if found == SCHEMA_VERSION:
            return
        with self._transaction():
            for statement in (_SCHEMA + _SCHEMA_V2 + _SCHEMA_V3 + aecases.SCHEMA).split(";"):
                if statement.strip():
                    self.db.execute(statement)
            if "escalate" not in self._columns("messages"):
                self.db.execute("ALTER TABLE messages ADD COLUMN escalate INTEGER NOT NULL DEFAULT 0")
            if "intent" not in self._columns("actions"):
                self.db.execute("ALTER TABLE actions ADD COLUMN intent INTEGER")
            now = str(time.time())
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('created_at', ?)", (now,))
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('session_id', ?)", (uuid.uuid4().hex,))
            if found is not None:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('migrated_from', ?)", (str(found),))
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('migrated_at', ?)", (now,))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            if not self.scratch and found is not None and found >= 3:
                # The ledger already vouches for the content; only the metadata just written is new.
                for key in ("migrated_from", "migrated_at", "schema_version"):
                    ledger.seal_key(self.db, "meta", key, detail=f"migrated from schema {found}")
            elif not self.scratch:
                # A new file's metadata, or everything an older file holds: the ledger vouches for it from now on.
                ledger.seal_everything(self.db, detail="created" if found is None else f"migrated from schema {found}")

    def _columns(self, table: str) -> set[str]:
        return {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}  # fixed table names, no input

    def meta(self) -> dict[str, str]:
        """Session metadata (schema version, creation time, moderator, sources)."""
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def meta_value(self, key: str) -> str | None:
        """One piece of session metadata, or ``None`` when it was never recorded."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Record a piece of session metadata."""
        with self._transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
            if self._sealing:
                ledger.seal_key(self.db, "meta", key)

    def record_source(self, key: str, platform: str, capabilities: frozenset[str]) -> None:
        """Remember a source of this session and what it can do."""
        with self._transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO sources VALUES (?, ?, ?, ?)",
                (key, platform, ",".join(sorted(capabilities)), time.time()),
            )
            if cur.rowcount and self._sealing:
                ledger.seal_key(self.db, "sources", key)

    def record_policy(self, version: str, name: str, text: str) -> None:
        """Keep the text of every policy that judged messages in this session."""
        with self._transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO policies VALUES (?, ?, ?, ?)", (version, name, text, time.time())
            )
            if cur.rowcount and self._sealing:
                ledger.seal_key(self.db, "policies", version)
        # Free text written from now on is read under this policy (its region, allow-lists, categories).
        self._policy_text, self._free_text = text, None

    def recorded_policy(self) -> Policy | None:
        """The last policy that judged messages in this recording (``None`` when it cannot be read back)."""
        row = self.db.execute("SELECT text FROM policies ORDER BY loaded_at DESC LIMIT 1").fetchone()
        return _parsed_policy(row[0]) if row else None

    def at_rest(self, text: str) -> str:
        """Free text (a reason, a note, a platform response) as it may be written to this file.

        In redact-at-rest mode personal data is replaced by labels here, before the text reaches
        SQLite (or an action's hash), so the original never is in the file; otherwise unchanged.
        """
        if not self.redact_at_rest or not text:
            return text
        if self._free_text is None:
            policy = _parsed_policy(self._policy_text) or self.recorded_policy() or load_policy()
            self._free_text = free_text_redactor(policy)
        return self._free_text(text)

    # -- writing -----------------------------------------------------------------------------

    def next_seq(self) -> int:
        """Reserve the next message sequence number."""
        seq = self._next_seq
        self._next_seq += 1
        return seq

    @property
    def last_seq(self) -> int:
        """The highest message sequence number reserved or added so far (0: none)."""
        return self._next_seq - 1

    def add_message(self, record: MessageRecord) -> None:
        """Queue a judged message; it is durable after the next :meth:`flush`."""
        # A message numbered elsewhere (a team host's, recovered from the team stream) moves the numbering on.
        self._next_seq = max(self._next_seq, record.seq + 1)
        m, v = record.message, record.verdict
        text, raw, findings, name, extra = m.text, m.raw, v.findings, m.author.name, m.extra
        if self.redact_at_rest:
            # Names are personal data too: a stable pseudonym per account (ids stay: actions need them).
            name, extra = pseudonym(m.source, m.author.id), without_names(extra)
            if any(is_private(f) for f in findings):
                text, findings = redact_findings(text, findings)
                # The original form cannot be redacted span by span (the spans index the cleaned text),
                # so a message with personal data keeps no separate original in this mode.
                raw = None
        # Each value is of the type its column stores (an id given as a number, a time as an integer), so
        # the row as queued is the row as SQLite hands it back: the ledger hashes it without reading it back.
        self._pending_messages.append(
            (
                record.seq, str(m.source), str(m.platform), str(m.channel), str(m.id),
                str(m.author.id), str(name), ",".join(sorted(m.author.roles)),
                text, raw, str(m.kind), None if m.reply_to is None else str(m.reply_to),
                json.dumps(dict(extra)) if extra else None,
                float(m.sent_at), float(m.received_at),
                v.decision.value, int(v.severity) if v.severity is not None else None,
                ",".join(v.categories), float(v.sentiment), v.policy_version,
                record.state.value, record.escalation.value if record.escalation else None,
                int(getattr(v, "escalate", False)),
            )
        )  # fmt: skip
        for f in findings:
            self._pending_findings.append(
                (
                    record.seq,
                    f.category,
                    int(f.severity),
                    int(f.start),
                    int(f.end),
                    f.rule,
                    f.detail,
                    ",".join(f.accounts),
                )
            )

    @property
    def pending(self) -> int:
        """Messages queued but not yet committed."""
        return len(self._pending_messages)

    def flush(self) -> int:
        """Commit queued messages; returns how many were written.

        All or nothing: when the write fails (disk full, file locked or gone) the messages stay queued
        for the next flush and :class:`StoreWriteError` says why and how many wait.
        """
        if not self._pending_messages:
            return 0
        messages, findings = self._pending_messages, self._pending_findings
        try:
            with self._transaction():
                written = self.db.executemany(f"INSERT OR IGNORE INTO messages VALUES ({','.join('?' * 23)})", messages)
                self.db.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", findings)
                if self._sealing:
                    # One ledger entry per flush. When every row went in (no duplicate was ignored), the queued
                    # rows are the stored rows and are hashed as they are; else the batch is read back.
                    if written.rowcount == len(messages):
                        ledger.seal_messages(self.db, messages, findings)
                    else:
                        seqs = [m[0] for m in messages]
                        ledger.seal_rows(self.db, "messages", min(seqs), max(seqs))
        except Exception as exc:  # sqlite3.Error, or a value SQLite cannot take (UnicodeEncodeError, OverflowError)
            raise StoreWriteError(
                f"{self.path}: {len(messages)} message(s) could not be written ({type(exc).__name__}: {exc})"
            ) from exc
        self._pending_messages, self._pending_findings = [], []
        return len(messages)

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)

    def transaction(self) -> _Transaction:
        """A write transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``) for the store's companion modules."""
        return _Transaction(self.db)

    @property
    def sealing(self) -> bool:
        """Whether writes are recorded in the ledger (not for a scratch or read-only store)."""
        return self._sealing

    def add_action(
        self,
        *,
        actor: str,
        kind: ActionKind,
        result: ActionResult,
        message_seq: int | None = None,
        source: str | None = None,
        author_id: str | None = None,
        reason: str = "",
        duration: int | None = None,
        response: str = "",
        undoes: int | None = None,
        prev_state: MessageState | None = None,
        at: float | None = None,
        state: tuple[int, MessageState] | None = None,
        escalation: tuple[int, EscalationState | None] | None = None,
        intent: int | None = None,
    ) -> ActionRecord:
        """Append an action to the log and commit it (with the message state it implies) at once.

        ``intent`` is the id of the intent (:meth:`add_intent`) whose outcome this entry records.
        """
        at = time.time() if at is None else at
        self.flush()
        # The hash covers what is stored: redact first.
        reason, response = self.at_rest(reason), self.at_rest(response)
        row = {
            "at": at, "actor": actor, "kind": kind.value, "message_seq": message_seq, "source": source,
            "author_id": author_id, "reason": reason, "duration": duration, "result": result.value,
            "response": response, "undoes": undoes, "prev_state": prev_state.value if prev_state else None,
            "intent": intent,
        }  # fmt: skip
        target = state[0] if state is not None else escalation[0] if escalation is not None else None
        with self._transaction():
            # Another process (``castguard follow``) may have appended since our last write: chain onto the
            # newest entry as read inside the write lock, not onto the one this connection remembers.
            last = self.db.execute("SELECT hash FROM actions ORDER BY id DESC LIMIT 1").fetchone()
            self._last_hash = last[0] if last else GENESIS_HASH
            digest = _action_digest(self._last_hash, row)
            cur = self.db.execute(
                "INSERT INTO actions (at, actor, kind, message_seq, source, author_id, reason, duration, result,"
                " response, undoes, prev_state, intent, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*row.values(), self._last_hash, digest),
            )
            action_id = int(cur.lastrowid or 0)
            before = self._state_of(target) if self._sealing else None
            if state is not None:
                self.db.execute("UPDATE messages SET state = ? WHERE seq = ?", (state[1].value, state[0]))
            if escalation is not None:
                value = escalation[1].value if escalation[1] else None
                self.db.execute("UPDATE messages SET escalation = ? WHERE seq = ?", (value, escalation[0]))
            if self._sealing:
                ledger.seal_rows(self.db, "actions", action_id, action_id)
                self._seal_state(target, before)
        self._last_hash = digest
        return ActionRecord(
            id=action_id, at=at, actor=actor, kind=kind, result=result, message_seq=message_seq,
            source=source, author_id=author_id, reason=reason, duration=duration, response=response,
            undoes=undoes, prev_state=prev_state, hash=digest, intent=intent,
        )  # fmt: skip

    def add_intent(
        self,
        *,
        actor: str,
        kind: ActionKind,
        message_seq: int | None = None,
        source: str | None = None,
        author_id: str | None = None,
        reason: str = "",
        duration: int | None = None,
        at: float | None = None,
    ) -> Intent:
        """Commit what is about to be asked of a platform, before asking.

        Its outcome is the action entry that names it (``add_action(intent=...)``); an intent without
        one means the process died during the call and the platform may have acted.
        """
        at = time.time() if at is None else at
        self.flush()
        reason = self.at_rest(reason)
        values = (at, actor, kind.value, message_seq, source, author_id, reason, duration)
        with self._transaction():
            cur = self.db.execute(
                "INSERT INTO intents (at, actor, kind, message_seq, source, author_id, reason, duration)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            intent_id = int(cur.lastrowid or 0)
            if self._sealing:
                ledger.seal_rows(self.db, "intents", intent_id, intent_id)
        return Intent(intent_id, *values)

    def unresolved_intents(self) -> list[Intent]:
        """Platform actions asked for whose outcome was never recorded (oldest first)."""
        if self.schema_version < 3:
            return []
        rows = self.db.execute(
            "SELECT id, at, actor, kind, message_seq, source, author_id, reason, duration FROM intents"
            " WHERE id NOT IN (SELECT intent FROM actions WHERE intent IS NOT NULL) ORDER BY id"
        )
        return [Intent(*row) for row in rows]

    def _state_of(self, seq: int | None) -> tuple[str | None, str | None] | None:
        if seq is None:
            return None
        row = self.db.execute("SELECT state, escalation FROM messages WHERE seq = ?", (seq,)).fetchone()
        return (row[0], row[1]) if row else None

    def _seal_state(self, seq: int | None, before: tuple[str | None, str | None] | None) -> None:
        """Record a message's state change in the ledger (inside the transaction that made it)."""
        if seq is None or before is None:
            return
        after = self._state_of(seq)
        if after is not None and after != before:
            ledger.seal_state(self.db, seq, before, after)

    def set_state(self, seq: int, state: MessageState) -> None:
        """Change a message's state without an action (platform-side deletion)."""
        self.flush()
        with self._transaction():
            before = self._state_of(seq)
            self.db.execute("UPDATE messages SET state = ? WHERE seq = ?", (state.value, seq))
            if self._sealing:
                self._seal_state(seq, before)

    def add_event(self, event: ConnectionEvent | PlatformEvent) -> None:
        """Record a connection change or a platform-side moderation event."""
        values: tuple[Any, ...]
        if isinstance(event, ConnectionEvent):
            # The gauge (a quota reading) is kept in the detail: the recording shows what the status line showed.
            detail = f"{event.detail} · {event.gauge}" if event.gauge else event.detail
            values = (event.at, event.source, "connection", event.state.value, None, None, None, detail)
        else:
            values = (
                event.at, event.source, event.kind.value, event.status or None, event.message_id,
                event.author_id, event.duration, event.detail,
            )  # fmt: skip
        self._insert_event(
            "INSERT INTO events (at, source, kind, state, message_id, author_id, duration, detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )

    def _insert_event(self, sql: str, values: tuple[Any, ...]) -> None:
        with self._transaction():
            event_id = int(self.db.execute(sql, values).lastrowid or 0)
            if self._sealing:
                ledger.seal_rows(self.db, "events", event_id, event_id)

    def close(self) -> None:
        """Flush and close (the file is closed even when the flush fails, which then raises)."""
        try:
            if not self.readonly:
                self.flush()
        finally:
            self.db.close()

    # -- reading -----------------------------------------------------------------------------

    def seq_of(self, source: str, msg_id: str) -> int | None:
        """Sequence number of a platform message, if recorded."""
        if not self.readonly:
            self.flush()
        row = self.db.execute("SELECT seq FROM messages WHERE source = ? AND msg_id = ?", (source, msg_id)).fetchone()
        return int(row[0]) if row else None

    def recent_keys(self, limit: int) -> list[tuple[str, str, int]]:
        """(source, platform id, seq) of the latest messages, oldest first (for de-duplication on resume)."""
        rows = self.db.execute(
            "SELECT source, msg_id, seq FROM messages ORDER BY seq DESC LIMIT ?", (limit,)
        ).fetchall()
        return rows[::-1]

    def message(self, seq: int) -> MessageRecord | None:
        """One message with its findings and current state."""
        row = self.db.execute("SELECT * FROM messages WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            return None
        return self.record_from_row(row, self.findings_of([seq]).get(seq, ()))

    def messages(
        self, *, after: int = 0, limit: int | None = None, where: str = "", params: tuple[Any, ...] = ()
    ) -> Iterator[MessageRecord]:
        """Messages in arrival order, streamed in chunks (with their findings)."""
        last = after
        chunk = 2000 if limit is None else min(limit, 2000)
        remaining = limit
        while remaining is None or remaining > 0:
            size = chunk if remaining is None else min(chunk, remaining)
            rows = self.db.execute(
                f"SELECT * FROM messages WHERE seq > ? {('AND ' + where) if where else ''} ORDER BY seq LIMIT ?",
                (last, *params, size),
            ).fetchall()
            if not rows:
                return
            findings = self.findings_of([r[0] for r in rows if r[17]])
            for row in rows:
                yield self.record_from_row(row, findings.get(row[0], ()))
            last = rows[-1][0]
            if remaining is not None:
                remaining -= len(rows)
            if len(rows) < size:
                return

    def findings_of(self, seqs: list[int]) -> dict[int, tuple[Finding, ...]]:
        """Findings of the given messages, by sequence number."""
        if not seqs:
            return {}
        out: dict[int, list[Finding]] = {}
        for i in range(0, len(seqs), 900):
            part = seqs[i : i + 900]
            rows = self.db.execute(
                f"SELECT * FROM findings WHERE message_seq IN ({','.join('?' * len(part))})", part
            ).fetchall()
            for seq, cat, sev, start, end, rule, detail, accounts in rows:
                out.setdefault(seq, []).append(
                    Finding(cat, Severity(sev), start, end, rule, detail, tuple(a for a in accounts.split(",") if a))
                )
        return {k: tuple(v) for k, v in out.items()}

    @staticmethod
    def record_from_row(row: tuple[Any, ...], findings: tuple[Finding, ...]) -> MessageRecord:
        """A :class:`MessageRecord` from a ``SELECT * FROM messages`` row and its findings."""
        (
            seq, source, platform, channel, msg_id, author_id, author_name, roles, text, raw, kind, reply_to,
            extra, sent_at, received_at, decision, severity, _categories, sentiment, policy_version, state,
            escalation,
        ) = row[:22]  # fmt: skip
        # Version 2 keeps whether a rule asked for an escalation even when a stronger decision won.
        escalate = bool(row[22]) if len(row) > 22 else False
        message = ChatMessage(
            source=source, platform=platform, channel=channel, id=msg_id,
            author=Author(author_id, author_name, frozenset(r for r in roles.split(",") if r)),
            text=text, sent_at=sent_at, received_at=received_at, raw=raw, reply_to=reply_to, kind=kind,
            extra=json.loads(extra) if extra else {},
        )  # fmt: skip
        worst = Severity(severity) if severity is not None else None
        verdict = Verdict(findings, Decision(decision), worst, sentiment, policy_version, escalate)
        return MessageRecord(
            seq, message, verdict, MessageState(state), EscalationState(escalation) if escalation else None
        )

    def actions(self, *, message_seq: int | None = None) -> list[ActionRecord]:
        """The action log in order (optionally for one message)."""
        sql = "SELECT * FROM actions"
        params: tuple[Any, ...] = ()
        if message_seq is not None:
            sql += " WHERE message_seq = ?"
            params = (message_seq,)
        return [self.action_from_row(r) for r in self.db.execute(sql + " ORDER BY id", params)]

    @staticmethod
    def action_from_row(r: tuple[Any, ...]) -> ActionRecord:
        """An :class:`ActionRecord` from a ``SELECT * FROM actions`` row."""
        (id_, at, actor, kind, message_seq, source, author_id, reason, duration, result, response, undoes, ps,
         _prev_hash, h, *later) = r  # fmt: skip
        intent = later[0] if later else None  # schema 3
        return ActionRecord(
            id=id_, at=at, actor=actor, kind=ActionKind(kind), result=ActionResult(result), message_seq=message_seq,
            source=source, author_id=author_id, reason=reason, duration=duration, response=response, undoes=undoes,
            prev_state=MessageState(ps) if ps else None, hash=h, intent=intent,
        )  # fmt: skip

    # Earlier names, still used by other modules (follow, search).
    _action = action_from_row
    _record = record_from_row
    _findings_of = findings_of

    def events(self) -> list[tuple[float, str, str, str | None, str]]:
        """Connection and platform events: (at, source, kind, state, detail)."""
        return self.db.execute("SELECT at, source, kind, state, detail FROM events ORDER BY id").fetchall()

    def events_after(self, after: int, limit: int = 1000) -> tuple[int, list[ConnectionEvent | PlatformEvent]]:
        """Connection and platform events with an id above ``after``, oldest first, and the last id read.

        Rows that are neither (the recording's own life, kinds a newer castguard wrote) are
        skipped, but the id returned moves past them.
        """
        rows = self.db.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE id > ? ORDER BY id LIMIT ?", (after, limit)
        ).fetchall()
        events = [e for e in map(self.event_from_row, rows) if e is not None]
        return (rows[-1][0] if rows else after), events

    @staticmethod
    def event_from_row(row: tuple[Any, ...]) -> ConnectionEvent | PlatformEvent | None:
        """The event of a ``SELECT {EVENT_COLUMNS} FROM events`` row (``None`` for the recording's own life)."""
        _id, at, source, kind, state, message_id, author_id, duration, detail = row
        try:
            if kind == "connection":
                return ConnectionEvent(source, ConnectionState(state), detail, at)
            return PlatformEvent(
                source, PlatformEventKind(kind), message_id, author_id, duration, detail, at, state or ""
            )
        except ValueError:
            return None  # a session row, or a kind or state a newer castguard wrote

    def count(self, where: str = "", params: tuple[Any, ...] = ()) -> int:
        """Number of messages (optionally matching a SQL condition on the messages table)."""
        sql = "SELECT COUNT(*) FROM messages" + (f" WHERE {where}" if where else "")
        return int(self.db.execute(sql, params).fetchone()[0])

    def category_counts(self) -> dict[str, int]:
        """Messages per finding category (a message counts once per category)."""
        rows = self.db.execute(
            "SELECT category, COUNT(DISTINCT message_seq) FROM findings GROUP BY category ORDER BY 2 DESC"
        )
        return {cat: n for cat, n in rows}

    def verify_chain(self) -> ChainProblem | None:
        """Recompute the action log's hash chain; the first broken entry, or ``None`` if intact."""
        prev = GENESIS_HASH
        columns = "at, actor, kind, message_seq, source, author_id, reason, duration, result, response, undoes"
        names = [*columns.split(", "), "prev_state"]
        if "intent" in self._columns("actions"):
            columns, names = columns + ", prev_state, intent", [*names, "intent"]
        else:
            columns += ", prev_state"
        width = len(names)
        for r in self.db.execute(f"SELECT id, {columns}, prev_hash, hash FROM actions ORDER BY id"):
            id_, values, p, h = r[0], r[1 : width + 1], r[width + 1], r[width + 2]
            if p != prev:
                return ChainProblem(id_, "previous-hash link does not match (an entry was removed or reordered)")
            if _action_digest(prev, dict(zip(names, values, strict=True))) != h:
                return ChainProblem(id_, "entry content does not match its hash (it was edited)")
            prev = h
        return None

    def chain_head(self) -> tuple[int, str]:
        """Number of entries in the action log and the hash of the last one (write it down to detect truncation)."""
        row = self.db.execute("SELECT COUNT(*), (SELECT hash FROM actions ORDER BY id DESC LIMIT 1) FROM actions")
        count, head = row.fetchone()
        return int(count), head or GENESIS_HASH

    def head(self, key: bytes | None = None) -> Head | None:
        """The ledger's last entry, signed with ``key`` when given (``None`` before schema 3).

        Write it down somewhere else (it is printed when a session ends and put in the report):
        ``castguard verify --head`` then finds entries cut off the end or appended later.
        """
        if self.schema_version < 3:
            return None
        head = ledger.current_head(self.db)
        return head.signed(key, self.session_id) if key else head

    @property
    def session_id(self) -> str:
        """The recording's random id (signed heads are bound to it; empty before schema 3)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'session_id'").fetchone()
        return str(row[0]) if row else ""

    def check(self, *, head: Head | None = None, key: bytes | None = None) -> RecordingCheck:
        """Check everything the file can vouch for, in one consistent snapshot.

        The action log's own chain, the ledger (every message, finding, event, note, policy, source
        and metadata entry against it), SQLite's consistency check, actions whose outcome is unknown,
        and, given a ``head`` written down earlier (``key`` checks its signature), whether entries
        were cut off the end or added after it.
        """
        if not self.readonly:
            self.flush()
        self.db.execute("BEGIN")  # one read snapshot: a recording being written stays consistent
        try:
            chain = self.verify_chain()
            actions = int(self.db.execute("SELECT COUNT(*) FROM actions").fetchone()[0])
            verification = ledger.verify(self.db) if self.schema_version >= 3 else None
            head_problems: list[str] = []
            if head is not None:
                if verification is None:
                    head_problems.append(f"schema {self.schema_version} recording: it has no ledger to hold a head")
                else:
                    head_problems = ledger.check_head(self.db, head, key=key, session_id=self.session_id)
            unknown = self.unresolved_intents()
        finally:
            self.db.execute("ROLLBACK")
        return RecordingCheck(
            self.schema_version, actions, chain, verification, head_problems, self.integrity_problem(), unknown
        )

    def has_hash(self, digest: str) -> bool:
        """True when an entry with this hash is in the action log (a head noted earlier must still be there)."""
        return self.db.execute("SELECT 1 FROM actions WHERE hash = ?", (digest.lower(),)).fetchone() is not None

    def integrity_problem(self) -> str | None:
        """SQLite's own consistency check of the file (``None`` when sound)."""
        rows = [r[0] for r in self.db.execute("PRAGMA quick_check")]
        return None if rows == ["ok"] else "; ".join(str(r) for r in rows[:5])

    def lockdown_state(self) -> bool:
        """Whether lockdown was on at the end of the recording (so a resumed session keeps it)."""
        row = self.db.execute(
            "SELECT reason FROM actions WHERE kind = 'lockdown' AND result != 'failed' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return bool(row and row[0] == "on")

    def log_session(self, what: str, detail: str = "") -> None:
        """Record the life of the recording itself (``started``, ``resumed``, ``imported``) in the events table."""
        self._insert_event(
            "INSERT INTO events (at, source, kind, state, detail) VALUES (?, 'castguard', 'session', ?, ?)",
            (time.time(), what, detail),
        )

    # -- a recording in time order (replay) -----------------------------------------------
    # Positions are (time, id) pairs compared as SQL row values, so that every read goes through an index
    # (messages_received, events_at, actions_at) and a seek costs the same on a million-message recording.

    def recording_span(self) -> RecordingSpan:
        """When the recording starts and ends (first and last message or action) and how many messages it has."""
        first, last, count = self.db.execute(
            "SELECT MIN(received_at), MAX(received_at), COUNT(*) FROM messages"
        ).fetchone()
        first_action, last_action = self.db.execute("SELECT MIN(at), MAX(at) FROM actions").fetchone()
        times = [t for t in (first, last, first_action, last_action) if t is not None]
        return RecordingSpan(min(times) if times else 0.0, max(times) if times else 0.0, int(count))

    def _records(self, rows: list[tuple[Any, ...]]) -> list[MessageRecord]:
        findings = self.findings_of([r[0] for r in rows if r[17]])  # categories: only those rows have findings
        return [self.record_from_row(r, findings.get(r[0], ())) for r in rows]

    def messages_from(self, at: float, seq: int, *, limit: int) -> list[MessageRecord]:
        """Up to ``limit`` messages received after position (``at``, ``seq``), in arrival order."""
        rows = self.db.execute(
            "SELECT * FROM messages WHERE (received_at, seq) > (?, ?) ORDER BY received_at, seq LIMIT ?",
            (at, seq, limit),
        ).fetchall()
        return self._records(rows)

    def messages_until(self, at: float, seq: int, *, limit: int) -> list[MessageRecord]:
        """The last ``limit`` messages at or before position (``at``, ``seq``), oldest first."""
        rows = self.db.execute(
            "SELECT * FROM messages WHERE (received_at, seq) <= (?, ?) ORDER BY received_at DESC, seq DESC LIMIT ?",
            (at, seq, limit),
        ).fetchall()
        return self._records(rows[::-1])

    def escalated_until(self, at: float, seq: int, *, limit: int) -> list[MessageRecord]:
        """The last ``limit`` messages at or before position (``at``, ``seq``) that had been escalated by then
        (by the policy when they arrived, or by an ``escalate`` action taken at or before ``at``), oldest first."""
        by_policy = self.db.execute(
            f"SELECT received_at, seq FROM messages WHERE (received_at, seq) <= (?, ?) AND {FLAGGED_SQL}"
            " AND escalate = 1 ORDER BY received_at DESC, seq DESC LIMIT ?",
            (at, seq, limit),
        ).fetchall()
        # Escalations by people are few: read them from the action log, then place their messages.
        escalated = {
            row[0]
            for row in self.db.execute("SELECT message_seq FROM actions WHERE kind = 'escalate' AND at <= ?", (at,))
            if row[0] is not None
        }
        ordered = sorted(escalated)
        by_people = [
            place
            for i in range(0, len(ordered), 900)
            for place in self.db.execute(
                f"SELECT received_at, seq FROM messages WHERE seq IN ({','.join('?' * len(ordered[i : i + 900]))})",
                ordered[i : i + 900],
            )
            if place <= (at, seq)
        ]
        seqs = [place[1] for place in sorted(set(by_policy) | set(by_people))[-limit:]]
        if not seqs:
            return []
        rows = self.db.execute(
            f"SELECT * FROM messages WHERE seq IN ({','.join('?' * len(seqs))}) ORDER BY received_at, seq", seqs
        ).fetchall()
        return self._records(rows)

    def message_place(self, seq: int) -> MessagePlace | None:
        """Where message ``seq`` is in the recording."""
        row = self.db.execute("SELECT received_at, seq, source, msg_id FROM messages WHERE seq = ?", (seq,)).fetchone()
        return MessagePlace(*row) if row else None

    def message_place_at(self, at: float) -> MessagePlace | None:
        """The last message received at or before ``at`` (``None`` before the first)."""
        row = self.db.execute(
            "SELECT received_at, seq, source, msg_id FROM messages WHERE received_at <= ?"
            " ORDER BY received_at DESC, seq DESC LIMIT 1",
            (at,),
        ).fetchone()
        return MessagePlace(*row) if row else None

    def next_flagged(self, at: float, seq: int, *, backwards: bool = False) -> MessageRecord | None:
        """The first flagged message after position (``at``, ``seq``), or the last one before it."""
        op, order = ("<", "DESC") if backwards else (">", "ASC")
        row = self.db.execute(
            f"SELECT * FROM messages WHERE (received_at, seq) {op} (?, ?) AND {FLAGGED_SQL}"
            f" ORDER BY received_at {order}, seq {order} LIMIT 1",
            (at, seq),
        ).fetchone()
        return self._records([row])[0] if row else None

    def events_from(self, at: float, event_id: int, *, limit: int) -> list[StoredEvent]:
        """Up to ``limit`` connection and platform events after position (``at``, ``event_id``), in order.

        An event a newer castguard wrote comes with ``event=None`` (its place still counts).
        """
        rows = self.db.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE (at, id) > (?, ?) AND kind != 'session' ORDER BY at, id LIMIT ?",
            (at, event_id, limit),
        ).fetchall()
        return [StoredEvent(row[0], row[1], self.event_from_row(row)) for row in rows]

    def deletions_between(self, since: float, until: float) -> list[StoredEvent]:
        """Messages deleted on their platform between ``since`` and ``until`` (inclusive), in order."""
        rows = self.db.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE kind = 'deleted' AND at >= ? AND at <= ? ORDER BY at, id",
            (since, until),
        ).fetchall()
        return [StoredEvent(row[0], row[1], self.event_from_row(row)) for row in rows]

    def actions_from(self, at: float, action_id: int, *, limit: int) -> list[ActionRecord]:
        """Up to ``limit`` entries of the action log after position (``at``, ``action_id``), in time order."""
        rows = self.db.execute(
            "SELECT * FROM actions WHERE (at, id) > (?, ?) ORDER BY at, id LIMIT ?", (at, action_id, limit)
        ).fetchall()
        return [self.action_from_row(r) for r in rows]

    def next_action(self, at: float, action_id: int, *, backwards: bool = False) -> ActionRecord | None:
        """The first entry of the action log after position (``at``, ``action_id``), or the last one before it."""
        op, order = ("<", "DESC") if backwards else (">", "ASC")
        row = self.db.execute(
            f"SELECT * FROM actions WHERE (at, id) {op} (?, ?) ORDER BY at {order}, id {order} LIMIT 1",
            (at, action_id),
        ).fetchone()
        return self.action_from_row(row) if row else None

    def action(self, action_id: int) -> ActionRecord | None:
        """One entry of the action log."""
        row = self.db.execute("SELECT * FROM actions WHERE id = ?", (action_id,)).fetchone()
        return self.action_from_row(row) if row else None

    def lockdown_switch_at(self, at: float) -> ActionRecord | None:
        """The last lockdown switch (on or off, not failed) at or before ``at``."""
        row = self.db.execute(
            "SELECT * FROM actions WHERE kind = 'lockdown' AND result != 'failed' AND at <= ?"
            " ORDER BY at DESC, id DESC LIMIT 1",
            (at,),
        ).fetchone()
        return self.action_from_row(row) if row else None

    def actions_on(self, seqs: Iterable[int], *, until: float) -> list[ActionRecord]:
        """Actions taken on the given messages at or before ``until``, in time order."""
        ordered = sorted(set(seqs))
        found: list[ActionRecord] = []
        for i in range(0, len(ordered), 900):
            part = ordered[i : i + 900]
            rows = self.db.execute(
                f"SELECT * FROM actions WHERE message_seq IN ({','.join('?' * len(part))}) AND at <= ?",
                (*part, until),
            ).fetchall()
            found.extend(self.action_from_row(r) for r in rows)
        return sorted(found, key=lambda a: (a.at, a.id))

    # -- reviewer notes ----------------------------------------------------------------------

    def add_note(
        self, text: str, *, author: str, position: float | None = None, message_seq: int | None = None
    ) -> Note:
        """Store a reviewer's note (committed at once); kept apart from the live action log."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only, cannot add a note")
        if self.schema_version < 2:
            raise StoreError(f"{self.path}: schema {self.schema_version} has no notes (open it writable to migrate)")
        text = text.strip()
        if not text:
            raise ValueError("a note needs some text")
        # Redacted whole, then cut: a cut first could leave half a phone number the filter no longer sees.
        text = self.at_rest(text)[:MAX_NOTE_CHARS]
        at = time.time()
        with self._transaction():
            cur = self.db.execute(
                "INSERT INTO notes (at, author, position, message_seq, text) VALUES (?, ?, ?, ?, ?)",
                (at, author, position, message_seq, text),
            )
            note_id = int(cur.lastrowid or 0)
            if self._sealing:
                ledger.seal_rows(self.db, "notes", note_id, note_id)
        return Note(note_id, at, author, position, message_seq, text)

    def notes(self, *, message_seq: int | None = None) -> list[Note]:
        """Reviewer notes in the order they were written (optionally for one message)."""
        if self.schema_version < 2:
            return []
        sql = "SELECT id, at, author, position, message_seq, text FROM notes"
        params: tuple[Any, ...] = ()
        if message_seq is not None:
            sql += " WHERE message_seq = ?"
            params = (message_seq,)
        return [Note(*row) for row in self.db.execute(sql + " ORDER BY id", params)]

    # -- scratch -----------------------------------------------------------------------------

    def reset(self) -> None:
        """Empty a scratch store (replay starts over after a seek); refused for a real recording."""
        if not self.scratch:
            raise StoreError(f"{self.path}: only a scratch (in-memory) store can be reset")
        self._pending_messages, self._pending_findings = [], []
        with self._transaction():
            for table in ("findings", "messages", "actions", "events", "notes", "intents", "ledger", *aecases.TABLES):
                self.db.execute(f"DELETE FROM {table}")  # fixed table names, no input
        self._next_seq = 1
        self._last_hash = GENESIS_HASH


@dataclass(frozen=True, slots=True)
class Note:
    """A reviewer's annotation of a recording."""

    id: int
    at: float
    """When the note was written."""
    author: str
    position: float | None
    """Recording time the reviewer was looking at."""
    message_seq: int | None
    """The message it is about, if any (sequence number in the recording)."""
    text: str


@dataclass(frozen=True, slots=True)
class RecordingSpan:
    """The time a recording covers and its size."""

    start: float
    """Time of its first message or action."""
    end: float
    """Time of its last message or action."""
    messages: int


@dataclass(frozen=True, slots=True)
class MessagePlace:
    """Where a message is in a recording: its arrival time and sequence number, and its platform key."""

    at: float
    seq: int
    source: str
    msg_id: str


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A connection or platform event with its place in the events table."""

    id: int
    at: float
    event: ConnectionEvent | PlatformEvent | None
    """``None``: a kind this castguard does not know (written by a newer one)."""


def _parsed_policy(text: str) -> Policy | None:
    """A policy recorded as text, or ``None`` when there is none or it no longer parses."""
    if not text:
        return None
    try:
        return parse_policy(text, "<recorded policy>")
    except PolicyError:
        return None


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (rolled back on error)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                self.db.execute("COMMIT")
            except BaseException:
                # A commit that fails (disk full) can leave the transaction open: close it, so the
                # next write starts afresh instead of failing on "transaction within a transaction".
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
        elif self.db.in_transaction:
            self.db.execute("ROLLBACK")
