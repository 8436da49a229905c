"""Modal screens: help, the timeout/ban and bulk confirmations, one-line notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from castguard.core.durations import MAX_DURATION_CHARS, parse_duration
from castguard.core.model import ActionKind, EscalationState, MessageRecord
from castguard.core.text import clean_text
from castguard.tui.legend import legend
from castguard.tui.palette import Themed

#: Timeout presets offered by the confirmation (seconds); any other duration can be typed.
TIMEOUT_PRESETS: tuple[tuple[str, int], ...] = (
    ("1 minute", 60),
    ("10 minutes", 600),
    ("1 hour", 3600),
    ("24 hours", 86400),
)
#: Reason presets (key, text recorded with the action), the same keys in every dialog (so not h, t or b,
#: which choose the action in a bulk one); any other reason can be typed.
REASONS: tuple[tuple[str, str], ...] = (
    ("s", "spam"),
    ("a", "harassment"),
    ("p", "privacy"),
    ("v", "threat"),
    ("m", "misinformation"),
)
#: Longest timeout a moderator can type (the platforms' own limit: Twitch and YouTube allow two weeks).
MAX_TIMEOUT = 14 * 86400
#: Longest typed reason kept with an action.
MAX_REASON_CHARS = 200


def timeout_seconds(text: str) -> int:
    """A typed timeout (``90s``, ``10m``, ``2h``, ``7d``) in whole seconds; :class:`ValueError` when it is not one
    or is outside one second to :data:`MAX_TIMEOUT`."""
    seconds = round(parse_duration(text))
    if seconds < 1:
        raise ValueError("a timeout lasts at least one second")
    if seconds > MAX_TIMEOUT:
        raise ValueError(f"a timeout lasts at most {MAX_TIMEOUT // 86400} days (ban for longer)")
    return seconds


def typed_duration(seconds: int) -> str:
    """``seconds`` the way the dialogs show it (``90s``, ``10m``, ``2h``, ``7d``, ``1h30m``)."""
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts) or "0s"


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

    def __init__(self, groups: list[tuple[str, list[tuple[str, str, str]]]], *, legend: bool = True) -> None:
        """``groups``: the keys (:func:`castguard.tui.commands.help_rows`); ``legend``: explain the rows' marks too
        (the legend alone when there are no keys)."""
        super().__init__()
        self.groups = groups
        self.legend = legend

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-keys"):
            what = "keys and marks" if self.groups and self.legend else "keys" if self.groups else "what the marks mean"
            yield Static(Text(f"castguard — {what}   (Esc closes; ↑/↓, j/k, PgUp/PgDn scroll)", style="bold"))
            for group, rows in self.groups:
                table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
                table.add_column("key", style="bold", no_wrap=True, min_width=10)
                table.add_column("action", no_wrap=True, min_width=13)
                table.add_column("what it does", style="dim", ratio=1)
                for key, description, tooltip in rows:
                    table.add_row(Text(key), Text(description), Text(tooltip))
                yield Static(Text("\n" + group, style="bold underline"))
                yield Static(table)
            if self.legend:
                yield from self._legend()

    def _legend(self) -> ComposeResult:
        yield Legend(classes="legend")

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


class Legend(Themed, Static):
    """What the rows' marks mean, each mark drawn in the theme's colours as the rows draw it."""

    DEFAULT_CSS = "Legend { height: auto; }"

    def render(self) -> RenderableType:
        parts: list[RenderableType] = []
        for group, rows in legend(self.palette):
            table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
            table.add_column("mark", no_wrap=True, min_width=10)
            table.add_column("meaning", ratio=1)
            for mark, meaning in rows:
                table.add_row(mark, Text(meaning))
            parts += [Text("\n" + group, style="bold underline"), table]
        return Group(*parts)


@dataclass(frozen=True)
class Confirmed:
    """The moderator's answer in :class:`ConfirmAuthorAction` and :class:`ConfirmBulk`."""

    kind: ActionKind
    duration: int | None
    reason: str


#: The answer of a bulk confirmation (the same fields: what to do, how long, why).
BulkChoice = Confirmed


class SanctionDialog(ModalScreen[Confirmed | None]):
    """A confirmation with a duration (timeouts) and a reason: a preset by key, or typed.

    The preset keys work while no field has the focus; ``d`` and ``r`` go to the duration and reason
    fields, Enter there confirms, Esc cancels. A typed reason replaces the preset one.
    """

    DEFAULT_CSS = """
    SanctionDialog { align: center middle; }
    SanctionDialog > Vertical {
        width: 90; max-width: 100%; height: auto; max-height: 100%; border: thick $error; background: $panel;
        padding: 0 1;
    }
    SanctionDialog .field { height: 1; margin-top: 1; }
    SanctionDialog .field Static { width: 12; }
    SanctionDialog Input { width: 1fr; height: 1; border: none; padding: 0 1; background: $boost; }
    SanctionDialog Input:focus { border: none; background: $accent 30%; }
    SanctionDialog #error { color: $error; height: auto; }
    """
    AUTO_FOCUS = ""  # the preset keys first; d and r reach the fields
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="confirm.cancel"),
        Binding("enter,y", "confirm", "Confirm", id="confirm.ok"),
        Binding("d", "field('duration')", "Duration", id="confirm.duration",
                tooltip="Type any duration: 90s, 10m, 2h, 7d"),
        Binding("r", "field('reason')", "Reason", id="confirm.reason",
                tooltip="Type the reason recorded with the action"),
        *(Binding(str(i + 1), f"preset({i})", show=False, id=f"confirm.duration{i + 1}") for i in range(4)),
        *(Binding(key, f"reason({i})", show=False, id=f"confirm.reason.{key}") for i, (key, _) in enumerate(REASONS)),
    ]  # fmt: skip

    def __init__(self, kind: ActionKind) -> None:
        super().__init__()
        self.kind = kind
        self.duration = TIMEOUT_PRESETS[1][1]
        """Seconds of a timeout (a preset, or the last valid typed duration)."""
        self.reason = REASONS[0][1]
        """The preset reason (a typed one replaces it)."""
        self.typed_reason = ""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._prompt(), id="prompt")
            with Horizontal(classes="field", id="duration-field"):
                yield Static("Duration d")
                yield Input(placeholder="90s, 10m, 2h, 7d", max_length=MAX_DURATION_CHARS, id="duration")
            with Horizontal(classes="field"):
                yield Static("Reason   r")
                yield Input(placeholder="type a reason, or a preset key", max_length=MAX_REASON_CHARS, id="reason")
            yield Static("", id="error")
            yield Static(Text(self.footnote(), style="dim"))

    def on_mount(self) -> None:
        self._refresh_prompt()

    def head(self) -> Text:
        """What is about to happen, to whom."""
        raise NotImplementedError

    def footnote(self) -> str:
        """The line under the fields."""
        return "Enter confirms, Esc cancels."

    def _prompt(self) -> Text:
        text = self.head()
        if self.kind is ActionKind.TIMEOUT:
            text.append("\nDuration:")
            for i, (label, seconds) in enumerate(TIMEOUT_PRESETS, start=1):
                text.append(f" {i} {label} ", "bold reverse" if seconds == self.duration else "")
            if all(seconds != self.duration for _, seconds in TIMEOUT_PRESETS):
                text.append(f" {typed_duration(self.duration)} ", "bold reverse")
        elif self.kind is ActionKind.BAN:
            text.append("\nPermanent ban (undo with u unbans).", "yellow")
        text.append("\nReason:  ")
        for key, reason in REASONS:
            text.append(f" {key} {reason} ", "bold reverse" if reason == self.reason and not self.typed_reason else "")
        return text

    def _refresh_prompt(self) -> None:
        # Keys typed fast can arrive before the prompt is composed; compose then draws the choice made.
        for prompt in self.query("#prompt").results(Static):
            prompt.update(self._prompt())
        for field in self.query("#duration-field"):
            field.display = self.kind is ActionKind.TIMEOUT

    def _error(self, message: str) -> None:
        for error in self.query("#error").results(Static):
            error.update(Text(message))

    def action_field(self, name: str) -> None:
        """Go to the duration or the reason field."""
        if name == "duration" and self.kind is not ActionKind.TIMEOUT:
            return
        self.query_one(f"#{name}", Input).focus()

    def action_preset(self, index: int) -> None:
        """Choose a timeout duration."""
        if self.kind is ActionKind.TIMEOUT:
            self.duration = TIMEOUT_PRESETS[index][1]
            for field in self.query("#duration").results(Input):
                field.value = ""
            self._refresh_prompt()

    def action_reason(self, index: int) -> None:
        """Choose the recorded reason."""
        self.reason = REASONS[index][1]
        for field in self.query("#reason").results(Input):
            field.value = ""
        self.typed_reason = ""
        self._refresh_prompt()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "reason":
            self.typed_reason = clean_text(event.value, MAX_REASON_CHARS).strip()
        elif event.value.strip():
            try:
                self.duration = timeout_seconds(event.value)
            except ValueError as exc:
                self._error(str(exc))
                return
        self._error("")
        self._refresh_prompt()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_confirm()

    def answer(self) -> Confirmed | None:
        """The choice made, or ``None`` (with the reason shown) while a typed duration is not one."""
        if self.kind is ActionKind.TIMEOUT:
            typed = self.query_one("#duration", Input).value if self.is_mounted else ""
            if typed.strip():
                try:
                    self.duration = timeout_seconds(typed)
                except ValueError as exc:
                    self._error(str(exc))
                    return None
        duration = self.duration if self.kind is ActionKind.TIMEOUT else None
        return Confirmed(self.kind, duration, self.typed_reason or self.reason)

    def action_confirm(self) -> None:
        answer = self.answer()
        if answer is not None:
            self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmAuthorAction(SanctionDialog):
    """Confirm a timeout (any duration) or a ban of the selected message's author, with a reason."""

    def __init__(self, kind: ActionKind, record: MessageRecord) -> None:
        super().__init__(kind)
        self.record = record

    def head(self) -> Text:
        author = self.record.message.author
        text = Text()
        text.append("Ban " if self.kind is ActionKind.BAN else "Time out ", "bold red")
        text.append(author.name, "bold")
        text.append(f" ({author.id}) on {self.record.message.platform}\n", "dim")
        return text


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


class ConfirmBulk(SanctionDialog):
    """Confirm an action on all messages of an author, or on all accounts of a raid."""

    BINDINGS = [
        Binding("h", "choose('hide')", "Hide all", id="bulk.hide"),
        Binding("t", "choose('timeout')", "Timeout all", id="bulk.timeout"),
        Binding("b", "choose('ban')", "Ban all", id="bulk.ban"),
    ]

    def __init__(self, title: str, names: list[str], messages: int, *, kind: ActionKind = ActionKind.HIDE) -> None:
        super().__init__(kind)
        self.title_text = title
        self.names = names
        self.messages = messages

    def head(self) -> Text:
        text = Text()
        text.append(self.title_text, "bold red")
        text.append("\n")
        for i, name in enumerate(self.names[:20]):
            text.append(", " if i else "", "dim")
            text.append(name, "bold")
        if len(self.names) > 20:
            text.append(f" and {len(self.names) - 20} more", "dim")
        text.append(f"\n{len(self.names)} account(s), {self.messages} message(s) still on the chat\n")
        labels = {ActionKind.HIDE: "h hide every message", ActionKind.TIMEOUT: "t time out every account",
                  ActionKind.BAN: "b ban every account"}  # fmt: skip
        for kind, label in labels.items():
            text.append(f" {label} ", "bold reverse" if kind is self.kind else "")
        return text

    def footnote(self) -> str:
        return "Each action is recorded on its own and can be undone message by message. Enter confirms, Esc cancels."

    def action_choose(self, kind: str) -> None:
        """Hide, time out or ban."""
        self.kind = ActionKind(kind)
        self._refresh_prompt()


class ConfirmQuit(ModalScreen[bool]):
    """Quit while escalations wait for the producer: y or Enter quits, n or Esc goes back to the desk."""

    DEFAULT_CSS = """
    ConfirmQuit { align: center middle; }
    ConfirmQuit > Vertical {
        width: 64; max-width: 100%; height: auto; border: thick $warning; background: $panel; padding: 1 2;
    }
    """
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Quit", id="quit.yes"),
        Binding("n,escape", "answer(False)", "Stay", id="quit.no"),
    ]

    def __init__(self, open_count: int, acknowledged: int) -> None:
        super().__init__()
        self.open_count = open_count
        self.acknowledged = acknowledged

    def compose(self) -> ComposeResult:
        unresolved = self.open_count + self.acknowledged
        text = Text()
        text.append(f"{unresolved} escalation{'s' if unresolved != 1 else ''} not resolved", "bold")
        text.append(f" ({self.open_count} open, {self.acknowledged} acknowledged)\n\n")
        text.append("Quit anyway? The recording keeps them.\n\n")
        text.append("y / Enter quits · n / Esc goes back to the desk", "dim")
        with Vertical():
            yield Static(text, id="quit-prompt")

    def action_answer(self, quit_: bool) -> None:
        """Quit, or stay on the desk."""
        self.dismiss(quit_)


def quit_with_care(app: App[Any], states: list[EscalationState], *, ask: bool = True) -> None:
    """Quit ``app``; while escalations (``states``) are not resolved, only after the moderator says so.

    The desk and ``castguard follow`` both quit this way. ``ask=False`` (a desk opened for review) quits at once.
    """
    open_count = states.count(EscalationState.OPEN)
    acknowledged = states.count(EscalationState.ACKNOWLEDGED)
    if not ask or not (open_count or acknowledged) or isinstance(app.screen, ConfirmQuit):
        app.exit()
        return

    def answered(quit_: bool | None) -> None:
        if quit_:
            app.exit()

    app.push_screen(ConfirmQuit(open_count, acknowledged), answered)
