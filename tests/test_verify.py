"""``castguard verify``: every row a reviewer relies on is checked against the recording's hash-chained ledger,
and a head kept elsewhere catches what a chain alone cannot (entries cut off the end, forged appends)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from castguard.core.model import ActionKind, ActionResult
from castguard.session import ledger
from castguard.session.store import GENESIS_HASH, Store, _action_digest
from tests.recordings import make_recording
from tests.test_cli import castguard

HEAD = re.compile(r"castguard-head:\d+:[0-9a-f]{64}(?::hmac-sha256:[0-9a-f]{64})?")


async def recorded(tmp_path: Path, name: str = "s.db") -> Path:
    """The known broadcast, with the session's sources in its metadata and a reviewer's note."""
    path = tmp_path / name
    await make_recording(path)
    store = Store(path, create=False)
    store.set_meta("sources", "fake")
    store.add_note("the phone number stayed up for a second", author="rev", message_seq=2)
    store.close()
    return path


def tamper(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    """Change the file with plain SQL, as anyone who can write it could."""
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement, params if statement == statements[-1] else ())
    db.commit()
    db.close()


def verify(path: Path, *args: str) -> tuple[int, str]:
    done = castguard("verify", str(path), *args, tmp=path.parent)
    assert not done.stderr, done.stderr
    return done.returncode, done.stdout


def head_of(output: str) -> str:
    heads = HEAD.findall(output)
    assert heads, output
    return heads[-1]


def copy(path: Path, name: str) -> Path:
    target = path.with_name(name)
    shutil.copy(path, target)
    return target


async def test_an_untouched_recording_verifies_and_shows_its_head(tmp_path: Path) -> None:
    path = await recorded(tmp_path)
    status, out = verify(path)
    assert status == 0, out
    assert "action log intact, 8 entries" in out
    assert "recording intact, every row matches its ledger (messages 10, findings 6, events 1, notes 1, " in out
    head = head_of(out)
    status, out = verify(path, "--head", head)
    assert status == 0 and f"matches the exported head ({head})" in out, out


# What someone with write access to the file might change, and what verify then says.
TAMPERING = [
    ("an edited message", "UPDATE messages SET text = 'see you all tomorrow' WHERE seq = 4", "messages #"),
    ("a renamed author", "UPDATE messages SET author_name = 'someone_else' WHERE seq = 3", "messages #"),
    ("a hidden message shown as never hidden", "UPDATE messages SET state = 'visible' WHERE seq = 3",
     "message #3: its state differs from the last recorded change"),
    ("a deleted finding", "DELETE FROM findings WHERE message_seq = 2", "(with their findings) differ from ledger"),
    ("an added finding", "INSERT INTO findings VALUES (5, 'profanity', 2, 0, 6, 'x', '', '')",
     "(with their findings) differ from ledger"),
    ("a deleted message", "DELETE FROM messages WHERE seq = 9", "messages #9 (with their findings) differ"),
    ("a message slipped in", "INSERT INTO messages SELECT 99, source, platform, channel, 'm99', author_id, "
     "author_name, roles, 'an extra line', raw, kind, reply_to, extra, sent_at, received_at, decision, severity, "
     "categories, sentiment, policy_version, state, escalation, escalate FROM messages WHERE seq = 1",
     "messages not in the ledger: 1 (first #99), added outside castguard"),
    ("an edited event", "UPDATE events SET detail = 'nothing happened'", "events #1 differ from ledger entry"),
    ("a deleted event", "DELETE FROM events", "events #1 differ from ledger entry"),
    ("an edited note", "UPDATE notes SET text = 'all good'", "notes #1 differ from ledger entry"),
    ("an edited policy", "UPDATE policies SET text = text || '\n# everything allowed'", "policies: '"),
    ("edited metadata", "UPDATE meta SET value = 'twitch:elsewhere' WHERE key = 'sources'",
     "metadata entries: 'sources' differs from ledger entry"),
    ("added metadata", "INSERT INTO meta VALUES ('moderator', 'nobody')",
     "metadata entries: 'moderator' is not in the ledger"),
    ("a removed source", "DELETE FROM sources", "sources: 'fake' was removed"),
    ("an edited action intent", "UPDATE intents SET actor = 'nobody' WHERE id = 1", "action intents #1 differ"),
    ("the last action removed", "DELETE FROM actions WHERE id = 8", "actions #8 differ from ledger entry"),
    ("an edited ledger entry", "UPDATE ledger SET detail = 'fine' WHERE id = 5", "ledger entry #5 was edited"),
    ("a removed ledger entry", "DELETE FROM ledger WHERE id = 12", "ledger entries #12–#12 are missing"),
    # Garbage in the ledger itself is reported, never a traceback.
    ("a ledger range that is not a number", "UPDATE ledger SET first = 'x' WHERE id = 6",
     "ledger entry #6 cannot be read"),
    ("a state change that is not one", "UPDATE ledger SET detail = '{\"state\": [1]}' WHERE tbl = 'state'",
     "cannot be read"),
    ("a ledger entry of an unknown kind", "UPDATE ledger SET tbl = 'users' WHERE id = 7",
     "ledger entry #7 cannot be read"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "sql", "said"), TAMPERING, ids=[t[0] for t in TAMPERING])
async def test_verify_catches_a_change_to_any_table(tmp_path: Path, change: str, sql: str, said: str) -> None:
    path = await recorded(tmp_path)
    tamper(path, sql)
    status, out = verify(path)
    assert status == 1, out
    assert "recording TAMPERED" in out and said in out, out


async def test_the_action_log_keeps_its_own_chain(tmp_path: Path) -> None:
    path = await recorded(tmp_path)
    tamper(path, "UPDATE actions SET actor = 'nobody' WHERE id = 2")
    status, out = verify(path)
    assert status == 1 and "action log BROKEN at entry #2" in out and "edited" in out, out

    fresh = await recorded(tmp_path, "t.db")
    tamper(fresh, "DELETE FROM actions WHERE id = 4")
    status, out = verify(fresh)
    assert status == 1 and "BROKEN at entry #5" in out and "removed" in out, out


async def test_an_action_forged_onto_the_log_without_its_ledger_entry_is_caught(tmp_path: Path) -> None:
    path = await recorded(tmp_path)
    store = Store(path, readonly=True)
    last = store.actions()[-1]
    store.close()
    # A forger who knows the action log's format appends a ban with a valid action-log hash.
    row = {
        "at": last.at + 1, "actor": "kim", "kind": "ban", "message_seq": 3, "source": "fake", "author_id": "troll",
        "reason": "", "duration": None, "result": "done", "response": "", "undoes": None, "prev_state": "hidden",
    }  # fmt: skip
    digest = _action_digest(last.hash or GENESIS_HASH, dict(row))
    tamper(
        path,
        "INSERT INTO actions (at, actor, kind, message_seq, source, author_id, reason, duration, result, response,"
        " undoes, prev_state, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params=(*row.values(), last.hash, digest),
    )
    status, out = verify(path)
    assert status == 1, out
    assert "action log intact, 9 entries" in out  # the action log alone is fooled...
    assert "actions not in the ledger: 1 (first #9), added outside castguard" in out  # ...the ledger is not


async def test_a_head_kept_elsewhere_catches_a_cut_tail_a_forged_append_and_a_rewrite(tmp_path: Path) -> None:
    path = await recorded(tmp_path)
    head = head_of(verify(path)[1])

    # Everything from the last action on (a timeout with its intent, then metadata and a note) cut off,
    # ledger entries too: what is left is a whole chain.
    cut = copy(path, "cut.db")
    tamper(
        cut,
        "DELETE FROM actions WHERE id = 8",
        "DELETE FROM intents WHERE id = 3",
        "DELETE FROM meta WHERE key = 'sources'",
        "DELETE FROM notes",
        "DELETE FROM ledger WHERE id >= (SELECT id FROM ledger WHERE tbl = 'intents' AND first = 3)",
    )
    assert verify(cut)[0] == 0  # nothing inside the file can show what is no longer there
    status, out = verify(cut, "--head", head)
    assert status == 1 and "before the exported head" in out and "entries were cut off the end" in out, out

    # A ban appended through castguard's own code: every hash recomputed, so the file is consistent.
    forged = copy(path, "forged.db")
    store = Store(forged, create=False)
    store.add_action(actor="kim", kind=ActionKind.BAN, result=ActionResult.DONE, message_seq=4, source="fake",
                     author_id="troll")  # fmt: skip
    store.close()
    assert verify(forged)[0] == 0
    status, out = verify(forged, "--head", head)
    assert status == 1 and "1 ledger entry was added after the exported head (actions 1)" in out, out

    # A message edited, then the whole ledger rebuilt from the edited rows, as long as the original.
    rewritten = copy(path, "rewritten.db")
    tamper(rewritten, "UPDATE messages SET text = 'see you all tomorrow' WHERE seq = 4", "DELETE FROM ledger")
    db = sqlite3.connect(rewritten)
    ledger.seal_everything(db, detail="created")
    while ledger.current_head(db).entries < 40:
        ledger.seal_key(db, "meta", "sources")
    db.commit()
    db.close()
    assert verify(rewritten)[0] == 0
    status, out = verify(rewritten, "--head", head)
    assert status == 1 and "is not the exported head: the recording was rewritten" in out, out


def private_config(tmp_path: Path, key: str) -> Path:
    config = tmp_path / f"config-{key[:4]}.toml"
    config.write_text(f'[verify]\nhead_key = "{key}"\n')
    config.chmod(0o600)
    return config


def test_a_signed_head_cannot_be_forged_without_the_key(tmp_path: Path) -> None:
    chat = tmp_path / "chat.jsonl"
    chat.write_text("".join(f'{{"id": "c{i}", "author": "ann", "text": "line {i}"}}\n' for i in range(5)))
    config = private_config(tmp_path, "k" * 32)
    path = tmp_path / "s.db"
    done = castguard("--config", str(config), "record", str(chat), "-o", str(path), tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "session head (signed): castguard-head:" in done.stderr
    signed = head_of(done.stderr)
    assert ":hmac-sha256:" in signed

    done = castguard("--config", str(config), "verify", str(path), "--head", signed, tmp=tmp_path)
    assert done.returncode == 0 and "signature checked" in done.stdout, done.stdout
    # The report carries the head (signed): it can be checked against later.
    report = tmp_path / "report.md"
    done = castguard("--config", str(config), "report", str(path), "-o", str(report), tmp=tmp_path)
    assert done.returncode == 0 and signed in report.read_text()
    done = castguard("--config", str(config), "verify", str(path), "--head", str(report), tmp=tmp_path)
    assert done.returncode == 0, done.stdout

    # Someone appends an entry and writes down a head for the new end under the old signature.
    store = Store(path, create=False)
    store.add_note("nothing to see", author="rev")
    new_head = store.head()
    store.close()
    assert new_head is not None
    forged = f"{new_head}:hmac-sha256:{signed.rsplit(':', 1)[1]}"
    done = castguard("--config", str(config), "verify", str(path), "--head", forged, tmp=tmp_path)
    assert done.returncode == 1 and "the head's signature does not match" in done.stdout, done.stdout
    # Signed with another key, or no key at hand: not accepted either.
    other = private_config(tmp_path, "x" * 32)
    done = castguard("--config", str(other), "verify", str(path), "--head", signed, tmp=tmp_path)
    assert done.returncode == 1 and "signature does not match" in done.stdout
    done = castguard("verify", str(path), "--head", signed, tmp=tmp_path)
    assert done.returncode == 1 and "no key is configured" in done.stdout
    # And the append itself shows against the head that was signed before it.
    done = castguard("--config", str(config), "verify", str(path), "--head", str(report), tmp=tmp_path)
    assert done.returncode == 1 and "added after the exported head (notes 1)" in done.stdout, done.stdout


def test_bad_heads_are_usage_errors(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    done = castguard("verify", str(path), "--head", "not-a-head", tmp=tmp_path)
    assert done.returncode == 2 and "give a head (castguard-head:N:HASH...)" in done.stderr
    two = tmp_path / "two.txt"
    two.write_text(f"castguard-head:1:{'a' * 64}\ncastguard-head:2:{'b' * 64}\n")
    done = castguard("verify", str(path), "--head", str(two), tmp=tmp_path)
    assert done.returncode == 2 and "2 different heads" in done.stderr


def test_verify_of_something_that_is_not_a_session(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    done = castguard("verify", str(junk), tmp=tmp_path)
    assert done.returncode == 2 and "not a castguard session" in done.stderr
    done = castguard("verify", str(tmp_path / "missing.db"), tmp=tmp_path)
    assert done.returncode == 2 and "no such session" in done.stderr
