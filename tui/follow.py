"""``castguard follow``: the producer view of a session that another castguard process is recording."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from castguard.core.config import Config
from castguard.core.model import ActionKind, EscalationState, MessageRecord
from castguard.core.text import MAX_NAME_CHARS, clean_text
from castguard.session.follow import FollowError, SessionTail, TailBatch
from castguard.session.stats import Escalation, SessionStats
from castguard.tui.audience import AudienceLane
from castguard.tui.commands import binding_commands, help_rows
from castguard.tui.detail import DetailPane
from castguard.tui.feed import FeedView
from castguard.tui.footer import DeskFooter
from castguard.tui.palette import Themed
from castguard.tui.producer import RiskPanel
from castguard.tui.render import connection_badges
from castguard.tui.screens import HelpScreen, quit_with_care
from castguard.tui.views import InboxView
from castguard.tui.widgets import THEMED_SCROLLBARS, LockdownBanner, SafeApp, announce

#: How often the recording is read for news (seconds).
POLL_INTERVAL = 0.5


class FollowStatus(Themed, Static):
    """The recording followed, its sources and how fresh the news is."""


class FollowApp(SafeApp, App[None]):
    """Read-only producer view of a live recording; acknowledgements are written back to it."""

    TITLE = "castguard follow"
    CSS = (
        """
    #follow-status { height: 1; background: $boost; padding: 0 1; }
    #follow-main { height: 1fr; }
    #follow-figures { width: 3fr; }
    #risk { height: 3fr; border: round $accent 60%; }
    #follow-side { width: 2fr; }
    #inbox { height: 1fr; border: round $primary; }
    #follow-detail { height: 1fr; border: round $secondary 40%; }
    Screen.lockdown #risk, Screen.lockdown #inbox { border: heavy $error; }
    """
        + THEMED_SCROLLBARS
    )
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="follow.help", tooltip="Show every key"),
        Binding("q", "quit", "Quit", id="follow.quit", tooltip="Stop following (the recording goes on)"),
    ]

    def __init__(
        self, tail: SessionTail, *, config: Config | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__()
        self.tail = tail
        self.clock = clock
        self.stats = SessionStats()
        self.records: dict[int, MessageRecord] = {}
        """Escalated messages by seq (what acknowledging needs)."""
        self.last_news = clock()
        self.loaded = False
        if config is not None and config.keymap:
            self.set_keymap(config.keymap)

    def compose(self) -> ComposeResult:
        yield FollowStatus(id="follow-status")
        yield LockdownBanner()
        with Horizontal(id="follow-main"):
            with Vertical(id="follow-figures"):
                yield RiskPanel(id="risk")
                yield AudienceLane(acts=False, id="audience")
            with Vertical(id="follow-side"):
                yield InboxView(self.escalation_info, clock=self.clock, id="inbox")
                yield DetailPane(id="follow-detail")
        yield DeskFooter()

    def on_mount(self) -> None:
        self.query_one(InboxView).focus()
        self.query_one(DetailPane).show(None, [])
        self._draw_status()
        self._load()

    @work(thread=True, exit_on_error=False, group="load")
    def _load(self) -> None:
        # The first read may cover minutes of a busy chat: off the UI thread, then polls are small.
        batch = self.tail.start()
        self.call_from_thread(self._started, batch)

    def _started(self, batch: TailBatch) -> None:
        self.loaded = True
        # Escalations older than the history window come as "changed" records: count them once, here.
        for record in batch.changed:
            self.stats.add_message(record)
        self._apply(batch)
        self.set_interval(POLL_INTERVAL, self.poll)

    def poll(self) -> None:
        """Read what the recording desk committed since the last poll."""
        batch = self.tail.poll()
        if batch:
            self._apply(batch)
        else:
            self._refresh_figures()

    def _apply(self, batch: TailBatch) -> None:
        inbox = self.query_one(InboxView)
        for record in batch.messages:
            self.stats.add_message(record)
        for record in batch.changed:
            self.stats.update_record(record)
        for record in [*batch.messages, *batch.changed]:
            if record.escalation is not None:
                self.records[record.seq] = record
        for action in batch.actions:
            seq = action.message_seq
            self.stats.add_action(action, self.records.get(seq) if seq is not None else None)
        inbox.add(batch.messages)
        for record in batch.changed:
            # Escalations acknowledged or resolved, and messages the platform itself removed.
            inbox.update_record(record)
        for event in batch.events:
            announce(self, event)
        if batch.lockdown is not None:
            self.screen.set_class(batch.lockdown, "lockdown")
        self.last_news = self.clock()
        self._refresh_figures()

    def _refresh_figures(self) -> None:
        snapshot = self.stats.snapshot(self.clock())
        self.query_one(RiskPanel).show(snapshot)
        self.query_one(AudienceLane).show(snapshot)
        self.query_one(InboxView).tick()
        self._draw_status()

    def _draw_status(self) -> None:
        palette = self.query_one("#follow-status", FollowStatus).palette
        text = Text(no_wrap=True)
        if self.tail.lockdown:
            text.append(" LOCKDOWN ", palette.alert)
            text.append(" ")
        text.append("following ", "dim")
        text.append(clean_text(str(self.tail.store.path)), "bold")
        text.append(f"  as {clean_text(self.tail.actor, MAX_NAME_CHARS)}  ", "dim")
        # The sources as the recording desk last saw them (connected, reconnecting, failed...).
        text.append_text(connection_badges(self.tail.connections, palette=palette))
        if not self.loaded:
            text.append("reading the recording…", "italic")
        else:
            quiet = self.clock() - self.last_news
            news = f"last news {quiet:.0f}s ago" if quiet >= 5 else "live"
            text.append(news, palette.caution if quiet >= 30 else palette.good)
        self.query_one("#follow-status", FollowStatus).update(text)

    def escalation_info(self, seq: int) -> Escalation | None:
        """The inbox's details of an escalation."""
        return self.stats._escalations.get(seq)

    def on_feed_view_selected(self, event: FeedView.Selected) -> None:
        record = event.record
        actions = self.tail.store.actions(message_seq=record.seq) if record is not None else []
        self.query_one(DetailPane).show(record, actions)

    def action_escalation(self, kind: str) -> None:
        """Acknowledge or resolve the selected escalation, in the recording itself."""
        record = self.query_one(InboxView).selected
        if record is None:
            self.notify("Select an escalation first (j/k or arrows).", severity="warning")
            return
        try:
            self.tail.act(ActionKind(kind), record.seq)
        except FollowError as exc:
            self.notify(str(exc), severity="warning")
            return
        self.poll()
        state = EscalationState.ACKNOWLEDGED if kind == "acknowledge" else EscalationState.RESOLVED
        self.notify(f"#{record.seq} {state.value} (written to the session)", title="Done")

    async def action_quit(self) -> None:
        """Stop following; while escalations are not resolved, only after the producer says so (as on the desk)."""
        quit_with_care(self, [e.state for e in self.stats.snapshot(self.clock()).escalations])

    def action_help(self) -> None:
        """Every key, as bound."""
        self.push_screen(HelpScreen(help_rows(self.screen)))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette: every action, under the name its key has."""
        yield from super().get_system_commands(screen)
        yield from binding_commands(self, screen)
