"""Helpers shared by the desk's app tests (no tests here)."""

from __future__ import annotations

import asyncio
import html
import re
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.cells import cell_len
from textual.app import App
from textual.pilot import Pilot

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
#: The desks under test refresh their figures and marks this often (a second on a real desk): nothing waits for it.
TICK = 0.05
#: How often settle() checks its condition again (a poll, not a wait: it returns as soon as the condition holds).
POLL = 0.01


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
    options.setdefault("tick_interval", TICK)
    return DeskApp(session, config=config, clock=clock or time.time, **options), source


async def settle(pilot: Pilot[Any], condition: Callable[[], object], what: str, timeout: float = 30.0) -> None:
    """Let the app run until ``condition()`` holds; fail, naming ``what``, if it does not within ``timeout`` seconds.

    The bound is generous on purpose: it is a failure detector for a loaded machine, not a measure of speed.
    """
    deadline = time.monotonic() + timeout
    await pilot.pause()  # the app's pending messages first: most conditions hold after that
    while not condition():
        assert time.monotonic() < deadline, f"still waiting after {timeout}s for {what}"
        # Then poll, giving the app (its timers, workers and redraws) the time between two checks:
        # a condition reading the screen is not free, and checking it flat out would starve the app.
        await pilot.pause(POLL)


async def rows_shown(pilot: Pilot[Any], app: DeskApp, rows: int, view: str = "#feed") -> FeedView:
    """The list ``view`` once at least ``rows`` messages are in it."""
    feed = app.query_one(view, FeedView)
    await settle(pilot, lambda: len(feed.rows) >= rows, f"{rows} rows in {view} (has {len(feed.rows)})")
    return feed


async def actions_done(app: App[Any]) -> None:
    """Wait for the moderator's actions under way (the session worker never ends)."""
    for _ in range(3):
        actions = [w for w in app.workers if w.group == "actions"]
        if actions:  # an empty list would mean "every worker", the never-ending session included
            await app.workers.wait_for_complete(actions)
        await asyncio.sleep(0.02)


#: One character cell's width in Textual's SVG screenshot (rich's ``export_svg``: 20 px font, aspect ratio 0.61).
_SVG_CELL = 20 * 0.61
_SVG_TEXT = re.compile(r"<text ([^>]*)>(.*?)</text>", re.S)
_SVG_X = re.compile(r'\bx="([0-9.]+)"')
_SVG_LINE = re.compile(r'clip-path="url\(#[^)]*-line-(\d+)\)"')


def screen_text(app: App[Any]) -> str:
    """Everything on screen as plain text, read from Textual's public screenshot (``App.export_screenshot``)."""
    lines: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for attributes, content in _SVG_TEXT.findall(app.export_screenshot(simplify=True)):
        x, line = _SVG_X.search(attributes), _SVG_LINE.search(attributes)
        if x is None or line is None:
            continue  # the screenshot's window title, not a terminal line
        lines[int(line[1])].append(
            (round(float(x[1]) / _SVG_CELL), html.unescape(content).replace("\xa0", " ").replace("\n", ""))
        )
    rows = []
    for number in range(max(lines, default=-1) + 1):
        row = ""
        for column, text in sorted(lines.get(number, [])):
            row += " " * max(0, column - cell_len(row)) + text
        rows.append(row)
    return "\n".join(rows)


def test_moderation_seen_on_the_platform_names_who_did_it_cleanly() -> None:
    from castguard.core.model import PlatformEvent, PlatformEventKind
    from castguard.tui.render import platform_event_line

    event = PlatformEvent("twitch+eventsub:clinic", PlatformEventKind.BANNED, author_id="42",
                          detail="Viewer banned by OtherMod\x1b[2J\u202e: spam")  # fmt: skip
    assert platform_event_line(event) == "twitch+eventsub:clinic: banned 42 — Viewer banned by OtherMod: spam"
