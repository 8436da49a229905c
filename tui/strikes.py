"""The strike confirmation: the author's next step on the ladder, shown before it is applied."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from castguard.session.strikes import StrikePlan


class ConfirmStrike(ModalScreen[bool]):
    """Says which strike this is and what it does; Enter applies it, Esc cancels."""

    DEFAULT_CSS = """
    ConfirmStrike { align: center middle; }
    ConfirmStrike > Vertical {
        width: 120; max-width: 95%; height: auto; border: thick $error; background: $panel; padding: 1 2;
    }
    """
    BINDINGS = [
        Binding("enter,y", "answer(True)", "Apply", id="strike.apply"),
        Binding("escape,n", "answer(False)", "Cancel", id="strike.cancel"),
    ]

    def __init__(self, plan: StrikePlan) -> None:
        super().__init__()
        self.plan = plan

    def compose(self) -> ComposeResult:
        text = Text()
        text.append("Strike ", "bold red")
        text.append(self.plan.describe())
        text.append("\nRecorded as: ", "dim")
        text.append(self.plan.reason)
        with Vertical():
            yield Static(text, id="strike-plan")
            yield Static(Text("Enter applies it, Esc cancels (u on the message undoes it).", style="dim"))

    def action_answer(self, apply: bool) -> None:
        """Apply the strike, or not."""
        self.dismiss(apply)
