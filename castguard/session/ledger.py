"""The recording's ledger: one hash chain over every row a reviewer relies on.

Every write of the store appends, in the same transaction, a ledger entry naming the rows it wrote
(a range of messages with their findings, an event, a note, an action, an action's intent, a
metadata key, a policy, a source) and the SHA-256 of those rows as stored. Each entry's hash covers
the previous entry's hash, so an edited, removed or reordered entry breaks the chain, and an edited,
removed or added row no longer matches its entry. A message's state and escalation change after it
is written (a hide, an acknowledgement): each change is an entry of its own naming the values before
and after, so a check can tell the state a message was written with from the state it has now.

Messages are hashed once per flush, not one by one, so the write path stays cheap at a busy chat's rate.

The chain alone cannot show entries cut off its end, or entries appended by someone who recomputed
the hashes: the last entry, the :class:`Head`, is written down elsewhere (printed when a session
ends, in the report, optionally signed with a key) and :func:`check_head` compares the recording with it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import sqlite3
import time
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from castguard.core.text import clean_text

GENESIS = "0" * 64
"""The previous hash of the first entry."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS ledger (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, tbl TEXT NOT NULL,
    first INTEGER, last INTEGER, key TEXT, detail TEXT NOT NULL, digest TEXT NOT NULL, hash TEXT NOT NULL
);
"""

#: Rows read at a time when hashing a range.
CHUNK = 2000
#: Problems listed one by one (the rest are counted).
MAX_PROBLEMS = 20


@dataclass(frozen=True, slots=True)
class Table:
    """A table the ledger covers: its key and the columns hashed, in order."""

    name: str
    key: str
    columns: tuple[str, ...]
    ranged: bool
    """Integer keys: an entry names a range of them (else an entry names one key)."""
    label: str
    """What one row is called in a report (plural)."""


MESSAGES = Table(
    "messages", "seq",
    ("seq", "source", "platform", "channel", "msg_id", "author_id", "author_name", "roles", "text", "raw", "kind",
     "reply_to", "extra", "sent_at", "received_at", "decision", "severity", "categories", "sentiment",
     "policy_version", "state", "escalation", "escalate"),
    True, "messages",
)  # fmt: skip
_STATE = MESSAGES.columns.index("state")
_ESCALATION = MESSAGES.columns.index("escalation")
FINDING_COLUMNS = ("message_seq", "category", "severity", "start", '"end"', "rule", "detail", "accounts")
"""Findings are covered with their messages (a message's findings are written in the same flush)."""

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        MESSAGES,
        Table("events", "id", ("id", "at", "source", "kind", "state", "message_id", "author_id", "duration", "detail"),
              True, "events"),
        Table("notes", "id", ("id", "at", "author", "position", "message_seq", "text"), True, "notes"),
        Table("actions", "id",
              ("id", "at", "actor", "kind", "message_seq", "source", "author_id", "reason", "duration", "result",
               "response", "undoes", "prev_state", "prev_hash", "hash", "intent"), True, "actions"),
        Table("intents", "id",
              ("id", "at", "actor", "kind", "message_seq", "source", "author_id", "reason", "duration"), True,
              "action intents"),
        Table("ae_cases", "id",
              ("id", "at", "message_seq", "source", "author_id", "day0", "deadline", "patient", "reporter", "product",
               "event", "duplicate_of", "sealed", "seal_note"), True, "adverse-event cases"),
        Table("ae_log", "id", ("id", "at", "case_id", "actor", "kind", "field", "value"), True,
              "adverse-event case entries"),
        Table("meta", "key", ("key", "value"), False, "metadata entries"),
        Table("policies", "version", ("version", "name", "text", "loaded_at"), False, "policies"),
        Table("sources", "key", ("key", "platform", "capabilities", "first_seen"), False, "sources"),
    )
}  # fmt: skip

#: ``ledger.tbl`` of an entry recording a message's state or escalation change.
STATE = "state"


# -- hashing ---------------------------------------------------------------------------------------


def _odd(value: object) -> str:
    """JSON for what SQLite may hand back besides text and numbers (a BLOB written behind our back)."""
    if isinstance(value, bytes):
        return "blob:" + value.hex()
    return repr(value)


#: One encoder for every hash (building one per call costs more than encoding a few rows).
_JSON = json.JSONEncoder(separators=(",", ":"), default=_odd)


def _digest(rows: list[Any]) -> str:
    """SHA-256 of the JSON list of ``rows`` (what :class:`_ListDigest` computes when fed them in chunks)."""
    return hashlib.sha256(_JSON.encode(rows).encode()).hexdigest()


_EMPTY = _digest([])


class _ListDigest:
    """SHA-256 of the JSON list of every row fed to it: the same digest however the rows are chunked."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.count = 0

    def feed(self, rows: list[Any]) -> None:
        if not rows:
            return
        # One C-level encoding per chunk; its brackets are dropped so that chunks join into one list.
        text = _JSON.encode(rows)
        self._hash.update((("[" if self.count == 0 else ",") + text[1:-1]).encode())
        self.count += len(rows)

    def hexdigest(self) -> str:
        self._hash.update(b"]" if self.count else b"[]")
        return self._hash.hexdigest()


def entry_hash(
    prev: str, entry_id: int, at: float, tbl: str, first: int | None, last: int | None, key: str | None,
    detail: str, digest: str,
) -> str:  # fmt: skip
    """Hash of a ledger entry chained to the previous entry's hash."""
    body = _JSON.encode([entry_id, at, tbl, first, last, key, detail, digest])
    return hashlib.sha256((prev + body).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class _Change:
    state: tuple[str | None, str | None]
    escalation: tuple[str | None, str | None]


def _message_digest(db: sqlite3.Connection, first: int, last: int) -> str:
    """Digest of messages ``first``..``last`` and their findings, as stored."""
    messages, findings = _ListDigest(), _ListDigest()
    cursor = db.execute(
        f"SELECT {', '.join(MESSAGES.columns)} FROM messages WHERE seq >= ? AND seq <= ? ORDER BY seq", (first, last)
    )
    while rows := cursor.fetchmany(CHUNK):
        messages.feed(rows)
    columns = ", ".join(FINDING_COLUMNS)
    cursor = db.execute(
        f"SELECT {columns} FROM findings WHERE message_seq >= ? AND message_seq <= ? ORDER BY {columns}", (first, last)
    )
    while rows := cursor.fetchmany(CHUNK):
        findings.feed(rows)
    return _joined(messages, findings)


def _joined(messages: _ListDigest, findings: _ListDigest) -> str:
    return _joined_digests(messages.hexdigest(), findings.hexdigest())


def _joined_digests(messages: str, findings: str) -> str:
    """The digest of a range of messages with their findings."""
    return hashlib.sha256(f"{messages}:{findings}".encode()).hexdigest()


def _as_written(row: tuple[Any, ...], changes: dict[int, list[_Change]], drifted: list[int]) -> list[Any]:
    """A message row with the state and escalation it was written with (before its recorded changes)."""
    history = changes[row[0]]
    if (row[_STATE], row[_ESCALATION]) != (history[-1].state[1], history[-1].escalation[1]):
        drifted.append(row[0])
    written = list(row)
    written[_STATE], written[_ESCALATION] = history[0].state[0], history[0].escalation[0]
    return written


def _rows_digest(db: sqlite3.Connection, table: Table, first: Any, last: Any) -> tuple[str, int]:
    """Digest of the rows of ``table`` whose key is in ``first``..``last`` (one key when not ranged)."""
    digest = _ListDigest()
    where = f"{table.key} >= ? AND {table.key} <= ?" if table.ranged else f"{table.key} = ?"
    params = (first, last) if table.ranged else (first,)
    columns = ", ".join(table.columns)
    cursor = db.execute(f"SELECT {columns} FROM {table.name} WHERE {where} ORDER BY {table.key}", params)
    while rows := cursor.fetchmany(CHUNK):
        digest.feed(rows)
    return digest.hexdigest(), digest.count


# -- writing (inside the store's transactions) -----------------------------------------------------


def append(
    db: sqlite3.Connection, tbl: str, *, first: int | None = None, last: int | None = None, key: str | None = None,
    detail: str = "", digest: str = "", at: float | None = None,
) -> Head:  # fmt: skip
    """Append an entry after the newest one (read inside the caller's write transaction)."""
    row = db.execute("SELECT id, hash FROM ledger ORDER BY id DESC LIMIT 1").fetchone()
    entry_id, prev = (int(row[0]) + 1, str(row[1])) if row else (1, GENESIS)
    at = time.time() if at is None else at
    digest_ = entry_hash(prev, entry_id, at, tbl, first, last, key, detail, digest)
    # The previous hash is not stored: it is the hash of the entry before (one less hash per entry on disk).
    db.execute(
        "INSERT INTO ledger (id, at, tbl, first, last, key, detail, digest, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, at, tbl, first, last, key, detail, digest, digest_),
    )
    return Head(entry_id, digest_)


def seal_rows(db: sqlite3.Connection, table: str, first: int, last: int, *, detail: str = "") -> None:
    """Record rows ``first``..``last`` of a ranged table as they are stored now (messages with their findings)."""
    if table == MESSAGES.name:
        digest = _message_digest(db, first, last)
    else:
        digest = _rows_digest(db, TABLES[table], first, last)[0]
    append(db, table, first=first, last=last, detail=detail, digest=digest)


def seal_messages(db: sqlite3.Connection, messages: list[tuple[Any, ...]], findings: list[tuple[Any, ...]]) -> None:
    """Record messages just inserted, hashed from the rows as queued (the caller made them the stored types).

    The digest is the one :func:`seal_rows` would compute by reading them back: messages by sequence
    number, findings in the order of all their columns (Python orders strings by code point, as
    SQLite's binary collation orders their UTF-8).
    """
    ordered = sorted(messages, key=lambda m: m[0])
    digest = _joined_digests(_digest(ordered), _digest(sorted(findings)) if findings else _EMPTY)
    append(db, MESSAGES.name, first=ordered[0][0], last=ordered[-1][0], digest=digest)


def seal_key(db: sqlite3.Connection, table: str, key: str, *, detail: str = "") -> None:
    """Record the row of a keyed table (metadata, policies, sources) as it is stored now."""
    append(db, table, key=key, detail=detail, digest=_rows_digest(db, TABLES[table], key, key)[0])


def seal_state(
    db: sqlite3.Connection, seq: int, before: tuple[str | None, str | None], after: tuple[str | None, str | None]
) -> None:
    """Record that message ``seq`` went from (state, escalation) ``before`` to ``after``."""
    detail = json.dumps({"state": [before[0], after[0]], "escalation": [before[1], after[1]]}, separators=(",", ":"))
    append(db, STATE, first=seq, last=seq, detail=detail)


def seal_everything(db: sqlite3.Connection, *, detail: str) -> None:
    """Record every row now in the file (a new file's metadata, or an older file's content on migration)."""
    for table in TABLES.values():
        if table.ranged:
            low, high = db.execute(f"SELECT MIN({table.key}), MAX({table.key}) FROM {table.name}").fetchone()
            if low is not None:
                seal_rows(db, table.name, int(low), int(high), detail=detail)
        else:
            for (key,) in db.execute(f"SELECT {table.key} FROM {table.name} ORDER BY {table.key}").fetchall():
                seal_key(db, table.name, key, detail=detail)


# -- the head --------------------------------------------------------------------------------------

_HEAD = re.compile(r"castguard-head:(\d{1,18}):([0-9a-f]{64})(?::hmac-sha256:([0-9a-f]{64}))?")


@dataclass(frozen=True, slots=True)
class Head:
    """The last entry of a ledger: its number and hash, optionally signed."""

    entries: int
    hash: str
    signature: str = ""
    """HMAC-SHA256 of the head and the session id with a key kept off the recording (hex)."""

    def __str__(self) -> str:
        token = f"castguard-head:{self.entries}:{self.hash}"
        return token + (f":hmac-sha256:{self.signature}" if self.signature else "")

    def signed(self, key: bytes, session_id: str) -> Head:
        """This head signed with ``key`` (bound to the session's id)."""
        return Head(self.entries, self.hash, _signature(key, session_id, self))

    @classmethod
    def find(cls, text: str) -> list[Head]:
        """Every distinct head written in ``text`` (a head on its own, a file with one, a report)."""
        found = {cls(int(m[1]), m[2], m[3] or ""): None for m in _HEAD.finditer(text)}
        return list(found)


def _signature(key: bytes, session_id: str, head: Head) -> str:
    message = f"castguard-head\n{session_id}\n{head.entries}\n{head.hash}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def current_head(db: sqlite3.Connection) -> Head:
    """The newest entry (entry 0 and the genesis hash when the ledger is empty)."""
    row = db.execute("SELECT id, hash FROM ledger ORDER BY id DESC LIMIT 1").fetchone()
    return Head(int(row[0]), str(row[1])) if row else Head(0, GENESIS)


# -- checking --------------------------------------------------------------------------------------


@dataclass(slots=True)
class Verification:
    """What a check of the ledger found."""

    head: Head
    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)
    """Rows found as recorded, by what they are (messages, findings, events...)."""
    sealed_late: list[str] = field(default_factory=list)
    """Content that was only sealed when an older file was migrated (the ledger vouches for it from then on)."""
    more: int = 0
    """Problems beyond the ones listed."""

    @property
    def intact(self) -> bool:
        """True when nothing differs from the ledger."""
        return not self.problems

    def problem(self, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(text)
        else:
            self.more += 1


@dataclass(slots=True)
class _Entries:
    """The ledger's entries, sorted by what they cover."""

    ranges: dict[str, list[tuple[int, int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    keys: dict[str, dict[str, tuple[int, str]]] = field(default_factory=lambda: defaultdict(dict))
    changes: dict[int, list[_Change]] = field(default_factory=lambda: defaultdict(list))


def verify(db: sqlite3.Connection) -> Verification:
    """Check the ledger's chain, then every covered table against it (call inside one read transaction).

    Each table is read once, in key order, and its rows are matched to the entries' ranges as they go
    by: the cost grows with the recording, not with the number of entries.
    """
    result = Verification(current_head(db))
    entries = _walk(db, result)
    present = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in TABLES.values():
        if table.name not in present:  # a file from before the table existed (read without migrating)
            if entries.ranges.get(table.name) or entries.keys.get(table.name):
                result.problem(f"{table.label}: the table was removed (the ledger records some)")
            continue
        if table.ranged:
            _check_ranged(db, table, entries.ranges.get(table.name, []), dict(entries.changes), result)
        else:
            _check_keyed(db, table, entries.keys.get(table.name, {}), result)
    return result


def _check_ranged(
    db: sqlite3.Connection,
    table: Table,
    spans: list[tuple[int, int, int, str]],
    changes: dict[int, list[_Change]],
    result: Verification,
) -> None:
    spans = sorted(spans, key=lambda s: (s[1], s[2]))
    for before, after in pairwise(spans):
        if after[1] <= before[2]:
            result.problem(f"ledger entries #{before[0]} and #{after[0]} cover the same {table.label} (forged)")
    rows = _Stream(db.execute(f"SELECT {', '.join(table.columns)} FROM {table.name} ORDER BY {table.key}"))
    findings = None
    if table is MESSAGES:
        columns = ", ".join(FINDING_COLUMNS)
        findings = _Stream(db.execute(f"SELECT {columns} FROM findings ORDER BY {columns}"))
    uncovered: list[int] = []
    stray_findings = covered = covered_findings = 0
    drifted: list[int] = []
    for entry_id, first, last, digest in spans:
        if rows.key() < first:
            uncovered += [row[0] for row in rows.before(first)]
        chunk = rows.through(last)
        covered += len(chunk)
        if findings is not None:
            if changes:
                chunk = [_as_written(row, changes, drifted) if row[0] in changes else row for row in chunk]
            found_digest = _EMPTY
            if findings.key() <= last:  # most messages have no findings: skip the stream
                stray_findings += len(findings.before(first))
                found = findings.through(last)
                covered_findings += len(found)
                found_digest = _digest(found)
            got = _joined_digests(_digest(chunk), found_digest)
        else:
            got = _digest(chunk)
        if got != digest:
            span = f"#{first}" if first == last else f"#{first}–#{last}"
            what = f"{table.label} {span}" + (" (with their findings)" if findings is not None else "")
            result.problem(f"{what} differ from ledger entry #{entry_id}: edited, removed or inserted rows")
    uncovered += [row[0] for row in rows.rest()]
    for seq in drifted:
        result.problem(f"message #{seq}: its state differs from the last recorded change (edited)")
    if uncovered:
        result.problem(
            f"{table.label} not in the ledger: {len(uncovered)} (first #{uncovered[0]}), added outside castguard"
        )
    result.checked[table.label] = covered
    if findings is not None:
        stray_findings += len(findings.rest())
        result.checked["findings"] = covered_findings
        if stray_findings:
            result.problem(
                f"findings not in the ledger: {stray_findings} (on messages it does not cover), added outside castguard"
            )


def _check_keyed(
    db: sqlite3.Connection, table: Table, recorded: dict[str, tuple[int, str]], result: Verification
) -> None:
    present = {str(k): None for (k,) in db.execute(f"SELECT {table.key} FROM {table.name} ORDER BY {table.key}")}
    for key, (entry_id, digest) in recorded.items():
        if key not in present:
            result.problem(f"{table.label}: {key!r} was removed (recorded in ledger entry #{entry_id})")
        elif _rows_digest(db, table, key, key)[0] != digest:
            result.problem(f"{table.label}: {key!r} differs from ledger entry #{entry_id} (edited)")
    for key in present:
        if key not in recorded:
            result.problem(f"{table.label}: {key!r} is not in the ledger: added outside castguard")
    result.checked[table.label] = sum(1 for key in present if key in recorded)


class _Stream:
    """The rows of a query ordered by its first column, handed out by key range."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor
        self._rows: list[Any] = []
        self._keys: list[float] = []
        self._at = 0

    def _fill(self) -> bool:
        if self._at < len(self._rows):
            return True
        self._rows, self._at = self._cursor.fetchmany(CHUNK), 0
        # A key that is not a number (written behind castguard's back) sorts after every number, as in SQLite.
        self._keys = [k if isinstance(k, int | float) else math.inf for k, *_ in self._rows]
        return bool(self._rows)

    def key(self) -> float:
        """The key of the next row (infinity when there is none)."""
        return self._keys[self._at] if self._fill() else math.inf

    def _upto(self, key: int, cut: Any) -> list[Any]:
        out: list[Any] = []
        while self._fill():
            end = cut(self._keys, key, self._at)
            out += self._rows[self._at : end]
            self._at = end
            if end < len(self._rows):
                break
        return out

    def before(self, key: int) -> list[Any]:
        """Rows whose key is below ``key``."""
        return self._upto(key, bisect_left)

    def through(self, key: int) -> list[Any]:
        """Rows whose key is at most ``key``."""
        return self._upto(key, bisect_right)

    def rest(self) -> list[Any]:
        """Every row left."""
        return self._upto(math.inf, bisect_right)  # type: ignore[arg-type]


def _walk(db: sqlite3.Connection, result: Verification) -> _Entries:
    """Check the chain entry by entry and sort the entries by what they cover.

    Entries are read from the file, so anything may be in them: a malformed one is a problem, never an error.
    """
    entries = _Entries()
    prev, expected = GENESIS, 1
    migrations: dict[str, float] = {}
    for row in db.execute("SELECT id, at, tbl, first, last, key, detail, digest, hash FROM ledger ORDER BY id"):
        entry_id, at, tbl, first, last, key, detail, digest, digest_ = row
        if entry_id != expected:
            result.problem(f"ledger entries #{expected}–#{entry_id - 1} are missing (removed)")
        elif entry_hash(prev, entry_id, at, tbl, first, last, key, detail, digest) != digest_:
            result.problem(
                f"ledger entry #{entry_id} was edited, or the one before it replaced (its hash does not match)"
            )
        prev, expected = digest_, entry_id + 1
        try:
            _sort_entry(entries, entry_id, tbl, first, last, key, detail, digest)
        except (ValueError, KeyError, TypeError, AttributeError):
            result.problem(f"ledger entry #{entry_id} cannot be read (written outside castguard)")
            continue
        if isinstance(detail, str) and isinstance(at, float) and detail.startswith("migrated from schema"):
            migrations.setdefault(clean_text(detail, 40), at)  # read from the file: cleaned for a terminal
    for detail, at in migrations.items():
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(at))
        result.sealed_late.append(
            f"content recorded before {when} was sealed when the file was {detail}: the ledger vouches for it from "
            "then on, not for what happened to it before (the action log's own chain covers its entries from the start)"
        )
    return entries


def _sort_entry(
    entries: _Entries, entry_id: int, tbl: Any, first: Any, last: Any, key: Any, detail: Any, digest: Any
) -> None:
    """File one entry under what it covers (raises on a malformed entry)."""
    if tbl == STATE:
        change = json.loads(detail)
        state, escalation = tuple(change["state"]), tuple(change["escalation"])
        if len(state) != 2 or len(escalation) != 2:
            raise ValueError("a state change names a before and an after")
        entries.changes[int(first)].append(_Change(state, escalation))
    elif tbl in TABLES and TABLES[tbl].ranged:
        entries.ranges[tbl].append((entry_id, int(first), int(last), str(digest)))
    elif tbl in TABLES and key is not None:
        entries.keys[tbl][str(key)] = (entry_id, str(digest))
    else:
        raise ValueError(f"unknown kind {tbl!r}")


def check_head(db: sqlite3.Connection, head: Head, *, key: bytes | None, session_id: str) -> list[str]:
    """Problems of the recording against a head written down earlier (none when it matches exactly)."""
    problems = []
    if head.signature:
        if key is None:
            problems.append(
                "the head is signed but no key is configured (CASTGUARD_HEAD_KEY or [verify] head_key): "
                "its signature was not checked"
            )
        elif not hmac.compare_digest(_signature(key, session_id, head), head.signature):
            problems.append("the head's signature does not match: the head was altered, or signed with another key")
    last = current_head(db)
    row = db.execute("SELECT hash FROM ledger WHERE id = ?", (head.entries,)).fetchone()
    if row is None:
        problems.append(
            f"the ledger ends at entry #{last.entries}, before the exported head (entry #{head.entries}): "
            "entries were cut off the end (or the ledger was rebuilt)"
        )
    elif row[0] != head.hash:
        problems.append(
            f"ledger entry #{head.entries} is not the exported head: the recording was rewritten after the head "
            "was written down"
        )
    elif last.entries > head.entries:
        kinds = db.execute(
            "SELECT tbl, COUNT(*) FROM ledger WHERE id > ? GROUP BY tbl ORDER BY 2 DESC", (head.entries,)
        ).fetchall()
        what = ", ".join(f"{TABLES[t].label if t in TABLES else 'state changes'} {n}" for t, n in kinds)
        added = last.entries - head.entries
        problems.append(
            f"{added} ledger {'entry was' if added == 1 else 'entries were'} added after the exported head ({what}): "
            "forged, or written later (a resumed session, a reviewer's notes) and not covered by this head"
        )
    return problems
