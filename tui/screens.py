"""Modal screens: help, the timeout/ban and bulk confirmations, one-line notes."""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from castguard.core.model import ActionKind, MessageRecord
from castguard.core.text import clean_text

#: Timeout presets offered by the confirmation (seconds).
TIMEOUT_PRESETS: tuple[tuple[str, int], ...] = (
    ("1 minute", 60),
    ("10 minutes", 600),
    ("1 hour", 3600),
    ("24 hours", 86400),
)
#: Reason presets (key, text recorded with the action).
REASONS: tuple[tuple[str, str], ...] = (
    ("s", "spam"),
    ("h", "harassment"),
    ("p", "privacy"),
    ("t", "threat"),
    ("m", "misinformation"),
)


class HelpScreen(ModalScreen[None]):
    """Every key of the desk, grouped, generated from the active bindings (so user keymaps show as they are).

    The list scrolls (arrows, j/k, Page Up/Down) when the terminal is shorter than it.
    """

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 96; max-width: 100%; height: auto; max-height: 100%; border: thick $accent; background: $panel;
        padding: 0 1;
    }
    """
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close"),
        Binding("j", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("k", "scroll('up')", "Up", show=False, id="help.up"),
    ]

    def __init__(self, groups: list[tuple[str, list[tuple[str, str, str]]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-keys"):
            yield Static(Text("castguard — keys   (Esc closes; ↑/↓, j/k, PgUp/PgDn scroll)", style="bold"))
            for group, rows in self.groups:
                table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
                table.add_column("key", style="bold cyan", no_wrap=True, min_width=10)
                table.add_column("action", no_wrap=True, min_width=13)
                table.add_column("what it does", style="dim", ratio=1)
                for key, description, tooltip in rows:
                    table.add_row(Text(key), Text(description), Text(tooltip))
                yield Static(Text("\n" + group, style="bold underline"))
                yield Static(table)

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_scroll(self, direction: str) -> None:
        """Scroll the list one line."""
        keys = self.query_one(VerticalScroll)
        if direction == "down":
            keys.scroll_down(animate=False)
        else:
            keys.scroll_up(animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)


@dataclass(frozen=True)
class Confirmed:
    """The moderator's answer in :class:`ConfirmAuthorAction`."""

    kind: ActionKind
    duration: int | None
    reason: str


class ConfirmAuthorAction(ModalScreen[Confirmed | None]):
    """Confirm a timeout (duration and reason presets) or a ban of the selected message's author."""

    DEFAULT_CSS = """
    ConfirmAuthorAction { align: center middle; }
    ConfirmAuthorAction > Vertical {
        width: 72; height: auto; border: thick $error; background: $panel; padding: 1 2;
    }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="confirm.cancel"),
        Binding("enter,y", "confirm", "Confirm", id="confirm.ok"),
        *(Binding(str(i + 1), f"preset({i})", show=False, id=f"confirm.duration{i + 1}") for i in range(4)),
        *(Binding(key, f"reason({i})", show=False, id=f"confirm.reason.{key}") for i, (key, _) in enumerate(REASONS)),
    ]

    def __init__(self, kind: ActionKind, record: MessageRecord) -> None:
        super().__init__()
        self.kind = kind
        self.record = record
        self.duration = TIMEOUT_PRESETS[1][1] if kind is ActionKind.TIMEOUT else None
        self.reason = REASONS[0][1]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._prompt(), id="prompt")

    def _prompt(self) -> Text:
        author = self.record.message.author
        text = Text()
        text.append("Ban " if self.kind is ActionKind.BAN else "Time out ", "bold red")
        text.append(author.name, "bold")
        text.append(f" ({author.id}) on {self.record.message.platform}", "dim")
        if self.kind is ActionKind.TIMEOUT:
            text.append("\n\nDuration:")
            for i, (label, seconds) in enumerate(TIMEOUT_PRESETS, start=1):
                text.append(f" {i} {label} ", "bold reverse" if seconds == self.duration else "")
        else:
            text.append("\n\nPermanent ban (undo with u unbans).", "yellow")
        text.append("\nReason:  ")
        for key, reason in REASONS:
            text.append(f" {key} {reason} ", "bold reverse" if reason == self.reason else "")
        text.append("\n\nEnter confirms, Esc cancels.", "dim")
        return text

    def _refresh_prompt(self) -> None:
        # Keys typed fast can arrive before the prompt is composed; compose then draws the choice made.
        for prompt in self.query("#prompt").results(Static):
            prompt.update(self._prompt())

    def action_preset(self, index: int) -> None:
        """Choose a timeout duration."""
        if self.kind is ActionKind.TIMEOUT:
            self.duration = TIMEOUT_PRESETS[index][1]
            self._refresh_prompt()

    def action_reason(self, index: int) -> None:
        """Choose the recorded reason."""
        self.reason = REASONS[index][1]
        self._refresh_prompt()

    def action_confirm(self) -> None:
        self.dismiss(Confirmed(self.kind, self.duration, self.reason))

    def action_cancel(self) -> None:
        self.dismiss(None)


class NotePrompt(ModalScreen[str | None]):
    """A one-line note (escalation note, author note); Enter sends, Esc cancels."""

    DEFAULT_CSS = """
    NotePrompt { align: center middle; }
    NotePrompt > Vertical { width: 80; height: auto; border: thick $accent; background: $panel; padding: 1 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note.cancel")]

    def __init__(self, title: str, *, value: str = "", placeholder: str = "optional") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text, style="bold"))
            yield Input(value=self.value, placeholder=self.placeholder, max_length=MAX_NOTE_CHARS, id="note")
            yield Static(Text("Enter confirms, Esc cancels.", style="dim"))

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(clean_text(event.value, MAX_NOTE_CHARS).strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


#: Longest note kept with an action.
MAX_NOTE_CHARS = 300


#: Reason presets of bulk actions (h, t and b choose the action there).
BULK_REASONS: tuple[tuple[str, str], ...] = (
    ("s", "spam"),
    ("a", "harassment"),
    ("p", "privacy"),
    ("v", "threat"),
    ("m", "misinformation"),
)


@dataclass(frozen=True)
class BulkChoice:
    """What to do to every message (or account) of a bulk action."""

    kind: ActionKind
    duration: int | None
    reason: str


class ConfirmBulk(ModalScreen[BulkChoice | None]):
    """Confirm an action on all messages of an author, or on all accounts of a raid."""

    DEFAULT_CSS = """
    ConfirmBulk { align: center middle; }
    ConfirmBulk > Vertical { width: 90; height: auto; border: thick $error; background: $panel; padding: 1 2; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="bulk.cancel"),
        Binding("enter,y", "confirm", "Confirm", id="bulk.ok"),
        Binding("h", "choose('hide')", "Hide all", id="bulk.hide"),
        Binding("t", "choose('timeout')", "Timeout all", id="bulk.timeout"),
        Binding("b", "choose('ban')", "Ban all", id="bulk.ban"),
        *(Binding(str(i + 1), f"preset({i})", show=False, id=f"bulk.duration{i + 1}") for i in range(4)),
        *(Binding(key, f"reason({i})", show=False, id=f"bulk.reason.{key}") for i, (key, _) in enumerate(BULK_REASONS)),
    ]  # fmt: skip

    def __init__(self, title: str, names: list[str], messages: int, *, kind: ActionKind = ActionKind.HIDE) -> None:
        super().__init__()
        self.title_text = title
        self.names = names
        self.messages = messages
        self.kind = kind
        self.duration = TIMEOUT_PRESETS[1][1]
        self.reason = REASONS[0][1]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._prompt(), id="prompt")

    def _prompt(self) -> Text:
        text = Text()
        text.append(self.title_text, "bold red")
        text.append("\n")
        for i, name in enumerate(self.names[:20]):
            text.append(", " if i else "", "dim")
            text.append(name, "bold")
        if len(self.names) > 20:
            text.append(f" and {len(self.names) - 20} more", "dim")
        text.append(f"\n{len(self.names)} account(s), {self.messages} message(s) still on the chat\n\n")
        labels = {ActionKind.HIDE: "h hide every message", ActionKind.TIMEOUT: "t time out every account",
                  ActionKind.BAN: "b ban every account"}  # fmt: skip
        for kind, label in labels.items():
            text.append(f" {label} ", "bold reverse" if kind is self.kind else "")
        if self.kind is ActionKind.TIMEOUT:
            text.append("\nDuration:")
            for i, (label, seconds) in enumerate(TIMEOUT_PRESETS, start=1):
                text.append(f" {i} {label} ", "bold reverse" if seconds == self.duration else "")
        text.append("\nReason:  ")
        for key, reason in BULK_REASONS:
            text.append(f" {key} {reason} ", "bold reverse" if reason == self.reason else "")
        text.append("\n\nEach action is recorded on its own and can be undone message by message. "
                    "Enter confirms, Esc cancels.", "dim")  # fmt: skip
        return text

    def _refresh_prompt(self) -> None:
        # Keys typed fast can arrive before the prompt is composed; compose then draws the choice made.
        for prompt in self.query("#prompt").results(Static):
            prompt.update(self._prompt())

    def action_choose(self, kind: str) -> None:
        """Hide, time out or ban."""
        self.kind = ActionKind(kind)
        self._refresh_prompt()

    def action_preset(self, index: int) -> None:
        """Choose a timeout duration."""
        self.duration = TIMEOUT_PRESETS[index][1]
        self._refresh_prompt()

    def action_reason(self, index: int) -> None:
        """Choose the recorded reason."""
        self.reason = BULK_REASONS[index][1]
        self._refresh_prompt()

    def action_confirm(self) -> None:
        duration = self.duration if self.kind is ActionKind.TIMEOUT else None
        self.dismiss(BulkChoice(self.kind, duration, self.reason))

    def action_cancel(self) -> None:
        self.dismiss(None)
