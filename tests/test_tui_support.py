"""Helpers shared by the desk's app tests (no tests here)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from textual.app import App

from castguard.core.config import Config
from castguard.core.model import ChatMessage, Finding, Severity
from castguard.core.policy import Policy
from castguard.filters import default_factories
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.store import Store
from castguard.tui.app import DeskApp
from castguard.tui.feed import FeedView
from tests.conftest import FakeSource

RAIDERS = ("r1", "r2", "r3")


class FakeRaidFilter:
    """Stands in for the crowd and spam detectors of the filters package (their contract, not their logic).

    A message containing RAID is a raid by :data:`RAIDERS`; one containing REPEAT is a warn-level repeat
    (flagged, not held, by the default policy).
    """

    name = "crowd"

    def __init__(self, policy: Policy) -> None:
        self.policy = policy

    def scan(self, message: ChatMessage) -> list[Finding]:
        if "REPEAT" in message.text:
            return [Finding("spam.repeat", Severity.WARN, 0, 0, "spam.test")]
        if "RAID" not in message.text:
            return []
        return [Finding("crowd.raid", Severity.CRITICAL, 0, 0, "crowd.test", "3 accounts", accounts=RAIDERS)]


class Clock:
    """A settable clock for sessions, the desk and the statistics."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_desk(
    store: Store,
    policy: Policy,
    messages: list[ChatMessage],
    *,
    clock: Callable[[], float] | None = None,
    config: Config | None = None,
    **options: Any,
) -> tuple[DeskApp, FakeSource]:
    """A desk over a fake source (kept open) with the default filters plus the fake raid detector."""
    source = FakeSource("fake", messages, hold_open=True)
    pipeline = Pipeline(policy, [*default_factories(), FakeRaidFilter])
    kwargs: dict[str, Any] = {"clock": clock} if clock is not None else {}
    session = Session(store, pipeline, [source], moderator="alex", flush_interval=0.01, **kwargs)
    config = config or Config(data_dir=Path(store.path).parent, alerts={"bell": False, "flash": False})
    return DeskApp(session, config=config, clock=clock or __import__("time").time, **options), source


async def settle(pilot: Any, app: DeskApp, rows: int, view: str = "#feed") -> FeedView:
    """Wait until ``rows`` messages are in a list."""
    feed = app.query_one(view, FeedView)
    for _ in range(300):
        await pilot.pause(0.02)
        if len(feed.rows) >= rows:
            break
    assert len(feed.rows) >= rows, f"{view} has {len(feed.rows)} rows, expected {rows}"
    return feed


async def actions_done(app: App[Any]) -> None:
    """Wait for the moderator's actions under way (the session worker never ends)."""
    for _ in range(3):
        actions = [w for w in app.workers if w.group == "actions"]
        if actions:  # an empty list would mean "every worker", the never-ending session included
            await app.workers.wait_for_complete(actions)
        await asyncio.sleep(0.02)


def screen_text(app: App[Any], width: int = 200) -> str:
    """Everything on screen as plain text."""
    console = Console(width=width, record=True, file=open("/dev/null", "w"))
    console.print(app.screen._compositor.render_update(full=True))
    text = console.export_text()
    console.file.close()
    return text


def test_moderation_seen_on_the_platform_names_who_did_it_cleanly() -> None:
    from castguard.core.model import PlatformEvent, PlatformEventKind
    from castguard.tui.render import platform_event_line

    event = PlatformEvent("twitch+eventsub:clinic", PlatformEventKind.BANNED, author_id="42",
                          detail="Viewer banned by OtherMod\x1b[2J\u202e: spam")  # fmt: skip
    assert platform_event_line(event) == "twitch+eventsub:clinic: banned 42 — Viewer banned by OtherMod: spam"
