"""The desk on small terminals: every list keeps room for the message itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from castguard.core.config import Config
from castguard.core.model import ActionKind
from castguard.core.policy import Policy
from castguard.session.store import Store
from castguard.tui.app import DeskApp
from castguard.tui.screens import HelpScreen
from castguard.tui.views import InboxView
from tests.conftest import chat
from tests.test_tui_support import actions_done, make_desk, rows_shown, screen_text, settle

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
        await rows_shown(pilot, app, 2)
        await pilot.press("e")  # the flagged message goes to the inbox too
        await actions_done(app)
        await pilot.pause()
        app.clear_notifications()
        await settle(pilot, lambda: in_a_row(screen_text(app), "Viewer1", FLAGGED[:shown]), "the rows redrawn")
        feed = screen_text(app)
        assert in_a_row(feed, "A_Very_Long", CLEAN[:shown]) and in_a_row(feed, "Viewer1", FLAGGED[:shown])
        for key in "23":  # the queue, the escalation inbox
            await pilot.press(key)
            await settle(
                pilot,
                lambda: in_a_row(screen_text(app), "Viewer1", FLAGGED[:shown]),
                "in_a_row(screen_text(app), 'Viewer1', FLAGGED[:shown])",
            )
            assert in_a_row(screen_text(app), "Viewer1", FLAGGED[:shown]), key


async def test_help_lists_castguards_keys_grouped_and_scrolls_on_a_small_terminal(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat(CLEAN)])
    async with app.run_test(size=(80, 24)) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("question_mark")
        await settle(pilot, lambda: isinstance(app.screen, HelpScreen), "isinstance(app.screen, HelpScreen)")
        first = screen_text(app)
        assert "Moderation" in first and "Hide the selected message" in first
        assert "Stop the desk" not in first, "the last group is below the fold at 80×24"
        seen = first
        for _ in range(10):  # Page Down until the end of the list
            await pilot.press("pagedown")
            await pilot.wait_for_scheduled_animations()
            seen += screen_text(app)
        for group in ("Views", "Moving in a list", "Desk"):
            assert f"\n{group}" in seen.replace("█ ", "\n").replace("│ ", "\n"), group
        assert "Stop the desk" in seen, "scrolling reaches the last key"
        assert "Select the next (newer) message" in seen and "a screenful down" in seen
        for internal in ("Scroll Left", "Focus Next", "Focus Previous", "Copy selected text"):
            assert internal not in seen
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


# -- the selection stays where the moderator put it -------------------------------------------------


async def test_next_flag_while_following_jumps_to_the_latest_flag(store: Store, policy: Policy) -> None:
    texts = ["one", "call 415-555-2671", "two", "email me at a.b@example.org", "three", "four"]
    app, _ = make_desk(store, policy, [chat(t) for t in texts])
    async with app.run_test(size=(160, 40)) as pilot:
        feed = await rows_shown(pilot, app, 6)
        assert feed.tail and feed.selected.message.text == "four"
        await pilot.press("n")
        assert not feed.tail and feed.selected.message.text == "email me at a.b@example.org"
        await pilot.press("N")
        assert feed.selected.message.text == "call 415-555-2671"
        await pilot.press("n")
        assert feed.selected.message.text == "email me at a.b@example.org"


async def test_a_new_escalation_leaves_the_inbox_selection_alone(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("first question for legal"), chat("second one")])
    async with app.run_test(size=(160, 40)) as pilot:
        feed = await rows_shown(pilot, app, 2)
        await pilot.press("g", "e")  # escalate the first
        await actions_done(app)
        await pilot.press("3")
        inbox = app.query_one("#inbox", InboxView)
        await settle(
            pilot,
            lambda: inbox.selected.message.text == "first question for legal",
            "inbox.selected.message.text == 'first question for legal'",
        )
        app.session.ingest(chat("I want to die"))  # escalated by the policy while the producer reads
        await rows_shown(pilot, app, 2, "#inbox")
        await settle(
            pilot,
            lambda: inbox.selected.message.text == "first question for legal",
            "inbox.selected.message.text == 'first question for legal'",
        )
        await pilot.press("A")  # acknowledges what the producer was reading
        await actions_done(app)
        acknowledged = [a for a in store.actions() if a.kind is ActionKind.ACKNOWLEDGE]
        assert [feed.index.get(a.message_seq or 0) for a in acknowledged] == [0]
        await pilot.press("n")  # the next open one: the new escalation
        assert inbox.selected.message.text == "I want to die"


async def test_an_alert_banner_keeps_the_selected_row_in_view(store: Store, policy: Policy, tmp_path: Path) -> None:
    config = Config(data_dir=tmp_path, alerts={"bell": False, "flash": True})
    app, _ = make_desk(store, policy, [chat(f"message number {i:02d}") for i in range(40)], config=config)
    async with app.run_test(size=(160, 30)) as pilot:
        feed = await rows_shown(pilot, app, 40)
        await pilot.press("k")  # the one before the newest, at the bottom of the list
        assert feed.selected.message.text == "message number 38"
        await pilot.press("L")  # lockdown: its banner takes a row
        app.session.ingest(chat("I want to die " + "and nobody would notice " * 6))  # a critical: the banner
        await rows_shown(pilot, app, 41)

        def in_view() -> bool:
            top, height = feed.scroll_offset.y, feed.scrollable_content_region.height
            return top <= feed.cursor < top + height

        for _ in range(100):  # the banner's layout lands over a few refreshes (slower on a loaded machine)
            if app.alert_banner.has_class("shown") and in_view():
                break
            await settle(
                pilot,
                lambda: app.alert_banner.has_class("shown") and app.session.lockdown,
                "app.alert_banner.has_class('shown') and app.session.lockd...",
            )
        assert in_view(), "the selected row is still on screen"


def footer_keys(app: DeskApp) -> list[str]:
    """The footer's keys, left to right, as "key Description"."""
    return [
        f"{getattr(key, 'key_display', '')} {getattr(key, 'description', '')}" for key in app.screen.query("FooterKey")
    ]


@pytest.mark.parametrize(
    "keymap", [{}, {"desk.hide": "x"}, {"desk.hide": "x", "desk.undo": "ctrl+z", "view.inbox": "f3"}]
)
async def test_the_footer_keeps_the_desks_key_order_and_its_moderation_keys_in_sight_at_80_columns(
    store: Store, policy: Policy, tmp_path: Path, keymap: dict[str, str]
) -> None:
    # A keymap used to send a rebound key to the end of the footer, past the right edge of an 80-column terminal.
    config = Config(data_dir=tmp_path, keymap=keymap, alerts={"bell": False, "flash": False})
    app, _ = make_desk(store, policy, [chat(CLEAN), chat(FLAGGED)], config=config)
    hide, undo = keymap.get("desk.hide", "h"), {"ctrl+z": "^z"}.get(keymap.get("desk.undo", "u"), "u")
    first = [f"{hide} Hide", "e Escalate", "a Approve", f"{undo} Undo"]
    async with app.run_test(size=(80, 24)) as pilot:
        await rows_shown(pilot, app, 2)
        for view in ("1", keymap.get("view.inbox", "3")):  # the feed, then the escalation inbox
            await pilot.press(view)
            await settle(
                pilot, lambda: footer_keys(app)[:4] == first, f"the moderation keys first ({footer_keys(app)})"
            )
            footer = screen_text(app).splitlines()[-1]
            assert re.search(r"\s+".join(re.escape(k) for k in first), footer), footer
        # Then the list's own keys and the rest of the desk's, in the order the desk declares them.
        keys = footer_keys(app)
        assert keys.index("n Next open") < keys.index("t Timeout") < keys.index("b Ban") < keys.index("? Help")
        assert keys.index("? Help") < keys.index("q Quit")
