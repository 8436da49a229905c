"""What moderators expect of a desk: any duration and reason, quitting with care, a legend of the marks."""

from __future__ import annotations

import pytest

from castguard.core.model import ActionKind, EscalationState
from castguard.core.policy import Policy
from castguard.session.sanctions import BANNED_MARK, TIMED_OUT_MARK
from castguard.session.store import Store
from castguard.tui.screens import (
    REASONS,
    ConfirmAuthorAction,
    ConfirmBulk,
    ConfirmQuit,
    HelpScreen,
    timeout_seconds,
)
from tests.conftest import MakeSession, chat
from tests.test_tui import desk
from tests.test_tui_support import actions_done, make_desk, rows_shown, screen_text, settle

SIZE = (160, 45)


@pytest.mark.parametrize(
    ("typed", "seconds"), [("90s", 90), ("10m", 600), ("2h", 7200), ("7d", 604800), ("1h30m", 5400), ("45", 45)]
)
def test_any_typed_duration_within_the_platforms_limit(typed: str, seconds: int) -> None:
    assert timeout_seconds(typed) == seconds


@pytest.mark.parametrize("typed", ["0s", "15d", "soon", "1w", "9" * 50, "-5m"])
def test_durations_that_are_not_a_timeout_are_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        timeout_seconds(typed)


async def test_timeout_with_a_typed_duration_and_reason(make_session: MakeSession) -> None:
    app, source = desk(make_session, [chat("spam spam spam", author="spammer")])
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("t")
        await settle(pilot, lambda: isinstance(app.screen, ConfirmAuthorAction), "the timeout dialog")
        # A duration that is not one keeps the dialog open and says why.
        await pilot.press("d", *"3 weeks", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmAuthorAction) and "invalid duration" in screen_text(app)
        assert source.requests == []
        await pilot.press(*["backspace"] * 7, *"90s", "tab", *"[b]doxxing[/b] the host", "enter")
        await actions_done(app)
        await settle(pilot, lambda: source.requests != [], "the timeout request")
        request = source.requests[-1]
        assert (request.kind, request.duration, request.reason) == (ActionKind.TIMEOUT, 90, "[b]doxxing[/b] the host")
        recorded = app.session.store.actions()[-1]
        assert (recorded.duration, recorded.reason) == (90, "[b]doxxing[/b] the host")


async def test_ban_takes_a_typed_reason_and_the_preset_keys_still_work(make_session: MakeSession) -> None:
    app, source = desk(make_session, [chat("you are vile", author="troll")])
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("t", "4", "a", "enter")  # presets by key: 24 hours, harassment
        await actions_done(app)
        await settle(pilot, lambda: len(source.requests) == 1, "the timeout request")
        assert (source.requests[-1].duration, source.requests[-1].reason) == (86400, "harassment")
        await pilot.press("b", "r", *"slurs in chat", "enter")
        await actions_done(app)
        await settle(pilot, lambda: len(source.requests) == 2, "the ban request")
        assert (source.requests[-1].kind, source.requests[-1].reason) == (ActionKind.BAN, "slurs in chat")


async def test_the_bulk_dialog_has_the_same_reason_keys_and_any_duration(store: Store, policy: Policy) -> None:
    # "a" is harassment here as in the timeout/ban dialog (test above), where it used to be "h".
    assert dict(REASONS)["a"] == "harassment"
    app, _ = make_desk(store, policy, [chat(f"buy followers {i}", author="bot") for i in range(3)])
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 3)
        await pilot.press("H")
        await settle(pilot, lambda: isinstance(app.screen, ConfirmBulk), "the bulk dialog")
        await pilot.press("t", "a", "d", *"7d", "enter")
        await actions_done(app)
        timeouts = [a for a in store.actions() if a.kind is ActionKind.TIMEOUT]
        assert [(a.duration, a.reason) for a in timeouts] == [(604800, "harassment")]


async def test_quit_with_open_escalations_asks_first(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("hello doctor"), chat("is this safe with ibuprofen?")])
    exits: list[object] = []
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 2)
        app.exit = lambda *args, **kwargs: exits.append(args)  # type: ignore[method-assign]
        await pilot.press("e", "k", "e")
        await actions_done(app)
        await settle(pilot, lambda: app.stats.snapshot(0).open_escalations == 2, "two open escalations")
        await pilot.press("q")
        await settle(pilot, lambda: isinstance(app.screen, ConfirmQuit), "the quit confirmation")
        assert "2 escalations not resolved (2 open, 0 acknowledged)" in screen_text(app)
        await pilot.press("n")
        await settle(pilot, lambda: not isinstance(app.screen, ConfirmQuit), "back on the desk")
        assert exits == []
        await pilot.press("q", "y")
        await settle(pilot, lambda: exits != [], "the desk quits")
        assert feed.selected is not None and feed.selected.escalation is EscalationState.OPEN


async def test_quit_with_nothing_open_quits_at_once(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("hello doctor")])
    exits: list[object] = []
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
        app.exit = lambda *args, **kwargs: exits.append(args)  # type: ignore[method-assign]
        await pilot.press("q")
        await settle(pilot, lambda: exits != [], "the desk quits")
        assert not isinstance(app.screen, ConfirmQuit)


async def test_help_and_the_palette_explain_every_row_mark(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("hello doctor")])
    async with app.run_test(size=(120, 120)) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("question_mark")
        await settle(pilot, lambda: isinstance(app.screen, HelpScreen), "the help screen")
        shown = screen_text(app)
        for mark, meaning in [(BANNED_MARK, "banned"), (TIMED_OUT_MARK, "timed out"), ("⚑", "another moderator"),
                              ("✓", "approved"), ("●", "critical"), ("▲", "warning"), ("⏸", "held"),
                              ("✗", "hidden"), ("PENDING", "nobody has handled"), ("OPEN", "escalated")]:  # fmt: skip
            line = next((line for line in shown.splitlines() if mark in line and meaning in line), None)
            assert line is not None, (mark, meaning)
        assert "Hide" in shown  # the keys are still there, above the legend
        await pilot.press("escape")
        await settle(pilot, lambda: not isinstance(app.screen, HelpScreen), "help closed")
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        commands["Legend"].callback()
        await settle(pilot, lambda: isinstance(app.screen, HelpScreen), "the legend")
        shown = screen_text(app)
        assert BANNED_MARK in shown and "what the marks mean" in shown and "Moderation" not in shown
