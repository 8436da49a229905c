"""The desk's colours come from the theme: a light theme reads, and switching themes re-colours what is shown."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.geometry import Region

from castguard.core.policy import Policy
from castguard.session.store import Store
from castguard.tui.feed import FeedView
from castguard.tui.palette import FALLBACK
from tests.conftest import chat
from tests.test_tui_support import make_desk, rows_shown, settle

PHONE = "415-555-2671"


def theme_colour(desk: FeedView, variable: str) -> str:
    """A variable of the app's current theme, as the hex colour a segment carries."""
    return Color.parse(desk.app.theme_variables[variable]).hex.lower()


def colour(style: Style | None, *, background: bool = False) -> str | None:
    """The hex colour of a segment's style (foreground, or background)."""
    if style is None:
        return None
    color = style.bgcolor if background else style.color
    return None if color is None else Color.from_rich_color(color).hex.lower()


def row_segments(view: FeedView, text: str) -> list[Segment]:
    """The segments of the visible row showing ``text``, as the list renders it."""
    for y in range(view.scrollable_content_region.height):
        segments = list(view.render_line(y))
        if text in "".join(s.text for s in segments):
            return segments
    raise AssertionError(f"no row shows {text!r}")


def segment(segments: list[Segment], text: str) -> Segment:
    return next(s for s in segments if s.text.strip() == text)


async def test_a_light_theme_draws_flags_and_badges_in_its_own_colours(store: Store, policy: Policy) -> None:
    messages = [
        chat("what a load of crap", author="james"),
        chat(f"call me at {PHONE}", author="aisha"),
        chat("I want to die", author="wei"),
        chat("I will sue you", author="angry"),
    ]
    app, _ = make_desk(store, policy, messages)
    async with app.run_test(size=(160, 30)) as pilot:
        app.theme = "textual-light"
        feed = await rows_shown(pilot, app, 4)
        await settle(pilot, lambda: app.current_theme.name == "textual-light" and not app.current_theme.dark, "light")
        error = theme_colour(feed, "text-error")

        def mark_colour() -> str | None:
            return colour(segment(row_segments(feed, PHONE), "●").style)

        await settle(pilot, lambda: mark_colour() == error, "the critical mark in the light theme's error colour")
        row = row_segments(feed, PHONE)
        phone = segment(row, PHONE)
        assert colour(phone.style, background=True) == theme_colour(feed, "error-muted")
        assert colour(phone.style) == theme_colour(feed, "foreground")  # dark text on a light tint: readable
        hard_coded = {colour(FALLBACK.critical), colour(FALLBACK.span_critical, background=True)}
        assert mark_colour() not in hard_coded and colour(phone.style, background=True) not in hard_coded
        # The selected row's background is the theme's, not a dark grey on a light screen.
        selected = row_segments(feed, "I will sue you")[0]  # the newest row, selected while following
        assert colour(selected.style, background=True) not in {colour(FALLBACK.cursor, background=True), None}

        await pilot.press("2")  # the queue's PENDING badge (profanity is flagged, for a moderator to settle)
        queue = app.queue
        await settle(pilot, lambda: bool(queue.rows), "the queue")
        await pilot.press("j")  # the badge off the cursor (the cursor's background is over the whole row)
        await settle(pilot, lambda: queue.cursor == 1, "the next item")
        badge = next(s for s in row_segments(queue, "crap") if s.text.strip() in ("PEND", "PENDING"))
        assert colour(badge.style, background=True) == theme_colour(queue, "warning-muted")
        await pilot.press("3")  # the inbox's OPEN badge (self-harm escalates by policy)
        inbox = app.inbox
        await settle(pilot, lambda: len(inbox.rows) == 2, "the inbox")
        other = next(r for r in inbox.rows if r is not inbox.selected).message.text  # not under the cursor
        open_badge = next(s for s in row_segments(inbox, other) if s.text.startswith(" OPEN"))
        assert colour(open_badge.style, background=True) == theme_colour(inbox, "accent-muted")
        # What is on screen is drawn in those colours too.
        assert error in app.export_screenshot().lower()

        app.theme = "textual-dark"  # the command palette's theme switch
        await pilot.press("1")
        dark_error = theme_colour(feed, "text-error")
        assert dark_error != error
        await settle(pilot, lambda: mark_colour() == dark_error, "the rows drawn again in the dark theme's colours")
        await settle(pilot, lambda: dark_error in app.export_screenshot().lower(), "the screen re-coloured")


async def test_a_light_theme_paints_every_cell_of_the_rows_with_its_own_background(
    store: Store, policy: Policy
) -> None:
    app, _ = make_desk(store, policy, [chat("hello doctor", author="maria"), chat("what a load of crap")])
    async with app.run_test(size=(160, 30)) as pilot:
        app.theme = "textual-light"
        feed = await rows_shown(pilot, app, 2)
        await settle(pilot, lambda: app.current_theme.name == "textual-light", "light")
        await pilot.press("g")  # the first row, off the cursor (the cursor paints its own background)
        await pilot.pause()
        for view, text in [(feed, "crap"), (feed, "hello doctor")]:
            unpainted = [s.text for s in row_segments(view, text) if colour(s.style, background=True) is None]
            assert unpainted == [], f"cells drawn in the terminal's colours: {unpainted}"
        await pilot.press("4")
        onair = app.onair
        await settle(pilot, lambda: bool(onair.items) and onair.selection_in_sight(), "the on-air view")
        lines = [list(onair.render_line(y)) for y in range(onair.scrollable_content_region.height)]
        assert any("hello doctor" in "".join(s.text for s in line) for line in lines)
        unpainted = [s.text for line in lines for s in line if colour(s.style, background=True) is None]
        assert unpainted == [], f"cells drawn in the terminal's colours: {unpainted}"


async def test_the_lists_scrollbars_run_on_the_themes_background_not_a_black_band(store: Store, policy: Policy) -> None:
    # textual-dark darkens its background to pure black for a scrollbar's track: in the browser desk (xterm.js,
    # black by default) that was a black band down every list, as if those cells were left to the terminal.
    app, _ = make_desk(store, policy, [chat(f"hello doctor {i}") for i in range(60)])
    async with app.run_test(size=(120, 30)) as pilot:
        feed = await rows_shown(pilot, app, 60)
        await settle(pilot, lambda: feed.max_scroll_y > 0, "a feed longer than its window")
        assert app.current_theme.name == "textual-dark"
        background = theme_colour(feed, "background")
        for view in (feed, app.onair):
            if view is app.onair:
                await pilot.press("4")
                await settle(pilot, lambda: app.onair.max_scroll_y > 0, "an on-air view longer than its window")
            bar = view.vertical_scrollbar
            await settle(pilot, lambda: bar.size.height > 0, "the scrollbar shown")  # noqa: B023 (awaited here)
            lines = bar.render_lines(Region(0, 0, bar.size.width, bar.size.height))
            grounds = [colour(s.style, background=True) for line in lines for s in line]
            # The track (most of the bar: the thumb is a few cells) is the theme's background.
            assert None not in grounds and "#000000" not in grounds, grounds
            assert grounds.count(background) > len(grounds) // 2, (background, grounds)
