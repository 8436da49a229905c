"""Every view shows its selection, follows what it says it follows, and its keys act only on what is on screen."""

from __future__ import annotations

import pytest

from castguard.core.model import ActionKind, EscalationState, MessageState
from castguard.core.policy import Policy
from castguard.session.store import Store
from castguard.tui.adverse import AdverseLane
from castguard.tui.app import DeskApp
from castguard.tui.author import AuthorCard
from castguard.tui.feed import FeedView
from castguard.tui.screens import NotePrompt
from castguard.tui.strikes import ConfirmStrike
from castguard.tui.views import OnAirView
from tests.conftest import chat
from tests.test_tui_support import actions_done, make_desk, rows_shown, screen_text, settle


def cases_listed(lane: AdverseLane) -> int:
    """How many cases the adverse-event lane lists, read again (it reads once a second on its own)."""
    lane.reload()
    return len(lane.cases)


def highlighted_lines(app: DeskApp, view: OnAirView) -> list[str]:
    """The on-air view's lines drawn with the cursor's background (the selection as the presenter sees it)."""
    cursor = view.palette.cursor.bgcolor
    lines = []
    for y in range(view.scrollable_content_region.height):
        strip = view.render_line(y)
        if any(segment.style is not None and segment.style.bgcolor == cursor for segment in strip):
            lines.append(strip.text.strip())
    return lines


async def test_the_on_air_view_follows_the_newest_messages_and_hides_only_the_one_on_screen(
    store: Store, policy: Policy
) -> None:
    app, _ = make_desk(store, policy, [chat(f"question number {i}", author=f"viewer{i}") for i in range(40)])
    async with app.run_test(size=(80, 24)) as pilot:
        await rows_shown(pilot, app, 40)
        await pilot.press("4")
        onair = app.onair
        await settle(pilot, lambda: "question number 39" in screen_text(app), "the newest message on air")
        assert "question number 0" not in screen_text(app)
        assert onair.selected is not None and onair.selected.message.text == "question number 39"
        assert highlighted_lines(app, onair) == ["Viewer39", "question number 39"]

        await pilot.press("end", "G", *"jjjjj", "pagedown")  # already at the newest: stays there, following
        assert onair.tail and onair.selected.message.text == "question number 39"
        await pilot.press("k", "k", "k")
        await settle(pilot, lambda: "paused" in str(onair.border_title), "the paused title")
        assert highlighted_lines(app, onair) == ["Viewer36", "question number 36"]
        await pilot.press("pageup")
        chosen = onair.selected
        assert chosen is not None and chosen.message.text in screen_text(app)
        assert highlighted_lines(app, onair)[1] == chosen.message.text

        await pilot.press("h")  # acts on the highlighted message, and only on it
        await actions_done(app)
        await settle(pilot, lambda: chosen.seq not in {r.seq for r in onair.items}, "the hidden message off air")
        assert [(a.kind, a.message_seq) for a in store.actions()] == [(ActionKind.HIDE, chosen.seq)]


async def test_a_key_never_acts_on_a_selection_scrolled_out_of_sight(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat(f"question number {i}", author=f"viewer{i}") for i in range(60)])
    async with app.run_test(size=(80, 24)) as pilot:
        feed = await rows_shown(pilot, app, 60)
        await pilot.press("1", "G")
        newest = feed.selected
        assert newest is not None and feed.selection_in_sight()
        feed.scroll_home(animate=False, immediate=True)  # the mouse wheel: the selection goes out of sight
        await pilot.pause()
        assert not feed.selection_in_sight()
        await pilot.press("h")
        await actions_done(app)
        assert store.actions() == [] and feed.rows[-1].state is MessageState.VISIBLE
        # The selection is brought back into sight; the next press acts on it.
        await settle(pilot, feed.selection_in_sight, "the selection back in sight")
        await pilot.press("h")
        await actions_done(app)
        assert [(a.kind, a.message_seq) for a in store.actions()] == [(ActionKind.HIDE, newest.seq)]


# -- "+N new" counts only rows that arrived below the window after it was drawn ----------------


async def test_a_list_just_opened_or_refilled_counts_nothing_new(store: Store, policy: Policy) -> None:
    texts = ["what a load of crap", "this is bullshit", "hello", "you are full of shit", "shit show", "crap"]
    app, _ = make_desk(store, policy, [chat(t, author="grumpy") for t in texts])
    async with app.run_test(size=(160, 40)) as pilot:
        await rows_shown(pilot, app, len(texts))
        await pilot.press("slash", *"is:flagged", "enter")
        results = app.screen.query_one("#results", FeedView)
        await settle(pilot, lambda: len(results.rows) == 5, "the search results")
        assert results.unseen == 0 and "new" not in str(results.border_subtitle)
        assert "End to follow" not in screen_text(app)

        await pilot.press("escape", "1", "g", "c")  # the author card, read again after an action
        await settle(pilot, lambda: isinstance(app.screen, AuthorCard), "the author card")
        card = app.screen
        assert isinstance(card, AuthorCard)
        history = card.query_one("#card-feed", FeedView)
        await settle(pilot, lambda: len(history.rows) == len(texts), "the author's history")
        card.reload()
        await pilot.pause()
        assert history.unseen == 0 and "End to follow" not in screen_text(app)


async def test_new_rows_are_counted_only_when_they_land_below_the_window(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("I want to die", author="sad")])
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("3")
        inbox = await rows_shown(pilot, app, 1, "#inbox")
        app.session.ingest(chat("I will sue you", author="angry"))  # a second escalation, drawn in the window
        await settle(pilot, lambda: len(inbox.rows) == 2, "the second escalation")
        assert inbox.unseen == 0 and "End to follow" not in screen_text(app)
        for i in range(40):  # more than the window holds: those below it are new
            app.session.ingest(chat(f"I will sue you, number {i}", author=f"angry{i}"))
        await settle(pilot, lambda: len(inbox.rows) == 42, "the other escalations")
        height = inbox.scrollable_content_region.height
        assert inbox.unseen == 42 - height
        assert f"+{42 - height} new — End to follow" in screen_text(app)


# -- columns line up across states ---------------------------------------------------------------


def columns_of(shown: str, texts: list[str]) -> list[int]:
    """Where each message's text starts on its row."""
    lines = shown.splitlines()
    return [next(line.index(text) for line in lines if text in line) for text in texts]


@pytest.mark.parametrize("width", [80, 110, 180])
async def test_inbox_rows_keep_their_columns_once_acknowledged_or_resolved(
    store: Store, policy: Policy, width: int
) -> None:
    texts = ["I want to die", "I will sue you", "I want to die too"]
    app, _ = make_desk(store, policy, [chat(t, author=f"viewer{i}") for i, t in enumerate(texts)])
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.press("3")
        inbox = await rows_shown(pilot, app, 3, "#inbox")
        await pilot.press("g", "j", "A", "j", "R")  # the second acknowledged, the third resolved
        await settle(pilot, lambda: isinstance(app.screen, NotePrompt), "the resolve note prompt")
        await pilot.press(*"called back", "enter")
        await actions_done(app)
        states = [EscalationState.OPEN, EscalationState.ACKNOWLEDGED, EscalationState.RESOLVED]
        await settle(pilot, lambda: [r.escalation for r in inbox.rows] == states, "acknowledged and resolved")
        await settle(pilot, lambda: any(w in screen_text(app) for w in ("RESOLVED", " DONE ")), "the resolved row")
        shown = screen_text(app)
        resolved = "RESOLVED" if "RESOLVED" in shown else "DONE"  # a narrow list's short label
        authors = [f"Viewer{i}: " for i in range(3)]
        assert len(set(columns_of(shown, authors))) == 1, shown
        rows = [next(line for line in shown.splitlines() if author in line) for author in authors]
        assert len({row.index(label) for row, label in zip(rows, ["OPEN", "ACK", resolved], strict=True)}) == 1, shown
        assert "alex" in rows[1]  # an acknowledged row says who (and how fast, where there is room)


@pytest.mark.parametrize("width", [80, 180])
async def test_queue_rows_line_up_pending_or_done(store: Store, policy: Policy, width: int) -> None:
    texts = ["what a load of crap", "you are full of shit"]
    app, _ = make_desk(store, policy, [chat(t) for t in texts])
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.press("2")
        queue = await rows_shown(pilot, app, 2, "#queue")
        await pilot.press("g", "a")
        await actions_done(app)
        await settle(pilot, lambda: len(app.queue.pending_seqs) == 1 and len(queue.rows) == 2, "one handled")
        await settle(pilot, lambda: "done" in screen_text(app), "the handled row drawn")
        shown = screen_text(app)
        assert len(set(columns_of(shown, [t[:10] for t in texts]))) == 1, shown
        assert ("PEND " if width == 80 else "PENDING") in shown  # a narrow list's short label


def test_the_legend_explains_every_mark_the_rows_draw() -> None:
    from castguard.tui.legend import legend

    meanings = {mark.plain.strip(): meaning for _, rows in legend() for mark, meaning in rows}
    assert "escalated" in meanings["⇪"] and "pinned on air" in meanings["📌"]
    assert "PENDING" in meanings and "done" in meanings  # the words the queue's rows show


async def test_toasts_raised_before_a_dialog_wait_until_it_closes(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("what a load of crap", author="grumpy")])

    def toasts() -> list[str]:
        return [n.message for n in app._notifications]  # what the toast rack draws

    async with app.run_test(size=(80, 24)) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("L", "L")  # lockdown on and off: their toasts fill the bottom of a small screen
        await settle(pilot, lambda: any("Lockdown lifted" in t for t in toasts()), "the lockdown toasts")
        app.notify("a toast that outlives the dialog", timeout=600)
        await pilot.press("1", "g", "s")  # the strike dialog
        await settle(pilot, lambda: isinstance(app.screen, ConfirmStrike), "the strike dialog")
        assert toasts() == []  # nothing over the dialog's text
        app.notify("the dialog's own toast")  # raised while it is open: shown on it
        await settle(pilot, lambda: toasts() == ["the dialog's own toast"], "the dialog's toast alone")
        await pilot.press("escape")
        await settle(pilot, lambda: "a toast that outlives the dialog" in toasts(), "the toast back")


# -- small terminals ----------------------------------------------------------------------------


async def test_small_terminals_keep_the_message_the_status_figures_and_the_lanes_borders(
    store: Store, policy: Policy
) -> None:
    reports = [chat(f"my mom got a rash after her second dose of {p}", author=f"v{i}") for i, p in
               enumerate(["Lipitor", "Zoloft", "Ozempic", "Humira", "Eliquis"])]  # fmt: skip
    app, _ = make_desk(store, policy, [*reports, chat("the clinic is open until nine tonight?", author="late")])
    async with app.run_test(size=(60, 18)) as pilot:
        await rows_shown(pilot, app, 6)
        await pilot.press("1", "G")
        detail = app.query_one("#detail")
        await settle(pilot, lambda: "open until nine" in screen_text(app), "the detail")
        shown = screen_text(app).splitlines()
        inside = shown[detail.region.y : detail.region.bottom]
        assert any("open until nine" in line for line in inside), "\n".join(inside)  # the message, not only its header
        await pilot.resize_terminal(80, 24)
        await settle(pilot, lambda: "flagged" in screen_text(app).splitlines()[0], "the status figures")
        assert "6 msgs" in screen_text(app).splitlines()[0]
        await pilot.press("5")
        lane = app.query_one(AdverseLane)
        await settle(pilot, lambda: cases_listed(lane) == 5, "the adverse-event lane")
        await pilot.pause()
        bottom = screen_text(app).splitlines()[lane.region.bottom - 1]
        assert lane.region.bottom <= app.size.height - 1 and "╰" in bottom, screen_text(app)
