"""The desk's other lists: the review queue, the escalation inbox and the on-air view.

The queue and the inbox are :class:`FeedView` lists with a filter and a
prefix; the on-air view is its own line-API widget because a presenter reads
whole messages, wrapped, in large clear rows.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from castguard.core.model import EscalationState, MessageRecord, MessageState
from castguard.core.text import clean_text
from castguard.session.queries import handled, in_queue, missed
from castguard.session.redaction import redact_text
from castguard.session.stats import Escalation
from castguard.tui.feed import FeedView, in_window
from castguard.tui.legend import DONE_STYLE, ESCALATION_MEANINGS, PENDING_STYLE
from castguard.tui.palette import FALLBACK, Palette, Themed
from castguard.tui.render import PINNED_MARK, duration, fit_cells, look
from castguard.tui.widgets import SteadyStatic, retitle

__all__ = ["InboxView", "OnAirView", "QueueView", "handled", "in_queue", "missed", "on_air", "queue_mark"]

#: Records the on-air view keeps (a presenter reads the last few; the store has the rest).
ON_AIR_ROWS = 500
#: Cells of the inbox's state label (the longest: RESOLVED) and of the column after it (waiting time, who
#: acknowledged and how fast, time to resolve), full and compact, and of the escalating moderator's name.
ESCALATION_LABEL_WIDTH = max(len(label.strip()) for label, _, _ in ESCALATION_MEANINGS.values())
INBOX_DETAIL_FULL = 19
INBOX_DETAIL_COMPACT = 6
#: An escalation's state on a narrow list, where the message needs the cells (the legend names both).
ESCALATION_LABEL_COMPACT = {
    EscalationState.OPEN: "OPEN",
    EscalationState.ACKNOWLEDGED: "ACK",
    EscalationState.RESOLVED: "DONE",
}
ESCALATION_LABEL_WIDTH_COMPACT = max(len(label) for label in ESCALATION_LABEL_COMPACT.values())
INBOX_BY_WIDTH = 10
#: Cells of the queue's state label (PENDING, done), and on a narrow list (PEND, done).
QUEUE_LABEL_WIDTH = len("PENDING")
QUEUE_LABEL_WIDTH_COMPACT = len("PEND")


def on_air(record: MessageRecord) -> bool:
    """What a presenter may read: messages that passed the filters, and messages a moderator approved."""
    if record.state is MessageState.APPROVED:
        return True
    return record.state is MessageState.VISIBLE and not record.verdict.flagged


def queue_mark(record: MessageRecord, compact: bool = False, palette: Palette = FALLBACK) -> Text:
    """The queue's prefix: PENDING until someone settles the item (``compact``: a narrow list, PEND)."""
    # Styled spans, not the Text's own style: a row is drawn from the prefix's segments, which carry only spans.
    # One width for both labels, so rows line up whatever their state; a narrow list keeps its cells for the text.
    pending = "PEND" if compact else "PENDING"
    width = QUEUE_LABEL_WIDTH_COMPACT if compact else QUEUE_LABEL_WIDTH
    label, name = (pending, PENDING_STYLE) if missed(record) else ("done", DONE_STYLE)
    return Text(end="").append(f" {label:<{width}} ", look(palette, name)).append(" ")


class QueueView(FeedView):
    """Flagged and held messages, oldest first, each pending or handled."""

    BINDINGS = [
        Binding("n", "next_pending(1)", "Next pending", id="queue.next_pending",
                tooltip="Select the next message nobody has handled yet"),
        Binding("N", "next_pending(-1)", "Prev pending", show=False, id="queue.prev_pending",
                tooltip="Select the previous message nobody has handled yet"),
    ]  # fmt: skip

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(accept=in_queue, decorate=queue_mark, id=id)
        self.tail = False  # a moderator works the queue from the oldest item
        self.pending_seqs: set[int] = set()

    def add(self, records: list[MessageRecord]) -> int:  # type: ignore[override]
        """Add new queue items; the first one is selected when nothing is."""
        added = super().add(records)
        for record in records:
            if missed(record):
                self.pending_seqs.add(record.seq)
        self.pending_seqs.intersection_update(self.index)
        if added and self.cursor < 0:
            self._move_to(0)
            self.unseen = 0  # the first items are on screen, the first selected: nothing unseen
        self._title()
        return added

    def update_record(self, record: MessageRecord) -> None:
        """Keep the item (undo stays at hand) and its pending state up to date."""
        super().update_record(record)
        if record.seq in self.index and missed(record):
            self.pending_seqs.add(record.seq)
        else:
            self.pending_seqs.discard(record.seq)
        self._title()

    def _title(self) -> None:
        retitle(self, f"Review queue — {len(self.pending_seqs)} pending of {len(self.rows)}")

    def watch_tail(self, tail: bool) -> None:
        pass  # the title shows the counts instead

    def action_next_pending(self, direction: int) -> None:
        """Select the next (or previous) item still pending."""
        self.jump(direction, missed)

    def action_next_flagged(self, direction: int) -> None:
        """In the queue every item is flagged: jump between pending ones instead."""
        self.action_next_pending(direction)


class InboxView(FeedView):
    """Escalated messages with their state, who escalated them, and how long they have waited."""

    BINDINGS = [
        Binding("A", "app.escalation('acknowledge')", "Acknowledge", id="inbox.acknowledge",
                tooltip="Acknowledge the selected escalation (the producer has it)"),
        Binding("R", "app.escalation('resolve')", "Resolve", id="inbox.resolve",
                tooltip="Resolve the selected escalation"),
        Binding("n", "next_open(1)", "Next open", id="inbox.next_open", tooltip="Select the next open escalation"),
        Binding("N", "next_open(-1)", "Prev open", show=False, id="inbox.prev_open",
                tooltip="Select the previous open escalation"),
    ]  # fmt: skip

    def __init__(
        self,
        info: Callable[[int], Escalation | None],
        *,
        clock: Callable[[], float] = time.time,
        id: str | None = None,
    ) -> None:
        super().__init__(accept=lambda r: r.escalation is not None, decorate=self._mark, id=id)
        # The selection stays on the item the producer chose: a new escalation must not move it (the next
        # A would acknowledge an item nobody read). New ones are counted on the border; End follows.
        self.tail = False
        self.info = info
        self.clock = clock
        self._drawn_second = 0
        """The clock's second the waiting times were last drawn at."""

    def add(self, records: list[MessageRecord]) -> int:  # type: ignore[override]
        """Add new escalations; the first one is selected when nothing is."""
        added = super().add(records)
        if added and self.cursor < 0:
            self._move_to(0)
            self.unseen = 0  # the first ones are on screen, the first selected: nothing unseen
        return added

    def _mark(self, record: MessageRecord, compact: bool = False, palette: Palette = FALLBACK) -> Text:
        # Every column has one width whatever the state, so that rows line up as escalations are acknowledged
        # and resolved (and every row gets the same layout of the columns after it).
        e = self.info(record.seq)
        text = Text(no_wrap=True, end="")
        state = record.escalation or EscalationState.OPEN
        label, look_name, _ = ESCALATION_MEANINGS[state]
        if compact:
            text.append(
                f" {ESCALATION_LABEL_COMPACT[state]:<{ESCALATION_LABEL_WIDTH_COMPACT}} ", look(palette, look_name)
            )
        else:
            text.append(f" {label.strip():<{ESCALATION_LABEL_WIDTH}} ", look(palette, look_name))
        detail = self._detail(state, e, compact)
        width = INBOX_DETAIL_COMPACT if compact else INBOX_DETAIL_FULL
        text.append(
            " " + fit_cells(detail, width).ljust(width), palette.info if state is not EscalationState.OPEN else ""
        )
        # In a narrow list who escalated is left to the detail pane (with the note): the message comes first.
        if not compact:
            by = fit_cells(e.escalated_by, INBOX_BY_WIDTH) if e is not None else ""
            text.append(f" by {by:<{INBOX_BY_WIDTH}}", "dim")
        text.append(" ")
        return text

    def _detail(self, state: EscalationState, e: Escalation | None, compact: bool) -> str:
        """How long it has waited (open), who acknowledged it and how fast, or how long it took to resolve."""
        if e is None:
            return ""
        if state is EscalationState.OPEN:
            waited = duration(self.clock() - e.escalated_at)
            return waited.rjust(INBOX_DETAIL_COMPACT)
        if state is EscalationState.ACKNOWLEDGED:
            ack = duration(e.time_to_acknowledge)
            who = e.acknowledged_by or "?"
            return fit_cells(who, INBOX_DETAIL_COMPACT) if compact else f"{fit_cells(who, 9)} in {ack}"
        took = duration(e.resolved_at - e.escalated_at) if e.resolved_at is not None else "—"
        return took if compact else f"settled in {took}"

    def tick(self) -> None:
        """Redraw waiting times (shown to the second: once a second at most)."""
        second = int(self.clock())
        if second != self._drawn_second and any(r.escalation is EscalationState.OPEN for r in self.rows):
            self._drawn_second = second
            self.redraw()

    def action_next_open(self, direction: int) -> None:
        """Select the next (or previous) escalation nobody acknowledged."""
        self.jump(direction, lambda record: record.escalation is EscalationState.OPEN)

    def watch_tail(self, tail: bool) -> None:
        self.border_title = "Escalations (following the newest)" if tail else "Escalations"


class OnAirView(Themed, ScrollView, can_focus=True):
    """The clean feed a presenter reads from: passed or approved messages only, wrapped, newest at the bottom.

    Personal data in an approved message is shown as its label (``[email]``), never as it was written.

    With a delay, every message waits that long before it appears, so that moderators see it first; a
    message hidden or held meanwhile never appears, and one that is hidden later is taken off again.
    ``held_back`` says until when a message also waits for something else (a first-time flag that may
    follow: :meth:`castguard.session.engine.Session.flags_due`).
    """

    # A scrollbar that is always there: with ``auto`` the view could not scroll until one had been shown, so it
    # stayed on the session's first messages while the cursor (and the keys) went to rows nobody could see.
    DEFAULT_CSS = """
    OnAirView { background: $background; padding: 0 0 0 2; overflow-x: hidden; overflow-y: scroll; }
    """
    BINDINGS = [
        Binding("j,down", "cursor(1)", "Down", show=False, id="onair.down", tooltip="Select the next message"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="onair.up",
                tooltip="Select the previous message; pauses following"),
        Binding("pagedown,ctrl+f", "page(1)", "Page down", show=False, id="onair.page_down",
                tooltip="Move the selection a screenful down"),
        Binding("pageup,ctrl+b", "page(-1)", "Page up", show=False, id="onair.page_up",
                tooltip="Move the selection a screenful up; pauses following"),
        Binding("end,G", "tail", "Follow", id="onair.tail", tooltip="Jump to the newest message and follow"),
        Binding("home,g", "first", "First", show=False, id="onair.first", tooltip="Select the oldest message shown"),
    ]  # fmt: skip

    class Selected(Message):
        """The presenter's cursor moved."""

        def __init__(self, record: MessageRecord | None) -> None:
            super().__init__()
            self.record = record

    def __init__(
        self,
        *,
        delay: float = 0.0,
        clock: Callable[[], float] = time.time,
        held_back: Callable[[int], float | None] | None = None,
        max_rows: int = ON_AIR_ROWS,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.delay = delay
        self.clock = clock
        self.held_back = held_back
        """Until when a message (by seq) waits besides the delay, ``None`` when it does not."""
        self.max_rows = max_rows
        self.items: list[MessageRecord] = []
        self.waiting: deque[MessageRecord] = deque()
        """Eligible messages whose delay has not passed yet, in arrival order."""
        self.latest: dict[int, MessageRecord] = {}
        """Newest record of each message waiting or on air (state changes arrive while they wait)."""
        self.cursor = -1
        self.tail = True
        self._lines: LRUCache[tuple[int, int, bool], list[Strip]] = LRUCache(1024)
        self._offsets: list[int] = [0]
        self._width = 0
        self._dirty = False
        """The layout is stale (it is only computed while the view is shown)."""
        self.pinned: frozenset[int] = frozenset()
        """Messages the producer pinned: marked in the stream (and shown above it by :class:`PinnedStrip`)."""

    def set_pinned(self, pinned: frozenset[int]) -> None:
        """The producer pinned or unpinned messages: their rows are drawn again with (or without) the mark."""
        if pinned == self.pinned:
            return
        changed = pinned ^ self.pinned
        self.pinned = pinned
        if any(record.seq in changed for record in self.items):
            self._lines.clear()
            self._relayout()

    # -- data ------------------------------------------------------------------------------

    @property
    def selected(self) -> MessageRecord | None:
        """The message under the cursor."""
        return self.items[self.cursor] if 0 <= self.cursor < len(self.items) else None

    def selection_in_sight(self) -> bool:
        """Whether the selected message is drawn in the window now (the keys act on nothing else)."""
        if not (0 <= self.cursor < len(self.items)) or self._dirty or len(self._offsets) <= self.cursor + 1:
            return False
        top, bottom = self._offsets[self.cursor], self._offsets[self.cursor + 1]
        height = self.scrollable_content_region.height
        # As much of it as the window can hold: a message taller than the window counts from its first line.
        return in_window(top, min(bottom, top + height) - 1, self.scroll_y, height)

    def bring_selection_into_sight(self) -> None:
        """Scroll so that the selected message is in the window."""
        self._scroll_cursor_into_view()

    def offer(self, records: list[MessageRecord]) -> None:
        """New messages from the session: the eligible ones wait for the delay, then go on air."""
        for record in records:
            if on_air(record) and record.seq not in self.latest:
                self.latest[record.seq] = record
                self.waiting.append(record)
        self.release()

    def update_record(self, record: MessageRecord) -> None:
        """A message changed state: approved ones join, hidden or held ones leave."""
        if record.seq in self.latest:
            self.latest[record.seq] = record
            if not on_air(record):
                self._take_off(record.seq)
        elif on_air(record):
            self.latest[record.seq] = record
            self.waiting.append(record)
            self.release()

    def clear(self) -> None:
        """Take everything off air and forget what was waiting (the chat starts again elsewhere)."""
        self.items.clear()
        self.waiting.clear()
        self.latest.clear()
        self.cursor = -1
        self._lines.clear()
        self._relayout()
        self._title()

    def _take_off(self, seq: int) -> None:
        self.latest.pop(seq, None)
        for i, item in enumerate(self.items):
            if item.seq == seq:
                del self.items[i]
                if self.cursor >= i:
                    self.cursor = max(self.cursor - 1, 0 if self.items else -1)
                self._relayout()
                break

    def release(self) -> None:
        """Put on air every waiting message whose delay has passed (and that is still eligible)."""
        now = self.clock()
        released = False
        # Approved messages may arrive out of order; the queue is short, so scan it rather than assume order.
        keep: deque[MessageRecord] = deque()
        while self.waiting:
            record = self.waiting.popleft()
            current = self.latest.get(record.seq)
            if current is None or not on_air(current):
                continue
            until = self.held_back(record.seq) if self.held_back is not None else None
            if record.message.received_at + self.delay > now or (until is not None and until > now):
                keep.append(record)
                continue
            self.items.append(current)
            released = True
        self.waiting = keep
        if len(self.items) > self.max_rows:
            for gone in self.items[: len(self.items) - self.max_rows]:
                self.latest.pop(gone.seq, None)
            drop = len(self.items) - self.max_rows
            del self.items[:drop]
            self.cursor = max(self.cursor - drop, -1)
        if released:
            if self.tail:
                self.cursor = len(self.items) - 1
            self._relayout()
        self._title()

    def _title(self) -> None:
        delay = f" · {self.delay:g}s delay, {len(self.waiting)} waiting" if self.delay else ""
        if not self.delay and self.waiting:
            delay = f" · {len(self.waiting)} waiting for the platform's flags"
        retitle(self, f"ON AIR{delay}" + ("" if self.tail else " · paused (End follows)"))

    # -- layout and rendering ----------------------------------------------------------------

    def _wrapped(self, record: MessageRecord, width: int, selected: bool, base: Style) -> list[Strip]:
        key = (record.seq, width, selected)
        lines = self._lines.get(key)
        if lines is None:
            console = self.app.console
            palette = self.palette
            head = Text(no_wrap=True, end="")
            head.append(record.message.author.name, palette.name)
            if record.state is MessageState.APPROVED:
                head.append("  ✓ approved", palette.approved)
            if record.seq in self.pinned:
                head.append(f"  {PINNED_MARK} PINNED", palette.accent)
            # A presenter reads this aloud: an approved message's personal data never reaches the air.
            body = Text(redact_text(record.message.text, record.verdict.findings), style="bold", end="")
            wrapped = body.wrap(console, max(width - 4, 10))
            texts = [head, *(Text("  ").append_text(line) for line in wrapped), Text("")]
            lines = []
            for text in texts:
                # The view's colours under the text (a light theme's background, not the terminal's), and the
                # cursor's over them on the selected message's lines.
                under = base + palette.cursor if selected and text.plain else base
                lines.append(Strip(list(text.render(console))).apply_style(under).crop_extend(0, width, under))
            self._lines[key] = lines
        return lines

    def _relayout(self) -> None:
        if not self.is_on_screen:
            # Nobody reads a hidden view: lay it out when it is shown, not at every batch of a busy chat.
            self._dirty = True
            return
        self._dirty = False
        width = max(self.scrollable_content_region.width, 20)
        base = self.rich_style
        offsets = [0]
        for i, record in enumerate(self.items):
            offsets.append(offsets[-1] + len(self._wrapped(record, width, i == self.cursor, base)))
        self._offsets = offsets
        self.virtual_size = Size(width, offsets[-1])
        if self.tail:
            self.scroll_end(animate=False, immediate=True)
        else:
            self._scroll_cursor_into_view()
        self.refresh()

    def palette_changed(self) -> None:
        """Another theme: the wrapped lines are drawn again in its colours."""
        self._lines.clear()
        self._relayout()

    def on_show(self) -> None:
        if self._dirty:
            self.call_after_refresh(self._relayout)

    def render_line(self, y: int) -> Strip:
        width = max(self.scrollable_content_region.width, 20)
        line = self.scroll_offset.y + y
        if not self.items or line >= self._offsets[-1]:
            return Strip.blank(self.size.width, self.rich_style)
        index = _bisect(self._offsets, line)
        if index >= len(self.items):
            return Strip.blank(self.size.width, self.rich_style)
        lines = self._wrapped(self.items[index], width, index == self.cursor, self.rich_style)
        strip = lines[min(line - self._offsets[index], len(lines) - 1)]
        return strip.crop_extend(0, self.size.width, self.rich_style)

    def on_resize(self) -> None:
        # Setting virtual_size resizes the view too: only a new width invalidates the wrapped lines.
        width = self.scrollable_content_region.width
        if width != self._width:
            self._width = width
            self._lines.clear()
            self._relayout()

    def _scroll_cursor_into_view(self) -> None:
        if not (0 <= self.cursor < len(self.items)):
            return
        top, bottom = self._offsets[self.cursor], self._offsets[self.cursor + 1]
        height = max(self.scrollable_content_region.height, 1)
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > self.scroll_y + height:
            self.scroll_to(y=bottom - height, animate=False, immediate=True)

    # -- movement ----------------------------------------------------------------------------

    def _move(self, position: int) -> None:
        if not self.items:
            return
        self.cursor = max(0, min(position, len(self.items) - 1))
        self.tail = self.cursor == len(self.items) - 1 and self.tail
        self._relayout()
        self._title()
        self.post_message(self.Selected(self.selected))

    def action_cursor(self, delta: int) -> None:
        """Move the selection; moving up pauses following."""
        if delta < 0:
            self.tail = False
        start = self.cursor if self.cursor >= 0 else len(self.items) - 1
        self._move(start + delta)

    def action_page(self, direction: int) -> None:
        """Move the selection about a screenful (messages take three lines or more)."""
        self.action_cursor(direction * max(self.scrollable_content_region.height // 3, 1))

    def action_first(self) -> None:
        """Select the oldest message shown."""
        self.tail = False
        self._move(0)

    def action_tail(self) -> None:
        """Follow the newest message again."""
        self.tail = True
        self._move(len(self.items) - 1)


class PinnedStrip(Themed, SteadyStatic):
    """The producer's pinned messages, above the on-air stream, each marked; personal data shown as its label."""

    DEFAULT_CSS = """
    PinnedStrip { height: auto; max-height: 8; border: round $warning; padding: 0 1; display: none; }
    PinnedStrip.-pinned { display: block; }
    """

    _pins: list[MessageRecord] = []

    def show(self, pins: list[MessageRecord]) -> None:
        """Draw the pinned messages still fit for the air (one hidden or held since is not read out)."""
        self._pins = pins
        shown = [r for r in pins if on_air(r)]
        palette = self.palette
        self.set_class(bool(shown), "-pinned")
        retitle(self, f"{PINNED_MARK} PINNED by the producer ({len(shown)})")
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        for i, record in enumerate(shown):
            if i:
                text.append("\n")
            text.append(PINNED_MARK + " ", palette.accent)
            text.append(clean_text(record.message.author.name, 40) + ": ", palette.name)
            text.append(clean_text(redact_text(record.message.text, record.verdict.findings), 300), "bold")
        self.show_content(text)

    def palette_changed(self) -> None:
        """Another theme: drawn again in its colours."""
        self.show(self._pins)


def _bisect(offsets: list[int], line: int) -> int:
    lo, hi = 0, len(offsets) - 1
    while lo < hi - 1:
        mid = (lo + hi) // 2
        if offsets[mid] <= line:
            lo = mid
        else:
            hi = mid
    return lo
