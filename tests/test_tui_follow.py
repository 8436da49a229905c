"""``castguard follow``: quitting with care, and every key its footer offers doing what it says."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual.pilot import Pilot

from castguard.core.model import EscalationState
from castguard.session.engine import Session
from castguard.session.follow import SessionTail
from castguard.tui.follow import FollowApp
from castguard.tui.screens import ConfirmQuit, HelpScreen
from castguard.tui.views import InboxView
from tests.conftest import MakeSession, chat
from tests.test_tui_support import screen_text, settle


def offered(app: FollowApp) -> dict[str, str]:
    """The footer's keys (the first key of each action shown), with what each says it does."""
    keys: dict[str, str] = {}
    seen: set[str] = set()
    for key, active in app.screen.active_bindings.items():
        binding = active.binding
        if binding.show and active.enabled and binding.action not in seen:
            seen.add(binding.action)
            keys[key] = binding.description
    return keys


def escalations(writer: Session, *texts: str) -> list[int]:
    """Messages that escalate by policy, recorded and committed; their seqs."""
    seqs = []
    for i, text in enumerate(texts):
        record = writer.ingest(chat(text, author=f"viewer{i}", msg_id=f"esc{i}-{len(text)}"))
        assert record is not None and record.escalation is EscalationState.OPEN
        seqs.append(record.seq)
    writer.store.flush()
    return seqs


async def test_follow_quits_at_once_when_nothing_waits(make_session: MakeSession) -> None:
    writer: Session = make_session()
    writer.ingest(chat("hello"))
    writer.store.flush()
    tail = SessionTail(writer.store.path, actor="producer")
    app = FollowApp(tail)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, lambda: app.loaded, "the first read")
        await pilot.press("q")
        await settle(pilot, lambda: not app.is_running, "follow quits")
    tail.close()


async def test_every_key_the_follow_footer_offers_does_what_it_says(make_session: MakeSession) -> None:
    writer: Session = make_session()
    first, second = escalations(writer, "I want to die", "I will sue you")
    tail = SessionTail(writer.store.path, actor="producer")
    app = FollowApp(tail)
    exits: list[object] = []
    async with app.run_test(size=(120, 30)) as pilot:
        inbox = app.query_one(InboxView)
        await settle(pilot, lambda: len(inbox.rows) == 2, "the first read")
        assert inbox.selected is not None and inbox.selected.seq == first

        async def next_open(pilot: Pilot[None]) -> None:
            await pilot.press("n")
            await settle(pilot, lambda: inbox.selected is not None and inbox.selected.seq == second, "the next one")

        async def acknowledge(pilot: Pilot[None]) -> None:
            await pilot.press("A")
            await settle(pilot, lambda: inbox.rows[1].escalation is EscalationState.ACKNOWLEDGED, "acknowledged")
            stored = writer.store.message(second)
            assert stored is not None and stored.escalation is EscalationState.ACKNOWLEDGED

        async def resolve(pilot: Pilot[None]) -> None:
            await pilot.press("R")
            await settle(pilot, lambda: inbox.rows[1].escalation is EscalationState.RESOLVED, "resolved")
            stored = writer.store.message(second)
            assert stored is not None and stored.escalation is EscalationState.RESOLVED

        async def follow(pilot: Pilot[None]) -> None:
            await pilot.press("g", "end")
            await settle(pilot, lambda: inbox.tail, "following the newest")
            (third,) = escalations(writer, "I want to die tonight")
            await settle(pilot, lambda: inbox.selected is not None and inbox.selected.seq == third, "the newest")

        async def help_(pilot: Pilot[None]) -> None:
            await pilot.press("question_mark")
            await settle(pilot, lambda: isinstance(app.screen, HelpScreen), "the help screen")
            assert "Acknowledge" in screen_text(app) and "Quit" in screen_text(app)
            await pilot.press("escape")
            await settle(pilot, lambda: not isinstance(app.screen, HelpScreen), "help closed")

        async def quit_(pilot: Pilot[None]) -> None:
            app.exit = lambda *args, **kwargs: exits.append(args)  # type: ignore[method-assign]
            await pilot.press("q")
            await settle(pilot, lambda: isinstance(app.screen, ConfirmQuit), "the quit confirmation")
            assert "2 escalations not resolved (2 open, 0 acknowledged)" in screen_text(app)
            await pilot.press("n")
            await settle(pilot, lambda: not isinstance(app.screen, ConfirmQuit), "back to following")
            assert exits == []
            await pilot.press("q", "y")
            await settle(pilot, lambda: exits != [], "follow quits")

        checks: dict[str, Callable[[Pilot[None]], Awaitable[None]]] = {
            "n": next_open,
            "A": acknowledge,
            "R": resolve,
            "end": follow,
            "question_mark": help_,
            "q": quit_,
        }
        footer = offered(app)
        assert set(footer) == set(checks), f"a key offered without a check (or gone): {footer}"
        for check in checks.values():
            await check(pilot)
    tail.close()
