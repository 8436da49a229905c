"""The desk driven like a moderator would: keys in, effects on screen and in the record."""

from __future__ import annotations

import asyncio

import pytest
from rich.console import Console

from castguard.core.model import ActionKind, EscalationState, MessageState
from castguard.tui.app import DeskApp
from castguard.tui.feed import FeedView
from castguard.tui.screens import ConfirmAuthorAction, HelpScreen
from tests.conftest import FakeSource, chat


async def settle(pilot, app: DeskApp, rows: int) -> FeedView:  # type: ignore[no-untyped-def]
    feed = app.query_one(FeedView)
    for _ in range(200):
        await pilot.pause(0.02)
        if len(feed.rows) >= rows:
            break
    assert len(feed.rows) >= rows
    return feed


async def actions_done(app: DeskApp) -> None:
    """Wait for the moderator's actions under way (the session worker runs on)."""
    actions = [w for w in app.workers if w.group == "actions"]
    if actions:  # an empty list would mean "every worker", the never-ending session included
        await app.workers.wait_for_complete(actions)


def screen_text(app: DeskApp) -> str:
    """Everything on screen as plain text."""
    console = Console(width=200, record=True, file=open("/dev/null", "w"))
    console.print(app.screen._compositor.render_update(full=True))  # type: ignore[union-attr]
    text = console.export_text()
    console.file.close()
    return text


def desk(make_session, messages) -> tuple[DeskApp, FakeSource]:  # type: ignore[no-untyped-def]
    source = FakeSource("fake", messages, hold_open=True)
    return DeskApp(make_session(source)), source


async def test_select_hide_escalate_undo_and_help(make_session) -> None:
    texts = ["hello doctor", "what a load of bullshit", "thanks for the stream", "is aspirin ok daily?"]
    app, source = desk(make_session, [chat(t) for t in texts])
    async with app.run_test(size=(180, 30)) as pilot:
        feed = await settle(pilot, app, 4)
        assert feed.tail and feed.selected.message.text == "is aspirin ok daily?"

        await pilot.press("k", "k")  # up twice: "what a load of bullshit"; tail mode pauses
        assert not feed.tail
        target = feed.selected
        assert target.message.text == "what a load of bullshit"
        assert "what a load of bullshit" in screen_text(app)

        await pilot.press("h")
        await actions_done(app)
        await pilot.pause()
        assert feed.selected.state is MessageState.HIDDEN
        assert source.requests[-1].kind is ActionKind.DELETE
        assert app.session.store.message(target.seq).state is MessageState.HIDDEN

        await pilot.press("u")
        await actions_done(app)
        await pilot.pause()
        assert feed.selected.state is MessageState.HELD  # back to where the policy had put it

        await pilot.press("k", "e")  # escalate "hello doctor"
        await actions_done(app)
        await pilot.pause()
        assert feed.selected.message.text == "hello doctor"
        assert feed.selected.escalation is EscalationState.OPEN
        assert "escalation open" in screen_text(app)

        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = screen_text(app)
        for words in ("Hide", "Escalate", "Approve", "Undo", "Timeout", "Ban", "Next flag"):
            assert words in help_text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)

        kinds = [a.kind for a in app.session.store.actions() if a.actor == app.session.moderator]
        assert kinds == [ActionKind.HIDE, ActionKind.UNDO, ActionKind.ESCALATE]


async def test_timeout_needs_a_confirmation(make_session) -> None:
    app, source = desk(make_session, [chat("spam spam spam", author="spammer")])
    async with app.run_test(size=(180, 30)) as pilot:
        await settle(pilot, app, 1)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmAuthorAction)
        await pilot.press("escape")
        await pilot.pause()
        assert source.requests == []

        await pilot.press("t", "3", "s", "enter")
        await actions_done(app)
        await pilot.pause()
        request = source.requests[-1]
        assert (request.kind, request.duration, request.reason) == (ActionKind.TIMEOUT, 3600, "spam")
        assert request.author is not None and request.author.id == "spammer"


async def test_tail_mode_pauses_and_counts_new_messages(make_session) -> None:
    app, _ = desk(make_session, [chat(f"message {i}") for i in range(5)])
    async with app.run_test(size=(180, 30)) as pilot:
        feed = await settle(pilot, app, 5)
        await pilot.press("k")
        for i in range(3):
            app.session.ingest(chat(f"later {i}"))
        await settle(pilot, app, 8)
        assert feed.unseen == 3 and feed.selected.message.text == "message 3"
        await pilot.press("end")
        assert feed.tail and feed.unseen == 0 and feed.selected.message.text == "later 2"


async def test_next_flagged_jumps_over_clean_messages(make_session) -> None:
    texts = ["one", "call 415-555-2671", "two", "three", "email me at a.b@example.org", "four"]
    app, _ = desk(make_session, [chat(t) for t in texts])
    async with app.run_test(size=(180, 30)) as pilot:
        feed = await settle(pilot, app, 6)
        await pilot.press("g", "n")
        assert feed.selected.message.text == "call 415-555-2671"
        await pilot.press("n")
        assert feed.selected.message.text == "email me at a.b@example.org"


HOSTILE = [
    "[bold]not bold[/bold]",
    "[/",
    "[@click=app.quit]click me[/]",
    "\x1b[2J\x1b[31mred\x1b]0;title\x07 and \x1b[?1049h",
    "\u202eevil bidi\u202c and zero\u200bwidth",
    "[link=https://evil.example]x[/link] $text ${x} {name}",
    "A" * 100_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=["bold", "open", "click", "escapes", "bidi", "link", "100KB"])
async def test_hostile_text_is_shown_literally(make_session, text: str) -> None:
    app, _ = desk(make_session, [chat(text, author="m1", name="[red]mallory[/red]")])
    async with app.run_test(size=(180, 30)) as pilot:
        feed = await settle(pilot, app, 1)
        await pilot.pause()
        shown = screen_text(app)
        assert app.is_running  # [@click=app.quit] did nothing
        assert "[red]mallory[/red]" in shown
        record = feed.selected
        assert "\x1b" not in record.message.text and "\u202e" not in record.message.text
        assert len(record.message.text) <= 2000
        if text.startswith("[bold]"):
            assert "[bold]not bold[/bold]" in shown
        if text.startswith("[@click"):
            assert "[@click=app.quit]click me[/]" in shown
        await pilot.press("h")
        await actions_done(app)
        await asyncio.sleep(0)
        assert app.session.store.message(record.seq).message.raw is not None or record.message.text == text
