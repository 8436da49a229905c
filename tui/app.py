"""The moderation desk: live feed, detail pane, one-key actions."""

from __future__ import annotations

import time
from collections import deque
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Static

from castguard.config import Config
from castguard.engine import ActionError, LockdownChanged, Session, SessionUpdate, StateChange
from castguard.model import (
    ActionKind,
    ActionRecord,
    ActionResult,
    ConnectionEvent,
    ConnectionState,
    MessageRecord,
    PlatformEvent,
)
from castguard.policy import PolicyError, PolicyWatcher
from tui.detail import DetailPane
from tui.feed import FeedView
from tui.screens import ConfirmAuthorAction, Confirmed, HelpScreen

#: How often buffered session updates are drawn (seconds).
FLUSH_INTERVAL = 0.05

CONNECTION_STYLES = {
    ConnectionState.CONNECTING: "yellow",
    ConnectionState.CONNECTED: "green",
    ConnectionState.RECONNECTING: "yellow",
    ConnectionState.ENDED: "dim",
    ConnectionState.FAILED: "bold red",
}


class StatusBar(Static):
    """Sources and their connection state, rates, lockdown."""

    DEFAULT_CSS = """
    StatusBar { height: 1; background: $boost; padding: 0 1; }
    StatusBar.lockdown { background: $error; }
    """


class DeskApp(App[None]):
    """castguard's terminal desk for moderators."""

    TITLE = "castguard"
    CSS_PATH = "desk.tcss"
    BINDINGS = [
        Binding("h", "act('hide')", "Hide", id="desk.hide", tooltip="Hide the selected message on the platform"),
        Binding("e", "act('escalate')", "Escalate", id="desk.escalate", tooltip="Send it to the producer's inbox"),
        Binding("a", "act('approve')", "Approve", id="desk.approve", tooltip="Let it through (releases a hold)"),
        Binding("u", "act('undo')", "Undo", id="desk.undo", tooltip="Undo the last action on the selected message"),
        Binding("t", "author('timeout')", "Timeout", id="desk.timeout", tooltip="Time out the author (confirm)"),
        Binding("b", "author('ban')", "Ban", id="desk.ban", tooltip="Ban the author (confirm)"),
        Binding("L", "lockdown", "Lockdown", id="desk.lockdown", tooltip="Hold everything at or above warn"),
        Binding("question_mark,f1", "help", "Help", id="desk.help", tooltip="Show every key"),
        Binding("q", "quit", "Quit", id="desk.quit", tooltip="Stop the desk (the recording is kept)"),
    ]

    def __init__(self, session: Session, *, config: Config | None = None, policy_path: Path | None = None) -> None:
        super().__init__()
        self.session = session
        self.config = config
        self._inbox: list[SessionUpdate] = []
        self._connections: dict[str, tuple[ConnectionState, str]] = {
            key: (ConnectionState.CONNECTING, "") for key in session.sources
        }
        self._arrivals: deque[float] = deque()
        self._watcher = PolicyWatcher(policy_path, session.pipeline.policy) if policy_path else None
        if self._watcher is not None:
            self._watcher.check()  # remember the current file state
        session.subscribe(self._inbox.append)
        if config is not None and config.keymap:
            self.set_keymap(config.keymap)

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with Horizontal(id="main"):
            yield FeedView(id="feed")
            yield DetailPane(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FeedView).focus()
        self.query_one(DetailPane).show(None, [])
        self.set_interval(FLUSH_INTERVAL, self._flush)
        if self._watcher is not None:
            self.set_interval(2.0, self._check_policy)
        self._run_session()
        self._draw_status()

    @work(exit_on_error=False, group="session", name="session")
    async def _run_session(self) -> None:
        await self.session.run()

    # -- session updates -----------------------------------------------------------------------

    def _flush(self) -> None:
        if not self._inbox:
            return
        batch, self._inbox[:] = list(self._inbox), []
        feed = self.query_one(FeedView)
        new: list[MessageRecord] = []
        now = time.time()
        for update in batch:
            if isinstance(update, MessageRecord):
                new.append(update)
                self._arrivals.append(now)
            elif isinstance(update, StateChange):
                if new:
                    feed.add(new)
                    new = []
                feed.update_record(update.record)
            elif isinstance(update, ConnectionEvent):
                self._connections[update.source] = (update.state, update.detail)
                if update.state is ConnectionState.FAILED:
                    self.notify(f"{update.source}: {update.detail}", title="Source failed", severity="error")
            elif isinstance(update, PlatformEvent):
                self.notify(
                    f"{update.source}: {update.kind.value} {update.author_id or update.message_id or ''}".strip(),
                    title="Seen on the platform",
                )
            elif isinstance(update, ActionRecord) and update.actor != self.session.moderator:
                if update.kind is ActionKind.HIDE and update.result is not ActionResult.FAILED:
                    continue  # policy auto-hides show in the feed; no toast per message
            elif isinstance(update, LockdownChanged):
                self.screen.set_class(update.on, "lockdown")
        if new:
            feed.add(new)
        while self._arrivals and now - self._arrivals[0] > 60:
            self._arrivals.popleft()
        self._draw_status()

    def _draw_status(self) -> None:
        bar = self.query_one(StatusBar)
        text = Text(no_wrap=True, end="")
        if self.session.lockdown:
            text.append(" LOCKDOWN: everything at or above warn is held ", "bold white on red")
            text.append(" ")
        for key, (state, _detail) in self._connections.items():
            text.append("● ", CONNECTION_STYLES[state])
            text.append(f"{key} {state.value}  ")
        counts = self.session.counts
        text.append(f"{counts['messages']} msgs · {len(self._arrivals)}/min · {counts['flagged']} flagged", "bold")
        bar.update(text)
        bar.set_class(self.session.lockdown, "lockdown")

    def _check_policy(self) -> None:
        assert self._watcher is not None
        try:
            policy = self._watcher.check()
        except PolicyError as exc:
            self.notify(str(exc), title="Policy not reloaded", severity="error", timeout=10)
            return
        if policy is not None:
            self.session.reload_policy(policy)
            self.notify(f"policy {policy.name} ({policy.version}) now applies to new messages", title="Policy reloaded")

    # -- selection ---------------------------------------------------------------------------

    def on_feed_view_selected(self, event: FeedView.Selected) -> None:
        record = event.record
        actions = self.session.store.actions(message_seq=record.seq) if record is not None else []
        self.query_one(DetailPane).show(record, actions, self.session.pipeline.policy.crisis_guidance)

    def _selected(self) -> MessageRecord | None:
        feed = self.focused if isinstance(self.focused, FeedView) else self.query_one(FeedView)
        record = feed.selected
        if record is None:
            self.notify("Select a message first (j/k or arrows).", severity="warning")
        return record

    # -- actions -----------------------------------------------------------------------------

    def action_act(self, kind: str) -> None:
        """Hide, escalate, approve or undo the selected message."""
        record = self._selected()
        if record is not None:
            self._perform(ActionKind(kind), record)

    def action_author(self, kind: str) -> None:
        """Time out or ban the selected message's author, after confirmation."""
        record = self._selected()
        if record is None:
            return

        def confirmed(answer: Confirmed | None) -> None:
            if answer is not None:
                self._perform(answer.kind, record, duration=answer.duration, reason=answer.reason)

        self.push_screen(ConfirmAuthorAction(ActionKind(kind), record), confirmed)

    @work(exit_on_error=False, group="actions")
    async def _perform(
        self, kind: ActionKind, record: MessageRecord, *, duration: int | None = None, reason: str = ""
    ) -> None:
        feed = self.query_one(FeedView)
        feed.set_pending(record.seq, f"{kind.value}…")
        try:
            action = await self.session.act(kind, record.seq, reason=reason, duration=duration)
        except ActionError as exc:
            self.notify(str(exc), severity="warning")
            return
        finally:
            feed.set_pending(record.seq, None)
        self._flush()
        what = f"{action.kind.value} #{record.seq} ({record.message.author.name})"
        if action.result is ActionResult.FAILED:
            self.notify(f"{what} failed: {action.response}", title="Action failed", severity="error", timeout=8)
        elif action.result is ActionResult.LOCAL:
            self.notify(f"{what}: desk only — {action.response}", title="Done locally", severity="warning")
        else:
            self.notify(what, title="Done")
        if feed.selected is not None and feed.selected.seq == record.seq:
            self.on_feed_view_selected(FeedView.Selected(feed.selected))

    def action_lockdown(self) -> None:
        """Switch lockdown on or off."""
        self.session.set_lockdown(not self.session.lockdown)
        self._flush()
        self._draw_status()
        state = "on: every message at or above warn is held" if self.session.lockdown else "lifted"
        self.notify(f"Lockdown {state}", severity="warning" if self.session.lockdown else "information")

    def action_help(self) -> None:
        """Show every key, as currently bound (user keymaps included)."""
        rows: dict[str, tuple[list[str], str, str]] = {}
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.description:
                continue
            keys, _, _ = rows.setdefault(binding.id or binding.action, ([], binding.description, binding.tooltip))
            display = self.get_key_display(binding.with_key(key))
            if display not in keys:
                keys.append(display)
        self.push_screen(HelpScreen([(", ".join(keys), d, t) for keys, d, t in rows.values()]))
