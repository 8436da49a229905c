"""The desk driven like a moderator would: keys in, effects on screen and in the record."""

from __future__ import annotations

import asyncio

import pytest

from castguard.core.model import ActionKind, ChatMessage, EscalationState, MessageState
from castguard.tui.app import DeskApp
from castguard.tui.screens import ConfirmAuthorAction, HelpScreen
from tests.conftest import FakeSource, MakeSession, chat
from tests.test_tui_support import TICK, actions_done, rows_shown, screen_text, settle


def desk(make_session: MakeSession, messages: list[ChatMessage]) -> tuple[DeskApp, FakeSource]:
    source = FakeSource("fake", messages, hold_open=True)
    return DeskApp(make_session(source), tick_interval=TICK), source


async def test_select_hide_escalate_undo_and_help(make_session: MakeSession) -> None:
    texts = ["hello doctor", "what a load of bullshit", "thanks for the stream", "is aspirin ok daily?"]
    app, source = desk(make_session, [chat(t) for t in texts])
    async with app.run_test(size=(180, 30)) as pilot:
        feed = await rows_shown(pilot, app, 4)
        assert feed.tail and feed.selected.message.text == "is aspirin ok daily?"

        await pilot.press("k", "k")  # up twice: "what a load of bullshit"; tail mode pauses
        assert not feed.tail
        target = feed.selected
        assert target.message.text == "what a load of bullshit"
        assert "what a load of bullshit" in screen_text(app)

        await pilot.press("h")
        await actions_done(app)
        await settle(
            pilot, lambda: feed.selected.state is MessageState.HIDDEN, "feed.selected.state is MessageState.HIDDEN"
        )
        assert source.requests[-1].kind is ActionKind.DELETE
        assert app.session.store.message(target.seq).state is MessageState.HIDDEN

        await pilot.press("u")
        await actions_done(app)
        await settle(
            pilot, lambda: feed.selected.state is MessageState.HELD, "feed.selected.state is MessageState.HELD"
        )

        await pilot.press("k", "e")  # escalate "hello doctor"
        await actions_done(app)
        await settle(
            pilot, lambda: feed.selected.message.text == "hello doctor", "feed.selected.message.text == 'hello doctor'"
        )
        assert feed.selected.escalation is EscalationState.OPEN
        assert "escalation open" in screen_text(app)

        await pilot.press("question_mark")
        await settle(pilot, lambda: isinstance(app.screen, HelpScreen), "isinstance(app.screen, HelpScreen)")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        # What the help lists, scrolled into view or not (the footer under it shows only some of the keys).
        listed = {description for _, rows in help_screen.groups for _, description, _ in rows}
        for words in ("Hide", "Escalate", "Approve", "Undo", "Timeout", "Ban", "Next flag"):
            assert words in listed
        await pilot.press("escape")
        await settle(pilot, lambda: not isinstance(app.screen, HelpScreen), "not isinstance(app.screen, HelpScreen)")

        kinds = [a.kind for a in app.session.store.actions() if a.actor == app.session.moderator]
        assert kinds == [ActionKind.HIDE, ActionKind.UNDO, ActionKind.ESCALATE]


async def test_timeout_needs_a_confirmation(make_session: MakeSession) -> None:
    app, source = desk(make_session, [chat("spam spam spam", author="spammer")])
    async with app.run_test(size=(180, 30)) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("t")
        await settle(
            pilot, lambda: isinstance(app.screen, ConfirmAuthorAction), "isinstance(app.screen, ConfirmAuthorAction)"
        )
        await pilot.press("escape")
        await settle(pilot, lambda: source.requests == [], "source.requests == []")

        await pilot.press("t", "3", "s", "enter")
        await actions_done(app)
        await pilot.pause()
        request = source.requests[-1]
        assert (request.kind, request.duration, request.reason) == (ActionKind.TIMEOUT, 3600, "spam")
        assert request.author is not None and request.author.id == "spammer"


async def test_tail_mode_pauses_and_counts_new_messages(make_session: MakeSession) -> None:
    app, _ = desk(make_session, [chat(f"message {i}") for i in range(5)])
    async with app.run_test(size=(180, 30)) as pilot:
        feed = await rows_shown(pilot, app, 5)
        await pilot.press("k")
        for i in range(40):  # more than the window holds: those that land below it are counted
            app.session.ingest(chat(f"later {i}"))
        await rows_shown(pilot, app, 45)
        # The ones drawn inside the window are seen; those below it are counted.
        assert 0 < feed.unseen < 40 and feed.selected.message.text == "message 3"
        await pilot.press("end")
        assert feed.tail and feed.unseen == 0 and feed.selected.message.text == "later 39"


async def test_next_flagged_jumps_over_clean_messages(make_session: MakeSession) -> None:
    texts = ["one", "call 415-555-2671", "two", "three", "email me at a.b@example.org", "four"]
    app, _ = desk(make_session, [chat(t) for t in texts])
    async with app.run_test(size=(180, 30)) as pilot:
        feed = await rows_shown(pilot, app, 6)
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
async def test_hostile_text_is_shown_literally(make_session: MakeSession, text: str) -> None:
    app, _ = desk(make_session, [chat(text, author="m1", name="[red]mallory[/red]")])
    async with app.run_test(size=(180, 30)) as pilot:
        feed = await rows_shown(pilot, app, 1)
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
