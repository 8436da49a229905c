"""Adverse-event cases: what the safety team needs from a viewer's report, kept with its history.

A message with a ``health.adverse_event`` finding opens a case (:meth:`CaseBook.intake`): day 0 is
the moment castguard received the message, the four minimum elements (identifiable patient,
identifiable reporter, suspect product, event) are filled from the text, and the forwarding deadline
comes from the policy (``[adverse_events] forward_within_hours``). A case row is written once; every
later change (an element edited, the case forwarded or acknowledged, its sealed original opened) is an
entry of its own in ``ae_log`` naming who did it, so both tables are append-only and the ledger
(:mod:`castguard.session.ledger`) seals each row as written.

Under redact-at-rest the message is stored redacted; the case keeps the original **sealed**
(AES-256-GCM, key from ``CASTGUARD_AE_KEY`` or ``[adverse_events] seal_key`` in the config), and it
is only read back by :meth:`CaseBook.open_original`, which records the opening (who, why) first.
"""

from __future__ import annotations

import base64
import difflib
import json
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from castguard.core.text import clean_text

if TYPE_CHECKING:
    from castguard.core.model import MessageRecord
    from castguard.core.policy import Policy
    from castguard.session.store import Store

log = logging.getLogger(__name__)

CATEGORY = "health.adverse_event"

SCHEMA = """
CREATE TABLE IF NOT EXISTS ae_cases (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, message_seq INTEGER NOT NULL UNIQUE, source TEXT NOT NULL,
    author_id TEXT NOT NULL, day0 REAL NOT NULL, deadline REAL NOT NULL, patient TEXT NOT NULL,
    reporter TEXT NOT NULL, product TEXT NOT NULL, event TEXT NOT NULL, duplicate_of INTEGER,
    sealed TEXT, seal_note TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ae_log (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, case_id INTEGER NOT NULL, actor TEXT NOT NULL,
    kind TEXT NOT NULL, field TEXT, value TEXT
);
CREATE INDEX IF NOT EXISTS ae_log_case ON ae_log (case_id);
"""

TABLES = ("ae_cases", "ae_log")
"""The tables this module writes (a scratch store empties them on reset)."""

#: The four minimum elements of a valid report (ICH E2D), in checklist order, with their labels.
ELEMENTS: dict[str, str] = {
    "patient": "identifiable patient",
    "reporter": "identifiable reporter",
    "product": "suspect product",
    "event": "adverse event",
}
#: Longest element value kept (characters); an element is a phrase, not a narrative.
MAX_ELEMENT_CHARS = 200
#: Longest reason for opening a sealed original.
MAX_REASON_CHARS = 500
#: Earlier cases compared with a new one for near-identical text (newest first).
DUPLICATE_WINDOW = 500
#: Similarity at which two reports' texts are the same report.
NEAR_IDENTICAL = 0.9
#: Who opens cases.
INTAKE_ACTOR = "castguard"

KEY_ENV = "CASTGUARD_AE_KEY"
NO_KEY = (
    f"no adverse-event sealing key is configured (set {KEY_ENV} or [adverse_events] seal_key in the config, "
    "at least 16 characters)"
)


class CaseError(ValueError):
    """A case operation that cannot be done (unknown case, wrong status, no key); the message says why."""


class CaseStatus(StrEnum):
    """Where a case is on its way to the safety team."""

    OPEN = "open"
    FORWARDED = "forwarded"
    ACKNOWLEDGED = "acknowledged"


class LogKind(StrEnum):
    """What an ``ae_log`` entry records."""

    EDIT = "edit"
    FORWARDED = "forwarded"
    ACKNOWLEDGED = "acknowledged"
    OPENED = "opened"


@dataclass(frozen=True, slots=True)
class CaseEntry:
    """One change of a case: an edit, a forward, an acknowledgement, an opening of its original."""

    id: int
    at: float
    case_id: int
    actor: str
    kind: LogKind
    field: str | None
    value: str | None


@dataclass(frozen=True, slots=True)
class AdverseCase:
    """A case as it stands now (its row with every recorded change applied)."""

    id: int
    message_seq: int
    source: str
    author_id: str
    day0: float
    """When castguard received the message (the regulatory clock starts here)."""
    deadline: float
    """When the case must have reached the safety team."""
    elements: dict[str, str]
    """The four minimum elements (:data:`ELEMENTS`), ``""`` when not known."""
    duplicate_of: int | None
    """The first case of the same report."""
    sealed: bool
    """The original text is kept sealed (the recording holds it redacted)."""
    seal_note: str
    """Why the original is not sealed when it should be (no key), else ``""``."""
    status: CaseStatus = CaseStatus.OPEN
    forwarded_at: float | None = None
    forwarded_by: str = ""
    forwarded_via: str = ""
    acknowledged_at: float | None = None
    acknowledged_by: str = ""
    updated_at: float = 0.0
    """The newest information (the case's creation or its last edit)."""
    history: tuple[CaseEntry, ...] = field(default=())

    @property
    def missing(self) -> list[str]:
        """Labels of the minimum elements not known yet."""
        return [label for key, label in ELEMENTS.items() if not self.elements.get(key)]

    @property
    def complete(self) -> bool:
        """All four minimum elements are known (the case is reportable)."""
        return not self.missing

    def remaining(self, now: float) -> float:
        """Seconds left before the forwarding deadline (negative once overdue)."""
        return self.deadline - now

    def overdue(self, now: float) -> bool:
        """Still not forwarded after the deadline."""
        return self.status is CaseStatus.OPEN and now > self.deadline

    @property
    def time_to_forward(self) -> float | None:
        """Seconds from day 0 to the forward (``None`` while not forwarded)."""
        return None if self.forwarded_at is None else self.forwarded_at - self.day0


def countdown(seconds: float) -> str:
    """A deadline for a person: ``"5h 12m left"``, ``"overdue by 1h 03m"``."""
    late = seconds < 0
    minutes = int(abs(seconds) // 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    text = (f"{days}d " if days else "") + f"{hours}h {minutes:02d}m"
    return f"overdue by {text}" if late else f"{text} left"


# -- sealing ---------------------------------------------------------------------------------------------

_SEAL_VERSION = "aesgcm1"


def _aes_key(secret: bytes, session_id: str) -> bytes:
    """A 256-bit key for one recording, derived from the configured secret (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=session_id.encode(), info=b"castguard adverse-event seal")
    return hkdf.derive(secret)


def _aad(session_id: str, message_seq: int) -> bytes:
    # Bound to its recording and message: a sealed original copied onto another case does not open.
    return f"castguard-ae:{session_id}:{message_seq}".encode()


def seal(original: dict[str, str], secret: bytes, session_id: str, message_seq: int) -> str:
    """``original`` encrypted (AES-256-GCM), as text for the recording."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    plain = json.dumps(original, ensure_ascii=False).encode()
    sealed = AESGCM(_aes_key(secret, session_id)).encrypt(nonce, plain, _aad(session_id, message_seq))
    return f"{_SEAL_VERSION}:{base64.b64encode(nonce + sealed).decode()}"


def unseal(sealed: str, secret: bytes, session_id: str, message_seq: int) -> dict[str, str]:
    """The original sealed by :func:`seal`; :class:`CaseError` when the key does not open it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    version, _, body = sealed.partition(":")
    if version != _SEAL_VERSION:
        raise CaseError(f"the sealed original is in an unknown format ({clean_text(version, 20)!r})")
    try:
        data = base64.b64decode(body, validate=True)
        plain = AESGCM(_aes_key(secret, session_id)).decrypt(data[:12], data[12:], _aad(session_id, message_seq))
        found = json.loads(plain)
    except InvalidTag:
        raise CaseError(
            "the configured key does not open this sealed original (another key, or it was altered)"
        ) from None
    except (ValueError, TypeError) as exc:
        raise CaseError(f"the sealed original cannot be read ({type(exc).__name__})") from None
    if not isinstance(found, dict):
        raise CaseError("the sealed original cannot be read")
    return {str(k): str(v) for k, v in found.items()}


# -- the case book ---------------------------------------------------------------------------------------

_CASE_COLUMNS = (
    "id, at, message_seq, source, author_id, day0, deadline, patient, reporter, product, event, duplicate_of, "
    "sealed, seal_note"
)
_LOG_COLUMNS = "id, at, case_id, actor, kind, field, value"
_FOLD = re.compile(r"[^\w]+")


def _folded(text: str) -> str:
    return _FOLD.sub(" ", text.casefold()).strip()


def _element(value: str) -> str:
    return clean_text(" ".join(value.split()), MAX_ELEMENT_CHARS)


class CaseBook:
    """The adverse-event cases of one recording (SQL of ``ae_cases``/``ae_log`` lives here)."""

    def __init__(self, store: Store, *, seal_key: bytes | None = None, clock: Any = time.time) -> None:
        self.store = store
        self.seal_key = seal_key
        """Secret that seals originals under redact-at-rest (``None``: they cannot be kept)."""
        self.clock = clock
        self._warned = False

    @property
    def available(self) -> bool:
        """The recording has case tables (schema 4 or later)."""
        return self.store.schema_version >= 4

    # -- writing -------------------------------------------------------------------------------------

    def intake(self, record: MessageRecord, policy: Policy) -> AdverseCase | None:
        """Open a case for a viewer's judged message with an adverse-event finding (``None`` otherwise).

        The message is flushed first, so a case never names a message the recording lacks.
        """
        if CATEGORY not in record.verdict.categories or not self.available or self.store.readonly:
            return None
        m = record.message
        if policy.is_trusted(m.author.id, m.author.name, m.author.roles):
            # The channel's own staff are not viewers reporting: the desk's reply "we have noted your report
            # of a side effect" names a product and an effect, and must not open a case of its own.
            return None
        from castguard.filters.adverse import adverse_elements

        self.store.flush()
        found = adverse_elements(m.text, policy.products)
        stored = self.store.db.execute("SELECT text, author_name FROM messages WHERE seq = ?", (record.seq,)).fetchone()
        stored_text, stored_name = (stored[0], stored[1]) if stored else (m.text, m.author.name)
        patient = ""
        if found is not None:
            patient = "the reporter" if found.patient == "reporter" else found.patient
        elements = {
            "patient": patient,
            "reporter": f"{stored_name} ({m.platform} account {m.author.id})",
            "product": found.product if found is not None else "",
            "event": found.event if found is not None else "",
        }
        # What a case shows may reach a screen or a report: each element bounded and terminal-safe, and
        # under redact-at-rest redacted like any free text written to the file.
        elements = {k: self.store.at_rest(_element(v)) for k, v in elements.items()}
        sealed, note = None, ""
        if self.store.redact_at_rest:
            if self.seal_key is not None:
                original = {"text": m.text, "author_name": m.author.name}
                sealed = seal(original, self.seal_key, self.store.session_id, record.seq)
            else:
                note = "original not kept: " + NO_KEY
                if not self._warned:
                    self._warned = True
                    log.error("adverse-event message #%s stored redacted only: %s", record.seq, NO_KEY)
        duplicate_of = self._first_report(m.source, m.author.id, elements, stored_text)
        day0 = float(m.received_at)
        deadline = day0 + policy.ae_forward_hours * 3600
        values = (
            self.clock(), record.seq, str(m.source), str(m.author.id), day0, deadline, elements["patient"],
            elements["reporter"], elements["product"], elements["event"], duplicate_of, sealed, note,
        )  # fmt: skip
        with self.store.transaction():
            cur = self.store.db.execute(
                "INSERT OR IGNORE INTO ae_cases (at, message_seq, source, author_id, day0, deadline, patient, reporter,"
                " product, event, duplicate_of, sealed, seal_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            if not cur.rowcount:
                return self.by_message(record.seq)  # a resumed recording judging the same message again
            case_id = int(cur.lastrowid or 0)
            if self.store.sealing:
                from castguard.session import ledger

                ledger.seal_rows(self.store.db, "ae_cases", case_id, case_id)
        return self.get(case_id)

    def _first_report(self, source: str, author_id: str, elements: dict[str, str], text: str) -> int | None:
        """The first case of the same report: same author, product and event, or near-identical text."""
        product, event = _folded(elements["product"]), _folded(elements["event"])
        if product and event:
            for case_id, dup, p, e in self.store.db.execute(
                "SELECT id, duplicate_of, product, event FROM ae_cases WHERE source = ? AND author_id = ? ORDER BY id",
                (source, author_id),
            ):
                if _folded(p) == product and _folded(e) == event:
                    return int(dup or case_id)
        folded = _folded(text)
        if not folded:
            return None
        rows = self.store.db.execute(
            "SELECT c.id, c.duplicate_of, m.text FROM ae_cases c JOIN messages m ON m.seq = c.message_seq"
            " ORDER BY c.id DESC LIMIT ?",
            (DUPLICATE_WINDOW,),
        ).fetchall()
        for case_id, dup, other in reversed(rows):  # the oldest match is the first report
            matcher = difflib.SequenceMatcher(None, folded, _folded(other), autojunk=False)
            if matcher.real_quick_ratio() >= NEAR_IDENTICAL and matcher.ratio() >= NEAR_IDENTICAL:
                return int(dup or case_id)
        return None

    def _log(
        self, case_id: int, actor: str, kind: LogKind, field_: str | None = None, value: str | None = None
    ) -> None:
        with self.store.transaction():
            cur = self.store.db.execute(
                "INSERT INTO ae_log (at, case_id, actor, kind, field, value) VALUES (?, ?, ?, ?, ?, ?)",
                (self.clock(), case_id, actor, kind.value, field_, value),
            )
            entry_id = int(cur.lastrowid or 0)
            if self.store.sealing:
                from castguard.session import ledger

                ledger.seal_rows(self.store.db, "ae_log", entry_id, entry_id)

    def _writable(self) -> None:
        if self.store.readonly:
            raise CaseError(f"{self.store.path}: opened read-only")
        if not self.available:
            raise CaseError(f"{self.store.path}: schema {self.store.schema_version} has no adverse-event cases")

    def edit(self, case_id: int, element: str, value: str, *, actor: str) -> AdverseCase:
        """Correct or complete one of the four minimum elements (recorded with who)."""
        self._writable()
        if element not in ELEMENTS:
            raise CaseError(f"unknown element {clean_text(element, 40)!r} (known: {', '.join(ELEMENTS)})")
        self.case(case_id)
        self._log(case_id, actor, LogKind.EDIT, element, self.store.at_rest(_element(value)))
        return self.case(case_id)

    def forwarded(self, case_id: int, *, actor: str, via: str) -> AdverseCase:
        """Record that the case reached the safety team (``via``: the channels it went by)."""
        self._writable()
        case = self.case(case_id)
        if case.status is not CaseStatus.OPEN:
            raise CaseError(f"case #{case_id} was already forwarded")
        self._log(case_id, actor, LogKind.FORWARDED, None, clean_text(via, 500))
        return self.case(case_id)

    def acknowledge(self, case_id: int, *, actor: str, note: str = "") -> AdverseCase:
        """Record the safety team's acknowledgement of a forwarded case."""
        self._writable()
        case = self.case(case_id)
        if case.status is CaseStatus.OPEN:
            raise CaseError(f"case #{case_id} has not been forwarded yet: forward it first")
        if case.status is CaseStatus.ACKNOWLEDGED:
            raise CaseError(f"case #{case_id} was already acknowledged")
        self._log(case_id, actor, LogKind.ACKNOWLEDGED, None, self.store.at_rest(clean_text(note, MAX_REASON_CHARS)))
        return self.case(case_id)

    def open_original(self, case_id: int, *, actor: str, reason: str) -> dict[str, str]:
        """The message as the viewer wrote it, recorded as opened (who, why) before it is returned.

        Under redact-at-rest the original is unsealed with the configured key; otherwise the
        recording holds it as received. Either way the opening is in the ledger.
        """
        self._writable()
        reason = " ".join(reason.split())
        if not reason:
            raise CaseError("say why the original is opened (--reason)")
        case = self.case(case_id)
        row = self.store.db.execute("SELECT sealed FROM ae_cases WHERE id = ?", (case_id,)).fetchone()
        sealed = row[0] if row else None
        if sealed is None and self.store.redact_at_rest:
            raise CaseError(f"case #{case_id}: {case.seal_note or 'no original was kept'}")
        if sealed is not None and self.seal_key is None:
            raise CaseError(f"case #{case_id}'s original is sealed and {NO_KEY}")
        if sealed is not None:
            assert self.seal_key is not None
            original = unseal(sealed, self.seal_key, self.store.session_id, case.message_seq)
        else:
            found = self.store.db.execute(
                "SELECT text, author_name FROM messages WHERE seq = ?", (case.message_seq,)
            ).fetchone()
            if found is None:
                raise CaseError(f"case #{case_id}: its message #{case.message_seq} is not in the recording")
            original = {"text": found[0], "author_name": found[1]}
        # Recorded first: an original is never shown without the ledger saying who opened it and why.
        self._log(case_id, actor, LogKind.OPENED, "reason", self.store.at_rest(reason[:MAX_REASON_CHARS]))
        return original

    # -- reading -------------------------------------------------------------------------------------

    def case(self, case_id: int) -> AdverseCase:
        """One case; :class:`CaseError` when there is none with this number."""
        found = self.get(case_id)
        if found is None:
            raise CaseError(f"no adverse-event case #{case_id} in {self.store.path.name}")
        return found

    def get(self, case_id: int) -> AdverseCase | None:
        """One case, or ``None``."""
        cases = self._load("WHERE id = ?", (case_id,))
        return cases[0] if cases else None

    def by_message(self, seq: int) -> AdverseCase | None:
        """The case opened for message ``seq``, if any."""
        cases = self._load("WHERE message_seq = ?", (seq,))
        return cases[0] if cases else None

    def all(self) -> list[AdverseCase]:
        """Every case, oldest first."""
        return self._load("", ())

    def _load(self, where: str, params: tuple[Any, ...]) -> list[AdverseCase]:
        if not self.available:
            return []
        try:
            rows = self.store.db.execute(f"SELECT {_CASE_COLUMNS} FROM ae_cases {where} ORDER BY id", params).fetchall()
        except sqlite3.OperationalError:
            return []  # a read-only schema-3 file: no table
        if not rows:
            return []
        ids = [r[0] for r in rows]
        history: dict[int, list[CaseEntry]] = {i: [] for i in ids}
        for i in range(0, len(ids), 900):
            part = ids[i : i + 900]
            for r in self.store.db.execute(
                f"SELECT {_LOG_COLUMNS} FROM ae_log WHERE case_id IN ({','.join('?' * len(part))}) ORDER BY id", part
            ):
                try:
                    history[r[2]].append(CaseEntry(r[0], r[1], r[2], r[3], LogKind(r[4]), r[5], r[6]))
                except ValueError:
                    continue  # a kind a newer castguard wrote
        return [_fold(row, tuple(history[row[0]])) for row in rows]


def _fold(row: tuple[Any, ...], history: tuple[CaseEntry, ...]) -> AdverseCase:
    """A case row with its recorded changes applied."""
    (case_id, at, seq, source, author_id, day0, deadline, patient, reporter, product, event, dup, sealed, note) = row
    elements = {"patient": patient, "reporter": reporter, "product": product, "event": event}
    status = CaseStatus.OPEN
    forwarded_at = acknowledged_at = None
    forwarded_by = forwarded_via = acknowledged_by = ""
    updated = float(at)
    for entry in history:
        if entry.kind is LogKind.EDIT and entry.field in ELEMENTS:
            elements[entry.field] = entry.value or ""
            updated = entry.at
        elif entry.kind is LogKind.FORWARDED and forwarded_at is None:
            status, forwarded_at, forwarded_by, forwarded_via = (
                CaseStatus.FORWARDED,
                entry.at,
                entry.actor,
                entry.value or "",
            )
        elif entry.kind is LogKind.ACKNOWLEDGED and forwarded_at is not None and acknowledged_at is None:
            status, acknowledged_at, acknowledged_by = CaseStatus.ACKNOWLEDGED, entry.at, entry.actor
    return AdverseCase(
        id=case_id, message_seq=seq, source=source, author_id=author_id, day0=day0, deadline=deadline,
        elements=elements, duplicate_of=dup, sealed=sealed is not None, seal_note=note, status=status,
        forwarded_at=forwarded_at, forwarded_by=forwarded_by, forwarded_via=forwarded_via,
        acknowledged_at=acknowledged_at, acknowledged_by=acknowledged_by, updated_at=updated, history=history,
    )  # fmt: skip
