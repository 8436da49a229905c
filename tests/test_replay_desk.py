"""The replay desk driven by a reviewer: pace keys, seeking to flags and actions, notes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.screen import ModalScreen

from castguard.core.model import MessageState
from castguard.core.policy import load_policy
from castguard.session.engine import Session
from castguard.session.replay import RecordingReader, ReplayController, ReplaySource
from castguard.session.store import Store
from castguard.tui.feed import FeedView
from castguard.tui.replay import PromptScreen, ReplayApp
from castguard.tui.search import SearchScreen
from tests.recordings import TEXTS, make_recording
from tests.test_tui_support import screen_text, settle


async def wait_for(pilot: Pilot[None], condition: Callable[[], object], what: str) -> None:
    await settle(pilot, condition, what)


async def test_reviewer_replays_seeks_and_annotates(tmp_path: Path) -> None:
    path = tmp_path / "broadcast.db"
    await make_recording(path)
    original = Store(path, readonly=True)
    before = (original.count(), original.chain_head(), [(r.seq, r.state) for r in original.messages()])
    controller = ReplayController(RecordingReader(original), speed=1.0, paused=True)
    source = ReplaySource(original, controller=controller, stop_at_end=False)
    session = Session(Store(Store.MEMORY), source.pipeline(load_policy()), [source], moderator="rev",
                      clock=controller.clock, auto_actions=False)  # fmt: skip
    app = ReplayApp(session, controller, notes_path=path)
    async with app.run_test(size=(180, 36)) as pilot:
        feed = app.query_one("#feed", FeedView)
        await settle(
            pilot,
            lambda: feed.rows == [] and "paused" in screen_text(app),
            "feed.rows == [] and 'paused' in screen_text(app)",
        )

        await pilot.press("full_stop")
        await wait_for(pilot, lambda: len(feed.rows) == 1, "one step")

        await pilot.press("plus", "plus", "plus")  # as fast as possible (and playing)
        await wait_for(pilot, lambda: len(feed.rows) == len(TEXTS), "the whole recording")
        await wait_for(pilot, lambda: controller.at_end, "the end")
        hidden = next(r for r in feed.rows if r.message.id == "m3")
        assert hidden.state is MessageState.HIDDEN, "kim's hide shows as it happened"
        assert "max" in screen_text(app) or "end" in screen_text(app)

        await pilot.press("space")  # pause
        await pilot.press("left_square_bracket")  # previous flag from the end: message 9
        await wait_for(pilot, lambda: feed.selected is not None and feed.selected.message.id == "m9", "prev flag")
        assert feed.rows[-1].message.id == "m9"

        await pilot.press("c")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"nobody acted on this", "enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, PromptScreen), "the note to be saved")
        await wait_for(pilot, lambda: "nobody acted on this" in screen_text(app), "the note on screen")

        await pilot.press("left_curly_bracket")  # previous recorded action: kim's undo on message 6
        await wait_for(pilot, lambda: feed.selected is not None and feed.selected.message.id == "m6", "prev action")
        assert feed.rows[-1].message.id == "m7"  # the chat as it stood at that moment

        await pilot.press("colon")
        await pilot.press(*"@2s", "enter")
        await wait_for(pilot, lambda: feed.rows and feed.rows[-1].message.id == "m3", "go to 2 s in")
    app.close_notes()

    reopened = Store(path)
    notes = reopened.notes()
    assert [(n.author, n.text, n.message_seq) for n in notes] == [("rev", "nobody acted on this", 9)]
    # The recording itself is exactly as it was: only the note was added.
    after = (reopened.count(), reopened.chain_head(), [(r.seq, r.state) for r in reopened.messages()])
    assert after == before
    reopened.close()
    original.close()


def replay_desk(path: Path, original: Store) -> tuple[ReplayApp, ReplayController]:
    """A paused replay desk on the recording at ``path``."""
    controller = ReplayController(RecordingReader(original), speed=1.0, paused=True)
    source = ReplaySource(original, controller=controller, stop_at_end=False)
    session = Session(Store(Store.MEMORY), source.pipeline(load_policy()), [source], moderator="rev",
                      clock=controller.clock, auto_actions=False)  # fmt: skip
    return ReplayApp(session, controller, notes_path=path), controller


async def test_views_keep_their_keys_and_the_pace_has_its_own(tmp_path: Path) -> None:
    path = tmp_path / "broadcast.db"
    await make_recording(path)
    original = Store(path, readonly=True)
    app, controller = replay_desk(path, original)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot, lambda: "- + speed" in screen_text(app), "'- + speed' in screen_text(app)")
        for key, view in [("3", "view-inbox"), ("5", "view-producer"), ("1", "view-feed"), ("2", "view-queue")]:
            await pilot.press(key)
            assert app.switcher.current == view, key
            assert controller.speed == 1.0 and controller.paused, "a view key leaves the pace alone"
        await pilot.press("plus")
        assert controller.speed == 2.0 and not controller.paused
        await pilot.press("plus", "plus", "plus")
        assert controller.speed is None  # as fast as possible, and no further
        await wait_for(pilot, lambda: "max" in screen_text(app) or "end" in screen_text(app), "the pace shown")
        await pilot.press("minus")
        assert controller.speed == 10.0
    original.close()


def waiting(app: ReplayApp, shown: str) -> bool:
    """An open escalation on screen has waited ``shown``."""
    return re.search(rf" OPEN +{shown} ", screen_text(app)) is not None


async def test_the_producer_view_and_the_inbox_live_on_the_recordings_clock(tmp_path: Path) -> None:
    path = tmp_path / "broadcast.db"
    await make_recording(path)
    original = Store(path, readonly=True)
    app, _ = replay_desk(path, original)
    async with app.run_test(size=(160, 40)) as pilot:
        feed = app.query_one("#feed", FeedView)
        for _ in range(4):  # up to the threat, escalated by the policy
            await pilot.press("full_stop")
        await wait_for(pilot, lambda: len(feed.rows) == 4, "four messages")
        await pilot.press("5")
        await wait_for(pilot, lambda: "4 msgs/min" in screen_text(app), "the producer's figures")
        await pilot.press("3")
        await wait_for(pilot, lambda: waiting(app, "0s"), "the escalation, just opened")
        await pilot.press("space")  # the recording plays on: the escalation waits (acknowledged at +3 s)
        await wait_for(pilot, lambda: waiting(app, "1s"), "the waiting time on the replay clock")
    original.close()


async def test_a_recording_offers_no_moderation_keys(tmp_path: Path) -> None:
    path = tmp_path / "broadcast.db"
    await make_recording(path)
    original = Store(path, readonly=True)
    app, _ = replay_desk(path, original)
    async with app.run_test(size=(160, 40)) as pilot:
        feed = app.query_one("#feed", FeedView)
        await pilot.press("full_stop")
        await wait_for(pilot, lambda: len(feed.rows) == 1, "one message")
        await pilot.press("g")
        offered = {active.binding.id for active in app.screen.active_bindings.values()}
        for key in ("desk.hide", "desk.escalate", "desk.approve", "desk.timeout", "desk.ban", "desk.lockdown",
                    "desk.reply", "desk.pending_replies"):  # fmt: skip
            assert key not in offered
        footer = screen_text(app).splitlines()[-1]
        assert "Hide" not in footer and "Ban" not in footer and "Timeout" not in footer and "Reply" not in footer
        await pilot.press("h", "e", "t", "b", "L", "r", "p")
        await settle(
            pilot,
            lambda: app.session.store.actions() == [] and not app.session.lockdown,
            "app.session.store.actions() == [] and not app.session.loc...",
        )
        assert not isinstance(app.screen, ModalScreen)
    original.close()


async def test_the_producer_view_follows_the_replay_and_starts_over_at_a_seek(tmp_path: Path) -> None:
    path = tmp_path / "broadcast.db"
    await make_recording(path)
    original = Store(path, readonly=True)
    app, controller = replay_desk(path, original)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("5")
        assert app.switcher.current == "view-producer"
        for _ in range(6):
            await pilot.press("full_stop")
        await wait_for(pilot, lambda: "6 msgs/min" in screen_text(app), "the producer's figures after six messages")
        await pilot.press("plus", "plus", "plus")  # to the end, as fast as possible
        await wait_for(pilot, lambda: controller.at_end, "the end")
        await wait_for(pilot, lambda: "10 msgs/min" in screen_text(app), "the figures of the whole recording")
        assert app.desk_screen.has_class("lockdown")  # switched on at 8.5 s

        await pilot.press("space", "colon", *"@2s", "enter")  # back to 2 s in: three messages, no lockdown yet
        await wait_for(pilot, lambda: "3 msgs/min" in screen_text(app), "the figures of the window sought")
        status = screen_text(app).splitlines()[0]
        assert "3 msgs · 3/min" in status and "LOCKDOWN" not in status, status
        assert not app.desk_screen.has_class("lockdown"), "the lockdown banner goes with the lockdown"
        # The on-air view shows the window too: the one message that passed, not what played before the seek.
        assert [r.message.id for r in app.onair.items] == ["m1"]
        assert [r.message.id for r in app.producer_inbox.rows] == []  # the threat (m4) comes later
    original.close()


async def test_the_author_card_keeps_its_note_key_in_a_replay(tmp_path: Path) -> None:
    from castguard.tui.author import AuthorCard
    from castguard.tui.screens import NotePrompt

    path = tmp_path / "broadcast.db"
    await make_recording(path)
    original = Store(path, readonly=True)
    app, _ = replay_desk(path, original)
    async with app.run_test(size=(160, 40)) as pilot:
        feed = app.query_one("#feed", FeedView)
        await pilot.press("full_stop")
        await wait_for(pilot, lambda: feed.selected is not None, "a message to open the card on")
        app.action_card()
        await wait_for(pilot, lambda: isinstance(app.screen, AuthorCard), "the author card")
        await pilot.press("m")  # the card's note: about the author, not a reviewer's note on the feed
        await wait_for(pilot, lambda: isinstance(app.screen, NotePrompt), "the author note prompt")
        await pilot.press("escape", "escape")
        await wait_for(pilot, lambda: app.screen is app.desk_screen, "back on the desk")
        await pilot.press("c")  # on the desk, c is the replay's note
        await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen), "the reviewer's note prompt")
    original.close()


def test_the_replay_desk_adds_to_the_desk_without_replacing_its_inner_workings() -> None:
    import inspect

    from castguard.tui.app import DeskApp

    methods = [name for name, value in vars(ReplayApp).items() if inspect.isfunction(value) and name != "__init__"]
    overridden = [name for name in methods if hasattr(DeskApp, name)]
    assert overridden == [], "the replay's keys live on its screen, the desk's hooks are constructor parameters"


def replay_app(path: Path) -> ReplayApp:
    """The replay desk on the recording at ``path``, paused at its start."""
    original = Store(path, readonly=True)
    controller = ReplayController(RecordingReader(original), speed=1.0, paused=True)
    source = ReplaySource(original, controller=controller, stop_at_end=False)
    session = Session(Store(Store.MEMORY), source.pipeline(load_policy()), [source], moderator="rev",
                      clock=controller.clock, auto_actions=False)  # fmt: skip
    return ReplayApp(session, controller, notes_path=path)


async def test_search_in_a_replay_finds_what_the_replay_has_played(tmp_path: Path) -> None:
    path = tmp_path / "broadcast.db"
    await make_recording(path)
    app = replay_app(path)
    async with app.run_test(size=(180, 36)) as pilot:
        feed = app.query_one("#feed", FeedView)
        await pilot.press("plus", "plus", "plus")
        await wait_for(pilot, lambda: len(feed.rows) == len(TEXTS), "the whole recording")
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"from:troll", "enter")
        results = app.screen.query_one("#results", FeedView)
        await wait_for(pilot, lambda: bool(results.rows), "the search results")
        assert sorted(r.message.id for r in results.rows) == ["m3", "m4", "m8"]
        assert "cannot open" not in screen_text(app)
    app.close_notes()
