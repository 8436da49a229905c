"""Hostile chat on every view, snapshots of the main screens, and following a live recording."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot

from castguard.core.model import (
    ActionKind,
    ConnectionEvent,
    ConnectionState,
    EscalationState,
    PlatformEvent,
    PlatformEventKind,
)
from castguard.core.policy import Policy
from castguard.session.engine import Session
from castguard.session.follow import SessionTail
from castguard.session.store import Store
from castguard.tui.adverse import AdverseLane
from castguard.tui.author import AuthorCard
from castguard.tui.feed import FeedView
from castguard.tui.follow import FollowApp
from castguard.tui.replies import ReplyPicker
from castguard.tui.screens import HelpScreen, NotePrompt
from castguard.tui.search import SearchScreen
from castguard.tui.views import InboxView, OnAirView
from tests.conftest import MakeSession, chat
from tests.test_tui import HOSTILE
from tests.test_tui_support import Clock, actions_done, make_desk, rows_shown, screen_text, settle

SIZE = (180, 40)
SNAPSHOTS = Path(__file__).parent / "snapshots"


def literal(shown: str, text: str) -> None:
    """The visible part of ``text`` is on screen as typed (no markup parsed, no escape sequence)."""
    assert "\x1b" not in shown and "\u202e" not in shown
    for probe in ("[bold]not bold[/bold]", "[@click=app.quit]click me[/]", "[link=https://evil.example]x[/link]"):
        if text.startswith(probe):
            assert probe in shown.replace("\n", "")


@pytest.mark.parametrize("text", HOSTILE, ids=["bold", "open", "click", "escapes", "bidi", "link", "100KB"])
async def test_hostile_text_is_inert_on_every_view(store: Store, policy: Policy, text: str) -> None:
    author = "[red]mallory[/red]"
    app, _ = make_desk(store, policy, [chat(text, author=author), chat("RAID " + text, author=author)])
    async with app.run_test(size=(200, 40)) as pilot:
        feed = await rows_shown(pilot, app, 2)
        name = feed.rows[0].message.author.name
        await pilot.press("g", "a", "4")  # approved (some hostile strings are flagged as spam): on air
        await settle(pilot, lambda: name in screen_text(app), "the on-air view")
        shown = screen_text(app)
        assert app.is_running and name in shown
        literal(shown, text)
        await actions_done(app)
        await pilot.press("1", "g", "e")  # escalate: queue and inbox
        await actions_done(app)
        for key in "235":
            await pilot.press(key)
            await settle(pilot, lambda: name in screen_text(app), f"the author on view {key}")
            shown = screen_text(app)
            assert app.is_running and name in shown, key
            literal(shown, text)
        await pilot.press("1", "g", "c")  # author card
        await settle(pilot, lambda: isinstance(app.screen, AuthorCard), "isinstance(app.screen, AuthorCard)")
        shown = screen_text(app)
        assert name in shown and app.is_running
        literal(shown, text)
        await pilot.press("escape", "slash", *f"from:{author}", "enter")  # search results
        results = app.screen.query_one("#results", FeedView)
        await settle(pilot, lambda: bool(results.rows), "the search results")
        assert isinstance(app.screen, SearchScreen) and len(results.rows) == 2
        shown = screen_text(app)
        assert app.is_running
        literal(shown, text)


# -- snapshots ---------------------------------------------------------------------------------

T0 = 1_767_268_800.0  # 2026-01-01 12:00:00 UTC
SCRIPT = [
    ("maria", "Good morning doctor, watching from Ohio", 0),
    ("james", "what a load of crap", 2),
    ("aisha", "call me at 415-555-2671 about my results", 4),
    ("wei", "I want to die", 6),
    ("olga", "Thank you, this is so helpful", 8),
    ("carlos", "JOIN THE RAID", 9),
]


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _normalised(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()).rstrip() + "\n"


async def check_snapshot(pilot: Pilot[None], name: str) -> None:
    """The screen matches tests/snapshots/NAME.txt once drawn (``UPDATE_SNAPSHOTS=1`` rewrites; a missing one fails)."""
    path = SNAPSHOTS / f"{name}.txt"
    app = pilot.app
    if path.exists() and not os.environ.get("UPDATE_SNAPSHOTS"):
        expected = path.read_text(encoding="utf-8")
        # Wait for the screen to be drawn as recorded (bounded): the assertion below shows the difference if not.
        with contextlib.suppress(AssertionError):
            await settle(pilot, lambda: _normalised(screen_text(app)) == expected, name, timeout=5)
    else:
        await pilot.pause()
    text = _normalised(screen_text(app))
    # Not a CASTGUARD_ variable: the tests run without those (tests/conftest.py).
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no snapshot {path}: review the screen and write it with UPDATE_SNAPSHOTS=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from {path} (UPDATE_SNAPSHOTS=1 rewrites it)"


async def test_snapshots_of_the_main_screens(store: Store, policy: Policy, utc: None) -> None:
    clock = Clock(T0 + 30)
    messages = [chat(text, author=a, at=T0 + dt, msg_id=f"s{i}") for i, (a, text, dt) in enumerate(SCRIPT)]
    app, _ = make_desk(store, policy, messages, clock=clock)
    app.session.moderator = "alex"
    async with app.run_test(size=(160, 32)) as pilot:
        await rows_shown(pilot, app, len(SCRIPT))
        await pilot.pause()
        app.clear_notifications()
        await pilot.press("1", "g")
        await check_snapshot(pilot, "feed")
        for key, name in [("2", "queue"), ("3", "inbox"), ("4", "onair"), ("5", "producer")]:
            await pilot.press(key)
            await check_snapshot(pilot, name)
        await pilot.press("1", "g", "j", "c")
        await check_snapshot(pilot, "author_card")
        await pilot.press("escape", "slash", *"is:flagged -from:wei", "enter")
        await check_snapshot(pilot, "search")


# -- follow ------------------------------------------------------------------------------------


async def first_read(app: FollowApp, pilot: Pilot[None]) -> InboxView:
    """The follower's inbox, once the first read of the recording (in a worker thread) is shown."""
    inbox = app.query_one(InboxView)
    await settle(pilot, lambda: bool(inbox.rows), "the first read")
    return inbox


def toasts(app: App[Any]) -> list[tuple[str, str]]:
    """(title, message) of the notifications shown, checking none of them parses markup."""
    shown = list(app._notifications)
    assert not any(n.markup for n in shown)
    return [(n.title, n.message) for n in shown]


async def test_follow_shows_the_producer_view_and_writes_acknowledgements_back(make_session: MakeSession) -> None:
    writer: Session = make_session()
    writer.ingest(chat("hello"))
    escalated = writer.ingest(chat("I want to die", author="sad"))
    assert escalated is not None
    writer.store.flush()
    tail = SessionTail(writer.store.path, actor="producer")
    app = FollowApp(tail)
    async with app.run_test(size=SIZE) as pilot:
        inbox = await first_read(app, pilot)
        assert [r.seq for r in inbox.rows] == [escalated.seq]
        writer.ingest(chat("I will sue you", author="angry"))
        await writer.set_lockdown(True)
        writer.store.flush()
        await settle(pilot, lambda: len(inbox.rows) == 2 and app.screen.has_class("lockdown"), "the next read")
        await settle(pilot, lambda: "2 open escalations" in screen_text(app), "the figures redrawn")
        shown = screen_text(app)
        assert "LOCKDOWN" in shown and "2 open escalations" in shown and "msgs/min" in shown
        await pilot.press("g", "A")
        await settle(pilot, lambda: inbox.rows[0].escalation is EscalationState.ACKNOWLEDGED, "the acknowledgement")
        await settle(pilot, lambda: "ACK" in screen_text(app) and "producer" in screen_text(app), "ACK by producer")
    stored = writer.store.message(escalated.seq)
    assert stored is not None and stored.escalation is EscalationState.ACKNOWLEDGED
    assert writer.store.verify_chain() is None
    tail.close()


async def test_follow_shows_platform_removals_and_connection_states(make_session: MakeSession) -> None:
    writer: Session = make_session()
    writer.observe(ConnectionEvent("fake", ConnectionState.CONNECTED))
    deleted, timed_out, cleared = (
        writer.ingest(chat(text, author=author, msg_id=f"esc-{author}"))
        for text, author in [("I want to die", "sad"), ("I will sue you", "angry"), ("I want to die too", "low")]
    )
    assert deleted and timed_out and cleared
    writer.store.flush()
    tail = SessionTail(writer.store.path, actor="producer")
    app = FollowApp(tail)
    async with app.run_test(size=SIZE) as pilot:
        inbox = await first_read(app, pilot)
        assert "● fake connected" in screen_text(app)

        def shown_states() -> list[str]:
            return [r.state.value for r in inbox.rows]

        assert shown_states() == ["held"] * 3  # escalations are held off air
        writer.observe(ConnectionEvent("fake", ConnectionState.RECONNECTING, "connection dropped"))
        writer.observe(PlatformEvent("fake", PlatformEventKind.DELETED, message_id="esc-sad"))
        await settle(pilot, lambda: shown_states() == ["removed", "held", "held"], "the deletion read")
        await settle(pilot, lambda: "● fake reconnecting" in screen_text(app), "the connection state read")
        shown = screen_text(app)
        assert "● fake reconnecting" in shown
        assert toasts(app) == [("Seen on the platform", "fake: deleted esc-sad")]
        await pilot.press("g")
        await settle(pilot, lambda: "state removed" in screen_text(app), "the detail of the first row")

        writer.observe(PlatformEvent("fake", PlatformEventKind.TIMED_OUT, author_id="angry", duration=600))
        await settle(pilot, lambda: shown_states() == ["removed", "removed", "held"], "the timeout read")

        await pilot.press("G")  # the detail pane follows the selected row as it changes
        await settle(pilot, lambda: "state held" in screen_text(app), "the detail of the last row")
        writer.observe(ConnectionEvent("fake", ConnectionState.FAILED, "[bold]token revoked"))
        writer.observe(PlatformEvent("fake", PlatformEventKind.CLEARED))
        await settle(pilot, lambda: shown_states() == ["removed"] * 3, "the chat clear read")
        await settle(pilot, lambda: "state removed" in screen_text(app), "the detail pane following the row")
        shown = screen_text(app)
        assert "● fake failed" in shown and "state removed" in shown
        assert toasts(app)[-2:] == [
            ("Source failed", "fake: [bold]token revoked"),
            ("Seen on the platform", "fake: cleared"),
        ]
    tail.close()


async def test_the_recording_desk_picks_up_a_followers_acknowledgement(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("hello"), chat("I want to die", author="sad")])
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 2)
        await pilot.press("3")
        inbox = await rows_shown(pilot, app, 1, "#inbox")
        app.session.store.flush()
        tail = SessionTail(store.path, actor="producer")
        tail.start()
        tail.act(ActionKind.ACKNOWLEDGE, inbox.rows[0].seq)
        # The desk reads the log on its periodic tick.
        await settle(pilot, lambda: inbox.rows[0].escalation is EscalationState.ACKNOWLEDGED, "the log read")
        await settle(pilot, lambda: "ACK" in screen_text(app) and "producer" in screen_text(app), "ACK by producer")
        await pilot.press("R")
        await settle(pilot, lambda: isinstance(app.screen, NotePrompt), "the resolve note prompt")
        await pilot.press("enter")
        await actions_done(app)
        await settle(pilot, lambda: store.actions()[-1].actor == "alex", "the resolution")
        assert store.verify_chain() is None
        assert [a.actor for a in store.actions()][-2:] == ["producer", "alex"]
        tail.close()


@pytest.mark.parametrize("text", HOSTILE[:5], ids=["bold", "open", "click", "escapes", "bidi"])
async def test_hostile_text_is_inert_in_the_adverse_event_lane_and_the_reply_picker(
    store: Store, policy: Policy, text: str
) -> None:
    author = "[red]mallory[/red]"
    report = chat("my mom got a rash after her second dose of Lipitor " + text, author=author)
    app, _ = make_desk(store, policy, [report])
    async with app.run_test(size=(200, 40)) as pilot:
        feed = await rows_shown(pilot, app, 1)
        name = feed.rows[0].message.author.name
        await pilot.press("5")  # the producer view holds the adverse-event lane
        app.query_one(AdverseLane).reload()  # it reloads once a second on its own
        await settle(pilot, lambda: "Adverse events: 1 to forward" in screen_text(app), "the adverse-event lane")
        shown = screen_text(app)
        assert app.is_running and "Adverse events: 1 to forward" in shown and name[:8] in shown
        await pilot.press("1", "g", "r")  # the reply picker fills {author} with the viewer's name
        await settle(pilot, lambda: isinstance(app.screen, ReplyPicker), "isinstance(app.screen, ReplyPicker)")
        shown = screen_text(app)
        assert app.is_running and name in shown
        literal(shown, text[:40])


@pytest.mark.parametrize("size", [(80, 24), (120, 30)], ids=["80x24", "120x30"])
async def test_snapshots_on_small_terminals_keep_the_selected_message_readable(
    store: Store, policy: Policy, utc: None, size: tuple[int, int]
) -> None:
    clock = Clock(T0 + 30)
    messages = [chat(text, author=a, at=T0 + dt, msg_id=f"s{i}") for i, (a, text, dt) in enumerate(SCRIPT)]
    app, _ = make_desk(store, policy, messages, clock=clock)
    app.session.moderator = "alex"
    width, height = size
    async with app.run_test(size=size) as pilot:
        await rows_shown(pilot, app, len(SCRIPT))
        await pilot.pause()
        app.clear_notifications()
        # The feed on its second message, the queue and inbox on their first item, the producer's inbox too.
        await pilot.press("1", "g", "j")
        for key, name in [("1", "feed"), ("2", "queue"), ("3", "inbox"), ("5", "producer")]:
            await pilot.press(key)
            view = app.current_view()

            def chosen(view: FeedView | OnAirView = view) -> bool:
                return view.selected is not None

            await settle(pilot, chosen, f"a selection on the {name}")
            selected = view.selected
            assert selected is not None
            await check_snapshot(pilot, f"{name}_{width}x{height}")
            # The selected row shows the message itself, not only its marks, author and category.
            words = selected.message.text.split()
            assert " ".join(words[:2]) in screen_text(app), f"{name} at {width}x{height}: no message text"
        await pilot.press("1", "question_mark")
        await settle(pilot, lambda: isinstance(app.screen, HelpScreen), "the help screen")
        await check_snapshot(pilot, f"help_{width}x{height}")


async def test_the_status_line_shows_a_sources_quota_gauge_and_the_recording_keeps_it(
    store: Store, policy: Policy
) -> None:
    app, _ = make_desk(store, policy, [chat("hello")])
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
        app.session.observe(ConnectionEvent("fake", ConnectionState.CONNECTED, "streaming", gauge="quota 5u · ~60/h"))
        await settle(pilot, lambda: "● fake connected quota 5u · ~60/h" in screen_text(app), "the gauge drawn")
        app.session.store.flush()
    kept = [e for e in store.events_after(0)[1] if isinstance(e, ConnectionEvent) and "quota" in e.detail]
    assert kept[-1].detail == "streaming · quota 5u · ~60/h"
