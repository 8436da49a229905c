"""The recording: durable, append-only, tamper-evident."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from castguard.core.model import ActionKind, ActionResult, MessageState
from castguard.session.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[1]


def test_an_acknowledged_action_survives_a_killed_process(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    script = textwrap.dedent(
        f"""
        import asyncio, os, sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from castguard.session.engine import Session
        from castguard.core.model import ActionKind, Author, ChatMessage
        from castguard.core.policy import load_policy
        from castguard.session.store import Store
        from castguard.filters.pipeline import Pipeline

        async def main():
            session = Session(Store({str(path)!r}), Pipeline(load_policy()), moderator="sam")
            for i in range(500):
                session.ingest(ChatMessage("fake", "twitch", "c", f"m{{i}}", Author("u", "U"), f"hello {{i}}", 0, 0))
            action = await session.act(ActionKind.APPROVE, 42)
            print("ACK", action.id, flush=True)
            # Keep writing until killed: nothing acknowledged above may be lost.
            for i in range(500, 10**9):
                session.ingest(ChatMessage("fake", "twitch", "c", f"m{{i}}", Author("u", "U"), "more", 0, 0))
                if i % 100 == 0:
                    session.store.flush()
                    await asyncio.sleep(0)

        asyncio.run(main())
        """
    )
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("ACK"), line
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    store = Store(path, create=False)
    actions = store.actions()
    assert [(a.kind, a.actor) for a in actions] == [(ActionKind.APPROVE, "sam")]
    assert store.message(42).state is MessageState.APPROVED
    assert store.count() >= 500
    assert store.verify_chain() is None
    store.close()


def test_the_action_log_detects_edits_and_removals(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    for kind in (ActionKind.HIDE, ActionKind.ESCALATE, ActionKind.APPROVE):
        store.add_action(actor="kim", kind=kind, result=ActionResult.DONE)
    assert store.verify_chain() is None
    store.close()

    db = sqlite3.connect(tmp_path / "s.db")
    db.execute("UPDATE actions SET actor = 'someone else' WHERE id = 2")
    db.commit()
    db.close()
    reopened = Store(tmp_path / "s.db")
    problem = reopened.verify_chain()
    reopened.close()
    assert problem is not None and problem.action_id == 2 and "edited" in problem.reason

    db = sqlite3.connect(tmp_path / "s.db")
    db.execute("UPDATE actions SET actor = 'kim' WHERE id = 2")
    db.execute("DELETE FROM actions WHERE id = 2")
    db.commit()
    db.close()
    reopened = Store(tmp_path / "s.db")
    problem = reopened.verify_chain()
    reopened.close()
    assert problem is not None and problem.action_id == 3 and "removed" in problem.reason


def test_recordings_are_private_files(tmp_path: Path) -> None:
    Store(tmp_path / "new.db").close()
    assert (tmp_path / "new.db").stat().st_mode & 0o077 == 0


def test_opening_something_else_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("this is not a database")
    with pytest.raises(StoreError, match="not a castguard session"):
        Store(junk, create=False)
    with pytest.raises(StoreError, match="no such session"):
        Store(tmp_path / "missing.db", create=False)
