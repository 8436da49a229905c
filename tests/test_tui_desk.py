"""Every workflow of the moderator's and the producer's desk, driven by keys."""

from __future__ import annotations

import io
import time
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from textual.widget import Widget
from textual.widgets import ContentSwitcher

from castguard.core.config import Config
from castguard.core.model import ActionKind, EscalationState, MessageState
from castguard.core.policy import Policy
from castguard.session.engine import UNDO_GRACE
from castguard.session.stats import Snapshot
from castguard.session.store import Store
from castguard.tui.app import DETAIL_FOLLOW_INTERVAL, DeskApp
from castguard.tui.author import AuthorCard
from castguard.tui.detail import DetailPane
from castguard.tui.feed import FeedView
from castguard.tui.screens import ConfirmBulk, HelpScreen, NotePrompt
from castguard.tui.search import SearchScreen
from castguard.tui.views import InboxView, OnAirView, QueueView
from castguard.tui.widgets import AlertBanner, LockdownBanner
from tests.conftest import chat
from tests.test_tui_support import RAIDERS, Clock, actions_done, make_desk, rows_shown, screen_text, settle

SIZE = (180, 40)
MIXED = ["hello doctor", "what a load of bullshit", "thanks for the stream", "you are full of shit", "great show"]


async def test_views_switch_with_one_key_and_the_queue_works_oldest_first(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat(t) for t in MIXED])
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 5)
        switcher = app.query_one(ContentSwitcher)
        for key, view in [("2", "queue"), ("3", "inbox"), ("4", "onair"), ("5", "producer"), ("1", "feed")]:
            await pilot.press(key)
            assert switcher.current == f"view-{view}"

        await pilot.press("2")
        queue = app.query_one(QueueView)
        assert [r.message.text for r in queue.rows] == ["what a load of bullshit", "you are full of shit"]
        assert queue.selected.message.text == "what a load of bullshit"  # oldest first, selected
        assert "PENDING" in screen_text(app) and "2 pending of 2" in screen_text(app)

        await pilot.press("a")  # approve the oldest
        await actions_done(app)
        await settle(
            pilot,
            lambda: queue.rows[0].state is MessageState.APPROVED and len(queue.pending_seqs) == 1,
            "queue.rows[0].state is MessageState.APPROVED and len(queu...",
        )
        assert "1 pending of 2" in screen_text(app)
        await pilot.press("g", "n")  # next pending skips the handled one
        assert queue.selected.message.text == "you are full of shit"
        await pilot.press("k", "u")  # undo the approval: pending again
        await actions_done(app)
        await settle(
            pilot,
            lambda: queue.rows[0].state is MessageState.HELD and len(queue.pending_seqs) == 2,
            "queue.rows[0].state is MessageState.HELD and len(queue.pe...",
        )


async def test_escalate_with_a_note_then_acknowledge_and_resolve_in_the_inbox(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat(t) for t in MIXED])
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 5)
        await pilot.press("g", "E")
        assert isinstance(app.screen, NotePrompt)
        await pilot.press(*"legal should see this", "enter")
        await actions_done(app)
        await settle(
            pilot,
            lambda: feed.selected.escalation is EscalationState.OPEN,
            "feed.selected.escalation is EscalationState.OPEN",
        )
        escalate = store.actions()[-1]
        assert (escalate.kind, escalate.reason) == (ActionKind.ESCALATE, "legal should see this")

        await pilot.press("3")
        inbox = app.query_one("#inbox", InboxView)
        await settle(
            pilot,
            lambda: [r.message.text for r in inbox.rows] == ["hello doctor"],
            "[r.message.text for r in inbox.rows] == ['hello doctor']",
        )
        shown = screen_text(app)
        assert "OPEN" in shown and "legal should see this" in shown and "by alex" in shown
        await pilot.press("A")
        await actions_done(app)
        await settle(
            pilot,
            lambda: inbox.selected.escalation is EscalationState.ACKNOWLEDGED,
            "inbox.selected.escalation is EscalationState.ACKNOWLEDGED",
        )
        assert "ACK" in screen_text(app)
        await pilot.press("A")  # twice: refused, nothing recorded
        await actions_done(app)
        # Resolving asks what was done; the answer is recorded with the resolution.
        await pilot.press("R")
        await settle(pilot, lambda: isinstance(app.screen, NotePrompt), "the resolve note prompt")
        await pilot.press(*"called back, forwarded to legal", "enter")
        await actions_done(app)
        await settle(
            pilot,
            lambda: inbox.selected.escalation is EscalationState.RESOLVED,
            "inbox.selected.escalation is EscalationState.RESOLVED",
        )
        kinds = [a.kind for a in store.actions() if a.actor == "alex"]
        assert kinds == [ActionKind.ESCALATE, ActionKind.ACKNOWLEDGE, ActionKind.RESOLVE]
        assert store.actions()[-1].reason == "called back, forwarded to legal"
        assert app.stats.snapshot(time.time()).escalations[0].time_to_acknowledge is not None


async def test_undo_only_within_the_grace_period(store: Store, policy: Policy) -> None:
    clock = Clock(time.time())
    app, source = make_desk(store, policy, [chat("hello doctor")], clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 1)
        await pilot.press("h")
        await actions_done(app)
        await settle(
            pilot,
            lambda: "u undoes hide by alex (10m00s left)" in screen_text(app),
            "'u undoes hide by alex (10m00s left)' in screen_text(app)",
        )
        clock.now += UNDO_GRACE + 1
        await pilot.press("u")
        await actions_done(app)
        await settle(
            pilot, lambda: feed.selected.state is MessageState.HIDDEN, "feed.selected.state is MessageState.HIDDEN"
        )
        assert [a.kind for a in store.actions()] == [ActionKind.HIDE]
        assert [r.kind for r in source.requests] == [ActionKind.DELETE]


async def test_on_air_shows_passed_and_approved_messages_after_the_delay(store: Store, policy: Policy) -> None:
    now = time.time()
    clock = Clock(now)
    texts = ["welcome everyone", "what a load of bullshit", "great show", "call 415-555-2671"]
    app, _ = make_desk(store, policy, [chat(t, at=now) for t in texts], clock=clock, on_air_delay=10)
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 4)
        onair = app.query_one(OnAirView)
        await settle(
            pilot,
            lambda: onair.items == [] and len(onair.waiting) == 2,
            "onair.items == [] and len(onair.waiting) == 2",
        )
        clock.now += 10.5
        await settle(
            pilot,
            lambda: [r.message.text for r in onair.items] == ["welcome everyone", "great show"],
            "[r.message.text for r in onair.items] == ['welcome everyo...",
        )

        await pilot.press("1", "g", "j", "a")  # approve the held profanity: on air at once (its delay is over)
        await actions_done(app)
        await settle(
            pilot,
            lambda: [r.message.text for r in onair.items][-1] == "what a load of bullshit",
            "[r.message.text for r in onair.items][-1] == 'what a load...",
        )
        await pilot.press("g", "h")  # hide "welcome everyone": taken off the air
        await actions_done(app)
        await settle(
            pilot,
            lambda: "welcome everyone" not in [r.message.text for r in onair.items],
            "'welcome everyone' not in [r.message.text for r in onair....",
        )
        await pilot.press("4")
        shown = screen_text(app)
        assert "great show" in shown and "415-555-2671" not in shown and "ON AIR" in shown
        assert feed.rows[3].state is MessageState.HIDDEN  # the phone number never reached the air


async def test_on_air_never_shows_the_personal_data_of_an_approved_message(store: Store, policy: Policy) -> None:
    texts = ["great show", "email me the slides at jane.doe@example.com please"]
    app, _ = make_desk(store, policy, [chat(t) for t in texts])
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 2)
        assert feed.rows[1].state is MessageState.HELD  # an e-mail address is held for a moderator
        await pilot.press("1", "G", "a")  # the moderator approves the question: it may go on air
        await actions_done(app)
        await pilot.press("4")
        onair = app.query_one(OnAirView)
        await settle(pilot, lambda: len(onair.items) == 2, "the approved message on air")
        assert [r.state for r in onair.items] == [MessageState.VISIBLE, MessageState.APPROVED]
        shown = screen_text(app)
        assert "email me the slides at [email] please" in shown and "jane.doe" not in shown


async def test_lockdown_is_loud_on_every_view_and_holds_warnings(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("hello")])
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("L")
        await pilot.pause()
        for key in "12345":
            await pilot.press(key)
            assert app.screen.has_class("lockdown") and app.query_one(LockdownBanner).display
            assert "LOCKDOWN" in screen_text(app)
        await pilot.press("slash")
        await settle(
            pilot,
            lambda: isinstance(app.screen, SearchScreen) and "LOCKDOWN" in screen_text(app),
            "isinstance(app.screen, SearchScreen) and 'LOCKDOWN' in sc...",
        )
        await pilot.press("escape")
        record = app.session.ingest(chat("REPEAT REPEAT"))  # warn and flag: lockdown holds it
        assert record is not None and record.verdict.flagged and record.state is MessageState.HELD
        await pilot.press("L")
        await settle(pilot, lambda: not app.screen.has_class("lockdown"), "not app.screen.has_class('lockdown')")
        assert [a.reason for a in store.actions() if a.kind is ActionKind.LOCKDOWN] == ["on", "off"]
        record = app.session.ingest(chat("REPEAT REPEAT"))
        assert record is not None and record.state is MessageState.VISIBLE


async def test_author_card_history_note_and_watch(store: Store, policy: Policy) -> None:
    messages = [
        chat("hi", author="mallory"),
        chat("what a load of bullshit", author="mallory"),
        chat("hello", author="bob"),
    ]
    app, _ = make_desk(store, policy, messages)
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 3)
        await pilot.press("k", "c")
        await settle(pilot, lambda: isinstance(app.screen, AuthorCard), "the author card")
        card = app.screen
        assert isinstance(card, AuthorCard)
        shown = screen_text(app)
        assert "2 messages, 1 flagged" in shown and "profanity ×1" in shown and "note: none" in shown
        await pilot.press("h")  # desk keys act on the card's selection
        await actions_done(app)
        await pilot.pause()
        await pilot.press("m")
        assert isinstance(app.screen, NotePrompt)
        await pilot.press(*"repeat offender", "enter")
        await actions_done(app)
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        shown = screen_text(app)
        assert "note: repeat offender" in shown and "WATCHED" in shown and "hide" in shown
        notes = [a for a in store.actions() if a.kind is ActionKind.NOTE]
        assert [(n.reason, n.author_id) for n in notes] == [("repeat offender", "mallory")]
        await pilot.press("escape")
        assert "mallory" in feed.watched
        app.session.ingest(chat("I'm back", author="mallory"))
        await rows_shown(pilot, app, 4)
        assert feed.rows[-1].message.author.id in feed.watched


async def test_hide_every_message_of_an_author_in_one_step(store: Store, policy: Policy) -> None:
    messages = [chat(f"spam {i}", author="spammer") for i in range(6)] + [chat("hello", author="bob")]
    app, source = make_desk(store, policy, messages)
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 7)
        await pilot.press("g", "H")
        assert isinstance(app.screen, ConfirmBulk)
        assert "6 message(s)" in screen_text(app)
        await pilot.press("escape")
        assert not source.requests
        await pilot.press("H", "enter")
        await actions_done(app)
        await settle(
            pilot,
            lambda: [r.state for r in feed.rows] == [MessageState.HIDDEN] * 6 + [MessageState.VISIBLE],
            "[r.state for r in feed.rows] == [MessageState.HIDDEN] * 6...",
        )
        assert len([a for a in store.actions() if a.kind is ActionKind.HIDE]) == 6  # each undoable on its own
        await pilot.press("u")
        await actions_done(app)
        await settle(
            pilot, lambda: feed.rows[0].state is MessageState.VISIBLE, "feed.rows[0].state is MessageState.VISIBLE"
        )


async def test_raid_accounts_are_timed_out_in_one_step(store: Store, policy: Policy) -> None:
    messages = [chat("JOIN THE RAID", author=a) for a in RAIDERS for _ in range(2)] + [chat("hello", author="bob")]
    app, source = make_desk(store, policy, messages)
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 7)
        await pilot.press("5")
        await settle(
            pilot, lambda: "3 accounts, 6 msgs: R1, R2, R3" in screen_text(app), "the raid on the producer view"
        )
        await pilot.press("1", "g", "R")
        assert isinstance(app.screen, ConfirmBulk)
        assert "3 account(s), 6 message(s)" in screen_text(app)
        await pilot.press("t", "3", "enter")
        await actions_done(app)
        timeouts = [r for r in source.requests if r.kind is ActionKind.TIMEOUT]
        assert sorted(r.author.id for r in timeouts) == list(RAIDERS)
        assert {(r.duration, r.reason) for r in timeouts} == {(3600, "spam")}
        assert not any(r.author.id == "bob" for r in source.requests)


async def test_search_the_session_and_act_on_a_result(store: Store, policy: Policy) -> None:
    messages = [chat(t, author=a) for t, a in [("hello", "bob"), ("call 415-555-2671", "eve"), ("hi", "eve")]]
    app, _ = make_desk(store, policy, messages)
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 3)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"from:eve -category:privacy", "enter")
        results = app.screen.query_one("#results", FeedView)
        await settle(pilot, lambda: bool(results.rows), "the search results")
        assert [r.message.text for r in results.rows] == ["hi"]
        assert "1 match —" in screen_text(app)
        await pilot.press("h")
        await actions_done(app)
        await settle(
            pilot,
            lambda: results.selected.state is MessageState.HIDDEN,
            "results.selected.state is MessageState.HIDDEN",
        )
        await pilot.press("slash", "ctrl+a", *"is:bogus", "enter")
        await settle(pilot, lambda: "unknown is:bogus" in screen_text(app), "the query's error")
        await pilot.press("escape")
        assert not isinstance(app.screen, SearchScreen)


async def test_keymap_from_the_config_file(store: Store, policy: Policy, tmp_path: Path) -> None:
    config = Config(data_dir=tmp_path, keymap={"desk.hide": "x", "view.queue": "f2"}, alerts={"bell": False})
    app, _ = make_desk(store, policy, [chat("hello")], config=config)
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 1)
        await pilot.press("h")
        await actions_done(app)
        assert feed.selected.state is MessageState.VISIBLE
        await pilot.press("x")
        await actions_done(app)
        await settle(
            pilot, lambda: feed.selected.state is MessageState.HIDDEN, "feed.selected.state is MessageState.HIDDEN"
        )
        await pilot.press("f2")
        assert app.query_one(ContentSwitcher).current == "view-queue"
        await pilot.press("question_mark")
        await settle(pilot, lambda: isinstance(app.screen, HelpScreen), "the help screen")
        shown = screen_text(app)
        assert "x " in shown and "Hide" in shown and "All by author" in shown
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        listed = {(key, description) for _, rows in help_screen.groups for key, description, _ in rows}
        assert ("x", "Hide") in listed and any(description == "Search" for _, description in listed)


async def test_command_palette_has_every_action(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("hello")])
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 1)
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        for title in ["Hide", "Escalate", "Escalate+note", "Approve", "Undo", "Timeout", "Ban", "All by author",
                      "Raid", "Author", "Watch", "Search", "Feed", "Queue", "Inbox", "On air", "Producer",
                      "Lockdown", "Help", "Next flag"]:  # fmt: skip
            assert title in commands, title
        assert "h" in commands["Hide"].help
        await commands["Hide"].callback()
        await actions_done(app)
        await settle(
            pilot, lambda: feed.selected.state is MessageState.HIDDEN, "feed.selected.state is MessageState.HIDDEN"
        )


@pytest.mark.parametrize("enabled", [True, False])
async def test_critical_findings_ring_and_flash(store: Store, policy: Policy, tmp_path: Path, enabled: bool) -> None:
    config = Config(data_dir=tmp_path, alerts={"bell": enabled, "flash": enabled})
    app, _ = make_desk(store, policy, [chat("hello"), chat("call me at 415-555-2671")], config=config)
    rings: list[None] = []
    app.bell = lambda: rings.append(None)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 2)
        banner = app.query_one(AlertBanner)
        assert len(rings) == (1 if enabled else 0)
        assert banner.has_class("shown") is enabled
        if enabled:
            assert "privacy.phone" in screen_text(app)


async def test_producer_role_opens_on_the_risk_view(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("hello"), chat("I want to die")], role="producer")
    async with app.run_test(size=SIZE) as pilot:
        inbox = await rows_shown(pilot, app, 1, "#producer-inbox")
        assert app.query_one(ContentSwitcher).current == "view-producer"
        await settle(pilot, lambda: "1 open escalations" in screen_text(app), "the producer's figures")
        shown = screen_text(app)
        assert "msgs/min" in shown and "Flagged share by category" in shown and "1 open escalations" in shown
        assert "Sentiment" in shown and "Raids" in shown and "time to acknowledge" in shown
        await pilot.press("A")
        await actions_done(app)
        await settle(pilot, lambda: "0 open escalations" in screen_text(app), "the figures after the acknowledgement")
        assert inbox.selected.escalation is EscalationState.ACKNOWLEDGED


def _pane_text(app: DeskApp) -> str:
    console = Console(width=120, record=True, file=io.StringIO())
    console.print(app.desk_screen.query_one("#detail", DetailPane).content)
    return console.export_text()


async def test_the_detail_pane_follows_the_feed_at_a_readable_pace_and_the_cursor_at_once(
    store: Store, policy: Policy
) -> None:
    app, _ = make_desk(store, policy, [chat(f"question number {n}") for n in range(1, 6)])
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 5)
        await settle(
            pilot, lambda: "question number 5" in _pane_text(app), "the newest in the pane", DETAIL_FOLLOW_INTERVAL * 20
        )
        assert feed.tail  # following: the newest, shortly after

        await pilot.press("k")  # the moderator takes over: the pane shows the cursor's message immediately
        assert not feed.tail and feed.selected.message.text == "question number 4"
        assert "question number 4" in _pane_text(app)

        await pilot.press("end")  # following again
        await settle(
            pilot, lambda: "question number 5" in _pane_text(app), "the newest again", DETAIL_FOLLOW_INTERVAL * 20
        )


async def test_a_refresh_after_the_desk_closed_draws_nothing(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("hello")])
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
    assert app.lists() == []  # the refresh timer's last tick as the desk closes: no screen, nothing to draw on


@pytest.mark.parametrize("view", ["1", "3", "4", "5"])
async def test_a_desk_with_nothing_new_draws_nothing_again(
    store: Store, policy: Policy, monkeypatch: pytest.MonkeyPatch, view: str
) -> None:
    """Ticks that change nothing redraw nothing: a desk left open on a quiet chat keeps no CPU busy.

    The moment is fixed (a stopped clock), an escalation is open and an author timed out, so every figure,
    waiting time and mark the ticks look at is there and unchanged.
    """
    clock = Clock(1_800_000_000.0)
    app, _ = make_desk(store, policy, [chat(t, author=f"u{i}") for i, t in enumerate(MIXED)], clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 5)
        await pilot.press("k", "e", "k", "t", "4", "a", "enter")  # escalate one message, time out its neighbour
        await actions_done(app)
        await settle(pilot, lambda: len(app.session.sanctions) == 1, "a timeout in force")
        await settle(pilot, lambda: feed.rows[3].escalation is EscalationState.OPEN, "an open escalation")
        await pilot.press(view)
        ticks: list[float] = []
        snapshot = app.stats.snapshot

        def tick(now: float) -> Snapshot:
            ticks.append(now)
            return snapshot(now)

        monkeypatch.setattr(app.stats, "snapshot", tick)
        await settle(pilot, lambda: len(ticks) >= 3, "the ticks after the last key")  # the screen as they leave it

        drawn: list[str] = []
        refresh = Widget.refresh

        def counting(widget: Widget, *args: Any, **kwargs: Any) -> Widget:
            drawn.append(type(widget).__name__)
            return refresh(widget, *args, **kwargs)

        monkeypatch.setattr(Widget, "refresh", counting)
        await settle(pilot, lambda: len(ticks) >= 13, "ten more ticks")
        assert drawn == []
