"""The desk marks banned and timed-out authors on every row and on their author card, with until-when."""

from __future__ import annotations

from castguard.core.model import ActionKind, MessageState, PlatformEvent, PlatformEventKind
from castguard.core.policy import Policy
from castguard.session.sanctions import BANNED_MARK, TIMED_OUT_MARK
from castguard.session.store import Store
from castguard.tui.author import AuthorCard
from castguard.tui.render import clock as wall_clock
from castguard.tui.views import QueueView
from tests.conftest import chat
from tests.test_tui_support import Clock, actions_done, make_desk, rows_shown, screen_text, settle

SIZE = (160, 30)
LINK = "check out statin-truth.info/exposed for the truth"


def _rows_with(app, mark: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [line for line in screen_text(app).splitlines() if mark in line]


async def test_a_ban_marks_every_row_of_the_author_and_clears_their_pending_items(store: Store, policy: Policy) -> None:
    messages = [
        chat(LINK, author="raider", name="Raider"),
        chat("hello doctor", author="bob", name="Bob"),
        chat(LINK + " now", author="raider", name="Raider"),
        chat("hello again", author="raider", name="Raider"),
    ]
    app, source = make_desk(store, policy, messages)
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 4)
        assert _rows_with(app, BANNED_MARK) == []
        await pilot.press("2")
        queue = app.query_one(QueueView)
        assert "2 pending of 2" in screen_text(app)
        await pilot.press("1", "g", "b", "enter")  # ban the first message's author
        await actions_done(app)
        await settle(
            pilot,
            lambda: [r.kind for r in source.requests] == [ActionKind.BAN],
            "[r.kind for r in source.requests] == [ActionKind.BAN]",
        )

        marked = _rows_with(app, BANNED_MARK)
        assert len(marked) == 3 and all("Raider" in row for row in marked)
        assert not any("Bob" in row for row in marked)

        await pilot.press("2")
        await settle(
            pilot,
            lambda: len(queue.pending_seqs) == 0 and "0 pending of 2" in screen_text(app),
            "len(queue.pending_seqs) == 0 and '0 pending of 2' in scre...",
        )
        assert all(r.state is MessageState.REMOVED for r in queue.rows)
        assert len(_rows_with(app, BANNED_MARK)) == 2  # the queue's rows carry the mark too


async def test_a_timeout_marks_the_rows_until_it_ends(store: Store, policy: Policy) -> None:
    clock = Clock(1_800_000_000.0)
    messages = [chat("hello doctor", author="troll", name="Troll", at=clock.now)]
    app, _ = make_desk(store, policy, messages, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("g", "t", "1", "enter")  # the shortest preset
        await actions_done(app)
        await settle(pilot, lambda: len(_rows_with(app, TIMED_OUT_MARK)) == 1, "the timeout's mark")
        (action,) = [a for a in store.actions() if a.kind is ActionKind.TIMEOUT]
        assert action.duration

        clock.now += action.duration + 1
        await settle(pilot, lambda: _rows_with(app, TIMED_OUT_MARK) == [], "the tick redrawing the marks")


async def test_a_ban_seen_on_the_platform_marks_the_rows_and_unban_clears_them(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("hello doctor", author="troll", name="Troll")])
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
        app.session.observe(PlatformEvent("fake", PlatformEventKind.BANNED, author_id="troll", detail="by mod2"))
        await settle(pilot, lambda: len(_rows_with(app, BANNED_MARK)) == 1, "the ban's mark")
        app.session.observe(PlatformEvent("fake", PlatformEventKind.UNBANNED, author_id="troll"))
        await settle(pilot, lambda: _rows_with(app, BANNED_MARK) == [], "the mark lifted")


async def test_the_author_card_shows_the_ban_or_the_timeout_with_until_when(store: Store, policy: Policy) -> None:
    clock = Clock(1_800_000_000.0)
    messages = [chat("hello doctor", author="troll", name="Troll", at=clock.now)]
    app, _ = make_desk(store, policy, messages, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("g", "c")
        await settle(pilot, lambda: isinstance(app.screen, AuthorCard), "isinstance(app.screen, AuthorCard)")
        assert "BANNED" not in screen_text(app) and "TIMED OUT" not in screen_text(app)
        await pilot.press("escape", "t", "1", "enter")
        await actions_done(app)
        (action,) = [a for a in store.actions() if a.kind is ActionKind.TIMEOUT]
        await pilot.press("c")
        await settle(pilot, lambda: "TIMED OUT UNTIL" in screen_text(app), "the card's timeout")
        shown = screen_text(app)
        assert f"{TIMED_OUT_MARK} TIMED OUT UNTIL {wall_clock(action.at + (action.duration or 0))}" in shown
        assert "by alex" in shown

        await pilot.press("escape", "b", "enter")
        await actions_done(app)
        await pilot.press("c")
        await settle(
            pilot,
            lambda: f"{BANNED_MARK} BANNED" in screen_text(app) and "TIMED OUT" not in screen_text(app),
            "f'{BANNED_MARK} BANNED' in screen_text(app) and 'TIMED OU...",
        )
