"""Importing past broadcasts: chat-downloader exports and generic JSON lines become reviewable sessions."""

from __future__ import annotations

import json
from pathlib import Path

from castguard.core.model import MessageState
from castguard.session.store import Store
from tests.test_cli import castguard

TS = 1_714_564_800_000_000  # chat-downloader timestamps are microseconds


def cd_item(n: int, text: str, *, author: str = "Jane", kind: str = "text_message", **extra: object) -> dict:
    """An item shaped like chat-downloader's YouTube output."""
    return {
        "action_type": "add_chat_item", "message_id": f"CjkKGk{n}", "message": text, "message_type": kind,
        "timestamp": TS + n * 2_000_000, "time_in_seconds": n * 2.0, "time_text": f"0:{n * 2:02d}",
        "author": {"id": f"UC{author}", "name": author, "display_name": author,
                   "badges": [{"title": "Member (6 months)"}] if author == "Mia" else []},
        **extra,
    }  # fmt: skip


EXPORT = [
    cd_item(1, "hello from the waiting room"),
    cd_item(2, "call me at 415-555-0132 about my results", author="Leo"),
    cd_item(3, "this clinic is crap", author="Troll"),
    cd_item(4, "thanks doc", author="Mia", kind="paid_message", money={"text": "$5.00", "amount": 5}),
    {"message_type": "delete_message", "target_message_id": "CjkKGk3", "timestamp": TS + 9_000_000},
    {"message_type": "placeholder", "timestamp": TS + 9_500_000},
    {"message_type": "ban_user", "timestamp": TS + 10_000_000, "author": {"id": "UCTroll", "name": "Troll"}},
    cd_item(6, "is aspirin ok daily?"),
]


def test_chat_downloader_json_and_jsonl_exports_are_imported_and_judged(tmp_path: Path) -> None:
    export = tmp_path / "stream.json"
    export.write_text(json.dumps(EXPORT, indent=2))
    session = tmp_path / "past.db"
    done = castguard("import", str(export), "-o", str(session), "--platform", "youtube", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "imported 5 messages (2 flagged" in done.stderr and "2 platform events" in done.stderr

    store = Store(session, readonly=True)
    records = list(store.messages())
    assert [r.message.id for r in records] == ["CjkKGk1", "CjkKGk2", "CjkKGk3", "CjkKGk4", "CjkKGk6"]
    # The broadcast's own clock, not the import's.
    assert [r.message.received_at for r in records] == [(TS + n * 2_000_000) / 1e6 for n in (1, 2, 3, 4, 6)]
    assert records[0].message.platform == "youtube" and records[0].message.source == "import:stream.json"
    assert records[1].verdict.categories == ["privacy.phone"] and records[1].state is MessageState.HELD
    assert records[2].state is MessageState.REMOVED  # deleted on the platform during the broadcast
    assert records[3].message.kind == "paid" and records[3].message.extra["amount"] == "$5.00"
    assert store.actions() == []  # an import acts on nothing
    kinds = [kind for _at, _src, kind, _state, _detail in store.events()]
    assert kinds == ["session", "deleted", "banned", "session"]
    store.close()

    # Importing the same export again adds nothing.
    done = castguard("import", str(export), "-o", str(session), "--platform", "youtube", tmp=tmp_path)
    assert done.returncode == 0 and "imported 0 messages" in done.stderr and "5 already in the session" in done.stderr

    # The same chat as JSON lines (chat-downloader's .jsonl output) into another session, then reported.
    lines = tmp_path / "stream.jsonl"
    lines.write_text("".join(json.dumps(item) + "\n" for item in EXPORT))
    other = tmp_path / "lines.db"
    done = castguard("import", str(lines), "-o", str(other), tmp=tmp_path)
    assert done.returncode == 0 and "imported 5 messages" in done.stderr
    report = castguard("report", str(other), "--format", "json", tmp=tmp_path)
    data = json.loads(report.stdout)
    assert data["totals"]["messages"] == 5 and data["platform_events"]["counts"] == {"deleted": 1, "banned": 1}
    assert "415-555-0132" not in report.stdout


def test_generic_jsonl_with_bad_lines_and_field_maps(tmp_path: Path) -> None:
    feed = tmp_path / "bridge.jsonl"
    feed.write_text(
        '{"payload": {"body": "hi all", "user": {"name": "ann"}}, "uuid": "a1", "ts": 1714564800}\n'
        "not json at all\n"
        "\n"
        '{"payload": {"body": "my email is ann@example.org", "user": {"name": "ann"}}, "uuid": "a2", '
        '"ts": 1714564805}\n'
        '{"payload": {"user": {"name": "bob"}}, "uuid": "a3"}\n'
    )
    session = tmp_path / "bridge.db"
    done = castguard("import", str(feed), "-o", str(session), "--fields",
                     "text=payload.body,author=payload.user.name,id=uuid,timestamp=ts", tmp=tmp_path)  # fmt: skip
    assert done.returncode == 1  # some input was bad: said so, and the rest imported
    assert "bridge.jsonl: line 2: invalid JSON" in done.stderr and "line 5: no text field" in done.stderr
    assert "imported 2 messages (1 flagged" in done.stderr
    store = Store(session, readonly=True)
    assert [r.message.received_at for r in store.messages()] == [1714564800.0, 1714564805.0]
    store.close()

    done = castguard("import", str(tmp_path / "missing.json"), "-o", str(session), tmp=tmp_path)
    assert done.returncode == 2 and "no such file" in done.stderr


def test_redact_at_rest_import(tmp_path: Path) -> None:
    export = tmp_path / "stream.json"
    export.write_text(json.dumps(EXPORT))
    session = tmp_path / "private.db"
    done = castguard("import", str(export), "-o", str(session), "--redact-at-rest", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"415-555-0132" not in session.read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("private.db-*"))
    assert session.stat().st_mode & 0o077 == 0


def test_a_pretty_printed_array_cut_short_imports_what_it_holds(tmp_path: Path) -> None:
    export = tmp_path / "cut.json"
    export.write_text(json.dumps(EXPORT, indent=1)[:-40])  # the last item and the closing bracket are lost
    session = tmp_path / "cut.db"
    done = castguard("import", str(export), "-o", str(session), tmp=tmp_path)
    assert done.returncode == 1  # one bad item, named
    assert "cut.json: line" in done.stderr and "imported 4 messages" in done.stderr
    store = Store(session, create=False)
    assert store.count() == 4
    store.close()


def test_a_file_that_is_not_json_is_refused_in_one_line_and_no_session_is_left(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("".join(f"Chat notes, line {n}: the host said hello\n" for n in range(300)))
    session = tmp_path / "notes.db"
    done = castguard("import", str(notes), "-o", str(session), tmp=tmp_path)
    assert done.returncode == 1
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 2, errors  # the refusal and "nothing to import", not 300 lines
    assert "not JSON lines or a JSON array" in errors[0] and "no session written" in errors[1]
    assert not list(tmp_path.glob("notes.db*"))


def test_importing_an_empty_file_writes_no_session(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    done = castguard("import", str(empty), "-o", str(tmp_path / "empty.db"), tmp=tmp_path)
    assert done.returncode == 1 and "nothing to import" in done.stderr
    assert not list(tmp_path.glob("empty.db*"))


def test_importing_nothing_new_into_an_existing_session_keeps_it(tmp_path: Path) -> None:
    export = tmp_path / "stream.jsonl"
    export.write_text("\n".join(json.dumps(item) for item in EXPORT[:2]) + "\n")
    session = tmp_path / "kept.db"
    assert castguard("import", str(export), "-o", str(session), tmp=tmp_path).returncode == 0
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    castguard("import", str(empty), "-o", str(session), tmp=tmp_path)
    store = Store(session, create=False)
    assert store.count() == 2
    store.close()
