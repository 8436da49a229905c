"""The adverse-event lane of the producer's view: day 0, the four-element checklist, the countdown.

Each case the session opened is one entry: its day 0 (when castguard received the message), the
checklist of minimum elements, the time left before the policy's forwarding deadline, its status.
``f`` forwards the selected case to the safety team (e-mail-ready export, and the safety webhook
when one is configured), ``k`` records the safety team's acknowledgement. Every text shown came from
a viewer: it is drawn as plain :class:`~rich.text.Text`, never markup.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.reactive import reactive
from textual.widget import Widget

from castguard.core.config import Config
from castguard.session.aecases import ELEMENTS, AdverseCase, CaseBook, CaseError, CaseStatus, countdown
from castguard.tui.widgets import retitle

_SHORT = {"patient": "patient", "reporter": "reporter", "product": "product", "event": "event"}
#: Longest element shown in the lane (the whole value is in the export).
_SHOWN = 28


class AdverseLane(Widget, can_focus=True):
    """The session's adverse-event cases, newest open first, with keys to forward and acknowledge."""

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
        rest = sorted((c for c in cases if c.status is not CaseStatus.OPEN), key=lambda c: -c.id)
        now = self.clock()
        shown = (open_ + rest, int(now // 60), [c.overdue(now) for c in open_])  # the countdowns count minutes
        if shown == self._shown:
            return
        self._shown = shown
        self.cases = open_ + rest
        self.selected = min(self.selected, max(len(self.cases) - 1, 0))
        overdue = sum(1 for c in open_ if c.overdue(now))
        title = f"Adverse events: {len(open_)} to forward"
        retitle(self, title + (f", {overdue} OVERDUE" if overdue else ""))
        self.refresh(layout=True)

    @property
    def current(self) -> AdverseCase | None:
        """The selected case."""
        return self.cases[self.selected] if self.cases else None

    def render(self) -> Text:
        if not self.cases:
            return Text("No adverse-event reports yet.", style="dim")
        now = self.clock()
        out = Text(no_wrap=True, overflow="ellipsis")
        for index, case in enumerate(self.cases):
            out.append_text(case_lines(case, now, selected=index == self.selected))
        out.rstrip()
        return out

    def action_move(self, step: int) -> None:
        if self.cases:
            self.selected = (self.selected + step) % len(self.cases)
            self.refresh()

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


def case_lines(case: AdverseCase, now: float, *, selected: bool = False) -> Text:
    """Two lines for one case: day 0, countdown and status; then the checklist."""
    line = Text(no_wrap=True, end="")
    base = "reverse" if selected else ""
    line.append(f"#{case.id} ", f"bold {base}".strip())
    line.append(f"day 0 {time.strftime('%m-%d %H:%M:%S', time.localtime(case.day0))}  ", base)
    if case.status is CaseStatus.OPEN:
        style = "bold white on red" if case.overdue(now) else "bold yellow"
        line.append(countdown(case.remaining(now)), style)
    else:
        line.append(case.status.value, "green")
    if case.duplicate_of is not None:
        line.append(f"  duplicate of #{case.duplicate_of}", "dim")
    if case.seal_note:
        line.append("  original not kept", "bold red")
    line.append("\n   ")
    for key in ELEMENTS:
        value = case.elements.get(key, "")
        line.append("[x] " if value else "[ ] ", "green" if value else "bold red")
        shown = value if len(value) <= _SHOWN else value[: _SHOWN - 1] + "…"
        line.append(f"{_SHORT[key]}: ", "dim")
        line.append((shown or "?") + "  ")
    line.append("\n")
    return line
