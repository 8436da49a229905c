"""An author's history across earlier recordings: counts, sanctions and notes per platform, bounded and read-only."""

from __future__ import annotations

import os
from pathlib import Path

from castguard.core.config import Config
from castguard.core.model import ActionKind, ActionResult, Author, ChatMessage, Decision, MessageRecord, Verdict
from castguard.core.policy import Policy
from castguard.session.past import author_past_history
from castguard.session.store import Store
from castguard.tui.author import AuthorCard
from tests.conftest import chat
from tests.test_tui_support import make_desk, rows_shown, screen_text, settle

T0 = 1_767_268_800.0


def recording(
    folder: Path,
    name: str,
    messages: list[tuple[str, str, str]],
    *,
    at: float,
    ban: tuple[str, str] | None = None,
    note: tuple[str, str] | None = None,
) -> Path:
    """A recording of (platform, author id, text) messages; ``ban``/``note``: (author id, reason or text)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.db"
    store = Store(path)
    store.set_meta("title", f"Broadcast {name}")
    for platform in {p for p, _, _ in messages}:
        store.record_source(f"{platform}:clinic", platform, frozenset())
    for i, (platform, author, text) in enumerate(messages):
        message = ChatMessage(f"{platform}:clinic", platform, "clinic", f"{name}-{i}", Author(author, author.title()),
                              text, at + i, at + i)  # fmt: skip
        store.add_message(MessageRecord(store.next_seq(), message, Verdict((), Decision.PASS, None)))
    store.flush()
    for what, kind in ((ban, ActionKind.BAN), (note, ActionKind.NOTE)):
        if what is not None:
            store.add_action(actor="sam", kind=kind, result=ActionResult.DONE, source="twitch:clinic",
                             author_id=what[0], reason=what[1], at=at + 100)  # fmt: skip
    store.close()
    os.utime(path, (at, at))  # newest recordings are read first: by modification time
    return path


def test_history_counts_sanctions_and_notes_per_platform(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    recording(folder, "monday", [("twitch", "kim", "hi"), ("twitch", "kim", "spam"), ("youtube", "kim", "hello")],
              at=T0, ban=("kim", "spam links"))  # fmt: skip
    recording(folder, "tuesday", [("twitch", "kim", "back again"), ("twitch", "bo", "hey")], at=T0 + 86400,
              note=("kim", "posts links, watch"))  # fmt: skip
    recording(folder, "wednesday", [("twitch", "bo", "hey")], at=T0 + 2 * 86400)
    current = recording(folder, "today", [("twitch", "kim", "now")], at=T0 + 3 * 86400, note=("kim", "today's"))
    before = sorted(p.name for p in folder.iterdir())

    past = author_past_history(folder, "twitch", "kim", exclude=current)
    assert [s.name for s in past.sessions] == ["tuesday", "monday"]  # newest first; today's is the card's own
    assert past.read == 3 and past.skipped == 0
    assert past.messages == 3 and past.flagged == 0  # the same id on YouTube is another account
    ((session, ban),) = past.sanctions
    assert session.name == "monday" and session.title == "Broadcast monday"
    assert ban.kind is ActionKind.BAN and ban.reason == "spam links"
    latest = past.latest_note
    assert latest is not None and latest[0].name == "tuesday" and latest[1].reason == "posts links, watch"

    youtube = author_past_history(folder, "youtube", "kim", exclude=current)
    assert youtube.messages == 1 and not youtube.sanctions and youtube.latest_note is None
    assert sorted(p.name for p in folder.iterdir()) == before  # read-only: no -wal or -shm left behind


def test_history_is_bounded_by_count_and_time_and_skips_unreadable_files(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    for day in range(5):
        recording(folder, f"day{day}", [("twitch", "kim", "hi")], at=T0 + day * 86400)
    (folder / "garbage.db").write_bytes(b"not a database at all")
    os.utime(folder / "garbage.db", (T0 + 9 * 86400, T0 + 9 * 86400))

    limited = author_past_history(folder, "twitch", "kim", limit=3)
    assert [s.name for s in limited.sessions] == ["day4", "day3"]  # the garbage file was the newest
    assert limited.read == 2 and limited.skipped == 4

    ticks = iter(range(100))
    timed = author_past_history(folder, "twitch", "kim", budget=2.5, clock=lambda: float(next(ticks)))
    assert 0 < timed.read < 5 and timed.read + timed.skipped == 6


async def test_the_author_card_shows_earlier_sessions_and_their_note(store: Store, policy: Policy) -> None:
    folder = Path(store.path).parent / "sessions"
    recording(folder, "monday", [("twitch", "kim", "buy followers"), ("twitch", "kim", "cheap")], at=T0,
              ban=("kim", "spam links"), note=("kim", "sells followers, ban on sight"))  # fmt: skip
    config = Config(data_dir=Path(store.path).parent, alerts={"bell": False, "flash": False})
    app, _ = make_desk(store, policy, [chat("hello again", author="kim")], config=config)
    async with app.run_test(size=(160, 40)) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("c")
        await settle(pilot, lambda: isinstance(app.screen, AuthorCard), "the author card")
        card = app.screen
        assert isinstance(card, AuthorCard)
        await settle(pilot, lambda: card.past is not None, "the earlier sessions read (in a worker)")
        await settle(pilot, lambda: "2 messages, 0 flagged in the last recording" in screen_text(app), "the counts")
        shown = screen_text(app)
        assert "ban" in shown and "spam links" in shown and "Broadcast monday" in shown
        assert "note: sells followers, ban on sight  (by sam" in shown
        # The note prompt starts from it: kept (or changed) in this session, it goes on to the next one.
        await pilot.press("m")
        await settle(pilot, lambda: "sells followers" in screen_text(app), "the note prompt")
