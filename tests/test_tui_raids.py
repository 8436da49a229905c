"""Raids on the producer view: active only while their messages arrive, accounts named as the chat knows them."""

from __future__ import annotations

from castguard.core.policy import Policy
from castguard.session.store import Store
from castguard.tui.render import clock as wall_clock
from tests.conftest import chat
from tests.test_tui_support import Clock, make_desk, rows_shown, screen_text, settle

T0 = 1_767_268_800.0


async def test_a_raid_is_active_while_it_lasts_then_says_when_it_ended(store: Store, policy: Policy) -> None:
    # r1's raid message names r2 and r3 before they have spoken; they speak afterwards.
    messages = [
        chat("JOIN THE RAID", author="r1", name="RavenOne", at=T0),
        chat("hi", author="r2", name="RavenTwo", at=T0 + 1),
        chat("JOIN THE RAID", author="r3", name="RavenThree", at=T0 + 2),
        chat("JOIN THE RAID", author="r2", name="RavenTwo", at=T0 + 3),
    ]
    now = Clock(T0 + 4)
    app, _ = make_desk(store, policy, messages, clock=now)
    async with app.run_test(size=(160, 40)) as pilot:
        await rows_shown(pilot, app, len(messages))
        await pilot.press("5")
        await settle(pilot, lambda: "● ACTIVE" in screen_text(app), "the raid shown active")
        shown = screen_text(app)
        assert "3 accounts, 3 msgs: RavenOne, RavenTwo, RavenThree" in shown
        assert not any(f"{account}," in shown or shown.rstrip().endswith(account) for account in ("r1", "r2", "r3"))
        now.now = T0 + 3 + app.stats.raid_ended + 1  # seconds after the last raid message, not minutes
        ended = f"○ ended {wall_clock(T0 + 3)}"
        await settle(pilot, lambda: ended in screen_text(app), "the raid shown ended, with when")
        assert "ACTIVE" not in screen_text(app)
