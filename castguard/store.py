"""The session recording: one SQLite file (WAL) per broadcast.

Messages are written in small batches (the engine flushes every few tens of
milliseconds); actions are written and committed one by one, before the
desk shows them as done. The action log is append-only and each entry
carries the SHA-256 of the previous entry, so an edited or deleted row
breaks the chain (:meth:`Store.verify_chain`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from castguard.model import (
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
from castguard.policy import Policy, PolicyError, load_policy, parse_policy
from castguard.redaction import free_text_redactor, is_private, redact_findings

SCHEMA_VERSION = 2
"""Version 2 added reviewer notes, ``messages.escalate`` and the indexes replay seeks and reports rely on."""

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

#: The columns :meth:`Store.event_from_row` reads, in order.
EVENT_COLUMNS = "id, at, source, kind, state, message_id, author_id, duration, detail"

#: Longest reviewer note kept (characters).
MAX_NOTE_CHARS = 4000

GENESIS_HASH = "0" * 64


class StoreError(Exception):
    """The recording cannot be opened or is not a castguard session."""


class StoreWriteError(StoreError):
    """Messages could not be written to the recording; they are still queued (nothing was dropped)."""


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """First entry of the action log whose hash does not match."""

    action_id: int
    reason: str


def _action_digest(prev_hash: str, row: dict[str, Any]) -> str:
    body = json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


class Store:
    """A session file. Not thread-safe: use it from the event loop's thread.

    ``Store(":memory:")`` is a scratch store (replay writes there, so a recording
    under review is never modified). ``redact_at_rest`` stores privacy spans
    redacted, in messages and in what people type (reasons, notes, platform
    responses); the choice is remembered in the file, so a resumed session keeps it.
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
            uri = f"file:{quote(str(self.path))}" + ("?mode=ro" if readonly else "")
        try:
            self.db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA busy_timeout = 5000")
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
            for statement in (_SCHEMA + _SCHEMA_V2).split(";"):
                if statement.strip():
                    self.db.execute(statement)
            columns = {row[1] for row in self.db.execute("PRAGMA table_info(messages)")}
            if "escalate" not in columns:
                self.db.execute("ALTER TABLE messages ADD COLUMN escalate INTEGER NOT NULL DEFAULT 0")
            now = str(time.time())
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('created_at', ?)", (now,))
            if found is not None:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('migrated_from', ?)", (str(found),))
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('migrated_at', ?)", (now,))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def meta(self) -> dict[str, str]:
        """Session metadata (schema version, creation time, moderator, sources)."""
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def set_meta(self, key: str, value: str) -> None:
        """Record a piece of session metadata."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def record_source(self, key: str, platform: str, capabilities: frozenset[str]) -> None:
        """Remember a source of this session and what it can do."""
        self.db.execute(
            "INSERT OR IGNORE INTO sources VALUES (?, ?, ?, ?)",
            (key, platform, ",".join(sorted(capabilities)), time.time()),
        )

    def record_policy(self, version: str, name: str, text: str) -> None:
        """Keep the text of every policy that judged messages in this session."""
        self.db.execute("INSERT OR IGNORE INTO policies VALUES (?, ?, ?, ?)", (version, name, text, time.time()))
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

    def add_message(self, record: MessageRecord) -> None:
        """Queue a judged message; it is durable after the next :meth:`flush`."""
        m, v = record.message, record.verdict
        text, raw, findings = m.text, m.raw, v.findings
        if self.redact_at_rest and any(is_private(f) for f in findings):
            text, findings = redact_findings(text, findings)
            # The original form cannot be redacted span by span (the spans index the cleaned text),
            # so a message with personal data keeps no separate original in this mode.
            raw = None
        self._pending_messages.append(
            (
                record.seq, m.source, m.platform, m.channel, m.id,
                m.author.id, m.author.name, ",".join(sorted(m.author.roles)),
                text, raw, m.kind, m.reply_to, json.dumps(dict(m.extra)) if m.extra else None,
                m.sent_at, m.received_at,
                v.decision.value, int(v.severity) if v.severity is not None else None,
                ",".join(v.categories), v.sentiment, v.policy_version,
                record.state.value, record.escalation.value if record.escalation else None,
                int(getattr(v, "escalate", False)),
            )
        )  # fmt: skip
        for f in findings:
            self._pending_findings.append(
                (record.seq, f.category, int(f.severity), f.start, f.end, f.rule, f.detail, ",".join(f.accounts))
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
                self.db.executemany(f"INSERT OR IGNORE INTO messages VALUES ({','.join('?' * 23)})", messages)
                self.db.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", findings)
        except Exception as exc:  # sqlite3.Error, or a value SQLite cannot take (UnicodeEncodeError, OverflowError)
            raise StoreWriteError(
                f"{self.path}: {len(messages)} message(s) could not be written ({type(exc).__name__}: {exc})"
            ) from exc
        self._pending_messages, self._pending_findings = [], []
        return len(messages)

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)

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
    ) -> ActionRecord:
        """Append an action to the log and commit it (with the message state it implies) at once."""
        at = time.time() if at is None else at
        self.flush()
        # The hash covers what is stored: redact first.
        reason, response = self.at_rest(reason), self.at_rest(response)
        row = {
            "at": at, "actor": actor, "kind": kind.value, "message_seq": message_seq, "source": source,
            "author_id": author_id, "reason": reason, "duration": duration, "result": result.value,
            "response": response, "undoes": undoes, "prev_state": prev_state.value if prev_state else None,
        }  # fmt: skip
        with self._transaction():
            # Another process (``castguard follow``) may have appended since our last write: chain onto the
            # newest entry as read inside the write lock, not onto the one this connection remembers.
            last = self.db.execute("SELECT hash FROM actions ORDER BY id DESC LIMIT 1").fetchone()
            self._last_hash = last[0] if last else GENESIS_HASH
            digest = _action_digest(self._last_hash, row)
            cur = self.db.execute(
                "INSERT INTO actions (at, actor, kind, message_seq, source, author_id, reason, duration, result,"
                " response, undoes, prev_state, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*row.values(), self._last_hash, digest),
            )
            if state is not None:
                self.db.execute("UPDATE messages SET state = ? WHERE seq = ?", (state[1].value, state[0]))
            if escalation is not None:
                value = escalation[1].value if escalation[1] else None
                self.db.execute("UPDATE messages SET escalation = ? WHERE seq = ?", (value, escalation[0]))
        self._last_hash = digest
        return ActionRecord(
            id=int(cur.lastrowid or 0), at=at, actor=actor, kind=kind, result=result, message_seq=message_seq,
            source=source, author_id=author_id, reason=reason, duration=duration, response=response,
            undoes=undoes, prev_state=prev_state, hash=digest,
        )  # fmt: skip

    def set_state(self, seq: int, state: MessageState) -> None:
        """Change a message's state without an action (platform-side deletion)."""
        self.flush()
        self.db.execute("UPDATE messages SET state = ? WHERE seq = ?", (state.value, seq))

    def add_event(self, event: ConnectionEvent | PlatformEvent) -> None:
        """Record a connection change or a platform-side moderation event."""
        values: tuple[Any, ...]
        if isinstance(event, ConnectionEvent):
            values = (event.at, event.source, "connection", event.state.value, None, None, None, event.detail)
        else:
            values = (
                event.at, event.source, event.kind.value, None, event.message_id, event.author_id,
                event.duration, event.detail,
            )  # fmt: skip
        self.db.execute(
            "INSERT INTO events (at, source, kind, state, message_id, author_id, duration, detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )

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
        (id_, at, actor, kind, message_seq, source, author_id, reason, duration, result, response, undoes, ps) = r[:13]
        h = r[14]
        return ActionRecord(
            id=id_, at=at, actor=actor, kind=ActionKind(kind), result=ActionResult(result), message_seq=message_seq,
            source=source, author_id=author_id, reason=reason, duration=duration, response=response, undoes=undoes,
            prev_state=MessageState(ps) if ps else None, hash=h,
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
            return PlatformEvent(source, PlatformEventKind(kind), message_id, author_id, duration, detail, at)
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
        for r in self.db.execute(f"SELECT id, {columns}, prev_state, prev_hash, hash FROM actions ORDER BY id"):
            id_, values, p, h = r[0], r[1:13], r[13], r[14]
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
        self.db.execute(
            "INSERT INTO events (at, source, kind, state, detail) VALUES (?, 'castguard', 'session', ?, ?)",
            (time.time(), what, detail),
        )

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
        cur = self.db.execute(
            "INSERT INTO notes (at, author, position, message_seq, text) VALUES (?, ?, ?, ?, ?)",
            (at, author, position, message_seq, text),
        )
        return Note(int(cur.lastrowid or 0), at, author, position, message_seq, text)

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
            for table in ("findings", "messages", "actions", "events", "notes"):
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
