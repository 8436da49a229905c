"""Faults never lose messages silently: unstorable text is made storable, work that dies stops the session loudly."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from castguard import cli
from castguard.connectors.irc import IrcChat
from castguard.connectors.runtime import Backoff, LiveSource
from castguard.connectors.twitch import TwitchSource
from castguard.core.model import ActionKind, Author, ChatMessage, ConnectionEvent, ConnectionState
from castguard.core.policy import Policy, load_policy
from castguard.core.text import clean_text
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session, SessionFailed, SessionUpdate
from castguard.session.replay import RecordingReader, ReplayController, ReplaySource
from castguard.session.store import Store, StoreWriteError
from tests.conftest import FakeSource, chat
from tests.fakes.events import EventReader
from tests.fakes.twitch import FakeTwitchChat, privmsg
from tests.recordings import make_recording

LONE = ["\ud800", "\udfff", "a\udbffz", "\udc00\ud800"]


def storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# -- lone surrogates ---------------------------------------------------------------------------


@pytest.mark.parametrize("surrogate", LONE, ids=["high", "low", "inside", "reversed-pair"])
def test_lone_surrogates_become_replacement_characters(surrogate: str) -> None:
    cleaned = clean_text(f"hi {surrogate} there")
    assert storable(cleaned) and "\ufffd" in cleaned and cleaned.startswith("hi ")


def test_a_surrogate_pair_becomes_its_character() -> None:
    assert clean_text("smile \ud83d\ude00") == "smile \U0001f600"


@pytest.mark.parametrize("surrogate", LONE, ids=["high", "low", "inside", "reversed-pair"])
def test_a_message_with_surrogates_everywhere_is_stored_with_its_original(
    store: Store, policy: Policy, surrogate: str
) -> None:
    message = ChatMessage(
        source="jsonl", platform="jsonl", channel=f"c{surrogate}", id=f"id{surrogate}",
        author=Author(f"u{surrogate}", f"name{surrogate}", frozenset({f"vip{surrogate}"})),
        text=f"text {surrogate}", sent_at=1.0, received_at=1.0, reply_to=f"r{surrogate}",
    )  # fmt: skip
    record = Session(store, Pipeline(policy)).ingest(message)
    assert record is not None
    store.flush()
    stored = store.message(record.seq)
    assert stored is not None
    m = stored.message
    for value in (m.text, m.raw, m.id, m.channel, m.author.id, m.author.name, *m.author.roles, m.reply_to):
        assert value is not None and storable(value)
    assert m.raw is not None and "\ufffd" in m.raw  # the original is kept, as far as a file can hold it


def test_record_keeps_every_message_of_a_jsonl_file_with_surrogates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "chat.jsonl"
    lines = []
    for i in range(10):
        text = "bad \\ud800 x" if i == 3 else f"hello {i}"
        author = "mallory\\udfff" if i == 5 else f"viewer{i}"
        ident = f"m{i}\\ud83d" if i == 7 else f"m{i}"
        lines.append(f'{{"id": "{ident}", "author": "{author}", "text": "{text}"}}')
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "out.db"
    assert cli.main(["record", str(source), "-o", str(output)]) == 0
    assert "recorded 10 messages" in capsys.readouterr().err
    db = sqlite3.connect(output)
    assert db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 10
    texts = [r[0] for r in db.execute("SELECT text FROM messages ORDER BY seq")]
    assert texts[3] == "bad \ufffd x"
    db.close()


# -- a flush that fails ------------------------------------------------------------------------


class Locked:
    """Another connection holding the recording's write lock (as a stuck process would)."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.db.execute("ROLLBACK")
        self.db.close()


def test_a_flush_that_fails_keeps_its_batch_for_the_next_one(store: Store, policy: Policy) -> None:
    session = Session(store, Pipeline(policy))
    for i in range(5):
        session.ingest(chat(f"hello {i}"))
    store.db.execute("PRAGMA busy_timeout = 10")
    lock = Locked(store.path)
    with pytest.raises(StoreWriteError, match="5 message"):
        store.flush()
    assert store.pending == 5
    lock.release()
    assert store.flush() == 5
    assert store.count() == 5 and store.pending == 0


async def test_a_flush_that_fails_stops_the_session_with_the_error(store: Store, policy: Policy) -> None:
    source = FakeSource("fake", [chat(f"hello {i}") for i in range(3)], hold_open=True)
    session = Session(store, Pipeline(policy), [source], flush_interval=0.01)
    store.db.execute("PRAGMA busy_timeout = 10")
    lock = Locked(store.path)
    try:
        with pytest.raises(SessionFailed, match="writing the recording failed: StoreWriteError") as failed:
            await asyncio.wait_for(session.run(), 5)  # a source held open: only the failure can end this run
    finally:
        lock.release()
    assert isinstance(failed.value.__cause__, StoreWriteError)
    assert session.failure is failed.value and source.closed
    assert store.flush() == 3  # nothing was dropped: the batch waited for the lock to go


class FlakyStore(Store):
    """A recording whose writes start failing after ``good`` flushes (a disk that fills up)."""

    good = 0

    def flush(self) -> int:
        if self.pending and FlakyStore.good <= 0:
            raise StoreWriteError(f"{self.path}: {self.pending} message(s) could not be written (disk full)")
        FlakyStore.good -= 1
        return super().flush()


def test_record_stops_with_one_line_and_a_failing_status_when_the_recording_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "chat.jsonl"
    source.write_text("".join(json.dumps({"id": i, "author": "a", "text": f"hi {i}"}) + "\n" for i in range(10)))
    monkeypatch.setattr("castguard.session.store.Store", FlakyStore)
    FlakyStore.good = 0
    status = cli.main(["record", str(source), "-o", str(tmp_path / "out.db")])
    err = capsys.readouterr().err
    assert status == 1
    lines = [line for line in err.splitlines() if line.startswith("castguard:")]
    assert lines == [
        f"castguard: session stopped: writing the recording failed: StoreWriteError: {tmp_path / 'out.db'}: "
        "10 message(s) could not be written (disk full)"
    ]
    assert "recorded 10 messages" not in err and "Traceback" not in err.split("castguard:")[-1]


# -- background work that dies -----------------------------------------------------------------


class BrokenService:
    """A service (like the escalation webhook) whose worker dies."""

    def on_update(self, update: SessionUpdate) -> None:
        pass

    async def run(self) -> None:
        await asyncio.sleep(0)
        raise RuntimeError("webhook worker crashed")

    async def drain(self, timeout: float = 5.0) -> None:
        pass


async def test_a_service_that_dies_stops_the_session(store: Store, policy: Policy) -> None:
    source = FakeSource("fake", [chat("hello")], hold_open=True)
    session = Session(store, Pipeline(policy), [source], flush_interval=0.01)
    session.add_service(BrokenService())
    with pytest.raises(SessionFailed, match="BrokenService failed: RuntimeError: webhook worker crashed"):
        await asyncio.wait_for(session.run(), 5)
    assert store.count() == 1  # what was received is written before the session ends


async def test_a_failure_while_judging_stops_the_session_instead_of_ending_the_source_quietly(
    store: Store, policy: Policy
) -> None:
    class Crashing(Pipeline):
        def evaluate(self, message: ChatMessage):  # type: ignore[no-untyped-def]
            raise ValueError("filter bug")

        evaluate_many = None  # type: ignore[assignment]

    source = FakeSource("fake", [chat("hello")], hold_open=True)
    session = Session(store, Crashing(policy), [source], flush_interval=0.01)
    with pytest.raises(SessionFailed, match="recording fake failed: ValueError: filter bug"):
        await asyncio.wait_for(session.run(), 5)


async def test_a_failing_source_is_reported_and_the_others_go_on(store: Store, policy: Policy) -> None:
    bad = FakeSource("bad", [chat("one", source="bad"), OSError("socket gone")])
    good = FakeSource("good", [chat(f"ok {i}", source="good") for i in range(3)])
    session = Session(store, Pipeline(policy), [bad, good], flush_interval=0.01)
    seen: list[SessionUpdate] = []
    session.subscribe(seen.append)
    await asyncio.wait_for(session.run(), 5)
    failed = [u for u in seen if isinstance(u, ConnectionEvent) and u.state is ConnectionState.FAILED]
    assert [(e.source, e.detail) for e in failed] == [("bad", "OSError: socket gone")]
    assert store.count() == 4 and session.failure is None


class ReaderBug(BaseException):
    """Not an ``Exception``: LiveSource's supervisor cannot turn it into a connection event."""


class DyingReader(LiveSource):
    """A connector whose reader task dies of an error its own error handling does not catch."""

    platform = "jsonl"

    async def _run_once(self) -> None:
        await self._connected("reading")
        raise ReaderBug("reader died")


async def test_a_reader_task_that_dies_ends_its_events_with_the_error() -> None:
    source = DyingReader("dying", backoff=Backoff(initial=0.01))
    events = source.events()
    seen = []
    with pytest.raises(ReaderBug):
        async with asyncio.timeout(5):  # before: the iterator waited forever for the dead reader
            async for event in events:
                seen.append(event)
    assert [e.state for e in seen if isinstance(e, ConnectionEvent)] == [
        ConnectionState.CONNECTING, ConnectionState.CONNECTED,
    ]  # fmt: skip
    await source.aclose()


async def test_a_twitch_keepalive_that_fails_reconnects_instead_of_stopping_quietly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_ping(self: IrcChat, token: str) -> str:
        raise RuntimeError("ping builder broke")

    monkeypatch.setattr(IrcChat, "ping", broken_ping)
    async with FakeTwitchChat() as fake:
        source = TwitchSource(
            "clinic", {"twitch": {"irc_url": fake.url}}, ping_interval=0.05, ping_timeout=0.05,
            backoff=Backoff(initial=0.01, cap=0.05),
        )  # fmt: skip
        reader = EventReader(source)
        await fake.wait_joined()
        await fake.send(privmsg("k1", "still reading"))
        event = await reader.state(ConnectionState.RECONNECTING)
        assert "keepalive failed: RuntimeError: ping builder broke" in event.detail
        await reader.close()


async def test_a_replay_whose_timer_fails_reports_it_instead_of_spinning(tmp_path: Path) -> None:
    async def broken_sleep(seconds: float) -> None:
        raise OSError("timer gone")

    await make_recording(tmp_path / "broadcast.db")
    original = Store(tmp_path / "broadcast.db", readonly=True)
    controller = ReplayController(RecordingReader(original), speed=1.0, sleep=broken_sleep)
    source = ReplaySource(original, controller=controller)
    session = Session(Store(Store.MEMORY), source.pipeline(load_policy()), [source], auto_actions=False)
    seen: list[SessionUpdate] = []
    session.subscribe(seen.append)
    run = asyncio.create_task(session.run())
    try:
        for _ in range(500):  # before: the replay waited in a loop of failing sleeps, forever
            if any(isinstance(u, ConnectionEvent) and u.state is ConnectionState.FAILED for u in seen):
                break
            await asyncio.sleep(0.01)
        failed = [u for u in seen if isinstance(u, ConnectionEvent) and u.state is ConnectionState.FAILED]
        assert [e.detail for e in failed] == ["OSError: timer gone"]
    finally:
        run.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await run
        original.close()


# -- the desk shows it ---------------------------------------------------------------------------


async def test_the_desk_shows_a_stopped_recording_and_keeps_showing_it(store: Store, policy: Policy) -> None:
    from tests.test_tui_support import make_desk, rows_shown, screen_text, settle

    app, _source = make_desk(store, policy, [chat("hello doctor")])
    async with app.run_test(size=(180, 30)) as pilot:
        await rows_shown(pilot, app, 1)
        store.db.execute("PRAGMA busy_timeout = 10")
        lock = Locked(store.path)
        try:
            app.session.ingest(chat("after the disk filled up"))
            await settle(pilot, lambda: app.stopped is not None, "the session to stop")
            await settle(pilot, lambda: "RECORDING STOPPED" in screen_text(app), "the failure on screen")
            shown = screen_text(app)
        finally:
            lock.release()
        assert app.stopped is not None and "writing the recording failed" in app.stopped
        assert "RECORDING STOPPED" in shown
        assert any(n.severity == "error" and n.title == "RECORDING STOPPED" for n in app._notifications)


async def test_a_bulk_action_attempts_every_message_then_reports_an_unexpected_error(
    store: Store, policy: Policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = FakeSource("fake", [])
    session = Session(store, Pipeline(policy), [source])
    seqs = [r.seq for r in (session.ingest(chat(f"hello {i}", source="fake")) for i in range(3)) if r is not None]
    add_action = store.add_action

    def failing_for_the_second(**fields):  # type: ignore[no-untyped-def]
        if fields.get("message_seq") == seqs[1]:
            raise sqlite3.OperationalError("disk I/O error")
        return add_action(**fields)

    monkeypatch.setattr(store, "add_action", failing_for_the_second)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        await session.act_many(ActionKind.HIDE, seqs, concurrency=1)
    assert sorted(a.message_seq or 0 for a in store.actions()) == [seqs[0], seqs[2]]  # the third was still acted on
