"""The desk on a recording: the live desk fed by the replay source, plus pace, seek and notes.

Everything on screen is drawn by the live desk's own code (:class:`castguard.tui.app.DeskApp`, opened
for review: its moderation keys are off). This module brings the desk its screen, :class:`ReplayScreen`,
which is the replay's key scope (pace, seek, notes), and the :class:`ReplayBar` under the views. The
session behind it writes to a scratch store, so nothing done during a replay reaches a platform or the
recording; only notes are written to the recording, in their own table.
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
from castguard.session.engine import Session
from castguard.session.replay import SPEEDS, ReplayController, Seeked, parse_position
from castguard.session.store import Store, StoreError
from castguard.tui.app import DeskApp
from castguard.tui.feed import FeedView
from castguard.tui.palette import Themed
from castguard.tui.widgets import DeskScreen

#: How often the control bar is redrawn (seconds).
BAR_INTERVAL = 0.2


def _speed_label(speed: float | None) -> str:
    return "max" if speed is None else f"{speed:g}×"


def _hms(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class ReplayBar(Themed, Static):
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
        p = self.palette
        text = Text(no_wrap=True, end="")
        if c.at_end:
            text.append(" ■ end ", p.queue_pending)
        elif c.paused:
            text.append(f" ⏸ paused {_speed_label(c.speed)} ", p.queue_pending)
        else:
            text.append(f" ▶ {_speed_label(c.speed)} ", p.promote)
        # On a narrow terminal the date, the bar and the total shrink or go, so the line fits and never wraps.
        narrow = self.size.width < 120
        when = dt.datetime.fromtimestamp(c.position).strftime("%H:%M:%S" if narrow else "%Y-%m-%d %H:%M:%S")
        text.append(f"  {when}  ", "bold")
        width = 12 if narrow else 30
        filled = min(max(int(done * width), 0), width)
        text.append("█" * filled, p.info)
        text.append("░" * (width - filled), "dim")
        text.append(f" {done:4.0%}  {_hms(c.position - reader.start)} / {_hms(span)}  ", "")
        if not narrow:
            text.append(f"{reader.total:,} messages in the recording", "dim")
        text.append("\n")
        notes = self.notes()
        if notes:
            text.append(f"{len(notes)} note(s) on this message, latest by ", p.accent)
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


class ReplayNotes:
    """Reviewers' notes, kept in the recording's own file (in their own table, apart from the action log)."""

    def __init__(self, recording: Store, path: Path | None = None, store: Store | None = None) -> None:
        self.recording = recording
        """The recording under review (read-only)."""
        self.path = path
        self._store = store

    def store(self) -> Store | None:
        """The session file opened for notes (``None`` when the replay has no file to write to)."""
        if self._store is None and self.path is not None:
            # Opened only when a reviewer writes or reads notes; migrates an older file to the notes schema.
            self._store = Store(self.path, create=False)
        return self._store

    def seq_in_recording(self, record: MessageRecord) -> int | None:
        """The message's sequence number in the recording (the replay's own numbers start at each seek)."""
        return self.recording.seq_of(record.message.source, record.message.id)

    def on(self, record: MessageRecord) -> list[tuple[str, str]]:
        """(author, text) of the notes on a message, oldest first."""
        if self._store is None:
            return []
        seq = self.seq_in_recording(record)
        return [(n.author, n.text) for n in self._store.notes(message_seq=seq)] if seq is not None else []

    def close(self) -> None:
        """Close the session file opened for notes."""
        if self._store is not None:
            self._store.close()
            self._store = None


class ReplayScreen(DeskScreen):
    """The desk's screen in a replay: the views, and the replay's own keys (pace, seek, notes)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_pause", "Pause", id="replay.pause", tooltip="Pause or resume the replay"),
        Binding("full_stop", "step", "Step", id="replay.step", tooltip="Play the next message only (pauses)"),
        # Not 1-5: those show the desk's views, in a replay as live.
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

    def __init__(self, session: Session, controller: ReplayController, notes: ReplayNotes) -> None:
        super().__init__(id="_default")
        self.controller = controller
        self.notes = notes
        self.bar = ReplayBar(controller, self.selected_notes, id="replay-bar")
        """The control bar the desk shows under its views."""
        self._focus: tuple[str, str] | None = None
        session.subscribe(self._seeked)

    def on_mount(self) -> None:
        # The desk's own timers (figures, waiting times) run as live; this one only follows a seek.
        self.set_interval(BAR_INTERVAL, self.select_seek_focus)
        self.notify(
            "Recorded actions appear as they happened. Nothing done here reaches a platform or the recording; "
            "notes (c) are saved in the session file.",
            title="Replay",
        )

    @property
    def feed(self) -> FeedView:
        """The desk's feed (on this screen)."""
        return self.query_one("#feed", FeedView)

    def _seeked(self, update: object) -> None:
        if isinstance(update, Seeked):
            # Updates still waiting to be drawn belong to the old position: they go with the rows on screen.
            self.desk.start_over()
            self._focus = update.focus

    def select_seek_focus(self) -> None:
        """After a seek to a flag or an action, select that message once it is on screen."""
        if self._focus is not None:
            seq = self.desk.session.store.seq_of(*self._focus)
            if seq is not None and self.feed.select_seq(seq):
                self._focus = None

    def selected_notes(self) -> list[tuple[str, str]]:
        """The notes (author, text) on the feed's selected message."""
        record = self.feed.selected
        return self.notes.on(record) if record is not None else []

    # -- controls -------------------------------------------------------------------------------

    def action_toggle_pause(self) -> None:
        """Pause or resume."""
        self.controller.toggle()
        self.bar.draw()

    def action_step(self) -> None:
        """Play exactly one more message."""
        self.controller.step()
        self.bar.draw()

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
        self.bar.draw()

    def action_jump(self, seconds: float) -> None:
        """Seek relative to the current position."""
        self.controller.seek_relative(seconds)
        self.bar.draw()

    def action_seek_flag(self, direction: int) -> None:
        """Seek to the next or previous flagged message."""
        if self.controller.seek_flag(direction) is None:
            self.app.bell()
            self.notify("No more flagged messages that way.", severity="warning")
        self.bar.draw()

    def action_seek_action(self, direction: int) -> None:
        """Seek to the next or previous recorded action."""
        action = self.controller.seek_action(direction)
        if action is None:
            self.app.bell()
            self.notify("No more recorded actions that way.", severity="warning")
        else:
            self.notify(f"{action.kind.value} by {action.actor}", title=f"Action #{action.id}")
        self.bar.draw()

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
            self.bar.draw()

        self.app.push_screen(PromptScreen("Go to", "+30s, -5m, @1h20m (from the start), 42%, or 14:05:30"), answered)

    def action_note(self) -> None:
        """Annotate the selected message (or the current moment when nothing is selected)."""
        record = self.feed.selected
        position = self.controller.position
        about = f"#{record.message.id} by {record.message.author.name}" if record else "this moment of the recording"

        def answered(value: str | None) -> None:
            if not value or not value.strip():
                return
            try:
                store = self.notes.store()
                if store is None:
                    self.notify("This replay has no session file to keep notes in.", severity="error")
                    return
                seq = self.notes.seq_in_recording(record) if record is not None else None
                store.add_note(value, author=self.desk.session.moderator, position=position, message_seq=seq)
            except (StoreError, ValueError) as exc:
                self.notify(str(exc), title="Note not saved", severity="error")
                return
            self.notify(f"Note saved in {store.path.name}", title="Note")
            self.bar.draw()

        self.app.push_screen(PromptScreen(f"Note on {about}", "Saved in the session file, apart from live actions."),
                             answered)  # fmt: skip


class ReplayApp(DeskApp):
    """castguard's desk replaying a recording: the desk opened for review on a :class:`ReplayScreen`."""

    TITLE = "castguard replay"

    def __init__(
        self,
        session: Session,
        controller: ReplayController,
        *,
        notes_path: Path | None = None,
        notes_store: Store | None = None,
        config: Config | None = None,
    ) -> None:
        self.controller = controller
        self.notes = ReplayNotes(controller.reader.store, notes_path, notes_store)
        screen = ReplayScreen(session, controller, self.notes)
        # The desk's clock is the recording's: rates, inbox ages and the on-air delay follow the replay.
        super().__init__(
            session, config=config, clock=controller.clock, moderation=False, screen=screen, bars=[screen.bar]
        )

    def close_notes(self) -> None:
        """Close the session file opened for notes."""
        self.notes.close()
