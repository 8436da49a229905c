"""The adverse-event lane of the producer's view: day 0, the four-element checklist, the countdown.

Each case the session opened is one entry: its day 0 (when castguard received the message), the
checklist of minimum elements, the time left before the policy's forwarding deadline, its status.
``x`` (or Enter) edits the selected case's patient, reporter, product and event (an empty value
marks an element not known; each change is recorded with who made it), ``f`` forwards the selected case to the
safety team (e-mail-ready export, and the safety webhook when one is configured), ``k`` records the
safety team's acknowledgement. Every text shown came from a viewer: it is drawn as plain
:class:`~rich.text.Text`, never markup.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, Static

from castguard.core.config import Config
from castguard.session.aecases import (
    ELEMENTS,
    MAX_ELEMENT_CHARS,
    AdverseCase,
    CaseBook,
    CaseError,
    CaseStatus,
    countdown,
)
from castguard.tui.palette import Themed
from castguard.tui.widgets import retitle

_SHORT = {"patient": "patient", "reporter": "reporter", "product": "product", "event": "event"}
#: Longest element shown in the lane (the whole value is in the export).
_SHOWN = 28


class AdverseLane(Themed, Widget, can_focus=True):
    """The session's adverse-event cases, with keys to forward and acknowledge.

    Cases still waiting for someone come first (open ones by deadline, then forwarded ones waiting for the
    safety team's acknowledgement), then acknowledged ones, newest first. The selection follows its case
    when the order changes, and the lane scrolls to keep it in sight: ``f``, ``k`` and ``x`` act on the
    case the producer sees highlighted, never on one scrolled away.
    """

    DEFAULT_CSS = """
    AdverseLane { height: auto; max-height: 12; border: round $warning 60%; padding: 0 1; }
    AdverseLane:focus { border: round $warning; }
    """

    BINDINGS = [
        Binding("up", "move(-1)", "Previous case", show=False, id="ae.up"),
        Binding("down", "move(1)", "Next case", show=False, id="ae.down"),
        Binding("f", "forward", "Forward to safety", id="ae.forward",
                tooltip="Send the selected adverse-event case to the safety team (.eml export and webhook)"),
        Binding("k", "acknowledge", "Safety ack", id="ae.ack",
                tooltip="Record that the safety team acknowledged the selected case"),
        Binding("x,enter", "edit", "Edit checklist", id="ae.edit",
                tooltip="Edit the selected case's four minimum elements (empty: not known), each edit recorded"),
    ]  # fmt: skip

    selected: reactive[int] = reactive(0)
    """Index of the selected case in :attr:`cases`."""

    def __init__(
        self,
        book: CaseBook,
        *,
        config: Config | None,
        actor: str,
        region: str = "US",
        clock: Callable[[], float] = time.time,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.book = book
        self.config = config
        self.actor = actor
        self.policy_region = region
        self.clock = clock
        self.cases: list[AdverseCase] = []
        self._selected_id: int | None = None
        """The selected case's id: the selection stays on it when a forward or a new case reorders the lane."""
        self._top = 0
        """The first line drawn (the lane scrolls to keep the selected case in sight)."""
        self._shown: tuple[list[AdverseCase], int, list[bool]] | None = None
        """The cases and the minute last drawn: a reload that finds the same draws nothing again."""
        self.border_title = "Adverse events"

    def on_mount(self) -> None:
        self.reload()
        # The countdown moves every minute; new cases arrive with messages: once a second is plenty.
        self.set_interval(1.0, self.reload)

    def reload(self) -> None:
        """Read the cases again (open ones first, by deadline; then the rest, newest first)."""
        cases = self.book.all()
        open_ = sorted((c for c in cases if c.status is CaseStatus.OPEN), key=lambda c: c.deadline)
        # Forwarded, not acknowledged yet: still waiting for someone (k), so listed with the open ones.
        forwarded = [c for c in cases if c.status is CaseStatus.FORWARDED]
        done = sorted((c for c in cases if c.status is CaseStatus.ACKNOWLEDGED), key=lambda c: -c.id)
        ordered = open_ + forwarded + done
        now = self.clock()
        shown = (ordered, int(now // 60), [c.overdue(now) for c in open_])  # the countdowns count minutes
        if shown == self._shown:
            return
        self._shown = shown
        self.cases = ordered
        ids = [c.id for c in ordered]
        if self._selected_id in ids:
            self.selected = ids.index(self._selected_id)
        else:
            self.selected = min(self.selected, max(len(self.cases) - 1, 0))
        self._selected_id = ids[self.selected] if ids else None
        overdue = sum(1 for c in open_ if c.overdue(now))
        title = f"Adverse events: {len(open_)} to forward"
        waiting = f", {len(forwarded)} awaiting safety ack" if forwarded else ""
        retitle(self, title + (f", {overdue} OVERDUE" if overdue else "") + waiting)
        self.refresh(layout=True)

    def watch_selected(self, selected: int) -> None:
        if 0 <= selected < len(self.cases):
            self._selected_id = self.cases[selected].id
        self.refresh()

    @property
    def current(self) -> AdverseCase | None:
        """The selected case."""
        return self.cases[self.selected] if self.cases else None

    def _lines(self, width: int) -> tuple[list[Text], int, int]:
        """Every case's lines at ``width``, and the first and last line of the selected case."""
        now = self.clock()
        lines: list[Text] = []
        first = last = 0
        highlight = self.palette.cursor if self.has_focus else self.palette.cursor_blurred
        for index, case in enumerate(self.cases):
            chosen = index == self.selected
            block = case_lines(case, now, selected=chosen, width=width).split("\n", allow_blank=False)
            if chosen:
                first, last = len(lines), len(lines) + len(block) - 1
                for line in block:
                    line.stylize(highlight)
            lines.extend(block)
        return lines, first, last

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width)[0]) if self.cases else 1

    def render(self) -> Text:
        if not self.cases:
            return Text("No adverse-event reports yet.", style="dim")
        lines, first, last = self._lines(self.content_size.width)
        height = max(self.content_size.height, 1)
        # Scroll as little as keeps the whole selected case in sight (its first line if it is taller).
        if last >= self._top + height:
            self._top = last - height + 1
        if first < self._top or last - first >= height:
            self._top = first
        self._top = max(min(self._top, len(lines) - height), 0)
        out = Text("\n", no_wrap=True, overflow="ellipsis", end="").join(lines[self._top : self._top + height])
        return out

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_move(self, step: int) -> None:
        if self.cases:
            self.selected = (self.selected + step) % len(self.cases)

    def action_acknowledge(self) -> None:
        case = self.current
        if case is None:
            return
        try:
            self.book.acknowledge(case.id, actor=self.actor)
        except CaseError as exc:
            self.notify(str(exc), title="Adverse event", severity="warning")
            return
        self.notify(f"Case #{case.id}: the safety team's acknowledgement is recorded.", title="Adverse event")
        self.reload()

    def action_edit(self) -> None:
        """Edit the selected case's four minimum elements in a small editor."""
        case = self.current
        if case is None:
            return
        case_id = case.id

        def done(values: dict[str, str] | None) -> None:
            if values is not None:
                self._save(case_id, values)

        self.app.push_screen(ElementEditor(case), done)

    def _save(self, case_id: int, values: dict[str, str]) -> None:
        """Record each element that changed (one entry each, with who), then show the case as it now stands."""
        try:
            before = self.book.case(case_id)
            changed = [k for k in ELEMENTS if k in values and values[k].strip() != before.elements.get(k, "")]
            for element in changed:
                self.book.edit(case_id, element, values[element], actor=self.actor)
            case = self.book.case(case_id)
        except CaseError as exc:
            self.notify(str(exc), title="Adverse event", severity="warning")
            return
        if not changed:
            self.notify(f"Case #{case_id}: nothing changed.", title="Adverse event")
            return
        edited = ", ".join(ELEMENTS[k] for k in changed)
        left = ", ".join(case.missing) or "none: the case is reportable"
        self.notify(f"Case #{case_id}: {edited} edited by {self.actor}. Missing: {left}.", title="Adverse event")
        self.reload()

    def action_forward(self) -> None:
        case = self.current
        if case is not None:
            self._forward(case.id)

    @work(exit_on_error=False, group="adverse-forward")
    async def _forward(self, case_id: int) -> None:
        from castguard.integrations.aeforward import ForwardError, SafetySettings, forward

        config = self.config
        try:
            policy = self.book.store.recorded_policy()
            section = config.safety if config is not None else {}
            outbox = (config.data_dir if config is not None else self.book.store.path.parent) / "outbox"
            settings = SafetySettings.from_config(section, default_outbox=outbox,
                                                  to=policy.ae_safety_email if policy else "")  # fmt: skip
            done, path = await forward(self.book, case_id, settings, actor=self.actor, region=self.policy_region)
        except (ForwardError, CaseError, ValueError, OSError) as exc:
            self.notify(str(exc), title=f"Case #{case_id} NOT forwarded", severity="error", timeout=30)
            return
        self.notify(f"Case #{done.id} forwarded via {done.forwarded_via} ({path})", title="Adverse event")
        self.reload()


def case_lines(case: AdverseCase, now: float, *, selected: bool = False, width: int = 0) -> Text:
    """Day 0, countdown and status; then the checklist, on two lines when one would not fit ``width``."""
    line = Text(no_wrap=True, end="")
    base = "reverse" if selected else ""
    line.append(f"#{case.id} ", f"bold {base}".strip())
    line.append(f"day 0 {time.strftime('%m-%d %H:%M:%S', time.localtime(case.day0))}  ", base)
    if case.status is CaseStatus.OPEN:
        style = "bold white on red" if case.overdue(now) else "bold yellow"
        line.append(countdown(case.remaining(now)), style)
    else:
        line.append(case.status.value, "green")
    missing = len(case.missing)
    line.append("  reportable" if not missing else f"  {missing} of 4 missing", "green" if not missing else "red")
    if case.duplicate_of is not None:
        line.append(f"  duplicate of #{case.duplicate_of}", "dim")
    if case.seal_note:
        line.append("  original not kept", "bold red")
    items: list[Text] = []
    for key in ELEMENTS:
        value = case.elements.get(key, "")
        item = Text(end="")
        item.append("[x] " if value else "[ ] ", "green" if value else "bold red")
        shown = value if len(value) <= _SHOWN else value[: _SHOWN - 1] + "…"
        item.append(f"{_SHORT[key]}: ", "dim")
        item.append((shown or "?") + "  ")
        items.append(item)

    def fits(row: list[Text]) -> bool:
        return not width or 3 + sum(len(i) for i in row) <= width

    # One line when it fits, else two, else one element a line: a checklist is never cut.
    rows = [items] if fits(items) else [items[:2], items[2:]]
    if not all(fits(row) for row in rows):
        rows = [[item] for item in items]
    for row in rows:
        line.append("\n   ")
        for item in row:
            line.append_text(item)
    line.append("\n")
    return line


class ElementEditor(ModalScreen[dict[str, str] | None]):
    """A case's four minimum elements, edited: Enter saves (an empty one: not known), Escape changes nothing."""

    DEFAULT_CSS = """
    ElementEditor { align: center middle; }
    ElementEditor > Vertical { width: 90%; max-width: 100; height: auto; max-height: 100%;
                               border: round $warning; background: $surface; padding: 0 1; }
    ElementEditor Input { margin: 0 0 1 0; background: $boost; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="ae-edit.cancel", tooltip="Close without changing anything")]

    def __init__(self, case: AdverseCase) -> None:
        super().__init__()
        self.case = case

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(f"Case #{self.case.id}: the four minimum elements", style="bold"))
            yield Static(Text("Tab moves · Enter saves (empty: not known) · Esc cancels", style="dim"))
            for key, label in ELEMENTS.items():
                yield Static(Text(label.capitalize(), style="bold"))
                yield Input(value=self.case.elements.get(key, ""), placeholder=f"{label} (not known)",
                            max_length=MAX_ELEMENT_CHARS, compact=True, id=f"ae-{key}")  # fmt: skip

    def on_mount(self) -> None:
        # The first element still missing: most edits complete a case.
        first = next((k for k in ELEMENTS if not self.case.elements.get(k)), "patient")
        self.query_one(f"#ae-{first}", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.dismiss({key: self.query_one(f"#ae-{key}", Input).value for key in ELEMENTS})

    def action_cancel(self) -> None:
        """Close without changing any element."""
        self.dismiss(None)
