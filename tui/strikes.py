"""Confirmations of the platform tools: the strike key's next step, and a ban or timeout on every linked account."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from castguard.core.model import ActionKind
from castguard.session.strikes import StrikePlan
from castguard.tui.screens import ConfirmBulk


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


class ConfirmEverywhere(ConfirmBulk):
    """Confirm a ban or timeout of one person on every linked account (t or b; h hides nothing here)."""

    def __init__(self, title: str, accounts: list[str]) -> None:
        super().__init__(title, accounts, 0, kind=ActionKind.BAN)

    def head(self) -> Text:
        text = Text()
        text.append(self.title_text, "bold red")
        for account in self.names:
            text.append("\n  ")
            text.append(account, "bold")
        text.append(f"\n{len(self.names)} accounts, one action, one outcome per platform\n")
        for kind, label in ((ActionKind.TIMEOUT, "t time out everywhere"), (ActionKind.BAN, "b ban everywhere")):
            text.append(f" {label} ", "bold reverse" if kind is self.kind else "")
        return text

    def footnote(self) -> str:
        return "Recorded as one action; u on the message lifts it on every account. Enter confirms, Esc cancels."
