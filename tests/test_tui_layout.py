"""The desk on small terminals: every list keeps room for the message itself."""

from __future__ import annotations

import pytest

from castguard.policy import Policy
from castguard.store import Store
from tests.conftest import chat
from tests.test_tui_support import actions_done, make_desk, screen_text, settle

CLEAN = "good morning from Lisbon, my mother watches every week with me"
FLAGGED = "what a load of bullshit, my cardiologist told me the exact opposite last year"


def in_a_row(screen: str, author: str, text: str) -> bool:
    """A list row shows the (shortened) author's name, then ``text`` (not only the detail pane)."""
    return any(author in line and f": {text}" in line for line in screen.splitlines())


@pytest.mark.parametrize(("size", "shown"), [((80, 24), 40), ((100, 30), 40), ((120, 30), 40)])
async def test_a_laptop_split_screen_shows_the_messages(store: Store, policy: Policy, size: tuple[int, int],
                                                        shown: int) -> None:  # fmt: skip
    app, _ = make_desk(store, policy, [chat(CLEAN, author="a_very_long_viewer_name_1987"), chat(FLAGGED)])
    async with app.run_test(size=size) as pilot:
        await settle(pilot, app, 2)
        await pilot.press("e")  # the flagged message goes to the inbox too
        await actions_done(app)
        await pilot.pause(0.1)
        app.clear_notifications()
        await pilot.pause(0.1)
        feed = screen_text(app, size[0])
        assert in_a_row(feed, "A_Very_Long", CLEAN[:shown]) and in_a_row(feed, "Viewer1", FLAGGED[:shown])
        for key in "23":  # the queue, the escalation inbox
            await pilot.press(key)
            await pilot.pause(0.1)
            assert in_a_row(screen_text(app, size[0]), "Viewer1", FLAGGED[:shown]), key
