"""``castguard sessions`` says what each recording is, and reading a recording leaves nothing beside it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from castguard.session import queries
from castguard.session.store import Store
from tests.recordings import TEXTS, make_recording
from tests.test_cli import castguard


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm")))


async def test_sessions_lists_title_start_duration_counts_and_platforms(tmp_path: Path) -> None:
    sessions = tmp_path / "data" / "sessions"
    sessions.mkdir(parents=True)
    await make_recording(sessions / "2026-11-30-clinic.db")
    store = Store(sessions / "2026-11-30-clinic.db", create=False, readonly=True)
    summary = queries.recording_summary(store)
    records = [store.message(seq) for seq in range(1, len(TEXTS) + 1)]
    store.close()
    # The same "flagged" as the desk's queue and every report.
    assert summary.flagged == sum(1 for r in records if r is not None and queries.flagged(r)) > 0
    assert (summary.title, summary.messages, summary.platforms) == ("fake", len(TEXTS), ("twitch",))
    assert summary.duration == len(TEXTS) - 1  # one message a second

    (sessions / "broken.db").write_text("not sqlite at all")
    done = castguard("sessions", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["NAME", "STARTED", "DURATION", "MESSAGES", "FLAGGED", "PLATFORMS", "TITLE"]
    row = next(line for line in lines if line.startswith("2026-11-30-clinic"))
    cells = row.split()
    assert cells[3:5] == [f"{len(TEXTS) - 1}s", str(len(TEXTS))]
    assert cells[5:] == [str(summary.flagged), "twitch", "fake"]
    assert "broken" in done.stdout and "unreadable" in done.stdout
    assert _leftovers(sessions) == []


async def test_a_recorded_title_names_the_recording(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    await make_recording(path)
    store = Store(path)
    store.set_meta("title", "Ask the pharmacist \x1b[31m live")
    store.close()
    sessions = tmp_path / "data" / "sessions"
    sessions.mkdir(parents=True)
    path.rename(sessions / "s.db")
    done = castguard("sessions", tmp=tmp_path)
    assert "Ask the pharmacist" in done.stdout and "\x1b" not in done.stdout


async def test_read_only_opens_leave_no_wal_or_shm_files(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    await make_recording(path)
    assert _leftovers(tmp_path) == []
    before = path.read_bytes()
    for command in (["report", str(path), "--format", "json"], ["verify", str(path)]):
        done = castguard(*command, tmp=tmp_path)
        assert done.returncode == 0, (command, done.stderr)
        assert _leftovers(tmp_path) == [], command
    assert path.read_bytes() == before  # reading changed nothing


async def test_a_read_only_store_refuses_writes_and_reads_next_to_a_live_writer(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    await make_recording(path)
    reader = Store(path, create=False, readonly=True)
    try:
        try:
            reader.db.execute("DELETE FROM messages")
        except sqlite3.OperationalError as exc:
            assert "readonly" in str(exc)
        else:
            raise AssertionError("a read-only store wrote")
    finally:
        reader.close()
    writer = Store(path, create=False)
    try:
        writer.set_meta("title", "live")
        assert (tmp_path / "s.db-wal").exists()
        reader = Store(path, create=False, readonly=True)
        assert reader.meta_value("title") == "live" and reader.count() == len(TEXTS)
        reader.close()
        assert (tmp_path / "s.db-wal").exists()  # the writer's files stay while it runs
    finally:
        writer.close()
    assert _leftovers(tmp_path) == []
