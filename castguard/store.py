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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from castguard.model import (
    ActionKind,
    ActionRecord,
    ActionResult,
    Author,
    ChatMessage,
    ConnectionEvent,
    Decision,
    EscalationState,
    Finding,
    MessageRecord,
    MessageState,
    PlatformEvent,
    Severity,
    Verdict,
)

SCHEMA_VERSION = 1

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

GENESIS_HASH = "0" * 64


class StoreError(Exception):
    """The recording cannot be opened or is not a castguard session."""


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """First entry of the action log whose hash does not match."""

    action_id: int
    reason: str


def _action_digest(prev_hash: str, row: dict[str, Any]) -> str:
    body = json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


class Store:
    """A session file. Not thread-safe: use it from the event loop's thread."""

    def __init__(self, path: str | Path, *, create: bool = True, readonly: bool = False) -> None:
        self.path = Path(path)
        exists = self.path.exists()
        if not exists and not create:
            raise StoreError(f"{self.path}: no such session")
        if not exists:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Recordings hold personal data: owner-only from the first byte.
            fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        uri = f"file:{self.path}?mode=ro" if readonly else f"file:{self.path}"
        try:
            self.db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA busy_timeout = 5000")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                # NORMAL in WAL mode survives a killed process; each commit is one WAL append.
                self.db.execute("PRAGMA synchronous = NORMAL")
                self.db.executescript(_SCHEMA)
                self._init_meta()
            self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a castguard session ({exc})") from None
        self.readonly = readonly
        self._pending_messages: list[tuple[Any, ...]] = []
        self._pending_findings: list[tuple[Any, ...]] = []
        row = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM messages").fetchone()
        self._next_seq = int(row[0]) + 1
        last = self.db.execute("SELECT hash FROM actions ORDER BY id DESC LIMIT 1").fetchone()
        self._last_hash = last[0] if last else GENESIS_HASH

    # -- set-up ------------------------------------------------------------------------------

    def _init_meta(self) -> None:
        now = str(time.time())
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('created_at', ?)", (now,))

    def _check_version(self) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            raise StoreError(f"{self.path}: not a castguard session (no schema version)")
        if int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: recorded by a newer castguard (schema {row[0]} > {SCHEMA_VERSION})")

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

    # -- writing -----------------------------------------------------------------------------

    def next_seq(self) -> int:
        """Reserve the next message sequence number."""
        seq = self._next_seq
        self._next_seq += 1
        return seq

    def add_message(self, record: MessageRecord) -> None:
        """Queue a judged message; it is durable after the next :meth:`flush`."""
        m, v = record.message, record.verdict
        self._pending_messages.append(
            (
                record.seq, m.source, m.platform, m.channel, m.id,
                m.author.id, m.author.name, ",".join(sorted(m.author.roles)),
                m.text, m.raw, m.kind, m.reply_to, json.dumps(dict(m.extra)) if m.extra else None,
                m.sent_at, m.received_at,
                v.decision.value, int(v.severity) if v.severity is not None else None,
                ",".join(v.categories), v.sentiment, v.policy_version,
                record.state.value, record.escalation.value if record.escalation else None,
            )
        )  # fmt: skip
        for f in v.findings:
            self._pending_findings.append(
                (record.seq, f.category, int(f.severity), f.start, f.end, f.rule, f.detail, ",".join(f.accounts))
            )

    @property
    def pending(self) -> int:
        """Messages queued but not yet committed."""
        return len(self._pending_messages)

    def flush(self) -> int:
        """Commit queued messages; returns how many were written."""
        if not self._pending_messages:
            return 0
        messages, findings = self._pending_messages, self._pending_findings
        self._pending_messages, self._pending_findings = [], []
        with self._transaction():
            self.db.executemany(f"INSERT OR IGNORE INTO messages VALUES ({','.join('?' * 22)})", messages)
            self.db.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", findings)
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
        """Flush and close."""
        if not self.readonly:
            self.flush()
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
        return self._record(row, self._findings_of([seq]).get(seq, ()))

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
            findings = self._findings_of([r[0] for r in rows if r[17]])
            for row in rows:
                yield self._record(row, findings.get(row[0], ()))
            last = rows[-1][0]
            if remaining is not None:
                remaining -= len(rows)
            if len(rows) < size:
                return

    def _findings_of(self, seqs: list[int]) -> dict[int, tuple[Finding, ...]]:
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
    def _record(row: tuple[Any, ...], findings: tuple[Finding, ...]) -> MessageRecord:
        (
            seq, source, platform, channel, msg_id, author_id, author_name, roles, text, raw, kind, reply_to,
            extra, sent_at, received_at, decision, severity, _categories, sentiment, policy_version, state,
            escalation,
        ) = row  # fmt: skip
        message = ChatMessage(
            source=source, platform=platform, channel=channel, id=msg_id,
            author=Author(author_id, author_name, frozenset(r for r in roles.split(",") if r)),
            text=text, sent_at=sent_at, received_at=received_at, raw=raw, reply_to=reply_to, kind=kind,
            extra=json.loads(extra) if extra else {},
        )  # fmt: skip
        verdict = Verdict(
            findings, Decision(decision), Severity(severity) if severity is not None else None, sentiment, policy_version
        )
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
        return [self._action(r) for r in self.db.execute(sql + " ORDER BY id", params)]

    @staticmethod
    def _action(r: tuple[Any, ...]) -> ActionRecord:
        (id_, at, actor, kind, message_seq, source, author_id, reason, duration, result, response, undoes, ps, _p, h) = r
        return ActionRecord(
            id=id_, at=at, actor=actor, kind=ActionKind(kind), result=ActionResult(result), message_seq=message_seq,
            source=source, author_id=author_id, reason=reason, duration=duration, response=response, undoes=undoes,
            prev_state=MessageState(ps) if ps else None, hash=h,
        )  # fmt: skip

    def events(self) -> list[tuple[float, str, str, str | None, str]]:
        """Connection and platform events: (at, source, kind, state, detail)."""
        return self.db.execute("SELECT at, source, kind, state, detail FROM events ORDER BY id").fetchall()

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
        for r in self.db.execute("SELECT * FROM actions ORDER BY id"):
            (id_, at, actor, kind, message_seq, source, author_id, reason, duration, result, response, undoes, ps) = r[:13]
            p, h = r[13], r[14]
            if p != prev:
                return ChainProblem(id_, "previous-hash link does not match (an entry was removed or reordered)")
            row = {
                "at": at, "actor": actor, "kind": kind, "message_seq": message_seq, "source": source,
                "author_id": author_id, "reason": reason, "duration": duration, "result": result,
                "response": response, "undoes": undoes, "prev_state": ps,
            }  # fmt: skip
            if _action_digest(prev, row) != h:
                return ChainProblem(id_, "entry content does not match its hash (it was edited)")
            prev = h
        return None


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (rolled back on error)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
