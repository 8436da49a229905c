"""``castguard verify``: the action log's hash chain, checked from the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.recordings import make_recording
from tests.test_cli import castguard


async def test_verify_reports_an_intact_log_then_the_first_tampered_entry(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    await make_recording(path)

    done = castguard("verify", str(path), tmp=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "action log intact, 8 entries, head " in done.stdout
    head = done.stdout.rsplit("head ", 1)[1].strip()

    # Someone rewrites who hid message 3.
    db = sqlite3.connect(path)
    db.execute("UPDATE actions SET actor = 'nobody' WHERE id = 2")
    db.commit()
    db.close()
    done = castguard("verify", str(path), tmp=tmp_path)
    assert done.returncode == 1
    assert "BROKEN at entry #2" in done.stdout and "edited" in done.stdout

    # Put it back, then remove an entry in the middle.
    db = sqlite3.connect(path)
    db.execute("UPDATE actions SET actor = 'kim' WHERE id = 2")
    db.execute("DELETE FROM actions WHERE id = 4")
    db.commit()
    db.close()
    done = castguard("verify", str(path), tmp=tmp_path)
    assert done.returncode == 1 and "BROKEN at entry #5" in done.stdout and "removed" in done.stdout

    # Cutting entries off the end keeps the chain valid: a head noted earlier catches it.
    fresh = tmp_path / "t.db"
    await make_recording(fresh)
    db = sqlite3.connect(fresh)
    db.execute("DELETE FROM actions WHERE id = (SELECT MAX(id) FROM actions)")
    db.commit()
    db.close()
    assert castguard("verify", str(fresh), tmp=tmp_path).returncode == 0
    done = castguard("verify", str(fresh), "--head", head, tmp=tmp_path)
    assert done.returncode == 1 and "not in the action log" in done.stdout


def test_verify_of_something_that_is_not_a_session(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    done = castguard("verify", str(junk), tmp=tmp_path)
    assert done.returncode == 2 and "not a castguard session" in done.stderr
    done = castguard("verify", str(tmp_path / "missing.db"), tmp=tmp_path)
    assert done.returncode == 2 and "no such session" in done.stderr
