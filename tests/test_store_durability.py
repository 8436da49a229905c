"""Crash safety: kill -9 in the middle of a write burst loses nothing acknowledged; recording resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.store import Store
from tests.conftest import chat
from tests.test_cli import castguard

ROOT = Path(__file__).resolve().parents[1]

WRITER = """
import asyncio, sys
sys.path.insert(0, {root!r})
from castguard.session.engine import Session
from castguard.core.model import ActionKind, Author, ChatMessage
from castguard.core.policy import load_policy
from castguard.session.store import Store
from castguard.filters.pipeline import Pipeline

async def main():
    session = Session(Store({path!r}), Pipeline(load_policy()), moderator="sam", auto_actions=False)
    n = 0
    for burst in range(10**9):
        for _ in range(250):
            n += 1
            text = "this is crap" if n % 50 == 0 else f"burst {{burst}} message {{n}}"
            session.ingest(ChatMessage("fake", "twitch", "c", f"m{{n}}", Author(f"u{{n % 40}}", "U"), text, n, n))
        session.store.flush()
        print("ACK", n, flush=True)  # acknowledged: committed
        if burst % 3 == 0:
            action = await session.act(ActionKind.HIDE, n - 7, reason=f"burst {{burst}}")
            print("ACT", action.id, n - 7, flush=True)

asyncio.run(main())
"""


def test_kill_9_during_a_write_burst_loses_nothing_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "burst.db"
    script = textwrap.dedent(WRITER.format(root=str(ROOT), path=str(path)))
    acked = 0
    acted: list[tuple[int, int]] = []
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        while acked < 5000:
            line = proc.stdout.readline()
            assert line, "the writer died on its own"
            kind, *numbers = line.split()
            if kind == "ACK":
                acked = int(numbers[0])
            else:
                acted.append((int(numbers[0]), int(numbers[1])))
        # The writer is in the middle of its next burst right now.
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    store = Store(path, create=False)
    assert store.integrity_problem() is None
    assert store.verify_chain() is None
    check = store.check()
    assert check.intact, check.ledger.problems if check.ledger else check
    total = store.count()
    assert total >= acked
    # Every acknowledged message is there, in order, with nothing missing in between.
    seqs = [seq for (seq,) in store.db.execute("SELECT seq FROM messages WHERE seq <= ? ORDER BY seq", (acked,))]
    assert seqs == list(range(1, acked + 1))
    ids = {a.id: a for a in store.actions()}
    for action_id, seq in acted:
        assert ids[action_id].message_seq == seq
        assert store.message(seq).state.value == "hidden"

    # Resuming: the session continues the sequence and drops platform ids it already has.
    session = Session(store, Pipeline(load_policy()), auto_actions=False)
    assert session.ingest(chat("again", msg_id="m1")) is None
    fresh = session.ingest(chat("new after the crash", msg_id="after-crash"))
    assert fresh is not None and fresh.seq == total + 1
    store.close()


def test_record_resume_continues_the_same_session(tmp_path: Path) -> None:
    first, second = tmp_path / "part1.jsonl", tmp_path / "part2.jsonl"

    def lines(numbers: range) -> str:
        return "".join(json.dumps({"id": f"c{i}", "author": "ann", "text": f"line {i}"}) + "\n" for i in numbers)

    first.write_text(lines(range(5)))
    # The platform re-sends the last two messages after the reconnect.
    second.write_text(lines(range(3, 8)))
    session = tmp_path / "s.db"
    done = castguard("record", str(first), "-o", str(session), tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    # A second source file is a different source key: resume with the same file name to show de-duplication.
    first.write_text(second.read_text())
    done = castguard("record", str(first), "--resume", str(session), tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "recorded 3 messages" in done.stderr and "2 duplicates dropped" in done.stderr
    store = Store(session, readonly=True)
    assert store.count() == 8
    kinds = [state for _at, src, kind, state, _d in store.events() if kind == "session"]
    assert kinds == ["started", "stopped", "resumed", "stopped"]
    store.close()

    done = castguard("record", str(first), "--resume", str(tmp_path / "nope.db"), tmp=tmp_path)
    assert done.returncode == 2 and "no such session" in done.stderr


# A moderator deletes a message; the platform takes the request and never answers before the process dies.
STUCK = """
import asyncio, sys
sys.path.insert(0, {root!r})
from castguard.session.engine import Session
from castguard.core.model import ActionKind, ActionOutcome, ActionRequest, ActionResult, Author, ChatMessage
from castguard.core.policy import load_policy
from castguard.session.store import Store
from castguard.filters.pipeline import Pipeline

class StuckPlatform:
    key, platform, capabilities = "fake", "twitch", frozenset({{ActionKind.DELETE}})

    async def events(self):
        return
        yield

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        print("CALLING", request.message.id, flush=True)  # the platform may act on it from here on
        await asyncio.Event().wait()

    async def aclose(self):
        pass

async def main():
    session = Session(Store({path!r}), Pipeline(load_policy()), [StuckPlatform()], moderator="sam",
                      auto_actions=False)
    record = session.ingest(ChatMessage("fake", "twitch", "c", "m1", Author("u1", "Troll"), "what a load of crap",
                                        1.0, 1.0))
    await session.act(ActionKind.DELETE, record.seq, reason="profanity")

asyncio.run(main())
"""


def test_kill_9_during_a_platform_call_leaves_the_intent_in_the_log(tmp_path: Path) -> None:
    path = tmp_path / "stuck.db"
    script = textwrap.dedent(STUCK.format(root=str(ROOT), path=str(path)))
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().split() == ["CALLING", "m1"]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    store = Store(path, readonly=True)
    assert store.actions() == []  # no outcome was recorded...
    (intent,) = store.unresolved_intents()  # ...but what was asked of the platform was, before asking
    assert (intent.kind, intent.message_seq, intent.actor, intent.reason) == ("delete", 1, "sam", "profanity")
    assert store.check().intact
    store.close()

    unknown = "outcome unknown: delete of message #1 on fake by sam"
    done = castguard("verify", str(path), tmp=tmp_path)
    assert done.returncode == 0 and unknown in done.stdout and "the platform may have acted" in done.stdout
    done = castguard("report", str(path), "--format", "json", tmp=tmp_path)
    (listed,) = json.loads(done.stdout)["recording"]["unknown_outcomes"]
    assert listed.startswith("delete of message #1 on fake by sam")
    more = tmp_path / "more.jsonl"
    more.write_text('{"id": "x1", "author": "ann", "text": "back again"}\n')
    done = castguard("record", str(more), "--resume", str(path), tmp=tmp_path)
    assert done.returncode == 0 and unknown in done.stderr, done.stderr
