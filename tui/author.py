"""The author card: one account's messages, flags, previous actions, note and watch state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Group, RenderableType
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Static

from castguard.connectors.platforms import badge as platform_badge
from castguard.core.model import ActionKind, MessageRecord
from castguard.session.past import AuthorPastHistory, author_past_history
from castguard.session.sanctions import Sanction
from castguard.session.search import AuthorHistory, author_history
from castguard.tui.detail import DetailPane
from castguard.tui.feed import FeedView
from castguard.tui.footer import DeskFooter
from castguard.tui.palette import FALLBACK, Palette, Themed
from castguard.tui.render import clock
from castguard.tui.widgets import DeskScreen, LockdownBanner


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
        Binding("l", "app.link", "Link account", id="card.link",
                tooltip="Link this author to their account on another platform (the same person)"),
        Binding("X", "app.everywhere", "Everywhere", id="card.everywhere",
                tooltip="Ban or time out this author on every linked account in one step (confirm)"),
    ]  # fmt: skip

    def __init__(self, record: MessageRecord) -> None:
        super().__init__()
        self.record = record
        self.history: AuthorHistory | None = None
        self.past: AuthorPastHistory | None = None
        """The author in earlier recordings (``None`` until read, in a worker)."""

    def compose(self) -> ComposeResult:
        yield LockdownBanner()
        yield CardHead(id="card-head")
        with Horizontal(id="card-main"):
            yield FeedView(id="card-feed", max_rows=500)
            yield DetailPane(id="card-detail")
        yield DeskFooter()

    def on_mount(self) -> None:
        feed = self.query_one("#card-feed", FeedView)
        feed.watched = self.desk.watched
        feed.sanction = self.desk.sanction_mark
        self.set_class(self.desk.session.lockdown, "lockdown")  # loud on every screen
        feed.border_title = "Messages in this session"
        self.reload()
        feed.focus()
        self._read_past()

    @work(thread=True, exit_on_error=False, group="author-past")
    def _read_past(self) -> None:
        # Earlier recordings may be many and large: read off the UI thread, bounded (castguard.session.past).
        desk, m = self.desk, self.record.message
        folder = desk.config.sessions_dir if desk.config is not None else None
        if folder is None:
            past = AuthorPastHistory()
        else:
            exclude = Path(desk.session.store.path)
            past = author_past_history(folder, m.platform, m.author.id, exclude=exclude)
        self.app.call_from_thread(self._past_read, past)

    def _past_read(self, past: AuthorPastHistory) -> None:
        if not self.is_attached:
            return  # the card was closed meanwhile
        self.past = past
        self._draw_head()

    def note(self) -> str:
        """The latest note about the author: this session's, else the newest of an earlier one."""
        if self.history is not None and self.history.note:
            return self.history.note
        latest = self.past.latest_note if self.past is not None else None
        return latest[1].reason if latest is not None else ""

    def author_record(self) -> MessageRecord:
        """The message the card was opened on."""
        return self.record

    def selected_record(self) -> MessageRecord | None:
        """The card's selected message (what the desk's keys act on)."""
        feed = self.query_one("#card-feed", FeedView)
        return feed.selected if feed.selection_in_sight() else None  # never one scrolled out of sight

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
        self._draw_head()

    def _draw_head(self) -> None:
        if self.history is None:
            return
        m = self.record.message
        session = self.desk.session
        standing = session.trust.of(m.source, m.author.id)
        head = self.query_one("#card-head", CardHead)
        head.update(
            card_renderable(
                self.record, self.history, m.author.id in self.desk.watched, session.sanction_of(self.record),
                head.palette,
                past=self.past,
                standing=standing.describe() if standing is not None else "",
                linked=[a.describe() for a in session.linked_accounts(m.source, m.author.id)],
            )
        )  # fmt: skip

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
    *,
    past: AuthorPastHistory | None = None,
    standing: str = "",
    linked: list[str] | None = None,
) -> RenderableType:
    """The card's header, from plain strings only (``sanction``: the author's ban or timeout in force;
    ``past``: the author in earlier recordings, ``None`` while it is being read; ``standing``: what the platform
    says of them; ``linked``: their other accounts, described)."""
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
    if standing:
        parts.append(Text(standing, style="yellow"))
    if linked:
        accounts = Text()
        accounts.append("linked accounts: ", "dim")
        accounts.append("; ".join(linked), "bold")
        parts.append(accounts)
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
    parts.extend(past_lines(past, palette))
    note = Text()
    note.append("note: ", "dim")
    earlier = past.latest_note if past is not None and not history.note else None
    if history.note:
        note.append(history.note, "italic")
    elif earlier is not None:
        session, action = earlier
        note.append(action.reason, "italic")
        note.append(f"  (by {action.actor}, {_day(action.at)}, in {session.name})", "dim")
    else:
        note.append("none (m writes one)", "dim")
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


def _day(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def _recordings(n: int) -> str:
    return "recording" if n == 1 else f"{n} recordings"


def past_lines(past: AuthorPastHistory | None, palette: Palette = FALLBACK) -> list[Text]:
    """The author in earlier recordings: counts, the latest sanctions (the card's note line shows their notes)."""
    line = Text(no_wrap=True)
    line.append("earlier sessions: ", "dim")
    if past is None:
        line.append("reading…", "italic")
        return [line]
    skipped = f", {past.skipped} not read" if past.skipped else ""
    if not past.read:
        line.append(f"none recorded yet{skipped}", "dim")
        return [line]
    if not past.sessions:
        line.append(f"not seen in the last {_recordings(past.read)}{skipped}", "dim")
        return [line]
    line.append(f"{past.messages} messages, {past.flagged} flagged", "bold")
    where = "the last recording" if past.read == 1 else f"{len(past.sessions)} of the last {past.read} recordings"
    line.append(f" in {where}{skipped}", "dim")
    lines = [line]
    for session, action in past.sanctions[:3]:
        row = Text(no_wrap=True)
        row.append(f"  {action.kind.value:<8}", palette.sanction if action.kind.value != "unban" else palette.good)
        row.append(f" {_day(action.at)} by {action.actor}", "dim")
        if action.duration:
            row.append(f" {action.duration}s", "dim")
        if action.reason:
            row.append(f"  {action.reason}")
        row.append(f"  ({session.title or session.name})", "dim")
        lines.append(row)
    return lines
