"""Adverse-event cases: opened on detection, sealed under redaction, every change and opening in the ledger."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from castguard.core.policy import PolicyError, load_policy, parse_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.aecases import CaseBook, CaseError, CaseStatus, countdown
from castguard.session.engine import Session
from castguard.session.store import SCHEMA_VERSION, Store
from tests.conftest import chat

KEY = b"a-sealing-key-of-the-safety-team"
REPORT = "my mom got a rash after her second dose of the shingles vaccine, call me at 415-555-0199"


def session(store: Store, *, key: bytes | None = KEY, hours: float | None = None) -> Session:
    policy = load_policy()
    if hours is not None:
        text = policy.source_text.replace("forward_within_hours = 24", f"forward_within_hours = {hours}")
        policy = parse_policy(text)
    s = Session(store, Pipeline(policy), moderator="alex")
    s.cases.seal_key = key
    return s


def test_an_adverse_event_opens_a_case_with_day_0_and_the_four_elements(store: Store) -> None:
    s = session(store)
    message = chat(REPORT, author="u1", name="Dana", at=1_700_000_000.0)
    record = s.ingest(message)
    assert record is not None
    (case,) = s.cases.all()
    assert case.message_seq == record.seq
    assert case.day0 == message.received_at
    assert case.elements["patient"] == "my mom"
    assert case.elements["product"] == "vaccine" and case.elements["event"] == "rash"
    assert "u1" in case.elements["reporter"]
    assert case.complete and case.status is CaseStatus.OPEN


def test_a_message_without_an_adverse_event_opens_no_case(store: Store) -> None:
    s = session(store)
    s.ingest(chat("the rash went away after I stopped the cream, all good now"))
    s.ingest(chat("great stream today"))
    assert s.cases.all() == []


def test_the_channels_own_reply_acknowledging_a_report_opens_no_case(store: Store) -> None:
    s = session(store)
    reply = "Thank you, Dana. We have noted your report of a side effect: our drug safety team will reach you"
    s.ingest(chat(reply, author="host", name="Dr. Amara Lee", roles=frozenset({"broadcaster"})))
    s.ingest(chat(reply.replace("Dana", "Ana"), author="mod1", roles=frozenset({"moderator"})))
    assert s.cases.all() == []
    s.ingest(chat(REPORT, author="u1"))  # a viewer's report still does
    assert len(s.cases.all()) == 1


def test_the_deadline_comes_from_the_policy(store: Store) -> None:
    s = session(store, hours=6)
    s.ingest(chat(REPORT, at=1_000.0))
    (case,) = s.cases.all()
    assert case.deadline == 1_000.0 + 6 * 3600
    assert case.remaining(1_000.0 + 3600) == 5 * 3600
    assert not case.overdue(case.deadline - 1) and case.overdue(case.deadline + 1)
    assert countdown(5 * 3600 + 120) == "5h 02m left"
    assert countdown(-3660) == "overdue by 1h 01m"


@pytest.mark.parametrize("value", ["0", "-1", "400", '"24"', "true"])
def test_a_forwarding_deadline_out_of_range_is_refused_with_its_line(value: str) -> None:
    text = load_policy().source_text.replace("forward_within_hours = 24", f"forward_within_hours = {value}")
    with pytest.raises(PolicyError, match=r"p.toml:\d+: adverse_events.forward_within_hours"):
        parse_policy(text, "p.toml")


def test_duplicates_of_the_same_report_are_linked_to_the_first_case(store: Store) -> None:
    s = session(store)
    s.ingest(chat(REPORT, author="u1"))
    s.ingest(chat("MY MOM GOT A RASH after her 2nd dose of the shingles vaccine!!", author="u1"))  # same author
    s.ingest(chat(REPORT + "!", author="u2"))  # near-identical text from another account (copy)
    s.ingest(chat("I got a headache after taking ibuprofen", author="u3"))  # another report
    first, by_author, by_text, other = s.cases.all()
    assert first.duplicate_of is None
    assert by_author.duplicate_of == first.id and by_text.duplicate_of == first.id
    assert other.duplicate_of is None


def test_elements_are_editable_and_each_edit_names_who(store: Store) -> None:
    s = session(store)
    s.ingest(chat("the vaccine gave me a fever", author="u1"))
    (case,) = s.cases.all()
    edited = s.cases.edit(case.id, "patient", "reporter, 34-year-old woman", actor="sam")
    assert edited.elements["patient"] == "reporter, 34-year-old woman"
    (entry,) = edited.history
    assert (entry.actor, entry.kind, entry.field) == ("sam", "edit", "patient")
    with pytest.raises(CaseError, match="unknown element"):
        s.cases.edit(case.id, "\x1b[31mdose", "x", actor="sam")
    assert store.check().intact


def test_status_goes_open_forwarded_acknowledged(store: Store) -> None:
    s = session(store)
    s.ingest(chat(REPORT))
    with pytest.raises(CaseError, match="not been forwarded"):
        s.cases.acknowledge(1, actor="safety")
    assert s.cases.forwarded(1, actor="alex", via="e-mail export").status is CaseStatus.FORWARDED
    with pytest.raises(CaseError, match="already forwarded"):
        s.cases.forwarded(1, actor="alex", via="again")
    case = s.cases.acknowledge(1, actor="safety", note="PV-2025-0042")
    assert case.status is CaseStatus.ACKNOWLEDGED and case.acknowledged_by == "safety"
    assert case.time_to_forward is not None and case.time_to_forward >= 0


def test_cases_and_their_history_are_sealed_in_the_ledger(store: Store, tmp_path: Path) -> None:
    s = session(store)
    s.ingest(chat(REPORT))
    s.cases.edit(1, "event", "itchy rash", actor="sam")
    check = store.check()
    assert check.intact
    assert check.ledger is not None
    assert check.ledger.checked["adverse-event cases"] == 1
    assert check.ledger.checked["adverse-event case entries"] == 1
    store.close()
    db = sqlite3.connect(tmp_path / "session.db")
    db.execute("UPDATE ae_log SET actor = 'nobody'")
    db.execute("UPDATE ae_cases SET product = 'aspirin'")
    db.commit()
    db.close()
    reopened = Store(tmp_path / "session.db", readonly=True)
    problems = " ".join(reopened.check().ledger.problems)
    reopened.close()
    assert "adverse-event cases #1" in problems and "adverse-event case entries #1" in problems


def test_under_redact_at_rest_the_original_is_sealed_and_every_opening_recorded(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.db", redact_at_rest=True)
    s = session(store)
    s.ingest(chat(REPORT, name="Dana Q"))
    stored = store.db.execute("SELECT text, author_name FROM messages").fetchone()
    assert "415-555-0199" not in stored[0] and stored[1] != "Dana Q"  # the recording holds it redacted
    raw_file = (tmp_path / "r.db").read_bytes() + (tmp_path / "r.db-wal").read_bytes()
    assert b"415-555-0199" not in raw_file  # sealed, not stored in clear anywhere
    (case,) = s.cases.all()
    assert case.sealed
    original = s.cases.open_original(case.id, actor="pv-officer", reason="follow-up with the reporter")
    assert original == {"text": REPORT, "author_name": "Dana Q"}
    (opening,) = s.cases.case(case.id).history
    assert (opening.actor, opening.kind, opening.value) == ("pv-officer", "opened", "follow-up with the reporter")
    assert store.check().intact
    with pytest.raises(CaseError, match="why"):
        s.cases.open_original(case.id, actor="pv-officer", reason="  ")
    store.close()


def test_without_the_key_the_original_cannot_be_opened_and_says_so(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.db", redact_at_rest=True)
    s = session(store)
    s.ingest(chat(REPORT))
    book = CaseBook(store)  # another run, no key configured
    with pytest.raises(CaseError, match="CASTGUARD_AE_KEY"):
        book.open_original(1, actor="x", reason="check")
    with pytest.raises(CaseError, match="does not open"):
        CaseBook(store, seal_key=b"another-key-another-key").open_original(1, actor="x", reason="check")
    assert book.case(1).history == ()  # a refused opening shows nothing and records nothing
    store.close()


def test_a_session_without_a_key_says_the_original_was_not_kept(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.db", redact_at_rest=True)
    s = session(store, key=None)
    s.ingest(chat(REPORT))
    (case,) = s.cases.all()
    assert not case.sealed and "CASTGUARD_AE_KEY" in case.seal_note
    with pytest.raises(CaseError, match="original not kept"):
        s.cases.open_original(1, actor="x", reason="check")
    store.close()


def test_a_schema_3_recording_gains_the_case_tables_and_stays_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(path)
    session(store).ingest(chat("hello"))
    store.db.execute("DROP TABLE ae_log")
    store.db.execute("DROP TABLE ae_cases")
    store.db.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    from castguard.session import ledger

    with store.transaction():
        ledger.seal_key(store.db, "meta", "schema_version")
    store.close()
    old = Store(path, readonly=True)
    assert old.schema_version == 3 and old.check().intact  # read without the tables: no error
    old.close()
    migrated = Store(path)
    assert migrated.schema_version == SCHEMA_VERSION == 4
    session(migrated).ingest(chat(REPORT))
    assert migrated.check().intact and len(CaseBook(migrated).all()) == 1
    migrated.close()


def test_the_audit_report_has_an_adverse_events_section_with_time_to_forward(store: Store) -> None:
    from castguard.review.report import build_report, render_markdown
    from castguard.review.report_html import render_html

    s = session(store)
    s.ingest(chat(REPORT, at=1_000.0))
    s.ingest(chat("the vaccine gave a fever", author="u9", at=1_000.0))
    s.cases.clock = lambda: 1_000.0 + 90 * 60
    s.cases.forwarded(1, actor="alex", via="e-mail export")
    report = build_report(store)
    first, second = report["adverse_events"]
    assert first["seconds_to_forward"] == 90 * 60 and first["forwarded_in_time"] is True
    assert first["elements"]["product"] == "vaccine" and first["forwarded_by"] == "alex"
    assert second["status"] == "open" and second["missing"] == ["identifiable patient"]
    assert "415-555-0199" not in str(report["adverse_events"])
    markdown = render_markdown(report)
    assert "## Adverse events" in markdown and "| 5400.0 |" in markdown and "MISSING" in markdown
    assert "<h2>Adverse events</h2>" in render_html(report)
