"""The author card: one account's messages, flags, previous actions, note and watch state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Static

from castguard.connectors.platforms import badge as platform_badge
from castguard.core.model import ActionKind, MessageRecord
from castguard.session.sanctions import Sanction
from castguard.session.search import AuthorHistory, author_history
from castguard.tui.detail import DetailPane
from castguard.tui.feed import FeedView
from castguard.tui.palette import FALLBACK, Palette, Themed
from castguard.tui.render import clock
from castguard.tui.widgets import DeskScreen, LockdownBanner

if TYPE_CHECKING:
    pass


class CardHead(Themed, Static):
    """The author card's header: who, their standing, counts, note and previous actions."""

    def palette_changed(self) -> None:
        """Another theme: the card reads the history again and draws it in its colours."""
        screen = self.screen
        if isinstance(screen, AuthorCard):
            screen.reload()


class AuthorCard(DeskScreen):
    """Everything this session knows about one author; every desk key works on the selected message."""

    DEFAULT_CSS = """
    AuthorCard #card-head { height: auto; max-height: 50%; padding: 0 1; background: $panel; border: round $accent; }
    AuthorCard #card-main { height: 1fr; }
    AuthorCard #card-feed { width: 2fr; border: round $primary; }
    AuthorCard #card-detail { width: 1fr; min-width: 40; border: round $secondary 40%; }
    """
    BINDINGS = [
        Binding("escape", "close", "Close", id="card.close", tooltip="Back to the desk"),
        Binding("w", "app.watch", "Watch", id="card.watch", tooltip="Highlight this author's next messages"),
        Binding("m", "app.note", "Note", id="card.note", tooltip="Write a local note about this author"),
    ]

    def __init__(self, record: MessageRecord) -> None:
        super().__init__()
        self.record = record
        self.history: AuthorHistory | None = None

    def compose(self) -> ComposeResult:
        yield LockdownBanner()
        yield CardHead(id="card-head")
        with Horizontal(id="card-main"):
            yield FeedView(id="card-feed", max_rows=500)
            yield DetailPane(id="card-detail")
        yield Footer()

    def on_mount(self) -> None:
        feed = self.query_one("#card-feed", FeedView)
        feed.watched = self.desk.watched
        feed.sanction = self.desk.sanction_mark
        self.set_class(self.desk.session.lockdown, "lockdown")  # loud on every screen
        feed.border_title = "Messages in this session"
        self.reload()
        feed.focus()

    def author_record(self) -> MessageRecord:
        """The message the card was opened on."""
        return self.record

    def selected_record(self) -> MessageRecord | None:
        """The card's selected message (what the desk's keys act on)."""
        return self.query_one("#card-feed", FeedView).selected

    def reload(self) -> None:
        """Read the author's history again (after an action, a note, a watch)."""
        m = self.record.message
        self.history = author_history(self.desk.session.store, m.source, m.author.id)
        feed = self.query_one("#card-feed", FeedView)
        selected = feed.selected.seq if feed.selected is not None else self.record.seq
        feed.clear()
        feed.add(self.history.messages)
        if not feed.select_seq(selected):
            feed.action_tail()
        head = self.query_one("#card-head", CardHead)
        head.update(
            card_renderable(
                self.record,
                self.history,
                m.author.id in self.desk.watched,
                self.desk.session.sanction_of(self.record),
                head.palette,
            )
        )

    def action_close(self) -> None:
        """Back to the desk."""
        self.dismiss(None)

    def on_feed_view_selected(self, event: FeedView.Selected) -> None:
        event.stop()
        record = event.record
        actions = self.desk.session.store.actions(message_seq=record.seq) if record is not None else []
        self.query_one("#card-detail", DetailPane).show(record, actions, self.desk.guidance)


def card_renderable(
    record: MessageRecord,
    history: AuthorHistory,
    watched: bool,
    sanction: Sanction | None = None,
    palette: Palette = FALLBACK,
) -> RenderableType:
    """The card's header, from plain strings only (``sanction``: the author's ban or timeout in force)."""
    author, m = record.message.author, record.message
    parts: list[RenderableType] = []
    head = Text(no_wrap=True)
    badge, badge_style = platform_badge(m.platform)
    head.append(badge, badge_style)
    head.append(" ")
    head.append(author.name, "bold")
    head.append(f"  id {author.id} on {m.source}", "dim")
    if author.roles:
        head.append("  " + ", ".join(sorted(author.roles)), palette.info)
    if watched:
        head.append("  WATCHED", "bold reverse")
    parts.append(head)
    if sanction is not None:
        status = Text(no_wrap=True)
        status.append(f"{sanction.mark} {sanction.describe(clock).upper()}", palette.sanction)
        status.append(f"  by {sanction.by} at {clock(sanction.at)}", "dim")
        parts.append(status)
    counts = Text(no_wrap=True)
    counts.append(f"{history.total} messages, {history.flagged} flagged", "bold")
    for state, n in sorted(history.states.items()):
        counts.append(f"  {state} {n}", "dim")
    parts.append(counts)
    if history.categories:
        cats = Text(no_wrap=True)
        cats.append("flags: ", "dim")
        cats.append(", ".join(f"{c} ×{n}" for c, n in history.categories.items()))
        parts.append(cats)
    note = Text()
    note.append("note: ", "dim")
    note.append(history.note or "none (m writes one)", "italic" if history.note else "dim")
    parts.append(note)
    shown = [a for a in history.actions if a.kind is not ActionKind.NOTE][-8:]
    if shown:
        parts.append(Text("previous actions", style="bold underline"))
    for a in shown:
        row = Text(no_wrap=True)
        row.append(f"{clock(a.at)} ", "dim")
        row.append(f"{a.kind.value:<10}", "bold")
        row.append(f"{a.result.value:<6} by {a.actor}")
        if a.duration:
            row.append(f" {a.duration}s", "dim")
        if a.reason:
            row.append(f"  {a.reason}", "dim")
        if a.message_seq is not None:
            row.append(f"  #{a.message_seq}", "dim")
        parts.append(row)
    return Group(*parts)
