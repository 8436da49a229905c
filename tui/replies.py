"""Replies on the desk: the picker of approved templates (``r``) and the free-text approvals (``p``).

The texts shown are chat names and typed text: always :class:`rich.text.Text` built from plain strings,
never markup. The workflow itself (screening, approval rules, recording) is :class:`castguard.session.replies.Replies`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from castguard.core.model import ActionKind, ActionRecord, ActionResult, MessageRecord
from castguard.core.policy import MAX_REPLY_CHARS
from castguard.core.text import MAX_NAME_CHARS, clean_text
from castguard.session.engine import ActionError
from castguard.session.replies import Replies, ReplyEntry, ReplyOption

_FREE = "free-text"


@dataclass(frozen=True, slots=True)
class ReplyChoice:
    """What the picker returns: a template, or a free text to queue for approval."""

    option: ReplyOption | None = None
    text: str = ""


class ReplyPicker(ModalScreen[ReplyChoice | None]):
    """The approved replies for one message, filled for it; Enter sends, or write free text for approval."""

    DEFAULT_CSS = """
    ReplyPicker { align: center middle; }
    ReplyPicker > Vertical { width: 90%; max-width: 120; height: auto; max-height: 100%;
                             border: round $accent; background: $surface; padding: 0 1; }
    ReplyPicker OptionList { height: auto; max-height: 20; }
    ReplyPicker Input { display: none; }
    ReplyPicker.free Input { display: block; }
    ReplyPicker #reply-hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="reply.cancel", tooltip="Close without replying")]

    def __init__(self, record: MessageRecord, offered: list[ReplyOption]) -> None:
        super().__init__()
        self.record = record
        self.offered = offered

    def compose(self) -> ComposeResult:
        author = clean_text(self.record.message.author.name, MAX_NAME_CHARS)
        with Vertical():
            yield Static(Text.assemble(("Reply to ", "bold"), (author, "bold"), f"  (#{self.record.seq})"))
            items: list[Option] = []
            for index, option in enumerate(self.offered):
                label = Text.assemble(
                    (f"{option.template.id} v{option.template.version} {option.template.language}", "bold"), "  ",
                    (f"approved by {option.template.approver}", "dim"), "\n  ", option.text,
                )  # fmt: skip
                items.append(Option(label, id=str(index)))
            items.append(Option(Text("Free text… (sent once a producer or another moderator approves it)",
                                     style="italic"), id=_FREE))  # fmt: skip
            yield OptionList(*items, id="reply-options")
            yield Input(placeholder="your reply (Enter queues it for approval)", max_length=MAX_REPLY_CHARS,
                        id="reply-text")  # fmt: skip
            yield Static(Text("↑/↓ choose · Enter sends · Esc cancels", no_wrap=True), id="reply-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """Give the list what the screen has left, so that the dialog, the free-text field and the hint always
        fit (the list scrolls): nothing is typed into a field the moderator cannot see."""
        others = 2 + 1 + 1 + (3 if self.has_class("free") else 0)  # border, title, hint, the free-text field
        self.query_one(OptionList).styles.max_height = max(min(self.size.height - others, 20), 2)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == _FREE:
            self.add_class("free")
            self._fit()
            self.query_one(Input).focus()
            return
        self.dismiss(ReplyChoice(option=self.offered[int(event.option.id or 0)]))

    @on(Input.Submitted)
    def _typed(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(ReplyChoice(text=event.value))

    def action_cancel(self) -> None:
        """Close without replying."""
        self.dismiss(None)


class PendingReplies(ModalScreen[None]):
    """Free-text replies waiting for approval: approve (sends) or reject, as someone other than the writer."""

    DEFAULT_CSS = """
    PendingReplies { align: center middle; }
    PendingReplies > Vertical { width: 90%; max-width: 120; height: auto; max-height: 100%;
                                border: round $warning; background: $surface; padding: 0 1; }
    PendingReplies OptionList { height: auto; max-height: 20; }
    PendingReplies #pending-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("a", "decide('approve')", "Approve", id="replies.approve",
                tooltip="Approve the selected reply: it is screened again and sent"),
        Binding("x", "decide('reject')", "Reject", id="replies.reject",
                tooltip="Turn the reply down (nothing is sent)"),
        Binding("escape", "close", "Close", id="replies.close", tooltip="Close the list"),
    ]  # fmt: skip

    def __init__(self, replies: Replies, approver: str) -> None:
        super().__init__()
        self.replies = replies
        self.entries: list[ReplyEntry] = []

        self.approver = approver

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Free-text replies waiting for approval", style="bold"))
            yield Input(value=self.approver, placeholder="approved by (a producer or another moderator)",
                        max_length=MAX_NAME_CHARS, id="approver")  # fmt: skip
            yield OptionList(id="pending-replies")
            yield Static(Text(self.HINT), id="pending-hint")

    #: The keys, under the list (a dialog has no footer).
    HINT = "a approve · x reject · Esc close · type who approves first, then Enter"

    def on_mount(self) -> None:
        self.reload()
        self.on_resize()
        # Who approves comes first: with the list focused, typing a name would fire its letters as keys.
        if self.query_one(Input).value.strip():
            self.query_one(OptionList).focus()
        else:
            self.query_one(Input).focus()

    def on_resize(self) -> None:
        # The list takes what the screen leaves after the border, the title, the name field and the hint.
        self.query_one(OptionList).styles.max_height = max(min(self.size.height - 2 - 1 - 3 - 1, 20), 2)

    @on(Input.Submitted)
    def _named(self, event: Input.Submitted) -> None:
        """Enter in the name field: on to the list, where a and x decide."""
        event.stop()
        self.query_one(OptionList).focus()

    def reload(self) -> None:
        """Read the waiting replies again."""
        self.entries = self.replies.pending()
        options = self.query_one(OptionList)
        options.clear_options()
        for entry in self.entries:
            record = self.replies.session.record(entry.action.message_seq or 0)
            to = clean_text(record.message.author.name, MAX_NAME_CHARS) if record is not None else "?"
            label = Text.assemble((f"#{entry.action.id} ", "bold"), f"by {entry.action.actor} to {to}: ",
                                  (entry.text, "italic"))  # fmt: skip
            options.add_option(Option(label, id=str(entry.action.id)))
        if self.entries:
            options.highlighted = 0
        else:
            options.add_option(Option(Text("nothing waiting", style="dim"), disabled=True))

    def action_decide(self, what: str) -> None:
        """Approve or reject the highlighted reply, in the name typed above the list."""
        options = self.query_one(OptionList)
        if options.highlighted is None or options.highlighted >= len(self.entries):
            return
        approver = " ".join(self.query_one(Input).value.split())
        if not approver:
            self.notify("Type who approves (a producer or another moderator) first.", severity="warning")
            self.query_one(Input).focus()
            return
        queued = self.entries[options.highlighted].action.id
        self.app.run_worker(self._decide(what, queued, approver), group="actions", exit_on_error=False)

    async def _decide(self, what: str, queued: int, approver: str) -> None:
        try:
            if what == "approve":
                action = await self.replies.approve(queued, approver=approver)
            else:
                action = self.replies.reject(queued, approver=approver)
        except ActionError as exc:
            self.notify(str(exc), severity="warning", timeout=8)
            return
        report(self, action)
        self.reload()

    def action_close(self) -> None:
        """Close the list."""
        self.dismiss(None)


def report(widget: Any, action: ActionRecord) -> None:
    """Tell the moderator what became of a reply."""
    if action.kind is ActionKind.REPLY_BLOCKED:
        why = action.reason.split("blocked (", 1)[-1].split(")", 1)[0]
        widget.notify(f"Reply blocked: {why}", title="Not sent", severity="error", timeout=10)
    elif action.kind is ActionKind.REPLY_QUEUED:
        widget.notify("Free text queued: a producer or another moderator approves it with p.", title="Waiting")
    elif action.kind is ActionKind.REPLY_REJECTED:
        widget.notify("Reply rejected: nothing was sent.", title="Rejected")
    elif action.result is ActionResult.FAILED:
        widget.notify(f"Reply not sent: {action.response}", title="Reply failed", severity="error", timeout=8)
    else:
        widget.notify(action.response or "reply sent", title="Reply sent")


class ReplyKeys:
    """The desk's reply keys; :class:`.app.DeskApp` mixes this in (it provides ``session`` and ``selected``)."""

    session: Any
    _replies: Replies | None = None

    @property
    def replies(self) -> Replies:
        """The session's reply workflow."""
        if self._replies is None:
            self._replies = Replies(self.session)
        return self._replies

    def action_reply(self) -> None:
        """Open the reply picker for the selected message."""
        app: Any = self
        record: MessageRecord | None = app.selected()
        if record is None:
            return

        def chosen(choice: ReplyChoice | None) -> None:
            if choice is not None:
                app.run_worker(self._send(record, choice), group="actions", exit_on_error=False)

        app.push_screen(ReplyPicker(record, self.replies.options(record.seq)), chosen)

    async def _send(self, record: MessageRecord, choice: ReplyChoice) -> None:
        app: Any = self
        try:
            if choice.option is not None:
                template = choice.option.template
                action = await self.replies.send_template(record.seq, template.id, template.language)
            else:
                action = self.replies.queue(record.seq, choice.text)
        except ActionError as exc:
            app.notify(str(exc), severity="warning")
            return
        app._drain()
        report(app, action)
        for view in app.lists():  # the detail pane lists the message's actions, the reply among them
            if view.selected is not None and view.selected.seq == record.seq:
                app._show_detail(view)

    def action_pending_replies(self) -> None:
        """Free-text replies waiting for approval."""
        app: Any = self
        app.push_screen(PendingReplies(self.replies, ""))
