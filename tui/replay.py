"""The desk on a recording: the live desk fed by the replay connector, plus pace, seek and notes.

Everything on screen is drawn by the live desk's own code (:class:`castguard.tui.app.DeskApp`);
this module adds the replay control bar, its keys and reviewer notes. The
session behind it writes to a scratch store, so nothing done during a replay
reaches a platform or the recording; only notes are written to the recording,
in their own table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from castguard.core.config import Config
from castguard.core.model import MessageRecord
from castguard.session.engine import Session, SessionUpdate
from castguard.session.replay import ReplayController, Seeked, parse_position
from castguard.session.store import Store, StoreError
from castguard.tui.app import DeskApp
from castguard.tui.feed import FeedView
from castguard.tui.views import InboxView, QueueView

#: How often the control bar is redrawn (seconds).
BAR_INTERVAL = 0.2
#: The paces ``-`` and ``+`` step through (``None``: as fast as possible).
SPEEDS: tuple[float | None, ...] = (1.0, 2.0, 10.0, None)
#: The desk's actions that act on the chat: a recording is reviewed, not moderated.
MODERATION_ACTIONS = frozenset({"act", "author", "author_all", "raid", "escalate_note", "escalation", "lockdown"})


def _speed_label(speed: float | None) -> str:
    return "max" if speed is None else f"{speed:g}×"


def _hms(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class ReplayBar(Static):
    """Pace, position and the keys of the replay; notes of the selected message.

    The bar redraws itself from the controller a few times a second; the desk
    only tells it where to find the notes of the selected message.
    """

    DEFAULT_CSS = """
    ReplayBar { height: 2; background: $boost; padding: 0 1; }
    """

    def __init__(
        self, controller: ReplayController, notes: Callable[[], list[tuple[str, str]]], *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.controller = controller
        self.notes = notes
        """The notes (author, text) on the selected message."""

    def on_mount(self) -> None:
        # Drawn once the desk's lists are mounted too (the notes are those of the feed's selection).
        self.call_after_refresh(self.draw)
        self.set_interval(BAR_INTERVAL, self.draw)

    def draw(self) -> None:
        """Show the controller's state and the selected message's notes."""
        c = self.controller
        reader = c.reader
        span = max(reader.end - reader.start, 1e-9)
        done = (c.position - reader.start) / span
        text = Text(no_wrap=True, end="")
        if c.at_end:
            text.append(" ■ end ", "bold black on yellow")
        elif c.paused:
            text.append(f" ⏸ paused {_speed_label(c.speed)} ", "bold black on yellow")
        else:
            text.append(f" ▶ {_speed_label(c.speed)} ", "bold black on green")
        # On a narrow terminal the date, the bar and the total shrink or go, so the line fits and never wraps.
        narrow = self.size.width < 120
        when = dt.datetime.fromtimestamp(c.position).strftime("%H:%M:%S" if narrow else "%Y-%m-%d %H:%M:%S")
        text.append(f"  {when}  ", "bold")
        width = 12 if narrow else 30
        filled = min(max(int(done * width), 0), width)
        text.append("█" * filled, "cyan")
        text.append("░" * (width - filled), "dim")
        text.append(f" {done:4.0%}  {_hms(c.position - reader.start)} / {_hms(span)}  ", "")
        if not narrow:
            text.append(f"{reader.total:,} messages in the recording", "dim")
        text.append("\n")
        notes = self.notes()
        if notes:
            text.append(f"{len(notes)} note(s) on this message, latest by ", "bold magenta")
            text.append(notes[-1][0], "bold")
            text.append(": ")
            text.append(notes[-1][1][:200])
        else:
            text.append(
                "space pause · - + speed · . step · ←/→ ±30s · [ ] flags · { } actions · : go to · c note", "dim"
            )
        self.update(text)


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line of text (a note, a time to go to); Escape cancels."""

    DEFAULT_CSS = """
    PromptScreen { align: center middle; }
    PromptScreen > Vertical { width: 80; height: auto; border: round $primary; background: $panel; padding: 1 2; }
    PromptScreen Label { width: 100%; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, title: str, hint: str, *, max_length: int = 0) -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.max_length = max_length

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.title_text, style="bold"))
            yield Label(Text(self.hint, style="dim"))
            yield Input(id="prompt-input", max_length=self.max_length)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Close without an answer."""
        self.dismiss(None)


class ReplayApp(DeskApp):
    """castguard's desk replaying a recording."""

    TITLE = "castguard replay"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_pause", "Pause", id="replay.pause", tooltip="Pause or resume the replay"),
        Binding("full_stop", "step", "Step", id="replay.step", tooltip="Play the next message only (pauses)"),
        # Not 1-4: those show the desk's views, in a replay as live.
        Binding("plus,equals_sign", "pace(1)", "Faster", show=False, id="replay.faster",
                tooltip="Play faster: 1×, 2×, 10×, as fast as possible"),
        Binding("minus", "pace(-1)", "Slower", show=False, id="replay.slower", tooltip="Play slower"),
        Binding("right", "jump(30)", "+30s", show=False, id="replay.forward", tooltip="Seek 30 seconds ahead"),
        Binding("left", "jump(-30)", "-30s", show=False, id="replay.back", tooltip="Seek 30 seconds back"),
        Binding("right_square_bracket", "seek_flag(1)", "Next flag", id="replay.next_flag",
                tooltip="Seek to the next flagged message in the recording"),
        Binding("left_square_bracket", "seek_flag(-1)", "Prev flag", show=False, id="replay.prev_flag",
                tooltip="Seek to the previous flagged message"),
        Binding("right_curly_bracket", "seek_action(1)", "Next action", id="replay.next_action",
                tooltip="Seek to the next moderator action in the recording"),
        Binding("left_curly_bracket", "seek_action(-1)", "Prev action", show=False, id="replay.prev_action",
                tooltip="Seek to the previous moderator action"),
        Binding("colon", "goto", "Go to", id="replay.goto", tooltip="Seek to a time (+30s, -5m, @1h20m, 42%, 14:05)"),
        Binding("c", "note", "Note", id="replay.note", tooltip="Annotate the selected message (saved in the session)"),
    ]  # fmt: skip

    def __init__(
        self,
        session: Session,
        controller: ReplayController,
        *,
        notes_path: Path | None = None,
        notes_store: Store | None = None,
        config: Config | None = None,
    ) -> None:
        # The desk's clock is the recording's: rates, inbox ages and the on-air delay follow the replay.
        super().__init__(session, config=config, clock=controller.clock)
        self.controller = controller
        self._notes_path = notes_path
        self._notes = notes_store
        self._focus: tuple[str, str] | None = None
        session.subscribe(self._on_replay_update)

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield ReplayBar(self.controller, self._selected_notes, id="replay-bar")

    def on_mount(self) -> None:
        # The desk's own timers (figures, waiting times) run as live; this one only follows a seek.
        self.set_interval(BAR_INTERVAL, self._select_seek_focus)
        self.notify(
            "Recorded actions appear as they happened. Nothing done here reaches a platform or the recording; "
            "notes (c) are saved in the session file.",
            title="Replay",
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A recording is reviewed, not moderated: the desk's moderation keys are off (and not offered)."""
        if action in MODERATION_ACTIONS:
            return False
        return super().check_action(action, parameters)

    # -- replay updates ------------------------------------------------------------------------

    def _on_replay_update(self, update: SessionUpdate | object) -> None:
        if not isinstance(update, Seeked):
            return
        # The desk starts over from the messages around the new position. Updates still waiting to be
        # drawn belong to the old position: drop them with the rows already on screen.
        inbox = getattr(self, "_inbox", None)
        if isinstance(inbox, list):
            inbox.clear()
        for feed in self.desk_screen.query(FeedView):
            feed.clear()
            feed.tail = not isinstance(feed, QueueView | InboxView)
            feed.unseen = 0
        stats = getattr(self, "stats", None)
        if stats is not None:
            # Rates and shares start over with the window the seek shows.
            self.stats = type(stats)(sentiment_alert=self.session.pipeline.policy.sentiment_alert)
        self._focus = update.focus

    def _select_seek_focus(self) -> None:
        """After a seek to a flag or an action, select that message once it is on screen."""
        if self._focus is not None:
            seq = self.session.store.seq_of(*self._focus)
            if seq is not None and self.desk_screen.query_one("#feed", FeedView).select_seq(seq):
                self._focus = None

    def _draw_bar(self) -> None:
        self.desk_screen.query_one(ReplayBar).draw()

    def _selected_notes(self) -> list[tuple[str, str]]:
        record = self.desk_screen.query_one("#feed", FeedView).selected
        return self._notes_for(record) if record is not None else []

    # -- controls -------------------------------------------------------------------------------

    def action_toggle_pause(self) -> None:
        """Pause or resume."""
        self.controller.toggle()
        self._draw_bar()

    def action_step(self) -> None:
        """Play exactly one more message."""
        self.controller.step()
        self._draw_bar()

    def action_pace(self, step: int) -> None:
        """Play one step faster (``step`` 1) or slower (-1) on the ladder of :data:`SPEEDS`; plays if paused."""
        current = self.controller.speed
        index = SPEEDS.index(current) if current in SPEEDS else 0
        self.action_speed(SPEEDS[max(0, min(index + step, len(SPEEDS) - 1))] or 0)

    def action_speed(self, speed: float) -> None:
        """Set the pace (0 means as fast as possible)."""
        self.controller.set_speed(None if speed == 0 else speed)
        if self.controller.paused:
            self.controller.resume()
        self._draw_bar()

    def action_jump(self, seconds: float) -> None:
        """Seek relative to the current position."""
        self.controller.seek_relative(seconds)
        self._draw_bar()

    def action_seek_flag(self, direction: int) -> None:
        """Seek to the next or previous flagged message."""
        if self.controller.seek_flag(direction) is None:
            self.bell()
            self.notify("No more flagged messages that way.", severity="warning")
        self._draw_bar()

    def action_seek_action(self, direction: int) -> None:
        """Seek to the next or previous recorded action."""
        action = self.controller.seek_action(direction)
        if action is None:
            self.bell()
            self.notify("No more recorded actions that way.", severity="warning")
        else:
            self.notify(f"{action.kind.value} by {action.actor}", title=f"Action #{action.id}")
        self._draw_bar()

    def action_goto(self) -> None:
        """Ask for a time and seek there."""

        def answered(value: str | None) -> None:
            if not value:
                return
            reader = self.controller.reader
            try:
                at = parse_position(value, start=reader.start, end=reader.end, current=self.controller.position)
            except ValueError as exc:
                self.notify(str(exc), severity="error")
                return
            self.controller.seek(at)
            self._draw_bar()

        self.push_screen(PromptScreen("Go to", "+30s, -5m, @1h20m (from the start), 42%, or 14:05:30"), answered)

    # -- notes ----------------------------------------------------------------------------------

    def _notes_store(self) -> Store | None:
        if self._notes is None and self._notes_path is not None:
            # Opened only when a reviewer writes or reads notes; migrates an older file to the notes schema.
            self._notes = Store(self._notes_path, create=False)
        return self._notes

    def _original_seq(self, record: MessageRecord) -> int | None:
        return self.controller.reader.store.seq_of(record.message.source, record.message.id)

    def _notes_for(self, record: MessageRecord) -> list[tuple[str, str]]:
        if self._notes is None:
            return []
        seq = self._original_seq(record)
        return [(n.author, n.text) for n in self._notes.notes(message_seq=seq)] if seq is not None else []

    def action_note(self) -> None:
        """Annotate the selected message (or the current moment when nothing is selected)."""
        record = self.desk_screen.query_one("#feed", FeedView).selected
        position = self.controller.position
        about = f"#{record.message.id} by {record.message.author.name}" if record else "this moment of the recording"

        def answered(value: str | None) -> None:
            if not value or not value.strip():
                return
            try:
                store = self._notes_store()
                if store is None:
                    self.notify("This replay has no session file to keep notes in.", severity="error")
                    return
                seq = self._original_seq(record) if record is not None else None
                store.add_note(value, author=self.session.moderator, position=position, message_seq=seq)
            except (StoreError, ValueError) as exc:
                self.notify(str(exc), title="Note not saved", severity="error")
                return
            self.notify(f"Note saved in {store.path.name}", title="Note")
            self._draw_bar()

        self.push_screen(PromptScreen(f"Note on {about}", "Saved in the session file, apart from live actions."),
                         answered)  # fmt: skip

    def close_notes(self) -> None:
        """Close the session file opened for notes."""
        if self._notes is not None:
            self._notes.close()
            self._notes = None
