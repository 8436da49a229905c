"""Schema versions, migration of old recordings, reviewer notes, scratch stores and redact-at-rest."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from castguard.core.model import ActionKind, ActionOutcome, ActionRequest, ActionResult, Finding, Severity
from castguard.core.policy import load_policy, parse_policy
from castguard.filters.pipeline import Pipeline
from castguard.filters.redact import redact
from castguard.session.engine import Session
from castguard.session.follow import SessionTail
from castguard.session.redaction import redact_findings
from castguard.session.store import SCHEMA_VERSION, Store, StoreError
from tests.conftest import FakeSource, chat
from tests.recordings import PHONE, make_recording
from tests.test_cli import castguard

# The schema castguard 0.1 wrote (version 1), verbatim.
V1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (key TEXT PRIMARY KEY, platform TEXT NOT NULL, capabilities TEXT NOT NULL,
    first_seen REAL NOT NULL);
CREATE TABLE policies (version TEXT PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL, loaded_at REAL NOT NULL);
CREATE TABLE messages (
    seq INTEGER PRIMARY KEY,
    source TEXT NOT NULL, platform TEXT NOT NULL, channel TEXT NOT NULL, msg_id TEXT NOT NULL,
    author_id TEXT NOT NULL, author_name TEXT NOT NULL, roles TEXT NOT NULL,
    text TEXT NOT NULL, raw TEXT, kind TEXT NOT NULL, reply_to TEXT, extra TEXT,
    sent_at REAL NOT NULL, received_at REAL NOT NULL,
    decision TEXT NOT NULL, severity INTEGER, categories TEXT NOT NULL, sentiment REAL NOT NULL,
    policy_version TEXT NOT NULL, state TEXT NOT NULL, escalation TEXT, UNIQUE (source, msg_id)
);
CREATE INDEX messages_received ON messages (received_at);
CREATE INDEX messages_author ON messages (author_id);
CREATE TABLE findings (
    message_seq INTEGER NOT NULL REFERENCES messages (seq),
    category TEXT NOT NULL, severity INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    rule TEXT NOT NULL, detail TEXT NOT NULL, accounts TEXT NOT NULL
);
CREATE INDEX findings_message ON findings (message_seq);
CREATE INDEX findings_category ON findings (category);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL,
    message_seq INTEGER, source TEXT, author_id TEXT, reason TEXT NOT NULL, duration INTEGER,
    result TEXT NOT NULL, response TEXT NOT NULL, undoes INTEGER, prev_state TEXT,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE INDEX actions_message ON actions (message_seq);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL,
    state TEXT, message_id TEXT, author_id TEXT, duration INTEGER, detail TEXT NOT NULL
);
"""


async def make_v1(path: Path) -> None:
    """A version 1 recording: today's data, written into the old schema."""
    modern = path.with_suffix(".v3")
    await make_recording(modern, platform_actions=False)
    db = sqlite3.connect(path)
    db.executescript(V1_SCHEMA)
    db.execute(f"ATTACH DATABASE '{modern}' AS m")
    for table in ("sources", "policies", "findings", "actions", "events", "messages"):
        # The columns version 1 had (later versions added some).
        v1_columns = ", ".join(f'"{row[1]}"' for row in db.execute(f"PRAGMA table_info({table})"))
        db.execute(f"INSERT INTO {table} SELECT {v1_columns} FROM m.{table}")
    db.execute("INSERT INTO meta VALUES ('schema_version', '1'), ('created_at', '1750000000')")
    db.commit()
    db.execute("DETACH DATABASE m")
    db.close()


async def test_an_old_recording_is_migrated_on_open_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    await make_v1(path)

    # Read-only opens (report, verify, replay) work on the old file without changing it.
    ro = Store(path, readonly=True)
    assert ro.schema_version == 1 and ro.notes() == [] and ro.count() == 10
    assert ro.verify_chain() is None
    ro.close()

    store = Store(path, create=False)
    assert store.schema_version == SCHEMA_VERSION == 4
    meta = store.meta()
    assert meta["schema_version"] == "4" and meta["migrated_from"] == "1"
    assert store.count() == 10 and len(store.actions()) == 8 and store.verify_chain() is None
    indexes = {name for (name,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"messages_flagged", "actions_at", "events_at", "notes_message"} <= indexes
    assert store.message(4).verdict.decision.value == "escalate"  # read after the new column
    note = store.add_note("  the phone number stayed up for a second  ", author="rev", position=5.0, message_seq=2)
    assert note.text == "the phone number stayed up for a second"
    store.close()

    again = Store(path, create=False)  # opening a current file changes nothing
    assert [n.text for n in again.notes(message_seq=2)] == ["the phone number stayed up for a second"]
    assert again.meta()["migrated_from"] == "1"
    again.close()


async def test_an_older_recording_verifies_what_it_can_and_says_what_is_not_covered(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    await make_v1(path)
    done = castguard("verify", str(path), tmp=tmp_path)
    assert done.returncode == 0, done.stdout
    assert "action log intact, 8 entries" in done.stdout
    assert "not covered: schema 1 recording: only the action log is chained; messages, findings" in done.stdout
    done = castguard("verify", str(path), "--head", f"castguard-head:3:{'a' * 64}", tmp=tmp_path)
    assert done.returncode == 1 and "it has no ledger to hold a head" in done.stdout

    # Opened writable (a resumed session, a reviewer's note): what it holds is sealed from then on.
    Store(path, create=False).close()
    done = castguard("verify", str(path), tmp=tmp_path)
    assert done.returncode == 0 and "recording intact" in done.stdout, done.stdout
    assert "sealed when the file was migrated from schema 1" in done.stdout
    db = sqlite3.connect(path)
    db.execute("UPDATE messages SET text = 'nothing to see' WHERE seq = 2")
    db.commit()
    db.close()
    done = castguard("verify", str(path), tmp=tmp_path)
    assert done.returncode == 1 and "messages #1–#10 (with their findings) differ" in done.stdout, done.stdout


def test_notes_are_apart_from_the_action_log(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    head = store.chain_head()
    store.add_note("first look", author="rev")
    store.add_note("x" * 10_000, author="rev", message_seq=1)
    assert store.chain_head() == head  # notes never touch the tamper-evident log
    assert [len(n.text) for n in store.notes()] == [10, 4000]
    with pytest.raises(ValueError):
        store.add_note("   ", author="rev")
    store.close()
    ro = Store(tmp_path / "s.db", readonly=True)
    with pytest.raises(StoreError, match="read-only"):
        ro.add_note("nope", author="rev")
    ro.close()


def test_foreign_and_newer_files_are_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "app.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE users (id INTEGER)")
    db.commit()
    db.close()
    before = other.read_bytes()
    with pytest.raises(StoreError, match="not a castguard session"):
        Store(other, create=False)
    assert other.read_bytes() == before

    newer = tmp_path / "newer.db"
    Store(newer).close()
    db = sqlite3.connect(newer)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer castguard"):
        Store(newer, create=False)


def test_a_scratch_store_lives_in_memory_and_can_start_over(tmp_path: Path) -> None:
    scratch = Store(Store.MEMORY)
    session = Session(scratch, Pipeline(load_policy()), auto_actions=False)
    session.ingest(chat("hello"))
    scratch.flush()
    assert scratch.count() == 1 and scratch.scratch
    scratch.reset()
    assert scratch.count() == 0 and scratch.next_seq() == 1
    real = Store(tmp_path / "real.db")
    with pytest.raises(StoreError, match="only a scratch"):
        real.reset()
    real.close()
    assert not list(tmp_path.glob(":memory:*"))


async def test_redact_at_rest_stores_personal_data_redacted(tmp_path: Path) -> None:
    path = tmp_path / "private.db"
    await make_recording(path, redact_at_rest=True)
    assert path.stat().st_mode & 0o077 == 0
    store = Store(path, create=False)  # no flag: the file remembers
    assert store.redact_at_rest
    raw = path.read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("private.db-*"))
    assert PHONE.encode() not in raw  # in messages and in the reason a moderator typed
    assert "fine, call [phone]" in [a.reason for a in store.actions()]
    leaked = store.message(2)
    assert leaked is not None and leaked.message.text == "my number is [phone] call me"
    (finding,) = leaked.verdict.findings
    assert leaked.message.text[finding.start : finding.end] == "[phone]"
    email = store.message(6)
    assert email is not None and "jane.doe" not in email.message.text and "[email]" in email.message.text
    profane = store.message(3)
    assert profane is not None and profane.message.text == "what a load of crap"  # only personal data
    store.close()


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("call 415-555-0132 now, crap", [("privacy.phone", 5, 17), ("profanity", 23, 27)]),
        ("crap 415-555-0132", [("profanity", 0, 4), ("privacy.phone", 5, 17)]),
        ("mail a@b.co or 415-555-0132", [("privacy.email", 5, 11), ("privacy.phone", 15, 27)]),
        ("Jane Smith has HIV", [("privacy.health_disclosure", 0, 18), ("profanity", 15, 18)]),
        ("overlap 12345678 here", [("privacy.mrn", 8, 14), ("privacy.id_number", 10, 16), ("spam.caps", 0, 0)]),
    ],
)
def test_redacted_spans_still_point_at_their_text(text: str, spans: list[tuple[str, int, int]]) -> None:
    findings = [Finding(c, Severity.WARN, s, e, "test") for c, s, e in spans]
    redacted, moved = redact_findings(text, findings)
    assert redacted == redact(text, findings, only={"privacy"})
    for before, after in zip(findings, moved, strict=True):
        if before.end <= before.start:
            assert after == before
        elif before.category.startswith("privacy."):
            assert redacted[after.start : after.end].startswith("[")
        elif not any(s < before.end and before.start < e for c, s, e in spans if c.startswith("privacy.")):
            assert redacted[after.start : after.end] == text[before.start : before.end]


# -- free text under redact-at-rest ----------------------------------------------------------------

EMAIL = "jane.doe@gmail.com"
TYPED = f"caller {PHONE} is the patient, her mail is {EMAIL}"
TYPED_REDACTED = "caller [phone] is the patient, her mail is [email]"


class ChattyPlatform(FakeSource):
    """A platform whose answer repeats personal data (as error bodies sometimes do)."""

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        await super().perform(request)
        return ActionOutcome(ActionResult.DONE, f"timed out; ticket filed for {EMAIL}")


def file_bytes(path: Path) -> bytes:
    """The session file and its WAL and shared-memory files, as on disk."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


@pytest.mark.parametrize("redact_at_rest", [True, False], ids=["redact-at-rest", "as-typed"])
async def test_text_people_type_obeys_redact_at_rest(tmp_path: Path, redact_at_rest: bool) -> None:
    path = tmp_path / "s.db"
    store = Store(path, redact_at_rest=redact_at_rest)
    session = Session(store, Pipeline(load_policy()), [ChattyPlatform("fake")], moderator="kim")
    question = session.ingest(chat("is this dose safe for my mother?", author="worried"))
    assert question is not None
    await session.act(ActionKind.ESCALATE, question.seq, reason=TYPED)  # an escalation note
    await session.act(ActionKind.NOTE, question.seq, reason=TYPED)  # a note on the author
    await session.act(ActionKind.TIMEOUT, question.seq, reason=TYPED, duration=600)
    follower = SessionTail(path, actor="producer")  # opened without the flag: the file decides
    follower.act(ActionKind.ACKNOWLEDGE, question.seq, reason=TYPED)
    follower.close()
    note = store.add_note(TYPED, author="reviewer", message_seq=question.seq)
    store.close()

    expected = TYPED_REDACTED if redact_at_rest else TYPED
    assert note.text == expected
    raw = file_bytes(path)
    if redact_at_rest:
        for secret in (PHONE, PHONE.replace("-", ""), EMAIL):
            assert secret.encode() not in raw, secret
    else:
        assert PHONE.encode() in raw and EMAIL.encode() in raw

    reopened = Store(path, create=False, readonly=True)
    actions = reopened.actions()
    kinds = [ActionKind.ESCALATE, ActionKind.NOTE, ActionKind.TIMEOUT, ActionKind.ACKNOWLEDGE]
    assert [a.kind for a in actions] == kinds
    assert {a.reason for a in actions} == {expected}
    assert actions[2].response == (
        "timed out; ticket filed for [email]" if redact_at_rest else f"timed out; ticket filed for {EMAIL}"
    )
    assert [n.text for n in reopened.notes()] == [expected]
    assert reopened.verify_chain() is None
    reopened.close()
    done = castguard("verify", str(path), tmp=tmp_path)
    assert done.returncode == 0 and "action log intact, 4 entries" in done.stdout, done.stdout + done.stderr


async def test_free_text_is_read_under_the_recordings_policy(tmp_path: Path) -> None:
    """The clinic's own public line, allow-listed in the policy, is not personal data in a reason either."""
    clinic = "212-555-0198"
    policy = parse_policy(f'[allow]\nphones = ["{clinic}"]\n')
    store = Store(tmp_path / "s.db", redact_at_rest=True)
    session = Session(store, Pipeline(policy), moderator="kim")
    record = session.ingest(chat("hello"))
    assert record is not None
    action = await session.act(ActionKind.NOTE, record.seq, reason=f"told them to call {clinic}, not {PHONE}")
    assert action.reason == f"told them to call {clinic}, not [phone]"
    store.close()
