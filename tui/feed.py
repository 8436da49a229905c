"""The live feed: one line-API widget over a bounded buffer of records.

Only the visible rows are rendered (``render_line``), each as a single strip
cached per record and width for a few screenfuls, and the buffer keeps the
newest :data:`MAX_ROWS` records:
everything older is in the session store. Tail mode follows new messages;
moving the cursor up pauses it and an overlay counts what arrived since.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from castguard.core.model import MessageRecord
from castguard.tui.palette import Palette, Themed
from castguard.tui.render import COMPACT_WIDTH, feed_segments, row_layout

#: Records kept in memory for display; older ones are read back from the store.
MAX_ROWS = 5000
#: Rendered rows kept per view, in screenfuls: enough for the cursor to move and the feed to scroll a
#: little without rendering again. A row's strip carries Textual's own per-strip caches, so keeping
#: thousands alive at 2,000 messages/s filled the garbage collector's young generations (100 ms passes).
CACHED_SCREENS = 4


def in_window(first: int, last: int, top: float, height: int) -> bool:
    """Whether lines ``first`` to ``last`` are all inside a window of ``height`` lines scrolled to ``top``."""
    return height > 0 and first >= int(top) and last < int(top) + height


class FeedView(Themed, ScrollView, can_focus=True):
    """A scrolling, selectable list of chat messages."""

    DEFAULT_CSS = """
    FeedView {
        background: $surface;
        overflow-y: scroll;
        overflow-x: hidden;
    }
    FeedView:focus {
        background-tint: $foreground 3%;
    }
    """

    BINDINGS = [
        Binding("j,down", "cursor(1)", "Down", show=False, id="feed.down", tooltip="Select the next (newer) message"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="feed.up",
                tooltip="Select the previous (older) message; pauses following"),
        Binding("pagedown,ctrl+f", "page(1)", "Page down", show=False, id="feed.page_down",
                tooltip="Move the selection a screenful down"),
        Binding("pageup,ctrl+b", "page(-1)", "Page up", show=False, id="feed.page_up",
                tooltip="Move the selection a screenful up"),
        Binding("home,g", "first", "First", show=False, id="feed.first", tooltip="Select the oldest message kept"),
        Binding("end,G", "tail", "Follow", id="feed.tail", tooltip="Jump to the newest message and follow the feed"),
        Binding("n", "next_flagged(1)", "Next flag", id="feed.next_flag", tooltip="Select the next flagged message"),
        Binding("N", "next_flagged(-1)", "Prev flag", show=False, id="feed.prev_flag",
                tooltip="Select the previous flagged message"),
    ]  # fmt: skip

    tail: reactive[bool] = reactive(True)
    """Follow new messages (the cursor stays on the newest)."""
    unseen: reactive[int] = reactive(0)
    """Messages that arrived while tail mode was paused."""

    @dataclass
    class Selected(Message):
        """The cursor moved to another record (or the selected record changed)."""

        record: MessageRecord | None
        view: FeedView | None = None
        """The list that posted it (several lists live on the desk at once)."""

        @property
        def control(self) -> FeedView | None:
            """The list that posted it."""
            return self.view

    def __init__(
        self,
        *,
        max_rows: int = MAX_ROWS,
        accept: Callable[[MessageRecord], bool] | None = None,
        decorate: Callable[[MessageRecord, bool, Palette], Text] | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.max_rows = max_rows
        self.accept = accept
        """Optional predicate: which records this view shows (the queue shows only flagged ones)."""
        self.decorate = decorate
        """Optional prefix of each row (the queue's pending/handled mark, the inbox's escalation state), given
        the record, whether the row is compact (a narrow list) and the theme's palette."""
        self.rows: list[MessageRecord] = []
        self.index: dict[int, int] = {}
        """seq → position in ``rows``."""
        self.cursor = -1
        self.pending: dict[int, str] = {}
        """seq → action under way, shown at the end of the row."""
        self.watched: set[str] = set()
        """Author ids whose messages are highlighted."""
        self.sanction: Callable[[MessageRecord], str | None] | None = None
        """The mark of a row whose author is banned or timed out now (the desk's, unless set)."""
        # Keyed by everything a row's look depends on, so moving the cursor or changing one record
        # never forces the other visible rows to be rendered again.
        self._cache: LRUCache[tuple[object, ...], Strip] = LRUCache(CACHED_SCREENS * 50)
        self._base_style = Style()

    # -- data ------------------------------------------------------------------------------

    @property
    def selected(self) -> MessageRecord | None:
        """The record under the cursor."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def selection_in_sight(self) -> bool:
        """Whether the selected row is drawn in the window now (the keys act on nothing else)."""
        return self.selected is not None and in_window(
            self.cursor, self.cursor, self.scroll_y, self.scrollable_content_region.height
        )

    def bring_selection_into_sight(self) -> None:
        """Scroll so that the selected row is in the window."""
        self._scroll_cursor_into_view()

    def add(self, records: Iterable[MessageRecord]) -> int:
        """Append new records (a batch from the session); returns how many were shown."""
        added = 0
        for record in records:
            if self.accept is not None and not self.accept(record):
                continue
            self.index[record.seq] = len(self.rows)
            self.rows.append(record)
            added += 1
        if not added:
            return 0
        if len(self.rows) > self.max_rows:
            self._trim(len(self.rows) - self.max_rows)
        self.virtual_size = Size(self.size.width, len(self.rows))
        if self.tail:
            self._move_to(len(self.rows) - 1, scroll=True)
        else:
            # Only what landed below the window is unseen: rows drawn inside it (a list just opened or
            # refilled, a short one) are on screen already.
            self.unseen += min(added, self._rows_below_window())
        self.refresh()
        return added

    def _rows_below_window(self) -> int:
        height = self.scrollable_content_region.height
        if not height:
            return 0  # not drawn yet: nothing arrived after the moderator saw the list
        return max(len(self.rows) - (int(self.scroll_y) + height), 0)

    def _seen_on_screen(self) -> None:
        """A view shown again (switched to) shows its new rows: "+N new" counts only those below the window."""
        if self.unseen and self.scrollable_content_region.height:
            self.unseen = min(self.unseen, self._rows_below_window())

    def _trim(self, drop: int) -> None:
        # Drop in chunks so that trimming is rare; the store keeps everything.
        drop = max(drop, self.max_rows // 10)
        drop = min(drop, len(self.rows) - 1)
        for record in self.rows[:drop]:
            self.index.pop(record.seq, None)
        del self.rows[:drop]
        self.index = {r.seq: i for i, r in enumerate(self.rows)}
        self.cursor = max(self.cursor - drop, 0) if self.cursor >= 0 else -1
        if not self.tail:
            self.scroll_to(y=max(self.scroll_y - drop, 0), animate=False, immediate=True)

    def update_record(self, record: MessageRecord) -> None:
        """Replace a record after a state change (hidden, approved, escalated...)."""
        position = self.index.get(record.seq)
        if position is None:
            if self.accept is not None and self.accept(record):
                self.add([record])
            return
        # A handled message stays in a filtered view (the queue) with its new state, so undo stays at hand.
        self.rows[position] = record
        self.refresh()
        if position == self.cursor:
            self.post_message(self.Selected(record, self))

    def set_pending(self, seq: int, what: str | None) -> None:
        """Show or clear an action under way on a row."""
        if what is None:
            self.pending.pop(seq, None)
        else:
            self.pending[seq] = what
        self.refresh()

    def redraw(self) -> None:
        """Render every row again (after a change that the rows' own records do not show, like watching)."""
        self._cache.clear()
        self.refresh()

    def clear(self) -> None:
        """Forget every row (used when the view is refilled from the store)."""
        self.rows.clear()
        self.index.clear()
        self.cursor = -1
        self.unseen = 0
        self._cache.clear()
        self.virtual_size = Size(self.size.width, 0)
        self.refresh()

    # -- rendering ---------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # The widget's base style walks the DOM: work it out once per redraw, not once per row.
        self._base_style = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        position = self.scroll_offset.y + y
        width = self.size.width
        base = self._base_style
        if position >= len(self.rows):
            return Strip.blank(width, base)
        selected = position == self.cursor
        record = self.rows[position]
        pending = self.pending.get(record.seq)
        watched = record.message.author.id in self.watched
        mark = self.sanction(record) if self.sanction is not None else None
        focused = selected and self.has_focus
        key = (record.seq, record.state, record.escalation, width, base, selected, focused, pending, watched, mark)
        strip = self._cache.get(key)
        if strip is None:
            palette = self.palette
            highlight = (palette.cursor if focused else palette.cursor_blurred) if selected else None
            strip = self._render_row(
                record, width, base, pending=pending, watched=watched, selected=highlight, sanction=mark
            )
            self._cache[key] = strip
        return strip

    def _render_row(
        self,
        record: MessageRecord,
        width: int,
        base: Style,
        *,
        pending: str | None,
        watched: bool,
        selected: Style | None,
        sanction: str | None = None,
    ) -> Strip:
        # One strip per row, built straight from the segments: no intermediate strips (each one brings
        # Textual's own caches) and no offset metadata (clicks are mapped from the row, not the segment).
        # A narrow list (a laptop's split screen) shrinks the columns before the message, not the message.
        palette = self.palette
        prefix = self.decorate(record, False, palette) if self.decorate is not None else None
        if prefix is not None and width - prefix.cell_len < COMPACT_WIDTH and self.decorate is not None:
            prefix = self.decorate(record, True, palette)
        layout = row_layout(width - (prefix.cell_len if prefix is not None else 0))
        segments = feed_segments(
            record, pending=pending, watched=watched, layout=layout, sanction=sanction, palette=palette
        )
        if prefix is not None:
            segments[:0] = prefix.render(self.app.console)
        # The list's own colours under every piece: a piece without a background would show the terminal's
        # (a dark band in a light theme's panel).
        segments = Segment.adjust_line_length(list(Segment.apply_style(segments, style=base)), width, base)
        if selected is not None:
            segments = list(Segment.apply_style(segments, post_style=selected))
        return Strip(segments, width)

    def on_resize(self) -> None:
        self._seen_on_screen()  # shown at last (a view switched to), or taller
        self._cache.clear()
        self._cache.maxsize = CACHED_SCREENS * max(self.size.height, 10)
        self.virtual_size = Size(self.size.width, len(self.rows))
        # A banner that appears (an alert, lockdown) makes the list shorter: the selection stays in sight. Checked
        # again shortly after, because two banners appearing together settle the layout over more than one refresh.
        self.call_after_refresh(self._keep_cursor_in_view)
        self.set_timer(0.2, self._keep_cursor_in_view)

    def _keep_cursor_in_view(self) -> None:
        if self.tail:
            self.scroll_end(animate=False, immediate=True)
        elif self.cursor >= 0:
            self._scroll_cursor_into_view()

    def palette_changed(self) -> None:
        """Another theme: every row is drawn again in its colours."""
        self.redraw()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def watch_unseen(self, unseen: int) -> None:
        self.border_subtitle = f"+{unseen} new — End to follow" if unseen else ""

    def watch_tail(self, tail: bool) -> None:
        self.border_title = "" if tail else "paused"

    # -- movement ----------------------------------------------------------------------------

    def _move_to(self, position: int, *, scroll: bool = True) -> None:
        if not self.rows:
            self.cursor = -1
            return
        position = max(0, min(position, len(self.rows) - 1))
        changed = position != self.cursor
        self.cursor = position
        if scroll:
            self._scroll_cursor_into_view()
        self.refresh()
        if changed:
            self.post_message(self.Selected(self.rows[position], self))

    def _scroll_cursor_into_view(self) -> None:
        height = max(self.scrollable_content_region.height, 1)
        top = self.scroll_y
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def select_seq(self, seq: int) -> bool:
        """Move the cursor to a message if it is in the buffer (pauses tail mode)."""
        position = self.index.get(seq)
        if position is None:
            return False
        self.tail = position == len(self.rows) - 1
        self._move_to(position)
        return True

    def _pause(self) -> None:
        if self.tail:
            self.tail = False
            self.unseen = 0

    def action_cursor(self, delta: int) -> None:
        """Move the selection up or down; moving off the newest row pauses tail mode."""
        target = self.cursor + delta if self.cursor >= 0 else len(self.rows) - 1
        if target < len(self.rows) - 1:
            self._pause()
        self._move_to(target)
        if self.cursor == len(self.rows) - 1 and delta > 0:
            self.action_tail()

    def action_page(self, direction: int) -> None:
        """Move a screenful."""
        self.action_cursor(direction * max(self.scrollable_content_region.height - 1, 1))

    def action_first(self) -> None:
        """Select the oldest message in the buffer."""
        self._pause()
        self._move_to(0)

    def action_tail(self) -> None:
        """Follow the feed again from the newest message."""
        self.tail = True
        self.unseen = 0
        self._move_to(len(self.rows) - 1)
        self.scroll_end(animate=False, immediate=True)

    def action_next_flagged(self, direction: int) -> None:
        """Select the next (or previous) flagged message."""
        self.jump(direction, lambda record: record.verdict.flagged)

    def jump(self, direction: int, wanted: Callable[[MessageRecord], bool]) -> None:
        """Select the next (``direction`` 1) or previous (-1) row that is ``wanted``, leaving follow mode.

        While following, the newest message is selected and nothing comes after it: "next" then means
        the newest wanted one, so that ``n`` jumps to the latest flag instead of doing nothing.
        """
        position = self.cursor
        if self.tail and direction > 0:
            position, direction = len(self.rows), -1
        while 0 <= position + direction < len(self.rows):
            position += direction
            if wanted(self.rows[position]):
                self._pause()
                self._move_to(position)
                return
        self.app.bell()

    def on_click(self, event: object) -> None:
        y = getattr(event, "y", None)
        if isinstance(y, int):
            self._pause()
            self._move_to(int(self.scroll_y) + y, scroll=False)
